package extract

import "strings"

// Criticism said with no verb of criticism taking its target (issue #12,
// ANNOTATION.md rules 4, 6, 14, 19, 39): the criticism is a noun whose
// sources are named, a passive whose agent is, or an accusation reported —
//
//	sources                 criticism                                     target
//	Haiti, Uruguay, …       "One by one the condemnations came, from …"   the deed in play
//	Venezuela's Perez       "One of the first protests came from …"       the deed in play
//	Pakistan                "The move was … condemned by … Pakistan"      the one who moved
//	Turkey                  "officials said Russia violated its airspace" Russia
//
// The deed in play is the last deed of a state the text named ("the U.S.
// invasion", "the Israeli air raid", "Russia's decision") or the last
// attack it reported: "the condemnations" of a text about the U.S.
// invasion of Panama are of the United States. A source that is the doer
// itself gives nothing.

var (
	sourcedRule     = &pattern{typ: "CRITICIZED", conf: 0.7, flags: fNominal, rule: "criticism from named sources: of the deed in play", source: "curated"}
	sourcedProtRule = &pattern{typ: "PROTESTED", conf: 0.7, flags: fNominal, rule: "protests from named sources: of the deed in play", source: "curated"}
	passiveRule     = &pattern{typ: "CRITICIZED", conf: 0.75, flags: fVerb, rule: "a deed condemned by a state: the agent criticises its doer", source: "curated"}
	violatedRule    = &pattern{typ: "CRITICIZED", conf: 0.7, flags: fVerb, rule: "a state said to have violated: the one saying criticises (rule 6)", source: "curated"}
	calledBadRule   = &pattern{typ: "CRITICIZED", conf: 0.75, flags: fVerb, rule: "a state's deed called bad: the one calling criticises", source: "curated"}
)

// criticismState is what the text has in play for the frames of this
// file: the doers of the last deed named.
type criticismState struct {
	deedBy []string
	deedAt int
	// organBy: the state of the last ministry or government named with
	// its state ("the Chinese Foreign Ministry"), for a later "The
	// Ministry" without it
	organBy []string
}

// bareOrganHow marks the mentions bareOrganSubject makes.
const bareOrganHow = "the organ the text last named with its state"

// organAfter are the words after an organ that say it acts: "the
// Saudi foreign ministry tweeted", "Iran's government has".
var organAfter = wordSet(",", "has", "had", "have", "is", "was", "also", "on", "said", "says", "announced", "announces", "tweeted",
	"condemns", "protests", "warns", "urges", "stated", "states", "declared", "added", "statement", "spokesman", "spokesperson")

// organActs: the token after an organ is a verb of its or a comma, not
// the noun the organ modifies.
func organActs(t token) bool {
	return organAfter[t.low] || quoteMark(t) || t.low == "." || t.word && !t.capital && strings.HasSuffix(t.low, "ed")
}

// bareOrganSubject: a sentence that opens with a state's organ named
// without its state ("The ministry branded the trilateral security
// cooperation as …", "The Ministry firmly pointed out to Ambassador
// Casey that …") speaks for the state of the last ministry or
// government the text named with its state: the organ is a mention of
// that state, the subject of what follows. None when the state follows
// ("The Ministry of Foreign Affairs of Cuba"), when the text named no
// organ with one state, or for "the statement", "the communiqué" (no
// actor). dl is the dateline's end.
func (c *coder) bareOrganSubject(toks []token, ms []mention, dl int) []mention {
	if len(c.cr.organBy) != 1 {
		return ms
	}
	e := bareOrganAt(toks, dl)
	if e == 0 || e >= len(toks) || toks[e-1].low == "statement" || strings.HasPrefix(toks[e-1].low, "communiq") || toks[e].low == "of" || toks[e].poss {
		return ms
	}
	if len(ms) > 0 && ms[0].start < e {
		return ms
	}
	name := toks[dl].text
	for j := dl + 1; j < e; j++ {
		name += " " + toks[j].text
	}
	out := make([]mention, 0, len(ms)+1)
	out = append(out, mention{start: dl, end: e, kind: mOrgan, states: c.cr.organBy, name: name, how: bareOrganHow})
	return append(out, ms...)
}

// organTopic: a sentence that opens with a state's organ named without
// its state ("The Ministry, in a strong protest Note delivered to the
// Soviet Embassy in Peking, said …") is about the state of the last
// such organ named with its state ("the Chinese Foreign Ministry
// disclosed today"): it is the next sentence's "it" ("It accused the
// Soviet troops of opening fire first"), not the Soviet Union the
// sentence names after a preposition. dl is the dateline's end.
func (c *coder) organTopic(toks []token, ms []mention, dl int) {
	if e := bareOrganAt(toks, dl); e > 0 && len(c.cr.organBy) == 1 && inMentionAt(ms, dl) < 0 && toks[e-1].low != "statement" {
		c.lastTopic = c.cr.organBy
	}
	for _, m := range ms {
		if m.kind != mOrgan || len(m.states) != 1 {
			continue
		}
		// the organ acts or speaks: "the Chinese Foreign Ministry
		// disclosed", not "Chinese government vessels stayed"
		if m.end >= len(toks) || !organActs(toks[m.end]) {
			continue
		}
		for j := m.start; j < m.end; j++ {
			if w := toks[j].low; w == "ministry" || w == "government" {
				c.cr.organBy = m.states
			}
		}
	}
}

// deedHeads name a deed a state did: "the U.S. invasion", "the move".
var deedHeads = wordSet("invasion", "raid", "raids", "strike", "strikes", "airstrike", "airstrikes", "attack", "attacks", "assault",
	"bombing", "bombings", "intervention", "incursion", "action", "actions", "move", "decision", "aggression", "operation",
	"occupation", "annexation", "test", "launch", "shelling", "offensive", "downing", "shootdown", "blockade", "seizure")

// criticismNouns: a criticism whose sources "from X" names.
var criticismNouns = wordSet("condemnation", "condemnations", "criticism", "criticisms", "denunciation", "denunciations", "protest", "protests")

// sourceFillers stand between a criticism noun and its "from": "the
// condemnations came, from", "protests have poured in from".
var sourceFillers = wordSet("came", "come", "comes", "coming", "poured", "pour", "pouring", "in", "followed", "also", "quickly", "swiftly",
	"soon", "immediately", ",", "have", "has", "had", "were", "was", "then")

