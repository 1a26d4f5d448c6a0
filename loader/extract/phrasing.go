package extract

import "strings"

// Families of relation phrasing the patterns do not reach, each read as a
// whole family (every verb, inflection, nominalisation and negation it
// has), not as one sentence (issue #12):
//
//   - a refusal to attend said as inability or a decision ("will not be
//     able to attend the Summit", "unable to participate in the proposed
//     Summit in Islamabad", "deciding not to take part in", "skipped",
//     "stayed away from"): BOYCOTTED of the state the event is held in,
//     named in the sentence or earlier in the text (ANNOTATION.md rules 5,
//     44, 93);
//   - states left out of an event one convenes ("announced that Cuba,
//     Venezuela and Nicaragua would not be invited", "refused to invite the
//     three countries"): REDUCED_RELATIONS of each (rule 44);
//   - a reaction to a leader's election or victory ("hailed Obama's
//     re-election", "was pleased with Macron's reelection", "celebrating his
//     well deserved victory"): CONGRATULATED, not PRAISED (rules 46, 65);
//     in a round-up of congratulations each leader's message is one;
//   - condolences, offers and aid of a round-up on a disaster, whose
//     victim the text names in its title or first sentence ("expressed
//     deep sympathy to the victims", "is willing to offer help", "Sent a
//     search and rescue team"): EXPRESSED_SOLIDARITY, APPEALED_FOR_COOPERATION
//     (rule 63), GAVE_AID of that state; a label "AUSTRALIA:" gives the
//     subject of the lines under it;
//   - armed clashes said with the verb ("Chinese and Soviet troops
//     clashed", "the two countries' armed forces clashed"): ATTACKED each
//     way (rule 42);
//   - a tally of expulsions by the states that expelled ("the 147 Soviets
//     expelled included 47 from France, 18 from Iran"): EXPELLED of each
//     (rule 87).

// phrasingState is what the families remember across the sentences of one
// article.
type phrasingState struct {
	host     []string // where the event last named with its place is held
	hostKind string   // that event's kind (eventKind)
	hostAt   int      // the sentence that named it
	excluded []string // the states last said left out, for "the three countries"
	topic    []string // the state a round-up is about (its title, its first sentence)
	winner   []string // the state whose leader a round-up of congratulations congratulates
	mourned  []string // the state struck by the disaster a round-up is about
	label    []string // the state of the last "STATE:" label line
	titled   []string // the one state the title names
	disaster bool     // the title is of a disaster or of condolences
	started  bool     // a sentence of the body was read
}

var (
	boycottRule     = &pattern{typ: "BOYCOTTED", conf: 0.8, flags: fVerb | fRefusal, rule: "phrasing: a refusal to attend an event held in a state", source: "curated"}
	excludeRule     = &pattern{typ: "REDUCED_RELATIONS", conf: 0.75, flags: fVerb, rule: "phrasing: states left out of an event", source: "curated"}
	electionRule    = &pattern{typ: "CONGRATULATED", conf: 0.8, flags: fNominal, rule: "phrasing: a reaction to a leader's election or victory", source: "curated"}
	roundupCongRule = &pattern{typ: "CONGRATULATED", conf: 0.7, flags: fVerb, rule: "phrasing: a message of a round-up of congratulations", source: "curated"}
	condolenceRule  = &pattern{typ: "EXPRESSED_SOLIDARITY", conf: 0.75, flags: fNominal, rule: "phrasing: condolences on a disaster in the state the text is about", source: "curated"}
	offerRule       = &pattern{typ: "APPEALED_FOR_COOPERATION", conf: 0.7, flags: fVerb, rule: "phrasing: an offer of help", source: "curated"}
	aidSentRule     = &pattern{typ: "GAVE_AID", conf: 0.75, flags: fVerb, rule: "phrasing: aid or rescuers sent", source: "curated"}
	clashRule       = &pattern{typ: "ATTACKED", conf: 0.75, flags: fVerb, rule: "phrasing: the armed forces of two states clashed", source: "curated"}
	tallyRule       = &pattern{typ: "EXPELLED", conf: 0.7, flags: fVerb, rule: "phrasing: a tally of expulsions by the states that expelled", source: "curated"}
)

// gatherings name an event a state holds that others attend.
var gatherings = wordSet("summit", "summits", "games", "olympics", "olympic", "olympiad", "conference", "championship",
	"championships", "cup", "tournament", "forum", "festival", "congress", "expo", "jamboree", "g20", "g-20", "g7", "g-7", "g8",
	"ceremony", "celebrations", "parade")

