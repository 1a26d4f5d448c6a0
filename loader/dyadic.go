package loader

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/blocgraph/blocgraph/graph"
)

// Dyadic datasets: signed or weighted relations between pairs of states in
// CSV or TSV with a header (alliances and disputes, UN votes, trade):
//
//	source,target,sign                       (or weight)
//	source,target,sign,date                  (YYYY, YYYY-MM or YYYY-MM-DD)
//	window,first_year,last_year,source,target,sign
//
// A row is one event of the generic type (graph.GenericType) from source to
// target whose Goldstein weight is the sign or weight; a row with a window
// (first_year and last_year, or a window column such as 1946-1949) is an
// event that holds over the window (graph.Event.End), which a timeline with
// --every data takes as its periods. The columns are told from the header
// (names ignore case); DatasetOptions.Columns renames them, and gives the
// sign or weight of every row as a number (sign=-1 for a file of disputes
// with no sign column). State codes map
// to states as DatasetOptions.Codes says (see dyadic_codes.go). Problems in
// a dyadic file are fatal: the load stops with one message naming the file,
// line and column.

// FormatDyadic is a signed or weighted dyadic CSV/TSV file.
const FormatDyadic Format = "dyadic"

// Dyadic column roles, the keys of DatasetOptions.Columns.
const (
	ColSource    = "source"
	ColTarget    = "target"
	ColSign      = "sign"
	ColWeight    = "weight"
	ColDate      = "date"
	ColFirstYear = "first_year"
	ColLastYear  = "last_year"
	ColWindow    = "window"
)

var dyadicRoles = []string{ColSource, ColTarget, ColSign, ColWeight, ColDate, ColFirstYear, ColLastYear, ColWindow}

// dyadicLayout is where each role is in a file's rows (-1: absent).
type dyadicLayout struct {
	col   map[string]int
	comma rune
	n     int // columns of the header
	// sign: the sign or weight of every row when --columns gives a number
	// for it (sign=-1: every row a dispute), and no column is so named.
	sign    float64
	signSet bool
}

// dyadicHeader reads a header line: comma-, tab- or semicolon-separated names that
// include the source, target and sign or weight roles (after renaming by
// cols). ok is false when the line is not such a header; missing then names
// the roles that are absent.
func dyadicHeader(ln []byte, cols map[string]string) (lay dyadicLayout, missing []string, ok bool) {
	ln = bytes.TrimPrefix(bytes.TrimRight(ln, "\r"), []byte("\ufeff"))
	lay.comma = ','
	most := bytes.Count(ln, []byte{','})
	for _, sep := range []rune{'\t', ';'} { // ';': CSV as spreadsheets write it where the decimal mark is a comma
		if n := bytes.Count(ln, []byte(string(sep))); n > most {
			lay.comma, most = sep, n
		}
	}
	names := strings.Split(string(ln), string(lay.comma))
	lay.n = len(names)
	lay.col = map[string]int{}
	for _, r := range dyadicRoles {
		want := r
		if c, ok := cols[r]; ok {
			want = c
		}
		lay.col[r] = -1
		for i, nm := range names {
			if strings.EqualFold(strings.Trim(strings.TrimSpace(nm), `"`), want) {
				lay.col[r] = i
				break
			}
		}
	}
	for _, r := range []string{ColSource, ColTarget} {
		if lay.col[r] < 0 {
			missing = append(missing, r)
		}
	}
	if lay.col[ColSign] < 0 && lay.col[ColWeight] < 0 {
		for _, r := range []string{ColSign, ColWeight} {
			if v, err := strconv.ParseFloat(cols[r], 64); err == nil && v == v && v >= -1e12 && v <= 1e12 && !lay.signSet {
				lay.sign, lay.signSet = v, true
			}
		}
		if !lay.signSet {
			missing = append(missing, "sign or weight")
		}
	}
	return lay, missing, len(missing) == 0
}

// dyadicRow is one parsed row, its codes not yet resolved.
type dyadicRow struct {
	line           int
	source, target string
	srcCol, tgtCol int
	weight         float64
	date, end      graph.Date
}

