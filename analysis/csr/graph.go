// Package csr implements the performance-critical graph algorithms of
// blocgraph on flat compressed-sparse-row (CSR) arrays.
//
// Nodes are the dense integers 0..N-1. A Graph stores its out-edges in CSR
// form (Offsets, Targets, Weights); the matching in-edge CSR is built by
// FromEdges and Undirected, or lazily (once, under a lock) for graphs built
// by hand. Rows are sorted by neighbour id and hold no duplicate neighbours.
//
// The algorithms here are tested against gonum (the oracle) and, where
// python3 with networkx is available, against networkx.
//
// Conventions used throughout:
//
//   - An undirected graph is a Graph whose CSR is symmetric: every edge u-v
//     (u != v) is stored as u->v and v->u with the same weight. The stored
//     values are the entries A_uv of the symmetric adjacency matrix; a
//     self-loop entry A_uu counts once in the degree k_u = sum_v A_uv, so a
//     networkx self-loop of weight w corresponds to A_uu = 2w (which is what
//     Undirected produces from a directed self-loop of weight w).
//   - Weights are float64; which signs are allowed is documented per function.
package csr

import (
	"errors"
	"fmt"
	"sync"
)

// Graph is a directed weighted graph in compressed sparse row form, with
// nodes 0..N-1. The out-edges of u are Targets[Offsets[u]:Offsets[u+1]] with
// the corresponding Weights. Rows are sorted by target and hold at most one
// edge per target when the graph was built by FromEdges or Undirected.
//
// A Graph may be copied by value; it must not be modified after it has been
// passed to an algorithm (the cached in-edge CSR would go stale).
type Graph struct {
	N       int
	Offsets []int32 // len N+1
	Targets []int32
	Weights []float64

	in *inCSR // in-edge CSR, see In
}

type inCSR struct {
	offsets []int32
	sources []int32
	weights []float64
}

// Edge is one weighted directed edge.
type Edge struct {
	From, To int32
	Weight   float64
}

var lazyMu sync.Mutex

// NumEdges returns the number of stored (directed) edges.
func (g *Graph) NumEdges() int { return len(g.Targets) }

// OutDegree returns the number of out-edges of u.
func (g *Graph) OutDegree(u int) int { return int(g.Offsets[u+1] - g.Offsets[u]) }

// Out returns the targets and weights of the out-edges of u (shared, do not modify).
func (g *Graph) Out(u int) ([]int32, []float64) {
	a, b := g.Offsets[u], g.Offsets[u+1]
	return g.Targets[a:b], g.Weights[a:b]
}

// In returns the in-edge CSR of g: the in-edges of v are
// sources[offsets[v]:offsets[v+1]] with weights, sorted by source.
// The slices are shared and must not be modified. Safe for concurrent use.
func (g *Graph) In() (offsets, sources []int32, weights []float64) {
	lazyMu.Lock()
	in := g.in
	if in == nil {
		in = transpose(g)
		g.in = in
	}
	lazyMu.Unlock()
	return in.offsets, in.sources, in.weights
}

// Validate checks the structural invariants of g (lengths, monotone offsets,
// targets in range). FromEdges and Undirected always produce valid graphs.
func (g *Graph) Validate() error {
	if g == nil {
		return errors.New("csr: nil graph")
	}
	if g.N < 0 {
		return fmt.Errorf("csr: negative N=%d", g.N)
	}
	if g.N == 0 && len(g.Offsets) == 0 {
		if len(g.Targets) != 0 || len(g.Weights) != 0 {
			return errors.New("csr: edges in a graph with no nodes")
		}
		return nil
	}
	if len(g.Offsets) != g.N+1 {
		return fmt.Errorf("csr: len(Offsets)=%d, want N+1=%d", len(g.Offsets), g.N+1)
	}
	if g.Offsets[0] != 0 || int(g.Offsets[g.N]) != len(g.Targets) || len(g.Targets) != len(g.Weights) {
		return fmt.Errorf("csr: inconsistent lengths (Offsets[0]=%d Offsets[N]=%d len(Targets)=%d len(Weights)=%d)",
			g.Offsets[0], g.Offsets[g.N], len(g.Targets), len(g.Weights))
	}
	for u := 0; u < g.N; u++ {
		if g.Offsets[u+1] < g.Offsets[u] {
			return fmt.Errorf("csr: Offsets not monotone at %d", u)
		}
	}
	for i, t := range g.Targets {
		if t < 0 || int(t) >= g.N {
			return fmt.Errorf("csr: target %d out of range at edge %d", t, i)
		}
	}
	return nil
}

