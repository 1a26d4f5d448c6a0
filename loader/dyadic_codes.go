package loader

import (
	"bytes"
	_ "embed"
	"encoding/csv"
	"fmt"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/blocgraph/blocgraph/graph"
)

// State codes of dyadic files. DatasetOptions.Codes says how they map to
// states:
//
//   - "auto" (or ""): the first code list that maps every code of the load:
//     the gazetteer's COW codes alone (cow), then the Correlates of War
//     codes of Doreian & Mrvar's Pajek files (cow-pajek: the files' own
//     codes, codes/cow-pajek.csv, each with its evidence, over the
//     gazetteer's COW codes), then names: ISO alpha-3 and CAMEO codes,
//     country names and the states of facts files read in the same load
//     (names);
//   - "cow-pajek", "cow" or "names": that list only;
//   - "self": each code is its own actor (a tribe, a party): a State node
//     with the code as id and name;
//   - a path: a codes file, CSV with the header code,state[,from,to][,name]
//     where state is an id or name the gazetteer knows (or a new id, named
//     by name) and from/to (YYYY, YYYY-MM or YYYY-MM-DD) bound when the
//     code means that state; rows for other dates may map it elsewhere.
//
// A code stands for the state it means on the row's date; for a row over
// a window, on the middle day of the window (a window is the state that
// held most of it: COW's 365 in 1990-1993 is Russia, in 1989-1992 the
// Soviet Union), else on its last day, else on its first (a state that
// began or ended within the window). A code no list maps is an error naming
// every such code with its first place.

//go:embed codes/cow-pajek.csv
var cowPajekCSV []byte

// Code lists of DatasetOptions.Codes.
const (
	CodesAuto     = "auto"
	CodesCOWPajek = "cow-pajek"
	CodesCOW      = "cow"
	CodesNames    = "names"
	CodesSelf     = "self"
)

// codeSpell is one meaning of a code: a state over a span of dates.
type codeSpell struct {
	state, name string
	span        graph.Span
}

// codeList maps codes to states.
type codeList struct {
	name   string
	lookup func(code string, at graph.Date) (state string, ok bool)
	names  map[string]string // state id → name, for states the gazetteer lacks
}

// over maps code on a row's date, or over its window (start to end; end
// zero for a row of one date): on the window's middle day, else its last,
// else its first.
func (l *codeList) over(code string, start, end graph.Date) (string, bool) {
	if end.IsZero() {
		return l.lookup(code, start)
	}
	a, b := start.Start(), end.End()
	mid := graph.DateOf(a.Add(b.Sub(a) / 2))
	for _, at := range []graph.Date{mid, graph.DateOf(b), graph.DateOf(a)} {
		if id, ok := l.lookup(code, at); ok {
			return id, true
		}
	}
	return "", false
}

// then is l, with the codes it does not map looked up in next.
func (l *codeList) then(next *codeList) *codeList {
	return &codeList{name: l.name, names: l.names, lookup: func(code string, at graph.Date) (string, bool) {
		if id, ok := l.lookup(code, at); ok {
			return id, true
		}
		return next.lookup(code, at)
	}}
}

// cowResolver is the gazetteer's COW codes, once it has them.
type cowResolver interface {
	StateByCOW(code string, at graph.Date) (state string, ok bool)
}

