package extract

// Protests told without the protester as the clause subject.
//
// summonedToMinistry: an envoy summoned in the passive with no agent is
// summoned by the state whose ministry or minister he is summoned to
// ("russian Ambassador Sergey Andreev was summoned to the Ministry of
// Foreign Affairs of Poland", "U.S. Ambassador Joseph Prueher was summoned
// to a meeting … with the Chinese foreign minister"); when the ministry is
// named without its state ("… were summoned to the Foreign Ministry"), by
// the state the last sentence opened with ("Türkiye summoned the
// ambassadors of nine countries Thursday …").

// ministryNouns name the summoner's organ after "summoned to/by/with".
var ministryNouns = wordSet("ministry", "minister", "office", "government", "department", "mfa", "chancellery", "authorities")

// ministryOf are the nouns an "of STATE" after which names the state
// whose ministry it is ("the Ministry of Foreign Affairs of Poland").
var ministryOf = wordSet("ministry", "affairs", "office", "government", "department")

// summonedToMinistry: for a summoning verb at t in the passive with an
// envoy as its subject and no agent, the summoner and the words naming it,
// and the envoys' states when the envoys are a list after "from" or "of"
// ("Ambassadors and representatives from the US, Netherlands, …") that
// the clause subject misses.
func summonedToMinistry(toks []token, ms []mention, t *trig, opener []string) (by []string, byText string, envoys []string, ok bool) {
	if !summonVerb(toks, t) {
		return nil, "", nil, false
	}
	// the envoy word opening the clause, commas of a list allowed
	e, lo := -1, 0
	for j := t.start - 1; j >= 0 && j >= t.start-30; j-- {
		if isBreak(toks, j) || toks[j].low == "." || toks[j].low == "by" {
			lo = j + 1
			break
		}
		if envoyWords[toks[j].low] {
			e = j
		}
	}
	if e < 0 {
		return nil, "", nil, false
	}
	for _, m := range ms {
		if m.start < lo || m.end > t.start || m.kind == mPronoun || m.kind == mNonState || m.kind == mAuthor {
			continue
		}
		if m.end < e-2 {
			continue // "After Russia invaded Ukraine, the …": no envoy's state
		}
		if m.start > e && (!fromOrOf(toks, e+1, m.start) || envoyHostAt(toks, m.start)) {
			continue // "UK Ambassador to Russia …": the host, no envoy's state
		}
		for _, st := range m.states {
			if !contains(envoys, st) {
				envoys = append(envoys, st)
			}
		}
	}
	if len(envoys) == 0 {
		return nil, "", nil, false
	}
	// the summoner's organ after the verb, in the same clause
	organ := false
	for j := t.end; j < len(toks) && j < t.end+14; j++ {
		w := toks[j].low
		if isBreak(toks, j) || w == "." || w == "after" || w == "and" {
			break
		}
		if ministryNouns[w] {
			organ = true
		}
		k := mentionStartingAt(ms, j)
		if k < 0 {
			continue
		}
		m := ms[k]
		if len(m.states) != 1 || m.kind == mPronoun || m.kind == mNonState || m.kind == mAuthor || contains(envoys, m.states[0]) {
			continue
		}
		// "the Polish Foreign Ministry", "the Chinese foreign minister"
		named := m.kind == mOrgan || m.end < len(toks) && ministryNouns[toks[m.end].low] ||
			m.end+1 < len(toks) && toks[m.end].low == "foreign" && ministryNouns[toks[m.end+1].low]
		// "the Ministry of Foreign Affairs of Poland"
		if m.start >= 2 && toks[m.start-1].low == "of" && ministryOf[toks[m.start-2].low] {
			named = true
		}
		if named {
			return m.states, m.name, envoys, true
		}
	}
	if organ && len(opener) == 1 && !contains(envoys, opener[0]) {
		return opener, "", envoys, true
	}
	return nil, "", nil, false
}

// fromOrOf: "from" or "of" among tokens [a, b).
func fromOrOf(toks []token, a, b int) bool {
	for j := a; j < b; j++ {
		if toks[j].low == "from" || toks[j].low == "of" {
			return true
		}
	}
	return false
}

// envoyHostAt: the mention at j is an envoy's host ("to the Russian
// Federation", "in Moscow").
func envoyHostAt(toks []token, j int) bool {
	if j > 0 && toks[j-1].low == "the" {
		j--
	}
	return j > 0 && (toks[j-1].low == "to" || toks[j-1].low == "in")
}

// Protests delivered: a protest noun handed, lodged or sent to its
// addressee, or a verb of protesting with an adverb before its addressee —
//
//	a strong protest was lodged with the Pakistan High Commission
//	handed strong protest to Soviet Ambassador Tolstikov
//	a Soviet protest Note handed over at the State Department
//	the Ministry sent to the USA embassy a note of protest
//	an aide-mémoire protesting demonstrations outside the Soviet Mission
//	We have protested strongly to the Soviet authorities
//
// is PROTESTED of the protester to the addressee (ANNOTATION.md rules 6,
// 75). The addressee is the state named after "to", "with" or "at" in the
// clause (or after a "to" between the verb of delivery and the noun); the
// protester the demonym or possessor of the noun ("a Soviet protest
// Note", "China's protest"), else the state "from" which, else the
// clause's subject, else the author of a statement. A bare noun is a
// protest only when delivered (a verb of delivery before it or in the
// clause, or a note: "protest note", "note of protest"): "protests
// against the government" in the streets are none.
var protestRule = &pattern{typ: "PROTESTED", conf: 0.8, flags: fVerb, rule: "protests: a protest delivered", source: "curated"}

