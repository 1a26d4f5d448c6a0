package csr

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
)

// SignedResult is the outcome of SignedPartition.
type SignedResult struct {
	// Community[i] is the bloc of node i, numbered 0..k-1 by first appearance.
	Community []int32
	// Frustration is the sum of |w| over conflict edges inside a bloc plus
	// cooperation edges across blocs (over the stored directed edges of
	// both layers; equivalently over the symmetrised pairs).
	Frustration float64
	// FrustratedEdges counts the stored directed edges (|w| > 0) that are
	// frustrated.
	FrustratedEdges int
	// Balance is 1 - Frustration / (total |w| of both layers); 1 when the
	// layers carry no weight.
	Balance float64
	// LowerBound is a proven lower bound on the least frustration of any
	// partition with any number of blocs (and so with the number asked
	// for): SignedLowerBound, or the optimum itself when Exact.
	LowerBound float64
	// Exact reports that Frustration is proven optimal: by enumeration of
	// every partition (N <= ExactSignedMaxNodes) or because it meets
	// LowerBound.
	Exact bool
	// Restarts is the number of searches made (0 for an enumeration), the
	// warm one (SignedOptions.Start) included; Warm reports that the warm
	// search gave Community.
	Restarts int
	Warm     bool
}

// Gap is (Frustration - LowerBound) / Frustration, the most by which the
// result may exceed the optimum as a share of itself; 0 when exact.
func (r SignedResult) Gap() float64 {
	if r.Exact || r.Frustration <= 0 {
		return 0
	}
	return max(0, r.Frustration-r.LowerBound) / r.Frustration
}

// SignedOptions tunes SignedPartition.
type SignedOptions struct {
	// Blocs asks for exactly this many blocs (or N when there are fewer
	// nodes); 0 lets the objective choose any number.
	Blocs int
	// Restarts is the number of seeded searches; < 1 means DefaultRuns.
	Restarts int
	Seed     int64
	Workers  int // goroutines for the restarts; <= 0 means GOMAXPROCS
	// NoBound skips the lower bound (for null-model samples): LowerBound is
	// then 0 unless every partition was enumerated.
	NoBound bool
	// Start, when not nil, is a partition of the N nodes to search from
	// after the restarts (a warm start, see the notes in warm.go): Start[i]
	// is node i's bloc, any label >= 0 (below Blocs when Blocs is set), or <
	// 0 for a node with no place in it, which starts alone (with Blocs, in
	// the bloc its net weights pull it to most). Its search has a random
	// stream of its own and wins ties, so that of equally frustrated
	// partitions the one found from Start is kept.
	Start []int32
	// Adaptive makes Restarts a most: the restarts stop as soon as their
	// best frustration meets the lower bound (see warm.go). The bound is
	// then the greedy packing's alone (the cheaper half of SignedLowerBound):
	// it proves most optima that are proved at all, and the slower packing
	// costs more than the restarts it could spare (on the COW windows, 5 to
	// 50 ms against about 0.3 ms a restart). Needs the bound: ignored with
	// NoBound.
	Adaptive bool
}

// ExactSignedMaxNodes is the largest n for which SignedPartition enumerates
// every partition instead of searching.
const ExactSignedMaxNodes = 12

// SignedPartition partitions the nodes of a signed graph, given as its
// cooperation layer pos and its conflict layer neg (the sign of stored
// weights is ignored: |w| is used, so neg may hold negative or positive
// weights), into blocs that minimise the frustration
//
//	F = sum |w| of conflict edges inside a bloc + sum |w| of cooperation edges across blocs
//
// (structural balance, Doreian & Mrvar 1996, with equal weight on both
// kinds of error: correlation clustering). Direction does not matter: F
// only depends on the symmetrised net weights s_uv = P_uv − N_uv (P, N the
// summed cooperation and conflict of the pair), as F = ΣN + Σ_{pairs
// across} s_uv. pos and neg must have the same N; neg may be nil.
//
// With opt.Blocs = 0 the number of blocs is whatever minimises F. For N <=
// ExactSignedMaxNodes every partition is enumerated and the optimum is
// exact (ties: the lexicographically first labelling). Otherwise each of
// opt.Restarts seeded searches runs the Leiden machinery (see Leiden) on
// the net weights with no null-model term — multi-level moves: nodes move
// to the bloc (or a new one) that lowers F most, refined sub-blocs are
// aggregated and moved as units, iterations repeat until F stops falling —
// and the best result is kept (ties: the earliest restart). Blocs are
// then split into the connected components of their cooperation, and a
// state with no cooperation tie to its bloc is put in a bloc of its own:
// neither can raise F, and neither joins states that nothing joins.
// Finally blocs with no tie between them but a conflict tie into a common
// third bloc are merged (the enemy of my enemy): F is unchanged, and the
// states set against one bloc stand together rather than each alone.
//
// With opt.Blocs = k the search never opens more than k blocs (the
// restarts start from seeded random k-colourings) and, when the best
// partition has fewer, the states whose departure costs least start the
// missing blocs, so that there are exactly min(k, N).
//
// LowerBound comes from SignedLowerBound (any k), so Gap bounds how far
// from optimal the result can be. Deterministic for a seed and any
// Workers.
func SignedPartition(pos, neg *Graph, opt SignedOptions) SignedResult {
	return NewSignedSearch(pos, neg, opt).Result(opt.Start)
}

