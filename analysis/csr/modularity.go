package csr

import (
	"fmt"
	"slices"
)

// renumber relabels comm in place to 0..k-1 by first appearance and returns k.
func renumber(comm []int32) int {
	if len(comm) == 0 {
		return 0
	}
	lo, hi := comm[0], comm[0]
	for _, c := range comm {
		lo, hi = min(lo, c), max(hi, c)
	}
	if lo >= 0 && int(hi) < 4*len(comm)+1024 {
		id := make([]int32, int(hi)+1)
		for i := range id {
			id[i] = -1
		}
		k := int32(0)
		for i, c := range comm {
			if id[c] < 0 {
				id[c] = k
				k++
			}
			comm[i] = id[c]
		}
		return int(k)
	}
	// Sparse labels: sort (label, first index) pairs.
	idx := make([]int32, len(comm))
	for i := range idx {
		idx[i] = int32(i)
	}
	slices.SortStableFunc(idx, func(a, b int32) int {
		if comm[a] < comm[b] {
			return -1
		}
		if comm[a] > comm[b] {
			return 1
		}
		return 0
	})
	// first[i] = smallest index carrying the same label as idx run.
	rep := make([]int32, len(comm))
	for s := 0; s < len(idx); {
		e := s
		for e < len(idx) && comm[idx[e]] == comm[idx[s]] {
			e++
		}
		for _, i := range idx[s:e] {
			rep[i] = idx[s]
		}
		s = e
	}
	id := make([]int32, len(comm))
	for i := range id {
		id[i] = -1
	}
	k := int32(0)
	for i := range comm {
		r := rep[i]
		if id[r] < 0 {
			id[r] = k
			k++
		}
		comm[i] = id[r]
	}
	return int(k)
}

// aggregate builds the level whose nodes are the nc communities of comm
// (labels 0..nc-1). The rows of lv are read in order (the edges leaving
// each community are first dealt into per-community buckets), which keeps
// memory access sequential on large graphs. The level is made in one of
// ws's two (the one lv is not), so that the levels of every run on ws
// reuse the same memory: it holds until the next aggregate but one.
func (lv *level) aggregate(comm []int32, nc int, ws *moveWorkspace) *level {
	start := grown(&ws.start, nc+1)
	clear(start)
	for i, c := range comm {
		start[c+1] += lv.off[i+1] - lv.off[i]
	}
	for c := 1; c <= nc; c++ {
		start[c] += start[c-1]
	}
	out := &ws.levels[0]
	if lv == out {
		out = &ws.levels[1]
	}
	*out = level{n: nc, off: grown(&out.off, nc+1), self: grown(&out.self, nc), k: grown(&out.k, nc), adj: out.adj[:0], w: out.w[:0], m2: lv.m2}
	out.off[0] = 0
	clear(out.self)
	clear(out.k)
	fill := grown(&ws.fill, nc)
	copy(fill, start[:nc])
	if int(start[nc]) > cap(ws.bt) {
		ws.bt, ws.bw = make([]int32, start[nc]), make([]float64, start[nc])
	}
	bt, bw := ws.bt[:start[nc]], ws.bw[:start[nc]]
	for i, c := range comm {
		out.self[c] += lv.self[i]
		out.k[c] += lv.k[i]
		a, b := lv.off[i], lv.off[i+1]
		f := fill[c]
		for e, j := range lv.adj[a:b] {
			d := comm[j]
			if d == c {
				out.self[c] += lv.w[int(a)+e]
				continue
			}
			bt[f], bw[f] = d, lv.w[int(a)+e]
			f++
		}
		fill[c] = f
	}
	out.adj = slices.Grow(out.adj, len(bt))
	out.w = slices.Grow(out.w, len(bt))
	for c := 0; c < nc; c++ {
		ws.touched, ws.vals = ws.touched[:0], ws.vals[:0]
		for x := start[c]; x < fill[c]; x++ {
			ws.add(bt[x], bw[x])
		}
		out.adj = append(out.adj, ws.touched...)
		out.w = append(out.w, ws.vals...)
		ws.release()
		out.off[c+1] = int32(len(out.adj))
	}
	return out
}

// grown returns (*buf)[:n], growing *buf when it is shorter (the contents
// are not kept).
func grown[T any](buf *[]T, n int) []T {
	if cap(*buf) < n {
		*buf = make([]T, n)
	}
	*buf = (*buf)[:n]
	return *buf
}

// modularity of a partition with labels 0..k-1 (k <= n).
func (lv *level) modularity(comm []int32, gamma float64) float64 {
	if lv.m2 == 0 {
		return 0
	}
	in := make([]float64, lv.n)
	tot := make([]float64, lv.n)
	for i := 0; i < lv.n; i++ {
		c := comm[i]
		tot[c] += lv.k[i]
		in[c] += lv.self[i]
		for e := lv.off[i]; e < lv.off[i+1]; e++ {
			if comm[lv.adj[e]] == c {
				in[c] += lv.w[e]
			}
		}
	}
	var q float64
	for c := range in {
		if tot[c] == 0 && in[c] == 0 {
			continue
		}
		f := tot[c] / lv.m2
		q += in[c]/lv.m2 - gamma*f*f
	}
	return q
}

// Modularity returns the Newman modularity of the partition community of the
// undirected graph g at the given resolution:
//
//	Q = 1/2m sum_ij [A_ij - gamma k_i k_j / 2m] delta(c_i, c_j)
//
// which equals networkx.community.modularity (a networkx self-loop of
// weight w is A_uu = 2w here) and gonum's community.Q on an undirected graph.
// Labels may be any int32 values. A non-symmetric g is symmetrised first (Q is
// scale invariant). It panics if len(community) != g.N or a weight is
// negative or not finite. Q is 0 for a graph with no edge weight.
func Modularity(g *Graph, community []int32, resolution float64) float64 {
	if len(community) != g.N {
		panic(fmt.Sprintf("csr.Modularity: len(community)=%d, want %d", len(community), g.N))
	}
	if g.N == 0 {
		return 0
	}
	g = undirectedView(g, "Modularity")
	comm := slices.Clone(community)
	renumber(comm)
	return newLevel(g).modularity(comm, resolution)
}