// drawVerbs bring criticism on their subject: "drew condemnation from".
var drawVerbs = wordSet("drew", "draw", "draws", "drawn", "drawing", "prompted", "sparked", "triggered", "provoked", "attracted",
	"earned", "brought")

// passiveCondemn are the participles of a deed condemned by an agent.
var passiveCondemn = wordSet("condemned", "criticized", "criticised", "denounced", "deplored", "decried", "slammed", "censured")

// violateVerbs say a state broke a rule, a border, a sovereignty.
var violateVerbs = wordSet("violated", "violates", "violating", "breached", "breaches", "breaching")

// allegeVerbs report an accusation: "officials said Russia violated".
var allegeVerbs = wordSet("said", "says", "stated", "claimed", "claims", "alleged", "alleges", "charged", "charges", "protested",
	"complained", "insisted", "maintained", "asserted", "declared", "added", "accused")

// allegeNouns report one: "a Soviet protest that … aircraft had violated".
var allegeNouns = wordSet("protest", "complaint", "charge", "charges", "accusation", "accusations", "allegation", "allegations", "note")

// denials before an accusation make it the other's: "denied claims by
// the Algerian government that the drone had violated".
var denials = wordSet("denied", "denies", "deny", "denying", "rejected", "rejects", "dismissed", "dismisses", "refuted", "refutes")

// forceNouns: a state's agents doing a deed ("United States military
// aircraft had violated").
var forceNouns = wordSet("aircraft", "planes", "plane", "jets", "jet", "forces", "troops", "soldiers", "ships", "vessels", "warships",
	"drones", "drone", "military", "army", "navy", "helicopters", "helicopter", "fighters", "bombers", "submarine", "submarines")

// nameCallVerbs judge their object: "called the U.S. invasion 'the most
// brutal and criminal action'".
var nameCallVerbs = wordSet("called", "calls", "calling", "termed", "terms", "branded", "brands", "labelled", "labeled", "dubbed")

// callJudgements are nouns of judgement after a call verb's deed.
var callJudgements = wordSet("crime", "crimes", "massacre", "aggression", "violation", "provocation", "outrage", "atrocity", "betrayal",
	"disgrace", "affront", "insult", "piracy", "terrorism")

// stateMention: k names a state as an actor (no pronoun, no non-state).
func stateMention(ms []mention, k int) bool {
	m := ms[k]
	return len(m.states) > 0 && m.kind != mNonState && m.kind != mPronoun && m.kind != mAuthor
}

// deedDoerBefore is the state whose deed the head at h names by a
// possessor or modifier right before it ("the U.S. military invasion",
// "Russia's decision"): -1 for none.
func deedDoerBefore(toks []token, ms []mention, h int) int {
	for j, n := h-1, 0; j >= 0 && n < 3; j, n = j-1, n+1 {
		if k := inMentionAt(ms, j); k >= 0 {
			// "the U.S. action": a name before the noun modifies it too
			if ms[k].end == j+1 && (ms[k].poss || ms[k].modifier || ms[k].kind == mState) && stateMention(ms, k) {
				return k
			}
			return -1
		}
		if toks[j].poss {
			continue
		}
		if !toks[j].word || toks[j].capital || toks[j].low == "the" || toks[j].low == "a" {
			return -1
		}
	}
	return -1
}

// deedVerbs, after a state as subject, report its deed: "Israel bombed
// a nuclear reactor".
var deedVerbs = wordSet("bombed", "attacked", "invaded", "raided", "struck", "shelled", "annexed", "occupied", "seized", "launched",
	"test-fired", "fired", "intervened")

// noteDeed remembers the last deed of a state the sentence named: a
// deed noun with its doer ("the U.S. invasion"), else a state subject of
// a verb of deed ("Israel bombed").
func (c *coder) noteDeed(idx int, toks []token, ms []mention) {
	for h := len(toks) - 1; h > 0; h-- {
		if !deedHeads[toks[h].low] {
			continue
		}
		if k := deedDoerBefore(toks, ms, h); k >= 0 && len(ms[k].states) == 1 {
			c.cr.deedBy, c.cr.deedAt = ms[k].states, idx
			return
		}
	}
	for k, m := range ms {
		if m.end >= len(toks) || len(m.states) > 1 || !(stateMention(ms, k) || m.kind == mPronoun) || m.poss || m.modifier || prepBefore(toks, m.start) != "" {
			continue
		}
		j := m.end
		if j+1 < len(toks) && (toks[j].low == "had" || toks[j].low == "has" || toks[j].low == "have") {
			j++
		}
		for j+1 < len(toks) && strings.HasSuffix(toks[j].low, "ly") {
			j++
		}
		if !deedVerbs[toks[j].low] {
			continue
		}
		sts := m.states
		// "India said on Sunday it had successfully test-fired": the
		// pronoun is the sayer's
		if len(sts) == 0 {
			for q := k - 1; q >= 0; q-- {
				if stateMention(ms, q) && len(ms[q].states) == 1 && prepBefore(toks, ms[q].start) == "" && ms[q].end < m.start && sayVerbs[toks[ms[q].end].low] {
					sts = ms[q].states
				}
				break
			}
		}
		if len(sts) == 1 {
			c.cr.deedBy, c.cr.deedAt = sts, idx
			return
		}
	}
}

// deedInPlay is the doer of the last deed named or one-sided attack
// reported ("fighting between Iran and Iraq" has no one doer).
func (c *coder) deedInPlay() []string {
	if len(c.lastAttackers) == 1 && (c.cr.deedBy == nil || c.lastAttackAt > c.cr.deedAt) {
		return c.lastAttackers
	}
	return c.cr.deedBy
}

