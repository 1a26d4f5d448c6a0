package loader

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/blocgraph/blocgraph/graph"
)

// Summary says what a Load read and what became of it.
type Summary struct {
	Inputs    []string          // every file read (a .zip once), as named or found; "-" for standard input
	Facts     []string          // facts files read
	Datasets  []*DatasetSummary // event dataset files read: one per stream (a .zip gives one per entry)
	Skipped   []Skipped         // files a folder walk looked into and passed over
	Aggregate string            // none, day or month
	// Events is the number of events the datasets added to the graph (after
	// aggregation); Duplicates the number already there (the same event id:
	// the same row read twice, or a facts event).
	Events, Duplicates int64
	// Warnings are facts that loaded but deserve a look, with file:line.
	Warnings graph.ErrorList
}

// Skipped is a file a folder walk passed over, and why.
type Skipped struct {
	File, Why string
}

// Rows is the number of dataset rows read.
func (s *Summary) Rows() int64 {
	var n int64
	for _, d := range s.Datasets {
		n += d.Rows
	}
	return n
}

// Problems lists the malformed rows and dataset file problems found (up to
// MaxErrors of each file), in file and line order.
func (s *Summary) Problems() graph.ErrorList {
	var out graph.ErrorList
	for _, d := range s.Datasets {
		out = append(out, d.Errors...)
	}
	return out
}

// problemCount is the number of malformed rows and file problems, listed or not.
func (s *Summary) problemCount() int64 {
	var n int64
	for _, d := range s.Datasets {
		n += d.Problems()
	}
	return n
}

// WriteTo writes the summary for the analyst.
func (s *Summary) WriteTo(w io.Writer) (int64, error) {
	var total int64
	write := func(format string, args ...any) {
		n, _ := fmt.Fprintf(w, format, args...)
		total += int64(n)
	}
	if len(s.Facts) > 0 {
		write("%s\n", plural(int64(len(s.Facts)), "facts file"))
	}
	for _, d := range s.Datasets {
		n, _ := d.WriteTo(w)
		total += n
	}
	n, _ := s.WriteSkipped(w)
	total += n
	if len(s.Datasets) > 0 {
		write("datasets: %s read, %s added", plural(s.Rows(), "row"), plural(int64(s.Events), "event"))
		if s.Aggregate != "" && s.Aggregate != AggregateNone {
			write(" (aggregated by %s)", s.Aggregate)
		}
		if s.Duplicates > 0 {
			write(", %d already in the graph", s.Duplicates)
		}
		if p := s.problemCount(); p > 0 {
			write(", %s", plural(p, "problem"))
		}
		write("\n")
	}
	return total, nil
}

// mmapMin is the size from which a plain file is memory-mapped rather than
// read through a buffer.
const mmapMin = 4 * chunkSize

// loadItem is one file to read.
type loadItem struct {
	path  string
	facts bool
	sniff sniffed
	stdin *bufio.Reader // the path "-"
	size  int64
}

