package csr

import (
	"sync"
	"testing"
)

// Benchmark graph: the same synthetic signed graph scripts/bench-analysis uses
// (20,000 nodes, 100,000 directed edges, ~80% cooperation, seed 1).
const (
	benchNodes = 20000
	benchEdges = 100000
	benchSeed  = 1
)

var (
	benchOnce          sync.Once
	benchPos, benchUnd *Graph
)

func benchGraphs(b *testing.B) (pos, und *Graph) {
	b.Helper()
	benchOnce.Do(func() {
		edges := SyntheticSigned(benchNodes, benchEdges, benchSeed)
		benchPos, _ = SplitSigned(benchNodes, edges)
		benchUnd = benchPos.Undirected()
	})
	return benchPos, benchUnd
}

// BenchmarkPageRank: weighted PageRank on the directed cooperation layer.
func BenchmarkPageRank(b *testing.B) {
	pos, _ := benchGraphs(b)
	b.ResetTimer()
	for b.Loop() {
		if _, err := PageRank(pos, 0.85, 1e-10, 1000); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLouvain: Louvain on the undirected (summed) cooperation layer.
func BenchmarkLouvain(b *testing.B) {
	_, und := benchGraphs(b)
	b.ResetTimer()
	var q float64
	for b.Loop() {
		q = Leiden(und, 1, 1).Q
	}
	b.ReportMetric(q, "Q")
}

// BenchmarkBetweenness: exact weighted betweenness (length 1/w) on the
// directed cooperation layer, all cores.
func BenchmarkBetweenness(b *testing.B) {
	pos, _ := benchGraphs(b)
	b.ResetTimer()
	for b.Loop() {
		Betweenness(pos, 0)
	}
}

func BenchmarkBetweennessUnweighted(b *testing.B) {
	pos, _ := benchGraphs(b)
	b.ResetTimer()
	for b.Loop() {
		BetweennessUnweighted(pos, 0)
	}
}

func BenchmarkEigenvector(b *testing.B) {
	_, und := benchGraphs(b)
	b.ResetTimer()
	for b.Loop() {
		if _, err := Eigenvector(und, 1e-10, 0); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSignedPartition(b *testing.B) {
	edges := SyntheticSigned(benchNodes, benchEdges, benchSeed)
	pos, neg := SplitSigned(benchNodes, edges)
	b.ResetTimer()
	var bal float64
	for b.Loop() {
		bal = SignedPartition(pos, neg, SignedOptions{Blocs: 0, Restarts: 3, Seed: 1}).Balance
	}
	b.ReportMetric(bal, "balance")
}
