package csr

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// SignedResult is the outcome of SignedPartition.
type SignedResult struct {
	// Community[i] is the bloc of node i, numbered 0..k-1 by first appearance.
	Community []int32
	// Frustration is the sum of |w| over conflict edges inside a bloc plus
	// cooperation edges across blocs (over the stored directed edges of
	// both layers; equivalently over the symmetrised pairs).
	Frustration float64
	// FrustratedEdges counts the stored directed edges (|w| > 0) that are
	// frustrated.
	FrustratedEdges int
	// Balance is 1 - Frustration / (total |w| of both layers); 1 when the
	// layers carry no weight.
	Balance float64
}

// ExactSignedMaxNodes is the largest n for which SignedPartition enumerates
// every partition instead of running the local search.
const ExactSignedMaxNodes = 12

// SignedPartition partitions the nodes of a signed graph, given as its
// cooperation layer pos and its conflict layer neg (the sign of stored
// weights is ignored: |w| is used, so neg may hold negative or positive
// weights), into blocs that minimise the frustration
//
//	F = sum |w| of conflict edges inside a bloc + sum |w| of cooperation edges across blocs
//
// (structural balance, Doreian & Mrvar 1996, with equal weight on both
// kinds of error). Direction does not matter: the objective only depends on
// the symmetrised weights. k is the maximum number of blocs (0 = free).
// pos and neg must have the same N; neg may be nil.
//
// For N <= ExactSignedMaxNodes every partition is enumerated and the
// optimum is exact (ties: the lexicographically first labelling).
// Otherwise each of max(restarts,1) restarts runs a multilevel relocation
// search: nodes are moved, in a seeded random order and then as their
// neighbourhoods change, to the bloc that lowers F the most (including a
// new bloc while fewer than k exist); then whole blocs are merged when that
// lowers F; both steps repeat until neither changes anything. The first
// restart starts from singletons (k = 0) or a seeded random k-colouring,
// the others from seeded random assignments (into k blocs, or 2..17 when
// k = 0). The best result over restarts is returned (ties: the earliest
// restart). Deterministic for a seed. Nodes without edges do not affect F;
// with k = 0 they normally end up alone in their own bloc.
func SignedPartition(pos, neg *Graph, k int, restarts int, seed int64) SignedResult {
	n := pos.N
	if neg == nil {
		neg = emptyGraph(n)
	}
	if neg.N != n {
		panic(fmt.Sprintf("csr.SignedPartition: pos.N=%d != neg.N=%d", n, neg.N))
	}
	if k < 0 {
		k = 0
	}
	if n == 0 {
		return SignedResult{Community: []int32{}, Balance: 1}
	}
	net := newSignedNet(pos, neg)
	var comm []int32
	if n <= ExactSignedMaxNodes {
		comm = net.exact(k)
	} else {
		comm = net.search(k, max(restarts, 1), seed)
	}
	renumber(comm)
	return evalSigned(pos, neg, comm)
}

// evalSigned computes the frustration statistics of a partition.
func evalSigned(pos, neg *Graph, comm []int32) SignedResult {
	res := SignedResult{Community: comm}
	var total float64
	for u := 0; u < pos.N; u++ {
		for e := pos.Offsets[u]; e < pos.Offsets[u+1]; e++ {
			w := math.Abs(pos.Weights[e])
			total += w
			if w > 0 && comm[u] != comm[pos.Targets[e]] {
				res.Frustration += w
				res.FrustratedEdges++
			}
		}
		for e := neg.Offsets[u]; e < neg.Offsets[u+1]; e++ {
			w := math.Abs(neg.Weights[e])
			total += w
			if w > 0 && comm[u] == comm[neg.Targets[e]] {
				res.Frustration += w
				res.FrustratedEdges++
			}
		}
	}
	res.Balance = 1
	if total > 0 {
		res.Balance = 1 - res.Frustration/total
	}
	return res
}

// signedNet is the symmetric net-weight graph s_uv = P_uv - Q_uv (no
// diagonal), where P and Q are the symmetrised |w| of the two layers.
// F = (sum of P over pairs) + (conflict self-loops) - sum of s over pairs
// inside blocs, so minimising F maximises the inside sum of s.
type signedNet struct {
	n   int
	off []int32
	adj []int32
	w   []float64
}

func absGraph(g *Graph) *Graph {
	h := &Graph{N: g.N, Offsets: g.Offsets, Targets: g.Targets, Weights: make([]float64, len(g.Weights))}
	for i, w := range g.Weights {
		h.Weights[i] = math.Abs(w)
	}
	return h
}

