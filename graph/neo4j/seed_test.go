package neo4j

import (
	"testing"

	"github.com/blocgraph/blocgraph/graph"
)

// seedGraph is the graph of the seed facts. Until the facts loader builds,
// it is the hand-made copy of testdata/facts/kim-diaz-canel-2021.yaml.
func seedGraph(tb testing.TB) *graph.Graph { return handSeed(tb) }