// refusalAt returns the end of a refusal to attend starting at token i
// ("unable to attend", "inability to participate", "not be able to take
// part", "deciding not to take part", "skipped", "stayed away from",
// "pulled out of", "withdrew from"), 0 for none.
func refusalAt(toks []token, i int) int {
	w := func(j int) string {
		if j < len(toks) {
			return toks[j].low
		}
		return ""
	}
	// the verb of attending after "to" at j: its end
	attend := func(j int) int {
		switch w(j) {
		case "attend", "participate", "join", "go":
			return j + 1
		case "take":
			if w(j+1) == "part" {
				return j + 2
			}
		case "be":
			if w(j+1) == "present" {
				return j + 2
			}
		}
		return 0
	}
	switch w(i) {
	case "unable", "inability", "unwilling", "unwillingness", "refusal":
		if w(i+1) == "to" {
			return attend(i + 2)
		}
	case "not", "never", "cannot":
		j := i + 1
		if w(j) == "be" && w(j+1) == "able" && w(j+2) == "to" {
			j += 3
		} else if w(j) == "to" {
			j++ // "decided not to take part"
		}
		if e := attend(j); e > 0 {
			return e
		}
		switch w(j) {
		case "attending", "participating", "joining":
			return j + 1
		case "taking":
			if w(j+1) == "part" {
				return j + 2
			}
		}
	case "skip", "skips", "skipped", "skipping", "shun", "shuns", "shunned", "shunning", "boycott", "boycotts", "boycotted", "boycotting":
		return i + 1
	case "stay", "stays", "stayed", "staying":
		if w(i+1) == "away" && w(i+2) == "from" {
			return i + 3
		}
	case "pull", "pulls", "pulled", "pulling", "drop", "drops", "dropped", "dropping":
		if w(i+1) == "out" && w(i+2) == "of" {
			return i + 3
		}
	case "withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing", "absent", "absence":
		if w(i+1) == "from" {
			return i + 2
		}
	case "declined", "declines", "decline", "declining", "refused", "refuses", "refuse", "refusing":
		if w(i+1) == "to" {
			return attend(i + 2)
		}
	}
	return 0
}

// peopleNouns after a demonym say a people, not its state ("Japanese
// citizens boycotted"): no state's act (ANNOTATION.md rule 3).
var peopleNouns = wordSet("citizens", "people", "fans", "consumers", "residents", "protesters", "protestors", "shoppers",
	"companies", "firms", "students", "tourists", "voters", "workers", "activists")

// stateAt tells whether mention k names a state's act (no people, no
// organisation, resolved).
func stateAt(toks []token, ms []mention, k int) bool {
	m := ms[k]
	if len(m.states) == 0 || m.kind == mNonState {
		return false
	}
	if m.end < len(toks) && peopleNouns[toks[m.end].low] || peopleNouns[toks[m.end-1].low] {
		return false
	}
	return true
}

// subjectsBefore returns the states of the nearest mention before token i
// that is no object of a preposition (but "joined by"), with its
// coordination; "A was joined by B and C in deciding" gives A, B and C.
func subjectsBefore(toks []token, ms []mention, groups []int, i int) []string {
	// a state named in the sentence before the first person ("The Royal
	// Government of Bhutan … joins them in conveying our inability"): the
	// quotation's speaker is less sure than the name
	if out := subjectsBeforeOf(toks, ms, groups, i, false); out != nil {
		return out
	}
	return subjectsBeforeOf(toks, ms, groups, i, true)
}

func subjectsBeforeOf(toks []token, ms []mention, groups []int, i int, author bool) []string {
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		if m.end > i || !stateAt(toks, ms, k) || m.kind == mAuthor && !author {
			continue
		}
		if notSubjectPronouns[strings.ToLower(m.name)] {
			continue // "joins them in conveying": no subject
		}
		g := groupOf(groups, k)
		first := ms[g[0]]
		p := prepBefore(toks, first.start)
		// "the Royal Government of Bhutan", "the President of Afghanistan":
		// an organ's state after "of" is the subject
		if p == "of" && first.start >= 2 && organOfHeads[toks[first.start-2].low] {
			p = ""
		}
		if p != "" && p != "by" {
			continue
		}
		// "a letter … to SAARC Chair Nepal": the chair is the addressee (rule 93)
		if first.start > 0 && (toks[first.start-1].low == "chair" || toks[first.start-1].low == "chairman") {
			continue
		}
		var out []string
		for _, gi := range g {
			if stateAt(toks, ms, gi) {
				out = append(out, ms[gi].states...)
			}
		}
		if p == "by" && first.start >= 2 && toks[first.start-2].low == "joined" {
			out = append(out, subjectsBeforeOf(toks, ms, groups, first.start-2, author)...)
		}
		return uniq(out)
	}
	return nil
}

var notSubjectPronouns = wordSet("them", "him", "her", "us", "me")

// organOfHeads before "of X" name X's organ: "the Government of Bhutan".
var organOfHeads = wordSet("government", "president", "ministry", "minister", "king", "premier", "leader", "chancellor", "emir", "prime")

// hostAfter returns the state an event noun at e is held in: a state
// before it in its name ("the Tokyo Olympics", "the Islamabad SAARC
// Summit"), "in X", "hosted by X", "held in X" after it.
func hostAfter(toks []token, ms []mention, e int) []string {
	// before: capitalised words only between
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		if m.end > e || m.end < e-3 {
			continue
		}
		ok := m.kind == mState && len(m.states) == 1 && !m.poss
		for j := m.end; j < e && ok; j++ {
			ok = toks[j].capital || strings.HasPrefix(toks[j].text, "(") || isDigits(toks[j].low)
		}
		if ok && !(m.start > 0 && toks[m.start-1].low == "of") {
			return m.states
		}
		break
	}
	// after: the first state within the next words, behind "in", "by",
	// "hosted by", "held in", "of"; capitalised words and a bracket between
	for j := e + 1; j < len(toks) && j < e+9; j++ {
		if clauseBreak[toks[j].low] || toks[j].text == "," && !(j+1 < len(toks) && toks[j+1].capital) {
			break
		}
		if k := mentionStartingAt(ms, j); k >= 0 {
			p := prepBefore(toks, j)
			if (p == "in" || p == "by" || p == "at") && ms[k].kind == mState && len(ms[k].states) == 1 {
				return ms[k].states
			}
			return nil
		}
	}
	return nil
}

