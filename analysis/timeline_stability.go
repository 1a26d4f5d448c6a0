package analysis

import "math"

// agreement compares the partitions of two periods over the states present
// in both: the adjusted Rand index (Hubert & Arabie 1985) and the
// normalised mutual information (arithmetic normalisation, as scikit-learn's
// default). A state with no bloc-mate is a cluster of its own. Both are 1
// for identical partitions; ARI is about 0 for chance agreement. common is
// the number of states compared; with fewer than two, both are 1 when
// common is 1 and 0 when it is 0. States are compared by lin(id), their
// track.
func agreement(a, b []NodeResult, lin func(string) string) (ari, nmi float64, common int) {
	la := labelsOf(a, lin)
	type pair struct{ x, y int }
	cont := map[pair]int{}
	rows, cols := map[int]int{}, map[int]int{}
	for _, x := range b {
		ya, ok := la[lin(x.ID)]
		if !ok {
			continue
		}
		yb := x.Bloc
		if yb == NoBloc {
			yb = -2 - common // alone: a cluster of its own
		}
		common++
		cont[pair{ya, yb}]++
		rows[ya]++
		cols[yb]++
	}
	if common < 2 {
		return float64(common), float64(common), common
	}
	c2 := func(n int) float64 { return float64(n) * float64(n-1) / 2 }
	var sumIJ, sumA, sumB float64
	for _, v := range cont {
		sumIJ += c2(v)
	}
	for _, v := range rows {
		sumA += c2(v)
	}
	for _, v := range cols {
		sumB += c2(v)
	}
	expected := sumA * sumB / c2(common)
	maxIdx := (sumA + sumB) / 2
	if maxIdx == expected {
		ari = 1 // both partitions all singletons, or both one cluster
	} else {
		ari = (sumIJ - expected) / (maxIdx - expected)
	}
	// Sums over maps, in no fixed order: exact sums, so that the result
	// does not depend on it.
	n := float64(common)
	entropy := func(m map[int]int) float64 {
		var h xsum
		for _, v := range m {
			p := float64(v) / n
			h.add(-p * math.Log(p))
		}
		return h.value()
	}
	ha, hb := entropy(rows), entropy(cols)
	var sum xsum
	for k, v := range cont {
		pij := float64(v) / n
		sum.add(pij * math.Log(pij*n*n/(float64(rows[k.x])*float64(cols[k.y]))))
	}
	mi := sum.value()
	if ha+hb == 0 {
		nmi = 1
	} else {
		nmi = max(0, 2*mi/(ha+hb))
	}
	return ari, nmi, common
}

// labelsOf returns each state's cluster, by its track: its bloc, or a
// cluster of its own.
func labelsOf(rs []NodeResult, lin func(string) string) map[string]int {
	out := make(map[string]int, len(rs))
	for i, x := range rs {
		if x.Bloc == NoBloc {
			out[lin(x.ID)] = -1_000_000 - i
		} else {
			out[lin(x.ID)] = x.Bloc
		}
	}
	return out
}
