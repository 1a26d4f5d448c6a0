package loader

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"math"
	"runtime"
	"runtime/debug"
	"sort"
	"strconv"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/blocgraph/blocgraph/graph"
)

// The dataset engine streams rows: the calling goroutine reads the file in
// chunks of whole lines and hands them to worker goroutines, which parse,
// map and filter each row and keep only counters, the first problems, and
// either the events (Aggregate none: they are the output) or an aggregate
// map. Memory stays flat in the size of the file.

const (
	chunkSize = 1 << 20   // bytes handed to a worker at a time
	maxLine   = chunkSize // a line that fills a chunk is reported and skipped
)

// relation table, built once: CAMEO event code → index into relTypes.
var (
	relOnce    sync.Once
	relTypes   []string // graph.RelationTypes(), generic last
	relCAMEO   []string // canonical CAMEO code of each type
	genericRel uint8
	codeRel    [5][]uint8 // [length][value] → index into relTypes (genericRel when the code maps to no type)
	codeKnown  [5][]bool  // [length][value] → the code is in the CAMEO table
)

func initRelations() {
	relOnce.Do(func() {
		for i, r := range graph.Vocabulary() {
			relTypes = append(relTypes, r.Type)
			relCAMEO = append(relCAMEO, r.CAMEO)
			if r.Generic {
				genericRel = uint8(i)
			}
		}
		index := map[string]uint8{}
		for i, t := range relTypes {
			index[t] = uint8(i)
		}
		pow := 1
		for n := 1; n <= 4; n++ {
			pow *= 10
			codeRel[n] = make([]uint8, pow)
			codeKnown[n] = make([]bool, pow)
			for v := 0; v < pow; v++ {
				code := fmt.Sprintf("%0*d", n, v)
				codeRel[n][v] = genericRel
				if r, ok := graph.RelationForCAMEO(code); ok && !r.Generic {
					codeRel[n][v] = index[r.Type]
				}
				_, codeKnown[n][v] = graph.Goldstein(code)
			}
		}
	})
}

// cameoCode returns the value of a CAMEO event code of 1 to 4 digits.
func cameoCode(b []byte) (v uint16, ok bool) {
	if len(b) == 0 || len(b) > 4 {
		return 0, false
	}
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + uint16(c-'0')
	}
	return v, true
}

func codeString(n uint8, v uint16) string { return fmt.Sprintf("%0*d", n, v) }

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
}

const unknownCode = -2

func newStateTable(r stateResolver) *stateTable {
	t := &stateTable{res: r, index: map[string]int32{}, names: map[string]int32{}, cameo: make([]int32, 26*26*26)}
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
	return i
}

// byCAMEO resolves a three-letter code (its code3 index k).
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
	v := int32(-1)
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

// code3 is the index of a three-letter upper-case code, or -1.
func code3(b []byte) int {
	if len(b) != 3 {
		return -1
	}
	a, c, d := b[0]-'A', b[1]-'A', b[2]-'A'
	if a >= 26 || c >= 26 || d >= 26 {
		return -1
	}
	return int(a)*676 + int(c)*26 + int(d)
}

// byName resolves an ICEWS country name (under the lock).
func (t *stateTable) byName(name string) stateRef {
	t.mu.Lock()
	defer t.mu.Unlock()
	i, ok := t.names[name]
	if !ok {
		i = -1
		if iso, found := t.res.StateByName(name); found && iso != "" {
			i = t.add(iso)
		}
		t.names[name] = i
	}
	if i < 0 {
		return stateRef{idx: -1}
	}
	return stateRef{idx: i, iso: t.ids[i]}
}

type stateRef struct {
	idx int32
	iso string
}

// Packed dates: year*10000 + month*100 + day (day 0 for a month).
func unpackDate(p int32) graph.Date {
	d := graph.Date{Year: int(p / 10000), Month: int(p / 100 % 100), Day: int(p % 100), Precision: graph.PrecisionDay}
	if d.Day == 0 {
		d.Precision = graph.PrecisionMonth
	}
	return d
}

