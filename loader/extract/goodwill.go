package extract

// Goodwill said to another state (issue #12): offers of help, which the
// annotation keeps apart from the help given.
//
//	agent  +  readiness                    +  help             +  recipient
//	New Zealand is ready to                   assist              Tonga
//	India    is ready to offer                all possible assistance to Morocco
//	Fiji     stands ready to                  support             the Solomon Islands government
//	We       will do our best to              assist in           Afghanistan's disaster-relief efforts
//	Japan    endeavors to swiftly provide     necessary assistance
//
// is APPEALED_FOR_COOPERATION of the agent to the recipient (the
// vocabulary's "proposed cooperation to", ANNOTATION.md rule 63), and
// neither GAVE_AID nor EXPRESSED_SOLIDARITY: nothing has been given yet
// and "support" here is the help offered, not words of support (rule 63's
// Fiji, rule 13). The readiness is a word of being ready (ready, willing,
// prepared, readiness, willingness; "stands ready"), of striving
// ("endeavors to", "will do our best / its utmost to") or an offer
// itself ("offered to help", "offered support to"); the help a verb of
// helping or of giving help. The recipient is the first state the
// clause names after the help, none behind "with", "alongside" or "by"
// (the partners of the help, "alongside its Australian Vuvale"). A
// negation or a hedge in the clause is none; an offer whose sentence names
// no recipient is left to the round-up on a disaster (phrasing.go).

// ownCountry after "his", "her" is the person's state: "said that his
// country stands in solidarity with" (actors.go).
var ownCountry = wordSet("country", "government", "nation", "administration")

// readyWords say an agent stands ready.
var readyWords = wordSet("ready", "willing", "prepared", "readiness", "willingness")

// helpVerbs help by themselves; giveVerbs give a help noun.
var (
	helpVerbs  = wordSet("help", "assist", "support", "aid")
	giveVerbs  = wordSet("offer", "provide", "send", "give", "extend", "render", "lend", "dispatch", "deliver")
	helpNouns  = wordSet("help", "assistance", "aid", "support", "relief", "hospitals", "teams", "team", "rescuers", "experts", "specialists", "supplies")
	mannerAdvs = wordSet("swiftly", "quickly", "immediately", "promptly", "fully", "further", "also", "actively", "urgently", "continue", "to")
)

// helpOfferAt returns, for a readiness at token i, the token where its
// help begins (the verb of helping or giving) and the end of the help, or
// 0, 0.
func helpOfferAt(toks []token, i int) (verb, end int) {
	w := func(j int) string {
		if j >= 0 && j < len(toks) {
			return toks[j].low
		}
		return ""
	}
	j := 0
	switch t := w(i); {
	case readyWords[t]:
		if w(i+1) != "to" {
			return 0, 0
		}
		j = i + 2
	case t == "endeavor" || t == "endeavors" || t == "endeavour" || t == "endeavours" || t == "strive" || t == "strives":
		if w(i+1) != "to" {
			return 0, 0
		}
		j = i + 2
	case t == "best" || t == "utmost":
		// "will do our best to assist", "do the best we can to help",
		// "will do its utmost to help"
		if !(w(i-2) == "do" || w(i-2) == "doing" || w(i-3) == "do" || w(i-3) == "doing") {
			return 0, 0
		}
		for j = i + 1; j < len(toks) && j <= i+4 && w(j) != "to"; j++ {
		}
		if w(j) != "to" {
			return 0, 0
		}
		j++
	case t == "offered" || t == "offers" || t == "offer" && w(i-1) != "an" && w(i-1) != "the":
		// "offered to help", "offered the Fijian Government's support to"
		if w(i+1) == "to" && helpVerbs[w(i+2)] {
			return i + 2, i + 3
		}
		for k := i + 1; k < len(toks) && k <= i+6; k++ {
			if isBreak(toks, k) || toks[k].text == "," {
				return 0, 0
			}
			if helpNouns[w(k)] {
				return i, k + 1
			}
		}
		return 0, 0
	default:
		return 0, 0
	}
	for j < len(toks) && mannerAdvs[w(j)] {
		j++
	}
	if helpVerbs[w(j)] {
		return j, j + 1
	}
	if giveVerbs[w(j)] {
		for k := j + 1; k < len(toks) && k <= j+6; k++ {
			if isBreak(toks, k) {
				return 0, 0
			}
			if helpNouns[w(k)] {
				return j, k + 1
			}
		}
	}
	return 0, 0
}

