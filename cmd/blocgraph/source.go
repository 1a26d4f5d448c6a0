package main

import (
	"context"
	"fmt"
	"time"

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
	return &cli.BoolFlag{Name: "write-back", Category: "Neo4j", Usage: "store pagerank, betweenness, eigenvector, balance, bloc, bloc_label (and bloc_confidence) and report_run as properties of the State nodes in Neo4j, removing them from the nodes this report does not cover"}
}

// PropReportRun is the property a report's write-back stores beside its
// results on every node it writes: when and over what the run was, one
// value for the whole run, so that Cypher can tell which run a node's
// numbers come from (RETURN DISTINCT n.report_run).
const PropReportRun = "report_run"

// reportProps are the properties a report's write-back owns: every result
// a node can have (bloc_confidence too, consensus only) and report_run. A
// write-back removes them from the nodes it does not write.
func reportProps() []string {
	var out []string
	for _, a := range (&analysis.NodeResult{BlocConfidence: new(float64)}).Attributes() {
		out = append(out, a.Key)
	}
	return append(out, PropReportRun)
}

// reportKinds are the labels a report writes on: states, and with --level
// actor leaders and parties. A write-back clears every node of them that it
// does not write, whatever the level, so that a state-level run after an
// actor-level one leaves no leader with the earlier run's numbers.
var reportKinds = []graph.Kind{graph.KindState, graph.KindLeader, graph.KindParty}

// reportRun describes the run whose results r are, for PropReportRun:
// "2026-12-03T13:40:05.123Z report, state level, 2021-03 to 2024-06-19, blocs by signed".
func reportRun(r *analysis.Report, now time.Time) string {
	return fmt.Sprintf("%s report, %s level, %s, blocs by %s", now.UTC().Format("2006-01-02T15:04:05.000Z"), r.Level, r.Window, r.Method)
}

// afterReport runs what a report asks for once its results are known:
// --write-back.
func afterReport(c *cli.Context, r *analysis.Report) error {
	if !c.Bool("write-back") {
		return nil
	}
	run := reportRun(r, time.Now())
	var rows []store.NodeProps
	for _, x := range r.Results {
		props := map[string]any{}
		for _, a := range x.Attributes() {
			props[a.Key] = a.Value
		}
		if x.BlocConfidence == nil {
			props[encoding.AttrBlocConfidence] = nil // an earlier consensus run's value would mislead
		}
		props[PropReportRun] = run
		rows = append(rows, store.NodeProps{Kind: x.Kind, ID: x.ID, Props: props})
	}
	sum, addr, err := writeBack(c, rows, store.Clear{Kinds: reportKinds, Props: reportProps()})
	if err != nil {
		return err
	}
	fmt.Fprintf(c.App.ErrWriter, "wrote %d properties on %s in Neo4j at %s; cleared an earlier run's results from %s not in this report\n",
		sum.Properties, plural(len(rows), "node"), addr, plural(sum.Cleared, "node"))
	return nil
}

// writeBack stores the properties of rows on their nodes in Neo4j and
// removes clear's from the other nodes, all or nothing (one transaction),
// and returns what it did, and where.
func writeBack(c *cli.Context, rows []store.NodeProps, clear store.Clear) (sum store.WriteBackSummary, addr string, err error) {
	ctx := commandContext(c)
	st, err := openStore(c)
	if err != nil {
		return sum, "", err
	}
	defer st.Close(context.Background())
	sum, err = st.WriteBackClearing(ctx, rows, clear)
	if err != nil {
		return sum, "", err
	}
	return sum, st.Config().Address(), nil
}
