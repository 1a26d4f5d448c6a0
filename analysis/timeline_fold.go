package analysis

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"sync"

	"github.com/blocgraph/blocgraph/graph"
)

// DefaultEvidence is how many of the strongest cooperation events, and as
// many conflict events, each state keeps per period as the evidence behind
// its moves.
const DefaultEvidence = 3

// PeriodFold builds one projection per period in one pass over the events:
// each event is added to every period it touches, and each period keeps,
// per directed pair, the summed cooperation and conflict (exact sums, so
// the order of the events cannot change a bit), the reports, the number of
// events and the latest date; and per state the few strongest events of
// each sign (the evidence behind its moves). Memory grows with the pairs
// of each period, not with the events, and little with them: a pair has
// one id for the whole fold (its states' names are kept once); a shard
// (and a fold of known periods) folds into a row of flat arrays per pair
// and period, 32 bytes and the period's index of the pair (two exact
// sums, a float64 each while it is one partial and 24 bytes more for two
// or three; three 32-bit counts), not the reports by relation; a stream's
// periods, and every period once the fold is finished, hold their rows
// compactly, some 15 bytes each (timeline_rows.go).
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
	keys    *pairIDs // the states and pairs met (each shard has its own)
	sealed  bool     // finished: no more events

	byIndex []*periodAcc // once sealed: the periods' accumulators (nil: no event), in place of slots

	lastSpan spanSlots  // the slots of the last span asked for
	lastSlot int        // and the last slot's accumulator
	lastAcc  *periodAcc // (nil: none)

	// finest is the coarsest date precision the step resolves (days for
	// steps of days and weeks, months for months, years for years; none
	// for the data's windows): an event dated more coarsely, with no end
	// of its own, counts once, in the periods holding its first day, not
	// in every period of its month or year; coarse counts them.
	finest graph.Precision
	coarse int

	// A stream of a dataset's own windows (NewDataStream), until Finish:
	// slots are the windows' numbers in windows, shared by the shards, and
	// events with no window of their own wait in pending for the periods.
	windows *dataWindows
	pending []pendingEvent

	// store holds the text of the evidence events built for the fold (a
	// stream's dataset events), shared with the shards; nil until needed.
	store *evidenceStore
	every string // the step, as --every has it (CoarseWarning)
	// parent is a shard's stream (nil: not a shard), whose floors the
	// shard looks up as it first meets a state in a period (floorOf); mu
	// (a stream's) keeps them from a merge meanwhile.
	parent *PeriodFold
	mu     sync.Mutex
	// free holds a stream's merged shards' period accumulators and pair
	// ids, emptied, for the next shards to fold into (under mu): a
	// worker's shard lives for some thousands of events, and growing its
	// rows, index and tables anew each time was most of what a timeline
	// allocated while reading (and the collections that came of it).
	freeAccs   []*periodAcc
	freeKeys   []*pairIDs
	freeArenas [][]byte
	// arena holds a shard's candidate evidence events as records
	// (candidate), until the merge copies those the stream keeps to its
	// store; fieldBuf is the buffer their fields are given in.
	arena    []byte
	fieldBuf []byte
	fieldEv  graph.Event
	built    int // evidence events built (Built)
	// rename names a state as in a period (NameStates); nil: as g does.
	rename func(id, name string, period graph.Span) string
}

// NameStates makes the fold name each state as it was in each period:
// rename(id, name, period) is the name state id (named name today) bore
// in period (West Germany in 1950, Zaire in 1980), as cmd asks the
// gazetteer, by the period's last day as report names a window. Each
// period's projection (and so its report: results, bloc names and labels
// made of member names), the events behind its moves and its partners
// are named so; ids stay today's. A state is looked up once per period
// it has events in, never per event.
func (f *PeriodFold) NameStates(rename func(id, name string, period graph.Span) string) {
	f.rename = rename
}

// namesIn returns names with the states named as in period i (NameStates),
// each id looked up once.
func (f *PeriodFold) namesIn(i int, names func(string) string) func(string) string {
	if f.rename == nil {
		return names
	}
	sp := f.periods.Span(i)
	seen := map[string]string{}
	return func(id string) string {
		if n, ok := seen[id]; ok {
			return n
		}
		n := f.rename(id, names(id), sp)
		seen[id] = n
		return n
	}
}

// Built is the number of evidence events the fold built from dataset
// events (FullEvent) as candidates among the strongest: a shard holds them
// until it merges, so a worker merges its shard when it has built many.
func (f *PeriodFold) Built() int { return f.built }

// floor is the |weight| and date of the weakest event of a full list.
type floor struct {
	w    float64
	date packedDate
	set  bool
}

// noFloors is a state's floors when the stream had none for it.
var noFloors = &[2]floor{}

// aboveFloor reports whether an event of weight w dated date in slot of
// a shard f (a's slot) could still be among the strongest of state st in
// the stream (its floors, as mayKeep has it).
func (a *periodAcc) aboveFloor(f *PeriodFold, slot int, st int32, w float64, date packedDate) bool {
	if int(st) >= len(a.floor) {
		a.floor = append(a.floor, make([]*[2]floor, int(st)+1-len(a.floor))...)
	}
	fl := a.floor[st]
	if fl == nil {
		fl = f.parent.floorOf(slot, f.keys.names[st])
		a.floor[st] = fl
	}
	b := fl[0]
	if w < 0 {
		b = fl[1]
	}
	if !b.set {
		return true
	}
	if x := math.Abs(w); x != b.w {
		return x > b.w
	}
	return date <= b.date
}

