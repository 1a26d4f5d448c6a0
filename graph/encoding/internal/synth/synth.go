// Package synth makes large synthetic graphs for the encoders' memory tests
// and the export benchmark, without holding them: the iterators compute each
// element on the fly and reuse one attribute slice, with values boxed once.
package synth

import (
	"strconv"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/graph/encoding"
)

var types = []string{"CONGRATULATED", "PRAISED", "MET", "SANCTIONED", "CRITICIZED", "GAVE_AID", "THREATENED"}

// NodeID is the id of node i.
func NodeID(i int) string { return "n" + strconv.Itoa(i) }

// Endpoints returns the source and target of edge i among n nodes.
func Endpoints(i, n int) (s, t int) {
	s = int(uint64(i) * 2654435761 % uint64(n))
	t = int((uint64(i)*40503 + 7) % uint64(n))
	if t == s {
		t = (t + 1) % n
	}
	return s, t
}

// NodeValues returns the two node attributes of node i: name, pagerank.
func NodeValues(i int) (name string, pagerank float64) {
	return "State " + strconv.Itoa(i), float64(i%997+1) / 99700
}

// EdgeValues returns the four edge attributes of edge i: type (string),
// weight (double), count (int), date (string).
func EdgeValues(i int) (typ string, weight float64, count int, date string) {
	typ = types[i%len(types)]
	weight = float64(i%2001-1000) / 100
	count = i%5 + 1
	date = "2021-" + strconv.Itoa(10+i%3) + "-" + strconv.Itoa(10+i%19)
	return
}

// Graph returns a directed multigraph of n nodes and m edges whose
// attributes come from NodeValues and EdgeValues; edges have no id unless
// ids is set. Values are boxed up front (cycling through a few thousand),
// so that iterating allocates next to nothing and what an encoder
// allocates shows.
func Graph(n, m int, ids bool) *encoding.Graph {
	const cycle = 4096
	names := make([]any, min(n, cycle))
	ranks := make([]any, min(n, cycle))
	for i := range names {
		name, pr := NodeValues(i)
		names[i], ranks[i] = name, pr
	}
	et := make([]any, min(m, cycle))
	ew := make([]any, min(m, cycle))
	ec := make([]any, min(m, cycle))
	ed := make([]any, min(m, cycle))
	for i := range et {
		t, w, c, d := EdgeValues(i)
		et[i], ew[i], ec[i], ed[i] = t, w, c, d
	}
	var edgeIDs []string
	if ids {
		edgeIDs = make([]string, m)
		for i := range edgeIDs {
			edgeIDs[i] = "e" + strconv.Itoa(i)
		}
	}
	nodeIDs := make([]string, n)
	for i := range nodeIDs {
		nodeIDs[i] = NodeID(i)
	}
	return &encoding.Graph{
		Directed:   true,
		Multigraph: true,
		Attrs:      []graph.Attr{{Key: "generated_by", Value: "blocgraph synth"}},
		Nodes: func(yield func(encoding.Node) bool) {
			a := make([]graph.Attr, 2)
			labels := []string{"State"}
			for i := 0; i < n; i++ {
				a[0] = graph.Attr{Key: "name", Value: names[i%cycle]}
				a[1] = graph.Attr{Key: "pagerank", Value: ranks[i%cycle]}
				if !yield(encoding.Node{ID: nodeIDs[i], Labels: labels, Attrs: a}) {
					return
				}
			}
		},
		Edges: func(yield func(encoding.Edge) bool) {
			a := make([]graph.Attr, 4)
			for i := 0; i < m; i++ {
				s, t := Endpoints(i, n)
				a[0] = graph.Attr{Key: "type", Value: et[i%cycle]}
				a[1] = graph.Attr{Key: "weight", Value: ew[i%cycle]}
				a[2] = graph.Attr{Key: "count", Value: ec[i%cycle]}
				a[3] = graph.Attr{Key: "date", Value: ed[i%cycle]}
				e := encoding.Edge{Source: nodeIDs[s], Target: nodeIDs[t], Attrs: a}
				if ids {
					e.ID = edgeIDs[i]
				}
				if !yield(e) {
					return
				}
			}
		},
	}
}
