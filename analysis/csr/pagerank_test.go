package csr

import (
	"errors"
	"fmt"
	"math"
	"testing"

	"gonum.org/v1/gonum/graph/network"
)

func TestPageRankHandComputed(t *testing.T) {
	const d = 0.85
	// 0->1, 0->2, 1->2, 2->0 (unit weights), a = (1-d)/3:
	//   x1 = a + d x0/2,  x2 = a + d (x0/2 + x1),  x0 = a + d x2
	//   substituting: x2 = (1+d) a + (d/2 + d^2/2) x0, so
	//   x0 = a (1 + d(1+d)) / (1 - d^2 (1+d)/2)
	a := (1 - d) / 3
	x0 := a * (1 + d*(1+d)) / (1 - d*d*(1+d)/2)
	x1 := a + d*x0/2
	x2 := a + d*(x0/2+x1)
	// Dangling node: 0->1, node 1 has no out-edges (mass spread uniformly):
	//   x0 = b + d x1/2,  x1 = b + d x0 + d x1/2,  b = (1-d)/2
	//   => x1 = 0.13875 / 0.21375, x0 = 1 - x1.
	y1 := 0.13875 / 0.21375
	// Weighted: 0->1 (w=3), 0->2 (w=1), 1->0, 2->0: x1 = a + d*3/4*x0,
	// x2 = a + d/4*x0, x0 = a + d(x1+x2) = a + 2da + d^2 x0.
	z0 := a * (1 + 2*d) / (1 - d*d)
	cases := []struct {
		name  string
		n     int
		edges []Edge
		want  []float64
	}{
		{"cycle3", 3, []Edge{{0, 1, 1}, {1, 2, 1}, {2, 0, 1}}, []float64{1. / 3, 1. / 3, 1. / 3}},
		{"triangle+chord", 3, []Edge{{0, 1, 1}, {0, 2, 1}, {1, 2, 1}, {2, 0, 1}}, []float64{x0, x1, x2}},
		{"dangling", 2, []Edge{{0, 1, 1}}, []float64{1 - y1, y1}},
		{"weighted", 3, []Edge{{0, 1, 3}, {0, 2, 1}, {1, 0, 1}, {2, 0, 1}}, []float64{z0, a + d*0.75*z0, a + d*0.25*z0}},
		{"isolated-only", 4, nil, []float64{0.25, 0.25, 0.25, 0.25}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := PageRank(FromEdges(c.n, c.edges), d, 1e-14, 10000)
			if err != nil {
				t.Fatal(err)
			}
			if diff := maxAbsDiff(got, c.want); diff > 1e-12 {
				t.Fatalf("got %v want %v (diff %g)", got, c.want, diff)
			}
		})
	}
}

// gonum's PageRankSparse treats dangling nodes like we do but starts from a
// random vector; graphs here have no dangling nodes and it is run to 1e-12.
func TestPageRankVsGonum(t *testing.T) {
	for _, tc := range []struct {
		n, m int
		damp float64
	}{{50, 200, 0.85}, {200, 1000, 0.85}, {200, 600, 0.5}, {300, 3000, 0.95}} {
		t.Run(fmt.Sprintf("n%d_m%d_d%v", tc.n, tc.m, tc.damp), func(t *testing.T) {
			g := FromEdges(tc.n, noDanglingEdges(tc.n, tc.m, uint64(tc.n+tc.m), uniformWeight(0.1, 5)))
			got, err := PageRank(g, tc.damp, 1e-13, 10000)
			if err != nil {
				t.Fatal(err)
			}
			ref := network.PageRankSparse(gonumDirected(g, nil), tc.damp, 1e-13)
			var sum float64
			for _, v := range ref {
				sum += v
			}
			for i, v := range got {
				if r := ref[int64(i)] / sum; math.Abs(v-r) > 1e-9 {
					t.Fatalf("node %d: got %v gonum %v", i, v, r)
				}
			}
		})
	}
}

func TestPageRankErrors(t *testing.T) {
	g := FromEdges(2, []Edge{{0, 1, -1}})
	if _, err := PageRank(g, 0.85, 0, 0); err == nil {
		t.Fatal("negative weight accepted")
	}
	if _, err := PageRank(FromEdges(2, nil), 1, 0, 0); err == nil {
		t.Fatal("damping 1 accepted")
	}
	g = FromEdges(200, noDanglingEdges(200, 800, 1, uniformWeight(1, 2)))
	x, err := PageRank(g, 0.85, 1e-15, 2)
	if !errors.Is(err, ErrNotConverged) || len(x) != 200 {
		t.Fatalf("want ErrNotConverged, got %v", err)
	}
}