// criticism runs the frames of this file on one sentence; n0 is the
// number of candidates before it.
func (c *coder) criticism(idx int, s Sentence, toks []token, ms []mention, groups []int, dates []dateExpr, n0 int) {
	if len(ms) > 0 {
		for i := 1; i < len(toks); i++ {
			w := toks[i].low
			switch {
			case criticismNouns[w]:
				c.sourcedCriticism(idx, s, toks, ms, groups, dates, n0, i)
			case passiveCondemn[w]:
				c.passiveCondemned(idx, s, toks, ms, groups, dates, n0, i)
			case violateVerbs[w]:
				c.allegedViolation(idx, s, toks, ms, groups, dates, n0, i)
			case nameCallVerbs[w]:
				c.calledBad(idx, s, toks, ms, groups, dates, n0, i)
			case hostileAdjs[w]:
				c.hostileGrounds(idx, s, toks, ms, groups, dates, n0, i)
			case interfereWords[w]:
				c.interference(idx, s, toks, ms, groups, dates, n0, i)
			}
		}
	}
	for i := 2; i < len(toks); i++ {
		if w := toks[i].low; mutualVerbs[w] || tradeVerbs[w] {
			c.mutualCriticism(idx, s, toks, ms, groups, dates, n0, i)
		}
		if asJudgeVerbs[toks[i].low] && len(ms) > 0 {
			c.describedAs(idx, s, toks, ms, groups, dates, n0, i)
		}
	}
	c.noteDeed(idx, toks, ms)
}

// emitCrit gives typ from each of the states of the group of mention src
// (or subjs) to each of objs.
func (c *coder) emitCrit(idx int, s Sentence, p *pattern, start, end int, subjs []string, subjText string, objs []string, objText string, reason string, dates []dateExpr, n0 int) {
	t := &trig{match: match{p: p, start: start, end: end}, subjM: -1}
	for _, a := range uniq(subjs) {
		for _, b := range uniq(objs) {
			if a == b || c.hasPair(n0, idx, p.typ, a, b) {
				continue
			}
			c.emit(idx, s, t, a, b, subjText, objText, p.conf, []string{reason}, dates, false)
		}
	}
}

// critGroup are the states of mention k's coordination.
func critGroup(toks []token, ms []mention, groups []int, k int) []string {
	var out []string
	for _, gi := range groupOf(groups, k) {
		if stateMention(ms, gi) && stateAt(toks, ms, gi) {
			out = append(out, ms[gi].states...)
		}
	}
	return uniq(out)
}

// sourcesFrom are the states "from" at token f names: "from Haiti,
// Uruguay, Costa Rica and Guatemala", "from Venezuelan President Carlos
// Andres Perez".
func sourcesFrom(toks []token, ms []mention, groups []int, f int) ([]string, string) {
	j := f + 1
	if j < len(toks) && toks[j].low == "the" {
		j++
	}
	k := mentionStartingAt(ms, j)
	if k < 0 || !stateMention(ms, k) {
		return nil, ""
	}
	return critGroup(toks, ms, groups, k), ms[k].name
}

// sourcedCriticism: "the condemnations came, from A, B and C", "One of
// the first protests came from X", "drew criticism from X", "X joined
// (in) the condemnation".
func (c *coder) sourcedCriticism(idx int, s Sentence, toks []token, ms []mention, groups []int, dates []dateExpr, n0, i int) {
	p := sourcedRule
	if strings.HasPrefix(toks[i].low, "protest") {
		p = sourcedProtRule
	}
	// "condemnation of X" names its target: the verb patterns' own
	if i+1 < len(toks) && (toks[i+1].low == "of" || toks[i+1].low == "against" || toks[i+1].low == "at") {
		return
	}
	if clauseNegated(toks, i) {
		return
	}
	var src []string
	var srcText string
	var doer []string
	f := -1
	for j := i + 1; j < len(toks) && j <= i+4; j++ {
		if toks[j].low == "from" {
			f = j
			break
		}
		if !sourceFillers[toks[j].low] {
			break
		}
	}
	if f > 0 {
		src, srcText = sourcesFrom(toks, ms, groups, f)
		// "X's test drew condemnation from Y": the doer is the subject
		for j := i - 1; j >= 0 && j >= i-3; j-- {
			if !drawVerbs[toks[j].low] {
				continue
			}
			for h := j - 1; h > 0 && h >= j-3; h-- {
				if deedHeads[toks[h].low] {
					if k := deedDoerBefore(toks, ms, h); k >= 0 {
						doer = ms[k].states
					}
					break
				}
			}
			if doer == nil {
				if k := inMentionAt(ms, j-1); k >= 0 && stateMention(ms, k) && !ms[k].poss {
					doer = critGroup(toks, ms, groups, k)
				}
			}
			break
		}
	} else if i >= 2 {
		// "X joined (in) the condemnation", "joined the chorus of criticism"
		j := i - 1
		for j > 0 && (toks[j].low == "international" || toks[j].low == "global" || toks[j].low == "worldwide" || toks[j].low == "growing") {
			j--
		}
		if toks[j].low == "of" && j >= 2 && (toks[j-1].low == "chorus" || toks[j-1].low == "wave") {
			j -= 2
		}
		if toks[j].low != "the" {
			return
		}
		j--
		if j >= 0 && toks[j].low == "in" {
			j--
		}
		if j < 1 || !strings.HasPrefix(toks[j].low, "join") {
			return
		}
		src = subjectsBefore(toks, ms, groups, j)
	}
	if len(src) == 0 {
		return
	}
	if doer == nil {
		doer = c.deedInPlay()
	}
	if len(doer) == 0 || intersects(doer, src) {
		return
	}
	c.emitCrit(idx, s, p, i, i+1, src, srcText, doer, "", "criticism from named sources ("+toks[i].text+"): of the deed in play", dates, n0)
}

