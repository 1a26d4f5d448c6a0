package main

import (
	"github.com/blocgraph/blocgraph/analysis"
	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/loader/gazetteer"
)

// nameForWindow gives the states of p, and of g, the names they bore on the
// last day of the analysis window (p.From to p.To, the dates of the events
// it keeps): West Germany, Zaire, Burma or Kampuchea in a 1985 report, not
// today's Germany, Democratic Republic of the Congo, Myanmar or Cambodia.
// A window spanning a change takes the later name ("Germany" for 1988 to
// 1991). Ids stay those of today's states (DEU); a name a facts file gave
// a state itself is kept. Undated events give no window: today's names.
func nameForWindow(g *graph.Graph, p *analysis.Projection) {
	if p == nil {
		return
	}
	p.Noun = nodeNoun(p)
	window := graph.Span{Start: p.From, End: p.To}
	if window.End.IsZero() {
		return
	}
	rename := func(id, name string) string { return nameThen(id, name, window) }
	for _, id := range p.Nodes {
		if p.Kind(id) != graph.KindState {
			continue
		}
		if n, ok := p.Names[id]; ok {
			p.Names[id] = rename(id, n)
		}
	}
	if g != nil {
		for _, n := range g.NodesOf(graph.KindState) {
			n.Name = rename(n.ID, n.Name)
		}
	}
}

// nameThen is the name state id, named name, bore on the last day of
// window, where the gazetteer dates one and name is the gazetteer's own
// name of today (a name a facts file gave a state itself is kept); name
// for anything else.
func nameThen(id, name string, window graph.Span) string {
	z := gazetteer.Default()
	then, ok := z.NameFor(id, window)
	if e, known := z.Entity(id); ok && known && name == e.Node.Name {
		return then
	}
	return name
}

// eventWindow is the projection of g's events that f keeps, for its dates
// alone (nameForWindow of a graph exported whole).
func eventWindow(g *graph.Graph, f graph.EventFilter) *analysis.Projection {
	p := &analysis.Projection{}
	for _, e := range g.Events() {
		if e.Date.IsZero() || !f.Keep(e) {
			continue
		}
		if p.From.IsZero() || e.Date.Compare(p.From) < 0 {
			p.From = e.Date
		}
		if p.To.IsZero() || e.Date.Compare(p.To) > 0 {
			p.To = e.Date
		}
	}
	return p
}

// nodeNoun is what p's nodes are called: "node" when at the state level
// none of them is a state the gazetteer knows (the Gahuku-Gama tribes, read
// with --codes self, were "16 states"), else "" (the level's word).
func nodeNoun(p *analysis.Projection) string {
	if p.Level != analysis.LevelState || len(p.Nodes) == 0 {
		return ""
	}
	z := gazetteer.Default()
	for _, id := range p.Nodes {
		if e, ok := z.Entity(id); ok && e.Node.Kind == graph.KindState {
			return ""
		}
	}
	return "node"
}