// Load reads facts files, GDELT and ICEWS event files, and folders of them,
// into one graph. Each file's format is told by its content (facts files by
// their .yaml or .yml ending) unless opt.Dataset.Format forces one. Dataset
// files may be plain, .gz or .zip (every entry is read) and are streamed, so
// their size does not matter; a folder walk looks into *.yaml, *.yml, *.csv,
// *.tsv, *.tab, *.txt, *.gz and *.zip files and passes over those whose
// content is neither (a README.txt), listing them in the Summary.
//
// Problems with facts files are fatal, as in LoadFacts. Malformed dataset
// rows are counted and listed in the Summary; with opt.Dataset.Strict they
// are fatal. A fatal load returns the problems (a graph.ErrorList), the
// Summary so far, and no graph.
func Load(paths []string, opt Options) (*graph.Graph, *Summary, error) {
	dopt, err := opt.Dataset.check()
	if err != nil {
		return nil, nil, err
	}
	sum := &Summary{Aggregate: dopt.Aggregate}
	items, skipped, err := expandPaths(paths, dopt.Format, opt.Stdin)
	sum.Skipped = skipped
	if err != nil {
		return nil, sum, err
	}
	var missing graph.ErrorList
	for _, it := range items {
		if it.stdin != nil {
			sum.Inputs = append(sum.Inputs, "-")
		} else {
			sum.Inputs = append(sum.Inputs, it.path)
		}
		if e := it.sniff.missingColumns(it.path, dopt); e != nil {
			missing = append(missing, e)
		}
	}
	if len(missing) > 0 { // nothing can be read from such a file: say so before reading any
		return nil, sum, missing
	}

	g := graph.New()
	var factsPaths []string
	var stdinFacts []byte
	stdinIsFacts := false
	for _, it := range items {
		if !it.facts {
			continue
		}
		if it.stdin != nil {
			b, err := io.ReadAll(it.stdin)
			if err != nil {
				return nil, sum, graph.Errorf(graph.EINVALID, graph.Pos{File: "<stdin>"}, "cannot read standard input: %v", err)
			}
			stdinFacts, stdinIsFacts = b, true
			sum.Facts = append(sum.Facts, "<stdin>")
			continue
		}
		factsPaths = append(factsPaths, it.path)
		sum.Facts = append(sum.Facts, it.path)
	}
	if len(factsPaths) > 0 || stdinIsFacts {
		var inputs []Input
		if len(factsPaths) > 0 {
			if inputs, err = readFiles(factsPaths); err != nil {
				return nil, sum, err
			}
		}
		if stdinIsFacts {
			inputs = append(inputs, Input{Name: "<stdin>", Data: stdinFacts})
		}
		if g, sum.Warnings, err = readFacts(inputs, opt); err != nil {
			return nil, sum, err
		}
	}

	l := (*datasetLoad)(nil)
	for _, it := range items {
		if it.facts {
			continue
		}
		if l == nil {
			l = newDatasetLoad(dopt, opt.gazetteer())
			for _, it := range items {
				if !it.facts {
					l.bytesTotal += it.size
				}
			}
		}
		l.readItem(it, sum)
	}
	if l == nil {
		return g, sum, nil
	}
	if len(l.dyadicErr) > 0 {
		// A dyadic file is curated data: any problem stops the load.
		return nil, sum, l.dyadicErr
	}
	if dopt.Strict && sum.problemCount() > 0 {
		errs := sum.Problems()
		if n := sum.problemCount() - int64(len(errs)); n > 0 {
			errs = append(errs, &graph.Error{Code: graph.EINVALID, Msg: fmt.Sprintf("… and %d more problems in the event files", n)})
		}
		return nil, sum, errs
	}
	added, dupes, err := l.build(g)
	if err != nil {
		return nil, sum, err
	}
	dy, err := l.buildDyadic(g, opt.gazetteer())
	if err != nil {
		return nil, sum, err
	}
	sum.Events, sum.Duplicates = added+dy, dupes
	return g, sum, nil
}

