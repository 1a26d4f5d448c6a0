package csr

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"testing"
)

func TestFromEdges(t *testing.T) {
	edges := []Edge{
		{2, 0, 1}, {0, 1, 2}, {0, 1, 3}, // parallel 0->1 summed to 5
		{1, 1, 4}, {1, 1, 1}, // self-loop kept, summed to 5
		{0, 2, -1}, {2, 1, 0.5},
	}
	g := FromEdges(4, edges)
	if err := g.Validate(); err != nil {
		t.Fatal(err)
	}
	wantOff := []int32{0, 2, 3, 5, 5}
	wantT := []int32{1, 2, 1, 0, 1}
	wantW := []float64{5, -1, 5, 1, 0.5}
	if !slices.Equal(g.Offsets, wantOff) || !slices.Equal(g.Targets, wantT) || !slices.Equal(g.Weights, wantW) {
		t.Fatalf("got off=%v t=%v w=%v", g.Offsets, g.Targets, g.Weights)
	}
	// Deterministic regardless of input order.
	rng := rand.New(rand.NewPCG(1, 2))
	for r := 0; r < 5; r++ {
		sh := slices.Clone(edges)
		rng.Shuffle(len(sh), func(i, j int) { sh[i], sh[j] = sh[j], sh[i] })
		h := FromEdges(4, sh)
		if !slices.Equal(h.Targets, g.Targets) || !slices.Equal(h.Offsets, g.Offsets) {
			t.Fatal("order dependent targets")
		}
		for i := range h.Weights {
			if !closeRel(h.Weights[i], g.Weights[i], 1e-15) {
				t.Fatal("order dependent weights")
			}
		}
	}
	// In-edge CSR.
	off, src, w := g.In()
	if !slices.Equal(off, []int32{0, 1, 4, 5, 5}) || !slices.Equal(src, []int32{2, 0, 1, 2, 0}) ||
		!slices.Equal(w, []float64{1, 5, 5, 0.5, -1}) {
		t.Fatalf("in-CSR off=%v src=%v w=%v", off, src, w)
	}
}

func TestFromEdgesPanicsOnBadEndpoint(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Fatal("no panic")
		}
	}()
	FromEdges(2, []Edge{{0, 2, 1}})
}

func TestUndirected(t *testing.T) {
	g := FromEdges(3, []Edge{{0, 1, 1}, {1, 0, 2}, {1, 2, 3}, {2, 2, 1.5}})
	u := g.Undirected()
	if err := u.Validate(); err != nil {
		t.Fatal(err)
	}
	if !u.IsSymmetric() || g.IsSymmetric() {
		t.Fatal("symmetry detection")
	}
	want := map[[2]int32]float64{{0, 1}: 3, {1, 0}: 3, {1, 2}: 3, {2, 1}: 3, {2, 2}: 3}
	if u.NumEdges() != len(want) {
		t.Fatalf("edges %v", u.Edges())
	}
	for _, e := range u.Edges() {
		if want[[2]int32{e.From, e.To}] != e.Weight {
			t.Fatalf("edge %v, want weight %v", e, want[[2]int32{e.From, e.To}])
		}
	}
	// Undirected of a symmetric graph doubles the weights.
	uu := u.Undirected()
	for i := range uu.Weights {
		if uu.Weights[i] != 2*u.Weights[i] {
			t.Fatal("undirected of symmetric graph")
		}
	}
}

func TestHandBuiltGraph(t *testing.T) {
	// Unsorted row, built by hand without the in-CSR.
	g := &Graph{N: 3, Offsets: []int32{0, 2, 3, 3}, Targets: []int32{2, 1, 0}, Weights: []float64{1, 2, 3}}
	if err := g.Validate(); err != nil {
		t.Fatal(err)
	}
	off, src, _ := g.In()
	if !slices.Equal(off, []int32{0, 1, 2, 3}) || !slices.Equal(src, []int32{1, 0, 0}) {
		t.Fatalf("in off=%v src=%v", off, src)
	}
	u := g.Undirected()
	if !u.IsSymmetric() || u.NumEdges() != 4 {
		t.Fatalf("undirected %v", u.Edges())
	}
	bad := &Graph{N: 2, Offsets: []int32{0, 1, 1}, Targets: []int32{5}, Weights: []float64{1}}
	if bad.Validate() == nil {
		t.Fatal("invalid graph validated")
	}
}

