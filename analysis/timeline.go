package analysis

import (
	"fmt"
	"runtime"
	"slices"
	"sort"
	"strings"

	"github.com/blocgraph/blocgraph/graph"
)

// Timelines: blocs per period, kept the same across periods.
//
// Every period of a PeriodFold is projected and analysed as Analyze does
// for one window (same centrality, same bloc method, same seed), with one
// difference in how the blocs are searched for (unless
// TimelineOptions.Cold): with leiden and signed, each period's search also
// makes one run from the blocs of the previous period with events (a warm
// start: states followed through their continuations, new states alone),
// which wins ties, and its seeded cold runs are adaptive (see the notes of
// analysis/csr's warm.go: the signed search stops when it meets its lower
// bound, Leiden when two runs agree). The objective is report's, and the
// result never worse than the best of the cold runs made; where several
// partitions are about as good, the one nearest the previous period's is
// kept, so blocs do not flip between equal optima from one period to the
// next. The cold runs of several periods run at once; the warm runs in
// order. Consensus combines independent runs and has no warm start. All of
// it is deterministic for a seed. The blocs
// of two or more members are then matched to the blocs of the previous
// period that had events, by member overlap: the Jaccard index
// |A ∩ B| / |A ∪ B| over the states present in both periods, and an
// optimal one-to-one assignment (the Hungarian method, assign) of the
// pairs at or above MatchThreshold. A matched bloc keeps its id and label
// while its membership changes. What is left unmatched is named:
//
//   - split: a new bloc most of whose members (more than half of those
//     present before) came from one earlier bloc;
//   - merge: an earlier bloc most of whose members (more than half of those
//     still present) went into one bloc that continues another;
//   - birth and death: the rest.
//
// A state alone in its bloc of the period (no cooperation tie, or a
// one-member signed bloc) is in no bloc (-1). A move is a change of a
// state's bloc between two periods in which it has events.

// DefaultMatchThreshold is the least Jaccard overlap for a bloc to
// continue an earlier one (Greene, Doyle & Cunningham 2010 use 0.3 too).
const DefaultMatchThreshold = 0.3

// NoBloc is the bloc of a state with no bloc-mate in a period.
const NoBloc = -1

// TimelineOptions tune a timeline beyond the analysis Config.
type TimelineOptions struct {
	Spec      PeriodSpec // how the periods were cut, for the record
	Threshold float64    // least Jaccard overlap to continue a bloc; 0: DefaultMatchThreshold
	Evidence  int        // events of each sign shown behind a move; 0: DefaultEvidence
	Workers   int        // periods analysed at once; 0: GOMAXPROCS
	// Continues maps a state to the state that continued it under another
	// name, as COW counts one state: "SUN" → "RUS" (Russia continues the
	// Soviet Union), "VDR" → "VNM". The timeline follows such states as one:
	// one track and row, one member when blocs are matched and partitions
	// compared, so that the Soviet bloc of 1988–1991 can continue as the
	// bloc Russia leads in 1992–1995, and no state "moves" by being renamed.
	Continues map[string]string
	// Cold searches every period's blocs from scratch with the runs of
	// report, instead of from the blocs of the period before (the warm
	// start; see BuildTimeline).
	Cold bool
	// Emit, when set, is given every period, in order, as soon as it is
	// analysed and matched with the one before (tl holds the timeline's
	// head and the periods before it), so that a writer can write it
	// then; an error stops the timeline.
	Emit func(tl *Timeline, p *TimelinePeriod) error
	// Lean keeps of each period, once emitted, only what the sections
	// written at the end need: its states' measures are let go (the
	// periods keep their blocs and changes; Rows ranks the states by the
	// PageRank summed as the periods came), and so is the fold's data of
	// the period; the moves keep references to their events, which
	// Timeline.Evidence reads back from the fold, open until then. Memory
	// then does not grow with the periods' results. A lean timeline
	// has no States in its periods: not for WriteBack or Dynamic.
	Lean bool
	// Standing, when set, is given each period's report, projection and
	// span before the period is matched, to set its states' Standing
	// (what is no sovereign state, or not throughout the period: the
	// command line's, from the gazetteer); the timeline keeps what it
	// set (Timeline.StandingNotes).
	Standing func(r *Report, p *Projection, period graph.Span)
}

