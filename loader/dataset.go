package loader

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/loader/gazetteer"
)

// Event datasets: GDELT 1.0 and 2.0 event exports and ICEWS event files.
//
// A dataset row becomes an event between two STATE nodes: the actors'
// country codes (GDELT: CAMEO country codes; ICEWS: country names) resolve
// through the gazetteer, the CAMEO event code maps onto the vocabulary with
// graph.RelationForCAMEO (else the generic EVENT type keeps the row's code),
// and the row's own Goldstein score (ICEWS: Intensity) is the event's weight.
// Nothing is dropped silently: a DatasetSummary counts every row by what
// became of it, and every malformed row is reported with file:line.

// Format is the kind of an input file: the one set of format names, for
// DatasetOptions.Format (what to read every input as) and for
// DatasetSummary.Format (what a file was read as).
type Format string

// Input formats. DatasetOptions.Format takes FormatAuto, FormatFacts,
// FormatGDELT or FormatICEWS; a file read as GDELT is FormatGDELT1 or
// FormatGDELT2 by its column count.
const (
	FormatAuto   Format = ""       // told per file: .yaml and .yml are facts files, others by their content
	FormatFacts  Format = "facts"  // facts files (YAML)
	FormatGDELT  Format = "gdelt"  // GDELT events, either version
	FormatGDELT1 Format = "gdelt1" // GDELT 1.0 events: 57 columns (back-files) or 58 (daily files, with SOURCEURL)
	FormatGDELT2 Format = "gdelt2" // GDELT 2.0 events: 61 columns
	FormatICEWS  Format = "icews"  // ICEWS events: 20 columns with a header row
	// FormatDyadic (dyadic.go): source,target,sign|weight CSV or TSV with a header.
)

// ParseFormat reads the name of an input format: auto (or nothing), facts,
// gdelt or icews, in any case.
func ParseFormat(s string) (Format, error) {
	switch f := Format(strings.ToLower(strings.TrimSpace(s))); f {
	case "auto", FormatAuto:
		return FormatAuto, nil
	case FormatFacts, FormatGDELT, FormatICEWS, FormatDyadic:
		return f, nil
	}
	return "", fmt.Errorf("%q is not one of auto, facts, gdelt, icews, dyadic", s)
}

// isGDELT reports whether f is GDELT, of either version.
func (f Format) isGDELT() bool { return f == FormatGDELT || f == FormatGDELT1 || f == FormatGDELT2 }

// Aggregation periods for DatasetOptions.Aggregate.
const (
	AggregateNone  = "none"
	AggregateDay   = "day"
	AggregateMonth = "month"
)

// ParseAggregate reads an aggregation period: none (or nothing), day or
// month, in any case.
func ParseAggregate(s string) (string, error) {
	switch a := strings.ToLower(strings.TrimSpace(s)); a {
	case "", AggregateNone:
		return AggregateNone, nil
	case AggregateDay, AggregateMonth:
		return a, nil
	}
	return "", fmt.Errorf("%q is not one of none, day, month", s)
}

// ParseActorTypes reads a comma-separated list of CAMEO actor types (GOV,
// MIL, …), upper-casing them; empty items are passed over.
func ParseActorTypes(s string) ([]string, error) {
	var out []string
	for _, t := range strings.Split(s, ",") {
		t = strings.ToUpper(strings.TrimSpace(t))
		if t == "" {
			continue
		}
		if graph.Code3(t) < 0 {
			return nil, fmt.Errorf("%q is not a three-letter CAMEO actor type such as GOV, MIL, COP", t)
		}
		out = append(out, t)
	}
	return out, nil
}

// DefaultMaxErrors is how many problems a DatasetSummary lists when
// DatasetOptions.MaxErrors is 0; the rest are only counted.
const DefaultMaxErrors = 100