// noteHosts remembers where an event the sentence names is held: "the
// Summit in Islamabad", "the Dominican Republic, the event's host",
// "Japan will host the Games".
func (c *coder) noteHosts(idx int, toks []token, ms []mention) {
	for i := range toks {
		if gatherings[toks[i].low] {
			if h := hostAfter(toks, ms, i); h != nil {
				c.ph.host, c.ph.hostKind, c.ph.hostAt = h, eventKind(toks, i), idx
			}
		}
		// "the Dominican Republic, the event's host"; "X, the host"
		if (toks[i].low == "host" || toks[i].low == "hosts") && i >= 3 {
			for k := len(ms) - 1; k >= 0; k-- {
				m := ms[k]
				if m.end <= i && m.end >= i-4 && m.kind == mState && len(m.states) == 1 && m.end < len(toks) && toks[m.end].text == "," {
					c.ph.host, c.ph.hostKind, c.ph.hostAt = m.states, "", idx
					break
				}
			}
		}
		// "Japan will host the summit", "hosted by Japan"
		if toks[i].low == "host" || toks[i].low == "hosts" || toks[i].low == "hosted" || toks[i].low == "hosting" {
			for j := i + 1; j < len(toks) && j < i+6; j++ {
				if gatherings[toks[j].low] {
					if k := lastMentionBefore(ms, i); k >= 0 && ms[k].end >= i-3 && ms[k].kind == mState && len(ms[k].states) == 1 {
						c.ph.host, c.ph.hostKind, c.ph.hostAt = ms[k].states, eventKind(toks, j), idx
					}
					break
				}
			}
			if i+2 < len(toks) && toks[i+1].low == "by" {
				if k := mentionStartingAt(ms, i+2); k >= 0 && ms[k].kind == mState && len(ms[k].states) == 1 {
					c.ph.host, c.ph.hostKind, c.ph.hostAt = ms[k].states, "", idx
				}
			}
		}
	}
}

// eventKind: the kind of the event noun at i, one for the names of one
// kind ("games", "olympics", "olympiad").
func eventKind(toks []token, i int) string {
	switch w := toks[i].low; w {
	case "games", "olympics", "olympic", "olympiad":
		return "games"
	case "summits":
		return "summit"
	case "championship", "championships", "cup", "tournament":
		return "championship"
	default:
		return w
	}
}

func lastMentionBefore(ms []mention, i int) int {
	for k := len(ms) - 1; k >= 0; k-- {
		if ms[k].end <= i {
			return k
		}
	}
	return -1
}

// has tells whether the sentence already gave a candidate of type typ from
// sentence idx (on from n0) by subj (any subject when "").
func (c *coder) has(n0 int, idx int, typ, subj string) bool {
	for _, cd := range c.d.Candidates[n0:] {
		if cd.Sentence == idx && cd.Type == typ && (subj == "" || cd.Subject == subj) {
			return true
		}
	}
	return false
}

func (c *coder) emitEach(idx int, s Sentence, p *pattern, i, e int, subjs, objs []string, reasons []string, dates []dateExpr) {
	t := &trig{match: match{p: p, start: i, end: e}, subjM: -1}
	for _, a := range subjs {
		for _, b := range objs {
			if a != b && a != "" && b != "" {
				c.emit(idx, s, t, a, b, "", "", p.conf, reasons, dates, false)
			}
		}
	}
}

// clauseNegated: a negator or a hedge in the words before i in its
// clause ("did not say it would skip").
func clauseNegated(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		if clauseBreak[toks[j].low] {
			return false
		}
		if negators[toks[j].low] || strings.HasSuffix(toks[j].low, "n't") || hedges[toks[j].low] {
			return true
		}
	}
	return false
}

var hedges = wordSet("if", "whether", "may", "might", "could", "unless", "considering", "mulling", "threatened", "threatens", "threaten")

// phrasing runs the families of this file on one sentence; n0 is the
// number of candidates before it.
func (c *coder) phrasing(idx int, s Sentence, toks []token, ms []mention, groups []int, dates []dateExpr, n0 int) {
	c.ms, c.groups = ms, groups
	if !c.ph.started {
		c.ph.started = true
		// the first sentence names the state a disaster struck ("to the
		// earthquake-hit island of Haiti" makes the text one on a disaster)
		if !c.ph.disaster && disasterSentence(toks) {
			c.ph.disaster = true
		}
		if c.ph.disaster && c.ph.mourned == nil {
			var t []string
			for k, m := range ms {
				if stateAt(toks, ms, k) && len(m.states) == 1 && m.kind != mAuthor && m.kind != mPronoun {
					t = append(t, m.states...)
				}
			}
			if t = uniq(t); len(t) == 1 {
				c.ph.mourned = t
			}
		}
	}
	c.noteHosts(idx, toks, ms)
	c.boycotts(idx, s, toks, ms, groups, dates, n0)
	c.exclusions(idx, s, toks, ms, groups, dates, n0)
	c.elections(idx, s, toks, ms, groups, dates, n0)
	c.disasterRoundup(idx, s, toks, ms, groups, dates, n0)
	c.clashes(idx, s, toks, ms, groups, dates, n0)
	c.expulsionTally(idx, s, toks, ms, groups, dates, n0)
	c.labelledList(idx, s, toks, ms, groups, dates, n0)
}

