package extract

// Hostile measures as frames (issue #12): warnings of consequences that
// name no verb of threatening —
//
//	speaker        cue                                 target
//	Zakharova said Moldova's decision would "not go unanswered"
//	Trudeau said   there will be serious consequences  for Russia's actions
//	(China)        The Lithuanian side shall be responsible for all the ensuing consequences
//	the ministry   any hostile US actions against Russia would receive a decisive and adequate response
//	(the UK)       Any further action taken by Russia will be … responded to accordingly
//	Canada         We will not hesitate to take further action
//	the ministry   "Additional steps will be considered in due course"
//
// are THREATENED of the speaker to the target (ANNOTATION.md rules 5, 16,
// 45: "reserves the right to respond", a warning of consequences, a
// deliberation on further steps). The cue is a word of answer or
// consequence said of the future (a modal in its clause): "unanswered" or
// "unpunished" negated, "consequences" after a word of gravity, a
// "response" after a word of force, "respond … accordingly", "not
// hesitate to", "further" or "additional" action, measures or steps, "pay
// a price". The speaker is the one the sentence reports ("X said", "X
// told"), else the clause's subject, else the first person's author, else
// the state the last sentence was about; the target the other state the
// sentence names (the one held responsible, the one told, the owner of the
// act), else the other state of the pair in play.

import "strings"

var threatFrameRule = &pattern{typ: "THREATENED", conf: 0.7, flags: fNominal | fRefusal, rule: "measures: a warning of consequences", source: "curated"}

// gravityWords make "consequences" a warning: "serious consequences", "all
// the ensuing consequences".
var gravityWords = wordSet("serious", "grave", "severe", "dire", "ensuing", "inevitable", "unforeseeable", "unpredictable",
	"far-reaching", "fatal", "catastrophic", "disastrous", "dangerous", "heavy", "all", "unpleasant", "negative")

// forceWords make a "response" a warning: "a decisive and adequate
// response".
var forceWords = wordSet("decisive", "adequate", "firm", "resolute", "tough", "harsh", "strong", "swift", "severe", "proportionate",
	"commensurate", "serious", "forceful", "robust", "appropriate", "reciprocal", "befitting")

// moreWords and stepNouns: "further action", "additional measures".
var moreWords = wordSet("further", "additional", "more", "new")
var stepNouns = wordSet("action", "actions", "measures", "measure", "steps", "step", "sanctions", "countermeasures")

// futureModals put the cue in the future or the possible.
var futureModals = wordSet("will", "would", "shall", "could", "may", "might", "'ll", "must")

// threatCue: a cue of a warning at token i, its end; 0 for none.
func threatCue(toks []token, i int) int {
	w := toks[i].low
	back := func(n int, set map[string]bool) bool {
		for j := i - 1; j >= 0 && j >= i-n; j-- {
			if isBreak(toks, j) || toks[j].text == "," {
				return false
			}
			if set[toks[j].low] {
				return true
			}
		}
		return false
	}
	switch w {
	case "unanswered", "unpunished":
		if back(10, negators) {
			return i + 1
		}
	case "consequences":
		if back(3, gravityWords) {
			return i + 1
		}
	case "response", "retaliation", "reaction", "rebuff":
		if back(4, forceWords) {
			return i + 1
		}
	case "accordingly":
		if i >= 1 && (strings.HasPrefix(toks[i-1].low, "respond") || i >= 2 && toks[i-1].low == "to" && strings.HasPrefix(toks[i-2].low, "respond")) {
			return i + 1
		}
	case "hesitate":
		if i >= 1 && (toks[i-1].low == "not" || toks[i-1].low == "never") && i+1 < len(toks) && toks[i+1].low == "to" {
			return i + 2
		}
	case "price":
		if i >= 2 && (toks[i-1].low == "a" || toks[i-1].low == "the" || toks[i-1].low == "heavy" || toks[i-1].low == "high") &&
			(toks[i-2].low == "pay" || i >= 3 && toks[i-3].low == "pay") {
			return i + 1
		}
	default:
		if moreWords[w] && i+1 < len(toks) && stepNouns[toks[i+1].low] && w != "new" {
			return i + 2
		}
	}
	return 0
}

// cueInFuture: the clause of the cue at i has a modal or a word of
// deliberation or right ("will", "could", "considering", "the right to")
// before the cue or right after it ("will be considered").
func cueInFuture(toks []token, i, end int) bool {
	for j := i - 1; j >= 0 && j >= i-14; j-- {
		if isBreak(toks, j) {
			break
		}
		w := toks[j].low
		if futureModals[w] || w == "right" || w == "consider" || w == "considering" || w == "prepared" || w == "ready" {
			return true
		}
		if w == "said" || w == "announced" || w == "imposed" || w == "took" || w == "taken" && toks[i].low != "accordingly" {
			// "the sanctions it announced": reported deeds, no warning
			if j+1 < len(toks) && toks[j+1].low == "that" {
				continue
			}
			return false
		}
	}
	for j := end; j < len(toks) && j < end+3; j++ {
		if futureModals[toks[j].low] {
			return true
		}
	}
	return false
}

