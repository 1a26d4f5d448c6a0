package extract

import "strings"

// Criticism said by naming a state's deed as bad (issue #12, ANNOTATION.md
// rules 14 and 39): no verb of criticism, only a noun phrase that judges —
//
//	judge                      bad deed                       doer
//	(the Russian side)         unfriendly actions by          the British authorities
//	Moscow said                the unfriendly actions of      The Hague
//	(Canada)                   the repeated human rights violations by the Chinese government
//	he said the government …   against                        Ethiopian aggression
//	(Cuba's statement)         Washington's unilateral sanctions … (judged "genocidal")
//
// is CRITICIZED of the judge to the doer. The deed is a noun of acting
// ("actions", "steps", "policy", "statements", "attacks") after a word of
// judgement ("unfriendly", "hostile", "baseless", "unprovoked",
// "illegal"), or a noun that judges by itself ("aggression",
// "provocations", "interference"); the doer its possessor or modifier
// ("Britain's", "Ethiopian"), or the state "by", "of" or "from" which it
// comes right after it ("of" only where it can name the doer: "the
// invasion of Ukraine" names the victim). The judge is the subject of a
// verb of saying or judging before the phrase ("Le Drian said …"), the
// speaker named after it (", Germany said"), the subject of the main
// clause a leading "In response to …" hangs on, else the author of an
// official statement. A negated or hedged phrase is none; so is a deed
// with no doer named ("We regard this as unjustified and unfriendly
// actions": the doer is in the sentence before, left to discourse).

var badDeedRule = &pattern{typ: "CRITICIZED", conf: 0.7, flags: fNominal, rule: "a deed named bad with its doer: the judge criticises", source: "curated"}

// badWords judge a deed as wrong.
var badWords = wordSet("unfriendly", "hostile", "provocative", "aggressive", "illegal", "unlawful", "illegitimate", "unjustified",
	"unjustifiable", "unprovoked", "unacceptable", "outrageous", "baseless", "groundless", "unfounded", "false", "reckless",
	"irresponsible", "brutal", "barbaric", "barbarous", "criminal", "genocidal", "inhumane", "blatant", "flagrant", "gross",
	"russophobic", "inexcusable", "reprehensible", "ruthless", "arbitrary", "pitiful", "deplorable", "shameful", "malicious",
	"slanderous", "absurd", "destabilizing", "destabilising", "intolerable", "unwarranted", "wild", "despicable", "heinous",
	"abhorrent", "cowardly", "treacherous", "belligerent", "lawless", "unilateral", "unethical", "irrational", "repressive")

// badDeedNouns name a state's acting, judged by a bad word before them.
var badDeedNouns = wordSet("action", "actions", "act", "acts", "step", "steps", "decision", "decisions", "move", "moves", "measure",
	"measures", "policy", "policies", "behaviour", "behavior", "conduct", "attitude", "posture", "stance", "statement", "statements",
	"remarks", "comments", "claims", "accusations", "allegations", "charges", "attack", "attacks", "attempt", "attempts", "activities",
	"activity", "invasion", "incursion", "campaign", "violation", "violations", "pressure", "sanctions", "blockade", "seizure",
	"occupation", "crackdown", "threats", "rhetoric", "propaganda", "practices", "espionage", "interference", "intervention",
	"aggression", "provocation", "provocations", "strikes", "strike", "shelling", "bombing", "bombings", "annexation")

// badNouns judge by themselves: "Ethiopian aggression", "X's provocations".
var badNouns = wordSet("aggression", "provocation", "provocations", "interference", "meddling", "atrocities")

// doerOf: after these "of X" names the one acted on ("the invasion of
// Ukraine", "violation of Somalia's sovereignty"), not the doer.
var ofActedOn = wordSet("invasion", "incursion", "violation", "violations", "attack", "attacks", "seizure", "occupation",
	"blockade", "sanctions", "pressure", "annexation", "strikes", "strike", "shelling", "bombing", "bombings", "crackdown",
	"intervention", "interference", "aggression", "threats", "claims", "accusations", "allegations", "charges", "campaign")

// judgeVerbs before a bad deed give its judge: "regards", "called".
var judgeVerbs = wordSet("regard", "regards", "regarded", "called", "calls", "described", "describes", "termed", "denounced",
	"condemned", "condemns", "slammed", "rejected", "rejects", "cited", "citing", "accused", "accuses", "blamed", "blames",
	"reiterated", "deplored", "criticized", "criticised", "protested", "opposes", "opposed", "denied", "denies", "lamented",
	"laments", "decried", "regretted", "condemning", "denouncing", "describing", "calling")

