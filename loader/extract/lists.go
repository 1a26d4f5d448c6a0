package extract

// A labelled list of states: "Countries not attending: Albania, Argentina,
// Bahrain, …", "Boycotting: …", "States that recognised Kosovo: …",
// "Countries sending aid: …". The label's words say what the listed states
// did; when they map to a relation through the words the other passes
// read (a refusal to attend, aid sent, a vocabulary pattern), each state
// of the list has that relation with the object: for a refusal the event's
// host (named in the label or earlier in the text, as the boycott family
// reads it), else a state the label names, or for aid the state the text's
// title or disaster names (ANNOTATION.md rule 94). Items that are no
// sovereign states (Bermuda, the Cayman Islands) are left out and counted
// with the non-state parties; a label with no relation word gives nothing.

var listRule = &pattern{typ: "", conf: 0.75, flags: fVerb, rule: "phrasing: a labelled list of states", source: "curated"}

// listNouns may open a label: "Countries not attending:".
var listNouns = wordSet("countries", "states", "nations", "governments", "members", "those")

// listTypes are the vocabulary's relations a label may give its list; a
// label of attending, meeting or talking ("Countries attending:") gives
// none (athletes are no state, rule 94).
var listTypes = wordSet("RECOGNIZED", "SANCTIONED", "EXPELLED", "GAVE_AID", "CONDEMNED", "CRITICIZED", "PROTESTED",
	"EXPRESSED_SOLIDARITY", "REDUCED_RELATIONS", "SEVERED_RELATIONS", "BOYCOTTED", "CONGRATULATED", "SUPPORTED")

func (c *coder) labelledList(idx int, s Sentence, toks []token, ms []mention, groups []int, dates []dateExpr, n0 int) {
	colon := -1
	for i := 0; i < len(toks) && i < 10; i++ {
		if toks[i].low == ":" {
			colon = i
			break
		}
	}
	if colon < 1 {
		return
	}
	// the list: state names, commas, "and", "the", a closing stop; at
	// least two states
	var subjs []string
	k := 0
	for k < len(ms) && ms[k].start <= colon {
		k++
	}
	labelMs := ms[:k]
	for j := colon + 1; j < len(toks); {
		if k < len(ms) && ms[k].start == j {
			m := ms[k]
			if m.kind == mState && len(m.states) == 1 {
				if h, ok := c.z.History(m.states[0]); ok && !h.Standing.Sovereign() {
					c.d.NonState[m.name]++
				} else {
					subjs = append(subjs, m.states[0])
				}
			} else if m.kind != mNonState {
				return // a leader, an organ, a pronoun: no list of states
			}
			j = m.end
			k++
			continue
		}
		switch w := toks[j].low; {
		case w == "," || w == "and" || w == "the" || w == "." || w == ";":
		case toks[j].text != "" && toks[j].text[0] >= 'A' && toks[j].text[0] <= 'Z' || w == "kong" || w == "islands":
			// a name the gazetteer does not know ("Hong kong", "Antigua")
		default:
			return
		}
		j++
	}
	subjs = uniq(subjs)
	if len(subjs) < 2 {
		return
	}
	// the label: a collective noun or the relation's words alone
	first := 0
	if listNouns[toks[0].low] {
		first = 1
		if first < colon && (toks[first].low == "that" || toks[first].low == "which" || toks[first].low == "who") {
			first++
		}
	}
	stop := func(j int) bool { return j >= colon }
	labelState := func(from int) []string {
		for _, m := range labelMs {
			if m.start >= from && m.kind == mState && len(m.states) == 1 {
				return m.states
			}
		}
		return nil
	}
	for i := first; i < colon; i++ {
		if inMentionAt(ms, i) >= 0 {
			continue
		}
		if e := refusalAt(toks, i); e > 0 && e <= colon {
			var host []string
			for j := e; j < colon; j++ {
				if gatherings[toks[j].low] {
					host = hostAfter(toks, ms, j)
					break
				}
			}
			if host == nil && c.ph.host != nil && idx-c.ph.hostAt <= 12 {
				host = c.ph.host
			}
			if host == nil {
				return
			}
			c.emitList(idx, s, boycottRule, i, e, subjs, host, "a labelled list of states refusing to attend an event: its host", dates, n0)
			return
		}
		if e := aidSentAt(toks, i); e > 0 && e <= colon {
			obj := labelState(e)
			if obj == nil {
				obj = c.ph.mourned
			}
			if obj == nil {
				obj = c.ph.titled
			}
			if obj == nil {
				return
			}
			c.emitList(idx, s, aidSentRule, i, e, subjs, obj, "a labelled list of states sending aid", dates, n0)
			return
		}
		for _, m := range c.lx.matchAt(toks, i, stop, func(int) bool { return false }) {
			if !listTypes[m.p.typ] || m.end > colon || clauseNegated(toks, i) {
				continue
			}
			obj := labelState(m.end)
			if obj == nil {
				obj = c.ph.titled
			}
			if obj == nil {
				return
			}
			c.emitList(idx, s, m.p, i, m.end, subjs, obj, "a labelled list of states: "+m.p.rule, dates, n0)
			return
		}
	}
}

func (c *coder) emitList(idx int, s Sentence, p *pattern, i, e int, subjs, objs []string, reason string, dates []dateExpr, n0 int) {
	var keep []string
	for _, st := range subjs {
		if !c.has(n0, idx, p.typ, st) {
			keep = append(keep, st)
		}
	}
	lp := *listRule
	lp.typ, lp.flags = p.typ, p.flags
	c.emitEach(idx, s, &lp, i, e, keep, objs, []string{reason}, dates)
}
