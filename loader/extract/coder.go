package extract

import (
	"fmt"
	"math"
	"net/url"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/loader/gazetteer"
)

// Options tune the coder.
type Options struct {
	// Gazetteer resolves names; nil means gazetteer.Default().
	Gazetteer *gazetteer.Gazetteer
	// Author is the state an official statement speaks for ("United
	// States", "GBR"); it overrides what the article says. Several states
	// separated by ";" for a joint statement.
	Author string
	// Published overrides the article's publication date.
	Published graph.Date
}

// Candidate is one drafted fact, state-level, with its evidence.
type Candidate struct {
	Subject, Object         string // ISO alpha-3 of the states
	SubjectName, ObjectName string // what the facts file writes (resolves back)
	SubjectText, ObjectText string // as the sentence names them
	Type                    string // vocabulary relation type
	Date                    graph.Date
	DateText                string  // the words that dated it, "" for the published date
	Quote                   string  // the sentence
	Sentence                int     // its number, from 0
	Confidence              float64 // estimated from the evidence (evidence.go)
	RuleConfidence          float64 // the rule's own, after its reductions
	Rule                    string
	Reasons                 []string // what lowered the confidence
	// Abstained says why the coder does not vouch for the candidate (a
	// question, a structure it does not understand): it stays a candidate,
	// below any cut an analyst would set.
	Abstained string
	// the relation words, tokens [trigStart, trigEnd) of the sentence, for
	// the evidence (trigEnd 0: not recorded, as in an old version's run)
	trigStart, trigEnd int
}

// Missed is a sentence that named two states or more but gave no fact.
type Missed struct {
	Sentence int
	Text     string
	States   []string
}

// Draft is the coder's work on one article.
type Draft struct {
	Article    *Article
	Author     []string // ISO codes the first person stands for
	AuthorFrom string
	Sentences  int
	Candidates []Candidate
	Missed     []Missed
	NonState   map[string]int // non-state parties left out, by name
}

// Code drafts the facts of one article.
func Code(a *Article, opt Options) (*Draft, error) {
	z := opt.Gazetteer
	if z == nil {
		z = gazetteer.Default()
	}
	lx, err := defaultLexicon()
	if err != nil {
		return nil, err
	}
	sents := Split(a.Text)
	if len(sents) == 0 {
		return nil, inputErr(a.File, "no sentences in the article text")
	}
	if !opt.Published.IsZero() {
		a.Published, a.PublishedFrom = opt.Published, "flag"
	}
	if a.Published.IsZero() {
		d, how, ok := inferPublished(a, sents)
		if !ok {
			return nil, inputErr(a.File, "no publication date: the article gives none (front matter date:, a meta tag or a dateline); give --published YYYY-MM-DD")
		}
		a.Published, a.PublishedFrom = d, how
	}
	d := &Draft{Article: a, Sentences: len(sents), NonState: map[string]int{}}
	d.Author, d.AuthorFrom, err = authorOf(z, a, opt.Author, sents)
	if err != nil {
		return nil, err
	}
	r := newResolver(z, a.Published, d.Author)
	if len(d.Author) == 0 {
		// a national paper's "Foreign Minister Takeshi Iwaya" (japannews.
		// yomiuri.co.jp) is its own country's minister: the country of the
		// web address is the house, though no author — when the text names
		// that country: RNZ's story of Indonesia's recall, which never names
		// New Zealand, has "Foreign Minister Marty Natalegawa" of another
		if st, _ := countryDomain(a.URL); st != "" && namesState(z, st, a.Title, a.Text) {
			r.house = []string{st}
		}
	}
	c := &coder{lx: lx, r: r, d: d, z: z, chairAt: -2, meetIn: -10}
	// the title names the officials the text takes up by surname:
	// "Remarks by Secretary Blinken and Foreign Minister Hayashi of Japan"
	if a.Title != "" {
		r.find(tokenize(a.Title, nil))
		r.titleSts = append([]string(nil), r.sentSts...)
		c.startPhrasing(a.Title)
	}
	for i, s := range sents {
		if s.Speaker != "" {
			c.turn(s.Speaker)
			c.labelLine(s.Speaker)
		}
		quoted := c.quoteSpeaker(s, sents[i+1:])
		c.sentence(i, s)
		if quoted {
			c.r.author = c.d.Author
		}
	}
	d.Candidates = dedupe(d.Candidates)
	if err := calibrate(d.Candidates); err != nil {
		return nil, err
	}
	return d, nil
}

// askers are the labels of a transcript's turns that ask rather than
// state: the journalists' questions, a moderator's.
var askers = wordSet("q", "question", "questions", "moderator", "operator", "participant", "participants", "reporter", "reporters",
	"audience", "audience member", "staff", "voice", "journalist", "interviewer", "press", "the press", "unidentified", "speaker")

// mediaWords name a news outlet, whose label in a transcript ("Phoenix
// TV:", "Beijing Daily:", "The Paper:") is a journalist's turn.
var mediaWords = wordSet("tv", "daily", "news", "times", "post", "agency", "radio", "paper", "herald", "journal", "network",
	"broadcasting", "channel", "tribune", "reuters", "afp", "bloomberg", "cnn", "bbc", "nhk", "ap", "xinhua", "tass",
	"ria", "novosti", "yonhap", "kyodo", "cctv", "cgtn", "efe", "ansa", "dpa", "anadolu", "telegraph", "guardian", "gazette")

// turn starts a speaker's turn in a transcript: the first person is the
// speaker's state from now on ("SECRETARY BLINKEN" the author's,
// "FOREIGN MINISTER HAYASHI" Japan's when the text named him with it); a
// journalist's turn ("QUESTION", "Q") asserts nothing of the author's: its
// candidates are kept as candidates only.
func (c *coder) turn(label string) {
	c.asking = ""
	c.r.author = c.d.Author
	low := strings.ToLower(strings.Join(strings.Fields(label), " "))
	media := false
	for _, w := range strings.Fields(low) {
		media = media || mediaWords[w]
	}
	if askers[low] || strings.HasPrefix(low, "question") || media {
		c.asking = label
		c.r.author = nil
		return
	}
	toks := tokenize(label, nil)
	honor := false
	for len(toks) > 0 && (honorifics.has(toks[0].low) || honorifics.has(toks[0].low+".")) {
		toks, honor = toks[1:], true
	}
	if len(toks) == 0 {
		return
	}
	for _, m := range c.r.find(toks) {
		if m.how == unknownOfficial {
			c.r.author = nil // a foreign official the text did not place
			return
		}
		if len(m.states) > 0 && m.kind != mAuthor && m.kind != mPronoun && m.kind != mNonState {
			c.r.author = m.states
			return
		}
	}
	// an official the text did not name with a state: a spokesperson
	// ("MR PRICE", "MS. JEAN-PIERRE"), the host's — the author's
	_ = honor
}

// authorOf decides whom the first person stands for.
func authorOf(z *gazetteer.Gazetteer, a *Article, flag string, sents []Sentence) ([]string, string, error) {
	resolve := func(spec, what string) ([]string, error) {
		var out []string
		for _, part := range strings.Split(spec, ";") {
			part = strings.TrimSpace(part)
			if part == "" {
				continue
			}
			e, err := z.Resolve(part, a.Published)
			if err != nil {
				return nil, inputErr(a.File, "%s %q: %v", what, part, err)
			}
			st, _ := z.StateAt(e, a.Published)
			if st == "" {
				return nil, inputErr(a.File, "%s %q names no state", what, part)
			}
			out = append(out, st)
		}
		return out, nil
	}
	if flag != "" {
		st, err := resolve(flag, "--author")
		return st, "--author", err
	}
	if a.Author != "" {
		st, err := resolve(a.Author, "front matter author")
		return st, "front matter", err
	}
	if st := bylineAuthor(z, a.Title, a.Published); len(st) > 0 {
		return st, "title", nil
	}
	for i, s := range sents {
		if i >= 3 {
			break
		}
		if st := bylineAuthor(z, s.Text, a.Published); len(st) > 0 {
			return st, "byline", nil
		}
	}
	if st := domainAuthor(a.URL); st != "" {
		return []string{st}, "web address", nil
	}
	if st, gov := countryDomain(a.URL); st != "" && gov {
		// "eoibeijing.gov.in", "sanews.gov.za": a government's own site
		return []string{st}, "web address", nil
	}
	for i, s := range sents {
		if i >= 8 {
			break
		}
		if st := bylineLexicon(s.Text); st != "" {
			return []string{st}, "byline", nil
		}
		if st := bylineOrgan(z, s.Text, a.Published); st != "" {
			return []string{st}, "byline", nil
		}
		if st := spokesLine(z, s.Text, a.Published); st != "" {
			return []string{st}, "spokesperson", nil
		}
	}
	return nil, "", nil
}

