package loader

import (
	"archive/zip"
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/blocgraph/blocgraph/graph"
)

// datasetExt are the file endings a folder walk looks into for event
// datasets; whether a file is one is then decided by its content, so that a
// README.txt beside the data is passed over.
var datasetExt = map[string]bool{".csv": true, ".tsv": true, ".tab": true, ".txt": true, ".zip": true, ".gz": true}

// IsDatasetName reports whether a folder walk looks into a file of this name
// for an event dataset.
func IsDatasetName(name string) bool { return datasetExt[strings.ToLower(filepath.Ext(name))] }

// sniffed is what the first lines of a stream say it is.
type sniffed struct {
	format Format       // FormatGDELT1, FormatGDELT2, FormatICEWS, or "" for no dataset
	cols   int          // columns of a row
	header bool         // the first line is a header row
	named  *gdeltNamed  // GDELT columns found by the header's names (gdelt_named.go)
	icews  *icewsLayout // ICEWS columns found by the header's names; nil: ICEWS's own order
	empty  bool
	why    string // why it is not a dataset
}

const sniffSize = 64 << 10

// sniff looks at up to ten lines of the start of a stream (eof: b is all of it).
func sniff(b []byte, eof bool) sniffed {
	if len(b) == 0 {
		return sniffed{empty: true, why: "the file is empty"}
	}
	if !eof {
		if k := bytes.LastIndexByte(b, '\n'); k >= 0 {
			b = b[:k+1]
		}
	}
	firstCols := -1
	if ln, _, _ := bytes.Cut(b, []byte{'\n'}); len(ln) > 0 {
		if g, ok := gdeltHeader(ln); ok && !g.positional() {
			return sniffed{format: FormatGDELT, header: true, named: g} // a BigQuery CSV, a query's subset of columns
		}
	}
	for i := 0; i < 10 && len(b) > 0; i++ {
		ln := b
		if k := bytes.IndexByte(b, '\n'); k >= 0 {
			ln, b = b[:k], b[k+1:]
		} else {
			b = nil
		}
		ln = bytes.TrimRight(ln, "\r")
		if len(ln) == 0 {
			continue
		}
		if lay, ok := icewsNamedHeader(ln); i == 0 && ok {
			return sniffed{format: FormatICEWS, cols: lay.cols, header: true, icews: lay.orNil()}
		}
		if _, _, ok := dyadicHeader(ln, nil); i == 0 && ok {
			return sniffed{format: FormatDyadic, header: true}
		}
		n := bytes.Count(ln, tab) + 1
		if !isGDELTColumns(n) {
			k := trailingEmpty(ln, n)
			ln, n = ln[:len(ln)-k], n-k
		}
		if i == 0 && isGDELTColumns(n) && isGDELTHeader(ln) {
			return sniffed{format: gdeltFormatOf(n), cols: n, header: true}
		}
		if firstCols < 0 {
			firstCols = n
		}
		f0, rest, _ := bytes.Cut(ln, tab)
		f1, _, _ := bytes.Cut(rest, tab)
		switch {
		case isGDELTColumns(n) && allDigits(f0) && len(f1) == 8 && allDigits(f1):
			if n == gdelt2Columns {
				return sniffed{format: FormatGDELT2, cols: n}
			}
			return sniffed{format: FormatGDELT1, cols: n}
		case n == icewsColumns && len(bytes.TrimSpace(f0)) > 0:
			if _, ok := parseYMD(icewsField(f1)); ok {
				return sniffed{format: FormatICEWS, cols: icewsColumns}
			}
		}
	}
	if firstCols < 0 {
		return sniffed{empty: true, why: "the file holds only blank lines"}
	}
	return sniffed{why: fmt.Sprintf("not a GDELT, ICEWS or dyadic event file: its first line has %d tab-separated columns (GDELT has 57, 58 or 61 and no header; ICEWS has 20 and the header Event ID, Event Date, …; a dyadic file has the header source,target,sign or weight, or other names that --columns gives: --columns source=Country1,target=Country2,weight=scoreSum)", firstCols)}
}

