package loader

import (
	"cmp"
	"math"
	"math/bits"
	"slices"
	"strconv"
	"sync"
)

// Aggregation (DatasetOptions.Aggregate): each worker folds its kept rows
// into a map by aggKey, packed into one uint64 (packedKey) so that the map
// hashes a word; once every row is read, each worker sorts its aggregates,
// the sorted lists are merged, and the aggregates emitted in key order. Sums are exact, so that the result does
// not depend on which worker read which row.

// goldsteinUnit is what Goldstein sums count in: millionths, exact in an
// int64 (GDELT and ICEWS give at most one decimal).
const goldsteinUnit = 1e6

// sum128 is an exact sum of int64 values, in 128 bits (two's complement),
// so that no number of rows overflows it.
type sum128 struct {
	hi int64
	lo uint64
}

func (s *sum128) add(x int64) {
	var carry uint64
	s.lo, carry = bits.Add64(s.lo, uint64(x), 0)
	s.hi += int64(carry) + x>>63
}

func (s *sum128) addSum(o sum128) {
	var carry uint64
	s.lo, carry = bits.Add64(s.lo, o.lo, 0)
	s.hi += o.hi + int64(carry)
}

// float returns the sum, exact while it fits in an int64.
func (s sum128) float() float64 {
	if s.hi == int64(s.lo)>>63 {
		return float64(int64(s.lo))
	}
	hi, lo, neg := s.hi, s.lo, s.hi < 0
	if neg { // the magnitude: negate in two's complement
		lo = ^lo + 1
		hi = ^hi
		if lo == 0 {
			hi++
		}
	}
	f := float64(uint64(hi))*0x1p64 + float64(lo)
	if neg {
		return -f
	}
	return f
}

// addCount64 adds two counts (≥ 0), saturating rather than overflowing.
func addCount64(a, b int64) int64 {
	if b > math.MaxInt64-a {
		return math.MaxInt64
	}
	return a + b
}

// aggKey identifies one aggregate event.
type aggKey struct {
	src       datasetSource
	rel       relIndex
	code      cameo // the generic type: its CAMEO code; zero for a vocabulary type
	subj, obj int32
	period    int32 // packed date (day 0 when aggregating by month)
}

// A packedKey is an aggKey in one word, whose order as a number is
// aggCompare's: period (22 bits: year×416 + month×32 + day), dataset (1),
// actor and target state (11 bits each), relation and code (17: a
// vocabulary type's index, or 32 + the generic type's code as digits×2^14 +
// value). Keys of states past packedStates go in a map of their own.
type packedKey uint64

const (
	packedStates = 1 << 11
	relCodeBits  = 17
	stateBits    = 11
)

// pack returns k as a packedKey; ok is false for states past packedStates.
func (k aggKey) pack() (p packedKey, ok bool) {
	if k.subj >= packedStates || k.obj >= packedStates {
		return 0, false
	}
	y, m, d := k.period/10000, k.period/100%100, k.period%100
	rc := uint64(k.rel)
	if k.rel == genericRel {
		rc = 32 + (uint64(k.code.digits)<<14 | uint64(k.code.value))
	}
	return packedKey(uint64(y*416+m*32+d)<<(1+2*stateBits+relCodeBits) | uint64(k.src)<<(2*stateBits+relCodeBits) |
		uint64(k.subj)<<(stateBits+relCodeBits) | uint64(k.obj)<<relCodeBits | rc), true
}

// unpack returns the aggKey p packs.
func (p packedKey) unpack() aggKey {
	v := uint64(p)
	per := int32(v >> (1 + 2*stateBits + relCodeBits))
	k := aggKey{
		src:    datasetSource(v >> (2*stateBits + relCodeBits) & 1),
		subj:   int32(v >> (stateBits + relCodeBits) & (packedStates - 1)),
		obj:    int32(v >> relCodeBits & (packedStates - 1)),
		period: per/416*10000 + per%416/32*100 + per%32,
	}
	if rc := v & (1<<relCodeBits - 1); rc < 32 {
		k.rel = relIndex(rc)
	} else {
		rc -= 32
		k.rel, k.code = genericRel, cameo{digits: uint8(rc >> 14), value: uint16(rc & (1<<14 - 1))}
	}
	return k
}

// aggregates are a worker's aggregates: those of packed keys in a hash
// table whose slots hold the running sums (dataset_aggtable.go), the others
// in a map; the first rows' SourceRefs in an arena.
type aggregates struct {
	table aggTable
	wide  map[aggKey]*aggVal // keys of states past packedStates
	refs  refArena
	queue []queuedRow // the chunk's rows of packed keys (foldQueued)
}