// SignedSearch is SignedPartition in two steps: NewSignedSearch makes the
// restarts, which do not depend on a start (and with opt.Adaptive the
// lower bound), and Result the warm search from a start, the choice and the
// final touches. A timeline makes the restarts of several periods at once,
// then the warm searches in order, each from the blocs of the period before.
type SignedSearch struct {
	pos, neg *Graph
	opt      SignedOptions
	k        int
	net      *signedNet
	exact    []int32 // the enumerated optimum (N <= ExactSignedMaxNodes)
	rs       *runs
	integer  bool
	bound    float64
	bounded  bool
}

// NewSignedSearch makes the restarts of SignedPartition (opt.Start is not
// used here; see Result). pos and neg are as for SignedPartition.
func NewSignedSearch(pos, neg *Graph, opt SignedOptions) *SignedSearch {
	n := pos.N
	if neg == nil {
		neg = emptyGraph(n)
	}
	if neg.N != n {
		panic(fmt.Sprintf("csr.SignedPartition: pos.N=%d != neg.N=%d", n, neg.N))
	}
	k := max(opt.Blocs, 0)
	if k > n {
		k = n
	}
	s := &SignedSearch{pos: pos, neg: neg, opt: opt, k: k}
	if n == 0 {
		return s
	}
	s.net = newSignedNet(pos, neg)
	s.integer = integral(pos) && integral(neg)
	if n <= ExactSignedMaxNodes {
		s.exact = s.net.exact(k)
		return s
	}
	restarts := opt.Restarts
	if restarts < 1 {
		restarts = DefaultRuns(len(s.net.adj))
	}
	var enough func(float64, int) bool
	if opt.Adaptive && !opt.NoBound {
		enough = func(inside float64, _ int) bool {
			f := s.net.frustrationOf(inside)
			return f <= s.lowerBound(f)+1e-9*max(1, f)
		}
	}
	s.rs = coldRuns(n, restarts, opt.Workers, opt.Seed, opt.Adaptive, false, 1e-12, enough, s.run)
	return s
}

// lowerBound is the proven lower bound of the search, computed once; f is
// the frustration it is to prove (the cheap packing is enough when it
// does, see SignedLowerBound).
func (s *SignedSearch) lowerBound(f float64) float64 {
	if !s.bounded {
		if s.opt.Adaptive {
			f = math.Inf(-1) // the greedy packing only
		}
		s.bound, s.bounded = s.net.selfConflict+s.net.mixed+s.net.lowerBound(f), true
		if s.integer {
			// Integer weights make every frustration an integer.
			s.bound = math.Ceil(s.bound - 1e-9)
		}
	}
	return s.bound
}

// run is one search on the net weights, from start or from a partition of
// its own: every node alone, or with k blocs a random k-colouring.
func (s *SignedSearch) run(rng *rand.Rand, ws *moveWorkspace, start []int32) ([]int32, float64, int) {
	net, k := s.net, s.k
	obj := objective{scale: 0, norm: 1 / math.Max(net.total, 1e-300), maxComms: k}
	comm := make([]int32, net.n)
	switch {
	case start != nil:
		copy(comm, start)
	case k == 0:
		for i := range comm {
			comm[i] = int32(i)
		}
	default:
		for i := range comm {
			comm[i] = int32(rng.IntN(k))
		}
	}
	return obj.untilStable(net.level, comm, rng, ws, net.insideSum, k == 0)
}

