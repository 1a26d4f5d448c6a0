package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/blocgraph/blocgraph/analysis"
	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/graph/encoding"
	"github.com/blocgraph/blocgraph/loader/gazetteer"
)

// What a node of the state level is, when it is not a sovereign state
// throughout the window (the gazetteer's KIND, as `states` lists it): a
// dependency or other territory (Hong Kong, Aruba, Western Sahara), a
// partly recognised state (Kosovo, Taiwan, Palestine), a historical state
// (the Soviet Union, to 1991-12-25), or a place before the day it became a
// state (Palestine before 1988-11-15, which a leader's facts reach: Yasser
// Arafat chaired the PLO from 1969). Reports, briefings and exports say it,
// so that no one reads a territory as a state.

// attrStanding is the exports' node attribute for it.
const attrStanding = "standing"

// standingWords says what state id is, "" for a sovereign state (or an id
// the gazetteer does not know as a state); first is the date of its
// earliest event, when known: an event all before the day the place became
// a state says so.
func standingWords(id string, first graph.Date) string {
	return standingWordsIn(id, first, graph.Span{})
}

// standingWordsIn is standingWords for one period of a timeline: a
// historical state is said so only in a period it does not span whole
// (the Soviet Union in 1991, not in 1950); a zero period is the whole
// window, as report reads it, where a historical state is always said so.
func standingWordsIn(id string, first graph.Date, period graph.Span) string {
	z := gazetteer.Default()
	h, ok := z.History(id)
	if !ok {
		return ""
	}
	var parts []string
	switch st := h.Standing; {
	case st.Kind == "":
	case st.Kind == gazetteer.StandingPartly:
		parts = append(parts, st.Kind)
	default:
		w := "not a sovereign state (" + st.Kind + ")"
		switch {
		case strings.HasPrefix(st.Words, "a "+st.Kind), strings.HasPrefix(st.Words, "an "+st.Kind):
			w = "not a sovereign state: " + st.Words // "a disputed territory: …"
		case st.Words != "":
			w += ": " + st.Words
		}
		parts = append(parts, w)
	}
	if h.Historical() && (period.IsZero() || !h.Span.Contains(period)) {
		parts = append(parts, fmt.Sprintf("historical state, %s to %s", h.Span.Start, h.Span.End))
	}
	if x, ok := z.StateFrom(id); ok && !first.IsZero() && first.End().Before(x.Date.Start()) {
		parts = append(parts, fmt.Sprintf("no state yet on the dates of some of its events (a state from %s, when it %s)", x.Date, x.Words()))
	}
	return strings.Join(parts, "; ")
}

// markStandings sets each state result's Standing from the events of p.
func markStandings(r *analysis.Report, p *analysis.Projection) {
	markStandingsIn(r, p, graph.Span{})
}

// markStandingsIn is markStandings for one period of a timeline
// (standingWordsIn); the timeline calls it on each period's report.
func markStandingsIn(r *analysis.Report, p *analysis.Projection, period graph.Span) {
	first := firstDates(p)
	for i := range r.Results {
		if x := &r.Results[i]; x.Kind == graph.KindState || x.Kind == "" && r.Level == string(analysis.LevelState) {
			x.Standing = standingWordsIn(x.ID, first[x.ID], period)
		}
	}
}

// firstDates is, for each node of p, the earliest of the latest dates of
// its pairs: a node whose events with one partner all fall before the day
// it became a state has a date before that day (Pair.Last, known without
// the events themselves, which a fold of a report does not keep).
func firstDates(p *analysis.Projection) map[string]graph.Date {
	out := map[string]graph.Date{}
	for _, pr := range p.Pairs {
		d := pr.Last
		if d.IsZero() && len(pr.Events) > 0 {
			d = pr.Events[len(pr.Events)-1].Date
		}
		if d.IsZero() {
			continue
		}
		for _, id := range []string{pr.From, pr.To} {
			if f, ok := out[id]; !ok || d.End().Before(f.End()) {
				out[id] = d
			}
		}
	}
	return out
}

// standingLines is the report's note of the results that are no sovereign
// states throughout the window, one line each; nil when there are none.
func standingLines(r *analysis.Report) []string {
	var out []string
	for _, x := range r.Results {
		if x.Standing != "" {
			out = append(out, fmt.Sprintf("%s %s: %s", x.ID, x.Name, x.Standing))
		}
	}
	sort.Strings(out)
	return out
}

// withStandings adds the standing attribute to the state nodes of eg
// that are no sovereign states (first: the date of each one's earliest
// event, where known).
func withStandings(eg *encoding.Graph, first map[string]graph.Date) *encoding.Graph {
	nodes := eg.Nodes
	eg.Nodes = func(yield func(encoding.Node) bool) {
		nodes(func(n encoding.Node) bool {
			if isStateNode(n) {
				if w := standingWords(n.ID, first[n.ID]); w != "" {
					n.Attrs = append(append([]graph.Attr(nil), n.Attrs...), graph.Attr{Key: attrStanding, Value: w})
				}
			}
			return yield(n)
		})
	}
	return eg
}

func isStateNode(n encoding.Node) bool {
	for _, l := range n.Labels {
		if l == string(graph.KindState) {
			return true
		}
	}
	return false
}
