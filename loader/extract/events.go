package extract

import "strings"

// Events written as nouns: the meeting, the talks, the accord, the
// expulsion a sentence names as a thing rather than tells as a verb — "a
// meeting between US Secretary of State Shultz and his counterpart Gromyko
// in Madrid", "the Madrid agreement signed … by Spain, Morocco and
// Mauritania", "the expulsion of 21 Russian diplomats from Belgium". Each
// frame is an event noun and the participants its own phrases give:
// "between" and a coordination, "by" and a coordination after a signing,
// a nationality adjective and a "from" phrase after an expulsion.

var (
	betweenMetRule    = &pattern{typ: "MET", conf: 0.75, flags: fNominal, rule: "a meeting or talks between states (nominal)", source: "curated"}
	betweenSignedRule = &pattern{typ: "SIGNED_AGREEMENT", conf: 0.7, flags: fNominal, rule: "an accord between states (nominal)", source: "curated"}
)

// metNouns name a meeting of the parties "between" after them; accordNouns
// an instrument they concluded.
var (
	metNouns = wordSet("meeting", "meetings", "talks", "negotiations", "summit", "consultations", "discussions", "conversation",
		"conversations", "encounter")
	accordNouns = wordSet("agreement", "agreements", "accord", "accords", "communiqué", "communique", "communiqués", "communiques",
		"treaty", "treaties", "memorandum", "memoranda", "protocol", "declaration", "pact", "pacts")
	// eventHedges before the noun say the event has not happened or is
	// only sought: "called for talks between", "a possible meeting
	// between", "the resumption of negotiations between"
	eventHedges = wordSet("proposed", "propose", "proposes", "proposing", "possible", "potential", "prospect", "prospects", "hope",
		"hopes", "hoped", "call", "calls", "called", "calling", "urge", "urges", "urged", "urging", "resume", "resumed", "resumption",
		"resuming", "push", "pushed", "pushing", "would", "could", "might", "may", "possibility", "facilitate", "facilitating",
		"encourage", "encouraged", "encourages", "support", "supports", "supported", "welcome", "welcomes", "welcomed", "seek", "seeks",
		"sought", "pave", "arrange", "arranging", "organize", "organise", "mediate", "broker", "brokering", "future", "draft", "new",
		"towards", "toward", "prepare", "preparing", "preparation", "preparations", "ahead", "offer", "offered", "offers", "if", "any",
		"violation", "violations", "violated", "violating", "breach", "breached",
		// an instrument invoked, not concluded: "in accordance with the
		// provisions of the Intergovernmental Air Services Agreement between"
		"accordance", "provisions", "provision", "terms", "pursuant")
	// betweenGap are the words an accord's name or subject may put between
	// it and "between": "the communiqué on the establishment of diplomatic
	// relations between Lithuania and China", "the Argyle Declaration for
	// Dialogue and Peace between Guyana and Venezuela"
	betweenGap = wordSet("on", "of", "for", "the", "establishment", "establishing", "diplomatic", "relations", "dialogue", "peace",
		"and", "friendship", "cooperation", "mutual", "normalization", "normalisation", "joint")
)