func (c *coder) boycotts(idx int, s Sentence, toks []token, ms []mention, groups []int, dates []dateExpr, n0 int) {
	for i := range toks {
		e := refusalAt(toks, i)
		if e == 0 || inMentionAt(ms, i) >= 0 {
			continue
		}
		// an event noun ahead, in the clause
		ev := -1
		for j := e; j < len(toks) && j < e+14; j++ {
			if isBreak(toks, j) || toks[j].low == "because" {
				break
			}
			if gatherings[toks[j].low] {
				ev = j
				break
			}
		}
		if ev < 0 {
			continue
		}
		// "skipped", "boycotted" without a negation of their own; a
		// negated refusal ("did not skip") is none
		switch toks[i].low {
		case "not", "never", "cannot", "unable", "inability", "unwilling", "unwillingness", "refusal":
		default:
			if clauseNegated(toks, i) {
				continue
			}
		}
		if toks[i].low != "not" && toks[i].low != "never" && toks[i].low != "cannot" {
			// "if it is unable to", "may skip"
			if i > 0 && hedges[toks[i-1].low] {
				continue
			}
		}
		host := hostAfter(toks, ms, ev)
		// the event named with its place a few sentences before, of the
		// same kind ("the Summit in Islamabad" … "the Summit")
		if host == nil && idx-c.ph.hostAt <= 12 && (c.ph.hostKind == "" || c.ph.hostKind == eventKind(toks, ev)) {
			host = c.ph.host
		}
		if host == nil {
			continue
		}
		subjs := subjectsBefore(toks, ms, groups, i)
		if len(subjs) == 0 && len(c.ph.label) > 0 {
			subjs = c.ph.label
		}
		var keep []string
		for _, st := range subjs {
			if !c.has(n0, idx, "BOYCOTTED", st) {
				keep = append(keep, st)
			}
		}
		c.emitEach(idx, s, boycottRule, i, e, keep, host, []string{"a refusal to attend an event held in a state: its host"}, dates)
		return
	}
}

// excludedAt returns the end of words that leave states out of an event
// at i: "would not be invited", "were not invited", "refused to invite",
// "not to invite", "excluded", "exclusion of", "barred"; passive tells
// that the states left out stand before it.
func excludedAt(toks []token, i int) (end int, passive bool) {
	w := func(j int) string {
		if j < len(toks) {
			return toks[j].low
		}
		return ""
	}
	switch w(i) {
	case "not":
		j := i + 1
		if w(j) == "be" || w(j) == "been" || w(j) == "being" {
			j++
		}
		if w(j) == "invited" {
			return j + 1, true
		}
		if w(j) == "to" && (w(j+1) == "invite" || w(j+1) == "include") {
			return j + 2, false
		}
	case "refused", "refuses", "refuse", "refusing", "declined", "declines", "decline", "declining":
		if w(i+1) == "to" && (w(i+2) == "invite" || w(i+2) == "include") {
			return i + 3, false
		}
	case "uninvited", "disinvited":
		return i + 1, true
	case "disinvite", "disinvites", "disinviting", "exclude", "excludes", "excluding":
		return i + 1, false
	case "excluded", "barred":
		if w(i-1) == "were" || w(i-1) == "was" || w(i-1) == "been" || w(i-1) == "be" {
			return i + 1, true
		}
		return i + 1, false
	case "exclusion":
		if w(i+1) == "of" {
			return i + 2, false
		}
	}
	return 0, false
}

// reportVerbs open the clause that says who was left out: "said Cuba …
// would not be invited".
var exclReportVerbs = wordSet("said", "announced", "stated", "declared", "confirmed", "says", "announces")

// clauseOpeners open a clause of their own: "after X refused to invite".
var clauseOpeners = wordSet("after", "before", "when", "since", "as", "because", "until", "once", "if", "unless")

// countRefs take up the states last said left out: "the three countries".
var countRefs = wordSet("countries", "nations", "states", "governments")

