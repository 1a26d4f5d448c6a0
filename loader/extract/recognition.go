package extract

import "strings"

// Recognition switched from one government to another.
//
//	The Solomon Islands switched diplomatic recognition from Taiwan to China on Monday
//	Kiribati … announced it has switched diplomatic recognition to China on Friday
//	his country's decision to switch diplomatic recognition to China
//
// is the switcher's recognition of the state it switches to and its ties
// with the one it switches from reduced (ANNOTATION.md rules 20 and 43).
// The one switched from is the state after "from"; with none named, a
// switch between Beijing and Taipei is from the other of the two, the one
// pair whose recognition excludes the other's (rule 43: "the switch is from
// Taipei in the sentence itself").

var (
	switchRecognizedRule = &pattern{typ: "RECOGNIZED", conf: 0.85, flags: fVerb, rule: "recognition switched to a state", source: "curated"}
	switchReducedRule    = &pattern{typ: "REDUCED_RELATIONS", conf: 0.8, flags: fVerb, rule: "recognition switched away from a state", source: "curated"}
)

// switchVerbs say a change of side; switchNouns what is changed.
var (
	switchVerbs = wordSet("switch", "switches", "switched", "switching", "shift", "shifts", "shifted", "shifting", "transfer", "transfers",
		"transferred", "transferring")
	switchNouns = wordSet("recognition", "allegiance")
)

// exclusivePair names the two governments a state recognises one of only.
var exclusivePair = map[string]string{"CHN": "TWN", "TWN": "CHN"}

func (c *coder) switchedRecognition(idx int, s Sentence, toks []token, ms []mention, groups []int, dates []dateExpr, before int) {
	for i := 0; i+2 < len(toks); i++ {
		if !switchVerbs[toks[i].low] {
			continue
		}
		// "switched diplomatic recognition", "switched its recognition"
		n := i + 1
		for n < len(toks) && n < i+4 && !switchNouns[toks[n].low] {
			if w := toks[n].low; w != "diplomatic" && w != "its" && w != "their" && w != "official" && w != "formal" {
				break
			}
			n++
		}
		if n >= len(toks) || !switchNouns[toks[n].low] {
			continue
		}
		if clauseNegated(toks, i) {
			continue // "has no plans to switch recognition"
		}
		var from, to []string
		j := n + 1
		for j+1 < len(toks) && j < n+6 && (toks[j].low == "from" || toks[j].low == "to") {
			k := mentionStartingAt(ms, j+1)
			if k < 0 && toks[j+1].low == "the" {
				k = mentionStartingAt(ms, j+2)
			}
			if k < 0 || !stateAt(toks, ms, k) {
				break
			}
			if toks[j].low == "from" {
				from = ms[k].states
			} else {
				to = ms[k].states
			}
			j = ms[k].end
		}
		if len(to) != 1 {
			continue
		}
		if !switcherBefore(toks, ms, i) {
			continue // "six countries have switched allegiance": no state named
		}
		subj := subjectsBefore(toks, ms, groups, i)
		if len(subj) == 0 {
			continue
		}
		if len(from) == 0 {
			if o, ok := exclusivePair[to[0]]; ok {
				from = []string{o}
			}
		}
		reasons := []string{"recognition switched (" + phraseLow(toks, i, n+1) + ")"}
		for _, a := range subj {
			if a == to[0] {
				continue
			}
			if !c.hasPair(before, idx, "RECOGNIZED", a, to[0]) {
				c.emitEach(idx, s, switchRecognizedRule, i, n+1, []string{a}, to, reasons, dates)
			}
			for _, f := range from {
				if f != a && f != to[0] && !c.hasPair(before, idx, "REDUCED_RELATIONS", a, f) {
					c.emitEach(idx, s, switchReducedRule, i, n+1, []string{a}, []string{f}, reasons, dates)
				}
			}
		}
		return
	}
}

// switchGap are the words between a switcher and its verb: auxiliaries,
// adverbs of time and manner, a decision ("decided to", "'s decision to").
var switchGap = wordSet("has", "have", "had", "will", "to", "decided", "decides", "decision", "'s", "’s", "also", "formally",
	"officially", "already", "recently", "finally", "then", "later", "agreed", "voted", "moved", "announced", "its", "the", "is", "was", "set")

// switcherBefore: the nearest mention before the verb at i is its subject,
// with only switchGap words between, and it names a state ("six countries"
// names none).
func switcherBefore(toks []token, ms []mention, i int) bool {
	for k := len(ms) - 1; k >= 0; k-- {
		if ms[k].end > i {
			continue
		}
		for j := ms[k].end; j < i; j++ {
			if !switchGap[toks[j].low] {
				return false
			}
		}
		return stateAt(toks, ms, k)
	}
	return false
}