// lineage returns the function that maps a state to the last state of its
// chain of continuations (SUN → RUS); the identity without any.
func lineage(continues map[string]string) func(string) string {
	if len(continues) == 0 {
		return func(id string) string { return id }
	}
	return func(id string) string {
		for range 8 { // a chain: YUG → SCG → SRB
			next, ok := continues[id]
			if !ok || next == id {
				break
			}
			id = next
		}
		return id
	}
}

// Timeline is blocs and centrality per period, with bloc identity kept
// across periods. Its JSON shape is stable (see the README).
type Timeline struct {
	Every     string           `json:"every"`
	Method    string           `json:"method"`
	Level     string           `json:"level"`
	Threshold float64          `json:"match_threshold"`
	Periods   []TimelinePeriod `json:"periods"`
	Blocs     []TrackedBloc    `json:"blocs"`  // by id: order of appearance
	States    []StateTrack     `json:"states"` // by id
	Moves     []Move           `json:"moves"`  // by period, then state
	// Warnings are about the whole timeline (each period has its own).
	Warnings []string `json:"warnings,omitempty"`

	rank map[string]float64 // each track's PageRank summed over the periods (Rows)
	// standings are the states' standings the periods had (Standing),
	// each with the periods it was said in, in order of appearance.
	standings []StandingNote
	fold      *PeriodFold // a lean timeline's: where its moves' events are read back
	name      func(string) string
}

// TimelinePeriod is one period: its projection's size, its blocs under
// their timeline ids, what happened to the blocs, how much the partition
// changed since the previous period with events, and every state's
// measures as report gives them (bloc and bloc_label are the timeline's).
type TimelinePeriod struct {
	Index        int      `json:"index"`
	Label        string   `json:"label"` // "2021-04", "1946-1949"
	Start        string   `json:"start"`
	End          string   `json:"end"`
	Empty        bool     `json:"empty"` // no event in the period
	Nodes        int      `json:"nodes"`
	Pairs        int      `json:"pairs"`
	Events       int      `json:"events"`
	Modularity   *float64 `json:"modularity,omitempty"`
	Frustration  *float64 `json:"frustration,omitempty"`
	BalanceIndex *float64 `json:"balance_index,omitempty"`
	// Runs is the number of runs of the bloc search made (the warm run
	// included); Warm that the warm run, from the previous period's blocs,
	// gave them.
	Runs   int      `json:"runs"`
	Warm   bool     `json:"warm_start"`
	ARI    *float64 `json:"ari"` // adjusted Rand index with the previous period with events, over the states in both; null for the first
	NMI    *float64 `json:"nmi"` // normalised mutual information, likewise
	Common int      `json:"common_states"`
	// Confidence is the mean confidence of the members of the period's
	// blocs in their bloc (see StateTrack.Confidence).
	Confidence *float64     `json:"confidence,omitempty"`
	Blocs      []PeriodBloc `json:"blocs"`
	Changes    []BlocChange `json:"changes"`
	Warnings   []string     `json:"warnings,omitempty"`
	// Finding says whether the period's blocs are a finding, as report
	// says it of one window: false when the period has no bloc of two or
	// more, when the test against chance (--null N) found no significant
	// structure, when one bloc holds all or signed blocs had no conflict,
	// or, untested, when the modularity is below 0.3 (weak). Caveat says
	// why in a few words (report's Caveat), Significance in report's
	// words, and Null is the test when it ran (its p).
	Finding      bool         `json:"finding"`
	Caveat       string       `json:"caveat,omitempty"`
	Significance string       `json:"significance,omitempty"`
	Null         *NullTest    `json:"null,omitempty"`
	States       []NodeResult `json:"states"`
}

// FindingWord is the period's finding in a word or two for tables: "yes,
// p 0.010" or "no, p 0.400" when tested against chance, else "no" (one
// bloc, no conflict), "weak" (modularity under 0.3), "no blocs", or
// "untested" when the blocs stand but no test ran; "-" with no events.
func (p *TimelinePeriod) FindingWord() string {
	switch {
	case p.Empty:
		return "-"
	case p.Null != nil && p.Finding:
		return fmt.Sprintf("yes, p %.3f", p.Null.P)
	case p.Null != nil:
		return fmt.Sprintf("no, p %.3f", p.Null.P)
	case len(p.Blocs) == 0:
		return "no blocs"
	case strings.HasPrefix(p.Caveat, "weak"):
		return "weak"
	case !p.Finding:
		return "no"
	}
	return "untested"
}

