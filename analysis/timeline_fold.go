package analysis

import (
	"fmt"
	"math"
	"slices"
	"sort"

	"github.com/blocgraph/blocgraph/graph"
)

// DefaultEvidence is how many of the strongest cooperation events, and as
// many conflict events, each state keeps per period as the evidence behind
// its moves.
const DefaultEvidence = 3

// PeriodFold builds one projection per period in one pass over the events:
// each event is added to every period it touches, and each period keeps,
// per directed pair, the summed cooperation and conflict (exact sums, so
// the order of the events cannot change a bit), the reports by relation,
// the number of events and the latest date; and per state the few
// strongest events of each sign (the evidence behind its moves). Memory
// grows with the pairs of each period, not with the events.
//
// A fold is made for known periods (NewPeriodFold, FoldPeriods over a
// graph), or as a stream (NewPeriodStream) for the calendar steps whose
// periods can be told from a date alone (StreamablePeriods): a dataset
// reader folds its rows into it as it reads them (DatasetEvent, a Shard per
// worker, Merge), and Finish cuts the periods from the first event to the
// last once they are known. Events of both kinds of fold count the same.
type PeriodFold struct {
	opt      Options
	evidence int
	pairsOf  string // the node whose pairs keep their evidence too (PartnersOverTime)
	data     bool   // --every data: an event with a window counts in that window only

	// Known periods: slots are period indexes. A stream (steps set): slots
	// are the absolute calendar steps of steps until Finish makes them
	// period indexes.
	periods *graph.Periods
	steps   *calendarSteps
	spec    PeriodSpec
	slots   map[int]*periodAcc // a slot with no event has none
	first   packedDate         // a stream's earliest and latest event dates
	last    packedDate
	g       *graph.Graph

	lastSpan spanSlots // the slots of the last span asked for
}

type spanSlots struct {
	span   graph.Span
	lo, hi int
	ok     bool
}

// periodAcc is one period's accumulator.
type periodAcc struct {
	pairs    map[[2]string]*pairAcc
	strong   map[string]*strongest    // by state: its strongest events
	evidence map[[2]string]*strongest // the pairs of PeriodFold.pairsOf: their strongest events
	skipped  map[string]int
	events   int
	from, to packedDate
}

// pairAcc is one directed pair of one period, kept small: a timeline holds
// one per pair and period.
type pairAcc struct {
	coop, conflict xsum
	reports, n     int32 // reports; events (or aggregates) folded
	last           packedDate
	byType         []typeCount
	ends           [2]*strongest // the evidence of its two states in the period
}

// typeCount is the reports of one relation type (its index in
// graph.RelationTypes).
type typeCount struct {
	typ uint8
	n   int32
}

// relationTypes and relationIndex number the relation types for
// typeCount.
var relationTypes = graph.RelationTypes()

var relationIndex = func() map[string]uint8 {
	m := map[string]uint8{}
	for i, t := range relationTypes {
		m[t] = uint8(i)
	}
	return m
}()

// packedDate is a graph.Date in 32 bits: year, month, day, precision, in
// that order, so that packed dates compare as Date.Compare has them (by
// their first day, then the coarser first).
type packedDate uint32

func pack(d graph.Date) packedDate {
	if d.IsZero() {
		return 0
	}
	return packedDate(uint32(d.Year)<<16 | uint32(d.Month)<<8 | uint32(d.Day)<<2 | uint32(d.Precision)&3)
}

func (p packedDate) date() graph.Date {
	if p == 0 {
		return graph.Date{}
	}
	return graph.Date{Year: int(p >> 16), Month: int(p >> 8 & 0xff), Day: int(p >> 2 & 0x3f), Precision: graph.Precision(p & 3)}
}

// strongest are a state's strongest events of each sign in one period.
type strongest struct{ pos, neg []weighed }

type weighed struct {
	e *graph.Event
	w float64
}

func newPeriodAcc() *periodAcc {
	return &periodAcc{pairs: map[[2]string]*pairAcc{}, strong: map[string]*strongest{}, evidence: map[[2]string]*strongest{}, skipped: map[string]int{}}
}