// DatasetOptions tune the reading of event datasets (GDELT, ICEWS).
type DatasetOptions struct {
	// Format forces the format of every input: FormatFacts, FormatGDELT or
	// FormatICEWS. FormatAuto (empty) detects it per file: .yaml and .yml
	// are facts files, other files are recognised by their content.
	Format Format
	// Aggregate folds the events of a load into one event per actor state,
	// relation type (and CAMEO code, for the generic type), target state and
	// period: "none" (or empty) keeps one event per row, "day" and "month"
	// aggregate. An aggregate's Count is the sum of the rows' counts
	// (GDELT NumMentions) and its Goldstein the count-weighted mean, so its
	// Weight is the sum of the rows' weights.
	Aggregate string
	// Strict makes any malformed row or unreadable dataset file fatal: the
	// load returns the problems and no graph.
	Strict bool
	// ActorTypes keeps only rows whose two actors both have one of these
	// CAMEO actor types (GDELT Actor1Type1Code and Actor2Type1Code, e.g.
	// GOV, MIL). For ICEWS rows the types are looked for in the actors'
	// sectors (GOV: "Government", MIL: "Military", …; see icewsSectors).
	ActorTypes []string
	// RootOnly keeps only GDELT rows with IsRootEvent = 1 (ICEWS has no such
	// column: its rows are all kept).
	RootOnly bool
	// KeepSameState keeps events whose two actors are the same state
	// (government versus opposition, say); by default they are dropped,
	// since they say nothing about alignment between states.
	KeepSameState bool
	// MaxErrors caps the problems listed per file (0: DefaultMaxErrors).
	MaxErrors int
	// Workers is the number of goroutines parsing rows; 0 means GOMAXPROCS.
	Workers int
	// Sink, when set, receives the dataset events instead of the graph Load
	// returns, which then holds the states they name (with their ruling
	// parties) and no dataset event; Summary.Events counts the events
	// emitted. Load calls Sink once per worker goroutine; each sink is
	// called by one goroutine at a time: for each kept row as it is read
	// (in no fixed order across workers), or with Aggregate for a share of
	// the aggregates once all rows are read (each sink its share, side by
	// side), then for the events of dyadic files (the first sink). A sink
	// that sums weights should keep its sums exact (as aggregates and
	// analysis.Fold do) if its result must not depend on that order.
	Sink func() EventSink
	// Directed reads each row of a dyadic file as from source to target
	// only; by default a row stands for both directions (alliances,
	// disputes and votes are mutual), as two events.
	Directed bool
	// Codes says how the state codes of dyadic files map to states: auto
	// (or ""), cow, cow-pajek, names, self, or the path of a codes file
	// (see dyadic_codes.go).
	Codes string
	// Columns renames the columns of dyadic files (and makes every input
	// read as one): role → header name, e.g.
	// {"source": "from", "sign": "value"}; roles are ColSource, ColTarget,
	// ColSign, ColWeight, ColDate, ColFirstYear, ColLastYear, ColWindow.
	Columns map[string]string
	// Progress, when set, is called now and then while datasets are read,
	// from one goroutine at a time, with the rows read so far and the bytes
	// of the dataset files read so far out of their total size (compressed
	// sizes for .gz and .zip; bytesTotal is 0 when unknown, as for stdin).
	Progress func(rowsDone, bytesDone, bytesTotal int64)
}

// stateResolver is what the dataset readers need of the gazetteer
// (*gazetteer.Gazetteer).
type stateResolver interface {
	// StateByCAMEO maps a CAMEO actor country code onto a state's ISO alpha-3
	// id; ok is false for regional codes (AFR, EUR, BAG, …) and unknown ones.
	StateByCAMEO(code string) (iso3 string, ok bool)
	// StateByName maps an ICEWS country name onto a state's ISO alpha-3 id.
	StateByName(name string) (iso3 string, ok bool)
	// Eras gives the spans of dates on which the state iso3 stood for
	// another (RUS for the Soviet Union to 1991-12-25).
	Eras(iso3 string) []gazetteer.Era
	// StateFrom gives the day the state iso3 became a state, when dated
	// (Timor-Leste 2002-05-20): before it, no state (NotYet).
	StateFrom(iso3 string) (gazetteer.Independence, bool)
	// Expand adds the state id, with its ruling parties over [from, to], to g.
	Expand(g *graph.Graph, id string, from, to graph.Date) error
}

