package analysis

import (
	"fmt"
	"math"
	"slices"
	"sort"

	"github.com/blocgraph/blocgraph/graph"
)

// Fold builds a projection in one pass over the events without keeping
// them: per directed pair the summed cooperation and conflict (exact sums,
// so the order of the events does not matter), the reports by relation, the
// number of events, and as evidence the first few events in the order
// Partners lists them (by date). Memory follows the pairs, not the events,
// so a dataset reader can fold millions of rows straight into it
// (DatasetEvent), one Fold per worker, merged at the end (Merge). Project
// is a Fold of a graph's events that keeps them all.
//
// The projection is the same as Project's, field by field, except that
// Pair.Events holds only the evidence when Evidence is not AllEvents
// (Pair.NumEvents counts them all).
type Fold struct {
	opt      Options
	filter   bool // opt.Filter keeps only some events
	evidence int
	ref      graph.Date  // decay ages are measured from here
	ids      *pairIDs    // the pairs met, numbered
	prs      []*foldPair // by pair id
	skipped  map[string]int
	queue    []queuedEvent // with no evidence kept: events not yet in their pairs (drain)
	touched  int           // what drain read of the queued pairs, kept so that the loads are not left out
	events   int
	from, to graph.Date
	types    []string // the relation types met, in the order met: foldPair.byType's index
}

// AllEvents, as a Fold's evidence, keeps every event of every pair.
const AllEvents = -1

type foldPair struct {
	n              int
	reports        int
	byType         []int // reports by relation type, indexed as Fold.types
	last           graph.Date
	coop, conflict xsum
	kept           []*graph.Event // by evidenceLess; every event with AllEvents
	// byType's first array, in the pair's memory: an event touches few
	// cache lines
	types [foldTypes]int
}

// foldTypes is the number of relation types byType holds in the pair:
// those of the vocabulary.
const foldTypes = 18

func newFoldPair() *foldPair {
	pr := &foldPair{}
	pr.byType = pr.types[:0]
	return pr
}

// NewFold prepares a fold. opt is as for Project; evidence is the number of
// events kept per pair (0: none, AllEvents: all). With opt.HalfLife set,
// ages are measured from opt.Reference or else the end of the filter's
// window; a fold cannot wait for the latest event to know it, so one of the
// two must be set (Project sets Reference itself).
func NewFold(opt Options, evidence int) (*Fold, error) {
	opt, err := opt.check()
	if err != nil {
		return nil, err
	}
	f := &Fold{opt: opt, filter: !opt.Filter.IsZero(), evidence: evidence}
	f.init()
	if opt.HalfLife > 0 {
		f.ref = opt.Reference
		if f.ref.IsZero() {
			f.ref = opt.Filter.Span.End
		}
		if f.ref.IsZero() {
			return nil, fmt.Errorf("a fold with a half-life needs a reference date or a window end")
		}
	}
	return f, nil
}

// Foldable reports whether events can be folded with opt as they are read:
// always, but with a half-life only when the date ages are measured from
// is known before the events (a reference date or a window end).
func Foldable(opt Options) bool {
	return opt.HalfLife <= 0 || !opt.Reference.IsZero() || !opt.Filter.Span.End.IsZero()
}

// Shard returns an empty fold with f's settings, for one worker; Merge adds
// it back.
func (f *Fold) Shard() *Fold {
	s := &Fold{opt: f.opt, filter: f.filter, evidence: f.evidence, ref: f.ref}
	s.init()
	return s
}

func (f *Fold) init() {
	f.ids, f.prs, f.skipped = newPairIDs(), nil, map[string]int{}
}

// FullEvent is how a folded event that is not a *graph.Event gives its full
// form (id, provenance), built only when the fold keeps it as evidence.
type FullEvent interface {
	Event() *graph.Event
}

// AddGraph folds the events of g (its facts events, say): actors stand for
// their state at the event's date at the state level, as in Project.
func (f *Fold) AddGraph(g *graph.Graph) {
	for e := range g.AllEvents() {
		f.addEvent(g, e)
	}
}

func (f *Fold) addEvent(g *graph.Graph, e *graph.Event) {
	if !f.opt.Filter.Keep(e) {
		return
	}
	from, to := e.Subject, e.Object
	if f.opt.Level == LevelState {
		var ok1, ok2 bool
		from, ok1 = g.StateOf(e.Subject, e.Date)
		to, ok2 = g.StateOf(e.Object, e.Date)
		if !ok1 || !ok2 {
			f.skipped["actor with no state"]++
			return
		}
	}
	f.add(from, to, e.Type, e.Date, e.End, e.Goldstein, e.Count, e.Weight(), e, nil)
}

