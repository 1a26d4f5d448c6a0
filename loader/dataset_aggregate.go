package loader

import (
	"cmp"
	"math"
	"math/bits"
	"slices"
	"strconv"
)

// Aggregation (DatasetOptions.Aggregate): each worker folds its kept rows
// into a map by aggKey; the maps are merged once every row is read, and the
// aggregates emitted in key order. Sums are exact, so that the result does
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

type aggVal struct {
	n     int64  // rows
	count int64  // sum of counts
	wsum  sum128 // sum of Goldstein × count, in goldsteinUnits
	pos   rowPos // where the first row is
	ref   string // the first row's SourceRef
}

// rowPos orders the rows of a load: file, chunk of the file, line in the chunk.
type rowPos struct {
	file int32
	seq  int32
	line int64
}

func (a rowPos) before(b rowPos) bool {
	return cmp.Or(cmp.Compare(a.file, b.file), cmp.Compare(a.seq, b.seq), cmp.Compare(a.line, b.line)) < 0
}

// aggregate folds a kept row, line n of the chunk, into the worker's map.
func (w *worker) aggregate(r *row, rel relIndex, subj, obj int32, n int64) {
	code := r.code
	if rel != genericRel {
		code = cameo{}
	}
	period := r.date
	if w.l.period == periodMonth {
		period = period / 100 * 100
	}
	k := aggKey{src: w.src, rel: rel, code: code, subj: subj, obj: obj, period: period}
	v := w.agg[k]
	if v == nil {
		v = &aggVal{pos: rowPos{w.fileIdx, w.seq, n}, ref: w.format.sourceRef(r)}
		w.agg[k] = v
	}
	v.n++
	v.count = addCount64(v.count, r.count)
	// At most 1e7 × 1e9 (nine digits of NumMentions) a row: exact in an int64,
	// but not a sum of thousands of them.
	v.wsum.add(int64(math.Round(r.goldstein*goldsteinUnit)) * r.count)
}

// emitAggregates merges the workers' maps and emits the aggregates, in key
// order, through the first worker's sink.
func (l *datasetLoad) emitAggregates(ids []string) {
	all := map[aggKey]*aggVal{}
	for _, w := range l.workers {
		for k, v := range w.agg {
			a := all[k]
			if a == nil {
				all[k] = v
				continue
			}
			a.n += v.n
			a.count = addCount64(a.count, v.count)
			a.wsum.addSum(v.wsum)
			if v.pos.before(a.pos) {
				a.pos, a.ref = v.pos, v.ref
			}
		}
		w.agg = map[aggKey]*aggVal{}
	}
	keys := make([]aggKey, 0, len(all))
	for k := range all {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, aggCompare)
	per := AggregateDay
	if l.period == periodMonth {
		per = AggregateMonth
	}
	w := l.workers[0]
	for _, k := range keys {
		v := all[k]
		source := k.src.String()
		e := DatasetEvent{
			Source: source, Type: relTypes[k.rel], Subject: ids[k.subj], Object: ids[k.obj], Date: unpackDate(k.period),
			CAMEO: relCAMEO[k.rel], Count: int(max(v.count, 1)), Rows: v.n,
			ident: source + ":aggregate:" + per, ref: aggRef(v.n, per, v.ref),
		}
		if k.rel == genericRel {
			e.CAMEO = k.code.String()
			e.ident += ":" + e.CAMEO
		}
		e.Goldstein = v.wsum.float() / goldsteinUnit / float64(e.Count)
		w.emit(&e)
	}
}

// aggCompare orders aggregates: period, dataset, actor, target, relation,
// code.
func aggCompare(a, b aggKey) int {
	return cmp.Or(cmp.Compare(a.period, b.period), cmp.Compare(a.src, b.src), cmp.Compare(a.subj, b.subj), cmp.Compare(a.obj, b.obj),
		cmp.Compare(a.rel, b.rel), cmp.Compare(a.code.digits, b.code.digits), cmp.Compare(a.code.value, b.code.value))
}

// aggRef is the SourceRef of an aggregate: how many rows it folds and the
// first row's reference.
func aggRef(n int64, per, first string) string {
	s := "aggregate of " + strconv.FormatInt(n, 10) + " events by " + per
	if first != "" {
		s += "; first: " + first
	}
	return s
}