// hypothetical: "any", "further", "future" or "possible" in the three
// words before a deed make it one not done ("any further Russian
// aggression toward Ukraine would result in a severe response").
func hypothetical(toks []token, j0 int) bool {
	for j := j0 - 1; j >= 0 && j >= j0-3; j-- {
		switch toks[j].low {
		case "any", "further", "future", "possible", "potential", "new":
			return true
		}
	}
	return false
}

// responseOpeners open a clause of reason the main clause answers: "In
// response to unfriendly actions by the British authorities …, the
// Russian side made a decision".
var responseOpeners = wordSet("response", "retaliation", "reaction", "reply")

func (c *coder) badDeeds(idx int, s Sentence, toks []token, ms []mention, groups []int, dates []dateExpr, n0 int) {
	if len(ms) < 1 {
		return
	}
	for i := 1; i < len(toks); i++ {
		w := toks[i].low
		if !badDeedNouns[w] {
			continue
		}
		// the words of judgement before the noun: "unjustified and
		// unfriendly", "the repeated human rights", "illegal and unjustifiable"
		j0, bad := i, badNouns[w]
		for j, n := i-1, 0; j >= 0 && n < 5; j, n = j-1, n+1 {
			lw := toks[j].low
			if badWords[lw] {
				bad, j0 = true, j
				continue
			}
			if lw == "and" || lw == "," || lw == "human" || lw == "rights" || lw == "repeated" || lw == "continued" || lw == "such" ||
				lw == "so-called" || lw == "military" || lw == "armed" || strings.HasSuffix(lw, "ly") && toks[j].word && !toks[j].capital {
				if bad || j == i-1 || j == i-2 {
					j0 = j
					continue
				}
			}
			break
		}
		for j0 < i && (toks[j0].low == "and" || toks[j0].low == ",") {
			j0++
		}
		if !bad || toks[i].capital && i > 0 {
			continue
		}
		// "any further Russian aggression … would result in": no deed yet
		if j0 > 0 && (negators[toks[j0-1].low] || toks[j0-1].low == "no" || hypothetical(toks, j0)) || clauseNegated(toks, j0) || quotedFromOpposition(toks, i) {
			continue
		}
		doer := c.deedDoer(toks, ms, j0, i)
		if doer < 0 {
			continue
		}
		judge, judgeText := c.deedJudge(toks, ms, groups, doer, j0, i)
		if judge == nil {
			continue
		}
		t := &trig{match: match{p: badDeedRule, start: j0, end: i + 1}, subjM: -1}
		reasons := []string{"a deed named bad (" + phraseText(toks, j0, i+1) + ") with its doer: the one judging criticises"}
		for _, a := range uniq(judge) {
			for _, gi := range groupOf(groups, doer) {
				if ms[gi].kind == mNonState || ms[gi].kind == mAuthor {
					continue
				}
				for _, b := range uniq(ms[gi].states) {
					if a == b || a == "" || b == "" || c.hasPair(n0, idx, "CRITICIZED", a, b) {
						continue
					}
					c.emit(idx, s, t, a, b, judgeText, ms[gi].name, badDeedRule.conf, reasons, dates, false)
				}
			}
		}
	}
}

// hasPair tells whether the sentence already gave typ from subj to obj.
func (c *coder) hasPair(n0, idx int, typ, subj, obj string) bool {
	for _, cd := range c.d.Candidates[n0:] {
		if cd.Sentence == idx && cd.Type == typ && cd.Subject == subj && cd.Object == obj {
			return true
		}
	}
	return false
}

// deedDoer returns the mention of the state whose deed the noun at i
// (judged from j0) names: its possessor or modifier right before, else
// "by X", "of X", "from X" right after; -1 for none.
func (c *coder) deedDoer(toks []token, ms []mention, j0, i int) int {
	if j0 > 0 {
		if k := inMentionAt(ms, j0-1); k >= 0 {
			m := ms[k]
			if m.end == j0 && (m.poss || m.modifier) && m.kind != mNonState && m.kind != mAuthor && len(m.states) > 0 {
				return k
			}
			return -1
		}
		// "the Lukashenko regime's involvement in Vladimir Putin's illegal
		// and unjustifiable invasion": a possessor once removed is none
		if toks[j0-1].poss {
			return -1
		}
	}
	if i+2 >= len(toks) {
		return -1
	}
	p := toks[i+1].low
	if !(p == "by" || p == "of" && !ofActedOn[toks[i].low] || p == "from" && (badNouns[toks[i].low] || toks[i].low == "pressure")) {
		return -1
	}
	k := mentionStartingAt(ms, i+2)
	if k < 0 && toks[i+2].low == "the" && i+3 < len(toks) {
		k = mentionStartingAt(ms, i+3)
	}
	if k < 0 || ms[k].kind == mNonState || ms[k].kind == mAuthor || ms[k].kind == mPronoun || len(ms[k].states) == 0 {
		return -1
	}
	return k
}

