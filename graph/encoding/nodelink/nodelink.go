package nodelink

import (
	"fmt"
	"io"
	"sort"
	"strconv"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/graph/encoding"
	"github.com/blocgraph/blocgraph/graph/encoding/internal/attrs"
)

// Members the format uses itself. A node or edge attribute of one of these
// names is written with "_" appended ("source" becomes "source_").
var (
	reservedNode = map[string]bool{"id": true, "labels": true}
	reservedEdge = map[string]bool{"id": true, "source": true, "target": true, "key": true, "label": true}
)

// Encode writes g to w as node-link JSON, in one pass: memory does not grow
// with the number of nodes or edges.
func Encode(w io.Writer, g *encoding.Graph) error {
	out := attrs.NewWriter(w)
	b := out.Buf()
	b = append(b, `{"directed": `...)
	b = strconv.AppendBool(b, g.Directed)
	b = append(b, `, "multigraph": `...)
	b = strconv.AppendBool(b, g.Multigraph)
	b = append(b, `, "graph": {`...)
	ga := append([]graph.Attr(nil), g.Attrs...)
	sort.SliceStable(ga, func(i, j int) bool { return ga[i].Key < ga[j].Key })
	first := true
	for i, a := range ga {
		if a.Value == nil || (i+1 < len(ga) && ga[i+1].Key == a.Key) {
			continue // last wins
		}
		if !first {
			b = append(b, ", "...)
		}
		first = false
		var err error
		if b, err = appendMember(b, a.Key, a.Value); err != nil {
			return err
		}
	}
	b = append(b, "},\n\"nodes\": ["...)
	out.Write(b)

	var err error
	n := 0
	if g.Nodes != nil {
		g.Nodes(func(nd encoding.Node) bool {
			b := out.Buf()
			if n > 0 {
				b = append(b, ',')
			}
			n++
			b = append(b, "\n{\"id\": "...)
			b = attrs.AppendJSONString(b, nd.ID)
			if len(nd.Labels) > 0 {
				b = append(b, `, "labels": `...)
				b = attrs.AppendJSONList(b, nd.Labels)
			}
			if b, err = appendAttrs(b, nd.Attrs, reservedNode); err != nil {
				return false
			}
			b = append(b, '}')
			out.Write(b)
			return out.Err() == nil
		})
	}
	if err != nil {
		return err
	}
	out.WriteString("\n],\n\"edges\": [")
	n = 0
	if g.Edges != nil && out.Err() == nil {
		g.Edges(func(e encoding.Edge) bool {
			b := out.Buf()
			if n > 0 {
				b = append(b, ',')
			}
			n++
			b = append(b, "\n{\"source\": "...)
			b = attrs.AppendJSONString(b, e.Source)
			b = append(b, `, "target": `...)
			b = attrs.AppendJSONString(b, e.Target)
			if e.ID != "" {
				if g.Multigraph {
					b = append(b, `, "key": `...)
					b = attrs.AppendJSONString(b, e.ID)
				}
				b = append(b, `, "id": `...)
				b = attrs.AppendJSONString(b, e.ID)
			}
			if e.Label != "" {
				b = append(b, `, "label": `...)
				b = attrs.AppendJSONString(b, e.Label)
			}
			if b, err = appendAttrs(b, e.Attrs, reservedEdge); err != nil {
				return false
			}
			b = append(b, '}')
			out.Write(b)
			return out.Err() == nil
		})
	}
	if err != nil {
		return err
	}
	out.WriteString("\n]}\n")
	return out.Flush()
}

// appendAttrs writes attrs as members in their given order, leaving out nil
// values and all but the last of repeated keys.
func appendAttrs(b []byte, as []graph.Attr, reserved map[string]bool) ([]byte, error) {
	for i, a := range as {
		if a.Value == nil || repeated(as[i+1:], a.Key) {
			continue
		}
		b = append(b, ", "...)
		k := a.Key
		if reserved[k] {
			k += "_"
		}
		var err error
		if b, err = appendMember(b, k, a.Value); err != nil {
			return b, err
		}
	}
	return b, nil
}

func repeated(rest []graph.Attr, key string) bool {
	for _, a := range rest {
		if a.Key == key && a.Value != nil {
			return true
		}
	}
	return false
}

func appendMember(b []byte, k string, v any) ([]byte, error) {
	b = attrs.AppendJSONString(b, k)
	b = append(b, ": "...)
	switch x := v.(type) {
	case string:
		b = attrs.AppendJSONString(b, x)
	case int:
		b = strconv.AppendInt(b, int64(x), 10)
	case float64:
		b = attrs.AppendJSONDouble(b, x)
	case bool:
		b = strconv.AppendBool(b, x)
	case []string:
		b = attrs.AppendJSONList(b, x)
	default:
		return b, fmt.Errorf("attribute %q has a value of unsupported type %T (want string, float64, int, bool or []string)", k, v)
	}
	return b, nil
}