// passiveCondemned: "The move was immediately condemned by India's
// arch-rival Pakistan", "the bombing was widely condemned at the time,
// even by Israel's traditional ally the US": the agent criticises the
// deed's doer (its possessor, else the deed in play). The reverse pair a
// verb pattern may have read is dropped.
func (c *coder) passiveCondemned(idx int, s Sentence, toks []token, ms []mention, groups []int, dates []dateExpr, n0, i int) {
	b := i - 1
	for b > 0 && (strings.HasSuffix(toks[b].low, "ly") || toks[b].low == "also") {
		b--
	}
	if b < 2 || !bes[toks[b].low] || toks[b].low == "'s" {
		return
	}
	if toks[b].low == "been" && (toks[b-1].low == "has" || toks[b-1].low == "have" || toks[b-1].low == "had") {
		b--
	}
	h := b - 1
	if !deedHeads[toks[h].low] {
		return
	}
	var doer []string
	if k := deedDoerBefore(toks, ms, h); k >= 0 {
		doer = ms[k].states
	} else if d := toks[h-1].low; d == "the" || d == "this" || d == "that" {
		doer = c.deedInPlay()
	}
	if len(doer) == 0 || clauseNegated(toks, b) {
		return
	}
	// the agent: after "by", past its possessors
	by := -1
	for j := i + 1; j < len(toks) && j <= i+8; j++ {
		if toks[j].low == "by" {
			by = j
			break
		}
		if isBreak(toks, j) {
			return
		}
	}
	if by < 0 {
		return
	}
	agent := -1
	for k, m := range ms {
		if m.start <= by || m.start > by+6 {
			continue
		}
		if breakBetween(toks, by, m.start) {
			break
		}
		if m.poss || !stateMention(ms, k) {
			continue
		}
		agent = k
		break
	}
	if agent < 0 {
		return
	}
	ag := critGroup(toks, ms, groups, agent)
	if len(ag) == 0 || intersects(ag, doer) {
		return
	}
	// the reverse, a misreading of the passive, goes
	out := c.d.Candidates[:n0]
	for _, cd := range c.d.Candidates[n0:] {
		if cd.Sentence == idx && cd.Type == "CRITICIZED" && contains(doer, cd.Subject) && contains(ag, cd.Object) {
			continue
		}
		out = append(out, cd)
	}
	c.d.Candidates = out
	c.emitCrit(idx, s, passiveRule, b, i+1, ag, ms[agent].name, doer, "", "a deed ("+toks[h].text+") "+toks[i].text+" by a state: the agent criticises its doer", dates, n0)
}

// allegedViolation: "officials said Russia violated its airspace", "a
// Soviet protest that United States military aircraft had violated
// Soviet territory": the one alleging criticises the violator (rule 6).
func (c *coder) allegedViolation(idx int, s Sentence, toks []token, ms []mention, groups []int, dates []dateExpr, n0, i int) {
	j := i - 1
	for j > 0 && (toks[j].low == "had" || toks[j].low == "has" || toks[j].low == "have" || toks[j].low == "repeatedly" || toks[j].low == "again" || toks[j].low == "allegedly") {
		j--
	}
	for n := 0; n < 2 && j > 0 && forceNouns[toks[j].low]; n++ {
		j--
	}
	k := inMentionAt(ms, j)
	if k < 0 || ms[k].end != j+1 || !stateMention(ms, k) || ms[k].poss {
		return
	}
	doer := critGroup(toks, ms, groups, k)
	if len(doer) == 0 {
		return
	}
	a := ms[groupOf(groups, k)[0]].start - 1
	if a >= 0 && toks[a].low == "that" {
		a--
	}
	if a < 1 {
		return
	}
	for x := a; x >= 0 && x >= a-8; x-- {
		if denials[toks[x].low] || negators[toks[x].low] || hedges[toks[x].low] {
			return
		}
	}
	var judge []string
	var judgeText string
	switch {
	case allegeVerbs[toks[a].low]:
		judge = subjectsBefore(toks, ms, groups, a)
	case allegeNouns[toks[a].low]:
		if q := deedDoerBefore(toks, ms, a); q >= 0 {
			judge, judgeText = ms[q].states, ms[q].name
		}
	}
	if len(judge) == 0 || intersects(judge, doer) {
		return
	}
	c.emitCrit(idx, s, violatedRule, ms[k].start, i+1, judge, judgeText, doer, ms[k].name, "a state said to have "+toks[i].text+": the one saying criticises", dates, n0)
}

// calledBad: "called the U.S. invasion 'the most brutal and criminal
// action …'": a call verb, a deed with its doer, and a word of judgement
// after it.
func (c *coder) calledBad(idx int, s Sentence, toks []token, ms []mention, groups []int, dates []dateExpr, n0, i int) {
	if i+3 >= len(toks) || toks[i+1].low == "for" || toks[i+1].low == "on" || toks[i+1].low == "upon" || clauseNegated(toks, i) {
		return
	}
	h := -1
	for j := i + 2; j < len(toks) && j <= i+5; j++ {
		if deedHeads[toks[j].low] {
			h = j
			break
		}
	}
	if h < 0 {
		return
	}
	k := deedDoerBefore(toks, ms, h)
	if k < 0 || ms[k].start < i+1 {
		return
	}
	bad := false
	for j := h + 1; j < len(toks) && j <= h+8; j++ {
		if badWords[toks[j].low] || callJudgements[toks[j].low] {
			bad = true
			break
		}
		if isBreak(toks, j) {
			break
		}
	}
	if !bad {
		return
	}
	judge := subjectsBefore(toks, ms, groups, i)
	if len(judge) == 0 || intersects(judge, ms[k].states) {
		return
	}
	c.emitCrit(idx, s, calledBadRule, i, h+1, judge, "", ms[k].states, ms[k].name, "a deed ("+phraseText(toks, i+1, h+1)+") called bad: the one calling criticises", dates, n0)
}

// saidAfter: a second verb of saying coordinated after a trigger, in
// toks[from:to] ("… and warned that", "… and said the"): what follows is
// what that verb reports, so a condition there is not the trigger's.
func saidAfter(toks []token, from, to int) bool {
	for k := from; k+1 < to; k++ {
		if toks[k].low != "and" {
			continue
		}
		if w := toks[k+1].low; reportingVerbs[w] || sayVerbs[w] || w == "warned" || w == "warns" || w == "threatened" || w == "vowed" {
			return true
		}
	}
	return false
}

// Criticism each way (ANNOTATION.md rules 4, 6): "Guyana and Venezuela
// have traded accusations over the disputed Essequibo region", "the
// parties have regularly traded accusations of ceasefire violations",
// "Both countries accused each other of starting the clash", "Each
// country charged the other with aggression" — CRITICIZED of each of the
// pair to the other. The pair is the subject's ("Guyana and Venezuela",
// "the two countries"), else, for "the parties", "the countries", "each
// country", the one pair of states in play (pairInPlay).
var mutualRule = &pattern{typ: "CRITICIZED", conf: 0.75, flags: fVerb, rule: "a pair accusing each other: each criticises the other", source: "curated"}

