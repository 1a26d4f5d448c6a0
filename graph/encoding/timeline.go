package encoding

// Timeline is bloc membership over time as the pictures draw it (the SVG
// membership chart, a briefing): a row per state, a column per period, each
// cell the state's bloc in that period, and the moves between blocs. It is
// the neutral model analysis fills (analysis.Timeline.Picture) and the
// renderers read, as Graph is for a single window.
type Timeline struct {
	Periods []TimelinePeriod
	Blocs   []TimelineBloc // the blocs the rows name, by Bloc.ID order
	Rows    []TimelineRow  // in drawing order, top to bottom
	Moves   []TimelineMove
	// Group, when set, is the bloc each row is drawn under (a band per
	// bloc): rows of one group are adjacent, and the renderers separate
	// the groups. Indexed like Rows; CellAlone for the rows of no bloc.
	Group []int
}

// TimelinePeriod is one column.
type TimelinePeriod struct {
	Label string // "1946-1949", "2021-04"
	Empty bool   // no event in the period
}

// TimelineBloc is a bloc over the timeline. ID is what cells hold; the
// renderers colour a bloc by its ID, so a bloc keeps its colour from period
// to period and from one picture of the same timeline to the next.
type TimelineBloc struct {
	ID          int
	Label       string
	First, Last int // the first and last period it stands in
}

// Cell values other than a bloc ID.
const (
	CellAlone  = -1 // events, but no bloc-mate
	CellAbsent = -2 // no event in the period
)

// TimelineRow is one state's bloc per period: Cells[i] is a TimelineBloc ID,
// CellAlone or CellAbsent; len(Cells) == len(Periods).
type TimelineRow struct {
	ID, Name string
	Cells    []int
	// Names, when set, are the names the state bore over the periods, for
	// the row's tooltip ("West Germany 1946 to 1989; Germany 1990 to
	// 1999"); Name is then the last of them.
	Names string
	// CellNames, when set, are the state's name in each period (indexed
	// like Cells; "" for Name): the cells' and moves' tooltips name it as
	// it was then (West Germany in 1955, Zaire in 1980). Nil: Name
	// throughout.
	CellNames []string
	// Standing, when set, says what the state was in the periods it was
	// no sovereign state, or not throughout, for the row's tooltip
	// ("historical state, 1922-12-30 to 1991-12-25 (1991 to 1992, 2
	// periods)").
	Standing string
}

// NameIn is the row's name in period i: its CellNames entry, else Name,
// else ID.
func (r TimelineRow) NameIn(i int) string {
	if i >= 0 && i < len(r.CellNames) && r.CellNames[i] != "" {
		return r.CellNames[i]
	}
	if r.Name != "" {
		return r.Name
	}
	return r.ID
}

// TimelineMove is a state changing bloc: in period Period, row Row went from
// bloc From to bloc To (either may be CellAlone). Kind is the move's kind
// (switch, split, merge, join, leave).
type TimelineMove struct {
	Row, Period int
	From, To    int
	Kind        string
}
