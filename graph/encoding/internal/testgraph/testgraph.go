// Package testgraph builds the small alignment graphs the encoders are
// tested on: states, leaders, parties and an article, structural
// relationships, and events whose quotes hold markup characters, emoji,
// newlines and a control character.
package testgraph

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/graph/encoding"
	"github.com/blocgraph/blocgraph/graph/encoding/internal/synth"
)

// Hostile is a quote with every character an encoder must get right.
const Hostile = "Kim said: \"1 < 2 & 3 > 2\" — it's 'brotherly' 🇰🇵🤝🇨🇺\nsecond line\r\nthird\x01 line\ttab"

// Build returns the test graph. Insertion order is reversed when reverse is
// true; the graph (and so every export of it) must come out the same.
func Build(reverse bool) *graph.Graph {
	g := graph.New()
	nodes := []*graph.Node{
		{ID: "PRK", Kind: graph.KindState, Name: "North Korea", ISO2: "KP", Capital: "Pyongyang", Aliases: []string{"DPRK", "Democratic People's Republic of Korea"}, Demonyms: []string{"North Korean"}},
		{ID: "CUB", Kind: graph.KindState, Name: "Cuba", ISO2: "CU", Capital: "Havana", Demonyms: []string{"Cuban"}},
		{ID: "USA", Kind: graph.KindState, Name: "United States", ISO2: "US", Capital: "Washington", Aliases: []string{"U.S.", "America"}},
		{ID: "CHN", Kind: graph.KindState, Name: "China", ISO2: "CN", Capital: "Beijing"},
		{ID: "KOR", Kind: graph.KindState, Name: "South Korea", ISO2: "KR", Capital: "Seoul"},
		{ID: "kim-jong-un", Kind: graph.KindLeader, Name: "Kim Jong-un", Aliases: []string{"Kim Jong Un"}},
		{ID: "miguel-diaz-canel", Kind: graph.KindLeader, Name: "Miguel Díaz-Canel", Aliases: []string{"Diaz-Canel"}},
		{ID: "communist-party-of-cuba", Kind: graph.KindParty, Name: "Communist Party of Cuba", State: "CUB", Ideology: "communism"},
		{ID: "diaz-canel-congratulations-2021", Kind: graph.KindArticle, Title: `What's the plan? Kim Jong-un sends 3 "congratulatory" messages <& more>`, Published: graph.MustDate("2021-04-23"), Outlet: "Example & Co", URL: "https://example.org/a?b=1&c=2"},
	}
	rels := []*graph.Relationship{
		{Type: graph.LEADS, From: "kim-jong-un", To: "PRK", Title: "Supreme Leader", Term: graph.Span{Start: graph.MustDate("2011-12")}},
		{Type: graph.LEADS, From: "miguel-diaz-canel", To: "CUB", Title: "President", Term: graph.Span{Start: graph.MustDate("2019-10-10")}},
		{Type: graph.HEADS, From: "miguel-diaz-canel", To: "communist-party-of-cuba", Title: "First Secretary", Term: graph.Span{Start: graph.MustDate("2021-04-19")}},
		{Type: graph.RULES, From: "communist-party-of-cuba", To: "CUB", Term: graph.Span{Start: graph.MustDate("1965")}},
	}
	art := "diaz-canel-congratulations-2021"
	ev := func(typ, s, o, date, quote string, count int, conf float64, ordinal int) *graph.Event {
		r, ok := graph.RelationByType(typ)
		if !ok {
			panic(typ)
		}
		return &graph.Event{Type: typ, Subject: s, Object: o, Date: graph.MustDate(date), Article: art, Quote: quote,
			CAMEO: r.CAMEO, Goldstein: r.Goldstein, Count: count, Confidence: conf, Source: "facts", Ordinal: ordinal}
	}
	events := []*graph.Event{
		ev("CONGRATULATED", "kim-jong-un", "miguel-diaz-canel", "2021-04", "Kim Jong Un had sent two congratulatory messages on the election of Diaz-Canel.", 2, 0.9, 0),
		ev("CONGRATULATED", "kim-jong-un", "miguel-diaz-canel", "2021-04-20", "Kim Jong Un congratulated Diaz-Canel on his birthday.", 1, 1, 1),
		ev("EXPRESSED_SOLIDARITY", "PRK", "CUB", "2021-04-23", Hostile, 1, 1, 0),
		ev("SENT_GIFT", "kim-jong-un", "miguel-diaz-canel", "2021-04-23", "a large flower basket", 1, 0.75, 0),
		ev("SANCTIONED", "USA", "CUB", "2021", "Cuba, which is also under U.S. sanctions", 1, 1, 0),
		ev("APPEALED_FOR_COOPERATION", "PRK", "CHN", "2021-03", "calling for “unity and cooperation”", 1, 0.8, 0),
		ev("REDUCED_RELATIONS", "PRK", "KOR", "2021-03", "remaining silent on its relations with the U.S. and South Korea", 1, 0.6, 0),
		ev("REDUCED_RELATIONS", "PRK", "USA", "2021-03", "remaining silent on its relations with the U.S. and South Korea", 1, 0.6, 0),
	}
	if reverse {
		slices.Reverse(nodes)
		slices.Reverse(rels)
		slices.Reverse(events)
	}
	for _, n := range nodes {
		must(g.AddNode(n))
	}
	for _, r := range rels {
		must(g.AddRelationship(r))
	}
	for _, e := range events {
		if _, _, err := g.AddEvent(e); err != nil {
			panic(err)
		}
	}
	return g
}