// PeriodBloc is a bloc as it stood in one period.
type PeriodBloc struct {
	ID         int      `json:"id"`    // the timeline's bloc id
	Label      string   `json:"label"` // what report calls the bloc in this period: it describes its members then
	Members    []string `json:"members"`
	Names      []string `json:"names"`
	Ideology   string   `json:"ideology"`
	Jaccard    *float64 `json:"jaccard"`              // overlap with the bloc it continues; null for a new bloc
	Confidence *float64 `json:"confidence,omitempty"` // mean member confidence in the bloc (StateTrack.Confidence)
}

// Kinds of BlocChange and TrackedBloc.Start/End.
const (
	ChangeBirth = "birth"
	ChangeSplit = "split"
	ChangeMerge = "merge"
	ChangeDeath = "death"
	// ChangeRelabel is a bloc that continues (same id) but whose members
	// now earn another kind of label (autocracies, democracies, socialist
	// bloc, named by its members, named on the command line).
	ChangeRelabel = "relabel"
)

// BlocChange is a bloc's birth, split, merge or death in a period.
type BlocChange struct {
	Kind string `json:"kind"`
	Bloc int    `json:"bloc"`
	// Other is the bloc split from (split) or merged into (merge); -1 for
	// birth, death and relabel.
	Other int `json:"other"`
	// Label is the bloc's label in the period (the last it had, for a bloc
	// that ends or merges), OtherLabel the other bloc's; with relabel, From
	// is the bloc's label before.
	Label      string `json:"label"`
	OtherLabel string `json:"other_label,omitempty"`
	From       string `json:"from,omitempty"`
}

// TrackedBloc is one bloc over the timeline.
type TrackedBloc struct {
	ID int `json:"id"`
	// Label is the bloc's label when it appeared (numbered when an earlier
	// bloc bore it), LastLabel its label in the last period it stood in: a
	// bloc's label in each period is that period's (PeriodBloc.Label).
	Label     string `json:"label"`
	LastLabel string `json:"last_label"`
	First     int    `json:"first"` // period index where it appears
	Last      int    `json:"last"`  // last period index where it stands
	Start     string `json:"start"` // birth or split
	Parent    int    `json:"parent"`
	End       string `json:"end"`  // death, merge, split, or "" while it stands in the last period
	Into      int    `json:"into"` // bloc merged into; -1 otherwise
}

// Labels is the bloc's label when it appeared and, when it differs, the
// one it had last: "A → B".
func (b TrackedBloc) Labels() string {
	if b.LastLabel == "" || b.LastLabel == b.Label {
		return b.Label
	}
	return b.Label + " → " + b.LastLabel
}

// StateTrack is one state's bloc per period.
type StateTrack struct {
	ID string `json:"id"` // the state; for states that continued one another, the last seen (RUS)
	// Name is the state's name in the last period it has events in
	// ("Germany" for DEU over 1946-1999, "West Germany" over 1946-1985);
	// "Soviet Union / Russia" for states that continued one another, each
	// by its last name.
	Name string `json:"name"`
	// Names are the names the track bore over the periods, in order, with
	// the first and last period of each (West Germany 0-44, Germany
	// 45-53); absent when it bore one name throughout.
	Names []TrackName `json:"names,omitempty"`
	// IDs are the states of a track of states that continued one another,
	// in the order they appear ([SUN, RUS]); absent for one state.
	IDs []string `json:"ids,omitempty"`
	// Blocs[i] is the state's bloc id in period i, NoBloc when it was alone,
	// null when it has no event in the period.
	Blocs []*int `json:"blocs"`
	// Confidence is the state's confidence in its bloc per period, null
	// when it is in none: with consensus how often it landed with its
	// bloc-mates over the runs; with leiden the share of its cooperation
	// that is with its bloc-mates; with signed the share of its ties
	// (cooperation and conflict, by weight) that the partition satisfies.
	Confidence []*float64 `json:"confidence,omitempty"`
	Moves      int        `json:"moves"`
}

