package analysis

import (
	"errors"
	"fmt"
	"sort"

	"github.com/blocgraph/blocgraph/analysis/csr"
	"github.com/blocgraph/blocgraph/graph"
)

// Methods of bloc detection.
const (
	MethodLouvain   = "louvain"
	MethodSigned    = "signed"
	MethodConsensus = "consensus"
)

// ParseMethod reads a method of bloc detection: louvain, signed or
// consensus.
func ParseMethod(s string) (string, error) {
	switch s {
	case MethodLouvain, MethodSigned, MethodConsensus:
		return s, nil
	}
	return "", fmt.Errorf("%q is not louvain, signed or consensus", s)
}

// Config tunes the algorithms.
type Config struct {
	Damping    float64 // PageRank damping, default 0.85
	Tolerance  float64 // convergence tolerance of PageRank, eigenvector and HITS, default 1e-10
	MaxIter    int     // default 1000
	Method     string  // louvain (default), signed or consensus
	Resolution float64 // Louvain resolution, default 1
	Seed       int64   // default 1
	Runs       int     // consensus runs, default 50
	MaxBlocs   int     // signed: most blocs tried; 0 = up to 8
	// BlocNames names the bloc holding a state: {"USA": "Western bloc"}.
	BlocNames map[string]string
	Workers   int // 0 = all cores
}

func (c *Config) defaults() {
	if c.Damping == 0 {
		c.Damping = 0.85
	}
	if c.Tolerance == 0 {
		c.Tolerance = 1e-10
	}
	if c.MaxIter == 0 {
		c.MaxIter = 1000
	}
	if c.Method == "" {
		c.Method = MethodLouvain
	}
	if c.Resolution == 0 {
		c.Resolution = 1
	}
	if c.Seed == 0 {
		c.Seed = 1
	}
	if c.Runs == 0 {
		c.Runs = 50
	}
	if c.MaxBlocs == 0 {
		c.MaxBlocs = 8
	}
}

// NodeResult is everything measured of one projected node.
type NodeResult struct {
	ID             string     `json:"id"`
	Name           string     `json:"name"`
	Kind           graph.Kind `json:"-"`          // State, or at the actor level Leader or Party: where write-back stores the results
	InDegree       float64    `json:"in_degree"`  // Σ|w| of edges in, both layers
	OutDegree      float64    `json:"out_degree"` // Σ|w| of edges out, both layers
	CooperationIn  float64    `json:"cooperation_in"`
	CooperationOut float64    `json:"cooperation_out"`
	ConflictIn     float64    `json:"conflict_in"`
	ConflictOut    float64    `json:"conflict_out"`
	Balance        float64    `json:"balance"` // cooperation in+out − conflict in+out
	PageRank       float64    `json:"pagerank"`
	Betweenness    float64    `json:"betweenness"`
	Eigenvector    float64    `json:"eigenvector"`
	Hub            float64    `json:"hub"`
	Authority      float64    `json:"authority"`
	Bloc           int        `json:"bloc"`
	BlocLabel      string     `json:"bloc_label"`
	BlocConfidence *float64   `json:"bloc_confidence,omitempty"`
}

// Bloc is a group of states found together.
type Bloc struct {
	ID       int      `json:"id"`
	Label    string   `json:"label"`
	Members  []string `json:"members"` // ids, most central first
	Names    []string `json:"names"`
	Ideology string   `json:"ideology"` // the ruling-party ideology most members share
}

// Report is the outcome of an analysis.
type Report struct {
	Level           string         `json:"level"`
	Window          string         `json:"window"`
	Method          string         `json:"method"`
	Nodes           int            `json:"nodes"`
	Pairs           int            `json:"pairs"`
	Events          int            `json:"events"`
	Skipped         map[string]int `json:"skipped"`
	Modularity      *float64       `json:"modularity,omitempty"`
	Frustration     *float64       `json:"frustration,omitempty"`
	FrustratedEdges *int           `json:"frustrated_edges,omitempty"`
	BalanceIndex    *float64       `json:"balance_index,omitempty"`
	Runs            int            `json:"runs,omitempty"`
	Warnings        []string       `json:"warnings,omitempty"`
	Results         []NodeResult   `json:"states"` // by PageRank, highest first
	Blocs           []Bloc         `json:"blocs"`  // largest first
}

// layers returns the projection's cooperation and conflict layers in CSR form.
func (p *Projection) layers() (coop, conflict *csr.Graph) {
	var pos, neg []csr.Edge
	for _, pr := range p.Pairs {
		f, t := int32(p.Index[pr.From]), int32(p.Index[pr.To])
		if pr.Cooperation > 0 {
			pos = append(pos, csr.Edge{From: f, To: t, Weight: pr.Cooperation})
		}
		if pr.Conflict > 0 {
			neg = append(neg, csr.Edge{From: f, To: t, Weight: pr.Conflict})
		}
	}
	return csr.FromEdges(len(p.Nodes), pos), csr.FromEdges(len(p.Nodes), neg)
}

