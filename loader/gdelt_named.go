package loader

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/blocgraph/blocgraph/graph"
)

// GDELT events with a header row of column names, as BigQuery
// (gdelt-bq.gdeltv2.events) and other query tools save them: comma- or
// tab-separated, any subset of GDELT's columns in any order, fields quoted
// as RFC 4180 quotes them when they hold the separator or a quote. The
// columns are found by name (case-insensitive) and each row's fields go
// through the same checks as GDELT's own rows (gdeltValues.row), so that the
// same events give the same result. A quoted field may not hold a line
// break (a GDELT field never does).

// gdeltNames are the column names of the fields read, by gdeltValues index.
var gdeltNames = [gvFields + 1]string{
	gvID: "GLOBALEVENTID", gvDate: "SQLDATE", gvCode: "EventCode", gvRoot: "IsRootEvent",
	gvGoldstein: "GoldsteinScale", gvMentions: "NumMentions",
	gvA1Country: "Actor1CountryCode", gvA2Country: "Actor2CountryCode",
	gvA1Type: "Actor1Type1Code", gvA2Type: "Actor2Type1Code",
	gvA1Type2: "Actor1Type2Code", gvA1Type3: "Actor1Type3Code", gvA2Type2: "Actor2Type2Code", gvA2Type3: "Actor2Type3Code",
	gvURL: "SOURCEURL",
}

// gdeltRequired are the fields every row needs. IsRootEvent is needed with
// --root-only and the actor types with --actor-types (gdeltNamed.need);
// without NumMentions an event counts once, without GoldsteinScale it
// takes its code's weight, without SOURCEURL its source is its id.
var gdeltRequired = []int{gvID, gvDate, gvA1Country, gvA2Country, gvCode}

// gdeltNamed is the layout a header row gives.
type gdeltNamed struct {
	sep   byte
	cols  int                 // columns of the header
	where [gvFields + 1]int16 // column (from 0) of each field, -1 if absent
	slot  []int8              // slot[c]: the field column c holds, -1 for none
	head  string              // the header row, for messages
}

// sepName names a separator in messages.
func sepName(sep byte) string {
	if sep == ',' {
		return "comma"
	}
	return "tab"
}

// gdeltHeader reads ln as a header row of GDELT column names; ok is false
// when it is none (GLOBALEVENTID and SQLDATE not both among its names).
func gdeltHeader(ln []byte) (g *gdeltNamed, ok bool) {
	ln = bytes.TrimRight(bytes.TrimPrefix(ln, []byte("\xef\xbb\xbf")), "\r")
	sep := byte('\t')
	if bytes.Count(ln, []byte{','}) > bytes.Count(ln, tab) {
		sep = ','
	}
	names := bytes.Split(ln, []byte{sep})
	g = &gdeltNamed{sep: sep, cols: len(names), slot: make([]int8, len(names)), head: string(ln)}
	for i := range g.where {
		g.where[i] = -1
	}
	for c, nm := range names {
		g.slot[c] = -1
		nm = bytes.Trim(bytes.TrimSpace(nm), `"`)
		for k, want := range gdeltNames {
			if g.where[k] < 0 && strings.EqualFold(string(nm), want) {
				g.where[k], g.slot[c] = int16(c), int8(k)
			}
		}
	}
	return g, g.where[gvID] >= 0 && g.where[gvDate] >= 0
}

// positional reports whether the header is GDELT's own row of column
// names (a header file put in front of an export): tab-separated, every
// column in GDELT's order, read as GDELT's own rows are.
func (g *gdeltNamed) positional() bool {
	if g.sep != '\t' || !isGDELTColumns(g.cols) {
		return false
	}
	for k, c := range gdeltRawColumn {
		if int(g.where[k]) != c {
			return false
		}
	}
	return g.where[gvURL] < 0 || int(g.where[gvURL]) == g.cols-1
}

// missing names the columns a load with these options needs that the header
// lacks, or "" when it has them all.
func (g *gdeltNamed) missing(rootOnly, types bool) string {
	need := gdeltRequired
	if rootOnly {
		need = append(need[:len(need):len(need)], gvRoot)
	}
	if types {
		need = append(need[:len(need):len(need)], gvA1Type, gvA2Type)
	}
	var miss []string
	for _, k := range need {
		if g.where[k] < 0 {
			miss = append(miss, gdeltNames[k])
		}
	}
	if len(miss) == 0 {
		return ""
	}
	why := "it is needed"
	if len(miss) > 1 {
		why = "they are needed"
	}
	return fmt.Sprintf("the header row of GDELT columns (%s-separated) has no %s column; %s to read the events (the header names %d columns)",
		sepName(g.sep), strings.Join(miss, ", "), why, g.cols)
}

