package graph

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Fold reduces a name to the key names are matched by: diacritics removed,
// lower case, apostrophes dropped, every other run of punctuation or space
// turned into one space. "Díaz-Canel" and "Diaz Canel" fold alike, as do
// "Kim Jong Un" and "Kim Jong-un", "People's" and "Peoples", and
// "Expressed  solidarity, with" and "expressed solidarity with". It is the
// one normaliser of names and words: the gazetteer's keys, the vocabulary's
// words and slugs are all made by it.
//
// Plain ASCII, which most names are, takes a fast path that gives the same
// result without Unicode normalisation (a test checks they agree on every
// name of the built-in gazetteer).
func Fold(s string) string {
	if k, ok := foldASCII(s); ok {
		return k
	}
	return foldUnicode(s)
}

// foldASCII folds s when it is plain ASCII; ok is false otherwise. A string
// already folded (lower-case words separated by single spaces) is returned
// as it is, without allocating.
func foldASCII(s string) (string, bool) {
	clean, ascii := isFoldedASCII(s)
	if !ascii {
		return "", false
	}
	if clean {
		return s, true
	}
	var buf [64]byte
	var b strings.Builder
	b.Grow(len(s))
	b.Write(appendFoldASCII(buf[:0], s))
	return b.String(), true
}

// isFoldedASCII reports whether s is plain ASCII, and whether it is
// already folded.
func isFoldedASCII(s string) (clean, ascii bool) {
	clean = true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x80:
			return false, false
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c == ' ':
			if i == 0 || i == len(s)-1 || s[i-1] == ' ' {
				clean = false
			}
		default:
			clean = false
		}
	}
	return clean, true
}

// appendFoldASCII appends the fold of the plain-ASCII s to dst.
func appendFoldASCII(dst []byte, s string) []byte {
	start := len(dst)
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
			if space && len(dst) > start {
				dst = append(dst, ' ')
			}
			space = false
			dst = append(dst, c)
		default:
			space = true
		}
	}
	return dst
}

// AppendFold appends Fold(s) to dst and returns it: for callers that keep
// many keys in one buffer, without a string per key.
func AppendFold(dst []byte, s string) []byte {
	if clean, ascii := isFoldedASCII(s); ascii {
		if clean {
			return append(dst, s...)
		}
		return appendFoldASCII(dst, s)
	}
	return append(dst, foldUnicode(s)...)
}

// foldUnicode is Fold for any text.
func foldUnicode(s string) string {
	var b strings.Builder
	space := false
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == '\'' || r == '’' || r == '‘' || r == '`' || r == 'ʼ':
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(foldRune(unicode.ToLower(r)))
		default:
			space = true
		}
	}
	return b.String()
}

// foldRune maps letters that NFD does not decompose onto ASCII.
func foldRune(r rune) rune {
	switch r {
	case 'ø':
		return 'o'
	case 'đ':
		return 'd'
	case 'ł':
		return 'l'
	case 'ı':
		return 'i'
	case 'ß':
		return 's'
	case 'æ':
		return 'a'
	case 'œ':
		return 'o'
	}
	return r
}

// Slug turns a name into an id: folded, words joined by hyphens.
// "Miguel Díaz-Canel" → "miguel-diaz-canel".
func Slug(name string) string { return strings.ReplaceAll(Fold(name), " ", "-") }