// readDyadic reads the rows of a dyadic stream (header included) into l. It
// returns the first problem, which the load reports as fatal.
func (l *datasetLoad) readDyadic(st stream, ds *DatasetSummary) *graph.Error {
	head, _ := st.r.Peek(sniffSize)
	if k := bytes.IndexByte(head, '\n'); k >= 0 {
		head = head[:k]
	}
	lay, missing, ok := dyadicHeader(head, l.opt.Columns)
	if !ok {
		return graph.Errorf(graph.EINVALID, graph.Pos{File: st.name, Line: 1}, "the header %q lacks the %s column%s a dyadic file needs (source, target, sign or weight; optional date, first_year/last_year or window; rename with --columns, e.g. --columns source=from,target=to, or give every row a sign, --columns sign=-1)",
			strings.TrimRight(string(head), "\r"), strings.Join(missing, " and "), pluralS(len(missing)))
	}
	if bytes.HasPrefix(head, []byte("\ufeff")) {
		st.r.Discard(len("\ufeff")) // a byte-order mark before a quoted name is no part of it
	}
	r := csv.NewReader(st.r)
	r.Comma = lay.comma
	r.ReuseRecord = true
	r.FieldsPerRecord = -1
	if _, err := r.Read(); err != nil {
		return graph.Errorf(graph.EINVALID, graph.Pos{File: st.name, Line: 1}, "cannot read the header: %v", err)
	}
	ds.Header = true
	l.dyadicSums = append(l.dyadicSums, ds)
	base := filepath.Base(st.name)
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		line, _ := r.FieldPos(0)
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return graph.Errorf(graph.EINVALID, graph.Pos{File: st.name, Line: pe.Line, Column: pe.Column}, "%v", pe.Err)
			}
			return graph.Errorf(graph.EINVALID, graph.Pos{File: st.name, Line: line}, "cannot read: %v", err)
		}
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			ds.Blank++
			continue
		}
		ds.Rows++
		if len(rec) != lay.n {
			ds.Dropped.Malformed.Columns++
			return graph.Errorf(graph.EINVALID, graph.Pos{File: st.name, Line: line, Column: 1}, "%d columns, the header has %d", len(rec), lay.n)
		}
		pos := func(role string) graph.Pos {
			_, c := r.FieldPos(lay.col[role])
			return graph.Pos{File: st.name, Line: line, Column: c}
		}
		field := func(role string) string {
			if i := lay.col[role]; i >= 0 {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		row := dyadicRow{line: line, source: field(ColSource), target: field(ColTarget)}
		_, row.srcCol = r.FieldPos(lay.col[ColSource])
		_, row.tgtCol = r.FieldPos(lay.col[ColTarget])
		for _, role := range []string{ColSource, ColTarget} {
			if field(role) == "" {
				return graph.Errorf(graph.EINVALID, pos(role), "the %s is empty", role)
			}
		}
		wrole := ColSign
		if lay.col[ColSign] < 0 {
			wrole = ColWeight
		}
		v, err := lay.sign, error(nil)
		if !lay.signSet {
			v, err = strconv.ParseFloat(decimal(field(wrole), lay.comma), 64)
		}
		if err != nil || v != v || v > 1e12 || v < -1e12 {
			ds.Dropped.Malformed.Goldstein++
			return graph.Errorf(graph.EINVALID, pos(wrole), "%s %q is not a number", wrole, field(wrole))
		}
		row.weight = v
		if e := dyadicDates(&row, field, pos); e != nil {
			ds.Dropped.Malformed.Date++
			return e
		}
		if row.source == row.target {
			ds.Dropped.SameState++
			continue
		}
		ds.Generic++
		switch {
		case v > 0:
			ds.Positive++
		case v < 0:
			ds.Negative++
		default:
			ds.Zero++
		}
		l.dyadic = append(l.dyadic, row)
		l.dyadicFile = append(l.dyadicFile, dyadicSource{file: st.name, base: base})
	}
	return nil
}

// decimal is a number as a ';'-separated file may write it, with a
// decimal comma ("0,5"), in Go's form ("0.5"); s itself otherwise.
func decimal(s string, sep rune) string {
	if sep == ';' && strings.Count(s, ",") == 1 && !strings.Contains(s, ".") {
		return strings.Replace(s, ",", ".", 1)
	}
	return s
}

// dropSameState moves a row counted kept (of weight v) to the dropped as
// one state at both ends: its two codes turned out one state once mapped.
func (ds *DatasetSummary) dropSameState(v float64) {
	ds.Generic--
	ds.Dropped.SameState++
	switch {
	case v > 0:
		ds.Positive--
	case v < 0:
		ds.Negative--
	default:
		ds.Zero--
	}
}

// dropBefore1945 moves a row counted kept (of weight v) to the dropped as
// naming, before 1945, a state the gazetteer does not hold (code).
func (ds *DatasetSummary) dropBefore1945(v float64, code string) {
	ds.dropSameState(v)
	ds.Dropped.SameState--
	ds.Dropped.NotState++
	if ds.Before1945 == nil {
		ds.Before1945 = map[string]int64{}
	}
	ds.Before1945[code]++
}

// dropNotYet moves a row counted kept (of weight v) to the dropped as
// dated all before the day a state of its became one (words: "ZWE before
// 1965-11-11").
func (ds *DatasetSummary) dropNotYet(v float64, words string) {
	ds.dropSameState(v)
	ds.Dropped.SameState--
	ds.Dropped.NotYet++
	if ds.NotYetBy == nil {
		ds.NotYetBy = map[string]int64{}
	}
	ds.NotYetBy[words]++
}

