package gazetteer

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/blocgraph/blocgraph/graph"
)

// Historical states, dated names and Correlates of War codes.
//
// A historical state (East Germany, DDR; the Soviet Union, SUN) is a state
// with dates: a name of it resolves on dates within them only, and a date
// outside them is a *DatesError naming the dates and what took the state's
// place. Successions link states: "continued" is COW's practice of one
// state under two names (code 365 is the Soviet Union to 1991-12-25, Russia
// after), and the continuing state's names on an earlier date stand for
// the predecessor ("Moscow" in 1975 is the Soviet Union). A dated name
// ("West Germany", "Bonn") of a state of today resolves on its dates only.

// Succession kinds.
const (
	Continued = "continued" // the same state under another name (one COW state)
	Absorbed  = "absorbed"  // became part of an existing state
	Merged    = "merged"    // joined with others into the successor
	Dissolved = "dissolved" // split up; the successor is one of the parts
	Seceded   = "seceded"   // the successor left it and became independent
)

// Succession is a link from a state to one that took its place, or part of
// it, on a date.
type Succession struct {
	From, To string     // state ids
	Kind     string     // Continued, Absorbed, Merged, Dissolved or Seceded
	Date     graph.Date // the first day of the successor's part
	// PartFrom is the day a seceded successor had become part of From,
	// when after From began (Estonia, annexed by the Soviet Union on
	// 1940-08-06); zero otherwise.
	PartFrom graph.Date
	Source   string
}

// DatedName is a name a state had for a time.
type DatedName struct {
	Name    string
	Capital bool // a capital of the time, used as a metonym ("Bonn")
	Shown   bool // the state's name on those dates (NameOn)
	Shared  bool // another state's name too on those dates: ambiguous then ("Vietnam" 1954–1975)
	Span    graph.Span
	Source  string
}

// Union is a span on which a state of today was no state but part of a
// union that another state of today carried on: Syria in the United Arab
// Republic, 1958-02-22 to 1961-09-28, which the Correlates of War code as
// Egypt (651) while Syria (652) leaves the state system.
type Union struct {
	State, In string // SYR, EGY
	Name      string // "United Arab Republic"
	Span      graph.Span
	Source    string
}

// Independence is the day a state of today became a state: the United
// Arab Emirates on 1971-12-02. Before it, its names are refused. Said is
// what happened, when not "became independent" (Taiwan).
type Independence struct {
	Date   graph.Date
	Said   string
	Source string
}

// Words says what happened on the day: "became independent".
func (x Independence) Words() string {
	if x.Said != "" {
		return x.Said
	}
	return "became independent"
}

// COWCode is a Correlates of War state code standing for a gazetteer state
// over a span (open ends: as long as the state). State is "" for a COW
// state the gazetteer does not hold (those that ended before 1945, Kosovo);
// Name then says why.
type COWCode struct {
	Letters string // "GDR"
	Number  int    // 265
	Name    string // COW's name: "German Democratic Republic"
	State   string // "DDR"
	Span    graph.Span
	Source  string
}

// Fact is a dated value the gazetteer knows of a state: its economic
// ideology (left, centre, right, none) or regime type (democracy,
// autocracy), with its source.
type Fact struct {
	Value  string
	Span   graph.Span
	Source string
}

// Kinds of Fact.
const (
	FactEconomic = "economic"
	FactRegime   = "regime"
)

// History is what the gazetteer knows of a state over time.
type History struct {
	ID     string
	Span   graph.Span   // a historical state's dates; zero (open) for the states of today
	Source string       // of the dates and the successions
	After  []Succession // the states that took its place
	// Before are the states it took the place of (or of part of).
	Before []Succession
	Names  []DatedName // names it had for a time
	COW    []COWCode   // COW codes that stand for it
	Unions []Union     // spans on which it was part of a union, no state
	// Independent is the day a state of today became a state, when after
	// 1945 and not by leaving a historical state (zero Date otherwise).
	Independent Independence
	// Standing says what it is when not a state every other state
	// recognises (zero for most states).
	Standing Standing
}