// Analyze measures the projection. g supplies the ruling parties that label
// blocs; it may be nil.
func Analyze(g *graph.Graph, p *Projection, cfg Config) (*Report, error) {
	cfg.defaults()
	if _, err := ParseMethod(cfg.Method); err != nil {
		return nil, fmt.Errorf("method %w", err)
	}
	n := len(p.Nodes)
	r := &Report{Level: string(p.Level), Window: p.Window(), Method: cfg.Method, Nodes: n, Pairs: len(p.Pairs), Events: p.Events, Skipped: p.Skipped, Results: []NodeResult{}, Blocs: []Bloc{}}
	if n == 0 {
		return r, nil
	}
	res := make([]NodeResult, n)
	for i, id := range p.Nodes {
		res[i].ID, res[i].Name, res[i].Kind = id, p.Name(id), p.Kind(id)
	}
	for _, pr := range p.Pairs {
		f, t := &res[p.Index[pr.From]], &res[p.Index[pr.To]]
		f.CooperationOut += pr.Cooperation
		f.ConflictOut += pr.Conflict
		t.CooperationIn += pr.Cooperation
		t.ConflictIn += pr.Conflict
	}
	for i := range res {
		x := &res[i]
		x.InDegree = x.CooperationIn + x.ConflictIn
		x.OutDegree = x.CooperationOut + x.ConflictOut
		x.Balance = x.CooperationIn + x.CooperationOut - x.ConflictIn - x.ConflictOut
	}
	coop, conflict := p.layers()
	pr, err := csr.PageRank(coop, cfg.Damping, cfg.Tolerance, cfg.MaxIter)
	if err != nil {
		return nil, fmt.Errorf("PageRank: %w", err)
	}
	bw := csr.Betweenness(coop, cfg.Workers)
	// Eigenvector and HITS are secondary measures: when they do not converge
	// within MaxIter, the last iterate is reported with a warning rather than
	// failing the whole report.
	ev, err := csr.Eigenvector(coop, cfg.Tolerance, cfg.MaxIter)
	if err != nil {
		if !errors.Is(err, csr.ErrNotConverged) || ev == nil {
			return nil, fmt.Errorf("eigenvector centrality: %w", err)
		}
		r.Warnings = append(r.Warnings, fmt.Sprintf("eigenvector centrality did not converge in %d iterations; values are approximate", cfg.MaxIter))
	}
	hubs, auths, err := csr.HITS(coop, cfg.Tolerance, cfg.MaxIter)
	if err != nil {
		if !errors.Is(err, csr.ErrNotConverged) || hubs == nil {
			return nil, fmt.Errorf("HITS: %w", err)
		}
		r.Warnings = append(r.Warnings, fmt.Sprintf("HITS did not converge in %d iterations; hubs and authorities are approximate", cfg.MaxIter))
	}
	for i := range res {
		res[i].PageRank, res[i].Betweenness, res[i].Eigenvector = pr[i], bw[i], ev[i]
		res[i].Hub, res[i].Authority = hubs[i], auths[i]
	}

	var community []int32
	var confidence []float64
	und := coop.Undirected()
	switch cfg.Method {
	case MethodLouvain:
		lr := csr.Louvain(und, cfg.Resolution, cfg.Seed)
		community = lr.Community
		q := lr.Q
		r.Modularity = &q
	case MethodConsensus:
		runs := make([][]int32, cfg.Runs)
		for i := range runs {
			runs[i] = csr.Louvain(und, cfg.Resolution, cfg.Seed+int64(i)).Community
		}
		community, confidence = csr.Consensus(runs)
		q := csr.Modularity(und, community, cfg.Resolution)
		r.Modularity = &q
		r.Runs = cfg.Runs
	case MethodSigned:
		best := csr.SignedResult{Frustration: -1}
		for k := 2; k <= min(cfg.MaxBlocs, max(n, 2)); k++ {
			s := csr.SignedPartition(coop, conflict, k, 20, cfg.Seed)
			if best.Frustration < 0 || s.Frustration < best.Frustration-1e-9 {
				best = s
			}
		}
		community = best.Community
		f, fe, b := best.Frustration, best.FrustratedEdges, best.Balance
		r.Frustration, r.FrustratedEdges, r.BalanceIndex = &f, &fe, &b
	}
	blocs := makeBlocs(g, p, res, community, cfg)
	for i := range res {
		c := int(community[i])
		res[i].Bloc = blocs.order[c]
		res[i].BlocLabel = blocs.list[blocs.order[c]].Label
		if confidence != nil {
			v := confidence[i]
			res[i].BlocConfidence = &v
		}
	}
	r.Blocs = blocs.list
	sort.SliceStable(res, func(i, j int) bool { return moreCentral(&res[i], &res[j]) })
	r.Results = res
	return r, nil
}