var daysInMonth = [13]int32{0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

// packDate checks y-m-d against the calendar.
func packDate(y, m, d int32) (int32, bool) {
	if y < 1 || m < 1 || m > 12 || d < 1 || d > daysInMonth[m] {
		return 0, false
	}
	if m == 2 && d == 29 && !(y%4 == 0 && (y%100 != 0 || y%400 == 0)) {
		return 0, false
	}
	return y*10000 + m*100 + d, true
}

func digits(b []byte) (int32, bool) {
	var v int32
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int32(c-'0')
	}
	return v, len(b) > 0
}

// parseYMD reads YYYYMMDD or YYYY-MM-DD.
func parseYMD(b []byte) (int32, bool) {
	switch {
	case len(b) == 8:
		y, ok1 := digits(b[:4])
		m, ok2 := digits(b[4:6])
		d, ok3 := digits(b[6:])
		if ok1 && ok2 && ok3 {
			return packDate(y, m, d)
		}
	case len(b) == 10 && b[4] == '-' && b[7] == '-':
		y, ok1 := digits(b[:4])
		m, ok2 := digits(b[5:7])
		d, ok3 := digits(b[8:])
		if ok1 && ok2 && ok3 {
			return packDate(y, m, d)
		}
	}
	return 0, false
}

var pow10 = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18}

// parseGoldstein reads a Goldstein score: a decimal number between -10 and
// 10. Short decimals (all of GDELT's) take an exact fast path: an integer
// mantissa below 2^53 divided by a power of ten is correctly rounded.
func parseGoldstein(b []byte) (float64, bool) {
	i, neg := 0, false
	if len(b) > 0 && (b[0] == '-' || b[0] == '+') {
		neg, i = b[0] == '-', 1
	}
	var m uint64
	nd, frac := 0, -1
	for ; i < len(b); i++ {
		c := b[i]
		switch {
		case c >= '0' && c <= '9':
			if nd >= 15 {
				return parseGoldsteinSlow(b)
			}
			m = m*10 + uint64(c-'0')
			nd++
			if frac >= 0 {
				frac++
			}
		case c == '.' && frac < 0:
			frac = 0
		default:
			return parseGoldsteinSlow(b)
		}
	}
	if nd == 0 {
		return 0, false
	}
	v := float64(m)
	if frac > 0 {
		v /= pow10[frac]
	}
	if neg {
		v = -v
	}
	return v, v >= -10 && v <= 10
}

func parseGoldsteinSlow(b []byte) (float64, bool) {
	v, err := strconv.ParseFloat(string(b), 64)
	if err != nil || v != v || v < -10 || v > 10 {
		return 0, false
	}
	return v, true
}

// aggKey identifies one aggregate event.
type aggKey struct {
	src       uint8 // 0 GDELT, 1 ICEWS
	rel       uint8
	clen      uint8  // generic type: length of the CAMEO code
	code      uint16 // generic type: the CAMEO code
	subj, obj int32
	period    int32 // packed date (day 0 when aggregating by month)
}

type aggVal struct {
	n     int64  // rows
	count int64  // sum of counts
	wsum  int64  // sum of Goldstein × count, in millionths: exact, so the order of the sum does not matter
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
	switch {
	case a.file != b.file:
		return a.file < b.file
	case a.seq != b.seq:
		return a.seq < b.seq
	}
	return a.line < b.line
}

// dateSpan is the first and last date of the events of one state.
type dateSpan struct{ min, max int32 }

// chunk is a run of whole lines of one stream. Chunks are numbered in
// stream order; a worker numbers the lines of a chunk from 0, and the lines
// get their numbers in the file once every chunk's line count is known.
type chunk struct {
	buf   []byte
	seq   int32
	final bool    // the stream's last chunk: its last line may lack a newline
	long  bool    // no data: a line longer than maxLine was skipped here
	win   *window // the mapped window buf is in, if any
}

// datasetLoad is the state of one Load's dataset reading.
type datasetLoad struct {
	opt     DatasetOptions
	states  *stateTable
	workers []*worker
	period  int // 0 none, 1 day, 2 month

	gdeltTypes []bool   // ActorTypes over code3
	icewsTypes [][]byte // ActorTypes as ICEWS sector words

	rowsDone   atomic.Int64
	bytesDone  int64 // raw bytes of dataset files read so far
	bytesTotal int64
	files      int32
}