// threats codes the frame in one sentence; before is the number of
// candidates the sentence started with.
func (c *coder) threats(idx int, s Sentence, toks []token, ms []mention, dates []dateExpr, before int) {
	for _, t := range toks {
		if t.low == "?" {
			return
		}
	}
	for i := range toks {
		end := threatCue(toks, i)
		if end == 0 || !cueInFuture(toks, i, end) || inMentionAt(ms, i) >= 0 {
			continue
		}
		// "warned of", "not to provoke": what others say of threats, or
		// calls to refrain
		if c.threatFrame(idx, s, toks, ms, dates, before, i, end) {
			return
		}
	}
}

// victimNouns after a state's possessive name what a warning defends:
// "this violation of Pakistan's sovereignty".
var victimNouns = wordSet("sovereignty", "territory", "territorial", "soil", "security", "interests", "integrity", "people", "citizens",
	"airspace", "waters", "borders", "independence", "embassy", "diplomats")

// organNouns after a demonym name a state's organ, no modifier: "the
// Israeli ministry said", "The American side was told".
var organNouns = wordSet("ministry", "government", "side", "authorities", "foreign", "president", "prime", "leader", "leadership",
	"officials", "official", "embassy", "regime", "administration", "delegation", "spokesman", "spokesperson", "statement", "army",
	"military", "forces", "troops")

// demonymBefore: a demonym used as a modifier of a noun ("Russian
// aggression", "hostile US actions"), not naming an organ.
func demonymBefore(toks []token, m mention) bool {
	return m.kind == mState && m.demonym && m.end < len(toks) && toks[m.end].word && !toks[m.end].capital && !organNouns[toks[m.end].low]
}

// toldWords make the subject the one warned: "The American side was
// firmly told that …".
var toldWords = wordSet("told", "warned", "informed", "notified", "reminded")

func (c *coder) threatFrame(idx int, s Sentence, toks []token, ms []mention, dates []dateExpr, before, at, end int) bool {
	var speaker, target []string
	conf := threatFrameRule.conf
	reasons := []string{"a warning of consequences (" + phraseLow(toks, at, end) + ")"}
	// "warning such action could lead to fatal consequences": the verb of
	// warning codes it (patterns.txt)
	for j := 0; j < at; j++ {
		if w := toks[j].low; strings.HasPrefix(w, "warn") || strings.HasPrefix(w, "threat") {
			return false
		}
	}
	own := func(k int) []string {
		m := ms[k]
		switch m.kind {

		case mNonState:
			return nil
		case mPronoun:
			if person[strings.ToLower(m.name)] {
				return c.lastPerson
			}
			return nil
		}
		return m.states
	}
	// the clause's subject: the nearest mention before the cue outside a
	// prepositional phrase, no possessor or modifier; one held
	// responsible, told or facing the consequences is the target, as is
	// one a first person hopes or expects something of ("We hope Soviet
	// Government will consider carefully before taking any additional
	// actions")
	rep := -1
	for k := range ms {
		m := ms[k]
		if m.end < len(toks) && (reportingVerbs[toks[m.end].low] || toks[m.end].low == "wrote") && !m.poss && prepBefore(toks, m.start) == "" {
			rep = k
			break
		}
	}
	subj := -1
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		if m.end > at {
			continue
		}
		if breakBetween(toks, m.end, at) {
			break
		}
		if m.poss || m.modifier || demonymBefore(toks, m) || prepBefore(toks, m.start) != "" {
			continue
		}
		held := false
		for j := m.end; j < at; j++ {
			w := toks[j].low
			if w == "responsible" || w == "face" || w == "faces" || w == "bear" || w == "pay" || toldWords[w] && j > m.end && beAux[toks[j-1].low] ||
				toldWords[w] && j > m.end+1 && beAux[toks[j-2].low] {
				held = true
			}
			if w == "that" {
				break
			}
		}
		for q := k - 1; q >= 0 && !held; q-- {
			if mq := ms[q]; mq.kind == mAuthor && !mq.poss && !breakBetween(toks, mq.end, m.start) {
				held, speaker = true, mq.states
				reasons = append(reasons, "speaker: the first person")
				break
			}
		}
		if held {
			target = own(k)
		} else {
			subj = k
		}
		break
	}
	// the target: else the owner of the act the warning answers
	// ("Moldova's decision", "Russia's actions", "hostile US actions",
	// "taken by Russia", "Russian aggression"), else the one other state
	// named outside "on", "against", "to", "toward" (the victims)
	victim := -1
	owner := func(k int) bool {
		m := ms[k]
		if k == subj || k == rep || m.kind == mPronoun || m.kind == mNonState || m.kind == mAuthor || len(m.states) == 0 {
			return false
		}
		if m.poss && m.end < len(toks) && victimNouns[toks[m.end].low] {
			victim = k
			return false
		}
		return m.poss || m.modifier || demonymBefore(toks, m) || prepBefore(toks, m.start) == "by"
	}
	if len(target) == 0 {
		// the nearest before the cue, else after it
		for k := len(ms) - 1; k >= 0 && len(target) == 0; k-- {
			if ms[k].end <= at && owner(k) {
				target = ms[k].states
			}
		}
		for k := range ms {
			if len(target) == 0 && ms[k].start >= end && owner(k) {
				target = ms[k].states
			}
		}
	}
	if len(target) == 0 {
		for k := range ms {
			m := ms[k]
			// "The ministry also announced “… while retaining its right
			// …”": the organ speaking is no target
			if k == subj || k == rep || k == victim || m.kind == mPronoun || m.kind == mNonState || m.kind == mAuthor || len(m.states) == 0 || m.how == bareOrganHow {
				continue
			}
			if p := prepBefore(toks, m.start); p == "on" || p == "against" || p == "to" || p == "in" || p == "toward" || p == "towards" || p == "of" {
				continue
			}
			target = m.states
			break
		}
	}
	// the speaker: the one the sentence reports ("X said", "X told a
	// briefing that"), else the subject, the author, the other of the pair
	// in play
	if len(speaker) == 0 && rep >= 0 {
		speaker = own(rep)
	}
	// "this violation of Pakistan's sovereignty … could have serious
	// consequences": the state wronged warns
	if len(speaker) == 0 && victim >= 0 {
		speaker = ms[victim].states
	}
	if len(speaker) == 0 && subj >= 0 {
		speaker = own(subj)
	}
	if len(speaker) == 0 && len(c.r.author) > 0 {
		speaker = c.r.author
		reasons = append(reasons, "speaker: the author")
	}
	pair := c.r.pairInPlay()
	if ts := uniq(append([]string(nil), c.r.titleSts...)); len(pair) == 0 && len(ts) == 2 {
		pair = ts // the title's two: "Belarusian MFA Condemns … Decision of Polish Authorities"
	}
	// "These unwarranted actions will not go unpunished": the one the
	// text last blamed is warned (one of the pair in play, if there is one)
	if len(target) == 0 && len(c.r.blamed) == 1 && c.r.blamed[0] != "" && !contains(speaker, c.r.blamed[0]) && (len(pair) == 0 || contains(pair, c.r.blamed[0])) {
		target = c.r.blamed
		conf *= 0.9
		reasons = append(reasons, "target: the state the text last blamed")
	}
	if len(speaker) == 0 && len(target) == 0 && len(c.lastTopic) > 0 {
		speaker = c.lastTopic
		conf *= 0.85
		reasons = append(reasons, "speaker: the state the last sentence was about")
	}
	if len(speaker) == 0 || allWithin(speaker, target) {
		speaker = otherOfPair(pair, target)
		conf *= 0.9
		reasons = append(reasons, "speaker: the other state in play")
		if len(speaker) == 0 && len(target) > 0 && len(c.lastTopic) > 0 && !intersects(c.lastTopic, target) {
			speaker = c.lastTopic // "Let me be clear: there will be serious consequences for Russia's actions"
			reasons[len(reasons)-1] = "speaker: the state the last sentence was about"
		}
	}
	if len(target) == 0 {
		target = otherOfPair(pair, speaker)
		conf *= 0.9
		reasons = append(reasons, "target: the other state in play")
	}
	if len(speaker) == 0 || len(target) == 0 {
		return false
	}
	have := map[string]bool{}
	for _, cd := range c.d.Candidates[before:] {
		if cd.Type == threatFrameRule.typ {
			have[cd.Subject+" "+cd.Object] = true
		}
	}
	t := &trig{match: match{p: threatFrameRule, start: at, end: end}, subjM: -1}
	emitted := false
	for _, a := range uniq(speaker) {
		for _, b := range uniq(target) {
			if a == b || have[a+" "+b] {
				continue
			}
			have[a+" "+b] = true
			emitted = true
			c.emit(idx, s, t, a, b, "", "", conf, reasons, dates, false)
		}
	}
	return emitted
}

