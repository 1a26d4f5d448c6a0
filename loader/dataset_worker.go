package loader

import (
	"bytes"
	"runtime"
	"slices"
	"sync/atomic"
	"unicode/utf8"

	"github.com/blocgraph/blocgraph/graph"
)

// The dataset engine streams rows: the calling goroutine reads the file in
// chunks of whole lines (dataset_chunks.go) and hands them to worker
// goroutines (dataset_read.go), which parse each row with its format, then
// filter, map and count it and emit its event, or fold it into an
// aggregate (dataset_row.go). Workers keep only counters, the first
// problems, and what their sinks keep. Memory stays flat in the size of the
// file.

// aggPeriod is the period DatasetOptions.Aggregate folds events by.
type aggPeriod uint8

const (
	periodNone aggPeriod = iota
	periodDay
	periodMonth
)

// datasetLoad is the state of one Load's dataset reading.
type datasetLoad struct {
	opt     DatasetOptions
	states  *stateTable
	workers []*worker
	period  aggPeriod
	// graph is true when the events go into the graph Load returns (no
	// DatasetOptions.Sink): the workers' sinks are *graphSink.
	graph bool

	gdeltTypes []bool   // ActorTypes, by graph.Code3
	icewsTypes [][]byte // ActorTypes as ICEWS sector words

	seen  [2]idSet   // the event ids read, by dataset (datasetSource)
	turns *claimTurn // the stream's chunks claiming their ids in turn

	rowsDone   atomic.Int64
	bytesDone  int64 // raw bytes of dataset files read so far
	bytesTotal int64
	files      int32

	dyadic     []dyadicRow    // rows of dyadic files (dyadic.go), resolved at build
	dyadicFile []dyadicSource // the file of each
	dyadicErr  graph.ErrorList
	dyadicSums []*DatasetSummary
}

func newDatasetLoad(opt DatasetOptions, res stateResolver) *datasetLoad {
	initRelations()
	l := &datasetLoad{opt: opt, states: newStateTable(res), graph: opt.Sink == nil}
	switch opt.Aggregate {
	case AggregateDay:
		l.period = periodDay
	case AggregateMonth:
		l.period = periodMonth
	}
	if len(opt.ActorTypes) > 0 {
		l.gdeltTypes = make([]bool, graph.NumCode3)
		for _, t := range opt.ActorTypes {
			if i := graph.Code3(t); i >= 0 {
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
		if l.graph {
			w.sink = &graphSink{}
		} else {
			w.sink = opt.Sink()
		}
		if l.period != periodNone {
			w.agg = newAggregates()
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
	format  rowFormat
	src     datasetSource // format.source()
	iso     []string      // state index → ISO alpha-3, as far as this worker has needed it
	parsed  []parsedRow   // the rows of the chunk that parsed
	ev      DatasetEvent

	// per file
	rows, blank, mapped, generic int64
	byType                       []int64
	dropped                      Dropped
	redated                      int64               // rows with a code mapped by date (stateOn)
	redatedSame                  int64               // of them, dropped as one state at both ends
	redatedBy                    map[[2]int32]int64  // (code's state, state of the date) → rows
	notYetBy                     map[notYetKey]int64 // the field and its state, no state yet on the date → rows
	unmappedBy                   map[string]*int64   // country field of no state → rows
	errs                         graph.ErrorList     // Line: in the chunk errSeq, from 0
	errSeq                       []int32
	lines                        []chunkLines
	seq                          int32 // the chunk being read

	// per load
	sink    EventSink
	sinkErr error // the sink's first error
	emitted int64
	agg     *aggregates // dataset_aggregate.go
	span    []dateSpan
	names   map[string]stateRef // ICEWS country names already resolved
	eras    [][]era             // the states' eras (stateTable.eras), copied as met
	idBuf   []byte              // scratch for claimIDs
}

// parsedRow is a row of the chunk being read that parsed: line n of the
// chunk, and whether its id was read before (dataset_dedupe.go).
type parsedRow struct {
	r   row
	n   int64
	dup bool
}

// dateSpan is the first and last date (packed days) of the events of one
// state.
type dateSpan struct{ min, max int32 }

// reset starts a file read as f.
func (w *worker) reset(file string, fileIdx int32, f rowFormat) {
	w.file, w.fileIdx, w.format, w.src = file, fileIdx, f, f.source()
	w.rows, w.blank, w.mapped, w.generic = 0, 0, 0, 0
	w.byType = make([]int64, len(relTypes))
	w.dropped = Dropped{}
	w.redated, w.redatedSame, w.redatedBy = 0, 0, nil
	w.notYetBy, w.unmappedBy = nil, nil
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

// chunk runs the rows of c: parses them, claims their ids in the stream's
// turn, and takes the rows that are not duplicates.
func (w *worker) chunk(c *chunk) {
	w.seq = c.seq
	defer w.l.turns.claim(c.seq, nil) // a fault must not hold up the chunks after this one
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
	w.parsed = w.parsed[:0]
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
			w.badUTF8(ln, n)
		} else if p := w.nextParsed(); w.format.parse(w, ln, n, final, &p.r) {
			p.n = n
			w.parsed = w.parsed[:len(w.parsed)+1]
		}
		n++
	}
	w.l.turns.claim(c.seq, w.claimIDs)
	for i := range w.parsed {
		p := &w.parsed[i]
		if p.dup {
			w.dropped.Duplicate++
			continue
		}
		w.take(&p.r, p.n)
	}
	if w.agg != nil {
		w.foldQueued()
	}
	w.lines = append(w.lines, chunkLines{c.seq, n})
	w.l.rowsDone.Add(rows)
}

// nextParsed is the slot the next row of the chunk is parsed into, past
// the end of w.parsed: a row that parses is kept by extending w.parsed.
func (w *worker) nextParsed() *parsedRow {
	if len(w.parsed) == cap(w.parsed) {
		w.parsed = slices.Grow(w.parsed, 1)
	}
	return &w.parsed[:len(w.parsed)+1][len(w.parsed)]
}

// badUTF8 reports line n, which is not valid UTF-8, at its first bad byte.
func (w *worker) badUTF8(ln []byte, n int64) {
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
func (w *worker) keep(rel relIndex, subj, obj int32, date int32) {
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
