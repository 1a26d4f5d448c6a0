package extract

import "strings"

// Cooperative speech as a frame (issue #12): an agent, a predicate of
// intent and a cooperation its partner shares —
//
//	agent  +  intent            +  cooperation                 +  partner
//	Egypt     is looking forward   to closer ties                 with China
//	the two sides agreed on         measures to ratchet up        bilateral cooperation
//	we        vowed                 to develop the growing        partnership between our nations
//	it        is necessary          to strengthen close cooperation between South Korea and Japan
//
// is APPEALED_FOR_COOPERATION of the agent to the partner (ANNOTATION.md
// rules 6, 9, 11): of each to each when the agent is joint ("the two
// sides", "the two governments", "A and B", "it was agreed"). The intent
// is a word of the lexicon below (looking forward, agreeing, hope, readiness,
// commitment, vows, need and importance, a future "will" right before a
// verb of cooperating); the cooperation a verb of cooperating ("work
// closely", "coordinate", "communicate"), a verb or noun of developing
// ties ("strengthen", "deepening of") before a noun of ties ("relations",
// "partnership", "dialogue"), or such a noun with a word of closeness
// ("closer ties", "continued close cooperation"). The partner is the state
// the cooperation is with or between ("with China", "between South Korea and
// Japan", "the Japan-U.S. Alliance"); for a bilateral word with no state
// ("bilateral cooperation", "between our two countries") the other party of
// the meeting the text reported, or the one other state the sentence names.
// A negation or a question is none; the purpose of a trip ("will travel …
// to strengthen") has no intent word and is none (rule 11).

var cooperationRule = &pattern{typ: "APPEALED_FOR_COOPERATION", conf: 0.7, flags: fVerb, rule: "cooperation: an agent's intent to cooperate with a partner", source: "curated"}

// partnerAdjectives may stand between "with" and the partner's organ:
// "with the new president-elect of Ukraine".
var partnerAdjectives = wordSet("new", "newly", "elected", "incoming", "future", "next", "current", "present", "legitimate")

// tiesNouns name a cooperation between states.
var tiesNouns = wordSet("cooperation", "co-operation", "collaboration", "coordination", "partnership", "partnerships", "relations",
	"relationship", "relationships", "ties", "friendship", "alliance", "dialogue", "dialogues", "exchanges", "communication",
	"engagement", "consultations", "cooperative")

// developVerbs develop ties, in every inflection (lemmas; see developing).
var developLemmas = []string{"strengthen", "deepen", "enhance", "expand", "develop", "promote", "improve", "boost", "bolster",
	"cement", "consolidate", "upgrade", "elevate", "advance", "further", "grow", "build", "forge", "foster", "renew", "revitalize",
	"revitalise", "intensify", "broaden", "stabilize", "stabilise", "restore", "normalize", "normalise", "resume", "ratchet",
	"increase", "enrich", "continue", "maintain", "hold", "pursue", "explore", "reinforce", "accelerate", "push"}

var developing = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range developLemmas {
		stem := l
		m[l], m[l+"s"], m[l+"ed"], m[l+"ing"] = true, true, true, true
		if strings.HasSuffix(l, "e") {
			stem = strings.TrimSuffix(l, "e")
			m[stem+"ed"], m[stem+"ing"], m[l+"d"] = true, true, true
		}
		if strings.HasSuffix(l, "y") {
			m[strings.TrimSuffix(l, "y")+"ies"] = true
		}
	}
	for _, w := range []string{"grew", "grown", "built", "forged", "held", "strengthening", "deepening", "development", "enhancement",
		"expansion", "growth", "improvement", "consolidation", "upgrading", "elevation", "advancement", "promotion", "restoration",
		"normalization", "normalisation", "resumption", "continuation", "furtherance", "intensification", "broadening", "stronger"} {
		m[w] = true
	}
	return m
}()

// closeWords make a noun of ties a cooperation wished for ("closer ties",
// "continued close cooperation").
var closeWords = wordSet("closer", "close", "continued", "stronger", "broader", "deeper", "intimate", "greater", "enhanced",
	"further", "strengthened", "expanded", "deepened", "tighter", "warmer", "better", "improved")

// cooperateVerbs are verbs of cooperating themselves.
var cooperateVerbs = wordSet("cooperate", "co-operate", "cooperating", "co-operating", "coordinate", "coordinating", "collaborate",
	"collaborating", "communicate", "communicating", "consult", "consulting")

