package analysis

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"

	"github.com/blocgraph/blocgraph/analysis/csr"
	"github.com/blocgraph/blocgraph/graph"
)

// Methods of bloc detection.
const (
	// MethodLeiden maximises modularity on the cooperation layer with the
	// Leiden algorithm, best of Config.Runs seeded runs.
	MethodLeiden = "leiden"
	// MethodLouvain is the old name of MethodLeiden, still accepted: Leiden
	// optimises the same modularity as Louvain and its refinement
	// guarantees connected blocs.
	MethodLouvain   = "louvain"
	MethodSigned    = "signed"
	MethodConsensus = "consensus"
)

// Methods lists the accepted bloc methods, for messages.
const Methods = "leiden, signed or consensus"

// ParseMethod reads a method of bloc detection: leiden (louvain is
// accepted for it, "" is the default), signed or consensus.
func ParseMethod(s string) (string, error) {
	switch s {
	case "", MethodLeiden, MethodLouvain:
		return MethodLeiden, nil
	case MethodSigned, MethodConsensus:
		return s, nil
	}
	return "", fmt.Errorf("%q is not %s", s, Methods)
}

// Config tunes the algorithms.
type Config struct {
	Damping    float64 // PageRank damping, default 0.85
	Tolerance  float64 // convergence tolerance of PageRank, eigenvector and HITS, default 1e-10
	MaxIter    int     // default 1000
	Method     string  // leiden (default; louvain means the same), signed or consensus
	Resolution float64 // modularity resolution, default 1
	Seed       int64   // default 1
	// Runs is the number of seeded runs: Leiden keeps the best of them, the
	// signed search restarts that often, consensus combines them. 0 means
	// csr.DefaultRuns (by graph size) for leiden and signed, 50 for
	// consensus.
	Runs int
	// Blocs asks the signed partition for exactly this many blocs; 0 lets
	// the least frustration choose the number.
	Blocs int
	// Alignment is what makes states aligned: AlignmentInteraction (the
	// default) or AlignmentProfile; Similarity the profile measure,
	// SimilarityKappa (default), SimilarityPi or SimilarityS.
	Alignment  string
	Similarity string
	// Null is the number of randomisations the blocs are tested against
	// (see NullTest): 0 means DefaultNullSamples on graphs of up to
	// NullMaxEdges cooperation edges and none above, < 0 none.
	Null int
	// BlocNames names the bloc holding a state: {"USA": "Western bloc"}.
	BlocNames map[string]string
	// Rulers tells how a state was ruled on a date — party family, the
	// leader's economic ideology, regime type — as reference data know it
	// (cmd wires it to the gazetteer); nil: only the ruling parties of the
	// graph (RULES) are known. See Ruling.
	Rulers  func(state string, at graph.Date) Ruling `json:"-"`
	Workers int                                      // 0 = all cores
}