// Standing is what an entry of the gazetteer's states is when it is not a
// sovereign state every other state recognises: a partly recognised state
// (Kosovo, Taiwan, Palestine), a dependency (Aruba, part of the
// Netherlands), an associated state (the Cook Islands), a disputed
// territory (Western Sahara), no state (Antarctica). Kind "" is a state;
// its Note, when set, says what is contested (the Baltic states'
// annexation). Datasets' codes for any of them are read as they are.
type Standing struct {
	Kind   string // "", StandingPartly, StandingDependency, …
	Words  string // "part of the Netherlands (NLD)"
	Note   string
	Source string
}

// Kinds of Standing.
const (
	StandingPartly     = "partly recognised state"
	StandingDependency = "dependency"
	StandingAssociated = "associated state"
	StandingDisputed   = "disputed territory"
	StandingNone       = "no state"
)

// Sovereign reports whether the standing is that of a state: recognised
// by all or most other states, or partly recognised (Kosovo, Taiwan and
// Palestine, which the gazetteer takes as states on their dates).
func (s Standing) Sovereign() bool { return s.Kind == "" || s.Kind == StandingPartly }

// Historical reports whether the state has ended.
func (h History) Historical() bool { return !h.Span.IsZero() }

// history is the root layer's dated knowledge of states, from the data file.
type history struct {
	spans    map[string]graph.Span // historical state → its dates
	spanSrc  map[string]string     // … and their source
	succ     []Succession
	dated    map[string][]datedRef // folded name → the states that had it, and when
	datedOf  map[string][]DatedName
	cow      map[string][]COWCode // "GDR" and "265" → spells, by start
	cowOf    map[string][]COWCode
	unions   map[string][]Union // state → the unions it was part of
	indep    map[string]Independence
	standing map[string]Standing
	facts    map[string]map[string][]Fact
	sources  []string

	leadersOnce sync.Once
	leadersOf   map[string][]*entry // state → leaders with a role of it or of its parties
	termsMu     sync.Mutex
	terms       map[string][]Holder // state → LeadersOf, made on first use
}

type datedRef struct {
	state string
	span  graph.Span
}

func newHistory() *history {
	return &history{spans: map[string]graph.Span{}, spanSrc: map[string]string{}, dated: map[string][]datedRef{}, datedOf: map[string][]DatedName{},
		cow: map[string][]COWCode{}, cowOf: map[string][]COWCode{}, unions: map[string][]Union{}, indep: map[string]Independence{}, standing: map[string]Standing{}, facts: map[string]map[string][]Fact{}}
}

// History returns what the gazetteer knows of state id over time; false
// when id is no state.
func (z *Gazetteer) History(id string) (History, bool) {
	e := z.entry(id)
	if e == nil || e.Node.Kind != graph.KindState {
		return History{}, false
	}
	h := History{ID: id}
	if z.hist == nil {
		return h, true
	}
	h.Span, h.Source = z.hist.spans[id], z.hist.spanSrc[id]
	for _, s := range z.hist.succ {
		if s.From == id {
			h.After = append(h.After, s)
		}
		if s.To == id {
			h.Before = append(h.Before, s)
		}
	}
	h.Names = append(h.Names, z.hist.datedOf[id]...)
	h.COW = append(h.COW, z.hist.cowOf[id]...)
	h.Unions = append(h.Unions, z.hist.unions[id]...)
	h.Independent = z.hist.indep[id]
	h.Standing = z.hist.standing[id]
	return h, true
}

// Successions returns every succession the gazetteer knows, by predecessor.
func (z *Gazetteer) Successions() []Succession {
	if z.hist == nil {
		return nil
	}
	return append([]Succession(nil), z.hist.succ...)
}

