package main

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/urfave/cli/v2"
)

func vocabularyCommand() *cli.Command {
	return &cli.Command{
		Name:  "vocabulary",
		Usage: "list the relations a facts file may use, with their CAMEO codes and Goldstein weights",
		Description: "Each relation type with the words a facts file may write for it (case and\n" +
			"punctuation ignored), its CAMEO code and that code's Goldstein weight (cooperation\n" +
			"above 0, conflict below); dataset events whose CAMEO code maps to none are EVENT." + examples(
			"vocabulary",
			"vocabulary --format json"),
		Flags: []cli.Flag{formatFlag("table", "table", "json")},
		Action: func(c *cli.Context) error {
			format, err := checkFormat(c, "table", "json")
			if err != nil {
				return err
			}
			voc := graph.Vocabulary()
			if format == "json" {
				type row struct {
					Type      string   `json:"type"`
					CAMEO     string   `json:"cameo,omitempty"`
					Goldstein float64  `json:"goldstein"`
					Sign      string   `json:"sign"`
					Words     []string `json:"words"`
				}
				var rows []row
				for _, r := range voc {
					rows = append(rows, row{r.Type, r.CAMEO, r.Goldstein, r.Sign.String(), append([]string{}, r.Words...)})
				}
				enc := json.NewEncoder(dataWriter(c))
				enc.SetIndent("", "  ")
				return enc.Encode(rows)
			}
			tw := newTable(c.App.Writer, 0)
			fmt.Fprintln(tw, "RELATION\tCAMEO\tGOLDSTEIN\tSIGN\tWORDS (case and punctuation ignored)")
			for _, r := range voc {
				if r.Generic {
					fmt.Fprintf(tw, "%s\t(any)\t(its own)\tby weight\tnone: dataset events whose CAMEO code maps to no relation above\n", r.Type)
					continue
				}
				fmt.Fprintf(tw, "%s\t%s\t%+.1f\t%s\t%s\n", r.Type, r.CAMEO, r.Goldstein, r.Sign, strings.Join(r.Words, ", "))
			}
			return tw.Flush()
		},
	}
}
