package csr

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
)

func checkNonNegative(g *Graph, who string) error {
	for _, w := range g.Weights {
		if !(w >= 0) || math.IsInf(w, 1) {
			return fmt.Errorf("csr.%s: weight %v is not finite and >= 0", who, w)
		}
	}
	return nil
}

// Eigenvector returns the eigenvector centrality of the undirected
// symmetrisation of g (g itself when it is already symmetric), weighted.
//
// For a connected graph the result is the principal eigenvector of the
// adjacency matrix A with non-negative entries and unit L2 norm, the same
// vector as networkx.eigenvector_centrality(weight="weight"). It is computed
// with the Lanczos method (full reorthogonalisation, explicit restarts from
// the Ritz vector), which unlike the power iteration stays fast when the
// top two eigenvalues are close, as they are in graphs with several blocs.
// Iteration stops when the residual |A x - lambda x|_2 <= tol * lambda.
//
// Disconnected graphs: the principal eigenvector of A would put all mass on
// the component with the largest eigenvalue and zero elsewhere (and is not
// unique when two components tie). Instead the principal eigenvector of each
// connected component c is computed separately, scaled by
// lambda_c / lambda_max (its spectral radius relative to the largest one),
// and the whole vector is then L2-normalised. Nodes without edges of
// positive weight get 0. For a connected graph this reduces to the plain
// principal eigenvector.
//
// Weights must be finite and >= 0 (an error is returned otherwise).
// tol <= 0 means 1e-10 (values below 1e-13 are raised to 1e-13, the
// rounding floor); maxIter caps the matrix-vector products per component,
// <= 0 means 10000. If it is reached the last iterate is returned with an
// error wrapping ErrNotConverged.
func Eigenvector(g *Graph, tol float64, maxIter int) ([]float64, error) {
	if tol <= 0 {
		tol = 1e-10
	}
	tol = max(tol, 1e-13)
	if maxIter <= 0 {
		maxIter = 10000
	}
	n := g.N
	if n == 0 {
		return []float64{}, nil
	}
	if err := checkNonNegative(g, "Eigenvector"); err != nil {
		return nil, err
	}
	if !g.IsSymmetric() {
		g = g.Undirected()
	} else {
		g = g.canonical()
	}
	comp, nc := components(g)
	// Group the nodes by component.
	start := make([]int32, nc+1)
	for _, c := range comp {
		start[c+1]++
	}
	for c := 1; c <= nc; c++ {
		start[c] += start[c-1]
	}
	nodes := make([]int32, n)
	local := make([]int32, n) // index of a node inside its component
	fill := make([]int32, nc)
	copy(fill, start[:nc])
	for u, c := range comp {
		local[u] = fill[c] - start[c]
		nodes[fill[c]] = int32(u)
		fill[c]++
	}
	x := make([]float64, n)
	lambda := make([]float64, nc)
	var failed error
	for c := 0; c < nc; c++ {
		members := nodes[start[c]:start[c+1]]
		var weight float64
		for _, u := range members {
			for _, w := range g.Weights[g.Offsets[u]:g.Offsets[u+1]] {
				weight += w
			}
		}
		if weight == 0 {
			continue // no edges of positive weight: stays 0
		}
		matvec := func(dst, src []float64) {
			for i, u := range members {
				var s float64
				for e := g.Offsets[u]; e < g.Offsets[u+1]; e++ {
					s += g.Weights[e] * src[local[g.Targets[e]]]
				}
				dst[i] = s
			}
		}
		vec, val, ok := lanczosTop(len(members), matvec, tol, maxIter)
		if !ok && failed == nil {
			failed = fmt.Errorf("csr.Eigenvector: %w after %d matrix-vector products (component of node %d)", ErrNotConverged, maxIter, members[0])
		}
		lambda[c] = val
		for i, u := range members {
			x[u] = vec[i]
		}
	}
	var lmax float64
	for _, l := range lambda {
		lmax = max(lmax, l)
	}
	if lmax > 0 {
		var norm float64
		for u := range x {
			x[u] *= lambda[comp[u]] / lmax
			norm += x[u] * x[u]
		}
		norm = math.Sqrt(norm)
		for u := range x {
			x[u] /= norm
		}
	}
	return x, failed
}

// lanczosMaxBasis is the Lanczos basis size before an explicit restart.
const lanczosMaxBasis = 48