// missingColumns is the problem of a file whose header lacks columns the
// load needs (file and line 1), or nil.
func (s sniffed) missingColumns(file string, o DatasetOptions) *graph.Error {
	if s.icews != nil && s.icews.problem != "" {
		return graph.Errorf(graph.EINVALID, graph.Pos{File: file, Line: 1}, "%s", s.icews.problem)
	}
	if s.icews != nil && len(o.ActorTypes) > 0 && (s.icews.at[icewsSrcSector] < 0 || s.icews.at[icewsTgtSector] < 0) {
		return graph.Errorf(graph.EINVALID, graph.Pos{File: file, Line: 1}, "the header row of ICEWS columns has no Source Sectors or no Target Sectors column; --actor-types needs both")
	}
	if s.named == nil {
		return nil
	}
	if why := s.named.missing(o.RootOnly, len(o.ActorTypes) > 0); why != "" {
		return graph.Errorf(graph.EINVALID, graph.Pos{File: file, Line: 1}, "%s", why)
	}
	return nil
}

// gdeltNamedFormat reads the rows of a file with a header of names.
type gdeltNamedFormat struct {
	gdeltFormat
	g *gdeltNamed
}

// parse reads one row: its fields split at the separator outside quotes,
// each field the header names put where GDELT's own rows have it.
func (f gdeltNamedFormat) parse(w *worker, ln []byte, n int64, final bool, r *row) bool {
	g := f.g
	var v gdeltValues
	var url []byte
	c := 0
	for i := 0; ; c++ {
		start, quoted := i, i < len(ln) && ln[i] == '"'
		var val []byte
		if quoted {
			j := i + 1
			for {
				k := bytes.IndexByte(ln[j:], '"')
				if k < 0 {
					w.bad(&w.dropped.Malformed.Field, n, start+1, "the quoted field of column %d has no closing quote (a field may not hold a line break)", c+1)
					return false
				}
				j += k + 1
				if j < len(ln) && ln[j] == '"' { // "" is a quote inside the field
					j++
					continue
				}
				break
			}
			val, i = ln[start+1:j-1], j
			if i < len(ln) && ln[i] != g.sep {
				w.bad(&w.dropped.Malformed.Field, n, i+1, "the quoted field of column %d goes on after its closing quote (a quote inside a field is written twice)", c+1)
				return false
			}
		} else {
			k := bytes.IndexByte(ln[i:], g.sep)
			if k < 0 {
				k = len(ln) - i
			}
			val, i = ln[i:i+k], i+k
		}
		if c < g.cols {
			if s := g.slot[c]; s == gvURL {
				url = ln[start:i]
			} else if s >= 0 {
				v.b[s], v.at[s] = val, int32(start+1)
			}
		}
		if i >= len(ln) {
			break
		}
		i++ // the separator
	}
	if c+1 != g.cols {
		if final && c+1 < g.cols {
			w.bad(&w.dropped.Malformed.Truncated, n, 0, "the last line is cut short: no newline at the end, and %d of %d columns", c+1, g.cols)
		} else {
			w.bad(&w.dropped.Malformed.Columns, n, 0, "row has %d %s-separated columns; the header row has %d", c+1, sepName(g.sep), g.cols)
		}
		return false
	}
	if !v.row(w, n, r) {
		return false
	}
	r.ref[0], r.ref[1] = nil, nil
	if g.where[gvURL] >= 0 && len(url) > 0 {
		r.ref[0], r.ref[1] = url, url[:0]
	}
	return true
}

// appendSourceRef: the SOURCEURL unquoted, or the event id for a row without.
func (gdeltNamedFormat) appendSourceRef(b []byte, r *row) []byte {
	if r.ref[1] == nil {
		return append(append(b, "GLOBALEVENTID "...), r.id...)
	}
	u := r.ref[0]
	if len(u) < 2 || u[0] != '"' {
		return append(b, u...)
	}
	u = u[1 : len(u)-1]
	for {
		k := bytes.Index(u, []byte(`""`))
		if k < 0 {
			return append(b, u...)
		}
		b = append(b, u[:k+1]...)
		u = u[k+2:]
	}
}