// Result makes the warm search from start (nil: none; as
// SignedOptions.Start) and returns the best partition of the search, as
// SignedPartition does. Call it once.
func (s *SignedSearch) Result(start []int32) SignedResult {
	pos, neg, net, k := s.pos, s.neg, s.net, s.k
	if pos.N == 0 {
		return SignedResult{Community: []int32{}, Balance: 1, Exact: true}
	}
	var comm []int32
	restarts := 0
	if s.exact != nil {
		comm = s.exact
	} else {
		if start != nil {
			if len(start) != pos.N {
				panic(fmt.Sprintf("csr.SignedPartition: a start of %d nodes for a graph of %d", len(start), pos.N))
			}
			s.rs.warmRun(net.n, s.opt.Seed, startPartition(net.level, start, k), 1e-12, s.run)
		}
		comm, restarts = s.rs.comm, len(s.rs.vals)
	}
	warm := s.exact == nil && s.rs.warm && s.rs.best == len(s.rs.vals)-1
	if k == 0 {
		net.tidy(comm)
	} else {
		net.fill(comm, k)
	}
	renumber(comm)
	r := evalSigned(pos, neg, comm)
	r.Restarts, r.Warm = restarts, warm
	switch {
	case s.exact != nil:
		r.LowerBound, r.Exact = r.Frustration, true
	case s.opt.NoBound:
	default:
		r.LowerBound = s.lowerBound(r.Frustration)
		r.Exact = r.Frustration <= r.LowerBound+1e-9*max(1, r.Frustration)
	}
	return r
}

// frustrationOf is the frustration of a partition whose inside sum of net
// weights is inside: F = self-conflict + Σ min(P, N) + Σ of the positive
// net weights − inside (see signedNet).
func (s *signedNet) frustrationOf(inside float64) float64 {
	return s.selfConflict + s.mixed + s.positive - inside
}

// integral reports whether every weight of g is an integer.
func integral(g *Graph) bool {
	for _, w := range g.Weights {
		if w != math.Trunc(w) {
			return false
		}
	}
	return true
}

// evalSigned computes the frustration statistics of a partition.
func evalSigned(pos, neg *Graph, comm []int32) SignedResult {
	res := SignedResult{Community: comm}
	var total float64
	for u := 0; u < pos.N; u++ {
		for e := pos.Offsets[u]; e < pos.Offsets[u+1]; e++ {
			w := math.Abs(pos.Weights[e])
			total += w
			if w > 0 && comm[u] != comm[pos.Targets[e]] {
				res.Frustration += w
				res.FrustratedEdges++
			}
		}
		for e := neg.Offsets[u]; e < neg.Offsets[u+1]; e++ {
			w := math.Abs(neg.Weights[e])
			total += w
			if w > 0 && comm[u] == comm[neg.Targets[e]] {
				res.Frustration += w
				res.FrustratedEdges++
			}
		}
	}
	res.Balance = 1
	if total > 0 {
		res.Balance = 1 - res.Frustration/total
	}
	return res
}

// signedNet is the symmetric net-weight graph s_uv = P_uv - N_uv (no
// diagonal, pairs with s = 0 left out) as a Leiden level, where P and N
// are the symmetrised |w| of the two layers. F = ΣN − (sum of s over pairs
// inside blocs) + (conflict self-loops), so minimising F maximises the
// inside sum of s.
type signedNet struct {
	*level
	total        float64 // Σ|s| over pairs
	positive     float64 // Σ s over pairs with s > 0
	selfConflict float64 // conflict self-loops: frustrated in every partition
	mixed        float64 // Σ min(P, N) over pairs: frustrated in every partition
}

