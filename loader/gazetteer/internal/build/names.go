package build

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// particles stay lower case inside a personal name ("Abdallah bin Abd al-Aziz",
// "Fernando Henrique de Souza").
var particles = map[string]bool{
	"bin": true, "bint": true, "ibn": true, "binti": true,
	"de": true, "da": true, "das": true, "do": true, "dos": true, "del": true, "della": true, "di": true, "du": true, "des": true,
	"van": true, "von": true, "der": true, "den": true, "ter": true, "zu": true,
	"la": true, "le": true, "y": true, "e": true,
}

// hyphenParticles are lower case before a hyphen: "al-Assad", "el-Sisi".
var hyphenParticles = map[string]bool{"al": true, "el": true, "ad": true, "as": true, "ash": true, "ar": true, "az": true, "an": true, "ul": true}

var romanNumerals = map[string]bool{"ii": true, "iii": true, "iv": true, "vi": true, "vii": true, "viii": true, "ix": true, "xi": true, "xii": true}

// tabariText turns a TABARI token ("NORTH_KOREA_", "kim_jong_il_") into words.
func tabariText(s string) string {
	s = strings.ReplaceAll(s, "_", " ")
	s = strings.ReplaceAll(s, "\uFFFD", "'") // a lost apostrophe: COTE_D�IVOIRE
	return strings.Join(strings.Fields(s), " ")
}

// personName title-cases a TABARI person token: "GEORGE_W._BUSH_" →
// "George W. Bush", "kim_jong_il_" → "Kim Jong Il",
// "ABDALLAH_BIN_ABD_AL-AZIZ_AL_SAUD_" → "Abdallah bin Abd al-Aziz Al Saud".
func personName(tok string) string {
	words := strings.Fields(tabariText(tok))
	for i, w := range words {
		words[i] = caseWord(strings.ToLower(w), i == 0, i == len(words)-1)
	}
	return strings.Join(words, " ")
}

func caseWord(w string, first, last bool) string {
	if !first && particles[w] && !last {
		return w
	}
	if romanNumerals[w] && !first {
		return strings.ToUpper(w)
	}
	if w == "jr." || w == "jr" || w == "sr." || w == "sr" {
		return upperFirst(w)
	}
	parts := strings.Split(w, "-")
	for i, p := range parts {
		if i < len(parts)-1 && hyphenParticles[p] && !(first && i == 0) {
			continue
		}
		parts[i] = casePart(p)
	}
	return strings.Join(parts, "-")
}

// casePart capitalises a hyphen-free part: letters after an apostrophe or a
// dot too ("O'Neill", "A.G."), and "Mc" names ("McCain").
func casePart(p string) string {
	var b strings.Builder
	up := true
	for i, r := range p {
		switch {
		case up && unicode.IsLetter(r):
			b.WriteRune(unicode.ToUpper(r))
			up = false
		default:
			b.WriteRune(r)
		}
		if r == '.' || (r == '\'' && i <= 2) {
			up = true
		}
	}
	s := b.String()
	if strings.HasPrefix(s, "Mc") && len(s) > 3 {
		r, n := utf8.DecodeRuneInString(s[2:])
		s = "Mc" + string(unicode.ToUpper(r)) + s[2+n:]
	}
	return s
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// placeName title-cases a TABARI place or country token: "NORTH_KOREA_" →
// "North Korea", "BOSNIA_AND_HERZEGOVINA" → "Bosnia and Herzegovina".
func placeName(tok string) string {
	words := strings.Fields(tabariText(tok))
	for i, w := range words {
		lw := strings.ToLower(w)
		if i > 0 && (lw == "and" || lw == "of" || lw == "the" || lw == "de" || lw == "da" || lw == "du" || lw == "la" || lw == "el" || lw == "al") {
			words[i] = lw
			continue
		}
		if isAcronym(w) {
			words[i] = w
			continue
		}
		parts := strings.Split(lw, "-")
		for j, p := range parts {
			parts[j] = casePart(p)
		}
		words[i] = strings.Join(parts, "-")
	}
	return strings.Join(words, " ")
}

// isAcronym reports tokens kept in capitals: DPRK, U.S., USA, R.O.K.
func isAcronym(w string) bool {
	letters, dotted := 0, false
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r == '.':
			dotted = true
		default:
			return false
		}
	}
	return letters > 0 && (dotted || knownAcronyms[w] || (letters > 1 && !strings.ContainsAny(w, "AEIOUY")))
}