// readItem reads one dataset file (or stdin) into l, adding a
// DatasetSummary per stream to sum.
func (l *datasetLoad) readItem(it loadItem, sum *Summary) {
	base := l.bytesDone
	var read int64
	rawRead := func() int64 {
		if it.size > 0 && read > it.size {
			return base + it.size // a zip archive's directory is read more than once
		}
		return base + read
	}
	one := func(st stream, sn sniffed, fileErr *graph.Error) {
		ds := &DatasetSummary{File: st.name, Format: sn.format, Header: sn.header}
		sum.Datasets = append(sum.Datasets, ds)
		if fileErr != nil {
			ds.FileErrors++
			ds.Errors = append(ds.Errors, fileErr)
			return
		}
		if sn.format == FormatDyadic {
			if err := l.readDyadic(st, ds); err != nil {
				ds.FileErrors++
				ds.Errors = append(ds.Errors, err)
				l.dyadicErr = append(l.dyadicErr, err)
			}
			return
		}
		first := int64(1)
		if sn.header {
			first = 2
		}
		if st.f != nil && st.size >= mmapMin {
			if m, unmap, err := mapFile(st.f, st.size); err == nil {
				defer unmap()
				m.read, m.sum = &read, ds
				if sn.header {
					m.skipLine()
				}
				l.readStream(m, first, ds, sn, rawRead)
				return
			}
		}
		if sn.header {
			if _, err := st.r.ReadSlice('\n'); err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
				ds.FileErrors++
				ds.Errors = append(ds.Errors, graph.Errorf(graph.EINVALID, graph.Pos{File: st.name, Line: 1}, "cannot read: %v", err))
				return
			}
		}
		l.readStream(newStreamChunks(st.r, ds, len(l.workers)), first, ds, sn, rawRead)
	}
	// check looks at a stream and says what to read it as, or why not.
	check := func(st stream) (sniffed, *graph.Error) {
		sn, b, err := peekSniff(st.r)
		if err != nil && len(b) == 0 {
			return sniffed{}, graph.Errorf(graph.EINVALID, graph.Pos{File: st.name, Line: 1}, "the file is cut short or corrupt: %v", err)
		}
		sn = sn.force(l.opt.Format, b)
		if sn.format == "" && len(l.opt.Columns) > 0 {
			ln, _, _ := bytes.Cut(b, []byte{'\n'})
			if _, _, ok := dyadicHeader(ln, l.opt.Columns); ok {
				sn = sniffed{format: FormatDyadic, header: true}
			}
		}
		if e := sn.missingColumns(st.name, l.opt); e != nil {
			return sniffed{}, e
		}
		switch {
		case sn.empty:
			return sn, graph.Errorf(graph.EINVALID, graph.Pos{File: st.name, Line: 1}, "%s; an event file has one row a line", sn.why)
		case sn.format == "":
			return sn, graph.Errorf(graph.EINVALID, graph.Pos{File: st.name, Line: 1}, "%s", sn.why)
		}
		return sn, nil
	}
	if it.stdin != nil {
		st := stream{name: "<stdin>", r: it.stdin}
		sn, ferr := check(st)
		one(st, sn, ferr)
		return
	}
	ferr := eachStream(it.path, &read, func(st stream) bool {
		sn, e := check(st)
		one(st, sn, e)
		return true
	})
	if ferr != nil {
		ds := &DatasetSummary{File: it.path, Format: it.sniff.format, FileErrors: 1, Errors: graph.ErrorList{ferr}}
		sum.Datasets = append(sum.Datasets, ds)
	}
	l.bytesDone = base + max(read, it.size)
	if it.size > 0 {
		l.bytesDone = base + it.size
	}
	l.progress()
}

