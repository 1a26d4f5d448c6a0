package loader

import (
	"slices"
	"strconv"
	"sync"
)

// Duplicates: a dataset names each event by an id of its own (GDELT
// GLOBALEVENTID; ICEWS Event ID with the Event Date, see addDated). A row whose id a row read before it in the
// load already had (earlier in the same file, or in an earlier file of the
// same dataset) is the same event read again — an export downloaded twice,
// overlapping downloads, a compression bomb of one repeated row — and is
// dropped as a duplicate: the first row with an id is the event. So every
// path (events into the graph, folds, aggregates) counts an event once, and
// memory follows the distinct events, not the rows. A malformed row is no
// event and claims no id.
//
// Workers parse their chunks side by side, then claim the ids of the rows
// they parsed one chunk at a time, in stream order (claimTurn), then
// filter, map and emit the rows that were not duplicates: which copy is
// kept does not depend on how the workers share the work.

// claimTurn lets the chunks of one stream claim their ids in order.
type claimTurn struct {
	mu   sync.Mutex
	cond sync.Cond
	next int32 // the chunk whose turn it is
}

func newClaimTurn() *claimTurn {
	t := &claimTurn{}
	t.cond.L = &t.mu
	return t
}

// claim waits for chunk seq's turn, runs fn, and passes the turn on. Every
// chunk handed to a worker must claim, even one that faulted (with fn nil),
// or the chunks after it would wait for ever.
func (t *claimTurn) claim(seq int32, fn func()) {
	t.mu.Lock()
	defer t.mu.Unlock()
	for t.next < seq {
		t.cond.Wait()
	}
	if t.next != seq {
		return // claimed already
	}
	defer func() {
		t.next++
		t.cond.Broadcast()
	}()
	if fn != nil {
		fn()
	}
}

// claimIDs claims the ids of the rows the worker parsed from its chunk and
// marks those whose id was claimed before as duplicates.
func (w *worker) claimIDs() {
	seen := &w.l.seen[w.src]
	for i := range w.parsed {
		p := &w.parsed[i]
		if w.src == sourceICEWS {
			p.dup = !seen.addDated(p.r.id, p.r.date, &w.idBuf)
		} else {
			p.dup = !seen.add(p.r.id)
		}
	}
}

// idSet is a set of event ids. Ids of up to 18 digits without a leading
// zero (all of GDELT's and ICEWS's) are kept as numbers in blocks of 65,536
// (a roaring bitmap: a sorted array of the low 16 bits while a block holds
// few, a bitmap of 8 KiB once it holds many), so that a dataset's ids,
// which run in sequence, cost about a bit each; other ids are kept as
// strings.
type idSet struct {
	blocks map[uint64]*idBlock
	lastHi uint64
	last   *idBlock
	strs   map[string]struct{}
}

// idBlock holds the ids of one block: arr (sorted) until it reaches
// arrayMax ids, then bits.
type idBlock struct {
	arr  []uint16
	bits *[1024]uint64
}

const arrayMax = 4096

// add adds id and reports whether it was not in the set yet.
func (s *idSet) add(id []byte) bool {
	if v, ok := numericID(id); ok {
		return s.addNumber(v)
	}
	return s.addString(id)
}

// addDated adds the id of an event that is unique only with its date:
// ICEWS used 145,312 Event IDs of 2007–2013 twice, for other events on
// other dates (andybega/icews, vignette "ICEWS event data": Event ID and
// Event Date together are unique). buf is scratch space.
func (s *idSet) addDated(id []byte, date int32, buf *[]byte) bool {
	if v, ok := numericID(id); ok && v < 1e10 {
		return s.addNumber(uint64(date)*1e10 + v) // the date's ids in sequence share blocks
	}
	*buf = strconv.AppendInt(append(append((*buf)[:0], id...), '@'), int64(date), 10)
	return s.addString(*buf)
}

func (s *idSet) addString(id []byte) bool {
	if s.strs == nil {
		s.strs = map[string]struct{}{}
	}
	if _, dup := s.strs[string(id)]; dup {
		return false
	}
	s.strs[string(id)] = struct{}{}
	return true
}

func (s *idSet) addNumber(v uint64) bool {
	hi, lo := v>>16, uint16(v)
	b := s.last
	if b == nil || hi != s.lastHi {
		if s.blocks == nil {
			s.blocks = map[uint64]*idBlock{}
		}
		if b = s.blocks[hi]; b == nil {
			b = &idBlock{}
			s.blocks[hi] = b
		}
		s.lastHi, s.last = hi, b
	}
	return b.add(lo)
}

func (b *idBlock) add(lo uint16) bool {
	if b.bits != nil {
		w, m := lo/64, uint64(1)<<(lo%64)
		if b.bits[w]&m != 0 {
			return false
		}
		b.bits[w] |= m
		return true
	}
	n := len(b.arr)
	if n > 0 && b.arr[n-1] < lo { // ids in sequence: the common case
		b.arr = append(b.arr, lo)
	} else {
		i, found := slices.BinarySearch(b.arr, lo)
		if found {
			return false
		}
		b.arr = slices.Insert(b.arr, i, lo)
	}
	if len(b.arr) >= arrayMax {
		b.bits = new([1024]uint64)
		for _, x := range b.arr {
			b.bits[x/64] |= 1 << (x % 64)
		}
		b.arr = nil
	}
	return true
}

// numericID reads an id of 1 to 18 digits without a leading zero.
func numericID(b []byte) (uint64, bool) {
	if len(b) == 0 || len(b) > 18 || (b[0] == '0' && len(b) > 1) {
		return 0, false
	}
	var v uint64
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + uint64(c-'0')
	}
	return v, true
}