// floorOf returns the floors of state id in slot of stream f: the
// weakest events it keeps of each sign, in lists already full (an event
// no stronger cannot be among the strongest once a shard is merged, and is
// not built). The stream's lists only grow stronger, so floors looked up
// at any time before a shard merges hold for it.
func (f *PeriodFold) floorOf(slot int, id string) *[2]floor {
	f.mu.Lock()
	defer f.mu.Unlock()
	a := f.slots[slot]
	st, ok := f.keys.lookup(id)
	if a == nil || !ok || int(st) >= len(a.strong) || a.strong[st] == nil {
		return noFloors
	}
	s := a.strong[st]
	var fl [2]floor
	for j, list := range [2][]weighed{s.pos, s.neg} {
		if len(list) >= f.evidence {
			x := list[len(list)-1]
			fl[j] = floor{math.Abs(x.w), x.date, true}
		}
	}
	if !fl[0].set && !fl[1].set {
		return noFloors
	}
	return &fl
}

// dataWindows numbers the windows of a data stream as its shards meet
// them.
type dataWindows struct {
	mu    sync.Mutex
	ids   map[graph.Span]int
	spans []graph.Span
}

func (w *dataWindows) id(s graph.Span) int {
	w.mu.Lock()
	defer w.mu.Unlock()
	id, ok := w.ids[s]
	if !ok {
		id = len(w.spans)
		w.ids[s] = id
		w.spans = append(w.spans, s)
	}
	return id
}

// pendingEvent is an event of a data stream with no window of its own,
// folded once the periods are known: a graph event (e), or a dataset
// event.
type pendingEvent struct {
	e                    *graph.Event
	typ, subject, object string
	date, end            graph.Date
	goldstein            float64
	count                int
	full                 builtEvent
}

// builtEvent is a FullEvent already built.
type builtEvent struct{ e *graph.Event }

func (b builtEvent) Event() *graph.Event { return b.e }

type spanSlots struct {
	span   graph.Span
	lo, hi int
	ok     bool
}

// periodAcc is one period's accumulator: a row per pair with events in
// the period, in flat arrays.
type periodAcc struct {
	rows   rowIndex // pair id → row
	pair   []int32  // row → pair id
	sums   []pairSums
	counts []pairCounts
	sums3  []sum3 // sums of two or three partials (pairSums refers to them)
	// free3 is 1 + the first entry of sums3 no sum holds any more (one
	// that needed a fourth partial and went to spill; 0: none), each such
	// entry holding 1 + the next in its smallest partial: a new sum of two
	// partials takes one of them before sums3 grows.
	free3 int
	spill []*xsum // sums of more than two partials (likewise)
	// compact holds the rows in compact form (timeline_rows.go), sorted by
	// pair id: a stream's merges fold its shards' rows into it, and once
	// the fold is finished it holds every row (the flat arrays above are
	// then let go). compactRows is the number of its rows, compactBase
	// the date its rows' latest dates are written from.
	compact     []byte
	compactRows int
	compactBase packedDate
	sealed      bool
	strong      []*strongest // by state id: its strongest events (nil: none yet)
	floor       []*[2]floor  // a shard's: by state id, its floors (PeriodFold.floors; nil: not looked up yet)
	// evidence holds the strongest events of the pairs of
	// PeriodFold.pairsOf, by pair id.
	evidence map[int32]*strongest
	skipped  map[string]int
	events   int
	from, to packedDate
}

// pairSums are a pair's cooperation and conflict in one period, each an
// exact sum: while it is one partial (most are: a year of synthetic GDELT
// in weeks has 332,000 sums, 61,000 of more), the partial itself; else a
// reference (a NaN, sumRef) to its partials in periodAcc.sums3 (two or
// three: 24 bytes, where an xsum of its own would take 56) or spill (more). A row of a pair that is all cooperation or all conflict
// (more than half of a week's) thus costs 16 bytes of sums, not 32.
type pairSums struct{ coop, conflict float64 }

// Kinds of a sum's reference (sumRef).
const (
	inSums3 = 1
	inSpill = 2
)

// sumRef is a reference to entry i of periodAcc.sums3 or spill (kind): a
// quiet NaN, which no sum of finite weights is.
func sumRef(kind int, i int) float64 {
	return math.Float64frombits(0x7ff8_0000_0000_0000 | uint64(kind)<<48 | uint64(i))
}

// sumRefOf reads a sum's reference (ok false: v is the sum's one partial).
func sumRefOf(v float64) (kind, i int, ok bool) {
	if !math.IsNaN(v) {
		return 0, 0, false
	}
	b := math.Float64bits(v)
	return int(b >> 48 & 3), int(b & (1<<48 - 1)), true
}

