package analysis

import (
	"fmt"
	"math"
	"slices"
	"sort"

	"github.com/blocgraph/blocgraph/analysis/csr"
)

// Alignments: what makes two states aligned.
const (
	// AlignmentInteraction (the default): states are aligned when they
	// cooperate with each other; blocs come from the cooperation layer (or
	// both layers, signed).
	AlignmentInteraction = "interaction"
	// AlignmentProfile: states are aligned when they treat third parties
	// alike — the similarity of their foreign-policy profiles, as the
	// international-relations literature measures alignment (Signorino &
	// Ritter 1999; Häge 2011) — and blocs come from the similarity graph.
	AlignmentProfile = "profile"
)

// Similarity measures of two profiles.
const (
	SimilarityKappa = "kappa" // Cohen's κ adjusted as by Häge (2011): chance from each state's own values
	SimilarityPi    = "pi"    // Scott's π adjusted as by Häge (2011): chance from the pooled values
	SimilarityS     = "s"     // Signorino & Ritter's S (1999): not corrected for chance
)

// Profiles are the signed, weighted dyadic profiles of the states of a
// projection. The profile of state i is its relation to every other state
// k, the valence
//
//	x_ik = (P_ik − N_ik) / (P_ik + N_ik)   (0 when the pair has no tie)
//
// where P_ik and N_ik are the cooperation and conflict of the pair summed
// over both directions: +1 all cooperation, −1 all conflict, in between
// for mixed relations, 0 for none. Values lie in [−1, 1], so the largest
// possible disagreement on one third party is d_max = 2.
//
// For two states i and j, over the K = N − 2 third parties k ≠ i, j, with
// d(a, b) = |a − b| / d_max:
//
//	D_o = (1/K) Σ_k d(x_ik, x_jk)                       observed disagreement
//	S   = 1 − 2 D_o                                     Signorino & Ritter (1999), in [−1, 1]
//	κ   = 1 − D_o / D_e,  D_e = (1/K²) Σ_k Σ_l d(x_ik, x_jl)
//	π   = 1 − D_o / D_e,  D_e = mean of d(a, b) over all ordered pairs of the 2K pooled values
//
// κ and π are Häge's (2011) chance-corrected agreement: 1 for identical
// profiles, 0 for the agreement expected by chance from the states' own
// distributions of values (κ) or their pooled one (π), negative for less;
// they are 0 when D_e = 0 (both profiles constant: nothing to agree on).
// S counts two states that are both unrelated to most third parties as
// very similar, which κ and π correct.
//
// References: Signorino, C. S. & Ritter, J. M. (1999), "Tau-b or Not
// Tau-b: Measuring the Similarity of Foreign Policy Positions",
// International Studies Quarterly 43(1): 115–144. Häge, F. M. (2011),
// "Choice or Circumstance? Adjusting Measures of Foreign Policy Similarity
// for Chance Agreement", Political Analysis 19(3): 287–305.
type Profiles struct {
	n      int
	x      []float64   // n×n valences, x[i*n+k]
	sorted [][]float64 // each row sorted
	prefix [][]float64 // prefix sums of sorted rows
	within []float64   // Σ over ordered pairs of |a − b| within each full row
}

// NewProfiles builds the profiles of p's nodes.
func NewProfiles(p *Projection) *Profiles {
	n := len(p.Nodes)
	P := make([]float64, n*n)
	N := make([]float64, n*n)
	for _, pr := range p.Pairs {
		f, t := p.Index[pr.From], p.Index[pr.To]
		P[f*n+t] += pr.Cooperation
		P[t*n+f] += pr.Cooperation
		N[f*n+t] += pr.Conflict
		N[t*n+f] += pr.Conflict
	}
	pf := &Profiles{n: n, x: make([]float64, n*n), sorted: make([][]float64, n), prefix: make([][]float64, n), within: make([]float64, n)}
	for i := 0; i < n*n; i++ {
		if s := P[i] + N[i]; s > 0 {
			pf.x[i] = (P[i] - N[i]) / s
		}
	}
	for i := 0; i < n; i++ {
		row := slices.Clone(pf.x[i*n : (i+1)*n])
		sort.Float64s(row)
		pre := make([]float64, n+1)
		for k, v := range row {
			pre[k+1] = pre[k] + v
		}
		pf.sorted[i], pf.prefix[i] = row, pre
		var w float64
		for k, v := range row {
			w += float64(k)*v - pre[k] // Σ_{l<k} (v − row[l])
		}
		pf.within[i] = 2 * w
	}
	return pf
}