// measures runs the frames of hostile measures in one sentence.
func (c *coder) measures(idx int, s Sentence, toks []token, ms []mention, groups []int, dates []dateExpr, before int) {
	if len(ms) == 0 && len(c.r.author) == 0 && len(c.lastTopic) == 0 {
		return
	}
	c.threats(idx, s, toks, ms, dates, before)
	c.tiesCut(idx, s, toks, ms, groups, dates, before)
	c.ownEnvoysRecalled(idx, s, toks, ms, groups, dates, before)
	c.envoysToLeave(idx, s, toks, ms, groups, dates, before)
	c.protestsDelivered(idx, s, toks, ms, groups, dates, before)
	c.sanctionsImposedBy(idx, s, toks, ms, groups, dates, before)
}

// Sanctions imposed by a state named as the agent of a passive participle
// after the measure noun, the target after "on" or "against" —
//
//	condemned the economic, commercial and financial blockade imposed by the United States against Cuba
//	the blockade imposed on Cuba by the United States
//
// are SANCTIONED of the agent to the target (ANNOTATION.md rules 6, 29,
// 44: a blockade is an embargo). The noun needs its agent and its target
// in the clause; a hedged noun ("threatened sanctions imposed by") gives
// none.
var imposedByRule = &pattern{typ: "SANCTIONED", conf: 0.75, flags: fVerb, rule: "measures: sanctions imposed by a state", source: "curated"}

var sanctionNouns = wordSet("sanctions", "sanction", "embargo", "embargoes", "blockade", "penalties")
var imposedWords = wordSet("imposed", "introduced", "maintained", "applied", "enforced")

