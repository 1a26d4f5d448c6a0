package csr

import (
	"math"
	"math/rand/v2"
	"os"
	"testing"

	"gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/simple"
)

// dyadic weights: their reciprocals and all sums of those are exact in
// float64, so shortest-path ties are exact for every implementation.
var dyadic = []float64{0.25, 0.5, 1, 2, 4}

// randomEdges returns m distinct directed edges without self-loops on n
// nodes with weights drawn by weight.
func randomEdges(n, m int, seed uint64, weight func(*rand.Rand) float64) []Edge {
	rng := rand.New(rand.NewPCG(seed, 7))
	seen := map[[2]int32]bool{}
	var edges []Edge
	for len(edges) < m {
		u, v := int32(rng.IntN(n)), int32(rng.IntN(n))
		if u == v || seen[[2]int32{u, v}] {
			continue
		}
		seen[[2]int32{u, v}] = true
		edges = append(edges, Edge{u, v, weight(rng)})
	}
	return edges
}

// noDanglingEdges is randomEdges plus one out-edge for every node.
func noDanglingEdges(n, m int, seed uint64, weight func(*rand.Rand) float64) []Edge {
	edges := randomEdges(n, m, seed, weight)
	rng := rand.New(rand.NewPCG(seed, 8))
	has := map[[2]int32]bool{}
	out := make([]bool, n)
	for _, e := range edges {
		has[[2]int32{e.From, e.To}] = true
		out[e.From] = true
	}
	for u := 0; u < n; u++ {
		for !out[u] {
			v := int32((u + 1 + rng.IntN(n-1)) % n)
			if !has[[2]int32{int32(u), v}] {
				edges = append(edges, Edge{int32(u), v, weight(rng)})
				out[u] = true
			}
		}
	}
	return edges
}

func uniformWeight(lo, hi float64) func(*rand.Rand) float64 {
	return func(r *rand.Rand) float64 { return lo + (hi-lo)*r.Float64() }
}

func pickWeight(ws []float64) func(*rand.Rand) float64 {
	return func(r *rand.Rand) float64 { return ws[r.IntN(len(ws))] }
}

// plantedEdges returns an undirected planted-partition graph (each edge
// once, u < v) with blocks of size bs, p_in / p_out edge probabilities and
// weights in [1, 2).
func plantedEdges(n, bs int, pin, pout float64, seed uint64) []Edge {
	rng := rand.New(rand.NewPCG(seed, 9))
	var edges []Edge
	for u := 0; u < n; u++ {
		for v := u + 1; v < n; v++ {
			p := pout
			if u/bs == v/bs {
				p = pin
			}
			if rng.Float64() < p {
				edges = append(edges, Edge{int32(u), int32(v), 1 + rng.Float64()})
			}
		}
	}
	return edges
}

// symmetric returns both directions of every edge.
func symmetric(edges []Edge) []Edge {
	out := make([]Edge, 0, 2*len(edges))
	for _, e := range edges {
		out = append(out, e)
		if e.From != e.To {
			out = append(out, Edge{e.To, e.From, e.Weight})
		}
	}
	return out
}

// gonumDirected converts g to a gonum weighted directed graph with weights
// transformed by f (nil = identity). Self-loops are dropped.
func gonumDirected(g *Graph, f func(float64) float64) *simple.WeightedDirectedGraph {
	h := simple.NewWeightedDirectedGraph(0, math.Inf(1))
	for i := 0; i < g.N; i++ {
		h.AddNode(simple.Node(i))
	}
	for u := 0; u < g.N; u++ {
		ts, ws := g.Out(u)
		for k, t := range ts {
			if int(t) == u {
				continue
			}
			w := ws[k]
			if f != nil {
				w = f(w)
			}
			h.SetWeightedEdge(simple.WeightedEdge{F: simple.Node(u), T: simple.Node(int(t)), W: w})
		}
	}
	return h
}

// gonumUndirected converts a symmetric g to a gonum weighted undirected graph.
func gonumUndirected(g *Graph) *simple.WeightedUndirectedGraph {
	h := simple.NewWeightedUndirectedGraph(0, 0)
	for i := 0; i < g.N; i++ {
		h.AddNode(simple.Node(i))
	}
	for u := 0; u < g.N; u++ {
		ts, ws := g.Out(u)
		for k, t := range ts {
			if int(t) > u {
				h.SetWeightedEdge(simple.WeightedEdge{F: simple.Node(u), T: simple.Node(int(t)), W: ws[k]})
			}
		}
	}
	return h
}

// gonumCommunities converts labels to gonum's [][]graph.Node.
func gonumCommunities(comm []int32) [][]graph.Node {
	k := 0
	for _, c := range comm {
		k = max(k, int(c)+1)
	}
	out := make([][]graph.Node, k)
	for i, c := range comm {
		out[c] = append(out[c], simple.Node(i))
	}
	return out
}

// labelsFromGonum converts gonum communities to labels.
func labelsFromGonum(n int, cs [][]graph.Node) []int32 {
	out := make([]int32, n)
	for c, ns := range cs {
		for _, nd := range ns {
			out[nd.ID()] = int32(c)
		}
	}
	return out
}

func loadKarate(t testing.TB) *Graph {
	t.Helper()
	f, err := os.Open("testdata/karate.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	n, edges, err := ReadEdgeList(f)
	if err != nil {
		t.Fatal(err)
	}
	if n != 34 || len(edges) != 78 {
		t.Fatalf("karate: n=%d edges=%d, want 34 and 78", n, len(edges))
	}
	return FromEdges(n, symmetric(edges))
}

func maxAbsDiff(a, b []float64) float64 {
	var d float64
	for i := range a {
		d = math.Max(d, math.Abs(a[i]-b[i]))
	}
	return d
}

func closeRel(a, b, tol float64) bool {
	return math.Abs(a-b) <= tol*math.Max(1, math.Max(math.Abs(a), math.Abs(b)))
}
