package extract

import (
	_ "embed"
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync"
)

// The confidence of a drafted fact is estimated, not asserted: a logistic
// model over the evidence of the candidate (which kind of rule matched,
// how each side was named, how far each side is from the relation words,
// whether a clause boundary lies between them, how many facts the same
// words gave in the sentence, what lowered it) fitted on the coder's first
// runs — what each version drafted on a batch of annotated texts before
// anyone had looked at its errors there (testdata/extract-firstruns.jsonl,
// scripts/extract-calibrate). The hand-set confidence of the rule and its
// reductions enter as one input among the others.

//go:embed calibration.tsv
var calibrationTSV string

// calibration is the fitted model: a weight per evidence feature, an
// intercept and the weight of the rule's own confidence (as log-odds).
type calibration struct {
	bias, ruleW float64
	w           map[string]float64
}

var (
	calOnce sync.Once
	cal     *calibration
	calErr  error
)

func defaultCalibration() (*calibration, error) {
	calOnce.Do(func() { cal, calErr = parseCalibration(calibrationTSV) })
	return cal, calErr
}

// parseCalibration reads a model written by scripts/extract-calibrate: lines
// "feature<TAB>weight", with the features "(bias)" and "(rule)".
func parseCalibration(s string) (*calibration, error) {
	c := &calibration{w: map[string]float64{}}
	for i, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 2 {
			return nil, fmt.Errorf("calibration.tsv:%d: want FEATURE<TAB>WEIGHT", i+1)
		}
		w, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			return nil, fmt.Errorf("calibration.tsv:%d: weight %q", i+1, f[1])
		}
		c.w[f[0]] = w
	}
	c.bias, c.ruleW = c.w["(bias)"], c.w["(rule)"]
	delete(c.w, "(bias)")
	delete(c.w, "(rule)")
	if len(c.w) == 0 && c.ruleW == 0 {
		return nil, fmt.Errorf("calibration.tsv: no weights")
	}
	return c, nil
}

// Score is the model's probability that a candidate with these features
// and this rule confidence is right.
func (c *calibration) Score(feats []string, ruleConf float64) float64 {
	z := c.bias + c.ruleW*RuleLogit(ruleConf)
	for _, f := range feats {
		z += c.w[f]
	}
	return 1 / (1 + math.Exp(-z))
}

// RuleLogit is the log-odds of a rule confidence, bounded.
func RuleLogit(p float64) float64 {
	p = math.Min(0.99, math.Max(0.01, p))
	return math.Log(p / (1 - p))
}