// DatasetSummary says what became of every row of one dataset file (for a
// .zip, of one entry of it).
type DatasetSummary struct {
	File   string // as in messages: the path, or "archive.zip:entry.csv"
	Format Format
	Bytes  int64 // bytes of content read (uncompressed)
	Header bool  // the file has a header row (ICEWS)
	Blank  int64 // empty lines, skipped
	Rows   int64 // data rows read: Mapped + Generic + Dropped.Total()

	Mapped  int64            // rows kept as an event of a specific vocabulary type
	Generic int64            // rows kept as the generic EVENT type with their own CAMEO code
	ByType  map[string]int64 // kept rows by relation type (EVENT included)
	Dropped Dropped

	// Dyadic files: kept rows by the sign of their sign or weight, and the
	// code list their state codes resolved through.
	Positive, Negative, Zero int64
	Codes                    string
	// Before1945: the rows dropped (Dropped.NotState) as dated before 1945
	// with a code that means no state the gazetteer holds then (it holds
	// the states from 1945 on: not Austria-Hungary, nor COW's YUG of
	// 1908, Serbia), by the first such code of the row.
	Before1945 map[string]int64
	// Unmapped: the rows dropped as Dropped.NotState, by the first country
	// field of the row that maps to no state (GDELT's code, ICEWS's name).
	Unmapped map[string]int64
	// NotYetBy: the rows dropped as Dropped.NotYet, by the first such
	// country field, the state it names and the day it became one ("TLS
	// before 2002-05-20", "WSB as PSE before 1988-11-15", "East Timor as
	// TLS before 2002-05-20").
	NotYetBy map[string]int64

	// Redated counts the rows kept or dropped as one state at both ends
	// whose code of a state of today stood, on the row's date, for another
	// state (gazetteer.Eras: RUS in 1985 is the Soviet Union).
	Redated Redated

	// FileErrors counts problems with the file as a whole: an empty file, a
	// zip archive with no entry, a corrupt gzip or zip stream.
	FileErrors int
	// Errors lists the first MaxErrors problems of the file in line order:
	// each malformed row and each file problem, with its place.
	Errors graph.ErrorList
}

// Redated counts the rows whose state code was mapped by date onto the
// state it stood for then.
type Redated struct {
	Rows      int64            // rows with one or both codes mapped so
	SameState int64            // of them, dropped: both ends then one state (RUS and UKR in 1985)
	By        map[string]int64 // "RUS SUN": rows by code's state and the state of the date
}

func (r *Redated) add(from, to string, n int64) {
	if r.By == nil {
		r.By = map[string]int64{}
	}
	r.By[from+" "+to] += n
}

// words says what Redated counted, for the summary: "; 12 rows name a
// state of today on dates when it stood for another, and were read as
// that one: RUS as SUN 10, UKR as SUN 2 (3 of them dropped: one state at
// both ends)", or "" when none.
func (r Redated) words() string {
	if r.Rows == 0 {
		return ""
	}
	keys := byCount(r.By)
	parts := make([]string, len(keys))
	for i, k := range keys {
		from, to, _ := strings.Cut(k, " ")
		parts[i] = fmt.Sprintf("%s as %s %d", from, to, r.By[k])
	}
	verb := "names a state of today on a date when it stood for another, and was read as that one"
	if r.Rows != 1 {
		verb = "name a state of today on dates when it stood for another, and were read as that one"
	}
	s := fmt.Sprintf("  re-mapped by date: %s %s: %s", plural(r.Rows, "row"), verb, strings.Join(parts, ", "))
	if r.SameState > 0 {
		s += fmt.Sprintf(" (%d of them dropped: one state at both ends)", r.SameState)
	}
	return s + "\n"
}

// byCountWords is "AUH 192, YUG 46, … and 9 more": the keys of m with
// their counts, the largest first, at most n of them.
func byCountWords(m map[string]int64, n int) string {
	keys := byCount(m)
	var parts []string
	for i, k := range keys {
		if i == n {
			parts = append(parts, fmt.Sprintf("… and %d more", len(keys)-n))
			break
		}
		parts = append(parts, fmt.Sprintf("%s %d", k, m[k]))
	}
	return strings.Join(parts, ", ")
}

// byCount returns the keys of m, the largest count first, ties by key.
func byCount(m map[string]int64) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	return keys
}