// ContinuedAt returns the state that id stands for on date at: the state it
// continued (COW's one state under another name), when all of at is before
// the day it continued it and within the predecessor's dates ("RUS" in 1975
// is SUN, the Soviet Union); id itself otherwise, and for a zero date. A
// date of a year or a month that holds the day of continuation keeps the
// state as written: "VNM" in 1976 (a year in which the Vietnam of today
// began on 2 July) is Vietnam, not North Vietnam.
func (z *Gazetteer) ContinuedAt(id string, at graph.Date) string {
	if z.hist == nil || at.IsZero() {
		return id
	}
	cur := id
	for range 8 { // a chain: SRB ← SCG ← YUG
		prev := ""
		for _, s := range z.hist.succ {
			if s.To == cur && s.Kind == Continued && at.End().Before(s.Date.Start()) {
				prev = s.From
				break
			}
		}
		if prev == "" {
			return id
		}
		if z.hist.spans[prev].Touches(at) {
			return prev
		}
		cur = prev
	}
	return id
}

// Era is a span of dates on which a state of today stood for another
// state: Russia for the Soviet Union to 1991-12-25, Belarus too (one of its
// parts), Serbia for Yugoslavia to 2003-02-03 and for Serbia and Montenegro
// to 2006-06-04.
type Era struct {
	Span  graph.Span
	State string
}

// Eras returns, in date order, the spans of dates on which state id stood
// for another state: before it continued one (COW's one state under another
// name), before it seceded from one or was dissolved out of one — each
// within that state's own dates (a chain followed back: Montenegro was
// Serbia and Montenegro's, and Yugoslavia's before). Nil for a state that
// always stood for itself. Event datasets code actors by today's codes (a
// GDELT row of 1985 writes RUS for Moscow); Eras gives the state of the
// time, as a facts file must name it.
func (z *Gazetteer) Eras(id string) []Era {
	if z.hist == nil {
		return nil
	}
	return z.hist.eras(id, 0)
}

func (h *history) eras(id string, depth int) []Era {
	if depth > 8 {
		return nil
	}
	for _, s := range h.succ {
		if s.To != id || (s.Kind != Continued && s.Kind != Seceded && s.Kind != Dissolved) {
			continue
		}
		// A state of today it seceded from (Kosovo from Serbia) has no
		// dates: its era reaches back without bound, after its own eras,
		// which come first.
		sp := h.spans[s.From]
		if !s.PartFrom.IsZero() {
			sp.Start = s.PartFrom // Estonia was the Soviet Union's from its annexation, 1940-08-06
		}
		last := graph.DateOf(s.Date.Start().AddDate(0, 0, -1))
		if !sp.Start.IsZero() && sp.Start.Compare(last) > 0 {
			return nil
		}
		out := h.eras(s.From, depth+1)
		return append(out, Era{Span: graph.Span{Start: sp.Start, End: last}, State: s.From})
	}
	return nil
}

// COWCodes returns the spells of a COW code, letters ("GDR") or number
// ("265"), by start.
func (z *Gazetteer) COWCodes(code string) []COWCode {
	if z.hist == nil {
		return nil
	}
	return append([]COWCode(nil), z.hist.cow[strings.ToUpper(strings.TrimSpace(code))]...)
}

// COWError is returned by StateByCOW for a code that is not a COW code, or
// that stands for no state of the gazetteer on the date.
type COWError struct {
	Code   string
	At     graph.Date
	Spells []COWCode // what the code stands for, and when
}

func (e *COWError) Error() string {
	if len(e.Spells) == 0 {
		return fmt.Sprintf("%q is not a Correlates of War state code (letters such as GDR, or a number such as 265)", e.Code)
	}
	var parts []string
	for _, sp := range e.Spells {
		what := sp.State
		if what == "" {
			what = "no state of the gazetteer (" + sp.Name + ")"
		}
		parts = append(parts, fmt.Sprintf("%s %s", what, spanWords(sp.Span)))
	}
	on := ""
	if !e.At.IsZero() {
		on = " on " + e.At.String()
	}
	return fmt.Sprintf("COW code %s (%d, %s) stands for no state of the gazetteer%s: it is %s", e.Spells[0].Letters, e.Spells[0].Number, cowName(e.Spells[0].Name), on, strings.Join(parts, "; "))
}