// eventBetween: a meeting or an accord the sentence names with its
// parties after "between" — "A meeting between US Secretary of State
// Shultz and his counterpart Gromyko in Madrid on 8 September", "a meeting
// in October between Nikol Pashinyan, Prime Minister of Armenia, and Ilham
// Aliyev", "Negotiations between the United States and the German
// Democratic Republic … commenced", "the communiqué on the establishment
// of diplomatic relations between Lithuania and China". Every party met
// (MET) or signed (SIGNED_AGREEMENT, rule 6) with every other. A host who
// "hosted" the talks or under whose auspices they were held met each
// (hostOfEvent).
func (c *coder) eventBetween(idx int, s Sentence, toks []token, ms []mention, groups []int, dates []dateExpr) {
	if len(ms) < 2 {
		return
	}
	for i := 0; i+2 < len(toks); i++ {
		w := toks[i].low
		met, accord := metNouns[w], accordNouns[w]
		if !met && !accord || inMentionAt(ms, i) >= 0 {
			continue
		}
		b := -1
		if met {
			// "a meeting between", "a meeting in October between"
			switch {
			case toks[i+1].low == "between":
				b = i + 1
			case toks[i+1].low == "in" || toks[i+1].low == "on" || toks[i+1].low == "last" || toks[i+1].low == "this":
				for j := i + 2; j < len(toks) && j <= i+4; j++ {
					if toks[j].low == "between" {
						b = j
						break
					}
					if inMentionAt(ms, j) >= 0 || !dateWords[toks[j].low] && !isDigits(toks[j].low) && toks[j].low != "the" {
						break
					}
				}
			}
		} else {
			for j := i + 1; j < len(toks) && j <= i+9; j++ {
				if toks[j].low == "between" {
					b = j
					break
				}
				if inMentionAt(ms, j) >= 0 || !betweenGap[toks[j].low] && !(toks[j].capital && toks[j].word) {
					break
				}
			}
		}
		// "Joint Communiqué on the Establishment of Diplomatic Relations
		// Between …": a document's title, not a report of its signing
		if b < 0 || toks[b].capital || hedgedEvent(toks, i) {
			continue
		}
		sts, ok := partiesAfter(toks, ms, groups, b+1)
		if !ok || len(sts) < 2 {
			continue
		}
		p := betweenMetRule
		if accord {
			p = betweenSignedRule
		}
		t := &trig{match: match{p: p, start: i, end: b + 1}, subjM: -1}
		reasons := []string{"the parties after \"between\" of an event written as a noun"}
		for x, a := range sts {
			for _, y := range sts[x+1:] {
				c.emit(idx, s, t, a, y, "", "", p.conf, reasons, dates, false)
			}
		}
		if met {
			c.hostOfEvent(idx, s, toks, ms, t, i, sts, dates)
			c.r.parties = sts
		}
		return
	}
}

// hedgedEvent: the words before an event noun at i, back to the clause's
// start, seek, propose or deny it rather than report it.
func hedgedEvent(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-7; j-- {
		w := toks[j].low
		if isBreak(toks, j) || w == "." {
			break
		}
		if eventHedges[w] || negators[w] {
			return true
		}
	}
	// "talks between A and B would …", "a meeting between them is
	// planned": said after it
	for j := i + 1; j < len(toks); j++ {
		switch toks[j].low {
		case "would", "could", "might", "planned", "proposed", "possible", "expected", "should":
			return true
		}
	}
	return false
}

// partiesAfter reads the coordinated parties that start at token from,
// after "between": each mention up to the first preposition other than
// "of", clause break or full stop, through the appositions of a name
// ("Nikol Pashinyan, Prime Minister of Armenia, and Ilham Aliyev"). It
// fails on a pronoun, a party that is no state, or when no "and" joins
// them (unless one collective mention names the pair: "the two
// countries").
func partiesAfter(toks []token, ms []mention, groups []int, from int) ([]string, bool) {
	var sts []string
	and := false
	for j := from; j < len(toks); {
		if k := mentionStartingAt(ms, j); k >= 0 {
			m := ms[k]
			if m.kind == mPronoun || m.kind == mNonState {
				return nil, false
			}
			if m.kind == mCollective {
				and = and || len(m.states) >= 2
			}
			sts = append(sts, m.states...)
			j = m.end
			continue
		}
		w := toks[j].low
		if w == "and" {
			and = true
			j++
			continue
		}
		if w == "of" && len(sts) > 0 {
			// "the leaders of the two Koreas": taken; "Prime Minister of
			// Armenia": the mention after it
			j++
			continue
		}
		if w == "," {
			// an apposition or the next of a list goes on; anything else
			// ends the phrase
			if j+1 < len(toks) && (toks[j+1].low == "and" || toks[j+1].capital || mentionStartingAt(ms, j+1) >= 0) {
				j++
				continue
			}
			break
		}
		if preps[w] || isBreak(toks, j) || w == "." || bes[w] || w == "will" || w == "that" || w == "which" {
			break
		}
		j++
	}
	sts = uniq(sts)
	return sts, and && len(sts) >= 2
}