// Kept is the number of rows kept as events (before any aggregation).
func (s *DatasetSummary) Kept() int64 { return s.Mapped + s.Generic }

// Problems is the number of malformed rows and file problems.
func (s *DatasetSummary) Problems() int64 { return s.Dropped.Malformed.Total() + int64(s.FileErrors) }

// Dropped counts the rows not kept, by reason. A row is counted once, for the
// first reason that applies in this order: Malformed, Duplicate, NotRoot,
// ActorType, NoCountry, NotState, NotYet, SameState.
type Dropped struct {
	Malformed Malformed
	Duplicate int64 // the event id of a row read before it in the load: the same event again (dataset_dedupe.go)
	NotRoot   int64 // RootOnly: IsRootEvent is not 1
	ActorType int64 // ActorTypes: an actor's type is not among them
	NoCountry int64 // an actor has no country code (GDELT) or country (ICEWS)
	NotState  int64 // an actor's country is a region (AFR, EUR, BAG, …) or not a state the gazetteer knows
	NotYet    int64 // an actor's country was no state yet on the row's date (Timor-Leste before 2002-05-20)
	SameState int64 // both actors are the same state (unless KeepSameState)
}

// Total is the number of dropped rows.
func (d Dropped) Total() int64 {
	return d.Duplicate + d.Malformed.Total() + d.NotRoot + d.ActorType + d.NoCountry + d.NotState + d.NotYet + d.SameState
}

// Malformed counts malformed rows by what is wrong with them; each is also
// reported as a graph.Error at file:line.
type Malformed struct {
	Columns   int64 // a wrong number of tab-separated columns (or a line longer than 1 MiB)
	Truncated int64 // the last line has no newline and too few columns
	UTF8      int64 // invalid UTF-8
	Date      int64 // SQLDATE / Event Date is not a date on the calendar
	Goldstein int64 // GoldsteinScale / Intensity is not a number between -10 and 10
	Field     int64 // another required field is bad: event id, CAMEO event code, NumMentions, IsRootEvent
}

// Total is the number of malformed rows.
func (m Malformed) Total() int64 {
	return m.Columns + m.Truncated + m.UTF8 + m.Date + m.Goldstein + m.Field
}

func (m *Malformed) add(o Malformed) {
	m.Columns += o.Columns
	m.Truncated += o.Truncated
	m.UTF8 += o.UTF8
	m.Date += o.Date
	m.Goldstein += o.Goldstein
	m.Field += o.Field
}

func (d *Dropped) add(o Dropped) {
	d.Duplicate += o.Duplicate
	d.Malformed.add(o.Malformed)
	d.NotRoot += o.NotRoot
	d.ActorType += o.ActorType
	d.NoCountry += o.NoCountry
	d.NotState += o.NotState
	d.NotYet += o.NotYet
	d.SameState += o.SameState
}

// check validates the options and normalises them.
func (o DatasetOptions) check() (DatasetOptions, error) {
	var err error
	if o.Format, err = ParseFormat(string(o.Format)); err != nil {
		return o, &graph.Error{Code: graph.EINVALID, Msg: "input format " + err.Error()}
	}
	if o.Format == FormatAuto && len(o.Columns) > 0 {
		o.Format = FormatDyadic // renamed columns are a dyadic file's
	}
	if o.Aggregate, err = ParseAggregate(o.Aggregate); err != nil {
		return o, &graph.Error{Code: graph.EINVALID, Msg: "aggregate " + err.Error()}
	}
	if o.ActorTypes, err = ParseActorTypes(strings.Join(o.ActorTypes, ",")); err != nil {
		return o, &graph.Error{Code: graph.EINVALID, Msg: "actor type " + err.Error()}
	}
	if o.MaxErrors <= 0 {
		o.MaxErrors = DefaultMaxErrors
	}
	return o, nil
}