// EvidenceOf describes a candidate for the model: its features. fanout is
// the number of candidates the same rule gave in the same sentence. It
// reads only what a candidate records (sentence, rule, how each side was
// written, reasons), so that candidates of old versions of the coder are
// described as the current one's are.
func EvidenceOf(c Candidate, fanout int) []string {
	lx, err := defaultLexicon()
	if err != nil {
		return nil
	}
	toks := tokenize(c.Quote, nil)
	var f []string
	add := func(s string) { f = append(f, s) }

	src := "curated"
	switch {
	case strings.HasPrefix(c.Rule, "vocabulary:"):
		src = "vocabulary"
	case strings.HasPrefix(c.Rule, "petrarch:"):
		src = "petrarch"
	}
	add("rule=" + src)
	add("type=" + c.Type)

	sk, ok := sideKind(c.SubjectText), sideKind(c.ObjectText)
	add("subject=" + sk)
	add("object=" + ok)

	// where the relation words are: the trigger the rule names, nearest
	// the subject as written
	sPos := findText(toks, c.SubjectText)
	oPos := findText(toks, c.ObjectText)
	none := make([]int, len(toks))
	for i := range none {
		none[i] = -1
	}
	key := ruleKey(c.Rule)
	ts, te := -1, -1
	form := ""
	best := 1 << 30
	all := lx.selectTriggers(toks, nil, none)
	if c.trigEnd > c.trigStart && c.trigEnd <= len(toks) {
		// the coder recorded where its relation words were
		all = []match{{p: &pattern{rule: c.Rule, typ: c.Type, flags: flagsOfRule(lx, c.Rule)}, start: c.trigStart, end: c.trigEnd}}
	}
	exact := false
	for _, m := range all {
		exact = exact || ruleKey(m.p.rule) == key
	}
	for _, m := range all {
		// the rule itself; else (a rule since rewritten) a trigger of the type
		if exact && ruleKey(m.p.rule) != key || !exact && m.p.typ != c.Type {
			continue
		}
		d := 0
		if len(sPos) > 0 {
			d = abs(m.start - nearest(sPos, m.start))
		}
		if d < best {
			best, ts, te = d, m.start, m.end
			form = "verb"
			if m.p.flags&fVerb == 0 {
				form = "noun"
			}
		}
	}
	if ts < 0 {
		add("trigger=unfound")
	} else {
		add("form=" + form)
		if len(sPos) > 0 {
			s := nearest(sPos, ts)
			switch {
			case s >= te:
				add("subject-after")
			default:
				add("subject-gap=" + bucket(ts-s))
				// "X sent messages to A and B, urging stronger ties", "a message
				// to Xi Jinping calling for unity": a participle takes the main
				// clause's subject, across its comma
				participle := strings.HasSuffix(toks[ts].low, "ing") && ts > 0 && (toks[ts-1].low == "," || toks[ts-1].capital && toks[ts-1].word)
				switch {
				case participle:
					add("subject-of-participle")
				case !crossesClause(toks, s, ts):
				case apposition(toks, s, ts):
					add("subject-apposition")
				default:
					add("subject-across-clause")
				}
				if s == 0 || s <= 2 && !toks[0].word || s <= 1 && toks[0].low == "the" {
					add("subject-opens-sentence")
				}
			}
		}
		if len(oPos) > 0 {
			o := nearest(oPos, te)
			switch {
			case o < ts:
				add("object-before")
			default:
				add("object-gap=" + bucket(o-te))
				if crossesClause(toks, te, o) {
					add("object-across-comma")
				}
			}
		}
	}
	if len(all) >= 4 {
		add("relations=4+")
	}
	switch {
	case fanout >= 4:
		add("fanout=4+")
	case fanout >= 2:
		add("fanout=2-3")
	}
	switch n := len(toks); {
	case n > 50:
		add("sentence=long")
	case n > 28:
		add("sentence=mid")
	}
	if strings.HasSuffix(strings.TrimSpace(c.Quote), "?") {
		add("question")
	}
	seen := map[string]bool{}
	for _, r := range c.Reasons {
		k := reasonKind(r)
		if k != "" && !seen[k] {
			seen[k] = true
			add("lowered=" + k)
		}
	}
	return f
}

// flagsOfRule finds the flags of the pattern a rule names, by its text: a
// first run's "patterns.txt:201 …" is the same pattern when a line added
// above it moves it to 202.
func flagsOfRule(lx *lexicon, rule string) flags {
	lx.flagsOnce.Do(lx.indexFlags)
	if f, ok := lx.ruleFlags[rule]; ok {
		return f
	}
	if lx.mixedFlags[rule] {
		return scanFlagsOfRule(lx, rule)
	}
	text, numbered := patternText(rule)
	if !numbered {
		return 0
	}
	if f, ok := lx.textFlags[text]; ok {
		return f
	}
	if lx.mixedFlags["text "+text] {
		return scanFlagsOfRule(lx, rule)
	}
	return 0
}

// indexFlags makes the maps flagsOfRule reads: each pattern's flags by its
// rule, and by its text for the numbered rules of patterns.txt. A rule or
// text two patterns share with different flags is marked mixed, for the
// scan to answer as before. (The scan for every candidate took a
// sixteenth of the coder's time.)
func (lx *lexicon) indexFlags() {
	lx.ruleFlags, lx.textFlags, lx.mixedFlags = map[string]flags{}, map[string]flags{}, map[string]bool{}
	add := func(m map[string]flags, k, mixed string, f flags) {
		if g, ok := m[k]; ok && g != f {
			delete(m, k)
			lx.mixedFlags[mixed] = true
		} else if !lx.mixedFlags[mixed] {
			m[k] = f
		}
	}
	for _, ps := range lx.byFirst {
		for _, p := range ps {
			add(lx.ruleFlags, p.rule, p.rule, p.flags)
			if t, ok := patternText(p.rule); ok {
				add(lx.textFlags, t, "text "+t, p.flags)
			}
		}
	}
}

