package extract

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/loader/gazetteer"
)

// mention kinds.
type mkind uint8

const (
	mState      mkind = iota // a state's name, code, capital or demonym
	mLeader                  // a leader the gazetteer knows
	mParty                   // a party the gazetteer knows
	mOrgan                   // a state organ or official: "the U.S. Treasury", "Russian Deputy Foreign Minister Ryabkov"
	mOfficial                // a titled official without a state, resolved by the article ("Secretary Blinken")
	mAuthor                  // first person: "we", "our", "I" — the author of an official statement
	mPronoun                 // he, she, it, they, its, his, their — resolved later
	mNonState                // an organisation, group or people that is no state
	mCollective              // "they", "the Ministers", "both sides": the parties of the last meeting
)

// collectives name the parties of a meeting together.
var collectives = newPhrases("the ministers", "the foreign ministers", "the two ministers", "both ministers", "the leaders",
	"the two leaders", "both leaders", "the presidents", "the two presidents", "both presidents", "both sides", "the two sides",
	"the sides", "the two governments", "both governments", "the two countries", "both countries", "the secretaries", "the delegations",
	"the two delegations", "the prime ministers", "the two prime ministers",
	// "signed peace accords": the two nations, states or neighbours named
	"the two nations", "both nations", "the two states", "both states", "the two neighbours", "the two neighbors",
	"both neighbours", "both neighbors", "the two affected countries", "both affected countries")

// anaphoricOrgans are taken up again with "the": "the Iranian regime" … "the regime".
var anaphoricOrgans = wordSet("regime", "government", "administration", "authorities", "leadership", "military", "army", "junta")

// organModifies: the organ ending at k modifies the noun after it
// ("Chinese government vessels", "Syrian army troops"), so "the
// government" said later is not that state's: what was named is its
// vessels or troops.
func organModifies(toks []token, k int) bool {
	return k < len(toks) && toks[k].word && !toks[k].capital && organModified[toks[k].low]
}

var organModified = wordSet("vessels", "vessel", "ships", "ship", "boats", "aircraft", "planes", "jets", "officials", "troops", "forces",
	"soldiers", "sources", "media", "agencies", "employees", "workers", "critics", "supporters", "opponents", "units")

// mention is an actor named in a sentence, over tokens [start, end).
type mention struct {
	start, end int
	kind       mkind
	states     []string // ISO alpha-3; several for a joint "we"
	entity     string   // gazetteer id of a leader or party, when named
	name       string   // the text as written
	poss       bool     // followed by a possessive ('s, its, their)
	how        string   // how it resolved, for the note
	modifier   bool     // a demonym or name used before a noun ("U.S. sanctions", "Russian strikes")
	demonym    bool     // a state named by its demonym ("Russian"), not its name ("Japan")
}

func (m *mention) state() string {
	if len(m.states) == 0 {
		return ""
	}
	return m.states[0]
}

// organSuffix are the nouns that, after a state or its demonym, name one
// of its organs or officials: "Iran's Defense Ministry", "the U.S.
// Treasury", "North Korean regime", "Russian Deputy Foreign Minister".
// Longest first is found by trying every length.
var organSuffix = newPhrases(
	"government", "governments", "regime", "administration", "authorities", "leadership", "leader", "leaders",
	"president", "prime minister", "foreign minister", "deputy foreign minister", "vice foreign minister", "minister",
	"ministry", "ministry of foreign affairs", "foreign ministry", "defense ministry", "defence ministry",
	"ministry of defense", "ministry of defence", "treasury", "department of the treasury", "treasury department",
	"state department", "department of state", "embassy", "embassies", "ambassador", "envoy", "delegation", "military",
	"army", "navy", "air force", "forces", "armed forces", "troops", "officials", "official", "side", "parliament",
	"congress", "senate", "foreign secretary", "secretary of state", "chancellor", "king", "queen", "premier",
	"vice president", "state media", "coast guard", "central bank", "security service", "security council",
	"head of state", "counterpart", "consulate", "mission", "high commission", "high commissioner", "diplomats", "diplomat", "national security adviser",
	"defense minister", "defence minister", "defense secretary", "defence secretary", "state councilor",
	"foreign affairs minister", "secretary", "spokesperson", "spokesman", "spokeswoman", "presidency",
	"cabinet", "legislature", "people", "nation", "state", "elite", "elites", "intelligence services",
	"first secretary", "general secretary", "chairman", "representative", "special envoy", "deputy prime minister",
	"external affairs minister", "minister of foreign affairs", "minister of foreign affairs and trade", "deputy minister of defense",
	"department of defense", "department of defence", "defense department", "ministry of foreign affairs and trade",
	"police", "security forces", "bank", "banks", "companies", "company", "firms", "entities", "individuals", "nationals", "citizens", "vessels",
	"oligarchs", "network", "networks", "organizations", "organisations", "sector", "industry", "industries",
	// the state's armed groups and craft, as actor or target: "Chinese
	// vessels rammed …", "Turkish warplanes bombed …", "banned Russian
	// aircraft from …"
	"soldiers", "border guards", "border police", "coastguard", "naval forces", "air forces", "ground forces",
	"warships", "warship", "naval vessels", "navy ships", "ships", "gunboats", "submarines", "jets", "fighter jets",
	"warplanes", "fighter planes", "fighters", "bombers", "military aircraft", "drones", "helicopters",
	"helicopter gunships", "gunships", "missiles", "rockets", "bombs",
	"artillery", "tanks",
	// a state's bodies of decision: "North Korea's supreme decision-making
	// body", "the Soviet Politburo"
	// (hyphens are read as spaces: both spellings, the first for the
	// first word, the second for the phrase)
	"body", "decision-making body", "decision making body", "policymaking body", "policy-making body", "policy making body",
	"politburo", "presidium",
)

// bodyOrgans may have an adjective of rank between the state's possessive
// and them ("North Korea's supreme decision-making body", "Iran's top
// policymaking body"); other organs keep their possessive next to them
// ("Japan's top envoy" stays the envoy Japan sent, no organ acting).
var bodyOrgans = wordSet("body", "decision making body", "policymaking body", "policy making body", "politburo", "presidium")

// rankAdjectives rank a body.
var rankAdjectives = wordSet("top", "supreme", "highest", "chief", "ruling", "powerful", "main")

// organPrefix are the nouns that name a state's organ before "of":
// "the Foreign Ministry of the DPRK", "the Government of Nauru".
var organPrefix = newPhrases(
	"government", "governments", "foreign ministry", "ministry of foreign affairs", "president", "prime minister",
	"leader", "leaders", "people", "peoples", "embassy", "king", "queen", "parliament", "minister", "chancellor",
	"army", "forces", "armed forces", "military", "navy", "delegation", "authorities", "foreign minister",
	"ministry of defense", "ministry of defence", "embassy of", "mission", "high commission", "consulate", "chairman",
	"head of state", "heads of state", "emir", "amir", "sultan", "ambassador", "deputy chief of mission of the embassy",
	"security council", "national security council", "central committee",
	"foreign ministers", "ministers", "presidents", "prime ministers", "counterparts", "ambassadors", "defense ministers",
	"defence ministers", "foreign ministries", "governments of", "officials", "representatives",
	"secretary of state", "secretary of defense", "secretary of state for defence", "minister for foreign affairs", "minister of defence",
	"minister of defense", "deputy prime minister", "secretary", "foreign secretary", "defense minister", "defence minister",
	// "the new president-elect of Ukraine" is Ukraine's, as its president is
	// (as normPhrase writes them)
	"president elect", "prime minister elect", "prime minister designate", "president designate", "chancellor elect",
)

// titles that name an official; without a state the article supplies one.
var titles = newPhrases(
	"secretary of state", "secretary", "deputy secretary", "deputy secretary of state", "under secretary", "assistant secretary",
	"acting under secretary", "spokesperson", "spokesman", "spokeswoman", "ambassador", "administrator",
	"foreign secretary", "foreign minister", "prime minister", "president", "vice president", "chancellor",
	"special presidential envoy", "envoy", "minister", "deputy foreign minister", "treasury secretary",
	"secretary of the treasury", "state councilor", "external affairs minister", "defense secretary", "defence secretary",
	"deputy minister of defense", "minister counsellor", "first secretary", "general secretary", "chairman",
	"premier", "king", "queen", "emir", "crown prince", "deputy chief of mission", "chief cabinet secretary",
	"minister of foreign affairs", "minister of foreign affairs and trade", "vice minister", "foreign affairs minister",
	"minister for foreign affairs", "minister of defence", "minister of defense", "secretary of defense", "secretary of state for defence",
	"lt. gen.", "col. gen.", "gen.", "general", "admiral", "director",
	"pm", "president-elect", "prime minister-designate", "foreign minister-designate",
)

// honorifics before a surname.
var honorifics = newPhrases("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "h.e.", "comrade", "his excellency", "her excellency",
	"shri", "smt", "smt.", "the honorable", "the honourable", "honorable", "honourable", "hon.", "sir", "dame", "senator", "lord", "lady")

// metonyms are organs and places that stand for one state whatever the
// article.
var metonyms = map[string]string{
	"pentagon": "USA", "white house": "USA", "ofac": "USA", "office of foreign assets control": "USA", "capitol hill": "USA",
	"usaid": "USA", "united states agency for international development": "USA",
	"kremlin": "RUS", "downing street": "GBR", "whitehall": "GBR", "foreign office": "GBR", "fcdo": "GBR",
	"foreign commonwealth and development office": "GBR", "foreign commonwealth development office": "GBR",
	"elysee": "FRA", "quai d orsay": "FRA", "blue house": "KOR", "zhongnanhai": "CHN", "knesset": "ISR",
	// foreign ministries by their own names ("Global Affairs Canada" as a byline)
	"global affairs canada": "CAN", "dfat": "AUS", "department of foreign affairs and trade": "AUS", "auswärtiges amt": "DEU",
	"itamaraty": "BRA", "farnesina": "ITA", "foggy bottom": "USA", "gaimusho": "JPN", "wisma putra": "MYS",
	"bundestag": "DEU", "kcna": "PRK", "korean central news agency": "PRK", "xinhua": "CHN", "tass": "RUS",
	// state-owned carriers and firms, the usual objects of sanctions on a
	// state ("denial of landing rights for Aeroflot" in 1983: the Soviet
	// Union's)
	"aeroflot": "RUS", "gazprom": "RUS", "rosneft": "RUS", "sberbank": "RUS", "rosatom": "RUS", "rosoboronexport": "RUS",
	"air koryo": "PRK", "iran air": "IRN", "irisl": "IRN", "national iranian oil company": "IRN", "cubana": "CUB", "pdvsa": "VEN",
}