// expandPaths turns the paths of a Load into the files to read. A folder is
// walked (hidden files and folders skipped) for facts files and dataset
// files; candidates whose content is not a dataset are skipped and listed.
// A path that does not exist, a folder with nothing to read, and a file
// named outright that is neither a facts file nor an event dataset are
// errors.
func expandPaths(paths []string, format Format, stdin io.Reader) ([]loadItem, []Skipped, error) {
	if len(paths) == 0 {
		return nil, nil, &graph.Error{Code: graph.EINVALID, Msg: "no input: name one or more facts files, event files or folders (or - for standard input)"}
	}
	var items []loadItem
	var skipped []Skipped
	var errs graph.ErrorList
	seen := map[string]bool{}
	usedStdin := false
	for _, p := range paths {
		if p == "-" {
			if usedStdin {
				continue
			}
			usedStdin = true
			if stdin == nil {
				stdin = os.Stdin
			}
			r := peekReader(stdin)
			it := loadItem{path: "<stdin>", stdin: r}
			switch format {
			case FormatFacts:
				it.facts = true
			case FormatGDELT, FormatICEWS:
			default:
				sn, _, _ := peekSniff(r)
				it.facts = sn.format == "" && !sn.empty
			}
			items = append(items, it)
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			errs = append(errs, graph.Errorf(graph.ENOTFOUND, graph.Pos{File: p}, "no such file or folder"))
			continue
		}
		if what := notRegular(st.Mode()); what != "" {
			errs = append(errs, graph.Errorf(graph.EINVALID, graph.Pos{File: p}, "%s, not a file: name files or folders, or pipe a stream to standard input (… | blocgraph COMMAND -)", what))
			continue
		}
		if !st.IsDir() {
			if seen[p] {
				continue
			}
			seen[p] = true
			it, err := classify(p, st.Size(), format)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			items = append(items, it)
			continue
		}
		found, err := walkFiles(p, func(name string) bool {
			return factsExt[strings.ToLower(filepath.Ext(name))] || IsDatasetName(name)
		})
		if err != nil {
			errs = append(errs, graph.Errorf(graph.EINVALID, graph.Pos{File: p}, "cannot read folder: %v", err))
			continue
		}
		n := 0
		for _, f := range found {
			if seen[f] {
				n++
				continue
			}
			var size int64
			if st, err := os.Stat(f); err == nil {
				if what := notRegular(st.Mode()); what != "" {
					skipped = append(skipped, Skipped{File: f, Why: what + ", not a file"})
					continue
				}
				size = st.Size()
			}
			it, why := classifyInWalk(f, size, format)
			if why != "" {
				skipped = append(skipped, Skipped{File: f, Why: why})
				continue
			}
			seen[f] = true
			items = append(items, it)
			n++
		}
		if n == 0 {
			errs = append(errs, graph.Errorf(graph.ENOTFOUND, graph.Pos{File: p}, "folder holds no facts files (*.yaml, *.yml) or event files (GDELT, ICEWS: *.csv, *.tsv, *.tab, *.txt, *.gz, *.zip)"))
		}
	}
	if err := errs.Err(); err != nil {
		return nil, skipped, err
	}
	return items, skipped, nil
}

// classify decides how to read a file named outright.
func classify(p string, size int64, format Format) (loadItem, *graph.Error) {
	it := loadItem{path: p, size: size}
	isFactsName := factsExt[strings.ToLower(filepath.Ext(p))]
	switch {
	case format == FormatFacts, format == FormatAuto && isFactsName:
		it.facts = true
		return it, nil
	}
	sn, head, ferr := sniffPath(p)
	it.sniff = sn.force(format, head)
	switch {
	case format != FormatAuto:
		return it, nil // a forced dataset format; container problems are reported when read
	case ferr != nil:
		return it, nil // a broken .gz or .zip: reported when read, and counted
	case sn.format != "", sn.empty:
		return it, nil
	case looksLikeFacts(head):
		it.facts = true
		return it, nil
	}
	return it, graph.Errorf(graph.EINVALID, graph.Pos{File: p}, "neither a facts file (*.yaml, *.yml) nor an event file: %s", sn.why)
}

// classifyInWalk decides how to read a file a folder walk found, or why to
// pass it over.
func classifyInWalk(p string, size int64, format Format) (loadItem, string) {
	isFactsName := factsExt[strings.ToLower(filepath.Ext(p))]
	switch {
	case isFactsName && (format == FormatAuto || format == FormatFacts):
		return loadItem{path: p, size: size, facts: true}, ""
	case isFactsName:
		return loadItem{}, fmt.Sprintf("a facts file; --input-format %s reads event files only", format)
	case format == FormatFacts:
		return loadItem{}, "not a facts file (*.yaml, *.yml); --input-format facts reads facts files only"
	}
	sn, _, ferr := sniffPath(p)
	it := loadItem{path: p, size: size, sniff: sn}
	ext := strings.ToLower(filepath.Ext(p))
	switch {
	case ferr != nil:
		return it, "" // a broken .gz or .zip: reported when read, and counted
	case sn.format != "":
		return it, ""
	case sn.empty && ext != ".txt":
		return it, "" // an empty .csv is a broken download: reported when read
	case sn.empty:
		return loadItem{}, "an empty text file"
	}
	return loadItem{}, sn.why
}