// pairCounts are a pair's reports and events (or aggregates) folded in one
// period, and its latest date.
type pairCounts struct {
	reports, n int32
	last       packedDate
}

// sum3 is an exact sum (xsum) held in at most three partials, smallest
// first, in the last entries of p: a partial below the top is never 0, so
// a 0 below it is none (and a top of +0 alone, the sum of nothing).
type sum3 struct{ p [3]float64 }

// parts returns the partials of s, smallest first.
func (s *sum3) parts() []float64 {
	switch {
	case s.p[0] != 0:
		return s.p[:]
	case s.p[1] != 0:
		return s.p[1:]
	case s.p[2] != 0:
		return s.p[2:]
	}
	return nil
}

// add adds x exactly, as xsum.add does, and reports false, changing
// nothing, when the sum would need a fourth partial.
func (s *sum3) add(x float64) bool {
	var out [4]float64
	i := 0
	for _, y := range s.parts() {
		if math.Abs(x) < math.Abs(y) {
			x, y = y, x
		}
		hi := x + y
		lo := y - (hi - x)
		if lo != 0 {
			out[i] = lo
			i++
		}
		x = hi
	}
	out[i] = x
	i++
	if i > 3 {
		return false
	}
	s.p = [3]float64{}
	copy(s.p[3-i:], out[:i])
	return true
}

// xsum returns s as an xsum (with no partial for a sum of nothing, +0).
func (s sum3) xsum() xsum {
	var x xsum
	x.p = append(x.inline[:0], s.parts()...)
	if len(x.p) == 0 && math.Signbit(s.p[2]) {
		x.p = append(x.p, s.p[2])
	}
	return x
}

// addSum adds x to the cooperation (conflict false) or conflict of row r.
func (a *periodAcc) addSum(r int32, conflict bool, x float64) {
	p := &a.sums[r].coop
	if conflict {
		p = &a.sums[r].conflict
	}
	kind, i, ok := sumRefOf(*p)
	switch {
	case !ok: // one partial (or none: 0)
		s := sum3{p: [3]float64{2: *p}}
		s.add(x) // one partial and x make two at most
		if s.p[1] == 0 {
			*p = s.p[2]
			return
		}
		if j := a.free3 - 1; j >= 0 {
			a.free3 = int(a.sums3[j].p[0])
			a.sums3[j] = s
			*p = sumRef(inSums3, j)
			return
		}
		*p = sumRef(inSums3, len(a.sums3))
		a.sums3 = append(a.sums3, s)
	case kind == inSums3:
		if a.sums3[i].add(x) {
			return
		}
		xs := a.sums3[i].xsum()
		xs.add(x)
		*p = sumRef(inSpill, len(a.spill))
		a.spill = append(a.spill, &xs)
		a.sums3[i] = sum3{p: [3]float64{float64(a.free3)}} // free for the next
		a.free3 = i + 1
	default:
		a.spill[i].add(x)
	}
}

// rawSum is row r's cooperation (conflict false) or conflict entry in sums:
// the sum itself while it is one partial, else a reference (sumRef).
func (a *periodAcc) rawSum(r int32, conflict bool) float64 {
	if conflict {
		return a.sums[r].conflict
	}
	return a.sums[r].coop
}

// sum returns the exact sum of row r, cooperation or conflict.
func (a *periodAcc) sum(r int32, conflict bool) xsum {
	v := a.rawSum(r, conflict)
	kind, i, ok := sumRefOf(v)
	switch {
	case !ok:
		return sum3{p: [3]float64{2: v}}.xsum()
	case kind == inSums3:
		return a.sums3[i].xsum()
	}
	return *a.spill[i]
}

// value returns the cooperation (conflict false) or conflict of row r.
func (a *periodAcc) value(r int32, conflict bool) float64 {
	v := a.rawSum(r, conflict)
	kind, i, ok := sumRefOf(v)
	switch {
	case !ok:
		return v // one partial is itself
	case kind == inSpill:
		return a.spill[i].value()
	}
	return partialsValue(a.sums3[i].parts())
}

// seal ends a period's folding: its flat rows join its compact ones, and
// what only folding needs is let go. Its rows are then read with eachRow.
func (a *periodAcc) seal() {
	if a.sealed {
		return
	}
	a.mergeRows(a, nil)
	if cap(a.compact) > len(a.compact) {
		a.compact = slices.Clone(a.compact) // no more room to grow needed
	}
	a.rows, a.pair, a.sums, a.counts, a.sums3, a.spill, a.free3 = rowIndex{}, nil, nil, nil, nil, nil, 0
	a.floor = nil
	a.sealed = true
}

// row returns the row of pair id, made when the period has none.
func (a *periodAcc) row(id int32) int32 {
	r, e := a.rows.find(id)
	if e != nil {
		r = int32(len(a.pair))
		*e = uint64(uint32(id)+1)<<32 | uint64(r)
		a.pair = append(a.pair, id)
		a.sums = append(a.sums, pairSums{})
		a.counts = append(a.counts, pairCounts{})
		if 2*len(a.pair) > len(a.rows.slots) {
			a.rows.grow(a.pair)
		}
	}
	return r
}

