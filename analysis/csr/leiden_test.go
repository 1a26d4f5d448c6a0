package csr

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"gonum.org/v1/gonum/graph/community"
)

func TestLeidenKarate(t *testing.T) {
	g := loadKarate(t)
	gg := gonumUndirected(g)
	for seed := int64(0); seed < 10; seed++ {
		r := Leiden(g, 1, seed)
		if r.Q < 0.40 || r.Q > 0.43 {
			t.Fatalf("seed %d: Q=%v outside [0.40, 0.43]", seed, r.Q)
		}
		if q := community.Q(gg, gonumCommunities(r.Community), 1); !closeRel(q, r.Q, 1e-12) {
			t.Fatalf("seed %d: gonum Q %v != %v", seed, q, r.Q)
		}
		if r.Levels < 1 || r.Community[0] != 0 {
			t.Fatalf("seed %d: levels %d, community[0]=%d", seed, r.Levels, r.Community[0])
		}
	}
}

func TestLeidenVsGonumModularize(t *testing.T) {
	cases := []struct {
		name  string
		g     *Graph
		gamma float64
	}{
		{"planted-200", FromEdges(200, symmetric(plantedEdges(200, 20, 0.3, 0.02, 1))), 1},
		{"planted-200-noisy", FromEdges(200, symmetric(plantedEdges(200, 25, 0.15, 0.04, 2))), 1},
		{"random-200", FromEdges(200, randomEdges(200, 1000, 3, uniformWeight(0.5, 2))).Undirected(), 1},
		{"planted-res-0.5", FromEdges(200, symmetric(plantedEdges(200, 20, 0.3, 0.02, 4))), 0.5},
		{"planted-res-2", FromEdges(200, symmetric(plantedEdges(200, 20, 0.3, 0.02, 5))), 2},
		{"karate", loadKarate(t), 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			gg := gonumUndirected(c.g)
			var best float64
			for s := uint64(0); s < 3; s++ {
				red := community.Modularize(gg, c.gamma, rand.NewPCG(s, s))
				best = max(best, community.Q(gg, red.Communities(), c.gamma))
			}
			r := Leiden(c.g, c.gamma, 7)
			if r.Q < best-0.01 {
				t.Fatalf("Q=%v, gonum best of 3 %v", r.Q, best)
			}
			if q := community.Q(gg, gonumCommunities(r.Community), c.gamma); !closeRel(q, r.Q, 1e-10) {
				t.Fatalf("reported Q %v, gonum's Q of our partition %v", r.Q, q)
			}
			t.Logf("ours %.5f gonum %.5f", r.Q, best)
		})
	}
}

func TestModularityVsGonumQ(t *testing.T) {
	g := FromEdges(150, randomEdges(150, 900, 11, uniformWeight(0.1, 3))).Undirected()
	gg := gonumUndirected(g)
	rng := rand.New(rand.NewPCG(5, 5))
	for _, k := range []int{1, 2, 7, 40, 150} {
		for _, gamma := range []float64{0.5, 1, 1.7} {
			comm := make([]int32, g.N)
			for i := range comm {
				comm[i] = int32(rng.IntN(k))
			}
			got := Modularity(g, comm, gamma)
			renumber(comm)
			want := community.Q(gg, gonumCommunities(comm), gamma)
			if !closeRel(got, want, 1e-12) {
				t.Fatalf("k=%d gamma=%v: %v vs gonum %v", k, gamma, got, want)
			}
		}
	}
	// Arbitrary (negative, sparse) labels are accepted.
	comm := make([]int32, g.N)
	for i := range comm {
		comm[i] = int32(i%3)*1000003 - 7
	}
	want := make([]int32, g.N)
	for i := range want {
		want[i] = int32(i % 3)
	}
	if a, b := Modularity(g, comm, 1), Modularity(g, want, 1); !closeRel(a, b, 1e-14) {
		t.Fatalf("sparse labels %v vs %v", a, b)
	}
}

