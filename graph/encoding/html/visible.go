package html

import (
	"fmt"
	"reflect"
	"strings"
	"unicode"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/graph/encoding"
	"github.com/blocgraph/blocgraph/graph/encoding/brief"
)

// Characters that would act rather than show. html/template escapes
// markup; these it leaves alone, and a browser obeys them: a right-to-left
// override (U+202E) makes "gpj.exe" of "exe.jpg" and runs on into the text
// around it, an isolate or embedding does the like, and C0/C1 controls are
// invisible. Every string of the briefing (names, quotes, titles, notes)
// shows them as a visible mark such as [U+202E] instead, and each data
// value also sits in its own <bdi>, so that right-to-left names (Arabic,
// Hebrew) still read correctly without spilling over their neighbours.

// isHidden reports whether r is a bidirectional formatting or control
// character shown as a mark.
func isHidden(r rune) bool {
	switch {
	case r == '\t' || r == '\n':
		return false
	case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069, r == 0x061C:
		return true
	}
	return unicode.IsControl(r)
}

// vis returns s with each hidden character replaced by [U+XXXX].
func vis(s string) string {
	if strings.IndexFunc(s, isHidden) < 0 {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if isHidden(r) {
			fmt.Fprintf(&b, "[U+%04X]", r)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// visible returns a copy of b whose every string went through vis, the
// timeline picture's model included; b is left as it was.
func visible(b *brief.Briefing) *brief.Briefing {
	c := *b
	walkStrings(reflect.ValueOf(&c).Elem())
	return &c
}

var graphType = reflect.TypeOf((*encoding.Graph)(nil))

// walkStrings applies vis to every string reachable from v, copying the
// slices and pointers it passes through so that the original is not
// changed. v must be settable.
func walkStrings(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		if s := v.String(); strings.IndexFunc(s, isHidden) >= 0 {
			v.SetString(vis(s))
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				walkStrings(v.Field(i))
			}
		}
	case reflect.Slice:
		if v.IsNil() {
			return
		}
		c := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		reflect.Copy(c, v)
		for i := 0; i < c.Len(); i++ {
			walkStrings(c.Index(i))
		}
		v.Set(c)
	case reflect.Pointer:
		if v.IsNil() || v.Type() == graphType {
			return // the picture's graph is wrapped by visibleGraph
		}
		c := reflect.New(v.Type().Elem())
		c.Elem().Set(v.Elem())
		walkStrings(c.Elem())
		v.Set(c)
	}
}

// visibleGraph wraps g so that the string attributes of its nodes and
// edges (names, bloc labels) go through vis on their way to the picture.
func visibleGraph(g *encoding.Graph) *encoding.Graph {
	c := *g
	if g.Nodes != nil {
		c.Nodes = func(yield func(encoding.Node) bool) {
			g.Nodes(func(n encoding.Node) bool {
				n.ID = vis(n.ID)
				n.Attrs = visibleAttrs(n.Attrs)
				return yield(n)
			})
		}
	}
	if g.Edges != nil {
		c.Edges = func(yield func(encoding.Edge) bool) {
			g.Edges(func(e encoding.Edge) bool {
				e.Source, e.Target, e.Label = vis(e.Source), vis(e.Target), vis(e.Label)
				return yield(e)
			})
		}
	}
	return &c
}

func visibleAttrs(a []graph.Attr) []graph.Attr {
	var out []graph.Attr
	for i, x := range a {
		s, ok := x.Value.(string)
		if !ok || strings.IndexFunc(s, isHidden) < 0 {
			continue
		}
		if out == nil {
			out = append([]graph.Attr(nil), a...)
		}
		out[i].Value = vis(s)
	}
	if out == nil {
		return a
	}
	return out
}