// gdeltFormatOf is the GDELT version of rows of n columns.
func gdeltFormatOf(n int) Format {
	if n == gdelt2Columns {
		return FormatGDELT2
	}
	return FormatGDELT1
}

// isGDELTHeader reports whether a line is a header row of GDELT's column
// names (GLOBALEVENTID, SQLDATE, …): GDELT's files have none, but its
// header files (CSV.header.dailyupdates.txt) are put in front of them, and
// exports of queries write one.
func isGDELTHeader(ln []byte) bool {
	ln = bytes.TrimPrefix(ln, []byte("\xef\xbb\xbf"))
	f0, rest, _ := bytes.Cut(ln, tab)
	f1, _, _ := bytes.Cut(rest, tab)
	name := func(b []byte) []byte { return bytes.Trim(bytes.TrimSpace(b), `"`) }
	return bytes.EqualFold(name(f0), []byte("GLOBALEVENTID")) && bytes.EqualFold(name(f1), []byte("SQLDATE"))
}

// force applies DatasetOptions.Format to what sniffing found.
func (s sniffed) force(format Format, first []byte) sniffed {
	switch format {
	case FormatGDELT:
		if s.format.isGDELT() {
			return s
		}
		n := gdelt2Columns
		if ln, _, _ := bytes.Cut(first, []byte{'\n'}); len(ln) > 0 {
			ln = bytes.TrimRight(ln, "\r")
			c := bytes.Count(ln, tab) + 1
			if !isGDELTColumns(c) {
				c -= trailingEmpty(ln, c)
			}
			if isGDELTColumns(c) {
				n = c
			}
		}
		ln, _, _ := bytes.Cut(first, []byte{'\n'})
		if g, ok := gdeltHeader(ln); ok && !g.positional() {
			return sniffed{format: FormatGDELT, header: true, named: g, empty: s.empty, why: s.why}
		}
		return sniffed{format: gdeltFormatOf(n), cols: n, header: isGDELTHeader(bytes.TrimRight(ln, "\r")), empty: s.empty, why: s.why}
	case FormatDyadic:
		return sniffed{format: FormatDyadic, header: true, empty: s.empty, why: s.why}
	case FormatICEWS:
		if s.format == FormatICEWS {
			return s
		}
		ln, _, _ := bytes.Cut(first, []byte{'\n'})
		lay, ok := icewsNamedHeader(ln)
		return sniffed{format: FormatICEWS, cols: icewsColumns, header: ok, icews: lay.orNil(), empty: s.empty, why: s.why}
	}
	return s
}

// looksLikeFacts reports whether the start of a file reads as a facts file.
func looksLikeFacts(b []byte) bool {
	for i := 0; i < 50 && len(b) > 0; i++ {
		ln := b
		if k := bytes.IndexByte(b, '\n'); k >= 0 {
			ln, b = b[:k], b[k+1:]
		} else {
			b = nil
		}
		for _, p := range []string{"article:", "facts:", "entities:", "---"} {
			if bytes.HasPrefix(ln, []byte(p)) {
				return true
			}
		}
	}
	return false
}

// container is how a dataset file is packed.
type container int

const (
	plainFile container = iota
	gzipFile
	zipFile
)

func containerOf(head []byte) container {
	switch {
	case len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b:
		return gzipFile
	case len(head) >= 4 && string(head[:2]) == "PK" && (string(head[2:4]) == "\x03\x04" || string(head[2:4]) == "\x05\x06"):
		return zipFile
	}
	return plainFile
}

// countingReader counts the bytes read from a file.
type countingReader struct {
	r io.Reader
	n *int64
}

func (c countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	*c.n += int64(n)
	return n, err
}

type countingReaderAt struct {
	r io.ReaderAt
	n *int64
}

func (c countingReaderAt) ReadAt(p []byte, off int64) (int, error) {
	n, err := c.r.ReadAt(p, off)
	*c.n += int64(n)
	return n, err
}

// stream is one run of rows: a plain file, a gzip file's content, or one
// entry of a zip archive.
type stream struct {
	name string
	r    *bufio.Reader
	f    *os.File // a plain file, which may be memory-mapped instead of read through r
	size int64
}