// workVerbs cooperate with "closely", "together" or "with": "work closely
// with", "working together".
var workVerbs = wordSet("work", "working", "partner", "partnering", "engage", "engaging")

// tieAdjectives may stand between the words of a cooperation and its
// noun ("bilateral strategic partnership", "friendly Russian-Egyptian
// relations").
var tieAdjectives = wordSet("bilateral", "strategic", "friendly", "special", "cooperative", "good", "neighborly", "neighbourly",
	"comprehensive", "economic", "political", "military", "security", "defense", "defence", "trade", "diplomatic", "interstate",
	"mutual", "mutually", "beneficial", "all-round", "traditional", "fraternal", "historic", "growing", "the", "our", "their",
	"of", "and", "a", "an", "its", "this", "these", "two-way", "people-to-people", "cultural", "close", "closer", "further")

// bilateralWords say a cooperation of two without naming them: "bilateral
// cooperation", "between our two countries", "our continued close
// cooperation".
var bilateralWords = wordSet("bilateral", "mutual", "our", "two", "both")

// intentAt returns the end of a word of intent at token i ("look forward
// to", "agreed", "readiness to", "hope", "the need to", "will" before a
// verb of cooperating), 0 for none; future says it is a bare "will", which
// only a verb of cooperating may follow at once.
func intentAt(toks []token, i int) (end int, future bool) {
	w := func(j int) string {
		if j >= 0 && j < len(toks) {
			return toks[j].low
		}
		return ""
	}
	switch w(i) {
	case "look", "looks", "looked", "looking":
		if w(i+1) == "forward" && w(i+2) == "to" {
			return i + 3, false
		}
	case "agree", "agrees", "agreed", "agreeing", "concur", "concurs", "concurred", "concurring":
		return i + 1, false
	case "hope", "hopes", "hoped", "hoping":
		return i + 1, false
	case "wish", "wishes", "wished", "desire", "desires", "desired", "intend", "intends", "intended", "endeavor", "endeavors",
		"endeavour", "endeavours", "resolve", "resolved", "determined", "determination", "decision", "vow", "vows", "vowed",
		"pledge", "pledges", "pledged", "intention", "aspiration", "aspirations":
		if w(i+1) == "to" || w(i+1) == "for" {
			return i + 2, false
		}
	case "ready", "readiness", "willing", "willingness", "keen", "keenness", "eager", "eagerness", "commitment", "commitments",
		"committed":
		if w(i+1) == "to" || w(i+1) == "for" || w(i+1) == "on" {
			return i + 2, false
		}
	case "need", "necessary", "important", "importance", "significant", "essential", "crucial", "imperative", "vital":
		if w(i+1) == "to" || w(i+1) == "of" || w(i+1) == "for" {
			return i + 2, false
		}
	case "attach", "attaches", "attached", "attaching":
		j := i + 1
		if w(j) == "great" || w(j) == "high" || w(j) == "much" {
			j++
		}
		if (w(j) == "importance" || w(j) == "attention") && w(j+1) == "to" {
			return j + 2, false
		}
	case "belief", "believe", "believes", "confident", "confidence", "conviction":
		if w(i+1) == "that" {
			return i + 2, false
		}
	case "ways":
		if w(i+1) == "to" || w(i+1) == "of" {
			return i + 2, false
		}
	case "will", "shall", "would":
		return i + 1, true
	}
	return 0, false
}

