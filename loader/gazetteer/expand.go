package gazetteer

import (
	"fmt"
	"slices"
	"sort"

	"github.com/blocgraph/blocgraph/graph"
)

// Expand adds the entity id to g with what makes it meaningful:
//
//   - a leader: its Leader node and its roles as LEADS (to a State) and HEADS
//     (to a Party) relationships with title and dates, with their states and
//     parties; only roles overlapping [from, to] widened by a year on either
//     side, but always at least one (the nearest), so that graph.StateOf
//     works for the leader;
//   - a party: its Party node, its state, and its RULES relationships;
//   - a state: its State node.
//
// Every state that ends up added comes with its ruling parties whose rule
// overlaps [from, to] (Party nodes with RULES relationships). Zero from or to
// is open. Adding what is already in g changes nothing.
func (z *Gazetteer) Expand(g *graph.Graph, id string, from, to graph.Date) error {
	e := z.entry(id)
	if e == nil {
		return fmt.Errorf("gazetteer: no entity %q to expand", id)
	}
	x := expander{z: z, g: g, window: graph.Span{Start: from, End: to}, states: map[string]bool{}, parties: map[string]bool{}}
	switch e.Node.Kind {
	case graph.KindState:
		return x.state(e.Node.ID)
	case graph.KindParty:
		return x.party(e, true)
	case graph.KindLeader:
		return x.leader(e)
	}
	return fmt.Errorf("gazetteer: %q is a %s, which cannot be expanded", id, e.Node.Kind)
}

type expander struct {
	z               *Gazetteer
	g               *graph.Graph
	window          graph.Span
	states, parties map[string]bool
}

func (x *expander) node(e *entry) error {
	n := cloneEntity(e.Entity).Node
	_, err := x.g.AddNode(&n)
	return err
}

// state adds a state and the parties ruling it in the window.
func (x *expander) state(id string) error {
	if x.states[id] {
		return nil
	}
	x.states[id] = true
	e := x.z.entry(id)
	if e == nil || e.Node.Kind != graph.KindState {
		return fmt.Errorf("gazetteer: %q is no state", id)
	}
	if err := x.node(e); err != nil {
		return err
	}
	for _, p := range x.z.partiesOf(id) {
		for _, t := range p.Rules {
			if t.State(p.Node.State) == id && t.Span().Overlaps(x.window) {
				if err := x.party(p, false); err != nil {
					return err
				}
				break
			}
		}
	}
	return nil
}

// party adds a party, its state and its RULES in the window (all of them
// when the party itself was asked for and none falls in the window).
func (x *expander) party(p *entry, asked bool) error {
	if x.parties[p.Node.ID] {
		return nil
	}
	x.parties[p.Node.ID] = true
	if p.Node.State == "" {
		return x.node(p)
	}
	if err := x.state(p.Node.State); err != nil {
		return err
	}
	if err := x.node(p); err != nil {
		return err
	}
	var rules []Term
	for _, t := range p.Rules {
		if t.Span().Overlaps(x.window) {
			rules = append(rules, t)
		}
	}
	if len(rules) == 0 && asked {
		rules = p.Rules
	}
	for _, t := range rules {
		st := t.State(p.Node.State)
		if err := x.state(st); err != nil {
			return err
		}
		if _, err := x.g.AddRelationship(&graph.Relationship{Type: graph.RULES, From: p.Node.ID, To: st, Term: t.Span()}); err != nil {
			return err
		}
	}
	return nil
}

func (x *expander) leader(e *entry) error {
	if err := x.node(e); err != nil {
		return err
	}
	wide := graph.Span{Start: addYears(x.window.Start, -1), End: addYears(x.window.End, 1)}
	var roles []Role
	for _, r := range e.Roles {
		if r.Span().Overlaps(wide) {
			roles = append(roles, r)
		}
	}
	if len(roles) == 0 && len(e.Roles) > 0 {
		roles = []Role{nearestRole(e.Roles, x.window)}
	}
	for _, r := range roles {
		t := x.z.entry(r.Of)
		if t == nil {
			return fmt.Errorf("gazetteer: leader %q has a role (%s) of %q, which is neither a state nor a party", e.Node.ID, r.Title, r.Of)
		}
		typ := graph.LEADS
		switch t.Node.Kind {
		case graph.KindState:
			if err := x.state(t.Node.ID); err != nil {
				return err
			}
		case graph.KindParty:
			typ = graph.HEADS
			if err := x.party(t, false); err != nil {
				return err
			}
			if !x.parties[t.Node.ID] {
				return fmt.Errorf("gazetteer: party %q not added", t.Node.ID)
			}
		default:
			return fmt.Errorf("gazetteer: leader %q has a role of %q, a %s", e.Node.ID, r.Of, t.Node.Kind)
		}
		if _, err := x.g.AddRelationship(&graph.Relationship{Type: typ, From: e.Node.ID, To: t.Node.ID, Title: r.Title, Term: r.Span()}); err != nil {
			return err
		}
	}
	return nil
}

// partiesOf returns the parties of a state, and those that ruled it, in id
// order.
func (z *Gazetteer) partiesOf(state string) []*entry {
	r := z.root()
	r.partyOnce.Do(func() {
		r.partyIdx = map[string][]string{}
		for id, e := range r.ents {
			if e.Node.Kind != graph.KindParty {
				continue
			}
			r.partyIdx[e.Node.State] = append(r.partyIdx[e.Node.State], id)
			for _, t := range e.Rules {
				if st := t.State(e.Node.State); st != e.Node.State && !slices.Contains(r.partyIdx[st], id) {
					r.partyIdx[st] = append(r.partyIdx[st], id)
				}
			}
		}
	})
	seen := map[string]bool{}
	var out []*entry
	add := func(id string) {
		if !seen[id] {
			seen[id] = true
			if top := z.entry(id); top.Node.State == state || rulesState(top, state) {
				out = append(out, top)
			}
		}
	}
	for g := z; g.parent != nil; g = g.parent {
		for id, e := range g.ents {
			if e.Node.Kind == graph.KindParty {
				add(id)
			}
		}
	}
	for _, id := range r.partyIdx[state] {
		add(id)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Node.ID < out[j].Node.ID })
	return out
}

// rulesState reports whether party e has a rule of state.
func rulesState(e *entry, state string) bool {
	for _, t := range e.Rules {
		if t.State(e.Node.State) == state {
			return true
		}
	}
	return false
}

// addYears moves d by n years (29 February to the 28th); the zero Date stays.
func addYears(d graph.Date, n int) graph.Date {
	if d.IsZero() {
		return d
	}
	d.Year += n
	if d.Precision == graph.PrecisionDay && d.Month == 2 && d.Day == 29 {
		d.Day = 28
	}
	if d.Year < 1 {
		return graph.Date{}
	}
	return d
}

// nearestRole is the role closest in time to the window (Span.Gap); the
// first of those as near.
func nearestRole(roles []Role, window graph.Span) Role {
	best, bestGap := roles[0], int64(-1)
	for _, r := range roles {
		if gap := r.Span().Gap(window); bestGap < 0 || gap < bestGap {
			best, bestGap = r, gap
		}
	}
	return best
}