// NewPeriodFold prepares the projections of g over known periods. opt is as
// for Project: opt.Filter selects the events (its window narrows the
// timeline; each period narrows it further), opt.Level and opt.HalfLife are
// used per period (ages are measured from the end of each period). With data
// set, an event that has a window of its own (Event.End) counts only in the
// period equal to that window; other events count in every period they
// touch. evidence is the number of events of each sign kept per state and
// period (0: DefaultEvidence).
func NewPeriodFold(g *graph.Graph, periods *graph.Periods, data bool, opt Options, evidence int) (*PeriodFold, error) {
	opt, err := opt.check()
	if err != nil {
		return nil, err
	}
	if evidence <= 0 {
		evidence = DefaultEvidence
	}
	return &PeriodFold{periods: periods, data: data, g: g, opt: opt, evidence: evidence, slots: map[int]*periodAcc{}}, nil
}

// StreamablePeriods reports whether the periods of spec can be told from a
// date alone, before the first event is known, so that a fold can take the
// events as a stream: calendar years, blocks of months that divide the year
// (6m, 3m, 1m), ISO weeks and days, and rolling windows stepped by them.
// Other steps (2y, 5m, 2w, 10d) start at the first event, and a dataset's
// own windows (--every data) are known once it is read.
func StreamablePeriods(spec PeriodSpec) bool {
	return !spec.Data && newCalendarSteps(spec) != nil
}

// NewPeriodStream prepares a fold that takes its events as a stream and
// cuts its periods at Finish. spec must be StreamablePeriods.
func NewPeriodStream(spec PeriodSpec, opt Options, evidence int) (*PeriodFold, error) {
	steps := newCalendarSteps(spec)
	if spec.Data || steps == nil {
		return nil, fmt.Errorf("the periods of --every %s start with the first event: they cannot be cut as the events come", spec)
	}
	if err := opt.Filter.Validate(); err != nil {
		return nil, err
	}
	opt, err := opt.check()
	if err != nil {
		return nil, err
	}
	if evidence <= 0 {
		evidence = DefaultEvidence
	}
	return &PeriodFold{spec: spec, steps: steps, opt: opt, evidence: evidence, slots: map[int]*periodAcc{}}, nil
}

// EvidenceOfPairs keeps, for the pairs of node id, the strongest events of
// each sign per period in Pair.Events (for partners), as well as each
// state's. Call it before folding.
func (f *PeriodFold) EvidenceOfPairs(id string) { f.pairsOf = id }

// Shard returns an empty stream with f's settings, for one worker; Merge
// adds it back.
func (f *PeriodFold) Shard() *PeriodFold {
	return &PeriodFold{spec: f.spec, steps: f.steps, opt: f.opt, evidence: f.evidence, pairsOf: f.pairsOf, g: f.g, slots: map[int]*periodAcc{}}
}

// Merge adds the shard o into f (a stream, before Finish).
func (f *PeriodFold) Merge(o *PeriodFold) {
	for k, oa := range o.slots {
		a := f.slots[k]
		if a == nil {
			f.slots[k] = oa
			continue
		}
		a.merge(oa, f.evidence)
	}
	f.first, f.last = earliest(f.first, o.first), max(f.last, o.last)
	o.slots = nil
}

func (a *periodAcc) merge(o *periodAcc, evidence int) {
	mergeStrongest(a.strong, o.strong, evidence)
	mergeStrongest(a.evidence, o.evidence, evidence)
	for k, op := range o.pairs {
		pa := a.pairs[k]
		if pa == nil {
			op.ends = [2]*strongest{a.strong[k[0]], a.strong[k[1]]} // the merged states'
			a.pairs[k] = op
			continue
		}
		pa.coop.merge(&op.coop)
		pa.conflict.merge(&op.conflict)
		pa.reports += op.reports
		pa.n += op.n
		for _, tc := range op.byType {
			pa.count(tc.typ, tc.n)
		}
		pa.last = max(pa.last, op.last)
	}
	for r, c := range o.skipped {
		a.skipped[r] += c
	}
	a.events += o.events
	a.from, a.to = earliest(a.from, o.from), max(a.to, o.to)
}

func mergeStrongest[K comparable](into, from map[K]*strongest, evidence int) {
	for k, os := range from {
		s := into[k]
		if s == nil {
			into[k] = os
			continue
		}
		for _, x := range os.pos {
			s.pos = keepStrongest(s.pos, x, evidence)
		}
		for _, x := range os.neg {
			s.neg = keepStrongest(s.neg, x, evidence)
		}
	}
}

// earliest is the earlier of two dates, a zero one being none.
func earliest(a, b packedDate) packedDate {
	if a == 0 || b != 0 && b < a {
		return b
	}
	return a
}

// Periods returns the fold's periods (a stream's once it is finished).
func (f *PeriodFold) Periods() *graph.Periods { return f.periods }

