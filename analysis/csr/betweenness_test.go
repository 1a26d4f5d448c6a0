package csr

import (
	"fmt"
	"math"
	"testing"

	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/path"
)

func TestBetweennessKnown(t *testing.T) {
	const n = 6
	var pathDir, star []Edge
	for i := 0; i+1 < n; i++ {
		pathDir = append(pathDir, Edge{int32(i), int32(i + 1), 1})
	}
	for i := 1; i < n; i++ {
		star = append(star, Edge{0, int32(i), 2})
	}
	wantPathDir := make([]float64, n)
	wantPathSym := make([]float64, n)
	for i := range wantPathDir {
		// i lies on the path of every ordered pair (s,t), s < i < t.
		wantPathDir[i] = float64(i * (n - 1 - i))
		wantPathSym[i] = 2 * float64(i*(n-1-i))
	}
	wantStar := make([]float64, n)
	wantStar[0] = (n - 1) * (n - 2) // every ordered pair of distinct leaves
	cases := []struct {
		name string
		g    *Graph
		want []float64
	}{
		{"path-directed", FromEdges(n, pathDir), wantPathDir},
		{"path-both-ways", FromEdges(n, symmetric(pathDir)), wantPathSym},
		{"star-both-ways", FromEdges(n, symmetric(star)), wantStar},
		{"star-out-only", FromEdges(n, star), make([]float64, n)},
		// Diamond 0->{1,2}->3: two equal shortest paths, 1 and 2 get 1/2 each.
		{"diamond", FromEdges(4, []Edge{{0, 1, 1}, {0, 2, 1}, {1, 3, 1}, {2, 3, 1}}), []float64{0, 0.5, 0.5, 0}},
		// Weighted: 0->1->2 with strong ties (length 1/4+1/4) beats 0->2 (length 1).
		{"strong-detour", FromEdges(3, []Edge{{0, 1, 4}, {1, 2, 4}, {0, 2, 1}}), []float64{0, 1, 0}},
		// Non-positive weights are ignored: only 0->1->2 remains.
		{"ignored-edges", FromEdges(3, []Edge{{0, 1, 1}, {1, 2, 1}, {0, 2, -1}, {2, 0, 0}, {1, 1, 5}}), []float64{0, 1, 0}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, w := range []int{1, 2, 3} {
				if got := Betweenness(c.g, w); maxAbsDiff(got, c.want) > 1e-12 {
					t.Fatalf("weighted workers=%d: got %v want %v", w, got, c.want)
				}
			}
		})
	}
	// Unweighted versions of the unit-weight cases.
	for _, c := range cases[:5] {
		if got := BetweennessUnweighted(c.g, 2); maxAbsDiff(got, c.want) > 1e-12 {
			t.Fatalf("%s unweighted: got %v want %v", c.name, got, c.want)
		}
	}
}

func TestBetweennessVsGonum(t *testing.T) {
	type tc struct {
		n, m    int
		weights []float64
	}
	cases := []tc{
		{30, 90, []float64{1}},         // unit weights: many ties
		{120, 480, dyadic},             // bucket queue (lmax/lmin = 16)
		{120, 360, []float64{1, 2}},    // many exact ties
		{100, 500, []float64{1, 1024}}, // lmax/lmin = 1024: heap
	}
	if !testing.Short() {
		cases = append(cases, tc{250, 1200, dyadic})
	}
	for _, c := range cases {
		t.Run(fmt.Sprintf("n%d_m%d_w%v", c.n, c.m, c.weights), func(t *testing.T) {
			g := FromEdges(c.n, randomEdges(c.n, c.m, uint64(c.n*c.m), pickWeight(c.weights)))
			// gonum takes lengths: length = 1/weight.
			gg := gonumDirected(g, func(w float64) float64 { return 1 / w })
			ref := network.BetweennessWeighted(gg, path.DijkstraAllPaths(gg))
			got := Betweenness(g, 2)
			for i, v := range got {
				if !closeRel(v, ref[int64(i)], 1e-9) {
					t.Fatalf("node %d: got %v gonum %v", i, v, ref[int64(i)])
				}
			}
			refU := network.Betweenness(gg)
			gotU := BetweennessUnweighted(g, 2)
			for i, v := range gotU {
				if !closeRel(v, refU[int64(i)], 1e-9) {
					t.Fatalf("unweighted node %d: got %v gonum %v", i, v, refU[int64(i)])
				}
			}
		})
	}
}

// Path lengths that are equal in exact arithmetic but differ in the last
// bits after rounding must still count as ties (igraph's rule).
func TestBetweennessRoundingTies(t *testing.T) {
	// 0->1->3 with lengths 0.1+0.2 and 0->2->3 with lengths 0.2+0.1... made
	// unequal in floating point: 0.1+0.2 != 0.3.
	g := FromEdges(4, []Edge{{0, 1, 10}, {1, 3, 5}, {0, 2, 1 / 0.3}, {2, 3, 1e300}})
	got := Betweenness(g, 1)
	if math.Abs(got[1]-0.5) > 1e-12 || math.Abs(got[2]-0.5) > 1e-12 {
		t.Fatalf("got %v, want ties at nodes 1 and 2", got)
	}
}

func TestBetweennessWorkersDeterministic(t *testing.T) {
	edges := SyntheticSigned(1500, 7000, 5)
	pos, _ := SplitSigned(1500, edges)
	a := Betweenness(pos, 1)
	for _, w := range []int{2, 3, 0} {
		if b := Betweenness(pos, w); maxAbsDiff(a, b) != 0 {
			t.Fatalf("workers=%d: result differs from workers=1", w)
		}
		if b := BetweennessUnweighted(pos, w); maxAbsDiff(BetweennessUnweighted(pos, 1), b) != 0 {
			t.Fatalf("unweighted workers=%d: result differs from workers=1", w)
		}
	}
	// The binary-heap path (used for wide weight ranges) must agree with
	// the bucket-queue path used for this graph.
	forceHeap = true
	defer func() { forceHeap = false }()
	b := Betweenness(pos, 2)
	for i := range a {
		if !closeRel(a[i], b[i], 1e-9) {
			t.Fatalf("heap vs buckets node %d: %v vs %v", i, b[i], a[i])
		}
	}
}
