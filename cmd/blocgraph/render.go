package main

import (
	"fmt"
	"io"

	"github.com/blocgraph/blocgraph/graph/encoding/svg"
	"github.com/urfave/cli/v2"
)

func renderCommand() *cli.Command {
	flags := []cli.Flag{
		&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Value: "blocs.svg", Usage: "write the picture to `FILE` (- for standard output)"},
		&cli.StringFlag{Name: "title", Usage: "`TITLE` drawn on the picture (default: blocgraph — blocs by METHOD)"},
		&cli.Uint64Flag{Name: "layout-seed", Value: 1, Usage: "layout `SEED`: another seed, another equally good layout"},
	}
	flags = append(flags, projectionFlags()...)
	flags = append(flags, analysisFlags()...)
	flags = append(flags, sourceFlags()...)
	flags = append(flags, inputFlags()...)
	return &cli.Command{
		Name:      "render",
		Usage:     "draw the blocs as an SVG picture (A4 landscape)",
		ArgsUsage: "PATH...",
		Description: "Runs the analysis and draws the state-level graph: nodes coloured by bloc with a\n" +
			"legend naming the blocs, node size by PageRank, cooperation edges green and\n" +
			"conflict edges red, width by weight. To turn the SVG into PNG, open it in a browser\n" +
			"or run scripts/render-png blocs.svg (headless Chromium)." + examples(
			"render -o blocs.svg testdata/",
			"render --method signed --title 'The seed article' -o seed.svg testdata/facts/kim-diaz-canel-2021.yaml"),
		Flags: flags,
		Action: func(c *cli.Context) error {
			cfg, err := analysisConfig(c)
			if err != nil {
				return err
			}
			g, p, err := projectInput(c, c.Args().Slice(), 0)
			if err != nil {
				return err
			}
			if len(p.Nodes) == 0 {
				return fmt.Errorf("no events in the window: nothing to draw (check --since, --until and --relations)")
			}
			r, err := analyze(g, p, cfg)
			if err != nil {
				return err
			}
			title := c.String("title")
			if title == "" {
				title = "blocgraph — blocs by " + r.Method
			}
			opts := svg.Options{Title: title, Seed: c.Uint64("layout-seed"),
				Subtitle: fmt.Sprintf("%s, %d directed pairs, %d events, %s", plural(r.Nodes, r.NodeNoun()), r.Pairs, r.Events, r.Window)}
			if caveat := r.Caveat(); caveat != "" {
				opts.Subtitle += "; " + caveat
			}
			eg := p.Encoding(g, r.NodeAttributes())
			return writeOutput(c, c.String("output"), func(w io.Writer) error { return svg.Render(w, eg, opts) })
		},
	}
}
