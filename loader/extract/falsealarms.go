package extract

import "strings"

// Guards written for the false-alarm classes of the ninth and tenth blind
// runs (fresh8, fresh9): each is a phrasing class, never one sentence.

// withdrawVerbs undo what follows them: "had withdrawn recognition of the
// United States" ends recognition, it grants none.
var withdrawVerbs = wordSet("withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing", "withdrawal", "revoke", "revokes",
	"revoked", "revoking", "revocation", "rescind", "rescinds", "rescinded", "rescinding", "cancel", "cancels", "cancelled",
	"canceled", "cancelling", "canceling", "cancellation", "end", "ends", "ended", "ending", "suspend", "suspends", "suspended",
	"suspending", "suspension")

// recognitionWithdrawn: the recognition at i is withdrawn ("had withdrawn
// recognition of", "withdrew its diplomatic recognition of", "the
// withdrawal of recognition of").
func recognitionWithdrawn(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		w := toks[j].low
		if withdrawVerbs[w] {
			return true
		}
		switch w {
		case "its", "their", "his", "her", "the", "diplomatic", "formal", "official", "of":
			continue
		}
		return false
	}
	return false
}

// partNouns name a part of a state: "recognition of the independence of
// two regions in eastern Ukraine" recognises the regions, not Ukraine.
var partNouns = wordSet("region", "regions", "provinces", "province", "territories", "territory", "republics", "parts", "part",
	"areas", "area", "oblasts", "oblast", "enclaves", "enclave", "breakaway", "separatist", "separatists", "districts")

// firstMentionFrom is the index of the mention that starts first at or
// after token at, -1 for none.
func firstMentionFrom(ms []mention, at int) int {
	first := -1
	for k := range ms {
		if ms[k].start >= at && (first < 0 || ms[k].start < ms[first].start) {
			first = k
		}
	}
	return first
}

// recognitionOfPart: between the recognition words and the first state
// after them stands a part of a state ("the independence of two regions in
// eastern Ukraine", "the breakaway regions of Georgia").
func recognitionOfPart(toks []token, ms []mention, t *trig) bool {
	first := firstMentionFrom(ms, t.end)
	if first < 0 {
		return false
	}
	for j := t.end; j < ms[first].start && j < len(toks); j++ {
		if partNouns[toks[j].low] {
			return true
		}
		if isBreak(toks, j) {
			return false
		}
	}
	return false
}

// decisionNouns are what a state decides: "the decision to sever ties".
var decisionNouns = wordSet("decision", "decisions", "move", "step", "steps", "choice", "resolve", "determination")

// praisePrefixes open the words of praise or welcome: "highly commends",
// "welcomed", "applauds", "hailed".
var praisePrefixes = []string{"commend", "welcom", "prais", "applaud", "hail", "laud", "salut", "appreciat", "congratulat", "endors", "backed", "backs", "backing"}

