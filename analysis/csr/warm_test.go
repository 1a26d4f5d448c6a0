package csr

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// perturbed returns the edges with a share of them dropped and others
// added at random: the next "period" of a graph.
func perturbed(n int, edges []Edge, share float64, seed uint64) []Edge {
	rng := rand.New(rand.NewPCG(seed, 17))
	var out []Edge
	for _, e := range edges {
		if rng.Float64() >= share {
			out = append(out, e)
		}
	}
	for range int(share * float64(len(edges))) {
		u, v := int32(rng.IntN(n)), int32(rng.IntN(n))
		if u != v {
			out = append(out, Edge{u, v, 1 + rng.Float64()})
		}
	}
	return out
}

// TestLeidenWarmStart: a run from the best cold partition keeps it (ties
// go to the warm run); on a planted graph whose next period differs a
// little, the warm, adaptive search makes fewer runs than the cold default
// and finds a modularity at least as high; the result does not depend on
// the number of workers.
func TestLeidenWarmStart(t *testing.T) {
	const n = 300
	edges := plantedEdges(n, 30, 0.3, 0.01, 4)
	g := FromEdges(n, symmetric(edges))
	cold := LeidenRuns(g, 1, 1, 32, 1)
	same := LeidenWith(g, LeidenOptions{Seed: 1, Runs: 32, Workers: 1, Start: cold.Community})
	if !same.Warm || same.Q < cold.Q || same.Runs != 33 || !samePartition(same.Community, cold.Community) {
		t.Errorf("warm run from the cold optimum: warm %v, Q %.6f (cold %.6f), %d runs, same partition %v",
			same.Warm, same.Q, cold.Q, same.Runs, samePartition(same.Community, cold.Community))
	}
	next := FromEdges(n, symmetric(perturbed(n, edges, 0.05, 5)))
	coldNext := LeidenRuns(next, 1, 1, 32, 1)
	var runs []Partition
	for _, w := range []int{1, 3} {
		runs = append(runs, LeidenWith(next, LeidenOptions{Seed: 1, Runs: 32, Workers: w, Start: cold.Community, Adaptive: true}))
	}
	warm := runs[0]
	if warm.Q < coldNext.Q-1e-12 || warm.Runs >= 32 || warm.Runs < AdaptiveMinRuns+1 {
		t.Errorf("next period: warm Q %.6f in %d runs, cold Q %.6f in 32", warm.Q, warm.Runs, coldNext.Q)
	}
	if !slices.Equal(runs[0].Community, runs[1].Community) || runs[0].Q != runs[1].Q || runs[0].Runs != runs[1].Runs {
		t.Errorf("1 and 3 workers differ: %d and %d runs", runs[0].Runs, runs[1].Runs)
	}
	// A start of unknown nodes (-1) is a start from singletons.
	unknown := make([]int32, n)
	for i := range unknown {
		unknown[i] = -1
	}
	if p := LeidenWith(next, LeidenOptions{Seed: 1, Runs: 4, Workers: 1, Start: unknown}); p.Q < LeidenRuns(next, 1, 1, 4, 1).Q {
		t.Errorf("a start of unknown nodes lowers Q: %.6f", p.Q)
	}
}

// TestLeidenFlatStop: on a graph with no division into blocs (every pair
// of 90 nodes linked, weights at random) the adaptive search stops after
// AdaptiveFlatRuns cold runs, with a modularity under AdaptiveFlat and
// within 0.01 of the best of 32; where structure exists (planted blocs,
// weak ones included) it does not stop early on that account and finds a
// modularity at least that of the 32 cold runs.
func TestLeidenFlatStop(t *testing.T) {
	const n = 90
	rng := rand.New(rand.NewPCG(3, 9))
	var flat []Edge
	for u := range n {
		for v := u + 1; v < n; v++ {
			flat = append(flat, Edge{int32(u), int32(v), 1 + rng.Float64()})
		}
	}
	g := FromEdges(n, symmetric(flat))
	all := LeidenRuns(g, 1, 1, 32, 1)
	p := LeidenWith(g, LeidenOptions{Seed: 1, Runs: 32, Workers: 1, Adaptive: true})
	if p.Runs != AdaptiveFlatRuns || p.Q >= AdaptiveFlat || all.Q-p.Q > 0.01 {
		t.Errorf("no structure: %d runs (want %d), Q %.4f, best of 32 %.4f", p.Runs, AdaptiveFlatRuns, p.Q, all.Q)
	}
	for _, in := range []float64{0.3, 0.1, 0.06} { // planted blocs, down to weak ones
		pl := FromEdges(300, symmetric(plantedEdges(300, 30, in, 0.02, 4)))
		cold := LeidenRuns(pl, 1, 1, 32, 1)
		p := LeidenWith(pl, LeidenOptions{Seed: 1, Runs: 32, Workers: 1, Adaptive: true})
		if p.Q < cold.Q-1e-12 || p.Q < AdaptiveFlat {
			t.Errorf("planted blocs (p_in %.2f): adaptive Q %.4f in %d runs, cold Q %.4f in 32", in, p.Q, p.Runs, cold.Q)
		}
	}
}

