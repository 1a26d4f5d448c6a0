package neo4j

import (
	"testing"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/loader"
)

// seedGraph is the graph of the seed facts in testdata/facts, as the facts
// loader builds it with the built-in gazetteer.
func seedGraph(tb testing.TB) *graph.Graph {
	tb.Helper()
	g, err := loader.LoadFacts([]string{"../../testdata/facts"}, loader.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	return g
}