// eachStream opens the dataset file at p and calls fn with each of its
// streams, for as long as fn returns true. read counts the bytes read from
// the file. The error is a problem with the file as a whole.
func eachStream(p string, read *int64, fn func(s stream) bool) *graph.Error {
	f, err := os.Open(p)
	if err != nil {
		return graph.Errorf(graph.EINVALID, graph.Pos{File: p}, "cannot read: %v", err)
	}
	defer f.Close()
	var head [4]byte
	n, _ := io.ReadFull(f, head[:])
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return graph.Errorf(graph.EINVALID, graph.Pos{File: p}, "cannot read: %v", err)
	}
	switch containerOf(head[:n]) {
	case gzipFile:
		zr, err := gzip.NewReader(countingReader{bufio.NewReaderSize(f, 256<<10), read})
		if err != nil {
			return graph.Errorf(graph.EINVALID, graph.Pos{File: p, Line: 1}, "not a readable gzip file: %v", err)
		}
		defer zr.Close()
		fn(stream{name: p, r: peekReader(zr)})
	case zipFile:
		st, err := f.Stat()
		if err != nil {
			return graph.Errorf(graph.EINVALID, graph.Pos{File: p}, "cannot read: %v", err)
		}
		zr, err := zip.NewReader(countingReaderAt{f, read}, st.Size())
		if err != nil {
			return graph.Errorf(graph.EINVALID, graph.Pos{File: p, Line: 1}, "not a readable zip archive: %v", err)
		}
		entries := 0
		for _, e := range zr.File {
			if e.FileInfo().IsDir() || strings.HasPrefix(path.Base(e.Name), ".") || strings.HasPrefix(e.Name, "__MACOSX/") {
				continue
			}
			entries++
			rc, err := e.Open()
			name := p + ":" + e.Name
			if err != nil {
				return graph.Errorf(graph.EINVALID, graph.Pos{File: name, Line: 1}, "cannot read the zip entry: %v", err)
			}
			more := fn(stream{name: name, r: peekReader(rc)})
			rc.Close()
			if !more {
				break
			}
		}
		if entries == 0 {
			return graph.Errorf(graph.EINVALID, graph.Pos{File: p, Line: 1}, "the zip archive holds no file")
		}
	default:
		st, err := f.Stat()
		if err != nil {
			return graph.Errorf(graph.EINVALID, graph.Pos{File: p}, "cannot read: %v", err)
		}
		s := stream{name: p, r: peekReader(countingReader{f, read})}
		if st.Mode().IsRegular() {
			s.f, s.size = f, st.Size()
		}
		fn(s)
	}
	return nil
}

// sniffPath says what the dataset file at p holds (its first stream).
func sniffPath(p string) (sniffed, []byte, *graph.Error) {
	var s sniffed
	var head []byte
	var n int64
	ferr := eachStream(p, &n, func(st stream) bool {
		s, head, _ = peekSniff(st.r)
		head = append([]byte(nil), head...)
		return false
	})
	return s, head, ferr
}

// peekSniff sniffs the start of a stream without consuming it. A read error
// is returned with what could be read before it: a corrupt stream is still
// recognised, and its problem reported where the reading stops.
func peekSniff(r *bufio.Reader) (sniffed, []byte, error) {
	b, err := r.Peek(sniffSize)
	eof := errors.Is(err, io.EOF)
	if err == nil || eof || errors.Is(err, bufio.ErrBufferFull) {
		return sniff(b, eof), b, nil
	}
	if len(b) == 0 {
		return sniffed{why: fmt.Sprintf("cannot read: %v", err)}, b, err
	}
	return sniff(b, false), b, err
}

// fill reads into buf until it is full or the reader ends; err is io.EOF at
// a clean end and any other error as it came.
func fill(r io.Reader, buf []byte) (int, error) {
	n := 0
	for n < len(buf) {
		m, err := r.Read(buf[n:])
		n += m
		if err != nil {
			return n, err
		}
	}
	return n, nil
}
