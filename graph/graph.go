package graph

import (
	"fmt"
	"iter"
	"sort"
	"sync/atomic"
)

// Graph holds the alignment graph in memory: nodes keyed by id (ids are unique
// across kinds), structural relationships and events keyed by their
// deterministic ids. Iteration order is sorted (AllEvents aside), so the same
// facts give the same graph, byte for byte, whatever order they were added in.
//
// A Graph is not safe for concurrent writes; concurrent reads are safe.
type Graph struct {
	nodes  map[string]*Node
	rels   map[string]*Relationship
	events map[string]*Event
	relsTo atomic.Pointer[map[string][]*Relationship] // RelationshipsTo's index, nil after a change
}

// New returns an empty graph.
func New() *Graph {
	return &Graph{nodes: map[string]*Node{}, rels: map[string]*Relationship{}, events: map[string]*Event{}}
}

// AddNode adds n, or merges it into the node already there with the same id.
// Two nodes of different kinds may not share an id.
func (g *Graph) AddNode(n *Node) (*Node, error) {
	if n.ID == "" {
		return nil, fmt.Errorf("%s node has no id", n.Kind)
	}
	if !n.Kind.Valid() {
		return nil, fmt.Errorf("node %q has unknown kind %q", n.ID, n.Kind)
	}
	if old, ok := g.nodes[n.ID]; ok {
		if old.Kind != n.Kind {
			return nil, fmt.Errorf("id %q is used by a %s and a %s", n.ID, old.Kind, n.Kind)
		}
		old.Merge(n)
		old.Aliases, old.Demonyms = sortedNames(old.Aliases), sortedNames(old.Demonyms)
		return old, nil
	}
	c := *n
	c.Aliases = sortedNames(n.Aliases)
	c.Demonyms = sortedNames(n.Demonyms)
	g.nodes[c.ID] = &c
	return &c, nil
}

// Node returns the node with id, or nil.
func (g *Graph) Node(id string) *Node { return g.nodes[id] }

// Nodes returns all nodes ordered by kind (State, Leader, Party, Article), then id.
func (g *Graph) Nodes() []*Node {
	out := make([]*Node, 0, len(g.nodes))
	for _, n := range g.nodes {
		out = append(out, n)
	}
	sort.Slice(out, func(i, j int) bool {
		if a, b := out[i].Kind.rank(), out[j].Kind.rank(); a != b {
			return a < b
		}
		return out[i].ID < out[j].ID
	})
	return out
}

// NodesOf returns the nodes of one kind, ordered by id.
func (g *Graph) NodesOf(k Kind) []*Node {
	var out []*Node
	for _, n := range g.Nodes() {
		if n.Kind == k {
			out = append(out, n)
		}
	}
	return out
}

// AddRelationship adds a structural relationship between two nodes already in
// the graph. Its id is computed when empty; adding the same one twice is a no-op.
func (g *Graph) AddRelationship(r *Relationship) (*Relationship, error) {
	from, to := g.nodes[r.From], g.nodes[r.To]
	if from == nil || to == nil {
		return nil, fmt.Errorf("%s relationship %s→%s: both ends must be in the graph", r.Type, r.From, r.To)
	}
	want := map[string][2]Kind{LEADS: {KindLeader, KindState}, HEADS: {KindLeader, KindParty}, RULES: {KindParty, KindState}}
	k, ok := want[r.Type]
	if !ok {
		return nil, fmt.Errorf("unknown structural relationship type %q", r.Type)
	}
	if from.Kind != k[0] || to.Kind != k[1] {
		return nil, fmt.Errorf("%s runs from a %s to a %s, not from %s %q to %s %q", r.Type, k[0], k[1], from.Kind, from.ID, to.Kind, to.ID)
	}
	c := *r
	if c.ID == "" {
		c.ID = RelationshipID(c.Type, c.From, c.To, c.Title, c.Term.Start)
	}
	if old, ok := g.rels[c.ID]; ok {
		return old, nil
	}
	g.rels[c.ID] = &c
	g.relsTo.Store(nil)
	return &c, nil
}

// RelationshipID is the deterministic id of a structural relationship.
func RelationshipID(typ, from, to, title string, start Date) string {
	return "rel-" + hashFields(typ, from, to, title, start.String())
}

// Relationships returns the structural relationships ordered by type, from, start, id.
func (g *Graph) Relationships() []*Relationship {
	out := make([]*Relationship, 0, len(g.rels))
	for _, r := range g.rels {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		switch {
		case a.Type != b.Type:
			return a.Type < b.Type
		case a.From != b.From:
			return a.From < b.From
		case a.Term.Start.Compare(b.Term.Start) != 0:
			return a.Term.Start.Compare(b.Term.Start) < 0
		}
		return a.ID < b.ID
	})
	return out
}

