package graphml

import (
	"io"
	"strconv"

	"github.com/blocgraph/blocgraph/graph/encoding"
	"github.com/blocgraph/blocgraph/graph/encoding/internal/attrs"
)

// Names of the keys that the encoder declares itself.
const (
	LabelsKey = "labels" // node labels, ":State" (APOC's form)
	LabelKey  = "label"  // edge relationship type
	IDKey     = "id"     // edge id, repeated as data for python-igraph
)

const header = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
`

// Encode writes g to w as a GraphML document. It walks g twice: once to
// collect the attribute keys and their types, then to write; memory does
// not grow with the number of nodes or edges.
func Encode(w io.Writer, g *encoding.Graph) error {
	s, err := attrs.Collect(g, attrs.Reserved{Node: []string{LabelsKey}, Edge: []string{LabelKey, IDKey}})
	if err != nil {
		return err
	}
	if s.NodeLabels {
		s.Node.Add(LabelsKey, attrs.String)
	}
	if s.EdgeLabels {
		s.Edge.Add(LabelKey, attrs.String)
	}
	if s.EdgeIDs {
		s.Edge.Add(IDKey, attrs.String)
	}
	s.Finish()
	labelsKey, _ := s.Node.Added(LabelsKey)
	labelKey, _ := s.Edge.Added(LabelKey)
	idKey, _ := s.Edge.Added(IDKey)
	// the keys the encoder adds to every edge, in key order
	type added struct {
		key   int
		label bool // the edge's label, else its id
	}
	edgeAdded := make([]added, 0, 2)
	if s.EdgeIDs {
		edgeAdded = append(edgeAdded, added{idKey, false})
	}
	if s.EdgeLabels {
		edgeAdded = append(edgeAdded, added{labelKey, true})
	}
	if len(edgeAdded) == 2 && labelKey < idKey {
		edgeAdded[0], edgeAdded[1] = edgeAdded[1], edgeAdded[0]
	}

	out := attrs.NewWriter(w)
	out.WriteString(header)
	b := out.Buf()
	for _, d := range []struct {
		dom    *attrs.Domain
		prefix byte
		class  string
	}{{s.Graph, 'g', "graph"}, {s.Node, 'n', "node"}, {s.Edge, 'e', "edge"}} {
		for _, k := range d.dom.Keys {
			b = append(b, `  <key id="`...)
			b = append(b, d.prefix)
			b = strconv.AppendInt(b, int64(k.Index), 10)
			b = append(b, `" for="`...)
			b = append(b, d.class...)
			b = append(b, `" attr.name="`...)
			b = attrs.AppendAttr(b, k.Name)
			b = append(b, `" attr.type="`...)
			b = append(b, typeName(k)...)
			b = append(b, "\"/>\n"...)
		}
	}
	if g.Directed {
		b = append(b, "  <graph id=\"G\" edgedefault=\"directed\">\n"...)
	} else {
		b = append(b, "  <graph id=\"G\" edgedefault=\"undirected\">\n"...)
	}
	for _, sl := range attrs.NewOrderer(s.Graph).Order(g.Attrs) {
		b = appendData(b, "    ", 'g', sl.Key, g.Attrs[sl.Attr].Value)
	}
	out.Write(b)

	if g.Nodes != nil {
		ord := attrs.NewOrderer(s.Node)
		g.Nodes(func(n encoding.Node) bool {
			b := out.Buf()
			b = append(b, `    <node id="`...)
			b = attrs.AppendAttr(b, n.ID)
			b = append(b, '"')
			slots := ord.Order(n.Attrs)
			if len(slots) == 0 && len(n.Labels) == 0 {
				b = append(b, "/>\n"...)
				out.Write(b)
				return out.Err() == nil
			}
			b = append(b, '>')
			labelsDone := len(n.Labels) == 0
			for _, sl := range slots {
				if !labelsDone && sl.Key > labelsKey {
					b = appendLabels(b, labelsKey, n.Labels)
					labelsDone = true
				}
				b = appendData(b, "", 'n', sl.Key, n.Attrs[sl.Attr].Value)
			}
			if !labelsDone {
				b = appendLabels(b, labelsKey, n.Labels)
			}
			b = append(b, "</node>\n"...)
			out.Write(b)
			return out.Err() == nil
		})
	}
	if g.Edges != nil && out.Err() == nil {
		ord := attrs.NewOrderer(s.Edge)
		g.Edges(func(e encoding.Edge) bool {
			b := out.Buf()
			b = attrs.AppendEdgeStart(b, "    ", e.ID, e.Source, e.Target)
			slots := ord.Order(e.Attrs)
			if len(slots) == 0 && e.Label == "" && e.ID == "" {
				b = append(b, "/>\n"...)
				out.Write(b)
				return out.Err() == nil
			}
			b = append(b, '>')
			next := 0 // into edgeAdded
			addedValue := func(a added) string {
				if a.label {
					return e.Label
				}
				return e.ID
			}
			for _, sl := range slots {
				for ; next < len(edgeAdded) && edgeAdded[next].key < sl.Key; next++ {
					if v := addedValue(edgeAdded[next]); v != "" {
						b = appendData(b, "", 'e', edgeAdded[next].key, v)
					}
				}
				b = appendData(b, "", 'e', sl.Key, e.Attrs[sl.Attr].Value)
			}
			for ; next < len(edgeAdded); next++ {
				if v := addedValue(edgeAdded[next]); v != "" {
					b = appendData(b, "", 'e', edgeAdded[next].key, v)
				}
			}
			b = append(b, "</edge>\n"...)
			out.Write(b)
			return out.Err() == nil
		})
	}
	out.WriteString("  </graph>\n</graphml>\n")
	return out.Flush()
}

func typeName(k attrs.Key) string {
	switch k.Type {
	case attrs.Bool:
		return "boolean"
	case attrs.Int:
		if k.Long {
			return "long"
		}
		return "int"
	case attrs.Double:
		return "double"
	}
	return "string"
}

func appendData(b []byte, indent string, prefix byte, key int, v any) []byte {
	if v == nil {
		return b
	}
	b = append(b, indent...)
	b = append(b, `<data key="`...)
	b = append(b, prefix)
	b = strconv.AppendInt(b, int64(key), 10)
	b = append(b, `">`...)
	b = attrs.AppendXMLValue(b, v, false)
	b = append(b, "</data>"...)
	if indent != "" {
		b = append(b, '\n')
	}
	return b
}

func appendLabels(b []byte, key int, labels []string) []byte {
	b = append(b, `<data key="n`...)
	b = strconv.AppendInt(b, int64(key), 10)
	b = append(b, `">`...)
	for _, l := range labels {
		b = append(b, ':')
		b = attrs.AppendText(b, l)
	}
	return append(b, "</data>"...)
}
