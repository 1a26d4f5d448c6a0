package analysis

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/graph/encoding/brief"
	"github.com/blocgraph/blocgraph/loader"
)

// The headline says a bloc is a finding only when the report does: where
// the test against chance found nothing, one bloc holds every state,
// signed blocs had no conflict to go on, or the structure is weak and
// untested, it says so in words and never "N states form …". Each
// statement is made once: the analysis's own sentence, not a copy the
// briefing derived again, and no warning repeating a caveat.

// briefProjected briefs g projected with o and analysed with cfg.
func briefProjected(tb testing.TB, g *graph.Graph, o Options, cfg Config) (*brief.Briefing, *Report) {
	tb.Helper()
	p, err := Project(g, o)
	if err != nil {
		tb.Fatal(err)
	}
	r, err := Analyze(g, p, cfg)
	if err != nil {
		tb.Fatal(err)
	}
	b, err := Brief(g, p, r, BriefOptions{Projection: o, Config: cfg})
	if err != nil {
		tb.Fatal(err)
	}
	return b, r
}

// noFormed: no headline sentence presents a bloc as formed.
func noFormed(t *testing.T, b *brief.Briefing) {
	t.Helper()
	for _, h := range b.Headline {
		if strings.Contains(h, " form the ") || strings.Contains(h, " form a ") || strings.Contains(h, "stands against") || strings.Contains(h, "its broker") {
			t.Errorf("the headline presents a bloc that is no finding as one: %q", h)
		}
	}
}

// saidOnce: no two statements of the summary, its caveats and warnings
// open alike (the words before the first colon), and no modularity or
// balance figure is given twice.
func saidOnce(t *testing.T, b *brief.Briefing) {
	t.Helper()
	all := append(append(append([]string(nil), b.Caveats...), b.Warnings...), b.Headline...)
	for _, m := range b.Method {
		if m.Name == "against chance" {
			all = append(all, m.Value) // a record of the test, not what it shows again
		}
	}
	seen := map[string]string{}
	for _, s := range append(append([]string(nil), b.Caveats...), b.Warnings...) {
		head, _, _ := strings.Cut(strings.ToLower(s), ":")
		if prev, ok := seen[head]; ok {
			t.Errorf("said twice:\n  %q\n  %q", prev, s)
		}
		seen[head] = s
	}
	figure := regexp.MustCompile(`(?i)(modularity|structural balance|frustration)( Q =)? -?[0-9]`)
	if n := len(figure.FindAllString(strings.Join(all, "\n"), -1)); n > 1 {
		t.Errorf("a modularity, balance or frustration is given %d times in the summary, caveats, warnings and record of the test:\n%s", n, strings.Join(all, "\n"))
	}
}

// TestBriefSeedNotSignificant: the seed's blocs have p = 1.00; the
// socialist bloc and its five members are named, as no finding.
func TestBriefSeedNotSignificant(t *testing.T) {
	b, r := briefProjected(t, seedGraph(t), Options{}, Config{})
	if !r.NoSignificantStructure() {
		t.Fatalf("the case needs the seed's blocs to be not significant: %q", r.Significance)
	}
	want := fmt.Sprintf("No significant bloc structure (p = %.2f): the 5 states grouped as the socialist bloc (Cuba, North Korea, China, Laos and Vietnam) are not a finding.", r.Null.P)
	if len(b.Headline) == 0 || b.Headline[0] != want {
		t.Errorf("headline opens %q, want %q", b.Headline, want)
	}
	for _, w := range []string{"Among them, North Korea is the broker", "They stand against United States, Japan and South Korea"} {
		if !has(b.Headline, w) {
			t.Errorf("headline lacks %q:\n%s", w, strings.Join(b.Headline, "\n"))
		}
	}
	noFormed(t, b)
	if len(b.Caveats) == 0 || b.Caveats[0] != sentence(r.Significance)+" "+oneGroupWords("state") {
		t.Errorf("first caveat %q, want the analysis's sentence then why", b.Caveats)
	}
	saidOnce(t, b)
}