func newSignedNet(pos, neg *Graph) *signedNet {
	n := pos.N
	var pe, ne []Edge
	var selfConflict float64
	for u := 0; u < n; u++ {
		for e := pos.Offsets[u]; e < pos.Offsets[u+1]; e++ {
			if t := pos.Targets[e]; int(t) != u {
				w := math.Abs(pos.Weights[e])
				pe = append(pe, Edge{int32(u), t, w}, Edge{t, int32(u), w})
			}
		}
		for e := neg.Offsets[u]; e < neg.Offsets[u+1]; e++ {
			if t := neg.Targets[e]; int(t) != u {
				w := math.Abs(neg.Weights[e])
				ne = append(ne, Edge{int32(u), t, w}, Edge{t, int32(u), w})
			} else {
				selfConflict += math.Abs(neg.Weights[e])
			}
		}
	}
	P, N := FromEdges(n, pe), FromEdges(n, ne) // symmetrised, rows sorted
	// Net weight s = P − N per pair; a pair with both cooperation and
	// conflict is frustrated by min(P, N) whatever the partition.
	var net []Edge
	var mixed, total, positive float64
	for u := 0; u < n; u++ {
		a, b := P.Offsets[u], P.Offsets[u+1]
		c, d := N.Offsets[u], N.Offsets[u+1]
		for a < b || c < d {
			var v int32
			var p, q float64
			switch {
			case c >= d || (a < b && P.Targets[a] < N.Targets[c]):
				v, p = P.Targets[a], P.Weights[a]
				a++
			case a >= b || N.Targets[c] < P.Targets[a]:
				v, q = N.Targets[c], N.Weights[c]
				c++
			default:
				v, p, q = P.Targets[a], P.Weights[a], N.Weights[c]
				a++
				c++
			}
			if int(v) > u {
				mixed += min(p, q)
			}
			if p != q {
				net = append(net, Edge{int32(u), v, p - q})
				total += math.Abs(p - q)
				positive += max(p-q, 0)
			}
		}
	}
	return &signedNet{level: newLevel(FromEdges(n, net)), total: total / 2, positive: positive / 2, selfConflict: selfConflict, mixed: mixed}
}

// exact enumerates all partitions (restricted growth strings) into
// exactly k blocs (k = 0: any number) and returns one maximising the
// inside sum.
func (s *signedNet) exact(k int) []int32 {
	n := s.n
	most := k
	if k == 0 || k > n {
		most = n
	}
	wm := make([]float64, n*n)
	for u := 0; u < n; u++ {
		for e := s.off[u]; e < s.off[u+1]; e++ {
			wm[u*n+int(s.adj[e])] = s.w[e]
		}
	}
	cur := make([]int32, n)
	var best []int32
	bestVal := 0.0
	var rec func(i, blocs int, val float64)
	rec = func(i, blocs int, val float64) {
		if k > 0 && blocs+(n-i) < k {
			return // too few nodes left to open the blocs still missing
		}
		if i == n {
			if best == nil || val > bestVal+1e-12*math.Abs(bestVal) {
				if best == nil {
					best = make([]int32, n)
				}
				bestVal = val
				copy(best, cur)
			}
			return
		}
		row := wm[i*n : i*n+i]
		for b := 0; b <= blocs && b < most; b++ {
			add := 0.0
			for j, c := range cur[:i] {
				if int(c) == b {
					add += row[j]
				}
			}
			cur[i] = int32(b)
			nb := blocs
			if b == blocs {
				nb++
			}
			rec(i+1, nb, val+add)
		}
	}
	rec(0, 0, 0)
	return best
}

// insideSum returns the sum of s over pairs inside blocs.
func (s *signedNet) insideSum(comm []int32) float64 {
	var v float64
	for u := 0; u < s.n; u++ {
		for e := s.off[u]; e < s.off[u+1]; e++ {
			if comm[s.adj[e]] == comm[u] {
				v += s.w[e]
			}
		}
	}
	return v / 2
}

// search runs restarts seeded Leiden searches on the net weights (at most
// k blocs, 0 = any) and returns the partition with the largest inside sum
// (ties: the earliest restart).
func (s *signedNet) search(k, restarts int, seed int64, workers int) []int32 {
	ss := &SignedSearch{net: s, k: k}
	return coldRuns(s.n, restarts, workers, seed, false, false, 1e-12, nil, ss.run).comm
}

// tidy puts every node with no positive net weight to the rest of its
// bloc into a bloc of its own (which cannot raise F) and splits blocs into
// the components of their positive pairs. Labels stay in 0..n-1.
func (s *signedNet) tidy(comm []int32) {
	size := make([]int32, s.n)
	for _, c := range comm {
		size[c]++
	}
	free := make([]int32, 0)
	for c := s.n - 1; c >= 0; c-- {
		if size[c] == 0 {
			free = append(free, int32(c))
		}
	}
	for u := 0; u < s.n; u++ {
		cu := comm[u]
		if size[cu] < 2 {
			continue
		}
		var p float64
		for e := s.off[u]; e < s.off[u+1]; e++ {
			if comm[s.adj[e]] == cu && s.w[e] > 0 {
				p += s.w[e]
			}
		}
		if p == 0 {
			size[cu]--
			comm[u] = free[len(free)-1]
			free = free[:len(free)-1]
			size[comm[u]]++
		}
	}
	splitComponents(s.level, comm)
	s.joinAgainstCommonAdversary(comm)
}

