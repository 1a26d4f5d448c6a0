package main

import (
	"io"

	"github.com/blocgraph/blocgraph/analysis"
	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/graph/encoding"
	"github.com/blocgraph/blocgraph/graph/encoding/gexf"
	"github.com/blocgraph/blocgraph/graph/encoding/graphml"
	"github.com/blocgraph/blocgraph/graph/encoding/nodelink"
	"github.com/urfave/cli/v2"
)

// analysisFlags tune the algorithms of report, export --with-analysis and render.
func analysisFlags() []cli.Flag {
	return inCategory("Analysis", []cli.Flag{
		&cli.StringFlag{Name: "method", Value: "leiden", Usage: "bloc detection `METHOD`: leiden (modularity on the cooperation layer; louvain is accepted for it), signed (least frustration over both layers) or consensus (many seeded Leiden runs)"},
		&cli.Float64Flag{Name: "resolution", Value: 1, Usage: "modularity `RESOLUTION`: above 1 finds smaller blocs"},
		&cli.Int64Flag{Name: "seed", Value: 1, Usage: "random `SEED`; the same seed gives the same blocs"},
		&cli.IntFlag{Name: "runs", DefaultText: "32 on state-level graphs, fewer on very large ones; consensus 50", Usage: "`N` seeded runs: leiden keeps the best, signed restarts N times, consensus combines them (0: chosen by the size of the graph)"},
		&cli.StringFlag{Name: "alignment", Value: "interaction", Usage: "what makes states aligned (`ALIGNMENT`): interaction (they cooperate with each other) or profile (they treat third parties alike: blocs from the similarity of their relations to everyone else; needs long spans, see the README)"},
		&cli.StringFlag{Name: "similarity", Value: "kappa", Usage: "profile `SIMILARITY`: kappa or pi (Häge's chance-corrected agreement) or s (Signorino & Ritter's S)"},
		&cli.IntFlag{Name: "null", DefaultText: "20 on graphs of up to 5,000 ties, none above", Usage: "test the blocs against `N` randomised graphs (strength-preserving rewirings; signed: shuffled signs) and say whether they beat chance; 0: no test"},
		&cli.IntFlag{Name: "blocs", Usage: "signed: exactly `K` blocs (0: as many as the least frustration needs)"},
		&cli.Float64Flag{Name: "damping", Value: 0.85, Usage: "PageRank damping `FACTOR`, between 0 and 1"},
		&cli.Float64Flag{Name: "tolerance", Value: 1e-10, Usage: "PageRank convergence `TOLERANCE`"},
		&cli.StringSliceFlag{Name: "name-bloc", Usage: "name the bloc holding a state: `STATE=NAME`, STATE the state's id in any case, e.g. USA='Western bloc' (repeatable; RUS on events of 1985 names the Soviet Union's bloc)"},
	})
}

func exportCommand() *cli.Command {
	flags := []cli.Flag{
		formatFlag("graphml", "graphml", "gexf", "json"),
		&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write to `FILE` (default: standard output)"},
		&cli.BoolFlag{Name: "projected", Usage: "export the state-level signed weighted graph (one edge per directed pair) instead of every event"},
		&cli.BoolFlag{Name: "with-analysis", Usage: "add pagerank, betweenness, bloc, bloc_label, … to the state nodes"},
		&cli.BoolFlag{Name: "timeline", Category: "Periods", Usage: "GEXF: write the timeline as a dynamic graph (a state's bloc, bloc_label and pagerank per period, pairs' weights per period) that Gephi's timeline plays; periods as timeline's --every and --window"},
	}
	flags = append(flags, timelineFlags()...)
	flags = append(flags, projectionFlags()...)
	flags = append(flags, analysisFlags()...)
	flags = append(flags, sourceFlags()...)
	flags = append(flags, inputFlags()...)
	return &cli.Command{
		Name:      "export",
		Usage:     "write the graph as GraphML, GEXF or JSON for Gephi, NetworkX, igraph, yEd, D3",
		ArgsUsage: "PATH...",
		Description: "The full multigraph keeps every node (states, leaders, parties, articles) and every\n" +
			"event edge with its date, article, quote, CAMEO code, Goldstein weight and confidence,\n" +
			"plus the structural LEADS, HEADS and RULES edges. --projected writes the state-level\n" +
			"graph the analysis runs on. GraphML and GEXF declare every attribute with its type;\n" +
			"lists are JSON arrays in strings. GEXF edges carry their dates for Gephi's timeline;\n" +
			"--format gexf --timeline writes the timeline instead: the states with their bloc per\n" +
			"period and the pairs with their weight per period, for Gephi's timeline to play." + examples(
			"export testdata/ -o alignment.graphml",
			"export --format gexf testdata/ -o alignment.gexf",
			"export --projected --with-analysis --format json testdata/ -o states.json"),
		Flags: flags,
		Action: func(c *cli.Context) error {
			format, err := checkFormat(c, "graphml", "gexf", "json")
			if err != nil {
				return err
			}
			if c.Bool("timeline") {
				if format != "gexf" || c.Bool("projected") || c.Bool("with-analysis") {
					return usageError("--timeline writes a dynamic GEXF of the projected states with their analysis per period: use it with --format gexf, without --projected and --with-analysis")
				}
				return exportTimeline(c)
			}
			eg, err := exportGraph(c, c.Bool("projected"), c.Bool("with-analysis"))
			if err != nil {
				return err
			}
			enc := map[string]func(io.Writer, *encoding.Graph) error{"graphml": graphml.Encode, "gexf": gexf.Encode, "json": nodelink.Encode}[format]
			return writeOutput(c, c.String("output"), func(w io.Writer) error { return enc(w, eg) })
		},
	}
}

// exportGraph reads the input and builds the graph to encode.
func exportGraph(c *cli.Context, projected, withAnalysis bool) (*encoding.Graph, error) {
	opt, err := projectionOptions(c)
	if err != nil {
		return nil, err
	}
	cfg, err := analysisConfig(c)
	if err != nil {
		return nil, err
	}
	if projected && foldDatasets && fromFiles(c) && analysis.Foldable(opt) {
		g, p, err := foldFiles(c, c.Args().Slice(), opt, 0)
		if err != nil {
			return nil, err
		}
		var extra map[string][]graph.Attr
		if withAnalysis {
			r, err := analyze(g, p, cfg)
			if err != nil {
				return nil, err
			}
			extra = r.NodeAttributes()
		}
		return withStandings(p.Encoding(g, extra), firstDates(p)), nil
	}
	g, err := readSource(c, c.Args().Slice(), opt.Filter)
	if err != nil {
		return nil, err
	}
	var extra map[string][]graph.Attr
	if projected || withAnalysis {
		p, err := analysis.Project(g, opt)
		if err != nil {
			return nil, err
		}
		nameForWindow(g, p)
		if withAnalysis {
			r, err := analyze(g, p, cfg)
			if err != nil {
				return nil, err
			}
			extra = r.NodeAttributes()
		}
		if projected {
			return withStandings(p.Encoding(g, extra), firstDates(p)), nil
		}
	}
	// The full multigraph: every event the filter keeps, neutral and
	// domestic ones too, which the projection leaves out.
	if !opt.Filter.IsZero() {
		if g, err = g.Filter(opt.Filter); err != nil {
			return nil, err
		}
	}
	nameForWindow(g, eventWindow(g, graph.EventFilter{}))
	return withStandings(encoding.FromGraph(g, extra), nil), nil
}
