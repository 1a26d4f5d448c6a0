package loader

import "github.com/blocgraph/blocgraph/graph"

// nearest returns up to n of candidates closest to s by edit distance
// (graph.Distance), closest first, ties in the order given; only those within
// half of s's length (at least 2) are offered.
func nearest(s string, candidates []string, n int) []string {
	type scored struct {
		s string
		d int
	}
	limit := max(2, len([]rune(s))/2)
	var best []scored
	for _, c := range candidates {
		d := graph.Distance(s, c, limit)
		if d > limit {
			continue
		}
		i := len(best)
		for i > 0 && best[i-1].d > d {
			i--
		}
		if i >= n {
			continue
		}
		best = append(best, scored{})
		copy(best[i+1:], best[i:])
		best[i] = scored{c, d}
		if len(best) > n {
			best = best[:n]
		}
	}
	out := make([]string, len(best))
	for i, b := range best {
		out[i] = b.s
	}
	return out
}