// TrackName is a name a state bore in periods First to Last (indexes of
// Timeline.Periods; the periods between in which it had no events
// included).
type TrackName struct {
	Name  string `json:"name"`
	First int    `json:"first"`
	Last  int    `json:"last"`
}

// Kinds of Move.
const (
	MoveSwitch = "switch" // from one standing bloc to another
	MoveSplit  = "split"  // with a new bloc splitting off
	MoveMerge  = "merge"  // with its bloc merging into another
	MoveJoin   = "join"   // from no bloc into one
	MoveLeave  = "leave"  // from a bloc to none
)

// Move is a state changing bloc, with the events behind it.
type Move struct {
	State       string     `json:"state"`
	Name        string     `json:"name"` // the state's name in the move's period (West Germany in 1955)
	Period      int        `json:"period"`
	PeriodLabel string     `json:"period_label"`
	Since       int        `json:"since"` // the period it was last seen in, in From
	From        int        `json:"from"`
	FromLabel   string     `json:"from_label"`
	To          int        `json:"to"`
	ToLabel     string     `json:"to_label"`
	Kind        string     `json:"kind"`
	Cooperation []EventRef `json:"cooperation"` // its strongest cooperation events of the period
	Conflict    []EventRef `json:"conflict"`    // its strongest conflict events of the period

	refs *moveRefs // a lean timeline's move: its events, to read back (Timeline.Evidence)
}

// moveRefs are the events of a move kept as references into the fold.
type moveRefs struct{ coop, conflict []weighed }

// Evidence returns move m with its events: a lean timeline's moves keep
// only references to them, read back here (from the fold's evidence
// store, PeriodFold.Err telling of a failure), one move at a time as the
// moves are written.
func (tl *Timeline) Evidence(m Move) Move {
	if m.refs == nil {
		return m
	}
	name := tl.fold.namesIn(m.Period, tl.name) // as in the move's period
	m.Cooperation = eventRefs(tl.fold, m.refs.coop, name)
	m.Conflict = eventRefs(tl.fold, m.refs.conflict, name)
	m.refs = nil
	return m
}

// BuildTimeline analyses every period of f with cfg and matches blocs
// across periods.
func BuildTimeline(g *graph.Graph, f *PeriodFold, cfg Config, opt TimelineOptions) (*Timeline, error) {
	if opt.Threshold == 0 {
		opt.Threshold = DefaultMatchThreshold
	}
	if opt.Threshold < 0 || opt.Threshold > 1 {
		return nil, fmt.Errorf("the match threshold %g is not between 0 and 1", opt.Threshold)
	}
	if opt.Evidence <= 0 {
		opt.Evidence = DefaultEvidence
	}
	// A state's strongest events are among its pairs' strongest: exact up
	// to as many as each pair keeps.
	opt.Evidence = min(opt.Evidence, f.evidence)
	cfg.defaults()
	if cfg.Null == 0 {
		// The null-model test of every period is asked for (--null N), not
		// made by default: 20 randomisations per period would multiply the
		// cost of a long timeline.
		cfg.Null = -1
	}
	n := f.periods.Len()
	lin := lineage(opt.Continues)
	tl := &Timeline{Every: opt.Spec.String(), Method: cfg.Method, Level: string(f.opt.Level), Threshold: opt.Threshold,
		Periods: make([]TimelinePeriod, n), Blocs: []TrackedBloc{}, States: []StateTrack{}, Moves: []Move{}}
	if w := f.CoarseWarning(); w != "" {
		tl.Warnings = append(tl.Warnings, w)
	}
	m := newMatcher(opt.Threshold, lin)
	tr := newTracker(n, lin)
	// Each bloc's label, label rule and first member when it last stood.
	last := &lastNames{label: map[int]string{}, rule: map[int]string{}, lead: map[int]string{}}
	var prev []NodeResult // the states of the last period with events
	each := func(i int, r *Report, nodes []string) error {
		sp := f.periods.Span(i)
		tp := &tl.Periods[i]
		*tp = TimelinePeriod{Index: i, Label: PeriodLabel(sp), Start: sp.Start.String(), End: sp.End.String(), Empty: r.Nodes == 0,
			Nodes: r.Nodes, Pairs: r.Pairs, Events: r.Events, Modularity: r.Modularity, Frustration: r.Frustration,
			BalanceIndex: r.BalanceIndex, Runs: r.Runs, Warm: r.warm, Warnings: r.Warnings, Blocs: []PeriodBloc{}, Changes: []BlocChange{}, States: []NodeResult{}}
		if !tp.Empty {
			matchPeriod(tp, m, r, nodes, last)
			if prev != nil {
				ari, nmi, common := agreement(prev, tp.States, lin)
				tp.Common = common
				if common > 0 {
					tp.ARI, tp.NMI = &ari, &nmi
				}
			}
			prev = tp.States
			tr.add(i, tp.States, f, opt.Evidence)
			tl.noteStandings(tp)
		}
		if opt.Emit != nil {
			if err := opt.Emit(tl, tp); err != nil {
				return err
			}
		}
		if opt.Lean {
			tp.States = nil
			f.release(i)
		}
		return nil
	}
	if err := analysePeriods(g, f, cfg, opt.Workers, lin, opt.Cold, opt.Standing, each); err != nil {
		return nil, err
	}
	tl.Blocs = m.tracks
	name := func(id string) string {
		if nd := g.Node(id); nd != nil {
			return nd.Label()
		}
		return id
	}
	tl.States, tl.Moves, tl.rank = tr.finish(tl, m)
	tl.fold, tl.name = f, name
	if !opt.Lean {
		for k := range tl.Moves {
			tl.Moves[k] = tl.Evidence(tl.Moves[k])
		}
		tl.fold, tl.name = nil, nil
	}
	if err := f.Err(); err != nil {
		return nil, err
	}
	return tl, nil
}