// deedJudge returns who judges the deed named from j0 to i done by
// mention doer: the subject of a verb of saying or judging before it in
// its clause, the speaker named after it, the main clause's subject for
// a leading "In response to …", else the author of an official
// statement.
func (c *coder) deedJudge(toks []token, ms []mention, groups []int, doer, j0, i int) ([]string, string) {
	from := j0
	if ms[doer].start < from {
		from = ms[doer].start
	}
	notDoer := func(k int) bool {
		for _, gi := range groupOf(groups, doer) {
			if gi == k {
				return false
			}
		}
		return true
	}
	for j := from - 1; j >= 0 && j >= from-10; j-- {
		if clauseBreak[toks[j].low] {
			break
		}
		if !judgeSayVerbs[toks[j].low] && !judgeVerbs[toks[j].low] {
			continue
		}
		// "called for an end to the illegal occupation by Russia": a
		// demand, no judgement (rule 15)
		if j+1 < len(toks) && (toks[j+1].low == "for" || toks[j+1].low == "on" || toks[j+1].low == "upon") {
			break
		}
		for k := len(ms) - 1; k >= 0; k-- {
			m := ms[k]
			if m.end > j || m.kind == mNonState || len(m.states) == 0 || m.start > 0 && preps[toks[m.start-1].low] {
				continue
			}
			if breakBetween(toks, m.end, j) || !notDoer(k) {
				break
			}
			var out []string
			for _, gi := range groupOf(groups, k) {
				if ms[gi].kind != mNonState {
					out = append(out, ms[gi].states...)
				}
			}
			return uniq(out), m.name
		}
		break
	}
	// "…, Germany said", "…, said Germany"
	for j := i + 1; j+1 < len(toks); j++ {
		if toks[j].low != "," && toks[j].low != "”" && toks[j].low != "\"" {
			continue
		}
		n := j + 1
		for n < len(toks) && (toks[n].low == "," || toks[n].low == "”" || toks[n].low == "\"") {
			n++
		}
		if n >= len(toks) {
			break
		}
		if k := mentionStartingAt(ms, n); k >= 0 && ms[k].end < len(toks) && sayVerbs[toks[ms[k].end].low] && ms[k].kind != mNonState && len(ms[k].states) > 0 && notDoer(k) {
			return ms[k].states, ms[k].name
		} else if sayVerbs[toks[n].low] {
			if k := mentionStartingAt(ms, n+1); k >= 0 && ms[k].kind != mNonState && len(ms[k].states) > 0 && notDoer(k) {
				return ms[k].states, ms[k].name
			}
			// "said a foreign ministry statement", "said Castro": the
			// speaker unnamed as a state
			break
		}
	}
	// "In response to unfriendly actions by the British authorities and on
	// the basis of reciprocity, the Russian side made a decision"; "…
	// expelled … as a response to the unfriendly actions of The Hague"
	r := -1
	for j := from - 1; j >= 0 && j >= from-3; j-- {
		if responseOpeners[toks[j].low] || toks[j].low == "because" || toks[j].low == "due" {
			r = j
			break
		}
	}
	if r >= 0 {
		if sub := subjectsBefore(toks, ms, groups, r); sub != nil {
			for _, k := range groupOf(groups, doer) {
				for _, st := range ms[k].states {
					for _, x := range sub {
						if x == st {
							return nil, ""
						}
					}
				}
			}
			return sub, ""
		}
		for j := i + 1; j+1 < len(toks) && r <= 3; j++ {
			if toks[j].low != "," {
				continue
			}
			n := j + 1
			if toks[n].low == "the" && n+1 < len(toks) {
				n++
			}
			if k := mentionStartingAt(ms, n); k >= 0 && ms[k].kind != mNonState && len(ms[k].states) > 0 && notDoer(k) && !ms[k].poss && prepBefore(toks, ms[k].start) == "" {
				return ms[k].states, ms[k].name
			}
		}
	}
	return nil, ""
}