// RelationshipsTo returns the structural relationships ending at node id
// (the RULES of a state, the LEADS of it), in the order of Relationships.
// The index behind it is built on the first call after a change, so that
// a label rule asking for every state of every period does not sort every
// relationship each time.
func (g *Graph) RelationshipsTo(id string) []*Relationship {
	idx := g.relsTo.Load()
	if idx == nil {
		m := map[string][]*Relationship{}
		for _, r := range g.Relationships() {
			m[r.To] = append(m[r.To], r)
		}
		idx = &m
		g.relsTo.Store(idx)
	}
	return (*idx)[id]
}

// RelationshipsFrom returns the structural relationships starting at node id.
func (g *Graph) RelationshipsFrom(id string) []*Relationship {
	var out []*Relationship
	for _, r := range g.Relationships() {
		if r.From == id {
			out = append(out, r)
		}
	}
	return out
}

// AddEvent adds an event between two nodes already in the graph. Its id is
// computed when empty. Adding an event whose id is already present changes
// nothing and reports added false.
func (g *Graph) AddEvent(e *Event) (ev *Event, added bool, err error) {
	if g.nodes[e.Subject] == nil || g.nodes[e.Object] == nil {
		return nil, false, fmt.Errorf("%s event %s→%s: both ends must be in the graph", e.Type, e.Subject, e.Object)
	}
	if _, ok := byType[e.Type]; !ok {
		return nil, false, fmt.Errorf("event type %q is not in the vocabulary", e.Type)
	}
	if e.Article != "" {
		if a := g.nodes[e.Article]; a == nil || a.Kind != KindArticle {
			return nil, false, fmt.Errorf("event %s→%s names article %q, which is not in the graph", e.Subject, e.Object, e.Article)
		}
	}
	if e.Count < 1 {
		return nil, false, fmt.Errorf("event %s→%s: count must be at least 1", e.Subject, e.Object)
	}
	if e.Confidence < 0 || e.Confidence > 1 {
		return nil, false, fmt.Errorf("event %s→%s: confidence must be between 0 and 1", e.Subject, e.Object)
	}
	c := *e
	if c.ID == "" {
		c.ID = eventID(&c)
	}
	if old, ok := g.events[c.ID]; ok {
		return old, false, nil
	}
	g.events[c.ID] = &c
	return &c, true, nil
}

// Event returns the event with id, or nil.
func (g *Graph) Event(id string) *Event { return g.events[id] }

// Events returns all events ordered by date, then id.
func (g *Graph) Events() []*Event {
	out := make([]*Event, 0, len(g.events))
	for _, e := range g.events {
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool {
		if c := out[i].Date.Compare(out[j].Date); c != 0 {
			return c < 0
		}
		return out[i].ID < out[j].ID
	})
	return out
}

// AllEvents yields every event in no particular order: Events without the
// sort, for work that orders events its own way or not at all.
func (g *Graph) AllEvents() iter.Seq[*Event] {
	return func(yield func(*Event) bool) {
		for _, e := range g.events {
			if !yield(e) {
				return
			}
		}
	}
}

// NumNodes, NumRelationships and NumEvents count what the graph holds.
func (g *Graph) NumNodes() int         { return len(g.nodes) }
func (g *Graph) NumRelationships() int { return len(g.rels) }
func (g *Graph) NumEvents() int        { return len(g.events) }

// Merge adds every node, relationship and event of o to g.
func (g *Graph) Merge(o *Graph) error {
	for _, n := range o.Nodes() {
		if _, err := g.AddNode(n); err != nil {
			return err
		}
	}
	for _, r := range o.Relationships() {
		if _, err := g.AddRelationship(r); err != nil {
			return err
		}
	}
	for _, e := range o.Events() {
		if _, _, err := g.AddEvent(e); err != nil {
			return err
		}
	}
	return nil
}

// StateOf returns the state a node stands for at date d: a state itself; a
// party's state; the state a leader led at d (LEADS), else the state of the
// party they headed at d (HEADS). A leader with no term covering d stands for
// the state of their nearest term, so that a fact dated just outside a term
// still counts for the right state; ok is false only when the leader has no
// term at all.
func (g *Graph) StateOf(id string, d Date) (state string, ok bool) {
	n := g.nodes[id]
	if n == nil {
		return "", false
	}
	switch n.Kind {
	case KindState:
		return n.ID, true
	case KindParty:
		return n.State, n.State != ""
	case KindLeader:
		var best *Relationship
		var bestGap int64 = -1
		for _, r := range g.RelationshipsFrom(id) {
			st := ""
			switch r.Type {
			case LEADS:
				st = r.To
			case HEADS:
				if p := g.nodes[r.To]; p != nil {
					st = p.State
				}
			}
			if st == "" {
				continue
			}
			gap := termGap(r, d)
			// LEADS wins over HEADS at the same distance.
			if best == nil || gap < bestGap || (gap == bestGap && r.Type == LEADS && best.Type != LEADS) {
				best, bestGap = r, gap
				state = st
			}
		}
		return state, best != nil
	}
	return "", false
}

// termGap is the number of days between d and the term of r; 0 when they
// overlap or d is zero.
func termGap(r *Relationship, d Date) int64 {
	if d.IsZero() {
		return 0
	}
	return r.Term.Gap(SpanOf(d))
}