// spellList is a code list read from a CSV of code, state[, from, to][, name].
// With ids set (the embedded lists), the state column is a state id taken
// as it is; otherwise it is resolved as a name.
func spellList(name, file string, data []byte, ids bool, g *graph.Graph, res stateResolver) (*codeList, error) {
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	rows, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %v", file, err)
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("%s:1: the codes file is empty; write the header code,state[,from,to][,name]", file)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))] = i
	}
	ci, ok1 := col["code"]
	si, ok2 := col["state"]
	if !ok1 || !ok2 {
		return nil, fmt.Errorf("%s:1: the header %q lacks code and state; write code,state[,from,to][,name]", file, strings.Join(rows[0], ","))
	}
	get := func(rec []string, k string) string {
		if i, ok := col[k]; ok && i < len(rec) {
			return strings.TrimSpace(rec[i])
		}
		return ""
	}
	spells := map[string][]codeSpell{}
	names := map[string]string{}
	for n, rec := range rows[1:] {
		line := n + 2
		if len(rec) <= max(ci, si) || strings.TrimSpace(rec[ci]) == "" || strings.TrimSpace(rec[si]) == "" {
			return nil, fmt.Errorf("%s:%d: a row needs a code and a state", file, line)
		}
		sp := codeSpell{state: strings.TrimSpace(rec[si]), name: get(rec, "name")}
		var err error
		if sp.span.Start, err = graph.ParseDate(get(rec, "from")); err != nil {
			return nil, fmt.Errorf("%s:%d: from %v", file, line, err)
		}
		if sp.span.End, err = graph.ParseDate(get(rec, "to")); err != nil {
			return nil, fmt.Errorf("%s:%d: to %v", file, line, err)
		}
		if sp.span.Validate() != nil {
			return nil, fmt.Errorf("%s:%d: to %s is before from %s", file, line, sp.span.End, sp.span.Start)
		}
		if ids {
		} else if id, ok := stateByName(sp.state, g, res); ok {
			sp.state = id
		} else if sp.name == "" {
			return nil, fmt.Errorf("%s:%d: state %q is no state the gazetteer knows; give its name in a name column to add it", file, line, sp.state)
		}
		if sp.name != "" {
			names[sp.state] = sp.name
		}
		code := strings.TrimSpace(rec[ci])
		spells[code] = append(spells[code], sp)
	}
	return &codeList{name: name, names: names, lookup: func(code string, at graph.Date) (string, bool) {
		for _, sp := range spells[code] {
			if sp.span.IsZero() || at.IsZero() || sp.span.Touches(at) {
				return sp.state, true
			}
		}
		return "", false
	}}, nil
}

// stateByName resolves an id, ISO or CAMEO code or country name to a
// state: the graph's own states (a facts file's entities, by id, name or
// alias) first, then the gazetteer.
func stateByName(s string, g *graph.Graph, res stateResolver) (string, bool) {
	if g != nil {
		if n := g.Node(s); n != nil && n.Kind == graph.KindState {
			return n.ID, true
		}
		f := graph.Fold(s)
		for _, n := range g.NodesOf(graph.KindState) {
			if graph.Fold(n.Name) == f {
				return n.ID, true
			}
			for _, a := range n.Aliases {
				if graph.Fold(a) == f {
					return n.ID, true
				}
			}
		}
	}
	if id, ok := res.StateByCAMEO(s); ok {
		return id, true
	}
	return res.StateByName(s)
}

// codeResolver chooses and applies a code list.
type codeResolver struct {
	lists []*codeList // candidates, in order
	self  bool
	res   stateResolver
	used  *codeList
	// before: the rows (by index) a code of which onDate mapped to the
	// state of the row's date, with the states the code list gave ("" for
	// a code not mapped so).
	before map[int][2]string
	// early: the rows (by index) dated before 1945 with a code that maps
	// to no state then, and that code; they are dropped and counted.
	early map[int]string
	// notYet: the rows (by index) all of whose dates fall before the day a
	// state of theirs became one (gazetteer.StateFrom), as "ZWE before
	// 1965-11-11"; they are dropped and counted, as the event readers do.
	notYet map[int]string
}

// gazetteerStart is the first day the gazetteer holds states on.
var gazetteerStart = graph.MustDate("1945-01-01").Start()

// lastDay is the last day of the row's date, or of its window.
func (r dyadicRow) lastDay() time.Time {
	if !r.end.IsZero() {
		return r.end.End()
	}
	return r.date.End()
}

// before1945 reports whether the row's date, or its window's last day, is
// before the gazetteer's first day (a row without a date is not).
func (r dyadicRow) before1945() bool {
	d := r.end
	if d.IsZero() {
		d = r.date
	}
	return !d.IsZero() && d.End().Before(gazetteerStart)
}

