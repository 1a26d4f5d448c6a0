package extract

import "strings"

// Discourse reference: participants a sentence does not name but refers
// to. The resolver already reads "the two countries" as the parties of the
// meeting just reported, or as the last two states named together ("the
// United States and Vietnam … The two countries"). What is left here is the
// pair a text has in play with neither: "Georgia … Russia … The two
// countries signed …", "Britain has halted a row with the Soviet Union …
// between the two countries", "our two countries" in a statement of one of
// two states. A reference resolves only when it can mean one pair: the
// sentence names exactly two states, or the text has named exactly two so
// far (its title included); else it stays what it was, no state.

// twoHeads are the nouns a "the two …" or "both …" names a pair of
// states with.
var twoHeads = wordSet("countries", "nations", "sides", "governments", "states", "neighbours", "neighbors")

// twoAdjectives may stand between "the two" and the noun: "the two
// neighbouring states", "both friendly countries".
var twoAdjectives = wordSet("neighbouring", "neighboring", "friendly", "brotherly", "fraternal", "sister", "asian", "african",
	"arab", "european", "gulf", "nordic", "baltic", "latin", "pacific", "caribbean", "nuclear", "nuclear-armed", "rival", "warring")

// twoPhraseAt reads a reference to a pair of states starting at token i:
// "the two countries", "both sides", "our two nations", "both countries'".
// It returns the end of the phrase (after a possessive), whether it is
// first person ("our"), whether possessive, and ok.
func twoPhraseAt(toks []token, i int) (end int, our, poss, ok bool) {
	j := i
	switch toks[i].low {
	case "the", "these", "those":
		if j+1 >= len(toks) || toks[j+1].low != "two" {
			return 0, false, false, false
		}
		j += 2
	case "our":
		our = true
		j++
		if j < len(toks) && (toks[j].low == "two" || toks[j].low == "both") {
			j++
		}
	case "both":
		j++
	default:
		return 0, false, false, false
	}
	for n := 0; n < 2 && j < len(toks) && twoAdjectives[toks[j].low]; n++ {
		j++
	}
	if j >= len(toks) || !twoHeads[toks[j].low] || !toks[j].word {
		return 0, false, false, false
	}
	// "our nations" without "two" names more than a pair as often as one
	if our && j == i+1 {
		return 0, false, false, false
	}
	// "both sides of the border", "the two sides of the river": a place
	if toks[j].low == "sides" && j+1 < len(toks) && toks[j+1].low == "of" {
		return 0, false, false, false
	}
	j++
	if j < len(toks) && toks[j].poss {
		return j + 1, our, true, true
	}
	return j, our, false, true
}

// pairInPlay is the one pair of states "the two countries" can mean here:
// the sentence's own two, else the text's two. nil when there is none or
// more than one.
func (r *resolver) pairInPlay() []string {
	if len(r.sentSts) == 2 {
		return []string{r.sentSts[0], r.sentSts[1]}
	}
	if len(r.sentSts) > 2 {
		return nil
	}
	var pair []string
	add := func(st string) bool {
		if contains(pair, st) {
			return true
		}
		if len(pair) == 2 {
			return false
		}
		pair = append(pair, st)
		return true
	}
	for _, st := range r.sentSts {
		add(st)
	}
	for _, st := range r.titleSts {
		if !add(st) {
			return nil
		}
	}
	for st := range r.namedIn {
		if !add(st) {
			return nil
		}
	}
	if len(pair) != 2 {
		return nil
	}
	if r.firstNamed != nil && r.firstNamed[pair[1]] < r.firstNamed[pair[0]] && r.namedIn[pair[0]] > 0 {
		pair[0], pair[1] = pair[1], pair[0]
	}
	return pair
}

// ourPair is the pair of "our two countries": the author and the one other
// state in play (the sentence's, else the text's); the last pair named
// together when it holds the author, or when there is no author.
func (r *resolver) ourPair() []string {
	if len(r.lastPair) == 2 && (len(r.author) == 0 || len(r.author) == 1 && contains(r.lastPair, r.author[0])) {
		return r.lastPair
	}
	if len(r.author) == 0 {
		return r.pairInPlay()
	}
	if len(r.author) != 1 {
		return nil // a joint statement's "our two countries" are its signatories, read elsewhere
	}
	a := r.author[0]
	if o, n := soleOther(a, r.sentSts); n == 1 {
		return []string{a, o}
	} else if n > 1 {
		return nil
	}
	text := append([]string(nil), r.titleSts...)
	for st := range r.namedIn {
		text = append(text, st)
	}
	if o, n := soleOther(a, text); n == 1 {
		return []string{a, o}
	}
	return nil
}

