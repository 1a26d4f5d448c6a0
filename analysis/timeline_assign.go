package analysis

import "math"

// assign solves the assignment problem: given a weight w[i][j] ≥ 0 for
// every row i and column j (rows and columns may differ in number), it
// returns col[i], the column assigned to row i or -1, so that no column is
// used twice and the sum of the assigned weights is the largest possible.
// Pairs of weight 0 are never assigned (col[i] = -1 instead).
//
// This is the Hungarian method (Kuhn 1955, Munkres 1957) in the O(n²m)
// form with potentials and augmenting shortest paths (as in Jonker &
// Volgenant, and e-maxx's formulation), run on costs −w over a square
// matrix padded with zeros. It is exact: the tests check it against
// enumeration of every assignment on small random matrices.
func assign(w [][]float64) []int {
	rows := len(w)
	cols := 0
	if rows > 0 {
		cols = len(w[0])
	}
	n := max(rows, cols)
	col := make([]int, rows)
	for i := range col {
		col[i] = -1
	}
	if rows == 0 || cols == 0 {
		return col
	}
	cost := func(i, j int) float64 { // 1-based, padded
		if i <= rows && j <= cols {
			return -w[i-1][j-1]
		}
		return 0
	}
	u, v := make([]float64, n+1), make([]float64, n+1)
	p, way := make([]int, n+1), make([]int, n+1) // p[j]: row matched to column j
	minv, used := make([]float64, n+1), make([]bool, n+1)
	for i := 1; i <= n; i++ {
		p[0] = i
		j0 := 0
		for j := range minv {
			minv[j], used[j] = math.Inf(1), false
		}
		for {
			used[j0] = true
			i0, delta, j1 := p[j0], math.Inf(1), 0
			for j := 1; j <= n; j++ {
				if used[j] {
					continue
				}
				if cur := cost(i0, j) - u[i0] - v[j]; cur < minv[j] {
					minv[j], way[j] = cur, j0
				}
				if minv[j] < delta {
					delta, j1 = minv[j], j
				}
			}
			for j := 0; j <= n; j++ {
				if used[j] {
					u[p[j]] += delta
					v[j] -= delta
				} else {
					minv[j] -= delta
				}
			}
			j0 = j1
			if p[j0] == 0 {
				break
			}
		}
		for j0 != 0 {
			j1 := way[j0]
			p[j0] = p[j1]
			j0 = j1
		}
	}
	for j := 1; j <= cols; j++ {
		if i := p[j]; i >= 1 && i <= rows && w[i-1][j-1] > 0 {
			col[i-1] = j - 1
		}
	}
	return col
}
