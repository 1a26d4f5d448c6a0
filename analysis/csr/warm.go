package csr

import (
	"math"
	"math/rand/v2"
)

// Warm starts and adaptive runs.
//
// A search over a sequence of similar graphs (the periods of a timeline)
// can start each graph from the partition found for the one before: one
// run from that partition (the warm run) usually lands on the best
// partition at once, and where several partitions are about as good it
// lands on the one nearest the start, which keeps blocs stable from one
// period to the next. The seeded cold runs that guard against a warm
// start stuck in a poor optimum do not depend on the start, so they are
// made first (NewLeidenSearch, NewSignedSearch: a timeline makes them for
// several periods at once) and the warm run last; the warm run wins ties.
// With Adaptive, the cold runs come in rounds and stop early:
//
//   - the signed search stops as soon as its best frustration meets the
//     proven lower bound (SignedLowerBound), and otherwise makes every
//     restart asked for (the cold default, DefaultRuns): where the bound
//     proves nothing, the least frustration can be rare (on one COW
//     window, 1953–1956, one seeded run in 32 finds it), so the result is
//     never worse than that of the cold runs alone;
//   - Leiden, which has no such bound, stops once AdaptiveAgree cold runs
//     have reached the best modularity found and at least AdaptiveMinRuns
//     were made — the best has then been found from independent starts, as
//     it is by most single runs on real alliance and event graphs (issue 13:
//     on the 51 COW windows, 29 of 32 seeded runs or more reach the best
//     modularity in 49 windows) — or once AdaptiveFlatRuns cold runs were
//     made and the best modularity (at resolution 1) is still under
//     AdaptiveFlat: the graph has no division into blocs worth the name
//     (a sixth of the 0.3 under which Newman & Girvan call one weak), and
//     more runs only reorder noise — on a month of synthetic GDELT (no
//     blocs, every pair of 93 states linked) the best of 27 runs is 0.008
//     and the first four are within 0.003 of it; on such graphs runs never
//     agree, so without this rule every period made every run —, and at
//     the latest after the runs asked for.
//
// The rounds are AdaptiveRound cold runs, each with its random stream
// (seed, r) as without a warm start, so the outcome does not depend on
// the number of workers.

// Adaptive run counts (see above).
const (
	AdaptiveRound   = 2
	AdaptiveAgree   = 2
	AdaptiveMinRuns = 3
	// A Leiden search stops after AdaptiveFlatRuns cold runs whose best
	// modularity is below AdaptiveFlat (resolution 1 only).
	AdaptiveFlatRuns = 4
	AdaptiveFlat     = 0.05
)

// warmStream is the random stream of a warm run, apart from the cold
// runs' streams (seed, r).
const warmStream = 0x7761726d // "warm"

// startPartition turns a caller's start (labels >= 0, or < 0 for a node
// with no place in it) into a partition with labels in 0..n-1: labelled
// nodes keep their groups, the others are alone. With k > 0 blocs, labels
// must fall in 0..k-1: a node with none joins the bloc to which its
// weights in lv are the largest (ties: the lowest label), bloc 0 when it
// has none.
func startPartition(lv *level, start []int32, k int) []int32 {
	n := lv.n
	comm := make([]int32, n)
	if k > 0 {
		for i := range comm {
			comm[i] = -1
			if c := start[i]; c >= 0 && int(c) < k {
				comm[i] = c
			}
		}
		sum := make([]float64, k)
		for i := range comm {
			if comm[i] >= 0 {
				continue
			}
			clear(sum)
			for e := lv.off[i]; e < lv.off[i+1]; e++ {
				if c := comm[lv.adj[e]]; c >= 0 {
					sum[c] += lv.w[e]
				}
			}
			best := 0
			for c := 1; c < k; c++ {
				if sum[c] > sum[best] {
					best = c
				}
			}
			comm[i] = int32(best)
		}
		return comm
	}
	id := map[int32]int32{}
	next := int32(0)
	for i, c := range start {
		if c < 0 {
			comm[i] = -1
			continue
		}
		l, ok := id[c]
		if !ok {
			l = next
			id[c] = l
			next++
		}
		comm[i] = l
	}
	for i := range comm {
		if comm[i] < 0 {
			comm[i] = next
			next++
		}
	}
	return comm
}

// runs is the outcome of a search: the qualities of the runs made (the
// cold runs in order, then the warm run when there was one) and the
// partition of the best.
type runs struct {
	vals   []float64
	comm   []int32 // the best run's
	levels int     // the best run's
	best   int     // index of the best in vals
	cold   int     // cold runs made
	warm   bool
}

// atBest counts the runs within a relative 1e-9 of the best quality.
func (rs *runs) atBest() int {
	b := rs.vals[rs.best]
	k := 0
	for _, v := range rs.vals {
		if v >= b-1e-9*math.Abs(b) {
			k++
		}
	}
	return k
}

// runFunc makes one run: from start when it is not nil (the warm run),
// else from a partition of its own drawn from rng.
type runFunc func(rng *rand.Rand, ws *moveWorkspace, start []int32) ([]int32, float64, int)

// coldRuns makes the cold runs of a search, run r from the random stream
// (seed, r), on up to workers goroutines: all cold of them, or with
// adaptive set rounds of them (see the notes above) until enough(best
// value, runs made) holds or, with agree set, enough runs agree. A run replaces the
// best so far only when better by more than tol relative (ties: the
// earliest).
func coldRuns(n, cold, workers int, seed int64, adaptive, agree bool, tol float64, enough func(best float64, made int) bool, one runFunc) *runs {
	rs := &runs{best: -1}
	for rs.cold < cold {
		hi := cold
		if adaptive {
			hi = min(cold, rs.cold+AdaptiveRound)
		}
		comms, vals, levels := multiStartRange(n, rs.cold, hi, workers, seed, func(rng *rand.Rand, ws *moveWorkspace) ([]int32, float64, int) {
			return one(rng, ws, nil)
		})
		for r, v := range vals {
			rs.vals = append(rs.vals, v)
			if rs.best < 0 || v > rs.vals[rs.best]+tol*math.Abs(rs.vals[rs.best]) {
				rs.best, rs.comm, rs.levels = len(rs.vals)-1, comms[r], levels[r]
			}
		}
		rs.cold = hi
		if !adaptive {
			continue
		}
		if enough != nil && enough(rs.vals[rs.best], rs.cold) {
			break
		}
		if agree && len(rs.vals) >= AdaptiveMinRuns && rs.atBest() >= AdaptiveAgree {
			break
		}
	}
	return rs
}

// warmRun adds the run from start (a partition of the n nodes with labels
// in 0..n-1), with its own random stream, to rs: it becomes the best when
// at least as good as the best cold run, within tol relative.
func (rs *runs) warmRun(n int, seed int64, start []int32, tol float64, one runFunc) {
	rng := rand.New(rand.NewPCG(uint64(seed), warmStream))
	ws := getMoveWorkspace(n)
	c, v, l := one(rng, ws, start)
	putMoveWorkspace(ws)
	rs.vals = append(rs.vals, v)
	rs.warm = true
	if rs.best < 0 || v >= rs.vals[rs.best]-tol*math.Abs(rs.vals[rs.best]) {
		rs.best, rs.comm, rs.levels = len(rs.vals)-1, c, l
	}
}