func newSignedNet(pos, neg *Graph) *signedNet {
	n := pos.N
	edges := make([]Edge, 0, 2*(len(pos.Targets)+len(neg.Targets)))
	for u := 0; u < n; u++ {
		for e := pos.Offsets[u]; e < pos.Offsets[u+1]; e++ {
			if t := pos.Targets[e]; int(t) != u {
				w := math.Abs(pos.Weights[e])
				edges = append(edges, Edge{int32(u), t, w}, Edge{t, int32(u), w})
			}
		}
		for e := neg.Offsets[u]; e < neg.Offsets[u+1]; e++ {
			if t := neg.Targets[e]; int(t) != u {
				w := -math.Abs(neg.Weights[e])
				edges = append(edges, Edge{int32(u), t, w}, Edge{t, int32(u), w})
			}
		}
	}
	g := FromEdges(n, edges)
	return &signedNet{n: n, off: g.Offsets, adj: g.Targets, w: g.Weights}
}

// exact enumerates all partitions (restricted growth strings) with at most
// k blocs (k = 0: any number) and returns one maximising the inside sum.
func (s *signedNet) exact(k int) []int32 {
	n := s.n
	if k == 0 || k > n {
		k = n
	}
	wm := make([]float64, n*n)
	for u := 0; u < n; u++ {
		for e := s.off[u]; e < s.off[u+1]; e++ {
			wm[u*n+int(s.adj[e])] = s.w[e]
		}
	}
	cur := make([]int32, n)
	var best []int32
	bestVal := 0.0
	var rec func(i, blocs int, val float64)
	rec = func(i, blocs int, val float64) {
		if i == n {
			if best == nil || val > bestVal+1e-12*math.Abs(bestVal) {
				if best == nil {
					best = make([]int32, n)
				}
				bestVal = val
				copy(best, cur)
			}
			return
		}
		row := wm[i*n : i*n+i]
		for b := 0; b <= blocs && b < k; b++ {
			add := 0.0
			for j, c := range cur[:i] {
				if int(c) == b {
					add += row[j]
				}
			}
			cur[i] = int32(b)
			nb := blocs
			if b == blocs {
				nb++
			}
			rec(i+1, nb, val+add)
		}
	}
	rec(0, 0, 0)
	return best
}

// insideSum returns the sum of s over pairs inside blocs.
func (s *signedNet) insideSum(comm []int32) float64 {
	var v float64
	for u := 0; u < s.n; u++ {
		for e := s.off[u]; e < s.off[u+1]; e++ {
			if comm[s.adj[e]] == comm[u] {
				v += s.w[e]
			}
		}
	}
	return v / 2
}

// search runs the multilevel relocation search with restarts.
func (s *signedNet) search(k, restarts int, seed int64) []int32 {
	n := s.n
	var best []int32
	bestVal := 0.0
	ws := newSignedWorkspace(n)
	for r := 0; r < restarts; r++ {
		rng := rand.New(rand.NewPCG(uint64(seed), uint64(r)*0x9e3779b97f4a7c15+1))
		comm := make([]int32, n)
		switch {
		case r == 0 && k == 0:
			for i := range comm {
				comm[i] = int32(i)
			}
		default:
			kk := k
			if kk == 0 {
				kk = 2 + rng.IntN(max(1, min(n-1, 16)))
			}
			for i := range comm {
				comm[i] = int32(rng.IntN(kk))
			}
		}
		s.improve(comm, k, rng, ws)
		if v := s.insideSum(comm); best == nil || v > bestVal+1e-12*math.Abs(bestVal) {
			bestVal = v
			best = comm
		}
	}
	return best
}

type signedWorkspace struct {
	pos     []int32
	touched []int32
	vals    []float64
	size    []int32
	free    []int32
	inQueue []bool
	queue   []int32
}

func newSignedWorkspace(n int) *signedWorkspace {
	ws := &signedWorkspace{pos: make([]int32, n), size: make([]int32, n), inQueue: make([]bool, n), queue: make([]int32, n)}
	for i := range ws.pos {
		ws.pos[i] = -1
	}
	return ws
}

// improve alternates node relocation and bloc merging until neither
// changes the partition. comm labels must be in 0..n-1.
func (s *signedNet) improve(comm []int32, k int, rng *rand.Rand, ws *signedWorkspace) {
	for round := 0; round < 100; round++ {
		moved := s.relocate(comm, k, rng, ws)
		merged := s.merge(comm)
		if !moved && !merged {
			return
		}
	}
}

