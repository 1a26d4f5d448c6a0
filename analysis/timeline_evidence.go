package analysis

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"io"
	"math"
	"os"
	"sync"

	"github.com/blocgraph/blocgraph/graph"
)

// The evidence of a timeline: each state keeps, per period and sign, its
// few strongest events (the events behind its moves). A long timeline
// keeps many of them (a year of GDELT in weeks: about 26,000, most of them
// dataset rows with a source URL each) while the output shows only those
// of the moves, and only at the end. So a kept event is a small record
// (weighed: its weight, date and id, which rank it, 40 bytes) and, for a
// dataset event built for the fold, its text is written once to the
// fold's evidence store, a temporary file (removed as soon as it is made,
// on Unix), from which the few events shown are read back. An event of a
// graph (a facts file's) is the graph's and stays where it is.

// weighed is one kept event: its signed weight, and the event itself (e)
// or, once spilled, its place in the fold's evidence store (ref) and its
// id (id: the 20 hex digits of "ev-…", the id of every dataset event).
type weighed struct {
	w     float64
	e     *graph.Event // nil once spilled
	ref   int64        // a spilled event's offset in the store
	date  packedDate   // the event's date: what ranks it after |w|
	id    [10]byte     // a spilled event's id
	built bool         // e was built for the fold (a dataset event), not a graph's: spill it (e nil: a shard's record, at ref in its arena)
}

func newWeighed(e *graph.Event, w float64, built bool) weighed {
	return weighed{w: w, e: e, date: pack(e.Date), built: built}
}

// idString is x's event id.
func (x weighed) idString() string {
	if x.e != nil {
		return x.e.ID
	}
	return "ev-" + hex.EncodeToString(x.id[:])
}

// idBefore orders two kept events by id, as their ids compare as strings.
func (x weighed) idBefore(y weighed) bool {
	if x.e == nil && y.e == nil {
		return bytes.Compare(x.id[:], y.id[:]) < 0 // lower-case hex keeps the order of the bytes
	}
	return x.idString() < y.idString()
}

// stdID reads an id "ev-" + 20 lower-case hex digits (graph.EventID's).
func stdID[S ~string | ~[]byte](id S) (out [10]byte, ok bool) {
	if len(id) != 23 || string(id[:3]) != "ev-" {
		return out, false
	}
	for _, c := range []byte(id[3:]) {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return out, false
		}
	}
	_, err := hex.Decode(out[:], []byte(id[3:]))
	return out, err == nil
}

// evidenceReadAhead is how many bytes of a record evidenceStore.read
// reads with its length.
const evidenceReadAhead = 508

// evidenceStore holds the text of spilled events in a temporary file.
// It is shared by a stream and its shards.
type evidenceStore struct {
	mu   sync.Mutex
	f    *os.File
	w    *bufio.Writer
	name string // the file's name while it could not be removed (not Unix)
	size int64
	err  error // the first error: a failed write keeps its event in memory
	buf  []byte
}

// put writes e and returns its offset; ok false (nothing written) when
// the store cannot be written.
func (s *evidenceStore) put(e *graph.Event) (int64, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.buf = appendRecord(s.buf[:0], e, e.ID, e.SourceRef)
	return s.write(s.buf)
}

// putRecord writes a record made by appendRecord, as put.
func (s *evidenceStore) putRecord(rec []byte) (int64, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.write(rec)
}

// write writes record b (under mu), making the file when it has none.
func (s *evidenceStore) write(b []byte) (int64, bool) {
	if s.err != nil {
		return 0, false
	}
	if s.f == nil {
		f, err := os.CreateTemp("", "blocgraph-evidence-*")
		if err != nil {
			s.err = err
			return 0, false
		}
		if os.Remove(f.Name()) != nil {
			s.name = f.Name() // removed by close
		}
		s.f, s.w = f, bufio.NewWriterSize(f, 64<<10)
	}
	if _, err := s.w.Write(b); err != nil {
		s.err = err
		return 0, false
	}
	off := s.size
	s.size += int64(len(b))
	return off, true
}

// appendRecord appends the record of event e, with id and sourceRef for
// its ID and SourceRef (given apart, so that they can be bytes not yet
// made strings): its length in 4 bytes, then its fields.
func appendRecord[S ~string | ~[]byte](b []byte, e *graph.Event, id, sourceRef S) []byte {
	at := len(b)
	b = append(b, 0, 0, 0, 0) // the length, below
	b = binary.AppendUvarint(b, uint64(len(id)))
	b = append(b, id...)
	for _, str := range [...]string{e.Type, e.Subject, e.Object, e.Article, e.Quote, e.Note, e.CAMEO, e.Source} {
		b = binary.AppendUvarint(b, uint64(len(str)))
		b = append(b, str...)
	}
	b = binary.AppendUvarint(b, uint64(len(sourceRef)))
	b = append(b, sourceRef...)
	for _, d := range [...]graph.Date{e.Date, e.End} {
		for _, v := range [...]int{d.Year, d.Month, d.Day, int(d.Precision)} {
			b = binary.AppendVarint(b, int64(v))
		}
	}
	for _, v := range [...]float64{e.Goldstein, e.Confidence} {
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(v))
	}
	b = binary.AppendVarint(b, int64(e.Count))
	b = binary.AppendVarint(b, int64(e.Ordinal))
	binary.LittleEndian.PutUint32(b[at:], uint32(len(b)-at-4))
	return b
}