// cooperationAfter finds the cooperation that the intent ending at from
// governs, up to a clause break: its start and end, and whether it names
// a noun of ties (whose partner may be said bilateral). future allows only
// a verb of cooperating within two words ("will closely communicate",
// "would continue to closely coordinate").
func cooperationAfter(toks []token, ms []mention, from int, future bool) (start, end int, ok bool) {
	limit := from + 10
	if future {
		limit = from + 5
	}
	for j := from; j < len(toks) && j < limit; j++ {
		if isBreak(toks, j) || negators[toks[j].low] || toks[j].low == "?" {
			return 0, 0, false
		}
		if inMentionAt(ms, j) >= 0 && !future {
			continue
		}
		w := toks[j].low
		if cooperateVerbs[w] && (!future || closelyNear(toks, j)) {
			return j, j + 1, true
		}
		if workVerbs[w] && j+1 < len(toks) {
			n := toks[j+1].low
			if n == "closely" || n == "together" || (n == "extremely" || n == "very" || n == "more") && j+2 < len(toks) && toks[j+2].low == "closely" {
				return j, j + 2, true
			}
		}
		if future {
			// "will continue to closely coordinate", "will closely communicate"
			if w != "continue" && w != "to" && w != "closely" && w != "further" && w != "also" && w != "endeavor" && w != "endeavour" && w != "strive" {
				return 0, 0, false
			}
			continue
		}
		if developing[w] || closeWords[w] {
			for k := j + 1; k < len(toks) && k <= j+5; k++ {
				if tiesNouns[toks[k].low] && !(toks[k].low == "cooperative" && k+1 < len(toks) && !tiesNouns[toks[k+1].low]) {
					return j, k + 1, true
				}
				if !tieAdjectives[toks[k].low] && inMentionAt(ms, k) < 0 && toks[k].text != "-" && !developing[toks[k].low] &&
					!closeWords[toks[k].low] && toks[k].low != "to" && toks[k].low != "measures" {
					break
				}
			}
		}
	}
	return 0, 0, false
}

// cooperation codes the frame in one sentence; before is the number of
// candidates the sentence started with.
func (c *coder) cooperation(idx int, s Sentence, toks []token, ms []mention, groups []int, dates []dateExpr, before int) {
	if len(ms) == 0 {
		return
	}
	for i := 0; i < len(toks); i++ {
		from, future := intentAt(toks, i)
		if from == 0 || inMentionAt(ms, i) >= 0 {
			continue
		}
		cs, ce, ok := cooperationAfter(toks, ms, from, future)
		if !ok {
			continue
		}
		if c.cooperationFrame(idx, s, toks, ms, groups, dates, before, i, cs, ce) {
			return
		}
		i = ce
	}
}

// stateOf are the states of mention k, none for a pronoun, a non-state or
// a first person no author stands for.
func stateOf(ms []mention, k int) []string {
	m := ms[k]
	if m.kind == mNonState || m.kind == mPronoun {
		return nil
	}
	return m.states
}