func (c *coder) exclusions(idx int, s Sentence, toks []token, ms []mention, groups []int, dates []dateExpr, n0 int) {
	for i := range toks {
		e, passive := excludedAt(toks, i)
		if e == 0 {
			continue
		}
		// "excluding China" as a preposition: a list's exception, not an act
		if toks[i].low == "excluding" && (i == 0 || toks[i-1].text == "," || !toks[i-1].word) {
			continue
		}
		// an event in the sentence or the text
		evNamed := c.ph.host != nil
		for j := range toks {
			evNamed = evNamed || gatherings[toks[j].low]
		}
		if !evNamed {
			continue
		}
		if toks[i].low != "not" && clauseNegated(toks, i) {
			continue
		}
		var objs []string
		var subjs []string
		if passive {
			// the states left out: the mentions between the clause start
			// ("that") and the verb; the excluder the subject before "that"
			from := 0
			for j := i - 1; j >= 0; j-- {
				if toks[j].low == "that" || clauseBreak[toks[j].low] || exclReportVerbs[toks[j].low] {
					from = j + 1
					break
				}
			}
			for k, m := range ms {
				if m.start >= from && m.end <= i && stateAt(toks, ms, k) && m.kind != mAuthor {
					objs = append(objs, m.states...)
				}
			}
			// the subject of the verb that reports it: the nearest state
			// before "that" ("after the Dominican Republic, the event's
			// host, announced that")
			if from > 0 {
				for k := len(ms) - 1; k >= 0; k-- {
					m := ms[k]
					if m.end > from-1 || m.end < from-10 {
						continue
					}
					if !stateAt(toks, ms, k) || m.kind == mPronoun {
						continue
					}
					if p := prepBefore(toks, m.start); p == "to" || p == "with" || p == "from" || p == "of" && !(m.start >= 2 && organOfHeads[toks[m.start-2].low]) {
						continue
					}
					subjs = m.states
					break
				}
			}
			if len(subjs) == 0 {
				// "…, by X": an agent
				if e+1 < len(toks) && toks[e].low == "by" {
					if k := mentionStartingAt(ms, e+1); k >= 0 && stateAt(toks, ms, k) {
						subjs = ms[k].states
					}
				}
			}
		} else {
			// the subject in the verb's own clause ("after the Biden
			// administration refused to invite": not the main clause's)
			cs := 0
			for j := i - 1; j >= 0; j-- {
				if clauseBreak[toks[j].low] || clauseOpeners[toks[j].low] || toks[j].text == "," {
					cs = j + 1
					break
				}
			}
			subjs = subjectsBefore(toks, ms, groups, i)
			if k := lastMentionBefore(ms, i); k < 0 || ms[k].start < cs {
				subjs = nil
			} else {
				for kk := len(ms) - 1; kk >= 0; kk-- {
					if ms[kk].end <= i && stateAt(toks, ms, kk) {
						if ms[kk].start < cs {
							subjs = nil
						} else if !contains(subjs, ms[kk].states[0]) {
							subjs = ms[kk].states // "after the Biden administration refused"
						}
						break
					}
				}
			}
			for j := e; j < len(toks) && j < e+10; j++ {
				if isBreak(toks, j) || toks[j].low == "from" {
					break
				}
				// "the exclusion of some countries by the US government": the agent
				if toks[j].low == "by" {
					if k := inMentionAt(ms, j+1); k >= 0 && stateAt(toks, ms, k) {
						subjs = ms[k].states
					} else if k := inMentionAt(ms, j+2); k >= 0 && stateAt(toks, ms, k) && toks[j+1].low == "the" {
						subjs = ms[k].states
					}
					break
				}
				if countRefs[toks[j].low] && c.ph.excluded != nil {
					objs = c.ph.excluded
					break
				}
				if k := mentionStartingAt(ms, j); k >= 0 {
					if ms[k].kind == mCollective || !stateAt(toks, ms, k) {
						continue
					}
					for _, gi := range groupOf(groups, k) {
						if stateAt(toks, ms, gi) {
							objs = append(objs, ms[gi].states...)
						}
					}
					break
				}
				if countRefs[toks[j].low] && c.ph.excluded != nil {
					objs = c.ph.excluded
					break
				}
			}
		}
		objs = uniq(objs)
		if len(objs) == 0 {
			continue
		}
		c.ph.excluded = objs
		// the excluder is the event's host when the sentence names none
		if len(subjs) == 0 {
			continue
		}
		c.emitEach(idx, s, excludeRule, i, e, subjs, objs, []string{"states left out of an event"}, dates)
		return
	}
}

// winNouns name a leader's election or victory.
var winNouns = wordSet("election", "re-election", "reelection", "victory", "win", "triumph", "inauguration", "swearing-in", "elections")

// reactionWords before an election noun make a reaction to it a
// congratulation: "hailed", "was pleased with", "called … 'brilliant'",
// "welcomed the victory of", "celebrating", "a message on".
var reactionWords = wordSet("hailed", "hails", "hail", "hailing", "welcomed", "welcomes", "welcome", "welcoming", "celebrated",
	"celebrates", "celebrate", "celebrating", "pleased", "delighted", "happy", "glad", "greeted", "greets", "applauded", "applauds",
	"saluted", "salutes", "called", "calls", "message", "messages", "letter", "telegram", "cable", "note", "congratulated",
	"congratulates", "congratulating", "wrote", "tweeted", "lauded", "praised", "praises", "cheered", "joy", "satisfaction")

