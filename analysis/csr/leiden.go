package csr

import (
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"
)

// Partition is the outcome of Leiden and LeidenRuns.
type Partition struct {
	// Community[i] is the community of node i, numbered 0..k-1 in order of
	// first appearance when scanning nodes 0..N-1.
	Community []int32
	// Q is the Newman modularity of Community at the given resolution (same
	// definition as networkx.community.modularity and gonum's community.Q).
	Q float64
	// Levels is the number of aggregation levels of the best run's first
	// iteration (0 when every node stayed alone).
	Levels int
	// Runs is the number of runs made; Run is the one that gave Community
	// (0-based; the earliest of those with the highest Q); AtBest is how
	// many runs reached that Q (within 1e-9 relative): a measure of how
	// hard the optimum is to find.
	Runs, Run, AtBest int
	// Warm reports that the warm run (LeidenOptions.Start) gave Community;
	// Run is then -1, and Runs counts the warm run too.
	Warm bool
}

// DefaultRuns is the number of Leiden runs (or signed-partition restarts)
// used when none is asked for, by the number of stored (directed) edges:
// 32 up to 5,000 edges, then fewer so that runs × edges stays near
// 160,000, and at least 1. Measured (issue 15): on the two days of real
// ICEWS events of analysis/testdata (126 states, 1,000 stored edges) 35% of
// single runs reach the best Q found by leidenalg in 200 seeds, so 32 runs
// miss it with probability 0.65^32 ≈ 1e-6, in 19 ms on one core; one
// run on the 20,000-node benchmark graph takes about 0.1 s, as long as
// igraph's multilevel.
func DefaultRuns(edges int) int {
	const perRunBudget, most = 160000, 32
	return max(1, min(most, perRunBudget/max(edges, 1)))
}

// maxLevels caps the number of aggregation levels of one iteration and
// maxIterations the number of iterations of one run (each strictly
// increases the quality; real graphs need fewer than 10 of either).
const (
	maxLevels     = 64
	maxIterations = 32
)

// LeidenTheta is the randomness of the refinement phase (Traag et al.
// 2019 use 0.01, as leidenalg does): a node joins a sub-community with
// probability proportional to exp(ΔQ/θ) among those that do not lower Q.
const LeidenTheta = 0.01

// Leiden partitions the undirected weighted graph g by maximising
// modularity with the Leiden algorithm (Traag, Waltman & van Eck 2019,
// "From Louvain to Leiden: guaranteeing well-connected communities",
// Scientific Reports 9:5233). One iteration repeats, level by level:
//
//  1. fast local moving: nodes, in a seeded random order and then as their
//     neighbourhood changes (a queue), move to the neighbouring community
//     or an empty one with the largest strictly positive gain;
//  2. refinement: inside every community, starting from singletons, each
//     well-connected node that is still alone joins a well-connected
//     sub-community of its community, chosen at random with probability
//     proportional to exp(ΔQ/θ) among those with ΔQ >= 0 (θ = LeidenTheta;
//     staying alone has ΔQ = 0);
//  3. aggregation of the refined sub-communities into nodes; the next level
//     starts from the unrefined communities, so that sub-communities can
//     still change community.
//
// It stops when local moving leaves every node of a level alone (or the
// refinement merges nothing). Iterations, each starting from the partition
// of the previous one, repeat until one no longer increases Q. Finally every
// community is split into its connected components, which never lowers Q,
// so communities are always connected.
//
// Well-connected (Traag et al., modularity form): node v of community S
// when w(v, S−v) >= γ k_v (K_S − k_v) / 2m, a sub-community C when
// w(C, S−C) >= γ K_C (K_S − K_C) / 2m, where k is the weighted degree and K
// the total degree of a set.
//
// g should be symmetric (as built by Undirected). A non-symmetric g is
// symmetrised with Undirected first; since modularity is invariant under
// scaling all weights, a symmetric directed graph and its symmetrisation
// give the same result. Weights must be finite and >= 0: Leiden panics
// otherwise. Self-loops are diagonal entries A_uu (see the package doc).
//
// The result is deterministic for a given seed. With resolution gamma the
// objective is Q = 1/2m sum_ij [A_ij - gamma k_i k_j / 2m] delta(c_i, c_j).
// A graph with no (or only zero-weight) edges yields singletons and Q = 0.
// Cost: O(M) per level, a few levels per iteration and a few iterations.
func Leiden(g *Graph, resolution float64, seed int64) Partition {
	return LeidenRuns(g, resolution, seed, 1, 1)
}

