package gexf

import (
	"io"
	"math"
	"sort"
	"strconv"
	"time"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/graph/encoding"
	"github.com/blocgraph/blocgraph/graph/encoding/internal/attrs"
)

// LabelsKey is the node attribute that holds a node's labels, ":State".
const LabelsKey = "labels"

const header = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
`

// Encode writes g to w as a GEXF 1.3 document. It walks g twice: once to
// collect the attribute keys and their types, then to write; memory does
// not grow with the number of nodes or edges.
func Encode(w io.Writer, g *encoding.Graph) error {
	s, err := attrs.Collect(g, attrs.Reserved{
		Node: []string{"label", LabelsKey},
		Edge: []string{"label", "id", "start", "end", "weight"},
		// A value over time named weight is the edge's weight over time.
		NodeTimed: []string{"label", LabelsKey}, EdgeTimed: []string{"label", "id", "start", "end"},
	})
	if err != nil {
		return err
	}
	// A numeric weight is the edge's own weight attribute, Gephi's Weight
	// column; as an attvalue it would be a second "weight".
	numericWeight := false
	if k := s.Edge.Key(encoding.AttrWeight); k != nil && (k.Type == attrs.Int || k.Type == attrs.Double) {
		numericWeight = true
		s.Edge.Remove(encoding.AttrWeight)
	}
	if s.NodeLabels {
		s.Node.Add(LabelsKey, attrs.String)
	}
	s.Finish()
	labelsKey, _ := s.Node.Added(LabelsKey)

	out := attrs.NewWriter(w)
	out.WriteString(header)
	b := appendMeta(out.Buf(), g.Attrs)
	if g.Directed {
		b = append(b, `  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">`+"\n"...)
	} else {
		b = append(b, `  <graph defaultedgetype="undirected" mode="dynamic" timeformat="date">`+"\n"...)
	}
	b = appendDeclarations(b, "node", "", s.Node, nil)
	b = appendDeclarations(b, "node", "dynamic", s.NodeTimed, timedIDs(s.Node, s.NodeTimed, false))
	b = appendDeclarations(b, "edge", "", s.Edge, nil)
	edgeTimed := timedIDs(s.Edge, s.EdgeTimed, true)
	b = appendDeclarations(b, "edge", "dynamic", s.EdgeTimed, edgeTimed)
	nodeTimed := timedIDs(s.Node, s.NodeTimed, false)
	b = append(b, `    <nodes count="`...)
	b = strconv.AppendInt(b, int64(s.Nodes), 10)
	b = append(b, "\">\n"...)
	out.Write(b)

	if g.Nodes != nil {
		ord := attrs.NewOrderer(s.Node)
		g.Nodes(func(n encoding.Node) bool {
			b := out.Buf()
			b = append(b, `      <node id="`...)
			b = attrs.AppendAttr(b, n.ID)
			b = append(b, `" label="`...)
			b = attrs.AppendAttr(b, nodeLabel(n))
			b = append(b, '"')
			slots := ord.Order(n.Attrs)
			if len(slots) == 0 && len(n.Labels) == 0 && len(n.Timed) == 0 && len(n.Spells) == 0 {
				b = append(b, "/>\n"...)
				out.Write(b)
				return out.Err() == nil
			}
			b = append(b, '>')
			if len(slots) > 0 || len(n.Labels) > 0 || len(n.Timed) > 0 {
				b = append(b, "<attvalues>"...)
				labelsDone := len(n.Labels) == 0
				for _, sl := range slots {
					if !labelsDone && sl.Key > labelsKey {
						b = appendLabels(b, labelsKey, n.Labels)
						labelsDone = true
					}
					b = appendValue(b, sl.Key, n.Attrs[sl.Attr].Value)
				}
				if !labelsDone {
					b = appendLabels(b, labelsKey, n.Labels)
				}
				b = appendTimed(b, s.NodeTimed, nodeTimed, n.Timed)
				b = append(b, "</attvalues>"...)
			}
			b = appendSpells(b, n.Spells)
			b = append(b, "</node>\n"...)
			out.Write(b)
			return out.Err() == nil
		})
	}
	b = out.Buf()
	b = append(b, "    </nodes>\n    <edges count=\""...)
	b = strconv.AppendInt(b, int64(s.Edges), 10)
	b = append(b, "\">\n"...)
	out.Write(b)

	if g.Edges != nil && out.Err() == nil {
		ord := attrs.NewOrderer(s.Edge)
		g.Edges(func(e encoding.Edge) bool {
			b := out.Buf()
			b = attrs.AppendEdgeStart(b, "      ", e.ID, e.Source, e.Target)
			if e.Label != "" {
				b = append(b, ` label="`...)
				b = attrs.AppendAttr(b, e.Label)
				b = append(b, `" kind="`...)
				b = attrs.AppendAttr(b, e.Label)
				b = append(b, '"')
			}
			if numericWeight {
				if w, ok := weightOf(e.Attrs); ok {
					b = append(b, ` weight="`...)
					b = attrs.AppendXMLDouble(b, w)
					b = append(b, '"')
				}
			}
			if len(e.Spells) == 0 {
				b = appendSpan(b, e.Attrs)
			}
			slots := ord.Order(e.Attrs)
			if len(slots) == 0 && len(e.Timed) == 0 && len(e.Spells) == 0 {
				b = append(b, "/>\n"...)
				out.Write(b)
				return out.Err() == nil
			}
			b = append(b, '>')
			if len(slots) > 0 || len(e.Timed) > 0 {
				b = append(b, "<attvalues>"...)
				for _, sl := range slots {
					b = appendValue(b, sl.Key, e.Attrs[sl.Attr].Value)
				}
				b = appendTimed(b, s.EdgeTimed, edgeTimed, e.Timed)
				b = append(b, "</attvalues>"...)
			}
			b = appendSpells(b, e.Spells)
			b = append(b, "</edge>\n"...)
			out.Write(b)
			return out.Err() == nil
		})
	}
	out.WriteString("    </edges>\n  </graph>\n</gexf>\n")
	return out.Flush()
}

