// Package analysis projects the alignment graph onto states (or actors) and
// measures it: weighted degree, PageRank, betweenness, eigenvector
// centrality, net cooperation balance, and blocs by modularity (Leiden),
// signed partitioning (least frustration) and consensus over seeded runs.
//
// The projection keeps cooperation and conflict as two layers. An event of
// Goldstein weight g, reported count times with confidence c, weighs
//
//	w = g × count × c × 0.5^(age / half-life)
//
// (no decay without a half-life); w > 0 adds to the cooperation layer and
// |w| to the conflict layer of the directed pair (actor's state → target's
// state). Algorithms run on flat compressed-sparse-row arrays (package
// analysis/csr); gonum's routines are their oracle in the tests.
package analysis