// mutualVerbs take "each other" as the one criticised.
var mutualVerbs = wordSet("accused", "accuse", "accuses", "accusing", "blamed", "blame", "blames", "blaming", "criticized", "criticised",
	"criticize", "criticise", "criticizing", "criticising", "condemned", "condemn", "condemning", "denounced", "denounce", "denouncing",
	"charged", "charge", "charging", "charges", "slammed")

// tradeVerbs trade what mutualNouns name: "traded accusations".
var tradeVerbs = wordSet("traded", "trade", "trades", "trading", "exchanged", "exchange", "exchanges", "exchanging", "swapped", "hurled")

// mutualNouns are criticism traded between a pair.
var mutualNouns = wordSet("accusations", "accusation", "charges", "countercharges", "counter-accusations", "allegations", "blame",
	"recriminations", "insults", "barbs", "criticism", "condemnations", "denunciations")

// mutualFillers stand between a trade verb and its noun: "traded
// angry accusations", "exchanged fresh charges".
var mutualFillers = wordSet("angry", "bitter", "fresh", "new", "more", "mutual", "heated", "sharp", "harsh", "public", "further")

// pairHeads are a pair's plural nouns with no state named: "the parties".
var pairHeads = wordSet("parties", "countries", "sides", "nations", "neighbours", "neighbors", "governments", "states", "capitals", "rivals")

// eachHeads after "each": "Each country charged the other".
var eachHeads = wordSet("country", "side", "nation", "state", "government", "party", "capital")

// mutualCriticism finds the frame at token i (a verb of criticism or of
// trading) and emits it.
func (c *coder) mutualCriticism(idx int, s Sentence, toks []token, ms []mention, groups []int, dates []dateExpr, n0, i int) {
	w := toks[i].low
	each := false
	switch {
	case mutualVerbs[w]:
		if i+2 >= len(toks) {
			return
		}
		a, b := toks[i+1].low, toks[i+2].low
		switch {
		case a == "each" && b == "other", a == "one" && b == "another":
		case a == "the" && b == "other":
			// "Each country charged the other": only after "each X"
			if i < 2 || toks[i-2].low != "each" || !eachHeads[toks[i-1].low] {
				return
			}
			each = true
		default:
			return
		}
	case tradeVerbs[w]:
		j := i + 1
		for j < len(toks) && j <= i+3 && mutualFillers[toks[j].low] {
			j++
		}
		if j >= len(toks) || !mutualNouns[toks[j].low] {
			return
		}
	default:
		return
	}
	if clauseNegated(toks, i) {
		return
	}
	// the subject: past auxiliaries and adverbs back from the verb
	v := i
	for v > 0 {
		l := toks[v-1].low
		if l == "have" || l == "has" || l == "had" || l == "again" || l == "also" || l == "both" || l == "then" || l == "reportedly" ||
			l == "publicly" || l == "long" || l == "often" || l == "always" || strings.HasSuffix(l, "ly") && toks[v-1].word && !toks[v-1].capital {
			v--
			continue
		}
		break
	}
	var pair []string
	if each {
		v -= 2
		pair = c.r.pairInPlay()
	} else if k := inMentionAt(ms, v-1); k >= 0 && ms[k].end == v && !ms[k].poss && (stateMention(ms, k) || ms[k].kind == mCollective) {
		pair = critGroup(toks, ms, groups, k)
		if len(pair) < 2 && len(ms[k].states) >= 2 {
			pair = ms[k].states
		}
	} else if v >= 2 && pairHeads[toks[v-1].low] && (toks[v-2].low == "the" || toks[v-2].low == "both" || toks[v-2].low == "two") {
		pair = c.r.pairInPlay()
	}
	if len(pair) < 2 || len(pair) > 3 {
		return
	}
	for _, a := range pair {
		c.emitCrit(idx, s, mutualRule, v, i+1, []string{a}, "", pair, "", "a pair "+toks[i].text+" "+toks[i+1].text+" "+toks[i+2].text+": each criticises the other", dates, n0)
	}
}

// Criticism as a judgement said with "as" (rules 4, 14): "The President
// of Russia described Washington's actions to impose pressure through
// sanctions as counterproductive", "describing comments from the French
// foreign minister … as \"hostile and outrageous\"", "Egypt … described
// as misleading a recent statement by the Ethiopian Foreign Ministry",
// "Rabat responded by slamming the move as \"unjustified and
// regrettable\"" — CRITICIZED of the one judging to the doer of what is
// judged: a state named in the object as its possessor, modifier or
// agent ("by", "from", "of" where it names the doer), the object itself
// ("described Washington as …"), else, for "the move", "this decision",
// the doer of the deed in play. The one judging is the verb's subject, or
// for a participle after a comma the sentence's opening state.
var describedAsRule = &pattern{typ: "CRITICIZED", conf: 0.7, flags: fVerb, rule: "a state's deed judged bad with \"as\": the one judging criticises", source: "curated"}

// asJudgeVerbs judge their object "as" something.
var asJudgeVerbs = wordSet("described", "describes", "describe", "describing", "characterized", "characterised", "characterizes",
	"characterises", "characterizing", "characterising", "branded", "branding", "labelled", "labeled", "labelling", "labeling",
	"slammed", "slamming", "slams", "condemned", "condemning", "condemns", "denounced", "denouncing", "denounces", "criticized",
	"criticised", "criticizing", "criticising", "dismissed", "dismissing", "dismisses", "rejected", "rejecting", "rejects",
	"decried", "decrying", "regards", "regarded", "regarding", "termed", "terming", "portrayed", "portraying", "painted", "blasted",
	"blasting", "castigated", "assailed", "lambasted")

// asJudgements after "as" judge the object bad (besides badWords and
// callJudgements).
var asJudgements = wordSet("counterproductive", "counter-productive", "misleading", "regrettable", "treason", "lies", "lie", "unjust",
	"unfair", "interference", "mistake", "destructive", "biased", "racist", "imperialist", "hypocritical", "cynical", "lap", "menace",
	"threat", "dangerous", "unhelpful", "insult", "insulting", "offensive", "hostile", "unfounded", "slander", "fabrication",
	"fabrications", "fabricated", "distorted", "politically", "unacceptable", "nonsense", "ridiculous", "meddling", "violation",
	"breach", "aggression", "invasion", "occupation", "bullying", "blackmail", "colonial", "neocolonial", "neo-colonial", "arrogant",
	"irresponsible", "baseless", "provocative", "aggressor", "enemy", "terrorist", "terrorists", "null", "void", "invalid")

