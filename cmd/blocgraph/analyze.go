package main

import (
	"sort"
	"strings"

	"github.com/blocgraph/blocgraph/analysis"
	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/loader/gazetteer"
)

// analyze runs the analysis of p with cfg, once every --name-bloc names a
// node of p (a state, or an actor with --level actor), whatever its case:
// a name given for one that is not there would change nothing, silently.
// A state of today named for dates on which it stood for another state
// names that state's bloc: RUS on 1985 events is the Soviet
// Union, as the datasets' codes are mapped by date (gazetteer.Eras).
func analyze(g *graph.Graph, p *analysis.Projection, cfg analysis.Config) (*analysis.Report, error) {
	cfg, err := blocNames(p, cfg)
	if err != nil {
		return nil, err
	}
	r, err := analysis.Analyze(g, p, cfg)
	if err == nil {
		markStandings(r, p)
	}
	return r, err
}

// blocNames is cfg with its --name-bloc keys made the ids of p's nodes
// they name (see analyze), or the usage error naming those that name none.
func blocNames(p *analysis.Projection, cfg analysis.Config) (analysis.Config, error) {
	if len(cfg.BlocNames) > 0 && len(p.Nodes) > 0 {
		byUpper := map[string]string{}
		for _, id := range p.Nodes {
			byUpper[strings.ToUpper(id)] = id
		}
		names := map[string]string{}
		var unknown []string
		for k, v := range cfg.BlocNames {
			ids := blocNameTargets(k, p, byUpper)
			if len(ids) == 0 {
				unknown = append(unknown, k)
				continue
			}
			for _, id := range ids {
				names[id] = v
			}
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
			return cfg, usageError("--name-bloc: %s %s of this analysis; name one by its id (%s)", strings.Join(unknown, ", "), what, strings.Join(ids, ", "))
		}
		cfg.BlocNames = names
	}
	return cfg, nil
}

// blocNameTargets returns the nodes of p that the --name-bloc key k names:
// the node of that id (any case); else, for the id of a state of today that stood for another state on some of p's dates, that state
// where p holds it (Russia before 1991-12-26 is the Soviet Union; Serbia
// was Yugoslavia, then Serbia and Montenegro).
func blocNameTargets(k string, p *analysis.Projection, byUpper map[string]string) []string {
	if id, ok := byUpper[strings.ToUpper(k)]; ok {
		return []string{id}
	}
	if p.Level != analysis.LevelState {
		return nil
	}
	z := gazetteer.Default()
	state := strings.ToUpper(strings.TrimSpace(k))
	if e, ok := z.Entity(state); !ok || e.Node.Kind != graph.KindState {
		return nil
	}
	span := graph.Span{Start: p.From, End: p.To}
	var out []string
	for _, era := range z.Eras(state) {
		id, ok := byUpper[strings.ToUpper(era.State)]
		if ok && (span.IsZero() || era.Span.Overlaps(span)) {
			out = append(out, id)
		}
	}
	return out
}