// TestSignedWarmStart: with Adaptive, a search whose best meets the lower
// bound stops after its first round; a warm start from the optimum keeps
// it; the result is never worse than the cold search and does not depend
// on the number of workers.
func TestSignedWarmStart(t *testing.T) {
	pos, neg, truth := balancedSigned(200, 4, 1500, 3)
	cold := SignedPartition(pos, neg, SignedOptions{Seed: 1, Workers: 1})
	if !cold.Exact || cold.Frustration != 0 {
		t.Fatalf("a balanced graph: F %v, exact %v", cold.Frustration, cold.Exact)
	}
	warm := SignedPartition(pos, neg, SignedOptions{Seed: 1, Workers: 1, Start: truth, Adaptive: true})
	if warm.Frustration != 0 || !warm.Exact || warm.Restarts != AdaptiveRound+1 || !samePartition(warm.Community, truth) {
		t.Errorf("warm from the truth: F %v, exact %v, %d searches, truth kept %v", warm.Frustration, warm.Exact, warm.Restarts, samePartition(warm.Community, truth))
	}
	// A frustrated graph: the adaptive search is never worse than the cold one.
	edges := SyntheticSigned(400, 3000, 7)
	p, q := SplitSigned(400, edges)
	ref := SignedPartition(p, q, SignedOptions{Seed: 2, Workers: 1})
	var got []SignedResult
	for _, w := range []int{1, 3} {
		got = append(got, SignedPartition(p, q, SignedOptions{Seed: 2, Workers: w, Start: ref.Community, Adaptive: true}))
	}
	if got[0].Frustration > ref.Frustration+1e-9 {
		t.Errorf("warm and adaptive F %v above the cold %v", got[0].Frustration, ref.Frustration)
	}
	if !slices.Equal(got[0].Community, got[1].Community) || got[0].Restarts != got[1].Restarts {
		t.Errorf("1 and 3 workers differ: %d and %d searches", got[0].Restarts, got[1].Restarts)
	}
	if !got[0].Exact && got[0].Restarts != ref.Restarts+1 {
		t.Errorf("unproven: %d searches, want every restart and the warm one (%d)", got[0].Restarts, ref.Restarts+1)
	}
	t.Logf("frustrated graph: cold F %v in %d restarts; warm and adaptive F %v in %d searches, exact %v", ref.Frustration, ref.Restarts, got[0].Frustration, got[0].Restarts, got[0].Exact)
}

// TestStartPartition: a start's groups are kept with labels in 0..n-1;
// nodes with no place start alone, or with k blocs join the bloc their
// weights pull them to most.
func TestStartPartition(t *testing.T) {
	// 0-1-2 a path, 3 tied to 2 only, 4 to nobody.
	lv := newLevel(FromEdges(5, symmetric([]Edge{{0, 1, 1}, {1, 2, 1}, {2, 3, 5}})))
	if got := startPartition(lv, []int32{7, 7, 40, -1, -1}, 0); !slices.Equal(got, []int32{0, 0, 1, 2, 3}) {
		t.Errorf("any number of blocs: %v", got)
	}
	if got := startPartition(lv, []int32{0, 0, 1, -1, 9}, 2); !slices.Equal(got, []int32{0, 0, 1, 1, 0}) {
		t.Errorf("two blocs: %v", got)
	}
}