func cowName(s string) string {
	name, _, _ := strings.Cut(s, ": ")
	return name
}

// StateByCOW maps a Correlates of War state code, letters ("GDR", "RVN")
// or number ("265"), onto the gazetteer state it stands for on date at, as
// StateByCAMEO maps CAMEO codes; ok is false when it stands for none then.
// COWState says why.
func (z *Gazetteer) StateByCOW(code string, at graph.Date) (state string, ok bool) {
	state, err := z.COWState(code, at)
	return state, err == nil
}

// COWState maps a Correlates of War state code, letters ("GDR", "RVN") or
// number ("265"), onto the gazetteer state it stands for on date at: "RUS"
// and "365" are SUN (the Soviet Union) to 1991-12-25, RUS after. A code of
// one state of today stands for it at every date (the reference files date
// some states before COW admits them); a historical state only within its
// dates. A zero date takes the latest spell. Otherwise the error is a
// *COWError listing what the code stands for, and when.
func (z *Gazetteer) COWState(code string, at graph.Date) (string, error) {
	spells := z.COWCodes(code)
	if len(spells) == 0 {
		return "", &COWError{Code: code, At: at}
	}
	if at.IsZero() {
		if last := spells[len(spells)-1]; last.State != "" {
			return last.State, nil
		}
		return "", &COWError{Code: code, Spells: spells}
	}
	for _, sp := range spells {
		if sp.State != "" && sp.Span.Touches(at) {
			return sp.State, nil
		}
	}
	if len(spells) == 1 && spells[0].State != "" && !z.Historical(spells[0].State) {
		return spells[0].State, nil
	}
	return "", &COWError{Code: code, At: at, Spells: spells}
}

// Historical reports whether id is a state that has ended.
func (z *Gazetteer) Historical(id string) bool {
	return z.hist != nil && !z.hist.spans[id].IsZero()
}

// Facts returns the dated facts of one kind (FactEconomic, FactRegime) the
// gazetteer knows of a state, by start.
func (z *Gazetteer) Facts(state, kind string) []Fact {
	if z.hist == nil {
		return nil
	}
	return append([]Fact(nil), z.hist.facts[state][kind]...)
}

// factOn returns the fact of a kind that holds for state on at.
func (z *Gazetteer) factOn(state, kind string, at graph.Date) Fact {
	if z.hist == nil || at.IsZero() {
		return Fact{}
	}
	fs := z.hist.facts[state][kind]
	// The latest fact that starts on or before the end of at's span.
	i := sort.Search(len(fs), func(i int) bool { return fs[i].Span.Start.Start().After(at.End()) })
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if fs[j].Span.Touches(at) {
			return fs[j]
		}
	}
	return Fact{}
}

// spanWords writes a span for an analyst: "from 1949-10-07 to 1990-10-02",
// "from 1991-12-26", "to 1990-10-02", "at every date".
func spanWords(s graph.Span) string {
	switch {
	case s.Start.IsZero() && s.End.IsZero():
		return "at every date"
	case s.Start.IsZero():
		return "to " + s.End.String()
	case s.End.IsZero():
		return "from " + s.Start.String()
	}
	return "from " + s.Start.String() + " to " + s.End.String()
}

// DatesError is returned by Resolve when a name stands for a state only on
// other dates: a historical state outside its dates ("East Germany" in
// 2010), or a name a state had for a time ("West Germany" in 2010).
type DatesError struct {
	Name       string
	At         graph.Date
	Candidates []string // "East Germany (State, DDR) from 1949-10-07 to 1990-10-02, then part of Germany (DEU) from 1990-10-03"
	// Union, when set, says the one state the name stands for was then
	// part of a union: "Syria was part of the United Arab Republic …".
	Union string
	// Before, when set, says the one state the name stands for was no
	// state yet: "the United Arab Emirates became independent on …".
	Before string
}

