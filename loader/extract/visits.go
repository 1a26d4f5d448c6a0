package extract

import "strings"

// Visits: a person's presence in a foreign state, written as a trip, an
// arrival or a stay — "is on a State visit to India", "During a 2011
// visit to Australia, President Barack Obama …", "the official visit to
// Cuba … by State President Tran Dai Quang", "arrived in Equatorial Guinea
// on Wednesday to participate in …", "who arrived in Washington on Monday
// for a state visit", "is in Jordan to attend the wedding", "is now in
// Georgia". A visit to a state's territory is a meeting with it
// (ANNOTATION.md rules 6, 20, 40: "back in Germany", "been holidaying in
// the United States"); a firm future one too (rule 16), a planned, hoped
// for or denied one not (rule 5).

var (
	visitNounRule = &pattern{typ: "MET", conf: 0.75, flags: fNominal, rule: "a visit to a state (the visitor met it)", source: "curated"}
	arrivalRule   = &pattern{typ: "MET", conf: 0.75, flags: fVerb, rule: "an arrival in a state (the visitor met it)", source: "curated"}
	presenceRule  = &pattern{typ: "MET", conf: 0.7, flags: fVerb, rule: "a person in a foreign state (the visitor met it)", source: "curated"}
)

var (
	// visitNouns are a trip to a state ("visit to", "trip to"), stayNouns
	// one in it ("a stopover in")
	visitNouns = wordSet("visit", "visits", "trip", "trips", "journey", "tour")
	stayNouns  = wordSet("stopover", "stay", "sojourn")
	// arrivalVerbs take the state after "in": "arrived in Malabo";
	// intoVerbs after "into": "flew into Brussels"
	arrivalVerbs = wordSet("arrived", "arrives", "arrive", "arriving", "landed", "lands", "landing", "holidaying", "vacationing",
		"vacationed", "holidayed", "stopped", "stayed", "staying")
	intoVerbs = wordSet("flew", "flies", "flown", "flying", "came", "comes", "coming", "arrived", "arrives", "arriving")
	// visitGap are the words between a visitor and the verb or the phrase
	// of the trip: auxiliaries, adverbs, a relative "who", a weekday
	visitGap = wordSet("who", "has", "have", "had", "is", "was", "are", "were", "will", "shall", "to", "be", "been", "'s", "also",
		"just", "already", "finally", "now", "then", "later", "earlier", "first", "yesterday", "today", "tonight", "currently",
		"still", "again", "recently", "safely", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
		"sunday", ",")
	// visitHedges before the trip say it is not (yet) one: planned,
	// sought, hoped for, conditional, denied ("purported visits")
	visitHedges = wordSet("would", "could", "might", "may", "should", "if", "unless", "whether", "plan", "plans", "planned",
		"planning", "hope", "hopes", "hoped", "hoping", "expected", "expects", "expect", "invite", "invited", "invites",
		"inviting", "invitation", "intends", "intended", "intend", "wants", "wanted", "want", "wish", "wishes", "wished",
		"proposed", "propose", "possible", "possibility", "potential", "purported", "alleged", "reported", "rumoured",
		"rumored", "upcoming", "forthcoming", "future", "prospective", "considering", "consider",
		"considered", "seeks", "sought", "seeking", "ready", "willing", "prepared", "preparing", "preparations", "postponed",
		"postpone", "delayed", "cancel", "cancelled", "canceled", "scrapped", "called", "calls", "asked", "urged", "banned",
		"barred", "denied", "refused", "ban", "against")
	// stationed are persons whose being in a state is their post, no visit
	stationed = wordSet("ambassador", "ambassadors", "envoy", "envoys", "embassy", "consul", "chargé", "charge", "diplomat",
		"diplomats", "commissioner", "mission", "troops", "forces", "military", "army", "attaché", "attache", "representative",
		"correspondent")
)

// visits runs the visit frames of this file on a sentence.
func (c *coder) visits(idx int, s Sentence, toks []token, ms []mention, groups []int, dates []dateExpr) {
	c.signedInVisit(idx, s, toks, ms, dates)
	if len(ms) < 2 && c.lastPerson == nil {
		return
	}
	for i := 1; i+1 < len(toks); i++ {
		w := toks[i].low
		switch {
		case visitNouns[w] || stayNouns[w]:
			c.visitNoun(idx, s, toks, ms, i, dates)
		case arrivalVerbs[w] && toks[i+1].low == "in", intoVerbs[w] && toks[i+1].low == "into":
			if h := visitedAt(toks, ms, i+2); h >= 0 {
				c.visitor(idx, s, toks, ms, arrivalRule, i, i+2, h, dates)
			}
		case bes[w] && w != "being" && w != "get" && w != "got" && w != "gets":
			// "is in Jordan", "is now in Georgia", "will be in China"
			j := i + 1
			for j < len(toks) && (toks[j].low == "now" || toks[j].low == "currently" || toks[j].low == "already" || toks[j].low == "also" || toks[j].low == "still" || toks[j].low == "again") {
				j++
			}
			if j+1 < len(toks) && toks[j].low == "in" {
				if h := visitedAt(toks, ms, j+1); h >= 0 {
					c.visitor(idx, s, toks, ms, presenceRule, i, j+1, h, dates)
				}
			}
		}
	}
}

