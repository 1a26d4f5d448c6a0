package analysis

import (
	"math"
	"sort"

	"github.com/blocgraph/blocgraph/graph"
)

// PeriodSink is what a pass over the events feeds a timeline: each event,
// projected onto its two nodes and weighed, for the periods it counts in.
// PeriodFold implements it; a dataset reader that folds rows straight into
// the periods, without keeping every event, calls it the same way.
type PeriodSink interface {
	// AddEvent adds event e, projected onto the directed pair from → to
	// with signed weight w (Goldstein × count × confidence), to the
	// periods [lo, hi). e stays as evidence only if it is among the
	// strongest of its pair; it may be nil for an aggregate with no
	// event behind it, which then counts reports reports of relation typ.
	AddEvent(lo, hi int, from, to string, e *graph.Event, w float64)
	// AddWeight adds an aggregated weight: reports reports of relation typ
	// between from and to with summed signed weight w, whose latest date
	// is last, to the periods [lo, hi).
	AddWeight(lo, hi int, from, to, typ string, reports int, w float64, last graph.Date)
	// Skip counts an event left out of periods [lo, hi) for reason (the
	// Projection.Skipped keys: "within one state", "neutral (Goldstein 0)").
	Skip(lo, hi int, reason string)
}

// DefaultEvidence is how many of the strongest cooperation events, and as
// many conflict events, each pair keeps per period as the evidence behind
// moves and partners.
const DefaultEvidence = 3

// PeriodFold builds one projection per period in one pass over the events:
// each event is added to every period it touches (graph.Periods), and each
// period keeps, per directed pair, the summed cooperation and conflict,
// the reports by relation, the latest date and the few strongest events of
// each sign (Evidence). Memory grows with the pairs of each period, not
// with the events.
type PeriodFold struct {
	periods  *graph.Periods
	data     bool // --every data: an event with a window counts in that window only
	g        *graph.Graph
	opt      Options
	evidence int
	per      []periodAcc
}

type periodAcc struct {
	pairs    map[[2]string]*pairAcc
	skipped  map[string]int
	events   int
	from, to graph.Date
}

// pairAcc is one directed pair of one period.
type pairAcc struct {
	coop, conflict float64
	reports        int
	n              int // events (or aggregates) folded
	byType         map[string]int
	last           graph.Date
	lastEvent      *graph.Event
	pos, neg       []weighed // strongest first, at most evidence each
}

type weighed struct {
	e *graph.Event
	w float64
}

// NewPeriodFold prepares the periods' projections of g. opt is as for
// Project: opt.Filter selects the events (its window narrows the timeline;
// each period narrows it further), opt.Level and opt.HalfLife are used per
// period (ages are measured from the end of each period). With data set,
// an event that has a window of its own (Event.End) counts only in the
// period equal to that window; other events count in every period they
// touch. evidence is the number of events of each sign kept per pair and
// period (0: DefaultEvidence).
func NewPeriodFold(g *graph.Graph, periods *graph.Periods, data bool, opt Options, evidence int) (*PeriodFold, error) {
	opt, err := opt.check()
	if err != nil {
		return nil, err
	}
	if evidence <= 0 {
		evidence = DefaultEvidence
	}
	f := &PeriodFold{periods: periods, data: data, g: g, opt: opt, evidence: evidence, per: make([]periodAcc, periods.Len())}
	for i := range f.per {
		f.per[i] = periodAcc{pairs: map[[2]string]*pairAcc{}, skipped: map[string]int{}}
	}
	return f, nil
}

// Periods returns the fold's periods.
func (f *PeriodFold) Periods() *graph.Periods { return f.periods }

// Add projects event e (its actors stand for their states at its date, as
// in Project) and adds it to the periods it counts in. Events the filter
// leaves out are ignored.
func (f *PeriodFold) Add(e *graph.Event) {
	if !f.opt.Filter.Keep(e) {
		return
	}
	lo, hi := f.periodsOf(e)
	if lo == hi {
		return
	}
	from, to := e.Subject, e.Object
	if f.opt.Level == LevelState {
		var ok1, ok2 bool
		from, ok1 = f.g.StateOf(e.Subject, e.Date)
		to, ok2 = f.g.StateOf(e.Object, e.Date)
		if !ok1 || !ok2 {
			f.Skip(lo, hi, "actor with no state")
			return
		}
	}
	switch {
	case from == to:
		f.Skip(lo, hi, "within one state")
	case e.Sign() == graph.Neutral:
		f.Skip(lo, hi, "neutral (Goldstein 0)")
	default:
		f.AddEvent(lo, hi, from, to, e, e.Weight())
	}
}

// periodsOf returns the periods e counts in.
func (f *PeriodFold) periodsOf(e *graph.Event) (lo, hi int) {
	if e.End.IsZero() {
		return f.periods.Touching(e.Date)
	}
	if f.data {
		if i := f.periods.Index(e.Span()); i >= 0 {
			return i, i + 1
		}
		return 0, 0
	}
	return f.periods.Overlapping(e.Span())
}