// authorOrgans stand for the author's state in an official statement:
// "the Department", "Treasury", "the Government".
var authorOrgans = wordSet(
	"treasury", "the treasury", "department", "the department", "the department of state", "department of state",
	"state department", "the state department", "the government", "the administration", "the ministry", "the embassy",
	"the secretary", "the deputy secretary", "the president", "the prime minister", "the foreign secretary",
	"the spokesperson", "the under secretary",
)

// nonStates are the organisations, groups and collectives that act in
// articles but are no state: left out of the facts, counted.
var nonStates = newPhrases(
	"nato", "eu", "european union", "european commission", "european council", "un", "united nations", "un security council",
	"united nations security council", "security council", "general assembly", "un general assembly", "united nations general assembly",
	"taliban", "the taliban", "hamas", "hezbollah", "hizballah", "isis", "isil", "islamic state", "al-qaeda", "al qaeda", "al qaida",
	"houthis", "the houthis", "irgc", "islamic revolutionary guard corps", "g7", "g-7", "g8", "g-8", "g20", "g-20", "imf",
	"international monetary fund", "world bank", "wto", "world trade organization", "asean", "african union", "opec",
	"red cross", "icrc", "who", "world health organization", "oas", "organization of american states", "quad", "osce",
	"international community", "the international community", "the west", "west", "western", "allies", "partners", "donors",
	"secretary general", "secretary-general", "unicef", "unhcr", "wfp", "world food programme", "interpol", "brics", "sco",
	"individuals", "entities", "persons", "companies", "individuals and entities",
	"eu delegation", "british council", "nato summit", "transatlantic community", "strategic stability dialogue",
)

// genericNonStates are the lower-case collectives that take the place of
// an actor: "all countries", "our partners", "individuals and entities".
var genericNonStates = newPhrases(
	"all countries", "countries", "other countries", "all nations", "nations", "other nations", "partners", "allies",
	"our partners", "our allies", "international partners", "donors", "international donors", "others", "all parties",
	"individuals", "entities", "individuals and entities", "persons", "companies", "firms", "banks", "the international community",
	"international community", "the world", "the west", "other democracies", "democracies", "both sides", "the two sides",
	"supporters", "foreign financial institutions", "financial institutions", "a trading company", "one individual", "two banks",
	"an individual", "three entities", "networks", "facilitators", "militants", "rebels", "separatists", "terrorists", "insurgents",
)

// phrases is a set of lower-case phrases, indexed by their first word so
// that most tokens are turned away at once.
type phrases struct {
	set   map[string]bool
	first map[string]bool
}

func newPhrases(ws ...string) *phrases {
	p := &phrases{set: wordSet(ws...), first: map[string]bool{}}
	for _, w := range ws {
		f := strings.Fields(w)
		p.first[strings.TrimRight(f[0], ",")] = true
	}
	return p
}

func (p *phrases) has(s string) bool { return p.set[s] }

func wordSet(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// maxNameTokens bounds the phrases looked up in the gazetteer.
const maxNameTokens = 7

// resolver finds actors in sentences for one article: it knows the
// article's date and author and remembers the officials it has seen
// ("UK Foreign Secretary Elizabeth Truss" makes a later "Truss" British).
type resolver struct {
	z          *gazetteer.Gazetteer
	at         graph.Date
	author     []string          // whom the first person stands for (the author; in a transcript, the speaker)
	house      []string          // the author's states (several for a joint statement)
	names      map[string]string // folded person name or surname → state
	titleSt    map[string]string // title → state of its last holder named with a state
	nonState   map[string]int    // non-state parties left out, by name
	parties    []string          // the states of the last meeting or joint act, for "they", "both sides"
	recent     []string          // the last distinct states named, latest last, for "the two leaders"
	namedIn    map[string]int    // how many sentences named each state so far
	firstNamed map[string]int    // the order in which the states were first named
	sentSts    []string          // the states named so far in the sentence being read
	blamed     []string          // the state the text last criticised, threatened or showed attacking
	lastPair   []string          // the last two states coordinated together ("the United States and Vietnam")
	titleSts   []string          // the states the title names, for "the two countries" (discourse.go)
	surnames   surnameIndex      // leaders' terms by folded surname (surnameTerms); nil until first asked
	gamesHost  string            // the host of the games the text last named ("the Los Angeles Olympics", "the Moscow Games")
}

func newResolver(z *gazetteer.Gazetteer, at graph.Date, author []string) *resolver {
	return &resolver{z: z, at: at, author: author, house: author, names: map[string]string{}, titleSt: map[string]string{}, nonState: map[string]int{}}
}

// phrase joins toks[i:j] with spaces, lower-cased.
func phraseLow(toks []token, i, j int) string {
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].low)
	}
	return b.String()
}

func phraseText(toks []token, i, j int) string {
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i && !(toks[k].text == "-" || toks[k-1].text == "-" || toks[k].poss) {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].text)
	}
	return b.String()
}

// longestIn finds the longest phrase of set starting at token i (up to n
// tokens); it returns the end, or i.
func longestIn(set *phrases, toks []token, i, n int) int {
	best := i
	if i >= len(toks) || !set.first[toks[i].low] {
		return i
	}
	for j := i + 1; j <= len(toks) && j <= i+n; j++ {
		if !toks[j-1].word && toks[j-1].text != "-" && toks[j-1].text != "&" && toks[j-1].text != "," {
			break
		}
		if toks[j-1].word && set.set[normPhrase(phraseLow(toks, i, j))] {
			best = j
		}
	}
	return best
}

// normPhrase makes "foreign, commonwealth & development office" and
// "al-qaeda" comparable with the lists: punctuation runs become spaces.
func normPhrase(s string) string {
	if !strings.ContainsAny(s, ",&-'") {
		return s
	}
	f := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '&' || r == '\'' })
	out := strings.Join(f, " ")
	if strings.Contains(s, "-") && !strings.Contains(s, "al-") {
		out = strings.ReplaceAll(out, " - ", " ")
		out = strings.ReplaceAll(out, "-", " ")
	}
	return out
}

// find returns the actors of a sentence, left to right. A state named
// inside the proper name of a thing ("the Iran Threat Reduction and Syria
// Human Rights Act", "the South China Sea", "the Japan-U.S. Security
// Treaty") is no actor.
func (r *resolver) find(toks []token) []mention {
	var ms []mention
	r.sentSts = r.sentSts[:0]
	for i := 0; i < len(toks); {
		m, ok := r.at0(toks, i)
		if !ok {
			i++
			continue
		}
		if (m.kind == mState || m.kind == mLeader || m.kind == mOfficial || m.kind == mOrgan) && len(m.states) == 1 && !contains(r.sentSts, m.states[0]) {
			r.sentSts = append(r.sentSts, m.states[0])
		}
		// "Minister for Foreign Affairs of Japan": the state's organ takes in
		// the title found before it
		for len(ms) > 0 && ms[len(ms)-1].end > m.start && ms[len(ms)-1].start >= m.start {
			ms = ms[:len(ms)-1]
		}
		ms = append(ms, m)
		i = m.end
	}
	markCompounds(toks, ms)
	ms = markPeoples(toks, ms)
	ms = r.markRegions(toks, ms)
	ms = markFormer(toks, ms)
	ms = dropRelationApposition(toks, ms)
	return r.resolvePairs(toks, r.dropInstruments(toks, dropNamed(toks, ms)))
}

// instrumentWords name treaties, accords and formats by the place they
// were made: after a capital or city in lower case ("the Minsk
// agreements", "the Astana process", "the Normandy format"), or before
// "of" and the place ("the Treaty of Rome", "the Charter of Paris").
var instrumentWords = wordSet("agreement", "agreements", "accord", "accords", "pact", "treaty", "protocol", "protocols", "convention",
	"conventions", "charter", "declaration", "communique", "communiqué", "process", "format", "club", "peace", "congress")