// relocate moves single nodes to the bloc (possibly a new one while fewer
// than k blocs exist) that increases the inside sum the most, until no move
// helps. Reports whether anything moved.
func (s *signedNet) relocate(comm []int32, k int, rng *rand.Rand, ws *signedWorkspace) bool {
	n := s.n
	size := ws.size
	clear(size)
	blocs := 0
	for _, c := range comm {
		if size[c] == 0 {
			blocs++
		}
		size[c]++
	}
	ws.free = ws.free[:0]
	for c := n - 1; c >= 0; c-- {
		if size[c] == 0 {
			ws.free = append(ws.free, int32(c))
		}
	}
	q := ws.queue
	for i := range q {
		q[i] = int32(i)
	}
	rng.Shuffle(n, func(i, j int) { q[i], q[j] = q[j], q[i] })
	inQueue := ws.inQueue
	for i := range inQueue {
		inQueue[i] = true
	}
	head, qsize := 0, n
	pos := ws.pos
	moved := false
	const eps = 1e-12
	for qsize > 0 {
		i := q[head]
		head++
		if head == n {
			head = 0
		}
		qsize--
		inQueue[i] = false
		ci := comm[i]
		touched, vals := ws.touched[:0], ws.vals[:0]
		for e := s.off[i]; e < s.off[i+1]; e++ {
			c := comm[s.adj[e]]
			p := pos[c]
			if p < 0 {
				p = int32(len(touched))
				pos[c] = p
				touched = append(touched, c)
				vals = append(vals, 0)
			}
			vals[p] += s.w[e]
		}
		var own float64
		if p := pos[ci]; p >= 0 {
			own = vals[p]
		}
		best, bestGain := ci, 0.0
		for p, c := range touched {
			pos[c] = -1
			if c == ci {
				continue
			}
			if g := vals[p] - own; g > bestGain+eps*(math.Abs(g)+math.Abs(own)) {
				best, bestGain = c, g
			}
		}
		// A new bloc (gain -own) if i is not alone and the bloc limit allows.
		if size[ci] > 1 && (k == 0 || blocs < k) && len(ws.free) > 0 && -own > bestGain+eps*math.Abs(own) {
			best, bestGain = ws.free[len(ws.free)-1], -own
		}
		ws.touched, ws.vals = touched, vals
		if best == ci {
			continue
		}
		if size[best] == 0 {
			ws.free = ws.free[:len(ws.free)-1]
			blocs++
		}
		size[ci]--
		if size[ci] == 0 {
			ws.free = append(ws.free, ci)
			blocs--
		}
		size[best]++
		comm[i] = best
		moved = true
		for e := s.off[i]; e < s.off[i+1]; e++ {
			j := s.adj[e]
			if !inQueue[j] {
				inQueue[j] = true
				tail := head + qsize
				if tail >= n {
					tail -= n
				}
				q[tail] = j
				qsize++
			}
		}
	}
	return moved
}

// merge greedily merges pairs of blocs joined by a positive net weight
// (the pair with the largest net weight first, in rounds) and reports
// whether anything merged.
func (s *signedNet) merge(comm []int32) bool {
	nc := renumber(comm)
	if nc <= 1 {
		return false
	}
	// Aggregate net weights between blocs.
	cg := make([]Edge, 0)
	for u := 0; u < s.n; u++ {
		cu := comm[u]
		for e := s.off[u]; e < s.off[u+1]; e++ {
			if cv := comm[s.adj[e]]; cv != cu {
				cg = append(cg, Edge{cu, cv, s.w[e]})
			}
		}
	}
	bg := FromEdges(nc, cg)
	// Local moving of whole blocs on the bloc graph (merges only).
	label := make([]int32, nc)
	size := make([]int32, nc)
	for i := range label {
		label[i] = int32(i)
		size[i] = 1
	}
	merged := false
	vals := make([]float64, nc)
	for changed := true; changed; {
		changed = false
		for b := 0; b < nc; b++ {
			if size[label[b]] != 1 {
				continue // only move blocs that are still on their own
			}
			lb := label[b]
			for e := bg.Offsets[b]; e < bg.Offsets[b+1]; e++ {
				vals[label[bg.Targets[e]]] += bg.Weights[e]
			}
			best, bestGain := lb, 0.0
			for e := bg.Offsets[b]; e < bg.Offsets[b+1]; e++ {
				l := label[bg.Targets[e]]
				if l != lb && vals[l] > bestGain+1e-12*vals[l] {
					best, bestGain = l, vals[l]
				}
			}
			for e := bg.Offsets[b]; e < bg.Offsets[b+1]; e++ {
				vals[label[bg.Targets[e]]] = 0
			}
			if best != lb {
				size[lb]--
				size[best]++
				label[b] = best
				changed, merged = true, true
			}
		}
	}
	if merged {
		for u := range comm {
			comm[u] = label[comm[u]]
		}
	}
	return merged
}
