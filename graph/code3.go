package graph

// NumCode3 is the number of codes of three upper-case letters (CAMEO
// country and actor-type codes).
const NumCode3 = 26 * 26 * 26

// Code3 is the index (0 to NumCode3-1) of a code of three upper-case
// letters, or -1 for anything else.
func Code3[T ~string | ~[]byte](s T) int {
	if len(s) != 3 {
		return -1
	}
	a, b, c := s[0]-'A', s[1]-'A', s[2]-'A'
	if a >= 26 || b >= 26 || c >= 26 {
		return -1
	}
	return int(a)*676 + int(b)*26 + int(c)
}