// dropInstruments: a capital or city named before an instrument's noun in
// lower case ("the Minsk agreements", "the Astana process"), or a place
// after an instrument's capitalised noun and "of" ("the Treaty of Rome",
// "the Peace of Westphalia"), names the instrument, no state. A state's
// own name or demonym before the noun ("the Russia agreement") is left:
// it names a party.
func (r *resolver) dropInstruments(toks []token, ms []mention) []mention {
	out := ms[:0]
	for _, m := range ms {
		if m.kind == mState && !m.poss {
			k := m.start - 1
			if k >= 0 && toks[k].low == "the" && k >= 1 && toks[k-1].low == "of" {
				k -= 1
			} else if k >= 0 && toks[k].low == "of" {
			} else {
				k = -1
			}
			if k >= 1 && toks[k].low == "of" && toks[k-1].capital && instrumentWords[toks[k-1].low] {
				continue
			}
			if e := m.end; e < len(toks) && toks[e].word && !toks[e].capital && instrumentWords[toks[e].low] && toks[e].low != "peace" &&
				toks[e].low != "congress" && !m.demonym && r.placeName(m.name) {
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// placeName: a name that is a state's capital or city, not the state's
// own name ("Minsk", "Paris"; not "Belarus").
func (r *resolver) placeName(name string) bool {
	if isCode(name) {
		return false
	}
	_, ok := r.z.StateByName(name)
	return !ok
}

// relationNouns name a state by its relation to another: "India's
// arch-rival Pakistan", "China's southern neighbour Vietnam".
var relationNouns = wordSet("rival", "rivals", "arch", "archrival", "arch-rival", "neighbour", "neighbor", "neighbours", "neighbors",
	"ally", "allies", "partner", "partners", "enemy", "enemies", "foe", "foes", "friend", "friends", "adversary", "adversaries",
	"nemesis", "archenemy", "arch-enemy", "backer", "patron", "protector", "client")

// dropRelationApposition: in "X's rival Y", "X's southern neighbour Y",
// "X's close ally Y" the head is Y; X names no side of the act.
func dropRelationApposition(toks []token, ms []mention) []mention {
	out := ms[:0]
	for i, m := range ms {
		if m.poss && (m.kind == mState || m.kind == mOrgan || m.kind == mLeader) && i+1 < len(ms) && ms[i+1].kind == mState && !ms[i+1].modifier {
			rel := false
			ok := ms[i+1].start > m.end && ms[i+1].start-m.end <= 5
			for k := m.end; ok && k < ms[i+1].start; k++ {
				switch {
				case relationNouns[toks[k].low]:
					rel = true
				case toks[k].text == "-" || toks[k].word && !toks[k].capital:
				default:
					ok = false
				}
			}
			if ok && rel && relationNouns[toks[ms[i+1].start-1].low] {
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// formerWords before an office say its holder no longer holds it:
// "former President", "ex-Premier", "the late King" ("then-President" is
// still the state's, on the date the text speaks of).
var formerWords = wordSet("former", "ex", "late", "erstwhile", "onetime", "one-time", "retired")

// officeWords are the lower-case titles between "former" and a name:
// "former president Kenneth Kaunda", "former prime minister".
var officeWords = wordSet("president", "prime", "minister", "foreign", "premier", "chancellor", "king", "queen", "leader", "secretary",
	"state", "of", "ambassador", "envoy", "vice", "deputy", "defence", "defense", "general", "chairman", "emir", "head", "senator", "governor", "pm")

// markFormer: a former office holder ("Zambian former president Kenneth
// David Kaunda sent his sympathies", "former Prime Minister X said") acts
// for no state (ANNOTATION.md rule 65); the demonym of their state before
// "former" is theirs, no actor either.
func markFormer(toks []token, ms []mention) []mention {
	former := func(k int) bool { // a word of "former" ends at k
		return k >= 0 && formerWords[toks[k].low] || k >= 1 && toks[k].text == "-" && toks[k-1].low == "ex"
	}
	for i := range ms {
		m := &ms[i]
		switch m.kind {
		case mLeader, mOrgan:
		case mOfficial:
			// "Former Minister Hayashi also expressed his appreciation" in a
			// readout of his term: an official the text named by title, no
			// leader of the gazetteer's out of office, is left to the text
			if m.entity == "" {
				continue
			}
		case mState:
			// "Zambian former president …": the demonym before "former" and a title
			if !m.demonym || m.poss || m.end+1 >= len(toks) || !former(m.end) || !officeWords[toks[m.end+1].low] {
				continue
			}
			m.kind, m.how = mNonState, "of a former office holder"
			continue
		default:
			continue
		}
		k := m.start - 1
		// "former President Bill Clinton": "former" before the mention
		if former(k) {
			m.kind, m.how = mNonState, "a former office holder"
			continue
		}
		// "former president Kenneth Kaunda", "Former Zambian president X":
		// lower-case titles, and a demonym, between "former" and the name
		for n := 0; k >= 0 && n < 5 && (officeWords[toks[k].low] && !toks[k].capital || isDemonymAt(ms, i, k)); n++ {
			k--
		}
		if k < m.start-1 && former(k) && (m.kind == mLeader || m.kind == mOfficial) {
			m.kind, m.how = mNonState, "a former office holder"
			for j := i - 1; j >= 0 && ms[j].end > k; j-- {
				if ms[j].kind == mState && ms[j].demonym {
					ms[j].kind, ms[j].how = mNonState, "of a former office holder"
				}
			}
		}
	}
	return ms
}

// isDemonymAt: token k is a demonym's mention among ms before i.
func isDemonymAt(ms []mention, i, k int) bool {
	for j := i - 1; j >= 0; j-- {
		if ms[j].start <= k && k < ms[j].end {
			return ms[j].kind == mState && ms[j].demonym
		}
	}
	return false
}

// regionNames are places within states named like another state, or like
// their own ("Inner Mongolia" is China's, "West Bengal" India's, "New
// Mexico" American, "Northern Cyprus" no state): no actor.
var regionNames = newPhrases("inner mongolia", "west bengal", "east bengal", "east azerbaijan", "west azerbaijan", "south azerbaijan",
	"iranian azerbaijan", "azerbaijan province", "new mexico", "northern cyprus", "north cyprus", "west papua", "papua province",
	"central papua", "highland papua", "south papua", "southwest papua", "papua barat", "central macedonia", "western macedonia",
	"eastern macedonia", "greek macedonia", "macedonia region", "luxembourg province", "province of luxembourg", "niger delta",
	"niger river", "river niger", "lake chad", "chad basin", "congo basin", "congo river", "river congo", "jordan valley", "jordan river",
	"river jordan", "lebanon valley", "mount lebanon", "iraqi kurdistan", "syrian kurdistan", "turkish kurdistan", "iranian kurdistan",
	"kurdistan region", "guinea coast", "gulf of guinea", "georgia state", "state of georgia", "u.s. state of georgia", "us state of georgia")

// usStateCities are American cities written before ", Georgia": the
// American state ("Atlanta, Georgia"), not the Caucasian republic.
var usStateCities = wordSet("atlanta", "savannah", "augusta", "macon", "columbus", "athens", "albany", "marietta", "valdosta", "sandy springs", "roswell", "plains", "fort benning", "fort gordon", "kings bay", "dalton", "rome")

// markRegions: a region named like a state ("Inner Mongolia", "Iranian
// Azerbaijan", "Greek Macedonia", "American Samoa", "Atlanta, Georgia",
// "Georgia's governor") is no actor.
func (r *resolver) markRegions(toks []token, ms []mention) []mention {
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if m.kind != mState {
			out = append(out, m)
			continue
		}
		// a demonym before another state's name, as one name: "Iranian
		// Azerbaijan", "Greek Macedonia", "American Samoa"
		if i+1 < len(ms) && m.demonym && !m.poss && ms[i+1].kind == mState && !ms[i+1].demonym && ms[i+1].start == m.end &&
			ms[i+1].state() != m.state() && len(m.states) == 1 && m.end-m.start == 1 && ms[i+1].end-ms[i+1].start == 1 {
			b := ms[i+1]
			out = append(out, mention{start: m.start, end: b.end, kind: mNonState, name: phraseText(toks, m.start, b.end), poss: b.poss, how: "a region named like a state"})
			i++
			continue
		}
		if reg := r.regionAt(toks, m); reg.end > 0 {
			for len(out) > 0 && out[len(out)-1].end > reg.start {
				out = out[:len(out)-1] // "the U.S. state of Georgia": one name
			}
			out = append(out, reg)
			continue
		}
		out = append(out, m)
	}
	return out
}

// regionAt: the state mention m inside a region's name, as a non-state
// mention over the whole name; else a zero mention.
func (r *resolver) regionAt(toks []token, m mention) mention {
	for s := max(0, m.start-3); s <= m.start; s++ {
		if e := longestIn(regionNames, toks, s, 5); e >= m.end {
			end := e
			poss := false
			if end < len(toks) && toks[end].poss {
				poss = true
			}
			return mention{start: min(s, m.start), end: max(end, m.end), kind: mNonState, name: phraseText(toks, s, e), poss: poss, how: "a region named like a state"}
		}
	}
	if m.state() == "GEO" {
		// "Atlanta, Georgia", "Georgia's governor", "the governor of Georgia"
		if m.start >= 2 && toks[m.start-1].text == "," && usStateCities[toks[m.start-2].low] {
			return mention{start: m.start, end: m.end, kind: mNonState, name: m.name, how: "the American state"}
		}
		e := m.end
		if e < len(toks) && toks[e].poss {
			e++
		}
		if e < len(toks) && (toks[e].low == "governor" || toks[e].low == "legislature" || toks[e].low == "senator" || toks[e].low == "senators") {
			return mention{start: m.start, end: m.end, kind: mNonState, name: m.name, how: "the American state"}
		}
		if m.start >= 2 && toks[m.start-1].low == "of" && (toks[m.start-2].low == "governor" || toks[m.start-2].low == "senator") {
			return mention{start: m.start, end: m.end, kind: mNonState, name: m.name, how: "the American state"}
		}
	}
	return mention{}
}

// stateNameFrom reports whether a state's name the gazetteer knows on the
// text's date starts at token i and runs past token j, where a non-state
// party's name ends: "West Germany" in 1980 is the Federal Republic, not
// "the West" and a name after it.
func (r *resolver) stateNameFrom(toks []token, i, j int) bool {
	for k := min(len(toks), i+maxNameTokens); k > j; k-- {
		if !toks[k-1].word || !toks[k-1].capital {
			continue
		}
		if e, ok := r.z.Lookup(phraseText(toks, i, k), r.at); ok && e.Node.Kind == graph.KindState {
			// "Western Sahara", a disputed territory, stays no party
			h, _ := r.z.History(e.Node.ID)
			return h.Standing.Sovereign()
		}
	}
	return false
}

// markPeoples: a state or its demonym before another state's demonym in the
// plural names a people, no state — "the Kosovo Serbs", "Bosnian Serbs",
// "Ukrainian Russians" are neither Kosovo nor Serbia.
func markPeoples(toks []token, ms []mention) []mention {
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		a := ms[i]
		if i+1 < len(ms) && a.kind == mState && !a.poss && ms[i+1].kind == mState && ms[i+1].demonym && ms[i+1].start == a.end &&
			strings.HasSuffix(toks[ms[i+1].end-1].low, "s") && ms[i+1].state() != a.state() {
			b := ms[i+1]
			out = append(out, mention{start: a.start, end: b.end, kind: mNonState, name: phraseText(toks, a.start, b.end), poss: b.poss, how: "a people, not a state"})
			i++
			continue
		}
		out = append(out, a)
	}
	return out
}

// markCompounds marks the states of a hyphenated compound before a noun as
// modifiers: "the U.S.-Italy relationship", "U.S.-ROK cooperation".
func markCompounds(toks []token, ms []mention) {
	for a := 0; a < len(ms); {
		b := a
		for b+1 < len(ms) && ms[b].end+1 == ms[b+1].start && toks[ms[b].end].text == "-" {
			b++
		}
		if b > a || ms[a].start > 0 && toks[ms[a].start-1].text == "-" {
			if e := ms[b].end; e < len(toks) && toks[e].word && !toks[e].capital && !compoundSubjectNext[toks[e].low] {
				for k := a; k <= b; k++ {
					if ms[k].kind == mState {
						ms[k].modifier = true
					}
				}
			}
		}
		a = b + 1
	}
}

// compoundSubjectNext: after these a compound is the subject, no
// modifier: "Japan-Australia-United States will coordinate closely".
var compoundSubjectNext = wordSet("will", "would", "shall", "should", "can", "could", "must", "may", "might")

// thingNames end the proper names of laws, treaties, places and bodies.
var thingNames = wordSet("act", "acts", "law", "resolution", "resolutions", "treaty", "convention", "initiative", "fund",
	"coalition", "programme", "program", "strategy", "order", "commission", "airbase", "airport", "corridor", "sea", "seas",
	"strait", "peninsula", "ocean", "islands", "island", "gulf", "shoal", "university", "institute", "museum", "doctrine",
	"prize", "award", "foundation",
	// instruments and bodies named after a place: "the Paris Agreements",
	// "the Warsaw Pact", "the Oslo Accords", "the Geneva Conventions", "the
	// Paris Club"
	"agreement", "agreements", "accord", "accords", "pact", "protocol", "protocols", "conventions", "charter",
	"declaration", "communique", "communiqué", "club", "format", "process", "organisation", "organization")

func dropNamed(toks []token, ms []mention) []mention {
	if len(ms) == 0 {
		return ms
	}
	out := ms[:0]
	for _, m := range ms {
		if m.kind == mAuthor || m.kind == mPronoun || m.kind == mCollective || m.poss {
			out = append(out, m)
			continue
		}
		// walk right over the capitalised run that holds the mention
		j := m.end
		for j < len(toks) && (toks[j].capital && toks[j].word || toks[j].text == "-" || isConnector(toks[j].low) && j+1 < len(toks) && toks[j+1].capital) {
			if thingNames[toks[j].low] {
				break
			}
			j++
		}
		if j < len(toks) && j > m.end-1 && toks[j].capital && thingNames[toks[j].low] && !(j == m.end && m.kind == mNonState) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// stateDescriptors and stateHeads make the descriptions of a state just
// named: "the Gulf state", "the island nation", "the tiny kingdom".
var (
	stateDescriptors = map[string]bool{"gulf": true, "island": true, "caribbean": true, "african": true, "arab": true, "asian": true, "balkan": true,
		"baltic": true, "pacific": true, "andean": true, "himalayan": true, "tiny": true, "small": true, "landlocked": true, "oil-rich": true,
		"communist": true, "desert": true, "horn": true, "nordic": true, "central": true, "impoverished": true, "embattled": true, "isolated": true,
		"south": true, "north": true, "east": true, "west": true, "southern": true, "northern": true, "eastern": true, "western": true,
		"european": true, "latin": true, "american": true, "mediterranean": true, "muslim": true, "war-torn": true, "mountainous": true,
		"poor": true, "coastal": true, "southeast": true, "ocean": true}
	stateHeads = map[string]bool{"state": true, "nation": true, "kingdom": true, "republic": true, "emirate": true, "country": true, "sultanate": true}
)

// at0 finds the actor starting at token i, if any.
func (r *resolver) at0(toks []token, i int) (mention, bool) {
	t := toks[i]
	if !t.word {
		return mention{}, false
	}
	// "a decision to stay away from the games": the games the text named
	// last, standing for their host
	if (t.low == "games" || t.low == "olympics" || t.low == "olympiad") && r.gamesHost != "" && i > 0 && toks[i-1].low == "the" &&
		!(i+1 < len(toks) && (toks[i+1].low == "in" || toks[i+1].low == "of" || toks[i+1].low == "at")) {
		m := mention{start: i, end: i + 1, kind: mState, states: []string{r.gamesHost}, name: t.text, how: "the games named before: their host", modifier: true}
		return r.finish(toks, m), true
	}
	// "the North's launch" in a text that has named North Korea is North
	// Korea's ("the South" South Korea's, once both are named); "the North
	// Atlantic", "the North Korean side" are other names
	if t.low == "the" && i+1 < len(toks) && (toks[i+1].text == "North" || toks[i+1].text == "South") &&
		(i+2 >= len(toks) || toks[i+2].poss || !(toks[i+2].capital && toks[i+2].word) && toks[i+2].text != "-") {
		named := func(st string) bool { return r.namedIn[st] > 0 || contains(r.sentSts, st) }
		st := ""
		switch {
		case toks[i+1].text == "North" && named("PRK"):
			st = "PRK"
		case toks[i+1].text == "South" && named("PRK") && named("KOR"):
			st = "KOR"
		}
		if st != "" {
			m := mention{start: i, end: i + 2, kind: mState, states: []string{st}, name: phraseText(toks, i, i+2), how: "the North or South of Korea, named before"}
			return r.finish(toks, m), true
		}
	}
	// first person and pronouns ("US" in capitals is the United States)
	pronoun := t.low
	if len(t.text) > 1 && strings.ToUpper(t.text) == t.text {
		pronoun = ""
	}
	switch pronoun {
	case "we", "us", "our", "ours", "i", "me", "my", "ourselves":
		if t.low == "i" && t.text != "I" {
			break
		}
		// "our two countries", "our nations" after a meeting of two: both
		if t.low == "our" && len(r.parties) == 2 {
			j := i + 1
			if j < len(toks) && (toks[j].low == "two" || toks[j].low == "both") {
				j++
			}
			if j < len(toks) && (toks[j].low == "countries" || toks[j].low == "nations" || toks[j].low == "governments" || toks[j].low == "peoples") {
				return mention{start: i, end: j + 1, kind: mCollective, states: r.parties, name: phraseText(toks, i, j+1), how: "the parties of the meeting"}, true
			}
		}
		m := mention{start: i, end: i + 1, kind: mAuthor, states: r.author, name: t.text, how: "first person: the author"}
		m.poss = t.low == "our" || t.low == "my"
		// "our diplomatic personnel", "my Administration": the author still
		return m, true
	case "they", "their", "them":
		// after a meeting "they" are its parties: "They condemned …"
		if len(r.parties) >= 2 {
			return mention{start: i, end: i + 1, kind: mCollective, states: r.parties, name: t.text, poss: t.low == "their", how: "the parties of the meeting"}, true
		}
		fallthrough
	case "he", "she", "it", "his", "her", "its", "him":
		// "said that his country stands in solidarity with": the person's
		// state, read as "he" is (goodwill.go)
		if (t.low == "his" || t.low == "her") && i+1 < len(toks) && ownCountry[toks[i+1].low] {
			return mention{start: i, end: i + 2, kind: mPronoun, name: t.text, poss: toks[i+1].poss}, true
		}
		m := mention{start: i, end: i + 1, kind: mPronoun, name: t.text}
		m.poss = t.low == "his" || t.low == "its" || t.low == "their" || t.low == "her"
		return m, true
	}
	// "Ministers condemned …" in a joint statement with no meeting reported
	// yet: its signatories
	if len(r.parties) < 2 && len(r.author) >= 2 {
		j := longestIn(collectives, toks, i, 5)
		if j == i && (t.low == "ministers" || t.low == "leaders") {
			j = i + 1
		}
		if j > i {
			return mention{start: i, end: j, kind: mCollective, states: r.author, name: phraseText(toks, i, j), how: "the signatories"}, true
		}
	}
	// "the two countries" with no meeting reported: the last two states
	// named ("… the United States and Vietnam announced … The two
	// countries signed …")
	if len(r.parties) < 2 && len(r.lastPair) == 2 {
		if j := longestIn(collectives, toks, i, 5); j > i {
			if p := phraseLow(toks, i, j); strings.Contains(p, "two") || strings.Contains(p, "both") {
				return mention{start: i, end: j, kind: mCollective, states: r.lastPair, name: phraseText(toks, i, j), how: "the last two states named together"}, true
			}
		}
	}
	// "appreciated the personal role that the latter has played": of the
	// two parties of the meeting just reported, the one named second (the
	// former, first)
	if t.low == "the" && i+1 < len(toks) && (toks[i+1].low == "latter" || toks[i+1].low == "former") && (len(r.parties) == 2 || len(r.sentSts) > 0) {
		st := ""
		if len(r.parties) == 2 {
			st = r.parties[1]
			if toks[i+1].low == "former" {
				st = r.parties[0]
			}
		}
		// "… friendship with His Excellency Putin, and appreciated the
		// personal role that the latter has played": the one the sentence
		// named last, when not the author
		if n := len(r.sentSts); toks[i+1].low == "latter" && n > 0 && !contains(r.author, r.sentSts[n-1]) {
			st = r.sentSts[n-1]
		}
		if st == "" {
			return mention{}, false
		}
		m := mention{start: i, end: i + 2, kind: mOfficial, states: []string{st}, name: phraseText(toks, i, i+2), how: "the " + toks[i+1].low + " of the meeting's parties"}
		if i+2 < len(toks) && toks[i+2].poss {
			m.poss, m.end = true, i+3
		}
		return m, true
	}
	// "accused the Gulf state of supporting terrorism", "the island
	// nation's military administration", "the tiny kingdom": a description
	// of a state just named is that state — the one the sentence named
	// last, else the text's last — never the author; bare "the country" or "the
	// state" is left alone (a subject's own, or an organ: "the state media")
	if t.low == "the" && i+2 < len(toks) {
		j := i + 1
		for j < len(toks) && j < i+4 && stateDescriptors[toks[j].low] {
			j++
		}
		if j > i+1 && j < len(toks) && stateHeads[toks[j].low] && !(j+1 < len(toks) && toks[j+1].capital && toks[j+1].word) {
			// the sentence's last state when it has named two (its first is
			// most often the subject: "Bahrain accused the island nation"),
			// else the text's last state the sentence has not named
			var st string
			if n := len(r.sentSts); n >= 2 && !contains(r.author, r.sentSts[n-1]) {
				st = r.sentSts[n-1]
			}
			for k := len(r.recent) - 1; k >= 0 && st == ""; k-- {
				if !contains(r.author, r.recent[k]) && !contains(r.sentSts, r.recent[k]) {
					st = r.recent[k]
				}
			}
			if st != "" {
				m := mention{start: i, end: j + 1, kind: mOrgan, states: []string{st}, name: phraseText(toks, i, j+1), how: "a description of the state named last"}
				if j+1 < len(toks) && toks[j+1].poss {
					m.poss, m.end = true, j+2
				}
				return m, true
			}
		}
	}
	// "warned that 'if the aggressors unleash war, the Soviet Union will
	// deliver the mightiest retaliatory blow'": the aggressors are the
	// state the text last blamed (the plural only: "Russia is the
	// aggressor" is a judgement of its own)
	if t.low == "the" && len(r.blamed) > 0 && i+1 < len(toks) && (i == 0 || !bes[toks[i-1].low]) {
		switch toks[i+1].low {
		case "aggressors", "attackers", "invaders", "occupiers", "imperialists", "warmongers":
			return mention{start: i, end: i + 2, kind: mCollective, states: r.blamed, name: phraseText(toks, i, i+2), how: "the state the text last blamed"}, true
		}
	}
	// "Both agreed …", "both expressed …": the two parties of the meeting
	if t.low == "both" && len(r.parties) == 2 && i+1 < len(toks) && toks[i+1].word && !toks[i+1].capital && !determiners[toks[i+1].low] &&
		!preps[toks[i+1].low] && toks[i+1].low != "sides" && toks[i+1].low != "countries" && toks[i+1].low != "leaders" && toks[i+1].low != "and" {
		return mention{start: i, end: i + 1, kind: mCollective, states: r.parties, name: t.text, how: "the parties of the meeting"}, true
	}
	// "the Ministers", "both sides", "the two leaders": the parties of the
	// meeting just reported
	if len(r.parties) < 2 {
	} else if j := longestIn(collectives, toks, i, 5); j > i {
		sts := r.parties
		if p := phraseLow(toks, i, j); len(sts) > 2 && (strings.Contains(p, "two") || strings.Contains(p, "both")) && len(r.recent) >= 2 {
			// "the two leaders" after a call with five: the last two named
			sts = r.recent[len(r.recent)-2:]
		}
		return mention{start: i, end: j, kind: mCollective, states: sts, name: phraseText(toks, i, j), how: "the parties of the meeting"}, true
	}
	// "the regime", "the government": the state whose regime was named
	if t.low == "the" && i+1 < len(toks) {
		if st, ok := r.titleSt[toks[i+1].low]; ok && anaphoricOrgans[toks[i+1].low] {
			m := mention{start: i, end: i + 2, kind: mOrgan, states: []string{st}, name: phraseText(toks, i, i+2), how: "named earlier with its state"}
			if i+2 < len(toks) && toks[i+2].poss {
				m.poss, m.end = true, i+3
			}
			return m, true
		}
	}
	if !t.capital && !isCode(t.text) && !lowercaseStates[t.low] {
		if j := longestIn(genericNonStates, toks, i, 4); j > i {
			return mention{start: i, end: j, kind: mNonState, name: phraseText(toks, i, j), how: "not a state"}, true
		}
		return mention{}, false
	}
	if honorifics.has(t.low) {
		return mention{}, false // "Mr" of "Mr Putin" (and not the Belgian party MR)
	}
	// "the Commonwealth of Australia": a state's formal name, not the
	// Commonwealth of Nations
	if t.low == "commonwealth" && i+2 < len(toks) && toks[i+1].low == "of" {
		k := i + 2
		if toks[k].low == "the" && k+1 < len(toks) {
			k++
		}
		if sm, ok := r.at0(toks, k); ok && sm.kind == mState && len(sm.states) == 1 {
			sm.start, sm.name = i, phraseText(toks, i, sm.end)
			return r.finish(toks, sm), true
		}
	}
	// non-state organisations ("the West", but not "West Germany")
	if j := longestIn(nonStates, toks, i, 6); j > i && !r.stateNameFrom(toks, i, j) {
		// "EU High Representative Josep Borrell", "NATO Secretary General Jens Stoltenberg"
		j = r.skipTitleAndName(toks, j)
		name := phraseText(toks, i, j)
		return mention{start: i, end: j, kind: mNonState, name: name, how: "not a state"}, true
	}
	// "a South American leaders' summit", "Latin-American states": the
	// continent's, not the United States
	if t.low == "american" || t.low == "americans" || t.low == "america" {
		k := i - 1
		if k > 0 && toks[k].text == "-" {
			k--
		}
		if k >= 0 && continentHalves[toks[k].low] {
			return mention{}, false
		}
	}
	// metonyms
	if j := longestIn(metonymSet, toks, i, 6); j > i {
		// "TASS" in 1962 is the Soviet Union's
		key := normPhrase(phraseLow(toks, i, j))
		st := r.z.ContinuedAt(metonyms[key], r.at)
		if sh, ok := r.sharedTitle(key); ok {
			st = sh // "said the Foreign Office" in a Pakistani story
		}
		// "measures to prevent Aeroflot from landing … and barring Soviet
		// planes" in a retrospective of 2015: the state of the era the text
		// speaks of, when it has named that state
		for _, e := range r.z.Eras(st) {
			if r.namedIn[e.State] > 0 || contains(r.sentSts, e.State) {
				st = e.State
			}
		}
		m := mention{start: i, end: j, kind: mOrgan, states: []string{st}, name: phraseText(toks, i, j), how: "organ"}
		return r.finish(toks, m), true
	}
	// "the Los Angeles Olympics", "the Lake Placid Games": a host city
	// before the games stands for its state (a capital is a metonym already)
	if t.capital {
		for j := min(len(toks)-1, i+3); j > i; j-- {
			if !olympicWords[toks[j].low] {
				continue
			}
			if name, ok := olympicHosts[phraseLow(toks, i, j)]; ok {
				if e, ok := r.z.Lookup(name, r.at); ok && e.Node.Kind == graph.KindState {
					m := mention{start: i, end: j, kind: mState, states: []string{e.Node.ID}, name: phraseText(toks, i, j), how: "host city of the games", modifier: true}
					r.gamesHost = e.Node.ID
					return r.finish(toks, m), true
				}
			}
		}
	}
	// gazetteer names, longest first
	for j := min(len(toks), i+maxNameTokens); j > i; j-- {
		if !toks[j-1].word {
			continue
		}
		okSpan := true
		for k := i; k < j; k++ {
			if toks[k].poss && k+1 < j && toks[k+1].capital {
				continue // "People's Republic of China", "Workers' Party"
			}
			if !toks[k].word && toks[k].text != "-" && toks[k].text != "." && !(toks[k].text == "&" && k > i && k+1 < j) {
				okSpan = false
				break
			}
			if toks[k].word && !toks[k].capital && !isConnector(toks[k].low) && !isCode(toks[k].text) && !elidedCapital(toks[k].text) &&
				!(k == i && lowercaseStates[toks[k].low]) && !(k == i+1 && toks[k].low == "federation" && lowercaseStates[toks[i].low]) {
				okSpan = false
				break
			}
		}
		if !okSpan {
			continue
		}
		text := phraseText(toks, i, j)
		e, ok := r.z.Lookup(text, r.at)
		// "the then Democratic Republic of Vietnam, … on January 31 1950":
		// a state named as it was then, at the year the sentence gives
		if i >= 1 && toks[i-1].low == "then" {
			if y, ok1 := yearIn(toks, r.at); ok1 {
				if e2, ok2 := r.z.Lookup(text, graph.Date{Year: y, Precision: graph.PrecisionYear}); ok2 && e2.Node.Kind == graph.KindState {
					e, ok = e2, true
				}
			}
		}
		if !ok && j == i+1 {
			// "the Kazakh diplomat", "Azeri forces": a demonym the
			// gazetteer does not list, singular or plural
			iso := extraDemonymState[graph.Fold(t.text)]
			if iso == "" && strings.HasSuffix(t.low, "s") {
				iso = extraDemonymState[graph.Fold(t.text[:len(t.text)-1])]
			}
			if iso != "" {
				if en, ok2 := r.z.Entity(iso); ok2 {
					if e2, ok3 := r.z.Lookup(en.Node.Name, r.at); ok3 && e2.Node.ID == iso {
						e, ok = e2, true
					}
				}
			}
		}
		if !ok && j == i+1 && strings.HasSuffix(t.low, "s") && len(t.low) > 4 {
			// plural demonyms: "Ukrainians", "Yemenis", "Afghans"
			// ("the Americas" is a continent: a state's name with an "s" is
			// no plural of it)
			if e2, ok2 := r.z.Lookup(t.text[:len(t.text)-1], r.at); ok2 && e2.Node.Kind == graph.KindState && isDemonym(e2.Node, t.text[:len(t.text)-1]) {
				e, ok = e2, true
			}
		}
		// "the US-led invasion of Iraq", "the Saudi-led coalition": the
		// state that leads them, a modifier of the noun
		led := false
		if !ok && j == i+1 && len(t.low) > 4 && strings.HasSuffix(t.low, "-led") {
			if e2, ok2 := r.z.Lookup(t.text[:len(t.text)-4], r.at); ok2 && e2.Node.Kind == graph.KindState {
				e, ok, led = e2, true, true
			}
		}
		if !ok {
			continue
		}
		if j == i+1 && !led && !singleTokenOK(t, e.Node.Kind) {
			continue
		}
		m := mention{start: i, end: j, name: text}
		switch e.Node.Kind {
		case graph.KindState:
			m.kind, m.states, m.how = mState, []string{e.Node.ID}, "state"
			m.demonym = isDemonym(e.Node, text)
			if led {
				m.how, m.modifier = "the state leading", true
				// "the Saudi-led coalition launched airstrikes": the
				// coalition acts for the state leading it
				// ("the Saudi-led Arab coalition", "the US-led military
				// coalition": an adjective or two between)
				for k := j; k < len(toks) && k <= j+2; k++ {
					if toks[k].low == "coalition" || toks[k].low == "coalitions" {
						m.end, m.kind, m.modifier = k+1, mOrgan, false
						break
					}
					if !toks[k].word || toks[k].poss || k > j && !coalitionAdjectives[toks[k].low] && !toks[k].capital {
						break
					}
				}
				break
			}
			if j < len(toks) && olympicWords[toks[j].low] && !m.demonym {
				r.gamesHost = e.Node.ID // "the Moscow Olympics"
				// "The 1980 Moscow Olympics": the host of that year
				if y, ok := yearBefore(toks, i); ok {
					if e2, ok2 := r.z.Lookup(text, graph.Date{Year: y, Precision: graph.PrecisionYear}); ok2 && e2.Node.Kind == graph.KindState {
						m.states = []string{e2.Node.ID}
						r.gamesHost = e2.Node.ID
					}
				}
			}
			// "a Malaysian airplane": a demonym before a noun modifies it —
			// but not a plural after "the": "the Somalis broke off relations",
			// "the Russians expelled …" are the people for their state
			if j < len(toks) && toks[j].word && !toks[j].capital && m.demonym && !(i > 0 && toks[i-1].low == "the" && pluralDemonym(e.Node, text)) &&
				!(i > 0 && toks[i-1].low == "the" && peopleVerb(toks[j].low)) {
				m.modifier = true
			}
		case graph.KindLeader:
			st, inOffice := r.z.StateAt(e, r.at)
			if st == "" {
				continue
			}
			// "PRC Vice Foreign Minister Yu Chan" in 1978: the surname of a
			// leader out of office on the text's date, after another given
			// name, is someone else's (Julius Chan's full name is matched
			// whole, before it; a leader in office keeps a given name the
			// gazetteer spells otherwise, "Alexander Lukashenko")
			if j == i+1 && !inOffice && otherGivenName(toks, i, e.Node) {
				continue
			}
			// "the Ho Chi Minh's Residential Complex" in 2014: a leader of a
			// state gone by the text's date names a place, not an actor
			if !inOffice && !r.at.IsZero() && !r.z.WasState(st, graph.SpanOf(r.at)) {
				continue
			}
			// "the Yahya regime in West Pakistan" in 1971: one word that is
			// the alias of a leader years out of office on the text's date
			// (Yemen's Imam Yahya, to 1962) is someone else's name; a
			// president-elect or one just gone ("Lula" in 2022) is still theirs
			if !inOffice && !r.at.IsZero() && j == i+1 {
				// "Vice President Cevdet Yilmaz …; Yilmaz said": the one of
				// that name the text named before, not Mesut Yilmaz
				if st2, ok := r.names[foldName(text)]; ok {
					m.kind, m.states, m.how = mOfficial, []string{st2}, "named earlier with their state"
					return r.finish(toks, m), true
				}
				if yearsFromOffice(e.Roles, r.at) > 4 {
					continue
				}
			}
			// "Carlos Fernández de Cossío" of Cuba's Foreign Ministry in
			// 2020: a name the gazetteer knows only for a term years before
			// the text's date, the text's name going on past it, is someone
			// else's: a person no state is known for
			if !inOffice && !r.at.IsZero() && longerName(toks, j) && yearsFromOffice(e.Roles, r.at) > 4 {
				if st2, ok := r.names[foldName(text)]; ok {
					m.kind, m.states, m.how = mOfficial, []string{st2}, "named earlier with their state"
					return r.finish(toks, m), true
				}
				return mention{start: i, end: j, kind: mNonState, name: text, how: unknownOfficial}, true
			}
			m.kind, m.states, m.entity, m.how = mLeader, []string{st}, e.Node.ID, "leader"
			if j > i+1 && inOffice {
				r.remember(text, st) // "Cevdet Yilmaz" makes "Yilmaz" his later on
			}
		case graph.KindParty:
			if e.Node.State == "" {
				continue
			}
			m.kind, m.states, m.entity, m.how = mParty, []string{e.Node.State}, e.Node.ID, "party"
			// "the Workers' Party in North Korea": a party name many states'
			// parties bear is the party of the state named after it
			if j+1 < len(toks) && (toks[j].low == "in" || toks[j].low == "of") {
				k := j + 1
				if toks[k].low == "the" && k+1 < len(toks) {
					k++
				}
				if sm, ok := r.at0(toks, k); ok && sm.kind == mState && len(sm.states) == 1 {
					m.states, m.end, m.entity, m.how = sm.states, sm.end, "", "party of the state named after it"
					m.name = phraseText(toks, i, sm.end)
					return r.finish(toks, m), true
				}
			}
		default:
			continue
		}
		m = r.finish(toks, m)
		if m.kind != mState {
			m.modifier = false // "Iranian officials": an organ, an actor
		}
		return m, true
	}
	// "Korea" alone names no state the gazetteer can tell; in the Republic
	// of Korea's own texts it is the Republic ("Korea-China relations",
	// "Korean nationals"), in the DPRK's the DPRK
	if t.low == "korea" || t.low == "korean" || t.low == "koreans" {
		for _, st := range r.house {
			if st == "KOR" || st == "PRK" {
				m := mention{start: i, end: i + 1, kind: mState, states: []string{st}, name: t.text, how: "state (the author's own name for it)"}
				if i+1 < len(toks) && toks[i+1].word && !toks[i+1].capital && t.low != "korea" {
					m.modifier = true
				}
				return r.finish(toks, m), true
			}
		}
	}
	// a title written as its abbreviation: "EAM left for a visit to Russia"
	// (India's External Affairs Minister, in India's own briefings)
	if title, ok := titleAbbrevNames[t.text]; ok {
		st, ok := r.titleSt[title]
		if !ok {
			st = nationalTitles[title]
		}
		m := mention{start: i, end: i + 1, kind: mOfficial, states: []string{st}, name: t.text, how: "the abbreviation of " + title}
		if i+1 < len(toks) && toks[i+1].poss {
			m.poss, m.end = true, i+2
		}
		return m, true
	}
	// honorific + surname: "Mr Putin" (Putin itself resolves on its own
	// at the next token; the honorific alone is skipped)
	// titled officials without a state: "Secretary Blinken", "the Secretary"
	if j := longestIn(titles, toks, i, 6); j > i {
		title := normPhrase(phraseLow(toks, i, j))
		for j < len(toks) && honorifics.has(toks[j].low) {
			j++ // "Prime Minister Shri Narendra Modi"
		}
		k := r.skipName(toks, j)
		name := phraseText(toks, j, k)
		m := mention{start: i, end: k, kind: mOfficial, name: phraseText(toks, i, k)}
		if st, e := r.ofState(toks, k); st != "" && name != "" {
			// "Foreign Minister Penny Wong of Australia", "President Yoon Suk
			// Yeol of the Republic of Korea": the state after the name
			m.states, m.how, m.end, k = []string{st}, "of its state", e, e
			m.name = phraseText(toks, i, e)
			r.titleSt[title] = st // "the Prime Minister" later is Australia's
		} else if st, ok := r.names[foldName(name)]; ok && name != "" {
			m.states, m.how = []string{st}, "named earlier with their state"
		} else if e, ok := r.z.Lookup(name, r.at); ok && name != "" && e.Node.Kind == graph.KindLeader && r.leaderStateExists(e) {
			st, _ := r.z.StateAt(e, r.at)
			m.states, m.entity, m.how = []string{st}, e.Node.ID, "leader"
		} else if st := r.surnameInOffice(name); st != "" && headTitle(title) {
			// "Prime Minister Kishida" when the gazetteer knows only "Fumio
			// Kishida": the leader in office on the text's date of that surname
			m.states, m.how = []string{st}, "leader in office by surname"
		} else if st, ok := r.titleSt[title]; ok {
			m.states, m.how = []string{st}, "title named earlier with its state"
		} else if st, ok := r.sharedTitle(title); ok {
			// "the Foreign Secretary has lodged a strong protest" in a
			// Pakistani story: Pakistan's, India's and Britain's officials
			// bear the title; the author's, else the bearer named last
			m.states, m.how = []string{st}, "a title "+st+" officials bear, of the state named last"
		} else if st, ok := nationalTitles[title]; ok && !(j < len(toks) && toks[j].low == "for") {
			m.states, m.how = []string{st}, "a title only "+st+" officials bear"
		} else if americanSecretary(title, name, r.house) {
			// "Secretary Mike Pompeo" in a British text: the Foreign
			// Secretary is never "Secretary Hunt"
			m.states, m.how = []string{"USA"}, "a bare Secretary's title, American usage"
		} else if foreignTitle(title, r.house) {
			// "Foreign Minister Wang" in a U.S. statement, with no state
			// named: no official of the author; an actor of a state unknown
			return mention{start: i, end: k, kind: mNonState, name: phraseText(toks, i, k), how: unknownOfficial}, true
		} else if len(r.house) > 0 {
			m.states, m.how = r.house, "official of the author"
		} else {
			return mention{}, false
		}
		if name != "" {
			r.remember(name, m.state())
		}
		if k < len(toks) && toks[k].poss {
			m.poss = true
			m.end = k + 1
		}
		return m, true
	}
	// a surname seen earlier: "Truss", "Blinken"
	if k := r.skipName(toks, i); k > i {
		name := phraseText(toks, i, k)
		if st, ok := r.names[foldName(name)]; ok {
			m := mention{start: i, end: k, kind: mOfficial, states: []string{st}, name: name, how: "named earlier with their state"}
			if k < len(toks) && toks[k].poss {
				m.poss, m.end = true, k+1
			}
			return m, true
		}
	}
	return mention{}, false
}

// leaderStateExists: the state a leader resolves to exists on the text's
// date ("Deputy PM Minh" in 2017 is not South Vietnam's Duong Van Minh,
// gone with his state in 1975).
func (r *resolver) leaderStateExists(e gazetteer.Entity) bool {
	st, inOffice := r.z.StateAt(e, r.at)
	return st != "" && (inOffice || r.at.IsZero() || r.z.WasState(st, graph.SpanOf(r.at)))
}

// continentHalves name a part of the Americas before "American(s)" or
// "America".
var continentHalves = wordSet("south", "north", "latin", "central", "pan", "meso")

// isDemonym: text is the state's demonym or its plural ("Ukrainians") —
// but never the state's own name: "Laos" is the plural of the demonym "Lao"
// and the name of the state ("Laos condemned Thailand").
func isDemonym(n graph.Node, text string) bool {
	f := graph.Fold(text)
	if iso := extraDemonymState[f]; iso == n.ID {
		return true
	}
	if iso := extraDemonymState[strings.TrimSuffix(f, "s")]; iso == n.ID && f != graph.Fold(n.Name) {
		return true
	}
	plural := false
	for _, d := range n.Demonyms {
		if graph.Fold(d) == f {
			return true
		}
		plural = plural || graph.Fold(d)+"s" == f
	}
	if !plural || graph.Fold(n.Name) == f {
		return false
	}
	for _, a := range n.Aliases {
		if graph.Fold(a) == f {
			return false
		}
	}
	return true
}

// longerName: the person's name goes on at j ("… de Cossío", "… van
// Rompuy", "… Jaushieh"): a particle of names before a capital, or a
// capitalised word that is no title.
func longerName(toks []token, j int) bool {
	if j >= len(toks) {
		return false
	}
	if nameParticles[toks[j].low] && j+1 < len(toks) && toks[j+1].word && toks[j+1].capital {
		return true
	}
	return toks[j].word && toks[j].capital && !toks[j].poss && !titles.has(toks[j].low) && !honorifics.has(toks[j].low)
}

var nameParticles = wordSet("de", "da", "do", "dos", "das", "del", "della", "di", "van", "von", "der", "den", "la", "le", "bin", "ibn")

// olympicHosts are the cities other than capitals that have held or will
// hold the Olympic Games since 1948, with the state that held them, named
// as on the games' date (the gazetteer resolves it on the text's date).
var olympicHosts = map[string]string{
	"los angeles": "United States", "atlanta": "United States", "lake placid": "United States",
	"squaw valley": "United States", "salt lake city": "United States", "salt lake": "United States",
	"melbourne": "Australia", "sydney": "Australia", "brisbane": "Australia",
	"munich": "West Germany", "garmisch-partenkirchen": "West Germany",
	"montreal": "Canada", "calgary": "Canada", "vancouver": "Canada",
	"barcelona": "Spain", "rio": "Brazil", "rio de janeiro": "Brazil",
	"st. moritz": "Switzerland", "st moritz": "Switzerland",
	"cortina": "Italy", "cortina d'ampezzo": "Italy", "turin": "Italy", "torino": "Italy", "milan": "Italy",
	"innsbruck": "Austria", "grenoble": "France", "albertville": "France",
	"sapporo": "Japan", "nagano": "Japan", "sarajevo": "Yugoslavia", "lillehammer": "Norway",
	"sochi": "Russia", "pyeongchang": "South Korea",
}

// olympicWords follow a host city that names the games.
var olympicWords = wordSet("olympics", "olympic", "games", "olympiad", "winter", "summer", "paralympics")

// elidedCapital: an elided article before a capital inside a name, "d'Ivoire"
// of "Côte d'Ivoire".
func elidedCapital(w string) bool {
	for _, p := range []string{"d'", "d’", "l'", "l’"} {
		if rest, ok := strings.CutPrefix(w, p); ok && rest != "" {
			r, _ := utf8.DecodeRuneInString(rest)
			return unicode.IsUpper(r)
		}
	}
	return false
}

// pluralDemonym: text is the plural of one of the state's demonyms
// ("Somalis", "Russians", listed or not), never a demonym alone ("Swiss")
// nor the state's name ("Laos").
func pluralDemonym(n graph.Node, text string) bool {
	f := graph.Fold(text)
	if graph.Fold(n.Name) == f {
		return false
	}
	if strings.HasSuffix(f, "s") && extraDemonymState[strings.TrimSuffix(f, "s")] == n.ID {
		return true
	}
	for _, d := range n.Demonyms {
		if graph.Fold(d)+"s" == f {
			return true
		}
	}
	return false
}

// unknownOfficial is how an official of a state not named resolves: an
// actor that is no state the coder knows (not counted as a non-state party).
const unknownOfficial = "official of a state not named"

// foreignTitle: a title no official of the author's state bears — the
// United States has no ministers, premiers or kings.
func foreignTitle(title string, house []string) bool {
	if len(house) != 1 || house[0] != "USA" {
		return false
	}
	for _, w := range []string{"minister", "chancellor", "premier", "king", "queen", "emir", "sultan", "crown prince", "foreign secretary", "state councilor"} {
		if strings.Contains(title, w) {
			return true
		}
	}
	return false
}

// americanSecretary: "Secretary", "Deputy Secretary", "Under Secretary"
// or "Assistant Secretary" followed by a name is how an American cabinet
// officer is named; in the text of a state whose own secretaries bear a
// qualified title ("Foreign Secretary", "Secretary of State for Defence")
// or none, the official is American. The states whose own officials are
// named so (the United States, the Philippines, Mexico) keep them.
func americanSecretary(title, name string, house []string) bool {
	if name == "" || len(house) == 0 {
		return false
	}
	switch title {
	case "secretary", "deputy secretary", "under secretary", "assistant secretary", "acting under secretary":
	default:
		return false
	}
	for _, h := range house {
		if h == "USA" || h == "PHL" || h == "MEX" {
			return false
		}
	}
	return true
}

// ofState reads "of (the) <state>" at token k: the state and the end of
// its name.
func (r *resolver) ofState(toks []token, k int) (string, int) {
	if k+1 >= len(toks) || toks[k].low != "of" {
		return "", 0
	}
	j := k + 1
	if toks[j].low == "the" {
		j++
	}
	if j >= len(toks) {
		return "", 0
	}
	m, ok := r.at0(toks, j)
	if !ok || m.kind != mState || len(m.states) != 1 {
		return "", 0
	}
	// "of Japan's …": the possessive belongs to the state
	return m.states[0], m.end
}

// nationalTitles are titles that only one state's officials bear: without
// a state named, "Secretary of State Blinken" in a Japanese press release
// is American, "State Councilor Wang Yi" Chinese.
var nationalTitles = map[string]string{
	"secretary of state": "USA", "deputy secretary of state": "USA", "treasury secretary": "USA", "secretary of the treasury": "USA",
	"state councilor": "CHN", "external affairs minister": "IND", "chief cabinet secretary": "JPN", "foreign secretary": "GBR",
}

// sharedTitles are national titles and organs several states bear, the
// usual one first: a Foreign Secretary is Britain's, India's, Pakistan's,
// Bangladesh's, Sri Lanka's or Nepal's; Pakistan's foreign ministry is
// its Foreign Office too.
var sharedTitles = map[string][]string{
	"foreign secretary": {"GBR", "IND", "PAK", "BGD", "LKA", "NPL"},
	"foreign office":    {"GBR", "PAK", "IND", "BGD"},
}

// sharedTitle resolves a name of sharedTitles: the author's state when it
// bears it; else, in a text that has not named the usual one lately, the
// bearer it named in the most sentences, the first named of those
// ("Pakistan has taken up the matter with the US …, the Foreign Secretary
// has lodged a strong protest"); else the usual one.
func (r *resolver) sharedTitle(title string) (string, bool) {
	bearers, ok := sharedTitles[title]
	if !ok {
		return "", false
	}
	for _, h := range r.house {
		if contains(bearers, h) {
			return h, true
		}
	}
	named := func(b string) (int, int) {
		n, first := r.namedIn[b], len(r.firstNamed)
		if f, ok := r.firstNamed[b]; ok {
			first = f
		}
		for i, st := range r.sentSts {
			if st == b {
				n++
				if _, ok := r.firstNamed[b]; !ok {
					first += i
				}
			}
		}
		return n, first
	}
	if n0, _ := named(bearers[0]); n0 == 0 {
		best, n, bf := "", 0, 0
		for _, b := range bearers[1:] {
			if nb, fb := named(b); nb > n || nb == n && n > 0 && fb < bf {
				best, n, bf = b, nb, fb
			}
		}
		if best != "" {
			return best, true
		}
	}
	return bearers[0], true
}

// titleAbbrevNames are the abbreviations of national titles (nationalTitles),
// written in capitals as a name: "EAM" India's External Affairs Minister.
var titleAbbrevNames = map[string]string{"EAM": "external affairs minister"}

// commonNames are English words that are also a leader's surname in the
// gazetteer: alone they name no one ("May", "Price", "Green").
var commonNames = wordSet("may", "price", "green", "hope", "long", "king", "young", "white", "black", "brown", "rice", "page",
	"cook", "baker", "hill", "wood", "stone", "rich", "ford", "rose", "banks", "grant", "hunt", "frost", "little", "small", "sharp",
	"march", "april", "june", "august", "will", "mark", "bill", "chance", "day", "love", "law", "power", "best", "case", "church",
	"glass", "gold", "hall", "head", "house", "lamb", "lane", "major", "mills", "moon", "noble", "park", "peace", "pope", "rule",
	"shaw", "short", "sun", "victory", "ward", "wells", "west", "north", "south", "east", "berry", "bright", "field", "fox", "hall")

// singleTokenOK says whether one word alone may name a leader or a party:
// a party by its acronym written in capitals ("CPV", not "Mr" for MR) or
// its plain English name; a leader unless the word is a common one.
func singleTokenOK(t token, kind graph.Kind) bool {
	switch kind {
	case graph.KindParty:
		switch t.low {
		case "labour", "conservatives", "tories", "democrats", "republicans":
			return true
		case "pm", "mp", "fm", "am", "tv", "ceo", "gdp", "id", "ok", "us", "un", "eu":
			return false // "The PM said …": an abbreviation, no party
		}
		return len(t.text) >= 2 && strings.ToUpper(t.text) == t.text
	case graph.KindLeader:
		return !commonNames[t.low]
	}
	return true
}

var metonymSet = func() *phrases {
	var ks []string
	for k := range metonyms {
		ks = append(ks, k)
	}
	return newPhrases(ks...)
}()

// isConnector: lower-case words inside names ("Republic of Korea", "Bosnia
// and Herzegovina", "Trinidad and Tobago", "Workers' Party of Korea").
func isConnector(w string) bool {
	switch w {
	case "of", "and", "the", "da", "de", "del", "van", "von", "bin", "al", "el", "la", "le", "du", "dos", "das":
		return true
	}
	return false
}

func isCode(s string) bool {
	if len(s) < 2 || len(s) > 5 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if (s[i] < 'A' || s[i] > 'Z') && s[i] != '.' {
			return false
		}
	}
	return true
}

// skipName returns the end of the capitalised name starting at i: words
// and initials ("Antony J. Blinken", "Marta Lucía Ramírez").
func (r *resolver) skipName(toks []token, i int) int {
	k := i
	for k < len(toks) && k < i+5 {
		t := toks[k]
		if t.word && t.capital && !titleWord(t.low) {
			k++
			continue
		}
		if t.text == "-" && k+1 < len(toks) && toks[k+1].capital && k > i {
			k++
			continue
		}
		break
	}
	return k
}

func titleWord(w string) bool {
	switch w {
	case "the", "a", "an", "on", "in", "and", "of", "to", "with", "for", "today", "yesterday", "this", "that", "these", "those":
		return true
	}
	return false
}

func (r *resolver) skipTitleAndName(toks []token, j int) int {
	if k := longestIn(titles, toks, j, 6); k > j {
		j = k
	}
	return r.skipName(toks, j)
}

// coalitionAdjectives may stand between "US-led" and "coalition".
var coalitionAdjectives = wordSet("military", "international", "multinational", "western", "arab", "naval", "global")

// militaryActionNouns after "military" make it an adjective of the
// action, not the state's armed forces: "Russia's military intervention in
// Ukraine", "the Soviet military intervention in Afghanistan" are the
// state's intervention (patterns.txt's "(military|armed) intervention").
var militaryActionNouns = wordSet("intervention", "interventions", "offensive", "offensives", "incursion", "incursions", "invasion",
	"operation", "operations")

// militaryAction: the organ toks[i:k] is the word "military" before a
// military action's noun.
func militaryAction(toks []token, i, k int) bool {
	return k == i+1 && toks[i].low == "military" && k < len(toks) && militaryActionNouns[toks[k].low]
}

// finish extends a state's mention over the organ or title that follows
// ("Russian Deputy Foreign Minister Sergey Ryabkov"), a possessive, and
// back over an organ before "of" ("the Government of Nauru").
func (r *resolver) finish(toks []token, m mention) mention {
	// organ after: "North Korean regime", "Iran's Defense Ministry"
	j := m.end
	if j+2 < len(toks) && toks[j].text == "(" && toks[j+2].text == ")" && isCode(toks[j+1].text) {
		j += 3 // "Republic of Korea (ROK) Foreign Minister Park Jin"
		m.end = j
	}
	o := j + 1
	for j < len(toks) && toks[j].poss && o < len(toks) && o < j+3 && rankAdjectives[toks[o].low] {
		o++
	}
	if k := longestIn(organSuffix, toks, o, 6); j < len(toks) && toks[j].poss && o > j+1 && k > o && bodyOrgans[normPhrase(phraseLow(toks, o, k))] {
		j = k
		m.kind = mOrgan
	} else if j < len(toks) && toks[j].poss {
		if k := longestIn(organSuffix, toks, j+1, 6); k > j+1 && !militaryAction(toks, j+1, k) {
			if title := normPhrase(phraseLow(toks, j+1, k)); anaphoricOrgans[title] && !organModifies(toks, k) {
				r.titleSt[title] = m.state()
			}
			j = k
			m.kind = mOrgan
		}
	} else if k := longestIn(organSuffix, toks, j, 6); k > j && !militaryAction(toks, j, k) {
		title := normPhrase(phraseLow(toks, j, k))
		if anaphoricOrgans[title] && !organModifies(toks, k) {
			r.titleSt[title] = m.state()
		}
		j = k
		if m.kind == mState {
			m.kind = mOrgan
		}
		if titles.has(title) || title == "leader" || title == "ambassador" {
			r.titleSt[title] = m.state()
			n := r.skipName(toks, j)
			if n > j {
				name := phraseText(toks, j, n)
				r.remember(name, m.state())
				j = n
			}
		}
	}
	m.end = j
	if m.end < len(toks) && toks[m.end].poss {
		m.poss = true
		m.end++
	}
	// organ before: "the Government of (the) Nauru"
	s := m.start
	if s >= 1 && toks[s-1].low == "the" {
		s--
	}
	// "Defense Ministers from Canada": the officials of that state
	if s >= 2 && toks[s-1].low == "from" {
		for n := 3; n >= 1; n-- {
			b := s - 1 - n
			if b < 0 || !toks[b].word || !toks[b].capital && toks[b].low != "foreign" && toks[b].low != "defense" && toks[b].low != "defence" {
				continue
			}
			if x := normPhrase(phraseLow(toks, b, s-1)); strings.HasSuffix(x, "ministers") || strings.HasSuffix(x, "officials") ||
				strings.HasSuffix(x, "counterparts") || strings.HasSuffix(x, "leaders") || strings.HasSuffix(x, "delegations") ||
				strings.HasSuffix(x, "representatives") || strings.HasSuffix(x, "diplomats") || strings.HasSuffix(x, "minister") {
				m.start = b
				if b >= 1 && toks[b-1].low == "the" {
					m.start = b - 1
				}
				if m.kind == mState {
					m.kind = mOrgan
				}
				break
			}
		}
	}
	if s >= 2 && toks[s-1].low == "of" {
		for n := 6; n >= 1; n-- {
			b := s - 1 - n
			if b < 0 {
				continue
			}
			if !toks[b].word {
				continue // ", Secretary of State of …": the organ starts after the comma
			}
			if x := normPhrase(phraseLow(toks, b, s-1)); organPrefix.has(x) || titles.has(x) || x == "secretary of foreign affairs" || x == "secretary of foreign relations" {
				m.start = b
				if b >= 1 && toks[b-1].low == "the" {
					m.start = b - 1
				}
				// "Antony Blinken, Secretary of State of the United States":
				// the name before the comma is this state's official
				if c := m.start - 1; c >= 1 && toks[c].text == "," {
					n := c
					for n > 0 && toks[n-1].word && toks[n-1].capital && !titleWord(toks[n-1].low) && c-n < 4 {
						n--
					}
					if n < c {
						r.remember(phraseText(toks, n, c), m.state())
					}
				}
				if m.kind == mState {
					m.kind = mOrgan
				}
				break
			}
		}
	}
	// a name before an organ-less mention used as a modifier: "U.S.
	// sanctions", "Russian strikes" — decided by the coder from position.
	return m
}

// headTitle: a title a head of state or government bears ("Prime
// Minister", "President"), not a minister's ("Foreign Minister Johnson" is
// no Boris Johnson).
func headTitle(title string) bool {
	for _, h := range []string{"president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "sultan", "chairman", "general secretary", "supreme leader"} {
		if title == h || strings.HasSuffix(title, " "+h) && !strings.HasSuffix(title, "vice "+h) && !strings.HasSuffix(title, "deputy "+h) {
			return true
		}
	}
	return false
}

// surnameInOffice is the state whose leader in office on the text's date
// bears the one-word surname name (the last word of the leader's name), ""
// when none does, two states' do, or the text has no date.
func (r *resolver) surnameInOffice(name string) string {
	if name == "" || strings.ContainsAny(name, " .") || r.at.IsZero() {
		return ""
	}
	if r.surnames == nil {
		r.surnames = surnameTerms(r.z)
	}
	st := ""
	for _, t := range r.surnames[foldName(name)] {
		if !t.span.Touches(r.at) {
			continue
		}
		if st != "" && st != t.state {
			return ""
		}
		st = t.state
	}
	return st
}

// surnameIndex holds leaders' terms by the folded surname (surnameTerms).
type surnameIndex map[string][]surnameTerm

// surnameTerm is one term of a leader of a state, under the leader's
// surname (surnameTerms).
type surnameTerm struct {
	state string
	span  graph.Span
}

// defaultSurnames is surnameTerms of the default gazetteer, which is
// read-only: made once per process. (Made per article, the index of every
// state's leaders took half the coder's time and a fifth of its memory.)
var defaultSurnames struct {
	once sync.Once
	idx  surnameIndex
}

// surnameTerms indexes the terms of every state's leaders whose name has two
// words or more by the folded last word ("Fumio Kishida" under "kishida").
// An overlay gazetteer may still be added to, so its index is made afresh.
func surnameTerms(z *gazetteer.Gazetteer) surnameIndex {
	if z != gazetteer.Default() {
		return buildSurnameTerms(z)
	}
	defaultSurnames.once.Do(func() { defaultSurnames.idx = buildSurnameTerms(z) })
	return defaultSurnames.idx
}

func buildSurnameTerms(z *gazetteer.Gazetteer) surnameIndex {
	idx := surnameIndex{}
	z.EachLeaderTerm(func(state string, h gazetteer.Holder) {
		ws := strings.Fields(h.Name)
		if len(ws) < 2 {
			return
		}
		k := foldName(ws[len(ws)-1])
		idx[k] = append(idx[k], surnameTerm{state, h.Span})
	})
	return idx
}

func (r *resolver) noteRecent(st string) {
	if r.namedIn == nil {
		r.namedIn, r.firstNamed = map[string]int{}, map[string]int{}
	}
	if r.namedIn[st] == 0 {
		r.firstNamed[st] = len(r.firstNamed)
	}
	r.namedIn[st]++
	for i, x := range r.recent {
		if x == st {
			r.recent = append(r.recent[:i], r.recent[i+1:]...)
			break
		}
	}
	r.recent = append(r.recent, st)
	if len(r.recent) > 6 {
		r.recent = r.recent[1:]
	}
}

func (r *resolver) remember(name, state string) {
	if name == "" || state == "" {
		return
	}
	r.names[foldName(name)] = state
	// every word of the name: "Park Jin" is "Minister Park" later
	// (surname first), "Antony Blinken" is "Secretary Blinken"
	f := strings.Fields(name)
	if len(f) > 1 {
		for _, w := range f {
			if lw := strings.ToLower(w); len(w) >= 3 && !honorifics.has(lw) && !honorifics.has(lw+".") && !titles.has(lw) {
				r.names[foldName(w)] = state
			}
		}
	}
}

func foldName(s string) string { return graph.Fold(s) }

// yearsFromOffice is how many whole years lie between date d and the
// nearest term of office among roles (0 when one touches d).
func yearsFromOffice(roles []gazetteer.Role, d graph.Date) int64 {
	best := int64(-1)
	for _, ro := range roles {
		if g := ro.Span().Gap(graph.SpanOf(d)); best < 0 || g < best {
			best = g
		}
	}
	if best < 0 {
		return 0
	}
	return best / 365
}

// peek finds the actors of toks as find does but leaves the resolver as it
// was: what it learns from them (names, titles, the states last named) is
// forgotten, for a sentence read ahead of its turn.
func (r *resolver) peek(toks []token) []mention {
	saved := *r
	r.names, r.titleSt, r.nonState = maps.Clone(r.names), maps.Clone(r.titleSt), maps.Clone(r.nonState)
	r.namedIn, r.firstNamed = maps.Clone(r.namedIn), maps.Clone(r.firstNamed)
	r.sentSts = slices.Clone(r.sentSts)
	r.parties, r.recent, r.blamed, r.lastPair = slices.Clone(r.parties), slices.Clone(r.recent), slices.Clone(r.blamed), slices.Clone(r.lastPair)
	ms := r.find(toks)
	*r = saved
	return ms
}

// peopleVerb: after "the" and a demonym that is its own plural ("the
// Chinese", "the British", "the French"), a verb says the people act for
// their state ("The Chinese have intruded into Indian territory", "the
// Chinese attacked"), where a noun is what the demonym modifies ("the
// Chinese posture").
func peopleVerb(w string) bool {
	switch w {
	case "have", "has", "had", "are", "were", "was", "is", "will", "would", "could", "may", "might", "must", "should", "shall",
		"said", "say", "says", "claimed", "claim", "claims", "also", "then", "now", "later", "again":
		return true
	case "armed", "led", "backed", "based", "made", "owned", "controlled", "occupied", "sponsored", "funded", "supported", "trained", "built", "held", "ruled", "speaking", "red":
		return false
	}
	return strings.HasSuffix(w, "ed") && len(w) > 4
}

// yearBefore: a four-digit year right before token i ("the 1980 Moscow
// Olympics").
func yearBefore(toks []token, i int) (int, bool) {
	if i < 1 || len(toks[i-1].text) != 4 || !isDigits(toks[i-1].text) {
		return 0, false
	}
	y, err := strconv.Atoi(toks[i-1].text)
	if err != nil || y < 1800 || y > 2100 {
		return 0, false
	}
	return y, true
}

// yearIn is the first year of the sentence before the year of at: "on
// January 31 1950".
func yearIn(toks []token, at graph.Date) (int, bool) {
	for k := range toks {
		if y, ok := yearBefore(toks, k+1); ok && (at.IsZero() || y < at.Start().Year()) {
			return y, true
		}
	}
	return 0, false
}

// extraDemonymState are demonyms in common use in news and diplomatic
// prose that the gazetteer does not list ("the Kazakh side", "Azeri
// forces", "the Nepali prime minister"), folded, with the state's code.
var extraDemonymState = func() map[string]string {
	m := map[string]string{}
	for iso, ds := range map[string][]string{
		"KAZ": {"Kazakh"}, "AZE": {"Azeri"}, "NPL": {"Nepali"}, "ISL": {"Icelandic"},
		"DJI": {"Djiboutian"}, "COM": {"Comorian"}, "BWA": {"Botswanan"}, "LUX": {"Luxembourgish"},
		"VUT": {"Vanuatuan"}, "KGZ": {"Kyrgyzstani"}, "TJK": {"Tajikistani"}, "TKM": {"Turkmenistani"},
		"BLR": {"Belarusan"}, "RWA": {"Rwandese"},
	} {
		for _, d := range ds {
			m[graph.Fold(d)] = iso
		}
	}
	return m
}()

// otherGivenName: the word before i is a capitalised name of its own, no
// title ("Minister Chan"), honorific ("Mr Chan"), sentence opening,
// possessive ("China's Xi") or the leader's own given name.
func otherGivenName(toks []token, i int, leader graph.Node) bool {
	if i < 2 {
		return false
	}
	p := toks[i-1]
	if !p.word || !p.capital || p.poss || strings.ToUpper(p.text) == p.text || honorifics.has(p.low) || strings.Contains(p.text, "-") {
		return false
	}
	// "Alexander Lukashenko", "Antonio Costa": the leader's own given name
	given := foldName(p.text)
	for _, n := range append([]string{leader.Name}, leader.Aliases...) {
		for _, w := range strings.Fields(foldName(n)) {
			if w == given {
				return false
			}
		}
	}
	if q := toks[i-2]; !q.word || q.low == "the" || q.low == "a" || quoteMark(q) {
		return false // after a full stop, a comma or a quote: an opening word
	}
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if longestIn(titles, toks, k, 6) == i {
			return false
		}
	}
	return true
}

// lowercaseStates are the state names some writers set in lower case on
// purpose: Ukraine's ministries and press write "russia", "russian
// federation" ("russian Ambassador Sergey Andreev was summoned"); no
// English word is spelt so.
var lowercaseStates = wordSet("russia", "russian", "russians")
