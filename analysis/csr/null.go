package csr

import (
	"math/rand/v2"
)

// Rewire returns a strength-preserving randomisation of the undirected
// graph g (symmetric, as built by Undirected): movesPerEdge × M moves, each
// taking two edges a–b and c–d at random (four distinct nodes) and moving
// the weight δ = min(w_ab, w_cd) around the rectangle: w_ab and w_cd lose
// δ (the lighter edge disappears), w_ad and w_cb gain it (an edge appears
// where there was none). Every node keeps its weighted degree (strength)
// exactly — the quantity modularity's null model is built on — and the
// total weight is kept; the number of edges may change. For equal weights
// it is the double-edge swap of Maslov & Sneppen (2002), which keeps
// degrees too (a swap of equal weights onto an existing edge is refused). Self-loops stay where they are. Deterministic for rng.
//
// Moves stay within the connected components of g (RewireIn with
// Components(g)).
func Rewire(g *Graph, movesPerEdge int, rng *rand.Rand) *Graph {
	return RewireIn(g, Components(g), movesPerEdge, rng)
}

// RewireIn is Rewire with every move inside one group of comp (comp[u]
// labels u's group): two edges of different groups are never rewired
// together (the proposal is drawn again, up to a cap of attempts), so no
// randomisation joins groups of states that the real graph keeps apart. A
// graph that falls apart into separate groups has high modularity for that
// alone; a null model that mixed the groups would call them "beyond
// chance" (review A4: ten unrelated articles gave p = 1/21). When every
// node is in one group every proposal is allowed and the moves are those
// drawn before this rule.
func RewireIn(g *Graph, comp []int32, movesPerEdge int, rng *rand.Rand) *Graph {
	n := g.N
	type edge struct {
		u, v int32
		w    float64
	}
	var edges []edge
	var loops []Edge
	for u := 0; u < n; u++ {
		ts, ws := g.Out(u)
		for k, v := range ts {
			switch {
			case int(v) > u && ws[k] > 0:
				edges = append(edges, edge{int32(u), v, ws[k]})
			case int(v) == u:
				loops = append(loops, Edge{int32(u), v, ws[k]})
			}
		}
	}
	key := func(a, b int32) int64 {
		if a > b {
			a, b = b, a
		}
		return int64(a)*int64(n) + int64(b)
	}
	index := make(map[int64]int, len(edges)) // pair -> position in edges
	for i, e := range edges {
		index[key(e.u, e.v)] = i
	}
	remove := func(i int) {
		delete(index, key(edges[i].u, edges[i].v))
		last := len(edges) - 1
		if i != last {
			edges[i] = edges[last]
			index[key(edges[i].u, edges[i].v)] = i
		}
		edges = edges[:last]
	}
	add := func(a, b int32, w float64) {
		if i, ok := index[key(a, b)]; ok {
			edges[i].w += w
			return
		}
		index[key(a, b)] = len(edges)
		edges = append(edges, edge{a, b, w})
	}
	moves := movesPerEdge * len(edges)
	attempts := 0
	for t := 0; t < moves && len(edges) >= 2; t++ {
		i, j := rng.IntN(len(edges)), rng.IntN(len(edges))
		if i == j {
			continue
		}
		a, b := edges[i].u, edges[i].v
		c, d := edges[j].u, edges[j].v
		if comp[a] != comp[c] {
			// Not a move within one component: draw again, without
			// counting it, so that a disconnected graph gets as many moves
			// as a connected one (capped, for components of one edge).
			if attempts++; attempts < 100*moves {
				t--
			}
			continue
		}
		if rng.IntN(2) == 1 {
			c, d = d, c
		}
		if a == c || a == d || b == c || b == d {
			continue
		}
		if edges[i].w == edges[j].w {
			// A swap of equal weights keeps degrees too, unless it merges
			// into an existing edge: refuse that, as Maslov & Sneppen do.
			if _, ok := index[key(a, d)]; ok {
				continue
			}
			if _, ok := index[key(c, b)]; ok {
				continue
			}
		}
		delta := min(edges[i].w, edges[j].w)
		edges[i].w -= delta
		edges[j].w -= delta
		// Remove the emptied edge(s), the later position first.
		for _, x := range []int{max(i, j), min(i, j)} {
			if edges[x].w <= 0 {
				remove(x)
			}
		}
		add(a, d, delta)
		add(c, b, delta)
	}
	out := make([]Edge, 0, 2*len(edges)+len(loops))
	for _, e := range edges {
		out = append(out, Edge{e.u, e.v, e.w}, Edge{e.v, e.u, e.w})
	}
	out = append(out, loops...)
	return FromEdges(n, out)
}