var knownAcronyms = map[string]bool{"USA": true, "UAE": true, "ROK": true, "PRC": true, "DPR": true, "UK": true, "US": true, "ROC": true, "SAR": true}

// smallTitleWords stay lower case inside an office title.
var smallTitleWords = map[string]bool{"of": true, "the": true, "and": true, "for": true, "in": true, "to": true, "on": true, "a": true, "an": true, "with": true, "at": true, "by": true}

// officeTitle turns a CountryInfo <Leaders> sub-tag or a people_leaders
// title into a singular, title-cased office: "Prime ministers" → "Prime
// Minister", "Chairmen of the presidium of the supreme people'S_ASSEMBLY" →
// "Chairman of the Presidium of the Supreme People's Assembly",
// "Kings/QUEENS" → "King/Queen", "Presidents of the executive yuan
// (PREMIERS" → "President of the Executive Yuan".
func officeTitle(s string) string {
	s = strings.ReplaceAll(s, "_", " ")
	if k := strings.IndexByte(s, '('); k > 0 {
		s = s[:k]
	}
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	s = strings.TrimRight(s, " ,")
	if alt, ok := truncatedTitles[s]; ok {
		s = alt
	}
	// Singularise the head noun: the last word before " of ", else the last word;
	// "A/B" and "A, B" heads are singularised part by part.
	head, rest := s, ""
	if k := strings.Index(s, " of "); k > 0 {
		head, rest = s[:k], s[k:]
	}
	head = singularPhrase(head)
	s = head + rest
	words := strings.Fields(s)
	for i, w := range words {
		if i > 0 && smallTitleWords[w] {
			continue
		}
		segs := strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '/' })
		out := w
		for _, g := range segs {
			out = strings.Replace(out, g, casePart(g), 1)
		}
		words[i] = out
	}
	return strings.Join(words, " ")
}

// truncatedTitles repairs people_leaders titles cut at the first word.
var truncatedTitles = map[string]string{
	"prime": "prime minister",
	"high":  "high commissioner",
}

func singularPhrase(h string) string {
	for _, sep := range []string{"/", ", ", " and "} {
		if strings.Contains(h, sep) {
			ps := strings.Split(h, sep)
			for i := range ps {
				ps[i] = singularPhrase(ps[i])
			}
			return strings.Join(ps, sep)
		}
	}
	ws := strings.Fields(h)
	if len(ws) == 0 {
		return h
	}
	last := ws[len(ws)-1]
	if k := strings.LastIndexByte(last, '-'); k > 0 && (strings.HasSuffix(last[:k], "s") || strings.HasSuffix(last[:k], "men")) {
		// "governors-general", "captains-regent": the first part is the noun
		last = singular(last[:k]) + last[k:]
	} else {
		last = singular(last)
	}
	ws[len(ws)-1] = last
	return strings.Join(ws, " ")
}

func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "men"):
		return w[:len(w)-3] + "man"
	case strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "esses"), strings.HasSuffix(w, "sses"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
		return w
	case strings.HasSuffix(w, "s") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}

// titleKey is what two spellings of one office have in common: folded,
// every word without a plural s ("Chairman of the council of minister" and
// "Chairman of the Council of Ministers").
func titleKey(fold func(string) string, t string) string {
	f := fold(t)
	if f == "premier" || strings.HasPrefix(f, "premier of ") {
		f = "prime minister" + f[len("premier"):] // one office, two English names
	}
	ws := strings.Fields(f)
	for i, w := range ws {
		if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			ws[i] = w[:len(w)-1]
		}
	}
	return strings.Join(ws, " ")
}

// honorifics are titles written before a name in the reference files
// ("Samdech Hun Sen", "Sir Serei Eri") or after it ("… Acting").
var honorifics = map[string]bool{"samdech": true, "sir": true, "dame": true, "sheikh": true, "shaikh": true, "dr": true, "ratu": true, "hon": true}

// plainName drops honorifics, so that "Samdech Hun Sen" is found to be
// "Hun Sen"; it returns "" when there are none.
func plainName(fold func(string) string, name string) string {
	ws := strings.Fields(fold(name))
	i, j := 0, len(ws)
	for i < j-1 && honorifics[ws[i]] {
		i++
	}
	if j-i > 1 && ws[j-1] == "acting" {
		j--
	}
	if i == 0 && j == len(ws) {
		return ""
	}
	return strings.Join(ws[i:j], " ")
}
