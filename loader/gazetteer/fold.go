package gazetteer

import (
	"strings"

	"github.com/blocgraph/blocgraph/graph"
)

// foldKey is graph.Fold with a fast path for plain ASCII, which most names
// are: letters and digits lower-cased, apostrophes dropped, every other run
// of characters one space. Anything else goes to graph.Fold. A test checks
// that the two agree on every name of the embedded data.
func foldKey(s string) string {
	ascii := true
	clean := true // already folded: lower-case words separated by single spaces
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x80:
			ascii = false
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c == ' ':
			if i == 0 || i == len(s)-1 || s[i-1] == ' ' {
				clean = false
			}
		default:
			clean = false
		}
		if !ascii {
			break
		}
	}
	if !ascii {
		return graph.Fold(s)
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\'' || c == '`':
			continue
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
			fallthrough
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteByte(c)
		default:
			space = true
		}
	}
	return b.String()
}