// StandingNote is a state's standing (NodeResult.Standing) as the
// periods said it: the state, its name in the last of them, the words, and
// the periods (indices, in order).
type StandingNote struct {
	ID, Name, Standing string
	Periods            []int
}

// noteStandings adds the standings of tp's states to the timeline's.
func (tl *Timeline) noteStandings(tp *TimelinePeriod) {
	for _, x := range tp.States {
		if x.Standing == "" {
			continue
		}
		k := -1
		for j := range tl.standings {
			if s := &tl.standings[j]; s.ID == x.ID && s.Standing == x.Standing {
				k = j
				break
			}
		}
		if k < 0 {
			tl.standings = append(tl.standings, StandingNote{ID: x.ID, Standing: x.Standing})
			k = len(tl.standings) - 1
		}
		tl.standings[k].Name = x.Name
		tl.standings[k].Periods = append(tl.standings[k].Periods, tp.Index)
	}
}

// StandingNotes are the standings the timeline's periods said, by state
// id, then in order of appearance; nil when none was.
func (tl *Timeline) StandingNotes() []StandingNote {
	out := slices.Clone(tl.standings)
	sort.SliceStable(out, func(a, b int) bool { return out[a].ID < out[b].ID })
	return out
}

// PeriodsWords names the periods (indices, in order) of a standing:
// "1991", "1990 to 1992, 3 periods", "48 of the 51 periods from 1946 to
// 1996".
func (tl *Timeline) PeriodsWords(periods []int) string {
	labels := make([]string, len(periods))
	for k, i := range periods {
		labels[k] = tl.Periods[i].Label
	}
	return LabelsWords(labels, periods)
}

// LabelsWords is PeriodsWords of the periods' labels and indices.
func LabelsWords(labels []string, periods []int) string {
	first, last := labels[0], labels[len(labels)-1]
	if len(periods) == 1 {
		return first
	}
	span := periods[len(periods)-1] - periods[0] + 1
	if len(periods) == span {
		return fmt.Sprintf("%s to %s, %d periods", first, last, len(periods))
	}
	return fmt.Sprintf("%d of the %d periods from %s to %s", len(periods), span, first, last)
}

// lastNames are each bloc's label, label rule and first member (the most
// central) when it last stood.
type lastNames struct{ label, rule, lead map[int]string }