func (c *coder) elections(idx int, s Sentence, toks []token, ms []mention, groups []int, dates []dateExpr, n0 int) {
	for i := range toks {
		if !winNouns[toks[i].low] {
			continue
		}
		// "victory over Japan": a war won, no election
		if i+1 < len(toks) && (toks[i+1].low == "over" || toks[i+1].low == "against" || toks[i+1].low == "in") && toks[i].low == "victory" {
			continue
		}
		// the winner: the possessor before ("Obama's re-election", "his
		// victory") or "of X" after
		var winner []string
		j := i - 1
		for j >= 0 && (toks[j].low == "well" || toks[j].low == "deserved" || toks[j].low == "well-deserved" || toks[j].low == "landslide" ||
			toks[j].low == "resounding" || toks[j].low == "convincing" || toks[j].low == "historic" || toks[j].low == "electoral" || toks[j].low == "presidential" ||
			toks[j].low == "recent" || toks[j].low == "second" || toks[j].low == "\"" || toks[j].low == "“" || toks[j].low == "'" || toks[j].text == "-") {
			j--
		}
		if j >= 0 {
			if k := inMentionAt(ms, j); k >= 0 && ms[k].end == j+1 && ms[k].poss && (ms[k].kind == mLeader || ms[k].kind == mOfficial || ms[k].kind == mPronoun || ms[k].kind == mParty) {
				winner = ms[k].states
				if ms[k].kind == mPronoun {
					// "his victory": the other leader the sentence names
					winner = nil
					for kk := range ms {
						if (ms[kk].kind == mLeader || ms[kk].kind == mOfficial) && kk != k {
							winner = ms[kk].states
						}
					}
				}
			}
		}
		if winner == nil && i+2 < len(toks) && toks[i+1].low == "of" {
			if k := mentionStartingAt(ms, i+2); k >= 0 && (ms[k].kind == mLeader || ms[k].kind == mOfficial || ms[k].kind == mParty) {
				winner = ms[k].states
			}
		}
		if len(winner) != 1 {
			continue
		}
		// a reaction word before it in the sentence, no negation
		react := -1
		for j := i - 1; j >= 0 && j >= i-12; j-- {
			if reactionWords[toks[j].low] {
				react = j
				break
			}
		}
		if react < 0 || clauseNegated(toks, react) {
			continue
		}
		subjs := subjectsBefore(toks, ms, groups, react)
		// "Kibaki told Obama that people … were celebrating his victory":
		// the one who told, before the winner and his pronouns
		for pos, tries := react, 0; len(subjs) > 0 && allWithin(subjs, winner) && tries < 4; tries++ {
			for k := len(ms) - 1; k >= 0; k-- {
				if ms[k].end <= pos && sameStates(ms[k].states, winner) {
					pos = ms[k].start
					subjs = subjectsBefore(toks, ms, groups, pos)
					break
				}
			}
		}
		var keep []string
		for _, st := range subjs {
			if st != winner[0] && !c.has(n0, idx, "CONGRATULATED", st) {
				keep = append(keep, st)
			}
		}
		if len(keep) == 0 {
			continue
		}
		c.emitEach(idx, s, electionRule, react, i+1, keep, winner, []string{"a reaction to a leader's election: a congratulation"}, dates)
		c.dropPraise(n0, idx, react, keep, winner[0])
		return
	}
	c.roundupCongratulation(idx, s, toks, ms, groups, dates, n0)
}

// dropPraise removes the praise the same words gave ("hailed Obama's
// re-election" is the congratulation, not praise besides: rule 46).
func (c *coder) dropPraise(n0, idx, react int, subjs []string, obj string) {
	out := c.d.Candidates[:n0]
	for _, cd := range c.d.Candidates[n0:] {
		if cd.Sentence == idx && (cd.Type == "PRAISED" || cd.Type == "MET" && cd.trigStart == react) && cd.Object == obj && contains(subjs, cd.Subject) {
			continue
		}
		out = append(out, cd)
	}
	c.d.Candidates = out
}

// messageVerbs open a round-up's message: "Kyrgyz President X said".
var messageVerbs = wordSet("said", "says", "noted", "notes", "called", "wrote", "writes", "tweeted", "told", "stressed",
	"expressed", "sent", "added", "stated", "conveyed", "extended", "congratulated", "hailed", "welcomed", "praised", "wished",
	"underlined", "emphasized", "emphasised", "voiced", "offered")

// roundupCongratulation: in a text whose title is a round-up of
// congratulations to one state's leader, each foreign leader's message is
// a congratulation of that state (rules 46, 65).
func (c *coder) roundupCongratulation(idx int, s Sentence, toks []token, ms []mention, groups []int, dates []dateExpr, n0 int) {
	if c.ph.winner == nil || len(ms) == 0 || ms[0].start > 2 {
		return
	}
	m := ms[0]
	if !(m.kind == mLeader || m.kind == mOrgan && (isPersonOrgan(m.name) || titledAfter(toks, m))) || len(m.states) != 1 || m.states[0] == c.ph.winner[0] {
		return
	}
	// a former leader is none (rule 65)
	for j := 0; j < m.end; j++ {
		if toks[j].low == "former" || toks[j].low == "ex" {
			return
		}
	}
	verb := -1
	for j := m.end; j < len(toks) && j < m.end+7; j++ {
		if isBreak(toks, j) {
			break
		}
		if messageVerbs[toks[j].low] {
			verb = j
			break
		}
		if toks[j].low == "is" || toks[j].low == "was" {
			continue
		}
		if toks[j].low == "looking" || toks[j].low == "looks" {
			verb = j
			break
		}
	}
	if verb < 0 || clauseNegated(toks, verb) || c.has(n0, idx, "CONGRATULATED", m.states[0]) {
		return
	}
	c.emitEach(idx, s, roundupCongRule, verb, verb+1, m.states, c.ph.winner, []string{"a leader's message in a round-up of congratulations"}, dates)
}

// titledAfter: the organ mention is a person's title ("Icelandic Prime
// Minister Katrin Jakobsdottir").
func titledAfter(toks []token, m mention) bool {
	for j := m.start; j < len(toks) && j < m.end+3; j++ {
		switch toks[j].low {
		case "president", "minister", "premier", "chancellor", "king", "queen", "emir", "sultan", "prime":
			return true
		}
	}
	return false
}

