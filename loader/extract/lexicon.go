package extract

//go:generate go run ./internal/gen

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/loader/extract/internal/petrarch"
)

//go:embed patterns.txt
var patternsTxt string

//go:embed petrarch.tsv
var petrarchTSV string

// flags of a pattern (patterns.txt explains each).
type flags uint32

const (
	fVerb flags = 1 << iota
	fNominal
	fLight
	fLoc
	fPart
	fRefusal
	fInside
	fAnyObj
	fCtx
	fUnder
	fBetween
	fHeld
	fLightOnly
	fPartner
	fDemand
	fReverse
	fEach
	fInvitation
	fOfSubj
	fFirstPerson
	fLeftObj
	fTroops
	fEnvoy
	fDepart
	fJudged
)

var flagNames = map[string]flags{
	"verb": fVerb, "nominal": fNominal, "light": fLight, "loc": fLoc, "part": fPart, "refusal": fRefusal,
	"inside": fInside, "anyobj": fAnyObj, "ctx": fCtx, "under": fUnder, "between": fBetween, "held": fHeld, "lightonly": fLightOnly, "partner": fPartner, "demand": fDemand, "reverse": fReverse, "each": fEach, "invitation": fInvitation, "ofsubj": fOfSubj, "firstperson": fFirstPerson, "leftobj": fLeftObj, "troops": fTroops, "envoy": fEnvoy, "depart": fDepart, "judged": fJudged,
}

// elem is one position of a pattern: a set of words, a filler, or optional.
type elem struct {
	words    map[string]bool
	filler   bool
	optional bool
}

// pattern is one relation trigger of the lexicon.
type pattern struct {
	typ    string // vocabulary relation type
	conf   float64
	flags  flags
	elems  []elem
	rule   string // "vocabulary: sanctioned", "patterns.txt:53", "petrarch:CONDEMN"
	source string // vocabulary, curated, petrarch
}

// lexicon indexes patterns by the words they may start with.
type lexicon struct {
	byFirst map[string][]*pattern

	flagsOnce  sync.Once
	ruleFlags  map[string]flags // a pattern's flags by its rule (flagsOfRule)
	textFlags  map[string]flags // and by its text, for a numbered rule of patterns.txt
	mixedFlags map[string]bool  // rules ("text " and texts) patterns share with different flags
}

var (
	lexOnce sync.Once
	lex     *lexicon
	lexErr  error
)

func defaultLexicon() (*lexicon, error) {
	lexOnce.Do(func() { lex, lexErr = buildLexicon() })
	return lex, lexErr
}

// irregular verb forms: lemma → forms other than the lemma.
var irregular = map[string][]string{
	"meet": {"meets", "met", "meeting"}, "speak": {"speaks", "spoke", "spoken", "speaking"},
	"hold": {"holds", "held", "holding"}, "send": {"sends", "sent", "sending"},
	"break": {"breaks", "broke", "broken", "breaking"}, "cut": {"cuts", "cut", "cutting"},
	"freeze": {"freezes", "froze", "frozen", "freezing"}, "withdraw": {"withdraws", "withdrew", "withdrawn", "withdrawing"},
	"stand": {"stands", "stood", "standing"}, "strike": {"strikes", "struck", "striking"},
	"fight": {"fights", "fought", "fighting"}, "shoot": {"shoots", "shot", "shooting"},
	"bring": {"brings", "brought", "bringing"}, "take": {"takes", "took", "taken", "taking"},
	"give": {"gives", "gave", "given", "giving"}, "seek": {"seeks", "sought", "seeking"},
	"lead": {"leads", "led", "leading"}, "make": {"makes", "made", "making"},
	"pull": {"pulls", "pulled", "pulling"}, "stop": {"stops", "stopped", "stopping"},
	"ship": {"ships", "shipped", "shipping"}, "expel": {"expels", "expelled", "expelling"},
	"levy": {"levies", "levied", "levying"}, "slap": {"slaps", "slapped", "slapping"},
	"bomb": {"bombs", "bombed", "bombing"}, "sign": {"signs", "signed", "signing"},
	"is": {}, "remain": {"remains", "remained", "remaining"}, "shun": {"shuns", "shunned", "shunning"},
	"gift": {"gifts", "gifted", "gifting"}, "rally": {"rallies", "rallied", "rallying"},
	"blockade": {"blockades", "blockaded", "blockading"}, "distance": {"distances", "distanced", "distancing"},
	"put": {"puts", "put", "putting"}, "sever": {"severs", "severed", "severing"},
	"visit": {"visits", "visited", "visiting"}, "prefer": {"prefers", "preferred", "preferring"},
	"deter": {"deters", "deterred", "deterring"}, "refer": {"refers", "referred", "referring"},
	"fly": {"flies", "flew", "flown", "flying"}, "tear": {"tears", "tore", "torn", "tearing"},
	"sweep": {"sweeps", "swept", "sweeping"}, "sell": {"sells", "sold", "selling"},
	"ram": {"rams", "rammed", "ramming"}, "bar": {"bars", "barred", "barring"}, "ban": {"bans", "banned", "banning"},
}