// LeidenRuns runs Leiden runs times, run r with the random stream (seed, r),
// and returns the partition of highest modularity (ties: the earliest run).
// The runs are spread over workers goroutines (<= 0: GOMAXPROCS); the
// result does not depend on workers. runs < 1 counts as 1.
func LeidenRuns(g *Graph, resolution float64, seed int64, runs, workers int) Partition {
	return LeidenWith(g, LeidenOptions{Resolution: resolution, Seed: seed, Runs: runs, Workers: workers})
}

// LeidenOptions tunes LeidenWith.
type LeidenOptions struct {
	Resolution float64 // γ; 0 means 1
	Seed       int64
	Runs       int // cold runs (the most with Adaptive); < 1 counts as 1
	Workers    int // goroutines for the runs; <= 0 means GOMAXPROCS
	// Start, when not nil, is a partition of the N nodes to make one more
	// run from, after the cold runs (a warm start; see the notes in
	// warm.go): Start[i] is node i's community, any label >= 0, or < 0 for
	// a node that starts alone. The warm run wins ties.
	Start []int32
	// Adaptive makes Runs a most: the cold runs come in rounds and stop
	// once enough of them agree (see warm.go).
	Adaptive bool
}

// LeidenWith runs Leiden as opt says: seeded cold runs as LeidenRuns makes
// them, then the warm run from opt.Start if any, and returns the partition
// of highest modularity (ties: the warm run, then the earliest cold run).
// Partition.Runs counts the runs made, the warm one included.
// Deterministic for a seed and any Workers.
func LeidenWith(g *Graph, opt LeidenOptions) Partition {
	return NewLeidenSearch(g, opt).Partition(opt.Start)
}

// LeidenSearch is LeidenWith in two steps: NewLeidenSearch makes the cold
// runs, which do not depend on a start, and Partition the warm run and the
// choice. A timeline makes the cold runs of several periods at once, then
// the warm runs in order, each from the blocs of the period before.
type LeidenSearch struct {
	n       int
	lv      *level
	seed    int64
	obj     objective
	quality func([]int32) float64
	rs      *runs
	trivial *Partition // no nodes, or no weight: every node alone
}

// NewLeidenSearch makes the cold runs of LeidenWith (opt.Start is not
// used here; see Partition).
func NewLeidenSearch(g *Graph, opt LeidenOptions) *LeidenSearch {
	runs := max(opt.Runs, 1)
	resolution := opt.Resolution
	if resolution == 0 {
		resolution = 1
	}
	n := g.N
	s := &LeidenSearch{n: n, seed: opt.Seed}
	if n == 0 {
		s.trivial = &Partition{Community: []int32{}, Runs: runs}
		return s
	}
	g = undirectedView(g, "Leiden")
	lv := newLevel(g)
	if lv.m2 == 0 {
		c := make([]int32, n)
		for i := range c {
			c[i] = int32(i)
		}
		s.trivial = &Partition{Community: c, Runs: runs}
		return s
	}
	s.lv = lv
	s.obj = objective{scale: resolution / lv.m2, norm: 2 / lv.m2}
	s.quality = func(comm []int32) float64 { return lv.modularity(comm, resolution) }
	var flat func(float64, int) bool // see AdaptiveFlat
	if resolution == 1 {
		flat = func(q float64, made int) bool { return made >= AdaptiveFlatRuns && q < AdaptiveFlat }
	}
	s.rs = coldRuns(n, runs, opt.Workers, opt.Seed, opt.Adaptive, true, 0, flat, s.run)
	return s
}

// run is one Leiden run, from start or from singletons.
func (s *LeidenSearch) run(rng *rand.Rand, ws *moveWorkspace, start []int32) ([]int32, float64, int) {
	comm := make([]int32, s.n)
	if start != nil {
		copy(comm, start)
	} else {
		for i := range comm {
			comm[i] = int32(i)
		}
	}
	return s.obj.untilStable(s.lv, comm, rng, ws, s.quality, true)
}