func (c *coder) sanctionsImposedBy(idx int, s Sentence, toks []token, ms []mention, groups []int, dates []dateExpr, before int) {
	for i := 0; i+3 < len(toks); i++ {
		if !sanctionNouns[toks[i].low] || !imposedWords[toks[i+1].low] || measureHedged(toks, i) {
			continue
		}
		var by, on []string
		end := i + 2
		for j := i + 2; j < len(toks) && j <= i+14; j++ {
			w := toks[j].low
			if isBreak(toks, j) && w != "and" || w == "." {
				break
			}
			if w == "by" || w == "on" || w == "against" {
				k := mentionAfter(ms, j+1, 1)
				if k < 0 || ms[k].kind == mPronoun || ms[k].kind == mNonState || ms[k].kind == mAuthor || ms[k].modifier {
					continue
				}
				var sts []string
				for _, g := range groupOf(groups, k) {
					if g >= k {
						sts = append(sts, stateOf(ms, g)...)
					}
				}
				if w == "by" && len(by) == 0 {
					by = uniq(sts)
				} else if w != "by" && len(on) == 0 {
					on = uniq(sts)
				}
				end = ms[k].end
			}
		}
		if len(by) == 0 || len(on) == 0 {
			continue
		}
		c.emitMeasure(idx, s, toks, imposedByRule, i, end, by, on, dates, before, "sanctions imposed by a state")
		i = end - 1
	}
}

// Ties cut by kind: a verb of cutting, the kinds of ties cut and the
// state they were with —
//
//	Saudi Arabia, Bahrain, the UAE and Egypt cut diplomatic, trade and transport ties with Qatar
//	Saudi Arabia had led a coalition … to cut ties and transport links with Qatar
//	the country decided to "sever diplomatic and consular ties with Qatar, and to close all land, sea and aviation ports"
//	The two sides imposed tit-for-tat trade measures and halted cooperation on several fronts
//
// Diplomatic, consular or plain ties cut, and cooperation halted, are
// REDUCED_RELATIONS (rules 6, 17, 104); trade, transport or economic
// ties cut, ports closed with them, and trade measures imposed are
// SANCTIONED (rules 6, 37, 53, 104). A joint subject ("the two sides")
// with no partner named acts each against the other.
var (
	tiesCutRule  = &pattern{typ: "REDUCED_RELATIONS", conf: 0.75, flags: fVerb, rule: "measures: ties cut by kind", source: "curated"}
	tradeCutRule = &pattern{typ: "SANCTIONED", conf: 0.75, flags: fVerb, rule: "measures: trade and transport ties cut or measures imposed", source: "curated"}
)

var cutVerbs = wordSet("cut", "cuts", "cutting", "sever", "severs", "severed", "severing", "halt", "halts", "halted", "halting",
	"suspend", "suspends", "suspended", "suspending", "freeze", "freezes", "froze", "frozen", "freezing", "impose", "imposes",
	"imposed", "imposing")

// diplomaticKinds and tradeKinds are the kinds of ties a state cuts.
var diplomaticKinds = wordSet("diplomatic", "consular", "political", "defence", "defense", "military", "security", "all")
var tradeKinds = wordSet("trade", "transport", "transportation", "economic", "commercial", "air", "sea", "land", "shipping",
	"travel", "financial", "business", "tit-for-tat", "aviation", "investment")

// cutNouns: ties (reduced unless of a trade kind) and measures (a
// sanction only of a trade kind).
var cutTies = wordSet("ties", "relations", "links", "contacts", "cooperation", "co-operation")
var cutMeasures = wordSet("measures", "restrictions", "curbs")

// portNouns are closed to a state: "close all land, sea and aviation
// ports".
var portNouns = wordSet("ports", "port", "airports", "borders", "border", "airspace", "crossings")

func (c *coder) tiesCut(idx int, s Sentence, toks []token, ms []mention, groups []int, dates []dateExpr, before int) {
	var lastTarget, lastSubj []string
	for i := 0; i < len(toks); i++ {
		w := toks[i].low
		if w == "close" && len(lastTarget) > 0 {
			// "… and to close all land, sea and aviation ports"
			for j := i + 1; j < len(toks) && j <= i+8; j++ {
				if portNouns[toks[j].low] {
					c.emitMeasure(idx, s, toks, tradeCutRule, i, j+1, lastSubj, lastTarget, dates, before, "ports closed to the state ties were cut with")
					break
				}
				if isBreak(toks, j) || inMentionAt(ms, j) >= 0 {
					break
				}
			}
			continue
		}
		if !cutVerbs[w] || inMentionAt(ms, i) >= 0 {
			continue
		}
		imposing := strings.HasPrefix(w, "impos")
		// the kinds and the noun: "diplomatic, trade and transport ties",
		// "ties and transport links", "off diplomatic relations"
		var reduced, trade bool
		end := -1
		kindTrade, kindDip := false, false
	kinds:
		for j := i + 1; j < len(toks) && j <= i+14; j++ {
			t := toks[j].low
			switch {
			case diplomaticKinds[t]:
				kindDip = true
			case tradeKinds[t]:
				kindTrade = true
			case cutTies[t] && !imposing:
				if kindTrade {
					trade = true
				}
				if kindDip || !kindTrade {
					reduced = true
				}
				kindTrade, kindDip = false, false
				end = j + 1
			case cutMeasures[t] && imposing:
				if kindTrade {
					trade = true
				}
				kindTrade, kindDip = false, false
				end = j + 1
			case t == "and" && j+1 < len(toks) && cutVerbs[toks[j+1].low]:
				break kinds // "imposed … measures and halted cooperation": the next verb's own
			case t == "," || t == "and" || t == "off" || t == "its" || t == "their" || t == "the" || t == "some" || t == "-" ||
				t == "tit" || t == "for" || t == "tat" || t == "of":
			default:
				break kinds
			}
		}
		if end < 0 || !reduced && !trade {
			continue
		}
		if measureHedged(toks, i) {
			continue
		}
		// the partner: "with X", else none
		var target []string
		for j := end; j < len(toks) && j <= end+5; j++ {
			if isBreak(toks, j) {
				break
			}
			if toks[j].low == "with" {
				if k := mentionAfter(ms, j+1, 2); k >= 0 {
					for _, g := range groupOf(groups, k) {
						target = append(target, stateOf(ms, g)...)
					}
				}
				break
			}
		}
		// the subject: the nearest actor before the verb outside a
		// prepositional phrase, the whole coordination
		var subj []string
		joint := false
		for k := len(ms) - 1; k >= 0; k-- {
			m := ms[k]
			if m.end > i {
				continue
			}
			if breakBetween(toks, m.end, i) {
				break
			}
			if m.modifier || prepBefore(toks, m.start) != "" || m.kind == mNonState {
				continue
			}
			if subordinateBetween(toks, m.end, i) || otherDecision(toks, i) || decisionBetween(toks, m, i) {
				break // "days after the Pacific island nation severed ties": an actor unnamed
			}
			if m.kind == mPronoun {
				// "Algiers announced that it was severing": the sentence's
				// actor before, else the last sentence's
				if person[strings.ToLower(m.name)] {
					break
				}
				for q := k - 1; q >= 0; q-- {
					if mq := ms[q]; mq.kind != mPronoun && mq.kind != mNonState && !mq.modifier && prepBefore(toks, mq.start) == "" && len(mq.states) > 0 {
						subj = mq.states
						break
					}
				}
				if len(subj) == 0 {
					subj = c.lastTopic
				}
				break
			}
			for _, g := range groupOf(groups, k) {
				subj = append(subj, stateOf(ms, g)...)
			}
			subj = uniq(subj)
			joint = m.kind == mCollective && len(subj) == 2
			break
		}
		if len(subj) == 0 {
			continue
		}
		if len(target) == 0 {
			if !joint {
				continue
			}
			target = subj
		}
		if reduced {
			c.emitMeasure(idx, s, toks, tiesCutRule, i, end, subj, target, dates, before, "ties cut")
		}
		if trade {
			c.emitMeasure(idx, s, toks, tradeCutRule, i, end, subj, target, dates, before, "trade or transport ties cut, or trade measures imposed")
		}
		lastSubj, lastTarget = subj, target
		i = end - 1
	}
}

