package graph

import "unicode/utf8"

// Distance is the optimal-string-alignment edit distance between a and b,
// counted in runes: an insertion, a deletion, a substitution or a swap of two
// adjacent runes costs one ("subjcet" is one from "subject"). It returns
// limit+1 as soon as the distance is known to exceed limit, which makes a
// search over many names cheap; a negative limit means no limit.
//
// It is the one edit distance of blocgraph: the gazetteer's suggestions for
// unknown names and the facts reader's "did you mean" both use it. The cost
// is O(len(a)·len(b)) time; names of up to 64 runes need no allocation.
func Distance(a, b string, limit int) int {
	if len(a) <= 64 && len(b) <= 64 && isASCII(a) && isASCII(b) {
		var bufA, bufB [64]byte
		return osa(bufA[:copy(bufA[:], a)], bufB[:copy(bufB[:], b)], limit)
	}
	var bufA, bufB [64]rune
	return osa(appendRunes(bufA[:0], a), appendRunes(bufB[:0], b), limit)
}

// osa is Distance on letters: bytes of plain ASCII, or runes.
func osa[L byte | rune](ra, rb []L, limit int) int {
	la, lb := len(ra), len(rb)
	if limit < 0 {
		limit = la + lb
	}
	if d := la - lb; d > limit || -d > limit {
		return limit + 1
	}
	if la == 0 {
		return lb
	}
	if lb == 0 {
		return la
	}
	var buf [3 * 65]int
	var prev2, prev, cur []int
	if lb+1 <= 65 {
		prev2, prev, cur = buf[0:lb+1], buf[65:65+lb+1], buf[130:130+lb+1]
	} else {
		prev2, prev, cur = make([]int, lb+1), make([]int, lb+1), make([]int, lb+1)
	}
	for j := 0; j <= lb; j++ {
		prev[j] = j
	}
	for i := 1; i <= la; i++ {
		cur[0] = i
		rowMin := i
		for j := 1; j <= lb; j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			v := prev[j-1] + cost
			if x := prev[j] + 1; x < v {
				v = x
			}
			if x := cur[j-1] + 1; x < v {
				v = x
			}
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				if x := prev2[j-2] + 1; x < v {
					v = x
				}
			}
			cur[j] = v
			if v < rowMin {
				rowMin = v
			}
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	if prev[lb] > limit {
		return limit + 1
	}
	return prev[lb]
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// appendRunes appends the runes of s to buf.
func appendRunes(buf []rune, s string) []rune {
	for _, r := range s {
		buf = append(buf, r)
	}
	return buf
}