// rowIndex finds a period's row of a pair id: an open-addressing table of
// (id + 1) << 32 | row, at most half full (16 bytes a row). A shard's
// periods hold few rows each, of pairs numbered up to all the shard met:
// an array by pair id took 4 bytes for every pair the shard met, in every
// period (GDELT's late reports put a shard's rows in most of a year's
// weeks).
type rowIndex struct {
	slots []uint64
	shift uint
}

// find returns the row of id, or the free slot to put it in (nil when
// found).
func (x *rowIndex) find(id int32) (int32, *uint64) {
	if x.slots == nil {
		x.slots, x.shift = make([]uint64, 8), 32-3
	}
	key := uint32(id) + 1
	mask := len(x.slots) - 1
	for i := int((key * 0x9e3779b1) >> x.shift); ; i = (i + 1) & mask {
		e := &x.slots[i]
		switch uint32(*e >> 32) {
		case key:
			return int32(uint32(*e)), nil
		case 0:
			return -1, e
		}
	}
}

// lookup returns the row of id, if the period has one.
func (x *rowIndex) lookup(id int32) (int32, bool) {
	if x.slots == nil {
		return -1, false
	}
	r, e := x.find(id)
	return r, e == nil
}

// grow doubles the table and puts the rows of pairs (by row) back in it.
func (x *rowIndex) grow(pairs []int32) {
	x.slots, x.shift = make([]uint64, 2*len(x.slots)), x.shift-1
	for r, id := range pairs {
		_, e := x.find(id)
		*e = uint64(uint32(id)+1)<<32 | uint64(r)
	}
}

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

func newPeriodAcc() *periodAcc {
	return &periodAcc{evidence: map[int32]*strongest{}, skipped: map[string]int{}}
}

// strongestOf returns the strongest events of state st (an id of the
// fold's keys), made when it has none yet.
func (a *periodAcc) strongestOf(st int32) *strongest {
	if int(st) >= len(a.strong) {
		a.strong = append(a.strong, make([]*strongest, int(st)+1-len(a.strong))...)
	}
	s := a.strong[st]
	if s == nil {
		s = &strongest{}
		a.strong[st] = s
	}
	return s
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
	return &PeriodFold{periods: periods, data: data, g: g, opt: opt, evidence: evidence, slots: map[int]*periodAcc{}, keys: newPairIDs()}, nil
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
	opt, evidence, err := streamOptions(opt, evidence)
	if err != nil {
		return nil, err
	}
	return &PeriodFold{spec: spec, steps: steps, opt: opt, evidence: evidence, slots: map[int]*periodAcc{}, keys: newPairIDs(), finest: spec.finest(), every: spec.Every.String()}, nil
}

// streamOptions checks a stream's options and fills in the default
// evidence.
func streamOptions(opt Options, evidence int) (Options, int, error) {
	if err := opt.Filter.Validate(); err != nil {
		return opt, 0, err
	}
	opt, err := opt.check()
	if err != nil {
		return opt, 0, err
	}
	if evidence <= 0 {
		evidence = DefaultEvidence
	}
	return opt, evidence, nil
}

// NewDataStream prepares a fold of a dataset's own windows (--every data)
// that takes its events as a stream: an event with a window of its own
// (an end date) counts in that window only, as in NewPeriodFold with data
// set; Finish makes the windows met the periods, sorted by start and end,
// and folds into them the few events with no window of their own (kept
// until then), which count in every period they touch. The result is the
// fold of the graph (FoldPeriods with --every data), to the byte.
func NewDataStream(opt Options, evidence int) (*PeriodFold, error) {
	opt, evidence, err := streamOptions(opt, evidence)
	if err != nil {
		return nil, err
	}
	return &PeriodFold{spec: PeriodSpec{Data: true}, data: true, windows: &dataWindows{ids: map[graph.Span]int{}}, opt: opt, evidence: evidence, slots: map[int]*periodAcc{}, keys: newPairIDs()}, nil
}

// EvidenceOfPairs keeps, for the pairs of node id, the strongest events of
// each sign per period in Pair.Events (for partners), as well as each
// state's. Call it before folding.
func (f *PeriodFold) EvidenceOfPairs(id string) { f.pairsOf = id }

// Shard returns an empty stream with f's settings, for one worker; Merge
// adds it back. The shard looks up the weakest evidence events f keeps in
// the periods and states it meets (floorOf), as it meets them: the events
// it need not build, which no merge can keep. Call it while no shard
// merges into f.
func (f *PeriodFold) Shard() *PeriodFold {
	if f.store == nil {
		f.store = &evidenceStore{}
	}
	keys := newPairIDs()
	var arena []byte
	f.mu.Lock()
	if k := len(f.freeKeys); k > 0 {
		keys = f.freeKeys[k-1]
		f.freeKeys = f.freeKeys[:k-1]
	}
	if k := len(f.freeArenas); k > 0 {
		arena = f.freeArenas[k-1]
		f.freeArenas = f.freeArenas[:k-1]
	}
	f.mu.Unlock()
	return &PeriodFold{finest: f.finest, spec: f.spec, steps: f.steps, data: f.data, windows: f.windows, opt: f.opt, evidence: f.evidence, pairsOf: f.pairsOf, g: f.g, slots: map[int]*periodAcc{}, keys: keys, store: f.store, parent: f, arena: arena}
}