// subjectBreaks open a clause whose subject may be no mention.
var subjectBreaks = wordSet("after", "before", "when", "since", "until", "once", "as", "because")

// subordinateBetween: a subordinator in tokens [a, b).
func subordinateBetween(toks []token, a, b int) bool {
	for j := a; j < b; j++ {
		if subjectBreaks[toks[j].low] {
			return true
		}
	}
	return false
}

// otherDecision: "commends the decision to sever diplomatic ties": a
// decision of no one named (a state's own is "its decision", "Taiwan's
// decision").
func otherDecision(toks []token, i int) bool {
	return i >= 3 && toks[i-1].low == "to" && expelDecisionNouns[toks[i-2].low] && (toks[i-3].low == "the" || toks[i-3].low == "this" || toks[i-3].low == "that")
}

// decisionBetween: "welcomed the decision of Panama to sever": a
// decision noun between the actor and the verb that is not the actor's
// own ("Taiwan's decision to"): the decision's owner is unknown here.
func decisionBetween(toks []token, m mention, i int) bool {
	for j := m.end; j < i; j++ {
		if expelDecisionNouns[toks[j].low] && !(m.poss && j <= m.end+1) {
			return true
		}
	}
	return false
}

// objectOfVerb: the mention at i is a verb's object ("expelling the
// Canadian ambassador"): an -ing or -ed word before it, past
// determiners.
func objectOfVerb(toks []token, i int) bool {
	j := i - 1
	for j >= 0 && determiners[toks[j].low] {
		j--
	}
	if j < 0 || !toks[j].word || toks[j].capital {
		return false
	}
	w := toks[j].low
	return strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") && !beAux[w]
}

// mentionAfter: the mention starting at from or after "the", "all" within
// n tokens.
func mentionAfter(ms []mention, from, n int) int {
	for j := from; j <= from+n; j++ {
		if k := mentionStartingAt(ms, j); k >= 0 {
			return k
		}
	}
	return -1
}

// measureHedged: the measure at i negated, threatened, planned or
// undone ("did not cut", "threatened to cut", "restored ties cut in",
// "if it cuts").
func measureHedged(toks []token, i int) bool {
	if i > 0 && toks[i-1].low == "for" {
		return true // "condemned Kiribati for cutting ties": the one condemned is only criticised
	}
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		w := toks[j].low
		if isBreak(toks, j) {
			break
		}
		if negators[w] || hedges[w] || expelHedges[w] || w == "would" || w == "restore" || w == "restored" || w == "resume" || w == "resumed" {
			return true
		}
	}
	return false
}

// emitMeasure emits the rule's relation of each subject to each target
// (each to each other for a joint subject), once per triple of the
// sentence.
func (c *coder) emitMeasure(idx int, s Sentence, toks []token, p *pattern, at, end int, subj, target []string, dates []dateExpr, before int, why string) {
	have := map[string]bool{}
	for _, cd := range c.d.Candidates[before:] {
		if cd.Type == p.typ {
			have[cd.Subject+" "+cd.Object] = true
		}
	}
	t := &trig{match: match{p: p, start: at, end: end}, subjM: -1}
	reasons := []string{why + " (" + phraseLow(toks, at, end) + ")"}
	for _, a := range uniq(subj) {
		for _, b := range uniq(target) {
			if a == b || have[a+" "+b] {
				continue
			}
			have[a+" "+b] = true
			c.emit(idx, s, t, a, b, "", "", p.conf, reasons, dates, false)
		}
	}
}

