package encoding_test

import (
	"fmt"
	"os"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/graph/encoding"
	"github.com/blocgraph/blocgraph/graph/encoding/nodelink"
)

// FromGraph gives the encoders the whole multigraph, with analysis results
// added to the nodes.
func ExampleFromGraph() {
	g := graph.New()
	g.AddNode(&graph.Node{ID: "PRK", Kind: graph.KindState, Name: "North Korea"})
	g.AddNode(&graph.Node{ID: "CUB", Kind: graph.KindState, Name: "Cuba"})
	r, _ := graph.RelationByType("EXPRESSED_SOLIDARITY")
	g.AddEvent(&graph.Event{ID: "ev-1", Type: r.Type, Subject: "PRK", Object: "CUB", Date: graph.MustDate("2021-04"),
		Quote: `his "difficult brother" Cuba`, CAMEO: r.CAMEO, Goldstein: r.Goldstein, Count: 1, Confidence: 1, Source: "facts"})
	m := encoding.FromGraph(g, map[string][]graph.Attr{"PRK": {{Key: "bloc", Value: 0}, {Key: "bloc_label", Value: "socialist bloc"}}})
	m.Attrs = []graph.Attr{{Key: "generated_by", Value: "blocgraph"}}
	fmt.Println(m.NumNodes(), "nodes,", m.NumEdges(), "edge")
	if err := nodelink.Encode(os.Stdout, m); err != nil {
		fmt.Println(err)
	}
	// Output:
	// 2 nodes, 1 edge
	// {"directed": true, "multigraph": true, "graph": {"generated_by": "blocgraph"},
	// "nodes": [
	// {"id": "CUB", "labels": ["State"], "kind": "State", "name": "Cuba"},
	// {"id": "PRK", "labels": ["State"], "kind": "State", "name": "North Korea", "bloc": 0, "bloc_label": "socialist bloc"}
	// ],
	// "edges": [
	// {"source": "PRK", "target": "CUB", "key": "ev-1", "id": "ev-1", "label": "EXPRESSED_SOLIDARITY", "type": "EXPRESSED_SOLIDARITY", "date": "2021-04", "date_precision": "month", "quote": "his \"difficult brother\" Cuba", "cameo": "051", "goldstein": 3.4, "count": 1, "confidence": 1.0, "dataset": "facts"}
	// ]}
}