// Partition makes the warm run from start (nil: none; as
// LeidenOptions.Start) and returns the best partition of the search. Call
// it once.
func (s *LeidenSearch) Partition(start []int32) Partition {
	if s.trivial != nil {
		return *s.trivial
	}
	if start != nil {
		if len(start) != s.n {
			panic(fmt.Sprintf("csr.LeidenSearch: a start of %d nodes for a graph of %d", len(start), s.n))
		}
		s.rs.warmRun(s.n, s.seed, startPartition(s.lv, start, 0), 0, s.run)
	}
	rs := s.rs
	p := Partition{Community: rs.comm, Q: rs.vals[rs.best], Levels: rs.levels, Runs: len(rs.vals), Run: rs.best, AtBest: rs.atBest()}
	if rs.warm && rs.best == len(rs.vals)-1 {
		p.Warm, p.Run = true, -1
	}
	return p
}

// multiStart calls one for r = 0..runs-1, each with the random stream
// (seed, r) and a workspace of its worker, on up to workers goroutines,
// and returns the partitions, qualities and level counts by r.
func multiStart(n, runs, workers int, seed int64, one func(rng *rand.Rand, ws *moveWorkspace) ([]int32, float64, int)) ([][]int32, []float64, []int) {
	return multiStartRange(n, 0, runs, workers, seed, one)
}

// multiStartRange is multiStart for the runs r = lo..hi-1 (index r-lo in
// what it returns).
func multiStartRange(n, lo, hi, workers int, seed int64, one func(rng *rand.Rand, ws *moveWorkspace) ([]int32, float64, int)) ([][]int32, []float64, []int) {
	runs := hi - lo
	comms, qs, levels := make([][]int32, runs), make([]float64, runs), make([]int, runs)
	var mu sync.Mutex
	var made []*moveWorkspace
	defer func() {
		for _, ws := range made {
			putMoveWorkspace(ws)
		}
	}()
	parallel(runs, workers, func() func(r int) {
		ws := getMoveWorkspace(n)
		mu.Lock()
		made = append(made, ws)
		mu.Unlock()
		return func(r int) {
			rng := rand.New(rand.NewPCG(uint64(seed), uint64(lo+r)*0x9e3779b97f4a7c15+0x1f83d9abfb41bd6b))
			comms[r], qs[r], levels[r] = one(rng, ws)
		}
	})
	return comms, qs, levels
}

// untilStable runs Leiden iterations from comm (a partition of lv's nodes,
// labels in 0..n-1) until one no longer raises quality, then, when split
// is set, splits the communities into their connected components (which
// cannot lower the quality). It returns the partition, its quality and the
// levels of the first iteration.
func (o objective) untilStable(lv *level, comm []int32, rng *rand.Rand, ws *moveWorkspace, quality func([]int32) float64, split bool) ([]int32, float64, int) {
	q := quality(comm)
	first := 0
	for it := 0; it < maxIterations; it++ {
		next := slices.Clone(comm)
		levels := o.iterate(lv, next, rng, ws)
		renumber(next)
		nq := quality(next)
		if it == 0 {
			first = levels
		} else if !(nq > q+1e-13*math.Abs(q)) {
			break
		}
		comm, q = next, nq
	}
	if split {
		splitComponents(lv, comm)
		renumber(comm)
		q = quality(comm)
	}
	return comm, q, first
}

// parallel calls the function made by newWorker for r = 0..n-1 on up to
// workers goroutines (<= 0: GOMAXPROCS), each worker with its own function
// (and so its own buffers).
func parallel(n, workers int, newWorker func() func(r int)) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = max(1, min(workers, n))
	if workers == 1 {
		f := newWorker()
		for r := 0; r < n; r++ {
			f(r)
		}
		return
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	next := 0
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			f := newWorker()
			for {
				mu.Lock()
				r := next
				next++
				mu.Unlock()
				if r >= n {
					return
				}
				f(r)
			}
		}()
	}
	wg.Wait()
}

// objective is the quality the Leiden machinery maximises: the sum over
// communities of the inside weight minus scale × K_C² / 2, so that moving
// node v (weighted degree k_v) into community C gains
//
//	w(v, C) − scale · k_v · K_C
//
// Modularity (×m) has scale = γ/2m; the signed partition (the inside sum
// of net weights, i.e. minus the frustration up to a constant) has scale 0.
// norm turns a gain into the units in which LeidenTheta is meant (ΔQ), and
// maxComms > 0 caps the number of communities (local moving then opens no
// new community once there are that many).
type objective struct {
	scale, norm float64
	maxComms    int
}

