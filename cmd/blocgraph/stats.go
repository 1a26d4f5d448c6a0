package main

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/urfave/cli/v2"
)

func formatFlag(def string, allowed ...string) *cli.StringFlag {
	return &cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: def, Usage: "output `FORMAT`: " + strings.Join(allowed, "|")}
}

// checkFormat returns the --format value or a usage error naming the choices.
func checkFormat(c *cli.Context, allowed ...string) (string, error) {
	f := c.String("format")
	if slices.Contains(allowed, f) {
		return f, nil
	}
	return "", usageError("--format %q is not one of %s", f, strings.Join(allowed, "|"))
}

func statsCommand() *cli.Command {
	return &cli.Command{
		Name:      "stats",
		Usage:     "count what the facts hold: nodes by label, relations by type, dates, articles",
		ArgsUsage: "PATH...",
		Description: "Reads facts files and event datasets as validate does and counts what they hold:\n" +
			"states, leaders, parties and articles; events by relation and the structural terms\n" +
			"(LEADS, HEADS, RULES); the first and last event dates and the reports (counts\n" +
			"included); each article with its events." + examples(
			"stats testdata/",
			"stats --format json testdata/facts/kim-diaz-canel-2021.yaml",
			"stats --aggregate month ../shared/data/gdelt/20191024143000.export.CSV"),
		Flags: append([]cli.Flag{formatFlag("table", "table", "json")}, inputFlags()...),
		Action: func(c *cli.Context) error {
			format, err := checkFormat(c, "table", "json")
			if err != nil {
				return err
			}
			g, err := loadInput(c)
			if err != nil {
				return err
			}
			s := graph.Summarize(g)
			if format == "json" {
				enc := json.NewEncoder(dataWriter(c))
				enc.SetIndent("", "  ")
				return enc.Encode(s)
			}
			writeStatsTable(c.App.Writer, s)
			return nil
		},
	}
}

func writeStatsTable(w io.Writer, s graph.Summary) {
	fmt.Fprintf(w, "%-26s %7s\n", "NODES", "count")
	for _, k := range graph.Kinds() {
		fmt.Fprintf(w, "  %-24s %7d\n", k, s.Nodes[string(k)])
	}
	fmt.Fprintf(w, "  %-24s %7d\n\n", "total", s.NodesTotal)
	fmt.Fprintf(w, "%-26s %7s\n", "RELATIONSHIPS", "count")
	var types []string
	for t := range s.Relationships {
		types = append(types, t)
	}
	sort.Slice(types, func(i, j int) bool {
		if s.Relationships[types[i]] != s.Relationships[types[j]] {
			return s.Relationships[types[i]] > s.Relationships[types[j]]
		}
		return types[i] < types[j]
	})
	for _, t := range types {
		fmt.Fprintf(w, "  %-24s %7d\n", t, s.Relationships[t])
	}
	fmt.Fprintf(w, "  %-24s %7d\n  %-24s %7d\n\n", "events", s.Events, "structural (terms, rule)", s.Structural)
	switch {
	case s.FirstDate != "" && s.FirstDate == s.LastDate:
		fmt.Fprintf(w, "Events dated %s; %d reports in all (counts included)\n", s.FirstDate, s.Reports)
	case s.FirstDate != "":
		fmt.Fprintf(w, "Events dated %s to %s; %d reports in all (counts included)\n", s.FirstDate, s.LastDate, s.Reports)
	}
	if len(s.Articles) == 0 {
		return
	}
	fmt.Fprintln(w)
	tw := newTable(w, 0)
	fmt.Fprintf(tw, "ARTICLE\tPUBLISHED\tEVENTS\tTITLE\n")
	for _, a := range s.Articles {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%s\n", a.ID, a.Published, a.Events, truncate(a.Title, 60))
	}
	tw.Flush()
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
