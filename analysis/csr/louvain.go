package csr

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
)

// LouvainResult is the outcome of Louvain.
type LouvainResult struct {
	// Community[i] is the community of node i, numbered 0..k-1 in order of
	// first appearance when scanning nodes 0..N-1.
	Community []int32
	// Q is the Newman modularity of Community at the given resolution (same
	// definition as networkx.community.modularity and gonum's community.Q).
	Q float64
	// Levels is the number of aggregation levels that changed the
	// partition (0 when every node stayed alone).
	Levels int
}

// maxLouvainLevels caps the number of aggregation levels (each strictly
// increases Q; real graphs need fewer than 10).
const maxLouvainLevels = 64

// Louvain partitions the undirected weighted graph g by maximising
// modularity with the Louvain method (Blondel et al. 2008): repeated local
// moving (seeded random node order, queue of active nodes as in the fast
// local moving of Traag et al.; a node moves to the neighbouring community
// of largest strictly positive gain) followed by aggregation of communities
// into nodes, until a level changes nothing. As in Leiden (Traag et al.
// 2019) each level aggregates a refinement of the communities (single nodes
// merged greedily inside their community) and the next level starts from
// the unrefined communities, so that parts of a community can still move;
// this avoids some of Louvain's poor local optima. A final pass of single
// node moves on the original graph can only raise Q further.
//
// g should be symmetric (as built by Undirected). A non-symmetric g is
// symmetrised with Undirected first; since modularity is invariant under
// scaling all weights, a symmetric directed graph and its symmetrisation
// give the same result. Weights must be finite and >= 0: Louvain panics
// otherwise. Self-loops are diagonal entries A_uu (see the package doc).
//
// The result is deterministic for a given seed. With resolution gamma the
// objective is Q = 1/2m sum_ij [A_ij - gamma k_i k_j / 2m] delta(c_i, c_j).
// A graph with no (or only zero-weight) edges yields singletons and Q = 0.
func Louvain(g *Graph, resolution float64, seed int64) LouvainResult {
	n := g.N
	if n == 0 {
		return LouvainResult{Community: []int32{}}
	}
	g = undirectedView(g, "Louvain")
	lv := newLevel(g)
	if lv.m2 == 0 {
		c := make([]int32, n)
		for i := range c {
			c[i] = int32(i)
		}
		return LouvainResult{Community: c, Q: 0}
	}
	rng := rand.New(rand.NewPCG(uint64(seed), 0x1f83d9abfb41bd6b))
	ws := newMoveWorkspace(n)
	member := make([]int32, n) // original node -> community
	for i := range member {
		member[i] = int32(i)
	}
	shuffled := func(k int) []int32 {
		order := make([]int32, k)
		for i := range order {
			order[i] = int32(i)
		}
		rng.Shuffle(k, func(i, j int) { order[i], order[j] = order[j], order[i] })
		return order
	}
	levels := 0
	cur := lv
	comm := make([]int32, n) // partition of the nodes of cur
	for i := range comm {
		comm[i] = int32(i)
	}
	for levels < maxLouvainLevels {
		ws.localMove(cur, comm, shuffled(cur.n), resolution)
		k := renumber(comm)
		if k == cur.n {
			break // every node alone: nothing left to aggregate
		}
		// Refinement (Leiden style): split every community into
		// sub-communities by merging single nodes inside it, aggregate by
		// the sub-communities and start the next level from the
		// communities, so that sub-communities can still change community.
		ref, r := ws.refine(cur, comm, shuffled(cur.n), resolution)
		if r == cur.n {
			ref, r = comm, k // refinement merged nothing: plain Louvain step
		}
		next := make([]int32, r)
		for i, c := range ref {
			next[c] = comm[i]
		}
		for i, m := range member {
			member[i] = ref[m]
		}
		cur = cur.aggregate(ref, r, ws)
		comm = next
		levels++
	}
	for i, m := range member {
		member[i] = comm[m]
	}
	if levels > 0 {
		ws.localMove(lv, member, shuffled(n), resolution)
	}
	renumber(member)
	return LouvainResult{Community: member, Q: lv.modularity(member, resolution), Levels: levels}
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

// level is one level of the Louvain hierarchy: a symmetric CSR without the
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

// moveWorkspace holds reusable buffers for local moving and aggregation.
type moveWorkspace struct {
	pos     []int32 // community -> index in touched, -1 if absent
	touched []int32
	vals    []float64
	tot     []float64
	inQueue []bool
	queue   []int32
}

func newMoveWorkspace(n int) *moveWorkspace {
	ws := &moveWorkspace{pos: make([]int32, n), tot: make([]float64, n), inQueue: make([]bool, n), queue: make([]int32, n)}
	for i := range ws.pos {
		ws.pos[i] = -1
	}
	return ws
}

// localMove moves nodes of lv between communities (comm, modified in place)
// until no single move increases modularity. Nodes are first visited in the
// given order; afterwards only nodes whose neighbourhood changed are
// revisited (FIFO). It reports whether any node moved.
func (ws *moveWorkspace) localMove(lv *level, comm []int32, order []int32, gamma float64) bool {
	n := lv.n
	tot := ws.tot[:n]
	clear(tot)
	for i := 0; i < n; i++ {
		tot[comm[i]] += lv.k[i]
	}
	pos, inQueue := ws.pos, ws.inQueue[:n]
	q := ws.queue[:n]
	copy(q, order)
	for i := range inQueue {
		inQueue[i] = true
	}
	head, size := 0, n
	scale := gamma / lv.m2
	moved := false
	touched, vals := ws.touched[:0], ws.vals[:0]
	for size > 0 {
		i := q[head]
		head++
		if head == n {
			head = 0
		}
		size--
		inQueue[i] = false

		ci := comm[i]
		ki := lv.k[i]
		touched, vals = touched[:0], vals[:0]
		for e := lv.off[i]; e < lv.off[i+1]; e++ {
			c := comm[lv.adj[e]]
			p := pos[c]
			if p < 0 {
				p = int32(len(touched))
				pos[c] = p
				touched = append(touched, c)
				vals = append(vals, 0)
			}
			vals[p] += lv.w[e]
		}
		tot[ci] -= ki
		best := ci
		var own float64
		if p := pos[ci]; p >= 0 {
			own = vals[p]
		}
		bestGain := own - scale*tot[ci]*ki
		for p, c := range touched {
			pos[c] = -1
			if c == ci {
				continue
			}
			if gain := vals[p] - scale*tot[c]*ki; gain > bestGain {
				best, bestGain = c, gain
			}
		}
		tot[best] += ki
		if best != ci {
			comm[i] = best
			moved = true
			for e := lv.off[i]; e < lv.off[i+1]; e++ {
				j := lv.adj[e]
				if !inQueue[j] && comm[j] != best {
					inQueue[j] = true
					tail := head + size
					if tail >= n {
						tail -= n
					}
					q[tail] = j
					size++
				}
			}
		}
	}
	ws.touched, ws.vals = touched, vals
	return moved
}

// refine returns a refinement of comm (labels 0..r-1): starting from
// singletons, every node that is still alone (visited in order) joins the
// sub-community inside its own community that increases modularity the
// most, if any.
func (ws *moveWorkspace) refine(lv *level, comm []int32, order []int32, gamma float64) ([]int32, int) {
	n := lv.n
	ref := make([]int32, n)
	size := make([]int32, n)
	tot := ws.tot[:n]
	for i := range ref {
		ref[i] = int32(i)
		size[i] = 1
		tot[i] = lv.k[i]
	}
	scale := gamma / lv.m2
	pos := ws.pos
	touched, vals := ws.touched[:0], ws.vals[:0]
	for _, i := range order {
		if size[ref[i]] != 1 {
			continue
		}
		ci, ri, ki := comm[i], ref[i], lv.k[i]
		touched, vals = touched[:0], vals[:0]
		for e := lv.off[i]; e < lv.off[i+1]; e++ {
			j := lv.adj[e]
			if comm[j] != ci {
				continue
			}
			c := ref[j]
			p := pos[c]
			if p < 0 {
				p = int32(len(touched))
				pos[c] = p
				touched = append(touched, c)
				vals = append(vals, 0)
			}
			vals[p] += lv.w[e]
		}
		best, bestGain := ri, 0.0
		for p, c := range touched {
			pos[c] = -1
			if c == ri {
				continue
			}
			if gain := vals[p] - scale*tot[c]*ki; gain > bestGain {
				best, bestGain = c, gain
			}
		}
		if best != ri {
			tot[ri] -= ki
			size[ri]--
			tot[best] += ki
			size[best]++
			ref[i] = best
		}
	}
	ws.touched, ws.vals = touched, vals
	r := renumber(ref)
	return ref, r
}

// renumber relabels comm in place to 0..k-1 by first appearance and returns k.
func renumber(comm []int32) int {
	if len(comm) == 0 {
		return 0
	}
	lo, hi := comm[0], comm[0]
	for _, c := range comm {
		lo, hi = min(lo, c), max(hi, c)
	}
	if lo >= 0 && int(hi) < 4*len(comm)+1024 {
		id := make([]int32, int(hi)+1)
		for i := range id {
			id[i] = -1
		}
		k := int32(0)
		for i, c := range comm {
			if id[c] < 0 {
				id[c] = k
				k++
			}
			comm[i] = id[c]
		}
		return int(k)
	}
	// Sparse labels: sort (label, first index) pairs.
	idx := make([]int32, len(comm))
	for i := range idx {
		idx[i] = int32(i)
	}
	slices.SortStableFunc(idx, func(a, b int32) int {
		if comm[a] < comm[b] {
			return -1
		}
		if comm[a] > comm[b] {
			return 1
		}
		return 0
	})
	// first[i] = smallest index carrying the same label as idx run.
	rep := make([]int32, len(comm))
	for s := 0; s < len(idx); {
		e := s
		for e < len(idx) && comm[idx[e]] == comm[idx[s]] {
			e++
		}
		for _, i := range idx[s:e] {
			rep[i] = idx[s]
		}
		s = e
	}
	id := make([]int32, len(comm))
	for i := range id {
		id[i] = -1
	}
	k := int32(0)
	for i := range comm {
		r := rep[i]
		if id[r] < 0 {
			id[r] = k
			k++
		}
		comm[i] = id[r]
	}
	return int(k)
}

// aggregate builds the level whose nodes are the nc communities of comm
// (labels 0..nc-1).
func (lv *level) aggregate(comm []int32, nc int, ws *moveWorkspace) *level {
	// Group nodes by community (counting sort).
	start := make([]int32, nc+1)
	for _, c := range comm {
		start[c+1]++
	}
	for c := 1; c <= nc; c++ {
		start[c] += start[c-1]
	}
	nodes := make([]int32, lv.n)
	fill := make([]int32, nc)
	copy(fill, start[:nc])
	for i, c := range comm {
		nodes[fill[c]] = int32(i)
		fill[c]++
	}
	out := &level{n: nc, off: make([]int32, nc+1), self: make([]float64, nc), k: make([]float64, nc), m2: lv.m2}
	out.adj = make([]int32, 0, len(lv.adj)/2)
	out.w = make([]float64, 0, len(lv.adj)/2)
	pos := ws.pos
	touched, vals := ws.touched[:0], ws.vals[:0]
	for c := 0; c < nc; c++ {
		touched, vals = touched[:0], vals[:0]
		var self, k float64
		for _, i := range nodes[start[c]:start[c+1]] {
			self += lv.self[i]
			k += lv.k[i]
			for e := lv.off[i]; e < lv.off[i+1]; e++ {
				d := comm[lv.adj[e]]
				if int(d) == c {
					self += lv.w[e]
					continue
				}
				p := pos[d]
				if p < 0 {
					p = int32(len(touched))
					pos[d] = p
					touched = append(touched, d)
					vals = append(vals, 0)
				}
				vals[p] += lv.w[e]
			}
		}
		for p, d := range touched {
			pos[d] = -1
			out.adj = append(out.adj, d)
			out.w = append(out.w, vals[p])
		}
		out.self[c] = self
		out.k[c] = k
		out.off[c+1] = int32(len(out.adj))
	}
	ws.touched, ws.vals = touched, vals
	return out
}

// modularity of a partition with labels 0..k-1 (k <= n).
func (lv *level) modularity(comm []int32, gamma float64) float64 {
	if lv.m2 == 0 {
		return 0
	}
	in := make([]float64, lv.n)
	tot := make([]float64, lv.n)
	for i := 0; i < lv.n; i++ {
		c := comm[i]
		tot[c] += lv.k[i]
		in[c] += lv.self[i]
		for e := lv.off[i]; e < lv.off[i+1]; e++ {
			if comm[lv.adj[e]] == c {
				in[c] += lv.w[e]
			}
		}
	}
	var q float64
	for c := range in {
		if tot[c] == 0 && in[c] == 0 {
			continue
		}
		f := tot[c] / lv.m2
		q += in[c]/lv.m2 - gamma*f*f
	}
	return q
}

// Modularity returns the Newman modularity of the partition community of the
// undirected graph g at the given resolution:
//
//	Q = 1/2m sum_ij [A_ij - gamma k_i k_j / 2m] delta(c_i, c_j)
//
// which equals networkx.community.modularity (a networkx self-loop of
// weight w is A_uu = 2w here) and gonum's community.Q on an undirected graph.
// Labels may be any int32 values. A non-symmetric g is symmetrised first (Q is
// scale invariant). It panics if len(community) != g.N or a weight is
// negative or not finite. Q is 0 for a graph with no edge weight.
func Modularity(g *Graph, community []int32, resolution float64) float64 {
	if len(community) != g.N {
		panic(fmt.Sprintf("csr.Modularity: len(community)=%d, want %d", len(community), g.N))
	}
	if g.N == 0 {
		return 0
	}
	g = undirectedView(g, "Modularity")
	comm := slices.Clone(community)
	renumber(comm)
	return newLevel(g).modularity(comm, resolution)
}