// recordAt returns the record at offset off of b (records as
// appendRecord writes them), its length included.
func recordAt(b []byte, off int64) []byte {
	n := int64(binary.LittleEndian.Uint32(b[off:]))
	return b[off : off+4+n]
}

// get reads back the event at off. A read that fails (the temporary file
// gone bad) gives an event with no text and sets err.
func (s *evidenceStore) get(off int64) *graph.Event {
	s.mu.Lock()
	defer s.mu.Unlock()
	e, err := s.read(off)
	if err != nil {
		if s.err == nil {
			s.err = fmt.Errorf("reading back the evidence of the moves from a temporary file: %w", err)
		}
		return &graph.Event{}
	}
	return e
}

func (s *evidenceStore) read(off int64) (*graph.Event, error) {
	if s.f == nil {
		return nil, fmt.Errorf("no file (closed, or never made)")
	}
	if err := s.w.Flush(); err != nil {
		return nil, err
	}
	// One read for the length and, most often, the whole record (a
	// dataset event's is some hundreds of bytes); a second for the rest
	// of a longer one.
	buf := make([]byte, 4+evidenceReadAhead)
	k, err := s.f.ReadAt(buf, off)
	if k < 4 {
		if err == nil {
			err = io.ErrUnexpectedEOF
		}
		return nil, err
	}
	size := int64(binary.LittleEndian.Uint32(buf))
	var b []byte
	if size <= int64(k-4) {
		b = buf[4 : 4+size]
	} else {
		b = make([]byte, size)
		copy(b, buf[4:k])
		if _, err := s.f.ReadAt(b[k-4:], off+int64(k)); err != nil {
			return nil, err
		}
	}
	return parseRecord(b, off)
}

// parseRecord reads the event of a record's fields b (after its length),
// the record at off.
func parseRecord(b []byte, off int64) (*graph.Event, error) {
	bad := fmt.Errorf("a damaged record at %d", off)
	str := func() string {
		n, k := binary.Uvarint(b)
		if k <= 0 || uint64(len(b)-k) < n {
			b = nil
			return ""
		}
		v := string(b[k : k+int(n)])
		b = b[k+int(n):]
		return v
	}
	num := func() int {
		v, k := binary.Varint(b)
		if k <= 0 {
			b = nil
			return 0
		}
		b = b[k:]
		return int(v)
	}
	e := &graph.Event{}
	for _, p := range []*string{&e.ID, &e.Type, &e.Subject, &e.Object, &e.Article, &e.Quote, &e.Note, &e.CAMEO, &e.Source, &e.SourceRef} {
		*p = str()
	}
	for _, d := range []*graph.Date{&e.Date, &e.End} {
		d.Year, d.Month, d.Day, d.Precision = num(), num(), num(), graph.Precision(num())
	}
	for _, p := range []*float64{&e.Goldstein, &e.Confidence} {
		if len(b) < 8 {
			return nil, bad
		}
		*p = math.Float64frombits(binary.LittleEndian.Uint64(b))
		b = b[8:]
	}
	e.Count = num()
	if b == nil {
		return nil, bad
	}
	e.Ordinal = num()
	if b == nil || len(b) != 0 {
		return nil, bad
	}
	return e, nil
}

// close lets the file go.
func (s *evidenceStore) close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.f == nil {
		return nil
	}
	err := s.f.Close()
	if s.name != "" {
		os.Remove(s.name)
	}
	s.f, s.w = nil, nil
	s.err = fmt.Errorf("the evidence store is closed")
	return err
}

// spill writes the built events of s's lists to the store (once each:
// seen remembers those written), keeping their records only. Events a
// shard wrote as records in its arena (recorded, by their offsets there;
// nil when none) are copied to the store as they are (once each: by
// offset in seenRec).
func (st *evidenceStore) spill(s *strongest, seen map[*graph.Event]weighed, arena []byte, seenRec map[int64]weighed) {
	for _, list := range [][]weighed{s.pos, s.neg} {
		for k, x := range list {
			if !x.built {
				continue
			}
			if x.e == nil { // a record in the shard's arena
				if y, ok := seenRec[x.ref]; ok {
					list[k] = weighed{w: x.w, e: y.e, ref: y.ref, date: x.date, id: y.id, built: y.built}
					continue
				}
				rec := recordAt(arena, x.ref)
				y := weighed{w: x.w, date: x.date, id: x.id}
				if off, ok := st.putRecord(rec); ok {
					y.ref = off
				} else { // the store cannot be written: kept in memory
					e, err := parseRecord(rec[4:], x.ref)
					if err != nil {
						e = &graph.Event{}
					}
					y.e, y.built = e, true
				}
				seenRec[x.ref] = y
				list[k] = y
				continue
			}
			if y, ok := seen[x.e]; ok {
				list[k] = weighed{w: x.w, ref: y.ref, date: x.date, id: y.id}
				continue
			}
			id, ok := stdID(x.e.ID)
			if !ok {
				continue // an id of another form: kept whole
			}
			off, ok := st.put(x.e)
			if !ok {
				continue
			}
			y := weighed{w: x.w, ref: off, date: x.date, id: id}
			seen[x.e] = y
			list[k] = y
		}
	}
}
