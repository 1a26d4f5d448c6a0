package analysis

import (
	"cmp"
	"fmt"
	"slices"
	"sort"

	"github.com/blocgraph/blocgraph/graph"
)

// Level is what the projection's nodes are.
type Level string

// Projection levels: states (leaders and parties stand for their state at the
// event's date), or actors (leaders and parties keep their own nodes).
const (
	LevelState Level = "state"
	LevelActor Level = "actor"
)

// ParseLevel reads a projection level: state or actor.
func ParseLevel(s string) (Level, error) {
	switch l := Level(s); l {
	case LevelState, LevelActor:
		return l, nil
	}
	return "", fmt.Errorf("%q is not state or actor", s)
}

// Options select and weigh the events of a projection.
type Options struct {
	Filter   graph.EventFilter // the window and relations; the zero filter keeps every event
	Level    Level             // default LevelState
	HalfLife float64           // days; 0 = no decay
	// Reference is the date ages are measured from for decay; zero means
	// the end of the window, else the latest event in the window.
	Reference graph.Date
}

// Pair is the projected directed edge from one node to another.
type Pair struct {
	From, To    string
	Cooperation float64        // sum of positive weights
	Conflict    float64        // sum of |negative weights|
	Reports     int            // events weighted by count
	ByType      map[string]int // reports per relationship type
	Events      []*graph.Event // the events behind it, by date: all of them, or a fold's evidence (Fold)
	NumEvents   int            // the events behind it, all of them
	Last        graph.Date     // the latest date of those events (zero when unknown: then that of Events)
}

// Net is the signed weight of the pair: cooperation − conflict.
func (p *Pair) Net() float64 { return p.Cooperation - p.Conflict }

// Projection is the signed weighted directed graph an analysis runs on.
type Projection struct {
	Level   Level
	Nodes   []string       // node ids, sorted
	Index   map[string]int // id → position in Nodes
	Names   map[string]string
	Kinds   map[string]graph.Kind // id → the node's kind: State, or at the actor level also Leader or Party
	Pairs   []*Pair               // sorted by From, To
	Skipped map[string]int
	Events  int // events kept
	From    graph.Date
	To      graph.Date
	// Noun is what the nodes are called when not the level's word: "node"
	// for a network of no states (tribes read with --codes self); "" for
	// the level's.
	Noun string
}

// NodeNoun is the word for p's nodes: "state", "actor", or p.Noun.
func (p *Projection) NodeNoun() string {
	if p.Noun != "" {
		return p.Noun
	}
	return string(p.Level)
}

// check validates the options and fills in the default level.
func (opt Options) check() (Options, error) {
	if opt.Level == "" {
		opt.Level = LevelState
	}
	if _, err := ParseLevel(string(opt.Level)); err != nil {
		return opt, fmt.Errorf("level %w", err)
	}
	if err := opt.Filter.Validate(); err != nil {
		return opt, err
	}
	return opt, nil
}

// Project builds the projection of g: a Fold of its events that keeps them
// all. With a half-life and neither a reference date nor a window end,
// ages are measured from the latest event the filter keeps.
func Project(g *graph.Graph, opt Options) (*Projection, error) {
	opt, err := opt.check()
	if err != nil {
		return nil, err
	}
	events := g.Events()
	if opt.HalfLife > 0 && !Foldable(opt) {
		for _, e := range events {
			if opt.Filter.Keep(e) && e.Date.Compare(opt.Reference) > 0 {
				opt.Reference = e.Date
			}
		}
		if opt.Reference.IsZero() {
			opt.HalfLife = 0 // no dated event: nothing ages
		}
	}
	f, err := NewFold(opt, AllEvents)
	if err != nil {
		return nil, err
	}
	for _, e := range events {
		f.addEvent(g, e)
	}
	return f.Projection(g), nil
}

// finish ends a projection whose pairs are in: it lists the nodes (Index
// holds their ids) in order with their names and kinds from g, and sorts
// the pairs by From, To.
func (p *Projection) finish(g *graph.Graph) {
	for id := range p.Index {
		p.Nodes = append(p.Nodes, id)
	}
	sort.Strings(p.Nodes)
	for i, id := range p.Nodes {
		p.Index[id] = i
		if n := g.Node(id); n != nil {
			p.Names[id], p.Kinds[id] = n.Label(), n.Kind
		} else {
			p.Names[id], p.Kinds[id] = id, graph.KindState
		}
	}
	sortPairs(p.Pairs, p.Index)
}

// sortPairs sorts pairs by From, then To, as the ids compare, by the ids'
// places in the sorted nodes (index): the same order, compared as
// integers (a timeline sorts the pairs of every period; comparing the
// strings took a tenth of its analysis). A projection's pairs are
// distinct, so the order is total.
func sortPairs(pairs []*Pair, index map[string]int) {
	type keyed struct {
		k  uint64
		pr *Pair
	}
	ks := make([]keyed, len(pairs))
	for i, pr := range pairs {
		ks[i] = keyed{uint64(index[pr.From])<<32 | uint64(uint32(index[pr.To])), pr}
	}
	slices.SortFunc(ks, func(a, b keyed) int { return cmp.Compare(a.k, b.k) })
	for i := range ks {
		pairs[i] = ks[i].pr
	}
}

// Name returns the display name of a projected node.
func (p *Projection) Name(id string) string {
	if n, ok := p.Names[id]; ok {
		return n
	}
	return id
}

// Kind returns the kind of a projected node: at the state level always
// State; at the actor level the node's own kind.
func (p *Projection) Kind(id string) graph.Kind {
	if k, ok := p.Kinds[id]; ok {
		return k
	}
	return graph.KindState
}

// Window describes the projection's span for reports.
func (p *Projection) Window() string {
	if p.From.IsZero() {
		if p.Events > 0 {
			return "undated"
		}
		return "no events"
	}
	return p.From.String() + " to " + p.To.String()
}