// iterate runs one Leiden iteration on lv, starting from (and updating)
// comm, a partition of lv's nodes with labels in 0..n-1. It returns the
// number of aggregation levels.
func (o objective) iterate(lv *level, comm []int32, rng *rand.Rand, ws *moveWorkspace) int {
	n := lv.n
	member := make([]int32, n) // node of lv -> node of cur
	for i := range member {
		member[i] = int32(i)
	}
	cur := lv
	cc := slices.Clone(comm) // partition of the nodes of cur
	levels := 0
	for levels < maxLevels {
		o.moveNodesFast(cur, cc, ws.shuffled(cur.n, rng), ws)
		k := renumber(cc)
		if k == cur.n {
			break // every node alone: nothing left to aggregate
		}
		ref, r := o.refine(cur, cc, rng, ws)
		if r == cur.n {
			break // the refinement merged nothing: aggregating would not shrink the graph
		}
		next := make([]int32, r)
		for i, c := range ref {
			next[c] = cc[i]
		}
		for i, m := range member {
			member[i] = ref[m]
		}
		cur = cur.aggregate(ref, r, ws)
		cc = next
		levels++
	}
	for i, m := range member {
		comm[i] = cc[m]
	}
	return levels
}

// moveWorkspace holds reusable buffers for local moving, refinement and
// aggregation.
type moveWorkspace struct {
	pos     []int32 // community -> index in touched, -1 if absent
	touched []int32
	vals    []float64
	tot     []float64
	size    []int32
	free    []int32
	inQueue []bool
	queue   []int32
	order   []int32
	cand    []int32
	weights []float64
	bt      []int32 // aggregation buckets
	bw      []float64
	start   []int32 // aggregation: each community's first bucket
	fill    []int32
	levels  [2]level // the aggregated levels (aggregate)
}

func newMoveWorkspace(n int) *moveWorkspace {
	ws := &moveWorkspace{pos: make([]int32, n), tot: make([]float64, n), size: make([]int32, n),
		inQueue: make([]bool, n), queue: make([]int32, n), order: make([]int32, n)}
	for i := range ws.pos {
		ws.pos[i] = -1
	}
	return ws
}

// workspaces are the moveWorkspaces of finished runs, for the next
// searches to reuse (a timeline searches the blocs of many small periods:
// each would otherwise make its buffers and levels anew).
var workspaces sync.Pool

// getMoveWorkspace returns a workspace for graphs of up to n nodes: one
// of workspaces when one is large enough (its pos all -1, as release
// leaves it), else a new one. putMoveWorkspace gives it back once nothing
// of it is held.
func getMoveWorkspace(n int) *moveWorkspace {
	if ws, _ := workspaces.Get().(*moveWorkspace); ws != nil && len(ws.pos) >= n {
		return ws
	}
	return newMoveWorkspace(n)
}

func putMoveWorkspace(ws *moveWorkspace) { workspaces.Put(ws) }

// shuffled returns 0..k-1 in a random order (a shared buffer).
func (ws *moveWorkspace) shuffled(k int, rng *rand.Rand) []int32 {
	order := ws.order[:k]
	for i := range order {
		order[i] = int32(i)
	}
	rng.Shuffle(k, func(i, j int) { order[i], order[j] = order[j], order[i] })
	return order
}

// add adds w to the sum of community c in ws.touched / ws.vals (ws.pos[c]
// is its index there, -1 while absent).
func (ws *moveWorkspace) add(c int32, w float64) {
	p := ws.pos[c]
	if p < 0 {
		p = int32(len(ws.touched))
		ws.pos[c] = p
		ws.touched = append(ws.touched, c)
		ws.vals = append(ws.vals, 0)
	}
	ws.vals[p] += w
}

// gather sums the weights from node i of lv to each community of comm
// among its neighbours (self-loop excluded) with add. The caller resets
// pos with release (or clears it itself).
func (ws *moveWorkspace) gather(lv *level, i int32, comm []int32) {
	ws.touched, ws.vals = ws.touched[:0], ws.vals[:0]
	w := lv.w[lv.off[i]:lv.off[i+1]]
	for e, j := range lv.adj[lv.off[i]:lv.off[i+1]] {
		ws.add(comm[j], w[e])
	}
}

// gatherWithin is gather restricted to the neighbours j in the same
// community as i (within[j] == within[i]), summed by sub-community sub[j].
func (ws *moveWorkspace) gatherWithin(lv *level, i int32, within, sub []int32) {
	ws.touched, ws.vals = ws.touched[:0], ws.vals[:0]
	w := lv.w[lv.off[i]:lv.off[i+1]]
	ci := within[i]
	for e, j := range lv.adj[lv.off[i]:lv.off[i+1]] {
		if within[j] == ci {
			ws.add(sub[j], w[e])
		}
	}
}