// Every algorithm must cope with N=0, a single node and isolated nodes.
func TestDegenerateGraphs(t *testing.T) {
	graphs := map[string]*Graph{
		"empty":        FromEdges(0, nil),
		"single":       FromEdges(1, nil),
		"single-loop":  FromEdges(1, []Edge{{0, 0, 2}}),
		"isolated":     FromEdges(5, nil),
		"isolated+one": FromEdges(5, []Edge{{1, 3, 1}}),
		"literal-zero": {},
	}
	for name, g := range graphs {
		t.Run(name, func(t *testing.T) {
			n := g.N
			pr, err := PageRank(g, 0.85, 1e-12, 0)
			if err != nil || len(pr) != n {
				t.Fatalf("PageRank: %v len %d", err, len(pr))
			}
			if n > 0 {
				var s float64
				for _, v := range pr {
					s += v
				}
				if !closeRel(s, 1, 1e-9) {
					t.Fatalf("PageRank sum %v", s)
				}
			}
			if b := Betweenness(g, 0); len(b) != n {
				t.Fatal("Betweenness length")
			}
			if b := BetweennessUnweighted(g, 2); len(b) != n {
				t.Fatal("BetweennessUnweighted length")
			}
			ev, err := Eigenvector(g, 1e-12, 1000)
			if err != nil || len(ev) != n {
				t.Fatalf("Eigenvector: %v", err)
			}
			h, a, err := HITS(g, 1e-12, 1000)
			if err != nil || len(h) != n || len(a) != n {
				t.Fatalf("HITS: %v", err)
			}
			lr := Leiden(g, 1, 1)
			if len(lr.Community) != n {
				t.Fatal("Louvain length")
			}
			if q := Modularity(g, lr.Community, 1); q != lr.Q {
				t.Fatalf("Modularity %v != %v", q, lr.Q)
			}
			sr := SignedPartition(g, nil, SignedOptions{Blocs: 0, Restarts: 3, Seed: 1})
			if len(sr.Community) != n || sr.Frustration != 0 || sr.Balance != 1 {
				t.Fatalf("SignedPartition %+v", sr)
			}
			runs := [][]int32{make([]int32, n), make([]int32, n)}
			c, conf := Consensus(runs)
			if len(c) != n || len(conf) != n {
				t.Fatal("Consensus length")
			}
		})
	}
}

func TestEdgeListRoundTrip(t *testing.T) {
	edges := SyntheticSigned(300, 1500, 42)
	var buf bytes.Buffer
	if err := WriteEdgeList(&buf, 300, edges); err != nil {
		t.Fatal(err)
	}
	n, got, err := ReadEdgeList(&buf)
	if err != nil || n != 300 || !slices.Equal(got, edges) {
		t.Fatalf("round trip: n=%d err=%v equal=%v", n, err, slices.Equal(got, edges))
	}
	if _, _, err := ReadEdgeList(bytes.NewBufferString("# nodes 2\n0 5 1\n")); err == nil {
		t.Fatal("id beyond declared node count accepted")
	}
}

func TestSyntheticSigned(t *testing.T) {
	a := SyntheticSigned(2000, 10000, 3)
	b := SyntheticSigned(2000, 10000, 3)
	if !slices.Equal(a, b) {
		t.Fatal("generator not deterministic")
	}
	seen := map[[2]int32]bool{}
	posCount := 0
	for _, e := range a {
		if e.From == e.To || seen[[2]int32{e.From, e.To}] {
			t.Fatalf("self-loop or duplicate %v", e)
		}
		seen[[2]int32{e.From, e.To}] = true
		if e.Weight > 0 {
			posCount++
		}
		if w := max(e.Weight, -e.Weight); w < 0.1 || w >= 1 {
			t.Fatalf("weight %v", e.Weight)
		}
	}
	if f := float64(posCount) / float64(len(a)); f < 0.77 || f > 0.83 {
		t.Fatalf("positive fraction %v", f)
	}
	pos, neg := SplitSigned(2000, a)
	if pos.NumEdges()+neg.NumEdges() != len(a) {
		t.Fatal("split lost edges")
	}
	for _, w := range neg.Weights {
		if w <= 0 {
			t.Fatal("conflict layer must hold |w|")
		}
	}
}