// onDate is the state id stood for over a row's date, or its window from
// date to end (gazetteer.Eras): "RUS" of a file that writes today's ISO
// codes is the Soviet Union in 1975, as a GDELT row's is. Only a date or
// window all within an era is the other state's: "HRV" in 1992, or in the
// window 1989-1992, is Croatia.
func (c *codeResolver) onDate(id string, date, end graph.Date) string {
	if date.IsZero() || (dyadicRow{date: date, end: end}).before1945() {
		return id // the gazetteer's history begins in 1945: Estonia in 1939 is Estonia
	}
	sp := graph.SpanOf(date)
	if !end.IsZero() {
		sp.End = end
	}
	for _, e := range c.res.Eras(id) {
		if e.Span.Contains(sp) {
			return e.State
		}
	}
	return id
}

func newCodeResolver(spec string, g *graph.Graph, res stateResolver) (*codeResolver, error) {
	c := &codeResolver{res: res}
	cow := func() *codeList {
		if cr, ok := res.(cowResolver); ok {
			return &codeList{name: CodesCOW, lookup: cr.StateByCOW}
		}
		return nil
	}
	pajek := func() *codeList {
		l, err := spellList(CodesCOWPajek, "codes/cow-pajek.csv", cowPajekCSV, true, nil, res)
		if err != nil {
			panic(err) // the embedded list is checked by the tests
		}
		if c := cow(); c != nil {
			return l.then(c) // the files' own codes first: their AUS is Australia
		}
		return l
	}
	names := &codeList{name: CodesNames, lookup: func(code string, _ graph.Date) (string, bool) { return stateByName(code, g, res) }}
	switch spec {
	case "", CodesAuto:
		// The COW list before the Pajek files' variants: four of those
		// reuse a COW abbreviation for another state (AUS, CAM, NIG,
		// KOR), so a file in COW's own codes that the variants would also
		// map entirely (Austria AUS next to Australia AUL) is read as COW
		// writes it; the Pajek files write codes COW lacks (GBR, FRA,
		// NKR, …) and so fall through to their list.
		if l := cow(); l != nil {
			c.lists = append(c.lists, l)
		}
		c.lists = append(c.lists, pajek(), names)
	case CodesCOWPajek:
		c.lists = []*codeList{pajek()}
	case CodesCOW:
		l := cow()
		if l == nil {
			return nil, fmt.Errorf("--codes cow: the gazetteer has no COW codes in this build; use --codes cow-pajek or a codes file")
		}
		c.lists = []*codeList{l}
	case CodesNames:
		c.lists = []*codeList{names}
	case CodesSelf:
		c.self = true
	default:
		data, err := os.ReadFile(spec)
		if err != nil {
			return nil, fmt.Errorf("--codes %s: %v", spec, err)
		}
		l, err := spellList(spec, spec, data, false, g, res)
		if err != nil {
			return nil, err
		}
		c.lists = []*codeList{l}
	}
	return c, nil
}

// name is the code list used, for the summary.
func (c *codeResolver) name() string {
	switch {
	case c.self:
		return CodesSelf + " (each code its own actor)"
	case c.used != nil:
		return c.used.name
	}
	return ""
}

