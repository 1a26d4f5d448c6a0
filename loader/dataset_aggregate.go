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
// hashes a word; the maps are merged once every row is read, and the
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
	var v *aggVal
	if p, ok := k.pack(); ok {
		if v = w.agg[p]; v == nil {
			v = &aggVal{pos: rowPos{w.fileIdx, w.seq, n}, ref: w.format.sourceRef(r)}
			w.agg[p] = v
		}
	} else if v = w.aggWide[k]; v == nil {
		v = &aggVal{pos: rowPos{w.fileIdx, w.seq, n}, ref: w.format.sourceRef(r)}
		w.aggWide[k] = v
	}
	v.n++
	v.count = addCount64(v.count, r.count)
	// At most 1e7 × 1e9 (nine digits of NumMentions) a row: exact in an int64,
	// but not a sum of thousands of them.
	v.wsum.add(int64(math.Round(r.goldstein*goldsteinUnit)) * r.count)
}

// emitAggregates merges the workers' maps and emits the aggregates, in key
// order: each worker's sink a share of them, side by side.
func (l *datasetLoad) emitAggregates(ids []string) {
	all := map[packedKey]*aggVal{}
	wide := map[aggKey]*aggVal{}
	for _, w := range l.workers {
		mergeAggregates(all, w.agg)
		mergeAggregates(wide, w.aggWide)
		w.agg, w.aggWide = map[packedKey]*aggVal{}, map[aggKey]*aggVal{}
	}
	type entry struct {
		k aggKey
		v *aggVal
	}
	entries := make([]entry, 0, len(all)+len(wide))
	if len(wide) == 0 {
		type packed struct {
			p packedKey
			v *aggVal
		}
		ps := make([]packed, 0, len(all))
		for p, v := range all {
			ps = append(ps, packed{p, v})
		}
		slices.SortFunc(ps, func(a, b packed) int { return cmp.Compare(a.p, b.p) }) // aggCompare's order
		for _, p := range ps {
			entries = append(entries, entry{p.p.unpack(), p.v})
		}
	} else {
		for p, v := range all {
			wide[p.unpack()] = v
		}
		for k, v := range wide {
			entries = append(entries, entry{k, v})
		}
		slices.SortFunc(entries, func(a, b entry) int { return aggCompare(a.k, b.k) })
	}
	per := AggregateDay
	if l.period == periodMonth {
		per = AggregateMonth
	}
	var wg sync.WaitGroup
	share := (len(entries) + len(l.workers) - 1) / len(l.workers)
	for i, w := range l.workers {
		part := entries[min(i*share, len(entries)):min((i+1)*share, len(entries))]
		wg.Go(func() {
			for _, x := range part {
				k, v := x.k, x.v
				e := &w.ev
				*e = DatasetEvent{
					Source: k.src.String(), Type: relTypes[k.rel], Subject: ids[k.subj], Object: ids[k.obj], Date: unpackDate(k.period),
					CAMEO: relCAMEO[k.rel], Count: int(max(v.count, 1)), Rows: v.n, aggPer: per, aggFirst: v.ref,
				}
				if k.rel == genericRel {
					e.CAMEO = k.code.String()
				}
				e.Goldstein = v.wsum.float() / goldsteinUnit / float64(e.Count)
				w.emit(e)
			}
		})
	}
	wg.Wait()
}

// mergeAggregates adds the aggregates of from into into.
func mergeAggregates[K comparable](into, from map[K]*aggVal) {
	for k, v := range from {
		a := into[k]
		if a == nil {
			into[k] = v
			continue
		}
		a.n += v.n
		a.count = addCount64(a.count, v.count)
		a.wsum.addSum(v.wsum)
		if v.pos.before(a.pos) {
			a.pos, a.ref = v.pos, v.ref
		}
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
