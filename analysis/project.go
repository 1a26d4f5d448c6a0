package analysis

import (
	"fmt"
	"math"
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

// Options select and weigh the events of a projection.
type Options struct {
	Since, Until graph.Date // window; zero = open
	Relations    []string   // relationship types to keep; empty = all
	Level        Level      // default LevelState
	HalfLife     float64    // days; 0 = no decay
	// Reference is the date ages are measured from for decay; zero means
	// Until, else the latest event in the window.
	Reference graph.Date
}

// Pair is the projected directed edge from one node to another.
type Pair struct {
	From, To    string
	Cooperation float64        // sum of positive weights
	Conflict    float64        // sum of |negative weights|
	Reports     int            // events weighted by count
	ByType      map[string]int // reports per relationship type
	Events      []*graph.Event // the events behind it, by date
}

// Net is the signed weight of the pair: cooperation − conflict.
func (p *Pair) Net() float64 { return p.Cooperation - p.Conflict }

// Projection is the signed weighted directed graph an analysis runs on.
type Projection struct {
	Level   Level
	Nodes   []string       // node ids, sorted
	Index   map[string]int // id → position in Nodes
	Names   map[string]string
	Pairs   []*Pair // sorted by From, To
	Skipped map[string]int
	Events  int // events kept
	From    graph.Date
	To      graph.Date
}

// Project builds the projection of g.
func Project(g *graph.Graph, opt Options) (*Projection, error) {
	if opt.Level == "" {
		opt.Level = LevelState
	}
	if opt.Level != LevelState && opt.Level != LevelActor {
		return nil, fmt.Errorf("level %q is not state or actor", opt.Level)
	}
	keep := map[string]bool{}
	for _, r := range opt.Relations {
		if _, ok := graph.RelationByType(r); !ok {
			return nil, fmt.Errorf("relation %q is not in the vocabulary (%v)", r, graph.RelationTypes())
		}
		keep[r] = true
	}
	if !opt.Since.IsZero() && !opt.Until.IsZero() && opt.Until.End().Before(opt.Since.Start()) {
		return nil, fmt.Errorf("the window ends (%s) before it starts (%s)", opt.Until, opt.Since)
	}
	p := &Projection{Level: opt.Level, Index: map[string]int{}, Names: map[string]string{}, Skipped: map[string]int{}}
	var events []*graph.Event
	for _, e := range g.Events() {
		if len(keep) > 0 && !keep[e.Type] {
			continue
		}
		if !opt.Since.IsZero() && e.Date.End().Before(opt.Since.Start()) {
			continue
		}
		if !opt.Until.IsZero() && e.Date.Start().After(opt.Until.End()) {
			continue
		}
		events = append(events, e)
	}
	ref := opt.Reference
	if ref.IsZero() {
		ref = opt.Until
	}
	if ref.IsZero() {
		for _, e := range events {
			if e.Date.Compare(ref) > 0 {
				ref = e.Date
			}
		}
	}
	pairs := map[[2]string]*Pair{}
	for _, e := range events {
		from, to := e.Subject, e.Object
		if opt.Level == LevelState {
			var ok1, ok2 bool
			from, ok1 = g.StateOf(e.Subject, e.Date)
			to, ok2 = g.StateOf(e.Object, e.Date)
			if !ok1 || !ok2 {
				p.Skipped["actor with no state"]++
				continue
			}
		}
		if from == to {
			p.Skipped["within one state"]++
			continue
		}
		if e.Sign() == graph.Neutral {
			p.Skipped["neutral (Goldstein 0)"]++
			continue
		}
		w := e.Weight()
		if opt.HalfLife > 0 {
			age := ref.End().Sub(e.Date.End()).Hours() / 24
			if age > 0 {
				w *= math.Pow(0.5, age/opt.HalfLife)
			}
		}
		k := [2]string{from, to}
		pr := pairs[k]
		if pr == nil {
			pr = &Pair{From: from, To: to, ByType: map[string]int{}}
			pairs[k] = pr
		}
		if w > 0 {
			pr.Cooperation += w
		} else {
			pr.Conflict -= w
		}
		pr.Reports += e.Count
		pr.ByType[e.Type] += e.Count
		pr.Events = append(pr.Events, e)
		p.Events++
		for _, id := range k {
			if _, ok := p.Index[id]; !ok {
				p.Index[id] = -1
			}
		}
		if p.From.IsZero() || e.Date.Compare(p.From) < 0 {
			p.From = e.Date
		}
		if e.Date.Compare(p.To) > 0 {
			p.To = e.Date
		}
	}
	for id := range p.Index {
		p.Nodes = append(p.Nodes, id)
	}
	sort.Strings(p.Nodes)
	for i, id := range p.Nodes {
		p.Index[id] = i
		if n := g.Node(id); n != nil {
			p.Names[id] = n.Label()
		} else {
			p.Names[id] = id
		}
	}
	for _, pr := range pairs {
		p.Pairs = append(p.Pairs, pr)
	}
	sort.Slice(p.Pairs, func(i, j int) bool {
		if p.Pairs[i].From != p.Pairs[j].From {
			return p.Pairs[i].From < p.Pairs[j].From
		}
		return p.Pairs[i].To < p.Pairs[j].To
	})
	return p, nil
}

// Name returns the display name of a projected node.
func (p *Projection) Name(id string) string {
	if n, ok := p.Names[id]; ok {
		return n
	}
	return id
}

// Window describes the projection's span for reports.
func (p *Projection) Window() string {
	if p.From.IsZero() {
		return "no events"
	}
	return p.From.String() + " to " + p.To.String()
}