func TestLeidenProperties(t *testing.T) {
	// Two disjoint 5-cliques: exactly two communities, Q = 0.5.
	var edges []Edge
	for b := 0; b < 2; b++ {
		for i := 0; i < 5; i++ {
			for j := i + 1; j < 5; j++ {
				edges = append(edges, Edge{int32(5*b + i), int32(5*b + j), 1})
			}
		}
	}
	g := FromEdges(10, symmetric(edges))
	r := Leiden(g, 1, 3)
	if want := []int32{0, 0, 0, 0, 0, 1, 1, 1, 1, 1}; !slices.Equal(r.Community, want) || !closeRel(r.Q, 0.5, 1e-12) {
		t.Fatalf("cliques: %+v", r)
	}
	// Directed input is symmetrised; the one-direction edge list gives the
	// same partition as the symmetric one (modularity is scale invariant).
	if r2 := Leiden(FromEdges(10, edges), 1, 3); !slices.Equal(r2.Community, r.Community) || !closeRel(r2.Q, r.Q, 1e-12) {
		t.Fatalf("directed input: %+v", r2)
	}
	// Deterministic for a seed; communities numbered by first appearance.
	big := FromEdges(2000, SyntheticSigned(2000, 12000, 9))
	pos, _ := SplitSigned(2000, big.Edges())
	und := pos.Undirected()
	a, b := Leiden(und, 1, 42), Leiden(und, 1, 42)
	if !slices.Equal(a.Community, b.Community) || a.Q != b.Q {
		t.Fatal("not deterministic")
	}
	next := int32(0)
	for _, c := range a.Community {
		if c > next {
			t.Fatalf("label %d appears before %d", c, next)
		}
		if c == next {
			next++
		}
	}
	if !closeRel(Modularity(und, a.Community, 1), a.Q, 1e-12) {
		t.Fatal("Q does not match Modularity")
	}
	// Self-loops are diagonal entries: A_00 = 2 (a networkx loop of weight
	// 1), k = (3, 2, 1), 2m = 6, inside weight of {0,1} = 2 + 1 + 1.
	loop := FromEdges(3, []Edge{{0, 0, 2}, {0, 1, 1}, {1, 0, 1}, {1, 2, 1}, {2, 1, 1}})
	if q := Modularity(loop, []int32{0, 0, 1}, 1); !closeRel(q, 4.0/6-(5.0/6)*(5.0/6)-(1.0/6)*(1.0/6), 1e-12) {
		t.Fatalf("self-loop modularity %v", q)
	}
}

func TestLeidenPanicsOnNegativeWeights(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Fatal("no panic")
		}
	}()
	Leiden(FromEdges(2, []Edge{{0, 1, -1}, {1, 0, -1}}), 1, 1)
}

func ExampleLeiden() {
	// Two triangles joined by one edge.
	edges := []Edge{{0, 1, 1}, {1, 2, 1}, {0, 2, 1}, {3, 4, 1}, {4, 5, 1}, {3, 5, 1}, {2, 3, 1}}
	g := FromEdges(6, edges).Undirected()
	r := Leiden(g, 1, 1)
	fmt.Println(r.Community, fmt.Sprintf("%.4f", r.Q))
	// Output: [0 0 0 1 1 1] 0.3571
}

// bestModularityByEnumeration returns the highest modularity over every
// partition of the n <= 10 nodes of g (restricted growth strings).
func bestModularityByEnumeration(g *Graph, gamma float64) float64 {
	n := g.N
	lv := newLevel(g)
	comm := make([]int32, n)
	best := math.Inf(-1)
	var rec func(i int, blocs int32)
	rec = func(i int, blocs int32) {
		if i == n {
			best = max(best, lv.modularity(comm, gamma))
			return
		}
		for b := int32(0); b <= blocs; b++ {
			comm[i] = b
			nb := blocs
			if b == blocs {
				nb++
			}
			rec(i+1, nb)
		}
	}
	rec(0, 0)
	return best
}

