package graph

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Fold reduces a name to the key names are matched by: diacritics removed,
// lower case, apostrophes dropped, every other run of punctuation or space
// turned into one space. "Díaz-Canel" and "Diaz Canel" fold alike, as do
// "Kim Jong Un" and "Kim Jong-un", and "People's" and "Peoples".
func Fold(s string) string {
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
