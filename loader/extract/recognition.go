package extract

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