// Add projects event e of the graph (its actors stand for their states at
// its date, as in Project) and adds it to the periods it counts in. Events
// the filter leaves out are ignored.
func (f *PeriodFold) Add(e *graph.Event) {
	if !f.opt.Filter.Keep(e) || e.Date.IsZero() {
		return
	}
	from, to := e.Subject, e.Object
	if f.opt.Level == LevelState {
		var ok1, ok2 bool
		from, ok1 = f.g.StateOf(e.Subject, e.Date)
		to, ok2 = f.g.StateOf(e.Object, e.Date)
		if !ok1 || !ok2 {
			f.skip(e.Span(), "actor with no state")
			return
		}
	}
	f.add(from, to, e.Type, e.Date, e.End, e.Goldstein, e.Count, e.Weight(), e, nil)
}

// AddGraph folds every event of g (a stream's facts events, say), as Add.
func (f *PeriodFold) AddGraph(g *graph.Graph) {
	f.g = g
	for e := range g.AllEvents() {
		f.Add(e)
	}
}

// DatasetEvent folds one event of a dataset between two states (dataset
// events name states, which stand for themselves at every level): of type
// typ, dated date (to end, for an event over a window), Goldstein score
// goldstein, count reports, confidence 1. full gives the event itself if it
// is kept as evidence.
func (f *PeriodFold) DatasetEvent(typ, subject, object string, date, end graph.Date, goldstein float64, count int, full FullEvent) {
	if date.IsZero() || !f.opt.Filter.Keep(&graph.Event{Type: typ, Date: date, End: end}) {
		return
	}
	f.add(subject, object, typ, date, end, goldstein, count, goldstein*float64(count), nil, full)
}

// slotsOf returns the slots an event over span s counts in.
func (f *PeriodFold) slotsOf(s graph.Span, hasEnd bool) (lo, hi int) {
	if f.steps != nil {
		// Rows of a dataset come in runs of one day: remember the last.
		if c := &f.lastSpan; c.ok && c.span == s {
			return c.lo, c.hi
		}
		lo, hi = f.steps.touching(s)
		f.lastSpan = spanSlots{s, lo, hi, true}
		return lo, hi
	}
	if !hasEnd {
		return f.periods.Touching(s.Start)
	}
	if f.data {
		if i := f.periods.Index(s); i >= 0 {
			return i, i + 1
		}
		return 0, 0
	}
	return f.periods.Overlapping(s)
}

func (f *PeriodFold) acc(slot int) *periodAcc {
	a := f.slots[slot]
	if a == nil {
		a = newPeriodAcc()
		f.slots[slot] = a
	}
	return a
}

// skip counts an event left out of the periods of span s for reason (the
// Projection.Skipped keys).
func (f *PeriodFold) skip(s graph.Span, reason string) {
	lo, hi := f.slotsOf(s, !s.End.IsZero() && s.End != s.Start)
	for i := lo; i < hi; i++ {
		f.acc(i).skipped[reason]++
	}
}

// add folds one kept event from → to, dated date (to end), of weight w
// before decay; e is the event, or nil and full builds it when it is kept
// as evidence.
func (f *PeriodFold) add(from, to, typ string, date, end graph.Date, goldstein float64, count int, w float64, e *graph.Event, full FullEvent) {
	sp := graph.Span{Start: date, End: date}
	if !end.IsZero() {
		sp.End = end
	}
	switch {
	case from == to:
		f.skip(sp, "within one state")
		return
	case graph.SignOf(goldstein) == graph.Neutral:
		f.skip(sp, "neutral (Goldstein 0)")
		return
	}
	if f.steps != nil {
		f.first, f.last = earliest(f.first, pack(date)), max(f.last, pack(sp.End))
	}
	first, last := pack(date), pack(sp.End)
	lo, hi := f.slotsOf(sp, !end.IsZero())
	ti, ok := relationIndex[typ]
	if !ok {
		panic("analysis: relation type " + typ + " is not in the vocabulary")
	}
	for i := lo; i < hi; i++ {
		wi := w
		if f.opt.HalfLife > 0 {
			wi *= f.decay(i, date)
		}
		a := f.acc(i)
		k := [2]string{from, to}
		pa := a.pairs[k]
		if pa == nil {
			pa = &pairAcc{ends: [2]*strongest{a.strongestOf(from), a.strongestOf(to)}}
			a.pairs[k] = pa
		}
		if wi > 0 {
			pa.coop.add(wi)
		} else {
			pa.conflict.add(-wi)
		}
		pa.reports += int32(count)
		pa.n++
		pa.count(ti, int32(count))
		pa.last = max(pa.last, last)
		a.events++
		a.from, a.to = earliest(a.from, first), max(a.to, last)
		// Evidence: the strongest events of each state, built only when
		// they are among them.
		for _, s := range pa.ends {
			e = s.offer(e, full, wi, date, f.evidence)
		}
		if f.pairsOf != "" && (from == f.pairsOf || to == f.pairsOf) {
			ev := a.evidence[k]
			if ev == nil {
				ev = &strongest{}
				a.evidence[k] = ev
			}
			e = ev.offer(e, full, wi, date, f.evidence)
		}
	}
}