// appendMeta writes the graph attributes as GEXF's meta: generated_by as the
// creator, description as the description, the others as lines "key: value"
// of the description, sorted by key. GEXF has no typed graph attributes.
func appendMeta(b []byte, ga []graph.Attr) []byte {
	var creator, desc string
	var lines []string
	for _, a := range ga {
		if a.Value == nil {
			continue
		}
		v := rawValue(a.Value)
		switch a.Key {
		case "generated_by":
			creator = v
		case "description":
			desc = v
		default:
			lines = append(lines, a.Key+": "+v)
		}
	}
	if creator == "" && desc == "" && len(lines) == 0 {
		return b
	}
	sort.Strings(lines)
	for _, l := range lines {
		if desc != "" {
			desc += "\n"
		}
		desc += l
	}
	b = append(b, "  <meta>\n"...)
	if creator != "" {
		b = append(b, "    <creator>"...)
		b = attrs.AppendText(b, creator)
		b = append(b, "</creator>\n"...)
	}
	if desc != "" {
		b = append(b, "    <description>"...)
		b = attrs.AppendText(b, desc)
		b = append(b, "</description>\n"...)
	}
	return append(b, "  </meta>\n"...)
}

// rawValue formats an attribute value as plain (unescaped) text.
func rawValue(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case []string:
		return string(attrs.AppendJSONList(nil, x))
	case float64:
		return string(attrs.AppendXMLDouble(nil, x))
	case int:
		return strconv.Itoa(x)
	case bool:
		return strconv.FormatBool(x)
	}
	return ""
}

// appendDeclarations declares the keys of d, of class node or edge and
// mode "" (static) or "dynamic", with ids[i] as the id of key i (numbers
// from 0 when ids is nil).
func appendDeclarations(b []byte, class, mode string, d *attrs.Domain, ids []string) []byte {
	if len(d.Keys) == 0 {
		return b
	}
	b = append(b, `    <attributes class="`...)
	b = append(b, class...)
	if mode != "" {
		b = append(b, `" mode="`...)
		b = append(b, mode...)
	}
	b = append(b, "\">\n"...)
	for i, k := range d.Keys {
		b = append(b, `      <attribute id="`...)
		if ids != nil {
			b = attrs.AppendAttr(b, ids[i])
		} else {
			b = strconv.AppendInt(b, int64(k.Index), 10)
		}
		b = append(b, `" title="`...)
		b = attrs.AppendAttr(b, k.Name)
		b = append(b, `" type="`...)
		b = append(b, typeName(k)...)
		b = append(b, "\"/>\n"...)
	}
	return append(b, "    </attributes>\n"...)
}

// timedIDs numbers the keys of values over time after the static keys of
// their class; on edges a numeric key "weight" has the id "weight", which
// Gephi reads as the edge's weight over time.
func timedIDs(static, timed *attrs.Domain, edges bool) []string {
	ids := make([]string, len(timed.Keys))
	for i, k := range timed.Keys {
		ids[i] = strconv.Itoa(len(static.Keys) + i)
		if edges && k.Attr == encoding.AttrWeight && (k.Type == attrs.Int || k.Type == attrs.Double) {
			ids[i] = encoding.AttrWeight
		}
	}
	return ids
}

// appendTimed writes values over time, each with the first and last day of
// its span.
func appendTimed(b []byte, d *attrs.Domain, ids []string, timed []encoding.TimedAttr) []byte {
	for _, a := range timed {
		i, ok := d.Lookup(a.Key)
		if !ok || a.Value == nil {
			continue
		}
		b = append(b, `<attvalue for="`...)
		b = attrs.AppendAttr(b, ids[i])
		b = append(b, `" value="`...)
		b = attrs.AppendXMLValue(b, a.Value, true)
		b = append(b, '"')
		b = appendInterval(b, a.Span)
		b = append(b, "/>"...)
	}
	return b
}