// resolveRows maps the source and target codes of every row to states.
func (c *codeResolver) resolveRows(rows []dyadicRow, files []dyadicSource) ([][2]string, error) {
	out := make([][2]string, len(rows))
	if c.self {
		for i, r := range rows {
			out[i] = [2]string{r.source, r.target}
		}
		return out, nil
	}
	type miss struct {
		pos   graph.Pos
		count int
	}
	bestMissing := map[string]*miss(nil)
	for _, l := range c.lists {
		missing := map[string]*miss{}
		c.before, c.early, c.notYet = nil, nil, nil
		for i, r := range rows {
			for k, code := range []string{r.source, r.target} {
				id, ok := l.over(code, r.date, r.end)
				if ok {
					out[i][k] = c.onDate(id, r.date, r.end)
					if x, dated := c.res.StateFrom(out[i][k]); dated && !r.date.IsZero() && !r.before1945() && r.lastDay().Before(x.Date.Start()) {
						if c.notYet == nil {
							c.notYet = map[int]string{}
						}
						if _, seen := c.notYet[i]; !seen {
							w := code
							if w != out[i][k] {
								w += " as " + out[i][k]
							}
							c.notYet[i] = w + " before " + x.Date.String()
						}
					}
					if out[i][k] != id {
						if c.before == nil {
							c.before = map[int][2]string{}
						}
						b := c.before[i]
						b[k] = id
						c.before[i] = b
					}
					continue
				}
				if r.before1945() {
					// Before 1945 the gazetteer holds no state a code of
					// then may mean (Austria-Hungary, COW's YUG of 1908,
					// Serbia): the row is dropped and counted, not fatal.
					if c.early == nil {
						c.early = map[int]string{}
					}
					if _, seen := c.early[i]; !seen {
						c.early[i] = code
					}
					continue
				}
				m := missing[code]
				if m == nil {
					col := r.srcCol
					if k == 1 {
						col = r.tgtCol
					}
					m = &miss{pos: graph.Pos{File: files[i].file, Line: r.line, Column: col}}
					missing[code] = m
				}
				m.count++
			}
		}
		if len(missing) == 0 {
			c.used = l
			for i := range c.early {
				out[i] = [2]string{} // dropped: no state at one end
			}
			for i := range c.notYet {
				out[i] = [2]string{} // dropped: no state yet at one end
			}
			return out, nil
		}
		if bestMissing == nil || len(missing) < len(bestMissing) {
			bestMissing = missing
		}
	}
	codes := make([]string, 0, len(bestMissing))
	for code := range bestMissing {
		codes = append(codes, code)
	}
	sort.Slice(codes, func(a, b int) bool {
		pa, pb := bestMissing[codes[a]].pos, bestMissing[codes[b]].pos
		if pa.File != pb.File {
			return pa.File < pb.File
		}
		if pa.Line != pb.Line {
			return pa.Line < pb.Line
		}
		return pa.Column < pb.Column
	})
	var parts []string
	for i, code := range codes {
		if i == 8 {
			parts = append(parts, fmt.Sprintf("… and %d more", len(codes)-8))
			break
		}
		p := bestMissing[code].pos
		parts = append(parts, fmt.Sprintf("%s (line %d, %d row%s)", code, p.Line, bestMissing[code].count, pluralS(bestMissing[code].count)))
	}
	first := bestMissing[codes[0]].pos
	var tried []string
	for _, l := range c.lists {
		tried = append(tried, l.name)
	}
	return nil, graph.ErrorList{graph.Errorf(graph.EINVALID, first, "%d state code%s map%s to no state (code lists tried: %s): %s; give a codes file with --codes FILE (code,state[,from,to]), or --codes self if the codes are the actors themselves",
		len(codes), pluralS(len(codes)), map[bool]string{true: "", false: "s"}[len(codes) != 1], strings.Join(tried, ", "), strings.Join(parts, ", "))}
}

// addStates adds the states of the rows to g, with their ruling parties
// over the dates of their rows when the gazetteer knows them.
func (c *codeResolver) addStates(g *graph.Graph, ids [][2]string, rows []dyadicRow) error {
	type span struct{ from, to graph.Date }
	spans := map[string]*span{}
	for i, r := range rows {
		end := r.end
		if end.IsZero() {
			end = r.date
		}
		for _, id := range ids[i] {
			if id == "" {
				continue // a row of before 1945 dropped
			}
			s := spans[id]
			if s == nil {
				spans[id] = &span{r.date, end}
				continue
			}
			if r.date.Compare(s.from) < 0 {
				s.from = r.date
			}
			if end.End().After(s.to.End()) {
				s.to = end
			}
		}
	}
	keys := make([]string, 0, len(spans))
	for id := range spans {
		keys = append(keys, id)
	}
	sort.Strings(keys)
	for _, id := range keys {
		if g.Node(id) != nil {
			continue
		}
		if !c.self {
			if err := c.res.Expand(g, id, spans[id].from, spans[id].to); err == nil {
				continue
			}
		}
		name := id
		if c.used != nil && c.used.names[id] != "" {
			name = c.used.names[id]
		}
		if _, err := g.AddNode(&graph.Node{ID: id, Kind: graph.KindState, Name: name}); err != nil {
			return err
		}
	}
	return nil
}
