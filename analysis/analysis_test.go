package analysis

import (
	"math"
	"sort"
	"strings"
	"testing"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/loader"
)

func seedGraph(tb testing.TB) *graph.Graph {
	tb.Helper()
	g, err := loader.LoadFacts([]string{"../testdata/facts/kim-diaz-canel-2021.yaml"}, loader.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	return g
}

func blocOf(r *Report, id string) *Bloc {
	for i := range r.Blocs {
		for _, m := range r.Blocs[i].Members {
			if m == id {
				return &r.Blocs[i]
			}
		}
	}
	return nil
}

func sorted(xs []string) []string {
	out := append([]string(nil), xs...)
	sort.Strings(out)
	return out
}

func TestSeedSocialistBloc(t *testing.T) {
	g := seedGraph(t)
	p, err := Project(g, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, method := range []string{MethodLouvain, MethodConsensus, MethodSigned} {
		t.Run(method, func(t *testing.T) {
			r, err := Analyze(g, p, Config{Method: method})
			if err != nil {
				t.Fatal(err)
			}
			b := blocOf(r, "PRK")
			if b == nil {
				t.Fatalf("PRK is in no bloc: %+v", r.Blocs)
			}
			if got, want := strings.Join(sorted(b.Members), ","), "CHN,CUB,LAO,PRK,VNM"; got != want {
				t.Errorf("PRK's bloc = %s, want %s", got, want)
			}
			if b.Label != "socialist bloc" {
				t.Errorf("PRK's bloc is labelled %q, want socialist bloc", b.Label)
			}
			for _, st := range []string{"USA", "KOR", "JPN"} {
				if blocOf(r, st) == b {
					t.Errorf("%s is in the socialist bloc", st)
				}
			}
			if method == MethodSigned {
				u, k, j := blocOf(r, "USA"), blocOf(r, "KOR"), blocOf(r, "JPN")
				if u == nil || u != k || u != j {
					t.Errorf("signed: USA, KOR and JPN should stand together (enemy of my enemy): %+v", r.Blocs)
				}
				if r.Frustration == nil || *r.Frustration != 0 || *r.BalanceIndex != 1 {
					t.Errorf("signed: the seed splits with no frustration; got %v / %v", r.Frustration, r.BalanceIndex)
				}
			}
			if method == MethodConsensus {
				for _, x := range r.Results {
					if x.BlocConfidence == nil || *x.BlocConfidence < 0 || *x.BlocConfidence > 1 {
						t.Errorf("%s: confidence %v", x.ID, x.BlocConfidence)
					}
				}
			}
			// Cuba receives the most cooperation (PageRank); North Korea is the
			// broker every path runs through (betweenness) and reaches out most.
			if r.Results[0].ID != "CUB" {
				t.Errorf("highest PageRank %s, want CUB", r.Results[0].ID)
			}
			var top NodeResult
			for _, x := range r.Results {
				if x.Betweenness > top.Betweenness {
					top = x
				}
			}
			if top.ID != "PRK" || top.OutDegree <= 0 {
				t.Errorf("highest betweenness %s (%v), want PRK", top.ID, top.Betweenness)
			}
		})
	}
}

func TestSeedPartners(t *testing.T) {
	g := seedGraph(t)
	p, err := Project(g, Options{})
	if err != nil {
		t.Fatal(err)
	}
	allies, adversaries, err := Partners(p, "PRK", nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(allies) == 0 || allies[0].ID != "CUB" {
		t.Fatalf("PRK's first ally: %+v, want CUB", allies)
	}
	congrats := 0
	for _, e := range allies[0].Events {
		if e.Relation == "CONGRATULATED" {
			congrats += e.Count
			if e.Quote == "" || e.Article != "kim-diaz-canel-2021" {
				t.Errorf("congratulation without quote or article: %+v", e)
			}
		}
	}
	if congrats != 3 {
		t.Errorf("PRK–CUB congratulations: %d, want 3", congrats)
	}
	var adv []string
	for _, a := range adversaries {
		adv = append(adv, a.ID)
	}
	if got := strings.Join(sorted(adv), ","); got != "JPN,KOR,USA" {
		t.Errorf("PRK's adversaries %s, want JPN,KOR,USA", got)
	}
	if _, _, err := Partners(p, "FRA", nil); err == nil || !strings.Contains(err.Error(), "no event in the window involves") {
		t.Errorf("a state with no events: %v", err)
	}
}

func TestProjectionWeights(t *testing.T) {
	g := seedGraph(t)
	p, err := Project(g, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var prkCub *Pair
	for _, pr := range p.Pairs {
		if pr.From == "PRK" && pr.To == "CUB" {
			prkCub = pr
		}
	}
	if prkCub == nil {
		t.Fatal("no PRK→CUB pair")
	}
	// congratulated ×2 and ×1 (051: 3.4), solidarity (051: 3.4), flower basket
	// (050: 3.5 × confidence 0.8), urged stronger ties (022: 3.2).
	want := 3.4*2 + 3.4 + 3.4 + 3.5*0.8 + 3.2
	if math.Abs(prkCub.Cooperation-want) > 1e-9 || prkCub.Conflict != 0 {
		t.Errorf("PRK→CUB cooperation %v conflict %v, want %v and 0", prkCub.Cooperation, prkCub.Conflict, want)
	}
	// Window and relation filter.
	p2, err := Project(g, Options{Filter: graph.EventFilter{Span: graph.Span{Start: graph.MustDate("2021-04")}, Relations: []string{"CONGRATULATED"}}})
	if err != nil {
		t.Fatal(err)
	}
	if len(p2.Pairs) != 1 || p2.Pairs[0].Reports != 3 {
		t.Errorf("April congratulations: %d pairs %+v", len(p2.Pairs), p2.Pairs)
	}
	// Decay: with a 30-day half-life, March events weigh less than April's.
	p3, err := Project(g, Options{HalfLife: 30})
	if err != nil {
		t.Fatal(err)
	}
	for _, pr := range p3.Pairs {
		if pr.From == "PRK" && pr.To == "CUB" && !(pr.Cooperation < want && pr.Cooperation > want/2) {
			t.Errorf("decayed PRK→CUB %v, want between %v and %v", pr.Cooperation, want/2, want)
		}
	}
	// Actor level keeps leaders as nodes.
	p4, err := Project(g, Options{Level: LevelActor})
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := p4.Index["kim-jong-un"]; !ok {
		t.Errorf("actor level lost Kim Jong-un: %v", p4.Nodes)
	}
	if _, err := Project(g, Options{Filter: graph.EventFilter{Relations: []string{"HUGGED"}}}); err == nil {
		t.Errorf("an unknown relation filter was accepted")
	}
}

func TestEmptyAndTiny(t *testing.T) {
	g := seedGraph(t)
	p, err := Project(g, Options{Filter: graph.EventFilter{Span: graph.Span{Start: graph.MustDate("2030")}}})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range []string{MethodLouvain, MethodSigned, MethodConsensus} {
		r, err := Analyze(g, p, Config{Method: m})
		if err != nil {
			t.Fatal(err)
		}
		if r.Nodes != 0 || len(r.Results) != 0 || len(r.Blocs) != 0 {
			t.Errorf("%s on an empty window: %+v", m, r)
		}
	}
	r, err := Analyze(nil, &Projection{Index: map[string]int{}}, Config{})
	if err != nil || r.Nodes != 0 {
		t.Errorf("empty projection: %v %+v", err, r)
	}
	// One pair: two states.
	p2, err := Project(g, Options{Filter: graph.EventFilter{Relations: []string{"BOYCOTTED"}}})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range []string{MethodLouvain, MethodSigned, MethodConsensus} {
		r, err := Analyze(g, p2, Config{Method: m})
		if err != nil {
			t.Fatal(err)
		}
		if r.Nodes != 2 {
			t.Errorf("%s: %d nodes", m, r.Nodes)
		}
	}
	if _, err := Analyze(g, p2, Config{Method: "magic"}); err == nil {
		t.Errorf("unknown method accepted")
	}
}

// TestIdeologyAtLastEvent checks that a state's ruling ideology is read on
// the date of its latest event, not at the end of the window: South Korea,
// last seen in April 2021 (Moon Jae-in's Democratic Party), in a corpus
// running to 2024.
func TestIdeologyAtLastEvent(t *testing.T) {
	g, err := loader.LoadFacts([]string{"../testdata/facts"}, loader.Options{})
	if err != nil {
		t.Fatal(err)
	}
	p, err := Project(g, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if p.To.Year != 2024 {
		t.Fatalf("window ends %s; the test needs the 2024 events", p.To)
	}
	r, err := Analyze(g, p, Config{})
	if err != nil {
		t.Fatal(err)
	}
	if b := blocOf(r, "KOR"); b == nil || b.Ideology != "liberalism" {
		t.Errorf("South Korea's bloc: %+v, want ideology liberalism (Democratic Party, 2021)", b)
	}
}