var irregularLemma = func() map[string]string {
	m := map[string]string{}
	for l, fs := range irregular {
		for _, f := range fs {
			m[f] = l
		}
	}
	return m
}()

// inflections returns a verb lemma and all its forms.
func inflections(lemma string) []string {
	if fs, ok := irregular[lemma]; ok {
		return append([]string{lemma}, fs...)
	}
	return append([]string{lemma}, petrarch.Inflect(lemma)...)
}

// lemmaOf guesses the lemma of an inflected form ("congratulated" →
// "congratulate"); ok is false when w is no inflection of a verb.
func lemmaOf(w string) (string, bool) {
	if l, ok := irregularLemma[w]; ok {
		return l, true
	}
	var cands []string
	for _, suf := range []string{"ied", "ies", "ed", "es", "d", "s"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			stem := w[:len(w)-len(suf)]
			switch suf {
			case "ied", "ies":
				cands = append(cands, stem+"y")
			case "ed":
				if eStem(stem) {
					cands = append(cands, stem+"e", stem)
				} else {
					cands = append(cands, stem, stem+"e")
				}
				if n := len(stem); n > 2 && stem[n-1] == stem[n-2] {
					cands = append(cands, stem[:n-1])
				}
			default:
				cands = append(cands, stem)
			}
		}
	}
	for _, c := range cands {
		for _, f := range inflections(c) {
			if f == w && c != w {
				return c, true
			}
		}
	}
	return "", false
}

// parseElems reads a pattern: words, (a|b), VERB, ~, ?word.
func parseElems(p string) ([]elem, error) {
	var out []elem
	for _, f := range strings.Fields(p) {
		e := elem{}
		if f == "~" {
			out = append(out, elem{filler: true})
			continue
		}
		if strings.HasPrefix(f, "?") {
			e.optional = true
			f = f[1:]
		}
		alts := []string{f}
		if strings.HasPrefix(f, "(") != strings.HasSuffix(f, ")") {
			return nil, fmt.Errorf("alternatives in %q hold a space; write one pattern per phrase", p)
		}
		if strings.HasPrefix(f, "(") && strings.HasSuffix(f, ")") {
			alts = strings.Split(f[1:len(f)-1], "|")
		}
		e.words = map[string]bool{}
		for _, a := range alts {
			if a == "" {
				return nil, fmt.Errorf("empty alternative in %q", p)
			}
			if strings.ToUpper(a) == a && strings.ToLower(a) != a {
				for _, form := range inflections(strings.ToLower(a)) {
					e.words[form] = true
				}
				continue
			}
			e.words[strings.ToLower(a)] = true
		}
		out = append(out, e)
	}
	if len(out) == 0 || out[0].filler || out[0].optional {
		return nil, fmt.Errorf("a pattern starts with a word: %q", p)
	}
	return out, nil
}

