package analysis

import (
	"encoding/binary"
	"math"
	"slices"
	"sync"
)

// A period's rows in compact form: what a stream's periods hold of their
// pairs between merges and once the fold is finished, so that memory per
// row is some 13 bytes, not the 36 of the flat arrays (pair, sums, counts
// and the index of rows) that a shard folds its events into. A GDELT
// year in weeks holds 166,000 rows open until the end of the read (late
// reports), against 6,600 for the year as one period; held flat they
// were most of what grew with the periods (and the collector's headroom
// over them as much again).
//
// The rows are sorted by pair id, each written as
//
//	uvarint(id − previous id − 1)        (the first: id)
//	one byte: the number of partials of the cooperation sum (low four
//	  bits) and of the conflict sum (high four; 15: a uvarint of the
//	  count beyond 15 follows, cooperation's first)
//	the partials (xsum.p: smallest first), cooperation's then
//	  conflict's, each as a number of tenths when it is one (appendPartial:
//	  most are), else its 8 bytes
//	varint(reports), uvarint(events), uvarint(latest date − the block's
//	  base date)
//
// The partials are the exact sums' own (a sum of nothing has none), so
// the sums read back are the sums folded, to the bit, however the rows
// were merged. Merging a shard into a period (mergeRows) reads its block
// once and writes it anew with the shard's rows in their place: a year of
// synthetic GDELT in weeks reads and writes about a million rows so over
// its 86 merges.

// compactRow is a row read back from a period's compact rows.
type compactRow struct {
	id             int32
	coop, conflict []float64 // the partials; valid until the next read
	counts         pairCounts
	buf            [2][3]float64
}

// compactReader reads a block of compact rows in order.
type compactReader struct {
	b    []byte
	prev int32
	base packedDate
}

func newCompactReader(b []byte, base packedDate) compactReader {
	return compactReader{b: b, prev: -1, base: base}
}

// next reads the next row into row (false: no more).
func (rd *compactReader) next(row *compactRow) bool {
	if len(rd.b) == 0 {
		return false
	}
	b := rd.b
	d, k := binary.Uvarint(b)
	b = b[k:]
	rd.prev += int32(d) + 1
	row.id = rd.prev
	nc, nf := int(b[0]&15), int(b[0]>>4)
	b = b[1:]
	if nc == 15 {
		x, k := binary.Uvarint(b)
		b = b[k:]
		nc += int(x)
	}
	if nf == 15 {
		x, k := binary.Uvarint(b)
		b = b[k:]
		nf += int(x)
	}
	row.coop, b = readPartials(row.buf[0][:0], b, nc)
	row.conflict, b = readPartials(row.buf[1][:0], b, nf)
	reports, k := binary.Varint(b)
	b = b[k:]
	n, k := binary.Uvarint(b)
	b = b[k:]
	last, k := binary.Uvarint(b)
	b = b[k:]
	row.counts = pairCounts{reports: int32(reports), n: int32(n), last: rd.base + packedDate(last)}
	rd.b = b
	return true
}

// readPartials appends n partials read from b to dst.
func readPartials(dst []float64, b []byte, n int) ([]float64, []byte) {
	for range n {
		t, k := binary.Uvarint(b)
		b = b[k:]
		if t&1 == 0 { // tenths
			v := int64(t >> 1)
			dst = append(dst, float64(v>>1^-(v&1))/10)
			continue
		}
		dst = append(dst, math.Float64frombits(binary.LittleEndian.Uint64(b)))
		b = b[8:]
	}
	return dst, b
}

// appendPartial writes partial x: as a number of tenths when it is one
// (x is k/10 to the bit, as most sums of Goldstein scores times counts of
// one partial are: 3.4, 14, −7.5), in a uvarint of 2·zigzag(k); else as
// the uvarint 1 and its 8 bytes.
func appendPartial(b []byte, x float64) []byte {
	if k := math.Round(x * 10); math.Abs(k) < 1<<50 && math.Float64bits(float64(int64(k))/10) == math.Float64bits(x) { // not −0
		v := int64(k)
		return binary.AppendUvarint(b, uint64(v<<1^v>>63)<<1)
	}
	b = append(b, 1)
	return binary.LittleEndian.AppendUint64(b, math.Float64bits(x))
}

// compactWriter writes a block of compact rows, in order of pair id.
type compactWriter struct {
	b    []byte
	prev int32
	base packedDate
	rows int
}