func (c *coder) cooperationFrame(idx int, s Sentence, toks []token, ms []mention, groups []int, dates []dateExpr, before, at, cs, ce int) bool {
	for j := at - 1; j >= 0 && j >= at-3; j-- {
		if negators[toks[j].low] {
			return false
		}
	}
	// the partner: "with X", "between A and B", "among A, B and C" after
	// the cooperation; "the Japan-U.S. Alliance", "Russian-Egyptian
	// relations" inside it
	var partner []string
	bilateral, withPartner := false, false
	for j := cs; j < ce; j++ {
		if bilateralWords[toks[j].low] {
			bilateral = true
		}
		if k := inMentionAt(ms, j); k >= 0 && ms[k].kind != mAuthor {
			partner = append(partner, stateOf(ms, k)...)
			j = ms[k].end - 1
		}
	}
	for j := ce; j < len(toks) && j < ce+8; j++ {
		if isBreak(toks, j) || toks[j].text == "," && !(j+1 < len(toks) && mentionStartingAt(ms, j+1) >= 0) {
			break
		}
		w := toks[j].low
		if w == "with" || w == "between" || w == "among" || w == "amongst" {
			k := -1
			// ("with the new president-elect of Ukraine": the adjectives
			// before the partner's organ skipped)
			for n := j + 1; n < len(toks) && n <= j+4; n++ {
				if k = mentionStartingAt(ms, n); k >= 0 || toks[n].low != "the" && toks[n].low != "all" && !partnerAdjectives[toks[n].low] {
					break
				}
			}
			if k < 0 {
				if j+3 < len(toks) && (toks[j+1].low == "our" || toks[j+1].low == "the") && (toks[j+2].low == "two" || toks[j+2].low == "nations" || toks[j+2].low == "countries") {
					bilateral = true
				}
				break
			}
			for _, g := range groupOf(groups, k) {
				if ms[g].kind == mCollective {
					bilateral = true
					continue
				}
				partner = append(partner, stateOf(ms, g)...)
			}
			withPartner = w == "with" && len(partner) > 0
			break
		}
		if w == "bilaterally" {
			bilateral = true
		}
	}
	partner = uniq(partner)
	// the agent: the subject before the intent — a joint subject or
	// collective ("the two sides", "A and B", "both"), a state, leader or
	// organ outside a prepositional phrase, the first person; "it was
	// agreed", "mutual interest": the parties each to each
	var agent []string
	joint := false
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		if m.start >= at || m.end > at {
			continue
		}
		if breakBetween(toks, m.end, at) && !(m.kind == mCollective) {
			break
		}
		if prepBefore(toks, m.start) != "" || m.modifier || m.poss || compoundPart(toks, m) {
			continue
		}
		if m.kind == mNonState {
			return false
		}
		if m.kind == mPronoun {
			// "Italian President Sergio Mattarella said he is willing to
			// work with Xi": the person the sentence named before, else the
			// last sentence's
			if !person[strings.ToLower(m.name)] {
				break
			}
			agent = c.lastPerson
			for q := k - 1; q >= 0; q-- {
				if mq := ms[q]; (mq.kind == mLeader || mq.kind == mOfficial || mq.kind == mOrgan) && prepBefore(toks, mq.start) == "" && !mq.poss {
					agent = mq.states
					break
				}
			}
			break
		}
		g := groupOf(groups, k)
		for _, gi := range g {
			agent = append(agent, stateOf(ms, gi)...)
		}
		agent = uniq(agent)
		joint = m.kind == mCollective || len(g) > 1 || len(agent) > 1
		break
	}
	if len(agent) == 0 {
		impersonal := false
		for j := 0; j < at; j++ {
			impersonal = impersonal || toks[j].low == "mutual"
		}
		if at >= 2 && toks[at-1].low == "was" && toks[at-2].low == "it" {
			impersonal = true
		}
		if (impersonal || toks[at].low == "necessary") && len(partner) == 2 {
			agent, joint = partner, true
		} else if impersonal && len(c.r.parties) == 2 {
			agent, joint = c.r.parties, true
		} else {
			return false
		}
	}
	if len(partner) == 0 || allWithin(partner, agent) && !joint {
		// a bilateral cooperation with no state named: the meeting's other
		// party, else the one other state the sentence names
		if joint {
			partner = agent
		} else if bilateral {
			if len(c.r.parties) == 2 && intersects(c.r.parties, agent) {
				partner = c.r.parties
			} else {
				var others []string
				for k := range ms {
					for _, st := range stateOf(ms, k) {
						if !contains(agent, st) {
							others = append(others, st)
						}
					}
				}
				if others = uniq(others); len(others) == 1 {
					partner = others
				}
			}
		}
	}
	if len(partner) == 0 {
		return false
	}
	// "The two Governments agree to develop friendly relations between the
	// two countries on the basis of the principles of mutual respect …":
	// the formula of a communiqué establishing relations is its
	// recognition, not an appeal (the gold of two of the three such
	// communiqués)
	for j := ce; j+3 < len(toks); j++ {
		if toks[j].low == "on" && toks[j+1].low == "the" && toks[j+2].low == "basis" && toks[j+3].low == "of" {
			return false
		}
	}
	have := map[string]bool{}
	for _, cd := range c.d.Candidates[before:] {
		if cd.Type == cooperationRule.typ {
			have[cd.Subject+" "+cd.Object] = true
		}
	}
	t := &trig{match: match{p: cooperationRule, start: at, end: ce}, subjM: -1}
	reasons := []string{"an intent to cooperate (" + phraseLow(toks, at, ce) + ")"}
	emitted := false
	each := func(a, b string) {
		if a == b || have[a+" "+b] {
			return
		}
		have[a+" "+b] = true
		emitted = true
		c.emit(idx, s, t, a, b, "", "", cooperationRule.conf, reasons, dates, false)
	}
	for _, a := range agent {
		for _, b := range partner {
			each(a, b)
		}
	}
	// "Leaders of France, the U.K., … and Poland … expressed their
	// readiness to cooperate with the new president-elect of Ukraine": a
	// joint agent whose partner is named outside it speaks together to
	// that partner, not each to each
	if joint && !(withPartner && !allWithin(partner, agent)) {
		for _, a := range agent {
			for _, b := range agent {
				each(a, b)
			}
		}
	}
	return emitted
}

// compoundPart: the mention is a part of a compound of states ("the
// Japan-U.S. Alliance", "Japan-Australia-United States"), a name of ties,
// no agent.
func compoundPart(toks []token, m mention) bool {
	return m.start > 0 && toks[m.start-1].text == "-" || m.end < len(toks) && toks[m.end].text == "-"
}

