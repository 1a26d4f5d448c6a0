package main

import (
	"sort"
	"strings"

	"github.com/blocgraph/blocgraph/analysis"
	"github.com/blocgraph/blocgraph/graph"
)

// analyze runs the analysis of p with cfg, once every --name-bloc names a
// node of p (a state, or an actor with --level actor), whatever its case:
// a name given for one that is not there would change nothing, silently.
func analyze(g *graph.Graph, p *analysis.Projection, cfg analysis.Config) (*analysis.Report, error) {
	if len(cfg.BlocNames) > 0 && len(p.Nodes) > 0 {
		byUpper := map[string]string{}
		for _, id := range p.Nodes {
			byUpper[strings.ToUpper(id)] = id
		}
		names := map[string]string{}
		var unknown []string
		for k, v := range cfg.BlocNames {
			id, ok := byUpper[strings.ToUpper(k)]
			if !ok {
				unknown = append(unknown, k)
				continue
			}
			names[id] = v
		}
		if len(unknown) > 0 {
			sort.Strings(unknown)
			ids := append([]string(nil), p.Nodes...)
			sort.Strings(ids)
			if len(ids) > 12 {
				ids = append(ids[:12], "…")
			}
			what := "is not a " + string(p.Level)
			if p.Level == analysis.LevelActor {
				what = "is not an actor"
			}
			if len(unknown) > 1 {
				what = "are not " + string(p.Level) + "s"
			}
			return nil, usageError("--name-bloc: %s %s of this analysis; name one by its id (%s)", strings.Join(unknown, ", "), what, strings.Join(ids, ", "))
		}
		cfg.BlocNames = names
	}
	return analysis.Analyze(g, p, cfg)
}