// absSum returns Σ over the full row r of |v − x_rk|.
func (pf *Profiles) absSum(r int, v float64) float64 {
	row, pre := pf.sorted[r], pf.prefix[r]
	m := sort.SearchFloat64s(row, v) // row[:m] < v
	below := v*float64(m) - pre[m]
	above := (pre[len(row)] - pre[m]) - v*float64(len(row)-m)
	return below + above
}

// crossSum returns Σ_k Σ_l |x_ik − x_jl| over the full rows.
func (pf *Profiles) crossSum(i, j int) float64 {
	var s float64
	for _, v := range pf.sorted[j] {
		s += pf.absSum(i, v)
	}
	return s
}

// Similarity returns the similarity of states i and j by measure
// (SimilarityKappa, SimilarityPi or SimilarityS), over the third parties.
func (pf *Profiles) Similarity(i, j int, measure string) float64 {
	n := pf.n
	K := float64(n - 2)
	if i == j {
		return 1
	}
	if K <= 0 {
		return 0
	}
	xi, xj := pf.x[i*n:(i+1)*n], pf.x[j*n:(j+1)*n]
	var do float64
	for k := 0; k < n; k++ {
		if k != i && k != j {
			do += math.Abs(xi[k] - xj[k])
		}
	}
	const dmax = 2
	do /= K * dmax
	if measure == SimilarityS {
		return 1 - 2*do
	}
	// The rows hold x_ii = 0 and x_ij (row i) and x_ji, x_jj = 0 (row j):
	// take them out of the sums over the full rows.
	ri := [2]float64{xi[i], xi[j]}
	rj := [2]float64{xj[i], xj[j]}
	cross := pf.crossSum(i, j)
	for _, a := range ri {
		cross -= pf.absSum(j, a)
	}
	for _, b := range rj {
		cross -= pf.absSum(i, b)
	}
	for _, a := range ri {
		for _, b := range rj {
			cross += math.Abs(a - b)
		}
	}
	var de float64
	switch measure {
	case SimilarityKappa:
		de = cross / (K * K * dmax)
	case SimilarityPi:
		wi := pf.within[i] - 2*pf.absSum(i, ri[0]) - 2*pf.absSum(i, ri[1]) + 2*math.Abs(ri[0]-ri[1])
		wj := pf.within[j] - 2*pf.absSum(j, rj[0]) - 2*pf.absSum(j, rj[1]) + 2*math.Abs(rj[0]-rj[1])
		de = (wi + wj + 2*cross) / (4 * K * K * dmax)
	default:
		panic(fmt.Sprintf("analysis: similarity %q is not kappa, pi or s", measure))
	}
	if de <= 1e-12 {
		return 0
	}
	return 1 - do/de
}

// similarityGraph returns the undirected graph whose edge i–j weighs the
// similarity of i and j where it is positive.
func (pf *Profiles) similarityGraph(measure string) *csr.Graph {
	var edges []csr.Edge
	for i := 0; i < pf.n; i++ {
		for j := i + 1; j < pf.n; j++ {
			if s := pf.Similarity(i, j, measure); s > 0 {
				edges = append(edges, csr.Edge{From: int32(i), To: int32(j), Weight: s}, csr.Edge{From: int32(j), To: int32(i), Weight: s})
			}
		}
	}
	return csr.FromEdges(pf.n, edges)
}

// signedSimilarity returns the similarity as a signed graph for the
// signed partition: positive similarities as cooperation, negative ones
// (as |s|) as conflict.
func (pf *Profiles) signedSimilarity(measure string) (pos, neg *csr.Graph) {
	var pe, ne []csr.Edge
	for i := 0; i < pf.n; i++ {
		for j := i + 1; j < pf.n; j++ {
			switch s := pf.Similarity(i, j, measure); {
			case s > 0:
				pe = append(pe, csr.Edge{From: int32(i), To: int32(j), Weight: s})
			case s < 0:
				ne = append(ne, csr.Edge{From: int32(i), To: int32(j), Weight: -s})
			}
		}
	}
	return csr.FromEdges(pf.n, pe), csr.FromEdges(pf.n, ne)
}

// ProfileMinThirdParties is the median number of third parties per state
// below which the report warns that profiles are too short (see the
// README: measured on the COW windows, the ICEWS sample and GDELT).
const ProfileMinThirdParties = 5

// ThirdParties returns, per state, how many third parties its profile
// relates it to (non-zero valence): with few, profiles say little.
func (pf *Profiles) ThirdParties() []int {
	out := make([]int, pf.n)
	for i := 0; i < pf.n; i++ {
		for k := 0; k < pf.n; k++ {
			if k != i && pf.x[i*pf.n+k] != 0 {
				out[i]++
			}
		}
	}
	return out
}
