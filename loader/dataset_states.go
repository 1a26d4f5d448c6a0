package loader

import (
	"math"
	"sync"
	"sync/atomic"

	"github.com/blocgraph/blocgraph/graph"
)

// The states of a dataset load: each state met gets a small index, so that
// rows, spans and aggregates hold an int32, not a string.

// stateTable gives every state met in a load a small index.
type stateTable struct {
	res   stateResolver
	mu    sync.Mutex
	ids   []string         // index → ISO alpha-3
	index map[string]int32 // ISO alpha-3 → index

	// cameo maps three upper-case letters (26³ codes) to a state index, -1
	// for no state, or unknownCode until the gazetteer has been asked (once,
	// under mu; workers read it with atomic loads, without locking).
	cameo []int32
	names map[string]int32 // ICEWS country name → index, or -1
	// eras[i]: the spans of dates on which state i stood for another
	// state (gazetteer.Eras), or for no state yet (notYet: the dates
	// before gazetteer.StateFrom), by index; nil for most states.
	eras [][]era
	// from: the day each state with a notYet era became a state.
	from map[int32]graph.Date
}

// era is a gazetteer.Era with packed dates (packDate; inclusive) and the
// other state's index.
type era struct {
	from, to int32
	state    int32
}

// unknownCode marks a code the gazetteer has not been asked about yet;
// noState a code or name that is no state.
const (
	unknownCode = -2
	noState     = -1
)

// notYet is the state of an era on whose dates the code's place was no
// state yet (Timor-Leste before 2002-05-20, Palestine before 1988-11-15).
const notYet = -3

func newStateTable(r stateResolver) *stateTable {
	t := &stateTable{res: r, index: map[string]int32{}, names: map[string]int32{}, cameo: make([]int32, graph.NumCode3)}
	for i := range t.cameo {
		t.cameo[i] = unknownCode
	}
	return t
}

func (t *stateTable) add(iso string) int32 {
	if i, ok := t.index[iso]; ok {
		return i
	}
	i := int32(len(t.ids))
	t.ids = append(t.ids, iso)
	t.index[iso] = i
	t.eras = append(t.eras, nil)
	for _, e := range t.res.Eras(iso) {
		from, to := packedStart(e.Span.Start), packedEnd(e.Span.End)
		t.eras[i] = append(t.eras[i], era{from: from, to: to, state: t.add(e.State)})
	}
	if x, ok := t.res.StateFrom(iso); ok {
		// Packed days compare as integers: the day before x is every
		// packed day below x's.
		t.eras[i] = append(t.eras[i], era{from: math.MinInt32, to: packedStart(x.Date) - 1, state: notYet})
		if t.from == nil {
			t.from = map[int32]graph.Date{}
		}
		t.from[i] = x.Date
	}
	return i
}

// packedStart and packedEnd pack a span's ends for era: the first and last
// day they cover.
func packedStart(d graph.Date) int32 {
	s := d.Start()
	return int32(s.Year()*10000 + int(s.Month())*100 + s.Day())
}

func packedEnd(d graph.Date) int32 {
	e := d.End()
	return int32(e.Year()*10000 + int(e.Month())*100 + e.Day())
}

// erasFrom appends to have the eras of the states from index len(have) on
// (a worker's copy, made under the lock, read without it).
func (t *stateTable) erasFrom(have [][]era) [][]era {
	t.mu.Lock()
	defer t.mu.Unlock()
	return append(have, t.eras[len(have):]...)
}

// stateOn is the state index i stood for on the packed date: the historical
// state a code of today stands for on dates before it continued, seceded
// from or was dissolved out of it (a GDELT row of 1985 with RUS is the
// Soviet Union's, as is one with BLR), else i.
func (w *worker) stateOn(i, date int32) int32 {
	if int(i) >= len(w.eras) {
		w.eras = w.l.states.erasFrom(w.eras)
	}
	for _, e := range w.eras[i] {
		if date >= e.from && date <= e.to {
			return e.state
		}
	}
	return i
}

// redate counts a row whose actor's code (subj, obj) stood on its date for
// another state (s, o), and whether it is dropped for it.
func (w *worker) redate(subj, s, obj, o int32, same bool) {
	w.redated++
	if same {
		w.redatedSame++
	}
	if w.redatedBy == nil {
		w.redatedBy = map[[2]int32]int64{}
	}
	if s != subj {
		w.redatedBy[[2]int32{subj, s}]++
	}
	if o != obj {
		w.redatedBy[[2]int32{obj, o}]++
	}
}

// notYetKey is a country field of a row and the state it names, which
// was no state yet on the row's date.
type notYetKey struct {
	field string
	state int32
}

// notYetRow counts a row of r dropped because a code's place (subj, obj)
// was no state yet on its date (s, o: notYet), by the first such field.
func (w *worker) notYetRow(r *row, subj, s, obj int32) {
	w.dropped.NotYet++
	if w.notYetBy == nil {
		w.notYetBy = map[notYetKey]int64{}
	}
	if s == notYet {
		w.notYetBy[notYetKey{string(r.country[0]), subj}]++
	} else {
		w.notYetBy[notYetKey{string(r.country[1]), obj}]++
	}
}

// unmapped counts a row dropped because a country field maps to no state,
// by that field (the actor's when both do).
func (w *worker) unmapped(field []byte) {
	if p := w.unmappedBy[string(field)]; p != nil {
		*p++
		return
	}
	if w.unmappedBy == nil {
		w.unmappedBy = map[string]*int64{}
	}
	n := int64(1)
	w.unmappedBy[string(field)] = &n
}

// notYetWords is "TLS before 2002-05-20", or "WSB as PSE before
// 1988-11-15": the field, the state it names when that is not the field,
// and the day the state became one.
func (t *stateTable) notYetWords(k notYetKey) string {
	t.mu.Lock()
	defer t.mu.Unlock()
	s := k.field
	if s != t.ids[k.state] {
		s += " as " + t.ids[k.state]
	}
	return s + " before " + t.from[k.state].String()
}

// byCAMEO resolves a three-letter code (its graph.Code3 index k).
func (t *stateTable) byCAMEO(k int) int32 {
	if v := atomic.LoadInt32(&t.cameo[k]); v != unknownCode {
		return v
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if v := t.cameo[k]; v != unknownCode {
		return v
	}
	code := string([]byte{byte('A' + k/676), byte('A' + k/26%26), byte('A' + k%26)})
	v := int32(noState)
	if iso, ok := t.res.StateByCAMEO(code); ok && iso != "" {
		v = t.add(iso)
	}
	atomic.StoreInt32(&t.cameo[k], v)
	return v
}

// iso is the ISO alpha-3 id of a state index.
func (t *stateTable) iso(i int32) string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.ids[i]
}

// byName resolves an ICEWS country name (under the lock).
func (t *stateTable) byName(name string) stateRef {
	t.mu.Lock()
	defer t.mu.Unlock()
	i, ok := t.names[name]
	if !ok {
		i = noState
		if iso, found := t.res.StateByName(name); found && iso != "" {
			i = t.add(iso)
		}
		t.names[name] = i
	}
	if i < 0 {
		return stateRef{idx: noState}
	}
	return stateRef{idx: i, iso: t.ids[i]}
}

type stateRef struct {
	idx int32
	iso string
}