// strongestOf returns the strongest events of state id, made when it has
// none yet.
func (a *periodAcc) strongestOf(id string) *strongest {
	s := a.strong[id]
	if s == nil {
		s = &strongest{}
		a.strong[id] = s
	}
	return s
}

// offer keeps event e (built from full when nil) among the n strongest of
// s when it is one of them, and returns it.
func (s *strongest) offer(e *graph.Event, full FullEvent, w float64, date graph.Date, n int) *graph.Event {
	list := &s.pos
	if w < 0 {
		list = &s.neg
	}
	if !mayKeep(*list, w, date, n) {
		return e
	}
	if e == nil {
		e = full.Event()
	}
	*list = keepStrongest(*list, weighed{e, w}, n)
	return e
}

func (pa *pairAcc) count(typ uint8, n int32) {
	for i := range pa.byType {
		if pa.byType[i].typ == typ {
			pa.byType[i].n += n
			return
		}
	}
	pa.byType = append(pa.byType, typeCount{typ, n})
}

// mayKeep reports whether an event of weight w dated date could be among
// the n strongest of list (strongest first: by |w|, then the earlier date,
// then the id, which needs the event itself).
func mayKeep(list []weighed, w float64, date graph.Date, n int) bool {
	if len(list) < n {
		return true
	}
	weakest := list[len(list)-1]
	if a, b := math.Abs(w), math.Abs(weakest.w); a != b {
		return a > b
	}
	return pack(date) <= pack(weakest.e.Date)
}

// decay is the half-life factor of an event dated date in slot i: ages are
// measured from the end of the period (or opt.Reference).
func (f *PeriodFold) decay(i int, date graph.Date) float64 {
	ref := f.opt.Reference
	if ref.IsZero() {
		if f.steps != nil {
			ref = graph.DateOf(f.steps.end(i))
		} else {
			ref = f.periods.Span(i).End
		}
	}
	if ref.IsZero() {
		return 1
	}
	age := ref.End().Sub(date.End()).Hours() / 24
	if age <= 0 {
		return 1
	}
	return math.Pow(0.5, age/f.opt.HalfLife)
}

// keepStrongest inserts x into s (strongest |w| first, then earliest date)
// and keeps at most n.
func keepStrongest(s []weighed, x weighed, n int) []weighed {
	return insertBounded(s, x, n, stronger)
}

func stronger(a, b weighed) bool {
	if wa, wb := math.Abs(a.w), math.Abs(b.w); wa != wb {
		return wa > wb
	}
	if c := a.e.Date.Compare(b.e.Date); c != 0 {
		return c < 0
	}
	return a.e.ID < b.e.ID
}

// Finish cuts a stream's periods, from the first event to the last (or
// over the filter's window when it has one), and gives each the events
// folded into its calendar step; g names the nodes. A stream with no event
// has no period. Events added after Finish go to the periods cut. For a
// fold of known periods it only sets g.
func (f *PeriodFold) Finish(g *graph.Graph) error {
	f.g = g
	if f.steps == nil {
		return nil
	}
	first, last := f.opt.Filter.Span.Start, f.opt.Filter.Span.End
	if first.IsZero() {
		first = f.first.date()
	}
	if last.IsZero() {
		last = f.last.date()
	}
	spans, err := f.spec.Periods(first, last)
	if err != nil {
		return err
	}
	if f.periods, err = graph.NewPeriods(spans); err != nil {
		return err
	}
	byPeriod := map[int]*periodAcc{}
	for i, sp := range spans {
		if a := f.slots[f.steps.index(sp.Start.Start())]; a != nil {
			byPeriod[i] = a
		}
	}
	f.slots, f.steps = byPeriod, nil
	return nil
}