// asFillers stand before the judgement: "as a \"blatant …\"", "as an act
// of", "as totally unacceptable".
var asFillers = wordSet("a", "an", "the", "\"", "“", "”", "'", "‘", "«", "»", "act", "of", "most", "very", "both", "yet", "another", "so",
	"deeply", "an", "more", "nothing", "but", "less", "than", "being", "clear", "clearly", "extremely", "highly", "totally", "completely",
	"utterly", "entirely", "absolutely", "openly", "grossly", "wholly", "simply", "serious", "grave", "new")

// asJudged reports a judgement in the four words from j.
func asJudged(toks []token, j int) (int, bool) {
	for n := 0; j < len(toks) && n < 5; j, n = j+1, n+1 {
		w := toks[j].low
		if badWords[w] || callJudgements[w] || asJudgements[w] {
			return j, true
		}
		if !asFillers[w] && !(strings.HasSuffix(w, "ly") && toks[j].word && !toks[j].capital) {
			return j, false
		}
	}
	return j, false
}

// judgedDoer is the mention naming the doer of what toks[a:b] names, or
// -1; deed reports that the span names a deed with no doer ("the move").
func judgedDoer(toks []token, ms []mention, a, b int) (k int, deed bool) {
	for q, m := range ms {
		if m.start < a || m.end > b || !stateMention(ms, q) && !(m.kind == mCollective) {
			continue
		}
		if m.start == a || m.start == a+1 && toks[a].low == "the" {
			return q, false // the object itself: "described Washington as"
		}
		if m.poss || m.modifier {
			return q, false
		}
		p, pj := prepAt(toks, m.start)
		switch p {
		case "by", "from":
			return q, false
		case "of":
			if pj > 0 && !ofActedOn[toks[pj-1].low] && !deedHeads[toks[pj-1].low] || pj > 0 && (toks[pj-1].low == "actions" || toks[pj-1].low == "action" || toks[pj-1].low == "decision") {
				return q, false
			}
		}
		// "the arms sales by Washington to Taiwan": past the one acted on
	}
	n := b - a
	if n == 1 && (toks[a].low == "it" || toks[a].low == "them" || toks[a].low == "this" || toks[a].low == "these") {
		return -1, true // "condemned it as an \"irresponsible act\""
	}
	if n >= 2 && n <= 4 && (toks[a].low == "the" || toks[a].low == "this" || toks[a].low == "that" || toks[a].low == "such") && (deedHeads[toks[b-1].low] || badDeedNouns[toks[b-1].low]) {
		return -1, true
	}
	return -1, false
}

func (c *coder) describedAs(idx int, s Sentence, toks []token, ms []mention, groups []int, dates []dateExpr, n0, i int) {
	if i+2 >= len(toks) || clauseNegated(toks, i) {
		return
	}
	var a, b int // the object's span
	if toks[i+1].low == "as" {
		// "described as misleading a recent statement by …"
		j, ok := asJudged(toks, i+2)
		if !ok {
			return
		}
		a = j + 1
		for a < len(toks) && (toks[a].low == "”" || toks[a].low == "\"" || toks[a].low == ",") {
			a++
		}
		b = a
		for b < len(toks) && b < a+10 && !isBreak(toks, b) && toks[b].low != "," {
			b++
		}
	} else {
		as := -1
		for j := i + 1; j < len(toks) && j <= i+16; j++ {
			if toks[j].low == "as" {
				as = j
				break
			}
			if isBreak(toks, j) || toks[j].low == "," || quoteMark(toks[j]) || asJudgeVerbs[toks[j].low] {
				return
			}
		}
		if as < 0 {
			return
		}
		if _, ok := asJudged(toks, as+1); !ok {
			return
		}
		a, b = i+1, as
	}
	if a >= b {
		return
	}
	k, deed := judgedDoer(toks, ms, a, b)
	var doer []string
	doerText := ""
	switch {
	case k >= 0:
		doer, doerText = critGroup(toks, ms, groups, k), ms[k].name
		if len(doer) == 0 {
			doer = ms[k].states
		}
	case deed:
		// the deed named before in the sentence ("the blockade imposed
		// by the United States … and described it as unjustifiable"),
		// else the one in play from the sentences just before
		for h := a - 1; h > 0 && doer == nil; h-- {
			if deedHeads[toks[h].low] || badDeedNouns[toks[h].low] {
				if q := deedDoerBefore(toks, ms, h); q >= 0 {
					doer = ms[q].states
				} else if q := deedDoerAfter(toks, ms, h); q >= 0 {
					doer = ms[q].states
				}
			}
		}
		if doer == nil && (c.cr.deedAt >= idx-3 || len(c.lastAttackers) == 1 && c.lastAttackAt >= idx-3) {
			doer = c.deedInPlay()
		}
	}
	if len(doer) == 0 {
		return
	}
	var judge []string
	if strings.HasSuffix(toks[i].low, "ing") && i > 0 && participleOpeners[toks[i-1].low] {
		// "Mali's junta expelled the French ambassador on Monday,
		// describing …": the sentence's opening state
		for q, m := range ms {
			if m.start >= i || m.start > 5 {
				break
			}
			if stateMention(ms, q) && prepBefore(toks, m.start) == "" {
				judge = critGroup(toks, ms, groups, q)
				if len(judge) == 0 {
					judge = m.states
				}
				break
			}
		}
	} else {
		judge = subjectsBefore(toks, ms, groups, i)
		// the subject ends the clause before the verb
		if len(judge) > 0 {
			last := -1
			for q, m := range ms {
				if m.end <= i {
					last = q
				}
			}
			if last < 0 || breakBetween(toks, ms[last].end, i) {
				judge = nil
			}
		}
	}
	if len(judge) == 0 || intersects(judge, doer) {
		return
	}
	c.emitCrit(idx, s, describedAsRule, i, b, judge, "", doer, doerText, "what a state did "+toks[i].text+" as bad: the one judging criticises", dates, n0)
}

