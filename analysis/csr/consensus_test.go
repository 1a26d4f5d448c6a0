package csr

import (
	"math/rand/v2"
	"slices"
	"testing"
	"time"
)

func TestConsensusSmall(t *testing.T) {
	// Identical runs (different label names): unchanged, confidence 1.
	runs := [][]int32{{5, 5, 9, 9, 7}, {0, 0, 1, 1, 2}, {-3, -3, 8, 8, 100}}
	c, conf := Consensus(runs)
	if !slices.Equal(c, []int32{0, 0, 1, 1, 2}) {
		t.Fatalf("communities %v", c)
	}
	for _, v := range conf {
		if v != 1 {
			t.Fatalf("confidence %v", conf)
		}
	}
	// Node 2 leaves bloc {0,1,2} in one run out of three.
	runs = [][]int32{
		{0, 0, 0, 1, 1, 1},
		{0, 0, 0, 1, 1, 1},
		{0, 0, 1, 1, 1, 1},
	}
	c, conf = Consensus(runs)
	if !slices.Equal(c, []int32{0, 0, 0, 1, 1, 1}) {
		t.Fatalf("communities %v", c)
	}
	// Node 0: mates 1 (3/3) and 2 (2/3) -> 5/6; node 2: 2/3 with 0 and 1.
	// Node 3: mates 4, 5 (3/3 each) -> 1.
	want := []float64{5.0 / 6, 5.0 / 6, 2.0 / 3, 1, 1, 1}
	if maxAbsDiff(conf, want) > 1e-12 {
		t.Fatalf("confidence %v want %v", conf, want)
	}
	if c, conf := Consensus(nil); c != nil || conf != nil {
		t.Fatal("no runs")
	}
	defer func() {
		if recover() == nil {
			t.Fatal("no panic on ragged runs")
		}
	}()
	Consensus([][]int32{{0, 1}, {0}})
}

// Consensus of noisy Louvain-like runs on 20k nodes recovers the planted
// blocs quickly and never builds an n*n matrix.
func TestConsensusLarge(t *testing.T) {
	const n, blocs, R = 20000, 40, 10
	rng := rand.New(rand.NewPCG(4, 4))
	truth := make([]int32, n)
	for i := range truth {
		truth[i] = int32(i % blocs)
	}
	runs := make([][]int32, R)
	for r := range runs {
		run := slices.Clone(truth)
		for i := range run {
			if rng.Float64() < 0.05 { // 5% of nodes misplaced per run
				run[i] = int32(rng.IntN(blocs))
			}
		}
		runs[r] = run
	}
	start := time.Now()
	c, conf := Consensus(runs)
	el := time.Since(start)
	if !samePartition(c, truth) {
		t.Fatal("planted blocs not recovered")
	}
	var mean float64
	for _, v := range conf {
		mean += v
	}
	mean /= n
	if mean < 0.85 || mean > 1 {
		t.Fatalf("mean confidence %v", mean)
	}
	t.Logf("n=%d R=%d: %v, mean confidence %.3f", n, R, el, mean)
}