// soleOther is the one state of sts that is not a, and how many distinct
// others there are.
func soleOther(a string, sts []string) (string, int) {
	other, n := "", 0
	for _, st := range sts {
		if st != a && st != other {
			if n > 0 {
				return "", 2
			}
			other, n = st, 1
		}
	}
	return other, n
}

// resolvePairs gives the references to a pair that the mention finder left
// as no state ("the two countries" read as the non-state "countries", "both
// sides", "our" and then "two countries") the one pair in play, when there
// is one. It runs once the whole sentence's states are known.
func (r *resolver) resolvePairs(toks []token, ms []mention) []mention {
	for i := 0; i < len(toks); i++ {
		switch toks[i].low {
		case "the", "these", "those", "our", "both":
		default:
			continue
		}
		end, our, poss, ok := twoPhraseAt(toks, i)
		if !ok {
			continue
		}
		// the tokens must hold no state already: only first person, or
		// mentions of no state
		lo, hi := -1, -1
		clean := true
		for k, m := range ms {
			if m.end <= i || m.start >= end {
				continue
			}
			if m.start < i || m.end > end || !(m.kind == mNonState || m.kind == mAuthor && our && m.start == i) {
				clean = false
				break
			}
			if lo < 0 {
				lo = k
			}
			hi = k
		}
		if !clean {
			continue
		}
		var sts []string
		if our {
			sts = r.ourPair()
		} else {
			sts = r.pairInPlay()
		}
		if len(sts) != 2 || counterpartAfter(toks, ms, end, sts) {
			continue
		}
		// "expressing both nations' keenness …": what the pair is said to
		// want is the speaker's word; the pair is left unread, lest it be
		// taken for the subject
		if poss && i > 0 && voicedBy(toks[i-1].low) {
			continue
		}
		m := mention{start: i, end: end, kind: mCollective, states: sts, name: phraseText(toks, i, end), poss: poss, how: "the two states in play"}
		if lo < 0 {
			// no mention there: insert in order
			at := len(ms)
			for k := range ms {
				if ms[k].start >= end {
					at = k
					break
				}
			}
			ms = append(ms, mention{})
			copy(ms[at+1:], ms[at:])
			ms[at] = m
		} else {
			ms[lo] = m
			ms = append(ms[:lo+1], ms[hi+1:]...)
		}
		i = end - 1
	}
	return ms
}

// thingsMet are what is met that is no one: "to meet the interest of both
// countries", "meets the needs of the two peoples", "met the demands of".
// Once "both countries" stands for a pair, such a phrase would read as a
// meeting of the pair.
var thingsMet = wordSet("interest", "interests", "need", "needs", "demand", "demands", "requirement", "requirements", "expectation",
	"expectations", "challenge", "challenges", "target", "targets", "goal", "goals", "deadline", "criteria", "condition", "conditions",
	"obligation", "obligations", "standard", "standards", "commitment", "commitments", "aspiration", "aspirations", "wish", "wishes",
	"cost", "costs", "threat", "threats", "objective", "objectives", "aims", "aim", "concerns", "fate")

// meetsAThing: the verb "meet" at t has a thing for its object, no party.
func meetsAThing(toks []token, t *trig) bool {
	if t.end != t.start+1 {
		return false
	}
	switch toks[t.start].low {
	case "meet", "meets", "met", "meeting":
	default:
		return false
	}
	j := t.end
	if j < len(toks) {
		switch toks[j].low {
		case "the", "their", "its", "our", "all", "these", "those", "his", "her", "both":
			j++
		}
	}
	for n := 0; n < 3 && j < len(toks); n, j = n+1, j+1 {
		if !toks[j].word || toks[j].capital {
			return false
		}
		if thingsMet[toks[j].low] {
			return true
		}
	}
	return false
}

// voicedBy: a verb of voicing, whose object a pair's wish is ("expressing
// both nations' keenness", "reaffirmed the two countries' commitment").
func voicedBy(w string) bool {
	for _, p := range []string{"express", "voic", "convey", "affirm", "reaffirm", "stress", "underlin", "emphasi", "highlight", "reiterat", "reflect", "noted", "welcom"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// counterpartAfter: after the reference ending at end the sentence names
// one of the pair as the counterpart of an act ("Our two countries signed
// an agreement with Brazil"): the pair is then another, the reference is
// left as it was.
func counterpartAfter(toks []token, ms []mention, end int, pair []string) bool {
	for _, m := range ms {
		if m.start < end || len(m.states) == 0 || m.kind == mNonState || m.kind == mPronoun {
			continue
		}
		switch prepBefore(toks, m.start) {
		case "with", "to", "against", "from", "toward", "towards":
			if intersects(m.states, pair) {
				return true
			}
		}
	}
	return false
}