func newAggregates() *aggregates { return &aggregates{wide: map[aggKey]*aggVal{}} }

// aggVal is an aggregate's sums and its first row.
type aggVal struct {
	n     int64  // rows
	count int64  // sum of counts
	wsum  sum128 // sum of Goldstein × count, in goldsteinUnits
	pos   rowPos // where the first row is
	ref   int32  // its SourceRef, in the refs of the worker's aggregates
}

// rowPos orders the rows of a load: file, chunk of the file, line in the chunk.
type rowPos struct {
	file, seq, line int32
}

func (a rowPos) before(b rowPos) bool {
	return cmp.Or(cmp.Compare(a.file, b.file), cmp.Compare(a.seq, b.seq), cmp.Compare(a.line, b.line)) < 0
}

// aggregate folds a kept row, line n of the chunk, into the worker's
// aggregates: rows of packed keys wait in a queue the worker folds at the
// end of the chunk (foldQueued).
func (w *worker) aggregate(r *row, rel relIndex, subj, obj int32, n int64) {
	code := r.code
	if rel != genericRel {
		code = cameo{}
	}
	period := r.date
	if w.l.period == periodMonth {
		period = period / 100 * 100
	}
	a := w.agg
	k := aggKey{src: w.src, rel: rel, code: code, subj: subj, obj: obj, period: period}
	if p, packed := k.pack(); packed {
		a.queue = append(a.queue, queuedRow{p, r, int32(n)})
		return
	}
	v, ok := a.wide[k]
	if !ok {
		v = &aggVal{}
		a.wide[k] = v
	}
	a.fold(w, v, !ok, r, int32(n))
}

// queuedRow is a kept row of the chunk waiting to be folded into the
// aggregate of key k: line n, parsed as r.
type queuedRow struct {
	k packedKey
	r *row
	n int32
}

// foldQueued folds the queued rows of the chunk into their aggregates, in
// row order, the slots of all of them loaded first (aggTable.touch).
func (w *worker) foldQueued() {
	a := w.agg
	if len(a.queue) == 0 {
		return
	}
	a.table.reserve(len(a.queue))
	for _, q := range a.queue {
		a.table.touch(q.k)
	}
	for _, q := range a.queue {
		v, ok := a.table.find(q.k)
		a.fold(w, v, !ok, q.r, q.n)
	}
	a.queue = a.queue[:0]
}

// fold adds row r, line n of the chunk, to the aggregate v, whose first row
// it is when first.
func (a *aggregates) fold(w *worker, v *aggVal, first bool, r *row, n int32) {
	if first {
		v.pos, v.ref = rowPos{w.fileIdx, w.seq, n}, a.refs.keep(w.format, r)
	}
	v.n++
	v.count = addCount64(v.count, r.count)
	// At most 1e7 × 1e9 (nine digits of NumMentions) a row: exact in an int64,
	// but not a sum of thousands of them.
	v.wsum.add(int64(math.Round(r.goldstein*goldsteinUnit)) * r.count)
}

// aggEntry is one aggregate once every row is read: its key, its sums, and
// the worker's aggregates its first row's SourceRef is in.
type aggEntry struct {
	k  aggKey
	v  aggVal
	of *aggregates
}

// add adds the aggregate o of the same key.
func (e *aggEntry) add(o *aggEntry) {
	e.v.n += o.v.n
	e.v.count = addCount64(e.v.count, o.v.count)
	e.v.wsum.addSum(o.v.wsum)
	if o.v.pos.before(e.v.pos) {
		e.v.pos, e.v.ref, e.of = o.v.pos, o.v.ref, o.of
	}
}