func newDatasetLoad(opt DatasetOptions, res stateResolver) *datasetLoad {
	initRelations()
	l := &datasetLoad{opt: opt, states: newStateTable(res)}
	switch opt.Aggregate {
	case AggregateDay:
		l.period = 1
	case AggregateMonth:
		l.period = 2
	}
	if len(opt.ActorTypes) > 0 {
		l.gdeltTypes = make([]bool, 26*26*26)
		for _, t := range opt.ActorTypes {
			if i := code3([]byte(t)); i >= 0 {
				l.gdeltTypes[i] = true
			}
			l.icewsTypes = append(l.icewsTypes, icewsSectorWords(t)...)
		}
	}
	n := opt.Workers
	if n <= 0 {
		n = runtime.GOMAXPROCS(0)
	}
	for range n {
		w := &worker{l: l}
		if l.period != 0 {
			w.agg = map[aggKey]*aggVal{}
		}
		l.workers = append(l.workers, w)
	}
	return l
}

func (l *datasetLoad) progress() {
	if l.opt.Progress != nil {
		l.opt.Progress(l.rowsDone.Load(), l.bytesDone, l.bytesTotal)
	}
}

// worker parses rows. Counters are per file; events, aggregates and date
// spans are per load.
type worker struct {
	l *datasetLoad

	// the file being read
	file    string
	fileIdx int32
	src     uint8                                             // 0 GDELT, 1 ICEWS
	cols    int                                               // expected columns
	urlCol  int                                               // GDELT SOURCEURL column, -1 when the file has none
	iso     []string                                          // state index → ISO alpha-3, as far as this worker has needed it
	row     func(w *worker, line []byte, n int64, final bool) // n: line in the chunk, from 0

	// per file
	rows, blank, mapped, generic int64
	byType                       []int64
	dropped                      Dropped
	errs                         graph.ErrorList // Line: in the chunk errSeq, from 0
	errSeq                       []int32
	lines                        []chunkLines
	seq                          int32 // the chunk being read

	// per load
	events []*graph.Event
	agg    map[aggKey]*aggVal
	span   []dateSpan
	names  map[string]stateRef // ICEWS country names already resolved
}

func (w *worker) reset() {
	w.rows, w.blank, w.mapped, w.generic = 0, 0, 0, 0
	w.byType = make([]int64, len(relTypes))
	w.dropped = Dropped{}
	w.errs, w.errSeq, w.lines = nil, nil, nil
}

// chunkLines is the number of lines of a chunk.
type chunkLines struct {
	seq   int32
	lines int64
}

// bad reports a malformed row: line n of the current chunk.
func (w *worker) bad(counter *int64, n int64, col int, format string, args ...any) {
	*counter++
	if len(w.errs) < w.l.opt.MaxErrors {
		w.errs = append(w.errs, graph.Errorf(graph.EINVALID, graph.Pos{File: w.file, Line: int(n), Column: col}, format, args...))
		w.errSeq = append(w.errSeq, w.seq)
	}
}

// chunk runs the rows of c.
func (w *worker) chunk(c *chunk) {
	w.seq = c.seq
	if c.long {
		w.rows++
		w.bad(&w.dropped.Malformed.Columns, 0, 0, "line is longer than %d bytes; not an event row", maxLine)
		w.lines = append(w.lines, chunkLines{c.seq, 1})
		w.l.rowsDone.Add(1)
		return
	}
	b := c.buf
	valid := utf8.Valid(b)
	n, rows := int64(0), int64(0)
	for len(b) > 0 {
		var ln []byte
		final := false
		if i := bytes.IndexByte(b, '\n'); i >= 0 {
			ln, b = b[:i], b[i+1:]
		} else {
			ln, b, final = b, nil, c.final
		}
		if k := len(ln) - 1; k >= 0 && ln[k] == '\r' {
			ln = ln[:k]
		}
		if len(ln) == 0 {
			w.blank++
			n++
			continue
		}
		w.rows++
		rows++
		if !valid && !utf8.Valid(ln) {
			col := 1
			for i := 0; i < len(ln); {
				r, size := utf8.DecodeRune(ln[i:])
				if r == utf8.RuneError && size <= 1 {
					col = i + 1
					break
				}
				i += size
			}
			w.bad(&w.dropped.Malformed.UTF8, n, col, "invalid UTF-8 (byte 0x%02x); event files are UTF-8", ln[col-1])
			n++
			continue
		}
		w.row(w, ln, n, final)
		n++
	}
	w.lines = append(w.lines, chunkLines{c.seq, n})
	w.l.rowsDone.Add(rows)
}