func (e *DatesError) Error() string {
	if e.Union != "" {
		return e.Union
	}
	if e.Before != "" {
		return e.Before
	}
	return fmt.Sprintf("%q names a state only on other dates than %s: %s", e.Name, e.At, strings.Join(e.Candidates, "; "))
}

// historyStart is where the gazetteer's knowledge of states begins: a
// state that seceded from a historical one, or was one of its parts, is no
// state between this day and its own first day.
var historyStart = graph.MustDate("1945-01-01")

// becameState returns the succession that made state id a state when it
// seceded from a historical state or was one of its parts (Ukraine from
// the Soviet Union on 1991-12-26); nil for any other state.
func (z *Gazetteer) becameState(id string) *Succession {
	if z.hist == nil {
		return nil
	}
	for i, su := range z.hist.succ {
		if su.To == id && (su.Kind == Seceded || su.Kind == Dissolved) {
			return &z.hist.succ[i]
		}
	}
	return nil
}

// notYet reports whether state id was no state yet on date at but part of
// the historical state it seceded from or was dissolved out of ("Ukraine"
// in 1975: part of the Soviet Union). Dates before 1945, which the
// gazetteer's history does not cover (Estonia in 1939), are never "not yet".
func (z *Gazetteer) notYet(id string, at graph.Date) bool {
	if z.beforeIndependence(id, at) != nil {
		return true
	}
	su := z.becameState(id)
	return su != nil && !at.IsZero() && !at.End().Before(historyStart.Start()) && at.End().Before(su.Date.Start())
}

// StateFrom returns the day state id became a state, when the gazetteer
// dates it other than by the state's leaving a historical one: its
// independence after 1945 (Timor-Leste on 2002-05-20) or declaration
// (Palestine on 1988-11-15). Before it the place was no state: its names
// are refused, and its dataset rows of those dates dropped and counted.
func (z *Gazetteer) StateFrom(id string) (Independence, bool) {
	if z.hist == nil {
		return Independence{}, false
	}
	x, ok := z.hist.indep[id]
	return x, ok
}

// beforeIndependence returns the independence of state id when every day
// of date at is before it (the United Arab Emirates on 1960-05-01, not in
// "1971"); nil otherwise.
func (z *Gazetteer) beforeIndependence(id string, at graph.Date) *Independence {
	if z.hist == nil || at.IsZero() {
		return nil
	}
	if x, ok := z.hist.indep[id]; ok && at.End().Before(x.Date.Start()) {
		return &x
	}
	return nil
}

// describeBefore says that the state of e, named name, was no state yet on
// date at.
func (z *Gazetteer) describeBefore(e *entry, name string, x *Independence, at graph.Date) string {
	who := withThe(e.Node.Name)
	if graph.Fold(name) != graph.Fold(e.Node.Name) {
		who = fmt.Sprintf("%q (%s)", name, withThe(e.Node.Name))
	}
	return fmt.Sprintf("%s %s on %s; the facts name it on %s", who, x.Words(), x.Date, at)
}

// withThe puts "the" before a state's name that takes it in running
// text: the United Arab Emirates, the Bahamas, the Central African Republic.
func withThe(name string) string {
	if rest, ok := strings.CutPrefix(name, "The "); ok {
		return "the " + rest
	}
	for _, w := range []string{"Republic", "Islands", "Kingdom", "Emirates", "States", "Federation"} {
		if strings.Contains(name, w) {
			return "the " + name
		}
	}
	switch name {
	case "Bahamas", "Comoros", "Gambia", "Maldives", "Netherlands", "Philippines", "Seychelles", "Soviet Union":
		return "the " + name
	}
	return name
}

// unionOn returns the union state id was part of on every day of date at
// (Syria in the United Arab Republic on 1960-05-01, not in "1961", when it
// was a state again from 09-29); nil when it was none.
func (z *Gazetteer) unionOn(id string, at graph.Date) *Union {
	if z.hist == nil || at.IsZero() {
		return nil
	}
	for i, u := range z.hist.unions[id] {
		if u.Span.Contains(graph.Span{Start: at, End: at}) {
			return &z.hist.unions[id][i]
		}
	}
	return nil
}