func must[T any](_ T, err error) {
	if err != nil {
		panic(err)
	}
}

// Extra returns analysis results for the test graph's nodes, with every
// attribute type, a key whose values mix int and float (score: double) and
// one that mixes int and string (rank: string).
func Extra() map[string][]graph.Attr {
	return map[string][]graph.Attr{
		"PRK": {{Key: "pagerank", Value: 0.31}, {Key: "bloc", Value: 0}, {Key: "bloc_label", Value: "socialist bloc"}, {Key: "core", Value: true}, {Key: "score", Value: 3}, {Key: "rank", Value: 1}},
		"CUB": {{Key: "pagerank", Value: 0.27}, {Key: "bloc", Value: 0}, {Key: "bloc_label", Value: "socialist bloc"}, {Key: "core", Value: false}, {Key: "score", Value: 2.5}, {Key: "rank", Value: "n/a"}},
		"CHN": {{Key: "pagerank", Value: 0.12}, {Key: "bloc", Value: 0}, {Key: "bloc_label", Value: "socialist bloc"}},
		"USA": {{Key: "pagerank", Value: 0.2}, {Key: "bloc", Value: 1}, {Key: "bloc_label", Value: "western bloc"}, {Key: "score", Value: 1e21}, {Key: "big", Value: 1 << 40}},
		"KOR": {{Key: "pagerank", Value: 0.1}, {Key: "bloc", Value: 1}, {Key: "bloc_label", Value: "western bloc"}, {Key: "score", Value: -0.000001}},
	}
}

// Model returns the encoder model of the test graph with its analysis results.
func Model(reverse bool) *encoding.Graph {
	m := encoding.FromGraph(Build(reverse), Extra())
	m.Attrs = []graph.Attr{{Key: "generated_by", Value: "blocgraph test"}, {Key: "source", Value: "testgraph & <friends>"}}
	return m
}

