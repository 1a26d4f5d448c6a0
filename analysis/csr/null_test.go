package csr

import (
	"math/rand/v2"
	"slices"
	"testing"
)

func strengths(g *Graph) []float64 {
	s := make([]float64, g.N)
	for u := range s {
		_, ws := g.Out(u)
		for _, w := range ws {
			s[u] += w
		}
	}
	return s
}

func TestRewireKeepsStrengths(t *testing.T) {
	// Weighted: strengths kept (to rounding), neighbourhoods changed.
	g := FromEdges(200, symmetric(plantedEdges(200, 20, 0.3, 0.02, 31)))
	h := Rewire(g, 10, rand.New(rand.NewPCG(1, 2)))
	if !h.IsSymmetric() {
		t.Fatal("rewired graph not symmetric")
	}
	sg, sh := strengths(g), strengths(h)
	moved := 0
	for u := range sg {
		if !closeRel(sg[u], sh[u], 1e-9) {
			t.Fatalf("node %d: strength %v -> %v", u, sg[u], sh[u])
		}
		a, _ := g.Out(u)
		b, _ := h.Out(u)
		if !slices.Equal(a, b) {
			moved++
		}
		for _, v := range b {
			if int(v) == u {
				t.Fatalf("self-loop made at %d", u)
			}
		}
	}
	if moved < g.N/2 {
		t.Fatalf("only %d of %d nodes have new neighbours", moved, g.N)
	}
	// Planted blocs are destroyed: Q of the rewired graph is much lower.
	q, qr := Leiden(g, 1, 1).Q, Leiden(h, 1, 1).Q
	if !(qr < q-0.1) {
		t.Fatalf("Q %.3f, rewired %.3f: the planted structure survived", q, qr)
	}
	// Unit weights: a double-edge swap, degrees kept too.
	u1 := FromEdges(100, symmetric(plantedEdges(100, 10, 0.3, 0.05, 32)))
	for i := range u1.Weights {
		u1.Weights[i] = 1
	}
	h1 := Rewire(u1, 10, rand.New(rand.NewPCG(3, 4)))
	for u := 0; u < u1.N; u++ {
		if u1.OutDegree(u) != h1.OutDegree(u) {
			t.Fatalf("unit weights: node %d degree %d -> %d", u, u1.OutDegree(u), h1.OutDegree(u))
		}
	}
	// Too few edges to move: the graph comes back unchanged.
	star := FromEdges(4, symmetric([]Edge{{0, 1, 1}, {0, 2, 1}, {0, 3, 1}}))
	if s := Rewire(star, 10, rand.New(rand.NewPCG(1, 2))); !slices.Equal(s.Targets, star.Targets) {
		t.Fatal("a star has no strength-preserving move but changed")
	}
}

func TestShuffleSignsKeepsPairsAndSigns(t *testing.T) {
	pos, neg := randomSigned(60, 300, 5)
	p, q, fixed := ShuffleSigns(pos, neg, rand.New(rand.NewPCG(3, 4)))
	net := newSignedNet(pos, neg)
	nets := newSignedNet(p, q)
	count := func(s *signedNet) (npos, nneg int, abs []float64) {
		for e, w := range s.w {
			_ = e
			if w > 0 {
				npos++
			} else {
				nneg++
			}
			abs = append(abs, max(w, -w))
		}
		slices.Sort(abs)
		return
	}
	a, b, wa := count(net)
	c, d, wb := count(nets)
	if a != c || b != d || !slices.Equal(wa, wb) || fixed != net.selfConflict+net.mixed {
		t.Fatalf("pairs +%d −%d → +%d −%d, weights equal %v, fixed %v", a, b, c, d, slices.Equal(wa, wb), fixed)
	}
	if slices.Equal(net.w, nets.w) {
		t.Fatal("no sign moved")
	}
}

func TestNullDeterministic(t *testing.T) {
	g := FromEdges(150, symmetric(plantedEdges(150, 15, 0.3, 0.03, 7)))
	a := NullModularity(g, 1, 3, 4, 6, 1)
	b := NullModularity(g, 1, 3, 4, 6, 3)
	if !slices.Equal(a, b) {
		t.Fatalf("workers change the null: %v vs %v", a, b)
	}
	q := LeidenRuns(g, 1, 3, 4, 0).Q
	for _, x := range a {
		if x >= q {
			t.Fatalf("a randomisation reached Q %v >= the planted %v", x, q)
		}
	}
	pos, neg, _ := balancedSigned(80, 3, 600, 9)
	f1, fx := NullFrustration(pos, neg, SignedOptions{Seed: 2, Restarts: 3}, 5, 1)
	f2, _ := NullFrustration(pos, neg, SignedOptions{Seed: 2, Restarts: 3}, 5, 2)
	if !slices.Equal(f1, f2) || fx != 0 {
		t.Fatalf("null frustration %v vs %v (fixed %v)", f1, f2, fx)
	}
	for _, f := range f1 {
		if f <= 0 {
			t.Fatalf("a sign shuffle of a balanced graph stayed balanced: %v", f1)
		}
	}
}

// Two groups with no tie between them stay two groups in every
// randomisation: the null model does not reward a graph for falling apart
// (review A4), so the modularity of the split is no "beyond chance".
func TestRewireKeepsComponents(t *testing.T) {
	var es []Edge
	for _, base := range []int32{0, 6, 12} {
		for i := int32(0); i < 6; i++ {
			for j := i + 1; j < 6; j++ {
				if (i+j)%3 != 0 {
					es = append(es, Edge{base + i, base + j, float64(1 + (i+j)%2)})
				}
			}
		}
	}
	g := FromEdges(18, symmetric(es))
	comp := Components(g)
	if comp[0] != 0 || comp[6] != 6 || comp[13] != 12 || comp[5] != 0 {
		t.Fatalf("components %v", comp)
	}
	for s := uint64(0); s < 5; s++ {
		h := Rewire(g, 10, rand.New(rand.NewPCG(s, 9)))
		for u := 0; u < h.N; u++ {
			ts, _ := h.Out(u)
			for _, v := range ts {
				if comp[u] != comp[v] {
					t.Fatalf("seed %d: rewiring joined %d and %d of different components", s, u, v)
				}
			}
		}
	}
	q := LeidenRuns(g, 1, 1, 4, 1).Q
	null := NullModularity(g, 1, 1, 4, 10, 1)
	below := 0
	for _, x := range null {
		if x < q-1e-9 {
			below++
		}
	}
	if below == len(null) {
		t.Fatalf("Q %.3f above every randomisation %v: the split itself is rewarded", q, null)
	}
}