// period returns the accumulator of period i, empty when no event counts
// in it.
func (f *PeriodFold) period(i int) *periodAcc {
	if a := f.slots[i]; a != nil {
		return a
	}
	return newPeriodAcc()
}

// Projection returns the projection of period i: the same as Project over
// the period's window, except that Pair.Events holds the evidence only for
// the pairs of EvidenceOfPairs (the strongest events of each sign).
func (f *PeriodFold) Projection(i int) *Projection {
	acc := f.period(i)
	p := &Projection{Level: f.opt.Level, Index: map[string]int{}, Names: map[string]string{}, Kinds: map[string]graph.Kind{},
		Skipped: map[string]int{}, Events: acc.events, From: acc.from.date(), To: acc.to.date()}
	for k, v := range acc.skipped {
		p.Skipped[k] = v
	}
	for k, pa := range acc.pairs {
		byType := make(map[string]int, len(pa.byType))
		for _, tc := range pa.byType {
			byType[relationTypes[tc.typ]] = int(tc.n)
		}
		pr := &Pair{From: k[0], To: k[1], Cooperation: pa.coop.value(), Conflict: pa.conflict.value(), Reports: int(pa.reports),
			ByType: byType, NumEvents: int(pa.n), Last: pa.last.date()}
		if ev := acc.evidence[k]; ev != nil {
			for _, x := range slices.Concat(ev.pos, ev.neg) {
				pr.Events = append(pr.Events, x.e)
			}
		}
		sort.Slice(pr.Events, func(a, b int) bool {
			if c := pr.Events[a].Date.Compare(pr.Events[b].Date); c != 0 {
				return c < 0
			}
			return pr.Events[a].ID < pr.Events[b].ID
		})
		p.Pairs = append(p.Pairs, pr)
		p.Index[k[0]], p.Index[k[1]] = -1, -1
	}
	p.finish(f.g)
	return p
}

// strongestOf returns the strongest events of node id of period i,
// cooperation (w > 0) or conflict (w < 0), strongest first, at most n.
func (f *PeriodFold) strongestOf(i int, id string, cooperation bool, n int) []weighed {
	s := f.period(i).strong[id]
	if s == nil {
		return nil
	}
	out := s.neg
	if cooperation {
		out = s.pos
	}
	return out[:min(n, len(out))]
}

// FoldPeriods cuts the events of g that opt.Filter keeps into the periods
// of spec and folds them, in one pass over the events (after one to find
// their first and last dates, or their windows). The window of opt.Filter,
// when set, fixes the range of the periods; otherwise it runs from the
// first event to the last. With pairsOf set, the pairs of that node keep
// their evidence (EvidenceOfPairs).
func FoldPeriods(g *graph.Graph, spec PeriodSpec, opt Options, evidence int, pairsOf ...string) (*PeriodFold, error) {
	f, err := newFoldOf(g, spec, opt, evidence)
	if err != nil {
		return nil, err
	}
	if len(pairsOf) > 0 {
		f.EvidenceOfPairs(pairsOf[0])
	}
	for e := range g.AllEvents() {
		f.Add(e)
	}
	return f, f.Finish(g)
}

// newFoldOf prepares a fold of the periods of spec over g's events.
func newFoldOf(g *graph.Graph, spec PeriodSpec, opt Options, evidence int) (*PeriodFold, error) {
	if err := opt.Filter.Validate(); err != nil {
		return nil, err
	}
	kept := func(yield func(*graph.Event) bool) {
		for e := range g.AllEvents() {
			if opt.Filter.Keep(e) && !e.Date.IsZero() && !yield(e) {
				return
			}
		}
	}
	var spans []graph.Span
	if spec.Data {
		var err error
		if spans, err = DataPeriods(kept); err != nil {
			return nil, err
		}
	} else {
		first, last := opt.Filter.Span.Start, opt.Filter.Span.End
		if first.IsZero() || last.IsZero() {
			var lo, hi graph.Date
			for e := range kept {
				s := e.Span()
				if lo.IsZero() || s.Start.Compare(lo) < 0 {
					lo = s.Start
				}
				if hi.IsZero() || s.End.End().After(hi.End()) {
					hi = s.End
				}
			}
			if first.IsZero() {
				first = lo
			}
			if last.IsZero() {
				last = hi
			}
		}
		var err error
		if spans, err = spec.Periods(first, last); err != nil {
			return nil, err
		}
	}
	periods, err := graph.NewPeriods(spans)
	if err != nil {
		return nil, err
	}
	return NewPeriodFold(g, periods, spec.Data, opt, evidence)
}
