package analysis

import (
	"fmt"
	"math"
	"sort"

	"github.com/blocgraph/blocgraph/graph"
)

// socialistIdeologies are the ruling-party ideologies that make a bloc the
// "socialist bloc" when most of its members share them.
var socialistIdeologies = map[string]bool{"communism": true, "socialism": true}

type blocSet struct {
	list  []Bloc
	order map[int]int // community number → bloc id (position in list)
}

// makeBlocs turns community numbers into labelled blocs, largest first, then
// by their most central member.
func makeBlocs(g *graph.Graph, p *Projection, res []NodeResult, community []int32, cfg Config) blocSet {
	members := map[int][]int{}
	for i, c := range community {
		members[int(c)] = append(members[int(c)], i)
	}
	var comms []int
	for c, m := range members {
		sort.Slice(m, func(a, b int) bool { return moreCentral(&res[m[a]], &res[m[b]]) })
		comms = append(comms, c)
	}
	sort.Slice(comms, func(a, b int) bool {
		ma, mb := members[comms[a]], members[comms[b]]
		if len(ma) != len(mb) {
			return len(ma) > len(mb)
		}
		return res[ma[0]].ID < res[mb[0]].ID
	})
	set := blocSet{order: map[int]int{}}
	used := map[string]int{}
	for id, c := range comms {
		set.order[c] = id
		b := Bloc{ID: id}
		ideologies := map[string]int{}
		for _, i := range members[c] {
			b.Members = append(b.Members, res[i].ID)
			b.Names = append(b.Names, res[i].Name)
			if ide := rulingIdeology(g, p, res[i].ID); ide != "" {
				ideologies[ide]++
			}
		}
		b.Ideology = majority(ideologies, len(b.Members))
		b.Label = blocLabel(b, res[members[c][0]].Name, cfg.BlocNames, ideologies)
		if n := used[b.Label]; n > 0 {
			b.Label = fmt.Sprintf("%s (%s)", b.Label, res[members[c][0]].Name)
		}
		used[b.Label]++
		set.list = append(set.list, b)
	}
	return set
}

func blocLabel(b Bloc, central string, names map[string]string, ideologies map[string]int) string {
	for _, m := range b.Members {
		if name, ok := names[m]; ok {
			return name
		}
	}
	soc := 0
	for ide, n := range ideologies {
		if socialistIdeologies[ide] {
			soc += n
		}
	}
	if len(b.Members) > 1 && 2*soc > len(b.Members) {
		return "socialist bloc"
	}
	if len(b.Members) == 1 {
		return central + " (alone)"
	}
	return central + " bloc"
}

// majority returns the ideology held by more than half of n members, or "".
func majority(counts map[string]int, n int) string {
	for ide, c := range counts {
		if 2*c > n {
			return ide
		}
	}
	return ""
}

// rulingIdeology returns the ideology of the party ruling state id on the
// date of the latest event that involves it in the projection (not the end
// of the window: a state last seen in 2021 is judged by its 2021 rulers),
// from the graph's RULES relationships.
func rulingIdeology(g *graph.Graph, p *Projection, id string) string {
	if g == nil {
		return ""
	}
	n := g.Node(id)
	if n == nil {
		return ""
	}
	at := p.lastSeen(id)
	state := id
	if n.Kind != graph.KindState {
		var ok bool
		if state, ok = g.StateOf(id, at); !ok {
			return ""
		}
	}
	var found []string
	for _, r := range g.RelationshipsTo(state) {
		if r.Type != graph.RULES {
			continue
		}
		if !at.IsZero() && !r.ActiveAt(at) {
			continue
		}
		if party := g.Node(r.From); party != nil && party.Ideology != "" {
			found = append(found, party.Ideology)
		}
	}
	sort.Strings(found)
	if len(found) == 0 {
		return ""
	}
	return found[0]
}

// lastSeen returns the date of the latest event involving node id.
func (p *Projection) lastSeen(id string) graph.Date {
	var last graph.Date
	for _, pr := range p.Pairs {
		if pr.From != id && pr.To != id {
			continue
		}
		if !pr.Last.IsZero() {
			if pr.Last.Compare(last) > 0 {
				last = pr.Last
			}
			continue
		}
		for _, e := range pr.Events {
			if e.Date.Compare(last) > 0 {
				last = e.Date
			}
		}
	}
	return last
}

// moreCentral orders nodes by PageRank, then by weighted degree, then id.
// PageRanks within a relative 1e-9 count as equal: states that tie exactly
// (the same in-edges from the same sources) differ in the last bits
// according to the order of the solver's updates, which must not decide.
func moreCentral(a, b *NodeResult) bool {
	if math.Abs(a.PageRank-b.PageRank) > 1e-9*math.Max(a.PageRank, b.PageRank) {
		return a.PageRank > b.PageRank
	}
	if da, db := a.InDegree+a.OutDegree, b.InDegree+b.OutDegree; da != db {
		return da > db
	}
	return a.ID < b.ID
}
