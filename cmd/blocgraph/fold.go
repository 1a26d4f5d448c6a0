package main

import (
	"sync"

	"github.com/blocgraph/blocgraph/analysis"
	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/loader"
	"github.com/urfave/cli/v2"
)

// projectInput reads the input named by paths and projects it, its states
// named as on the window's last day (nameForWindow). From files
// the dataset events are folded straight into the projection as they are
// read (foldFiles), never kept one by one; evidence is the number of events
// each pair keeps for the analyst to check (0: none, analysis.AllEvents:
// all). From Neo4j, or with a half-life measured from the latest event,
// the graph is read whole and projected.
func projectInput(c *cli.Context, paths []string, evidence int) (*graph.Graph, *analysis.Projection, error) {
	opt, err := projectionOptions(c)
	if err != nil {
		return nil, nil, err
	}
	if foldDatasets && fromFiles(c) && analysis.Foldable(opt) {
		return foldFiles(c, paths, opt, evidence)
	}
	g, err := readSource(c, paths, opt.Filter)
	if err != nil {
		return nil, nil, err
	}
	p, err := analysis.Project(g, opt)
	if err != nil {
		return nil, nil, err
	}
	nameForWindow(g, p)
	return g, p, nil
}

// foldDatasets is false only in tests that compare the fold with the graph
// it stands for.
var foldDatasets = true

// fromFiles reports whether the command reads files (not Neo4j).
func fromFiles(c *cli.Context) bool { return c.String("from") == "" || c.String("from") == "files" }

// foldFiles reads the files at paths, folding every dataset event into the
// projection as the loader emits it (one analysis.Fold per worker, merged
// at the end), then the events of the facts files, which the graph holds.
// Memory follows the pairs of states, not the rows.
func foldFiles(c *cli.Context, paths []string, opt analysis.Options, evidence int) (*graph.Graph, *analysis.Projection, error) {
	fold, err := analysis.NewFold(opt, evidence)
	if err != nil {
		return nil, nil, err
	}
	g, shards, err := loadFolding(c, paths, fold.Shard)
	if err != nil {
		return nil, nil, err
	}
	for _, s := range shards {
		fold.Merge(s)
	}
	fold.AddGraph(g)
	p := fold.Projection(g)
	nameForWindow(g, p)
	return g, p, nil
}

// datasetFolder takes dataset events as the loader emits them: a shard of
// analysis.Fold or of analysis.PeriodFold.
type datasetFolder interface {
	DatasetEvent(typ, subject, object string, date, end graph.Date, goldstein float64, count int, full analysis.FullEvent)
}

// loadFolding reads the files at paths, the loader handing every dataset
// event to the shard of its worker (newShard makes one per worker), and
// returns the graph (the facts files' nodes and events, the datasets'
// states) and the shards.
func loadFolding[F datasetFolder](c *cli.Context, paths []string, newShard func() F) (*graph.Graph, []F, error) {
	var mu sync.Mutex
	var shards []F
	sink := func() loader.EventSink {
		s := newShard()
		mu.Lock()
		shards = append(shards, s)
		mu.Unlock()
		return foldSink{s}
	}
	g, _, err := loadPathsSink(c, paths, sink)
	if err != nil {
		return nil, nil, err
	}
	return g, shards, nil
}

// foldSink is a loader.EventSink that folds events into one shard.
type foldSink struct{ f datasetFolder }

func (s foldSink) Emit(e *loader.DatasetEvent) error {
	s.f.DatasetEvent(e.Type, e.Subject, e.Object, e.Date, e.End, e.Goldstein, e.Count, e)
	return nil
}
