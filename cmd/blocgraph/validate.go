package main

import (
	"fmt"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/urfave/cli/v2"
)

func validateCommand() *cli.Command {
	return &cli.Command{
		Name:      "validate",
		Usage:     "check facts files: every name resolves, every relation and date is right",
		ArgsUsage: "PATH...",
		Description: "Reads every facts file named (folders are searched for *.yaml and *.yml; - reads\n" +
			"standard input) and lists every problem with file:line:column: unknown or ambiguous\n" +
			"names with the nearest candidates, relations outside the vocabulary, bad dates,\n" +
			"counts and confidences, typos in keys, duplicate article ids, and states named on dates\n" +
			"they were none (Ukraine in 1975, the United Arab Emirates before 1971-12-02, Syria in the\n" +
			"United Arab Republic). GDELT and ICEWS files are checked row by row: malformed rows are\n" +
			"listed with file:line; a dyadic file's first problem stops it. Each dataset's summary\n" +
			"counts the rows kept, dropped by reason and re-mapped by date (a code of today read as\n" +
			"the state of the row's date: RUS in 1985 as the Soviet Union). Exit status 1 if any\n" +
			"problem." + examples(
			"validate testdata/",
			"validate testdata/facts/kim-diaz-canel-2021.yaml testdata/facts/russia-partners-2022-2024.yaml",
			"validate ../shared/data/gdelt/20191024143000.export.CSV"),
		Flags: inputFlags(),
		Action: func(c *cli.Context) error {
			g, sum, err := loadPathsSummary(c, c.Args().Slice())
			if err != nil {
				return err
			}
			if probs := sum.Problems(); len(probs) > 0 {
				return fmt.Errorf("%s in the event files (listed above); report, export and load skip such rows and count them, --strict makes them fatal", plural(len(probs), "problem"))
			}
			s := graph.Summarize(g)
			fmt.Fprintf(c.App.Writer, "ok: %s, %s (%s), %s; every name resolved\n",
				plural(len(s.Articles), "article"), plural(s.Events, "event"), plural(s.Reports, "report"), plural(s.NodesTotal, "node"))
			return nil
		},
	}
}