// deliveryVerbs hand a protest over.
var deliveryVerbs = wordSet("lodge", "lodged", "lodges", "lodging", "hand", "handed", "hands", "handing", "deliver", "delivered",
	"delivers", "delivering", "send", "sent", "sends", "sending", "register", "registered", "registers", "registering", "convey",
	"conveyed", "conveys", "conveying", "file", "filed", "files", "filing", "present", "presented", "presenting", "transmit",
	"transmitted", "addressed", "made", "make", "lodgement")

// documentNouns carry a protest: "a note protesting", "an aide-mémoire
// protesting".
var documentNouns = wordSet("note", "notes", "aide-mémoire", "aide-memoire", "memorandum", "letter")

// protestAdverbs stand between a verb of protesting and its addressee.
var protestAdverbs = wordSet("strongly", "vigorously", "formally", "officially", "firmly", "sharply", "energetically", "most",
	"very", "again", "repeatedly", "immediately")

// protestCue: a protest at token i and the end of its words, whether it
// is a verb with an adverb ("protested strongly"), and whether the words
// themselves say it was delivered (a note); 0 for none.
func protestCue(toks []token, i int) (end int, verb, note bool) {
	w := toks[i].low
	switch {
	case w == "protest" || w == "protests":
		if i > 0 && (toks[i-1].low == "to" || toks[i-1].low == "in") {
			return 0, false, false // "to protest", "in protest at": no delivery told
		}
		if i+1 < len(toks) && (toks[i+1].low == "note" || toks[i+1].low == "notes") {
			return i + 2, false, true
		}
		if i+1 < len(toks) && protestAdverbs[toks[i+1].low] && i > 0 && !toks[i-1].word {
			return 0, false, false
		}
		return i + 1, false, false
	case w == "protested":
		j := i + 1
		for j < len(toks) && j <= i+2 && protestAdverbs[toks[j].low] {
			j++
		}
		if j == i+1 {
			return 0, false, false // "protested to": the patterns' own
		}
		return j, true, false
	case documentNouns[w]:
		if i+2 < len(toks) && toks[i+1].low == "of" && (toks[i+2].low == "protest" || toks[i+2].low == "protests") {
			return i + 3, false, true
		}
		if i+1 < len(toks) && toks[i+1].low == "protesting" {
			return i + 2, false, true
		}
	}
	return 0, false, false
}

func (c *coder) protestsDelivered(idx int, s Sentence, toks []token, ms []mention, groups []int, dates []dateExpr, before int) {
	for i := 0; i < len(toks); i++ {
		end, verb, note := protestCue(toks, i)
		if end == 0 || inMentionAt(ms, i) >= 0 || measureHedged(toks, i) {
			continue
		}
		// the verb of delivery before the noun, in its clause
		lo := i
		delivered := note || verb
		for j := i - 1; j >= 0 && j >= i-6; j-- {
			if isBreak(toks, j) {
				break
			}
			lo = j
			if deliveryVerbs[toks[j].low] {
				delivered = true
				break
			}
		}
		// the addressee: "to", "with" or "at" a state after the noun, or
		// "to" one between the verb of delivery and the noun
		var to []string
		for j := end; j < len(toks) && j <= end+8; j++ {
			if isBreak(toks, j) || toks[j].low == "." {
				break
			}
			if deliveryVerbs[toks[j].low] {
				delivered = true
			}
			if w := toks[j].low; w == "to" || w == "with" || w == "at" {
				if k := mentionAfter(ms, j+1, 2); k >= 0 && ms[k].kind != mPronoun && ms[k].kind != mNonState && ms[k].kind != mAuthor {
					to = stateOf(ms, k)
				}
				break
			}
			if inMentionAt(ms, j) >= 0 {
				break
			}
		}
		if len(to) == 0 && delivered {
			for j := lo; j < i; j++ {
				if toks[j].low == "to" {
					if k := mentionAfter(ms, j+1, 2); k >= 0 && ms[k].end <= i && ms[k].kind != mPronoun && ms[k].kind != mNonState {
						to = stateOf(ms, k)
					}
				}
			}
		}
		if len(to) == 0 || !delivered {
			continue
		}
		// the protester
		var by []string
		for k := range ms {
			m := ms[k]
			if m.end <= i && m.end >= i-2 && (m.demonym || m.poss || m.modifier) && m.kind != mPronoun && m.kind != mNonState && len(m.states) > 0 {
				by = m.states // "a Soviet protest Note", "China's protest"
			}
		}
		if len(by) == 0 && end < len(toks) && toks[end].low == "from" {
			if k := mentionAfter(ms, end+1, 2); k >= 0 && ms[k].kind != mPronoun {
				by = stateOf(ms, k)
			}
		}
		if len(by) == 0 {
			by = c.recaller(toks, ms, groups, i)
		}
		if len(by) == 0 {
			by = c.r.author
		}
		if len(by) == 0 || allWithin(by, to) {
			continue
		}
		c.emitMeasure(idx, s, toks, protestRule, i, end, by, to, dates, before, "a protest delivered")
		i = end - 1
	}
}
