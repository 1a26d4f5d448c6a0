package build

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"
)

// CountryInfo.120116.txt is "almost XML": <Country> blocks with one-line
// fields (<CountryCode>PRK</CountryCode>), multi-line lists (<Nationality>,
// <Capital>, one entry a line), a <Leaders> section whose sub-tags name the
// office (<Prime ministers>) and whose lines carry dated terms, and a
// <Government> section whose lines carry CAMEO-coded terms and a "# title"
// comment. '#' starts a comment; the header is an XML comment <!-- … -->.

// ciBlock is one <Country> record.
type ciBlock struct {
	line        int
	code        string // <CountryCode>, e.g. "PRK", "USAASM"
	name        string // <CountryName>, e.g. "NORTH_KOREA"
	iso2, iso3  string
	nationality []string
	capitals    []string
	leaders     []ciPerson // <Leaders>
	government  []ciPerson // <Government>
}

// ciPerson is one line of <Leaders> or <Government>.
type ciPerson struct {
	line  int
	names []string // first is the main form; {A}{B} gives synonyms
	terms []ciTerm
	birth string // YYYYMMDD or ""
}

// ciTerm is one dated term. code is the CAMEO actor code of a <Government>
// term ("AFGGOVAGR"), empty in <Leaders>. from/to are YYYYMMDD or "" (open).
type ciTerm struct {
	code     string
	from, to string
	title    string
}

var (
	reTerm  = regexp.MustCompile(`\[\s*([A-Z]{3,})?\s*([<>]?)\s*(\d{8})(?:\s*-\s*(\d{8}))?\s*\]`)
	reBirth = regexp.MustCompile(`\[B:\s*(\d{8})\s*\]`)
	reDeath = regexp.MustCompile(`\[D:\s*\d{8}\s*\]`)
	reSyn   = regexp.MustCompile(`\{([^}]*)\}`)
	reField = regexp.MustCompile(`^<([A-Za-z0-9-]+)>(.*)</([A-Za-z0-9-]+)>$`)
)

// brokenNames repairs the few names whose non-ASCII letter was lost to a
// control character in the source file.
var brokenNames = map[string]string{
	"LIAMINE_Z\x1aROUAL_": "LIAMINE_ZEROUAL_",
	"JAN_STRASK\x1aY":     "JAN_STRASKY_",
}

// decodeLine returns the line as UTF-8: as is when valid, else read as Latin-1.
func decodeLine(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	r := make([]rune, len(b))
	for i, c := range b {
		r[i] = rune(c)
	}
	return string(r)
}