// joinAgainstCommonAdversary merges blocs that have no tie of either sign
// between them but a conflict tie into a common third bloc — the enemy of
// my enemy, which structural balance puts together — in order of their
// first node, until no such pair is left. F is unchanged (no pair between
// merged blocs has any weight); without it, states whose only ties are
// conflicts with the same bloc would each stand alone.
func (s *signedNet) joinAgainstCommonAdversary(comm []int32) {
	nb := renumber(comm)
	tied := make([]map[int32]bool, nb)      // blocs with any tie to b
	adversary := make([]map[int32]bool, nb) // blocs with a conflict tie to b
	for b := range tied {
		tied[b], adversary[b] = map[int32]bool{}, map[int32]bool{}
	}
	for u := 0; u < s.n; u++ {
		cu := comm[u]
		for e := s.off[u]; e < s.off[u+1]; e++ {
			cv := comm[s.adj[e]]
			if cv == cu {
				continue
			}
			tied[cu][cv] = true
			if s.w[e] < 0 {
				adversary[cu][cv] = true
			}
		}
	}
	parent := make([]int32, nb)
	for b := range parent {
		parent[b] = int32(b)
	}
	for a := int32(0); a < int32(nb); a++ {
		if parent[a] != a {
			continue
		}
		for b := a + 1; b < int32(nb); b++ {
			if parent[b] != b || tied[a][b] || len(adversary[a]) == 0 {
				continue
			}
			common := false
			for c := range adversary[b] {
				if adversary[a][c] {
					common = true
					break
				}
			}
			if !common {
				continue
			}
			parent[b] = a
			for c := range tied[b] {
				tied[a][c] = true
				delete(tied[c], b)
				tied[c][a] = true
			}
			for c := range adversary[b] {
				adversary[a][c] = true
				delete(adversary[c], b)
				adversary[c][a] = true
			}
		}
	}
	for u := range comm {
		comm[u] = parent[comm[u]]
	}
}

// fill gives comm exactly min(k, n) blocs: while there are fewer, the node
// whose net weight to the rest of its (non-singleton) bloc is smallest —
// the one whose departure raises F least — starts a new bloc.
func (s *signedNet) fill(comm []int32, k int) {
	nb := renumber(comm)
	size := make([]int32, s.n)
	for _, c := range comm {
		size[c]++
	}
	for ; nb < k; nb++ {
		best, bestCost := -1, math.Inf(1)
		for u := 0; u < s.n; u++ {
			if size[comm[u]] < 2 {
				continue
			}
			var cost float64
			for e := s.off[u]; e < s.off[u+1]; e++ {
				if comm[s.adj[e]] == comm[u] {
					cost += s.w[e]
				}
			}
			if cost < bestCost {
				best, bestCost = u, cost
			}
		}
		if best < 0 {
			return
		}
		size[comm[best]]--
		comm[best] = int32(nb)
		size[nb]++
	}
}

// SignedLowerBound returns a lower bound on the least frustration of any
// partition of the signed graph (pos, neg as for SignedPartition), from a
// fractional packing of frustrated cycles. A cycle made of one conflict
// pair (u, v) (net weight s_uv < 0) and a path of cooperation pairs (s > 0)
// from u to v has at least one frustrated pair in every partition: if u
// and v share a bloc the conflict pair is frustrated, otherwise some
// cooperation pair on the path crosses. So for any flows y_C >= 0 on such
// cycles that put at most |s_e| on every pair e, F >= Σ y_C (weak duality
// with the multicut relaxation; Garg, Vazirani & Yannakakis 1996). The
// packing is the larger of
//
//   - a greedy one: conflict pairs by decreasing |s|, each routed along
//     shortest cooperation paths with capacity left, short cycles first;
//   - an approximately maximal one by Fleischer's (2000) version of the
//     Garg–Könemann multiplicative-weights method (ε = 0.2): each pair has
//     a length that grows by the factor (1 + ε·flow/|s_e|) when flow is
//     routed through it, and every conflict pair repeatedly routes along its
//     currently shortest cycle while that is shorter than a threshold that
//     grows by (1 + ε) per phase; the flows are then scaled down by the
//     largest overload, which makes them a feasible packing.
//
// With integer weights the bound is rounded up (every frustration is then
// an integer). Conflict self-loops, and min(P, N) of every pair with both cooperation P
// and conflict N, are added: they are frustrated in every partition. The work is
// capped at about 200 (N + M) steps for the greedy packing and 1,000 (N +
// M) for the other (3 million at most for each, a few tenths of a second),
// which is skipped when the greedy one already meets the frustration to
// prove; the bound stays valid when cut short.
func SignedLowerBound(pos, neg *Graph) float64 {
	if neg == nil {
		neg = emptyGraph(pos.N)
	}
	net := newSignedNet(pos, neg)
	return net.selfConflict + net.mixed + net.lowerBound(math.Inf(1))
}