func (ws *moveWorkspace) release() {
	for _, c := range ws.touched {
		ws.pos[c] = -1
	}
}

// moveNodesFast moves nodes of lv between communities (comm, labels in
// 0..n-1, modified in place) until no single move increases the quality.
// Nodes are first visited in the given order; afterwards only nodes whose
// neighbourhood changed are revisited (FIFO). A node may also move to an
// empty community (while fewer than maxComms exist). Ties keep the node
// where it is, then take the first community met among its neighbours.
func (o objective) moveNodesFast(lv *level, comm []int32, order []int32, ws *moveWorkspace) {
	n := lv.n
	tot, size := ws.tot[:n], ws.size[:n]
	clear(tot)
	clear(size)
	comms := 0
	for i := 0; i < n; i++ {
		c := comm[i]
		if size[c] == 0 {
			comms++
		}
		tot[c] += lv.k[i]
		size[c]++
	}
	ws.free = ws.free[:0]
	for c := n - 1; c >= 0; c-- {
		if size[c] == 0 {
			ws.free = append(ws.free, int32(c))
		}
	}
	inQueue := ws.inQueue[:n]
	q := ws.queue[:n]
	copy(q, order)
	for i := range inQueue {
		inQueue[i] = true
	}
	head, qsize := 0, n
	scale := o.scale
	for qsize > 0 {
		i := q[head]
		head++
		if head == n {
			head = 0
		}
		qsize--
		inQueue[i] = false

		ci := comm[i]
		ki := lv.k[i]
		ws.gather(lv, i, comm)
		tot[ci] -= ki
		var own float64
		if p := ws.pos[ci]; p >= 0 {
			own = ws.vals[p]
		}
		best, bestGain := ci, own-scale*tot[ci]*ki
		pos, vals := ws.pos, ws.vals
		for p, c := range ws.touched {
			pos[c] = -1
			if c == ci {
				continue
			}
			if gain := vals[p] - scale*tot[c]*ki; gain > bestGain {
				best, bestGain = c, gain
			}
		}
		// An empty community gains 0.
		if bestGain < 0 && size[ci] > 1 && len(ws.free) > 0 && (o.maxComms == 0 || comms < o.maxComms) {
			best = ws.free[len(ws.free)-1]
		}
		tot[best] += ki
		if best == ci {
			continue
		}
		if size[best] == 0 {
			ws.free = ws.free[:len(ws.free)-1]
			comms++
		}
		size[ci]--
		if size[ci] == 0 {
			ws.free = append(ws.free, ci)
			comms--
		}
		size[best]++
		comm[i] = best
		for e := lv.off[i]; e < lv.off[i+1]; e++ {
			j := lv.adj[e]
			if !inQueue[j] && comm[j] != best {
				inQueue[j] = true
				tail := head + qsize
				if tail >= n {
					tail -= n
				}
				q[tail] = j
				qsize++
			}
		}
	}
}