// dyadicDates reads a row's date, window or first and last years.
func dyadicDates(row *dyadicRow, field func(string) string, pos func(string) graph.Pos) *graph.Error {
	year := func(role string) (graph.Date, *graph.Error) {
		s := field(role)
		d, err := graph.ParseDate(s)
		if err != nil || (s != "" && d.Precision != graph.PrecisionYear) {
			return d, graph.Errorf(graph.EINVALID, pos(role), "%s %q is not a year (YYYY)", role, s)
		}
		return d, nil
	}
	var err *graph.Error
	switch {
	case field(ColFirstYear) != "" || field(ColLastYear) != "":
		if row.date, err = year(ColFirstYear); err != nil {
			return err
		}
		if row.end, err = year(ColLastYear); err != nil {
			return err
		}
		if row.date.IsZero() || row.end.IsZero() {
			return graph.Errorf(graph.EINVALID, pos(ColFirstYear), "first_year and last_year go together")
		}
	case field(ColWindow) != "":
		w := field(ColWindow)
		a, b, ok := strings.Cut(w, "/")
		if !ok && len(w) == 9 && w[4] == '-' {
			a, b, ok = w[:4], w[5:], true
		}
		var e1, e2 error
		if ok {
			row.date, e1 = graph.ParseDate(a)
			row.end, e2 = graph.ParseDate(b)
		}
		if !ok || e1 != nil || e2 != nil || row.date.IsZero() || row.end.IsZero() {
			return graph.Errorf(graph.EINVALID, pos(ColWindow), "window %q is not START/END or YYYY-YYYY (e.g. 1946-1949)", w)
		}
	case field(ColDate) != "":
		d, e := graph.ParseDate(field(ColDate))
		if e != nil {
			return graph.Errorf(graph.EINVALID, pos(ColDate), "date %v", e)
		}
		row.date = d
	}
	if !row.end.IsZero() {
		if (graph.Span{Start: row.date, End: row.end}).Validate() != nil {
			return graph.Errorf(graph.EINVALID, pos(ColLastYear), "the window ends (%s) before it starts (%s)", row.end, row.date)
		}
		if row.end == row.date {
			row.end = graph.Date{} // a window of one date is that date
		}
	}
	return nil
}

type dyadicSource struct{ file, base string }

// plural writes "1 row", "2 rows".
func plural(n int64, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

func pluralS(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// buildDyadic resolves the codes of the dyadic rows read, adds their states
// to g, and emits their events through the first worker's sink (into g, by
// default). An unmapped code is an error that lists every unmapped code
// with its first place.
func (l *datasetLoad) buildDyadic(g *graph.Graph, res stateResolver) (added int64, err error) {
	if len(l.dyadic) == 0 {
		return 0, nil
	}
	codes, err := newCodeResolver(l.opt.Codes, g, res)
	if err != nil {
		return 0, err
	}
	ids, err := codes.resolveRows(l.dyadic, l.dyadicFile)
	if err != nil {
		return 0, err
	}
	if err := codes.addStates(g, ids, l.dyadic); err != nil {
		return 0, err
	}
	sums := map[string]*DatasetSummary{}
	for _, ds := range l.dyadicSums {
		ds.Codes = codes.name()
		sums[ds.File] = ds
	}
	w := l.workers[0]
	for i, row := range l.dyadic {
		src := l.dyadicFile[i]
		if code, early := codes.early[i]; early {
			if ds := sums[src.file]; ds != nil {
				ds.dropBefore1945(row.weight, code)
			}
			continue
		}
		if words, notYet := codes.notYet[i]; notYet {
			if ds := sums[src.file]; ds != nil {
				ds.dropNotYet(row.weight, words)
			}
			continue
		}
		if ds := sums[src.file]; ds != nil {
			if ids[i][0] == ids[i][1] {
				ds.dropSameState(row.weight) // two codes of one state (GFR and GER in 1990)
			}
			if b, ok := codes.before[i]; ok {
				ds.Redated.Rows++
				if ids[i][0] == ids[i][1] {
					ds.Redated.SameState++
				}
				for k := range 2 {
					if b[k] != "" {
						ds.Redated.add(b[k], ids[i][k], 1)
					}
				}
			}
		}
		ends := [][2]string{ids[i]}
		if !l.opt.Directed {
			ends = append(ends, [2]string{ids[i][1], ids[i][0]})
		}
		for k, st := range ends {
			if st[0] == st[1] {
				continue // two codes of one state (GFR and GER in 1990)
			}
			w.ev = DatasetEvent{Source: string(FormatDyadic), Type: graph.GenericType, Subject: st[0], Object: st[1], Date: row.date, End: row.end,
				Goldstein: row.weight, Count: 1, Rows: 1, ref: fmt.Sprintf("%s:%d", src.base, row.line), ordinal: k, dyadic: true}
			w.emit(&w.ev)
		}
	}
	added, _, err = l.flush(g)
	return added, err
}