// goodwill codes the frames of this file in one sentence; before is the
// number of candidates the sentence started with.
func (c *coder) goodwill(idx int, s Sentence, toks []token, ms []mention, groups []int, dates []dateExpr, before int) {
	c.opener = nil
	if len(ms) == 0 {
		return
	}
	// the state the sentence opens with as its subject, for an organ
	// speaking in the next without its state (organSays)
	if m := ms[0]; m.start == 0 && len(m.states) == 1 && (m.kind == mState || m.kind == mLeader || m.kind == mOfficial || m.kind == mOrgan) &&
		!quoteMark(toks[0]) {
		c.opener = m.states
	}
	c.helpOffers(idx, s, toks, ms, groups, dates, before)
	c.aidSent(idx, s, toks, ms, groups, dates, before)
}

func (c *coder) helpOffers(idx int, s Sentence, toks []token, ms []mention, groups []int, dates []dateExpr, before int) {
	for i := range toks {
		verb, end := helpOfferAt(toks, i)
		if verb == 0 || inMentionAt(ms, i) >= 0 || clauseNegated(toks, i) {
			continue
		}
		agent := subjectsBefore(toks, ms, groups, i)
		// "offered the Fijian Government's support to the Australian
		// operation": the help's owner is the agent
		for k, m := range ms {
			if m.start > i && m.end < end && m.poss && stateAt(toks, ms, k) {
				agent = m.states
				break
			}
		}
		if len(agent) == 0 {
			continue
		}
		// the recipient: the first state after the help in its clause
		var to []string
		recEnd := 0
		for j := verb + 1; j < len(toks) && j < end+10; j++ {
			if isBreak(toks, j) {
				break
			}
			k := mentionStartingAt(ms, j)
			if k < 0 {
				continue
			}
			m := ms[k]
			if m.poss && m.end < end {
				j = m.end - 1
				continue
			}
			if w := prepBefore(toks, m.start); w == "with" || w == "alongside" || w == "by" || w == "from" {
				j = m.end - 1
				continue
			}
			if m.kind == mPronoun || m.kind == mNonState || m.kind == mAuthor || len(m.states) == 0 {
				j = m.end - 1
				continue
			}
			for _, g := range groupOf(groups, k) {
				if gm := ms[g]; gm.kind != mPronoun && gm.kind != mNonState && gm.kind != mAuthor {
					to = append(to, gm.states...)
					if gm.end > recEnd {
						recEnd = gm.end
					}
				}
			}
			break
		}
		to = uniq(to)
		var objs []string
		for _, st := range to {
			if !contains(agent, st) {
				objs = append(objs, st)
			}
		}
		if len(objs) == 0 {
			continue
		}
		// the help offered is no help given, nor words of support
		out := c.d.Candidates[:before]
		for _, cd := range c.d.Candidates[before:] {
			if cd.Sentence == idx && (cd.Type == "GAVE_AID" || cd.Type == "EXPRESSED_SOLIDARITY") && cd.trigStart >= i && cd.trigStart < recEnd &&
				contains(agent, cd.Subject) {
				continue
			}
			out = append(out, cd)
		}
		c.d.Candidates = out
		keep := c.unpairedAgents(before, idx, offerRule.typ, agent, objs)
		c.emitEach(idx, s, offerRule, i, end, keep, objs, []string{"an offer of help (" + phraseLow(toks, i, end) + ")"}, dates)
		return
	}
}

// bareOrgans are a state's organs named without the state: "the Foreign
// Ministry", "the statement", "the government".
var bareOrgans = wordSet("ministry", "government", "statement", "presidency", "office", "department", "communique", "communiqué")

