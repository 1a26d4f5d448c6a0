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