// Skip implements PeriodSink.
func (f *PeriodFold) Skip(lo, hi int, reason string) {
	for i := lo; i < hi; i++ {
		f.per[i].skipped[reason]++
	}
}

// AddEvent implements PeriodSink.
func (f *PeriodFold) AddEvent(lo, hi int, from, to string, e *graph.Event, w float64) {
	typ, reports, first, last := "", 1, graph.Date{}, graph.Date{}
	if e != nil {
		typ, reports, first, last = e.Type, e.Count, e.Date, e.Date
		if !e.End.IsZero() {
			last = e.End
		}
	}
	for i := lo; i < hi; i++ {
		wi := w
		if f.opt.HalfLife > 0 && e != nil {
			wi *= f.decay(i, e)
		}
		pa := f.add(i, from, to, typ, reports, wi, first, last)
		if e == nil {
			continue
		}
		if pa.lastEvent == nil || last.Compare(pa.last) >= 0 {
			pa.lastEvent = e
		}
		if wi > 0 {
			pa.pos = keepStrongest(pa.pos, weighed{e, wi}, f.evidence)
		} else {
			pa.neg = keepStrongest(pa.neg, weighed{e, wi}, f.evidence)
		}
	}
}

// AddWeight implements PeriodSink.
func (f *PeriodFold) AddWeight(lo, hi int, from, to, typ string, reports int, w float64, last graph.Date) {
	for i := lo; i < hi; i++ {
		f.add(i, from, to, typ, reports, w, last, last)
	}
}

func (f *PeriodFold) add(i int, from, to, typ string, reports int, w float64, first, last graph.Date) *pairAcc {
	p := &f.per[i]
	k := [2]string{from, to}
	pa := p.pairs[k]
	if pa == nil {
		pa = &pairAcc{byType: map[string]int{}}
		p.pairs[k] = pa
	}
	if w > 0 {
		pa.coop += w
	} else {
		pa.conflict -= w
	}
	pa.reports += reports
	pa.n++
	if typ != "" {
		pa.byType[typ] += reports
	}
	if last.Compare(pa.last) > 0 {
		pa.last = last
	}
	p.events++
	if !first.IsZero() {
		if p.from.IsZero() || first.Compare(p.from) < 0 {
			p.from = first
		}
		if last.Compare(p.to) > 0 {
			p.to = last
		}
	}
	return pa
}

// decay is the half-life factor of e in period i: ages are measured from
// the end of the period.
func (f *PeriodFold) decay(i int, e *graph.Event) float64 {
	ref := f.periods.Span(i).End
	if !f.opt.Reference.IsZero() {
		ref = f.opt.Reference
	}
	if ref.IsZero() {
		return 1
	}
	age := ref.End().Sub(e.Date.End()).Hours() / 24
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

// Projection returns the projection of period i: the same as Project over
// the period's window, except that each pair keeps only its evidence
// (the strongest events of each sign, and its latest) in Pair.Events.
func (f *PeriodFold) Projection(i int) *Projection {
	acc := &f.per[i]
	p := &Projection{Level: f.opt.Level, Index: map[string]int{}, Names: map[string]string{}, Kinds: map[string]graph.Kind{},
		Skipped: map[string]int{}, Events: acc.events, From: acc.from, To: acc.to}
	for k, v := range acc.skipped {
		p.Skipped[k] = v
	}
	for k, pa := range acc.pairs {
		pr := &Pair{From: k[0], To: k[1], Cooperation: pa.coop, Conflict: pa.conflict, Reports: pa.reports, ByType: pa.byType, NumEvents: pa.n, Last: pa.last}
		seen := map[*graph.Event]bool{}
		for _, x := range append(append(append([]weighed(nil), pa.pos...), pa.neg...), weighed{e: pa.lastEvent}) {
			if x.e != nil && !seen[x.e] {
				seen[x.e] = true
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

// strongestOf returns the strongest evidence events of sign s (cooperation
// w > 0, conflict w < 0) of period i that involve node id, strongest
// first, at most n.
func (f *PeriodFold) strongestOf(i int, id string, cooperation bool, n int) []weighed {
	var out []weighed
	for k, pa := range f.per[i].pairs {
		if k[0] != id && k[1] != id {
			continue
		}
		src := pa.neg
		if cooperation {
			src = pa.pos
		}
		for _, x := range src {
			out = keepStrongest(out, x, n)
		}
	}
	return out
}

// FoldPeriods cuts the events of g that opt.Filter keeps into the periods
// of spec and folds them, in one pass over the events (after one to find
// their first and last dates, or their windows). The window of opt.Filter,
// when set, fixes the range of the periods; otherwise it runs from the
// first event to the last.
func FoldPeriods(g *graph.Graph, spec PeriodSpec, opt Options, evidence int) (*PeriodFold, error) {
	if err := opt.Filter.Validate(); err != nil {
		return nil, err
	}
	events := g.Events() // sorted: sums and ties come out the same every run
	kept := func(yield func(*graph.Event) bool) {
		for _, e := range events {
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
	f, err := NewPeriodFold(g, periods, spec.Data, opt, evidence)
	if err != nil {
		return nil, err
	}
	for e := range kept {
		f.Add(e)
	}
	return f, nil
}