// visitedAt: the state named at token j (after "in", "to", "into"), past
// an article: a state's name or capital, not a modifier ("in the US
// territory of Guam") nor a possessor ("in China's interest").
func visitedAt(toks []token, ms []mention, j int) int {
	if j < len(toks) && toks[j].low == "the" {
		if k := mentionStartingAt(ms, j); k >= 0 {
			return hostMention(ms, k)
		}
		j++
	}
	if j >= len(toks) {
		return -1
	}
	return hostMention(ms, mentionStartingAt(ms, j))
}

func hostMention(ms []mention, k int) int {
	if k < 0 {
		return -1
	}
	m := ms[k]
	if m.kind != mState || m.modifier || m.poss || m.demonym || len(m.states) != 1 {
		return -1
	}
	return k
}

// visitNoun: "visit to H", "stopover in H" at token i, its visitor from
// "by V" after it ("the official visit to Cuba from November 15-17 by
// State President Tran Dai Quang"), from "of V" ("the visit of Mahinda
// Rajapaksa, President of … Sri Lanka to Pakistan"), else, for a phrase a
// preposition opens ("on a visit to", "During a 2011 visit to"), the
// subject of the clause it modifies.
func (c *coder) visitNoun(idx int, s Sentence, toks []token, ms []mention, i int, dates []dateExpr) {
	if inMentionAt(ms, i) >= 0 {
		return
	}
	w := toks[i].low
	at := -1 // the token after "to"/"in"
	var byV []int
	if i+2 < len(toks) && (visitNouns[w] && toks[i+1].low == "to" || stayNouns[w] && toks[i+1].low == "in") {
		at = i + 2
	} else if visitNouns[w] && i+2 < len(toks) && toks[i+1].low == "of" {
		// "the visit of V, …, to H"
		k := mentionStartingAt(ms, i+2)
		if toks[i+2].low == "the" && k < 0 {
			k = mentionStartingAt(ms, i+3)
		}
		if k < 0 || ms[k].kind == mState {
			return // "a visit of two days", "the visit of Cuba" (none)
		}
		for j := ms[k].end; j < len(toks) && j < ms[k].end+14; j++ {
			if toks[j].low == "to" {
				at = j + 1
				break
			}
			if isBreak(toks, j) || toks[j].low == "." || !(toks[j].low == "," || toks[j].low == "of" || toks[j].low == "the" || toks[j].capital || inMentionAt(ms, j) >= 0) {
				return
			}
		}
		byV = []int{k}
	}
	if at < 0 {
		return
	}
	h := visitedAt(toks, ms, at)
	if h < 0 || visitHedged(toks, i) {
		return
	}
	if byV == nil {
		// "… visit to Cuba from November 15-17 by State President …"
		for j := ms[h].end; j+1 < len(toks) && j < ms[h].end+9; j++ {
			if toks[j].low == "by" {
				// "by State President Tran Dai Quang": a title the
				// mention leaves out may come first
				k := mentionStartingAt(ms, j+1)
				if k < 0 && j+2 < len(toks) && (toks[j+1].low == "the" || toks[j+1].capital) {
					k = mentionStartingAt(ms, j+2)
				}
				if k >= 0 {
					byV = []int{k}
				}
				break
			}
			if x := toks[j].low; !(x == "from" || x == "on" || x == "in" || x == "to" || x == "and" || dateish(x)) {
				break
			}
		}
	}
	if byV != nil {
		c.emitVisit(idx, s, toks, ms, visitNounRule, i, ms[h].end, byV[0], h, dates)
		return
	}
	// "concluded his two-day state visit to the United Kingdom", "during
	// his visit to Washington": the one "his" stands for
	if pp := possessorBefore(toks, ms, i); pp >= 0 {
		if sts := c.possessorStates(toks, ms, pp, ms[h].end, ms[h].states, true); len(sts) > 0 {
			c.emitPossessive(idx, s, visitNounRule, i, ms[h].end, sts, ms[h].states[0], ms[h].name, dates)
			return
		}
	}
	// the phrase's opening preposition: "on a State visit", "During a
	// 2011 visit", "for a state visit"
	p := -1
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		x := toks[j].low
		if x == "on" || x == "during" || x == "in" || x == "upon" || x == "after" || x == "for" {
			p = j
			break
		}
		if inMentionAt(ms, j) >= 0 || isBreak(toks, j) || x == "," || !(toks[j].word || isDigits(x) || x == "-") {
			return
		}
	}
	if p < 0 {
		return
	}
	if k := clauseOpening(toks, ms, p, ms[h].end); k >= 0 {
		c.emitVisit(idx, s, toks, ms, visitNounRule, i, ms[h].end, k, h, dates)
		return
	}
	c.visitor(idx, s, toks, ms, visitNounRule, p, at, h, dates)
}