// hostWords introduce the state that hosted, sponsored or oversaw a
// meeting of others: "hosted by Vladimir Putin", "under the auspices of
// Qatar", "witnessed by Premier Kosygin", "with the mediation of Shah Reza
// Pahlevi of Iran".
func hostAt(toks []token, j int) (int, bool) {
	w := toks[j].low
	switch {
	case (w == "hosted" || w == "witnessed" || w == "sponsored" || w == "mediated" || w == "chaired" || w == "brokered") && j+1 < len(toks) && toks[j+1].low == "by":
		return j + 2, true
	case w == "auspices" && j+1 < len(toks) && toks[j+1].low == "of":
		return j + 2, true
	case w == "mediation" && j+1 < len(toks) && toks[j+1].low == "of":
		return j + 2, true
	}
	return 0, false
}

var hostVerbs = wordSet("hosted", "hosts", "sponsored", "mediated", "brokered", "chaired", "convened")

var hostRule = &pattern{typ: "MET", conf: 0.7, flags: fNominal, rule: "the host of a meeting of others", source: "curated"}

// hostOfEvent: the host of a meeting whose parties the sentence gave met
// each of them (ANNOTATION.md rule 6, "hosted"; the Tashkent declaration
// "witnessed by" Kosygin).
func (c *coder) hostOfEvent(idx int, s Sentence, toks []token, ms []mention, t *trig, at int, parties []string, dates []dateExpr) {
	for j := 0; j+2 < len(toks); j++ {
		h, ok := hostAt(toks, j)
		if !ok && j < at && hostVerbs[toks[j].low] {
			// "China hosted and sponsored talks between the two
			// countries": the clause's subject just before the verb
			if k := inMentionAt(ms, j-1); k >= 0 && ms[k].end == j && prepBefore(toks, ms[k].start) == "" && !breakBetween(toks, j, at) {
				h, ok = ms[k].start, true
			}
		}
		if !ok {
			continue
		}
		if toks[h].low == "the" && h+1 < len(toks) && mentionStartingAt(ms, h) < 0 {
			h++
		}
		k := mentionStartingAt(ms, h)
		if k < 0 || ms[k].kind == mPronoun || ms[k].kind == mNonState || ms[k].kind == mCollective || ms[k].modifier {
			continue
		}
		for _, host := range ms[k].states {
			if contains(parties, host) {
				continue
			}
			ht := &trig{match: match{p: hostRule, start: j, end: h}, subjM: -1}
			for _, p := range parties {
				c.emit(idx, s, ht, host, p, "", "", hostRule.conf, []string{"the host of a meeting of others met each"}, dates, false)
			}
		}
		return
	}
}

// events runs the nominal event frames of this file on a sentence.
func (c *coder) events(idx int, s Sentence, toks []token, ms []mention, groups []int, dates []dateExpr) {
	c.eventBetween(idx, s, toks, ms, groups, dates)
	c.possessiveMeeting(idx, s, toks, ms, dates)
	c.accordSignedBy(idx, s, toks, ms, groups, dates)
	c.expulsionFrame(idx, s, toks, ms, dates)
}

var signedByRule = &pattern{typ: "SIGNED_AGREEMENT", conf: 0.75, flags: fNominal, rule: "an accord signed or issued by states (nominal)", source: "curated"}

// signWords sign or issue an instrument; jointNouns are the instruments a
// joint statement is ("issued a joint communique").
var (
	signWords  = wordSet("signed", "inked", "concluded", "issued", "released", "adopted")
	jointNouns = wordSet("statement", "statements", "communiqué", "communique", "declaration", "announcement", "press")
)

