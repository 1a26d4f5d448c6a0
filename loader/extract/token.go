package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word or a punctuation mark of a sentence, with its byte span.
type token struct {
	text       string // as written
	low        string // lower case, curly apostrophes made straight
	start, end int
	word       bool // letters or digits
	capital    bool // starts with an upper-case letter
	poss       bool // a possessive "'s" / "’s" / "'" ending, split off
}

// tokenize splits a sentence into words and punctuation. Abbreviations
// with dots ("U.S.", "D.C.") stay one word, hyphenated compounds too
// ("Kim Jong-un", "cyber-attacks"), except after an abbreviation
// ("U.S.-led" is "U.S." and "-led"); a possessive "'s" becomes its own
// token marked poss.
func tokenize(s string, buf []token) []token {
	toks := buf[:0]
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		if isWordRune(r) {
			j := i
			for j < len(s) {
				r2, sz := utf8.DecodeRuneInString(s[j:])
				if isWordRune(r2) {
					j += sz
					continue
				}
				// inner punctuation that keeps a word whole
				if (r2 == '-' || r2 == '.' || r2 == '\'' || r2 == '’' || r2 == '&') && j+sz < len(s) {
					next, _ := utf8.DecodeRuneInString(s[j+sz:])
					if isWordRune(next) {
						if r2 == '\'' || r2 == '’' {
							// possessive 's: stop before it
							rest := strings.ToLower(s[j+sz:])
							if strings.HasPrefix(rest, "s") && (len(rest) == 1 || !isWordByte(rest[1])) {
								break
							}
							// "I’ve", "we're", "I'm", "we'll": the pronoun is a word of
							// its own (the first person of a statement)
							if contractedPronouns[strings.ToLower(s[i:j])] && contraction(rest) > 0 {
								break
							}
						}
						if r2 == '.' && !abbrevSoFar(s[i:j]) {
							break
						}
						if r2 == '-' && strings.HasSuffix(s[i:j], ".") {
							break
						}
						// "Russian-US", "U.S.-UK", "Diaz-Canel": two names
						if r2 == '-' && unicode.IsUpper(next) {
							break
						}
						j += sz
						continue
					}
				}
				// a dot closing an abbreviation ("U.S.", "Mr.", "Jr.")
				if r2 == '.' && abbrevSoFar(s[i:j]) {
					j += sz
				}
				break
			}
			j = unglue(s, i, j)
			toks = append(toks, mkToken(s, i, j, true))
			i = j
			continue
		}
		// possessive 's or a bare ' after a plural; a backtick or an acute
		// accent typed for the apostrophe ("Azerbaijan`s Ministry") is one
		// only before s
		if (r == '`' || r == '´') && len(toks) > 0 && toks[len(toks)-1].word && toks[len(toks)-1].end == i {
			rest := s[i+size:]
			if len(rest) > 0 && (rest[0] == 's' || rest[0] == 'S') && (len(rest) == 1 || !isWordByte(rest[1])) {
				t := mkToken(s, i, i+size+1, false)
				t.poss, t.low = true, "'s"
				toks = append(toks, t)
				i += size + 1
				continue
			}
		}
		if (r == '\'' || r == '’') && len(toks) > 0 && toks[len(toks)-1].word && toks[len(toks)-1].end == i {
			rest := s[i+size:]
			if len(rest) > 0 && (rest[0] == 's' || rest[0] == 'S') && (len(rest) == 1 || !isWordByte(rest[1])) {
				t := mkToken(s, i, i+size+1, false)
				t.poss = true
				toks = append(toks, t)
				i += size + 1
				continue
			}
			if n := contraction(strings.ToLower(rest)); n > 0 && contractedPronouns[toks[len(toks)-1].low] {
				toks = append(toks, mkToken(s, i, i+size+n, true))
				i += size + n
				continue
			}
			if strings.HasSuffix(toks[len(toks)-1].low, "s") {
				t := mkToken(s, i, i+size, false)
				t.poss = true
				toks = append(toks, t)
				i += size
				continue
			}
		}
		toks = append(toks, mkToken(s, i, i+size, false))
		i += size
	}
	return toks
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// abbrevSoFar reports whether w reads as a dotted abbreviation so far:
// single letters each followed by a dot ("U", "U.S", "U.S.") or a known
// title ("Mr", "Dr", "St", "Gen", "Lt", "Col", "Jr").
func abbrevSoFar(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Lt", "Col", "Jr", "Sr", "Maj", "Adm", "Capt", "Sgt", "Amb", "Rep", "Sen", "Gov", "Prof", "No", "Co", "Corp", "Inc", "Ltd", "Vol", "Art", "Hon", "Rt", "Brig":
		return true
	}
	if w == "" {
		return false
	}
	parts := strings.Split(w, ".")
	for k, p := range parts {
		if p == "" && k == len(parts)-1 {
			continue
		}
		if utf8.RuneCountInString(p) != 1 {
			return false
		}
	}
	return true
}

func mkToken(s string, i, j int, word bool) token {
	t := s[i:j]
	r, _ := utf8.DecodeRuneInString(t)
	low := strings.ToLower(t)
	if strings.ContainsRune(low, '’') {
		low = strings.ReplaceAll(low, "’", "'")
	}
	return token{text: t, low: low, start: i, end: j, word: word, capital: unicode.IsUpper(r)}
}

// contractedPronouns are the pronouns whose contractions ("I’ve", "we'll")
// are split into the pronoun and the verb.
var contractedPronouns = wordSet("i", "we", "you", "they", "he", "she")

// contraction: the length of a contracted verb ("ve", "re", "m", "ll", "d")
// at the start of rest, followed by no letter; else 0.
func contraction(rest string) int {
	for _, c := range []string{"ve", "re", "ll", "m", "d"} {
		if strings.HasPrefix(rest, c) && (len(rest) == len(c) || !isWordByte(rest[len(c)])) {
			return len(c)
		}
	}
	return 0
}

// unglue ends the word s[i:j] early where a function word is glued to a
// capitalised word after it, the space lost ("theRussian army", "ofChina"):
// the word then ends after the function word; j otherwise.
func unglue(s string, i, j int) int {
	if c := s[i]; c < 'a' || c > 'z' || j-i < 4 {
		return j
	}
	for p := i + 1; p < j && p <= i+4; p++ {
		c := s[p]
		if c >= 'A' && c <= 'Z' {
			if gluedWords[s[i:p]] && p+1 < j && (s[p+1] >= 'a' && s[p+1] <= 'z' || s[p+1] >= 'A' && s[p+1] <= 'Z') {
				return p
			}
			return j
		}
		if c < 'a' || c > 'z' {
			return j
		}
	}
	return j
}

// gluedWords are the function words unglue splits off.
var gluedWords = wordSet("the", "of", "and", "in", "to", "for", "on", "with", "by", "from", "at", "that", "its")