func emptyGraph(n int) *Graph {
	g := &Graph{N: n, Offsets: make([]int32, n+1), Targets: []int32{}, Weights: []float64{}}
	g.in = &inCSR{offsets: make([]int32, n+1), sources: []int32{}, weights: []float64{}}
	return g
}

// FromEdges builds a Graph with n nodes from an edge list. Parallel edges
// (same From and To) are merged into one edge whose weight is the sum of
// their weights; self-loops are kept (as a single u->u edge with the summed
// weight). Zero and negative weights are stored as given (algorithms
// document what they accept). The result is deterministic: rows are sorted
// by target, independent of the order of edges. The in-edge CSR is built as
// well. FromEdges panics if an endpoint is outside 0..n-1 or n exceeds the
// int32 range.
func FromEdges(n int, edges []Edge) *Graph {
	if n < 0 || n > 1<<31-2 {
		panic(fmt.Sprintf("csr.FromEdges: invalid node count %d", n))
	}
	if len(edges) > 1<<31-2 {
		panic("csr.FromEdges: too many edges for int32 offsets")
	}
	for i := range edges {
		e := &edges[i]
		if e.From < 0 || int(e.From) >= n || e.To < 0 || int(e.To) >= n {
			panic(fmt.Sprintf("csr.FromEdges: edge %d (%d->%d) has an endpoint outside 0..%d", i, e.From, e.To, n-1))
		}
	}
	m := len(edges)
	// Pass 1: stable counting sort by To.
	cnt := make([]int32, n+1)
	for i := range edges {
		cnt[edges[i].To+1]++
	}
	for i := 1; i <= n; i++ {
		cnt[i] += cnt[i-1]
	}
	byTo := make([]int32, m)
	for i := range edges {
		t := edges[i].To
		byTo[cnt[t]] = int32(i)
		cnt[t]++
	}
	// Pass 2: stable counting sort by From -> rows sorted by To.
	off := make([]int32, n+1)
	for i := range edges {
		off[edges[i].From+1]++
	}
	for i := 1; i <= n; i++ {
		off[i] += off[i-1]
	}
	pos := make([]int32, n)
	copy(pos, off[:n])
	order := make([]int32, m)
	for _, ei := range byTo {
		f := edges[ei].From
		order[pos[f]] = ei
		pos[f]++
	}
	// Merge duplicates in each row.
	targets := make([]int32, 0, m)
	weights := make([]float64, 0, m)
	newOff := make([]int32, n+1)
	for u := 0; u < n; u++ {
		last := int32(-1)
		for _, ei := range order[off[u]:off[u+1]] {
			e := &edges[ei]
			if e.To == last {
				weights[len(weights)-1] += e.Weight
				continue
			}
			last = e.To
			targets = append(targets, e.To)
			weights = append(weights, e.Weight)
		}
		newOff[u+1] = int32(len(targets))
	}
	g := &Graph{N: n, Offsets: newOff, Targets: targets, Weights: weights}
	g.in = transpose(g)
	return g
}

// transpose builds the in-edge CSR (rows sorted by source).
func transpose(g *Graph) *inCSR {
	n := g.N
	off := make([]int32, n+1)
	for _, t := range g.Targets {
		off[t+1]++
	}
	for i := 1; i <= n; i++ {
		off[i] += off[i-1]
	}
	pos := make([]int32, n)
	if n > 0 {
		copy(pos, off[:n])
	}
	src := make([]int32, len(g.Targets))
	w := make([]float64, len(g.Targets))
	for u := 0; u < n; u++ {
		for e := g.Offsets[u]; e < g.Offsets[u+1]; e++ {
			t := g.Targets[e]
			p := pos[t]
			src[p] = int32(u)
			w[p] = g.Weights[e]
			pos[t]++
		}
	}
	return &inCSR{offsets: off, sources: src, weights: w}
}