// Recognition of a thing, not a state.
//
//	after Algeria on March 6 announced its recognition of the new Republic, both Morocco and Mauritania …
//	we agreed in our recognition of the Japan-Australia "Special Strategic Partnership" as having entered a new dimension
//	a mechanism for mutual recognition of quality standards … and other internationally recognized standards in which Kenya and Uganda are members
//
// The object of "recognition of" or "recognize" is the noun phrase right
// after it. When that phrase names no state and ends at a comma, the states
// after the comma belong to the next clause; when a state in it only
// modifies another noun ("the Japan-Australia partnership", "the Chinese
// role"), the noun is what is recognised; and "internationally recognized
// standards" is an adjective before a noun, no act. A state's own heads
// ("the Palestinian state", "the Afghan government", "Croatia's
// independence") keep the recognition of the state.

// recognizedHeads are the nouns after a state's name or demonym that still name
// the state or its standing.
var recognizedHeads = wordSet("state", "states", "government", "governments", "republic", "regime", "independence", "sovereignty",
	"statehood", "authorities", "authority", "nation", "people", "leadership", "administration", "junta", "entity", "existence")

// recognitionOfThing reports whether the RECOGNIZED trigger t has a thing,
// not a state, as its object.
func recognitionOfThing(toks []token, ms []mention, t *trig) bool {
	// "internationally recognized standards": an adverb, the participle
	// and a lower-case noun
	if w := toks[t.start].low; t.end-t.start == 1 && (w == "recognized" || w == "recognised") && t.start > 0 && strings.HasSuffix(toks[t.start-1].low, "ly") &&
		t.end < len(toks) && toks[t.end].word && !toks[t.end].capital && !determiners[toks[t.end].low] && !preps[toks[t.end].low] && inMentionAt(ms, t.end) < 0 {
		return true
	}
	// only the words of recognition itself: "recognition of", "recognize";
	// "establish diplomatic relations at the ambassadorial level" has no
	// object phrase
	last := toks[t.end-1].low
	if last == "of" && t.end >= 2 {
		last = toks[t.end-2].low
	}
	if !strings.HasPrefix(last, "recogni") {
		return false
	}
	first := firstMentionFrom(ms, t.end)
	if first < 0 {
		return false
	}
	// "recognition of the new Republic, both Morocco and …": the phrase
	// ends at a comma before any state
	for j := t.end; j < ms[first].start; j++ {
		if toks[j].text == "," || toks[j].text == ";" || isBreak(toks, j) {
			return j > t.end+1 && toks[j-1].word && !determiners[toks[j-1].low] && !preps[toks[j-1].low]
		}
		if !toks[j].word && !quoteMark(toks[j]) {
			return false
		}
	}
	// only determiners and adjectives between: "the", "our", "new"
	for j := t.end; j < ms[first].start; j++ {
		if preps[toks[j].low] && toks[j].low != "of" || toks[j].capital && !determiners[toks[j].low] {
			return false
		}
	}
	// the state modifies a noun: the head is the last word of the phrase
	// after it ("role", "Partnership"), before a function word
	m := ms[first]
	if m.poss {
		return false // "Croatia's independence": the state's own
	}
	head := -1
	from := m.end
	// "the Japan-Australia partnership": a pair before the noun
	if from+1 < len(toks) && toks[from].text == "-" {
		if k := mentionStartingAt(ms, from+1); k >= 0 {
			m, from = ms[k], ms[k].end
		}
	}
	for j := from; j < len(toks) && j < from+5; j++ {
		if quoteMark(toks[j]) {
			continue
		}
		if !toks[j].word || preps[toks[j].low] || determiners[toks[j].low] || toks[j].low == "and" || toks[j].low == "or" || toks[j].low == "as" || inMentionAt(ms, j) >= 0 {
			break
		}
		if !toks[j].capital && !m.demonym && !m.modifier {
			break // "recognized Kosovo last week": a name, then words of the clause
		}
		head = j
	}
	return head >= 0 && !recognizedHeads[toks[head].low]
}

// Relations restored, resumed, normalised or established, their pair not
// named in the clause.
//
//	Diplomatic ties were normalized that year and Tokyo gave Seoul loans …
//	the respective embassies in the capitals of both countries reopen and diplomatic relations formally resume
//	diplomatic ties and activities will restart
//	Since establishing diplomatic ties over half a century ago, bilateral relations have grown steadily
//	Before the signing of the agreement to resume diplomatic relations which were broken off in September 1961, …
//
// The relations are the subject ("ties were normalized") or the object of
// a verb with no subject ("since establishing diplomatic ties"); the pair
// is the one the sentence or the text has in play (discourse.go
// pairInPlay): a recognition each way (ANNOTATION.md rules 20, 27). A
// negation, a modal ("could be restored") or a condition ("if relations
// are restored") gives none; a sentence that already drafted a recognition
// is left as it is.