// Components labels the connected components of the undirected graph g
// (edges of positive weight, either direction): comp[u] is the smallest
// node of u's component, so a node without edges is its own.
func Components(g *Graph) []int32 {
	parent := make([]int32, g.N)
	for i := range parent {
		parent[i] = int32(i)
	}
	var find func(x int32) int32
	find = func(x int32) int32 {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	for u := 0; u < g.N; u++ {
		ts, ws := g.Out(u)
		for k, v := range ts {
			if ws[k] <= 0 {
				continue
			}
			a, b := find(int32(u)), find(v)
			if a != b {
				if a < b {
					parent[b] = a
				} else {
					parent[a] = b
				}
			}
		}
	}
	out := make([]int32, g.N)
	for u := range out {
		out[u] = find(int32(u))
	}
	return out
}

// ShuffleSigns returns a signed graph (cooperation and conflict layers,
// symmetric) with the pairs and net weights |s_uv| of (pos, neg) — s = P −
// N over the symmetrised layers, as SignedPartition sees them — but the
// signs permuted at random among the pairs: as many pairs as before are
// cooperative, but not the same ones. Conflict self-loops are dropped (they
// are frustrated in any partition, shuffled or not), and so is the
// min(P, N) that a pair with both cooperation and conflict pays in any
// partition; compare the result's frustration with Frustration − Fixed.
func ShuffleSigns(pos, neg *Graph, rng *rand.Rand) (p, q *Graph, fixed float64) {
	if neg == nil {
		neg = emptyGraph(pos.N)
	}
	net := newSignedNet(pos, neg)
	type pair struct {
		u, v int32
		w    float64
	}
	var pairs []pair
	var signs []bool // true: cooperation
	for u := 0; u < net.n; u++ {
		for e := net.off[u]; e < net.off[u+1]; e++ {
			if v := net.adj[e]; int(v) > u {
				w := net.w[e]
				pairs = append(pairs, pair{int32(u), v, max(w, -w)})
				signs = append(signs, w > 0)
			}
		}
	}
	rng.Shuffle(len(signs), func(i, j int) { signs[i], signs[j] = signs[j], signs[i] })
	var pe, ne []Edge
	for i, pr := range pairs {
		if signs[i] {
			pe = append(pe, Edge{pr.u, pr.v, pr.w})
		} else {
			ne = append(ne, Edge{pr.u, pr.v, pr.w})
		}
	}
	return FromEdges(net.n, pe), FromEdges(net.n, ne), net.selfConflict + net.mixed
}

// NullModularity returns, for samples strength-preserving randomisations
// of the undirected graph g (Rewire, 10 moves per edge), the modularity that
// LeidenRuns finds with the same resolution and runs: the distribution of
// Q that blocs found by chance alone reach on a graph whose states have
// the same weighted degrees. Sample i draws its randomisation and its runs from seeds
// derived from (seed, i); samples are spread over workers goroutines
// (<= 0: GOMAXPROCS), each run sequentially, so the result does not depend
// on workers.
func NullModularity(g *Graph, resolution float64, seed int64, runs, samples, workers int) []float64 {
	return NullModularityIn(g, nil, resolution, seed, runs, samples, workers)
}

// NullModularityIn is NullModularity with the rewirings kept within the
// groups of comp (RewireIn); nil: the connected components of g.
func NullModularityIn(g *Graph, comp []int32, resolution float64, seed int64, runs, samples, workers int) []float64 {
	g = undirectedView(g, "NullModularity")
	if comp == nil {
		comp = Components(g)
	}
	out := make([]float64, samples)
	parallel(samples, workers, func() func(i int) {
		return func(i int) {
			rng := rand.New(rand.NewPCG(uint64(seed), 1<<40+uint64(i)))
			out[i] = LeidenRuns(RewireIn(g, comp, 10, rng), resolution, seed+int64(i)+1, runs, 1).Q
		}
	})
	return out
}

// NullFrustration returns, for samples sign-shuffled versions of the signed
// graph (ShuffleSigns), the frustration that SignedPartition finds with
// opt (without the lower bound), minus nothing: compare it with the
// observed frustration minus the fixed part ShuffleSigns reports, which is
// returned as well. Seeds and workers as for NullModularity.
func NullFrustration(pos, neg *Graph, opt SignedOptions, samples, workers int) (null []float64, fixed float64) {
	out := make([]float64, samples)
	fixeds := make([]float64, samples)
	opt.NoBound, opt.Workers = true, 1
	parallel(samples, workers, func() func(i int) {
		return func(i int) {
			rng := rand.New(rand.NewPCG(uint64(opt.Seed), 1<<40+uint64(i)))
			p, q, f := ShuffleSigns(pos, neg, rng)
			o := opt
			o.Seed = opt.Seed + int64(i) + 1
			out[i], fixeds[i] = SignedPartition(p, q, o).Frustration, f
		}
	})
	if samples > 0 {
		fixed = fixeds[0]
	}
	return out, fixed
}