// accordSignedBy: an instrument the sentence says was signed or issued by
// a coordination of states — "the Madrid agreement signed on Nov. 14,
// 1975, by Spain, Morocco and Mauritania", "The declaration was signed
// this afternoon by President Ayub and the Indian Prime Minister", "a
// joint statement inked by the two countries and China", "a joint
// statement released by Japan and China" — or a joint statement the
// coordinated subject issued ("the governments of Argentina, Bolivia,
// Colombia, and Mexico issued a joint statement"; ANNOTATION.md rules 6,
// 64). Every pair signed.
func (c *coder) accordSignedBy(idx int, s Sentence, toks []token, ms []mention, groups []int, dates []dateExpr) {
	if len(ms) < 2 {
		return
	}
	for i := 0; i+2 < len(toks); i++ {
		w := toks[i].low
		joint := jointNouns[w] && i > 0 && toks[i-1].low == "joint"
		if !accordNouns[w] && !joint || inMentionAt(ms, i) >= 0 {
			continue
		}
		if w == "press" && (i+1 >= len(toks) || toks[i+1].low != "statement") {
			continue
		}
		var sts []string
		ok := false
		// "… signed [on Nov. 14, 1975,] by Spain, Morocco and Mauritania"
		for j := i + 1; j < len(toks) && j <= i+10; j++ {
			if isBreak(toks, j) || toks[j].low == "." {
				break
			}
			if !signWords[toks[j].low] {
				continue
			}
			for b := j + 1; b < len(toks) && b <= j+9; b++ {
				if toks[b].low == "by" {
					sts, ok = partiesAfter(toks, ms, groups, b+1)
					break
				}
				if inMentionAt(ms, b) >= 0 || isBreak(toks, b) {
					break
				}
			}
			break
		}
		// "the governments of A, B and C issued a joint statement"
		if !ok && joint {
			a := i - 1
			for a > 0 && (toks[a-1].low == "a" || toks[a-1].low == "the" || toks[a-1].low == "joint") {
				a--
			}
			if a > 0 && signWords[toks[a-1].low] {
				if k := inMentionAt(ms, a-2); k >= 0 && ms[k].end == a-1 {
					g := groupOf(groups, k)
					if first := ms[g[0]].start; prepBefore(toks, first) == "" || first >= 2 && toks[first-2].low == "the" {
						sts, ok = groupStates(ms, g)
					}
				}
			}
		}
		if !ok || len(sts) < 2 || hedgedEvent(toks, i) || selfReference(toks, i) {
			continue
		}
		t := &trig{match: match{p: signedByRule, start: i, end: i + 1}, subjM: -1}
		reasons := []string{"the states an instrument was signed or issued by"}
		for x, a := range sts {
			for _, y := range sts[x+1:] {
				c.emit(idx, s, t, a, y, "", "", signedByRule.conf, reasons, dates, false)
			}
		}
		return
	}
}

// groupStates are the states of the coordinated mentions g, false when one
// is a pronoun or no state.
func groupStates(ms []mention, g []int) ([]string, bool) {
	var sts []string
	for _, gi := range g {
		if ms[gi].kind == mPronoun || ms[gi].kind == mNonState {
			return nil, false
		}
		sts = append(sts, ms[gi].states...)
	}
	sts = uniq(sts)
	return sts, len(sts) >= 2
}

// selfReference: the instrument at i is the text itself — "The following
// is the joint statement released by …", "this joint statement" — whose
// signing the text does not report (ANNOTATION.md rule 76).
func selfReference(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		if w := toks[j].low; w == "following" || w == "this" || w == "below" {
			return true
		}
	}
	return false
}

var expulsionRule = &pattern{typ: "EXPELLED", conf: 0.75, flags: fNominal, rule: "an expulsion of a state's diplomats (nominal frame)", source: "curated"}

// expelWords name an expulsion, recallWords a recall; missionWords are the
// last words of a mention that names a state's envoys or mission ("21
// Russian diplomats", "the Russian Embassy", "the Dutch embassy").
var (
	expelWords   = wordSet("expulsion", "expulsions", "expel", "expels", "expelled", "expelling")
	recallWords  = wordSet("recalled", "withdrawn")
	missionWords = wordSet("diplomat", "diplomats", "ambassador", "ambassadors", "envoy", "envoys", "embassy", "mission", "consulate",
		"delegation", "representative", "staff", "personnel", "employees", "officials", "official", "counsellor", "counselor", "attaché", "attache")
	expelHedges = wordSet("threat", "threats", "threatened", "threatens", "threatening", "expected", "consider", "considers", "considering",
		"considered", "preparing", "demand", "demands", "demanded", "plan", "plans", "planned", "intend", "intends", "intention")
)