// clauseOpening: for a phrase opening the sentence ("During a 2011 visit
// to Australia, President Barack Obama received …"), the subject right
// after its comma.
func clauseOpening(toks []token, ms []mention, p, end int) int {
	for j := 0; j < p; j++ {
		// only a date may come before it: "In 2011, during a visit to"
		if x := toks[j].low; !(isDigits(x) || dateWords[x] || x == "," || x == "in" || x == "on") {
			return -1
		}
	}
	for j := end; j < len(toks) && j < end+10; j++ {
		if toks[j].low != "," {
			if isBreak(toks, j) || inMentionAt(ms, j) >= 0 {
				return -1
			}
			continue
		}
		k := mentionStartingAt(ms, j+1)
		if k < 0 && j+2 < len(toks) && toks[j+1].low == "the" {
			k = mentionStartingAt(ms, j+2)
		}
		if k < 0 || !visitorKind(toks, ms[k]) {
			return -1
		}
		return k
	}
	return -1
}

// visitor finds the subject of the clause whose verb or phrase is at
// token v (the host mention h after it) and emits the visit: the nearest
// mention to the left with only auxiliaries, adverbs, a relative "who" or
// an apposition between ("French President Emmanuel Macron, who arrived
// in Washington", "K.P. Sharma Oli, Prime Minister of Nepal, is on a State
// visit to India").
func (c *coder) visitor(idx int, s Sentence, toks []token, ms []mention, p *pattern, v, at, h int, dates []dateExpr) {
	k := -1
	for j := v - 1; j >= 0 && j >= v-12; j-- {
		if x := anyMentionAt(ms, j); x >= 0 {
			k = x
			break
		}
		if toks[j].low == "and" {
			// "He concluded his visit to Azerbaijan yesterday and is now
			// in Georgia": the subject of the first verb
			k = coordinatedVisitor(toks, ms, j)
			break
		}
		if !visitGap[toks[j].low] && !dateish(toks[j].low) {
			return
		}
	}
	if k < 0 || visitHedged(toks, v) {
		return
	}
	c.emitVisit(idx, s, toks, ms, p, v, ms[h].end, k, h, dates)
}

// visitorKind: a person who travels — a leader, an official, a
// delegation; not a state ("Russia is in Ukraine"), nor one posted there.
func visitorKind(toks []token, m mention) bool {
	low := strings.ToLower(phraseText(toks, m.start, m.end))
	switch m.kind {
	case mLeader, mOfficial:
	case mOrgan:
		if !isPersonOrgan(low) && !strings.Contains(low, "delegation") {
			return false
		}
	case mPronoun:
		if low := strings.ToLower(m.name); low != "he" && low != "she" {
			return false
		}
	default:
		return false
	}
	for j := m.start; j < m.end; j++ {
		if stationed[toks[j].low] {
			return false
		}
	}
	return true
}

// coordinatedVisitor: for a verb after "and" at a, the subject the
// sentence (or its clause) opens with, when no other person or state is
// named between (else -1).
func coordinatedVisitor(toks []token, ms []mention, a int) int {
	lo := 0
	for j := a - 1; j > 0; j-- {
		if isBreak(toks, j) {
			lo = j + 1
			break
		}
	}
	k := -1
	for x := range ms {
		if ms[x].start < lo || ms[x].start >= a {
			continue
		}
		if k < 0 {
			if ms[x].start > lo+2 || prepBefore(toks, ms[x].start) != "" {
				return -1
			}
			k = x
			continue
		}
		// "He concluded his visit to Azerbaijan": a possessive of his own
		// and the states governed by a preposition do not take his place
		if ms[x].kind == mPronoun && ms[x].poss || prepBefore(toks, ms[x].start) != "" {
			continue
		}
		return -1
	}
	return k
}

// dateish: a word of a date ("November", "15-17", "2018").
func dateish(x string) bool {
	if dateWords[x] || isDigits(x) {
		return true
	}
	if x == "" {
		return false
	}
	for _, r := range x {
		if !(r >= '0' && r <= '9' || r == '-' || r == '–') {
			return false
		}
	}
	return true
}