// matchPeriod matches the blocs of period tp (its report r, over nodes)
// with the earlier ones and fills in its blocs, changes, finding and
// states under the timeline's bloc ids and labels. A bloc that continues
// is relabelled (ChangeRelabel) when its members earn another kind of
// label, or when, named by its members both times, it is named after
// another state first (its most central member changed: "United States,
// Canada and 58 others" becoming "Soviet Union, United States and 80
// others"; a state that continued another, Russia the Soviet Union, is
// the same state), not when only the others change.
func matchPeriod(tp *TimelinePeriod, m *matcher, r *Report, nodes []string, last *lastNames) {
	lastLabel, lastRule := last.label, last.rule
	i := tp.Index
	ids := m.period(i, r, nodes)
	tp.Changes = slices.Clone(m.changes)
	label := map[int]string{} // bloc id → its label in this period
	for _, b := range r.Blocs {
		id := ids[b.ID]
		if id == NoBloc {
			continue
		}
		label[id] = b.Label
		rule, lead := b.LabelBasis.Rule, ""
		if rule == "members" && len(b.Members) > 0 {
			lead = m.lin(b.Members[0]) // the Soviet Union and Russia are one
		}
		if old, ok := lastRule[id]; ok && (old != rule || lead != "" && last.lead[id] != "" && lead != last.lead[id]) {
			tp.Changes = append(tp.Changes, BlocChange{Kind: ChangeRelabel, Bloc: id, Other: -1, Label: b.Label, From: lastLabel[id]})
		}
		lastRule[id], last.lead[id] = rule, lead
		pb := PeriodBloc{ID: id, Label: b.Label, Members: b.Members, Names: b.Names, Ideology: b.Ideology}
		if j, ok := m.jaccard[id]; ok {
			pb.Jaccard = &j
		}
		pb.Confidence = meanConfidence(r, b.Members)
		tp.Blocs = append(tp.Blocs, pb)
	}
	sort.SliceStable(tp.Blocs, func(a, b int) bool { return tp.Blocs[a].ID < tp.Blocs[b].ID })
	labelOf := func(id int) string {
		if l, ok := label[id]; ok {
			return l
		}
		return lastLabel[id]
	}
	for k := range tp.Changes {
		ch := &tp.Changes[k]
		if ch.Kind == ChangeRelabel {
			continue
		}
		ch.Label = labelOf(ch.Bloc)
		if ch.Other >= 0 {
			ch.OtherLabel = labelOf(ch.Other)
		}
	}
	for id, l := range label {
		lastLabel[id] = l
		m.tracks[id].LastLabel = l
	}
	var members []string
	for _, b := range tp.Blocs {
		members = append(members, b.Members...)
	}
	tp.Confidence = meanConfidence(r, members)
	tp.Caveat, tp.Significance, tp.Null = r.Caveat(), r.Significance, r.Null
	tp.Finding = tp.Caveat == "" && len(tp.Blocs) > 0
	for _, x := range r.Results {
		x.Bloc = ids[x.Bloc]
		if x.Bloc == NoBloc {
			x.BlocLabel = x.Name + " (alone)"
		} else {
			x.BlocLabel = label[x.Bloc]
		}
		tp.States = append(tp.States, x)
	}
}