// bylineOrgan reads a byline that names a state organ and nothing else:
// "U.S. Department of Defense", "Ministry of Foreign Affairs of Japan",
// "Foreign, Commonwealth & Development Office". The line is a heading (no
// closing punctuation) of a few words, and one actor covers all of it.
func bylineOrgan(z *gazetteer.Gazetteer, line string, at graph.Date) string {
	line = strings.TrimSpace(line)
	if line == "" || strings.ContainsAny(line[len(line)-1:], ".!?:") {
		return ""
	}
	toks := tokenize(line, nil)
	if len(toks) < 2 || len(toks) > 14 {
		return ""
	}
	r := newResolver(z, at, nil)
	ms := r.find(toks)
	if len(ms) == 1 && ms[0].kind == mOrgan && len(ms[0].states) == 1 && ms[0].start <= 1 && ms[0].end >= len(toks) {
		return ms[0].states[0]
	}
	// "Press Information Bureau, Government of India, Prime Minister's
	// Office": a list of bodies, one state's organ among them
	organWord := false
	for _, t := range toks {
		switch t.low {
		case "office", "bureau", "ministry", "department", "government", "embassy", "mission", "spokesperson":
			organWord = true
		}
	}
	st := ""
	for _, m := range ms {
		if m.kind != mOrgan || len(m.states) != 1 || st != "" && st != m.states[0] {
			return ""
		}
		st = m.states[0]
	}
	if !organWord || len(ms) == 0 {
		return ""
	}
	for _, t := range toks {
		if t.word && !t.capital && !isConnector(t.low) && !isDigits(t.text) {
			return "" // a sentence, not a list of bodies ("10 Downing Street" is one)
		}
	}
	return st
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// spokesLine reads "A Downing Street spokesperson said:", "A spokesperson
// for the Foreign Ministry of Japan said:": the state whose organ speaks.
func spokesLine(z *gazetteer.Gazetteer, line string, at graph.Date) string {
	low := strings.ToLower(strings.TrimSpace(line))
	if !strings.HasSuffix(low, "said:") && !strings.HasSuffix(low, "said.") || !strings.Contains(low, "spokes") || len(low) > 120 {
		return ""
	}
	st := ""
	for _, m := range newResolver(z, at, nil).find(tokenize(line, nil)) {
		if m.kind != mOrgan && m.kind != mState || len(m.states) != 1 || st != "" && st != m.states[0] {
			return ""
		}
		st = m.states[0]
	}
	return st
}

var (
	reStatementBy = regexp.MustCompile(`(?i)^(?:joint\s+)?(?:statement|remarks|readout|message|address|declaration|communiqu[eé])\s+(?:by|from|of)\s+(?:the\s+)?(.+?)(?:\s+on\s+.*|\s+at\s+.*|[:–—-].*)?$`)
	reSignatories = regexp.MustCompile(`,\s*|\s+and\s+|\s*&\s*`)
	// "the Foreign Ministers of the Governments of the Republic of Korea":
	// the state at the end
	reOfficeOf  = regexp.MustCompile(`^(?i:(?:the\s+)?(?:[A-Za-z]+\s+){0,3}(?:ministers?|secretary|secretaries|governments?|leaders?|presidents?)(?:\s+of\s+state)?\s+of\s+(?:the\s+)?(?:governments?\s+of\s+(?:the\s+)?)?)`)
	reLeaderPfx = regexp.MustCompile(`^(?i:president|prime minister|chancellor|secretary of state|secretary|foreign minister|foreign secretary|minister|leaders? of|heads? of state (?:and|or) government of)\s+`)
)

// possEvent is a possessive followed by an event noun in a title:
// "Secretary Blinken's Call", "President Biden's Meeting".
var possEvent = regexp.MustCompile(`(?i)['’]s\s+(?:[A-Za-z-]+\s+){0,2}(?:call|calls|meeting|meetings|visit|trip|travel|conversation|talks|remarks)\b`)

// bylineAuthor reads "Statement by President Joe Biden on …" or "Joint
// Statement of the Leaders of the United States and Japan".
func bylineAuthor(z *gazetteer.Gazetteer, line string, at graph.Date) []string {
	line = strings.TrimSpace(line)
	// the opening of a joint statement: "The following is the joint
	// statement issued by the United States and Japan."
	if i := strings.Index(strings.ToLower(line), "joint statement"); i > 0 {
		rest := line[i:]
		if j := strings.Index(rest, " by "); j >= 0 && j < 40 {
			line = "Joint statement by " + strings.TrimSuffix(rest[j+4:], ".")
		}
	}
	m := reStatementBy.FindStringSubmatch(line)
	if m == nil {
		return jointTitle(z, line, at)
	}
	who := strings.TrimSpace(m[1])
	// "Readout of Secretary Austin's Phone Calls With Defense Ministers from
	// Canada, France …", "Remarks by President Biden and Prime Minister
	// Kishida of Japan Before Their Meeting": those after "with", "between",
	// a possessive event or a preposition of place are the met, not the authors
	for _, cut := range []string{" with ", " With ", " between ", " Between ", " before ", " Before ", " in ", " In ", " at ", " At "} {
		if i := strings.Index(who, cut); i > 0 {
			who = who[:i]
		}
	}
	if i := possEvent.FindStringIndex(who); i != nil {
		who = who[:i[0]]
	}
	who = reLeaderPfx.ReplaceAllString(who, "")
	var out []string
	for _, part := range reSignatories.Split(who, -1) {
		part = strings.TrimPrefix(strings.TrimSpace(part), "the ")
		part = reLeaderPfx.ReplaceAllString(part, "")
		// "United States Secretary of State": the longest start that names
		// one; else what follows "the Foreign Ministers of the Governments of"
		for _, cand := range []string{part, reOfficeOf.ReplaceAllString(part, "")} {
			if st := leadingState(z, cand, at); st != "" {
				if !contains(out, st) {
					out = append(out, st)
				}
				break
			}
		}
	}
	return out
}

// jointTitle reads the signatories of a joint statement from the states
// its title names: "Joint Ministerial Statement for the 10th Australia-UK
// Ministerial Meeting", "U.S.-Japan Joint Leaders' Statement".
func jointTitle(z *gazetteer.Gazetteer, line string, at graph.Date) []string {
	low := strings.ToLower(line)
	if !strings.Contains(low, "joint") || !strings.Contains(low, "statement") && !strings.Contains(low, "declaration") && !strings.Contains(low, "communiqu") {
		return nil
	}
	toks := tokenize(line, nil)
	if len(toks) > 16 {
		return nil // a sentence, not a title
	}
	var out []string
	for _, m := range newResolver(z, at, nil).find(toks) {
		if pr := prepBefore(toks, m.start); pr == "in" || pr == "at" {
			continue // "… signed in Hong Kong": a place
		}
		if m.kind == mState || m.kind == mOrgan {
			for _, st := range m.states {
				if !contains(out, st) {
					out = append(out, st)
				}
			}
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

var eventTitleWords = wordSet("call", "calls", "meeting", "meetings", "visit", "trip", "travel", "telephone", "phone", "talks",
	"remarks", "statement", "message", "conversation", "readout")

// leadingState is the state that the longest start of s names ("of the
// United States" is read from "United States"; "Secretary Blinken's Call
// with …" names its official only up to the possessive).
func leadingState(z *gazetteer.Gazetteer, s string, at graph.Date) string {
	words := strings.Fields(s)
	for i, w := range words {
		// "Secretary Blinken's Call with …", but "People's Republic of China"
		if b := strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"); b != w && i+1 < len(words) {
			if next := words[i+1]; !startsUpper(next) || eventTitleWords[strings.ToLower(next)] {
				words = append(words[:i:i], b)
				break
			}
		}
	}
	for len(words) > 0 && (words[0] == "of" || words[0] == "the" || words[0] == "and" || words[0] == "The") {
		words = words[1:]
	}
	for len(words) > 0 && !startsUpper(words[0]) {
		return ""
	}
	for n := len(words); n > 0; n-- {
		if e, ok := z.Lookup(strings.Join(words[:n], " "), at); ok {
			st, _ := z.StateAt(e, at)
			return st
		}
	}
	return ""
}

// domains of governments' own web sites: the state an official page there
// speaks for.
var domains = []struct{ suffix, state string }{
	{"state.gov", "USA"}, {"treasury.gov", "USA"}, {"usaid.gov", "USA"}, {"usembassy.gov", "USA"}, {"defense.gov", "USA"},
	{"whitehouse.gov", "USA"}, {"commerce.gov", "USA"}, {"justice.gov", "USA"}, {"ustr.gov", "USA"}, {"usmission.gov", "USA"},
	{"gov.uk", "GBR"}, {"fco.gov.uk", "GBR"}, {"kremlin.ru", "RUS"}, {"mid.ru", "RUS"}, {"government.ru", "RUS"},
	{"fmprc.gov.cn", "CHN"}, {"mfa.gov.cn", "CHN"}, {"gov.cn", "CHN"}, {"mofa.go.jp", "JPN"}, {"kantei.go.jp", "JPN"},
	{"mofa.go.kr", "KOR"}, {"president.go.kr", "KOR"}, {"kcna.kp", "PRK"}, {"canada.ca", "CAN"}, {"pm.gc.ca", "CAN"},
	{"international.gc.ca", "CAN"}, {"elysee.fr", "FRA"}, {"diplomatie.gouv.fr", "FRA"}, {"auswaertiges-amt.de", "DEU"},
	{"bundesregierung.de", "DEU"}, {"mea.gov.in", "IND"}, {"pmindia.gov.in", "IND"}, {"dfat.gov.au", "AUS"}, {"pm.gov.au", "AUS"},
	{"mfat.govt.nz", "NZL"}, {"beehive.govt.nz", "NZL"}, {"mfa.gov.ua", "UKR"}, {"president.gov.ua", "UKR"}, {"cubaminrex.cu", "CUB"},
	{"mofa.gov.vn", "VNM"}, {"pib.gov.in", "IND"}, {"narendramodi.in", "IND"}, {"mfa.gov.sg", "SGP"}, {"esteri.it", "ITA"}, {"exteriores.gob.es", "ESP"}, {"itamaraty.gov.br", "BRA"}, {"gov.il", "ISR"},
}

func domainAuthor(raw string) string {
	if raw == "" {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return ""
	}
	host := strings.ToLower(strings.TrimPrefix(u.Hostname(), "www."))
	// archives publish other governments' papers: the CIA's reading room
	// (FBIS translations of TASS), the National Archives, the Office of
	// the Historian (FRUS), the Library of Congress
	if host == "history.state.gov" || host == "loc.gov" || strings.HasSuffix(host, ".loc.gov") || host == "archives.gov" ||
		strings.HasSuffix(host, ".archives.gov") || host == "cia.gov" && strings.HasPrefix(u.Path, "/readingroom") {
		return ""
	}
	for _, d := range domains {
		if host == d.suffix || strings.HasSuffix(host, "."+d.suffix) {
			return d.state
		}
	}
	if strings.HasSuffix(host, ".gov") || strings.HasSuffix(host, ".mil") {
		return "USA" // the U.S. federal domains
	}
	return ""
}

// countryTLDs are the country-code domains news and governments of a
// country use as their own (not those let out worldwide: .io, .tv, .me,
// .co, .ai, .fm, .ly, .cc, .ws, .to).
var countryTLDs = map[string]string{
	"jp": "JPN", "kr": "KOR", "kp": "PRK", "cn": "CHN", "tw": "TWN", "vn": "VNM", "in": "IND", "pk": "PAK", "bd": "BGD", "lk": "LKA",
	"np": "NPL", "id": "IDN", "ph": "PHL", "my": "MYS", "sg": "SGP", "th": "THA", "kh": "KHM", "mm": "MMR", "au": "AUS", "nz": "NZL",
	"za": "ZAF", "ng": "NGA", "ke": "KEN", "gh": "GHA", "et": "ETH", "eg": "EGY", "ma": "MAR", "dz": "DZA", "tn": "TUN", "ir": "IRN",
	"iq": "IRQ", "il": "ISR", "sa": "SAU", "ae": "ARE", "qa": "QAT", "kw": "KWT", "jo": "JOR", "lb": "LBN", "sy": "SYR", "tr": "TUR",
	"ru": "RUS", "ua": "UKR", "by": "BLR", "kz": "KAZ", "uz": "UZB", "ge": "GEO", "am": "ARM", "az": "AZE", "pl": "POL", "cz": "CZE",
	"sk": "SVK", "hu": "HUN", "ro": "ROU", "bg": "BGR", "rs": "SRB", "hr": "HRV", "si": "SVN", "gr": "GRC", "it": "ITA", "es": "ESP",
	"pt": "PRT", "fr": "FRA", "de": "DEU", "at": "AUT", "ch": "CHE", "nl": "NLD", "be": "BEL", "dk": "DNK", "se": "SWE", "no": "NOR",
	"fi": "FIN", "ee": "EST", "lv": "LVA", "lt": "LTU", "ie": "IRL", "uk": "GBR", "ca": "CAN", "mx": "MEX", "cu": "CUB", "ve": "VEN",
	"br": "BRA", "ar": "ARG", "cl": "CHL", "pe": "PER", "bo": "BOL", "ec": "ECU", "uy": "URY", "py": "PRY",
}

// namesState: the texts name the state st by its name, an alias or a
// demonym (folded, whole words).
func namesState(z *gazetteer.Gazetteer, st string, texts ...string) bool {
	e, ok := z.Entity(st)
	if !ok {
		return false
	}
	var b strings.Builder
	for _, t := range texts {
		b.WriteString(" ")
		b.WriteString(graph.Fold(t))
	}
	b.WriteString(" ")
	all := b.String()
	for _, n := range append(append([]string{e.Node.Name}, e.Node.Aliases...), e.Node.Demonyms...) {
		if f := graph.Fold(n); f != "" && strings.Contains(all, " "+f+" ") {
			return true
		}
		// "Indians", "New Zealanders": a plural demonym
		if f := graph.Fold(n); f != "" && (strings.Contains(all, " "+f+"s ") || strings.Contains(all, " "+f+"ers ")) {
			return true
		}
	}
	return false
}

// countryDomain is the state of a web address's country-code domain, and
// whether the address is a government's ("gov", "go", "gob", "gouv",
// "govt", "mil" before it).
func countryDomain(raw string) (string, bool) {
	if raw == "" {
		return "", false
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return "", false
	}
	parts := strings.Split(strings.ToLower(u.Hostname()), ".")
	if len(parts) < 2 {
		return "", false
	}
	st := countryTLDs[parts[len(parts)-1]]
	if st == "" {
		return "", false
	}
	switch parts[len(parts)-2] {
	case "gov", "go", "gob", "gouv", "govt", "mil":
		return st, true
	}
	return st, false
}

// bylineLexicon knows the bylines of the U.S. Department of State's
// releases ("Office of the Spokesperson", "Media Note", "Press Statement").
func bylineLexicon(line string) string {
	switch strings.TrimSpace(line) {
	case "Office of the Spokesperson", "Media Note", "Press Statement", "Readout", "Department Spokesperson":
		return "USA"
	}
	// "Ned Price, Department Spokesperson", "Antony J. Blinken, Secretary of
	// State": the State Department's byline of a named official
	for _, suf := range []string{"Department Spokesperson", ", Secretary of State", ", Principal Deputy Spokesperson", ", Deputy Spokesperson", ", Deputy Secretary of State"} {
		if strings.HasSuffix(strings.TrimSpace(line), suf) {
			return "USA"
		}
	}
	return ""
}

// coder codes the sentences of one article.
type coder struct {
	lx       *lexicon
	r        *resolver
	d        *Draft
	z        *gazetteer.Gazetteer
	toks     []token
	lastSubj []string // states of the last subject, for "it", "they"
	// the meeting coded in this sentence, at token metAt of sentence metIn:
	// "they" after it are its parties ("… held the Trilateral Dialogue in
	// Tokyo, at which they agreed …")
	metIn, metAt int
	metParties   []string
	// the states of the meetings and visits drafted in sentence meetIn
	// (visits.go signedInVisit: agreements signed there with no party
	// named are theirs)
	meetIn  int
	meetSts []string
	// the chair of a meeting announced in sentence chairAt ("Wang Yi will
	// preside over the meeting"), a party of it when the next sentence
	// lists who will attend
	chair   []string
	chairAt int
	// lastTopic is the first state the last sentence named outside a
	// prepositional phrase and the first person, for "it", "they"
	lastTopic []string
	// lastPerson is the state of the person the last sentence that opened
	// with one named ("Foreign Minister Hayashi stated …"), for "he", "she";
	// nil when it was no state's ("Secretary-General Ban … He said")
	lastPerson []string
	// opener is the state the last sentence opened with as its subject
	// ("Greece also issued a statement"), for the organ that speaks next
	// without its state (goodwill.go)
	opener   []string
	lastPara int
	paraSts  []string // states the paragraph named so far
	// asking is the label of the journalist's turn the transcript is in
	// ("QUESTION"), "" outside one
	asking string
	// lastAttackers are the attackers of the last attack reported, in
	// sentence lastAttackAt, for "we condemn this act"
	lastAttackers []string
	lastAttackAt  int
	// lastLaunchers launched the last missile, rocket or test reported (in
	// sentence lastLaunchAt), for "condemned the launch" later on
	lastLaunchers []string
	lastLaunchAt  int
	// quoteSt is the state of the one whose words a quotation that goes
	// on past this sentence gives ("Yilmaz said: \"… We extend our
	// condolences to Iran.\""), nil outside one
	quoteSt []string
	// the mentions of the sentence being coded and their coordinations,
	// for the words each fact's own sides were written with
	ms     []mention
	groups []int
	ph     phrasingState  // phrasing.go's families
	cr     criticismState // criticism.go's deed in play
}

// trig is a trigger chosen in a sentence, with what the coder made of it.
type trig struct {
	match
	typ     string // the type emitted when not the pattern's (a conditional sanction is a threat)
	passive bool   // its object is the clause subject ("the officials designated today")
	subj    []string
	actor   []string // the subject found, whether or not an object was
	subjM   int      // index of the subject mention, -1 none
	objMs   []int
}

var clauseBreak = wordSet(";", ":", "which", "who", "whom", "while", "whereas", "but", "because", "although", "though", "—", "–")

var preps = wordSet("of", "to", "with", "in", "on", "for", "from", "against", "at", "by", "about", "toward", "towards",
	"between", "among", "through", "under", "over", "into", "onto", "upon", "like", "via", "amid", "after", "before",
	"during", "across", "throughout", "near", "inside", "within", "than", "including", "behind", "around", "despite")

var locPreps = wordSet("in", "at", "near", "inside", "within", "throughout", "across", "during", "around", "from")

var negators = wordSet("not", "n't", "never", "no", "without", "neither", "nor", "cannot", "refused", "declined", "failed", "refuses", "declines", "fails",
	// stopping an act undoes it: "canceled plans to send aid"
	"canceled", "cancelled", "cancels", "halted", "halts", "stopped", "stops", "ceased", "withheld", "abandoned", "scrapped",
	// and so does rejecting it: "rejected a US offer to host a summit"
	"rejected", "rejects", "rejecting", "refusing",
	// "refrain from helping Russia"
	"refrain", "refrains", "refrained", "refraining", "avoid", "avoids", "avoided")

// troopNouns name armed forces: what they enter, cross into or march into
// they attack ("Soviet troops entered Czechoslovakia", "Iraqi forces
// crossed into Kuwait").
var troopNouns = wordSet("troops", "forces", "army", "armies", "tanks", "soldiers", "paratroopers", "divisions", "units", "military")

// afterTroops: the words before i, past an auxiliary or adverb, end in a
// noun of armed forces.
func afterTroops(toks []token, i int) bool {
	j := i - 1
	for j >= 0 && j >= i-3 {
		switch toks[j].low {
		case "had", "have", "has", "already", "reportedly", "then", "also", "later", "allegedly":
			j--
			continue
		}
		break
	}
	return j >= 0 && troopNouns[toks[j].low]
}

// nounBeforePrep: the sentence opens with a determiner and common nouns
// that a preposition before mention m ends ("The Saudi-led coalition in
// Yemen's war"), the noun no organ of a state ("The government in Kabul").
func nounBeforePrep(toks []token, m mention) bool {
	p := m.start - 1
	if p > 0 && toks[p].low == "the" {
		p--
	}
	if p < 2 || (toks[p].low != "in" && toks[p].low != "of" && toks[p].low != "from" && toks[p].low != "for") || toks[0].low != "the" && toks[0].low != "a" && toks[0].low != "an" {
		return false
	}
	head := toks[p-1].low
	if organHeads[head] || !toks[p-1].word {
		return false
	}
	for j := 1; j < p; j++ {
		if !toks[j].word && toks[j].text != "-" {
			return false
		}
	}
	return true
}

// organHeads are nouns that, with a state in the phrase after them, name
// its organ: "the government in Kabul", "the leadership of Iran".
var organHeads = wordSet("government", "regime", "authorities", "leadership", "administration", "president", "leader", "leaders",
	"ministry", "junta", "military", "army", "cabinet", "parliament", "people", "embassy", "delegation", "minister", "king", "premier")

// liftVerbs undo a sanction said after them: "Japan lifted its sanctions
// on South Africa", "the easing of the embargo on Cuba".
var liftVerbs = wordSet("lift", "lifts", "lifted", "lifting", "ease", "eases", "eased", "easing", "end", "ends", "ended", "ending",
	"remove", "removes", "removed", "removing", "rescind", "rescinds", "rescinded", "rescinding", "relax", "relaxed", "relaxes",
	"relaxing", "suspend", "suspends", "suspended", "suspending", "waive", "waived", "waives", "repeal", "repealed", "repeals",
	"suspension", "cessation", "halt", "lifting", "removal", "easing")

// obstructVerbs stop aid said after them: "accused of blocking aid
// convoys to Tigray", "denied humanitarian access to".
var obstructVerbs = wordSet("block", "blocks", "blocked", "blocking", "obstruct", "obstructs", "obstructed", "obstructing",
	"impede", "impedes", "impeded", "impeding", "hinder", "hinders", "hindered", "hindering", "deny", "denies", "denied", "denying",
	"prevent", "prevents", "prevented", "preventing", "restrict", "restricts", "restricted", "restricting", "divert", "diverted",
	"diverting", "loot", "looted", "looting", "seize", "seized", "seizing")

// requestVerbs ask for an act rather than do it: "asked Portugal for
// military aid" gives no aid.
var requestVerbs = wordSet("ask", "asked", "asks", "asking", "request", "requested", "requests", "requesting", "appealed", "appeals",
	"sought", "seeks", "seeking", "demanded", "demands", "demanding", "pressed", "urged", "urging", "urges", "calls", "called")

var lightVerbs = wordSet("send", "sent", "sends", "sending", "express", "expressed", "expresses", "expressing", "voice", "voiced", "voicing", "offering", "extending", "conveying", "reaffirming", "reiterating", "pledging",
	"voices", "lodge", "lodged", "lodges", "impose", "imposed", "imposes", "imposing", "launch", "launched", "launches", "announce",
	"announced", "announces", "offer", "offered", "offers", "extend", "extended", "extends", "pay", "paid", "pays", "make", "made",
	"makes", "hold", "held", "holds", "had", "has", "have", "provide", "provided", "provides", "providing", "convey", "conveyed",
	"conveys", "reaffirm", "reaffirmed", "reaffirms", "reiterate", "reiterated", "reiterates", "pledge", "pledged", "pledges",
	"sign", "signed", "signs", "reach", "reached", "conclude", "concluded", "deliver", "delivered", "issue", "issued", "issues",
	"give", "gave", "gives", "continue", "continued", "continues", "deepen", "deepened", "expand", "expanded", "strengthen",
	"strengthened", "strengthening", "seek", "seeking", "sought", "present", "presented", "accord", "accorded", "file", "filed",
	"begin", "began", "begun", "conduct", "conducted", "renew", "renewed", "mark", "marked", "emphasized", "underscored",
	"stressed", "welcomed", "urged", "called", "discussed", "addressed", "committed", "enhance", "enhancing", "enhanced",
	"advance", "advancing", "build", "building", "broaden", "expanding", "deepening", "bolster", "bolstering",
	"order", "ordered", "orders", "ordering")

// receivedFrom finds, between the clause's first actor lo and a
// participle at from, "received (a call, a message, greetings) from Y":
// Y's mention, or -1.
func receivedFrom(toks []token, ms []mention, lo, from int) int {
	recv := -1
	for j := ms[lo].end; j < from; j++ {
		if w := toks[j].low; w == "received" || w == "receives" || w == "receiving" {
			recv = j
			break
		}
	}
	if recv < 0 {
		return -1
	}
	for k := range ms {
		m := ms[k]
		if m.start <= recv || m.end > from || m.kind == mPronoun || len(m.states) == 0 {
			continue
		}
		j := m.start - 1
		for j > recv && (honorifics.has(toks[j].low) || toks[j].low == ".") {
			j-- // "from H.E. Mr. Moon Jae-in"
		}
		if j > recv && toks[j].low == "from" {
			return k
		}
		return -1 // the first actor after "received" is governed by no "from"
	}
	return -1
}

// receiveWords say the subject got what follows.
var receiveWords = wordSet("received", "receives", "receive", "receiving", "accepted", "accepts", "accept", "accepting", "got", "gets",
	"obtained", "presented", "given", "handed", "offered")

// giftReceived: the gift of trigger t is one its clause's subject received
// ("received a gift", "accepted gifts", "was given a gift", "was presented
// with a gift"); "presented" and "given" count only after a form of "be"
// ("presented a gift to Y" is giving).
func giftReceived(toks []token, t *trig) int {
	for j := t.start - 1; j >= 0 && j >= t.start-6; j-- {
		w := toks[j].low
		if isBreak(toks, j) || w == "to" {
			return -1
		}
		if !receiveWords[w] {
			continue
		}
		switch w {
		case "presented", "given", "handed", "offered":
			k := j - 1
			if k >= 0 && (toks[k].low == "also" || toks[k].low == "been") {
				k--
			}
			if k < 0 || !bes[toks[k].low] {
				return -1
			}
		}
		return j
	}
	return -1
}

// giftFrom drafts a gift received (the receive word at recv) from its
// giver, the state named after "from" or "by" past the gift ("Putin
// received a gift from Bulgaria": Bulgaria's gift to Russia); with no
// giver named, nothing.
func (c *coder) giftFrom(idx int, s Sentence, toks []token, ms []mention, t *trig, recv int, dates []dateExpr) {
	receiver, giver := -1, -1
	for k := range ms {
		m := ms[k]
		if m.end <= recv && m.kind != mNonState && m.kind != mPronoun && len(m.states) == 1 && !(m.modifier && !m.poss) && !breakBetween(toks, m.end, recv) {
			receiver = k
		}
		if giver < 0 && m.start >= t.end && m.start-t.end <= 4 && m.kind != mNonState && m.kind != mPronoun && len(m.states) == 1 {
			j := m.start - 1
			if j >= 0 && toks[j].low == "the" {
				j--
			}
			if j >= t.end-1 && (toks[j].low == "from" || toks[j].low == "by") {
				giver = k
			}
		}
	}
	if receiver < 0 || giver < 0 || ms[receiver].state() == ms[giver].state() {
		return
	}
	c.emit(idx, s, t, ms[giver].state(), ms[receiver].state(), ms[giver].name, ms[receiver].name, t.p.conf, []string{"a gift received: its giver after from or by"}, dates, false)
}

// objectPronouns stand for an actor of the clause ("congratulating him"),
// no object of the participle's own.
var objectPronouns = wordSet("him", "her", "them")

// listSemicolons reads the semicolons of a list of actors as commas:
// "calls from H.E. Mr. Moon Jae-in, President of the Republic of Korea;
// H.E. Mr. E.D. Mnangagwa, President of Zimbabwe; and …" — each semicolon
// between an actor and the next, the list closed by "; and".
func listSemicolons(toks []token, inMention []int) {
	closed := -1
	for j := len(toks) - 2; j > 0; j-- {
		if toks[j].low == ";" && toks[j+1].low == "and" {
			closed = j
			break
		}
	}
	if closed < 0 {
		return
	}
	actorAt := func(j int) bool {
		for n := 0; j < len(toks) && n < 4; j, n = j+1, n+1 {
			if inMention[j] >= 0 {
				return true
			}
			if w := toks[j].low; w != "and" && w != "." && !honorifics.has(w) && !toks[j].capital {
				return false // "H.E. Mr. E.D. Mnangagwa": honorifics and initials before the name
			}
		}
		return false
	}
	// semicolons separate items that hold commas ("Name, President of
	// X"): the item before each must be nominal and hold one
	itemComma := func(j int) bool {
		for i := j - 1; i >= 0 && toks[i].text != ";"; i-- {
			w := toks[i].low
			if w == "," {
				return true
			}
			if inMention[i] < 0 && !toks[i].capital && w != "of" && w != "the" && w != "." && w != "and" && !honorifics.has(w) {
				return false
			}
		}
		return false
	}
	var seps []int
	for j := 1; j <= closed; j++ {
		if toks[j].low == ";" {
			if inMention[j-1] < 0 || !actorAt(j+1) || !itemComma(j) {
				return
			}
			seps = append(seps, j)
		}
	}
	for _, j := range seps {
		toks[j].low = ","
	}
}

// firstPersonIn reports whether a sentence speaks in the first person.
func firstPersonIn(ms []mention) bool {
	for _, m := range ms {
		if m.kind == mAuthor {
			return true
		}
	}
	return false
}

// impersonalIt reports "it's (a great) honour", "it is a pleasure" just
// before token i: the speaker's own feeling, said without "I".
func impersonalIt(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		switch w := toks[j].low; w {
		case "it's", "it’s", "'s", "’s", "is", "was":
			if w == "it's" || w == "it’s" || j > 0 && toks[j-1].low == "it" {
				return true
			}
		case "a", "an", "such", "great", "real", "huge", "honour", "honor", "pleasure", "privilege", "delight", "to", "be", "wonderful", "good",
			"highly", "most", "very", "deeply", "entirely", "totally", "absolutely", "indeed", "particularly", "truly":
		default:
			return false
		}
	}
	return false
}

// guestAfter are the words after a guest named in "pleased to have X …".
var guestAfter = wordSet("here", "with", "in", "at", "to", ",", ".", "today", "back", "visit", "visiting")

// contactVerbs take the one called or visited as their object and keep
// their own subject for an infinitive of purpose after it.
var contactVerbs = wordSet("called", "phoned", "telephoned", "rang", "visited", "met", "hosted", "received")

// contactedToAct reports whether m is the object of a contact verb whose
// subject is the one who acts in the infinitive at from: "President Trump
// called the Prime Minister earlier today to offer his condolences" (the
// President offers them; "urged X to", "asked X to" would make X act).
func contactedToAct(toks []token, m mention, from int) bool {
	if from < 1 || toks[from-1].low != "to" || from-1 < m.end || from-1-m.end > 3 {
		return false
	}
	for j := m.end; j < from-1; j++ {
		if !toks[j].word || toks[j].capital || clauseBreak[toks[j].low] {
			return false
		}
	}
	j := m.start - 1
	if j >= 0 && toks[j].low == "the" {
		j--
	}
	return j > 0 && contactVerbs[toks[j].low]
}

// afterReduced are the words that follow a reduced relative: "the
// officials designated today were …", "the diplomats expelled in March".
var afterReduced = wordSet("today", "yesterday", "on", "in", "under", "for", "last", "this", "earlier", "were", "was", "are",
	"is", "have", "had", "pursuant", "since", "at")

// subordinators open a participle clause whose subject is the main clause's.
var subordinators = wordSet("while", "after", "before", "by", "when", "since", "without")

var bes = wordSet("is", "are", "was", "were", "be", "been", "being", "get", "got", "gets", "'s")

// auxiliaries open a verb phrase: after them a verb's plain form is a verb.
var auxiliaries = wordSet("will", "would", "shall", "should", "can", "could", "may", "might", "must", "to", "not", "never", "did", "do",
	"does", "also", "then", "'ll", "jointly", "and", "or")

// datelineEnd returns the index after the dash that closes a wire
// story's dateline at the start of a sentence — capitalised words,
// commas, a day, an agency's name, then "--", "-" or "—" ("BANGKOK,
// Thailand --", "Wellington, April 14 NZPA -", "MOSCOW (AP) —") — or 0.
// A dateline has a comma or opens with a word in capitals, so "Russia -
// Ukraine talks" is none, nor is a hyphen within a word.
func datelineEnd(toks []token) int {
	if len(toks) < 3 || !toks[0].capital {
		return 0
	}
	comma := false
	for i := 0; i < len(toks) && i < 10; i++ {
		switch w := toks[i].text; {
		case w == "--" || w == "-" || w == "—" || w == "–" || w == "_":
			// a spaced dash: "U.N. Secretary-General" is no dateline; the
			// AP archive's "MANAGUA, Nicaragua (AP) _" underscore is one
			if i > 0 && toks[i].start > toks[i-1].end && (comma || len(toks[0].text) >= 4 && toks[0].text == strings.ToUpper(toks[0].text)) {
				for i+1 < len(toks) && toks[i+1].text == w {
					i++ // "--" is two tokens
				}
				return i + 1
			}
			return 0
		case w == ",":
			comma = true
		case w == "(" || w == ")" || isDigits(w):
		case toks[i].word && toks[i].capital:
		default:
			return 0
		}
	}
	return 0
}

func (c *coder) sentence(idx int, s Sentence) {
	if s.Para != c.lastPara {
		c.lastPara = s.Para
		if len(c.paraSts) > 8 {
			c.paraSts = c.paraSts[len(c.paraSts)-8:]
		}
	}
	toks := tokenize(s.Text, c.toks)
	c.toks = toks
	if len(toks) == 0 {
		return
	}
	// "Thirty-two years ago, on September 1, 1983, the Soviet Union
	// downed …": a sentence that dates itself years before publication
	// names the states and leaders of its own date
	dates := findDates(s.Text, c.d.Article.Published)
	if d, ok := c.ownDate(dates); ok {
		at := c.r.at
		c.r.at = d
		defer func() { c.r.at = at }()
	}
	// "BANGKOK, Thailand -- China invaded Vietnam", "Wellington, April 14
	// NZPA - The Government …": the dateline's place is where the story
	// was filed, no party to it; its words are read as punctuation
	dl := datelineEnd(toks)
	for i, n := 0, dl; i < n; i++ {
		toks[i].text, toks[i].low, toks[i].word, toks[i].capital, toks[i].poss = "—", "—", false, false, false
	}
	ms := c.r.find(toks)
	ms = c.bareOrganSubject(toks, ms, dl)
	notActors(toks, ms)
	inMention := make([]int, len(toks))
	for i := range inMention {
		inMention[i] = -1
	}
	for k, m := range ms {
		for j := m.start; j < m.end; j++ {
			inMention[j] = k
		}
	}
	listSemicolons(toks, inMention)
	c.noteLaunch(idx, toks, ms)
	groups := groupMentions(toks, ms)
	theyOfTheSentence(toks, ms, groups)
	for k := range ms {
		if g := groupOf(groups, k); len(g) == 2 && g[0] == k && ms[k].kind != mCollective && ms[g[1]].kind != mCollective {
			if pair := uniq(append(append([]string(nil), ms[k].states...), ms[g[1]].states...)); len(pair) == 2 {
				c.r.lastPair = pair
			}
		}
	}
	// the chair of a meeting announced here ("Wang Yi will chair the fifth
	// China-Central Asia Foreign Ministers' Meeting"), for the attendees
	// listed next
	for j := 1; j < len(toks); j++ {
		if !chairVerbs[toks[j].low] || !(toks[j-1].low == "will" || toks[j-1].low == "to" || inMentionAt(ms, j-1) >= 0) {
			continue
		}
		for k := len(ms) - 1; k >= 0; k-- {
			if m := ms[k]; m.end <= j && prepBefore(toks, m.start) == "" && m.kind != mPronoun && m.kind != mNonState && len(m.states) > 0 {
				c.chair, c.chairAt = m.states, idx
				break
			}
		}
		break
	}
	// 1. triggers: the longest match at each place, no overlaps
	var trigs []*trig
	for _, f := range c.lx.selectTriggers(toks, ms, inMention) {
		trigs = append(trigs, &trig{match: f, subjM: -1})
	}

	before := len(c.d.Candidates)
	consumedBy := map[int]*trig{} // mention → trigger that took it as object
	for ti, t := range trigs {
		c.code(idx, s, toks, ms, groups, t, trigs[:ti], consumedBy, dates)
	}
	c.anniversary(idx, s, toks, ms, groups, dates)
	c.relationsRestored(idx, s, toks, ms, groups, dates, before)
	c.switchedRecognition(idx, s, toks, ms, groups, dates, before)
	c.unwelcomeLeader(idx, toks, before)
	c.warBetween(idx, s, toks, ms, groups, dates)
	c.meetingFrame(idx, s, toks, ms, groups, dates)
	c.events(idx, s, toks, ms, groups, dates)
	c.visits(idx, s, toks, ms, groups, dates)
	c.phrasing(idx, s, toks, ms, groups, dates, before)
	c.badDeeds(idx, s, toks, ms, groups, dates, before)
	c.criticism(idx, s, toks, ms, groups, dates, before)
	c.goodwill(idx, s, toks, ms, groups, dates, before)
	c.cooperation(idx, s, toks, ms, groups, dates, before)
	c.invitedVisit(idx, s, toks, ms, dates, before)
	c.measures(idx, s, toks, ms, groups, dates, before)
	// remember the paragraph's states; report sentences that named two
	// states and gave nothing
	seen := map[string]bool{}
	var sts []string
	for _, m := range ms {
		if m.kind == mPronoun || m.kind == mNonState {
			continue
		}
		for _, st := range m.states {
			if !seen[st] {
				seen[st] = true
				sts = append(sts, st)
			}
		}
	}
	c.paraSts = append(c.paraSts, sts...)
	for _, st := range sts {
		c.r.noteRecent(st)
	}
	// the state this sentence is about, for the next one's "it", "they"
	for _, m := range ms {
		if m.kind == mAuthor || m.kind == mPronoun || m.kind == mNonState || m.kind == mCollective || len(m.states) == 0 || m.modifier {
			continue
		}
		if prepBefore(toks, m.start) != "" {
			continue
		}
		c.lastTopic = m.states
		break
	}
	c.organTopic(toks, ms, dl)
	// the person this sentence opens with; none when it opens with a
	// person no state is known for ("Mr. Mulino also announced …")
	// (counted after the dateline: "MANAGUA, Nicaragua (AP) _ After a day
	// of border clashes, President Daniel Ortega called …")
	opens := len(toks)
	if len(ms) > 0 {
		opens = ms[0].start
	}
	if opens > dl+9 {
		opens = dl + 9
	}
	if unknownPerson(toks, ms, dl, opens) {
		c.lastPerson = nil
	}
	for _, m := range ms {
		if m.start > dl+8 || m.start >= opens && unknownPerson(toks, ms, dl, opens) {
			break
		}
		if m.kind == mNonState {
			c.lastPerson = nil
			break
		}
		if m.kind == mLeader || m.kind == mOfficial || m.kind == mOrgan && m.entity == "" && isPersonOrgan(m.name) {
			c.lastPerson = m.states
			break
		}
		if m.kind == mPronoun && person[strings.ToLower(m.name)] {
			break // the same person goes on
		}
	}
	if len(c.d.Candidates) == before && len(sts) >= 2 {
		c.d.Missed = append(c.d.Missed, Missed{Sentence: idx, Text: s.Text, States: sts})
	}
}

// callVerbs ask another to act: "called on all Arab states to give …
// assistance to Syria".
var callVerbs = wordSet("urged", "urges", "urge", "urging", "asked", "asks", "ask", "asking", "appealed", "appeals", "appeal",
	"pressed", "presses", "pressing", "implored", "implores", "exhorted", "exhorts", "invited", "invites", "requested", "requests")

// stopVerbs: a call to stop an act asserts it (rule 29 of
// testdata/ANNOTATION.md: "called on the US to stop providing arms").
var stopVerbs = wordSet("stop", "cease", "end", "halt", "quit", "discontinue", "suspend", "refrain")

// calledToDo: the act at i is what another was called on to do ("It called
// on all Arab states to give full … assistance to Syria", "urged the Gulf
// states to send aid"): a demand, no deed (rule 15), unless a call to stop it.
func calledToDo(toks []token, i int) bool {
	for j := i; j >= 1 && j >= i-10; j-- {
		if l := toks[j-1].low; l == "." || l == ";" || l == ":" || clauseBreak[l] {
			return false
		}
		if toks[j-1].low != "to" || !toks[j].word || toks[j].capital || determiners[toks[j].low] {
			continue
		}
		if stopVerbs[toks[j].low] {
			return false
		}
		// the one called on, then the call: "called on all Arab states to"
		for k := j - 2; k >= 0 && k >= j-10; k-- {
			w := toks[k].low
			if w == "." || w == ";" || w == ":" {
				return false
			}
			if (w == "on" || w == "upon") && k >= 1 && strings.HasPrefix(toks[k-1].low, "call") {
				return k < j-2
			}
			if callVerbs[w] && k < j-2 && !(w == "appealed" || w == "appeals" || w == "appeal") {
				return true
			}
			if (w == "to") && k >= 1 && (toks[k-1].low == "appealed" || toks[k-1].low == "appeals" || toks[k-1].low == "appeal") {
				return k < j-2
			}
		}
		return false
	}
	return false
}

// defiantEnvoy: solidarity with an envoy "who refused to quit her position
// after the military administration took power" is with one who no longer
// speaks for the government (rule 58 of testdata/ANNOTATION.md).
func defiantEnvoy(toks []token, from int) bool {
	envoy := false
	for j := from; j < len(toks) && j < from+16; j++ {
		switch toks[j].low {
		case "ambassador", "envoy", "diplomat", "consul", "charge", "chargé":
			envoy = true
		case "who", "which":
			if envoy && j+1 < len(toks) {
				for k := j + 1; k < len(toks) && k <= j+3; k++ {
					switch toks[k].low {
					case "refused", "refuses", "defied", "defies", "defying", "refusing":
						return true
					}
				}
			}
		case ".", ";":
			return false
		}
	}
	return false
}

// informationNouns are what is handed over as news, no aid: "footage it
// said was provided by the Libyan government".
var informationNouns = wordSet("footage", "video", "videos", "images", "image", "pictures", "picture", "photos", "photographs",
	"photo", "information", "data", "details", "documents", "document", "figures", "statistics", "evidence", "transcript",
	"transcripts", "recording", "recordings", "text", "account", "accounts", "list", "lists", "copy", "copies", "map", "maps")

// neededAid: the aid or support at i is what a "need for" (or "need
// of", "need to") asks for, not what anyone gave ("the urgent need for
// reconstruction and humanitarian assistance to support the people of
// Gaza"); there is no clause break, nor "and" before a state, between.
// Support (aid) says solidarity only as what the needed aid is for: "the
// need for allies to stand together with Ukraine" expresses it.
func neededAid(toks []token, ms []mention, i int, viaAid bool) bool {
	aid := false
	for j := i - 1; j >= 1 && j >= i-10; j-- {
		w := toks[j].low
		if clauseBreak[w] || w == "," || w == "." || w == "and" && inMentionAt(ms, j+1) >= 0 {
			return false
		}
		aid = aid || aidNouns[w]
		if (w == "for" || w == "of" || w == "to") && (toks[j-1].low == "need" || toks[j-1].low == "needs") {
			return !viaAid || aid
		}
	}
	return false
}

var aidNouns = wordSet("aid", "assistance", "relief", "funding", "help", "supplies")

// informationGiven: the thing a bare "provide" or "supply" hands over is
// information ("video … supplied by the Syrian government", "provided the
// footage to"), no aid.
func informationGiven(toks []token, t *trig) bool {
	if t.end-t.start != 1 {
		return false
	}
	w := toks[t.start].low
	if !strings.HasPrefix(w, "provid") && !strings.HasPrefix(w, "suppl") && !strings.HasPrefix(w, "hand") {
		return false
	}
	for j := t.end; j < len(toks) && j <= t.end+3; j++ {
		if informationNouns[toks[j].low] {
			return true
		}
		if !toks[j].word {
			break
		}
	}
	if t.end < len(toks) && toks[t.end].low == "by" {
		for j := t.start - 1; j >= 0 && j >= t.start-6; j-- {
			if informationNouns[toks[j].low] {
				return true
			}
		}
	}
	return false
}

// summonedToHear: the subject found is the one summoned ("called in
// Japan's top envoy in Seoul on Monday to lodge a protest"): the purpose
// after it is the summoner's, not the envoy's.
func summonedToHear(toks []token, m mention, trigAt int) bool {
	if trigAt <= m.end || trigAt >= len(toks) {
		return false
	}
	to := false
	for j := m.end; j < trigAt; j++ {
		if l := toks[j].low; l == "." || l == ";" || clauseBreak[l] {
			return false
		}
		if toks[j].low == "to" {
			to = true
		}
	}
	if !to {
		return false
	}
	for j, n := m.start-1, 0; j >= 0 && n < 3; j, n = j-1, n+1 {
		switch toks[j].low {
		case "summoned", "summons", "summoning", "summon":
			return true
		case "in":
			return j >= 1 && strings.HasPrefix(toks[j-1].low, "call")
		case "the", "its", "his", "her", "their", "top":
			continue
		}
		return false
	}
	return false
}

// subordinateSubject: the mention opens a clause of its own ("summoned
// Beijing's envoy after the China Coast Guard fired water cannons at …"):
// taken as an earlier trigger's object, it is still this verb's subject.
func subordinateSubject(toks []token, m mention) bool {
	j := m.start - 1
	if j >= 0 && toks[j].low == "the" {
		j--
	}
	if j < 0 {
		return false
	}
	switch toks[j].low {
	case "after", "when", "because", "since", "before", "while", "once", "until", "as":
		return true
	}
	return false
}

// eventVerbs, after "threatening to" / "threatens to", say what a
// development may do: "developments … threatening to become fateful",
// "the row threatens to derail the talks". A state that threatens to act
// threatens to do a deed ("threatened to cut gas supplies").
var eventVerbs = wordSet("become", "derail", "unravel", "spill", "spiral", "engulf", "overshadow", "escalate", "plunge",
	"upend", "scuttle", "wreck", "worsen", "deepen", "widen", "reignite", "jeopardize", "jeopardise", "overwhelm", "eclipse",
	"destabilize", "destabilise", "complicate", "sour", "poison", "torpedo", "boil", "erupt", "snowball", "drag", "turn")

// eventThreat: the threat is a development's, "threatening to become" or
// "threatens to derail", not a state's.
func eventThreat(toks []token, t *trig) bool {
	if !strings.HasPrefix(toks[t.start].low, "threaten") {
		return false
	}
	j := t.start + 1
	return j+1 < len(toks) && toks[j].low == "to" && eventVerbs[toks[j+1].low]
}

// recognizeForms are the verb's forms, diplomatic or cognitive.
var recognizeForms = wordSet("recognize", "recognizes", "recognized", "recognizing", "recognise", "recognises", "recognised", "recognising",
	"acknowledge", "acknowledges", "acknowledged", "acknowledging")

// cognitionNouns, after "recognizes the …", make it a thought, not the
// recognition of a state or government: "recognizes the genuine need to
// support Pakistan", "recognized the importance of the talks".
var cognitionNouns = wordSet("need", "needs", "necessity", "importance", "value", "role", "roles", "efforts", "effort", "right", "rights",
	"fact", "urgency", "significance", "contribution", "contributions", "achievements", "progress", "challenges", "concerns",
	"difficulties", "risk", "risks", "danger", "dangers", "benefits", "merits", "limits", "reality", "realities", "gravity",
	"seriousness", "sacrifices", "suffering", "plight", "complexity", "potential")

// cognition: the words from token i are what a cognitive "recognize"
// takes: "that …", "the (genuine) need to …", "the importance of …".
func cognition(toks []token, i int) bool {
	if i >= len(toks) {
		return false
	}
	if toks[i].low == "that" || toks[i].low == "how" || toks[i].low == "what" {
		return true
	}
	if toks[i].low != "the" && toks[i].low != "a" && toks[i].low != "an" {
		return false
	}
	for j := i + 1; j < len(toks) && j <= i+3; j++ {
		if !toks[j].word || toks[j].capital {
			return false
		}
		if cognitionNouns[toks[j].low] {
			return true
		}
	}
	return false
}

// inCognition: the trigger at i is inside a cognitive recognition's
// object: "recognizes the genuine need to support Pakistan" (no support
// is given, a need is acknowledged).
func inCognition(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-7; j-- {
		if !toks[j].word && toks[j].low != "-" {
			return false
		}
		if recognizeForms[toks[j].low] {
			return cognition(toks, j+1)
		}
	}
	return false
}

// notActors makes no-state mentions of the states a sentence names only to
// leave them out or to name a war: "all Arab states except Oman, Somalia
// and the Sudan severed relations" (except, except for, but after "all",
// "every" or "each", other than, apart from, save: the list after it is
// the states that did not), "its biggest air strike since the Vietnam War"
// ("the X War" names a war, not a state attacked). Their names then
// neither act nor suffer.
func notActors(toks []token, ms []mention) {
	off := func(k int) {
		ms[k].kind, ms[k].states, ms[k].how = mNonState, nil, "excepted or a war's name"
	}
	for k := 0; k < len(ms); k++ {
		m := ms[k]
		if m.end < len(toks) && toks[m.end].text == "War" && m.start > 0 && toks[m.start-1].low == "the" && !m.poss {
			off(k)
			continue
		}
		if !excepting(toks, m.start) {
			continue
		}
		// the list: "Oman, Somalia and the Sudan"
		off(k)
		for k+1 < len(ms) {
			gap := toks[ms[k].end:ms[k+1].start]
			if len(gap) == 0 || len(gap) > 2 {
				break
			}
			ok := true
			for _, g := range gap {
				if g.low != "," && g.low != "and" && g.low != "or" && g.low != "the" && g.low != "nor" {
					ok = false
				}
			}
			if !ok {
				break
			}
			k++
			off(k)
		}
	}
}

// excepting: the words before token i leave out what follows ("except",
// "except for", "other than", "apart from", "save for", "but" after a
// quantified noun: "all Arab states but Oman").
func excepting(toks []token, i int) bool {
	j := i - 1
	if j >= 0 && toks[j].low == "the" {
		j--
	}
	if j < 0 {
		return false
	}
	switch w := toks[j].low; {
	case w == "except" || w == "excepting" || w == "excluding":
		return true
	case w == "for" || w == "from" || w == "than":
		if j == 0 {
			return false
		}
		p := toks[j-1].low
		return w == "for" && (p == "except" || p == "save") || w == "from" && (p == "apart" || p == "aside") || w == "than" && p == "other"
	case w == "but":
		// "all Gulf states but Qatar", "every neighbour but Chile"
		for b := j - 1; b >= 0 && b >= j-4; b-- {
			if !toks[b].word {
				return false
			}
			if l := toks[b].low; l == "all" || l == "every" || l == "each" || l == "any" || l == "none" {
				return true
			}
		}
	}
	return false
}

// counterpartAt: the mention ends in "counterpart" ("his Afghan
// counterpart"), the other party of a pair.
func counterpartAt(toks []token, m mention) bool {
	w := toks[m.end-1].low
	if m.poss && m.end >= 2 {
		w = toks[m.end-2].low
	}
	return w == "counterpart" || w == "counterparts"
}

// theyOfTheSentence: "they", "their" after a coordination of states in the
// same sentence are those states ("… that India and Sri Lanka would further
// enhance their friendly ties"), not the parties of the last meeting.
func theyOfTheSentence(toks []token, ms []mention, groups []int) {
	for k := range ms {
		m := &ms[k]
		if m.kind != mCollective || m.end-m.start != 1 {
			continue
		}
		if w := toks[m.start].low; w != "they" && w != "their" && w != "them" {
			continue
		}
		for j := k - 1; j >= 0; j-- {
			if ms[j].kind == mCollective || ms[j].kind == mPronoun || ms[j].kind == mNonState {
				continue
			}
			g := groupOf(groups, j)
			var sts []string
			for _, gi := range g {
				if ms[gi].kind != mNonState && ms[gi].kind != mPronoun {
					sts = append(sts, ms[gi].states...)
				}
			}
			if sts = uniq(sts); len(sts) >= 2 {
				m.states = sts
				m.how = "the states named before it"
			}
			break
		}
	}
}

// groupMentions joins coordinated actors: "Vietnam, Laos and Cuba", "the
// United States and Japan", "Russian-US". It returns each mention's group.
func groupMentions(toks []token, ms []mention) []int {
	g := make([]int, len(ms))
	link := make([]bool, len(ms))   // mention i joins mention i-1
	strong := make([]bool, len(ms)) // by "and", "or", "-", "&" (not a bare comma)
	for i := range ms {
		g[i] = i
		// "President Biden and I stood with …": the speaker coordinated
		// after a named party
		meAnd := i > 0 && ms[i].kind == mAuthor && strings.ToLower(ms[i].name) == "i" && ms[i].start == ms[i-1].end+1 &&
			toks[ms[i-1].end].low == "and" && ms[i-1].kind != mAuthor && ms[i-1].kind != mPronoun && ms[i-1].kind != mNonState && !ms[i-1].poss
		if meAnd {
			link[i], strong[i] = true, true
			continue
		}
		// "Foreign Minister Zardari and his Afghan counterpart": a
		// possessive pronoun opening the second party of a pair joins it
		// to the first, the pronoun with it
		if i >= 2 && ms[i-1].kind == mPronoun && ms[i-1].poss && ms[i-1].end == ms[i].start && person[strings.ToLower(ms[i-1].name)] &&
			ms[i-2].end+1 == ms[i-1].start && toks[ms[i-2].end].low == "and" && len(ms[i].states) > 0 && ms[i].kind != mNonState &&
			ms[i-2].kind != mPronoun && ms[i-2].kind != mAuthor && ms[i-2].kind != mNonState && !ms[i-2].poss && counterpartAt(toks, ms[i]) {
			link[i-1], strong[i-1], link[i], strong[i] = true, true, true, true
			continue
		}
		if i == 0 || ms[i].kind == mPronoun || ms[i-1].kind == mPronoun || ms[i].kind == mAuthor || ms[i-1].kind == mAuthor {
			continue
		}
		if pr := prepBefore(toks, ms[i-1].start); pr == "according to" {
			continue
		}
		ok := true
		comma, pending := false, false
		for j := ms[i-1].end; j < ms[i].start; j++ {
			switch toks[j].low {
			case ",":
				comma = true
			case "the", "both", "visiting":
			case "and", "-", "&", "as", "well", "or", "nor":
				strong[i] = true
			default:
				// a list of officials: "… Kingdom of Bhutan and Mr. Lotay
				// Tshering, Prime Minister of Bhutan, Mr. Gotabaya Rajapaksa,
				// President and …": names, honorifics and their brackets
				// "Kazakhstan’s Foreign Minister Murat Nurtleu, Kyrgyzstan’s …":
				// a name closing an item is followed by the list's comma
				if t := toks[j]; t.word && t.capital || honorifics.has(t.low) || t.text == "(" || t.text == ")" || t.text == "[" || t.text == "]" || t.text == "." {
					if !comma && !strong[i] {
						pending = true
					}
					continue
				}
				// "Mr. Jigme Khesar Namgyel Wangchuck, The Druk Gyalpo of
				// Kingdom of Bhutan and …": a title's "of" before the next
				// item's state, after the list's comma
				if toks[j].low == "of" && comma && j > 0 && toks[j-1].word && toks[j-1].capital && (j+1 == ms[i].start || j+2 == ms[i].start && toks[j+1].low == "the") {
					continue
				}
				ok = false
			}
		}
		if pending && !comma && !strong[i] {
			ok = false
		}
		link[i] = ok && !ms[i-1].poss
		// "At the invitation of Foreign Minister Qin Gang, Mongolian Foreign
		// Minister Batmunkh will visit": a name under a preposition and the
		// subject after the comma are no list
		if link[i] && comma && !strong[i] {
			first := i - 1
			for first > 0 && link[first] {
				first--
			}
			if pr, j := prepAt(toks, ms[first].start); pr != "" && j <= 6 && preps[toks[0].low] && prepBefore(toks, ms[i].start) == "" {
				// the phrase opens the sentence: "At the invitation of …, "
				link[i] = false
			}
		}
		if ms[i-1].end == ms[i].start {
			strong[i] = link[i]
			// "During his technical halt in Tehran EAM called on …": a
			// place closing a phrase of place, then the subject
			if k := ms[i].kind; (k == mOfficial || k == mLeader || k == mOrgan) && locPreps[prepBefore(toks, ms[i-1].start)] {
				link[i], strong[i] = false, false
			}
		}
		// "the President of the Russian Federation Mr. Vladimir Putin": one
		// actor named twice
		if !link[i] && !ms[i-1].poss && len(ms[i].states) > 0 && sameStates(ms[i-1].states, ms[i].states) {
			gapOK := true
			for j := ms[i-1].end; j < ms[i].start; j++ {
				gapOK = gapOK && (honorifics.has(toks[j].low) || toks[j].text == "," || toks[j].text == "[" || toks[j].text == "(" || // "the Kyrgyz Republic [Chingiz Aidarbekov]"
					givenNameBefore(toks, ms[i], j))
			}
			if gapOK {
				link[i], strong[i] = true, true
			}
		}
	}
	// "… in Gaza, and Chile and Colombia recalled their ambassadors": a
	// list has one "and", before its last item; a comma and "and" before
	// a pair joined by "and" open a new clause, no list
	for i := 1; i+1 < len(ms); i++ {
		if !link[i] || !link[i+1] || ms[i].end != ms[i+1].start-1 || toks[ms[i].end].low != "and" {
			continue
		}
		if e := ms[i-1].end; ms[i].start == e+2 && toks[e].low == "," && toks[e+1].low == "and" {
			link[i] = false
		}
	}
	// a chain of links is a list only if some link is "and"/"or": "A, B
	// and C"; "According to KCNA, Kim" is none.
	for i := 0; i < len(ms); {
		j := i + 1
		anyStrong := false
		for j < len(ms) && link[j] {
			anyStrong = anyStrong || strong[j]
			j++
		}
		// "South Korea, the United States and other democracies": the
		// list goes on past its last actor
		if !anyStrong && j-1 > i {
			if e := ms[j-1].end; e < len(toks) && (toks[e].low == "and" || toks[e].low == "or" || e+1 < len(toks) && toks[e].low == "," && toks[e+1].low == "and") {
				anyStrong = true
			}
		}
		if anyStrong {
			for k := i + 1; k < j; k++ {
				g[k] = g[i]
			}
		}
		i = j
	}
	return g
}

// givenNameBefore: token j is one of the capitalised words run up against
// a leader's or official's mention, the given names of one resolved by
// the surname alone ("President of South Sudan Salva Kiir" when "Salva
// Kiir" is two people in the gazetteer on the date and "Kiir" the one in
// office): part of that person's name, not a word breaking the list.
func givenNameBefore(toks []token, m mention, j int) bool {
	if m.kind != mLeader && m.kind != mOfficial || j >= m.start || m.start-j > 3 {
		return false
	}
	for k := j; k < m.start; k++ {
		if t := toks[k]; !t.word || !t.capital || t.poss || honorifics.has(t.low) || isConnector(t.low) {
			return false
		}
	}
	return true
}

// membershipNouns name a body a state belongs to.
var membershipNouns = wordSet("coalition", "coalitions", "alliance", "league", "bloc", "membership", "organisation", "organization",
	"grouping", "commonwealth", "federation")

// memberExpelled: "the Saudi-led Arab coalition … said it had expelled
// Qatar" — a state itself, not its envoys, expelled where the sentence
// speaks of a body of members, is put out of that body: no expulsion of
// diplomats (ANNOTATION.md rule 35 is of envoys).
func memberExpelled(toks []token, ms []mention, t *trig, obj string) bool {
	k := mentionStartingAt(ms, t.end)
	if k < 0 || ms[k].kind != mState || ms[k].poss || ms[k].modifier || len(ms[k].states) != 1 || ms[k].states[0] != obj {
		return false
	}
	for _, tk := range toks {
		if membershipNouns[tk.low] {
			return true
		}
	}
	return false
}

func groupOf(groups []int, k int) []int {
	var out []int
	for i, g := range groups {
		if g == groups[k] {
			out = append(out, i)
		}
	}
	return out
}

// prepBefore returns the preposition governing a mention starting at
// token i (skipping determiners and a few modifiers), or "".
func prepBefore(toks []token, i int) string {
	w, _ := prepAt(toks, i)
	return w
}

// prepAt is prepBefore with the preposition's token index (-1 for none).
func prepAt(toks []token, i int) (string, int) {
	for j, n := i-1, 0; j >= 0 && n < 4; j, n = j-1, n+1 {
		w := toks[j].low
		if preps[w] {
			if w == "to" && j >= 1 && toks[j-1].low == "according" {
				return "according to", j
			}
			return w, j
		}
		switch w {
		case "the", "a", "an", "its", "his", "her", "their", "our", "new", "newly", "elected", "all", "other", "both", "fellow",
			"\"", "“", "”", "'", "’", "such", "several", "many", "some", "two", "three", "neighbouring", "neighboring", "brotherly", "friendly",
			"excellency", "excellencies", "majesty", "highness": // "with His Excellency Putin"
			continue
		case ",":
			// "met in Manila, the Philippines, on …": a place's apposition
			// keeps the place's preposition — when the name ends its phrase
			// ("in Russia, the Prime Minister conveyed …" is a new clause)
			e := i
			for e < len(toks) && (toks[e].word && toks[e].capital || isConnector(toks[e].low) || toks[e].text == "-" || toks[e].text == ".") {
				e++
			}
			if e < len(toks) {
				switch toks[e].low {
				case ",", ".", ";", "on", "in", "at", "for", "from", "to", "during", "and":
				default:
					return "", -1
				}
			}
			for k, m := j-1, 0; k >= 0 && m < 5; k, m = k-1, m+1 {
				if toks[k].text == "-" && k < j-1 {
					continue // "from Al-Jawf, Yemen"
				}
				// "a missile launched from Al-Jawf, Yemen": the launch site's
				// state is a place too
				if (toks[k].low == "in" || toks[k].low == "at" || toks[k].low == "from" || toks[k].low == "near") && k < j-1 {
					return toks[k].low, k
				}
				if !toks[k].word || !toks[k].capital || dateWords[toks[k].low] {
					break // "In March, China praised …": a date, no place
				}
			}
		}
		return "", -1
	}
	return "", -1
}

func (c *coder) code(idx int, s Sentence, toks []token, ms []mention, groups []int, t *trig, prev []*trig, consumedBy map[int]*trig, dates []dateExpr) {
	c.ms, c.groups = ms, groups
	p := t.p
	defer c.joinedIn(idx, s, toks, ms, groups, t, len(c.d.Candidates))
	if p.typ == "PRAISED" && thanksWord(toks[t.start].low) {
		defer c.thankedFor(toks, t, len(c.d.Candidates))
	}
	if p.typ == "EXPELLED" && (strings.HasPrefix(toks[t.start].low, "clos") || strings.HasPrefix(toks[t.start].low, "shut")) {
		// "would close its embassy and all consulates in the United
		// States": the mission withdrawn ends the relations too (rule 64)
		defer c.alsoType(len(c.d.Candidates), "REDUCED_RELATIONS")
	}
	if c.metIn == idx && c.metParties != nil {
		// "they" resolved before the sentence's meeting was read stand for
		// its parties once it has been
		for k := range ms {
			if w := toks[ms[k].start].low; ms[k].kind == mCollective && ms[k].start > c.metAt && ms[k].end == ms[k].start+1 && (w == "they" || w == "their" || w == "them") {
				ms[k].states = c.metParties
			}
		}
	}
	if quotedFromOpposition(toks, t.start) || p.typ == "MET" && meetsAThing(toks, t) {
		return
	}
	if p.flags&fInvitation != 0 {
		c.invitation(idx, s, toks, ms, t, dates)
		return
	}
	if p.flags&fFirstPerson != 0 {
		c.firstPerson(idx, s, toks, ms, groups, t, dates)
		return
	}
	if p.flags&fOfSubj != 0 {
		c.ofSubject(idx, s, toks, ms, groups, t, dates)
		return
	}
	if p.flags&fEnvoy != 0 {
		c.envoyTo(idx, s, toks, ms, t, dates)
		return
	}
	if p.flags&fDepart != 0 {
		c.envoysLeave(idx, s, toks, ms, t, dates)
		return
	}
	if p.flags&fJudged != 0 {
		c.judgedDeed(idx, s, toks, ms, groups, t, dates)
		return
	}
	// "the Russians expelled from Britain": the state expelling is the one
	// right after "from" ("expelled from its territory 25 Russians" is not)
	if p.flags&fReverse != 0 && toks[t.end-1].low == "from" {
		k := mentionStartingAt(ms, t.end)
		if k < 0 && t.end+1 < len(toks) && toks[t.end].low == "the" {
			k = mentionStartingAt(ms, t.end+1)
		}
		if k < 0 || ms[k].kind == mPronoun || ms[k].kind == mAuthor || ms[k].poss {
			return
		}
	}
	// "provinces under attack were resisting the Chinese advance": what is
	// under attack names no attacker unless "from" or "by" says
	if p.typ == "ATTACKED" && t.start > 0 && toks[t.start-1].low == "under" && t.end == t.start+1 &&
		!(t.end < len(toks) && (toks[t.end].low == "from" || toks[t.end].low == "by")) {
		return
	}
	// "counterattacking the Vietnamese aggressors": a demonym before
	// "aggressors" names the ones blamed, not the one blaming
	if p.typ == "CRITICIZED" && p.flags&fAnyObj != 0 {
		if k := inMentionAt(ms, t.start-1); k >= 0 && ms[k].kind == mState && ms[k].demonym {
			return
		}
	}
	if p.typ == "CRITICIZED" && blameVerbs[toks[t.start].low] && !blamedFor(toks, t.end) {
		return // "Israeli jets blasted the town": no criticism without its grounds
	}
	if p.typ == "MET" && !aMeeting(toks, ms, t) {
		return
	}
	// "Putin received another live gift Bulgarian shepherd dog", "was
	// presented with a gift": the receiver is no giver
	if p.typ == "SENT_GIFT" {
		if j := giftReceived(toks, t); j >= 0 {
			c.giftFrom(idx, s, toks, ms, t, j, dates)
			return
		}
	}
	if p.typ == "THREATENED" && eventThreat(toks, t) {
		return
	}
	if p.typ == "THREATENED" && p.flags&fNominal != 0 && responseGiven(toks, t) {
		return // "thanked his counterpart for his swift response"
	}
	if p.typ == "ATTACKED" && fightingAnIll(toks, t) {
		return // "fight the pandemic with Laos shoulder to shoulder"
	}
	if p.flags&fVerb != 0 && t.start > 0 && provisionVerbs[toks[t.start-1].low] && !strings.HasSuffix(toks[t.start].low, "ing") {
		return // "a loan to provide supports to Mongolia": a noun after the verb of giving, no verb
	}
	if p.typ == "ATTACKED" && occupiesAPlace(toks, t) {
		return // "Sri Lanka occupies a special place in the hearts and minds of Indians"
	}
	if p.typ == "PRAISED" && thanksToOwing(toks, t) {
		return // "the victory was achieved thanks to Turkey's contribution"
	}
	if p.typ != "APPEALED_FOR_COOPERATION" && calledToDo(toks, t.start) {
		return
	}
	if p.typ == "EXPRESSED_SOLIDARITY" && defiantEnvoy(toks, t.end) {
		return
	}
	if p.typ == "GAVE_AID" && informationGiven(toks, t) {
		return
	}
	if (p.typ == "GAVE_AID" || p.typ == "EXPRESSED_SOLIDARITY") && neededAid(toks, ms, t.start, p.typ == "EXPRESSED_SOLIDARITY") {
		return // "agreed on the urgent need for reconstruction and humanitarian assistance to support the people of Gaza"
	}
	if recognizeForms[toks[t.start].low] && cognition(toks, t.end) || inCognition(toks, t.start) {
		return
	}
	if t.start >= 2 && toks[t.start-1].low == "to" && (toks[t.start-2].low == "right" || toks[t.start-2].low == "rights") {
		return // "Ukraine's right to strike Russian territory": a right, no deed
	}
	if p.flags&fTroops != 0 && !afterTroops(toks, t.start) {
		return // "Soviet troops entered Czechoslovakia", not "the President entered Poland"
	}
	if p.typ == "RECOGNIZED" && recognitionOfPart(toks, ms, t) {
		return // "recognition of the independence of two regions in eastern Ukraine"
	}
	if p.typ == "RECOGNIZED" && recognitionOfThing(toks, ms, t) {
		return // "its recognition of the new Republic, both Morocco and", "internationally recognized standards"
	}
	if praisedDecision(toks, t.start) || p.typ == "PRAISED" && praiseOfDecision(toks, t) {
		return // "highly commends the decision to sever diplomatic ties with Taiwan"
	}
	if p.typ != "CRITICIZED" && accusedAct(toks, t.start) {
		return // "held accountable for enabling and supporting Putin's attacks"
	}
	if p.typ == "MET" && nonOfficialTrip(toks, t.start) {
		return // "the athletes traveled to Moscow"
	}
	if p.typ == "APPEALED_FOR_COOPERATION" && continuingToCoordinate(toks, t) {
		t.typ = "MET" // "was continuing to coordinate with Australia, France" holds talks (rule 63)
	}
	if p.typ == "RECOGNIZED" && recognitionWithdrawn(toks, t.start) {
		t.typ = "REDUCED_RELATIONS" // "had withdrawn recognition of the United States"
	}
	conf := p.conf
	var reasons []string
	// negation, modality, report
	clauseStart := 0
	for j := t.start - 1; j >= 0; j-- {
		if clauseBreak[toks[j].low] {
			clauseStart = j + 1
			break
		}
	}
	// "it provided no guarantees against …", "sent no aid": a verb whose
	// object is denied gives nothing
	if p.flags&fVerb != 0 && p.flags&fRefusal == 0 {
		for j := t.start + 1; j <= t.end && j < len(toks); j++ {
			if toks[j].low == "no" || toks[j].low == "neither" {
				return
			}
		}
	}
	if p.flags&fRefusal == 0 {
		for j := t.start - 1; j >= clauseStart && j >= t.start-5; j-- {
			w := toks[j].low
			if negators[w] || strings.HasSuffix(w, "n't") {
				return // a negated relation is no fact ("would not meet")
			}
			// "Kiribati will stop building ties with Taiwan": a state's own
			// verb of stopping before the act's -ing form undoes it; a call
			// on another to stop it presupposes it (rule 29: stopCalled)
			// (an appeal is speech, no deed a call could presuppose: "urges
			// the U.S. … to stop building military ties with it" is none,
			// rules 6, 15)
			if stopVerbs[w] && j+1 <= t.start && strings.HasSuffix(toks[j+1].low, "ing") && toks[j+1].word && (p.typ == "APPEALED_FOR_COOPERATION" || !demandBefore(toks, j)) {
				return
			}
			if (p.typ == "SANCTIONED" || p.typ == "GAVE_AID") && liftVerbs[w] || p.typ == "GAVE_AID" && obstructVerbs[w] {
				return // "lifted its trade ban on", "a suspension of arms shipments to", "blocking aid convoys to": undone
			}
		}
		// "lifted the U.S. trade and economic sanctions against": the
		// sanctions' own words between
		if p.typ == "SANCTIONED" && p.flags&fNominal != 0 {
			for j := t.start - 6; j >= clauseStart && j >= t.start-8; j-- {
				if liftVerbs[toks[j].low] {
					return
				}
			}
		}
		for j := t.start - 1; j >= clauseStart && j >= t.start-6; j-- {
			switch toks[j].low {
			case "will", "shall", "'ll":
				if p.typ == "APPEALED_FOR_COOPERATION" {
					// "will coordinate closely", "will continue working
					// together": a pledge of cooperation is the appeal itself
					conf *= 0.9
					reasons = append(reasons, "future (a pledge)")
					break
				}
				conf *= 0.75
				reasons = append(reasons, "future")
			case "would", "must", "should":
				// "reaffirmed that they would work together", "agreed that we
				// all must work together": reported speech, not a hypothetical
				if reportedThat(toks, j) {
					conf *= 0.85
					reasons = append(reasons, "reported (that … "+toks[j].low+")")
					break
				}
				conf *= 0.5
				reasons = append(reasons, "hypothetical ("+toks[j].low+")")
			case "could", "might", "may", "can":
				// "discussed ways in which the United States and Türkiye can
				// strengthen …": the topic of talks, not a hypothetical
				if waysOrHow(toks, j) || nameOrMonth(toks, j) {
					break
				}
				conf *= 0.5
				reasons = append(reasons, "hypothetical ("+toks[j].low+")")
			case "going", "about":
				// "Souvanna was going (to) visit Czechoslovakia": a plan
				// reported in the past, not done (no firm future of the
				// author, rule 16); "is going to visit": a future
				if j > 0 && bes[toks[j-1].low] && j+1 < len(toks) && (toks[j+1].low == "to" || j+1 == t.start && toks[j].low == "going") {
					if w := toks[j-1].low; w == "was" || w == "were" {
						conf *= 0.45 // below the cut even for the surest rule (0.9)
						reasons = append(reasons, "intention (was "+toks[j].low+" to)")
					} else {
						conf *= 0.75
						reasons = append(reasons, "future ("+toks[j].low+" to)")
					}
				}
			case "to":
				// "the President was to visit Moscow": a plan of the past
				if j+1 == t.start && j > 0 && (toks[j-1].low == "was" || toks[j-1].low == "were") && p.flags&fVerb != 0 {
					conf *= 0.45
					reasons = append(reasons, "intention (was to)")
				}
			case "forward":
				// "looked forward to welcoming President Putin in India"
				if j > 0 && strings.HasPrefix(toks[j-1].low, "look") && j+1 < len(toks) && toks[j+1].low == "to" && p.typ != "APPEALED_FOR_COOPERATION" {
					conf *= 0.5
					reasons = append(reasons, "intention (looked forward to)")
				}
			case "pleased", "happy", "glad", "delighted", "honored", "honoured":
				// "will be pleased to visit Iran": an intention
				if futurePleased(toks, j) && p.typ != "APPEALED_FOR_COOPERATION" {
					conf *= 0.5
					reasons = append(reasons, "intention ("+toks[j].low+" to)")
				}
			case "plans", "plan", "planned", "intends", "intend", "ready", "expected", "prepared", "seeks", "aims", "hopes", "wants", "threatened", "threatening", "threats", "threat",
				"keenness", "keen", "eager", "eagerness", "willingness", "desire",
				"plots", "plot", "plotted", "attempt", "attempts", "attempted", "tried", "sought", "seeking", "efforts", "effort":
				// an appeal is an intention itself: "China is ready to work
				// with Japan"
				// "efforts to provide assistance", "efforts to defend itself": what
				// is being done, not what is planned
				ongoing := (toks[j].low == "efforts" || toks[j].low == "effort") && (p.flags&fReverse != 0 || p.typ == "GAVE_AID" || p.typ == "EXPRESSED_SOLIDARITY")
				if j+1 < len(toks) && toks[j+1].low == "to" && p.typ != "APPEALED_FOR_COOPERATION" && !ongoing {
					conf *= 0.5
					reasons = append(reasons, "intention ("+toks[j].low+" to)")
				}
			}
		}
		// "a lasting peace will allow the United States to support Sudan's
		// recovery", "will set the stage for the United States … to
		// support": what something would make possible is not done
		if t.start >= 2 && toks[t.start-1].low == "to" {
		enabled:
			for j := t.start - 2; j >= clauseStart && j >= t.start-16; j-- {
				w := toks[j].low
				if enablers[w] || (w == "stage" || w == "way") && j+1 < len(toks) && toks[j+1].low == "for" && j >= 1 && (toks[j-1].low == "the" || toks[j-1].low == "a") {
					conf *= 0.5
					reasons = append(reasons, "made possible, not done ("+w+" … to)")
					break enabled
				}
			}
		}
		for j := 0; j < len(toks); j++ {
			switch toks[j].low {
			case "if", "unless", "whether":
				// the act inside the if-clause is hypothetical ("if it attacks
				// Israel"); the act it conditions, before or after it, is
				// conditional ("sanctions could be tightened … if Pyongyang
				// conducts …")
				inside := j < t.start
				for k := j + 1; k < t.start && inside; k++ {
					inside = toks[k].low != ","
				}
				if p.typ == "THREATENED" && j > t.start {
					// "warned that if the aggressors unleash war, the Soviet
					// Union will deliver …": the condition is the threat's own
					break
				}
				if j > t.end && saidAfter(toks, t.end, j) {
					// "lashed out Wednesday at planned … drills and warned
					// that the United States will face … if it ignores …":
					// the condition is the later saying's
					break
				}
				conf *= 0.5
				if inside {
					reasons = append(reasons, "hypothetical ("+toks[j].low+")")
				} else {
					reasons = append(reasons, "conditional ("+toks[j].low+")")
				}
			case "long":
				if j > 0 && j+1 < len(toks) && (toks[j-1].low == "as" || toks[j-1].low == "so") && toks[j+1].low == "as" && j < t.start {
					conf *= 0.5
					reasons = append(reasons, "conditional ("+toks[j-1].low+" long as)")
				}
			case "any":
				if j < t.start && j+1 < len(toks) && toks[j+1].low == "further" {
					conf *= 0.5
					reasons = append(reasons, "hypothetical (any further)")
				}
			}
		}
		// a modal after a nominal act: "sanctions could be tightened"
		if p.flags&fNominal != 0 && t.end < len(toks) {
			switch toks[t.end].low {
			case "could", "would", "might", "may":
				if nameOrMonth(toks, t.end) {
					break
				}
				conf *= 0.5
				reasons = append(reasons, "hypothetical ("+toks[t.end].low+")")
			}
		}
	}
	// a sanction, expulsion or attack made conditional ("… if Pyongyang
	// conducts further provocative actions") is a warning of it: a threat
	// — when the condition is the target's own conduct: "sanctions could be
	// tightened if Pyongyang conducts …" threatens North Korea; "if Russia
	// cared …, it could stop its attacks" threatens no one (decided once the
	// object is known)
	var condWho []string
	if strings.Contains(strings.Join(reasons, " "), "conditional") {
		switch p.typ {
		case "SANCTIONED", "EXPELLED", "ATTACKED":
			for j := 0; j < len(toks); j++ {
				w := toks[j].low
				if w == "long" && j > 0 && j+1 < len(toks) && (toks[j-1].low == "as" || toks[j-1].low == "so") && toks[j+1].low == "as" {
					j, w = j+1, "if" // "so long as Iran continues to fail …": the condition's actor
				}
				if w == "if" || w == "unless" {
					for k, m := range ms {
						if m.start <= j || m.start > j+4 {
							continue
						}
						if m.kind == mPronoun {
							// "… on Iran if it attacks": the last state before "if"
							for k2 := k - 1; k2 >= 0; k2-- {
								if ms[k2].start < j && len(ms[k2].states) > 0 && ms[k2].kind != mAuthor {
									condWho = ms[k2].states
									break
								}
							}
							break
						}
						if len(m.states) > 0 {
							condWho = m.states
							break
						}
					}
					break
				}
			}
		}
	}
	// "Ankara warned that the timing of the attacks demonstrates …": a
	// warning that states a judgement, with no consequence to come (no
	// modal in the that-clause), is no threat
	if p.typ == "THREATENED" && t.end == t.start+1 && t.end < len(toks) && toks[t.end].low == "that" {
		if l, _ := lemmaOf(toks[t.start].low); l == "warn" || toks[t.start].low == "warning" {
			modal := false
			for j := t.end + 1; j < len(toks) && !isBreak(toks, j); j++ {
				switch toks[j].low {
				case "will", "would", "could", "may", "might", "shall", "'ll", "if", "unless", "risk", "risks", "face", "faces":
					modal = true
				}
			}
			if !modal {
				return
			}
		}
	}
	// "recognizing opposition leader Juan Guaido as Venezuela's interim
	// leader": a person recognised as a state's leader is no recognition of
	// the state ("recognized Kosovo as an independent state" is)
	if p.typ == "RECOGNIZED" && p.flags&fVerb != 0 {
		for j := t.end; j+1 < len(toks) && j < t.end+10; j++ {
			if k := mentionStartingAt(ms, j); k >= 0 && ms[k].kind != mPronoun || isBreak(toks, j) {
				break
			}
			if toks[j].low == "as" {
				// "as Venezuela's interim president", "as the interim
				// president of Venezuela", "as Venezuela's leader": an
				// office a person holds, within a few words
				for n := j + 1; n < len(toks) && n <= j+6 && !isBreak(toks, n); n++ {
					if personOffices[toks[n].low] {
						return
					}
					if toks[n].low == "of" {
						break
					}
				}
				break
			}
		}
	}
	// "called UK Secretary of State for Defence Ben Wallace": a call, when
	// the one called follows at once ("called on Iran to …", "called the
	// launch a threat", "calling the strikes a violation", "calling for a
	// suspension" are no calls)
	if p.typ == "MET" && p.flags&fVerb != 0 && t.end == t.start+1 {
		if l, _ := lemmaOf(toks[t.start].low); l == "call" || toks[t.start].low == "call" || toks[t.start].low == "calling" {
			j := t.end
			if j < len(toks) && (toks[j].low == "his" || toks[j].low == "her") {
				j++
			}
			if k := mentionStartingAt(ms, j); k < 0 || ms[k].kind == mNonState || ms[k].kind == mPronoun || ms[k].poss {
				return // "called Russia's withdrawal a stab in the back"
			}
		}
	}
	// "discussed the ongoing negotiations with Iran": the with-phrase
	// belongs to the noun in the filler, not to the verb
	// ("held telephone talks with Secretary Kerry" is a meeting: what is
	// held is the talks)
	if p.typ == "MET" && p.flags&fVerb != 0 && t.end-t.start > 2 && toks[t.end-1].low == "with" && !holdForms[toks[t.start].low] {
		for j := t.start + 1; j < t.end-1; j++ {
			if withNouns[toks[j].low] {
				return
			}
		}
	}
	// "will travel to the United Kingdom … to further strengthen our
	// bilateral relationships, deepen our unified support for Ukraine": the
	// purpose of a trip or a meeting is no act of its own
	if p.typ != "MET" && p.typ != "APPEALED_FOR_COOPERATION" && purposeOfMeeting(toks, t.start, prev) {
		return
	}
	// "begin a two-day trip on Sunday, to bolster ties with Slovakia and
	// Hungary": the ties a trip is to bolster are its hosts, the trip is
	// the meeting (MET, rules 16 and 40), no appeal besides
	if p.typ == "APPEALED_FOR_COOPERATION" && purposeOfMeeting(toks, t.start, prev) && tiesNoun(toks, t) {
		return
	}
	if p.typ == "APPEALED_FOR_COOPERATION" && statedTies(toks, t.start, t.end) {
		return // "the two countries have strengthened their bilateral cooperation": a fact (cooperation.go)
	}
	// "discussed sanctions on Russia", "coordinate on sanctions", "the
	// discussion included … support to Ukraine": a topic of talks is no act
	if (p.flags&fNominal != 0 || toks[t.start].low == "importance") && (topicOfTalks(toks, t.start) || lastTopicOfList(toks, t.start)) {
		return
	}
	// "asked Portugal for military aid", "urging him to send troops": a
	// request for aid or a meeting is no aid and no meeting
	if p.typ == "GAVE_AID" || p.typ == "MET" || p.typ == "SIGNED_AGREEMENT" || p.typ == "EXPRESSED_SOLIDARITY" {
		for j := t.start - 1; j >= clauseStart && j >= t.start-8; j-- {
			if requestVerbs[toks[j].low] {
				return
			}
		}
	}
	// "will continue to defend the country against Ethiopian aggression",
	// "called into action to help defend Eritrean troops": defending
	// against someone, or defending troops, a country or a town, is
	// protection in a fight, not the vocabulary's praise of a position
	if p.typ == "PRAISED" && strings.HasPrefix(toks[t.start].low, "defend") {
		for j := t.end; j < len(toks) && j < t.end+10 && !isBreak(toks, j); j++ {
			switch toks[j].low {
			case "against", "troops", "forces", "soldiers", "army", "territory", "border", "borders", "country", "itself", "themselves", "town", "city", "capital", "airspace", "sovereignty":
				return
			}
		}
	}
	// "warned Europe not to do America's bidding": the one warned is the
	// name right after the verb, here no state (a weekday or a month
	// there is a date: "warned Tuesday that …")
	if p.typ == "THREATENED" && strings.HasPrefix(toks[t.start].low, "warn") && t.end < len(toks) {
		if j := t.end; toks[j].word && toks[j].capital && inMentionAt(ms, j) < 0 {
			_, wd := weekdays[toks[j].low]
			_, mo := monthNames[toks[j].low]
			if !wd && !mo {
				return
			}
		}
	}
	// "promised to continue military aid": an intention, weaker
	for j := t.start - 1; j >= clauseStart && j >= t.start-4; j-- {
		switch toks[j].low {
		case "promised", "promises", "pledged", "pledges", "offered", "offers", "vowed", "vows":
			// "offered his congratulations" is the act; "offered to send" is not yet
			if p.typ != "APPEALED_FOR_COOPERATION" && p.flags&fRefusal == 0 && j+1 < len(toks) && toks[j+1].low == "to" {
				conf *= 0.5
				reasons = append(reasons, "promised, not yet done ("+toks[j].low+")")
			}
		}
	}
	// "praised Minister Park for his role in strengthening Japan-ROK
	// relations": a gerund under a preposition describes, it appeals to no one
	if p.typ == "APPEALED_FOR_COOPERATION" && strings.HasSuffix(toks[t.start].low, "ing") && t.start > 0 {
		switch toks[t.start-1].low {
		case "in", "of", "by", "at":
			return
		case "for":
			// "thanked X for strengthening …" describes; "goals for enhancing
			// U.S.-Pakistan partnerships" appeals
			for _, q := range prev {
				if q.p.typ == "PRAISED" {
					return
				}
			}
		}
	}
	// "Australia's steadfast support for Ukraine in the face of Russia's
	// brutal war": the war is in another phrase; the support is words
	if p.typ == "GAVE_AID" && p.flags&fInside != 0 && toks[t.start].low == "support" {
		for j := t.start + 2; j < t.end-1; j++ {
			if w := toks[j].low; preps[w] && w != "of" || w == "," {
				t.typ = "EXPRESSED_SOLIDARITY"
				break
			}
		}
	}
	// "The UK supports the assessment in the Report that …", "Germany
	// supports the finding of the report": support of a judgement, not of
	// a state ("supports the proposal of Ukraine" keeps its state)
	if p.typ == "EXPRESSED_SOLIDARITY" && p.flags&fVerb != 0 && t.end-t.start == 1 && t.end+1 < len(toks) && toks[t.end].low == "the" && judgementNouns[toks[t.end+1].low] {
		if n := t.end + 2; !(n+1 < len(toks) && toks[n].low == "of" && func() bool {
			k := mentionStartingAt(ms, n+1)
			return k >= 0 && ms[k].kind != mNonState && ms[k].kind != mPronoun
		}()) {
			return
		}
	}
	// "conveyed his best wishes for an early resolution of the situation"
	if p.typ == "CONGRATULATED" && toks[t.end-1].low == "wishes" && t.end < len(toks) && toks[t.end].low == "for" {
		return
	}
	// "Japan wishes to cooperate with China", "he wishes to ensure …": the
	// verb wish with an infinitive, no greeting ("his wishes to the people"
	// and "wishes to President Xi" are)
	if p.typ == "CONGRATULATED" && p.flags&fVerb == 0 && toks[t.end-1].low == "wishes" && t.end+1 < len(toks) && toks[t.end].low == "to" &&
		toks[t.end+1].word && !toks[t.end+1].capital && !determiners[toks[t.end+1].low] && !toks[t.end+1].poss {
		return
	}
	// "within its internationally recognized borders": a participle after
	// an adverb after a determiner is an adjective
	if p.flags&fVerb != 0 && strings.HasSuffix(toks[t.start].low, "ed") && t.start >= 2 && strings.HasSuffix(toks[t.start-1].low, "ly") &&
		(determiners[toks[t.start-2].low] || toks[t.start-2].poss) {
		return
	}
	// "the atmosphere for continued arms control consultations": a
	// participle after a preposition is an adjective
	if p.flags&fVerb != 0 && strings.HasSuffix(toks[t.start].low, "ed") && t.start > 0 && preps[toks[t.start-1].low] && toks[t.start-1].low != "to" && !bes[toks[t.start-1].low] {
		return
	}
	// "EAM called on the President-elect of Iran", "the Minister called on
	// Prime Minister Sharif": calling on an official, with nothing asked of
	// him ("called on the President to release …" asks), is a courtesy
	// call — a meeting
	courtesy := false
	if p.flags&fDemand != 0 && t.end-t.start == 2 && strings.HasPrefix(toks[t.start].low, "call") {
		j := t.end
		if j < len(toks) && toks[j].low == "the" && mentionStartingAt(ms, j) < 0 {
			j++ // (an organ "the President-elect of Iran" starts at "the")
		}
		// "the President-elect of Iran": a title before "of" and the state
		title := j
		for title < len(toks) && title < j+4 && toks[title].capital && inMentionAt(ms, title) < 0 {
			title++
		}
		if title > j && title+1 < len(toks) && toks[title].low == "of" && isPersonOrgan(phraseLow(toks, j, title)) {
			if k := mentionStartingAt(ms, title+1); k >= 0 && ms[k].kind == mState {
				j = title + 1
			}
		}
		if k := mentionStartingAt(ms, j); k >= 0 && !ms[k].poss && (j > t.end+1 && ms[k].kind == mState || ms[k].kind == mLeader || ms[k].kind == mOfficial ||
			ms[k].kind == mOrgan && (isPersonOrgan(ms[k].name) || isPersonOrgan(phraseLow(toks, ms[k].start, ms[k].end)))) {
			courtesy = true
			for n := ms[k].end; n < len(toks) && n < ms[k].end+12 && !isBreak(toks, n) && toks[n].low != "."; n++ {
				if toks[n].low == "to" || toks[n].low == "for" {
					courtesy = false
					break
				}
			}
		}
		if courtesy {
			t.typ = "MET"
			conf = min(conf, 0.8)
			reasons = append(reasons, "called on an official: a courtesy call")
		}
	}
	if !courtesy && (p.flags&fDemand != 0 || p.typ == "APPEALED_FOR_COOPERATION" && p.source == "petrarch" && strings.Contains(p.rule, "APPEAL")) {
		asks := false
		for j := t.end; j < len(toks) && !asks; j++ {
			// "neither repeat similar actions nor compromise peace": what is
			// asked not to be harmed is not asked for
			asks = coopWords[toks[j].low] && !(j >= 2 && (negators[toks[j-1].low] || negators[toks[j-2].low])) && !stoppedAt(toks, j)
			if toks[j].low == "peace" && j+1 < len(toks) && dealNouns[toks[j+1].low] {
				asks = false // "urged Armenia and Azerbaijan to accept the peace deal": a demand
			}
			if toks[j].low == "table" {
				// "return to the negotiating table", not "the deal on the table"
				asks = j >= 1 && toks[j-1].low == "negotiating" || j >= 2 && toks[j-1].low == "the" && toks[j-2].low == "to"
			}
		}
		if !asks {
			return // "call on Iran to release the ship": a demand, no appeal
		}
	}
	if p.flags&fNominal != 0 {
		for j := t.start - 1; j >= 0 && j >= t.start-3; j-- {
			switch toks[j].low {
			case "future", "planned", "possible", "potential", "proposed", "prospective", "any":
				conf *= 0.5
				reasons = append(reasons, "not yet ("+toks[j].low+")")
			}
		}
		if t.end+1 < len(toks) && toks[t.end].low == "to" && toks[t.end+1].low == "be" {
			conf *= 0.5
			reasons = append(reasons, "not yet (to be)")
		}
	}
	for _, tk := range toks {
		switch tk.low {
		case "reportedly", "allegedly", "purportedly", "rumored", "rumoured":
			conf *= 0.85
			reasons = append(reasons, "reported ("+tk.low+")")
		}
	}
	if len(toks) > 2 && toks[0].low == "according" && toks[1].low == "to" {
		conf *= 0.95
		reasons = append(reasons, "attributed (according to)")
	}

	// subject candidates
	passive := false
	if p.flags&fVerb != 0 && p.flags&fReverse == 0 && t.start > 0 {
		w := toks[t.start].low
		// a past participle after "be" is a passive; an -ing form after it
		// is a progressive ("is breaking diplomatic relations with")
		participle := (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || irregularLemma[w] != "" && w != irregularLemma[w]) && !strings.HasSuffix(w, "ing")
		// "is committed to defending Japan": a state of mind, no passive
		if w == "committed" && t.start+1 < len(toks) && toks[t.start+1].low == "to" {
			participle = false
		}
		for j, n := t.start-1, 0; j >= 0 && n < 3; j, n = j-1, n+1 {
			if bes[toks[j].low] && participle {
				passive = true
				break
			}
			if !strings.HasSuffix(toks[j].low, "ly") && toks[j].low != "also" && toks[j].low != "not" {
				break
			}
		}
	}
	reduced := false
	if p.flags&fVerb != 0 && p.flags&fInside == 0 && !passive && t.start >= 2 && t.end == t.start+1 && strings.HasSuffix(toks[t.start].low, "ed") {
		// "the Iranian officials designated today were …": a participle after
		// a noun phrase that "the" opens, and no object after it
		if k := inMentionAt(ms, t.start-1); k >= 0 && ms[k].start > 0 && toks[ms[k].start-1].low == "the" {
			if t.end >= len(toks) || afterReduced[toks[t.end].low] {
				passive, reduced = true, true
			}
		}
	}
	var subj []string
	var subjText string
	subjAuthor := false
	pickMention := func(k int) {
		m := ms[k]
		subj, subjText = m.states, m.name
		t.subjM = k
		if m.kind == mAuthor {
			subjAuthor = true
		}
	}
	nonState := func(k int) {
		if ms[k].how != unknownOfficial {
			c.d.NonState[ms[k].name]++
		}
	}
	// gprep is the preposition governing mention k's coordination group;
	// a preposition that is part of the trigger ("participate in") is none.
	gprep := func(k int) string {
		first := groupOf(groups, k)[0]
		w, j := prepAt(toks, ms[first].start)
		if j >= t.start && j < t.end {
			return ""
		}
		return w
	}
	resolvePronoun := func(k int) ([]string, string, bool) {
		if w := ms[k].name; (strings.EqualFold(w, "they") || strings.EqualFold(w, "their") || strings.EqualFold(w, "them")) && len(c.r.parties) >= 2 {
			return c.r.parties, w, true // the parties of the meeting just reported
		}
		// "Saudi Arabia, Egypt, Bahrain and the United Arab Emirates
		// announced they were severing ties with Qatar, as they accused the
		// Gulf state …": a plural pronoun is the nearest coordination of
		// states before it, not a single state between
		if w := strings.ToLower(ms[k].name); w == "they" || w == "their" || w == "them" {
			for j := k - 1; j >= 0; j-- {
				if ms[j].kind == mPronoun || ms[j].kind == mNonState || len(ms[j].states) == 0 {
					continue
				}
				g := groupOf(groups, j)
				if len(g) < 2 {
					continue
				}
				var all []string
				for _, gi := range g {
					if ms[gi].kind != mNonState && ms[gi].kind != mPronoun {
						all = append(all, ms[gi].states...)
					}
				}
				if len(uniq(all)) >= 2 {
					return uniq(all), ms[g[0]].name, true
				}
			}
		}
		// "it is necessary to strengthen … cooperation between South Korea
		// and Japan": an impersonal "it" is no one
		if dummyIt(toks, ms[k].start) {
			return nil, "", false
		}
		// "China accused India of aggression and pledged its support for
		// Pakistan": a pronoun in a second verb coordinated to the first is
		// that verb's subject, not its object
		if sts, ok := coordinatedSubject(toks, ms, prev, ms[k].start); ok {
			return sts, "", true
		}
		// nearest actor to the left not governed by a preposition, else
		// the last subject
		for j := k - 1; j >= 0; j-- {
			m := ms[j]
			if m.kind == mPronoun {
				continue
			}
			if person[strings.ToLower(ms[k].name)] && unknownPerson(toks, ms, m.end, ms[k].start) {
				// "Venezuela's decision came after Mr. Mulino said he
				// would …": he is the person between, no state
				return nil, "", false
			}
			if m.kind == mNonState {
				return nil, "", false // "banks … for their support": theirs, not a state's
			}
			if len(m.states) == 0 || contactedToAct(toks, m, ms[k].start-1) {
				continue // "called the Prime Minister to offer his condolences": the caller's
			}
			if j == 0 && nounBeforePrep(toks, m) {
				// "The Saudi-led Arab coalition in Yemen's two-year war said it
				// had expelled Qatar": "it" is the noun the state's phrase
				// hangs on, no state
				return nil, "", false
			}
			// "Saudi Arabia, Egypt, Bahrain and the United Arab Emirates
			// announced they were severing ties": a plural pronoun is the
			// whole coordination, not its last member
			if w := strings.ToLower(ms[k].name); w == "they" || w == "their" || w == "them" {
				if g := groupOf(groups, j); len(g) > 1 {
					var all []string
					for _, gi := range g {
						if ms[gi].kind != mNonState && ms[gi].kind != mPronoun {
							all = append(all, ms[gi].states...)
						}
					}
					return uniq(all), m.name, true
				}
			}
			// "Thailand recalled its ambassador to Cambodia and said it would
			// expel Cambodia's envoy": a state after a preposition is no
			// subject for "it"; the state acting before it is
			if strings.EqualFold(ms[k].name, "it") && reportedIt(toks, ms[k].start) && governedState(toks, m) {
				for j2 := j - 1; j2 >= 0; j2-- {
					m2 := ms[j2]
					if m2.kind == mPronoun || m2.kind == mNonState || len(m2.states) != 1 || m2.modifier || m2.poss || governedState(toks, m2) {
						continue
					}
					if breakBetween(toks, m2.end, ms[k].start) {
						break
					}
					return m2.states, m2.name, true
				}
			}
			return m.states, m.name, true
		}
		if person[strings.ToLower(ms[k].name)] {
			// "he", "his": the last person a sentence opened with; none when
			// that was no state's ("the Secretary-General … He appealed"),
			// or when the sentence names a person no state is known for
			// ("Mr. Mulino also announced that he would …")
			if unknownPerson(toks, ms, 0, ms[k].start) {
				return nil, "", false
			}
			if len(c.lastPerson) > 0 {
				return c.lastPerson, "", true
			}
			return nil, "", false
		}
		// "it", "they" with nothing before them in the sentence: the state
		// the last sentence was about ("… that Russia is the aggressor here.
		// They are killing people …"), else the last subject
		if len(c.lastTopic) > 0 {
			return c.lastTopic, "", true
		}
		if len(c.lastSubj) > 0 {
			return c.lastSubj, "", true
		}
		return nil, "", false
	}
	var skipSubj []string
	participle := strings.HasSuffix(toks[t.start].low, "ing") && t.start > 0 &&
		(toks[t.start-1].low == "," || inMentionAt(ms, t.start-1) >= 0 || subordinators[toks[t.start-1].low])
	subjectLeft := func(from int) bool {
		// "…, with the AU calling the U.S. boycott unfortunate and voicing
		// support for South Africa": the subject of a participle in a
		// "with" absolute is the noun after "with", none when no state
		if from < len(toks) {
			if w, ok := withAbsolute(toks, from); ok {
				k := mentionStartingAt(ms, w)
				if k < 0 || ms[k].kind == mNonState || ms[k].kind == mPronoun || len(ms[k].states) == 0 {
					return false
				}
				pickMention(k)
				return true
			}
		}
		// "Belarus said that Polish decisions to close border crossings
		// were dangerous", "China's plan to impose tariffs": the one
		// whose decision or plan it is acts, not the sentence's subject
		if from >= 3 && toks[from-1].low == "to" && intentNouns[toks[from-2].low] {
			for k := len(ms) - 1; k >= 0; k-- {
				if m := ms[k]; m.end == from-2 && (m.modifier || m.poss) && m.kind != mPronoun && m.kind != mNonState && m.kind != mAuthor && len(m.states) > 0 {
					pickMention(k)
					return true
				}
			}
			// "a recent statement … regarding the Arab summit decision to
			// support Egypt and Sudan": a decision named by the body that
			// took it, no state, is not the sentence subject's
			if w := toks[from-3]; bodyNouns[w.low] && (inMentionAt(ms, from-3) < 0 || ms[inMentionAt(ms, from-3)].kind == mNonState) {
				return false
			}
		}
		if participle && from == t.start && subordinators[toks[from-1].low] {
			from-- // "… enforce sanctions while urging the DPRK": the main clause acts
		}
		lo := 0
		if participle {
			// "X sent a message to Y, calling for …": the subject is the
			// clause's first actor, not the nearest
			for k := range ms {
				if ms[k].end <= from && gprep(k) == "" && ms[k].kind != mPronoun && ms[k].kind != mNonState && len(ms[k].states) > 0 {
					broken := false
					for j := ms[k].end; j < from; j++ {
						if clauseBreak[toks[j].low] {
							broken = true
						}
					}
					if !broken && !inLeadingClause(toks, ms[k], from) {
						lo = k
						break
					}
				}
			}
		}
		if participle && lo < len(ms) {
			// "X received a telephone call from Y, congratulating him": the
			// caller congratulates, not the one who received the call
			if k := receivedFrom(toks, ms, lo, from); k >= 0 {
				pickMention(k)
				var all []string
				for gi := k; gi < len(ms) && ms[gi].end <= from; gi++ {
					if ms[gi].kind != mNonState && ms[gi].kind != mPronoun {
						all = append(all, ms[gi].states...) // every caller of the list
					}
				}
				subj = uniq(all)
				return len(subj) > 0
			}
		}
		for k := len(ms) - 1; k >= lo; k-- {
			m := ms[k]
			if m.end > from {
				continue
			}
			if participle && k > lo {
				continue
			}
			// clause break between the mention and the trigger
			broken := false
			for j := m.end; j < from; j++ {
				if isBreak(toks, j) {
					broken = true
					break
				}
			}
			if broken {
				break
			}
			pr := gprep(k)
			if pr == "for" && ambassadorsFor(toks, ms, ms[groupOf(groups, k)[0]].start) {
				pr = "" // "U.N. ambassadors for the United States, United Kingdom and Switzerland … condemn"
			}
			if (pr == "by" || pr == "against" || pr == "from" || pr == "on") && k == len(ms)-1-countAfter(ms, from) && p.flags&fVerb != 0 && adverbsOnly(toks, m.end, from) {
				// "provocations by North Korea only strengthen …": the subject is
				// the noun the by-phrase hangs on, no actor
				return false
			}
			if pr != "" && !m.poss && !(subordinateSubject(toks, m) && from-m.end <= 3 && (from > m.end && toks[from-1].word || from == m.end && p.flags&fVerb != 0)) {
				continue
			}
			if m.poss && m.kind != mAuthor && !(from > 0 && toks[from-1].low == "to") {
				continue // "Russia's aggression and providing …": Russia is no subject; "Nauru's action to sever" is
			}
			if tr, ok := consumedBy[k]; ok && !tr.passive && !subordinateSubject(toks, m) {
				// "called on the US to stop providing arms to Taiwan": a call
				// to stop an act presupposes it, the act of the one called on
				// (rule 29), not of the caller
				if callVerbs[toks[tr.start].low] && stopCalled(toks, m.end, from) && m.kind != mNonState && len(m.states) > 0 {
					pickMention(k)
					return true
				}
				// "Beijing praised Kiribati for cutting ties with Taiwan": the
				// one praised or thanked for a deed did it (rules 25, 29)
				if (tr.p.typ == "PRAISED" || tr.p.typ == "CONGRATULATED") && from == t.start && from >= 2 && toks[from-1].low == "for" &&
					strings.HasSuffix(toks[from].low, "ing") && m.end == from-1 && m.kind != mNonState && len(m.states) > 0 {
					pickMention(k)
					return true
				}
				if len(tr.subj) > 0 {
					subj, subjText, t.subjM = tr.subj, "", tr.subjM
					return true
				}
				continue
			}
			switch m.kind {
			case mNonState:
				// "The UK and our international partners condemned": the
				// partners are counted, the state before "and" is the subject
				and := false
				for j := m.start - 1; j >= 0 && j >= m.start-3; j-- {
					if toks[j].low == "and" {
						and = true
						break
					}
					if inMentionAt(ms, j) < 0 && toks[j].low != "our" && toks[j].low != "the" && toks[j].low != "its" && toks[j].low != "their" {
						break
					}
				}
				if and {
					nonState(k)
					continue
				}
				// "our two countries": the author
				if k > 0 && ms[k-1].kind == mAuthor && ms[k-1].poss && m.start-ms[k-1].end <= 1 {
					continue
				}
				nonState(k)
				return false
			case mPronoun:
				if m.poss {
					continue
				}
				sts, name, ok := resolvePronoun(k)
				if !ok {
					return false
				}
				subj, subjText = sts, name
				if name == "" {
					subjText = m.name
				}
				conf *= 0.9
				reasons = append(reasons, "subject is a pronoun ("+m.name+")")
				return true
			}
			if len(m.states) == 0 || intersects(m.states, skipSubj) {
				continue
			}
			if m.modifier {
				continue // "a Malaysian airplane", "the U.S.-Italy relationship": a modifier, no actor
			}
			if contactedToAct(toks, m, from) {
				continue // "Trump called the Prime Minister to offer his condolences": the caller offers them
			}
			// groups: the whole coordination
			pickMention(k)
			g := groupOf(groups, k)
			if len(g) > 1 {
				var all []string
				for _, gi := range g {
					if ms[gi].kind != mNonState && ms[gi].kind != mPronoun {
						all = append(all, ms[gi].states...)
					}
				}
				subj = all
			}
			return true
		}
		// coordinated verbs share the subject: "… congratulated X and expressed …"
		if len(prev) > 0 && len(prev[len(prev)-1].subj) > 0 && !breakBetween(toks, prev[len(prev)-1].end, from) {
			subj, t.subjM = prev[len(prev)-1].subj, prev[len(prev)-1].subjM
			return true
		}
		return false
	}
	agentRight := func() bool {
		for k, m := range ms {
			if m.start < t.end || m.start > t.end+12 {
				continue
			}
			if gprep(k) == "by" {
				if _, b := prepAt(toks, ms[groupOf(groups, k)[0]].start); nominalAgent(toks, t.end, b) {
					continue // "was protested in connection with another provocation by the Czech side"
				}
				if m.kind == mNonState {
					nonState(k)
					return false
				}
				if len(m.states) > 0 && m.kind != mPronoun {
					pickMention(k)
					// "was attacked by Britain, France and Israel": every
					// state of the agent's coordination
					subj = append([]string(nil), subj...)
					for _, gi := range groupOf(groups, k) {
						if gi != k && ms[gi].kind != mNonState && ms[gi].kind != mPronoun {
							subj = append(subj, ms[gi].states...)
						}
					}
					return true
				}
			}
		}
		return false
	}
	var passiveObj, summonedEnvoys []string
	t.passive = passive
	switch {
	case p.flags&fVerb != 0 && passive:
		if !agentRight() {
			// "the radar system that had been provided to Ukraine": in an
			// official statement, aid given with no giver named is the author's
			// when the speaker talks in the first person ("that we talked
			// about before")
			givenBy := p.typ == "GAVE_AID" && toks[t.start-1].low == "been" && t.end < len(toks) && toks[t.end].low == "to" && firstPersonIn(ms)
			if host, hostText, ok := summonedHost(toks, ms, t); ok && p.typ == "PROTESTED" {
				// "UK Ambassador to Russia Nigel Casey was summoned to the
				// Foreign Ministry": the host summons its guest
				subj, subjText = host, hostText
				conf *= 0.9
				reasons = append(reasons, "the envoy's host summons")
			} else if by, byText, envoys, ok := summonedToMinistry(toks, ms, t, c.opener); ok && p.typ == "PROTESTED" {
				// "russian Ambassador Sergey Andreev was summoned to the
				// Ministry of Foreign Affairs of Poland" (protests.go)
				subj, subjText, summonedEnvoys = by, byText, envoys
				conf *= 0.85
				reasons = append(reasons, "summoned to the summoner's ministry")
			} else if summonedInStatement(toks, ms, t, p.typ, c.r.author) {
				// "The Russian Ambassador was summoned for a meeting" in the
				// Foreign Office's statement: the author summons
				subj, subjText, subjAuthor = c.r.author, "(the author)", true
				conf *= 0.85
				reasons = append(reasons, "subject is the author of the statement")
			} else {
				if !(reduced || givenBy) || len(c.r.author) == 0 || p.typ != "SANCTIONED" && p.typ != "EXPELLED" && !givenBy {
					return
				}
				// designated, expelled … by the author of the statement
				subj, subjText, subjAuthor = c.r.author, "(the author)", true
				conf *= 0.8
				reasons = append(reasons, "subject is the author of the statement")
			}
		}
		// the patient is the clause subject: "Cuba was sanctioned by …";
		// aid "provided to Ukraine" has its recipient on the right
		agent, agentText, agentM := subj, subjText, t.subjM
		subj = nil
		if !(p.typ == "GAVE_AID" && t.end < len(toks) && toks[t.end].low == "to") && subjectLeft(t.start) {
			passiveObj = subj
		}
		if len(passiveObj) == 0 || len(summonedEnvoys) > len(passiveObj) {
			passiveObj = summonedEnvoys // "Ambassadors … from the US, Netherlands, …"
		}
		subj, subjText, t.subjM = agent, agentText, agentM
	case p.flags&fVerb != 0 && p.flags&fReverse != 0:
		// "Israel's right to defend itself against …": "itself" is the
		// nearest state before it, possessive or not
		for k := len(ms) - 1; k >= 0; k-- {
			if ms[k].end <= t.start && t.start-ms[k].end <= 6 && len(ms[k].states) > 0 && ms[k].kind != mAuthor {
				pickMention(k)
				break
			}
		}
		if len(subj) == 0 {
			return
		}
	case p.flags&fVerb != 0:
		// "a Russian missile attack that struck Kyiv": the subject of a
		// relative clause is its antecedent, never the main clause's
		// subject ("The U.S. State Department issued a condemnation
		// regarding …")
		if ante, ok := relativeAntecedent(toks, ms, groups, t.start, prev); ok {
			if len(ante) == 0 {
				return
			}
			subj, subjText = ante, ""
			break
		}
		if !subjectLeft(t.start) {
			return
		}
		// "Canada denounced the drone attack and the strikes that …",
		// "Ukraine condemns the DPRK's launch …": an act inside what a
		// state condemns, praises or supports is not that state's act
		if t.subjM >= 0 && materialActs[p.typ] {
			for _, q := range prev {
				if q.subjM == t.subjM && speechActs[q.p.typ] && q.p.flags&fVerb != 0 && q.end <= t.start && !coordinatedVerb(toks, q.end, t.start) {
					return
				}
			}
		}
	default: // nominal
		found := false
		// possessor or modifier just before: "Russia's assault", "U.S. sanctions"
		// ("Russia's launch is a threat to …": the possessor is the one
		// blamed, not the one who blames)
		// ("expelled a Russian diplomat in solidarity with the United
		// Kingdom": a phrase opened by a preposition has no possessor)
		for k := len(ms) - 1; k >= 0 && !found && p.flags&(fLightOnly|fLeftObj) == 0 && !preps[toks[t.start].low]; k-- {
			m := ms[k]
			if m.end > t.start {
				continue
			}
			gap := true
			adjList := false
			for j := m.end; j < t.start; j++ {
				w := toks[j]
				// "Russia's full-scale, illegal and immoral invasion", "the U.S.
				// trade and economic sanctions": a list of adjectives after a
				// possessive or a state's modifier
				if (m.poss || m.kind == mState && toks[m.end].word && !toks[m.end].capital) && (w.low == "," || w.low == "and") && j > m.end && j+1 < t.start {
					adjList = true
					continue
				}
				// "protests in dozens of Chinese cities and a boycott of
				// Japanese products": after a modifier (no possessive:
				// "Iran's violation of its airspace and the attack"), an
				// article opens another noun phrase
				if adjList && !m.poss && (w.low == "a" || w.low == "an" || w.low == "the") {
					gap = false
					break
				}
				// "its continued support": after a possessive, a participle
				// is an adjective, no light verb
				if !w.word || w.capital || preps[w.low] || lightVerbs[w.low] && !(j == m.end && m.poss) || w.low == "and" {
					gap = false
					break
				}
			}
			if !gap || t.start-m.end > 3 && !(adjList && t.start-m.end <= 7) {
				break
			}
			if m.kind == mNonState {
				nonState(k)
				return
			}
			if m.kind == mPronoun {
				if !m.poss {
					break
				}
				sts, name, ok := resolvePronoun(k)
				if !ok {
					return
				}
				if p.flags&fHeld != 0 {
					break // "its nuclear talks with …" is no meeting held
				}
				subj, subjText, found = sts, name, true
				if subjText == "" {
					subjText = m.name
				}
				break
			}
			if pr := prepBefore(toks, m.start); pr == "under" && p.flags&fUnder != 0 {
				pickMention(k)
				found = true
				break
			}
			if m.poss || m.end == t.start || m.kind == mAuthor || m.modifier && t.start-m.end <= 2 || adjList && !m.poss && t.start-m.end <= 4 {
				// "Russia's assault", "U.S. sanctions", "Iranian rocket attacks"
				pickMention(k)
				found = true
				// "Viet Nam and China's enhancement of political trust and
				// comprehensive cooperation": a coordinated possessor is
				// every one of them
				if g := groupOf(groups, k); m.poss && len(g) > 1 && g[len(g)-1] == k && p.typ == "APPEALED_FOR_COOPERATION" {
					var all []string
					for _, gi := range g {
						if ms[gi].kind != mNonState && ms[gi].kind != mPronoun {
							all = append(all, ms[gi].states...)
						}
					}
					subj = uniq(all)
				}
			}
		}
		// a light verb before: "sent two congratulatory messages"; between
		// the verb and the noun only its determiners and modifiers ("has
		// been following reports of the air strikes" has none)
		if !found {
			for j, n := t.start-1, 0; j >= 0 && n < 10; j, n = j-1, n+1 {
				if k := inMentionAt(ms, j); k >= 0 && ms[k].kind != mAuthor && ms[k].kind != mCollective || clauseBreak[toks[j].low] {
					break
				}
				if lightVerbs[toks[j].low] {
					found = subjectLeft(j)
					break
				}
				if w := toks[j].low; w == "in" && j > 0 && amountWords[toks[j-1].low] || w == "than" && j > 1 && (toks[j-1].low == "more" || toks[j-1].low == "less") && lightVerbs[toks[j-2].low] {
					continue // "announced more than $575 million in additional humanitarian assistance"
				}
				if w := toks[j].low; preps[w] && w != "of" && w != "upon" && w != "on" && w != "to" || bes[w] && !toks[j].poss || w == "been" || w == "that" || strings.HasSuffix(w, "ing") && inMentionAt(ms, j) < 0 {
					break
				}
			}
		}
		if !found && p.flags&fLeftObj != 0 {
			// "They discussed North Korea's missile test, agreeing it was a
			// reckless provocation": those who agree say it
			for j := t.start - 1; j >= 0 && j >= t.start-8 && !isBreak(toks, j); j-- {
				if w := toks[j].low; w == "agreed" || w == "agreeing" || w == "agree" || w == "agrees" {
					found = subjectLeft(j)
					break
				}
			}
		}
		if !found && agentRight() {
			found = true
		}
		if !found && p.flags&fBetween != 0 {
			found = true // the pair comes from "between A and B" below
		}
		if !found && p.flags&(fLight|fUnder) == 0 && len(c.r.author) > 0 && p.typ != "ATTACKED" && !unknownPerson(toks, ms, 0, t.start) {
			// (a clause opened by a person no state is known for, "Mr.
			// Mulino severed relations with …", has no subject: not the author)
			subj, subjText, subjAuthor, found = c.r.author, "(the author)", true, true
			conf *= 0.8
			reasons = append(reasons, "subject is the author of the statement")
		}
		if !found {
			return
		}
	}
	t.actor = subj
	if len(subj) > 0 && p.flags&fBetween == 0 {
		c.lastSubj = subj
		if w := toks[t.start].low; p.typ == "MET" && (strings.HasPrefix(w, "presid") || strings.HasPrefix(w, "chair") || strings.HasPrefix(w, "co-chair")) {
			c.chair, c.chairAt = subj, idx
		}
	}

	// object candidates
	var objKs []int
	var objStates []string
	var objText string
	addGroup := func(k int) {
		for _, gi := range groupOf(groups, k) {
			m := ms[gi]
			if m.kind == mNonState {
				nonState(gi)
				continue
			}
			if m.kind == mPronoun || len(m.states) == 0 {
				continue
			}
			objKs = append(objKs, gi)
			objStates = append(objStates, m.states...)
			if objText == "" {
				objText = m.name
			}
		}
	}
	sameAsSubj := func(states []string) bool {
		for _, a := range states {
			for _, b := range subj {
				if a == b {
					return true
				}
			}
		}
		return false
	}
	rightSearch := func() {
		limit := min(len(toks), t.end+16)
		if p.typ == "CRITICIZED" && p.flags&fInside != 0 && callForms[toks[t.start].low] {
			// "called the NATO exercises a provocation against Belarus":
			// the one criticised is inside, not the victim after it
			return
		}
		// "threatening global food security by blocking Ukrainian ports": a
		// verb with a common noun for its object has it already
		commonObj := p.flags&fVerb != 0 && t.end < len(toks) && toks[t.end].word && !toks[t.end].capital &&
			!preps[toks[t.end].low] && !determiners[toks[t.end].low] && !strings.HasSuffix(toks[t.end].low, "ly") && !isDigits(toks[t.end].text)
		// "in support of peace and security, to Mali": a noun with its own
		// common object has it already
		if !commonObj && p.flags&fNominal != 0 && t.end < len(toks) && preps[toks[t.end-1].low] && toks[t.end].word && !toks[t.end].capital &&
			!determiners[toks[t.end].low] && !preps[toks[t.end].low] && inMentionAt(ms, t.end) < 0 && !isDigits(toks[t.end].text) {
			commonObj = true
		}
		// "in support of Ukraine security assistance": the state names the
		// kind of the thing supported, a noun after it
		if !commonObj && p.typ == "EXPRESSED_SOLIDARITY" && p.flags&fNominal != 0 && preps[toks[t.end-1].low] {
			if k := mentionStartingAt(ms, t.end); k >= 0 && !ms[k].poss && ms[k].end < len(toks) && kindNouns[toks[ms[k].end].low] {
				return
			}
		}
		// "supports the assessment in the Report that … Kosovo Serbs …":
		// support and praise of a thing named by a common noun
		if !commonObj && p.flags&fVerb != 0 && (p.typ == "EXPRESSED_SOLIDARITY" || p.typ == "PRAISED") && t.end+1 < len(toks) {
			if w := toks[t.end].low; (w == "the" || w == "a" || w == "an" || w == "this" || w == "these") && toks[t.end+1].word && !toks[t.end+1].capital &&
				inMentionAt(ms, t.end+1) < 0 && inMentionAt(ms, t.end) < 0 && (t.end+2 >= len(toks) || !toks[t.end+2].capital) {
				commonObj = true
			}
		}
		if commonObj && p.typ == "MET" {
			// "talks with colleagues from Kazakhstan": the colleagues are
			// the states after them
			n := t.end
			for n < len(toks) && n < t.end+3 && (determiners[toks[n].low] || toks[n].low == "fellow" || toks[n].low == "foreign") {
				n++
			}
			if n+1 < len(toks) && counterpartNouns[toks[n].low] && (toks[n+1].low == "from" || toks[n+1].low == "of") {
				commonObj = false
			}
		}
		relClause := false // past "that hit", "which struck": a relative clause's verb
		deedEnd := deedObjectEnd(toks, ms, t)
		for j := t.end; j < limit; j++ {
			// "condemned the attack and expressed solidarity with Turkey",
			// "condemns the terrorist attack, pledging cooperation with
			// Turkey": a condemned deed named by a common noun has its actor
			// within its own phrase; past the phrase, a state is another's
			if deedEnd > 0 && j >= deedEnd && (toks[j].low == "," || toks[j].low == ";" || toks[j].low == "and" || toks[j].low == "but" ||
				toks[j].word && !toks[j].capital && strings.HasSuffix(toks[j].low, "ing") && inMentionAt(ms, j) < 0) {
				break
			}
			if isBreak(toks, j) || toks[j].low == "." || commonObj && p.flags&fNominal != 0 && toks[j].low == "," {
				break
			}
			// "Jordan resumed relations, and Djibouti followed suit":
			// relations resumed with no "with" end at the comma; the state
			// after it is the next clause's
			if j == t.end && toks[j].low == "," && p.typ == "RECOGNIZED" && (toks[j-1].low == "relations" || toks[j-1].low == "ties") {
				break
			}
			if w := toks[j].low; j > t.end && (w == "that" || w == "which") && j+1 < len(toks) && toks[j+1].word && mentionStartingAt(ms, j+1) < 0 &&
				!determiners[toks[j+1].low] && !sayVerbs[toks[j-1].low] && inMentionAt(ms, j-1) < 0 {
				relClause = true
			}
			// "“Germany condemns Russia's attack,” Scholz said": the object
			// is not past the end of a quoted sentence (its speaker is)
			if quoteMark(toks[j]) && j > 0 && !toks[j-1].word && j > t.end {
				break
			}
			// "… Russia's attack, Scholz said": nor is it the speaker the
			// attribution after a comma names
			if toks[j].low == "," && j+1 < len(toks) {
				n := j + 1
				if quoteMark(toks[n]) && n+1 < len(toks) {
					n++
				}
				if toks[n].low == "the" && n+1 < len(toks) {
					n++
				}
				if k := mentionStartingAt(ms, n); k >= 0 && ms[k].end < len(toks) && sayVerbs[toks[ms[k].end].low] {
					break
				}
			}
			// (but "condemned multiple launches … by North Korea" condemns the launcher)
			if w := toks[j].low; commonObj && (w == "by" && p.typ != "CRITICIZED" && p.typ != "PROTESTED" && p.typ != "PRAISED" || w == "for" || w == "in" || w == "at" || w == "from" || w == "with" || w == "through" || w == "between" || w == "among") {
				break
			}
			if j > t.end && startsTrigger(prev, t, j) {
				break
			}
			// "established diplomatic relations Saturday, days after the
			// Pacific island nation severed ties with Taiwan": a clause
			// opened by "after", "before", "when" … has its own subject and
			// object
			if j > t.end && subordinateClause(toks, ms, j) {
				break
			}
			// "met shortly after noon at the Quai d'Orsay to consider the
			// Soviet Note": what a meeting is to do names none met
			if p.typ == "MET" && j > t.end && toks[j].low == "to" && j+1 < len(toks) && toks[j+1].word && !toks[j+1].capital &&
				!determiners[toks[j+1].low] && inMentionAt(ms, j+1) < 0 && toks[t.end-1].low != "to" && meetToVerbs[toks[j+1].low] {
				break
			}
			k := mentionStartingAt(ms, j)
			if k < 0 {
				continue
			}
			m := ms[k]
			pr := gprep(k)
			if pr == "by" && (p.typ == "CRITICIZED" || p.typ == "PROTESTED" || p.typ == "PRAISED") && !passive {
				pr = "" // "condemned the launches by North Korea": the launcher is condemned
			}
			if pr == "by" || pr == "according to" || pr == "than" || pr == "including" && p.typ != "CRITICIZED" && p.typ != "EXPRESSED_SOLIDARITY" {
				continue // "… including Russian actions", "… including Jordan and Iraq" name the criticised and the supported
			}
			if p.typ == "MET" && (pr == "from" || pr == "of") && !m.modifier && counterpartsFrom(toks, t, m.start) {
				pr = "" // "held talks with colleagues from Kazakhstan, Azerbaijan …": the colleagues' states
			}
			if locPreps[pr] && p.flags&fLoc == 0 {
				continue
			}

			if p.flags&fPartner != 0 && pr != "with" && pr != "between" && !(pr == "" && (toks[t.end-1].low == "with" || toks[t.end-1].low == "between")) {
				continue // "work together to make sure that Russia cannot …": no partner named
			}
			if p.typ == "MET" && pr == "of" && t.end < len(toks) && toks[t.end].capital && strings.Contains(phraseLow(toks, t.end, m.start), ",") && m.start-t.end <= 12 {
				pr = "" // "a telephone conversation with Wang Yi, member of the Political Bureau of the Communist Party of China": his
			}
			if p.typ == "MET" && (pr != "" && pr != "with" && pr != "to" && pr != "between" || m.modifier) {
				continue // "received the report … about the crash of a Malaysian airplane"
			}
			if (p.typ == "CRITICIZED" || p.typ == "PROTESTED") && victimOf(toks, m.start) {
				continue // "condemns these attacks on Ukrainians": the attacker is meant
			}
			if relClause && p.typ == "BOYCOTTED" {
				continue // "withdrew from a regional military group that includes fellow AES member Niger": a member, not the one left
			}
			if relClause && speechActs[p.typ] && pr != "by" && pr != "including" {
				continue // "condemned the missile strike that hit Kyiv": the place hit is not condemned
			}
			if m.poss && (m.kind == mPronoun || m.kind == mAuthor) {
				// "his “difficult brother” Cuba" names Cuba; "our
				// partners to …" is an object that is no state
				next := -1
				for k2 := k + 1; k2 < len(ms); k2++ {
					if ms[k2].start >= j+1 {
						next = k2
						break
					}
				}
				if next < 0 || ms[next].start-m.end > 4 {
					break
				}
				stopHere := false
				for j2 := m.end; j2 < ms[next].start; j2++ {
					if preps[toks[j2].low] || clauseBreak[toks[j2].low] || toks[j2].low == "," {
						stopHere = true
					}
				}
				if stopHere {
					break
				}
				continue
			}
			if m.kind == mPronoun {
				if sts, _, ok := resolvePronoun(k); ok && !sameAsSubj(sts) {
					objStates, objText = sts, m.name
					break
				}
				continue
			}
			if m.kind == mNonState {
				nonState(k)
				if p.typ == "SANCTIONED" {
					// "sanctioned two banks for their support to the DPRK": the
					// targets serve a state, which the sanctions are against
					for k2 := k + 1; k2 < len(ms); k2++ {
						m2 := ms[k2]
						if m2.start >= limit || m2.kind == mPronoun || m2.kind == mNonState || len(m2.states) == 0 || sameAsSubj(m2.states) {
							continue
						}
						if pr2 := gprep(k2); pr2 == "to" || pr2 == "of" || pr2 == "for" || pr2 == "with" || pr2 == "including" {
							addGroup(k2)
							conf *= 0.8
							reasons = append(reasons, "the targets serve this state")
						}
						break
					}
				}
				break
			}
			if len(m.states) == 0 || sameAsSubj(m.states) {
				continue
			}
			// "arms sales to China's Taiwan region": a state's possessive
			// before another state's name is a claim; the one named is meant
			if m.poss && m.kind == mState && k+1 < len(ms) && ms[k+1].start == m.end && ms[k+1].kind == mState && !ms[k+1].poss &&
				len(ms[k+1].states) > 0 && !sameStates(ms[k+1].states, m.states) {
				continue
			}
			addGroup(k)
			break
		}
	}
	switch {
	case len(passiveObj) > 0:
		objStates = append(objStates, passiveObj...)
	case p.flags&fInside != 0:
		for k, m := range ms {
			// "strengthen our cooperation with the United States": "our" is
			// the subject's, the partner comes after
			if m.start >= t.start && m.end <= t.end && m.kind != mPronoun && !(m.poss && (m.kind == mAuthor || sameAsSubj(m.states))) {
				addGroup(k)
				break
			}
			// "cut ties with Russia, branding it an aggressor country": the
			// one branded is the pronoun's state
			if m.start > t.start && m.end <= t.end && m.kind == mPronoun && p.typ == "CRITICIZED" && (strings.EqualFold(m.name, "it") || strings.EqualFold(m.name, "them")) {
				if st, _, ok := resolvePronoun(k); ok && len(st) > 0 && !sameAsSubj(st) {
					objStates = append(objStates, st...)
					break
				}
			}
		}
		if len(objStates) == 0 && (p.flags&fVerb != 0 && p.typ != "EXPELLED" || p.typ == "BOYCOTTED") {
			rightSearch() // "build a good relationship with X", "its decision not to attend the games in China"
		}
	case p.flags&fUnder != 0:
		// "Cuba, which is also under U.S. sanctions": the sanctioned is the
		// noun the clause hangs on, or the clause subject
		mod := t.subjM
		if mod < 0 || prepBefore(toks, ms[mod].start) != "under" {
			return
		}
		for k := mod - 1; k >= 0; k-- {
			m := ms[k]
			if m.kind == mPronoun && m.poss || len(m.states) == 0 && m.kind != mNonState {
				continue
			}
			addGroup(k)
			break
		}
		// "also under …": the sentence's first subject is so too
		for j := ms[mod].start - 1; j >= 0 && j >= ms[mod].start-4; j-- {
			if toks[j].low == "also" && len(prev) > 0 && len(prev[0].subj) > 0 && !sameAsSubj(prev[0].subj) {
				objStates = append(objStates, prev[0].subj...)
				reasons = append(reasons, "also: the subject of the sentence")
				break
			}
		}
	case p.flags&fLeftObj != 0:
		// "It is the Russian government that is responsible for Navalny's
		// death": the one blamed is the actor on the left, not the victim
		for k := len(ms) - 1; k >= 0; k-- {
			m := ms[k]
			if m.end > t.start {
				continue
			}
			if breakBetween(toks, m.end, t.start) {
				break
			}
			own := (m.poss || m.modifier) && m.end == t.start // "North Korea's dangerous provocations"
			if m.kind == mPronoun || len(m.states) == 0 || !own && (gprep(k) != "" || m.modifier) || sameAsSubj(m.states) {
				continue
			}
			addGroup(k)
			break
		}
	case p.flags&fBetween != 0 && len(subj) == 0:
		for k, m := range ms {
			if m.start >= t.end && m.start <= t.end+4 && len(m.states) > 0 {
				g := groupOf(groups, k)
				if len(g) >= 2 {
					subj, subjText = ms[g[0]].states, ms[g[0]].name
					for _, gi := range g[1:] {
						objKs = append(objKs, gi)
						objStates = append(objStates, ms[gi].states...)
					}
				} else if m.kind == mCollective && len(uniq(m.states)) == 2 {
					// "signed between the two countries": the pair they are
					sts := uniq(m.states)
					subj, subjText, objStates, objText = sts[:1], m.name, sts[1:], m.name
				}
				break
			}
		}
		if len(subj) == 0 {
			return
		}
	default:
		rightSearch()
	}
	reciprocal := len(uniq(subj)) >= 2 && len(uniq(objStates)) >= 2 && (p.typ == "APPEALED_FOR_COOPERATION" || p.typ == "MET" || p.typ == "SIGNED_AGREEMENT")
	if len(objStates) > 0 && p.flags&fVerb != 0 && !passive && allWithin(objStates, subj) && !reciprocal {
		// "informed Ambassador Tracy of the decision to declare two U.S.
		// diplomats persona non grata": a subject of the object's own state
		// was the wrong actor; take the next one to the left
		skipSubj = subj
		keep := append([]string(nil), objStates...)
		subj = nil
		if !subjectLeft(t.start) || allWithin(keep, subj) {
			return
		}
		objStates = keep
	}
	ownObject := t.end < len(toks) && toks[t.end].word && !toks[t.end].capital && !preps[toks[t.end].low] && !determiners[toks[t.end].low] && !objectPronouns[toks[t.end].low] &&
		!strings.HasSuffix(toks[t.end].low, "ly") && p.flags&fPart == 0 && p.typ != "APPEALED_FOR_COOPERATION" // "supporting terrorism": its own object; "urging stronger ties" asks it of the clause's object
	if len(objStates) == 0 && (p.flags&fPart != 0 || participle && !ownObject) && !(p.typ == "CRITICIZED" && p.flags&fInside != 0 && callForms[toks[t.start].low]) {
		for k := len(ms) - 1; k >= 0; k-- {
			if ms[k].end > t.start || ms[k].kind == mPronoun || len(ms[k].states) == 0 || sameAsSubj(ms[k].states) {
				continue
			}
			addGroup(k)
			reasons = append(reasons, "object of the clause it hangs on")
			break
		}
	}
	if len(objStates) == 0 && p.flags&fAnyObj != 0 {
		best, bestD := -1, 1<<30
		for k, m := range ms {
			if m.kind == mPronoun || m.kind == mNonState || len(m.states) == 0 || sameAsSubj(m.states) {
				continue
			}
			dd := m.start - t.end
			if dd < 0 {
				dd = t.start - m.end
			}
			if gprep(k) != "" {
				dd += 100 // an actor governed by a preposition is the victim, not the one warned
			}
			if dd < bestD {
				best, bestD = k, dd
			}
		}
		if best >= 0 {
			addGroup(best)
		}
	}
	// "… launched over 200 ballistic missiles at Israel. We categorically
	// condemn this act of aggression": the criticised is the attacker just
	// reported
	if len(objStates) == 0 && (p.typ == "CRITICIZED" || p.typ == "PROTESTED") && len(c.lastAttackers) > 0 && idx-c.lastAttackAt <= 1 && anaphoricAct(toks, t.end) {
		objStates = append(objStates, c.lastAttackers...)
	}
	// "North Korea carried out a ballistic missile test …": "The United
	// States condemned the launch", "called the launch a grave threat"
	// (the definite launch or test the text reported, a few sentences on)
	if len(objStates) == 0 && p.typ == "CRITICIZED" && len(c.lastLaunchers) > 0 && idx-c.lastLaunchAt <= 10 && (theLaunch(toks, t.end) || t.end-t.start > 2 && theLaunch(toks, t.start+1)) && !intersects(c.lastLaunchers, subj) {
		objStates = append(objStates, c.lastLaunchers...)
		conf *= 0.9
		reasons = append(reasons, "the launch reported before")
		reasons = append(reasons, "object: the attacker just reported")
	}
	if len(objStates) == 0 && p.flags&fCtx != 0 {
		for i := len(c.paraSts) - 1; i >= 0; i-- {
			if !sameAsSubj(c.paraSts[i : i+1]) {
				objStates = []string{c.paraSts[i]}
				conf *= 0.8
				reasons = append(reasons, "object from the paragraph")
				break
			}
		}
	}
	// only a meeting of two has "the other party"
	// (not when a name the coder could not place stands just before:
	// "thanked PresidentMnangagwa for his wishes" thanks someone else)
	otherState := false
	for j := t.start - 1; j >= 1 && j >= t.start-5; j-- {
		if tk, pv := toks[j], toks[j-1]; tk.word && tk.capital && inMentionAt(ms, j) < 0 && !titles.has(tk.low) && !honorifics.has(tk.low) &&
			pv.word && !pv.capital && (strings.HasSuffix(pv.low, "ed") || lightVerbs[pv.low]) {
			otherState = true // the one thanked, met, … is unplaced
		}
	}
	// "offers his condolences and prayers to the family of Dr. Carter": the
	// one they go to is named, and is no state
	for j := t.end; j < len(toks) && j < t.end+4 && !otherState; j++ {
		if w := toks[j].low; w == "to" || w == "for" || w == "with" {
			for k := j + 1; k < len(toks) && k <= j+3; k++ {
				if bereaved[toks[k].low] {
					otherState = true
				}
			}
		}
	}
	// ("to offer his condolences over this morning's attack in London":
	// condolences over what struck no state named go to the other party)
	// "Prime Minister conveyed to the leaders his New Year greetings" after
	// calls with five: the others of a meeting of several, when the
	// sentence names them together
	addressed := false
	for k, m := range ms {
		if m.kind == mCollective && k != t.subjM && len(c.r.parties) > 2 && sameStates(m.states, c.r.parties) {
			addressed = true
		}
	}
	if len(objStates) == 0 && (p.flags&fPartner != 0 || p.typ == "EXPRESSED_SOLIDARITY" && p.flags&fLoc != 0 && (toks[t.end-1].low == "over" || toks[t.end-1].low == "after" || toks[t.end-1].low == "following")) && (len(c.r.parties) == 2 || addressed) && len(subj) > 0 && allWithin(subj, c.r.parties) && !purposeOf(toks, t.start, prev, false) && !otherState {
		for _, st := range c.r.parties {
			if !contains(subj, st) {
				objStates = append(objStates, st)
			}
		}
		if len(objStates) > 0 {
			conf *= 0.85
			reasons = append(reasons, "object: the other party of the meeting")
		}
	}
	// coordinated subjects and no object: "A, B and C met", "A and B
	// signed", mutual recognition, "they committed to further
	// collaboration": every pair, each way where the act is each one's
	// "Wang Yi will preside over the meeting. A, B and C will attend the
	// meeting.": the chair is a party too
	if len(objStates) == 0 && p.typ == "MET" && strings.HasPrefix(toks[t.start].low, "attend") && idx-c.chairAt <= 1 {
		subj = append(append([]string(nil), subj...), c.chair...)
	}
	// "the foreign ministers of the BRICS countries will also have a
	// dialogue with the foreign ministers of emerging markets": the partner
	// is named, and is no state
	if len(objStates) == 0 && len(uniq(subj)) >= 2 && t.end < len(toks) && (toks[t.end-1].low == "with" || toks[t.end-1].low == "to") &&
		toks[t.end].low != "each" && toks[t.end].low != "one" && p.typ != "MET" && toks[t.end].word {
		return
	}
	if len(objStates) == 0 && len(uniq(subj)) >= 2 {
		subj = uniq(subj)
		both := false
		switch p.typ {
		case "MET", "SIGNED_AGREEMENT":
		case "RECOGNIZED", "APPEALED_FOR_COOPERATION":
			both = true
		default:
			if p.flags&fEach == 0 {
				return
			}
			both = true // "Moscow and Kyiv exchanged fire"
		}
		// "The two foreign ministers shared the view that Japan, the U.S.
		// and the ROK will continue to coordinate": the view is the
		// meeting's parties'; a third state in it is appealed to, not
		// appealing
		viewOf := []string(nil)
		if p.typ == "APPEALED_FOR_COOPERATION" && len(c.r.parties) >= 2 {
			for _, m := range ms {
				if m.kind != mCollective || m.start >= t.start || !sameStates(m.states, c.r.parties) {
					continue
				}
				for j := m.end; j < t.start; j++ {
					if toks[j].low == "that" {
						viewOf = c.r.parties
						break
					}
				}
				break
			}
		}
		for i, a := range subj {
			if viewOf != nil && !allWithin([]string{a}, viewOf) {
				continue
			}
			for j, b := range subj {
				if i == j || !both && j < i {
					continue
				}
				c.emit(idx, s, t, a, b, subjText, "", conf, reasons, dates, subjAuthor)
			}
		}
		if viewOf == nil {
			c.r.parties = subj
			if t.typeOf() == "MET" && len(subj) >= 2 {
				c.metIn, c.metAt, c.metParties = idx, t.end, subj
			}
		}
		return
	}
	// "So long as Iran continues to fail …, the U.S. will impose tighter
	// sanctions": a conditional sanction with no target named is against
	// the one whose conduct is the condition
	if len(objStates) == 0 && len(condWho) > 0 && !sameAsSubj(condWho) && p.flags&fVerb != 0 {
		objStates = append(objStates, condWho...)
		reasons = append(reasons, "target: the actor of the condition")
	}
	if len(objStates) == 0 {
		return
	}
	if len(condWho) > 0 && intersects(condWho, objStates) {
		t.typ = "THREATENED"
		conf = p.conf * 0.75 // "will … if": the condition makes the threat, it does not weaken it
		reasons = append(reasons, "a "+strings.ToLower(p.typ)+" on condition of the target's conduct is a threat")
	}
	// "we welcome Russia as a responsible member": welcoming a state, not
	// its act, praises nothing
	if p.typ == "PRAISED" && strings.HasPrefix(toks[t.start].low, "welcom") && len(objKs) > 0 {
		m := ms[objKs[0]]
		// "delighted to welcome President Macron to London": a leader or an
		// official welcomed to a place is a visit, hosted
		// — and so is one welcomed on a visit, at a place, or with nothing
		// after ("to welcome Prime Minister David Cameron on his official
		// visit to our country", "Modi welcomed the Indian Prime Minister.")
		person := m.kind == mLeader || m.kind == mOrgan && (isPersonOrgan(m.name) || isPersonOrgan(phraseLow(toks, m.start, m.end))) || m.kind == mOfficial
		after := ""
		if m.end < len(toks) {
			after = toks[m.end].low
		}
		onVisit := false
		if after == "on" || after == "for" {
			for j := m.end + 1; j < len(toks) && j <= m.end+5; j++ {
				if w := toks[j].low; w == "visit" || w == "visits" || w == "trip" || w == "tour" {
					onVisit = true
				}
			}
		}
		if !m.poss && person && (after == "to" || after == "at" || after == "in" || after == "" || after == "." || onVisit) {
			t.typ = "MET"
			conf = min(conf, 0.8)
			reasons = append(reasons, "welcomed to a place: a visit")
		} else if !m.poss && (m.end >= len(toks) || toks[m.end].low == "as" || toks[m.end].low == "to" || toks[m.end].low == "." || toks[m.end].low == ",") {
			return
		}
		// "welcomed the 75th anniversary of diplomatic relations between …":
		// the state's own act, close by, is what is welcomed
		if !m.poss && m.start-t.end > 3 && prepBefore(toks, m.start) != "by" {
			return // ("welcomes the announcement by the Government of Uganda" praises its act)
		}
	}
	for _, k := range objKs {
		consumedBy[k] = t
	}
	t.subj = subj
	switch t.typeOf() {
	case "MET", "SIGNED_AGREEMENT", "RECOGNIZED":
		c.r.parties = uniq(append(append([]string(nil), subj...), objStates...))
		if t.typeOf() == "MET" && len(c.r.parties) >= 2 {
			c.metIn, c.metAt, c.metParties = idx, t.end, c.r.parties
		}
	case "APPEALED_FOR_COOPERATION":
		// an appeal to a third state during a call ("encourage China to
		// play a greater role") leaves the call's parties as they were:
		// "Both ministers …" after it are still the two who spoke
		if len(c.r.parties) < 2 || allWithin(objStates, c.r.parties) && allWithin(subj, c.r.parties) {
			c.r.parties = uniq(append(append([]string(nil), subj...), objStates...))
		}
	}
	// "established diplomatic relations with", "our mutual commitment to
	// strengthening …": each way; relations restored or resumed by one
	// state with another are its recognition, one way (annotation rule 27:
	// the UAE "announced that it was resuming full diplomatic relations
	// with Egypt"); "A and B restored relations" is each way by its subject
	mutual := p.typ == "RECOGNIZED" && (strings.Contains(p.rule, "diplomatic") || strings.Contains(p.rule, "ESTABLISH|NORMALIZE")) && !restoresRelations(p.rule)
	for j := t.start - 1; j >= 0 && j >= t.start-3 && (p.typ == "APPEALED_FOR_COOPERATION" || p.typ == "RECOGNIZED"); j-- {
		if toks[j].low == "," || toks[j].low == ";" {
			break // "consolidate political mutual trust, deepen cooperation": another phrase's
		}
		if toks[j].low == "mutual" {
			mutual = true
		}
	}
	// the object may hold the subject too: "our mutual commitment to
	// strengthening the Canada-Ukraine friendship" (the pair inside)
	others := objStates
	if len(uniq(subj)) == 1 {
		others = nil
		for _, o := range objStates {
			if o != subj[0] {
				others = append(others, o)
			}
		}
	}
	if (mutual || p.flags&fEach != 0) && p.flags&fReverse == 0 && len(uniq(subj)) == 1 && len(uniq(others)) == 1 {
		c.emit(idx, s, t, others[0], subj[0], objText, subjText, conf*0.95, append(reasons, "mutual: each way"), dates, false)
	}
	if p.flags&fReverse != 0 {
		subj, objStates = objStates, subj
		subjText, objText = objText, subjText
		subjAuthor = false
	}
	for _, st := range subj {
		for _, o := range objStates {
			if st == o || st == "" || o == "" {
				continue
			}
			c.emit(idx, s, t, st, o, subjText, objText, conf, reasons, dates, subjAuthor)
		}
	}
	// "met in Berlin with German Foreign Minister Baerbock, UK Foreign
	// Secretary Truss, and French Director General Errera": one meeting,
	// where every party met every other ("held calls with …", "visited A
	// and B" are several). The others met one another only on evidence
	// that they sat together — the meeting held at a place ("met in
	// Berlin with", rule 23), a joint, trilateral, … meeting, "met
	// together": "Al-Sisi met with the President of Mauritania …,
	// President of South Sudan … and President of Gambia … upon his
	// arrival" is his meeting with each, not theirs
	if p.typ == "MET" && oneMeeting(toks, t) && meetingTogether(toks, t) && len(uniq(objStates)) >= 2 {
		os := uniq(objStates)
		for i, a := range os {
			for _, b := range os[i+1:] {
				if !contains(subj, a) && !contains(subj, b) {
					c.emit(idx, s, t, a, b, objText, "", conf*0.9, append(reasons, "one meeting of every party"), dates, false)
				}
			}
		}
	}
}

// oneMeeting: the trigger is a verb "meet" (or "a meeting with") of one
// event, not calls, visits or meetings in the plural.
// mainVerbs open the main clause after "At the invitation of …, X".
var mainVerbs = wordSet("will", "is", "are", "was", "has", "have", "had", "paid", "pays", "visited", "visits", "attended", "attends",
	"held", "holds", "met", "meets", "arrived", "arrives", "traveled", "travelled", "travels", "came", "comes", "went", "co-chaired", "chaired")

// invitation: "At the invitation of Vietnam's Deputy Prime Minister … and
// Singapore's Foreign Minister …, Wang Yi will visit …" — each inviter
// appeals to the one invited (ANNOTATION.md rule 21), the last actor before
// the main clause's verb; the visit itself is the verb's own fact.
func (c *coder) invitation(idx int, s Sentence, toks []token, ms []mention, t *trig, dates []dateExpr) {
	verb := -1
	for j := t.end; j < len(toks); j++ {
		if mainVerbs[toks[j].low] && inMentionAt(ms, j) < 0 {
			verb = j
			break
		}
		if toks[j].low == "." || toks[j].low == ";" {
			break
		}
	}
	invitee := -1
	for k := range ms {
		if ms[k].start >= t.end && ms[k].end <= verb && ms[k].kind != mPronoun && ms[k].kind != mNonState && len(ms[k].states) > 0 {
			invitee = k
		}
	}
	if verb < 0 || invitee < 0 {
		return
	}
	obj := ms[invitee]
	for k := range ms {
		m := ms[k]
		if m.start < t.end || m.end > obj.start || m.kind == mPronoun || m.kind == mNonState || m.modifier && !m.poss {
			continue
		}
		for _, st := range uniq(m.states) {
			for _, o := range uniq(obj.states) {
				if st != o && st != "" && o != "" {
					c.emit(idx, s, t, st, o, m.name, obj.name, t.p.conf, nil, dates, false)
				}
			}
		}
	}
}

// envoyWords name a state's envoys abroad.
var envoyWords = wordSet("ambassador", "ambassadors", "envoy", "envoys", "commissioner", "commissioners", "diplomat", "diplomats",
	"chargé", "charge", "consul", "attaché", "attache", "attachés", "attaches", "representative", "emissary")

// envoyTo: "the expulsion of New Zealand's high commissioner to Fiji", "the
// recall of the Swedish ambassador to Iraq" said of the expulsion: the
// state the envoy was sent to expels the envoy's state.
func (c *coder) envoyTo(idx int, s Sentence, toks []token, ms []mention, t *trig, dates []dateExpr) {
	for j := t.start - 1; j >= 0 && j >= t.start-5; j-- {
		if negators[toks[j].low] || strings.HasSuffix(toks[j].low, "n't") || clauseBreak[toks[j].low] {
			if clauseBreak[toks[j].low] {
				break
			}
			return
		}
	}
	in := -1
	for k := range ms {
		if ms[k].start > t.start && ms[k].end < t.end && len(ms[k].states) > 0 && ms[k].kind != mPronoun && ms[k].kind != mNonState && ms[k].kind != mAuthor {
			in = k
		}
	}
	if in < 0 {
		return
	}
	envoy := false
	for j := ms[in].start; j < t.end-1; j++ {
		envoy = envoy || envoyWords[toks[j].low]
	}
	host := mentionStartingAt(ms, t.end)
	if host < 0 && t.end+1 < len(toks) && toks[t.end].low == "the" {
		host = mentionStartingAt(ms, t.end+1)
	}
	if !envoy || host < 0 || ms[host].kind == mPronoun || ms[host].kind == mNonState || ms[host].poss {
		return
	}
	for _, st := range uniq(ms[host].states) {
		for _, o := range uniq(ms[in].states) {
			if st != o && st != "" && o != "" {
				c.emit(idx, s, t, st, o, ms[host].name, ms[in].name, t.p.conf, []string{"the host of the envoy expels"}, dates, false)
			}
		}
	}
}

// envoysLeave: "Georgia's diplomats in Russia will leave Moscow", "All
// diplomatic personnel in Ecuador will return immediately to Mexico": a
// state's own envoys leaving their host, or coming home, is its recall of
// them (annotation rule 35: EXPELLED of the host). The state is the
// possessor or demonym before the envoys, else the author; the host the
// state after "in" among the envoys' words, else the place left.
func (c *coder) envoysLeave(idx int, s Sentence, toks []token, ms []mention, t *trig, dates []dateExpr) {
	for j := t.start - 1; j >= 0 && j >= t.start-4; j-- {
		if negators[toks[j].low] || strings.HasSuffix(toks[j].low, "n't") {
			return
		}
	}
	verb := t.start
	if c.envoysMadeToLeave(idx, s, toks, ms, t, dates) {
		return
	}
	e := -1 // the envoys' word
	for j := verb - 1; j >= 0 && j >= verb-7; j-- {
		if clauseBreak[toks[j].low] || toks[j].low == "," {
			break
		}
		if envoyWords[toks[j].low] || (toks[j].low == "personnel" || toks[j].low == "staff") && j > 0 && (toks[j-1].low == "diplomatic" || toks[j-1].low == "embassy") {
			e = j
			break
		}
	}
	if e < 0 {
		return
	}
	returning := strings.HasPrefix(toks[verb].low, "return")
	own, host := []string(nil), []string(nil)
	ownText, hostText := "", ""
	for k := range ms {
		m := ms[k]
		if len(m.states) != 1 || m.kind == mNonState || m.kind == mPronoun && !m.poss {
			continue
		}
		switch {
		case m.start <= e && m.end >= e-1 && m.end <= e+1 && own == nil:
			own, ownText = m.states, m.name // "Georgia's diplomats", "Mexican diplomats"
		case m.start > e && m.end <= verb && m.start > 0 && toks[m.start-1].low == "in" && host == nil:
			host, hostText = m.states, m.name // "diplomats in Russia"
		case m.start == verb+1 && !returning && host == nil:
			host, hostText = m.states, m.name // "will leave Moscow"
		}
	}
	if own == nil && len(c.r.author) == 1 {
		own, ownText = c.r.author, ""
	}
	if own == nil || host == nil || own[0] == host[0] {
		return
	}
	if madeToLeave(toks, verb) {
		// "All Belgian diplomats in Rwanda are required to leave the
		// country": the host expels them
		c.emit(idx, s, t, host[0], own[0], hostText, ownText, t.p.conf, []string{"its envoys are made to leave"}, dates, false)
		return
	}
	c.emit(idx, s, t, own[0], host[0], ownText, hostText, t.p.conf, []string{"its own envoys leave the host"}, dates, false)
}

// alsoType: the candidates coded from n0 on say a relation of type typ
// too.
func (c *coder) alsoType(n0 int, typ string) {
	for _, cd := range append([]Candidate(nil), c.d.Candidates[n0:]...) {
		if cd.Type != typ {
			cd.Type = typ
			cd.Reasons = append(append([]string(nil), cd.Reasons...), "a mission closed ends relations")
			c.d.Candidates = append(c.d.Candidates, cd)
		}
	}
}

// joinedIn: "German authorities joined the US and UK in issuing sanction
// measures against Rwanda", "East Germany and Bulgaria had previously
// joined the Soviet Union in a decision to stay away from the games": the
// ones joining do what those they join do. The candidates coded from n0 on
// whose subject is one joined get the same for each state joining.
func (c *coder) joinedIn(idx int, s Sentence, toks []token, ms []mention, groups []int, t *trig, n0 int) {
	if len(c.d.Candidates) == n0 {
		return
	}
	in := -1
	for j := t.start - 1; j >= 0 && j >= t.start-6; j-- {
		if clauseBreak[toks[j].low] || toks[j].low == "," || inMentionAt(ms, j) >= 0 {
			return
		}
		if toks[j].low == "in" {
			in = j
			break
		}
	}
	if in < 1 {
		return
	}
	a := inMentionAt(ms, in-1)
	if a < 0 || ms[a].kind == mPronoun || ms[a].kind == mNonState {
		return
	}
	ga := groupOf(groups, a)
	j := ms[ga[0]].start - 1
	if j >= 0 && toks[j].low == "the" {
		j--
	}
	if j < 1 {
		return
	}
	switch toks[j].low {
	case "join", "joins", "joined", "joining":
	default:
		return
	}
	j--
	for j >= 0 && (beAux[toks[j].low] || strings.HasSuffix(toks[j].low, "ly") || toks[j].low == "also" || toks[j].low == "will" || toks[j].low == "would") && inMentionAt(ms, j) < 0 {
		j--
	}
	sk := inMentionAt(ms, j)
	if sk < 0 || ms[sk].kind == mNonState || ms[sk].end != j+1 {
		return
	}
	var joiners, joined []string
	for _, gi := range groupOf(groups, sk) {
		if ms[gi].kind != mNonState {
			joiners = append(joiners, ms[gi].states...)
		}
	}
	for _, gi := range ga {
		if ms[gi].kind != mNonState && ms[gi].kind != mPronoun {
			joined = append(joined, ms[gi].states...)
		}
	}
	joiners = uniq(joiners)
	cands := append([]Candidate(nil), c.d.Candidates[n0:]...)
	for _, cd := range cands {
		if !slices.Contains(joined, cd.Subject) {
			continue
		}
		for _, st := range joiners {
			if st == "" || st == cd.Object || slices.Contains(joined, st) {
				continue
			}
			cd2 := cd
			cd2.Subject, cd2.SubjectName, cd2.SubjectText = st, "", c.writtenAs(st, ms[sk].name)
			cd2.Reasons = append(append([]string(nil), cd.Reasons...), "joined "+phraseText(toks, ms[ga[0]].start, ms[a].end)+" in it")
			c.d.Candidates = append(c.d.Candidates, cd2)
		}
	}
}

// meetToVerbs say what a meeting is held to do ("met to consider the
// Soviet Note", "gathered to discuss the Russian proposal").
var meetToVerbs = wordSet("consider", "discuss", "review", "examine", "study", "address", "debate", "assess", "prepare", "draft",
	"coordinate", "plan", "weigh", "evaluate", "explore", "exchange", "talk", "finalize", "finalise", "agree", "decide", "respond", "answer", "reply")

// judgeSayVerbs report whose judgement follows: "said North Korea's action
// was a threat", "made clear that Iran's harassment of vessels is contrary
// to international law".
var judgeSayVerbs = wordSet("said", "says", "say", "stated", "states", "noted", "stressed", "declared", "added", "believes", "believe",
	"considers", "consider", "insisted", "maintained", "argued", "warned", "emphasized", "emphasised", "underlined", "asserted", "clear", "told")

// judgedDeed: a state's deed judged wrong with a copula and no verb of
// criticism — "White House press secretary Jay Carney said North Korea's
// action was a threat to regional security", "Morocco's foreign ministry
// said on Tuesday that Algeria's decision to cut diplomatic ties … was
// “completely unjustified”", "The Chinese posture was provocative" (in a
// statement): the one saying so criticises the state whose deed it is.
func (c *coder) judgedDeed(idx int, s Sentence, toks []token, ms []mention, groups []int, t *trig, dates []dateExpr) {
	// not judged so: "was not illegal", "is no threat"
	for j := t.start + 1; j < t.end; j++ {
		if w := toks[j].low; negators[w] || strings.HasSuffix(w, "n't") || w == "if" || w == "whether" {
			return
		}
	}
	// whose deed: right before the noun (adjectives between), or "by X"
	// before the copula
	judged := -1
	for j, n := t.start-1, 0; j >= 0 && n < 3; j, n = j-1, n+1 {
		if k := inMentionAt(ms, j); k >= 0 {
			if ms[k].end == j+1 && (ms[k].poss || ms[k].modifier) && ms[k].kind != mNonState && ms[k].kind != mAuthor && len(ms[k].states) > 0 {
				judged = k
			}
			break
		}
		if !toks[j].word || toks[j].capital && j > 0 || determiners[toks[j].low] && toks[j].low != "latest" && toks[j].low != "recent" {
			break
		}
	}
	if judged < 0 {
		for j := t.start + 1; j+1 < t.end; j++ {
			if toks[j].low == "by" {
				if k := mentionStartingAt(ms, j+1); k >= 0 && ms[k].kind != mNonState && ms[k].kind != mPronoun && !ms[k].poss {
					judged = k
				} else if k := mentionStartingAt(ms, j+2); k >= 0 && toks[j+1].low == "the" && ms[k].kind != mNonState && ms[k].kind != mPronoun {
					judged = k
				}
				break
			}
		}
	}
	if judged < 0 || ms[judged].kind == mPronoun && len(ms[judged].states) == 0 {
		return
	}
	// who judges: the subject of a verb of saying before, or of an
	// attribution after, else the author
	var judge []string
	judgeText := ""
	from := ms[judged].start
	for j := from - 1; j >= 0 && j >= from-8; j-- {
		if clauseBreak[toks[j].low] {
			break
		}
		if judgeSayVerbs[toks[j].low] {
			for k := len(ms) - 1; k >= 0; k-- {
				m := ms[k]
				if m.end > j || m.kind == mNonState || len(m.states) == 0 || m.start > 0 && preps[toks[m.start-1].low] {
					continue
				}
				if breakBetween(toks, m.end, j) {
					break
				}
				if m.kind == mPronoun {
					break
				}
				judge, judgeText = m.states, m.name
				break
			}
			break
		}
	}
	if judge == nil {
		// "…, Germany said", "…, said Germany"
		for j := t.end; j+1 < len(toks); j++ {
			if toks[j].low != "," {
				continue
			}
			if k := mentionStartingAt(ms, j+1); k >= 0 && ms[k].end < len(toks) && sayVerbs[toks[ms[k].end].low] && ms[k].kind != mNonState && ms[k].kind != mPronoun {
				judge, judgeText = ms[k].states, ms[k].name
			} else if sayVerbs[toks[j+1].low] {
				if k := mentionStartingAt(ms, j+2); k >= 0 && ms[k].kind != mNonState && ms[k].kind != mPronoun {
					judge, judgeText = ms[k].states, ms[k].name
				}
			}
			break
		}
	}
	reasons := []string{"a deed judged wrong: the one judging criticises"}
	conf := t.p.conf
	if judge == nil && len(c.r.author) > 0 && from < 3 {
		judge, judgeText = c.r.author, "(the author)"
		conf *= 0.9
		reasons = append(reasons, "the author judges")
	}
	if judge == nil {
		return
	}
	for _, a := range uniq(judge) {
		for _, gi := range groupOf(groups, judged) {
			for _, b := range uniq(ms[gi].states) {
				if a != b && a != "" && b != "" && ms[gi].kind != mNonState {
					c.emit(idx, s, t, a, b, judgeText, ms[gi].name, conf, reasons, dates, false)
				}
			}
		}
	}
}

// leaverWords are the envoys (and the officials or staff of a state) who
// can be made to leave a country.
var leaverWords = wordSet("officials", "official", "staff", "personnel", "staffers", "employees", "members")

// madeGive: a grant of time to leave ("given seven days to leave").
var madeGive = wordSet("give", "gives", "gave", "given", "giving")

var beAux = wordSet("be", "been", "being", "is", "are", "was", "were", "had", "has", "have", "'s", "’s")

// haveForms make a perfect of the participle after them.
var haveForms = wordSet("has", "have", "had", "having")

// envoysMadeToLeave: envoys made to leave a country are expelled by it
// (annotation rule 35), said with a verb of ordering or a time given
// rather than "expel": "ordered their diplomats to leave Egypt within 24
// hours", "ordered them to leave the country", "three Bolivian officials
// were asked to leave the country", "Kenyan diplomats in Mogadishu had
// been given seven days to leave", "the ambassador would have to leave
// Venezuela". The expelling state is the one ordering (active), else the
// country left, else the state the envoys are "in", else the sentence's
// first other state, else the author; a state ordering its own envoys out
// recalls them from the country left. Officials or staff (not envoys by
// title) count only when the place left is a state or "the country".
// Reports true when the construction is one (whether or not it drafted).
func (c *coder) envoysMadeToLeave(idx int, s Sentence, toks []token, ms []mention, t *trig, dates []dateExpr) bool {
	v := t.start
	if v < 2 || toks[v-1].low != "to" || strings.HasPrefix(toks[v].low, "return") {
		return false
	}
	mk, haveTo := -1, false
	if w := toks[v-2].low; w == "have" || w == "has" || w == "had" {
		mk, haveTo = v-2, true
	} else {
		for j := v - 2; j >= 0 && j >= v-6; j-- {
			w := toks[j].low
			if clauseBreak[w] || w == "," || w == "and" {
				break
			}
			if madeWords[w] || madeGive[w] {
				mk = j
				break
			}
		}
	}
	if mk < 0 {
		return false
	}
	isEnvoy := func(j int) bool { return envoyWords[toks[j].low] || leaverWords[toks[j].low] }
	trueEnvoy := false
	e := -1
	// "has ordered the diplomats to leave" is active: a form of "have"
	// right before the verb is its perfect, not a passive
	passive := haveTo || mk > 0 && beAux[toks[mk-1].low] && !haveForms[toks[mk-1].low]
	if !passive {
		// active: the envoys between the verb and "to"
		for j := mk + 1; j <= v-2; j++ {
			if isEnvoy(j) {
				e = j
			}
			if w := toks[j].low; w == "them" || w == "him" || w == "her" {
				// "caught two Pakistan High Commission officials ... and
				// ordered them to leave": the envoys named before
				for k := mk - 1; k >= 0; k-- {
					if isEnvoy(k) {
						e = k
						break
					}
				}
			}
		}
		if e < 0 && madeGive[toks[mk].low] {
			return false
		}
	}
	if e < 0 {
		// passive: the envoys before the auxiliaries
		from := mk - 1
		for from >= 0 && (beAux[toks[from].low] || toks[from].low == "would" || toks[from].low == "will" || toks[from].low == "also" || toks[from].low == "now") {
			from--
		}
		for j := from; j >= 0 && j >= from-5; j-- {
			if clauseBreak[toks[j].low] || toks[j].low == "," {
				break
			}
			if isEnvoy(j) {
				e = j
				break
			}
		}
		passive = true
	}
	if e < 0 {
		return false
	}
	trueEnvoy = envoyWords[toks[e].low]
	// the envoys' state: a mention holding or right before the word
	own, ownText := []string(nil), ""
	for k := range ms {
		m := ms[k]
		if m.kind == mNonState || m.kind == mPronoun && !m.poss || len(m.states) == 0 {
			continue
		}
		end := m.end
		for end < e && startsUpper(toks[end].text) {
			end++ // "two Pakistan High Commission officials"
		}
		if m.start <= e && end >= e-1 && m.end <= e+1 {
			own, ownText = m.states, m.name
		}
	}
	if own == nil && e > 0 && (toks[e-1].low == "its" || toks[e-1].low == "their") {
		// "Georgia ordered its diplomats to leave": the state before
		for k := len(ms) - 1; k >= 0; k-- {
			m := ms[k]
			if m.end > e-1 || m.kind == mNonState || m.kind == mPronoun || len(m.states) == 0 || m.start > 0 && preps[toks[m.start-1].low] {
				continue
			}
			if breakBetween(toks, m.end, e) {
				break
			}
			for _, gi := range groupOf(c.groups, k) {
				if ms[gi].kind != mNonState && ms[gi].kind != mPronoun {
					own = append(own, ms[gi].states...)
				}
			}
			ownText = m.name
			break
		}
	}
	if own == nil {
		return true
	}
	// the place left
	place, placeText := []string(nil), ""
	if k := mentionStartingAt(ms, v+1); k >= 0 && ms[k].kind != mPronoun && ms[k].kind != mNonState && !ms[k].poss {
		place, placeText = ms[k].states, ms[k].name
	} else if v+2 < len(toks) && toks[v+1].low == "the" && (toks[v+2].low == "country" || toks[v+2].low == "territory" || toks[v+2].low == "kingdom") {
		placeText = "the country"
	} else if !trueEnvoy {
		return true
	}
	var host []string
	hostText := ""
	if !passive {
		// the one ordering: the first state of the clause, not after a
		// preposition
		for k := range ms {
			m := ms[k]
			if m.start >= mk {
				break
			}
			if m.kind == mNonState || m.kind == mPronoun || m.poss || m.modifier || len(m.states) != 1 {
				continue
			}
			if m.start > 0 && preps[toks[m.start-1].low] {
				continue
			}
			host, hostText = m.states, m.name
			break
		}
	}
	if host == nil && place != nil {
		host, hostText = place, placeText
	}
	if host == nil {
		// "Kenyan diplomats in Mogadishu had been given seven days to leave"
		for k := range ms {
			m := ms[k]
			if m.start > e && m.end <= mk && m.start > 0 && toks[m.start-1].low == "in" && m.kind != mPronoun && len(m.states) == 1 {
				host, hostText = m.states, m.name
				break
			}
		}
	}
	if host == nil {
		for k := range ms {
			m := ms[k]
			if m.end > e || m.kind == mNonState || m.kind == mPronoun || m.poss || m.modifier || len(m.states) != 1 || sameStates(m.states, own) {
				continue
			}
			host, hostText = m.states, m.name
			break
		}
	}
	if host == nil && len(c.r.author) == 1 {
		host = c.r.author
	}
	if host == nil {
		return true
	}
	if !passive && sameStates(host, own) {
		// "Georgia ordered its diplomats to leave Russia": a recall
		if place == nil || sameStates(place, own) {
			return true
		}
		for _, o := range uniq(own) {
			for _, p := range uniq(place) {
				if o != p && o != "" && p != "" {
					c.emit(idx, s, t, o, p, ownText, placeText, t.p.conf, []string{"its envoys are ordered home"}, dates, false)
				}
			}
		}
		return true
	}
	for _, h := range uniq(host) {
		for _, o := range uniq(own) {
			if h != o && h != "" && o != "" {
				c.emit(idx, s, t, h, o, hostText, ownText, t.p.conf, []string{"its envoys are made to leave"}, dates, false)
			}
		}
	}
	return true
}

// ofSubject: "reaffirmed the steadfast support of the United States for
// Ukraine", "the deepest condolences of the United States to President
// Yoon": the state after "of" gives, the one after the next "for", "to" or
// "with" receives.
func (c *coder) ofSubject(idx int, s Sentence, toks []token, ms []mention, groups []int, t *trig, dates []dateExpr) {
	k := mentionStartingAt(ms, t.end)
	if k < 0 && t.end < len(toks) && toks[t.end].low == "the" {
		k = mentionStartingAt(ms, t.end+1)
	}
	if k < 0 || ms[k].kind == mPronoun || ms[k].kind == mNonState || len(ms[k].states) == 0 || ms[k].poss {
		return
	}
	g := groupOf(groups, k)
	last := ms[g[len(g)-1]].end
	o := -1
	for j := last; j < len(toks) && j <= last+1; j++ {
		if w := toks[j].low; w == "for" || w == "to" || w == "with" {
			if m := mentionStartingAt(ms, j+1); m >= 0 {
				o = m
			} else if j+2 < len(toks) && determiners[toks[j+1].low] {
				o = mentionStartingAt(ms, j+2)
			}
			break
		}
	}
	if o < 0 {
		return
	}
	var subj, obj []string
	for _, gi := range g {
		if ms[gi].kind != mPronoun && ms[gi].kind != mNonState {
			subj = append(subj, ms[gi].states...)
		}
	}
	for _, gi := range groupOf(groups, o) {
		if ms[gi].kind != mPronoun && ms[gi].kind != mNonState {
			obj = append(obj, ms[gi].states...)
		}
	}
	for _, a := range uniq(subj) {
		for _, b := range uniq(obj) {
			if a != b && a != "" && b != "" {
				c.emit(idx, s, t, a, b, ms[k].name, ms[o].name, t.p.conf, nil, dates, false)
			}
		}
	}
}

// kindNouns, after a state, make it the modifier of a thing: "Ukraine
// security assistance", "Iraq reconstruction efforts".
var kindNouns = wordSet("security", "assistance", "aid", "defense", "defence", "military", "reconstruction", "recovery", "relief",
	"operations", "efforts", "programs", "programmes", "policy", "initiatives")

// bereaved name the people condolences and sympathy go to when no state is
// named: "to the family of Dr. Carter", "for the victims".
var bereaved = wordSet("family", "families", "relatives", "victims", "loved", "those", "survivors", "friends", "colleagues", "affected", "bereaved")

var chairVerbs = wordSet("chair", "chairs", "chaired", "co-chair", "co-chairs", "co-chaired", "preside", "presides", "presided")

// firstPerson: the speaker's own relation — "Israel has our full support"
// (the author supports Israel), "how wonderful it is to be back in Germany",
// "an honour to be here at the White House" (the speaker's visit). The
// subject is the first person in the words or before them in the sentence;
// the object the actor after a closing "in", "at" or "to", else the nearest
// actor on the left that no preposition governs.
func (c *coder) firstPerson(idx int, s Sentence, toks []token, ms []mention, groups []int, t *trig, dates []dateExpr) {
	for j := t.start - 1; j >= 0 && j >= t.start-6; j-- {
		if negators[toks[j].low] || strings.HasSuffix(toks[j].low, "n't") {
			return
		}
	}
	var subj []string
	var subjText string
	for k := len(ms) - 1; k >= 0; k-- {
		if ms[k].kind == mAuthor && ms[k].start < t.end && len(ms[k].states) > 0 {
			subj, subjText = ms[k].states, ms[k].name
			break
		}
	}
	if len(subj) == 0 && len(c.r.author) > 0 && impersonalIt(toks, t.start) {
		// "Mr President, it’s an honour to be here at the White House": the speaker's
		subj, subjText = c.r.author, "(the speaker)"
	}
	if len(subj) == 0 {
		return
	}
	o := -1
	thatClause := false
	if toks[t.end-1].low == "that" {
		// "It is commendable that the missile was successfully intercepted
		// by the air defence system of the UAE", "it is unacceptable that
		// Russian forces …": the speaker judges the state the clause names
		// first
		for k, m := range ms {
			if m.start >= t.end && len(m.states) > 0 && m.kind != mPronoun && m.kind != mNonState && m.kind != mAuthor && !intersects(m.states, subj) {
				o = k
				break
			}
		}
		thatClause = true // "Russian forces" are Russia's here
	} else if w := toks[t.end-1].low; w == "in" || w == "at" || w == "to" {
		o = mentionStartingAt(ms, t.end)
		if o < 0 && t.end+1 < len(toks) && toks[t.end].low == "the" {
			o = mentionStartingAt(ms, t.end+1)
		}
	} else if w == "have" || w == "host" || w == "welcome" || w == "receive" {
		// "I’m very pleased to have Foreign Minister Sabry here": the guest
		// after the verb, a person, not "Japan's support"
		if o = mentionStartingAt(ms, t.end); o >= 0 {
			k := ms[o].kind
			// ("… to welcome President Lula on his first state visit")
			onVisit := false
			for e := ms[o].end; e < len(toks) && e <= ms[o].end+5 && (toks[ms[o].end].low == "on" || toks[ms[o].end].low == "for"); e++ {
				onVisit = onVisit || toks[e].low == "visit" || toks[e].low == "trip" || toks[e].low == "tour"
			}
			if e := ms[o].end; ms[o].poss || k != mLeader && k != mOrgan && k != mOfficial || e < len(toks) && !guestAfter[toks[e].low] && !onVisit {
				return
			}
		}
	} else {
		for k := len(ms) - 1; k >= 0; k-- {
			if ms[k].end <= t.start && ms[k].kind != mAuthor && prepBefore(toks, ms[k].start) == "" {
				o = k
				break
			}
		}
	}
	if o < 0 || ms[o].kind == mPronoun || ms[o].kind == mNonState || ms[o].modifier && !thatClause {
		return
	}
	conf := t.p.conf
	var reasons []string
	for j := t.start - 1; j >= 0 && j >= t.start-6; j-- {
		if w := toks[j].low; w == "will" || w == "'ll" {
			conf *= 0.75
			reasons = append(reasons, "future")
			break
		}
	}
	var obj []string
	for _, gi := range groupOf(groups, o) {
		if ms[gi].kind != mPronoun && ms[gi].kind != mNonState && ms[gi].kind != mAuthor {
			obj = append(obj, ms[gi].states...)
		}
	}
	for _, a := range uniq(subj) {
		for _, b := range uniq(obj) {
			if a != b && a != "" && b != "" {
				c.emit(idx, s, t, a, b, subjText, ms[o].name, conf, reasons, dates, false)
			}
		}
	}
}

// inLeadingClause: the mention stands in an adverbial clause that opens
// the sentence and ends with a comma before from ("when the Russian state
// used a chemical weapon in Salisbury, America responded by expelling …"):
// it is no subject of the main clause.
func inLeadingClause(toks []token, m mention, from int) bool {
	sub := -1
	for j := m.start - 1; j >= 0; j-- {
		if toks[j].low == "," {
			break
		}
		if subordinators[toks[j].low] || leadingSubordinators[toks[j].low] {
			sub = j
			break
		}
	}
	if sub < 0 {
		return false
	}
	for j := m.end; j < from; j++ {
		if toks[j].low == "," {
			return true
		}
	}
	return false
}

var leadingSubordinators = wordSet("if", "although", "though", "once", "because", "as", "whereas", "until")

// nameOrMonth: a capitalised "May" inside a sentence, or before a day, is a
// name or the month, no modal: "Prime Minister Theresa May spoke to …", "on
// 8 May".
func nameOrMonth(toks []token, j int) bool {
	return toks[j].capital && (j > 0 || j+1 < len(toks) && isDigits(toks[j+1].text))
}

func oneMeeting(toks []token, t *trig) bool {
	w := toks[t.start].low
	switch w {
	case "met", "meet", "meets":
		return true
	case "meeting":
		return t.end > t.start+1 && toks[t.end-1].low == "with" || t.start > 0 && (toks[t.start-1].low == "a" || determiners[toks[t.start-1].low])
	case "host", "hosts", "hosted", "hosting":
		// "to host the foreign ministers of China and Afghanistan at the 5th
		// … Trilateral FMs dialogue": the guests of one meeting met too
		for j := t.end; j < len(toks) && j < t.end+20 && !isBreak(toks, j); j++ {
			if w := toks[j].low; w == "trilateral" || w == "quadrilateral" || w == "multilateral" || (w == "at" || w == "for") && j+1 < len(toks) && toks[j+1].low == "the" && meetingAhead(toks, j+2) {
				return true
			}
		}
	}
	return false
}

// togetherWords say that the parties of a meeting sat together: "a joint
// meeting", "for trilateral talks"; nearWords only next to the verb ("met
// together with", "met jointly", "met as a group"), not "to work
// together" after it.
var togetherWords = wordSet("joint", "trilateral", "quadrilateral", "multilateral", "plurilateral", "three-way", "four-way",
	"tripartite", "quadripartite")
var nearTogetherWords = wordSet("together", "jointly", "group")

// meetingTogether: the meeting at t is one the others sat at together, not
// the subject's with each in turn — a host of a trilateral (oneMeeting's
// own evidence), a word of togetherness in the clause before its purpose
// ("a joint meeting with", "met together with"), or the meeting held at a
// place before its list ("met in Berlin with …", ANNOTATION.md rule 23).
func meetingTogether(toks []token, t *trig) bool {
	switch toks[t.start].low {
	case "host", "hosts", "hosted", "hosting":
		return true
	}
	for j := t.start - 1; j >= 0 && j >= t.start-3 && !isBreak(toks, j) && toks[j].low != "."; j-- {
		if togetherWords[toks[j].low] || nearTogetherWords[toks[j].low] {
			return true
		}
	}
	for j := t.start + 1; j < len(toks) && !isBreak(toks, j) && toks[j].low != "." && toks[j].low != "to"; j++ {
		if togetherWords[toks[j].low] || nearTogetherWords[toks[j].low] && j <= t.end+2 {
			return true
		}
	}
	// "met in Berlin with", "met at the Élysée with": a place between the
	// verb and the list of those met
	with := -1
	for j := t.start + 1; j < len(toks) && j <= t.start+8; j++ {
		if toks[j].low == "with" {
			with = j
			break
		}
		if toks[j].low == "," || isBreak(toks, j) {
			break
		}
	}
	for j := t.start + 1; j+1 < with; j++ {
		if (toks[j].low == "in" || toks[j].low == "at") && (toks[j+1].capital || toks[j+1].low == "the" && j+2 < with && toks[j+2].capital) {
			return true
		}
	}
	return false
}

// meetingAhead: a meeting noun within the next few words from i ("the 5th
// China-Pak-Afghan Trilateral FMs dialogue").
func meetingAhead(toks []token, i int) bool {
	for j := i; j < len(toks) && j < i+8; j++ {
		switch toks[j].low {
		case "dialogue", "meeting", "summit", "talks", "conference", "forum", "consultations":
			return true
		case ",", ".", ";":
			return false
		}
	}
	return false
}

// purposeVerbs say what a trip or a meeting is for: "met … to discuss",
// "will travel … to strengthen".
var purposeVerbs = wordSet("discuss", "strengthen", "deepen", "reaffirm", "advance", "underscore", "highlight", "coordinate",
	"review", "explore", "promote", "build", "expand", "enhance", "ensure", "further", "continue", "bolster", "celebrate", "mark",
	"commemorate", "emphasize", "emphasise", "reinforce", "affirm", "consult", "address", "seek", "pursue", "deliver", "foster",
	"demonstrate", "show", "express", "underline", "encourage", "broaden", "renew", "solidify", "cement", "launch", "raise")

// tripWords open the relation words of a trip: "will travel to", "visit".
var tripWords = wordSet("travel", "travels", "traveled", "travelled", "traveling", "travelling", "visit", "visits", "visited",
	"visiting", "trip", "trips", "journey", "tour")

// tripIn: a trip word opens or ends the trigger ("visit", "begin a
// two-day trip").
func tripIn(toks []token, q *trig) bool {
	return tripWords[toks[q.start].low] || tripWords[toks[q.end-1].low]
}

// tiesNoun: the trigger is the bare noun of relations ("ties with",
// "relations with"), not a pledge or an agreement.
func tiesNoun(toks []token, t *trig) bool {
	switch toks[t.start].low {
	case "ties", "relations", "relationship", "relationships", "links", "bonds":
		return true
	}
	return false
}

// purposeOfMeeting: the relation words at i stand in a purpose clause ("to
// strengthen …, deepen our support for Ukraine") of a trip named before
// them in the sentence. (The gold annotates an appeal reaffirmed at a
// meeting, purpose or not: "met … to reaffirm their commitment to
// trilateral cooperation"; not support or aid a trip is to discuss.)
func purposeOfMeeting(toks []token, i int, prev []*trig) bool { return purposeOf(toks, i, prev, true) }

// purposeOf: the relation words at i stand in a purpose clause of a
// meeting, call or trip (of a trip only, with trips) named before them.
func purposeOf(toks []token, i int, prev []*trig, trips bool) bool {
	meetAt := -1
	for _, q := range prev {
		if q.p.typ == "MET" && q.end <= i && (!trips || tripIn(toks, q)) {
			meetAt = q.end
		}
	}
	if meetAt < 0 {
		return false
	}
	for j := i - 1; j > meetAt && j >= i-40; j-- {
		switch toks[j].low {
		case ";", ":", ".":
			return false
		case "to":
			if j+1 < len(toks) && purposeVerbs[toks[j+1].low] {
				return true
			}
		}
	}
	return false
}

// talkWords take a topic: "discussed sanctions", "coordinate on
// sanctions", "the discussion included support to Ukraine".
var talkWords = wordSet("discuss", "discussed", "discusses", "discussing", "discussion", "discussions", "talked", "talk", "talks",
	"coordinate", "coordinated", "coordinating", "coordination", "consult", "consulted", "consultations", "review", "reviewed",
	"reviewing", "briefed", "brief", "raised", "raise", "exchanged", "exchange", "views", "included", "includes", "covered",
	"touched", "agenda", "topics", "issues", "remarks", "importance", "speech", "address", "focus", "focused")

// topicOfTalks: the noun at i is what talks were about — after a talk word
// and at most a preposition and modifiers ("discussed continued support
// for", "coordinate on sanctions", "remarks on … support to Ukraine"). A
// possessive says whose act it is, and the act is asserted: "discussed
// their support for Ukraine", "discussed Russia's invasion".
func topicOfTalks(toks []token, i int) bool {
	for j, n := i-1, 0; j >= 0 && n < 5; j, n = j-1, n+1 {
		w := toks[j]
		if talkWords[w.low] {
			return true
		}
		if !w.word || w.capital || w.poss || lightVerbs[w.low] && !talkWords[w.low] {
			return false
		}
		switch w.low {
		case "their", "our", "its", "his", "her", "my":
			return false // "discussed their support for Ukraine": theirs, said
		case "on", "about", "regarding", "concerning", "the", "continued", "further",
			"additional", "new", "ongoing", "possible", "potential", "more", "and", "of", "also", "a", "an", "humanitarian", "military",
			"economic", "security", "joint", "international", "unified", "collective", "global":
			continue
		}
		return false
	}
	return false
}

// lastTopicOfList: the noun at i ends a list of topics ("remarks … on
// the importance of the transatlantic partnership, the U.S.-Italy
// relationship, and continued support to Ukraine", "a speech on trade and
// support to Moldova"): after "and" (and modifiers), with a talk word
// taking its topic ("remarks on", "importance of") earlier in the clause.
func lastTopicOfList(toks []token, i int) bool {
	j := i - 1
	for j >= 0 && topicModifiers[toks[j].low] {
		j--
	}
	if j < 1 || toks[j].low != "and" && toks[j].low != "or" {
		return false
	}
	for k := j - 1; k >= 1 && k >= j-25; k-- {
		w := toks[k].low
		if w == ";" || w == "." || w == ":" || w == "that" || w == "which" || w == "who" {
			return false
		}
		if (w == "on" || w == "about" || w == "of") && (talkWords[toks[k-1].low] || toks[k-1].low == "lecture" || toks[k-1].low == "presentation") {
			return true
		}
	}
	return false
}

// topicModifiers may stand between "and" and the last topic of a list.
var topicModifiers = wordSet("continued", "further", "additional", "new", "ongoing", "more", "humanitarian", "military",
	"economic", "security", "joint", "international", "collective", "global", "the", "steadfast", "unwavering")

// amountWords end a sum of money: "$575 million in assistance".
var amountWords = wordSet("million", "billion", "trillion", "thousand", "dollars", "euros", "pounds", "yen")

// person are the pronouns that stand for a person, not a state.
var person = wordSet("he", "she", "his", "her", "him")

// isPersonOrgan: an organ mention that names a person ("Russian Deputy
// Foreign Minister Ryabkov", "the Iranian President"), not a body.
func isPersonOrgan(name string) bool {
	low := strings.ToLower(name)
	for _, w := range []string{"minister", "president", "secretary", "ambassador", "leader", "chancellor", "premier", "king", "queen", "envoy", "spokes", "chairman", "counterpart", "prime"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// reportingVerbs introduce reported speech: "X said that Y would …".
var reportingVerbs = wordSet("said", "says", "stated", "states", "reaffirmed", "reaffirms", "affirmed", "confirmed", "confirms",
	"agreed", "agree", "agrees", "announced", "announces", "noted", "notes", "stressed", "stresses", "emphasized", "emphasised",
	"underscored", "added", "told", "assured", "pledged", "promised", "concurred", "reiterated", "declared", "explained", "replied",
	"responded", "indicated")

// thatNouns take a that-clause of reported speech: "expressed confidence
// that India and Sri Lanka would …", "shared the view that".
var thatNouns = wordSet("confidence", "hope", "view", "belief", "expectation", "conviction", "assurance", "understanding")

// reportedThat reports whether the modal at j follows "<reporting verb>
// (that) <subject>": "reaffirmed that Japan and the United States would".
func reportedThat(toks []token, j int) bool {
	for k, n := j-1, 0; k >= 0 && n < 10; k, n = k-1, n+1 {
		w := toks[k].low
		if reportingVerbs[w] {
			return true
		}
		if w == "that" && k > 0 && (reportingVerbs[toks[k-1].low] || thatNouns[toks[k-1].low]) {
			return true
		}
		if w == "if" || w == "unless" || w == "," && n > 0 && k > 0 && !reportingVerbs[toks[k-1].low] {
			return false
		}
	}
	return false
}

func (t *trig) typeOf() string {
	if t.typ != "" {
		return t.typ
	}
	return t.p.typ
}

var dateWords = wordSet("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday")

// judgementNouns what is supported when a judgement is: "supports the
// assessment in the Report".
var judgementNouns = wordSet("assessment", "assessments", "finding", "findings", "conclusion", "conclusions", "view", "views",
	"recommendation", "recommendations", "report", "analysis", "idea", "notion", "principle", "statement", "observation")

// dealNouns after "peace" name a text to accept, not cooperation to seek.
var dealNouns = wordSet("deal", "deals", "plan", "plans", "proposal", "proposals", "formula", "terms", "offer", "framework")

// enablers make an act possible: "will allow X to support Y" is not X
// supporting Y.
var enablers = wordSet("allow", "allows", "allowing", "enable", "enables", "enabling", "permit", "permits", "permitting")

// personOffices offices a person is recognised as: "recognized X as
// Venezuela's interim president" recognises no state.
var personOffices = wordSet("president", "leader", "head", "premier", "ruler", "king", "queen", "monarch", "emperor",
	"chairman", "chancellor", "prime", "minister", "representative", "envoy", "ambassador", "spokesman", "sovereign")

// holdForms hold talks: "held talks with X" met X.
var holdForms = wordSet("held", "hold", "holds", "holding")

// withNouns take a with-phrase of their own: "negotiations with Iran".
var withNouns = wordSet("negotiations", "talks", "relations", "relationship", "cooperation", "ties", "partnership", "agreement",
	"deal", "trade", "dialogue", "contacts", "engagement", "consultations", "conflict", "dispute", "tensions", "war", "border")

// coopWords are what a directive must ask for to be an appeal for
// cooperation: "call on the DPRK to … engage in dialogue".
var coopWords = wordSet("dialogue", "talks", "negotiations", "negotiate", "cooperation", "cooperate", "engage", "engagement",
	"diplomacy", "diplomatic", "partnership", "ties", "relations", "consultations", "coordination", "coordinate", "collaboration",
	"peace", "table", "agreement", "settlement", "reconciliation", "cooperative", "together")

// waysOrHow: the modal at j is in "ways (in which) X can", "how X can".
func waysOrHow(toks []token, j int) bool {
	for k := j - 1; k >= 0 && k >= j-8; k-- {
		switch toks[k].low {
		case "ways", "how":
			return true
		case ",", ";", ".":
			return false
		}
	}
	return false
}

// determiners before a verb form make it a noun: "its nuclear talks",
// "the meeting", "U.S. sanctions".
var determiners = wordSet("the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "of", "these", "those",
	"such", "any", "new", "nuclear", "further", "recent", "latest", "bilateral", "direct", "high-level", "first", "several", "'s", "’s")

var ingBefore = wordSet("and", "or", "while", "by", "after", "before", "without", "in", "on", "for", "of", "to", "also", "not",
	"continue", "continued", "continues", "keep", "kept", "began", "begin", "started", "start", "stop", "stopped", "he", "she",
	"it", "they", "we", "i", "who", "which", "that", "been", "be", "am", "then", "thereby", "from", "against", "upon")

func nounUse(toks []token, ms []mention, inMention []int, i int) bool {
	w := toks[i].low
	if i > 0 && toks[i].capital && toks[i-1].text == "-" {
		return true // "Foreign Minister-Designate"
	}
	if i == 0 {
		return false
	}
	prev := toks[i-1]
	if prev.poss || determiners[prev.low] && prev.low != "of" && prev.low != "new" && prev.low != "further" {
		return true // "President Biden's pledge", "the attack", "their support"
	}
	if (prev.low == "on" || prev.low == "about" || prev.low == "regarding" || prev.low == "concerning") && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return true // "coordinate on sanctions": a plural after a preposition is a noun
	}
	if i >= 2 && prev.word && !prev.capital && !strings.HasSuffix(prev.low, "ly") && !bes[prev.low] && inMention[i-1] < 0 {
		switch toks[i-2].low {
		case "their", "his", "her", "its", "our", "my", "your":
			return true // "their respective visits": a possessive and an adjective before a noun
		}
		// "the DPRK's next launch of a missile", "Russia's latest strike":
		// a verb's plain form after a state's possessive and one word is a
		// noun — a verb there would agree with a singular subject
		// ("Russia's army launches") or follow an auxiliary ("Russia's
		// forces will launch"); a plural subject ("Russia's forces launch")
		// ends in -s
		if k := inMention[i-2]; k >= 0 && ms[k].poss && ms[k].kind != mPronoun && ms[k].kind != mNonState && !strings.HasSuffix(prev.low, "s") && !auxiliaries[prev.low] &&
			!strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") {
			if _, irr := irregularLemma[w]; !irr || irregularLemma[w] == w {
				return true
			}
		}
	}
	// ("Kenya and Ethiopia envisage": after a coordination, a plural
	// subject's verb)
	// ("Colombia will not attend": a modal after a state is its verb's
	// auxiliary, no noun)
	if k := inMention[i-1]; k >= 0 && ms[k].kind == mState && !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && !auxiliaries[w] &&
		!(ms[k].start > 0 && toks[ms[k].start-1].low == "and" && !ms[k].demonym) {
		if _, irr := irregularLemma[w]; !irr {
			return true // "the Korea-China supply chain": a state before a verb's plain form makes it a noun
		}
	}
	if !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ing") {
		// a verb's plain form after a lower-case noun heads a compound:
		// "a hunger strike", "a missile attack", "the state visit"
		if _, verb := irregular[w]; !verb && !strings.HasSuffix(w, "e") && !strings.HasSuffix(w, "t") && !strings.HasSuffix(w, "k") {
			return false
		}
		return prev.word && !prev.capital && inMention[i-1] < 0 && !strings.HasSuffix(w, "ed") && compoundHead[prev.low]
	}
	if determiners[prev.low] {
		return true
	}
	// "between the army and ships carrying supplies": a plural after a
	// conjunction or a preposition, with a participle after it, is a noun
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && (prev.low == "and" || prev.low == "or" || preps[prev.low]) &&
		i+1 < len(toks) && toks[i+1].word && !toks[i+1].capital && strings.HasSuffix(toks[i+1].low, "ing") {
		return true
	}
	// "ships carrying supplies": a plural after a participle is its object
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && prev.word && !prev.capital && len(prev.low) > 5 && strings.HasSuffix(prev.low, "ing") {
		return true
	}
	if strings.HasSuffix(w, "ing") {
		// a progressive or a participle follows an auxiliary, a subject,
		// a comma or a conjunction; after an adjective it is a noun ("the
		// extraordinary meeting")
		if k := inMention[i-1]; k >= 0 {
			// "Xi Jinping calling for", but "the Security Council meeting"
			return ms[k].kind == mNonState
		}
		if bes[prev.low] || ingBefore[prev.low] || strings.HasSuffix(prev.low, "ly") || !prev.word {
			return false
		}
		return true
	}
	if k := inMention[i-1]; k >= 0 && ms[k].kind != mPronoun && ms[k].kind != mAuthor && strings.HasSuffix(w, "s") {
		// "U.S. sanctions": a modifier, not a subject (a subject takes
		// "sanctions" only in the present tense, which news rarely uses)
		// — a demonym or an abbreviation; a state's own name takes the
		// present ("Japan condemns", "Pakistan supports", as headlines and
		// statements write it)
		return ms[k].kind == mState && isModifierForm(ms[k].name) && (ms[k].demonym || strings.Contains(ms[k].name, "."))
	}
	return false
}

// materialActs are relation types of deeds, not words; speechActs of
// words that take a deed for their object ("condemned the attack").
var (
	materialActs = wordSet("ATTACKED", "SANCTIONED", "EXPELLED", "GAVE_AID", "THREATENED")
	speechActs   = wordSet("CRITICIZED", "PROTESTED", "PRAISED", "EXPRESSED_SOLIDARITY")
)

// coordinatedVerb: the words between a ≤ b join a second verb to the first
// ("condemned X and attacked Y", "…, then struck"), so that it shares the
// subject.
func coordinatedVerb(toks []token, a, b int) bool {
	for j := a; j < b; j++ {
		switch toks[j].low {
		case "and", "or", "then", "but", "before", "after":
			return true
		}
	}
	return false
}

// stoppedAt: a verb of stopping stands within four words before j ("to
// end cooperation with", "stop building military ties"): what is asked
// to stop is not asked for.
func stoppedAt(toks []token, j int) bool {
	for k := j - 1; k >= 0 && k >= j-4; k-- {
		if isBreak(toks, k) {
			return false
		}
		if stopVerbs[toks[k].low] {
			return true
		}
	}
	return false
}

// demandBefore: a verb of calling or asking stands before j in the
// sentence ("urges the U.S. … to stop", "demanded that Kyiv stop").
func demandBefore(toks []token, j int) bool {
	for k := j - 1; k >= 0; k-- {
		if callVerbs[toks[k].low] || requestVerbs[toks[k].low] {
			return true
		}
	}
	return false
}

// stopCalled: "to" and a verb of stopping, then an -ing form, stand
// between the one called on (ending at a) and the act at b ("the US to stop
// providing arms", "… to end arms sales to Taiwan and stop building").
func stopCalled(toks []token, a, b int) bool {
	for j := a + 1; j+1 <= b && j < len(toks)-1; j++ {
		if isBreak(toks, j) {
			return false
		}
		if stopVerbs[toks[j].low] && (toks[j-1].low == "to" || toks[j-1].low == "and") && strings.HasSuffix(toks[j+1].low, "ing") && toks[j+1].word {
			return true
		}
	}
	return false
}

// subordinateClause: a clause opens at j with "after", "before", "when",
// "since" or "until", after a comma or a span of time ("days after"), and
// its subject (a state, after its determiner) and a verb in the past
// ("after the Pacific island nation severed ties").
func subordinateClause(toks []token, ms []mention, j int) bool {
	switch toks[j].low {
	case "after", "before", "when", "since", "until":
	default:
		return false
	}
	if j == 0 {
		return false
	}
	switch toks[j-1].low {
	case ",", "days", "weeks", "months", "hours", "years", "shortly", "soon", "just", "day", "week", "month", "year", "hour":
	default:
		return false
	}
	n := j + 1
	if n < len(toks) && determiners[toks[n].low] {
		n++
	}
	k := inMentionAt(ms, n)
	if k < 0 || ms[k].poss || ms[k].kind == mNonState {
		return false
	}
	v := ms[k].end
	for v < len(toks) && strings.HasSuffix(toks[v].low, "ly") {
		v++
	}
	if v >= len(toks) || !toks[v].word || toks[v].capital {
		return false
	}
	w := toks[v].low
	return strings.HasSuffix(w, "ed") || irregularLemma[w] != "" && irregularLemma[w] != w || w == "had" || w == "has" || w == "was" || w == "were"
}

// dummyIt: the "it" at i opens an impersonal clause, "it is necessary
// to", "it was important that", "it is time to": a form of "be" (an
// adverb between), an adjective of judgement or "time", then "to" or
// "that".
func dummyIt(toks []token, i int) bool {
	if toks[i].low != "it" {
		return false
	}
	j := i + 1
	if j < len(toks) && (toks[j].low == "will" || toks[j].low == "would") {
		j++
	}
	if j >= len(toks) || !(bes[toks[j].low] || toks[j].low == "remains" || toks[j].low == "seems" || toks[j].low == "becomes") {
		return false
	}
	j++
	for j < len(toks) && (strings.HasSuffix(toks[j].low, "ly") || toks[j].low == "also" || toks[j].low == "still" || toks[j].low == "more" || toks[j].low == "most") {
		j++
	}
	if j+1 >= len(toks) || !impersonalAdjectives[toks[j].low] {
		return false
	}
	return toks[j+1].low == "to" || toks[j+1].low == "that" || toks[j+1].low == "for"
}

var impersonalAdjectives = wordSet("necessary", "important", "essential", "vital", "crucial", "imperative", "critical", "time", "urgent",
	"possible", "impossible", "difficult", "hard", "easy", "clear", "unclear", "likely", "unlikely", "right", "wrong", "useful", "needed", "key")

// provisionVerbs give what the noun after them names ("provide supports",
// "offered support").
var provisionVerbs = wordSet("provide", "provides", "provided", "providing", "give", "gives", "gave", "given", "giving", "offer", "offers",
	"offered", "offering", "extend", "extends", "extended", "extending", "render", "renders", "rendered", "rendering", "lend", "lends", "lent", "lending")

// occupiesAPlace: "occupy" of a place, a rank or an office ("occupies a
// special place in the hearts", "occupied the post of", "occupies the
// top spot"), no territory taken.
func occupiesAPlace(toks []token, t *trig) bool {
	if !strings.HasPrefix(toks[t.start].low, "occup") {
		return false
	}
	for j := t.end; j < len(toks) && j < t.end+5; j++ {
		if occupiedRanks[toks[j].low] {
			return true
		}
		if !toks[j].word || toks[j].capital || preps[toks[j].low] {
			return false
		}
	}
	return false
}

var occupiedRanks = wordSet("place", "position", "role", "seat", "seats", "post", "posts", "spot", "niche", "share", "chair", "presidency",
	"office", "rank", "status", "importance", "priority", "centre", "center", "stage")

// coordinatedSubject: the subject of the verb coordinated to an earlier
// verb of the sentence, for a pronoun at i inside it ("China accused India
// … and pledged its support for Pakistan", "condemned Israel and said it
// stood by Egypt"): ok when an earlier verb trigger with its subject on its
// left, before i, is followed by "and" and a verb ("also" between) with no
// clause break up to i, and an actor of the sentence stands between that
// verb and the "and" (its object, the nearest a pronoun would take).
func coordinatedSubject(toks []token, ms []mention, prev []*trig, i int) ([]string, bool) {
	for n := len(prev) - 1; n >= 0; n-- {
		q := prev[n]
		if len(q.subj) == 0 || q.p.flags&fVerb == 0 || q.passive || q.subjM < 0 || q.subjM >= len(ms) || ms[q.subjM].end > q.start || q.end > i {
			continue
		}
		if breakBetween(toks, ms[q.subjM].end, i) {
			return nil, false
		}
		and := -1
		for j := i - 1; j >= q.end; j-- {
			if toks[j].low == "and" {
				and = j
				break
			}
		}
		if and < 0 {
			return nil, false
		}
		v := and + 1
		if v < i && toks[v].low == "also" {
			v++
		}
		if v >= i || !toks[v].word || toks[v].capital {
			return nil, false
		}
		if w := toks[v].low; !strings.HasSuffix(w, "ed") && irregularLemma[w] == "" {
			return nil, false
		}
		// "and congratulated him", "and attacked it": the second verb's
		// object, not its subject
		if w := toks[i].low; w == "him" || w == "them" || w == "her" || w == "us" || w == "it" && v == i-1 {
			return nil, false
		}
		for k := range ms {
			if ms[k].start >= q.end && ms[k].end <= and && len(ms[k].states) > 0 && ms[k].kind != mPronoun && !intersects(ms[k].states, q.subj) {
				return q.subj, true
			}
		}
		return nil, false
	}
	return nil, false
}

// relativeAntecedent reads the subject of a verb that opens a relative
// clause ("… that struck Kyiv", "…, which hit"): ok when the verb at i
// follows "that" or "which" (adverbs aside) and the word before is no
// actor; the states are the antecedent's — the actor of the act just named
// ("a Russian missile attack that struck", "the attack by Russia that
// hit") or the state modifying the noun ("an Iranian drone that hit") —
// and none when that act has no actor named; not ok otherwise ("Russia
// launched missiles that struck Kyiv": the main clause's subject acts).
// relAux are the auxiliaries and adverbs between a relative pronoun and its
// clause's verb ("which have also donated", "that had already sent").
var relAux = wordSet("have", "has", "had", "also", "already", "since", "then", "now", "long", "repeatedly", "'ve")

func relativeAntecedent(toks []token, ms []mention, groups []int, i int, prev []*trig) ([]string, bool) {
	r := i - 1
	for r >= 0 && strings.HasSuffix(toks[r].low, "ly") && toks[r].low != "only" {
		r--
	}
	// "…, which have also donated": the auxiliaries and adverbs of the
	// relative clause's verb
	aux := r
	for aux >= 0 && (relAux[toks[aux].low] || strings.HasSuffix(toks[aux].low, "ly") && toks[aux].low != "only") {
		aux--
	}
	if aux >= 2 && toks[aux-1].low == "which" && !preps[toks[aux-2].low] && (toks[aux].low == "it" || toks[aux].low == "they" || inMentionAt(ms, aux) >= 0) {
		// "Cuba, which it has economically blockaded": the antecedent is
		// the object, the one between the subject — no fact drafted ("at
		// which they agreed" is no such clause)
		return nil, true
	}
	if aux >= 2 && toks[aux].low == "which" && toks[aux-1].text == "," {
		// "Russia, which invaded Ukraine", "countries such as Peru and
		// Chile, which have also donated food": a state before the comma
		// is the subject, every state of its list
		if k := inMentionAt(ms, aux-2); k >= 0 && ms[k].end == aux-1 {
			if m := ms[k]; !m.poss && !m.modifier && (m.kind == mState || m.kind == mOrgan || m.kind == mLeader || m.kind == mOfficial) && len(m.states) > 0 {
				var sts []string
				for _, gi := range groupOf(groups, k) {
					if g := ms[gi]; g.kind != mPronoun && g.kind != mNonState && !g.poss {
						sts = append(sts, g.states...)
					}
				}
				return uniq(sts), true
			}
		}
	}
	if r < 1 || toks[r].low != "that" && toks[r].low != "which" {
		return nil, false
	}
	a := r - 1
	if toks[a].text == "," {
		a--
	}
	if a < 0 || !toks[a].word || toks[a].capital || inMentionAt(ms, a) >= 0 || sayVerbs[toks[a].low] || bes[toks[a].low] {
		return nil, false // "Russia, which attacked", "said that attacked"
	}
	// an act just named: its actor
	for n := len(prev) - 1; n >= 0; n-- {
		q := prev[n]
		if q.end <= a+1 && a+1-q.end <= 3 && q.p.flags&fVerb == 0 {
			if q.subjM >= 0 || len(q.actor) > 0 {
				return q.actor, true
			}
			return nil, true
		}
	}
	// a state modifying the noun: "an Iranian drone that"
	for j := a; j >= 0 && j >= a-3; j-- {
		if k := inMentionAt(ms, j); k >= 0 {
			m := ms[k]
			if (m.modifier || m.poss || m.kind == mState) && m.kind != mPronoun && m.kind != mNonState && len(m.states) > 0 {
				return m.states, true
			}
			break
		}
		if !toks[j].word || preps[toks[j].low] && toks[j].low != "by" || determiners[toks[j].low] {
			break
		}
	}
	// "Russia launched missiles that struck Kyiv", "is taking actions
	// today that tighten sanctions": the main clause's subject acts
	return nil, false
}

// compoundHead are nouns that make the verb form after them a noun:
// "hunger strike", "missile attack", "state visit", "air support".
var compoundHead = wordSet("hunger", "general", "labor", "labour", "workers", "teachers", "national", "missile", "rocket", "drone",
	"terror", "terrorist", "suicide", "cyber", "state", "official", "air", "ground", "military", "financial", "political", "moral",
	"budget", "strike", "counter", "surprise", "preemptive", "pre-emptive", "nuclear", "chemical", "bomb", "knife", "gun", "mortar",
	// "a 25 billion yen emergency support loan": kinds of aid before a noun
	"emergency", "humanitarian", "economic", "technical", "logistical", "budgetary", "development")

// isModifierForm: a demonym or an abbreviation used before a noun.
func isModifierForm(name string) bool {
	return strings.Contains(name, ".") || strings.HasSuffix(name, "an") || strings.HasSuffix(name, "ese") || strings.HasSuffix(name, "ish") || strings.HasSuffix(name, "i")
}

// isBreak: a clause break at token j ("but" only after a comma: "but one
// China" is none).
func isBreak(toks []token, j int) bool {
	w := toks[j].low
	if w == "but" {
		return j > 0 && toks[j-1].low == ","
	}
	return clauseBreak[w]
}

// breakBetween reports a clause break in tokens [a, b).
func breakBetween(toks []token, a, b int) bool {
	for j := a; j < b && j < len(toks); j++ {
		if isBreak(toks, j) {
			return true
		}
	}
	return false
}

// countAfter counts the mentions that start at or after token from.
func countAfter(ms []mention, from int) int {
	n := 0
	for _, m := range ms {
		if m.start >= from {
			n++
		}
	}
	return n
}

// adverbsOnly: tokens [a, b) are adverbs and auxiliaries ("only", "also",
// "would"), nothing that could be a subject of their own.
func adverbsOnly(toks []token, a, b int) bool {
	for j := a; j < b; j++ {
		w := toks[j].low
		if strings.HasSuffix(w, "ly") || bes[w] || w == "also" || w == "will" || w == "would" || w == "can" || w == "could" || w == "may" || w == "have" || w == "has" || w == "had" || w == "not" {
			continue
		}
		return false
	}
	return true
}

func sameStates(a, b []string) bool {
	return len(a) > 0 && len(a) == len(b) && allWithin(a, b)
}

func uniq(xs []string) []string {
	var out []string
	for _, x := range xs {
		if x != "" && !contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

func allWithin(a, b []string) bool {
	for _, x := range a {
		if !contains(b, x) {
			return false
		}
	}
	return true
}

// eventNouns name an act whose victim follows: "attacks on X".
var eventNouns = wordSet("attack", "attacks", "strike", "strikes", "assault", "assaults", "invasion", "aggression", "bombing",
	"bombardment", "shelling", "killing", "killings", "harassment", "intimidation", "coercion", "pressure", "war", "threats",
	"expulsion", "annexation", "occupation", "sanctions", "interference", "blockade", "quarantine")

// agentOfNouns name with "of" the one acting, not the one acted on ("the
// aggression of Thailand", "the interference of the United States"; but
// "the invasion of Ukraine", "the occupation of Kuwait").
var agentOfNouns = wordSet("aggression", "aggressions", "interference")

// blameVerbs criticise only with the grounds said after the one blamed.
var blameVerbs = wordSet("blast", "blasts", "blasted", "blasting", "rap", "raps", "rapped", "rapping")

// blamedFor: "for", "over" or "as" follows within a few words of i (past the
// one blamed), before any clause break.
func blamedFor(toks []token, i int) bool {
	for j := i; j < len(toks) && j < i+8; j++ {
		switch toks[j].low {
		case "for", "over", "as":
			return j > i
		case ",", ";", ".", "and", "but", "which", "that":
			return false
		}
	}
	return false
}

// writtenThings are what is received without a meeting: "received a
// communication from", "received the letter of".
var writtenThings = wordSet("communication", "communications", "letter", "letters", "message", "messages", "note", "notes",
	"report", "reports", "memorandum", "request", "requests", "proposal", "proposals", "reply", "response", "invitation",
	"cable", "telegram", "statement", "document", "documents", "credentials", "list", "copy")

// aMeeting: a meeting trigger that is no meeting — "a call by Mexico and
// Uruguay for dialogue", "calls for talks" (an appeal), "received a
// communication from the Foreign Minister" (a thing, not a visitor).
func aMeeting(toks []token, ms []mention, t *trig) bool {
	last := toks[t.end-1].low
	if (last == "call" || last == "calls") && t.p.flags&fNominal != 0 {
		j := t.end
		if j < len(toks) && toks[j].low == "by" {
			j++
			for j < len(toks) && (inMentionAt(ms, j) >= 0 || toks[j].low == "and" || toks[j].low == "," || toks[j].low == "the") {
				j++
			}
		}
		if j < len(toks) && (toks[j].low == "for" || toks[j].low == "to" && j+1 < len(toks) && !toks[j+1].capital && inMentionAt(ms, j+1) < 0 && !determiners[toks[j+1].low]) {
			return false
		}
	}
	// "meeting the need for shelter", "met its targets": a need or a goal
	// met is no meeting
	if w := toks[t.start].low; (w == "meet" || w == "meets" || w == "met" || w == "meeting") && t.end == t.start+1 {
		j := t.end
		for j < len(toks) && j < t.end+3 && (determiners[toks[j].low] || toks[j].low == "all" || toks[j].low == "growing" || toks[j].low == "urgent" || toks[j].low == "basic" || toks[j].low == "humanitarian") {
			j++
		}
		if j < len(toks) && metGoals[toks[j].low] {
			return false
		}
	}
	if strings.HasPrefix(toks[t.start].low, "receiv") {
		for j := t.end; j < len(toks) && j < t.end+4; j++ {
			if writtenThings[toks[j].low] {
				return false
			}
			if !toks[j].word || toks[j].capital || inMentionAt(ms, j) >= 0 {
				break
			}
		}
	}
	return true
}

// metGoals are what is met without a meeting: "meeting the need for
// shelter", "met its obligations".
var metGoals = wordSet("need", "needs", "demand", "demands", "requirement", "requirements", "target", "targets", "goal", "goals",
	"obligation", "obligations", "commitment", "commitments", "standard", "standards", "criteria", "deadline", "deadlines",
	"expectations", "challenge", "challenges", "threshold", "conditions", "costs", "cost", "shortfall")

// counterpartNouns are the people met named by their states: "talks with
// counterparts from …", "a call with the leaders of …".
var counterpartNouns = wordSet("colleagues", "counterparts", "leaders", "presidents", "ministers", "delegations", "representatives",
	"envoys", "officials", "heads", "premiers")

// counterpartsFrom: the state at i follows "from" or "of" after a plural of
// counterpartNouns that is the meeting's partner — right after the
// trigger's "with" (a time or day may stand between: "held talks on
// Thursday with colleagues from").
func counterpartsFrom(toks []token, t *trig, i int) bool {
	_, j := prepAt(toks, i)
	if j < 2 || !counterpartNouns[toks[j-1].low] {
		return false
	}
	n := j - 2 // before the noun: "with", "with the", "with his"
	for n > t.end-1 && (determiners[toks[n].low] || toks[n].low == "fellow" || toks[n].low == "foreign" || toks[n].low == "state") {
		n--
	}
	if n < 0 || toks[n].low != "with" {
		return false
	}
	// the "with" is the trigger's own or a few words on (a time between)
	return n >= t.end-1 && n <= t.end+4
}

// deedObjectEnd: after a verb of criticism or protest whose object is a deed
// named by a common noun after a determiner ("condemned the attack",
// "denounced this terrorist incident"), the index just past that noun — 0
// when the object is no such phrase ("condemned the Russian attack",
// "condemned Russia").
var deedNouns = wordSet("incident", "incidents", "explosion", "explosions", "bombings", "blast", "blasts", "act", "acts",
	"atrocity", "atrocities", "massacre", "shooting", "shootings", "raid", "raids", "assaults", "murder", "crime", "crimes")

func deedObjectEnd(toks []token, ms []mention, t *trig) int {
	if t.p.typ != "CRITICIZED" && t.p.typ != "PROTESTED" || t.p.flags&fVerb == 0 || t.end >= len(toks) {
		return 0
	}
	i := t.end
	if quoteMark(toks[i]) && i+1 < len(toks) {
		i++ // "“strongly condemns” the attack"
	}
	switch toks[i].low {
	case "the", "this", "these", "that", "those", "a", "an", "today's", "yesterday's":
	default:
		return 0
	}
	for j := i + 1; j < len(toks) && j < i+6; j++ {
		w := toks[j]
		if quoteMark(w) {
			continue // "the “heinous attack”"
		}
		if !w.word || w.capital || inMentionAt(ms, j) >= 0 {
			return 0
		}
		if eventNouns[w.low] || deedNouns[w.low] {
			return j + 1
		}
		if preps[w.low] || clauseBreak[w.low] || w.low == "and" || w.low == "but" {
			return 0
		}
	}
	return 0
}

// victimOf reports whether the actor at token i follows an event noun and
// its preposition ("attacks on Ukrainians", "coercion against Lithuania").
func victimOf(toks []token, i int) bool {
	pr, j := prepAt(toks, i)
	if j < 1 || pr == "by" { // "the attacks by Argentina": its author
		return false
	}
	if j < 1 {
		return false
	}
	for k, n := j-1, 0; k >= 0 && n < 3; k, n = k-1, n+1 {
		if pr == "of" && k == j-1 && agentOfNouns[toks[k].low] {
			return false // "the military aggression of the Kingdom of Thailand": its author
		}
		if eventNouns[toks[k].low] {
			return true
		}
		if !toks[k].word || toks[k].capital {
			return false
		}
	}
	return false
}

func intersects(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

func inMentionAt(ms []mention, j int) int {
	for k, m := range ms {
		if j >= m.start && j < m.end && m.kind != mPronoun {
			return k
		}
	}
	return -1
}

func mentionStartingAt(ms []mention, j int) int {
	for k, m := range ms {
		if m.start == j {
			return k
		}
	}
	return -1
}

// startsTrigger: a later trigger starts at j (the object search stops
// there; its objects are its own).
func startsTrigger(_ []*trig, _ *trig, _ int) bool { return false }

// anaphoricAct: "this act of aggression", "these attacks", "such strikes"
// at token i (after adverbs).
func anaphoricAct(toks []token, i int) bool {
	for i < len(toks) && strings.HasSuffix(toks[i].low, "ly") {
		i++
	}
	if i+1 >= len(toks) {
		return false
	}
	switch toks[i].low {
	case "this", "these", "such", "today's", "yesterday's":
	default:
		return false
	}
	for j := i + 1; j < len(toks) && j <= i+3; j++ {
		if eventNouns[toks[j].low] || toks[j].low == "act" || toks[j].low == "acts" || toks[j].low == "launch" || toks[j].low == "launches" {
			return true
		}
	}
	return false
}

// noteLaunch remembers who launched: "North Korea carried out a ballistic
// missile test", "Pyongyang fired two missiles", "North Korea's launch".
func (c *coder) noteLaunch(idx int, toks []token, ms []mention) {
	for _, m := range ms {
		if len(m.states) != 1 || m.kind == mPronoun || m.kind == mNonState || m.kind == mAuthor || m.kind == mCollective || m.modifier {
			continue
		}
		j := m.end
		if m.poss {
			for k := j; k < len(toks) && k <= j+3; k++ {
				if launchNouns[toks[k].low] && (k+1 >= len(toks) || !toks[k+1].word || preps[toks[k+1].low]) {
					c.lastLaunchers, c.lastLaunchAt = m.states, idx
					return
				}
			}
			continue
		}
		if j+1 < len(toks) && (launchVerbs[toks[j].low] || toks[j].low == "carried" && toks[j+1].low == "out") {
			for k := j + 1; k < len(toks) && k <= j+7 && !isBreak(toks, k); k++ {
				if launchNouns[toks[k].low] {
					c.lastLaunchers, c.lastLaunchAt = m.states, idx
					return
				}
			}
		}
	}
}

// callForms call a thing a judgement: "called the launch a grave threat".
var callForms = wordSet("call", "calls", "called", "calling")

var launchVerbs = wordSet("launched", "launches", "fired", "fires", "test-fired", "tested", "tests", "conducted", "conducts")
var launchNouns = wordSet("missile", "missiles", "rocket", "rockets", "test", "tests", "launch", "launches", "icbm", "icbms", "satellite")

// theLaunch: the words at i are "the launch", "the latest missile test",
// "the tests" (after adverbs): a definite launch or test.
func theLaunch(toks []token, i int) bool {
	for i < len(toks) && strings.HasSuffix(toks[i].low, "ly") {
		i++
	}
	if i >= len(toks) || toks[i].low != "the" {
		return false
	}
	for j := i + 1; j < len(toks) && j <= i+4; j++ {
		w := toks[j].low
		if w == "launch" || w == "launches" || w == "test" || w == "tests" {
			return j+1 >= len(toks) || !toks[j+1].word || preps[toks[j+1].low] || toks[j+1].low == "a" || toks[j+1].low == "an" || toks[j+1].low == "as"
		}
		if !toks[j].word || toks[j].capital || preps[w] {
			return false
		}
	}
	return false
}

// writtenAs gives the words the sentence wrote for state st, when the
// text given for that side is another state's of the same coordination:
// "Japan and South Korea condemned North Korea" gives Japan's fact the
// subject "Japan", not "South Korea".
func (c *coder) writtenAs(st, text string) string {
	if text == "" {
		// none carried ("Moscow and Kyiv exchanged fire": each is the
		// other's object): the words the sentence named it with
		for _, m := range c.ms {
			if m.kind != mPronoun && m.kind != mNonState && len(m.states) == 1 && m.states[0] == st {
				return m.name
			}
		}
		return text
	}
	for k, m := range c.ms {
		if m.name != text || contains(m.states, st) {
			continue
		}
		for _, gi := range groupOf(c.groups, k) {
			if g := c.ms[gi]; g.kind != mPronoun && g.kind != mNonState && len(g.states) == 1 && g.states[0] == st {
				return g.name
			}
		}
	}
	return text
}

func (c *coder) emit(idx int, s Sentence, t *trig, subj, obj, subjText, objText string, conf float64, reasons []string, dates []dateExpr, author bool) {
	if t.subjM >= 0 && t.subjM < len(c.ms) && summonedToHear(c.toks, c.ms[t.subjM], t.start) {
		return
	}
	if t.typeOf() == "SANCTIONED" && frozenOfVictim(c.toks, t, obj, c.d.Candidates) {
		return
	}
	if t.typeOf() == "EXPELLED" && memberExpelled(c.toks, c.ms, t, obj) {
		return
	}
	if typ := t.typeOf(); typ != "CRITICIZED" && typ != "PROTESTED" && namedByTheSpeaker(c.toks, c.ms, t, obj) {
		return
	}
	if t.typeOf() == "MET" && meetingWithPeopleThere(c.toks, c.ms, t, obj) {
		return
	}
	if t.subjM >= 0 && t.subjM < len(c.ms) && c.ms[t.subjM].start < t.start && locatedSubject(c.toks, c.ms, t.subjM) {
		return
	}
	if t.typeOf() == "MET" {
		c.meetingDrafted(idx, subj, obj)
	}
	// the state last blamed, for "the aggressors" later
	switch t.typeOf() {
	case "CRITICIZED", "PROTESTED", "THREATENED", "SANCTIONED":
		c.r.blamed = []string{obj}
	case "ATTACKED":
		c.r.blamed = []string{subj}
	}
	date, dateText := c.d.Article.Published, ""
	best := 1 << 30
	tpos := c.toks[t.start].start
	for _, d := range dates {
		dist := d.pos - tpos
		if dist < 0 {
			dist = -dist
		}
		if dist < best && !d.date.Start().After(c.d.Article.Published.End()) {
			best, date, dateText = dist, d.date, d.text
		}
	}
	if conf > 1 {
		conf = 1
	}
	if author {
		conf *= 0.95
	}
	abstained := ""
	switch {
	case strings.HasSuffix(strings.TrimRight(s.Text, " \"”’'"), "?"):
		abstained = "a question"
		if c.asking != "" {
			abstained = "a journalist's question (" + c.asking + ")"
		}
	case c.asking != "":
		// a journalist's statement of fact is the text's as any other
		// (ANNOTATION.md rule 22), a little less sure
		conf *= 0.9
		reasons = append(reasons, "said in a journalist's question ("+c.asking+")")
	}
	if abstained != "" {
		conf = math.Min(conf, abstainedCap)
	}
	if t.typeOf() == "ATTACKED" && abstained == "" {
		if c.lastAttackAt != idx {
			c.lastAttackers = nil
		}
		c.lastAttackers, c.lastAttackAt = uniq(append(c.lastAttackers, subj)), idx
	}
	subjText, objText = c.writtenAs(subj, subjText), c.writtenAs(obj, objText)
	c.d.Candidates = append(c.d.Candidates, Candidate{
		Subject: subj, Object: obj, SubjectText: subjText, ObjectText: objText,
		Type: t.typeOf(), Date: date, DateText: dateText, Quote: s.Text, Sentence: idx,
		Confidence: round2(conf), Rule: t.p.rule, Reasons: append([]string(nil), reasons...), Abstained: abstained,
		trigStart: t.start, trigEnd: t.end,
	})
}

func round2(x float64) float64 { return float64(int(x*100+0.5)) / 100 }

// dedupe keeps one candidate per subject, type, object and date: the most
// confident, the first on ties.
func dedupe(cs []Candidate) []Candidate {
	type key struct {
		s, t, o string
		d       graph.Date
	}
	best := map[key]int{}
	var out []Candidate
	for _, c := range cs {
		k := key{c.Subject, c.Type, c.Object, c.Date}
		if i, ok := best[k]; ok {
			if c.Confidence > out[i].Confidence {
				out[i] = c
			}
			continue
		}
		best[k] = len(out)
		out = append(out, c)
	}
	return out
}

// String describes a candidate for messages: "PRK CONGRATULATED CUB".
func (c Candidate) String() string { return fmt.Sprintf("%s %s %s", c.Subject, c.Type, c.Object) }

// selectTriggers finds the relation phrases of a tokenised sentence: at
// each place the longest match (the most confident on ties), none
// overlapping another or an actor (ms, inMention: the actors found).
func (lx *lexicon) selectTriggers(toks []token, ms []mention, inMention []int) []match {
	isActor := func(j int) bool {
		k := inMention[j]
		return k >= 0 && ms[k].kind != mPronoun && ms[k].kind != mAuthor
	}
	// "held the Second Japan-U.S.-ROK Trilateral Dialogue": the states of a
	// hyphenated name before a noun are part of the phrase, not its actors
	compound := func(j int) bool {
		k := inMention[j]
		if k < 0 {
			return false
		}
		a, b := ms[k].start, ms[k].end
		return a > 0 && toks[a-1].text == "-" || b < len(toks) && toks[b].text == "-" && b+1 < len(toks) && inMention[b+1] >= 0
	}
	stop := func(j int) bool { return isActor(j) && !compound(j) || clauseBreak[toks[j].low] }
	var found []match
	for i := range toks {
		if isActor(i) {
			continue
		}
		for _, m := range lx.matchAt(toks, i, stop, compound) {
			// a verb pattern opened by a noun ("the importance of …") is no
			// verb form a determiner could turn into a noun
			w := toks[i].low
			nounHead := strings.HasSuffix(w, "ance") || strings.HasSuffix(w, "ence") || strings.HasSuffix(w, "ment") || strings.HasSuffix(w, "tion")
			if m.p.flags&fVerb != 0 && !nounHead && nounUse(toks, ms, inMention, i) {
				continue
			}
			// "the Ukraine Defense Contact Group": a capitalised word inside a
			// name is no verb
			if m.p.flags&fVerb != 0 && i > 0 && toks[i].capital && toks[i-1].word && i+1 < len(toks) && toks[i+1].capital && toks[i+1].word {
				continue
			}
			found = append(found, m)
		}
	}
	sort.SliceStable(found, func(a, b int) bool {
		la, lb := found[a].end-found[a].start, found[b].end-found[b].start
		if la != lb {
			return la > lb
		}
		return found[a].p.conf > found[b].p.conf
	})
	used := make([]bool, len(toks))
	var out []match
	for _, f := range found {
		clash := false
		for j := f.start; j < f.end && !clash; j++ {
			clash = used[j] || isActor(j) && f.p.flags&fInside == 0 && !(j > f.start && j < f.end-1 && compound(j))
		}
		if clash {
			continue
		}
		for j := f.start; j < f.end; j++ {
			used[j] = true
		}
		out = append(out, f)
	}
	sort.Slice(out, func(a, b int) bool { return out[a].start < out[b].start })
	return out
}

// Trigger is a relation phrase found in a sentence, whoever its actors.
type Trigger struct {
	Type       string
	Rule       string
	Confidence float64
	Text       string
}

// Triggers returns the relation phrases of one sentence, longest first
// where they overlap, in sentence order; negated ones are left out. It is
// the relation half of the coder, for measuring the lexicon on its own.
func Triggers(sentence string) ([]Trigger, error) {
	lx, err := defaultLexicon()
	if err != nil {
		return nil, err
	}
	toks := tokenize(sentence, nil)
	none := make([]int, len(toks))
	for i := range none {
		none[i] = -1
	}
	var out []Trigger
	for _, f := range lx.selectTriggers(toks, nil, none) {
		neg := false
		if f.p.flags&fRefusal == 0 {
			for j := f.start - 1; j >= 0 && j >= f.start-4; j-- {
				if negators[toks[j].low] || strings.HasSuffix(toks[j].low, "n't") {
					neg = true
				}
			}
		}
		if neg {
			continue
		}
		out = append(out, Trigger{Type: f.p.typ, Rule: f.p.rule, Confidence: f.p.conf, Text: sentence[toks[f.start].start:toks[f.end-1].end]})
	}
	return out, nil
}

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// anniversaryRule is the rule of a recognition read from an anniversary of
// diplomatic relations.
var anniversaryRule = &pattern{typ: "RECOGNIZED", conf: 0.75, flags: fNominal, rule: "anniversary of diplomatic relations", source: "curated"}

// anniversary: "the 35th anniversary of China-US diplomatic ties", "the
// 60th anniversary of the establishment of diplomatic relations between
// India and Japan", "… of the normalization of diplomatic ties between
// them" — the relations a pair of states keeps are a recognition each way
// (ANNOTATION.md rules 20 and 27), said in passing. The pair is the one
// written inside the phrase or after "between", else "the two countries"
// of the sentence or the parties of the meeting reported.
func (c *coder) anniversary(idx int, s Sentence, toks []token, ms []mention, groups []int, dates []dateExpr) {
	for i := 0; i+1 < len(toks); i++ {
		// "57 years of relations", "75 years of diplomatic relationship"
		// ("the upcoming 30 years of Korea-China relations" are to come)
		years := toks[i].low == "years" && i > 0 && countWord(toks[i-1].low) && !(i > 1 && futureYears[toks[i-2].low])
		if toks[i].low != "anniversary" && !years || toks[i+1].low != "of" {
			continue
		}
		// d: the relations words, e: after them
		d, e := -1, -1
		for j := i + 2; j < len(toks) && j < i+10; j++ {
			if isBreak(toks, j) || toks[j].text == "," {
				break
			}
			if !years && j+1 < len(toks) && toks[j].low == "diplomatic" && (toks[j+1].low == "relations" || toks[j+1].low == "ties") {
				d, e = j, j+2
				break
			}
			// relations not called diplomatic, or after "years of": only
			// states and words of standing before them ("the 75th
			// anniversary of relations", "60 years of formal diplomatic
			// relations"; not "years of strained relations")
			if relationsNouns[toks[j].low] {
				d, e = j, j+1
				for d > i+2 && relationsMods[toks[d-1].low] {
					d--
				}
				break
			}
			if !relationsMods[toks[j].low] && !establishNouns[toks[j].low] && toks[j].text != "-" && inMentionAt(ms, j) < 0 {
				break
			}
		}
		if d < 0 {
			continue
		}
		if negatedBefore(toks, i) {
			return
		}
		// "The Secretary welcomed the 75th anniversary of diplomatic
		// relations between …": the older gold (testdata/test) reads a
		// welcome of the anniversary as no fact; kept so
		welcomed := false
		for j := i - 1; j >= 0 && j >= i-4; j-- {
			welcomed = welcomed || strings.HasPrefix(toks[j].low, "welcom")
		}
		if welcomed {
			continue
		}
		var pair []string
		for k, m := range ms {
			if m.start > i+1 && m.end <= d && m.kind != mPronoun && m.kind != mNonState {
				pair = append(pair, ms[k].states...)
			}
		}
		if len(pair) < 2 && e+1 < len(toks) && toks[e].low == "between" {
			if toks[e+1].low == "them" || toks[e+1].low == "the" && e+2 < len(toks) && (toks[e+2].low == "two") {
				pair = nil
			} else if k := mentionStartingAt(ms, e+1); k >= 0 {
				pair = nil
				for _, gi := range groupOf(groups, k) {
					if ms[gi].kind != mPronoun && ms[gi].kind != mNonState {
						pair = append(pair, ms[gi].states...)
					}
				}
			}
		}
		// "the 45th anniversary of ASEAN - US diplomatic relations": the
		// phrase names its own parties, one of them no state; the pair of
		// the sentence or the meeting is not theirs
		named := false
		for j := i + 2; j < d; j++ {
			named = named || toks[j].word && toks[j].capital
		}
		if pair = uniq(pair); len(pair) != 2 && named {
			continue
		}
		// "Syria and Cuba have 57 years of relations": the two states the
		// sentence names before it
		if len(pair) != 2 && !named {
			pair = nil
			for _, m := range ms {
				if m.end <= i && (m.kind == mState || m.kind == mLeader || m.kind == mOrgan || m.kind == mOfficial) {
					pair = append(pair, m.states...)
				}
			}
			if pair = uniq(pair); len(pair) != 2 {
				pair = nil
			}
		}
		if len(pair) != 2 {
			pair = nil
			for _, m := range ms {
				if m.kind == mCollective && len(m.states) == 2 {
					pair = m.states
					break
				}
			}
			if pair == nil && len(c.r.parties) == 2 {
				pair = c.r.parties
			}
		}
		if len(pair) != 2 || pair[0] == pair[1] {
			return
		}
		t := &trig{match: match{p: anniversaryRule, start: i, end: e}, subjM: -1}
		reasons := []string{"an anniversary of diplomatic relations: recognition each way"}
		c.emit(idx, s, t, pair[0], pair[1], "", "", anniversaryRule.conf, reasons, dates, false)
		c.emit(idx, s, t, pair[1], pair[0], "", "", anniversaryRule.conf, reasons, dates, false)
		return
	}
}

// relationsNouns, relationsMods and establishNouns are the words of an
// anniversary of relations or of years of them: "the 60th anniversary of
// the establishment of formal diplomatic relations".
var (
	relationsNouns = wordSet("relations", "ties", "relationship")
	relationsMods  = wordSet("diplomatic", "formal", "official", "bilateral", "full", "uninterrupted")
	establishNouns = wordSet("the", "establishment", "establishing", "normalization", "normalisation", "of", "our", "their")
)

// countWord: a number of years, in figures or words ("57", "sixty",
// "seventy-five").
func countWord(w string) bool {
	if w == "" {
		return false
	}
	if w[0] >= '0' && w[0] <= '9' {
		return true
	}
	if k := strings.IndexByte(w, '-'); k > 0 {
		w = w[:k]
	}
	return numberNames[w]
}

var futureYears = wordSet("upcoming", "next", "coming", "another", "future", "following")

var numberNames = wordSet("ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred")

// negatedBefore: a negator within the three words before i.
func negatedBefore(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if negators[toks[j].low] {
			return true
		}
	}
	return false
}

// meetingFrameRule is the rule of a meeting read from its frame.
var meetingFrameRule = &pattern{typ: "MET", conf: 0.8, flags: fNominal, rule: "meeting as the frame of the sentence", source: "curated"}

var frameNouns = wordSet("call", "conversation", "meeting", "talks", "summit", "videoconference", "conference")

// meetingFrame: a meeting said as the frame of what its parties did —
// "In a 25-minute phone call late Tuesday, Prime Minister Fumio Kishida
// and U.S. President Joe Biden called …", "Abe and Trump, appearing in a
// joint press conference in Palm Beach, strongly condemned …". The
// parties are the states coordinated as the subject after the opening
// phrase (or before the participle); each met each.
func (c *coder) meetingFrame(idx int, s Sentence, toks []token, ms []mention, groups []int, dates []dateExpr) {
	if len(ms) < 2 {
		return
	}
	start, end, with := -1, -1, -1
	if w := toks[0].low; w == "in" || w == "during" {
		// "In a 25-minute phone call late Tuesday," up to the first comma;
		// "In a call with President Biden, Prime Minister Kishida …"
		for j := 1; j < len(toks) && j < 12; j++ {
			if toks[j].text == "," {
				break
			}
			if frameNouns[toks[j].low] && inMentionAt(ms, j) < 0 && with < 0 {
				start = j
			}
			if start >= 0 && toks[j].low == "with" && with < 0 {
				with = mentionStartingAt(ms, j+1)
				if with < 0 {
					return
				}
			}
		}
		if start < 0 {
			return
		}
		for j := start; j < len(toks); j++ {
			if toks[j].text == "," {
				end = j + 1
				break
			}
		}
		if end < 0 || toks[start].low == "conference" && toks[start-1].low != "press" && toks[start-1].low != "news" {
			return
		}
	} else {
		// "A and B, appearing in a joint press conference …, condemned"
		for j := 2; j+3 < len(toks); j++ {
			if toks[j].low == "joint" && (toks[j+1].low == "press" || toks[j+1].low == "news") && toks[j+2].low == "conference" {
				start = j
				break
			}
		}
		if start < 0 {
			return
		}
		end = 0
	}
	k := -1
	for i, m := range ms {
		if m.start >= end && (end > 0 || m.end <= start) {
			k = i
			break
		}
	}
	if k < 0 || ms[k].kind == mPronoun || ms[k].kind == mNonState || ms[k].modifier || end > 0 && ms[k].start != end {
		return
	}
	g := groupOf(groups, k)
	if with >= 0 {
		g = append(append([]int(nil), g...), groupOf(groups, with)...)
	}
	var sts []string
	for _, gi := range g {
		if ms[gi].kind == mPronoun || ms[gi].kind == mNonState || ms[gi].poss {
			return
		}
		sts = append(sts, ms[gi].states...)
	}
	if end == 0 {
		// the group must open the sentence and end before the participle
		if ms[g[0]].start > 1 || ms[g[len(g)-1]].end >= start {
			return
		}
	}
	if sts = uniq(sts); len(sts) < 2 {
		return
	}
	for j := 0; j < len(toks); j++ {
		if negators[toks[j].low] {
			return
		}
	}
	t := &trig{match: match{p: meetingFrameRule, start: start, end: start + 1}, subjM: -1}
	for i, a := range sts {
		for _, b := range sts[i+1:] {
			c.emit(idx, s, t, a, b, "", "", meetingFrameRule.conf, []string{"the parties of a meeting that frames the sentence"}, dates, false)
		}
	}
	c.r.parties = sts
}

var sayVerbs = wordSet("said", "says", "added", "stated", "told", "noted", "stressed", "declared", "wrote", "underlined", "emphasized", "emphasised")

// quoteSpeaker: in a text with no author (news), the first person inside
// a quotation is the one quoted — "“I look forward to working with him,”
// Xi said", "Yilmaz said: “… We extend our condolences to Iran.”" — the
// speaker a state's official said-verb next to the quotation names. It
// sets the first person for this sentence and says whether it did.
func (c *coder) quoteSpeaker(s Sentence, next []Sentence) bool {
	if len(c.d.Author) > 0 || c.asking != "" || s.Speaker != "" {
		c.quoteSt = nil
		return false
	}
	opens := strings.Count(s.Text, "“") + strings.Count(s.Text, "\"")
	if len(c.quoteSt) > 0 {
		// a quotation going on from the sentence before
		st := c.quoteSt
		if strings.Contains(s.Text, "”") || strings.Count(s.Text, "\"")%2 == 1 {
			c.quoteSt = nil // it closes here
		}
		c.r.author = st
		return true
	}
	if opens == 0 {
		return false
	}
	sp := c.saidBy(s.Text, false)
	unclosed := strings.Count(s.Text, "“") > strings.Count(s.Text, "”") || strings.Count(s.Text, "\"")%2 == 1
	if len(sp) == 0 && unclosed {
		// "“Terrible news from Ankara. We express our solidarity with the
		// people of Turkey,” said the German Foreign Ministry": a
		// quotation of several sentences names its speaker after it
		// closes, in the paragraph
		for n, ns := range next {
			if n >= 4 || ns.Para != s.Para || ns.Speaker != "" {
				break
			}
			cl := strings.LastIndex(ns.Text, "”")
			if q := strings.LastIndex(ns.Text, "\""); q > cl {
				cl = q
			}
			if cl < 0 {
				continue
			}
			sp = c.saidBy(ns.Text[cl:], true)
			break
		}
	}
	if len(sp) == 0 {
		return false
	}
	c.r.author = sp
	// "Yilmaz said: “By attacking Iran, …" with no closing quote: the
	// quotation goes on into the next sentences
	if unclosed {
		c.quoteSt = sp
	}
	return true
}

// saidBy is the state of the official, organ or state a said-verb of text
// names next to it ("Xi said", "said the Chinese president"), nil if none.
// With peek, the names are read without noting them as the text's (the
// sentence is read again in its turn).
func (c *coder) saidBy(text string, peek bool) []string {
	toks := tokenize(text, nil)
	var ms []mention
	if peek {
		ms = c.r.peek(toks)
	} else {
		ms = c.r.find(toks)
	}
	var sp []string
	for j, t := range toks {
		if !sayVerbs[t.low] {
			continue
		}
		// "Xi said", "Xi Jinping told Putin": the mention just before;
		// "said Xi", "said the Chinese president": the one just after
		for _, m := range ms {
			ok := m.end == j || m.end == j-1 && toks[j-1].text == "," || m.start == j+1 || m.start == j+2 && toks[j+1].low == "the"
			if ok && len(m.states) > 0 && !m.poss && (m.kind == mLeader || m.kind == mOfficial || m.kind == mOrgan || m.kind == mState) {
				sp = m.states
				break
			}
		}
		if sp != nil {
			break
		}
		// "Greece also issued a statement … “We express our solidarity
		// …,” the Foreign Ministry said": the state the last sentence was
		// about (goodwill.go)
		if organSays(toks, j) && len(c.opener) == 1 {
			return c.opener
		}
	}
	return sp
}

// quotedFromOpposition: the words at i are inside a quotation an
// opposition figure or critic wrote or said ("“Brazil is back to welcoming
// South American dictators with state honors,” opposition Senator Sergio
// Moro wrote", "opposition leader X said: “…”"): no state's act or word.
func quotedFromOpposition(toks []token, i int) bool {
	isQuote := func(j int) bool { return quoteMark(toks[j]) }
	// the speaker: an opposition word, then its say-verb, in toks[a:b]
	// (", opposition Senator Sergio Moro wrote"; not ", Scholz said in
	// Berlin, where opposition leaders met")
	speaker := func(a, b int) bool {
		opp := false
		for j := max(a, 0); j < b && j < len(toks); j++ {
			w := toks[j].low
			if sayVerbs[w] || w == "tweeted" || w == "posted" {
				return opp
			}
			opp = opp || oppositionWords[w]
		}
		return false
	}
	// the quotation around i: its speaker after the closing mark or
	// before the opening one
	for j := i + 1; j < len(toks); j++ {
		if isQuote(j) {
			if speaker(j+1, j+10) {
				return true
			}
			break
		}
	}
	for j := i - 1; j >= 0; j-- {
		if isQuote(j) {
			return speaker(j-10, j)
		}
	}
	return false
}

// quoteMark: a quotation mark token.
func quoteMark(t token) bool {
	switch t.text {
	case "“", "”", "\"", "«", "»":
		return true
	}
	return false
}

// oppositionWords name a speaker who is no government's voice.
var oppositionWords = wordSet("opposition", "critic", "critics", "dissident", "dissidents", "activist", "activists", "protesters")

// ownDate is the date a sentence gives itself when it is two years or
// more before publication, written with its year ("on September 1, 1983",
// "in October 1962").
func (c *coder) ownDate(dates []dateExpr) (graph.Date, bool) {
	// one date only, so that the facts are dated by the date they were
	// read on (a fact of 2017 naming North Vietnam would not validate)
	if len(dates) != 1 {
		return graph.Date{}, false
	}
	d := dates[0]
	if !strings.ContainsAny(d.text, "0123456789") || d.date.IsZero() || d.date.Start().AddDate(2, 0, 0).After(c.d.Article.Published.Start()) {
		return graph.Date{}, false
	}
	return d.date, true
}

var warRule = &pattern{typ: "ATTACKED", conf: 0.75, flags: fNominal, rule: "a war or clash between two states", source: "curated"}

// warNouns name armed fighting; warOff words say it is not (or not yet)
// going on: "the end of the war between", "to avert a war between".
var (
	warNouns     = wordSet("war", "wars", "clash", "clashes", "fighting", "hostilities", "skirmish", "skirmishes", "battle", "battles")
	warModifiers = wordSet("border", "armed", "military", "brief", "bloody", "deadly", "fierce", "frontier", "naval", "air")
	warOff       = wordSet("end", "ended", "ending", "ends", "ceasefire", "cease-fire", "truce", "peace", "avoid", "avert", "averting", "prevent",
		"preventing", "risk", "fear", "fears", "feared", "possible", "potential", "armistice", "threat", "threatened", "brink", "no", "not", "never")
	armedPeople = wordSet("troops", "soldiers", "forces", "guards", "servicemen", "personnel", "units", "patrols", "gunners", "sailors", "pilots")
)

// warBetween: a war or armed clash the sentence names between two states,
// no attacker said — "the present Indo-Pakistan war", "the border clash
// between Armenia and Azerbaijan", "clashes between Ethiopian and Eritrean
// troops", "the clash in which five Kyrgyz and three Tajik border guards
// were injured" — is an attack each way (testdata/ANNOTATION.md rule 42).
func (c *coder) warBetween(idx int, s Sentence, toks []token, ms []mention, groups []int, dates []dateExpr) {
	for i := range toks {
		// "armed conflict broke out between China and Vietnam": a conflict
		// is armed fighting only when said so
		armedConflict := (toks[i].low == "conflict" || toks[i].low == "conflicts") && i > 0 && (toks[i-1].low == "armed" || toks[i-1].low == "military" || toks[i-1].low == "border")
		if !warNouns[toks[i].low] && !armedConflict || toks[i].capital && i > 0 {
			continue
		}
		for _, t := range toks {
			if warOff[t.low] {
				return
			}
		}
		var pair []string
		add := func(k int) {
			for _, gi := range groupOf(groups, k) {
				if m := ms[gi]; m.kind != mPronoun && m.kind != mNonState && m.kind != mAuthor {
					pair = append(pair, m.states...)
				}
			}
		}
		// "the India-Pakistan war", "the Iran-Iraq border clash"
		j := i - 1
		for j > 0 && warModifiers[toks[j].low] {
			j--
		}
		if k := inMentionAt(ms, j); k >= 0 && ms[k].end == j+1 {
			add(k)
			// "Indo-Pakistan": the prefix of India
			if st := ms[groupOf(groups, k)[0]].start; st >= 2 && toks[st-1].text == "-" && toks[st-2].low == "indo" {
				pair = append(pair, "IND")
			}
			if len(uniq(pair)) < 2 {
				pair = nil
			}
		}
		// "the war between Iran and Iraq", "clashes between Armenian and
		// Azerbaijani troops"
		if pair == nil && i+2 < len(toks) && toks[i+1].low == "between" {
			if k := mentionStartingAt(ms, i+2); k >= 0 {
				add(k)
			}
		}
		// "fighting broke out between", "clashes erupted between"
		if pair == nil && i+4 < len(toks) && (toks[i+1].low == "broke" && toks[i+2].low == "out" || toks[i+1].low == "erupted" && toks[i+2].low == "between") {
			b := i + 2
			if toks[i+1].low == "broke" {
				b = i + 3
			}
			if toks[b].low == "between" && b+1 < len(toks) {
				if k := mentionStartingAt(ms, b+1); k >= 0 {
					add(k)
				}
			}
		}
		// "the clash in which five Kyrgyz and three Tajik border guards were
		// injured": the armed men of two states in the clause after it
		if pair == nil && i+2 < len(toks) && toks[i+1].low == "in" && toks[i+2].low == "which" {
			var named []string
			armed := false
			for j := i + 3; j < len(toks) && j < i+18 && !isBreak(toks, j) && toks[j].text != ";" && toks[j].text != ","; j++ {
				if k := mentionStartingAt(ms, j); k >= 0 && (ms[k].kind == mState || ms[k].kind == mOrgan && armedPeople[toks[ms[k].end-1].low]) {
					named = append(named, ms[k].states...)
					if ms[k].kind == mOrgan {
						armed = true // "three Tajik border guards"
					}
				} else if armedPeople[toks[j].low] && len(named) > 0 {
					armed = true
				}
			}
			if armed {
				pair = named
			}
		}
		pair = uniq(pair)
		if len(pair) != 2 {
			continue
		}
		t := &trig{match: match{p: warRule, start: i, end: i + 1}, subjM: -1}
		reasons := []string{"a war or clash between two states, no attacker named: an attack each way"}
		c.emit(idx, s, t, pair[0], pair[1], "", "", warRule.conf, reasons, dates, false)
		c.emit(idx, s, t, pair[1], pair[0], "", "", warRule.conf, reasons, dates, false)
		return
	}
}

// restoresRelations tells a RECOGNIZED rule of relations restored or resumed
// ("(RESTORE|RESUME|…) ?full diplomatic (relations|ties) ?with", "the
// resumption of diplomatic ties"), not established.
func restoresRelations(rule string) bool {
	for _, w := range []string{"RESTORE", "RESUME", "restoration", "resumption"} {
		if strings.Contains(rule, w) {
			return true
		}
	}
	return false
}

// intentNouns name a state's decision or plan before "to" and a verb.
// bodyNouns name a body of several states or persons whose decision or
// plan it is ("the Arab summit decision", "the council's plan").
var bodyNouns = wordSet("summit", "council", "league", "union", "assembly", "committee", "conference", "court", "parliament", "congress",
	"bloc", "alliance", "organization", "organisation", "group", "commission", "tribunal", "board", "panel", "forum", "meeting")

var intentNouns = wordSet("decision", "decisions", "plan", "plans", "move", "moves", "attempt", "attempts", "bid", "bids",
	"intention", "intentions", "threat", "threats", "efforts", "effort", "refusal", "readiness", "willingness", "offer", "pledge", "promise", "vow")

// unknownPerson reports whether toks[from:to] holds a person named by an
// honorific and a name that resolved to no actor ("Mr. Mulino", "Dr.
// Abebe"): such a person is the antecedent of a "he" or "she" after it
// and the subject of the clause it opens, and stands for no state the
// coder knows — the state named nearby, the last person's or the
// author's is not the subject then.
func unknownPerson(toks []token, ms []mention, from, to int) bool {
	if from < 0 {
		from = 0
	}
	for j := from; j < to && j < len(toks)-1; j++ {
		if !(honorifics.has(toks[j].low) || honorifics.has(toks[j].low+".")) || inMentionAt(ms, j) >= 0 {
			continue
		}
		n := j + 1
		if n < len(toks) && toks[n].low == "." {
			n++
		}
		if n < to && toks[n].capital && toks[n].word && inMentionAt(ms, n) < 0 {
			return true
		}
	}
	return false
}

// thanksWord: the word at a trigger's start that thanks.
func thanksWord(w string) bool {
	return strings.HasPrefix(w, "thank") || w == "gratitude" || w == "appreciation"
}

// thankedFor: the thanks coded from n0 on, "for" assistance or aid, say
// the one thanked gave it to the one thanking (GAVE_AID; ANNOTATION.md
// rules 25, 29: "thanks Laos for its valuable support and assistance").
// Aid "for" or "to" a third state named after it is that state's, not the
// thanker's: none then.
func (c *coder) thankedFor(toks []token, t *trig, n0 int) {
	if len(c.d.Candidates) == n0 {
		return
	}
	aid := false
	for j := t.end; j < len(toks) && j < t.end+14; j++ {
		w := toks[j].low
		if w == "." || w == ";" || clauseBreak[w] && w != "and" {
			break
		}
		if w != "for" {
			continue
		}
		for k := j + 1; k < len(toks) && k <= j+6; k++ {
			switch toks[k].low {
			case "assistance", "aid", "help", "relief", "donation", "donations", "assisting", "helping":
				aid = true
			}
			if (toks[k].low == "for" || toks[k].low == "to") && k > j+1 && inMentionAt(c.ms, k+1) >= 0 {
				return // "thanked Beijing for its support for Pakistan's vaccination drive": Pakistan's
			}
		}
		break
	}
	if !aid {
		return // support thanked for is not always solidarity the gold takes (tried: +1 found, +3 false alarms)
	}
	for _, cd := range append([]Candidate(nil), c.d.Candidates[n0:]...) {
		if cd.Type != "PRAISED" {
			continue
		}
		r := cd
		r.Subject, r.Object = cd.Object, cd.Subject
		r.SubjectName, r.ObjectName = cd.ObjectName, cd.SubjectName
		r.SubjectText, r.ObjectText = cd.ObjectText, cd.SubjectText
		r.Reasons = append(append([]string(nil), cd.Reasons...), "thanked for it: the one thanked gave it")
		if aid {
			r.Type = "GAVE_AID"
			c.d.Candidates = append(c.d.Candidates, r)
		}
	}
}