// envoyMention: the mention at k names a state's envoys or mission —
// its last word one of missionWords ("Russian diplomats", "the Russian
// Embassy") — or is the state after such a word and "of" ("one diplomat
// of the Russian Federation", "employees of the Dutch embassy").
func envoyMention(toks []token, ms []mention, k int) bool {
	m := ms[k]
	if m.kind == mPronoun || m.kind == mNonState || m.kind == mAuthor || m.kind == mCollective || m.poss || len(m.states) != 1 {
		return false
	}
	if missionWords[toks[m.end-1].low] && m.kind == mOrgan {
		return true
	}
	a := m.start - 1
	if a >= 0 && toks[a].low == "the" {
		a--
	}
	return a >= 1 && toks[a].low == "of" && missionWords[toks[a-1].low]
}

// expulsionFrame: an expulsion the sentence names, its two sides read from
// the phrases round the envoys — the expelled state is the envoys' own
// (a nationality adjective or "of" the state: "21 Russian diplomats", "one
// diplomat of the Russian Federation"), the expelling one the state they
// are expelled "from" ("the expulsion of 21 Russian diplomats from
// Belgium"), the one "by" whom ("the expulsion by Washington of 12
// diplomats from the Russian permanent mission"), the possessor of the
// decision ("the Chisinau authorities' decision on the expulsion of the
// Russian diplomat", "the decision of the Polish authorities to expel a
// Belarusian diplomat"), else the host of their post ("the declaration of
// the counsellor-minister of the Russian Embassy in Prague persona non
// grata": the Czech Republic; ANNOTATION.md rules 35, 87). A state's envoy
// "to" another who "has been recalled" is its recall: EXPELLED of the host
// ("The Algerian ambassador to Spain has been recalled from Madrid").
func (c *coder) expulsionFrame(idx int, s Sentence, toks []token, ms []mention, dates []dateExpr) {
	if len(ms) < 2 {
		return
	}
	for i := range toks {
		w := toks[i].low
		png := (w == "persona" || w == "personae") && i+2 < len(toks) && toks[i+1].low == "non"
		if !expelWords[w] && !png && !recallWords[w] {
			continue
		}
		if hedgedEvent(toks, i) || expelHedged(toks, i) {
			return
		}
		if recallWords[w] {
			c.recalledEnvoy(idx, s, toks, ms, i, dates)
			return
		}
		// the envoys: the first envoy mention after the word within the
		// clause, or before it for "… were declared personae non gratae"
		env := -1
		for k := range ms {
			if ms[k].start > i && ms[k].start <= i+8 && !breakBetween(toks, i, ms[k].start) && envoyMention(toks, ms, k) {
				env = k
				break
			}
		}
		if env < 0 && png {
			for k := len(ms) - 1; k >= 0; k-- {
				if ms[k].end <= i && ms[k].end >= i-25 && !breakBetween(toks, ms[k].end, i) && envoyMention(toks, ms, k) {
					env = k
					break
				}
			}
		}
		if env < 0 {
			if host, expelled, name, ok := c.envoysFrom(toks, ms, i); ok {
				t := &trig{match: match{p: expulsionRule, start: i, end: i + 1}, subjM: -1}
				c.emit(idx, s, t, host, expelled, "", name, expulsionRule.conf, []string{"the sides of an expulsion read from the phrases round the envoys"}, dates, false)
				return
			}
			continue
		}
		expelled := ms[env].states[0]
		host := ""
		// "from Belgium", "in Prague" after the envoys
		post := ""
		for j := ms[env].end; j+1 < len(toks) && j <= ms[env].end+6; j++ {
			if isBreak(toks, j) || toks[j].text == "," {
				break
			}
			if p := toks[j].low; p == "from" || p == "in" {
				n := j + 1
				if toks[n].low == "the" && n+1 < len(toks) {
					n++
				}
				if k := mentionStartingAt(ms, n); k >= 0 && ms[k].kind == mState && !ms[k].modifier && len(ms[k].states) == 1 && ms[k].states[0] != expelled {
					if p == "from" {
						host = ms[k].states[0]
					} else if post == "" {
						post = ms[k].states[0]
					}
				}
				break
			}
		}
		// "the expulsion by Washington of …"
		if host == "" && i+2 < len(toks) && toks[i+1].low == "by" {
			if k := mentionStartingAt(ms, i+2); k >= 0 && ms[k].kind != mPronoun && ms[k].kind != mNonState && len(ms[k].states) == 1 {
				host = ms[k].states[0]
			}
		}
		// "the Chisinau authorities' decision on the expulsion", "the
		// decision of the Polish authorities to expel", "The Hague's
		// decision … to expel"
		if host == "" {
			host = decider(toks, ms, i)
		}
		if host == "" && png {
			host = post
		}
		if host == "" || host == expelled {
			continue
		}
		t := &trig{match: match{p: expulsionRule, start: i, end: i + 1}, subjM: -1}
		c.emit(idx, s, t, host, expelled, "", ms[env].name, expulsionRule.conf, []string{"the sides of an expulsion read from the phrases round the envoys"}, dates, false)
		return
	}
}