// closelyNear: a verb of cooperating at j said closely or with a partner
// ("will closely communicate", "will coordinate closely", "will cooperate
// with"), as a bare future must be: "the two nations will cooperate for
// the 60th anniversary" is the occasion's, no appeal.
func closelyNear(toks []token, j int) bool {
	for k := j - 2; k <= j+2 && k < len(toks); k++ {
		if k >= 0 && (toks[k].low == "closely" || toks[k].low == "together") {
			return true
		}
	}
	return j+1 < len(toks) && toks[j+1].low == "with"
}

var invitedVisitRule = &pattern{typ: "APPEALED_FOR_COOPERATION", conf: 0.7, flags: fNominal, rule: "invitation: the inviter of a visit just reported", source: "curated"}

// invitedVisit: "Biden … concluded his two-day State visit to Vietnam at
// the invitation of Party General Secretary Nguyen Phu Trong", "the
// Pakistani minister arrived in the Asian country for a two visit at the
// invitation of his Chinese colleague": a visit the sentence reported
// (a meeting of the visitor with the host), then the invitation, is an
// appeal of the inviter to the visitor (ANNOTATION.md rule 21). The
// inviter is the state the invitation's words name ("his Chinese
// colleague", "the Royal family of Jordan", "…, President of the
// Socialist Republic of Vietnam"); a title or a name with no state is the
// host's ("the Deputy Prime Minister and Foreign Minister Dr. Fuad
// Hussein" of Iraq, the trip's destination). The invitation before the
// visit ("At the invitation of …, Wang Yi will visit") is the pattern's
// own (coder.invitation).
func (c *coder) invitedVisit(idx int, s Sentence, toks []token, ms []mention, dates []dateExpr, before int) {
	at := -1
	for j := 2; j+1 < len(toks); j++ {
		if toks[j].low == "invitation" && toks[j+1].low == "of" && toks[j-1].low == "the" &&
			(toks[j-2].low == "at" || toks[j-2].low == "on" || toks[j-2].low == "upon") {
			at = j
			break
		}
	}
	if at < 0 {
		return
	}
	// the visit: a meeting of this sentence whose words stand before
	var visitor, host string
	for _, cd := range c.d.Candidates[before:] {
		if cd.Type == "MET" && cd.Sentence == idx && cd.trigEnd > 0 && cd.trigEnd <= at-2 && cd.Abstained == "" {
			visitor, host = cd.Subject, cd.Object
			break
		}
	}
	if visitor == "" {
		// "the Pakistani minister arrived in the Asian country for a two
		// visit at the invitation of his Chinese colleague": a visit with
		// no host named, whose inviter the invitation names
		visitWord := false
		for j := 0; j < at-2; j++ {
			visitWord = visitWord || visitNouns[toks[j].low] || arrivalVerbs[toks[j].low]
		}
		for k := range ms {
			if m := ms[k]; visitWord && m.start < at-2 && prepBefore(toks, m.start) == "" && m.kind != mPronoun && m.kind != mNonState && len(m.states) == 1 {
				visitor = m.states[0]
				break
			}
		}
		if visitor == "" {
			return
		}
	}
	var inviters []string
	for k := range ms {
		m := ms[k]
		if m.start <= at+1 {
			continue
		}
		if isBreak(toks, m.start-1) && toks[m.start-1].text != "," || m.start > at+16 {
			break
		}
		brk := false
		for j := at + 2; j < m.start; j++ {
			if toks[j].low == "." || toks[j].low == ";" || toks[j].low == "to" || toks[j].low == "and" && j > at+2 && toks[j-1].text == "," {
				brk = true
			}
		}
		if brk {
			break
		}
		if m.kind == mPronoun || m.kind == mNonState || m.kind == mAuthor {
			continue
		}
		for _, st := range m.states {
			if st != visitor {
				inviters = append(inviters, st)
			}
		}
	}
	if inviters = uniq(inviters); len(inviters) == 0 && host != "" {
		inviters = []string{host}
	}
	for _, cd := range c.d.Candidates[before:] {
		if cd.Type == invitedVisitRule.typ && cd.Object == visitor {
			return
		}
	}
	t := &trig{match: match{p: invitedVisitRule, start: at - 2, end: at + 2}, subjM: -1}
	for _, st := range inviters {
		if st != visitor && st != "" {
			c.emit(idx, s, t, st, visitor, "", "", invitedVisitRule.conf, []string{"the inviter of the visit"}, dates, false)
		}
	}
}