// pairGraph is the signed net graph with one id per pair: cooperation arcs
// (both directions) in CSR form, conflict pairs in a list, and the
// capacity |s| of every pair.
type pairGraph struct {
	n        int
	arcOff   []int32
	arcTo    []int32
	arcID    []int32
	conflict [][2]int32 // u < v
	confID   []int32
	capacity []float64
}

func (s *signedNet) pairs() *pairGraph {
	n := s.n
	pg := &pairGraph{n: n, arcOff: make([]int32, n+1)}
	for u := 0; u < n; u++ {
		for e := s.off[u]; e < s.off[u+1]; e++ {
			if s.w[e] > 0 {
				pg.arcOff[u+1]++
			}
		}
	}
	for u := 1; u <= n; u++ {
		pg.arcOff[u] += pg.arcOff[u-1]
	}
	pg.arcTo = make([]int32, pg.arcOff[n])
	pg.arcID = make([]int32, pg.arcOff[n])
	fill := slices.Clone(pg.arcOff[:n])
	for u := 0; u < n; u++ {
		for e := s.off[u]; e < s.off[u+1]; e++ {
			v, w := s.adj[e], s.w[e]
			if int(v) <= u {
				continue
			}
			id := int32(len(pg.capacity))
			pg.capacity = append(pg.capacity, math.Abs(w))
			if w < 0 {
				pg.conflict = append(pg.conflict, [2]int32{int32(u), v})
				pg.confID = append(pg.confID, id)
				continue
			}
			pg.arcTo[fill[u]], pg.arcID[fill[u]] = v, id
			fill[u]++
			pg.arcTo[fill[v]], pg.arcID[fill[v]] = int32(u), id
			fill[v]++
		}
	}
	return pg
}

// lowerBound returns the larger of the two packings (see
// SignedLowerBound), skipping the slower one when the greedy packing
// already reaches target (the frustration to prove; +Inf for none).
func (s *signedNet) lowerBound(target float64) float64 {
	pg := s.pairs()
	if len(pg.conflict) == 0 || len(pg.arcTo) == 0 {
		return 0
	}
	size := s.n + len(s.adj)
	budget := min(200*size, 3_000_000)
	lb := pg.greedyPacking(&budget)
	if s.selfConflict+s.mixed+lb >= target-1e-9*max(1, target) {
		return lb
	}
	budget = min(1000*size, 3_000_000)
	return max(lb, pg.fleischerPacking(0.2, &budget))
}

// greedyPacking routes conflict pairs by decreasing capacity along
// shortest (fewest pairs) cooperation paths with capacity left, paths of
// up to 2 pairs first, then 3, …, 8, then any length.
func (pg *pairGraph) greedyPacking(budget *int) float64 {
	n := pg.n
	capLeft := slices.Clone(pg.capacity)
	order := make([]int, len(pg.conflict))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		ca, cb := pg.capacity[pg.confID[a]], pg.capacity[pg.confID[b]]
		switch {
		case ca > cb:
			return -1
		case ca < cb:
			return 1
		}
		return 0
	})
	prevNode := make([]int32, n)
	prevArc := make([]int32, n)
	depth := make([]int32, n)
	mark := make([]int32, n)
	stamp := int32(0)
	queue := make([]int32, 0, n)
	const eps = 1e-12
	var lb float64
	for maxLen := int32(2); maxLen <= int32(n) && *budget > 0; maxLen++ {
		for _, j := range order {
			u, v := pg.conflict[j][0], pg.conflict[j][1]
			cj := pg.confID[j]
			for capLeft[cj] > eps*pg.capacity[cj] && *budget > 0 {
				stamp++
				queue = append(queue[:0], u)
				mark[u], depth[u] = stamp, 0
				found := false
				for h := 0; h < len(queue) && !found; h++ {
					x := queue[h]
					if depth[x] >= maxLen {
						continue
					}
					for a := pg.arcOff[x]; a < pg.arcOff[x+1]; a++ {
						*budget--
						y, id := pg.arcTo[a], pg.arcID[a]
						if mark[y] == stamp || capLeft[id] <= eps*pg.capacity[id] {
							continue
						}
						mark[y], depth[y] = stamp, depth[x]+1
						prevNode[y], prevArc[y] = x, id
						if y == v {
							found = true
							break
						}
						queue = append(queue, y)
					}
				}
				if !found {
					break
				}
				b := capLeft[cj]
				for x := v; x != u; x = prevNode[x] {
					b = min(b, capLeft[prevArc[x]])
				}
				for x := v; x != u; x = prevNode[x] {
					capLeft[prevArc[x]] -= b
				}
				capLeft[cj] -= b
				lb += b
			}
		}
		if maxLen >= 8 {
			maxLen = int32(n) - 1 // then any length
		}
	}
	return lb
}