// petrarchBlocks are the PETRARCH2 verb blocks whose synonym sets stay
// precise without a parse tree, with the words of each left out. Broad
// blocks (GO_SOMEWHERE, CONSIDER, HEAR, EXPLAIN_VERBAL: "express" as
// criticism, DESTROY: "beat", "master") code far more than they should
// when there is no parse to say who does what to whom.
var petrarchBlocks = map[string][]string{
	"APPEAL": {"beg"}, "PLEDGE": {"subscribe"},
	"AMBUSH": nil, "ASSASSINATE": nil, "BESIEGE": nil, "INVADE": {"infest", "inhabit", "reside", "overrun"},
	"EXPLOSIVE_DESTRUCTION": {"fire", "blow", "explode", "blast", "torch", "pelt"}, "GUNFIRE": nil, "MASSACRE": nil,
	"PHYSICAL_CONFLICT": {"match", "pit", "square", "struggle", "conflict", "quarrel", "wage", "hammer", "hit", "kick", "stone", "duel", "wrestle", "grapple", "battle", "retaliate", "combat", "strike", "fight", "clash", "storm", "siege", "skirmish"},
	"RAID":              {"foray", "intrude"},
	"BLAME":             {"charge", "implicate", "fault"}, "DENOUNCE": {"lecture", "dress", "deride", "ridicule", "scorn", "flog", "cane"},
	"DEPLORE": {"lash", "abhor"}, "DISAPPROVE": nil, "DENIGRATE": nil, "REBUFF": {"slight"},
	"GRANT": {"contribute"}, // "continue contributing to the development of relations" gives nothing
	"CALL":  {"call"}, "CONFER": {"discuss", "converse"}, "HOST": nil, "MEET_PEOPLE": {"brave", "confront", "face", "encounter", "run", "interact", "communicate"}, "VISIT": nil,
	"ACCLAIM":    {"recognise", "recognize", "honor", "honour", "celebrate", "commemorate", "respect", "reward", "toast", "congratulate", "greet", "clap", "admire"},
	"APPRECIATE": nil, "LAUD": nil, "THANK": nil, "SUPPORT": nil,
	"THREATEN": nil, "WARN": nil,
	"BLACKLIST": nil, "DISASSOCIATE": nil,
}

// petrarchPatternBlocks are the blocks whose verb + object patterns are
// kept: verbs that take an event noun ("IMPOSE * SANCTIONS", "SIGN *
// TREATY", "LODGE * COMPLAINT", "RECALL * AMBASSADOR").
// closedToState are the objects of PETRARCH2's closure rows (code 191)
// that, closed, restrict a state rather than besiege it.
var closedToState = map[string]bool{"border": true, "airport": true, "access": true, "border post": true, "trade": true, "traffic": true}

var petrarchPatternBlocks = map[string]bool{
	"IMPOSE": true, "SIGN": true, "LODGE": true, "FILE": true, "FREEZE": true, "RECALL": true, "REDUCE": true,
	"SLAP": true, "STRENGTHEN": true, "TIGHTEN": true, "ADD": true, "EXTEND": true, "RESTART": true, "START": true,
	"ENACT": true, "PROHIBIT": true, "REVOKE_": true, "CANCEL": true, "DEPORT": true, "HOST": true, "TRADE": true,
	"ALLOCATE": true, "BRING": true, "SEND": true, "ENTER": true, "EXCLUDE": true,
}