// describeUnion says that the state of e, named name, was part of union u
// on date at, and what to name instead.
func (z *Gazetteer) describeUnion(e *entry, name string, u *Union, at graph.Date) string {
	in := u.In
	if x := z.entry(u.In); x != nil {
		in = x.Node.Name
	}
	who := e.Node.Name
	if graph.Fold(name) != graph.Fold(who) {
		who = fmt.Sprintf("%q (%s)", name, e.Node.Name)
	}
	return fmt.Sprintf("%s was part of the %s from %s to %s; the facts name it on %s (name the %s, which the Correlates of War code as %s, %s)",
		who, u.Name, u.Span.Start, u.Span.End, at, u.Name, in, u.In)
}

// WasState reports whether id was a state at some time within span s (a
// zero span: at any time): a historical state within its dates; a state
// that seceded from one or was one of its parts from its first day; a state
// that continued another (COW's one state under two names: Russia the
// Soviet Union) from the day it did — before, it is the predecessor. The
// gazetteer's history begins in 1945: before, every state of today counts.
func (z *Gazetteer) WasState(id string, s graph.Span) bool {
	if z.hist == nil || s.IsZero() {
		return true
	}
	if sp := z.hist.spans[id]; !sp.IsZero() {
		return sp.Overlaps(s)
	}
	if x, ok := z.hist.indep[id]; ok && !s.End.IsZero() && s.End.End().Before(x.Date.Start()) {
		return false
	}
	if !s.End.IsZero() && s.End.End().Before(historyStart.Start()) {
		return true
	}
	for _, u := range z.hist.unions[id] {
		if u.Span.Contains(s) {
			return false
		}
	}
	for _, su := range z.hist.succ {
		if su.To == id && (su.Kind == Seceded || su.Kind == Dissolved || su.Kind == Continued) && !s.End.IsZero() && s.End.End().Before(su.Date.Start()) {
			return false
		}
	}
	return true
}

// describeDates says when state e had the name key, and what followed
// (or, for a state that seceded, what it was part of before, and what
// that was on at: Kosovo in 1975 was part of Serbia, then of Yugoslavia).
func (z *Gazetteer) describeDates(e *entry, key string, at graph.Date) string {
	sp := z.nameSpan(e, key)
	if x, ok := z.hist.indep[e.Node.ID]; ok && sp.IsZero() {
		return fmt.Sprintf("%s (State, %s) from %s, when it %s", e.Node.Name, e.Node.ID, x.Date, x.Words())
	}
	if su := z.becameState(e.Node.ID); su != nil && sp.IsZero() {
		name := su.From
		if from := z.entry(su.From); from != nil {
			name = from.Node.Name
		}
		if !su.PartFrom.IsZero() {
			// the Baltic states: states before their annexation, and after
			last := graph.DateOf(su.Date.Start().AddDate(0, 0, -1))
			return fmt.Sprintf("%s (State, %s) to %s and from %s, part of %s (%s) from %s to %s", e.Node.Name, e.Node.ID,
				graph.DateOf(su.PartFrom.Start().AddDate(0, 0, -1)), su.Date, withThe(name), su.From, su.PartFrom, last)
		}
		then := ""
		if was := z.ContinuedAt(su.From, at); was != su.From {
			wasName := was
			if x := z.entry(was); x != nil {
				wasName = x.Node.Name
			}
			then = fmt.Sprintf(", on %s part of %s (%s)", at, withThe(wasName), was)
		}
		return fmt.Sprintf("%s (State, %s) from %s, until then part of %s (%s)%s", e.Node.Name, e.Node.ID, su.Date, name, su.From, then)
	}
	s := fmt.Sprintf("%s (State, %s) %s", e.Node.Name, e.Node.ID, spanWords(sp))
	if _, dated := z.datedSpan(e.Node.ID, key); dated {
		s = fmt.Sprintf("%s, a name of %s (State, %s) %s", z.datedDisplay(e.Node.ID, key), e.Node.Name, e.Node.ID, spanWords(sp))
		return s
	}
	var then []string
	for _, su := range z.hist.succ {
		if su.From != e.Node.ID {
			continue
		}
		to := z.entry(su.To)
		name := su.To
		if to != nil {
			name = to.Node.Name
		}
		switch su.Kind {
		case Continued:
			then = append(then, fmt.Sprintf("continued by %s (%s) from %s", name, su.To, su.Date))
		case Absorbed, Merged:
			then = append(then, fmt.Sprintf("part of %s (%s) from %s", name, su.To, su.Date))
		case Dissolved:
			then = append(then, fmt.Sprintf("dissolved into %s (%s) from %s", name, su.To, su.Date))
		}
	}
	if len(then) > 0 {
		s += ", then " + strings.Join(then, ", ")
	}
	return s
}