// analysePeriods projects and analyses every period and gives each, in
// order, its report and the nodes of its projection to each (the
// projections themselves are let go as soon as they are analysed); an
// error of each stops it. The periods are
// measured (projection, centralities, rulers, the cold runs of the bloc
// search, adaptive ones) several at once, one a worker ahead, and their blocs
// chosen in order, each after a warm run from the blocs of the last period
// with events, its states followed by lin (csr's warm-start notes); with
// cold set every period is searched from scratch, as report does.
func analysePeriods(g *graph.Graph, f *PeriodFold, cfg Config, workers int, lin func(string) string, cold bool, standing func(*Report, *Projection, graph.Span), each func(i int, r *Report, nodes []string) error) error {
	n := f.periods.Len()
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = max(1, min(workers, n))
	// Each period's betweenness and cold runs are spread over the cores
	// too (cfg.Workers as given: all of them by default), as report's
	// are: with one period measured ahead of the blocs chosen in order
	// (below), a worker measuring alone leaves a core idle while the
	// search in order waits for it (a year of synthetic GDELT in months
	// spent most of the time after the read so). Neither result depends
	// on the number of workers (csr).
	type slot struct {
		m    *measured
		err  error
		done chan struct{}
	}
	slots := make([]slot, n)
	for i := range slots {
		slots[i].done = make(chan struct{})
	}
	// Periods measured and not yet searched: one fewer than the workers
	// (while the blocs of one are chosen, the other workers measure the
	// next), each holding its projection and centralities until then: the
	// search in order takes a core too, and each period held ahead is
	// live memory (with as many as the workers, a year in weeks peaked
	// some 4 MB higher for no time gained).
	ahead := make(chan struct{}, max(1, workers-1))
	next := make(chan int)
	go func() {
		for i := range n {
			ahead <- struct{}{}
			next <- i
		}
		close(next)
	}()
	for range workers {
		go func() {
			for i := range next {
				m, err := measure(g, f.Projection(i), cfg)
				if err == nil {
					m.search(cfg, !cold)
				}
				slots[i].m, slots[i].err = m, err
				close(slots[i].done)
			}
		}()
	}
	var prev map[string]int32 // the last period with events: each state's bloc, by lin
	var first error
	for i := range n {
		<-slots[i].done
		m, err := slots[i].m, slots[i].err
		slots[i] = slot{}
		<-ahead
		if err != nil || first != nil {
			if first == nil {
				first = fmt.Errorf("period %s: %w", PeriodLabel(f.periods.Span(i)), err)
			}
			continue
		}
		var warm *warmStart
		if !cold {
			warm = &warmStart{}
			if prev != nil {
				warm.start = make([]int32, len(m.p.Nodes))
				for j, id := range m.p.Nodes {
					b, ok := prev[lin(id)]
					if !ok {
						b = -1
					}
					warm.start[j] = b
				}
			}
		}
		r := m.blocs(cfg, warm)
		memberConfidence(r, m.p)
		if standing != nil && len(r.Results) > 0 {
			standing(r, m.p, f.periods.Span(i))
		}
		if err := each(i, r, m.p.Nodes); err != nil {
			first = err
			continue
		}
		if len(r.Results) > 0 {
			prev = make(map[string]int32, len(r.Results))
			for _, x := range r.Results {
				prev[lin(x.ID)] = int32(x.Bloc)
			}
		}
	}
	return first
}

// meanConfidence is the mean member confidence of a bloc, when the method
// gives one.
func meanConfidence(r *Report, members []string) *float64 {
	in := map[string]bool{}
	for _, m := range members {
		in[m] = true
	}
	sum, k := 0.0, 0
	for _, x := range r.Results {
		if in[x.ID] && x.BlocConfidence != nil {
			sum += *x.BlocConfidence
			k++
		}
	}
	if k == 0 {
		return nil
	}
	v := sum / float64(k)
	return &v
}

// tracker follows every state's bloc per period and its moves as the
// periods come, each move with the references of the strongest events of
// that state in the period of the move. States that continued one
// another (lin) are one track.
type tracker struct {
	n     int
	lin   func(string) string
	by    map[string]*track
	rank  map[string]float64 // by track: PageRank summed (Rows)
	moves []pendingMove
}

// track is one track being followed.
type track struct {
	st          StateTrack // IDs, Names and Blocs so far
	names       []string   // by IDs: each one's latest name
	hereName    string     // the name of here
	last, since int        // the bloc when last seen, and that period (-1: never)
	here        string
	seen        int // the last period it was seen in (-1: none)
}

// pendingMove is a move before the end: its track (by lin) and the
// periods and blocs, the rest filled in at the end.
type pendingMove struct {
	key, name           string // the track, and the state's name in the period
	period, since, from int
	to                  int
	coop, conflict      []weighed
}

func newTracker(n int, lin func(string) string) *tracker {
	return &tracker{n: n, lin: lin, by: map[string]*track{}, rank: map[string]float64{}}
}