// condolenceWords say condolences or sympathy.
var condolenceWords = wordSet("condolence", "condolences", "sympathy", "sympathies", "solace", "sorrow", "grief", "commiserations",
	"condolatory", "mourning")

// offerAt: "willing to offer help", "ready to send aid", "pledged to offer
// assistance", "would send … if requested", "offered field hospitals".
func offerAt(toks []token, i int) int {
	w := func(j int) string {
		if j < len(toks) {
			return toks[j].low
		}
		return ""
	}
	helpNoun := func(j int) int {
		for k := j; k < len(toks) && k < j+5; k++ {
			switch toks[k].low {
			case "help", "assistance", "aid", "support", "relief", "hospitals", "teams", "team", "rescuers", "experts", "specialists":
				return k + 1
			}
			if isBreak(toks, k) {
				return 0
			}
		}
		return 0
	}
	switch w(i) {
	case "willing", "ready", "prepared", "readiness", "willingness":
		if w(i+1) == "to" {
			switch w(i + 2) {
			case "offer", "provide", "send", "give", "extend", "help", "assist", "render":
				if w(i+2) == "help" || w(i+2) == "assist" {
					return i + 3
				}
				return helpNoun(i + 3)
			}
		}
	case "pledged", "pledges", "pledge", "promised", "promises", "vowed":
		// "promised to send rescue workers and aid" is aid sent (promisedAidAt)
		if w(i+1) == "to" && (w(i+2) == "offer" || w(i+2) == "provide" || w(i+2) == "help" || w(i+2) == "assist") {
			if w(i+2) == "help" || w(i+2) == "assist" {
				return i + 3
			}
			return helpNoun(i + 3)
		}
	case "offered", "offers", "offering":
		return helpNoun(i + 1)
	case "would", "will":
		if w(i+1) == "send" || w(i+1) == "provide" || w(i+1) == "offer" {
			for k := i + 2; k < len(toks) && k < i+9; k++ {
				if toks[k].low == "if" && (w(k+1) == "requested" || w(k+1) == "asked" || w(k+1) == "needed" || w(k+1) == "necessary") {
					return k + 2
				}
			}
		}
	}
	return 0
}

// aidSentAt: "sent a search and rescue team", "dispatched relief
// packages", "donated … of relief supplies".
func aidSentAt(toks []token, i int) int {
	switch toks[i].low {
	case "sent", "sends", "send", "sending", "dispatched", "dispatches", "dispatch", "dispatching", "donated", "donates", "donating",
		"airlifted", "flew", "deployed", "deploys", "shipped":
	default:
		return 0
	}
	for k := i + 1; k < len(toks) && k < i+10; k++ {
		if isBreak(toks, k) {
			return 0
		}
		switch toks[k].low {
		case "team", "teams", "rescuers", "specialists", "relief", "aid", "supplies", "packages", "medics", "doctors", "tents",
			"blankets", "personnel", "assistance":
			return k + 1
		}
	}
	return 0
}

// disasterRoundup: condolences, offers and aid whose sentence names no
// other state go to the state the text's disaster struck.
func (c *coder) disasterRoundup(idx int, s Sentence, toks []token, ms []mention, groups []int, dates []dateExpr, n0 int) {
	if c.ph.mourned == nil {
		return
	}
	victim := c.ph.mourned
	// the sentence names another state as an object: the patterns' own
	others := func(subjs []string, from int) bool {
		for k, m := range ms {
			if m.start >= from && stateAt(toks, ms, k) && m.kind != mAuthor && !allWithin(m.states, subjs) && !allWithin(m.states, victim) {
				return true
			}
		}
		return false
	}
	subjFor := func(i int) []string {
		// under a label "AUSTRALIA:", "The government has also offered" is
		// the label's government
		if c.ph.label != nil {
			for k := len(ms) - 1; k >= 0; k-- {
				if ms[k].end <= i {
					if n := strings.ToLower(ms[k].name); n == "the government" || n == "government" || n == "the authorities" {
						return c.ph.label
					}
					break
				}
			}
		}
		subjs := subjectsBefore(toks, ms, groups, i)
		if len(subjs) == 0 {
			subjs = c.ph.label
		}
		return subjs
	}
	for i := range toks {
		var p *pattern
		e := 0
		if condolenceWords[toks[i].low] {
			p, e = condolenceRule, i+1
		} else if e = offerAt(toks, i); e > 0 {
			p = offerRule
		} else if e = aidSentAt(toks, i); e > 0 {
			p = aidSentRule
		} else if e = promisedAidAt(toks, i); e > 0 {
			p = aidSentRule
		} else {
			continue
		}
		if clauseNegated(toks, i) && p != offerRule {
			continue
		}
		if p == offerRule && helpOfNonState(toks, ms, e) {
			continue
		}
		subjs := subjFor(i)
		if len(subjs) == 0 || allWithin(subjs, victim) || others(subjs, e) {
			continue
		}
		var keep []string
		for _, st := range subjs {
			if !c.has(n0, idx, p.typ, st) {
				keep = append(keep, st)
			}
		}
		c.emitEach(idx, s, p, i, e, keep, victim, []string{"a round-up on a disaster: the state it struck"}, dates)
	}
}