// Own envoys recalled: a verb or noun of recalling before the envoys a
// possessive gives their own state —
//
//	A military alliance between Mali, Burkina Faso, and Niger withdrew their respective ambassadors from Algeria
//	Nigeria has confirmed that it has recalled its ambassador to that country
//	Somalia officially declared the recall of its ambassador to Ethiopia
//	we have recalled our ambassador in Kabul for consultations
//
// is EXPELLED of the host by the recalling state (ANNOTATION.md rules 35,
// 62): the host is the state "from", "to" or "in" which (a capital for its
// state); for "that country", "there" or none, the state ties were cut
// with in the same sentence, else the other state in play. The recalling
// state is the possessive's: the first person's author, else the clause's
// subject (the members of an alliance "between" them; "it" the
// sentence's actor before it, else the last sentence's).
var recallRule = &pattern{typ: "EXPELLED", conf: 0.75, flags: fVerb, rule: "measures: own envoys recalled", source: "curated"}

var recallCues = wordSet("recall", "recalls", "recalled", "recalling", "withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing",
	"withdrawal")

var ownDeterminers = wordSet("its", "their", "our", "his", "her")

var envoyAdjectives = wordSet("respective", "diplomatic", "entire", "top", "all", "own", "chief", "high", "acting", "senior", "the",
	"and", "consular", "most")

var ownEnvoyNouns = wordSet("ambassador", "ambassadors", "envoy", "envoys", "diplomats", "mission", "missions", "staff", "personnel",
	"commissioner", "chargé", "charge", "representative", "representatives", "embassy", "consuls", "consul")

// allianceNouns take their members after "between": "A military alliance
// between Mali, Burkina Faso, and Niger".
var allianceNouns = wordSet("alliance", "coalition", "group", "bloc", "union", "grouping")

// consultCues recall only with "for consultation(s)" after the envoys:
// "will call its ambassadors in Mexico, Colombia, Argentina and Bolivia
// for consultation", "summoned its ambassador from Madrid for
// consultations" (the diplomatic wording of a recall, rule 35).
var consultCues = wordSet("call", "calls", "called", "calling", "summon", "summons", "summoned", "summoning", "bring", "brings",
	"brought", "bringing")

// forConsultation: "for consultation(s)" within the clause after token i.
func forConsultation(toks []token, i int) bool {
	for j := i + 1; j+1 < len(toks) && j <= i+16; j++ {
		if w := toks[j].low; w == "." || w == ";" || w == "and" && j+1 < len(toks) && consultCues[toks[j+1].low] {
			return false
		}
		if toks[j].low == "for" && (toks[j+1].low == "consultation" || toks[j+1].low == "consultations") {
			return true
		}
	}
	return false
}

func (c *coder) ownEnvoysRecalled(idx int, s Sentence, toks []token, ms []mention, groups []int, dates []dateExpr, before int) {
	for i := 0; i < len(toks); i++ {
		if !recallCues[toks[i].low] && !(consultCues[toks[i].low] && forConsultation(toks, i)) || inMentionAt(ms, i) >= 0 {
			continue
		}
		j := i + 1
		if toks[i].low == "recall" || toks[i].low == "withdrawal" {
			if j >= len(toks) || toks[j].low != "of" {
				continue
			}
			j++
		}
		if j >= len(toks) || !ownDeterminers[toks[j].low] {
			continue
		}
		det := toks[j].low
		j++
		for j < len(toks) && envoyAdjectives[toks[j].low] && j <= i+6 {
			j++
		}
		if j >= len(toks) || !ownEnvoyNouns[toks[j].low] || measureHedged(toks, i) {
			continue
		}
		end := j + 1
		// the host
		var host []string
		vague := true
		for q := end; q < len(toks) && q <= end+4; q++ {
			if isBreak(toks, q) {
				break
			}
			if w := toks[q].low; w == "from" || w == "to" || w == "in" || w == "at" {
				if k := mentionAfter(ms, q+1, 1); k >= 0 && ms[k].kind != mPronoun && ms[k].kind != mNonState && ms[k].kind != mAuthor {
					// every host of a list: "its ambassadors in Mexico,
					// Colombia, Argentina and Bolivia"
					for _, g := range groupOf(groups, k) {
						if g >= k && ms[g].kind != mPronoun && ms[g].kind != mNonState && ms[g].kind != mAuthor {
							host = append(host, ms[g].states...)
						}
					}
					host, vague = uniq(host), false
				}
				break
			}
		}
		// the recalling state
		var own []string
		if det == "our" {
			own = c.r.author
		} else {
			own = c.recaller(toks, ms, groups, i)
		}
		if len(own) == 0 {
			continue
		}
		if vague {
			// "sever relations with Venezuela and withdraw all diplomatic
			// staff", "recalled its ambassador to that country"
			for q := 0; q+1 < len(toks); q++ {
				if toks[q].low == "with" {
					if k := mentionAfter(ms, q+1, 1); k >= 0 && len(stateOf(ms, k)) > 0 && !intersects(stateOf(ms, k), own) {
						host = stateOf(ms, k)
						break
					}
				}
			}
		}
		if len(host) == 0 && vague {
			if pair := c.r.pairInPlay(); len(pair) == 2 && len(own) == 1 && contains(pair, own[0]) {
				for _, st := range pair {
					if st != own[0] {
						host = []string{st}
					}
				}
			}
		}
		if len(host) == 0 {
			continue
		}
		c.emitMeasure(idx, s, toks, recallRule, i, end, own, host, dates, before, "own envoys recalled")
		i = end - 1
	}
}