// stateISO is the ISO alpha-3 id of a state index, through the worker's cache.
func (w *worker) stateISO(i int32) string {
	if int(i) < len(w.iso) && w.iso[i] != "" {
		return w.iso[i]
	}
	for int(i) >= len(w.iso) {
		w.iso = append(w.iso, "")
	}
	w.iso[i] = w.l.states.iso(i)
	return w.iso[i]
}

// keep records a kept row: its date span and counters; subj and obj are
// state indices, date a packed day.
func (w *worker) keep(rel uint8, subj, obj int32, date int32) {
	if rel == genericRel {
		w.generic++
	} else {
		w.mapped++
	}
	w.byType[rel]++
	for _, s := range [2]int32{subj, obj} {
		for int(s) >= len(w.span) {
			w.span = append(w.span, dateSpan{})
		}
		sp := &w.span[s]
		if sp.min == 0 || date < sp.min {
			sp.min = date
		}
		if date > sp.max {
			sp.max = date
		}
	}
}

// aggregate adds a kept row to the worker's aggregate map.
func (w *worker) aggregate(rel uint8, clen uint8, code uint16, subj, obj, date int32, goldstein float64, count int64, n int64, ref func() string) {
	if rel != genericRel {
		clen, code = 0, 0
	}
	if w.l.period == 2 {
		date = date / 100 * 100
	}
	k := aggKey{src: w.src, rel: rel, clen: clen, code: code, subj: subj, obj: obj, period: date}
	v := w.agg[k]
	if v == nil {
		v = &aggVal{pos: rowPos{w.fileIdx, w.seq, n}, ref: ref()}
		w.agg[k] = v
	}
	v.n++
	v.count += count
	v.wsum += int64(math.Round(goldstein*1e6)) * count
}

// chunkSource cuts a stream into chunks of whole lines.
type chunkSource interface {
	// next returns the next chunk, nil at the end. err is a read error that
	// ended the stream: the whole lines before it have been returned.
	next() (c *chunk, err error)
	// release gives back a chunk a worker is done with.
	release(c *chunk)
}

// readStream reads one dataset stream whose format is known, from the
// first line number first (after any header).
func (l *datasetLoad) readStream(src chunkSource, first int64, sum *DatasetSummary, cols int, rawRead func() int64) {
	fileIdx := l.files
	l.files++
	kind, urlCol := uint8(0), -1
	rowFn := gdeltRow
	switch {
	case sum.Format == FormatICEWS:
		kind, rowFn = 1, icewsRow
	case cols == 58 || cols == 61:
		urlCol = cols - 1
	}
	for _, w := range l.workers {
		w.reset()
		w.file, w.fileIdx, w.src, w.cols, w.urlCol, w.row = sum.File, fileIdx, kind, cols, urlCol, rowFn
	}

	work := make(chan *chunk, len(l.workers))
	var wg sync.WaitGroup
	var faultMu sync.Mutex
	var fault error
	for _, w := range l.workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// A mapped file cut short by another program under us faults:
			// report it, do not crash.
			debug.SetPanicOnFault(true)
			for c := range work {
				func() {
					defer func() {
						if r := recover(); r != nil {
							faultMu.Lock()
							if fault == nil {
								fault = panicError(r, src)
							}
							faultMu.Unlock()
						}
					}()
					w.chunk(c)
				}()
				src.release(c)
			}
		}()
	}
	var readErr error
	func() {
		defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
		defer func() {
			if r := recover(); r != nil {
				faultMu.Lock()
				if fault == nil {
					fault = panicError(r, src)
				}
				faultMu.Unlock()
			}
		}()
		for {
			c, err := src.next()
			if c == nil {
				readErr = err
				break
			}
			work <- c
			l.bytesDone = rawRead()
			l.progress()
		}
	}()
	close(work)
	wg.Wait()
	l.bytesDone = rawRead()
	l.progress()

	// line numbers: the first line of each chunk
	var counts []chunkLines
	for _, w := range l.workers {
		counts = append(counts, w.lines...)
	}
	nchunks := 0
	for _, c := range counts {
		nchunks = max(nchunks, int(c.seq)+1)
	}
	base := make([]int64, nchunks+1) // a chunk a fault cut short counts no line
	for _, c := range counts {
		base[c.seq+1] = c.lines
	}
	for i := range nchunks {
		base[i+1] += base[i]
	}

	// merge the workers' counters
	sum.ByType = map[string]int64{}
	var errs graph.ErrorList
	for _, w := range l.workers {
		sum.Rows += w.rows
		sum.Blank += w.blank
		sum.Mapped += w.mapped
		sum.Generic += w.generic
		sum.Dropped.add(w.dropped)
		for i, c := range w.byType {
			if c > 0 {
				sum.ByType[relTypes[i]] += c
			}
		}
		for i, e := range w.errs {
			e.Pos.Line = int(first + base[w.errSeq[i]] + int64(e.Pos.Line))
			errs = append(errs, e)
		}
	}
	end := int(first + base[nchunks]) // the line after the last one read
	if readErr != nil {
		sum.FileErrors++
		errs = append(errs, graph.Errorf(graph.EINVALID, graph.Pos{File: sum.File, Line: end}, "the file is cut short or corrupt here: %v", readErr))
	}
	if fault != nil {
		sum.FileErrors++
		errs = append(errs, graph.Errorf(graph.EINVALID, graph.Pos{File: sum.File}, "%v", fault))
	}
	sortErrors(errs)
	if len(errs) > l.opt.MaxErrors {
		errs = errs[:l.opt.MaxErrors]
	}
	sum.Errors = append(sum.Errors, errs...)
}

