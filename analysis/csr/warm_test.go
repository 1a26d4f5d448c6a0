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
