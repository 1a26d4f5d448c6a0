package csr

import (
	"errors"
	"fmt"
	"math"
)

// ErrNotConverged is returned (wrapped) by the iterative methods when maxIter
// iterations did not reach the tolerance. The last iterate is still returned.
var ErrNotConverged = errors.New("csr: iteration did not converge")

// PageRank returns the weighted PageRank of the directed graph g.
//
// The transition probability of u->v is w(u->v) / sum_x w(u->x). Nodes with
// no out-edges (or zero total out-weight) are dangling: their mass is
// distributed uniformly over all nodes, as in networkx.pagerank and igraph's
// PRPACK. Teleportation is uniform (no personalisation). Self-loops count as
// ordinary edges. Weights must be finite and >= 0, otherwise an error is
// returned.
//
// The vector is computed by successive over-relaxation (SOR, a weighted
// Gauss-Seidel) on an equivalent linear system (see the comment in the
// code), starting from the uniform vector. Iteration stops when the L1 norm
// of the change made by one sweep is below tol times the L1 norm of the
// iterate (roughly: the normalised vector moved by less than tol;
// networkx's power iteration uses N*tol for the change between iterates).
// tol <= 0 means 1e-10, maxIter <= 0 means 1000. The result sums to 1. If
// maxIter is reached the last iterate is returned together with an error
// wrapping ErrNotConverged. For N == 0 it returns an empty slice.
//
// Cost: O(N + M) to set up (one permuted copy of the in-edges) plus
// O(M) per sweep; on the benchmark graph of scripts/bench-analysis (20k
// nodes, 80k cooperation edges) 46 sweeps. PageRank runs on one goroutine:
// a sweep takes about 0.1 ms, comparable to the cost of waking a second
// goroutine on a virtual machine, and in-place Gauss-Seidel updates are
// sequential by nature.
func PageRank(g *Graph, damping, tol float64, maxIter int) ([]float64, error) {
	if !(damping >= 0 && damping < 1) {
		return nil, fmt.Errorf("csr.PageRank: damping %v outside [0,1)", damping)
	}
	if tol <= 0 {
		tol = 1e-10
	}
	if maxIter <= 0 {
		maxIter = 1000
	}
	n := g.N
	if n == 0 {
		return []float64{}, nil
	}
	for _, w := range g.Weights {
		if !(w >= 0) || math.IsInf(w, 1) {
			return nil, fmt.Errorf("csr.PageRank: weight %v is not finite and >= 0", w)
		}
	}
	inOff, inSrc, inW := g.In()

	// With uniform teleportation and dangling mass spread uniformly, the
	// PageRank vector is proportional to the solution x of the linear system
	//
	//	x = v + damping * P'^T x,   v = 1/n,
	//
	// where P' is the transition matrix with the dangling rows left zero
	// (Del Corso, Gulli & Romani 2005; Langville & Meyer 2006): pi = x/|x|_1.
	// Solving that system avoids the rank-one dangling coupling, which slows
	// the plain iteration down. It is solved by sweeps over the nodes
	// (Gauss-Seidel, as igraph's PRPACK does), over-relaxed by omega.
	//
	// Only the nodes that have in-edges and out-weight are swept: a node
	// without in-edges keeps x = v, and a dangling node feeds no other node
	// in this system, so its value is computed once after convergence (the
	// dangling-node lumping of Lee, Golub & Zenios 2007). The swept nodes are
	// renumbered 0..ns-1, grouped by in-degree (so that the inner loop's
	// trip count is predictable) and their in-edges copied in that order (so
	// that a sweep reads the edges and writes x sequentially); this changes
	// the order of the updates, not the fixed point.
	invOut := make([]float64, n) // damping / out-strength, 0 if dangling
	for u := 0; u < n; u++ {
		var s float64
		for _, w := range g.Weights[g.Offsets[u]:g.Offsets[u+1]] {
			s += w
		}
		if s > 0 {
			invOut[u] = damping / s
		}
	}
	maxDeg := int32(0)
	for v := 0; v < n; v++ {
		maxDeg = max(maxDeg, inOff[v+1]-inOff[v])
	}
	cnt := make([]int32, maxDeg+2)
	ns := 0
	for v := 0; v < n; v++ {
		if d := inOff[v+1] - inOff[v]; d > 0 && invOut[v] > 0 {
			cnt[d+1]++
			ns++
		}
	}
	for d := int32(1); d <= maxDeg+1; d++ {
		cnt[d] += cnt[d-1]
	}
	newID := make([]int32, n) // swept nodes first, by in-degree; then the rest
	order := make([]int32, n) // inverse of newID
	rest := int32(ns)
	var fixedSum float64 // mass of the nodes without in-edges
	inv := 1 / float64(n)
	for v := 0; v < n; v++ {
		d := inOff[v+1] - inOff[v]
		if d > 0 && invOut[v] > 0 {
			newID[v] = cnt[d]
			cnt[d]++
		} else {
			newID[v] = rest
			rest++
		}
		if d == 0 {
			fixedSum += inv
		}
		order[newID[v]] = int32(v)
	}
	off := make([]int32, ns+1)
	src := make([]int32, inOff[n])
	wts := make([]float64, inOff[n])
	x := make([]float64, n) // by new id
	y := make([]float64, n) // y[i] = x[i] * scale[i]
	scale := make([]float64, ns)
	for i, v := range order {
		x[i] = inv
		y[i] = inv * invOut[v]
	}
	p := int32(0)
	for i, v := range order[:ns] {
		scale[i] = invOut[v]
		for e := inOff[v]; e < inOff[v+1]; e++ {
			src[p], wts[p] = newID[inSrc[e]], inW[e]
			p++
		}
		off[i+1] = p
	}
	src, wts = src[:p], wts[:p]

	// omega < 2/(1+rho) with rho <= damping the spectral radius of the
	// Jacobi iteration matrix keeps SOR convergent for this nonnegative
	// splitting (Varga, Matrix Iterative Analysis, thm 3.15); omega = 1 is
	// plain Gauss-Seidel, used again if a sweep ever increases the change.
	omega := min(1.1, 0.995*2/(1+damping))
	converged := ns == 0
	prevErr := math.Inf(1)
	for it := 0; it < maxIter && !converged; it++ {
		var err, sum float64
		for i := 0; i < ns; i++ {
			a, b := off[i], off[i+1]
			ss, ws := src[a:b], wts[a:b:b]
			s := inv
			for k, u := range ss {
				s += ws[k] * y[u]
			}
			s = x[i] + omega*(s-x[i])
			err += math.Abs(s - x[i])
			sum += s
			x[i] = s
			y[i] = s * scale[i]
		}
		if err < tol*(sum+fixedSum) {
			converged = true
		}
		if err > prevErr {
			omega = 1
		}
		prevErr = err
	}
	for i := ns; i < n; i++ { // dangling nodes with in-edges, from the converged rest
		v := order[i]
		if inOff[v+1] == inOff[v] {
			continue
		}
		s := inv
		for e := inOff[v]; e < inOff[v+1]; e++ {
			s += inW[e] * y[newID[inSrc[e]]]
		}
		x[i] = s
	}
	out := make([]float64, n)
	for i, v := range order {
		out[v] = x[i]
	}
	x = out
	var sum float64
	for _, v := range x {
		sum += v
	}
	if sum > 0 {
		for i := range x {
			x[i] /= sum
		}
	}
	if !converged {
		return x, fmt.Errorf("csr.PageRank: %w after %d iterations", ErrNotConverged, maxIter)
	}
	return x, nil
}