// anyMentionAt: the mention covering token j, a pronoun too (-1 none).
func anyMentionAt(ms []mention, j int) int {
	for k := range ms {
		if j >= ms[k].start && j < ms[k].end {
			return k
		}
	}
	return -1
}

func overlap(a, b []string) bool {
	for _, x := range a {
		if contains(b, x) {
			return true
		}
	}
	return false
}

// visitHedged: the words before the trip at i, back to the clause's
// start, plan, seek, deny or doubt it.
func visitHedged(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-12; j-- {
		w := toks[j].low
		if w == "." || w == ";" {
			break
		}
		if visitHedges[w] || negators[w] {
			return true
		}
	}
	return false
}

// emitVisit: the visitor of mention k met the host of mention h.
func (c *coder) emitVisit(idx int, s Sentence, toks []token, ms []mention, p *pattern, start, end, k, h int, dates []dateExpr) {
	m := ms[k]
	if !visitorKind(toks, m) {
		return
	}
	sts := m.states
	if m.kind == mPronoun {
		if unknownPerson(toks, ms, 0, m.start) {
			return
		}
		sts = c.lastPerson
	}
	host := ms[h].states[0]
	if len(sts) == 0 || contains(sts, host) {
		return
	}
	t := &trig{match: match{p: p, start: start, end: end}, subjM: k}
	for _, st := range sts {
		c.emit(idx, s, t, st, host, m.name, ms[h].name, p.conf, []string{"a visit to a state's territory is a meeting with it"}, dates, false)
	}
}

var visitSignedRule = &pattern{typ: "SIGNED_AGREEMENT", conf: 0.7, flags: fNominal, rule: "accords signed in the visit or meeting just reported (its parties)", source: "curated"}

// visitAccords are the instruments a visit's report says were signed
var visitAccords = wordSet("agreement", "agreements", "accord", "accords", "memorandum", "memoranda", "mou", "mous", "pact",
	"pacts", "treaty", "treaties", "documents", "deals", "protocol", "protocols")

// signedInVisit: instruments signed with no party named ("Several
// cooperation agreements were signed.", "Two agreements were signed on
// the occasion", "one of the most important results of the visit was
// signing of an agreement on strategic partnership") in the report of a
// visit or a meeting of two states: its two parties signed them
// (ANNOTATION.md rule 6).
func (c *coder) signedInVisit(idx int, s Sentence, toks []token, ms []mention, dates []dateExpr) {
	pair := c.r.parties
	if len(pair) != 2 && idx-c.meetIn <= 3 && len(c.meetSts) == 2 {
		pair = c.meetSts // the visit or meeting drafted just before
	}
	if len(pair) != 2 {
		return
	}
	for _, m := range ms {
		if m.kind != mNonState && m.kind != mCollective && !allWithin(m.states, pair) {
			return // another state named: the sentence's own frames say who signed
		}
	}
	for i := 0; i+1 < len(toks); i++ {
		if !visitAccords[toks[i].low] {
			continue
		}
		ok := false
		// "agreements were (also) signed", "will be signed"
		for j := i + 1; j < len(toks) && j <= i+4; j++ {
			if toks[j].low == "signed" || toks[j].low == "inked" {
				ok = j >= 2 && (bes[toks[j-1].low] || toks[j-1].low == "also" && bes[toks[j-2].low])
				break
			}
		}
		// "signing of an agreement", "the signing ceremony of a number of memoranda"
		for j := i - 1; !ok && j >= 0 && j >= i-7; j-- {
			if toks[j].low == "signing" {
				ok = j+1 < len(toks) && (toks[j+1].low == "of" || toks[j+1].low == "ceremony")
				break
			}
			if isBreak(toks, j) {
				break
			}
		}
		if !ok || hedgedEvent(toks, i) {
			continue
		}
		// an old instrument recalled ("the Rio Protocol that ended a 1941
		// war") is no signing of the visit
		for _, d := range dates {
			if d.date.Start().Year() < c.d.Article.Published.Start().Year() {
				return
			}
		}
		t := &trig{match: match{p: visitSignedRule, start: i, end: i + 1}, subjM: -1}
		a, b := pair[0], pair[1]
		c.emit(idx, s, t, a, b, "", "", visitSignedRule.conf, []string{"signed in the visit or meeting just reported: its parties"}, dates, false)
		return
	}
}

// meetingDrafted notes the states of a meeting or visit drafted in
// sentence idx, for the agreements signed in it that the next sentences
// report with no party named (signedInVisit).
func (c *coder) meetingDrafted(idx int, subj, obj string) {
	if c.meetIn != idx {
		c.meetIn, c.meetSts = idx, c.meetSts[:0]
	}
	for _, st := range [2]string{subj, obj} {
		if !contains(c.meetSts, st) {
			c.meetSts = append(c.meetSts, st)
		}
	}
}