// participleOpeners before a participle of judging leave its subject the
// sentence's: "…, describing", "after describing", "by slamming".
var participleOpeners = wordSet(",", "by", "after", "while", "before", "when", "in", "and")

// deedDoerAfter is the state a deed head at h names right after it as its
// agent ("the blockade imposed by the United States", "the sanctions of
// Washington"): -1 for none.
func deedDoerAfter(toks []token, ms []mention, h int) int {
	for j := h + 1; j < len(toks) && j <= h+3; j++ {
		if toks[j].low == "by" || toks[j].low == "of" && !ofActedOn[toks[h].low] {
			n := j + 1
			if n < len(toks) && toks[n].low == "the" {
				n++
			}
			if k := mentionStartingAt(ms, n); k >= 0 && stateMention(ms, k) {
				return k
			}
			return -1
		}
		if isBreak(toks, j) || toks[j].low == "," {
			return -1
		}
	}
	return -1
}

// Criticism given as the grounds of a step (rules 14, 39): "Russia … as a
// response to unfriendly decisions by the UK aviation authorities",
// "severing diplomatic ties with Morocco due to the neighbor's \"hostile
// actions\"", "in response to the “hostile gesture”", "as a result of
// numerous unfriendly actions toward the Republic of Moldova" —
// CRITICIZED of the one taking the step to the doer of the deeds it
// names hostile. The doer is a state the deed names as its possessor,
// modifier or agent ("by", "of"), else the other of the pair in play; the
// one responding is the sentence's first state no preposition governs,
// else the one the deeds were "toward", "against", else the other of the
// pair in play.
var groundsRule = &pattern{typ: "CRITICIZED", conf: 0.7, flags: fVerb, rule: "a step taken in response to a state's deeds called hostile: the one responding criticises", source: "curated"}

// hostileAdjs call a state's deeds hostile.
var hostileAdjs = wordSet("unfriendly", "hostile", "provocative", "aggressive", "destabilising", "destabilizing", "malign", "subversive",
	"vicious", "reckless", "russophobic", "anti-russian")

// groundsHeads are the deeds so called: "unfriendly actions".
var groundsHeads = wordSet("action", "actions", "act", "acts", "decision", "decisions", "step", "steps", "gesture", "gestures", "behaviour",
	"behavior", "move", "moves", "activities", "activity", "conduct", "measures", "policy", "policies", "attitude", "stance", "statements",
	"remarks", "deeds", "conduct")

// groundsOpeners end the words that make what follows the grounds: "in
// response to", "as a result of", "due to", "because of", "over".
func groundsOpener(toks []token, j int) bool {
	if j < 1 {
		return false
	}
	w, p := toks[j].low, toks[j-1].low
	switch w {
	case "to":
		return p == "response" || p == "due" || p == "reaction" || p == "answer"
	case "of":
		return p == "because" || p == "result" || p == "consequence"
	case "for":
		return p == "retaliation" || p == "reprisal"
	case "over":
		return true
	}
	return false
}

// groundsFillers stand between the opener and the adjective: "the",
// "numerous", quotation marks, the doer's possessive.
var groundsFillers = wordSet("the", "its", "their", "his", "her", "these", "those", "such", "numerous", "repeated", "other", "recent", "a",
	"series", "of", "continued", "continuing", "latest", "new", "\"", "“", "'", "‘", "a", "number", "increasingly", "openly")

func (c *coder) hostileGrounds(idx int, s Sentence, toks []token, ms []mention, groups []int, dates []dateExpr, n0, i int) {
	// the deed noun after the adjective ("unfriendly and hostile actions")
	h := -1
	for j := i + 1; j < len(toks) && j <= i+4; j++ {
		w := toks[j].low
		if groundsHeads[w] {
			h = j
			break
		}
		if !(hostileAdjs[w] || w == "and" || quoteMark(toks[j]) || w == "," || strings.HasSuffix(w, "ly")) {
			return
		}
	}
	if h < 0 {
		return
	}
	// the opener before it
	o := -1
	for j, n := i-1, 0; j > 0 && n < 6; j, n = j-1, n+1 {
		if groundsOpener(toks, j) {
			o = j
			break
		}
		if inMentionAt(ms, j) >= 0 || toks[j].poss || groundsFillers[toks[j].low] || quoteMark(toks[j]) {
			continue
		}
		return
	}
	if o < 0 || clauseNegated(toks, o) {
		return
	}
	var doer, victim []string
	doerText := ""
	if k := deedDoerBefore(toks, ms, i); k >= 0 && ms[k].start > o {
		doer, doerText = ms[k].states, ms[k].name
	} else if k := deedDoerAfter(toks, ms, h); k >= 0 {
		doer, doerText = critGroup(toks, ms, groups, k), ms[k].name
	} else if h+2 < len(toks) && (toks[h+1].low == "of" || toks[h+1].low == "by") {
		// "of The Hague": a name that opens with "the"
		if k := mentionStartingAt(ms, h+2); k >= 0 && stateMention(ms, k) {
			doer, doerText = ms[k].states, ms[k].name
		}
	}
	for j := h + 1; j < len(toks) && j <= h+3 && victim == nil; j++ {
		if w := toks[j].low; w == "toward" || w == "towards" || w == "against" {
			n := j + 1
			if n < len(toks) && toks[n].low == "the" {
				n++
			}
			for k := range ms {
				if ms[k].start >= j+1 && ms[k].start <= n+3 && stateMention(ms, k) {
					victim = ms[k].states
					break
				}
			}
		}
	}
	// the one responding: the sentence's first state no preposition governs
	var resp []string
	for q, m := range ms {
		if m.start >= o {
			break
		}
		if stateMention(ms, q) && prepBefore(toks, m.start) == "" && !(m.modifier && !m.poss && !organTail(toks, m.end)) {
			resp = critGroup(toks, ms, groups, q)
			if len(resp) == 0 {
				resp = m.states
			}
			break
		}
	}
	if resp == nil {
		resp = victim
	}
	pair := c.r.pairInPlay()
	other := func(of []string) []string {
		if len(of) != 1 || len(pair) != 2 || !contains(pair, of[0]) {
			return nil
		}
		if pair[0] == of[0] {
			return []string{pair[1]}
		}
		return []string{pair[0]}
	}
	if doer == nil {
		doer = other(resp)
	}
	if resp == nil {
		resp = other(doer)
	}
	if len(doer) == 0 || len(resp) == 0 || intersects(doer, resp) {
		return
	}
	c.emitCrit(idx, s, groundsRule, o, h+1, resp, "", doer, doerText, "a step taken "+phraseText(toks, o-1, h+1)+": the one responding criticises", dates, n0)
}