// clashVerbs: "Chinese and Soviet troops clashed".
var clashVerbs = wordSet("clashed", "clash", "clashes", "clashing", "skirmished", "fought")

func (c *coder) clashes(idx int, s Sentence, toks []token, ms []mention, groups []int, dates []dateExpr, n0 int) {
	for i := range toks {
		if !clashVerbs[toks[i].low] || i == 0 || clauseNegated(toks, i) {
			continue
		}
		// "the clashes between": a noun, warBetween's
		if toks[i-1].low == "the" || toks[i-1].low == "border" || toks[i-1].low == "of" {
			continue
		}
		// the subject: two states coordinated before, their troops
		var pair []string
		for k := len(ms) - 1; k >= 0; k-- {
			m := ms[k]
			if m.end > i || m.end < i-6 {
				continue
			}
			g := groupOf(groups, k)
			for _, gi := range g {
				if stateAt(toks, ms, gi) {
					pair = append(pair, ms[gi].states...)
				}
			}
			// "Kyrgyz and Tajik border guards": the demonym before "and"
			if len(g) == 1 && k > 0 && m.start >= 2 && toks[m.start-1].low == "and" && ms[k-1].end == m.start-1 && stateAt(toks, ms, k-1) {
				pair = append(pair, ms[k-1].states...)
			}
			break
		}
		pair = uniq(pair)
		if len(pair) != 2 || c.has(n0, idx, "ATTACKED", "") {
			continue
		}
		// armed men between the subject and the verb, or "armed forces"
		armed := false
		for j := i - 1; j >= 0 && j >= i-4; j-- {
			armed = armed || armedPeople[toks[j].low] || toks[j].low == "forces"
		}
		if !armed && toks[i].low == "fought" {
			continue
		}
		if !armed {
			continue
		}
		c.emitEach(idx, s, clashRule, i, i+1, pair[:1], pair[1:], []string{"armed forces of two states clashed: an attack each way"}, dates)
		c.emitEach(idx, s, clashRule, i, i+1, pair[1:], pair[:1], []string{"armed forces of two states clashed: an attack each way"}, dates)
		return
	}
}

// expulsionTally: "the 147 Soviets expelled included 47 from France, 18
// from Bangladesh, 18 from Iran, and 3 from the United States".
func (c *coder) expulsionTally(idx int, s Sentence, toks []token, ms []mention, groups []int, dates []dateExpr, n0 int) {
	for i := 1; i < len(toks); i++ {
		if toks[i].low != "included" && toks[i].low != "include" && toks[i].low != "including" {
			continue
		}
		// the expelled: a demonym plural before "expelled|ousted"
		var expelled []string
		for j := i - 1; j >= 0 && j >= i-5; j-- {
			if toks[j].low == "expelled" || toks[j].low == "ousted" || toks[j].low == "expulsions" {
				if k := lastMentionBefore(ms, j); k >= 0 && ms[k].end >= j-2 && stateAt(toks, ms, k) {
					expelled = ms[k].states
				}
				break
			}
		}
		if len(expelled) != 1 {
			continue
		}
		var by []string
		for j := i + 1; j+2 < len(toks); j++ {
			if isDigits(toks[j].low) && toks[j+1].low == "from" {
				at := j + 2
				if toks[at].low == "the" && at+1 < len(toks) {
					at++
				}
				if k := inMentionAt(ms, at); k >= 0 && stateAt(toks, ms, k) {
					by = append(by, ms[k].states...)
				}
			}
		}
		c.emitEach(idx, s, tallyRule, i, i+1, uniq(by), expelled, []string{"a tally of expulsions by the states that expelled"}, dates)
		return
	}
}

// startPhrasing reads what the families need from the title and the first
// sentence: the state a round-up of congratulations congratulates, the
// state a disaster struck.
func (c *coder) startPhrasing(title string) {
	low := strings.ToLower(title)
	topic := func(text string) []string {
		var out []string
		for _, m := range c.r.find(tokenize(text, nil)) {
			if len(m.states) == 1 && m.kind != mNonState && m.kind != mAuthor && m.kind != mPronoun {
				out = append(out, m.states...)
			}
		}
		return uniq(out)
	}
	if t := topic(title); len(t) == 1 {
		c.ph.titled = t
	}
	if strings.Contains(low, "congratulat") || strings.Contains(low, "felicitat") {
		if t := topic(title); len(t) == 1 {
			c.ph.winner = t
		}
	}
	disaster := false
	for _, w := range []string{"quake", "earthquake", "tsunami", "flood", "typhoon", "cyclone", "hurricane", "disaster", "condolence", "sympath", "mourn"} {
		disaster = disaster || strings.Contains(low, w)
	}
	if disaster || aidTitle(title) {
		c.ph.disaster = true
		if t := topic(title); len(t) == 1 {
			c.ph.mourned = t
		}
	}
}

// labelLine: a line "AUSTRALIA: Sent a … team" — a label that is a
// state's name alone gives the subject of the sentences under it until
// the next label; any other label ends it.
func (c *coder) labelLine(label string) {
	c.ph.label = nil
	toks := tokenize(label, nil)
	ms := c.r.find(toks)
	if len(ms) == 1 && ms[0].kind == mState && len(ms[0].states) == 1 && ms[0].start == 0 && ms[0].end == len(toks) {
		c.ph.label = ms[0].states
	}
}