// expelHedged: a threat, plan or expectation of expulsion, not one done
// ("may be preparing to expel", "is also expected to respond by
// expelling").
func expelHedged(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		if isBreak(toks, j) {
			break
		}
		if expelHedges[toks[j].low] {
			return true
		}
	}
	return false
}

// expelDecisionNouns are what a state decides an expulsion by.
var expelDecisionNouns = wordSet("decision", "decisions", "move", "order", "orders", "declaration")

// decider: the state whose decision the expulsion at i is — its
// possessor ("the Chisinau authorities' decision on the expulsion") or
// the state after "of" ("the decision of the Polish authorities to
// expel"), "" if none.
func decider(toks []token, ms []mention, i int) string {
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		if isBreak(toks, j) || toks[j].text == "," {
			return ""
		}
		if !expelDecisionNouns[toks[j].low] {
			continue
		}
		// "X's decision", "X authorities' decision"
		for k := range ms {
			m := ms[k]
			if m.poss && m.end >= j-2 && m.end <= j && m.kind != mPronoun && m.kind != mNonState && m.kind != mAuthor && len(m.states) == 1 {
				return m.states[0]
			}
		}
		// "the decision of the Polish authorities to expel"
		if j+2 < i && toks[j+1].low == "of" {
			n := j + 2
			if toks[n].low == "the" {
				n++
			}
			if k := mentionStartingAt(ms, n); k >= 0 && ms[k].end <= i && ms[k].kind != mPronoun && ms[k].kind != mNonState && len(ms[k].states) == 1 {
				return ms[k].states[0]
			}
		}
		return ""
	}
	return ""
}

// recalledEnvoy: "The Algerian ambassador to Spain has been recalled from
// Madrid" — a state's envoy "to" another, the subject of "recalled": the
// envoy's state recalled him, EXPELLED of the host (ANNOTATION.md rule
// 35).
func (c *coder) recalledEnvoy(idx int, s Sentence, toks []token, ms []mention, i int, dates []dateExpr) {
	// "has been recalled", "was withdrawn"
	if i < 2 || !beAux[toks[i-1].low] {
		return
	}
	for k := range ms {
		m := ms[k]
		if m.end >= i || !envoyMention(toks, ms, k) || !envoyWords[toks[m.end-1].low] {
			continue
		}
		if m.end+1 >= len(toks) || toks[m.end].low != "to" {
			continue
		}
		n := m.end + 1
		if toks[n].low == "the" && n+1 < len(toks) {
			n++
		}
		h := mentionStartingAt(ms, n)
		if h < 0 || ms[h].kind != mState || len(ms[h].states) != 1 || ms[h].states[0] == m.states[0] {
			continue
		}
		// the verb is this clause's: only the host and auxiliaries between
		if !adverbsOnly(toks, ms[h].end, i) {
			continue
		}
		t := &trig{match: match{p: expulsionRule, start: i, end: i + 1}, subjM: -1}
		c.emit(idx, s, t, m.states[0], ms[h].states[0], m.name, ms[h].name, expulsionRule.conf, []string{"a state's envoy to another recalled: EXPELLED of the host"}, dates, false)
		return
	}
}