// appendSpells writes the spans an element exists in.
func appendSpells(b []byte, spells []graph.Span) []byte {
	if len(spells) == 0 {
		return b
	}
	b = append(b, "<spells>"...)
	for _, sp := range spells {
		b = append(b, "<spell"...)
		b = appendInterval(b, sp)
		b = append(b, "/>"...)
	}
	return append(b, "</spells>"...)
}

// appendInterval writes start and end, the first and last day of s, as
// GEXF's closed intervals of timeformat date; an open end is left out.
func appendInterval(b []byte, s graph.Span) []byte {
	if !s.Start.IsZero() {
		b = append(b, ` start="`...)
		b = s.Start.Start().AppendFormat(b, time.DateOnly)
		b = append(b, '"')
	}
	if !s.End.IsZero() {
		b = append(b, ` end="`...)
		b = s.End.End().AppendFormat(b, time.DateOnly)
		b = append(b, '"')
	}
	return b
}

func typeName(k attrs.Key) string {
	switch k.Type {
	case attrs.Bool:
		return "boolean"
	case attrs.Int:
		if k.Long {
			return "long"
		}
		return "integer"
	case attrs.Double:
		return "double"
	case attrs.List:
		return "liststring"
	}
	return "string"
}

func appendValue(b []byte, key int, v any) []byte {
	if v == nil {
		return b
	}
	b = append(b, `<attvalue for="`...)
	b = strconv.AppendInt(b, int64(key), 10)
	b = append(b, `" value="`...)
	b = attrs.AppendXMLValue(b, v, true)
	return append(b, `"/>`...)
}

func appendLabels(b []byte, key int, labels []string) []byte {
	b = append(b, `<attvalue for="`...)
	b = strconv.AppendInt(b, int64(key), 10)
	b = append(b, `" value="`...)
	for _, l := range labels {
		b = append(b, ':')
		b = attrs.AppendAttr(b, l)
	}
	return append(b, `"/>`...)
}

// nodeLabel is the name a viewer shows: the name attribute, else the title,
// else the id.
func nodeLabel(n encoding.Node) string {
	var name, title string
	for _, a := range n.Attrs {
		if s, ok := a.Value.(string); ok && s != "" {
			switch a.Key {
			case encoding.AttrName:
				name = s
			case encoding.AttrTitle:
				title = s
			}
		}
	}
	switch {
	case name != "":
		return name
	case title != "":
		return title
	}
	return n.ID
}

// weightOf returns the last finite numeric weight attribute.
func weightOf(a []graph.Attr) (w float64, ok bool) {
	for _, x := range a {
		if x.Key != encoding.AttrWeight {
			continue
		}
		switch v := x.Value.(type) {
		case float64:
			if !math.IsNaN(v) && !math.IsInf(v, 0) {
				w, ok = v, true
			}
		case int:
			w, ok = float64(v), true
		}
	}
	return w, ok
}

// appendSpan writes the edge's time interval, so that Gephi's timeline plays
// it: an event from the first to the last day its date covers (date 2021-04:
// start="2021-04-01" end="2021-04-30"); a structural relationship from the
// first day of its from date to the last day of its to date, open when
// there is none. Dates that do not parse are left out.
func appendSpan(b []byte, a []graph.Attr) []byte {
	var date, from, to string
	for _, x := range a {
		s, ok := x.Value.(string)
		if !ok {
			continue
		}
		switch x.Key {
		case "date":
			date = s
		case "from":
			from = s
		case "to":
			to = s
		}
	}
	start, end, ok := span(date)
	if !ok {
		start, _, _ = span(from)
		_, end, _ = span(to)
	}
	if !start.IsZero() {
		b = append(b, ` start="`...)
		b = start.AppendFormat(b, time.DateOnly)
		b = append(b, '"')
	}
	if !end.IsZero() {
		b = append(b, ` end="`...)
		b = end.AppendFormat(b, time.DateOnly)
		b = append(b, '"')
	}
	return b
}

// span returns the first and last day of a date YYYY, YYYY-MM or
// YYYY-MM-DD, as graph.ParseDate reads it, without allocating.
func span(s string) (first, last time.Time, ok bool) {
	num := func(s string) int {
		n := 0
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return -1
			}
			n = n*10 + int(s[i]-'0')
		}
		return n
	}
	y, m, d, prec := 0, 1, 1, 0
	switch {
	case len(s) == 4:
		y, prec = num(s), 1
	case len(s) == 7 && s[4] == '-':
		y, m, prec = num(s[:4]), num(s[5:]), 2
	case len(s) == 10 && s[4] == '-' && s[7] == '-':
		y, m, d, prec = num(s[:4]), num(s[5:7]), num(s[8:]), 3
	default:
		return first, last, false
	}
	if y < 1 || m < 1 || m > 12 || d < 1 {
		return first, last, false
	}
	switch prec {
	case 1:
		return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC), true
	case 2:
		return time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC), time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC), true
	}
	first = time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if first.Day() != d { // 2021-02-30
		return time.Time{}, time.Time{}, false
	}
	return first, first, true
}