// bareOrganAt returns the end of a state's organ named without its state
// at token a ("the Foreign Ministry", "the ministry", "the Ministry of
// Foreign Affairs", "the statement"), 0 for none.
func bareOrganAt(toks []token, a int) int {
	if a >= len(toks) || toks[a].low != "the" {
		return 0
	}
	j := a + 1
	for j < len(toks) && j <= a+3 && (toks[j].low == "foreign" || toks[j].low == "external" || toks[j].low == "affairs" || toks[j].low == "joint") {
		j++
	}
	if j >= len(toks) || !bareOrgans[toks[j].low] || toks[j].poss {
		return 0
	}
	if toks[j].low == "office" && toks[j-1].low != "foreign" {
		return 0
	}
	j++
	// "the Ministry of Foreign Affairs"
	if j+2 < len(toks) && toks[j].low == "of" && toks[j+1].low == "foreign" && toks[j+2].low == "affairs" {
		j += 3
	}
	return j
}

// organSays tells whether the say-verb at j is said by a state's organ
// named without its state: "“We express our solidarity with the people
// and Government of Turkey …,” the Foreign Ministry said", "said the
// ministry".
func organSays(toks []token, j int) bool {
	for a := j - 6; a < j; a++ {
		if a >= 0 && bareOrganAt(toks, a) == j {
			return a == 0 || toks[a-1].text == "," || quoteMark(toks[a-1])
		}
	}
	return bareOrganAt(toks, j+1) > 0
}

// Aid sent to a state a disaster struck, its recipient from the text (the
// round-up on a disaster, phrasing.go):
//
//	title or first sentence                           sentence
//	"Latin American nations send aid to Haiti"        Peru will send two planes with 50 metric tons of humanitarian aid
//	"… to the earthquake-hit island of Haiti"         Mexico, Colombia and Guatemala also promised to send rescue workers and aid
//	                                                  Venezuelan President Hugo Chavez promised more aid
//
// A title that says aid goes to one state ("send aid to Haiti", "Aid
// reaches earthquake-hit Nepal") or a first sentence that names one state
// and a disaster makes the text a round-up on a disaster in that state. A
// promise to send aid is aid (ANNOTATION.md rules 5, 16: a firm future;
// the gold codes "promised to send rescue workers and aid" GAVE_AID), a
// promise to offer it an offer (rule 63: "pledged to offer assistance").
// An offer to help a non-state party ("offering to help UN rescue
// operations") is none (rule 3).

// aidTitleWords in a title say aid goes somewhere.
var aidTitleWords = wordSet("aid", "relief", "rescuers", "rescue", "assistance", "help", "donations")