// WriteTo writes the summary for the analyst: one block per file.
func (s *DatasetSummary) WriteTo(w io.Writer) (int64, error) {
	var b strings.Builder
	if s.Rows == 0 && s.FileErrors > 0 {
		fmt.Fprintf(&b, "%s: not read\n", s.File)
		for _, e := range s.Errors {
			fmt.Fprintf(&b, "  %s\n", e)
		}
		n, err := io.WriteString(w, b.String())
		return int64(n), err
	}
	fmt.Fprintf(&b, "%s (%s): %s read", s.File, s.Format, plural(int64(s.Rows), "row"))
	if s.Header {
		b.WriteString(" after the header")
	}
	if s.Blank > 0 {
		fmt.Fprintf(&b, ", %d blank lines skipped", s.Blank)
	}
	b.WriteString("\n")
	if s.Format == FormatDyadic {
		// a row of one actor at both ends: a state once its codes map, or
		// the same code under --codes self, where the actors are no states;
		// said only when some were dropped
		same := ""
		if s.Dropped.SameState > 0 {
			noun := "state"
			if strings.HasPrefix(s.Codes, CodesSelf+" ") {
				noun = "actor"
			}
			same = fmt.Sprintf("; dropped %d with one %s at both ends", s.Dropped.SameState, noun)
		}
		fmt.Fprintf(&b, "  kept %d: %d positive, %d negative, %d zero%s; codes through the %s list\n",
			s.Kept(), s.Positive, s.Negative, s.Zero, same, s.Codes)
		if s.Dropped.NotState > 0 {
			fmt.Fprintf(&b, "  dropped %s dated before 1945 with a code of no state the gazetteer holds then (its states begin in 1945): %s\n",
				plural(s.Dropped.NotState, "row"), byCountWords(s.Before1945, 8))
		}
		if s.Dropped.NotYet > 0 {
			fmt.Fprintf(&b, "  dropped %s dated before the day a state of theirs became one (a facts file naming it then is refused): %s\n",
				plural(s.Dropped.NotYet, "row"), byCountWords(s.NotYetBy, 8))
		}
		b.WriteString(s.Redated.words())
		n, err := io.WriteString(w, b.String())
		return int64(n), err
	}
	fmt.Fprintf(&b, "  kept %d: %d mapped to a vocabulary type, %d generic EVENT\n", s.Kept(), s.Mapped, s.Generic)
	if len(s.ByType) > 0 {
		types := byCount(s.ByType)
		parts := make([]string, len(types))
		for i, t := range types {
			parts[i] = fmt.Sprintf("%s %d", t, s.ByType[t])
		}
		fmt.Fprintf(&b, "  by type: %s\n", strings.Join(parts, ", "))
	}
	d := s.Dropped
	fmt.Fprintf(&b, "  dropped %d: no actor country %d, regional or unknown country %d, same state %d, actor type %d, not root %d, malformed %d",
		d.Total(), d.NoCountry, d.NotState, d.SameState, d.ActorType, d.NotRoot, d.Malformed.Total())
	if d.NotYet > 0 {
		fmt.Fprintf(&b, ", no state yet on the date %d", d.NotYet)
	}
	if d.Duplicate > 0 {
		fmt.Fprintf(&b, ", duplicate (an event id already read) %d", d.Duplicate)
	}
	b.WriteString("\n")
	if len(s.Unmapped) > 0 {
		fmt.Fprintf(&b, "  regional or unknown, by the first such country of the row: %s\n", byCountWords(s.Unmapped, 10))
	}
	if len(s.NotYetBy) > 0 {
		fmt.Fprintf(&b, "  no state yet on the date (a facts file naming it then is refused): %s\n", byCountWords(s.NotYetBy, 10))
	}
	b.WriteString(s.Redated.words())
	if m := d.Malformed; m.Total() > 0 {
		fmt.Fprintf(&b, "  malformed: wrong column count %d, truncated last line %d, invalid UTF-8 %d, bad date %d, bad Goldstein %d, other bad field %d\n",
			m.Columns, m.Truncated, m.UTF8, m.Date, m.Goldstein, m.Field)
	}
	for _, e := range s.Errors {
		fmt.Fprintf(&b, "  %s\n", e)
	}
	if n := s.Problems() - int64(len(s.Errors)); n > 0 {
		fmt.Fprintf(&b, "  … and %d more problems\n", n)
	}
	n, err := io.WriteString(w, b.String())
	return int64(n), err
}