// scanFlagsOfRule is flagsOfRule by a scan of every pattern.
func scanFlagsOfRule(lx *lexicon, rule string) flags {
	for _, ps := range lx.byFirst {
		for _, p := range ps {
			if p.rule == rule {
				return p.flags
			}
		}
	}
	text, numbered := patternText(rule)
	if !numbered {
		return 0
	}
	for _, ps := range lx.byFirst {
		for _, p := range ps {
			if pt, ok := patternText(p.rule); ok && pt == text {
				return p.flags
			}
		}
	}
	return 0
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func bucket(d int) string {
	switch {
	case d <= 3:
		return "0-3"
	case d <= 10:
		return "4-10"
	}
	return "11+"
}

func nearest(ps []int, to int) int {
	best := ps[0]
	for _, p := range ps[1:] {
		if abs(p-to) < abs(best-to) {
			best = p
		}
	}
	return best
}

// crossesClause: a comma, semicolon or clause word lies in tokens (a, b).
func crossesClause(toks []token, a, b int) bool {
	for j := a + 1; j < b && j < len(toks); j++ {
		if toks[j].low == "," || isBreak(toks, j) {
			return true
		}
	}
	return false
}

// apposition: what lies between the subject and the relation words is
// names, titles and commas ("Ms. Kamikawa Yoko, Minister for Foreign
// Affairs of Japan, spoke"), no clause of its own.
func apposition(toks []token, a, b int) bool {
	for j := a + 1; j < b; j++ {
		t := toks[j]
		if t.word && (t.capital || isConnector(t.low) || honorifics.has(t.low)) || t.text == "," || t.text == "." || t.text == "(" || t.text == ")" || t.text == "-" || t.poss {
			continue
		}
		if strings.HasSuffix(t.low, "ly") || t.low == "also" {
			continue // "…, the Prime Minister, also condemned"
		}
		return false
	}
	return true
}

// findText returns the token positions where text (as tokens) starts.
func findText(toks []token, text string) []int {
	if text == "" || text == "(the author)" {
		return nil
	}
	want := tokenize(text, nil)
	if len(want) == 0 {
		return nil
	}
	var out []int
	for i := 0; i+len(want) <= len(toks); i++ {
		ok := true
		for k := range want {
			if toks[i+k].low != want[k].low {
				ok = false
				break
			}
		}
		if ok {
			out = append(out, i)
		}
	}
	return out
}

// patternText is the pattern of a "patterns.txt:N PATTERN" rule, without
// its line number (no copy made); ok is false for other rules.
func patternText(r string) (string, bool) {
	if strings.HasPrefix(r, "patterns.txt:") {
		if i := strings.IndexByte(r, ' '); i > 0 {
			return r[i+1:], true
		}
	}
	return "", false
}

// ruleKey is a rule without the line number of patterns.txt, which moves
// from version to version.
func ruleKey(r string) string {
	if strings.HasPrefix(r, "patterns.txt:") {
		if i := strings.IndexByte(r, ' '); i > 0 {
			return "patterns.txt " + r[i+1:]
		}
	}
	return r
}

// sideKind says how a side of a fact was written.
func sideKind(text string) string {
	low := strings.ToLower(strings.TrimSpace(text))
	switch low {
	case "":
		return "context"
	case "(the author)":
		return "author"
	case "we", "our", "us", "i", "my", "me", "ours":
		return "first-person"
	case "it", "its", "they", "their", "them", "he", "his", "she", "her", "him":
		return "pronoun"
	}
	if collectives.has(low) || strings.HasPrefix(low, "our ") || strings.HasPrefix(low, "the two ") || strings.HasPrefix(low, "both ") || low == "ministers" || low == "leaders" {
		return "collective"
	}
	for _, w := range []string{"minister", "secretary", "president", "ambassador", "spokes", "chancellor", "counterpart", "envoy", "premier", "king", "deputy", "director", "representative", "general", "emir"} {
		if strings.Contains(low, w) {
			return "official"
		}
	}
	return "name"
}

// reasonKind groups the reasons that lowered a candidate.
func reasonKind(r string) string {
	switch {
	case strings.HasPrefix(r, "future"):
		return "future"
	case strings.HasPrefix(r, "hypothetical"), strings.HasPrefix(r, "conditional"), strings.HasPrefix(r, "not yet"),
		strings.HasPrefix(r, "intention"), strings.HasPrefix(r, "promised"):
		return "not-done"
	case strings.HasPrefix(r, "reported"), strings.HasPrefix(r, "attributed"):
		return "reported"
	case strings.HasPrefix(r, "object from the paragraph"), strings.HasPrefix(r, "object: the other party"), strings.HasPrefix(r, "object of the clause"),
		strings.HasPrefix(r, "also: the subject"):
		return "object-from-context"
	case strings.HasPrefix(r, "the targets serve"):
		return "targets-serve"
	case strings.HasPrefix(r, "subject is"):
		return "" // the subject's kind says it
	}
	return ""
}

// Combine gives a candidate's confidence from the model's estimate and the
// rule's: the model's, except that it never raises a candidate the rules
// found not (yet) done — a hypothetical, a condition, an intention, a
// promise is no fact however well its sentence is formed.
// A hypothetical ("may impose", "could", the act inside an if-clause) is
// what may happen: it is held at hypotheticalCap or less, below the default
// cut, still listed as a candidate (a sanction on condition of the target's
// conduct is a threat made now, and is not held down).
func Combine(model, rule float64, reasons []string) float64 {
	out := model
	for _, r := range reasons {
		if reasonKind(r) == "not-done" {
			out = math.Min(out, rule)
		}
		if heldBelowCut(r) {
			out = math.Min(out, hypotheticalCap)
		}
	}
	return out
}

// heldBelowCut tells the reasons of what may only happen: a hypothetical
// ("may impose", "would result in", the act inside an if-clause) and what
// something would make possible ("a lasting peace will allow the United
// States to support Sudan"). Their candidates are held at hypotheticalCap,
// below the default cut whatever the cut. Intentions and promises are not
// held down (the first runs find them right as often as the rest); a
// condition neither: a sanction on condition of the target's conduct is a
// threat made now.
func heldBelowCut(r string) bool {
	return strings.HasPrefix(r, "hypothetical") || strings.HasPrefix(r, "made possible")
}

// hypotheticalCap is the highest confidence a candidate held below the cut
// may have: below every cut scripts/extract-calibrate chooses the default
// among (0.30 to 0.90), so that the rule's choice never depends on it and no
// such candidate is written as a fact by default, whatever the cut; it is
// still listed, marked -, with its reason.
const hypotheticalCap = 0.25

// abstainedCap is the highest confidence a candidate the coder abstains on
// may have: below every sensible cut, still listed as a candidate.
const abstainedCap = 0.3

// calibrate replaces each candidate's confidence by the model's estimate;
// the rule's own confidence is kept in RuleConfidence.
func calibrate(cs []Candidate) error {
	m, err := defaultCalibration()
	if err != nil {
		return err
	}
	type key struct {
		sent int
		rule string
	}
	fan := map[key]int{}
	for _, c := range cs {
		fan[key{c.Sentence, c.Rule}]++
	}
	for i := range cs {
		c := &cs[i]
		c.RuleConfidence = c.Confidence
		c.Confidence = round2(Combine(m.Score(EvidenceOf(*c, fan[key{c.Sentence, c.Rule}]), c.Confidence), c.Confidence, c.Reasons))
		if c.Abstained != "" {
			c.Confidence = math.Min(c.Confidence, abstainedCap)
		}
	}
	return nil
}
