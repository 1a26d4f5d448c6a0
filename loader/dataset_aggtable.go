package loader

import (
	"cmp"
	"iter"
	"slices"
)

// The store of a worker's aggregates (dataset_aggregate.go): a hash table of
// packed keys whose slots hold the sums, and an arena of the first rows'
// SourceRefs. Neither holds a pointer, so the collector has nothing to scan
// and a new aggregate allocates nothing of its own. A year of varied GDELT
// rows makes hundreds of thousands of aggregates: the table does not fit in
// the caches, and a row's slot is a load from memory, so a chunk's rows
// load their slots all at once before any is updated (touch), and the
// processor waits for many loads at a time, not for one after the other.

// aggTable maps packed keys to aggregates: linear probing over a power of
// two slots, at most aggLoad of them full.
type aggTable struct {
	slots   []aggSlot
	used    int
	touched packedKey // what touch read, kept so that its loads are not left out
}

type aggSlot struct {
	key packedKey // 0: empty (a packed key's period is never 0)
	v   aggVal
}

const aggLoad = 0.75

// reserve makes room for n more keys.
func (t *aggTable) reserve(n int) {
	for float64(t.used+n) > aggLoad*float64(len(t.slots)) {
		t.grow()
	}
}

// home is the slot where the search for k starts.
func (t *aggTable) home(k packedKey) uint64 { return hashKey(k) & uint64(len(t.slots)-1) }

// touch loads the slot where the search for k starts, so that find finds it
// in the cache.
func (t *aggTable) touch(k packedKey) { t.touched |= t.slots[t.home(k)].key }

// find returns the aggregate of key k, and false if it is new (zero, and
// now in the table).
func (t *aggTable) find(k packedKey) (*aggVal, bool) {
	t.reserve(1)
	mask := uint64(len(t.slots) - 1)
	for i := t.home(k); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.key == k {
			return &s.v, true
		}
		if s.key == 0 {
			s.key = k
			t.used++
			return &s.v, false
		}
	}
}

// all yields the aggregates of the table, in no order.
func (t *aggTable) all() iter.Seq2[packedKey, *aggVal] {
	return func(yield func(packedKey, *aggVal) bool) {
		for i := range t.slots {
			if s := &t.slots[i]; s.key != 0 && !yield(s.key, &s.v) {
				return
			}
		}
	}
}

// sorted returns the table's aggregates sorted by key, in the table's own
// memory: the table is spent.
func (t *aggTable) sorted() []aggSlot {
	n := 0
	for _, s := range t.slots {
		if s.key != 0 {
			t.slots[n] = s
			n++
		}
	}
	s := t.slots[:n]
	slices.SortFunc(s, func(a, b aggSlot) int { return cmp.Compare(a.key, b.key) })
	t.slots, t.used = nil, 0
	return s
}

// hashKey mixes the bits of a packed key (murmur3's finaliser).
func hashKey(k packedKey) uint64 {
	h := uint64(k)
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	return h ^ h>>33
}

func (t *aggTable) grow() {
	old := t.slots
	t.slots = make([]aggSlot, max(2*len(old), 1024))
	// Written before it is read: a fresh page read first maps the shared
	// zero page, and its first write then costs a copy-on-write fault and a
	// TLB shootdown across cores (slow in a virtual machine).
	clear(t.slots)
	mask := uint64(len(t.slots) - 1)
	for _, s := range old {
		if s.key == 0 {
			continue
		}
		i := t.home(s.key)
		for t.slots[i].key != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = s
	}
}

// refArena keeps SourceRefs end to end in blocks that are never moved; a
// SourceRef is known by its index.
type refArena struct {
	blocks [][]byte
	spans  []refSpan
}

// refSpan is where a SourceRef is: block, offset and length.
type refSpan struct{ blk, off, len int32 }

const refBlock = 256 << 10

// keep copies the SourceRef of r into the arena and returns its index.
func (a *refArena) keep(f rowFormat, r *row) int32 {
	n := len(a.blocks) - 1
	if n < 0 || len(a.blocks[n]) > refBlock-512 {
		a.blocks = append(a.blocks, make([]byte, 0, refBlock))
		n++
	}
	b := a.blocks[n]
	off := len(b)
	b = f.appendSourceRef(b, r)
	if len(b) > refBlock && off > 0 { // a long one: a block of its own
		a.blocks[n] = b[:off]
		a.blocks = append(a.blocks, append([]byte(nil), b[off:]...))
		n, off, b = n+1, 0, a.blocks[n+1]
	} else {
		a.blocks[n] = b
	}
	a.spans = append(a.spans, refSpan{blk: int32(n), off: int32(off), len: int32(len(b) - off)})
	return int32(len(a.spans) - 1)
}

// ref is SourceRef i.
func (a *refArena) ref(i int32) []byte {
	s := a.spans[i]
	return a.blocks[s.blk][s.off : s.off+s.len : s.off+s.len]
}