var relationsRestoredRule = &pattern{typ: "RECOGNIZED", conf: 0.8, flags: fNominal, rule: "relations restored or established, the pair in play", source: "curated"}

var (
	// restoredForms follow the relations: "were restored", "will resume"
	restoredForms = wordSet("restored", "resumed", "resume", "resumes", "restart", "restarted", "restarts", "normalized", "normalised",
		"re-established", "reestablished", "established")
	// restoreVerbs take the relations as object with no subject: "since
	// establishing diplomatic ties", "the agreement to resume relations"
	restoreVerbs = wordSet("establish", "establishing", "resume", "resuming", "restore", "restoring", "normalize", "normalizing",
		"normalise", "normalising", "re-establish", "re-establishing", "reestablish", "reestablishing")
	// restoredBetween may stand between the relations and the verb
	restoredBetween = wordSet("were", "was", "have", "has", "had", "been", "be", "will", "are", "is", "formally", "later", "officially",
		"finally", "fully", "soon", "then", "again", "quickly", ";")
	restoredModals = wordSet("could", "would", "should", "may", "might", "must", "can", "if", "unless", "until", "whether")
	// wishWords before "to" make the verb a wish, not a deed
	wishWords = wordSet("willingness", "readiness", "intention", "intentions", "plan", "plans", "offer", "offers", "desire", "wish",
		"hope", "hopes", "proposal", "proposals", "bid", "attempt", "attempts", "efforts", "effort", "ready", "willing", "want", "wants",
		"wanted", "seek", "seeks", "sought", "prepared", "eager", "keen", "aim", "aims", "refused")
	// noSubjectBefore open a clause with no subject before the verb
	noSubjectBefore = wordSet("since", "after", "to", "upon", "on", "by")
)

func (c *coder) relationsRestored(idx int, s Sentence, toks []token, ms []mention, groups []int, dates []dateExpr, before int) {
	for _, cd := range c.d.Candidates[before:] {
		if cd.Sentence == idx && cd.Type == "RECOGNIZED" {
			return
		}
	}
	for i := range toks {
		w := toks[i].low
		if w != "relations" && w != "ties" && w != "links" {
			continue
		}
		j := i - 1
		for j >= 0 && relationsMods[toks[j].low] {
			j--
		}
		if w == "links" && j == i-1 {
			continue // "transport links will resume": no relations
		}
		from, to := j+1, i+1
		ok := false
		// "since establishing diplomatic ties", "to resume relations"
		// ("their willingness to establish diplomatic relations" is none yet)
		if j >= 1 && restoreVerbs[toks[j].low] && noSubjectBefore[toks[j-1].low] && j < i && !(toks[j-1].low == "to" && j >= 2 && wishWords[toks[j-2].low]) {
			ok, from = true, j
		}
		// "ties were normalized", "diplomatic ties and activities will restart"
		if !ok {
			k := i + 1
			and := false
			for k < len(toks) && k < i+6 {
				if restoredBetween[toks[k].low] {
					k++
					continue
				}
				if toks[k].low == "and" && !and && k+1 < len(toks) && toks[k+1].word && !toks[k+1].capital && inMentionAt(ms, k+1) < 0 {
					and = true
					k += 2
					continue
				}
				break
			}
			if k < len(toks) && restoredForms[toks[k].low] {
				ok, to = true, k+1
			}
		}
		if !ok {
			continue
		}
		// a negation, a modal or a condition in the clause
		bad := false
		for k := from - 1; k >= 0 && k >= from-4 && !isBreak(toks, k) && toks[k].text != ","; k-- {
			bad = bad || restoredModals[toks[k].low] || negators[toks[k].low]
		}
		for k := from; k < to; k++ {
			bad = bad || restoredModals[toks[k].low] || negators[toks[k].low]
		}
		if bad {
			continue
		}
		pair := c.r.pairInPlay()
		if len(pair) != 2 || pair[0] == pair[1] {
			return
		}
		t := &trig{match: match{p: relationsRestoredRule, start: from, end: to}, subjM: -1}
		reasons := []string{"relations restored or established, the pair the text has in play: recognition each way"}
		c.emit(idx, s, t, pair[0], pair[1], "", "", relationsRestoredRule.conf, reasons, dates, false)
		c.emit(idx, s, t, pair[1], pair[0], "", "", relationsRestoredRule.conf, reasons, dates, false)
		return
	}
}