// envoysFrom reads the envoys after an expulsion word at i that the
// resolver took as the officials "from" a state ("Defense Ministers from
// Canada"): after an expulsion, "21 Russian diplomats from Belgium" are
// Russia's, expelled from Belgium; and "12 diplomats from the Russian
// permanent mission", expelled "by Washington", are Russia's. It gives
// the expelling state, the expelled one and how the envoys are named.
func (c *coder) envoysFrom(toks []token, ms []mention, i int) (host, expelled, name string, ok bool) {
	for k := range ms {
		m := ms[k]
		if m.start <= i || m.start > i+8 || breakBetween(toks, i, m.start) {
			continue
		}
		if len(m.states) != 1 || m.kind == mPronoun || m.kind == mNonState || m.kind == mAuthor {
			return "", "", "", false
		}
		// "Russian diplomats from Belgium" as one mention of Belgium
		for f := m.start + 2; f < m.end; f++ {
			if toks[f].low != "from" || !missionWords[toks[f-1].low] {
				continue
			}
			own := c.r.peek(toks[m.start : f-1])
			if len(own) == 1 && own[0].demonym && len(own[0].states) == 1 && own[0].states[0] != m.states[0] {
				return m.states[0], own[0].states[0], phraseText(toks, m.start, f), true
			}
			return "", "", "", false
		}
		// "the expulsion by Washington of 12 diplomats from the Russian
		// permanent mission"
		if i+2 < len(toks) && toks[i+1].low == "by" && m.start == i+2 && m.kind != mCollective {
			for j := m.end; j+2 < len(toks) && j <= m.end+5; j++ {
				if toks[j].low != "from" || !missionWords[toks[j-1].low] {
					continue
				}
				n := j + 1
				if toks[n].low == "the" {
					n++
				}
				e := mentionStartingAt(ms, n)
				if e < 0 || !ms[e].modifier || len(ms[e].states) != 1 || ms[e].states[0] == m.states[0] {
					break
				}
				for x := ms[e].end; x < len(toks) && x <= ms[e].end+2; x++ {
					if missionWords[toks[x].low] {
						return m.states[0], ms[e].states[0], phraseText(toks, ms[e].start, x+1), true
					}
				}
				break
			}
		}
		return "", "", "", false
	}
	return "", "", "", false
}

var possMeetingRule = &pattern{typ: "MET", conf: 0.75, flags: fNominal, rule: "his or her meeting with a state's person (the one the pronoun stands for met it)", source: "curated"}

// possMeetNouns are the meetings a possessive pronoun may own: "after his
// meeting with the Cuban ambassador", "his talks with Lavrov", "his
// telephone conversation with".
var possMeetNouns = wordSet("meeting", "meetings", "talks", "conversation", "conversations", "call", "discussions",
	"consultations", "encounter")

// possessiveMeeting: a meeting a person's pronoun owns — "he said … after
// his meeting with the Cuban ambassador to this Arab nation", "Meanwhile,
// in his meeting with the Somalian president Hassan Sheikh Mahmoud, he
// pledged …", "Putin will receive Kerry after his talks with Lavrov", "Xi
// recalled his meeting with Quang last November". The one "his" or "her"
// stands for (possessorStates) met the state of the person after "with"
// (ANNOTATION.md rule 6). A meeting only sought or planned is none
// (hedgedEvent, rule 5).
func (c *coder) possessiveMeeting(idx int, s Sentence, toks []token, ms []mention, dates []dateExpr) {
	if len(ms) < 2 {
		return
	}
	for i := 1; i+2 < len(toks); i++ {
		if !possMeetNouns[toks[i].low] || toks[i+1].low != "with" || inMentionAt(ms, i) >= 0 {
			continue
		}
		p := possessorBefore(toks, ms, i)
		if p < 0 || hedgedEvent(toks, i) {
			continue
		}
		x := mentionStartingAt(ms, i+2)
		if x < 0 && toks[i+2].low == "the" {
			x = mentionStartingAt(ms, i+3)
		}
		if x < 0 || ms[x].kind == mPronoun || ms[x].kind == mNonState || ms[x].kind == mCollective || len(ms[x].states) != 1 {
			continue
		}
		obj := ms[x].states[0]
		sts := c.possessorStates(toks, ms, p, ms[x].end, ms[x].states, false)
		c.emitPossessive(idx, s, possMeetingRule, p, ms[x].end, sts, obj, ms[x].name, dates)
	}
}

// possessorBefore: the "his" or "her" that owns the event noun at i, with
// up to three modifiers between ("his two-day state visit", "her recent
// telephone conversation"); -1 when none.
func possessorBefore(toks []token, ms []mention, i int) int {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		w := toks[j].low
		if w == "his" || w == "her" {
			return j
		}
		if !(toks[j].word || isDigits(w) || w == "-") || inMentionAt(ms, j) >= 0 || isBreak(toks, j) {
			return -1
		}
	}
	return -1
}