// aidTitle tells whether a title says aid goes to a state: an aid word
// and "to" or "reaches" after it ("send aid to Haiti", "Aid reaches
// earthquake-hit Nepal").
func aidTitle(title string) bool {
	toks := tokenize(title, nil)
	for i, t := range toks {
		if !aidTitleWords[t.low] {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+3; j++ {
			if toks[j].low == "to" || toks[j].low == "for" || toks[j].low == "reaches" || toks[j].low == "arrives" {
				return true
			}
		}
	}
	return false
}

// disasterWords name a natural disaster in a sentence ("earthquake-hit" is
// one token or three).
var disasterWords = wordSet("quake", "earthquake", "tsunami", "flood", "floods", "flooding", "typhoon", "cyclone", "hurricane",
	"earthquake-hit", "quake-hit", "earthquake-stricken", "quake-stricken", "flood-hit", "hurricane-hit", "cyclone-hit", "tsunami-hit")

// disasterSentence tells whether a sentence names a natural disaster.
func disasterSentence(toks []token) bool {
	for _, t := range toks {
		if disasterWords[t.low] {
			return true
		}
	}
	return false
}

// promisedAidAt: "promised to send rescue workers and aid", "pledged to
// deliver relief supplies", "promised more aid" ("pledged to provide
// assistance" stays an offer, offerAt) — a promise of aid at
// token i, the end of the aid, or 0.
func promisedAidAt(toks []token, i int) int {
	switch toks[i].low {
	case "promised", "promises", "pledged", "pledges", "vowed":
	default:
		return 0
	}
	w := func(j int) string {
		if j < len(toks) {
			return toks[j].low
		}
		return ""
	}
	j := i + 1
	if w(j) == "to" {
		switch w(j + 1) {
		case "send", "deliver", "dispatch", "ship":
			j += 2
		default:
			return 0
		}
	}
	for k := j; k < len(toks) && k < j+6; k++ {
		if isBreak(toks, k) {
			return 0
		}
		switch toks[k].low {
		case "aid", "relief", "assistance", "supplies", "rescuers", "doctors", "medics", "team", "teams":
			return k + 1
		case "workers":
			if toks[k-1].low == "rescue" || toks[k-1].low == "aid" || toks[k-1].low == "relief" {
				return k + 1
			}
		}
	}
	return 0
}

// helpOfNonState tells whether the help ending at e is for a non-state
// party: "offering to help UN rescue operations".
func helpOfNonState(toks []token, ms []mention, e int) bool {
	at := e
	if at < len(toks) && toks[at].low == "the" {
		at++
	}
	k := mentionStartingAt(ms, at)
	return k >= 0 && ms[k].kind == mNonState
}

// Aid given as a verb of sending with its load (issue #12):
//
//	agent  +  sending      +  load                                            +  recipient
//	the United States delivered  more than 13 metric tons of … humanitarian supplies  to northeastern Libya
//	Luis Arce confirmed the shipment  of syringes, food and biosecurity supplies      to Cuba
//	…         to provide     military and humanitarian assistance                    to Ukraine
//
// is GAVE_AID of the agent to the recipient (ANNOTATION.md rule 5): the
// verb (or its noun, "the shipment of") sends, gives or provides; its
// load, up to a dozen words on in its clause, ends in a noun of aid
// (aid, supplies, relief material, weapons); "to" or "for" and the
// recipient's name follow the load at once ("to the people of", a
// word of place such as "northeastern" may stand between). The agent is
// the subject before the verb. The verb patterns take the load when it
// is one word; this takes the longer loads. A negation, a hedge or a
// request before it ("asked Britain to send troops", "called on the US
// to stop providing arms"), a need of it ("the need to provide aid to
// Ukraine") or a "no" in the load is none: the aid is not given.

var aidSendRule = &pattern{typ: "GAVE_AID", conf: 0.8, flags: fVerb, rule: "goodwill: aid sent to a state", source: "curated"}

// sendWords send, give or provide a load; sendNouns are their nouns,
// which take it after "of".
var (
	sendWords = wordSet("send", "sends", "sent", "sending", "deliver", "delivers", "delivered", "delivering", "donate", "donates",
		"donated", "donating", "shipped", "dispatch", "dispatches", "dispatched", "dispatching",
		"provide", "provides", "provided", "providing", "give", "gives", "gave", "given", "giving", "airlift", "airlifts",
		"airlifted", "airlifting", "extend", "extends", "extended", "extending", "rush", "rushed", "rushing")
	sendNouns = wordSet("shipment", "shipments", "delivery", "deliveries", "donation", "donations", "provision", "dispatch",
		"consignment", "consignments", "airlift")
	// loadNouns end a load of aid
	loadNouns = wordSet("aid", "assistance", "supplies", "relief", "material", "materials", "items", "goods", "food", "foodstuffs",
		"medicine", "medicines", "vaccines", "doses", "equipment", "weapons", "arms", "ammunition", "munitions", "tents",
		"blankets", "aircraft", "kits")
	// loadNeedsAid are load nouns that are aid only after a word of aid
	// ("relief items", "humanitarian aircraft"): "sent three P-3
	// surveillance aircraft" is none
	loadNeedsAid = wordSet("items", "goods", "material", "materials", "aircraft", "kits", "equipment")
	aidModifiers = wordSet("aid", "relief", "humanitarian", "emergency", "medical", "relief-", "life-saving", "lifesaving", "military", "food")
	// placeWords may stand between "to" and the recipient
	placeWords = wordSet("northern", "southern", "eastern", "western", "northeastern", "northwestern", "southeastern",
		"southwestern", "central", "quake-hit", "earthquake-hit", "flood-hit", "war-torn", "neighbouring", "neighboring")
)

// aidLoadAt returns, for a verb or noun of sending at i, the end of its
// load of aid (the noun) and the token of the "to" or "for" that follows
// it, or 0, 0.
func aidLoadAt(toks []token, ms []mention, i int) (end, to int) {
	w := toks[i].low
	j := i + 1
	if sendNouns[w] {
		if j >= len(toks) || toks[j].low != "of" {
			return 0, 0
		}
		if i == 0 || toks[i-1].poss {
			return 0, 0
		}
		j++
	} else if !sendWords[w] {
		return 0, 0
	}
	for k := j; k < len(toks) && k <= j+12; k++ {
		if isBreak(toks, k) || toks[k].low == "to" || toks[k].low == "for" || toks[k].low == "from" || toks[k].low == "that" ||
			toks[k].low == "which" {
			return 0, 0
		}
		if m := mentionStartingAt(ms, k); m >= 0 && !ms[m].poss && ms[m].kind != mNonState {
			return 0, 0 // "sent Japan …": a recipient before the load is another frame's
		}
		if !loadNouns[toks[k].low] || k+1 < len(toks) && loadNouns[toks[k+1].low] {
			continue
		}
		if loadNeedsAid[toks[k].low] && !aidModifiers[toks[k-1].low] {
			continue
		}
		if k+1 < len(toks) && (toks[k+1].low == "to" || toks[k+1].low == "for") {
			return k + 1, k + 1
		}
	}
	return 0, 0
}

// aidRecipientAt returns the mention the recipient's name begins at after
// the "to" or "for" at t ("to northeastern Libya", "to the people of
// Cuba"), -1 for none.
func aidRecipientAt(toks []token, ms []mention, t int) int {
	j := t + 1
	if j < len(toks) && toks[j].low == "the" {
		j++
	}
	if j+1 < len(toks) && (toks[j].low == "people" || toks[j].low == "government") && toks[j+1].low == "of" {
		j += 2
	}
	for j < len(toks) && placeWords[toks[j].low] {
		j++
	}
	k := mentionStartingAt(ms, j)
	if k < 0 {
		return -1
	}
	if m := ms[k]; m.kind == mPronoun || m.kind == mNonState || m.kind == mAuthor || len(m.states) == 0 {
		return -1
	}
	return k
}

// aidSent codes the frame in one sentence.
func (c *coder) aidSent(idx int, s Sentence, toks []token, ms []mention, groups []int, dates []dateExpr, before int) {
	for i := range toks {
		if !sendWords[toks[i].low] && !sendNouns[toks[i].low] {
			continue
		}
		end, to := aidLoadAt(toks, ms, i)
		if end == 0 || inMentionAt(ms, i) >= 0 || clauseNegated(toks, i) || neededAid(toks, ms, end-1, false) {
			continue
		}
		// "sent no humanitarian aid to Myanmar"
		negated := false
		for j := i + 1; j < end; j++ {
			negated = negated || negators[toks[j].low]
		}
		if negated {
			continue
		}
		k := aidRecipientAt(toks, ms, to)
		if k < 0 {
			continue
		}
		requested := false
		for j := 0; j < i; j++ {
			if callVerbs[toks[j].low] || requestVerbs[toks[j].low] || toks[j].low == "stop" {
				requested = true
				break
			}
		}
		if requested {
			return
		}
		agent := subjectsBefore(toks, ms, groups, i)
		if len(agent) == 0 {
			continue
		}
		var objs []string
		for _, g := range groupOf(groups, k) {
			if gm := ms[g]; gm.kind != mPronoun && gm.kind != mNonState && gm.kind != mAuthor {
				for _, st := range gm.states {
					if !contains(agent, st) {
						objs = append(objs, st)
					}
				}
			}
		}
		objs = uniq(objs)
		keep := c.unpairedAgents(before, idx, aidSendRule.typ, agent, objs)
		if len(keep) == 0 || len(objs) == 0 {
			continue
		}
		c.emitEach(idx, s, aidSendRule, i, ms[k].end, keep, objs, []string{"aid sent (" + phraseLow(toks, i, end) + ")"}, dates)
		return
	}
}

// unpairedAgents are the agents with at least one object the sentence has
// not yet drafted a fact of type typ for.
func (c *coder) unpairedAgents(before, idx int, typ string, agent, objs []string) []string {
	var keep []string
	for _, a := range agent {
		for _, b := range objs {
			if !c.hasPair(before, idx, typ, a, b) {
				keep = append(keep, a)
				break
			}
		}
	}
	return keep
}