func buildLexicon() (*lexicon, error) {
	lx := &lexicon{byFirst: map[string][]*pattern{}}
	add := func(p *pattern) {
		for w := range p.elems[0].words {
			lx.byFirst[w] = append(lx.byFirst[w], p)
		}
	}
	// 1. The vocabulary's own words, in every inflection.
	for _, r := range graph.Vocabulary() {
		if r.Generic {
			continue
		}
		for _, w := range r.Words {
			words := strings.Fields(graph.Fold(w))
			if len(words) == 0 {
				continue
			}
			spec := make([]string, len(words))
			copy(spec, words)
			fl := fNominal
			if l, ok := lemmaOf(words[0]); ok {
				spec[0] = strings.ToUpper(l)
				fl = fVerb
			} else if _, ok := irregular[words[0]]; ok {
				spec[0] = strings.ToUpper(words[0])
				fl = fVerb
			}
			elems, err := parseElems(strings.Join(spec, " "))
			if err != nil {
				return nil, err
			}
			add(&pattern{typ: r.Type, conf: 0.9, flags: fl, elems: elems, rule: "vocabulary: " + w, source: "vocabulary"})
		}
	}
	// 2. The curated patterns.
	for i, line := range strings.Split(patternsTxt, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Fields(line)
		if len(f) < 4 {
			return nil, fmt.Errorf("patterns.txt:%d: want TYPE CONFIDENCE FLAGS PATTERN", i+1)
		}
		if _, ok := graph.RelationByType(f[0]); !ok {
			return nil, fmt.Errorf("patterns.txt:%d: %q is not a vocabulary type", i+1, f[0])
		}
		conf, err := strconv.ParseFloat(f[1], 64)
		if err != nil || conf <= 0 || conf > 1 {
			return nil, fmt.Errorf("patterns.txt:%d: confidence %q", i+1, f[1])
		}
		var fl flags
		if f[2] != "-" {
			for _, n := range strings.Split(f[2], ",") {
				b, ok := flagNames[n]
				if !ok {
					return nil, fmt.Errorf("patterns.txt:%d: unknown flag %q", i+1, n)
				}
				fl |= b
			}
		}
		elems, err := parseElems(strings.Join(f[3:], " "))
		if err != nil {
			return nil, fmt.Errorf("patterns.txt:%d: %v", i+1, err)
		}
		add(&pattern{typ: f[0], conf: conf, flags: fl, elems: elems, rule: fmt.Sprintf("patterns.txt:%d %s", i+1, strings.Join(f[3:], " ")), source: "curated"})
	}
	// 3. PETRARCH2's verbs and verb-object patterns, for the blocks kept.
	if !strings.HasPrefix(petrarchTSV, petrarch.Header+"\n") {
		return nil, fmt.Errorf("petrarch.tsv: not a %q file", petrarch.Header)
	}
	for _, line := range strings.Split(petrarchTSV, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		switch {
		case f[0] == "V" && len(f) == 5:
			drop, ok := petrarchBlocks[f[1]]
			if !ok {
				continue
			}
			words := map[string]bool{}
			multi := map[string][]string{}
			for _, form := range strings.Split(f[4], "|") {
				ws := strings.Fields(form)
				if len(ws) == 0 || dropped(drop, ws[0]) {
					continue
				}
				if len(ws) == 1 {
					words[ws[0]] = true
				} else if len(ws) == 2 {
					multi[ws[1]] = append(multi[ws[1]], ws[0])
				}
			}
			if len(words) > 0 {
				add(&pattern{typ: f[3], conf: 0.75, flags: fVerb, elems: []elem{{words: words}}, rule: "petrarch:" + f[1] + " [" + f[2] + "]", source: "petrarch"})
			}
			for second, firsts := range multi {
				e0 := elem{words: map[string]bool{}}
				for _, w := range firsts {
					e0.words[w] = true
				}
				add(&pattern{typ: f[3], conf: 0.75, flags: fVerb, elems: []elem{e0, {words: map[string]bool{second: true}}}, rule: "petrarch:" + f[1] + " [" + f[2] + "]", source: "petrarch"})
			}
		case f[0] == "P" && len(f) == 6:
			if f[3] == "-" || !petrarchPatternBlocks[f[1]] || f[1] == "SEND" && f[3] != "GAVE_AID" {
				continue
			}
			e0 := elem{words: map[string]bool{}}
			for _, form := range strings.Split(f[4], "|") {
				if ws := strings.Fields(form); len(ws) == 1 {
					e0.words[ws[0]] = true
				}
			}
			if len(e0.words) == 0 {
				continue
			}
			for _, obj := range strings.Split(f[5], "|") {
				ws := strings.Fields(obj)
				if len(ws) == 0 {
					continue
				}
				// "begin a two-day trip … to bolster ties with Slovakia":
				// setting out on a trip is the visit (the block's 042
				// row, MET, rules 16 and 40), not an intent to meet (036)
				if f[2] == "036" && journeyNouns[ws[len(ws)-1]] {
					continue
				}
				elems := []elem{e0, {filler: true}}
				for _, w := range ws {
					elems = append(elems, elem{words: map[string]bool{w: true}})
				}
				typ := f[3]
				if typ == "PRAISED" && strings.HasPrefix(ws[0], "congratulat") {
					// "extended warm congratulations to": congratulation,
					// a type of the vocabulary of its own (CAMEO folds it
					// into praise)
					typ = "CONGRATULATED"
				}
				if typ == "CRITICIZED" && f[1] == "LODGE" && obj == "protest" {
					// "lodged a strong protest with": a protest lodged is
					// PROTESTED (ANNOTATION.md rule 6), not CAMEO's 110
					typ = "PROTESTED"
				}
				if typ == "ATTACKED" && f[2] == "191" && closedToState[obj] {
					// "decisions to close border crossings", "shut down the
					// airport": a border, airport or trade closed to a state is
					// a sanction on it (ANNOTATION.md rule 37), no attack
					typ = "SANCTIONED"
				}
				add(&pattern{typ: typ, conf: 0.75, flags: fVerb, elems: elems, rule: "petrarch:" + f[1] + " * " + obj + " [" + f[2] + "]", source: "petrarch"})
			}
		}
	}
	return lx, nil
}

// journeyNouns name a journey.
var journeyNouns = wordSet("trip", "trips", "visit", "visits", "tour", "tours", "journey", "journeys")

func isQuote(s string) bool {
	switch s {
	case "\"", "“", "”", "‘", "’", "'", "«", "»":
		return true
	}
	return false
}

