package csr

import (
	"fmt"
	"slices"
)

// ConsensusThreshold is the co-membership fraction below which a pair of
// nodes is not linked in the consensus graph (Lancichinetti & Fortunato
// 2012 thresholding).
const ConsensusThreshold = 0.5

// Consensus combines several partitions of the same n nodes (runs[r][i] is
// the label of node i in run r; labels are arbitrary int32 values) into one.
//
// The co-membership D_ij is the fraction of runs in which i and j share a
// label. Nodes with identical label vectors form atoms (D = 1 inside an
// atom); co-membership is only counted between atoms that share a label in
// some run, never as a dense n*n matrix. Atom pairs with
// D >= ConsensusThreshold are linked with weight |a|*|b|*D (plus the
// within-atom pairs on the diagonal), and the final communities are found
// by Leiden (resolution 1, fixed seed) on that atom graph. Identical runs
// are therefore returned unchanged (up to renumbering).
//
// confidence[i] is the mean co-membership of i with its final bloc-mates,
// (1/|B|-1) sum_{j in B, j != i} D_ij, and 1 for nodes alone in their bloc.
// Communities are numbered 0..k-1 by first appearance.
//
// Cost: O(R n log n) plus the sum over runs and run-communities of the
// squared number of atoms in that community, which is small when the runs
// mostly agree and approaches n^2 only when runs with a few huge
// communities disagree on most nodes. It panics if the runs have different
// lengths; no runs give nil results.
func Consensus(runs [][]int32) (community []int32, confidence []float64) {
	R := len(runs)
	if R == 0 {
		return nil, nil
	}
	n := len(runs[0])
	for r, run := range runs {
		if len(run) != n {
			panic(fmt.Sprintf("csr.Consensus: run %d has %d labels, run 0 has %d", r, len(run), n))
		}
	}
	if n == 0 {
		return []int32{}, []float64{}
	}
	// Labels renumbered to 0..k_r-1 per run.
	lab := make([][]int32, R)
	nlab := make([]int, R)
	for r, run := range runs {
		lab[r] = slices.Clone(run)
		nlab[r] = renumber(lab[r])
	}
	// Atoms: nodes with identical label vectors.
	idx := make([]int32, n)
	for i := range idx {
		idx[i] = int32(i)
	}
	cmpNodes := func(a, b int32) int {
		for r := 0; r < R; r++ {
			if x, y := lab[r][a], lab[r][b]; x != y {
				if x < y {
					return -1
				}
				return 1
			}
		}
		return 0
	}
	slices.SortStableFunc(idx, cmpNodes)
	atomOf := make([]int32, n)
	var atomRep []int32 // representative node of each atom
	var atomSize []float64
	for s := 0; s < n; {
		e := s + 1
		for e < n && cmpNodes(idx[s], idx[e]) == 0 {
			e++
		}
		a := int32(len(atomRep))
		atomRep = append(atomRep, idx[s])
		atomSize = append(atomSize, float64(e-s))
		for _, i := range idx[s:e] {
			atomOf[i] = a
		}
		s = e
	}
	na := len(atomRep)
	// For each run, the atoms of each run-community (CSR).
	type runIndex struct{ off, atoms []int32 }
	ri := make([]runIndex, R)
	for r := 0; r < R; r++ {
		off := make([]int32, nlab[r]+1)
		for _, rep := range atomRep {
			off[lab[r][rep]+1]++
		}
		for c := 1; c <= nlab[r]; c++ {
			off[c] += off[c-1]
		}
		fill := slices.Clone(off[:nlab[r]])
		atoms := make([]int32, na)
		for a, rep := range atomRep {
			c := lab[r][rep]
			atoms[fill[c]] = int32(a)
			fill[c]++
		}
		ri[r] = runIndex{off, atoms}
	}
	// Sparse co-membership counts between atoms, thresholded.
	cnt := make([]int32, na)
	var touched []int32
	var edges []Edge
	minCount := int32(0)
	for int(minCount) < R && float64(minCount) < ConsensusThreshold*float64(R)-1e-9 {
		minCount++
	}
	for a := 0; a < na; a++ {
		touched = touched[:0]
		rep := atomRep[a]
		for r := 0; r < R; r++ {
			c := lab[r][rep]
			for _, b := range ri[r].atoms[ri[r].off[c]:ri[r].off[c+1]] {
				if int(b) == a {
					continue
				}
				if cnt[b] == 0 {
					touched = append(touched, b)
				}
				cnt[b]++
			}
		}
		for _, b := range touched {
			if cnt[b] >= minCount {
				w := atomSize[a] * atomSize[b] * float64(cnt[b]) / float64(R)
				edges = append(edges, Edge{int32(a), b, w})
			}
			cnt[b] = 0
		}
		if s := atomSize[a]; s > 1 {
			edges = append(edges, Edge{int32(a), int32(a), s * (s - 1)})
		}
	}
	ag := FromEdges(na, edges)
	lr := Leiden(ag, 1, 1)
	community = make([]int32, n)
	for i := range community {
		community[i] = lr.Community[atomOf[i]]
	}
	k := renumber(community)

	// Confidence: per run, |B ∩ c_r(i)| for every node via grouping by B.
	start := make([]int32, k+1)
	for _, b := range community {
		start[b+1]++
	}
	for b := 1; b <= k; b++ {
		start[b] += start[b-1]
	}
	members := make([]int32, n)
	fill := slices.Clone(start[:k])
	for i, b := range community {
		members[fill[b]] = int32(i)
		fill[b]++
	}
	agree := make([]float64, n)
	maxLab := 0
	for _, m := range nlab {
		maxLab = max(maxLab, m)
	}
	lc := make([]int32, maxLab)
	for r := 0; r < R; r++ {
		for b := 0; b < k; b++ {
			ms := members[start[b]:start[b+1]]
			for _, i := range ms {
				lc[lab[r][i]]++
			}
			for _, i := range ms {
				agree[i] += float64(lc[lab[r][i]] - 1)
			}
			for _, i := range ms {
				lc[lab[r][i]] = 0
			}
		}
	}
	confidence = make([]float64, n)
	for i, b := range community {
		size := start[b+1] - start[b]
		if size <= 1 {
			confidence[i] = 1
			continue
		}
		confidence[i] = agree[i] / (float64(R) * float64(size-1))
	}
	return community, confidence
}