// parseCountryInfo reads the whole file. warn collects oddities worth a look.
func parseCountryInfo(data []byte, warn func(string, ...any)) ([]*ciBlock, error) {
	var (
		blocks   []*ciBlock
		cur      *ciBlock
		section  string // Nationality, Capital, Leaders, Government, Comment, …
		office   string // current <Leaders> sub-tag
		govTitle string // "#<Secretary of State>" header inside <Government>
		inHeader bool
		pending  []ciPerson // <Leaders> lines outside an office sub-tag
	)
	lines := bytes.Split(data, []byte("\n"))
	for i, raw := range lines {
		n := i + 1
		line := strings.TrimRight(decodeLine(raw), "\r")
		trim := strings.TrimSpace(line)
		if inHeader {
			if strings.Contains(trim, "-->") {
				inHeader = false
			}
			continue
		}
		if strings.HasPrefix(trim, "<!--") {
			inHeader = !strings.Contains(trim, "-->")
			continue
		}
		if trim == "" {
			continue
		}
		// "#<Secretary of State>" gives the title of the <Government> lines that follow.
		if section == "Government" && strings.HasPrefix(trim, "#<") && strings.HasSuffix(trim, ">") {
			govTitle = officeTitle(strings.TrimSuffix(strings.TrimPrefix(trim, "#<"), ">"))
			continue
		}
		content, comment := trim, ""
		if k := strings.IndexByte(trim, '#'); k >= 0 {
			content, comment = strings.TrimSpace(trim[:k]), strings.TrimSpace(trim[k+1:])
		}
		if content == "" {
			continue
		}
		if section == "Comment" {
			if strings.HasPrefix(content, "</Comment") {
				section = ""
			}
			continue
		}
		if strings.HasPrefix(content, "<Comment") {
			section, cur = "Comment", nil // commented-out countries are skipped, as the file intends
			continue
		}
		if m := reField.FindStringSubmatch(content); m != nil && m[1] == m[3] {
			if cur == nil {
				continue // <Doc> before the first country
			}
			v := strings.TrimSpace(m[2])
			switch m[1] {
			case "CountryCode":
				cur.code = v
			case "CountryName":
				cur.name = v
			case "ISO3166-alpha2":
				cur.iso2 = v
			case "ISO3166-alpha3":
				cur.iso3 = v
			}
			continue
		}
		if strings.HasPrefix(content, "<") && !strings.Contains(content, "[") {
			// a tag, leniently: "</Prime ministers>>", "</Chairmen of … republic"
			closing := strings.HasPrefix(content, "</")
			tag := strings.TrimRight(strings.TrimLeft(content, "</"), "> ")
			switch {
			case tag == "Country":
				if closing {
					flushOffice(cur, &pending, "Leader")
					cur, section = nil, ""
				} else {
					cur = &ciBlock{line: n}
					blocks = append(blocks, cur)
					section, office, govTitle = "", "", ""
				}
			case cur == nil:
			case section == "Leaders" && tag != "Leaders" && tag != "Government" && tag != "Comment":
				if closing {
					// leaders listed before an office's closing tag whose
					// opening tag is missing hold that office
					flushOffice(cur, &pending, tag)
					office = ""
				} else {
					flushOffice(cur, &pending, "Leader")
					office = tag
				}
			case closing:
				flushOffice(cur, &pending, "Leader")
				section, office = "", ""
			default:
				flushOffice(cur, &pending, "Leader")
				section, office, govTitle = tag, "", ""
			}
			continue
		}
		if cur == nil {
			continue
		}
		switch section {
		case "Nationality":
			cur.nationality = append(cur.nationality, content)
		case "Capital":
			cur.capitals = append(cur.capitals, content)
		case "Leaders", "Government":
			ps, ok := parsePersons(content, n)
			if !ok {
				warn("CountryInfo line %d: cannot read %q", n, content)
				continue
			}
			for _, p := range ps {
				if section == "Leaders" {
					for k := range p.terms {
						p.terms[k].title = office
					}
					if office == "" {
						pending = append(pending, p)
					} else {
						cur.leaders = append(cur.leaders, p)
					}
					continue
				}
				title := comment
				if title == "" {
					title = govTitle
				}
				assignTitles(p.terms, title)
				cur.government = append(cur.government, p)
			}
		}
	}
	if inHeader {
		return nil, fmt.Errorf("CountryInfo: header comment never closed")
	}
	return blocks, nil
}

// parsePersons reads `NAME_ [terms] [B:…] [D:…]` or `{A_}{B_} [terms]`, and
// the slips the file has: a name split around its terms ("OMAR_BONGO_
// [>19671128] ONDIMBA"), a name after the terms, "= RAMA_IX_" for another
// name, two people on one line, stray "?" and "(B. c.1937".
func parsePersons(s string, line int) ([]ciPerson, bool) {
	type chunk struct {
		text    string
		bracket bool
	}
	var chunks []chunk
	for s != "" {
		i := strings.IndexByte(s, '[')
		if i < 0 {
			chunks = append(chunks, chunk{text: s})
			break
		}
		if i > 0 {
			chunks = append(chunks, chunk{text: s[:i]})
		}
		j := strings.IndexByte(s[i:], ']')
		if j < 0 {
			return nil, false
		}
		chunks = append(chunks, chunk{text: s[i : i+j+1], bracket: true})
		s = s[i+j+1:]
	}
	hasTermAfter := func(k int) bool {
		for _, c := range chunks[k+1:] {
			if !c.bracket {
				if strings.TrimSpace(cleanNameText(c.text)) != "" {
					return false
				}
				continue
			}
			if reTerm.MatchString(c.text) {
				return true
			}
		}
		return false
	}
	var out []ciPerson
	var cur *ciPerson
	for k, c := range chunks {
		if c.bracket {
			if m := reBirth.FindStringSubmatch(c.text); m != nil {
				if cur != nil {
					cur.birth = m[1]
				}
				continue
			}
			if reDeath.MatchString(c.text) {
				continue
			}
			m := reTerm.FindStringSubmatch(c.text)
			if m == nil || m[0] != c.text {
				return nil, false
			}
			if cur == nil {
				out = append(out, ciPerson{line: line})
				cur = &out[len(out)-1]
			}
			cur.terms = append(cur.terms, termOf(m))
			continue
		}
		text := strings.TrimSpace(c.text)
		alias := strings.HasPrefix(text, "=")
		text = cleanNameText(strings.TrimPrefix(text, "="))
		if text == "" {
			continue
		}
		var names []string
		if m := reSyn.FindAllStringSubmatch(text, -1); m != nil {
			for _, x := range m {
				if n := strings.TrimSpace(x[1]); n != "" {
					names = append(names, n)
				}
			}
			if rest := strings.TrimSpace(reSyn.ReplaceAllString(text, "")); rest != "" {
				names = append(names, rest)
			}
		} else {
			names = []string{text}
		}
		switch {
		case len(names) == 0:
		case cur == nil || (len(cur.terms) > 0 && len(cur.names) > 0 && !alias && hasTermAfter(k)):
			out = append(out, ciPerson{line: line, names: names})
			cur = &out[len(out)-1]
		case len(cur.names) == 0:
			cur.names = names
		case alias:
			cur.names = append(cur.names, names...)
		default: // the rest of the name: "OMAR_BONGO_" … "ONDIMBA"
			full := strings.TrimRight(cur.names[0], "_ ") + "_" + names[0]
			cur.names = append([]string{full}, cur.names...)
		}
	}
	for i := range out {
		p := &out[i]
		for j, nm := range p.names {
			if fix, ok := brokenNames[strings.TrimSpace(nm)]; ok {
				p.names[j] = fix
			}
		}
		if len(p.names) == 0 || len(p.terms) == 0 {
			return nil, false
		}
	}
	return out, len(out) > 0
}