// TestLeidenExactOnSmallGraphs: on random weighted graphs of up to 10
// nodes the default number of runs finds the best modularity of all
// partitions, found by enumeration.
func TestLeidenExactOnSmallGraphs(t *testing.T) {
	for seed := uint64(1); seed <= 40; seed++ {
		rng := rand.New(rand.NewPCG(seed, 3))
		n := 5 + rng.IntN(6)
		m := n + rng.IntN(n*(n-1)/2-n+1)
		g := FromEdges(n, randomEdges(n, m, seed, uniformWeight(0.1, 5))).Undirected()
		gamma := []float64{0.5, 1, 1.5}[seed%3]
		want := bestModularityByEnumeration(g, gamma)
		r := LeidenRuns(g, gamma, 1, DefaultRuns(g.NumEdges()), 0)
		if r.Q < want-1e-12 {
			t.Errorf("seed %d (n=%d, %d edges, γ=%v): Q %v, best by enumeration %v", seed, n, g.NumEdges(), gamma, r.Q, want)
		}
		if r.Q > want+1e-12 {
			t.Fatalf("seed %d: Q %v above the enumerated optimum %v", seed, r.Q, want)
		}
	}
}

// connectedCommunities reports whether every community of comm induces a
// connected subgraph of g (positive-weight edges).
func connectedCommunities(g *Graph, comm []int32) bool {
	seenComm := map[int32]bool{}
	seen := make([]bool, g.N)
	for s := 0; s < g.N; s++ {
		if seen[s] {
			continue
		}
		if seenComm[comm[s]] {
			return false // a second component of a community already met
		}
		seenComm[comm[s]] = true
		stack := []int{s}
		seen[s] = true
		for len(stack) > 0 {
			u := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			ts, ws := g.Out(u)
			for k, v := range ts {
				if !seen[v] && ws[k] > 0 && comm[v] == comm[s] {
					seen[v] = true
					stack = append(stack, int(v))
				}
			}
		}
	}
	return true
}

func TestLeidenConnectedAndDeterministic(t *testing.T) {
	for _, c := range []struct {
		name string
		g    *Graph
	}{
		{"planted-300", FromEdges(300, symmetric(plantedEdges(300, 30, 0.2, 0.02, 21)))},
		{"random-sparse", FromEdges(400, randomEdges(400, 700, 22, uniformWeight(0.1, 2))).Undirected()},
		{"karate", loadKarate(t)},
	} {
		t.Run(c.name, func(t *testing.T) {
			for seed := int64(1); seed <= 5; seed++ {
				one := Leiden(c.g, 1, seed)
				if !connectedCommunities(c.g, one.Community) {
					t.Fatalf("seed %d: a community is not connected", seed)
				}
				a := LeidenRuns(c.g, 1, seed, 8, 1)
				b := LeidenRuns(c.g, 1, seed, 8, 3)
				if !slices.Equal(a.Community, b.Community) || a.Q != b.Q || a.Run != b.Run || a.AtBest != b.AtBest {
					t.Fatalf("seed %d: 1 and 3 workers differ", seed)
				}
				if a.Q < one.Q || a.Runs != 8 || a.AtBest < 1 || a.AtBest > 8 {
					t.Fatalf("seed %d: best of 8 %+v below its first run %v", seed, a.Q, one.Q)
				}
				if !closeRel(Modularity(c.g, a.Community, 1), a.Q, 1e-12) {
					t.Fatal("Q does not match Modularity")
				}
			}
		})
	}
}

func TestDefaultRuns(t *testing.T) {
	for _, c := range []struct{ edges, want int }{{0, 32}, {1000, 32}, {5000, 32}, {10000, 16}, {156544, 1}, {1 << 30, 1}} {
		if got := DefaultRuns(c.edges); got != c.want {
			t.Errorf("DefaultRuns(%d) = %d, want %d", c.edges, got, c.want)
		}
	}
}