// textNouns name a signed text or a body it sets up, whose own wording
// ("it will promote and enhance cooperation") is no state's appeal.
var textNouns = wordSet("agreement", "agreements", "accord", "accords", "deal", "deals", "treaty", "treaties", "pact", "pacts",
	"memorandum", "mou", "communique", "communiqué", "declaration", "charter", "protocol", "commission", "mechanism",
	"framework", "convention", "arrangement", "programme", "program", "plan")

// factAdverbs may stand before a develop verb said done ("were further
// strengthened").
var factAdverbs = wordSet("further", "also", "greatly", "significantly", "steadily", "considerably", "substantially", "much",
	"already", "gradually", "continuously", "constantly", "vastly", "markedly")

// statedTies: a development of ties told as a fact, or as what a signed
// text will do, is no appeal (ANNOTATION.md rules 6 and 11: urging,
// pledging, hoping for ties is the appeal; "descriptions … are not
// annotated"):
//   - a develop verb said done: "the two countries have strengthened their
//     bilateral cooperation", "Mr Chavez … strengthened ties with
//     non-aligned states such as Cuba", "through improved relations with
//     the two Communist giants"; a passive after a modal or "to" ("ties
//     should be strengthened") and a state wished for ("hope for improved
//     relations", "called for enhanced cooperation") stay appeals;
//   - a develop verb whose subject is a signed text or its body, by name
//     or by "it" when the sentence opens on one: "The agreement elevates
//     the Joint Commission … and it will promote and enhance cooperation".
//     A word of intent before it keeps the appeal ("Xi expressed hope that
//     Biden's visit would further strengthen … cooperation").
func statedTies(toks []token, start, end int) bool {
	if start == 0 {
		return false
	}
	if tiesNouns[toks[start].low] {
		// "strengthened ties with non-aligned states": the verb before the noun
		k := start - 1
		for k > 0 && tieAdjectives[toks[k].low] && !developing[toks[k].low] {
			k--
		}
		if !developing[toks[k].low] || k == start-1 && toks[k].low != "improved" && !strings.HasSuffix(toks[k].low, "ed") {
			return false
		}
		start = k
	}
	for k := end - 1; k > start; k-- {
		// "to strengthen national security through improved relations": the
		// ties are the participle's
		if w := toks[k].low; developing[w] && strings.HasSuffix(w, "ed") {
			start = k
			break
		}
	}
	v := toks[start].low
	if !developing[v] || start == 0 {
		return false
	}
	for j := 0; j < start; j++ {
		if end, future := intentAt(toks, j); end > 0 && !future {
			return false
		}
		switch toks[j].low {
		case "urge", "urges", "urged", "urging", "call", "calls", "called", "calling", "appeal", "appealed", "appeals", "ask",
			"asked", "asks", "encourage", "encourages", "encouraged", "want", "wants", "wanted", "seek", "seeks", "sought", "strive", "strives", "should", "must", "let", "continue", "continues", "continued":
			return false
		}
	}
	if strings.HasSuffix(v, "ed") || v == "built" || v == "grown" || v == "forged" {
		k := start - 1
		for k > 0 && factAdverbs[toks[k].low] {
			k--
		}
		switch toks[k].low {
		case "for", "to", "towards", "toward", "be", "an", "on", "more", "greater":
			return false
		}
		return toks[k].word
	}
	// the subject of the verb phrase: back over auxiliaries and a
	// coordinated verb ("will promote and enhance")
	j := start - 1
	for j >= 0 && (auxiliaries[toks[j].low] || developing[toks[j].low] || toks[j].low == "further") {
		j--
	}
	if j < 0 || j == start-1 {
		return false
	}
	subj := toks[j].low
	if textNouns[subj] {
		return true
	}
	if subj == "it" || subj == "which" {
		if subj == "which" && j > 0 && textNouns[toks[j-1].low] {
			return true
		}
		k := 0
		for k < j && (toks[k].low == "the" || toks[k].low == "this" || toks[k].low == "that" || toks[k].low == "new") {
			k++
		}
		for n := 0; n < 3 && k < j; n, k = n+1, k+1 {
			if textNouns[toks[k].low] {
				return true
			}
		}
	}
	return false
}