// add takes the states of period i (an analysed period with events).
func (t *tracker) add(i int, states []NodeResult, f *PeriodFold, evidence int) {
	var touched []*track
	for _, x := range states {
		key := t.lin(x.ID)
		tr := t.by[key]
		if tr == nil {
			tr = &track{st: StateTrack{ID: key, Blocs: make([]*int, t.n)}, since: -1, seen: -1}
			t.by[key] = tr
		}
		if k := slices.Index(tr.st.IDs, x.ID); k < 0 {
			tr.st.IDs = append(tr.st.IDs, x.ID)
			tr.names = append(tr.names, x.Name)
		} else {
			tr.names[k] = x.Name
		}
		if k := len(tr.st.Names) - 1; k >= 0 && tr.st.Names[k].Name == x.Name {
			tr.st.Names[k].Last = i
		} else {
			tr.st.Names = append(tr.st.Names, TrackName{Name: x.Name, First: i, Last: i})
		}
		b := x.Bloc
		tr.st.Blocs[i], tr.here, tr.hereName = &b, x.ID, x.Name
		if x.BlocConfidence != nil {
			if tr.st.Confidence == nil {
				tr.st.Confidence = make([]*float64, t.n)
			}
			c := *x.BlocConfidence
			tr.st.Confidence[i] = &c
		}
		t.rank[key] += x.PageRank
		if tr.seen != i {
			tr.seen = i
			touched = append(touched, tr)
		}
	}
	for _, tr := range touched {
		b := *tr.st.Blocs[i]
		if tr.since >= 0 && b != tr.last && !(tr.last == NoBloc && b == NoBloc) {
			tr.st.Moves++
			t.moves = append(t.moves, pendingMove{key: tr.st.ID, name: tr.hereName, period: i, since: tr.since, from: tr.last, to: b,
				coop:     slices.Clone(f.strongestOf(i, tr.here, true, evidence)),
				conflict: slices.Clone(f.strongestOf(i, tr.here, false, evidence))})
		}
		tr.last, tr.since = b, i
	}
}

// finish lists the tracks by id and the moves by period, then state, and
// returns the PageRank of each track (by its id) for Rows.
func (t *tracker) finish(tl *Timeline, m *matcher) ([]StateTrack, []Move, map[string]float64) {
	states := make([]StateTrack, 0, len(t.by))
	final := map[string]*StateTrack{} // by key
	rank := map[string]float64{}
	for key, tr := range t.by {
		st := tr.st
		st.Name = strings.Join(tr.names, " / ")
		st.ID = st.IDs[len(st.IDs)-1] // the latest: RUS; YUG, not SRB, which continued it after the data
		if len(st.IDs) == 1 {
			st.IDs = nil
		}
		if len(st.Names) == 1 {
			st.Names = nil
		}
		rank[st.ID] = t.rank[key]
		states = append(states, st)
	}
	sort.Slice(states, func(a, b int) bool { return states[a].ID < states[b].ID })
	for k := range states {
		final[t.lin(states[k].ID)] = &states[k]
	}
	// label is bloc b's label in period i.
	label := func(b, i int) string {
		if b == NoBloc {
			return "no bloc"
		}
		for _, pb := range tl.Periods[i].Blocs {
			if pb.ID == b {
				return pb.Label
			}
		}
		return m.tracks[b].LastLabel
	}
	moves := make([]Move, 0, len(t.moves))
	for _, pm := range t.moves {
		st := final[pm.key]
		moves = append(moves, Move{State: st.ID, Name: pm.name, Period: pm.period, PeriodLabel: tl.Periods[pm.period].Label, Since: pm.since,
			From: pm.from, FromLabel: label(pm.from, pm.since), To: pm.to, ToLabel: label(pm.to, pm.period), Kind: moveKind(m, pm.period, pm.from, pm.to),
			refs: &moveRefs{pm.coop, pm.conflict}})
	}
	t.moves = nil
	sort.SliceStable(moves, func(a, b int) bool {
		if moves[a].Period != moves[b].Period {
			return moves[a].Period < moves[b].Period
		}
		return moves[a].State < moves[b].State
	})
	return states, moves, rank
}

func moveKind(m *matcher, period, from, to int) string {
	switch {
	case from == NoBloc:
		return MoveJoin
	case to == NoBloc:
		return MoveLeave
	}
	for _, c := range m.byPeriod[period] {
		if c.Kind == ChangeSplit && c.Bloc == to && c.Other == from {
			return MoveSplit
		}
		if c.Kind == ChangeMerge && c.Bloc == from && c.Other == to {
			return MoveMerge
		}
	}
	return MoveSwitch
}

func eventRefs(f *PeriodFold, ws []weighed, name func(string) string) []EventRef {
	out := make([]EventRef, 0, len(ws))
	seen := map[string]bool{}
	for _, x := range ws {
		e := f.event(x)
		if mirrored(e) { // a dyadic row counts both ways: show it once
			if seen[e.SourceRef] {
				continue
			}
			seen[e.SourceRef] = true
		}
		out = append(out, refOf(e, x.w, name))
	}
	return out
}