// Undirected returns the symmetrisation of g: an undirected graph (stored as
// a symmetric CSR) with w(u,v) = w(u->v) + w(v->u). A directed self-loop of
// weight w becomes the diagonal entry A_uu = 2w (it adds 2w to the degree of
// u, as a self-loop of weight w does in networkx). Requires rows sorted by
// target without duplicates (true for graphs from FromEdges/Undirected).
func (g *Graph) Undirected() *Graph {
	n := g.N
	if n == 0 {
		return emptyGraph(0)
	}
	g = g.canonical()
	inOff, inSrc, inW := g.In()
	off := make([]int32, n+1)
	// Count merged row lengths.
	for u := 0; u < n; u++ {
		a, b := g.Offsets[u], g.Offsets[u+1]
		c, d := inOff[u], inOff[u+1]
		cnt := int32(0)
		for a < b || c < d {
			switch {
			case c >= d || (a < b && g.Targets[a] < inSrc[c]):
				a++
			case a >= b || inSrc[c] < g.Targets[a]:
				c++
			default:
				a++
				c++
			}
			cnt++
		}
		off[u+1] = off[u] + cnt
	}
	targets := make([]int32, off[n])
	weights := make([]float64, off[n])
	for u := 0; u < n; u++ {
		a, b := g.Offsets[u], g.Offsets[u+1]
		c, d := inOff[u], inOff[u+1]
		p := off[u]
		for a < b || c < d {
			switch {
			case c >= d || (a < b && g.Targets[a] < inSrc[c]):
				targets[p], weights[p] = g.Targets[a], g.Weights[a]
				a++
			case a >= b || inSrc[c] < g.Targets[a]:
				targets[p], weights[p] = inSrc[c], inW[c]
				c++
			default:
				targets[p], weights[p] = g.Targets[a], g.Weights[a]+inW[c]
				a++
				c++
			}
			p++
		}
	}
	h := &Graph{N: n, Offsets: off, Targets: targets, Weights: weights}
	// Symmetric: the in-edge CSR equals the out-edge CSR.
	h.in = &inCSR{offsets: off, sources: targets, weights: weights}
	return h
}

// canonical returns g if its rows are strictly sorted by target (no
// duplicates), else an equivalent graph rebuilt by FromEdges.
func (g *Graph) canonical() *Graph {
	for u := 0; u < g.N; u++ {
		for e := g.Offsets[u] + 1; e < g.Offsets[u+1]; e++ {
			if g.Targets[e] <= g.Targets[e-1] {
				return FromEdges(g.N, g.Edges())
			}
		}
	}
	return g
}

// Edges returns the stored edges of g in row order.
func (g *Graph) Edges() []Edge {
	out := make([]Edge, 0, len(g.Targets))
	for u := 0; u < g.N; u++ {
		for e := g.Offsets[u]; e < g.Offsets[u+1]; e++ {
			out = append(out, Edge{From: int32(u), To: g.Targets[e], Weight: g.Weights[e]})
		}
	}
	return out
}

// IsSymmetric reports whether g's CSR is symmetric (w(u->v) == w(v->u) for
// every stored edge), i.e. whether g is an undirected graph in this
// package's convention.
func (g *Graph) IsSymmetric() bool {
	g = g.canonical()
	inOff, inSrc, inW := g.In()
	if len(inSrc) != len(g.Targets) {
		return false
	}
	for i, o := range g.Offsets {
		if inOff[i] != o {
			return false
		}
	}
	for i := range g.Targets {
		if g.Targets[i] != inSrc[i] || g.Weights[i] != inW[i] {
			return false
		}
	}
	return true
}