func (c *Config) defaults() {
	if c.Alignment == "" {
		c.Alignment = AlignmentInteraction
	}
	if c.Similarity == "" {
		c.Similarity = SimilarityKappa
	}
	if c.Damping == 0 {
		c.Damping = 0.85
	}
	if c.Tolerance == 0 {
		c.Tolerance = 1e-10
	}
	if c.MaxIter == 0 {
		c.MaxIter = 1000
	}
	if c.Method == "" || c.Method == MethodLouvain {
		c.Method = MethodLeiden
	}
	if c.Resolution == 0 {
		c.Resolution = 1
	}
	if c.Seed == 0 {
		c.Seed = 1
	}
	if c.Runs == 0 && c.Method == MethodConsensus {
		c.Runs = 50
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
	// BlocFinding is the bloc's Finding: false when its label describes the
	// members and is no finding (no significant structure, …).
	BlocFinding    bool     `json:"bloc_finding"`
	BlocConfidence *float64 `json:"bloc_confidence,omitempty"`
	// Ruling is how the state (an actor's state, at the actor level) was
	// ruled on the date of its latest event in the window: ruling party,
	// party family, economic ideology and regime type, "" where unknown.
	Ruling Ruling `json:"ruling"`
	// Standing says what the state is when it is no sovereign state
	// throughout the window (a dependency, a partly recognised or
	// historical state, a place before it became a state), as the caller
	// (the command line, from the gazetteer) sets it; "" otherwise.
	Standing string `json:"standing,omitempty"`
}

// Bloc is a group of states found together.
type Bloc struct {
	ID       int      `json:"id"`
	Label    string   `json:"label"`
	Members  []string `json:"members"` // ids, most central first
	Names    []string `json:"names"`
	Ideology string   `json:"ideology"` // the party family more than half the members share; "" none (see LabelBasis)
	Regime   string   `json:"regime"`   // the regime type more than half the members share; "" none
	// Finding is false when the test against chance found no significant
	// bloc structure in the window, or when signed blocs had no conflict to
	// go on: the label then describes the members and is no finding (text
	// output says "not significant", or "no finding" without a test).
	Finding bool `json:"finding"`
	// LabelReason says in words why the bloc has its label; LabelBasis
	// gives the counts behind it.
	LabelReason string     `json:"label_reason"`
	LabelBasis  LabelBasis `json:"label_basis"`
}

// Report is the outcome of an analysis.
type Report struct {
	Level string `json:"level"`
	// Noun is what the nodes are called when not the level's word:
	// "node" for a network of no states (Gahuku-Gama's tribes read with
	// --codes self); "" for "state" (or "actor").
	Noun            string         `json:"noun,omitempty"`
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
	// BalanceRelative is 1 − F / min(ΣN, ΣP), the share of the frustration of
	// the better trivial partition (all states in one bloc: F = ΣN, the
	// total conflict; every state alone: F = ΣP, the total cooperation)
	// that the blocs remove; absent when the window has no conflict.
	BalanceRelative *float64 `json:"balance_relative,omitempty"`
	// FrustrationBound is a proven lower bound on the least frustration of
	// any partition, FrustrationGap = (frustration − bound) / frustration
	// the most by which the reported partition can be worse than the
	// optimum, FrustrationOptimal whether it is proven optimal (every
	// partition enumerated, or the bound met).
	FrustrationBound   *float64 `json:"frustration_lower_bound,omitempty"`
	FrustrationGap     *float64 `json:"frustration_gap,omitempty"`
	FrustrationOptimal *bool    `json:"frustration_optimal,omitempty"`
	Runs               int      `json:"runs,omitempty"`         // seeded runs made (leiden, signed) or combined (consensus)
	RunsAtBest         int      `json:"runs_at_best,omitempty"` // leiden: runs that reached the reported Q
	// Null compares the blocs with those found in randomised graphs;
	// Significance says in words what that shows (or why it was not run).
	// Alignment is interaction or profile; with profile, Similarity names
	// the measure and ThirdParties is the median number of third parties a
	// state's profile relates it to.
	Alignment    string    `json:"alignment"`
	Similarity   string    `json:"similarity,omitempty"`
	ThirdParties *float64  `json:"profile_third_parties,omitempty"`
	Null         *NullTest `json:"null,omitempty"`
	Significance string    `json:"significance,omitempty"`
	// Groups are the sizes of the groups of states with ties and no tie
	// between the groups (connected components of the ties the blocs are
	// found on, states without any left out), largest first, when there
	// are two or more: the blocs cannot cross them, and Significance says
	// so in words (GroupsWords).
	Groups   []int        `json:"groups,omitempty"`
	Warnings []string     `json:"warnings,omitempty"`
	Results  []NodeResult `json:"states"` // by PageRank, highest first
	Blocs    []Bloc       `json:"blocs"`  // largest first

	warm bool // a timeline's warm run gave the blocs
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

// relativeBalance returns 1 − f / min(ΣN, ΣP) over the two layers (see
// Report.BalanceRelative); ok is false when there is no conflict.
func relativeBalance(coop, conflict *csr.Graph, f float64) (rel float64, ok bool) {
	var p, n float64
	for _, w := range coop.Weights {
		p += w
	}
	for _, w := range conflict.Weights {
		n += w
	}
	if n == 0 {
		return 0, false
	}
	base := min(p, n)
	if base == 0 {
		return 1, true // only conflict: every state alone frustrates nothing
	}
	return 1 - f/base, true
}

// Analyze measures the projection. g supplies the ruling parties that label
// blocs; it may be nil.
func Analyze(g *graph.Graph, p *Projection, cfg Config) (*Report, error) {
	m, err := measure(g, p, cfg)
	if err != nil {
		return nil, err
	}
	return m.blocs(cfg, nil), nil
}

// measured is a projection with its centralities and rulers measured and
// its blocs still to find (Analyze in two steps, so that a timeline can
// measure its periods at once and find their blocs in order, each from
// the blocs of the one before).
type measured struct {
	g              *graph.Graph
	p              *Projection
	r              *Report
	res            []NodeResult
	coop, conflict *csr.Graph
	und            *csr.Graph
	// The graphs the blocs are found on (the layers, or with profile
	// alignment the similarity graphs) and their cold runs (search).
	bcoop, bconflict, bund *csr.Graph
	searched               bool
	leiden                 *csr.LeidenSearch
	leidenRuns             int
	signed                 *csr.SignedSearch
	signedOpt              csr.SignedOptions
}

// warmStart is where a timeline's period starts its bloc search: start[i]
// is node i's bloc in the previous period (any label; < 0 for a node that
// was not in it); nil for the first period.
type warmStart struct {
	start []int32
}

// measure is Analyze up to the blocs: sizes, degrees, centralities and
// how each state was ruled.
func measure(g *graph.Graph, p *Projection, cfg Config) (*measured, error) {
	cfg.defaults()
	if _, err := ParseMethod(cfg.Method); err != nil {
		return nil, fmt.Errorf("method %w", err)
	}
	switch cfg.Alignment {
	case AlignmentInteraction, AlignmentProfile:
	default:
		return nil, fmt.Errorf("alignment %q is not interaction or profile", cfg.Alignment)
	}
	switch cfg.Similarity {
	case SimilarityKappa, SimilarityPi, SimilarityS:
	default:
		return nil, fmt.Errorf("similarity %q is not kappa, pi or s", cfg.Similarity)
	}
	n := len(p.Nodes)
	r := &Report{Level: string(p.Level), Noun: p.Noun, Window: p.Window(), Method: cfg.Method, Nodes: n, Pairs: len(p.Pairs), Events: p.Events, Skipped: p.Skipped, Results: []NodeResult{}, Blocs: []Bloc{}}
	m := &measured{g: g, p: p, r: r}
	if n == 0 {
		return m, nil
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
		r.Warnings = append(r.Warnings, unsettledWarning("eigenvector", cfg.MaxIter))
	}
	hubs, auths, err := csr.HITS(coop, cfg.Tolerance, cfg.MaxIter)
	if err != nil {
		if !errors.Is(err, csr.ErrNotConverged) || hubs == nil {
			return nil, fmt.Errorf("HITS: %w", err)
		}
		r.Warnings = append(r.Warnings, unsettledWarning("hits", cfg.MaxIter))
	}
	for i := range res {
		res[i].PageRank, res[i].Betweenness, res[i].Eigenvector = pr[i], bw[i], ev[i]
		res[i].Hub, res[i].Authority = hubs[i], auths[i]
	}
	seen := p.lastSeenAll()
	for i := range res {
		res[i].Ruling = rulingAt(g, res[i].ID, seen[res[i].ID], cfg)
	}
	m.res, m.coop, m.conflict, m.und = res, coop, conflict, coop.Undirected()
	return m, nil
}

// search prepares the graphs the blocs are found on and makes the bloc
// search's cold runs, adaptive ones with adaptive set (csr's warm-start
// notes); blocs makes the warm run and the rest.
func (m *measured) search(cfg Config, adaptive bool) {
	cfg.defaults()
	m.searched = true
	r, p := m.r, m.p
	if len(p.Nodes) == 0 {
		return
	}
	m.bcoop, m.bconflict, m.bund = m.coop, m.conflict, m.und
	r.Alignment = cfg.Alignment
	if cfg.Alignment == AlignmentProfile {
		// Blocs from the profile similarity graph: its positive part for
		// modularity, both signs for the signed partition. Centralities
		// above stay on the interaction layers.
		pf := NewProfiles(p)
		m.bund = pf.similarityGraph(cfg.Similarity)
		m.bcoop, m.bconflict = pf.signedSimilarity(cfg.Similarity)
		r.Similarity = cfg.Similarity
		tp := pf.ThirdParties()
		slices.Sort(tp)
		med := float64(tp[len(tp)/2])
		if len(tp)%2 == 0 {
			med = float64(tp[len(tp)/2-1]+tp[len(tp)/2]) / 2
		}
		r.ThirdParties = &med
		if med < ProfileMinThirdParties {
			r.Warnings = append(r.Warnings, fmt.Sprintf("profiles are short: a state relates to %.0f third parties (median), under %d; profile blocs need a longer span", med, ProfileMinThirdParties))
		}
	}
	switch cfg.Method {
	case MethodLeiden:
		m.leidenRuns = cfg.Runs
		if m.leidenRuns == 0 {
			m.leidenRuns = csr.DefaultRuns(m.bund.NumEdges())
		}
		m.leiden = csr.NewLeidenSearch(m.bund, csr.LeidenOptions{Resolution: cfg.Resolution, Seed: cfg.Seed, Runs: m.leidenRuns, Workers: cfg.Workers, Adaptive: adaptive})
	case MethodSigned:
		m.signedOpt = csr.SignedOptions{Blocs: cfg.Blocs, Restarts: cfg.Runs, Seed: cfg.Seed, Workers: cfg.Workers, Adaptive: adaptive}
		m.signed = csr.NewSignedSearch(m.bcoop, m.bconflict, m.signedOpt)
	}
}

// blocs finds the blocs of m (with a warm run from warm, when set) and
// completes its report.
func (m *measured) blocs(cfg Config, warm *warmStart) *Report {
	cfg.defaults()
	r, p := m.r, m.p
	n := len(p.Nodes)
	if n == 0 {
		return r
	}
	if !m.searched {
		m.search(cfg, false)
	}
	res, und, coop, conflict := m.res, m.bund, m.bcoop, m.bconflict
	var start []int32
	if warm != nil {
		start = warm.start
	}
	var community []int32
	var confidence []float64
	// The groups of states with ties of any kind and none between groups:
	// the null model rewires within them, and the report says when the
	// states fall apart into them.
	tied := union(coop, conflict)
	comp := csr.Components(tied)
	if cfg.Alignment == AlignmentProfile {
		cfg.Null = -1 // the similarity is compared with chance pair by pair (κ, π), not by randomising the graph
	}
	switch cfg.Method {
	case MethodLeiden:
		lr := m.leiden.Partition(start)
		community = lr.Community
		q := roundoffZero(lr.Q)
		r.Modularity = &q
		r.Runs, r.RunsAtBest, r.warm = lr.Runs, lr.AtBest, lr.Warm
		if k := nullSamples(cfg, und.NumEdges()); k > 0 && und.NumEdges() > 0 {
			r.Null = nullModularity(und, comp, m.leidenRuns, k, cfg)
		}
	case MethodConsensus:
		runs := make([][]int32, cfg.Runs)
		for i := range runs {
			runs[i] = csr.Leiden(und, cfg.Resolution, cfg.Seed+int64(i)).Community
		}
		community, confidence = csr.Consensus(runs)
		q := roundoffZero(csr.Modularity(und, community, cfg.Resolution))
		r.Modularity = &q
		r.Runs = cfg.Runs
		if k := nullSamples(cfg, und.NumEdges()); k > 0 && und.NumEdges() > 0 {
			r.Null = nullModularity(und, comp, csr.DefaultRuns(und.NumEdges()), k, cfg)
		}
	case MethodSigned:
		opt := m.signedOpt
		sr := m.signed.Result(start)
		community = sr.Community
		f, fe, b := sr.Frustration, sr.FrustratedEdges, sr.Balance
		r.Frustration, r.FrustratedEdges, r.BalanceIndex = &f, &fe, &b
		if rel, ok := relativeBalance(coop, conflict, f); ok {
			r.BalanceRelative = &rel
		} else {
			r.Warnings = append(r.Warnings, "no conflict in the window: every partition into connected groups is balanced, so signed blocs say nothing")
		}
		lb, gap := sr.LowerBound, sr.Gap()
		r.FrustrationBound, r.FrustrationGap, r.FrustrationOptimal = &lb, &gap, &sr.Exact
		r.Runs, r.warm = sr.Restarts, sr.Warm
		ties := coop.NumEdges() + conflict.NumEdges()
		if k := nullSamples(cfg, ties); k > 0 && conflict.NumEdges() > 0 {
			opt.Restarts, opt.Adaptive = sr.Restarts, false
			r.Null = nullFrustration(coop, conflict, opt, k, cfg)
		}
	}
	noConflict := cfg.Method == MethodSigned && conflict.NumEdges() == 0
	switch {
	case r.Null != nil:
		r.Significance = r.Null.words()
	case cfg.Alignment == AlignmentProfile && cfg.Similarity != SimilarityS:
		r.Significance = "not tested against randomised graphs: " + cfg.Similarity + " compares every pair of profiles with the agreement expected by chance"
	case cfg.Alignment == AlignmentProfile:
		r.Significance = "not tested against chance: S is not corrected for chance agreement (--similarity kappa is)"
	case noConflict:
		r.Significance = "no conflict in the window: every partition into connected groups of cooperation is balanced, so the signed blocs are just those groups, no finding (the test against chance shuffles signs and needs conflict)"
	case nullSamples(cfg, 0) == 0:
		// not asked for
	case und.NumEdges() == 0 && cfg.Method != MethodSigned:
		r.Significance = "no cooperation ties in the window: no bloc structure to test"
	default:
		r.Significance = fmt.Sprintf("not tested against chance: the test runs by default on graphs of up to %d ties (--null N runs it)", NullMaxEdges)
	}
	oneBloc := r.Null == nil && n > 1 && !slices.ContainsFunc(community, func(c int32) bool { return c != community[0] })
	if r.Null == nil && r.Modularity != nil && *r.Modularity < clearModularity && und.NumEdges() > 0 && !oneBloc {
		// No test says whether the blocs beat chance; a low Q says they are weak.
		weak := fmt.Sprintf("modularity %.3f is below %.1f, under which a division into communities is weak (Newman & Girvan 2004): read the blocs as a sketch, not a finding", *r.Modularity, clearModularity)
		if r.Significance != "" {
			weak = r.Significance + "; " + weak
		}
		r.Significance = weak
	}
	if sizes := groupSizes(tied); len(sizes) > 1 && cfg.Alignment != AlignmentProfile {
		r.Groups = sizes
		if w := r.GroupsWords(); w != "" {
			if r.Significance != "" {
				w = r.Significance + "; " + w
			}
			r.Significance = w
		}
	}
	var significant *bool
	if r.Null != nil {
		v := r.Null.Significant
		significant = &v
	}
	if oneBloc && !noConflict {
		// No test ran to say so, but one bloc for all is no bloc structure.
		why := "no bloc structure in this window: one bloc holds all " + strconv.Itoa(n) + " " + p.NodeNoun() + "s"
		if r.Significance != "" {
			why += "; " + r.Significance
		}
		r.Significance = why
	}
	blocs := makeBlocs(res, community, cfg, significant, p.Noun)
	if oneBloc || noConflict {
		for i := range blocs.list {
			if b := &blocs.list[i]; b.LabelBasis.Rule != "alone" {
				b.Finding = false
				if !noConflict {
					b.LabelReason += "; but one bloc for all is no bloc structure, so this describes the members and is no finding"
				} else {
					b.LabelReason += "; but with no conflict in the window the signed partition is only the connected groups of cooperation, so this describes the members and is no finding"
				}
			}
		}
	}
	for i := range res {
		c := int(community[i])
		res[i].Bloc = blocs.order[c]
		res[i].BlocLabel = blocs.list[blocs.order[c]].Label
		res[i].BlocFinding = blocs.list[blocs.order[c]].Finding
		if confidence != nil {
			v := confidence[i]
			res[i].BlocConfidence = &v
		}
	}
	r.Blocs = blocs.list
	sort.SliceStable(res, func(i, j int) bool { return moreCentral(&res[i], &res[j]) })
	r.Results = res
	return r
}

// union is the undirected graph of the pairs tied in a or b (weights
// summed), for counting the groups that no tie joins.
func union(a, b *csr.Graph) *csr.Graph {
	var es []csr.Edge
	for _, g := range []*csr.Graph{a, b} {
		for u := 0; u < g.N; u++ {
			ts, ws := g.Out(u)
			for k, v := range ts {
				if ws[k] > 0 && int(v) != u {
					es = append(es, csr.Edge{From: int32(u), To: v, Weight: ws[k]}, csr.Edge{From: v, To: int32(u), Weight: ws[k]})
				}
			}
		}
	}
	return csr.FromEdges(a.N, es)
}

// roundoffZero is x, or 0 when x is within rounding error of zero: the
// modularity of one bloc holding every state is 0 but sums to ±1e-17,
// which would print as "-0.000".
func roundoffZero(x float64) float64 {
	if math.Abs(x) < 1e-12 {
		return 0
	}
	return x
}

// unsettledWarning says, in an analyst's words, that a secondary measure
// is approximate because its computation had not settled after iters
// rounds (csr.ErrNotConverged): what is approximate, and what is
// not affected. It was "HITS did not converge in 1000 iterations; hubs and
// authorities are approximate", which an analyst cannot weigh.
func unsettledWarning(measure string, iters int) string {
	switch measure {
	case "hits":
		return fmt.Sprintf("the hub and authority scores (HITS: which states send cooperation to the well-connected, and which receive it from the active) are approximate: their computation had not settled after %d rounds; PageRank, betweenness, eigenvector centrality and the blocs do not depend on them", iters)
	default:
		return fmt.Sprintf("eigenvector centrality is approximate: its computation had not settled after %d rounds; PageRank, betweenness and the blocs do not depend on it", iters)
	}
}

// NodeNoun is the word for the report's nodes: "state", "actor", or its
// Noun ("node" for a network of no states).
func (r *Report) NodeNoun() string {
	if r.Noun != "" {
		return r.Noun
	}
	return r.Level
}

// RulersApply says whether ruling ideology and regime type mean anything
// for the report's nodes: not for a network of no states (Gahuku-Gama's
// tribes), where the columns and the caveats about them are left out.
func (r *Report) RulersApply() bool { return r.Noun == "" }