// DatasetEvent folds one event of a dataset between two states (dataset
// events name states, which stand for themselves at every level): of type
// typ, dated date (to end, for an event over a window), Goldstein score
// goldstein, count reports, confidence 1. full gives the event itself if it
// is kept as evidence.
func (f *Fold) DatasetEvent(typ, subject, object string, date, end graph.Date, goldstein float64, count int, full FullEvent) {
	if f.filter && !f.opt.Filter.Keep(&graph.Event{Type: typ, Date: date, End: end}) {
		return
	}
	f.add(subject, object, typ, date, end, goldstein, count, goldstein*float64(count), nil, full)
}

// add folds one kept event from → to of weight w (before decay), dated
// date (to end, for an event over a window: the span of the data reaches
// end); e is the event, or nil and full builds it.
func (f *Fold) add(from, to, typ string, date, end graph.Date, goldstein float64, count int, w float64, e *graph.Event, full FullEvent) {
	if from == to {
		f.skipped["within one state"]++
		return
	}
	if graph.SignOf(goldstein) == graph.Neutral {
		f.skipped["neutral (Goldstein 0)"]++
		return
	}
	if f.opt.HalfLife > 0 {
		if age := f.ref.End().Sub(date.End()).Hours() / 24; age > 0 {
			w *= math.Pow(0.5, age/f.opt.HalfLife)
		}
	}
	pr := f.pair(from, to)
	t := f.typeIndex(typ)
	f.events++
	if f.from.IsZero() || date.Compare(f.from) < 0 {
		f.from = date
	}
	if date.Compare(f.to) > 0 {
		f.to = date
	}
	if end.Compare(f.to) > 0 {
		f.to = end // the COW window 1996-1999 runs to 1999, not 1996
	}
	if f.evidence == 0 {
		f.queue = append(f.queue, queuedEvent{pr, t, count, w, date})
		if len(f.queue) == foldBatch {
			f.drain()
		}
		return
	}
	pr.add(t, count, w, date)
	switch {
	case f.evidence == AllEvents:
		if e == nil {
			e = full.Event()
		}
		pr.kept = append(pr.kept, e)
	case f.evidence > 0:
		if len(pr.kept) == f.evidence && !dateBefore(date, pr.kept[f.evidence-1].Date, true) {
			return // later than every event kept: no need to build it
		}
		if e == nil {
			e = full.Event()
		}
		pr.kept = keepFirst(pr.kept, e, f.evidence)
	}
}

// foldBatch is how many events a fold that keeps no evidence queues
// before it folds them into their pairs (drain).
const foldBatch = 64

// queuedEvent is an event waiting to be folded into its pair.
type queuedEvent struct {
	pr    *foldPair
	t     int // relation type, as Fold.types
	count int
	w     float64 // signed weight, decayed
	date  graph.Date
}

// drain folds the queued events into their pairs. Their pairs are loaded
// first, all of them: a year of events makes thousands of pairs, which do
// not stay in the caches while rows stream past, and the processor then
// waits for the memory of many at once instead of one after the other.
func (f *Fold) drain() {
	for _, q := range f.queue {
		f.touched += q.pr.n
	}
	for _, q := range f.queue {
		q.pr.add(q.t, q.count, q.w, q.date)
	}
	f.queue = f.queue[:0]
}

// add folds an event into the pair: of type t (as Fold.types), count
// reports, weight w (signed, decayed), dated date.
func (pr *foldPair) add(t, count int, w float64, date graph.Date) {
	if w > 0 {
		pr.coop.add(w)
	} else {
		pr.conflict.add(-w)
	}
	pr.reports += count
	for len(pr.byType) <= t {
		pr.byType = append(pr.byType, 0)
	}
	pr.byType[t] += count
	pr.n++
	if date.Compare(pr.last) > 0 {
		pr.last = date
	}
}

// pair is the pair from → to, made when new.
func (f *Fold) pair(from, to string) *foldPair {
	id, added := f.ids.pair(from, to)
	if added {
		f.prs = append(f.prs, newFoldPair())
	}
	return f.prs[id]
}

// typeIndex is the index of relation type typ in f.types. The vocabulary
// has a score of types: a scan is faster than a map, and the type strings
// of a dataset's events are the same strings, compared by pointer first.
func (f *Fold) typeIndex(typ string) int {
	for i, t := range f.types {
		if t == typ {
			return i
		}
	}
	f.types = append(f.types, typ)
	return len(f.types) - 1
}