// put writes the row of pair id (above the last written).
func (w *compactWriter) put(id int32, coop, conflict []float64, c pairCounts) {
	b := binary.AppendUvarint(w.b, uint64(id-w.prev-1))
	w.prev = id
	nc, nf := min(len(coop), 15), min(len(conflict), 15)
	b = append(b, byte(nc|nf<<4))
	if nc == 15 {
		b = binary.AppendUvarint(b, uint64(len(coop)-15))
	}
	if nf == 15 {
		b = binary.AppendUvarint(b, uint64(len(conflict)-15))
	}
	for _, x := range coop {
		b = appendPartial(b, x)
	}
	for _, x := range conflict {
		b = appendPartial(b, x)
	}
	b = binary.AppendVarint(b, int64(c.reports))
	b = binary.AppendUvarint(b, uint64(c.n))
	w.b = binary.AppendUvarint(b, uint64(c.last-w.base))
	w.rows++
}

// partials returns the partials of row r's cooperation (conflict false) or
// conflict sum, in buf when they fit (a spilled sum's own otherwise).
func (a *periodAcc) partials(r int32, conflict bool, buf *[3]float64) []float64 {
	v := a.rawSum(r, conflict)
	kind, i, ok := sumRefOf(v)
	switch {
	case !ok && math.Float64bits(v) == 0:
		return nil // +0: the sum of nothing
	case !ok:
		buf[0] = v
		return buf[:1]
	case kind == inSums3:
		return append(buf[:0], a.sums3[i].parts()...)
	}
	return a.spill[i].p
}

// mergeRows adds the flat rows of o (a shard's, or a's own), whose pair
// ids are pairs[id] in a (nil: the same), to a's compact rows.
func (a *periodAcc) mergeRows(o *periodAcc, pairs []int32) {
	if len(o.pair) == 0 {
		return
	}
	type idRow struct{ id, r int32 }
	order := make([]idRow, len(o.pair))
	base := a.compactBase
	if a.compactRows == 0 {
		base = o.counts[0].last
	}
	for r, id := range o.pair {
		if pairs != nil {
			id = pairs[id]
		}
		order[r] = idRow{id, int32(r)}
		base = min(base, o.counts[r].last)
	}
	slices.SortFunc(order, func(x, y idRow) int { return int(x.id - y.id) })
	scratch, _ := compactScratch.Get().(*[]byte)
	if scratch == nil {
		scratch = new([]byte)
	}
	w := compactWriter{b: (*scratch)[:0], prev: -1, base: base}
	rd := newCompactReader(a.compact, a.compactBase)
	var cur compactRow
	more := rd.next(&cur)
	var bc, bf [3]float64
	for _, x := range order {
		for more && cur.id < x.id {
			w.put(cur.id, cur.coop, cur.conflict, cur.counts)
			more = rd.next(&cur)
		}
		coop, conflict, c := o.partials(x.r, false, &bc), o.partials(x.r, true, &bf), o.counts[x.r]
		if more && cur.id == x.id {
			var sc, sf xsum
			sc.p = append(sc.inline[:0], cur.coop...)
			sf.p = append(sf.inline[:0], cur.conflict...)
			for _, p := range coop {
				sc.add(p)
			}
			for _, p := range conflict {
				sf.add(p)
			}
			coop, conflict = sc.p, sf.p
			c.reports += cur.counts.reports
			c.n += cur.counts.n
			c.last = max(c.last, cur.counts.last)
			more = rd.next(&cur)
		}
		w.put(x.id, coop, conflict, c)
	}
	for more {
		w.put(cur.id, cur.coop, cur.conflict, cur.counts)
		more = rd.next(&cur)
	}
	// The block is written in the scratch buffer of the merges (which
	// would leave it room to grow by a shard's rows) and copied back into
	// its own, which keeps an eighth of room to grow (a period's block
	// grows little once its pairs are met: most merges then rewrite it
	// in place, where a new block each time made a tenth of what a
	// timeline allocated while reading).
	if cap(a.compact) >= len(w.b) {
		a.compact = append(a.compact[:0], w.b...)
	} else {
		a.compact = append(make([]byte, 0, len(w.b)+len(w.b)/8), w.b...)
	}
	a.compactRows, a.compactBase = w.rows, base
	*scratch = w.b
	compactScratch.Put(scratch)
}

// compactScratch holds the buffers mergeRows writes blocks in.
var compactScratch sync.Pool

// eachRow calls fn with every row of a sealed period: its pair id, its
// cooperation and conflict (rounded) and its counts.
func (a *periodAcc) eachRow(fn func(id int32, coop, conflict float64, c pairCounts)) {
	rd := newCompactReader(a.compact, a.compactBase)
	var row compactRow
	for rd.next(&row) {
		fn(row.id, partialsValue(row.coop), partialsValue(row.conflict), row.counts)
	}
}