func praiseWord(w string) bool {
	for _, p := range praisePrefixes {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// skipQuote steps over quotation marks from j in direction d.
func skipQuote(toks []token, j, d int) int {
	for j >= 0 && j < len(toks) && quoteMark(toks[j]) {
		j += d
	}
	return j
}

// praisedDecision: the act at i is the complement of an unnamed party's
// decision that is praised ("it highly commends the decision to sever
// diplomatic ties with Taiwan"): the act is the decider's, not the
// praiser's. "The decision of Solomon Islands to sever" names the decider
// and is left alone.
func praisedDecision(toks []token, i int) bool {
	j := i - 1
	for j >= 0 && strings.HasSuffix(toks[j].low, "ly") {
		j--
	}
	if j < 2 || toks[j].low != "to" {
		return false
	}
	d := j - 1
	// "the decision of Panama to sever ties": the decider is named, and the
	// praiser is no decider either
	for d > 1 && d >= j-6 && !decisionNouns[toks[d].low] && toks[d].low != "of" {
		d--
	}
	if toks[d].low == "of" {
		d--
	}
	if d < 1 || !decisionNouns[toks[d].low] {
		return false
	}
	d--
	if d < 0 || !(toks[d].low == "the" || toks[d].low == "this" || toks[d].low == "that") {
		return false
	}
	for k := skipQuote(toks, d-1, -1); k >= 0 && k >= d-4; k-- {
		if praiseWord(toks[k].low) {
			return true
		}
	}
	return false
}

// praiseOfDecision: the praise at t is of "the decision to …" of a party
// not named: the state inside the decision's complement is no one praised.
func praiseOfDecision(toks []token, t *trig) bool {
	j := skipQuote(toks, t.end, 1)
	return j+2 < len(toks) && (toks[j].low == "the" || toks[j].low == "this" || toks[j].low == "that") &&
		decisionNouns[toks[j+1].low] && toks[j+2].low == "to"
}

// accountWords make the act after "for" the one blamed: "held accountable
// for enabling and supporting Putin's attacks", "sanctioned for helping".
var accountWords = wordSet("accountable", "responsible", "blamed", "blame", "punished", "punish", "sanctioned", "sanctions",
	"condemned", "condemn", "condemns", "criticized", "criticised", "criticizes", "criticises", "penalized", "penalised",
	"accused", "accuses", "accuse", "censured", "rebuked")

// accusedAct: the -ing form at i stands in "for …ing" ("of …ing" after
// "accused") after words of blame: the accused act is the accuser's
// criticism, not a fact of its own (rule 6).
func accusedAct(toks []token, i int) bool {
	if !strings.HasSuffix(toks[i].low, "ing") {
		return false
	}
	for j := i - 1; j >= 1 && j >= i-4; j-- {
		w := toks[j].low
		if w == "for" || w == "of" {
			for k := j - 1; k >= 0 && k >= j-2; k-- {
				if accountWords[toks[k].low] {
					return true
				}
			}
			return false
		}
		if isBreak(toks, j) || toks[j].low == "," {
			return false
		}
	}
	return false
}

// pleasedWords before "to" say what would please one: "will be pleased to
// visit Iran" is an intention.
var pleasedWords = wordSet("pleased", "happy", "glad", "delighted", "honored", "honoured")

// futurePleased: the word at j is "pleased" (and the like) in "will be
// pleased to", "would be glad to".
func futurePleased(toks []token, j int) bool {
	return pleasedWords[toks[j].low] && j+1 < len(toks) && toks[j+1].low == "to" && j >= 2 && toks[j-1].low == "be" &&
		(toks[j-2].low == "will" || toks[j-2].low == "would" || toks[j-2].low == "'ll" || toks[j-2].low == "shall")
}

// madeToLeave: the envoys' verb at v is what they are made to do: "are
// required to leave the country within 48 hours", "were ordered to leave",
// "told to depart": the host expels them.
var madeWords = wordSet("required", "ordered", "told", "asked", "forced", "instructed", "obliged", "compelled", "directed")

func madeToLeave(toks []token, v int) bool {
	return v >= 2 && toks[v-1].low == "to" && madeWords[toks[v-2].low]
}

// nonOfficials travel without their state: "the athletes traveled to
// Moscow" is no visit.
var nonOfficials = wordSet("athletes", "athlete", "team", "teams", "players", "player", "tourists", "tourist", "fans", "students",
	"pilgrims", "migrants", "refugees", "workers", "sportsmen", "sportswomen", "olympians", "squad", "spectators", "supporters",
	"journalists", "reporters", "businessmen", "investors", "passengers", "travellers", "travelers", "citizens", "nationals")

// nonOfficialTrip: the trip word at i has non-officials as its subject
// right before it ("the athletes traveled", "the team will travel").
func nonOfficialTrip(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		w := toks[j].low
		if nonOfficials[w] {
			return true
		}
		switch w {
		case "will", "would", "had", "have", "has", "then", "also", "later", "finally", "eventually", "all":
			continue
		}
		return false
	}
	return false
}

// governedState: the mention is the object of a preposition ("to
// Cambodia", "with the United States"); "after", "before", "since" and "as"
// open clauses as often, and "by" names an agent: they do not count.
func governedState(toks []token, m mention) bool {
	j := m.start - 1
	if j >= 0 && toks[j].low == "the" {
		j--
	}
	if j < 0 || !preps[toks[j].low] {
		return false
	}
	switch toks[j].low {
	case "after", "before", "since", "as", "by":
		return false // "by" names an agent
	}
	return true
}

// reportVerbs before "it" make it the subject of what is reported: "and
// said it would expel".
var reportVerbs = wordSet("said", "says", "say", "announced", "announces", "stated", "states", "added", "adds", "declared",
	"declares", "warned", "warns", "insisted", "insists", "confirmed", "confirms", "indicated", "indicates", "that")

// reportedIt: the pronoun at i is the subject of a reported clause.
func reportedIt(toks []token, i int) bool {
	return i > 0 && reportVerbs[toks[i-1].low]
}

// nominalAgent: the "by" at b after a passive verb ending at from belongs
// to a noun of a prepositional phrase between them: "was strongly protested
// in connection with another anti-Russian provocation by the Czech side"
// (the provocation's author, not the protester). A date or an adverb
// before "by" leaves it the verb's: "was attacked on Monday by Britain".
func nominalAgent(toks []token, from, b int) bool {
	if b <= from || b < 1 {
		return false
	}
	w := toks[b-1].low
	if dateWords[w] || isDigits(w) || strings.HasSuffix(w, "ly") {
		return false
	}
	for j := from; j < b; j++ {
		switch toks[j].low {
		case "with", "against", "over", "about", "regarding", "concerning":
			return true
		}
	}
	return false
}

// forEnvoys, plural, before "for" name whom they speak for ("U.N. ambassadors for
// the United States, United Kingdom and Switzerland"); a singular
// "Ambassador for Ukraine" is often an office about the state, not of it.
var forEnvoys = wordSet("ambassadors", "representatives", "delegates", "envoys")

// ambassadorsFor: the mention at i follows "ambassadors for" (and the
// like) with no state and no "special" before the envoys: the envoys are
// that state's ("the U.S. special envoy for Ukraine" is not Ukraine's).
func ambassadorsFor(toks []token, ms []mention, i int) bool {
	w, j := prepAt(toks, i)
	if w != "for" || j < 1 || !forEnvoys[toks[j-1].low] {
		return false
	}
	if inMentionAt(ms, j-1) >= 0 {
		return false // "U.S. Ambassador" is an official of its own
	}
	for k := j - 2; k >= 0 && k >= j-3; k-- {
		if toks[k].low == "special" || inMentionAt(ms, k) >= 0 && ms[inMentionAt(ms, k)].kind != mNonState {
			return false
		}
	}
	return true
}

// continuingToCoordinate: "is continuing to coordinate with", "continues
// to consult with", said of now and not pledged ("will continue to
// coordinate closely with" stays an appeal): talks being held (rule 63, as
// rule 40's "continues to discuss with").
func continuingToCoordinate(toks []token, t *trig) bool {
	w := toks[t.start].low
	if !strings.HasPrefix(w, "coordinat") && !strings.HasPrefix(w, "consult") || t.end < 1 || toks[t.end-1].low != "with" {
		return false
	}
	j := t.start - 1
	if j < 1 || toks[j].low != "to" {
		return false
	}
	switch toks[j-1].low {
	case "continuing", "continues", "continued":
	default:
		return false
	}
	for k := j - 2; k >= 0 && k >= j-4; k-- {
		switch toks[k].low {
		case "will", "shall", "would", "'ll", "must", "should", "could", "may", "can", "agreed", "pledged", "vowed", "promised":
			return false
		}
	}
	return true
}

// Guards written for the false-alarm classes of the eleventh and twelfth
// blind runs (fresh10, fresh11): phrasing classes, never one sentence.

// fightVerbs are the verbs of fighting whose object may be an ill rather
// than a state.
var fightVerbs = wordSet("fight", "fights", "fought", "fighting", "combat", "combats", "combated", "combatted", "combating",
	"combatting", "battle", "battles", "battled", "battling", "tackle", "tackles", "tackled", "tackling")

// ills are what states fight together, no enemy state: "fight the
// pandemic with Laos", "jointly combat terrorism", "the fight against
// COVID-19".
var ills = wordSet("pandemic", "pandemics", "epidemic", "epidemics", "virus", "viruses", "coronavirus", "covid", "covid-19",
	"disease", "diseases", "outbreak", "outbreaks", "malaria", "ebola", "cholera", "polio", "aids", "hiv", "hiv/aids",
	"tuberculosis", "infection", "infections", "terrorism", "extremism", "terror", "piracy", "poverty", "hunger",
	"famine", "crime", "crimes", "corruption", "drugs", "narcotics", "trafficking", "smuggling", "fire", "fires",
	"wildfire", "wildfires", "blaze", "blazes", "floods", "flooding", "locusts", "climate", "inflation", "disinformation",
	"misinformation", "illiteracy", "desertification", "pollution", "impunity")

// fightingAnIll: the fighting at t is against an ill ("fight the
// pandemic with Laos shoulder to shoulder", "helped each other fight the
// COVID-19 pandemic", "cooperate in combating terrorism"), not an attack
// on the state named with it.
func fightingAnIll(toks []token, t *trig) bool {
	if !fightVerbs[toks[t.start].low] {
		return false
	}
	for j := t.end; j < len(toks) && j < t.end+5; j++ {
		w := toks[j].low
		if ills[w] {
			return true
		}
		switch w {
		case "the", "a", "an", "against", "jointly", "together", "global", "new", "deadly", "novel", "ongoing", "this", "these",
			"international", "transnational", "organized", "organised", "cross-border", "illegal", "illicit", "all", "forms", "of":
			continue
		}
		if !toks[j].word {
			return false
		}
		// "the COVID-19 pandemic", "the Ebola outbreak": an ill named
		// by a capitalised or numbered word before its noun
		if toks[j].capital && j+1 < len(toks) && ills[toks[j+1].low] {
			return true
		}
		return false
	}
	return false
}

// possessiveDeterminers before a noun say whose it is.
var possessiveDeterminers = wordSet("his", "her", "its", "their", "our", "your", "my")

// responseGiven: a "swift response" or "strong response" with a possessive
// before it, or thanked or praised "for", is a response given, no threat
// of one ("thanked his counterpart for his swift response").
func responseGiven(toks []token, t *trig) bool {
	if t.start == 0 || toks[t.end-1].low != "response" && toks[t.end-1].low != "responses" {
		return false
	}
	w := toks[t.start-1].low
	return possessiveDeterminers[w] || w == "for" || toks[t.start-1].poss
}

// frozenOfVictim: assets frozen of a state the text has reported attacked
// are kept from its invader, no sanction on it (ANNOTATION.md rule 37:
// "freezing Iraqi and Kuwaiti assets" after Iraq invaded Kuwait sanctions
// Iraq only).
func frozenOfVictim(toks []token, t *trig, obj string, before []Candidate) bool {
	if w := toks[t.start].low; !strings.HasPrefix(w, "free") && !strings.HasPrefix(w, "froze") && w != "seizure" {
		return false
	}
	for _, c := range before {
		if c.Type == "ATTACKED" && c.Object == obj && c.Subject != obj {
			return true
		}
	}
	return false
}

// withAbsolute: the -ing verb at i is in a "with" absolute ("…, with the
// AU calling the boycott unfortunate and voicing support for …"): a comma
// and "with", the noun phrase after it, then an -ing verb by i. It returns
// where that noun phrase starts (past "the").
func withAbsolute(toks []token, i int) (int, bool) {
	if !strings.HasSuffix(toks[i].low, "ing") {
		return 0, false
	}
	for j := i - 1; j >= 1 && j >= i-25; j-- {
		w := toks[j].low
		if w == "." || w == ";" || w == ":" {
			return 0, false
		}
		if w != "with" || toks[j-1].low != "," {
			continue
		}
		n := j + 1
		if n < i && (toks[n].low == "the" || toks[n].low == "its" || toks[n].low == "their") {
			n++
		}
		// the phrase's verb: an -ing word within five words of it
		for v := n + 1; v <= i && v <= n+5; v++ {
			if strings.HasSuffix(toks[v].low, "ing") && toks[v].word && !toks[v].capital {
				return n, true
			}
		}
		return 0, false
	}
	return 0, false
}

// thanksGivers make "thanks" before "to" a noun given: "conveyed thanks
// to", "its sincere thanks to".
var thanksGivers = wordSet("express", "expresses", "expressed", "expressing", "convey", "conveys", "conveyed", "conveying",
	"extend", "extends", "extended", "extending", "offer", "offers", "offered", "offering", "send", "sends", "sent", "sending",
	"give", "gives", "gave", "given", "giving", "owe", "owes", "owed", "pass", "passed", "deliver", "delivered", "voice", "voiced",
	"his", "her", "its", "their", "our", "my", "your", "the", "special", "sincere", "heartfelt", "deep", "deepest", "profound",
	"warm", "warmest", "many", "sincerest", "great", "gratitude", "and", "appreciation", "words", "of")

// thanksToOwing: "thanks to" is the preposition "owing to" unless a verb
// of giving, a determiner or an adjective makes "thanks" the noun given
// ("was achieved thanks to Turkey's contribution", "Thanks to Turkish
// mediation, …"); the verb "thank" takes no "to".
func thanksToOwing(toks []token, t *trig) bool {
	i := t.start
	if toks[i].low != "thanks" || i+1 >= len(toks) || toks[i+1].low != "to" {
		return false
	}
	return i == 0 || !thanksGivers[toks[i-1].low]
}

// passiveEnvoy: the envoy word of the passive at t — the clause's subject,
// before its auxiliaries ("UK Ambassador to Russia Nigel Casey was
// summoned"): its index, or -1.
func passiveEnvoy(toks []token, t *trig) int {
	for j := t.start - 1; j >= 0 && j >= t.start-10; j-- {
		w := toks[j].low
		if clauseBreak[w] || w == "," || w == ";" || w == "by" {
			return -1
		}
		if envoyWords[w] {
			return j
		}
	}
	return -1
}

// summonVerb: the verb at t summons ("summoned", "called in").
func summonVerb(toks []token, t *trig) bool {
	return strings.HasPrefix(toks[t.start].low, "summon")
}

// summonedHost: an envoy "to" or "in" a state summoned, in the passive
// with no agent, is summoned by that state, his host.
func summonedHost(toks []token, ms []mention, t *trig) ([]string, string, bool) {
	if !summonVerb(toks, t) {
		return nil, "", false
	}
	e := passiveEnvoy(toks, t)
	if e < 0 || e+2 >= t.start || toks[e+1].low != "to" && toks[e+1].low != "in" {
		return nil, "", false
	}
	n := e + 2
	if toks[n].low == "the" {
		n++
	}
	k := mentionStartingAt(ms, n)
	if k < 0 || ms[k].kind == mPronoun || ms[k].kind == mNonState || ms[k].kind == mAuthor || len(ms[k].states) != 1 || ms[k].end > t.start {
		return nil, "", false
	}
	return ms[k].states, ms[k].name, true
}

// summonedInStatement: in an official statement, another state's envoy
// summoned in the passive with no agent ("The Russian Ambassador was
// summoned") was summoned by the author — when the sentence names no
// other state that could have done it.
func summonedInStatement(toks []token, ms []mention, t *trig, typ string, author []string) bool {
	if typ != "PROTESTED" || len(author) != 1 || !summonVerb(toks, t) || passiveEnvoy(toks, t) < 0 {
		return false
	}
	var others []string
	for _, m := range ms {
		if m.kind == mPronoun || m.kind == mAuthor || m.kind == mNonState {
			continue
		}
		for _, st := range m.states {
			if st != author[0] && !contains(others, st) {
				others = append(others, st)
			}
		}
	}
	return len(others) == 1
}

// namingParticiples open a clause that names whom the speaker means:
// "blamed those who assisted Israel to raid Entebbe, pointing out
// neighbouring Kenya, France, West Germany and the US".
var namingParticiples = wordSet("pointing", "naming", "citing", "singling", "listing", "mentioning")

// namedByTheSpeaker: the object of the pattern at t stands in a clause of
// naming after a comma ("…, pointing out Kenya, France …"): those named are
// the ones blamed or meant, not the ones the pattern's act was done to.
func namedByTheSpeaker(toks []token, ms []mention, t *trig, obj string) bool {
	k := -1
	for i := range ms {
		if ms[i].start >= t.end && (k < 0 || ms[i].start < ms[k].start) {
			for _, st := range ms[i].states {
				if st == obj {
					k = i
				}
			}
		}
	}
	if k < 0 {
		return false
	}
	for j := t.end; j+1 < ms[k].start && j+1 < len(toks); j++ {
		if toks[j].text == "," && namingParticiples[toks[j+1].low] {
			return true
		}
	}
	return false
}

// meetingWithPeopleThere: a meeting "with" people who are no actor, placed
// in a state by its possessive ("met Tuesday with the crew members on
// China's Hainan Island"): the state is where they are, not whom the
// meeting was with.
func meetingWithPeopleThere(toks []token, ms []mention, t *trig, obj string) bool {
	k := -1
	for i := range ms {
		if ms[i].start >= t.start && ms[i].poss && len(ms[i].states) == 1 && ms[i].states[0] == obj && (k < 0 || ms[i].start < ms[k].start) {
			k = i
		}
	}
	if k < 0 || k > 0 && ms[k-1].start >= t.start {
		return false // another actor stands between the meeting and the place
	}
	if p := prepBefore(toks, ms[k].start); p != "on" && p != "in" && p != "at" {
		return false
	}
	for j := t.start; j < ms[k].start && j < len(toks); j++ {
		if toks[j].low == "with" {
			return true
		}
	}
	return false
}

// peopleIn are the people a state only locates: "Media in Croatia's
// nemesis Serbia accused Germany", "protesters in Iran", "analysts in
// Moscow" speak for themselves, not for the state.
var peopleIn = wordSet("media", "press", "newspapers", "newspaper", "commentators", "analysts", "experts", "protesters",
	"demonstrators", "students", "residents", "people", "citizens", "crowds", "bloggers", "journalists", "activists", "critics")

// locatedSubject: the subject mention stands after "in" and one of the
// peopleIn nouns ("Media in … Serbia"), possessors and modifiers between
// them allowed ("Media in Croatia's nemesis Serbia").
func locatedSubject(toks []token, ms []mention, k int) bool {
	if k < 0 || k >= len(ms) {
		return false
	}
	for j, n := ms[k].start-1, 0; j >= 1 && n < 6; j, n = j-1, n+1 {
		if toks[j].low == "in" {
			return peopleIn[toks[j-1].low]
		}
		if isBreak(toks, j) {
			return false
		}
	}
	return false
}