// emitAggregates merges the workers' aggregates and emits them, in key
// order: each worker's sink a share of them, side by side.
func (l *datasetLoad) emitAggregates(ids []string) {
	aggs := make([]*aggregates, len(l.workers))
	wide := false
	for i, w := range l.workers {
		aggs[i] = w.agg
		wide = wide || len(w.agg.wide) > 0
		w.agg = newAggregates()
	}
	per := AggregateDay
	if l.period == periodMonth {
		per = AggregateMonth
	}
	emit := func(w *worker, x *aggEntry) {
		k, v := x.k, &x.v
		e := &w.ev
		*e = DatasetEvent{
			Source: k.src.String(), Type: relTypes[k.rel], Subject: ids[k.subj], Object: ids[k.obj], Date: unpackDate(k.period),
			CAMEO: relCAMEO[k.rel], Count: int(max(v.count, 1)), Rows: v.n, aggPer: per, aggRefs: &x.of.refs, aggRef: v.ref,
		}
		if k.rel == genericRel {
			e.CAMEO = k.code.String()
		}
		e.Goldstein = v.wsum.float() / goldsteinUnit / float64(e.Count)
		w.emit(e)
	}
	var wg sync.WaitGroup
	if wide {
		entries := mergeWide(aggs)
		share := (len(entries) + len(l.workers) - 1) / len(l.workers)
		for i, w := range l.workers {
			part := entries[min(i*share, len(entries)):min((i+1)*share, len(entries))]
			wg.Go(func() {
				for j := range part {
					emit(w, &part[j])
				}
			})
		}
		wg.Wait()
		return
	}
	// Each worker sorts its table; then each merges the tables over a
	// range of keys, and emits what it merged.
	tables := make([][]aggSlot, len(aggs))
	for i, a := range aggs {
		wg.Go(func() { tables[i] = a.table.sorted() })
	}
	wg.Wait()
	bounds := keyBounds(tables, len(l.workers))
	for i, w := range l.workers {
		wg.Go(func() {
			mergeTables(tables, aggs, bounds[i], bounds[i+1], func(x *aggEntry) { emit(w, x) })
		})
	}
	wg.Wait()
}

// keyBounds cuts the keys of the sorted tables into n ranges of about as
// many aggregates each: range i is from bounds[i] up to bounds[i+1] (0: no
// bound).
func keyBounds(tables [][]aggSlot, n int) []packedKey {
	big := tables[0]
	for _, t := range tables {
		if len(t) > len(big) {
			big = t
		}
	}
	bounds := make([]packedKey, n+1)
	for i := 1; i < n; i++ {
		if j := i * len(big) / n; j < len(big) {
			bounds[i] = max(big[j].key, bounds[i-1])
		}
	}
	return bounds
}

// mergeTables merges the aggregates of keys from lo up to hi (0: no bound)
// of the sorted tables of aggs, in key order.
func mergeTables(tables [][]aggSlot, aggs []*aggregates, lo, hi packedKey, yield func(*aggEntry)) {
	heads := make([][]aggSlot, len(tables))
	for i, t := range tables {
		j, _ := slices.BinarySearchFunc(t, lo, func(s aggSlot, k packedKey) int { return cmp.Compare(s.key, k) })
		heads[i] = t[j:]
	}
	for {
		var least packedKey // the least key at the head of a table
		for _, h := range heads {
			if len(h) > 0 && (least == 0 || h[0].key < least) {
				least = h[0].key
			}
		}
		if least == 0 || (hi != 0 && least >= hi) {
			return
		}
		var e aggEntry
		for i, h := range heads {
			if len(h) == 0 || h[0].key != least {
				continue
			}
			if x := (aggEntry{v: h[0].v, of: aggs[i]}); e.of == nil {
				e = x
			} else {
				e.add(&x)
			}
			heads[i] = h[1:]
		}
		e.k = least.unpack()
		yield(&e)
	}
}

// mergeWide merges aggregates some of whose keys are not packed.
func mergeWide(aggs []*aggregates) []aggEntry {
	all := map[aggKey]*aggEntry{}
	merge := func(k aggKey, v *aggVal, of *aggregates) {
		x := &aggEntry{k, *v, of}
		if e := all[k]; e != nil {
			e.add(x)
		} else {
			all[k] = x
		}
	}
	for _, a := range aggs {
		for k, v := range a.table.all() {
			merge(k.unpack(), v, a)
		}
		for k, v := range a.wide {
			merge(k, v, a)
		}
	}
	entries := make([]aggEntry, 0, len(all))
	for _, e := range all {
		entries = append(entries, *e)
	}
	slices.SortFunc(entries, func(a, b aggEntry) int { return aggCompare(a.k, b.k) })
	return entries
}

// aggCompare orders aggregates: period, dataset, actor, target, relation,
// code.
func aggCompare(a, b aggKey) int {
	return cmp.Or(cmp.Compare(a.period, b.period), cmp.Compare(a.src, b.src), cmp.Compare(a.subj, b.subj), cmp.Compare(a.obj, b.obj),
		cmp.Compare(a.rel, b.rel), cmp.Compare(a.code.digits, b.code.digits), cmp.Compare(a.code.value, b.code.value))
}

// aggRef is the SourceRef of an aggregate: how many rows it folds and the
// first row's reference.
func aggRef(n int64, per string, first []byte) string {
	s := "aggregate of " + strconv.FormatInt(n, 10) + " events by " + per
	if len(first) > 0 {
		s += "; first: " + string(first)
	}
	return s
}