// Tiny returns a three-node graph for golden files: two states, one leader,
// a LEADS term and two parallel events.
func Tiny() *encoding.Graph {
	g := graph.New()
	must(g.AddNode(&graph.Node{ID: "PRK", Kind: graph.KindState, Name: "North Korea", Aliases: []string{"DPRK", `"Juche" <Korea>`}}))
	must(g.AddNode(&graph.Node{ID: "CUB", Kind: graph.KindState, Name: "Cuba"}))
	must(g.AddNode(&graph.Node{ID: "kim-jong-un", Kind: graph.KindLeader, Name: "Kim Jong-un"}))
	must(g.AddRelationship(&graph.Relationship{Type: graph.LEADS, From: "kim-jong-un", To: "PRK", Title: "Supreme Leader", Term: graph.Span{Start: graph.MustDate("2011-12")}}))
	for i, q := range []string{"brothers & comrades", "\"difficult brother\" <Cuba>\nsecond line"} {
		r, _ := graph.RelationByType("EXPRESSED_SOLIDARITY")
		if _, _, err := g.AddEvent(&graph.Event{Type: r.Type, Subject: "PRK", Object: "CUB", Date: graph.MustDate(fmt.Sprintf("2021-04-%02d", 19+i)),
			Quote: q, CAMEO: r.CAMEO, Goldstein: r.Goldstein, Count: 1, Confidence: 1, Source: "facts", SourceRef: "tiny", Ordinal: i}); err != nil {
			panic(err)
		}
	}
	m := encoding.FromGraph(g, map[string][]graph.Attr{"PRK": {{Key: "pagerank", Value: 0.5}, {Key: "bloc", Value: 0}}, "CUB": {{Key: "pagerank", Value: 0.25}, {Key: "bloc", Value: 0}}})
	m.Attrs = []graph.Attr{{Key: "generated_by", Value: "blocgraph"}}
	return m
}

// inCI reports whether the tests run in CI (CI=true), where a missing tool
// is an error rather than a reason to skip.
func inCI() bool { return os.Getenv("CI") == "true" }

// RequireTool skips the test when the command is missing outside CI, and
// fails it in CI, naming the Debian package that provides it.
func RequireTool(tb testing.TB, command, debianPackage string) string {
	tb.Helper()
	path, err := exec.LookPath(command)
	if err == nil {
		return path
	}
	msg := fmt.Sprintf("%s not found: apt-get install -y %s", command, debianPackage)
	if inCI() {
		tb.Fatal(msg)
	}
	tb.Skip("SKIP: " + msg)
	return ""
}

// RequirePython skips the test unless python3 can import every module; in
// CI (CI=true) it first pip-installs the missing ones (modules maps an import
// name to its pip package) and fails if that does not work.
func RequirePython(tb testing.TB, modules map[string]string) {
	tb.Helper()
	RequireTool(tb, "python3", "python3")
	var missing, pkgs []string
	for mod, pkg := range modules {
		if exec.Command("python3", "-c", "import "+mod).Run() != nil {
			missing = append(missing, mod)
			pkgs = append(pkgs, pkg)
		}
	}
	if len(missing) == 0 {
		return
	}
	sort.Strings(pkgs)
	if !inCI() {
		tb.Skipf("SKIP: python3 cannot import %v: pip install %s (the tests install it themselves when CI=true)", missing, strings.Join(pkgs, " "))
	}
	cmd := exec.Command("python3", append([]string{"-m", "pip", "install", "--quiet"}, pkgs...)...)
	if out, err := cmd.CombinedOutput(); err != nil {
		tb.Fatalf("pip install %s: %v\n%s", strings.Join(pkgs, " "), err, out)
	}
}