// organTail: the words after a demonym name an organ of its state ("the
// Russian side", "Moldovan authorities"), not a thing ("Bolivian
// officials" is people: no speaker of the step).
func organTail(toks []token, e int) bool {
	if e >= len(toks) {
		return false
	}
	switch toks[e].low {
	case "side", "government", "authorities", "foreign", "ministry", "embassy":
		return true
	}
	return false
}

// Interference in a state's internal affairs (rules 14, 39): "“The
// Canadian position is an overt and blatant interference in the internal
// affairs of the kingdom of Saudi Arabia,” the Saudi foreign ministry
// tweeted", "‘The plain interference of Ethiopia's Government in the
// internal affairs of Somalia is a violation …’", "The statement amounted
// to “unacceptable interference in internal affairs …,” Peru’s foreign
// ministry said" — CRITICIZED of the state whose affairs they are (named
// "X's", "of X", "our"), else the speaker, to the one interfering: the
// state "of" or "by" which the interference comes, its possessor or
// modifier, the state the clause opens with, else the other of the pair in
// play. A principle ("non-interference in each other's internal affairs",
// "respecting … not interfering") or a negation is none.
var interferenceRule = &pattern{typ: "CRITICIZED", conf: 0.7, flags: fNominal, rule: "interference in a state's internal affairs: the state criticises the one interfering", source: "curated"}

// interfereWords name the interfering.
var interfereWords = wordSet("interference", "interfering", "interfere", "interfered", "interferes", "meddling")

// affairsWords: "internal affairs", "domestic affairs", "internal matters".
func affairsAt(toks []token, j int) bool {
	return j+1 < len(toks) && (toks[j].low == "internal" || toks[j].low == "domestic") && (toks[j+1].low == "affairs" || toks[j+1].low == "matters")
}

func (c *coder) interference(idx int, s Sentence, toks []token, ms []mention, groups []int, dates []dateExpr, n0, i int) {
	if i > 0 && (strings.HasPrefix(toks[i-1].low, "non") || toks[i-1].low == "not" || toks[i-1].low == "against" || toks[i-1].low == "to" && i > 1 && toks[i-2].low == "opposition") {
		return
	}
	// the affairs: "in (the|X's|its) internal affairs" within the next words
	a := -1
	for j := i + 1; j < len(toks) && j <= i+8; j++ {
		if affairsAt(toks, j) {
			a = j
			break
		}
		if isBreak(toks, j) {
			return
		}
	}
	if a < 0 || clauseNegated(toks, i) {
		return
	}
	for j := i + 1; j < a; j++ {
		if toks[j].low == "each" || toks[j].low == "one" && j+1 < a && toks[j+1].low == "another" {
			return
		}
	}
	// whose affairs
	var owner []string
	for j := a - 1; j > i; j-- {
		if k := inMentionAt(ms, j); k >= 0 && ms[k].poss {
			if len(ms[k].states) > 0 && (stateMention(ms, k) || ms[k].kind == mAuthor) {
				owner = ms[k].states
			}
			break
		}
	}
	if owner == nil && a+3 < len(toks) && toks[a+2].low == "of" {
		for k := range ms {
			if ms[k].start >= a+3 && ms[k].start <= a+6 && stateMention(ms, k) {
				if !breakBetween(toks, a+2, ms[k].start) {
					owner = ms[k].states
				}
				break
			}
		}
	}
	if owner == nil {
		owner = c.saidBy(s.Text, true)
	}
	if len(owner) != 1 {
		return
	}
	// who interferes: "… by X" after the affairs names it ("by one
	// country" names none)
	var doer []string
	doerText := ""
	for j := a + 2; j < len(toks) && j <= a+9; j++ {
		if isBreak(toks, j) || toks[j].low == "," {
			break
		}
		if toks[j].low != "by" {
			continue
		}
		n := j + 1
		if n < len(toks) && toks[n].low == "the" {
			n++
		}
		k := mentionStartingAt(ms, n)
		if k < 0 {
			k = mentionStartingAt(ms, j+1)
		}
		if k < 0 || !stateMention(ms, k) {
			return
		}
		doer, doerText = ms[k].states, ms[k].name
		break
	}
	if doer != nil {
	} else if k := deedDoerAfter(toks, ms, i); k >= 0 && ms[k].start < a {
		doer, doerText = ms[k].states, ms[k].name
	} else if i+2 < len(toks) && (toks[i+1].low == "of" || toks[i+1].low == "by") {
		if k := mentionStartingAt(ms, i+2); k >= 0 && stateMention(ms, k) {
			doer, doerText = ms[k].states, ms[k].name
		}
	}
	if doer == nil {
		if k := deedDoerBefore(toks, ms, i); k >= 0 {
			doer, doerText = ms[k].states, ms[k].name
		}
	}
	if doer == nil {
		// the clause's first state: "The Canadian position is … interference"
		for q, m := range ms {
			if m.start >= i {
				break
			}
			if stateMention(ms, q) && !breakBetween(toks, m.end, i) && !contains(m.states, owner[0]) {
				doer, doerText = m.states, m.name
				break
			}
		}
	}
	if doer == nil {
		if pair := c.r.pairInPlay(); len(pair) == 2 && contains(pair, owner[0]) {
			if pair[0] == owner[0] {
				doer = []string{pair[1]}
			} else {
				doer = []string{pair[0]}
			}
		}
	}
	if len(doer) == 0 || intersects(doer, owner) {
		return
	}
	c.emitCrit(idx, s, interferenceRule, i, a+2, owner, "", doer, doerText, "interference in a state's internal affairs: the state criticises the one interfering", dates, n0)
}