// newAcc returns an empty accumulator for a slot of shard f: one its
// stream keeps from a merged shard, else a new one.
func (f *PeriodFold) newAcc() *periodAcc {
	if p := f.parent; p != nil {
		p.mu.Lock()
		defer p.mu.Unlock()
		if k := len(p.freeAccs); k > 0 {
			a := p.freeAccs[k-1]
			p.freeAccs = p.freeAccs[:k-1]
			return a
		}
	}
	return newPeriodAcc()
}

// reset empties a merged shard's accumulator for another shard, keeping
// its arrays and index (none of which the stream holds: a merge copies
// the rows and events it keeps).
func (a *periodAcc) reset() {
	clear(a.rows.slots)
	a.pair, a.sums, a.counts, a.sums3, a.free3 = a.pair[:0], a.sums[:0], a.counts[:0], a.sums3[:0], 0
	clear(a.spill)
	a.spill = a.spill[:0]
	clear(a.strong)
	a.strong = a.strong[:0]
	clear(a.floor)
	a.floor = a.floor[:0]
	if len(a.evidence) > 0 {
		a.evidence = map[int32]*strongest{} // the stream may hold them now
	}
	clear(a.skipped)
	a.events, a.from, a.to = 0, 0, 0
}

// Merge adds the shard o into f (a stream, before Finish).
func (f *PeriodFold) Merge(o *PeriodFold) {
	f.mu.Lock()
	defer f.mu.Unlock()
	// o's state and pair ids, as f's.
	states := make([]int32, len(o.keys.names))
	for i, id := range o.keys.names {
		states[i] = f.keys.node(id)
	}
	pairs := make([]int32, len(o.keys.ends))
	for i := range pairs {
		pairs[i], _ = f.keys.pair(o.keys.pairNames(int32(i)))
	}
	if f.store == nil {
		f.store = &evidenceStore{}
	}
	seen, seenRec := map[*graph.Event]weighed{}, map[int64]weighed{}
	for k, oa := range o.slots {
		a := f.slots[k]
		if a == nil {
			a = newPeriodAcc()
			f.slots[k] = a
		}
		a.merge(oa, states, pairs, f.evidence)
		// What the stream keeps of the shard's evidence is spilled.
		for _, s := range a.strong {
			if s != nil {
				f.store.spill(s, seen, o.arena, seenRec)
			}
		}
		for _, s := range a.evidence {
			f.store.spill(s, seen, o.arena, seenRec)
		}
	}
	f.first, f.last = earliest(f.first, o.first), max(f.last, o.last)
	f.coarse += o.coarse
	f.pending = append(f.pending, o.pending...)
	for _, oa := range o.slots {
		oa.reset()
		f.freeAccs = append(f.freeAccs, oa)
	}
	o.keys.reset()
	f.freeKeys = append(f.freeKeys, o.keys)
	f.freeArenas = append(f.freeArenas, o.arena[:0])
	o.slots, o.pending, o.keys, o.lastAcc, o.arena = nil, nil, nil, nil, nil
}

// merge adds o, whose state and pair ids are states[i] and pairs[i] in a.
func (a *periodAcc) merge(o *periodAcc, states, pairs []int32, evidence int) {
	for st, os := range o.strong {
		if os != nil {
			mergeInto(a.strongestOf(states[st]), os, evidence)
		}
	}
	for id, os := range o.evidence {
		s := a.evidence[pairs[id]]
		if s == nil {
			a.evidence[pairs[id]] = os
			continue
		}
		mergeInto(s, os, evidence)
	}
	a.mergeRows(o, pairs)
	for r, c := range o.skipped {
		a.skipped[r] += c
	}
	a.events += o.events
	a.from, a.to = earliest(a.from, o.from), max(a.to, o.to)
}