// Projected returns a state-level graph as the analysis projects it from
// the seed article and a little more: signed weighted edges (cooperation
// positive, conflict negative) and, per state, pagerank, bloc and
// bloc_label.
func Projected() *encoding.Graph {
	type st struct {
		id, name string
		bloc     int
		pr       float64
	}
	states := []st{
		{"PRK", "North Korea", 0, 0.21}, {"CUB", "Cuba", 0, 0.17}, {"CHN", "China", 0, 0.14}, {"VNM", "Vietnam", 0, 0.07},
		{"LAO", "Laos", 0, 0.06}, {"RUS", "Russia", 0, 0.08}, {"USA", "United States", 1, 0.12}, {"KOR", "South Korea", 1, 0.06},
		{"JPN", "Japan", 1, 0.05}, {"VEN", "Venezuela", 0, 0.04}, {"SYR", "Syria", 2, 0.02}, {"IRN", "Iran", 2, 0.03},
	}
	label := map[int]string{0: "socialist bloc", 1: "western bloc", 2: "non-aligned"}
	edges := []struct {
		s, t string
		w    float64
	}{
		{"PRK", "CUB", 10.2}, {"CUB", "PRK", 6.8}, {"PRK", "CHN", 3.2}, {"CHN", "PRK", 5.4}, {"PRK", "VNM", 3.2}, {"PRK", "LAO", 3.2},
		{"CUB", "CHN", 4.1}, {"CHN", "CUB", 2.5}, {"VNM", "LAO", 3.4}, {"RUS", "PRK", 4.0}, {"PRK", "RUS", 3.1}, {"CUB", "VEN", 6.0},
		{"VEN", "CUB", 5.2}, {"RUS", "VEN", 2.0}, {"USA", "KOR", 7.0}, {"KOR", "USA", 6.1}, {"USA", "JPN", 6.5}, {"JPN", "USA", 5.9},
		{"KOR", "JPN", 2.2}, {"USA", "CUB", -8.0}, {"USA", "PRK", -9.5}, {"PRK", "USA", -6.0}, {"PRK", "KOR", -4.0}, {"KOR", "PRK", -3.0},
		{"USA", "VEN", -7.0}, {"USA", "IRN", -8.5}, {"IRN", "USA", -6.0}, {"JPN", "PRK", -5.0}, {"CHN", "USA", -2.0}, {"USA", "CHN", -3.5},
		{"IRN", "SYR", 3.0}, {"RUS", "SYR", 4.4}, {"SYR", "RUS", 2.9}, {"USA", "RUS", -6.5}, {"RUS", "USA", -4.0}, {"IRN", "RUS", 1.5},
		{"CHN", "LAO", 2.8}, {"CHN", "VNM", 1.9}, {"VNM", "USA", 1.2},
	}
	return &encoding.Graph{
		Directed: true,
		Attrs:    []graph.Attr{{Key: "generated_by", Value: "blocgraph test"}},
		Nodes: func(yield func(encoding.Node) bool) {
			for _, s := range states {
				if !yield(encoding.Node{ID: s.id, Labels: []string{"State"}, Attrs: []graph.Attr{
					{Key: "name", Value: s.name}, {Key: "pagerank", Value: s.pr}, {Key: "bloc", Value: s.bloc}, {Key: "bloc_label", Value: label[s.bloc]},
				}}) {
					return
				}
			}
		},
		Edges: func(yield func(encoding.Edge) bool) {
			for i, e := range edges {
				if !yield(encoding.Edge{ID: fmt.Sprintf("p%d", i), Source: e.s, Target: e.t, Label: "ALIGNMENT", Attrs: []graph.Attr{{Key: "weight", Value: e.w}}}) {
					return
				}
			}
		},
	}
}

// Golden compares got with the golden file at path, which update (the
// tests' -update flag) first rewrites.
func Golden(tb testing.TB, path string, got []byte, update bool) {
	tb.Helper()
	if update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		tb.Fatalf("%v (run go test -update to write it)", err)
	}
	if !bytes.Equal(got, want) {
		tb.Errorf("output differs from %s (go test -update rewrites it):\n%s", path, got)
	}
}

// MemoryFlat checks that what encode allocates does not grow with the number
// of edges: it encodes 10,000 and 100,000 edges between 1,000 nodes.
func MemoryFlat(t *testing.T, encode func(io.Writer, *encoding.Graph) error) {
	t.Helper()
	if testing.Short() {
		t.Skip("SKIP: -short")
	}
	alloc := func(m int) uint64 {
		g := synth.Graph(1000, m, true)
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		if err := encode(io.Discard, g); err != nil {
			t.Fatal(err)
		}
		runtime.ReadMemStats(&after)
		return after.TotalAlloc - before.TotalAlloc
	}
	small, large := alloc(10_000), alloc(100_000)
	t.Logf("Encode allocated %d bytes for 10,000 edges, %d for 100,000", small, large)
	if large > small+small/2+(1<<20) {
		t.Errorf("allocation grows with edges: %d bytes for 10,000, %d for 100,000", small, large)
	}
}