// nameSpan is when e bears the name key: its dated name's span, else its own dates.
func (z *Gazetteer) nameSpan(e *entry, key string) graph.Span {
	if sp, ok := z.datedSpan(e.Node.ID, key); ok {
		return sp
	}
	if z.hist == nil {
		return graph.Span{}
	}
	return z.hist.spans[e.Node.ID]
}

// datedSpan is the span of state's dated name key; ok is false when the
// name is not dated for the state.
func (z *Gazetteer) datedSpan(state, key string) (graph.Span, bool) {
	if z.hist == nil {
		return graph.Span{}, false
	}
	for _, d := range z.hist.dated[key] {
		if d.state == state {
			return d.span, true
		}
	}
	return graph.Span{}, false
}

// sharedName reports whether key is a name state shares for a time with
// another state that bears it at every date ("Vietnam" of South Vietnam):
// undated, the name is the other's.
func (z *Gazetteer) sharedName(state, key string) bool {
	if z.hist == nil {
		return false
	}
	for _, d := range z.hist.datedOf[state] {
		if d.Shared && graph.Fold(d.Name) == key {
			return true
		}
	}
	return false
}

func (z *Gazetteer) datedDisplay(state, key string) string {
	for _, d := range z.hist.datedOf[state] {
		if graph.Fold(d.Name) == key {
			return d.Name
		}
	}
	return key
}

// NameOn is the name of state id on date at (its last day, for a month or
// a year): the name it then bore where
// the gazetteer dates one ("West Germany" on 1985-06-01, "Zaire" in 1990,
// "Burma" in 1980), else its name of today. False when id is no state.
// For a span of dates, reports take the name on its last day (see
// NameFor).
func (z *Gazetteer) NameOn(id string, at graph.Date) (string, bool) {
	e := z.entry(id)
	if e == nil || e.Node.Kind != graph.KindState {
		return "", false
	}
	if z.hist != nil && !at.IsZero() {
		for _, d := range z.hist.datedOf[id] {
			if d.Shown && spanHolds(d.Span, at) {
				return d.Name, true
			}
		}
	}
	return e.Node.Name, true
}

// NameFor is the name of state id for a window of dates: the name on the
// window's last day (the later name when the window spans a change:
// "Germany" for 1988–1991, "West Germany" for 1982–1985); today's name for
// an open-ended or empty window.
func (z *Gazetteer) NameFor(id string, window graph.Span) (string, bool) {
	return z.NameOn(id, window.End)
}

// spanHolds reports whether the last day date at covers falls within s.
func spanHolds(s graph.Span, at graph.Date) bool {
	return s.Contains(graph.Span{Start: graph.DateOf(at.End()), End: graph.DateOf(at.End())})
}

// parseCOWNumber reads "365" and "COW 365"; -1 when s is no number.
func parseCOWNumber(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil || n <= 0 || n > 9999 {
		return -1
	}
	return n
}