// lanczosTop returns the eigenvector (unit L2 norm, non-negative by the
// Perron-Frobenius theorem up to rounding, which is clamped) and the
// eigenvalue of the largest eigenvalue of the symmetric non-negative
// irreducible m x m matrix applied by matvec.
func lanczosTop(m int, matvec func(dst, src []float64), tol float64, maxIter int) ([]float64, float64, bool) {
	k := min(m, lanczosMaxBasis)
	basis := make([][]float64, k+1)
	for i := range basis {
		basis[i] = make([]float64, m)
	}
	y := make([]float64, m)
	for i := range y {
		y[i] = 1 / math.Sqrt(float64(m))
	}
	alpha := make([]float64, k)
	beta := make([]float64, k)
	tri := mat.NewSymDense(k, nil)
	var es mat.EigenSym
	var vecs mat.Dense
	theta := 0.0
	used := 0
	for used < maxIter {
		copy(basis[0], y)
		steps := 0
		invariant := false
		for j := 0; j < k && used < maxIter; j++ {
			w := basis[j+1]
			matvec(w, basis[j])
			used++
			alpha[j] = dot(w, basis[j])
			// Full reorthogonalisation, twice ("twice is enough").
			for pass := 0; pass < 2; pass++ {
				for i := 0; i <= j; i++ {
					axpy(-dot(w, basis[i]), basis[i], w)
				}
			}
			steps = j + 1
			b := math.Sqrt(dot(w, w))
			beta[j] = b
			if b <= 1e-13*math.Abs(alpha[j]) || b == 0 {
				invariant = true
				break
			}
			scale(1/b, w)
		}
		// Eigen-decomposition of the steps x steps tridiagonal matrix.
		t := tri.SliceSym(0, steps).(*mat.SymDense)
		for i := 0; i < steps; i++ {
			for j := i; j < steps; j++ {
				t.SetSym(i, j, 0)
			}
			t.SetSym(i, i, alpha[i])
			if i+1 < steps {
				t.SetSym(i, i+1, beta[i])
			}
		}
		if !es.Factorize(t, true) {
			return y, theta, false
		}
		vals := es.Values(nil)
		es.VectorsTo(&vecs)
		top := steps - 1
		theta = vals[top]
		clear(y)
		for i := 0; i < steps; i++ {
			axpy(vecs.At(i, top), basis[i], y)
		}
		// Make it non-negative (Perron vector) and unit length.
		var sum float64
		for _, v := range y {
			sum += v
		}
		if sum < 0 {
			scale(-1, y)
		}
		for i, v := range y {
			if v < 0 {
				y[i] = 0
			}
		}
		scale(1/math.Sqrt(dot(y, y)), y)
		resid := math.Abs(beta[steps-1] * vecs.At(steps-1, top))
		if invariant || resid <= tol*math.Abs(theta) {
			return y, theta, true
		}
	}
	return y, theta, false
}

func dot(a, b []float64) float64 {
	var s float64
	for i, v := range a {
		s += v * b[i]
	}
	return s
}

// axpy sets y += alpha*x.
func axpy(alpha float64, x, y []float64) {
	for i, v := range x {
		y[i] += alpha * v
	}
}

func scale(alpha float64, x []float64) {
	for i := range x {
		x[i] *= alpha
	}
}

// components labels the weakly connected components of g (edges of any
// weight) 0..k-1 in order of their smallest node and returns k.
func components(g *Graph) ([]int32, int) {
	n := g.N
	parent := make([]int32, n)
	for i := range parent {
		parent[i] = int32(i)
	}
	var find func(int32) int32
	find = func(a int32) int32 {
		for parent[a] != a {
			parent[a] = parent[parent[a]]
			a = parent[a]
		}
		return a
	}
	for u := 0; u < n; u++ {
		for e := g.Offsets[u]; e < g.Offsets[u+1]; e++ {
			a, b := find(int32(u)), find(g.Targets[e])
			if a != b {
				if a < b {
					parent[b] = a
				} else {
					parent[a] = b
				}
			}
		}
	}
	comp := make([]int32, n)
	for u := range comp {
		comp[u] = find(int32(u))
	}
	k := renumber(comp)
	return comp, k
}

// HITS returns the weighted hub and authority scores of the directed graph
// g (Kleinberg): auth = A^T hub, hub = A auth, iterated from all-ones
// vectors (as gonum's network.HITS, which is unweighted and L2-normalised).
// Both results are normalised to sum 1 (as networkx.hits). The iteration
// stops when the L1 change of both normalised vectors is below tol.
// On graphs whose top singular value is repeated (e.g. several identical
// components) the scores are not unique and depend on the all-ones start.
//
// Weights must be finite and >= 0. tol <= 0 means 1e-10, maxIter <= 0
// means 1000. If maxIter is reached the last iterates are returned with an
// error wrapping ErrNotConverged. A graph without positive weights gives
// all-zero scores.
func HITS(g *Graph, tol float64, maxIter int) (hubs, auths []float64, err error) {
	if tol <= 0 {
		tol = 1e-10
	}
	if maxIter <= 0 {
		maxIter = 1000
	}
	n := g.N
	if n == 0 {
		return []float64{}, []float64{}, nil
	}
	if err := checkNonNegative(g, "HITS"); err != nil {
		return nil, nil, err
	}
	inOff, inSrc, inW := g.In()
	hub := make([]float64, n)
	auth := make([]float64, n)
	nh := make([]float64, n)
	na := make([]float64, n)
	for i := range hub {
		hub[i] = 1.0 / float64(n)
		auth[i] = 1.0 / float64(n)
	}
	l1 := func(v []float64) bool {
		var s float64
		for _, a := range v {
			s += a
		}
		if s == 0 {
			return false
		}
		for i := range v {
			v[i] /= s
		}
		return true
	}
	converged := false
	for it := 0; it < maxIter; it++ {
		for v := 0; v < n; v++ {
			var s float64
			for e := inOff[v]; e < inOff[v+1]; e++ {
				s += inW[e] * hub[inSrc[e]]
			}
			na[v] = s
		}
		if !l1(na) {
			clear(hub)
			clear(auth)
			return hub, auth, nil
		}
		for u := 0; u < n; u++ {
			var s float64
			for e := g.Offsets[u]; e < g.Offsets[u+1]; e++ {
				s += g.Weights[e] * na[g.Targets[e]]
			}
			nh[u] = s
		}
		l1(nh)
		var d float64
		for i := range hub {
			d += math.Abs(nh[i]-hub[i]) + math.Abs(na[i]-auth[i])
		}
		hub, nh = nh, hub
		auth, na = na, auth
		if d < tol {
			converged = true
			break
		}
	}
	if !converged {
		return hub, auth, fmt.Errorf("csr.HITS: %w after %d iterations", ErrNotConverged, maxIter)
	}
	return hub, auth, nil
}
