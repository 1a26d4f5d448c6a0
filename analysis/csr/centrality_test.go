package csr

import (
	"errors"
	"math"
	"testing"

	"gonum.org/v1/gonum/graph/network"
)

func TestEigenvectorKnown(t *testing.T) {
	const n = 6
	var star []Edge
	for i := 1; i < n; i++ {
		star = append(star, Edge{0, int32(i), 1})
	}
	// Star K_{1,5}: lambda = sqrt(5); centre 1/sqrt(2), leaves 1/sqrt(2*5).
	wantStar := []float64{1 / math.Sqrt2}
	for i := 1; i < n; i++ {
		wantStar = append(wantStar, 1/math.Sqrt(2*(n-1)))
	}
	// Triangle {0,1,2} (lambda 2) plus a separate edge {3,4} of weight 1
	// (lambda 1) plus isolated node 5: the triangle's unit vector (1/sqrt3
	// each) and the edge's (1/sqrt2 each) scaled by 1/2, then renormalised.
	tri := []Edge{{0, 1, 1}, {1, 2, 1}, {0, 2, 1}, {3, 4, 1}}
	a, b := 1/math.Sqrt(3), 0.5/math.Sqrt2
	norm := math.Sqrt(3*a*a + 2*b*b)
	wantTri := []float64{a / norm, a / norm, a / norm, b / norm, b / norm, 0}
	cases := []struct {
		name string
		g    *Graph
		want []float64
	}{
		{"star (bipartite)", FromEdges(n, star), wantStar},
		{"star symmetric input", FromEdges(n, symmetric(star)), wantStar},
		{"components", FromEdges(n, tri), wantTri},
		{"no edges", FromEdges(3, nil), []float64{0, 0, 0}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := Eigenvector(c.g, 1e-13, 10000)
			if err != nil {
				t.Fatal(err)
			}
			if d := maxAbsDiff(got, c.want); d > 1e-9 {
				t.Fatalf("got %v want %v", got, c.want)
			}
		})
	}
	if _, err := Eigenvector(FromEdges(2, []Edge{{0, 1, -1}}), 0, 0); err == nil {
		t.Fatal("negative weight accepted")
	}
	g := FromEdges(100, randomEdges(100, 300, 3, uniformWeight(1, 2)))
	if _, err := Eigenvector(g, 1e-15, 1); !errors.Is(err, ErrNotConverged) {
		t.Fatalf("want ErrNotConverged, got %v", err)
	}
}

// gonum's HITS is unweighted and L2-normalised: compare directions.
func TestHITSVsGonum(t *testing.T) {
	g := FromEdges(150, noDanglingEdges(150, 700, 21, pickWeight([]float64{1})))
	hubs, auths, err := HITS(g, 1e-13, 10000)
	if err != nil {
		t.Fatal(err)
	}
	ref := network.HITS(gonumDirected(g, nil), 1e-13)
	var sh, sa float64
	for _, v := range ref {
		sh += v.Hub
		sa += v.Authority
	}
	for i := range hubs {
		if math.Abs(hubs[i]-ref[int64(i)].Hub/sh) > 1e-9 || math.Abs(auths[i]-ref[int64(i)].Authority/sa) > 1e-9 {
			t.Fatalf("node %d: hub %v/%v auth %v/%v", i, hubs[i], ref[int64(i)].Hub/sh, auths[i], ref[int64(i)].Authority/sa)
		}
	}
}

func TestHITSWeighted(t *testing.T) {
	// 0->2 (w=3), 1->2 (w=1): A^T A has one non-zero eigenvalue, so after
	// one step auth = (0, 0, 1) and hub ∝ (3, 1, 0).
	g := FromEdges(3, []Edge{{0, 2, 3}, {1, 2, 1}})
	hubs, auths, err := HITS(g, 1e-14, 100)
	if err != nil {
		t.Fatal(err)
	}
	if maxAbsDiff(hubs, []float64{0.75, 0.25, 0}) > 1e-12 || maxAbsDiff(auths, []float64{0, 0, 1}) > 1e-12 {
		t.Fatalf("hubs %v auths %v", hubs, auths)
	}
	if _, _, err := HITS(FromEdges(2, []Edge{{0, 1, math.NaN()}}), 0, 0); err == nil {
		t.Fatal("NaN weight accepted")
	}
}
