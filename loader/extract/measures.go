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
			if k == subj || k == rep || k == victim || m.kind == mPronoun || m.kind == mNonState || m.kind == mAuthor || len(m.states) == 0 {
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
	other := func(of []string) []string {
		if len(pair) == 2 && len(of) == 1 && contains(pair, of[0]) {
			if pair[0] == of[0] {
				return pair[1:]
			}
			return pair[:1]
		}
		return nil
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
		speaker = other(target)
		conf *= 0.9
		reasons = append(reasons, "speaker: the other state in play")
		if len(speaker) == 0 && len(target) > 0 && len(c.lastTopic) > 0 && !intersects(c.lastTopic, target) {
			speaker = c.lastTopic // "Let me be clear: there will be serious consequences for Russia's actions"
			reasons[len(reasons)-1] = "speaker: the state the last sentence was about"
		}
	}
	if len(target) == 0 {
		target = other(speaker)
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
}