// fleischerPacking is Fleischer's approximation scheme for the maximum
// fractional packing of frustrated cycles (see SignedLowerBound), scaled
// to feasibility by the largest overload.
func (pg *pairGraph) fleischerPacking(eps float64, budget *int) float64 {
	n := pg.n
	m := len(pg.capacity)
	// δ as in Garg & Könemann for cycles of at most L pairs; L only sets
	// the accuracy, not the validity (the result is rescaled below).
	L := float64(min(n, 16))
	delta := (1 + eps) * math.Pow((1+eps)*L, -1/eps)
	length := make([]float64, m)
	load := make([]float64, m)
	for e, c := range pg.capacity {
		length[e] = delta / c
	}
	dist := make([]float64, n)
	prevNode := make([]int32, n)
	prevArc := make([]int32, n)
	done := make([]int32, n)
	stamp := int32(0)
	var h minHeap
	// shortest returns the length of the shortest cooperation path from u
	// to v (below limit, else +Inf), leaving the path in prevNode/prevArc.
	shortest := func(u, v int32, limit float64) float64 {
		stamp++
		h = h[:0]
		dist[u], done[u] = 0, -stamp
		h.push(heapItem{0, u})
		for len(h) > 0 && *budget > 0 {
			it := h.pop()
			x := it.v
			if done[x] == stamp || it.d > dist[x] {
				continue
			}
			done[x] = stamp
			if x == v {
				return it.d
			}
			if it.d >= limit {
				return math.Inf(1)
			}
			for a := pg.arcOff[x]; a < pg.arcOff[x+1]; a++ {
				*budget--
				y := pg.arcTo[a]
				d := it.d + length[pg.arcID[a]]
				if done[y] == stamp {
					continue
				}
				if done[y] != -stamp || d < dist[y] {
					dist[y], done[y] = d, -stamp
					prevNode[y], prevArc[y] = x, pg.arcID[a]
					h.push(heapItem{d, y})
				}
			}
		}
		return math.Inf(1)
	}
	var total float64
	threshold := delta * (1 + eps)
	for threshold < 1 && *budget > 0 {
		next := math.Inf(1) // shortest cycle left above the threshold
		for j, uv := range pg.conflict {
			u, v, cj := uv[0], uv[1], pg.confID[j]
			for *budget > 0 {
				limit := min(1.0, threshold) - length[cj]
				if limit <= 0 {
					next = min(next, length[cj])
					break
				}
				d := shortest(u, v, math.Inf(1))
				if d+length[cj] >= min(1.0, threshold) {
					next = min(next, d+length[cj])
					break
				}
				b := pg.capacity[cj]
				for x := v; x != u; x = prevNode[x] {
					b = min(b, pg.capacity[prevArc[x]])
				}
				for x := v; x != u; x = prevNode[x] {
					e := prevArc[x]
					load[e] += b
					length[e] *= 1 + eps*b/pg.capacity[e]
				}
				load[cj] += b
				length[cj] *= 1 + eps*b/pg.capacity[cj]
				total += b
			}
		}
		threshold = max(threshold*(1+eps), next)
	}
	over := 0.0
	for e, f := range load {
		over = max(over, f/pg.capacity[e])
	}
	if over == 0 {
		return 0
	}
	return total / over
}
