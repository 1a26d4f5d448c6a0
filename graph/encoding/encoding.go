package encoding

import (
	"github.com/blocgraph/blocgraph/graph"
)

// Node is one node as the encoders see it.
type Node struct {
	ID     string
	Labels []string     // node labels, e.g. ["State"]
	Attrs  []graph.Attr // typed properties; see the package documentation for the types
	Dynamics
}

// Edge is one edge (relationship) as the encoders see it.
type Edge struct {
	ID     string
	Source string // node id
	Target string // node id
	Label  string // relationship type, e.g. "CONGRATULATED"
	Attrs  []graph.Attr
	Dynamics
}

// Dynamics are an element's life over time, for a graph that changes (a
// timeline): the spans it exists in and attribute values that hold over a
// span (a state's bloc per period). Only GEXF writes them (spells and
// dynamic attributes, which Gephi's timeline plays); the other formats
// leave them out. Spells must not overlap, nor the spans of one key's
// values, as Gephi refuses overlapping intervals.
type Dynamics struct {
	Spells []graph.Span // empty: the element exists at every time
	Timed  []TimedAttr
}

// TimedAttr is an attribute value over a span of time. Its value has one of
// the types of graph.Attr values.
type TimedAttr struct {
	Key   string
	Value any
	Span  graph.Span
}

// Graph is the neutral model every encoder reads.
//
// Nodes and Edges are iterators in the manner of iter.Seq: they call yield
// once per element, in a fixed order, and stop when yield returns false.
// They must be re-iterable: the XML encoders walk them twice, first to
// collect the attribute keys and their types, then to write. Encoders never
// keep a Node, an Edge or their slices after yield returns, so an iterator
// may reuse them from one element to the next.
type Graph struct {
	Directed bool
	// Multigraph says that several edges may join the same ordered pair of
	// nodes. Encoders keep every edge either way; the flag is written where a
	// format records it (node-link "multigraph" and edge "key").
	Multigraph bool
	Attrs      []graph.Attr // graph-level: e.g. source, generated_by
	Nodes      func(yield func(Node) bool)
	Edges      func(yield func(Edge) bool)
}

// FromGraph returns the full multigraph of g for the encoders: every node
// (labelled by its kind, with the attributes of graph.Node.Attributes and
// then extra[node id], such as pagerank or bloc, an extra attribute replacing
// one of the same key), every structural relationship and every event as a
// directed edge labelled by its type, with its Attributes; parallel edges are
// kept. The "id" attribute is left out of the attribute lists: it is the ID of
// the Node or Edge.
//
// Nodes come in g.Nodes order (kind, then id); edges are the structural
// relationships in g.Relationships order, then the events in g.Events order
// (date, then id), so the same facts give the same output whatever order they
// were loaded in. The returned Graph reads g each time it is iterated: do
// not change g while encoding.
func FromGraph(g *graph.Graph, extra map[string][]graph.Attr) *Graph {
	return &Graph{
		Directed:   true,
		Multigraph: true,
		Nodes: func(yield func(Node) bool) {
			for _, n := range g.Nodes() {
				attrs := withExtra(dropID(n.Attributes()), extra[n.ID])
				if !yield(Node{ID: n.ID, Labels: []string{string(n.Kind)}, Attrs: attrs}) {
					return
				}
			}
		},
		Edges: func(yield func(Edge) bool) {
			for _, r := range g.Relationships() {
				if !yield(Edge{ID: r.ID, Source: r.From, Target: r.To, Label: r.Type, Attrs: dropID(r.Attributes())}) {
					return
				}
			}
			for _, e := range g.Events() {
				if !yield(Edge{ID: e.ID, Source: e.Subject, Target: e.Object, Label: e.Type, Attrs: dropID(e.Attributes())}) {
					return
				}
			}
		},
	}
}

// dropID removes the "id" attribute, which the element's ID already carries.
func dropID(a []graph.Attr) []graph.Attr {
	out := a[:0]
	for _, x := range a {
		if x.Key != "id" {
			out = append(out, x)
		}
	}
	return out
}

// withExtra appends extra to a; an extra attribute replaces one of the same key.
func withExtra(a, extra []graph.Attr) []graph.Attr {
	for _, x := range extra {
		replaced := false
		for i := range a {
			if a[i].Key == x.Key {
				a[i].Value, replaced = x.Value, true
				break
			}
		}
		if !replaced {
			a = append(a, x)
		}
	}
	return a
}

// NumNodes counts the nodes of g by iterating them.
func (g *Graph) NumNodes() int {
	n := 0
	if g.Nodes != nil {
		g.Nodes(func(Node) bool { n++; return true })
	}
	return n
}

// NumEdges counts the edges of g by iterating them.
func (g *Graph) NumEdges() int {
	n := 0
	if g.Edges != nil {
		g.Edges(func(Edge) bool { n++; return true })
	}
	return n
}
