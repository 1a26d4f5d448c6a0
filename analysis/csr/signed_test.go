package csr

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// balancedSigned returns a perfectly balanced signed graph: nodes i and j
// are in the same group iff group(i) == group(j); edges inside groups are
// positive, across negative.
func balancedSigned(n, groups, m int, seed uint64) (pos, neg *Graph, truth []int32) {
	rng := rand.New(rand.NewPCG(seed, 3))
	truth = make([]int32, n)
	for i := range truth {
		truth[i] = int32(i % groups)
	}
	var p, q []Edge
	for _, e := range randomEdges(n, m, seed, uniformWeight(0.5, 2)) {
		if truth[e.From] == truth[e.To] {
			p = append(p, e)
		} else {
			q = append(q, Edge{e.From, e.To, -e.Weight})
		}
	}
	// Keep every group internally connected with a positive ring.
	for i := 0; i+groups < n; i++ {
		p = append(p, Edge{int32(i), int32(i + groups), 1 + rng.Float64()})
	}
	return FromEdges(n, p), FromEdges(n, q), truth
}

func samePartition(a, b []int32) bool {
	x, y := slices.Clone(a), slices.Clone(b)
	renumber(x)
	renumber(y)
	return slices.Equal(x, y)
}

func TestSignedBalanced(t *testing.T) {
	for _, tc := range []struct{ n, groups, m int }{{10, 2, 30}, {12, 3, 40}, {60, 2, 400}, {300, 4, 2500}} {
		t.Run(fmt.Sprintf("n%d_g%d", tc.n, tc.groups), func(t *testing.T) {
			pos, neg, truth := balancedSigned(tc.n, tc.groups, tc.m, uint64(tc.n))
			r := SignedPartition(pos, neg, SignedOptions{Blocs: 0, Restarts: 5, Seed: 1})
			if r.Frustration != 0 || r.FrustratedEdges != 0 || r.Balance != 1 {
				t.Fatalf("frustration %v (%d edges), balance %v", r.Frustration, r.FrustratedEdges, r.Balance)
			}
			if !samePartition(r.Community, truth) {
				t.Fatalf("got %v want %v", r.Community, truth)
			}
			// With k = groups the same split is found.
			if rk := SignedPartition(pos, neg, SignedOptions{Blocs: tc.groups, Restarts: 5, Seed: 1}); rk.Frustration != 0 {
				t.Fatalf("k=%d frustration %v", tc.groups, rk.Frustration)
			}
		})
	}
}

// bruteForce minimises the frustration over all k^n labellings that use
// exactly k labels (any number when k = 0), as an independent check of the
// exact enumeration.
func bruteForce(pos, neg *Graph, k int) float64 {
	n := pos.N
	if k == 0 {
		k = n
	}
	comm := make([]int32, n)
	best := math.Inf(1)
	var rec func(i int)
	exactly := k < n
	rec = func(i int) {
		if i == n {
			used := map[int32]bool{}
			for _, c := range comm {
				used[c] = true
			}
			if !exactly || len(used) == k {
				best = min(best, evalSigned(pos, neg, slices.Clone(comm)).Frustration)
			}
			return
		}
		for c := 0; c < k; c++ {
			comm[i] = int32(c)
			rec(i + 1)
		}
	}
	rec(0)
	return best
}

func randomSigned(n, m int, seed uint64) (pos, neg *Graph) {
	var p, q []Edge
	for _, e := range randomEdges(n, m, seed, uniformWeight(-1, 2)) {
		if e.Weight >= 0 {
			p = append(p, e)
		} else {
			q = append(q, e)
		}
	}
	return FromEdges(n, p), FromEdges(n, q)
}

