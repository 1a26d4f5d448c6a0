package main

import (
	"fmt"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/loader"
	"github.com/urfave/cli/v2"
)

// inputFlags are the flags of every command that reads facts files and
// event datasets.
func inputFlags() []cli.Flag {
	return inCategory("Datasets (GDELT, ICEWS, dyadic files)", datasetFlags())
}

// loadInput reads the command's PATH arguments into a graph.
func loadInput(c *cli.Context) (*graph.Graph, error) { return loadPaths(c, c.Args().Slice()) }

// loadPaths reads facts files, event datasets and folders of them into a
// graph. When datasets were read, their summary (rows read, mapped, kept as
// generic, dropped by reason, malformed rows with file:line) goes to stderr.
func loadPaths(c *cli.Context, paths []string) (*graph.Graph, error) {
	g, _, err := loadPathsSummary(c, paths)
	return g, err
}

func loadPathsSummary(c *cli.Context, paths []string) (*graph.Graph, *loader.Summary, error) {
	return loadPathsSink(c, paths, nil)
}

// loadPathsSink is loadPathsSummary with the dataset events handed to the
// sinks sink makes (loader.DatasetOptions.Sink) instead of the graph, when
// sink is not nil.
func loadPathsSink(c *cli.Context, paths []string, sink func() loader.EventSink) (*graph.Graph, *loader.Summary, error) {
	if len(paths) == 0 {
		return nil, nil, usageError("name the facts files, datasets or folders to read, e.g. blocgraph %s testdata/ (or - for standard input)", c.Command.Name)
	}
	opt := loader.Options{Stdin: c.App.Reader}
	if hasFlag(c, "input-format") {
		d, err := datasetOptions(c)
		if err != nil {
			return nil, nil, err
		}
		opt.Dataset = d
	}
	opt.Dataset.Sink = sink
	g, sum, err := loader.Load(paths, opt)
	if err != nil {
		return nil, nil, err
	}
	for _, w := range sumWarnings(sum) {
		fmt.Fprintf(c.App.ErrWriter, "warning: %v\n", w)
	}
	if sum != nil {
		noteInputs(c, sum.Inputs)
	}
	if sum != nil && len(sum.Datasets) == 0 {
		sum.WriteSkipped(c.App.ErrWriter) // the dataset summary lists them otherwise
	}
	if sum != nil && len(sum.Datasets) > 0 {
		sum.WriteTo(c.App.ErrWriter)
		if sum.Events == 0 && len(sum.Facts) == 0 {
			return nil, nil, fmt.Errorf("no event could be used: all %d rows read were dropped or malformed (see the summary above)", sum.Rows())
		}
	}
	return g, sum, nil
}

// hasFlag reports whether the command defines the flag.
func hasFlag(c *cli.Context, name string) bool {
	for _, f := range c.Command.Flags {
		for _, n := range f.Names() {
			if n == name {
				return true
			}
		}
	}
	return false
}

func sumWarnings(s *loader.Summary) graph.ErrorList {
	if s == nil {
		return nil
	}
	return s.Warnings
}