// panicError turns what a worker panicked with into the problem to report:
// a memory fault inside a mapped file means another program cut the file
// short while it was read; anything else is a bug of the reader.
func panicError(r any, src chunkSource) error {
	if e, ok := r.(interface{ Addr() uintptr }); ok {
		if m, ok := src.(interface{ holds(uintptr) bool }); ok && m.holds(e.Addr()) {
			return fmt.Errorf("the file changed while it was read (%v); read it again", r)
		}
	}
	return fmt.Errorf("internal error of the event reader (please report it): %v", r)
}

// streamChunks cuts a reader into chunks, through a pool of buffers.
type streamChunks struct {
	r        io.Reader
	sum      *DatasetSummary // counts the bytes read
	free     chan []byte
	buf      []byte
	carry    int // bytes of a partial line at the start of buf
	seq      int32
	skipping bool // inside a line longer than maxLine
	made     int  // buffers made
	done     bool
	err      error
}

func newStreamChunks(r io.Reader, sum *DatasetSummary, workers int) *streamChunks {
	return &streamChunks{r: r, sum: sum, free: make(chan []byte, 2*workers+2)}
}

// buffer takes a free buffer, making one while fewer than the pool holds
// exist: a small file needs only one.
func (s *streamChunks) buffer() []byte {
	select {
	case b := <-s.free:
		return b
	default:
	}
	if s.made < cap(s.free) {
		s.made++
		return make([]byte, chunkSize)
	}
	return <-s.free
}

func (s *streamChunks) release(c *chunk) {
	if c.buf != nil {
		s.free <- c.buf[:chunkSize]
	}
}

func (s *streamChunks) emit(c *chunk) *chunk {
	c.seq = s.seq
	s.seq++
	return c
}

func (s *streamChunks) next() (*chunk, error) {
	for {
		if s.done {
			return nil, s.err
		}
		if s.buf == nil {
			s.buf = s.buffer()
		}
		n, err := fill(s.r, s.buf[s.carry:])
		s.sum.Bytes += int64(n)
		if err != nil {
			s.done = true
			if err != io.EOF {
				s.err = err
			}
		}
		data := s.buf[:s.carry+n]
		if s.skipping {
			i := bytes.IndexByte(data, '\n')
			if i < 0 {
				s.carry = 0
				continue
			}
			s.skipping = false
			s.carry = copy(s.buf, data[i+1:])
			if !s.done {
				continue
			}
			data = s.buf[:s.carry]
		}
		if s.done {
			final := true
			if s.err != nil {
				// the partial line where a corrupt stream broke is not read
				data, final = data[:bytes.LastIndexByte(data, '\n')+1], false
			}
			if len(data) == 0 {
				s.free <- s.buf
				s.buf = nil
				return nil, s.err
			}
			c := s.emit(&chunk{buf: data, final: final})
			s.buf = nil
			return c, nil
		}
		k := bytes.LastIndexByte(data, '\n')
		if k < 0 { // one line fills the buffer (maxLine == chunkSize)
			s.skipping, s.carry = true, 0
			return s.emit(&chunk{long: true}), nil
		}
		next := s.buffer()
		s.carry = copy(next, data[k+1:])
		c := s.emit(&chunk{buf: data[:k+1]})
		s.buf = next
		return c, nil
	}
}