// dateBefore orders dates as the evidence is listed: by their text (as
// Partners sorts events), and by Date.Compare between dates of one
// precision, which orders them the same way without building the text. With
// orEqual, equal dates count as before.
func dateBefore(a, b graph.Date, orEqual bool) bool {
	var c int
	if a.Precision == b.Precision {
		c = a.Compare(b)
	} else {
		c = compareStrings(a.String(), b.String())
	}
	return c < 0 || (orEqual && c == 0)
}

func compareStrings(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// evidenceLess is the order evidence is kept in: by date as dateBefore has
// it, then as graph.Events sorts events (Date.Compare, then id).
func evidenceLess(a, b *graph.Event) bool {
	if dateBefore(a.Date, b.Date, false) {
		return true
	}
	if dateBefore(b.Date, a.Date, false) {
		return false
	}
	if c := a.Date.Compare(b.Date); c != 0 {
		return c < 0
	}
	return a.ID < b.ID
}

// keepFirst inserts e into s (in evidenceLess order) and keeps at most n.
func keepFirst(s []*graph.Event, e *graph.Event, n int) []*graph.Event {
	return insertBounded(s, e, n, evidenceLess)
}

// insertBounded inserts x into s, sorted by less, after its equals, and
// keeps the first n.
func insertBounded[T any](s []T, x T, n int, less func(a, b T) bool) []T {
	i := sort.Search(len(s), func(j int) bool { return less(x, s[j]) })
	if i >= n {
		return s
	}
	s = slices.Insert(s, i, x)
	if len(s) > n {
		s = s[:n]
	}
	return s
}

// Merge adds the shard o into f.
func (f *Fold) Merge(o *Fold) {
	f.drain()
	o.drain()
	ti := make([]int, len(o.types)) // o's type indices, in f
	for i, t := range o.types {
		ti[i] = f.typeIndex(t)
	}
	for id, op := range o.prs {
		k, added := f.ids.pair(o.ids.pairNames(int32(id)))
		if added {
			f.prs = append(f.prs, f.retype(op, ti))
		} else {
			f.mergePair(f.prs[k], op, ti)
		}
	}
	for r, c := range o.skipped {
		f.skipped[r] += c
	}
	f.events += o.events
	if !o.from.IsZero() && (f.from.IsZero() || o.from.Compare(f.from) < 0) {
		f.from = o.from
	}
	if o.to.Compare(f.to) > 0 {
		f.to = o.to
	}
	o.ids, o.prs = nil, nil
}

// retype renumbers the reports by type of a shard's pair op as f numbers
// the types (ti: the shard's type indices in f).
func (f *Fold) retype(op *foldPair, ti []int) *foldPair {
	byType := make([]int, len(f.types))
	for i, c := range op.byType {
		byType[ti[i]] += c
	}
	op.byType = byType
	return op
}

// mergePair adds a shard's pair op into f's pair pr.
func (f *Fold) mergePair(pr, op *foldPair, ti []int) {
	byType := f.retype(op, ti).byType
	pr.coop.merge(&op.coop)
	pr.conflict.merge(&op.conflict)
	pr.reports += op.reports
	for len(pr.byType) < len(byType) {
		pr.byType = append(pr.byType, 0)
	}
	for i, c := range byType {
		pr.byType[i] += c
	}
	pr.n += op.n
	if op.last.Compare(pr.last) > 0 {
		pr.last = op.last
	}
	switch {
	case f.evidence == AllEvents:
		pr.kept = append(pr.kept, op.kept...)
	case f.evidence > 0:
		for _, e := range op.kept {
			pr.kept = keepFirst(pr.kept, e, f.evidence)
		}
	}
}

// Projection returns the projection of the events folded; g names the
// nodes (as in Project).
func (f *Fold) Projection(g *graph.Graph) *Projection {
	f.drain()
	p := &Projection{Level: f.opt.Level, Index: map[string]int{}, Names: map[string]string{}, Kinds: map[string]graph.Kind{},
		Skipped: f.skipped, Events: f.events, From: f.from, To: f.to}
	for id, pr := range f.prs {
		from, to := f.ids.pairNames(int32(id))
		events := pr.kept
		// Listed as graph.Events sorts them: by date, then id.
		sort.Slice(events, func(i, j int) bool {
			if c := events[i].Date.Compare(events[j].Date); c != 0 {
				return c < 0
			}
			return events[i].ID < events[j].ID
		})
		byType := map[string]int{}
		for i, c := range pr.byType {
			if c != 0 {
				byType[f.types[i]] = c
			}
		}
		p.Pairs = append(p.Pairs, &Pair{From: from, To: to, Cooperation: pr.coop.value(), Conflict: pr.conflict.value(),
			Reports: pr.reports, ByType: byType, Events: events, NumEvents: pr.n, Last: pr.last})
		p.Index[from], p.Index[to] = -1, -1
	}
	p.finish(g)
	return p
}