// TestBriefOneBlocForAll: S-score profiles on the shared GDELT export put
// all 58 states in one bloc: no bloc structure, and no "states outside".
func TestBriefOneBlocForAll(t *testing.T) {
	g, _, err := loader.Load([]string{sharedData + "gdelt/20191024143000.export.CSV"}, loader.Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, r := briefProjected(t, g, Options{}, Config{Alignment: AlignmentProfile, Similarity: SimilarityS})
	if len(r.Blocs) != 1 {
		t.Fatalf("%d blocs; the case needs one for all", len(r.Blocs))
	}
	want := fmt.Sprintf("No bloc structure: all %d states fall in one bloc (%s), which is not a finding.", r.Nodes, names(b.Blocs[0].Members, 8))
	if len(b.Headline) == 0 || b.Headline[0] != want {
		t.Errorf("headline opens %q, want %q", b.Headline, want)
	}
	noFormed(t, b)
	if has(b.Caveats, "states outside") {
		t.Errorf("one bloc for all, and the caveats speak of states outside it:\n%s", strings.Join(b.Caveats, "\n"))
	}
	if !has(b.Caveats, "No bloc structure in this window: one bloc holds all") {
		t.Errorf("the analysis's sentence is not among the caveats:\n%s", strings.Join(b.Caveats, "\n"))
	}
	saidOnce(t, b)
}

// TestBriefSignedNoConflict: with cooperation only, signed blocs are the
// connected groups of cooperation; the warning that says so is not
// repeated beside the caveat.
func TestBriefSignedNoConflict(t *testing.T) {
	o := Options{Filter: graph.EventFilter{Relations: []string{"CONGRATULATED", "PRAISED", "APPEALED_FOR_COOPERATION"}}}
	b, r := briefProjected(t, seedGraph(t), o, Config{Method: MethodSigned})
	if len(r.Warnings) == 0 || !strings.HasPrefix(r.Significance, "no conflict in the window") {
		t.Fatalf("the case needs a signed window with no conflict: %q %q", r.Warnings, r.Significance)
	}
	want := "No finding without conflict: the 5 states grouped as the socialist bloc (North Korea, Cuba, China, Laos and Vietnam) are only connected by cooperation, not divided from others by conflict."
	if len(b.Headline) == 0 || b.Headline[0] != want {
		t.Errorf("headline opens %q, want %q", b.Headline, want)
	}
	noFormed(t, b)
	if len(b.Warnings) != 0 {
		t.Errorf("warnings %q beside caveats %q", b.Warnings, b.Caveats)
	}
	saidOnce(t, b)
}

// TestBriefWeakUntested: Leiden with the test turned off and Q below 0.3
// (the seed), and kappa profiles (never tested) on the test corpus: weak,
// said once, in the analysis's words.
func TestBriefWeakUntested(t *testing.T) {
	g, _, err := loader.Load([]string{"../testdata/"}, loader.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		g    *graph.Graph
		cfg  Config
		want string
	}{
		{"seed, --null -1", seedGraph(t), Config{Null: -1}, "Weak bloc structure, not tested against chance: the 5 states grouped as the socialist bloc (Cuba, North Korea, China, Laos and Vietnam) are a sketch, not a finding."},
		{"testdata, S profiles", g, Config{Alignment: AlignmentProfile, Similarity: SimilarityS}, "Weak bloc structure, not tested against chance: the "},
	} {
		b, r := briefProjected(t, tc.g, Options{}, tc.cfg)
		if r.Null != nil || r.Modularity == nil || *r.Modularity >= clearModularity || len(r.Blocs) == 1 {
			t.Fatalf("%s: the case needs weak untested blocs: %q", tc.name, r.Significance)
		}
		if len(b.Headline) == 0 || !strings.HasPrefix(b.Headline[0], tc.want) {
			t.Errorf("%s: headline opens %q, want %q", tc.name, b.Headline, tc.want)
		}
		noFormed(t, b)
		if !has(b.Caveats, sentence(r.Significance)) {
			t.Errorf("%s: the analysis's %q is not among the caveats:\n%s", tc.name, r.Significance, strings.Join(b.Caveats, "\n"))
		}
		saidOnce(t, b)
	}
}

// TestBriefUntestedClear: a clear division not tested (ICEWS sample, Q
// above 0.3, --null -1) is named as formed, and said to be untested.
func TestBriefUntestedClear(t *testing.T) {
	g, _ := icewsSample(t)
	b, r := briefProjected(t, g, Options{}, Config{Null: -1})
	if r.Null != nil || r.Modularity == nil || *r.Modularity < clearModularity {
		t.Fatalf("the case needs a clear untested division: %v", r.Modularity)
	}
	if len(b.Headline) == 0 || !strings.Contains(b.Headline[0], " (not tested against chance): ") || !strings.Contains(b.Headline[0], " form ") {
		t.Errorf("headline opens %q", b.Headline)
	}
	if n := strings.Count(strings.Join(b.Headline, "\n"), "not tested against chance"); n != 1 {
		t.Errorf("untested said %d times in the headline:\n%s", n, strings.Join(b.Headline, "\n"))
	}
	if !has(b.Caveats, "Not tested against chance: the test was turned off") {
		t.Errorf("caveats:\n%s", strings.Join(b.Caveats, "\n"))
	}
	saidOnce(t, b)
}