// mergeInto adds the events of o to s, keeping the strongest.
func mergeInto(s, o *strongest, evidence int) {
	for _, x := range o.pos {
		s.pos = keepStrongest(s.pos, x, evidence)
	}
	for _, x := range o.neg {
		s.neg = keepStrongest(s.neg, x, evidence)
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
	if f.windows != nil && !ownWindow(e.Date, e.End) {
		f.pending = append(f.pending, pendingEvent{e: e})
		return
	}
	from, to := e.Subject, e.Object
	if f.opt.Level == LevelState {
		var ok1, ok2 bool
		from, ok1 = f.g.StateOf(e.Subject, e.Date)
		to, ok2 = f.g.StateOf(e.Object, e.Date)
		if !ok1 || !ok2 {
			sp, _ := foldSpan(e.Date, e.End, f.finest)
			f.skip(sp, "actor with no state")
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
	if f.windows != nil && !ownWindow(date, end) {
		f.pending = append(f.pending, pendingEvent{typ: typ, subject: subject, object: object, date: date, end: end,
			goldstein: goldstein, count: count, full: builtEvent{full.Event()}})
		return
	}
	f.add(subject, object, typ, date, end, goldstein, count, goldstein*float64(count), nil, full)
}

// ownWindow reports whether an event dated date to end has a window of its
// own that a data stream can place before the periods are known: an end
// after its date (an event whose end is its date counts in the periods it
// touches when it is left out, and in its window otherwise).
func ownWindow(date, end graph.Date) bool {
	return !end.IsZero() && end != date
}

// slotsOf returns the slots an event over span s counts in.
func (f *PeriodFold) slotsOf(s graph.Span, hasEnd bool) (lo, hi int) {
	if f.windows != nil {
		if c := &f.lastSpan; c.ok && c.span == s {
			return c.lo, c.hi
		}
		id := f.windows.id(s)
		f.lastSpan = spanSlots{s, id, id + 1, true}
		return id, id + 1
	}
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
	if f.lastAcc != nil && f.lastSlot == slot {
		return f.lastAcc
	}
	a := f.slots[slot]
	if a == nil {
		a = f.newAcc()
		f.slots[slot] = a
	}
	f.lastSlot, f.lastAcc = slot, a
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

// foldSpan is the span an event dated date (to end, when not zero) counts
// over in a fold whose step resolves dates to finest (PeriodFold.finest):
// its own, or its first day when its date is coarser than the step and it
// has no end (coarse set).
func foldSpan(date, end graph.Date, finest graph.Precision) (sp graph.Span, coarse bool) {
	if !end.IsZero() {
		return graph.Span{Start: date, End: end}, false
	}
	if date.Precision < finest {
		return graph.SpanOf(graph.DateOf(date.Start())), true
	}
	return graph.SpanOf(date), false
}

// Coarse is the number of events folded once, in the periods holding
// their first day, because their dates are coarser than the step (a month
// or a year, with --every 1w), with no end of their own.
func (f *PeriodFold) Coarse() int { return f.coarse }

// CoarseWarning says, when some events were dated more coarsely than the
// step (Coarse), how many and how they counted; "" when none was.
func (f *PeriodFold) CoarseWarning() string {
	k := f.coarse
	if k == 0 {
		return ""
	}
	verb := "are"
	if k == 1 {
		verb = "is"
	}
	return fmt.Sprintf("%s %s dated only to the month or year, more coarsely than the step --every %s: each counts on its first day only, not on every day of its month or year", plural(k, "event"), verb, f.every)
}

// add folds one kept event from → to, dated date (to end), of weight w
// before decay; e is the event, or nil and full builds it when it is kept
// as evidence.
func (f *PeriodFold) add(from, to, typ string, date, end graph.Date, goldstein float64, count int, w float64, e *graph.Event, full FullEvent) {
	if f.sealed {
		panic("analysis: an event folded after PeriodFold.Finish")
	}
	sp, coarse := foldSpan(date, end, f.finest)
	switch {
	case from == to:
		f.skip(sp, "within one state")
		return
	case graph.SignOf(goldstein) == graph.Neutral:
		f.skip(sp, "neutral (Goldstein 0)")
		return
	}
	if coarse {
		f.coarse++
	}
	if f.steps != nil {
		f.first, f.last = earliest(f.first, pack(date)), max(f.last, pack(sp.End))
	}
	first, last := pack(date), pack(sp.End)
	cand := candidate{e: e, full: full}
	lo, hi := f.slotsOf(sp, !end.IsZero())
	id, _ := f.keys.pair(from, to)
	ends := f.keys.ends[id]
	for i := lo; i < hi; i++ {
		wi := w
		if f.opt.HalfLife > 0 {
			wi *= f.decay(i, date)
		}
		a := f.acc(i)
		r := a.row(id)
		if wi > 0 {
			a.addSum(r, false, wi)
		} else {
			a.addSum(r, true, -wi)
		}
		c := &a.counts[r]
		c.reports += int32(count)
		c.n++
		c.last = max(c.last, last)
		a.events++
		a.from, a.to = earliest(a.from, first), max(a.to, last)
		// Evidence: the strongest events of each state, built only when
		// they are among them.
		for _, st := range ends {
			if f.parent != nil && !a.aboveFloor(f, i, st, wi, first) {
				continue
			}
			was := cand.made()
			a.strongestOf(st).offer(f, &cand, wi, first)
			if !was && cand.made() {
				f.built++
			}
		}
		if f.pairsOf != "" && (from == f.pairsOf || to == f.pairsOf) {
			ev := a.evidence[id]
			if ev == nil {
				ev = &strongest{}
				a.evidence[id] = ev
			}
			ev.offer(f, &cand, wi, first)
		}
	}
}

// candidate is the event being folded as the evidence lists take it: the
// event itself (e: given, or built from full when first kept), or, in a
// shard, its record in the shard's arena (rec: at ref, its id id), which
// a dataset event with its fields to give (eventFields) is written as
// instead of being built: a timeline's shards keep some tens of thousands
// of candidates for every one shown, and building each (a graph.Event,
// its id and source reference as strings) was a fifth of what a year of
// synthetic GDELT in weeks allocated.
type candidate struct {
	e     *graph.Event
	built bool // e was built from full
	rec   bool
	ref   int64
	id    [10]byte
	full  FullEvent
}

// eventFields is a FullEvent that gives its event's fields without
// building it (loader.DatasetEvent.EventFields): all but the id and
// source reference, and those two appended to buf.
type eventFields interface {
	EventFields(ev *graph.Event, buf []byte) (out []byte, id, ref []byte, ok bool)
}

// made reports whether the candidate is given, built or recorded.
func (c *candidate) made() bool { return c.e != nil || c.rec }

// weighed is the candidate as kept, of weight w dated date.
func (c *candidate) weighed(w float64, date packedDate) weighed {
	if c.rec {
		return weighed{w: w, ref: c.ref, date: date, id: c.id, built: true}
	}
	return newWeighed(c.e, w, c.built)
}

// make builds the candidate, or in a shard records it in the arena.
func (f *PeriodFold) make(c *candidate) {
	if fe, ok := c.full.(eventFields); ok && f.parent != nil {
		buf, id, ref, ok := fe.EventFields(&f.fieldEv, f.fieldBuf[:0])
		f.fieldBuf = buf
		if out, std := stdID(id); ok && std {
			c.rec, c.ref, c.id = true, int64(len(f.arena)), out
			f.arena = appendRecord(f.arena, &f.fieldEv, id, ref)
			return
		}
	}
	c.e, c.built = c.full.Event(), true
}

// offer keeps candidate c (made when it is not yet) among the strongest
// of s when it is one of them (of weight w, dated date).
func (s *strongest) offer(f *PeriodFold, c *candidate, w float64, date packedDate) {
	list := &s.pos
	if w < 0 {
		list = &s.neg
	}
	if !mayKeep(*list, w, date, f.evidence) {
		return
	}
	if !c.made() {
		f.make(c)
	}
	*list = keepStrongest(*list, c.weighed(w, date), f.evidence)
}

// mayKeep reports whether an event of weight w dated date could be among
// the n strongest of list (strongest first: by |w|, then the earlier date,
// then the id, which needs the event itself).
func mayKeep(list []weighed, w float64, date packedDate, n int) bool {
	if len(list) < n {
		return true
	}
	weakest := list[len(list)-1]
	if a, b := math.Abs(w), math.Abs(weakest.w); a != b {
		return a > b
	}
	return date <= weakest.date
}

// decay is the half-life factor of an event dated date in slot i: ages are
// measured from the end of the period (or opt.Reference).
func (f *PeriodFold) decay(i int, date graph.Date) float64 {
	ref := f.opt.Reference
	if ref.IsZero() {
		switch {
		case f.windows != nil:
			ref = f.windows.spans[i].End
		case f.steps != nil:
			end := f.steps.end(i)
			if u := f.opt.Filter.Span.End; !u.IsZero() && end.After(u.End()) {
				end = u.End() // the last period ends with --until (clipToWindow)
			}
			ref = graph.DateOf(end)
		default:
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
// The list is made with room for n at once and kept in place (a timeline
// keeps two lists per state and period).
func keepStrongest(s []weighed, x weighed, n int) []weighed {
	i := sort.Search(len(s), func(j int) bool { return stronger(x, s[j]) })
	if i >= n {
		return s
	}
	if len(s) < n {
		if cap(s) < n {
			t := make([]weighed, len(s), n)
			copy(t, s)
			s = t
		}
		s = s[:len(s)+1]
	}
	copy(s[i+1:], s[i:len(s)-1])
	s[i] = x
	return s
}

func stronger(a, b weighed) bool {
	if wa, wb := math.Abs(a.w), math.Abs(b.w); wa != wb {
		return wa > wb
	}
	if a.date != b.date { // packed dates compare as Date.Compare has them
		return a.date < b.date
	}
	return a.idBefore(b)
}

// Finish cuts a stream's periods, from the first event to the last (or
// over the filter's window when it has one), and gives each the events
// folded into its calendar step; g names the nodes. A stream with no event
// has no period. For a fold of known periods it only sets g. Either way it
// ends the folding: each period's sums are rounded and what only folding
// needs is let go (an event added after Finish panics).
func (f *PeriodFold) Finish(g *graph.Graph) error {
	f.g = g
	if f.windows != nil {
		return f.finishData()
	}
	if f.steps == nil {
		f.seal()
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
	spans = clipToWindow(spans, f.opt.Filter.Span)
	if f.periods, err = graph.NewPeriods(spans); err != nil {
		return err
	}
	byPeriod := map[int]*periodAcc{}
	for i, sp := range spans {
		if a := f.slots[f.steps.index(sp.Start.Start())]; a != nil {
			byPeriod[i] = a
		}
	}
	f.slots, f.steps, f.lastAcc = byPeriod, nil, nil
	f.seal()
	return nil
}

// seal ends the folding (see Finish): the periods' accumulators are
// sealed, by period index.
func (f *PeriodFold) seal() {
	f.byIndex = make([]*periodAcc, f.periods.Len())
	for i, a := range f.slots {
		a.seal()
		f.byIndex[i] = a
	}
	f.slots = nil
	f.sealed = true
	// No shard folds any more: what the merged ones left for the next is
	// garbage (some MB at 53 weeks, which the analysis would carry).
	f.mu.Lock()
	f.freeAccs, f.freeKeys, f.freeArenas = nil, nil, nil
	f.mu.Unlock()
}

// release lets go of period i's data (a lean timeline's, once the period
// is analysed and its moves' evidence taken): it cannot be asked for
// again. Periods after i may be read meanwhile.
func (f *PeriodFold) release(i int) {
	f.byIndex[i] = released
}

// released is the accumulator of a released period.
var released = &periodAcc{}

// finishData cuts a data stream's periods: the windows met, and those of
// the events kept for later with an end equal to their date; then it folds
// those events.
func (f *PeriodFold) finishData() error {
	w := f.windows
	spans := slices.Clone(w.spans)
	for _, pe := range f.pending {
		date, end := pe.date, pe.end
		if pe.e != nil {
			date, end = pe.e.Date, pe.e.End
		}
		if !end.IsZero() {
			if _, ok := w.ids[graph.Span{Start: date, End: end}]; !ok {
				w.id(graph.Span{Start: date, End: end})
				spans = append(spans, graph.Span{Start: date, End: end})
			}
		}
	}
	if len(spans) == 0 {
		return errNoDataWindows
	}
	sortSpans(spans)
	periods, err := graph.NewPeriods(spans)
	if err != nil {
		return err
	}
	byPeriod := map[int]*periodAcc{}
	for id, sp := range w.spans {
		if a := f.slots[id]; a != nil {
			byPeriod[periods.Index(sp)] = a
		}
	}
	f.periods, f.slots, f.windows, f.lastSpan, f.lastAcc = periods, byPeriod, nil, spanSlots{}, nil
	pending := f.pending
	f.pending = nil
	for _, pe := range pending {
		if pe.e != nil {
			f.Add(pe.e)
			continue
		}
		f.add(pe.subject, pe.object, pe.typ, pe.date, pe.end, pe.goldstein, pe.count, pe.goldstein*float64(pe.count), nil, pe.full)
	}
	f.seal()
	return nil
}

// period returns the accumulator of period i, empty when no event counts
// in it.
func (f *PeriodFold) period(i int) *periodAcc {
	a := f.byIndex[i]
	if a == released {
		panic("analysis: a released period of a fold asked for")
	}
	if a != nil {
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
	p.Pairs = make([]*Pair, 0, acc.compactRows)
	prs := make([]Pair, acc.compactRows)
	acc.eachRow(func(id int32, coop, conflict float64, c pairCounts) {
		from, to := f.keys.pairNames(id)
		pr := &prs[len(p.Pairs)]
		*pr = Pair{From: from, To: to, Cooperation: coop, Conflict: conflict, Reports: int(c.reports),
			NumEvents: int(c.n), Last: c.last.date()}
		if ev := acc.evidence[id]; ev != nil {
			for _, x := range slices.Concat(ev.pos, ev.neg) {
				pr.Events = append(pr.Events, f.event(x))
			}
			sort.Slice(pr.Events, func(a, b int) bool {
				if c := pr.Events[a].Date.Compare(pr.Events[b].Date); c != 0 {
					return c < 0
				}
				return pr.Events[a].ID < pr.Events[b].ID
			})
		}
		p.Pairs = append(p.Pairs, pr)
		p.Index[from], p.Index[to] = -1, -1
	})
	p.finish(f.g)
	if f.rename != nil {
		sp := f.periods.Span(i)
		for _, id := range p.Nodes {
			if p.Kind(id) == graph.KindState {
				p.Names[id] = f.rename(id, p.Names[id], sp)
			}
		}
	}
	return p
}

// event is kept event x, read back from the evidence store when spilled.
func (f *PeriodFold) event(x weighed) *graph.Event {
	if x.e != nil {
		return x.e
	}
	return f.store.get(x.ref)
}

// Err reports a failure to read back evidence events that the fold kept
// in its temporary file (such an event is then shown with no text).
func (f *PeriodFold) Err() error {
	if f.store == nil {
		return nil
	}
	f.store.mu.Lock()
	defer f.store.mu.Unlock()
	if f.store.f == nil {
		return nil // never written to, or closed
	}
	return f.store.err
}

// Close lets go of the fold's temporary file of evidence events, if it
// made one; the evidence then cannot be read back.
func (f *PeriodFold) Close() error {
	if f.store == nil {
		return nil
	}
	return f.store.close()
}

// strongestOf returns the strongest events of node id of period i,
// cooperation (w > 0) or conflict (w < 0), strongest first, at most n.
func (f *PeriodFold) strongestOf(i int, id string, cooperation bool, n int) []weighed {
	st, ok := f.keys.lookup(id)
	a := f.period(i)
	if !ok || int(st) >= len(a.strong) || a.strong[st] == nil {
		return nil
	}
	s := a.strong[st]
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
				s, _ := foldSpan(e.Date, e.End, spec.finest())
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
		spans = clipToWindow(spans, opt.Filter.Span)
	}
	periods, err := graph.NewPeriods(spans)
	if err != nil {
		return nil, err
	}
	f, err := NewPeriodFold(g, periods, spec.Data, opt, evidence)
	if f != nil {
		f.finest, f.every = spec.finest(), spec.Every.String()
	}
	return f, err
}
