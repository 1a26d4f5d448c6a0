package loader

// levenshtein is the edit distance between a and b, in runes.
func levenshtein(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// nearest returns up to n of candidates closest to s by edit distance,
// closest first, ties in the order given; only those within half of s's
// length (at least 2) are offered.
func nearest(s string, candidates []string, n int) []string {
	type scored struct {
		s string
		d int
	}
	limit := max(2, len([]rune(s))/2)
	var best []scored
	for _, c := range candidates {
		d := levenshtein(s, c)
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