// recaller: the state whose envoys the recall at i withdraws — the
// possessor of a recall noun ("Somalia's recall"), the clause's subject
// (every member of an alliance "between" them), a pronoun's actor.
func (c *coder) recaller(toks []token, ms []mention, groups []int, i int) []string {
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		if m.end > i {
			continue
		}
		if breakBetween(toks, m.end, i) {
			break
		}
		if m.kind == mNonState || m.modifier || subjectBreaks[toks[m.start].low] || envoyMention(toks, ms, k) || objectOfVerb(toks, m.start) {
			continue // "expelling the Canadian ambassador and recalling its envoy": the object is not the one recalling
		}
		if m.start > 1 && toks[m.start-1].word && toks[m.start-1].capital && inMentionAt(ms, m.start-1) < 0 && !dateWords[toks[m.start-1].low] {
			return nil // "the Nationalist Chinese Government": a qualifier the resolver did not place
		}
		if p, at := prepAt(toks, m.start); p != "" {
			// "A military alliance between Mali, Burkina Faso, and Niger"
			if p == "between" && at > 0 && allianceNouns[toks[at-1].low] {
				var sts []string
				for _, g := range groupOf(groups, k) {
					sts = append(sts, stateOf(ms, g)...)
				}
				return uniq(sts)
			}
			continue
		}
		if m.kind == mPronoun {
			if person[strings.ToLower(m.name)] {
				return c.lastPerson
			}
			for q := k - 1; q >= 0; q-- {
				if mq := ms[q]; mq.kind != mPronoun && mq.kind != mNonState && !mq.modifier && prepBefore(toks, mq.start) == "" && len(mq.states) > 0 {
					return mq.states
				}
			}
			return c.lastTopic
		}
		var sts []string
		for _, g := range groupOf(groups, k) {
			sts = append(sts, stateOf(ms, g)...)
		}
		return uniq(sts)
	}
	return nil
}

// Envoys given a time to leave: envoys told to leave within hours or
// days —
//
//	He has ordered their diplomats to leave Egypt within 24 hours
//	He said the ambassador and consular staff would have to leave Venezuela within 24 hours
//	the number of Ukrainian diplomats in Belarus will be reduced and they must leave the territory of the republic within 72 hours
//
// is EXPELLED of the envoys' state by the state they must leave (ANNOTATION.md
// rule 35, "gave the French ambassador 72 hours to leave the country"):
// the state named after "leave", else the one they are "in", else the
// clause's subject, else the other state in play. The envoys' state is a
// demonym or possessor before them, else ("their diplomats", "the
// ambassador") the states the last sentence cut ties with or acted
// against, else the other state in play.
var leaveRule = &pattern{typ: "EXPELLED", conf: 0.75, flags: fVerb, rule: "measures: envoys given a time to leave", source: "curated"}

var leaveVerbs = wordSet("leave", "depart", "quit", "vacate")
var hostileTypes = wordSet("REDUCED_RELATIONS", "EXPELLED", "CRITICIZED", "PROTESTED", "SANCTIONED")

// timeLimited: the leaving at i has a time limit ("within 24 hours",
// "72 hours to leave", "forthwith").
func timeLimited(toks []token, i int) bool {
	if i >= 3 && toks[i-1].low == "to" && (toks[i-2].low == "hours" || toks[i-2].low == "days") {
		return true
	}
	for j := i + 1; j < len(toks) && j <= i+10; j++ {
		w := toks[j].low
		if isBreak(toks, j) {
			return false
		}
		if w == "forthwith" || w == "within" && j+2 < len(toks) && (toks[j+2].low == "hours" || toks[j+2].low == "days" || j+3 < len(toks) && (toks[j+3].low == "hours" || toks[j+3].low == "days")) {
			return true
		}
	}
	return false
}

// compelVerbs order a leaving: "ordered their diplomats to leave",
// "would have to leave", "giving him 72 hours to leave".
var compelVerbs = wordSet("ordered", "order", "orders", "told", "asked", "required", "instructed", "giving", "given", "gave",
	"have", "has", "had", "demanded", "urging", "urged", "requested")