// possessorStates: the states of the person a "his" or "her" at token p
// stands for, when the sentence says who: for a phrase opening the
// sentence ("In his meeting with …, Al-Sisi highlighted"), the subject
// after its comma; else the nearest person named before it ("Blinken met
// … Al Sabah during his visit to Washington": Al Sabah), passing over one
// of the other party's state ("Adeang met with Xi in Beijing … as part of
// his first state visit to China": Adeang). "he" or "she" is the person
// the last sentence opened with. nil when the sentence does not say
// ("both sides noted", no person before).
func (c *coder) possessorStates(toks []token, ms []mention, p, end int, other []string, visit bool) []string {
	person := func(m mention) []string {
		if !possessorKind(toks, m, visit) {
			return nil
		}
		if m.kind == mPronoun {
			if unknownPerson(toks, ms, 0, m.start) {
				return nil
			}
			return c.lastPerson
		}
		return m.states
	}
	if opening(toks, p) {
		for j := end; j+1 < len(toks) && j < end+12; j++ {
			if toks[j].low != "," {
				if isBreak(toks, j) {
					return nil
				}
				continue
			}
			k := mentionStartingAt(ms, j+1)
			if k < 0 && j+2 < len(toks) && toks[j+1].low == "the" {
				k = mentionStartingAt(ms, j+2)
			}
			if k < 0 {
				return nil
			}
			if sts := person(ms[k]); !overlap(sts, other) {
				return sts
			}
			return nil
		}
		return nil
	}
	for k := len(ms) - 1; k >= 0; k-- {
		if ms[k].end > p {
			continue
		}
		if sts := person(ms[k]); len(sts) > 0 && !overlap(sts, other) {
			return sts
		}
	}
	return nil
}

// opening: the phrase of the pronoun at p opens the sentence ("In his
// meeting with", "Meanwhile, in his meeting with", "During her visit to").
func opening(toks []token, p int) bool {
	j := 0
	if len(toks) > 2 && (toks[0].low == "meanwhile" || toks[0].low == "also" || toks[0].low == "later" || toks[0].low == "earlier") && toks[1].low == "," {
		j = 2
	}
	if j+1 >= len(toks) || p != j+1 {
		return false
	}
	switch toks[j].low {
	case "in", "during", "at", "after", "on", "upon", "following":
		return true
	}
	return false
}

// possessorKind: a person who may own a meeting or, for a visit
// (visitorKind), travel: not one posted in the host.
func possessorKind(toks []token, m mention, visit bool) bool {
	if visit {
		return visitorKind(toks, m)
	}
	switch m.kind {
	case mLeader, mOfficial:
		return true
	case mOrgan:
		low := strings.ToLower(phraseText(toks, m.start, m.end))
		return isPersonOrgan(low) || strings.Contains(low, "delegation")
	case mPronoun:
		low := strings.ToLower(m.name)
		return low == "he" || low == "she"
	}
	return false
}

// metInSentence: a meeting of a and b (either way) is drafted from
// sentence idx already ("welcome Secretary Mike Pompeo … for his first
// bilateral visit to Britain" is the host's meeting).
func (c *coder) metInSentence(idx int, a, b string) bool {
	for i := len(c.d.Candidates) - 1; i >= 0 && c.d.Candidates[i].Sentence == idx; i-- {
		x := &c.d.Candidates[i]
		if x.Type == "MET" && (x.Subject == a && x.Object == b || x.Subject == b && x.Object == a) {
			return true
		}
	}
	return false
}

// emitPossessive: each state of the possessor met obj.
func (c *coder) emitPossessive(idx int, s Sentence, p *pattern, start, end int, sts []string, obj, objText string, dates []dateExpr) {
	for _, a := range sts {
		if a == obj || c.metInSentence(idx, a, obj) {
			continue
		}
		t := &trig{match: match{p: p, start: start, end: end}, subjM: -1}
		c.emit(idx, s, t, a, obj, "", objText, p.conf, []string{"the person a possessive pronoun stands for"}, dates, false)
	}
}