// eStem: stems whose verb ends in a silent e ("congratulat-ed",
// "urg-ed", "denounc-ed", "declar-ed", "welcom-ed").
func eStem(stem string) bool {
	for _, suf := range []string{"at", "g", "v", "c", "z", "s", "ar", "ur", "ir", "om", "ut", "ud", "in", "ib", "bl", "pl", "dl", "tl", "gl"} {
		if strings.HasSuffix(stem, suf) && !strings.HasSuffix(stem, "ss") {
			// "condemn", "sign", "contain" end in n: only -in after a vowel pair
			if suf == "in" && !strings.HasSuffix(stem, "ain") {
				return true
			}
			if suf == "in" {
				return false
			}
			return true
		}
	}
	return false
}

// dropped reports whether form is a form of one of the verbs left out.
func dropped(drop []string, form string) bool {
	for _, d := range drop {
		if contains(inflections(d), form) {
			return true
		}
	}
	return false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// match is a trigger found in a sentence: tokens [start, end) matched p;
// inside lists the token ranges that fillers covered.
type match struct {
	p          *pattern
	start, end int
}

// matchAt returns the longest pattern matching at token i. stop reports
// tokens a filler may not cross (actors, clause breaks).
func (lx *lexicon) matchAt(toks []token, i int, stop, free func(j int) bool) []match {
	var out []match
	for _, p := range lx.byFirst[toks[i].low] {
		if end, ok := matchElems(p, toks, i, 0, stop, free); ok {
			out = append(out, match{p: p, start: i, end: end})
		}
	}
	return out
}

// free(j): the token at j is no word of a filler (the states of a
// hyphenated name: "the Second Japan-U.S.-ROK Trilateral Indo-Pacific
// Dialogue"); the hyphens between and the capitalised words of the name
// after them are not either.
func matchElems(p *pattern, toks []token, i, k int, stop, free func(j int) bool) (int, bool) {
	if k == len(p.elems) {
		return i, true
	}
	e := p.elems[k]
	// quotation marks inside a phrase do not break it: sever its
	// "diplomatic relations" with Taiwan
	if k > 0 && i < len(toks) && isQuote(toks[i].text) {
		return matchElems(p, toks, i+1, k, stop, free)
	}
	if e.filler {
		inside := p.flags&fInside != 0
		maxFill := 4
		if inside {
			maxFill = 9 // "the importance of continued U.S.-Japan-Republic of Korea cooperation"
		}
		skipped, named := 0, false // free words of the filler; a name seen
		for n := 0; n-skipped <= maxFill && i+n <= len(toks); n++ {
			if n > 0 {
				j := i + n - 1
				switch {
				case free != nil && free(j):
					skipped++
					named = true
				case named && (toks[j].text == "-" || toks[j].capital && toks[j].word):
					skipped++
				case parenCode(toks, j):
					skipped++ // "an apparent intermediate-range ballistic missile (IRBM)"
				}
				if !inside && stop(j) {
					break
				}
				if toks[j].low == "." || toks[j].low == ";" || inside && toks[j].low == "," && !appositiveComma(toks, j) {
					break // "support to Ukraine, and continued defense cooperation": two things
				}
			}
			if end, ok := matchElems(p, toks, i+n, k+1, stop, free); ok {
				return end, true
			}
		}
		return 0, false
	}
	if i < len(toks) && e.words[toks[i].low] {
		if end, ok := matchElems(p, toks, i+1, k+1, stop, free); ok {
			return end, true
		}
	}
	if e.optional {
		return matchElems(p, toks, i, k+1, stop, free)
	}
	return 0, false
}

// parenCode: the token at j is part of a code in brackets after a name
// ("(IRBM)", "(ROK)").
func parenCode(toks []token, j int) bool {
	code := func(k int) bool {
		return k > 0 && k+1 < len(toks) && toks[k-1].text == "(" && toks[k+1].text == ")" && len(toks[k].text) >= 2 && strings.ToUpper(toks[k].text) == toks[k].text
	}
	return code(j) || toks[j].text == "(" && code(j+1) || toks[j].text == ")" && code(j-1)
}

// appositiveComma: the comma at j opens or closes a name in apposition, one
// to four capitalised words between two commas ("declared senior South
// African diplomat, Shaun Edward Byneveldt, persona non grata").
func appositiveComma(toks []token, j int) bool {
	name := func(from, step int) bool {
		n := 0
		for k := from; k >= 0 && k < len(toks); k += step {
			if toks[k].low == "," {
				return n > 0
			}
			if !toks[k].word || !toks[k].capital || n == 4 {
				return false
			}
			n++
		}
		return false
	}
	return name(j+1, 1) || name(j-1, -1)
}