// refine returns the refinement of comm (labels 0..r-1) made by Leiden's
// MergeNodesSubset in every community: from singletons, each
// well-connected node that is still alone (visited in a random order)
// joins a well-connected sub-community of its own community, drawn with
// probability ∝ exp(norm·gain/θ) among those with gain >= 0 (staying alone
// has gain 0).
func (o objective) refine(lv *level, comm []int32, rng *rand.Rand, ws *moveWorkspace) ([]int32, int) {
	n := lv.n
	ref := make([]int32, n)
	rsize := make([]int32, n)
	rtot := make([]float64, n) // total degree of each sub-community
	rext := make([]float64, n) // weight from each sub-community to the rest of its community
	ext := make([]float64, n)  // weight from each node to the rest of its community
	ctot := ws.tot[:n]         // total degree of each community
	clear(ctot)
	for i := 0; i < n; i++ {
		ctot[comm[i]] += lv.k[i]
	}
	for i := 0; i < n; i++ {
		ci := comm[i]
		var x float64
		for e := lv.off[i]; e < lv.off[i+1]; e++ {
			if comm[lv.adj[e]] == ci {
				x += lv.w[e]
			}
		}
		ext[i] = x
		ref[i], rsize[i], rtot[i], rext[i] = int32(i), 1, lv.k[i], x
	}
	scale := o.scale
	const eps = 1e-12
	for _, i := range ws.shuffled(n, rng) {
		ri := ref[i]
		if rsize[ri] != 1 {
			continue
		}
		ci, ki := comm[i], lv.k[i]
		if ext[i] < scale*ki*(ctot[ci]-ki)-eps*math.Abs(ext[i]) {
			continue // not well connected to its community
		}
		ws.gatherWithin(lv, i, comm, ref)
		// Candidates with gain >= 0 and their draw weights; staying alone first.
		cand := append(ws.cand[:0], ri)
		gains := append(ws.weights[:0], 0)
		for p, c := range ws.touched {
			if c == ri {
				continue
			}
			if rext[c] < scale*rtot[c]*(ctot[ci]-rtot[c])-eps*math.Abs(rext[c]) {
				continue // sub-community not well connected
			}
			if g := ws.vals[p] - scale*ki*rtot[c]; g >= 0 {
				cand = append(cand, c)
				gains = append(gains, g)
			}
		}
		best := ri
		var wBest float64
		if len(cand) > 1 {
			gmax := 0.0
			for _, g := range gains {
				gmax = max(gmax, g)
			}
			var sum float64
			for k, g := range gains {
				gains[k] = math.Exp((g - gmax) * o.norm / LeidenTheta)
				sum += gains[k]
			}
			x := rng.Float64() * sum
			for k, w := range gains {
				if x < w || k == len(gains)-1 {
					best = cand[k]
					break
				}
				x -= w
			}
			if best != ri {
				wBest = ws.vals[ws.pos[best]]
			}
		}
		ws.cand, ws.weights = cand, gains
		ws.release()
		if best == ri {
			continue
		}
		rsize[ri] = 0
		rsize[best]++
		rtot[best] += ki
		rext[best] += ext[i] - 2*wBest
		ref[i] = best
	}
	r := renumber(ref)
	return ref, r
}

// splitComponents splits every community of comm (on the level-0 graph
// lv) into the connected components of its positive-weight edges. Neither
// modularity nor the signed inside sum can fall: parts with no positive
// edge between them lose only the null-model term (modularity) or
// negative weight (signed). Labels stay in 0..n-1.
func splitComponents(lv *level, comm []int32) {
	n := lv.n
	seen := make([]bool, n)
	label := make([]int32, n)
	stack := make([]int32, 0, 16)
	next := int32(0)
	for s := 0; s < n; s++ {
		if seen[s] {
			continue
		}
		seen[s] = true
		label[s] = next
		stack = append(stack[:0], int32(s))
		for len(stack) > 0 {
			u := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			for e := lv.off[u]; e < lv.off[u+1]; e++ {
				v := lv.adj[e]
				if !seen[v] && lv.w[e] > 0 && comm[v] == comm[s] {
					seen[v] = true
					label[v] = next
					stack = append(stack, v)
				}
			}
		}
		next++
	}
	copy(comm, label)
}

// undirectedView validates weights and returns g itself when symmetric, else
// its symmetrisation.
func undirectedView(g *Graph, who string) *Graph {
	for _, w := range g.Weights {
		if !(w >= 0) || math.IsInf(w, 1) {
			panic(fmt.Sprintf("csr.%s: weight %v is not finite and >= 0", who, w))
		}
	}
	if g.IsSymmetric() {
		return g.canonical()
	}
	return g.Undirected()
}

// level is one level of the Leiden hierarchy: a symmetric CSR without the
// diagonal, which is kept in self.
type level struct {
	n    int
	off  []int32
	adj  []int32
	w    []float64
	self []float64 // diagonal entries A_ii
	k    []float64 // degrees: row sum including the diagonal
	m2   float64   // sum of k = 2m
}

func newLevel(g *Graph) *level {
	n := g.N
	lv := &level{n: n, off: make([]int32, n+1), self: make([]float64, n), k: make([]float64, n)}
	lv.adj = make([]int32, 0, len(g.Targets))
	lv.w = make([]float64, 0, len(g.Targets))
	for u := 0; u < n; u++ {
		var k float64
		for e := g.Offsets[u]; e < g.Offsets[u+1]; e++ {
			t, w := g.Targets[e], g.Weights[e]
			k += w
			if int(t) == u {
				lv.self[u] += w
				continue
			}
			lv.adj = append(lv.adj, t)
			lv.w = append(lv.w, w)
		}
		lv.k[u] = k
		lv.m2 += k
		lv.off[u+1] = int32(len(lv.adj))
	}
	return lv
}