// build adds the states and events read to g: each state through the
// gazetteer (with its ruling parties over the span of its events), then the
// events, or the aggregates. It returns the number of events added and of
// rows whose event was already there.
func (l *datasetLoad) build(g *graph.Graph) (added, dupes int64, err error) {
	l.states.mu.Lock()
	ids := append([]string(nil), l.states.ids...)
	l.states.mu.Unlock()
	spans := make([]dateSpan, len(ids))
	for _, w := range l.workers {
		for i, s := range w.span {
			if s.min == 0 {
				continue
			}
			t := &spans[i]
			if t.min == 0 || s.min < t.min {
				t.min = s.min
			}
			if s.max > t.max {
				t.max = s.max
			}
		}
	}
	for i, s := range spans {
		if s.min == 0 {
			continue
		}
		if err := l.states.res.Expand(g, ids[i], unpackDate(s.min), unpackDate(s.max)); err != nil {
			return 0, 0, fmt.Errorf("gazetteer: state %s: %w", ids[i], err)
		}
	}
	if l.period == 0 {
		for _, w := range l.workers {
			for _, e := range w.events {
				_, ok, err := g.AddEvent(e)
				if err != nil {
					return added, dupes, err
				}
				if ok {
					added++
				} else {
					dupes++
				}
			}
			w.events = nil
		}
		return added, dupes, nil
	}
	all := map[aggKey]*aggVal{}
	for _, w := range l.workers {
		for k, v := range w.agg {
			a := all[k]
			if a == nil {
				all[k] = v
				continue
			}
			a.n += v.n
			a.count += v.count
			a.wsum += v.wsum
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
	sort.Slice(keys, func(i, j int) bool { return aggLess(keys[i], keys[j]) })
	per := AggregateDay
	if l.period == 2 {
		per = AggregateMonth
	}
	for _, k := range keys {
		v := all[k]
		source := "gdelt"
		if k.src == 1 {
			source = "icews"
		}
		typ := relTypes[k.rel]
		code := relCAMEO[k.rel]
		ident := source + ":aggregate:" + per
		if k.rel == genericRel {
			code = codeString(k.clen, k.code)
			ident += ":" + code
		}
		date := unpackDate(k.period)
		subj, obj := ids[k.subj], ids[k.obj]
		count := v.count
		if count < 1 {
			count = 1
		}
		e := &graph.Event{
			ID:   graph.EventID(ident, subj, typ, obj, date, 0),
			Type: typ, Subject: subj, Object: obj, Date: date,
			CAMEO: code, Goldstein: float64(v.wsum) / 1e6 / float64(count), Count: int(count), Confidence: 1,
			Source: source, SourceRef: aggRef(v.n, per, v.ref),
		}
		if _, ok, err := g.AddEvent(e); err != nil {
			return added, dupes, err
		} else if ok {
			added++
		} else {
			dupes++
		}
	}
	return added, dupes, nil
}

func aggLess(a, b aggKey) bool {
	switch {
	case a.period != b.period:
		return a.period < b.period
	case a.src != b.src:
		return a.src < b.src
	case a.subj != b.subj:
		return a.subj < b.subj
	case a.obj != b.obj:
		return a.obj < b.obj
	case a.rel != b.rel:
		return a.rel < b.rel
	case a.clen != b.clen:
		return a.clen < b.clen
	}
	return a.code < b.code
}

// aggRef is the SourceRef of an aggregate: how many rows it folds and the
// first row's reference.
func aggRef(n int64, per, first string) string {
	s := fmt.Sprintf("aggregate of %d events by %s", n, per)
	if first != "" {
		s += "; first: " + first
	}
	return s
}

// peekReader is the buffered reader a stream is sniffed and read through.
func peekReader(r io.Reader) *bufio.Reader { return bufio.NewReaderSize(r, 64<<10) }
