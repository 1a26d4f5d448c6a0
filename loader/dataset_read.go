package loader

import (
	"fmt"
	"runtime/debug"
	"sync"

	"github.com/blocgraph/blocgraph/graph"
)

// readStream reads one dataset stream whose format is known, from the
// first line number first (after any header): the calling goroutine cuts
// it into chunks, the workers read them, and the workers' counters and
// problems are merged into sum.
func (l *datasetLoad) readStream(src chunkSource, first int64, sum *DatasetSummary, sn sniffed, rawRead func() int64) {
	fileIdx := l.files
	l.files++
	f := formatOf(sum.Format, sn)
	for _, w := range l.workers {
		w.reset(sum.File, fileIdx, f)
	}

	l.turns = newClaimTurn()
	fault := &faults{src: src}
	work := make(chan *chunk, len(l.workers))
	var wg sync.WaitGroup
	for _, w := range l.workers {
		wg.Go(func() {
			// A mapped file cut short by another program under us faults:
			// report it, do not crash.
			debug.SetPanicOnFault(true)
			for c := range work {
				fault.run(func() { w.chunk(c) })
				src.release(c)
			}
		})
	}
	var readErr error
	fault.run(func() {
		defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
		for {
			c, err := src.next()
			if c == nil {
				readErr = err
				return
			}
			work <- c
			l.bytesDone = rawRead()
			l.progress()
		}
	})
	close(work)
	wg.Wait()
	l.bytesDone = rawRead()
	l.progress()

	base := l.chunkBases()
	errs := l.mergeCounters(sum, first, base)
	end := int(first + base[len(base)-1]) // the line after the last one read
	if readErr != nil {
		sum.FileErrors++
		errs = append(errs, graph.Errorf(graph.EINVALID, graph.Pos{File: sum.File, Line: end}, "the file is cut short or corrupt here: %v", readErr))
	}
	if fault.err != nil {
		sum.FileErrors++
		errs = append(errs, graph.Errorf(graph.EINVALID, graph.Pos{File: sum.File}, "%v", fault.err))
	}
	sortErrors(errs)
	if len(errs) > l.opt.MaxErrors {
		errs = errs[:l.opt.MaxErrors]
	}
	sum.Errors = append(sum.Errors, errs...)
}

// formatOf is the rowFormat of a stream sniffed (or forced) as format, with
// cols columns a row (named: the columns a header row names).
func formatOf(format Format, sn sniffed) rowFormat {
	if format == FormatICEWS {
		return icewsFormat{lay: sn.icews}
	}
	if sn.named != nil {
		return gdeltNamedFormat{g: sn.named}
	}
	return newGDELTFormat(sn.cols)
}

// chunkBases numbers the lines of the stream just read: base[s] is the
// number of lines before chunk s, and the last entry the stream's total. A
// chunk a fault cut short counts no line.
func (l *datasetLoad) chunkBases() []int64 {
	var counts []chunkLines
	for _, w := range l.workers {
		counts = append(counts, w.lines...)
	}
	nchunks := 0
	for _, c := range counts {
		nchunks = max(nchunks, int(c.seq)+1)
	}
	base := make([]int64, nchunks+1)
	for _, c := range counts {
		base[c.seq+1] = c.lines
	}
	for i := range nchunks {
		base[i+1] += base[i]
	}
	return base
}

// mergeCounters adds the workers' counters of the stream to sum and returns
// their problems, placed at their lines in the file.
func (l *datasetLoad) mergeCounters(sum *DatasetSummary, first int64, base []int64) graph.ErrorList {
	sum.ByType = map[string]int64{}
	var errs graph.ErrorList
	for _, w := range l.workers {
		sum.Rows += w.rows
		sum.Blank += w.blank
		sum.Mapped += w.mapped
		sum.Generic += w.generic
		sum.Dropped.add(w.dropped)
		sum.Redated.Rows += w.redated
		sum.Redated.SameState += w.redatedSame
		for k, n := range w.redatedBy {
			sum.Redated.add(l.states.iso(k[0]), l.states.iso(k[1]), n)
		}
		for k, n := range w.notYetBy {
			if sum.NotYetBy == nil {
				sum.NotYetBy = map[string]int64{}
			}
			sum.NotYetBy[l.states.notYetWords(k)] += n
		}
		for k, p := range w.unmappedBy {
			if sum.Unmapped == nil {
				sum.Unmapped = map[string]int64{}
			}
			sum.Unmapped[k] += *p
		}
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
	return errs
}

// faults keeps the first panic of the goroutines reading one stream.
type faults struct {
	src chunkSource
	mu  sync.Mutex
	err error
}

// run calls fn, turning a panic into the stream's fault.
func (f *faults) run(fn func()) {
	defer func() {
		if r := recover(); r != nil {
			f.mu.Lock()
			if f.err == nil {
				f.err = panicError(r, f.src)
			}
			f.mu.Unlock()
		}
	}()
	fn()
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
