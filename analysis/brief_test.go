package analysis

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/graph/encoding/brief"
	"github.com/blocgraph/blocgraph/loader"
)

func briefOf(tb testing.TB, g *graph.Graph, cfg Config, opt BriefOptions) *brief.Briefing {
	tb.Helper()
	p, err := Project(g, Options{})
	if err != nil {
		tb.Fatal(err)
	}
	r, err := Analyze(g, p, cfg)
	if err != nil {
		tb.Fatal(err)
	}
	opt.Config = cfg
	b, err := Brief(g, p, r, opt)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

func has(lines []string, sub string) bool {
	for _, l := range lines {
		if strings.Contains(l, sub) {
			return true
		}
	}
	return false
}

// TestBriefSeed: the seed's briefing says, from the numbers, whom the
// analysis grouped as the socialist bloc (no finding: p = 1.00, see
// TestBriefSeedNotSignificant), who brokers them, whom they stand against
// and the most repeated relation; and it says that 14 events are few and
// whether the blocs stand against chance.
func TestBriefSeed(t *testing.T) {
	b := briefOf(t, seedGraph(t), Config{}, BriefOptions{})
	for _, want := range []string{
		"the 5 states grouped as the socialist bloc (Cuba, North Korea, China, Laos and Vietnam) are not a finding.",
		"North Korea is the broker",
		"They stand against United States, Japan and South Korea",
		"North Korea congratulated Cuba 3 times in April 2021.",
	} {
		if !has(b.Headline, want) {
			t.Errorf("headline lacks %q:\n%s", want, strings.Join(b.Headline, "\n"))
		}
	}
	if !has(b.Caveats, "Low confidence: only 14 events from 1 article") {
		t.Errorf("caveats do not say the sample is small:\n%s", strings.Join(b.Caveats, "\n"))
	}
	if !has(b.Caveats, "No significant bloc structure") {
		t.Errorf("caveats do not say the blocs are no better than chance:\n%s", strings.Join(b.Caveats, "\n"))
	}
	if len(b.States) != 5 || b.States[0].ID != "CUB" || b.States[1].ID != "PRK" {
		t.Fatalf("focus states: %v", b.States)
	}
	prk := b.States[1]
	if len(prk.Partners) != 4 || len(prk.Adversaries) != 3 || prk.Partners[0].ID != "CUB" {
		t.Errorf("PRK: %d partners (first %v), %d adversaries", len(prk.Partners), prk.Partners[0].Ref, len(prk.Adversaries))
	}
	var soc *brief.Bloc
	for i := range b.Blocs {
		if b.Blocs[i].Label == "socialist bloc" {
			soc = &b.Blocs[i]
		}
	}
	if soc == nil || soc.Ideology != "communism" || !strings.Contains(soc.LabelBasis, "communist or socialist") || len(soc.Inside) == 0 || len(soc.Against) == 0 {
		t.Fatalf("socialist bloc: %+v", soc)
	}
	if soc.Against[0].Net >= 0 || soc.Inside[0].Net <= 0 {
		t.Errorf("strongest ties: inside %+v, against %+v", soc.Inside[0], soc.Against[0])
	}
	if len(b.Articles) != 1 || b.Articles[0].ID != "kim-diaz-canel-2021" || b.Articles[0].Events != 14 {
		t.Errorf("articles %+v", b.Articles)
	}
}

// TestBriefClearBlocs: two camps of five states, cooperating inside and in
// conflict across, read as two blocs against each other beyond chance, and
// no caveat about their structure.
func TestBriefClearBlocs(t *testing.T) {
	camps := [][]string{{"USA", "GBR", "France", "DEU", "CAN"}, {"RUS", "CHN", "IRN", "SYR", "BLR"}}
	var y strings.Builder
	y.WriteString("article: {id: camps, title: Two camps, published: 2020-06-30}\nfacts:\n")
	for d, camp := range camps {
		for i, a := range camp {
			for _, b := range camp[i+1:] {
				fmt.Fprintf(&y, "  - {subject: %s, relation: met, object: %s, count: 3, date: 2020-0%d}\n", a, b, d+1)
			}
			fmt.Fprintf(&y, "  - {subject: %s, relation: criticized, object: %s, date: 2020-06}\n", a, camps[1-d][i])
		}
	}
	path := filepath.Join(t.TempDir(), "camps.yaml")
	if err := os.WriteFile(path, []byte(y.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	g, err := loader.LoadFacts([]string{path}, loader.Options{})
	if err != nil {
		t.Fatal(err)
	}
	b := briefOf(t, g, Config{Null: 50}, BriefOptions{})
	if !has(b.Headline, "5 states form a") && !has(b.Headline, "5 states form the") || !has(b.Headline, "stands against") || !has(b.Headline, "beyond chance") {
		t.Errorf("headline:\n%s", strings.Join(b.Headline, "\n"))
	}
	for _, c := range b.Caveats {
		if strings.Contains(c, "bloc structure") {
			t.Errorf("a caveat about the structure of clear blocs: %s", c)
		}
	}
	saidOnce(t, b)
	if has(b.Caveats, "Low confidence") {
		t.Errorf("%d events called a small sample (the floor is %d)", len(g.Events()), smallSample)
	}
}

func TestSpanWords(t *testing.T) {
	day := func(s string) time.Time { return graph.MustDate(s).Start() }
	end := func(s string) time.Time { return graph.MustDate(s).End() }
	for _, tc := range []struct{ from, to, want string }{
		{"2021-04-20", "2021-04-20", "on 20 April 2021"},
		{"2021-04-14", "2021-04-20", "in one week (14 April 2021 to 20 April 2021)"},
		{"2021-04", "2021-04-20", "in April 2021"},
		{"2021-03", "2021-11", "in 2021"},
		{"2021-03", "2022-01", "from March 2021 to January 2022"},
	} {
		if got := spanWords(day(tc.from), end(tc.to)); got != tc.want {
			t.Errorf("%s to %s: %q, want %q", tc.from, tc.to, got, tc.want)
		}
	}
}

func TestPlural(t *testing.T) {
	for n, want := range map[int]string{0: "0 adversaries", 1: "1 adversary", 3: "3 adversaries"} {
		if got := plural(n, "adversary"); got != want {
			t.Errorf("plural(%d) = %q", n, got)
		}
	}
	if got := plural(2, "state"); got != "2 states" {
		t.Errorf("%q", got)
	}
}

// TestBriefDyadic: relations over windows from a dyadic file are neither
// called machine-coded news nor counted as repeated events.
func TestBriefDyadic(t *testing.T) {
	g, _, err := loader.Load([]string{"../../shared/data/signed/cow-signed-1946-1999.csv"}, loader.Options{})
	if err != nil {
		t.Fatal(err)
	}
	b := briefOf(t, g, Config{Null: -1}, BriefOptions{})
	if has(b.Caveats, "machine-coded") || has(b.Headline, "acted toward") || has(b.Headline, " times ") {
		t.Errorf("headline:\n%s\ncaveats:\n%s", strings.Join(b.Headline, "\n"), strings.Join(b.Caveats, "\n"))
	}
	if !has(b.Headline, "form the") && !has(b.Headline, "form a") {
		t.Errorf("no bloc sentence:\n%s", strings.Join(b.Headline, "\n"))
	}
	if !has(b.Caveats, "not tested against chance") && !has(b.Caveats, "Not tested against chance") {
		t.Errorf("--null -1 and nothing said of it:\n%s", strings.Join(b.Caveats, "\n"))
	}
}

// TestBlocNoun: how a bloc is named in a sentence (blocNoun) and after
// "members of" in a caveat (blocRef: not "the Chile and Holy See").
func TestBlocNoun(t *testing.T) {
	m := []brief.Member{{Ref: brief.Ref{ID: "RUS", Name: "Russia"}}, {Ref: brief.Ref{ID: "NOR", Name: "Norway"}}}
	// label: {noun, ref}
	for label, want := range map[string][2]string{
		"socialist bloc": {"the socialist bloc", "the socialist bloc"},
		"Western bloc":   {"the Western bloc", "the Western bloc"},
		"democracies (United States and 18 others)": {"a bloc of democracies (United States and 18 others)", "the democracies (United States and 18 others)"},
		"autocracies":                 {"a bloc of autocracies", "the autocracies"},
		"Russia, Norway and 7 others": {"a bloc", "the bloc of Russia, Norway and 7 others"},
		"the Entente":                 {"the bloc labelled “the Entente”", "the Entente"},
	} {
		b := brief.Bloc{Label: label, Members: m}
		if got := [2]string{blocNoun(b), blocRef(b)}; got != want {
			t.Errorf("%q: noun and ref %q, want %q", label, got, want)
		}
	}
}

func TestWho(t *testing.T) {
	for _, tc := range []struct {
		ns   []string
		want string
	}{
		{[]string{"Japan"}, "Japan has"},
		{[]string{"Japan", "Cuba"}, "Japan and Cuba have"},
		{[]string{"a", "b", "c", "d", "e", "f", "g", "h", "i"}, "9 states have"},
	} {
		if got := who(tc.ns, "state", "has", "have"); got != tc.want {
			t.Errorf("%v: %q, want %q", tc.ns, got, tc.want)
		}
	}
}