// compelled: the leaving at i is ordered, not chosen ("Qatar's diplomats
// in Bahrain will leave Manama within two days" is Qatar's own recall).
func compelled(toks []token, i int) bool {
	if toks[i-1].low == "must" {
		return true
	}
	if toks[i-1].low != "to" {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-8; j-- {
		if compelVerbs[toks[j].low] || toks[j].low == "hours" || toks[j].low == "days" {
			return true
		}
	}
	return false
}

func (c *coder) envoysToLeave(idx int, s Sentence, toks []token, ms []mention, groups []int, dates []dateExpr, before int) {
	for i := 1; i < len(toks); i++ {
		png := nonGrata(toks, i)
		if !png && !(leaveVerbs[toks[i].low] || toks[i].low == "withdraw") || !png && (!timeLimited(toks, i) || !compelled(toks, i)) || leaveHedged(toks, i) {
			continue
		}
		// the envoys before the verb, else ("requested to withdraw within
		// three days two members of the Polish Mission") after it
		env := -1
		for j := i - 1; j >= 0 && j >= i-25; j-- {
			if envoyAt(toks, j) {
				env = j
				break
			}
		}
		if env < 0 {
			for j := i + 1; j < len(toks) && j <= i+12; j++ {
				if isBreak(toks, j) {
					break
				}
				if envoyAt(toks, j) {
					env = j
					break
				}
			}
		}
		if env < 0 && png && i > 0 && (toks[i-1].low == "officials" || toks[i-1].low == "members") {
			env = i - 1 // "declared two officials persona non grata"
		}
		if env < 0 {
			continue
		}
		pair := c.r.pairInPlay()
		// the envoys' state: "Ukrainian diplomats", "senior South African
		// diplomat", "Colombia's ambassador"
		var expelled []string
		for k := range ms {
			m := ms[k]
			if m.end <= env && m.end >= env-3 && (m.demonym || m.poss || m.modifier) && m.kind != mPronoun && m.kind != mAuthor && len(m.states) > 0 {
				expelled = m.states
			}
			if m.start <= env && m.end > env && m.kind != mPronoun && len(m.states) > 0 && envoyMention(toks, ms, k) {
				expelled = m.states
			}
		}
		// the state left: "leave Egypt", else "diplomats in Belarus"
		var host []string
		left := i
		if png {
			// "… have been declared persona non grata and must leave India"
			for q := i + 3; q < len(toks) && q <= i+10; q++ {
				if leaveVerbs[toks[q].low] {
					left = q
					break
				}
				if isBreak(toks, q) && toks[q].low != "and" {
					break
				}
			}
		}
		if k := mentionAfter(ms, left+1, 1); left != i || !png {
			if k >= 0 && ms[k].kind == mState && !ms[k].modifier {
				host = ms[k].states
			}
		}
		if len(host) == 0 {
			for q := env + 1; q+1 < len(toks) && q <= env+3; q++ {
				if toks[q].low == "in" {
					if k := mentionAfter(ms, q+1, 1); k >= 0 && ms[k].kind == mState {
						host = ms[k].states
					}
					break
				}
			}
		}
		if len(host) == 0 {
			host = c.recaller(toks, ms, groups, env)
			if len(host) > 0 && len(expelled) > 0 && allWithin(host, expelled) {
				host = nil
			}
		}
		if len(expelled) == 0 {
			// "their diplomats", "the ambassador": whom the last sentence cut
			// ties with or acted against
			for _, cd := range c.d.Candidates {
				if cd.Sentence == idx-1 && hostileTypes[cd.Type] && !contains(host, cd.Object) {
					expelled = append(expelled, cd.Object)
				}
			}
			expelled = uniq(expelled)
		}
		if len(host) == 0 {
			host = otherOfPair(pair, expelled)
		}
		if len(expelled) == 0 {
			expelled = otherOfPair(pair, host)
		}
		if len(host) == 0 || len(expelled) == 0 {
			continue
		}
		at, end := env, i+1
		if env > i {
			at, end = i, env+1 // the envoys after the verb
		}
		c.emitMeasure(idx, s, toks, leaveRule, at, end, host, expelled, dates, before, "envoys given a time to leave")
		return
	}
}

// envoyAt: an envoy word at j: "ambassador", "consular staff", "members
// of the Polish Mission", "Air Advisors posted at the Pakistani High
// Commission".
func envoyAt(toks []token, j int) bool {
	w := toks[j].low
	if envoyWords[w] || w == "advisors" || w == "advisers" || w == "officials" && j+1 < len(toks) && toks[j+1].low == "of" {
		return true
	}
	if (w == "staff" || w == "personnel") && j > 0 && (toks[j-1].low == "consular" || toks[j-1].low == "embassy" || toks[j-1].low == "diplomatic") {
		return true
	}
	return (w == "mission" || w == "embassy") && j >= 2 && toks[j-2].low == "of" || w == "mission" && j >= 3 && toks[j-3].low == "of"
}

// nonGrata: "persona non grata" at i after a verb of declaring ("have been
// declared persona non grata", "decided to declare the diplomat persona
// non grata", "declared two officials persona non gratœ").
func nonGrata(toks []token, i int) bool {
	if w := toks[i].low; w != "persona" && w != "personae" || i+1 >= len(toks) || toks[i+1].low != "non" {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		if w := toks[j].low; w == "declared" || w == "declare" || w == "declares" || w == "declaring" {
			return true
		}
		if isBreak(toks, j) {
			return false
		}
	}
	return false
}

// leaveHedged is measureHedged, but a leaving ordered in reported speech
// ("would have to leave Venezuela within 24 hours") is no hedge.
func leaveHedged(toks []token, i int) bool {
	if i >= 3 && toks[i-1].low == "to" && toks[i-2].low == "have" && (toks[i-3].low == "would" || toks[i-3].low == "will") {
		return measureHedged(toks, i-3)
	}
	return measureHedged(toks, i)
}

// otherOfPair is the other state of the pair in play when of is one of
// its two, else nil.
func otherOfPair(pair, of []string) []string {
	if len(pair) == 2 && len(of) == 1 && contains(pair, of[0]) {
		if pair[0] == of[0] {
			return pair[1:]
		}
		return pair[:1]
	}
	return nil
}