func TestSignedExactVsBruteForce(t *testing.T) {
	for _, tc := range []struct{ n, m, k int }{{6, 20, 0}, {7, 25, 2}, {7, 30, 3}, {8, 30, 2}, {7, 30, 0}} {
		t.Run(fmt.Sprintf("n%d_m%d_k%d", tc.n, tc.m, tc.k), func(t *testing.T) {
			pos, neg := randomSigned(tc.n, tc.m, uint64(tc.n*100+tc.m))
			want := bruteForce(pos, neg, tc.k)
			r := SignedPartition(pos, neg, SignedOptions{Blocs: tc.k, Restarts: 1, Seed: 1})
			if math.Abs(r.Frustration-want) > 1e-9 {
				t.Fatalf("exact %v, brute force %v", r.Frustration, want)
			}
			if tc.k > 0 {
				if nb := slices.Max(r.Community) + 1; int(nb) != tc.k {
					t.Fatalf("%d blocs, asked for exactly %d", nb, tc.k)
				}
			}
			if !r.Exact || r.LowerBound != r.Frustration {
				t.Fatalf("enumeration not reported exact: %+v", r)
			}
		})
	}
}

// The local search (used above 12 nodes) on graphs small enough for the
// exact optimum: it should find it or come very close.
func TestSignedSearchNearOptimal(t *testing.T) {
	worst := 0.0
	for seed := uint64(1); seed <= 8; seed++ {
		pos, neg := randomSigned(11, 40, seed)
		net := newSignedNet(pos, neg)
		exact := evalSigned(pos, neg, net.exact(0)).Frustration
		comm := net.search(0, 10, int64(seed), 1)
		got := evalSigned(pos, neg, comm).Frustration
		if got < exact-1e-9 {
			t.Fatalf("search %v below exact optimum %v", got, exact)
		}
		worst = max(worst, (got-exact)/math.Max(exact, 1e-9))
	}
	if worst > 0.05 {
		t.Fatalf("search up to %.1f%% above the optimum", 100*worst)
	}
}

func TestSignedPartitionProperties(t *testing.T) {
	edges := SyntheticSigned(3000, 15000, 2)
	pos, neg := SplitSigned(3000, edges)
	a := SignedPartition(pos, neg, SignedOptions{Blocs: 0, Restarts: 3, Seed: 9})
	b := SignedPartition(pos, neg, SignedOptions{Blocs: 0, Restarts: 3, Seed: 9})
	if !slices.Equal(a.Community, b.Community) || a.Frustration != b.Frustration {
		t.Fatal("not deterministic")
	}
	if chk := evalSigned(pos, neg, a.Community); !closeRel(chk.Frustration, a.Frustration, 1e-12) || chk.FrustratedEdges != a.FrustratedEdges {
		t.Fatal("reported frustration inconsistent")
	}
	// Planted blocs make most edges satisfied.
	if a.Balance < 0.8 {
		t.Fatalf("balance %v", a.Balance)
	}
	// Everything in one bloc: frustration = total conflict weight.
	one := SignedPartition(pos, neg, SignedOptions{Blocs: 1, Restarts: 1, Seed: 1})
	var negTotal float64
	for _, w := range neg.Weights {
		negTotal += w
	}
	if !closeRel(one.Frustration, negTotal, 1e-9) || slices.Max(one.Community) != 0 {
		t.Fatalf("k=1: %v vs %v", one.Frustration, negTotal)
	}
	k3 := SignedPartition(pos, neg, SignedOptions{Blocs: 3, Restarts: 2, Seed: 1})
	if slices.Max(k3.Community) != 2 {
		t.Fatalf("asked for 3 blocs, got %d", slices.Max(k3.Community)+1)
	}
	// Conflict weights may be given negative or positive.
	negSigned := &Graph{N: neg.N, Offsets: neg.Offsets, Targets: neg.Targets, Weights: make([]float64, len(neg.Weights))}
	for i, w := range neg.Weights {
		negSigned.Weights[i] = -w
	}
	if c := SignedPartition(pos, negSigned, SignedOptions{Blocs: 0, Restarts: 3, Seed: 9}); !slices.Equal(c.Community, a.Community) {
		t.Fatal("sign of conflict weights matters")
	}
}
