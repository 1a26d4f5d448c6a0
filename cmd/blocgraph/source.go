package main

import (
	"context"
	"fmt"

	"github.com/blocgraph/blocgraph/analysis"
	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/graph/encoding"
	store "github.com/blocgraph/blocgraph/graph/neo4j"
	"github.com/urfave/cli/v2"
)

// sourceFlags choose where a command reads the graph from.
func sourceFlags() []cli.Flag {
	return append([]cli.Flag{
		&cli.StringFlag{Name: "from", Value: "files", Category: "Neo4j", Usage: "where to read the graph, `SOURCE`: files (the PATHs given) or neo4j (the NEO4J_* settings)"},
	}, neo4jFlags()...)
}

// readSource reads the graph the command works on: the files at paths, or
// the database. f is the command's event filter: the database returns only
// the events it keeps; files are read whole, and f applied to them later
// (by the projection or graph.Filter).
func readSource(c *cli.Context, paths []string, f graph.EventFilter) (*graph.Graph, error) {
	switch c.String("from") {
	case "", "files":
		return loadPaths(c, paths)
	case "neo4j":
		if len(paths) > 0 {
			return nil, usageError("--from neo4j reads the database; leave out the PATHs (%s)", paths[0])
		}
		return readGraphFromNeo4j(c, f)
	}
	return nil, usageError("--from %q is not files or neo4j", c.String("from"))
}

// writeBackFlag asks report to store its results in Neo4j.
func writeBackFlag() cli.Flag {
	return &cli.BoolFlag{Name: "write-back", Category: "Neo4j", Usage: "store pagerank, betweenness, eigenvector, balance, bloc, bloc_label (and bloc_confidence) as properties of the State nodes in Neo4j"}
}

// afterReport runs what a report asks for once its results are known:
// --write-back.
func afterReport(c *cli.Context, r *analysis.Report) error {
	if !c.Bool("write-back") {
		return nil
	}
	var rows []store.NodeProps
	for _, x := range r.Results {
		props := map[string]any{}
		for _, a := range x.Attributes() {
			props[a.Key] = a.Value
		}
		if x.BlocConfidence == nil {
			props[encoding.AttrBlocConfidence] = nil // an earlier consensus run's value would mislead
		}
		rows = append(rows, store.NodeProps{Kind: x.Kind, ID: x.ID, Props: props})
	}
	total, nodes, addr, err := writeBack(c, rows)
	if err != nil {
		return err
	}
	fmt.Fprintf(c.App.ErrWriter, "wrote %d properties on %d nodes in Neo4j at %s\n", total, nodes, addr)
	return nil
}

// writeBack stores the properties of rows on their nodes in Neo4j, all or
// nothing (one transaction), and returns how many properties it set on how
// many nodes, and where.
func writeBack(c *cli.Context, rows []store.NodeProps) (total, nodes int, addr string, err error) {
	ctx := commandContext(c)
	st, err := openStore(c)
	if err != nil {
		return 0, 0, "", err
	}
	defer st.Close(context.Background())
	total, err = st.WriteBack(ctx, rows)
	if err != nil {
		return 0, 0, "", err
	}
	return total, len(rows), st.Config().Address(), nil
}