// cleanNameText drops what is no part of a name: a parenthesised note
// (even unclosed) and stray punctuation.
func cleanNameText(s string) string {
	if k := strings.IndexByte(s, '('); k >= 0 {
		s = s[:k]
	}
	s = strings.Trim(s, " \t?)=")
	return s
}

// governmentListsBegin is the month CountryInfo's <Government> lists were
// first coded (January 2003): "[CODE <d]" is an office held then, until d,
// not one held at every date before d.
const governmentListsBegin = "20030100"

func termOf(m []string) ciTerm {
	t := ciTerm{code: m[1]}
	switch {
	case m[2] == ">" && m[4] == "": // in office at the last update, from date
		t.from = m[3]
	case m[2] == "<" && m[4] == "": // in office when first coded (Jan 2003), until date
		t.from, t.to = governmentListsBegin, m[3]
	case m[4] != "":
		t.from, t.to = m[3], m[4]
	default: // a lone date: a term of one day
		t.from, t.to = m[3], m[3]
	}
	return t
}

// assignTitles gives each term its title from the "# A & B & C" comment: one
// title each when the counts agree, else the titles joined.
func assignTitles(terms []ciTerm, comment string) {
	comment = strings.TrimSpace(comment)
	parts := strings.Split(comment, " & ")
	for i := range parts {
		parts[i] = cleanGovTitle(parts[i])
	}
	if len(parts) == len(terms) {
		for i := range terms {
			terms[i].title = parts[i]
		}
		return
	}
	var uniq []string
	seen := map[string]bool{}
	for _, p := range parts {
		if p != "" && !seen[p] {
			seen[p] = true
			uniq = append(uniq, p)
		}
	}
	t := strings.Join(uniq, " / ")
	for i := range terms {
		terms[i].title = t
	}
}

// cleanGovTitle turns `Minister of Health "Acting"` into
// "Minister of Health (acting)" and drops TABARI underscores.
func cleanGovTitle(s string) string {
	s = strings.TrimSpace(strings.ReplaceAll(s, "_", " "))
	acting := false
	if strings.Contains(s, `"Acting"`) {
		acting = true
		s = strings.TrimSpace(strings.ReplaceAll(s, `"Acting"`, ""))
	}
	s = strings.ReplaceAll(s, `"`, "")
	s = strings.Join(strings.Fields(s), " ")
	s = strings.TrimRight(s, " ,;")
	if acting && s != "" {
		s += " (acting)"
	}
	return s
}

// flushOffice files the leaders read outside an office sub-tag under title.
func flushOffice(cur *ciBlock, pending *[]ciPerson, title string) {
	if cur == nil || len(*pending) == 0 {
		*pending = nil
		return
	}
	for _, p := range *pending {
		for k := range p.terms {
			p.terms[k].title = title
		}
		cur.leaders = append(cur.leaders, p)
	}
	*pending = nil
}
