package analysis

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/loader"
)

func TestParsePeriodSpec(t *testing.T) {
	for _, tc := range []struct{ every, window, want, err string }{
		{"1y", "", "1y", ""},
		{"6m", "", "6m", ""},
		{"1w", "", "1w", ""},
		{"1y", "4y", "1y window 4y", ""},
		{"1m", "3m", "1m window 3m", ""},
		{"data", "", "data", ""},
		{"DATA", "", "data", ""},
		{"1w", "1m", "1w window 1m", ""},
		{"", "", "", `--every "" is not a length of time`},
		{"1x", "", "", `--every "1x" is not a length of time`},
		{"0m", "", "", `--every "0m" is not a length of time`},
		{"m", "", "", `is not a length of time`},
		{"1y", "6m", "", "--window 6m is shorter than the step --every 1y"},
		{"1m", "4w", "", "--window 4w is shorter than the step --every 1m"},
		{"1y", "4q", "", `--window "4q" is not a length of time`},
		{"data", "4y", "", "--window does not go with --every data"},
	} {
		ps, err := ParsePeriodSpec(tc.every, tc.window)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("%q %q: error %v, want %q", tc.every, tc.window, err, tc.err)
			}
			continue
		}
		if err != nil || ps.String() != tc.want {
			t.Errorf("%q %q = %q, %v; want %q", tc.every, tc.window, ps, err, tc.want)
		}
	}
}

func TestPeriods(t *testing.T) {
	for _, tc := range []struct {
		every, window, first, last string
		want                       string
	}{
		{"1y", "", "2021-03", "2023-02-01", "2021 2022 2023"},
		{"6m", "", "2021-03", "2021-12-02", "2021-01/2021-06 2021-07/2021-12"},
		{"3m", "", "2021-05-05", "2021-08", "2021-04/2021-06 2021-07/2021-09"},
		{"1m", "", "2021-03-31", "2021-05-01", "2021-03 2021-04 2021-05"},
		{"1w", "", "2021-04-07", "2021-04-12", "2021-04-05/2021-04-11 2021-04-12/2021-04-18"},
		{"1y", "4y", "1946", "1951", "1946/1949 1947/1950 1948/1951"},
		{"1m", "3m", "2021-01", "2021-03-15", "2021-01/2021-03"},
		{"1m", "2m", "2021-01", "2021-04", "2021-01/2021-02 2021-02/2021-03 2021-03/2021-04"},
		{"10d", "", "2021-01-01", "2021-01-15", "2021-01-01/2021-01-10 2021-01-11/2021-01-20"},
	} {
		ps, err := ParsePeriodSpec(tc.every, tc.window)
		if err != nil {
			t.Fatal(err)
		}
		spans, err := ps.Periods(graph.MustDate(tc.first), graph.MustDate(tc.last))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, s := range spans {
			if s.Start == s.End {
				got = append(got, s.Start.String())
			} else {
				got = append(got, s.String())
			}
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("%s %s from %s to %s: %s, want %s", tc.every, tc.window, tc.first, tc.last, strings.Join(got, " "), tc.want)
		}
		if _, err := graph.NewPeriods(spans); err != nil {
			t.Errorf("%s %s: %v", tc.every, tc.window, err)
		}
	}
	ps, _ := ParsePeriodSpec("1d", "")
	if _, err := ps.Periods(graph.MustDate("1900"), graph.MustDate("2000")); err == nil || !strings.Contains(err.Error(), "more than 5000 periods") {
		t.Errorf("a century of days: %v", err)
	}
}

// TestAssignOptimal checks the Hungarian method against every assignment
// of small random matrices, and that it beats the greedy choice where
// greedy fails.
func TestAssignOptimal(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := range 300 {
		rows, cols := 1+rng.IntN(5), 1+rng.IntN(5)
		w := make([][]float64, rows)
		for i := range w {
			w[i] = make([]float64, cols)
			for j := range w[i] {
				if rng.IntN(3) > 0 {
					w[i][j] = float64(rng.IntN(10)) / 10
				}
			}
		}
		got := assign(w)
		used := map[int]bool{}
		sum := 0.0
		for i, j := range got {
			if j < 0 {
				continue
			}
			if used[j] || w[i][j] <= 0 {
				t.Fatalf("trial %d: invalid assignment %v of %v", trial, got, w)
			}
			used[j] = true
			sum += w[i][j]
		}
		if best := bestAssignment(w, 0, map[int]bool{}); math.Abs(sum-best) > 1e-9 {
			t.Fatalf("trial %d: %v sums to %g, the best is %g (%v)", trial, got, sum, best, w)
		}
	}
	// Greedy takes 0.9 and is left with 0.1; the optimum is 0.8 + 0.8.
	w := [][]float64{{0.9, 0.8}, {0.8, 0.1}}
	if got := assign(w); !slices.Equal(got, []int{1, 0}) {
		t.Errorf("assign(%v) = %v, want [1 0]", w, got)
	}
}

func bestAssignment(w [][]float64, i int, used map[int]bool) float64 {
	if i == len(w) {
		return 0
	}
	best := bestAssignment(w, i+1, used)
	for j, v := range w[i] {
		if v > 0 && !used[j] {
			used[j] = true
			best = max(best, v+bestAssignment(w, i+1, used))
			used[j] = false
		}
	}
	return best
}

// period builds a report and projection of hand-made blocs: "A B C | D E".
func handPeriod(spec string) (*Report, *Projection) {
	r := &Report{}
	p := &Projection{}
	for i, grp := range strings.Split(spec, "|") {
		b := Bloc{ID: i, Label: "bloc of " + strings.Fields(grp)[0]}
		for _, s := range strings.Fields(grp) {
			b.Members = append(b.Members, s)
			p.Nodes = append(p.Nodes, s)
		}
		r.Blocs = append(r.Blocs, b)
	}
	return r, p
}

// matchAll runs the matcher over hand-made periods and describes each
// period's changes and ids: "0:A B C 1:D E | split 1<0".
func matchAll(periods ...string) ([]string, *matcher) {
	m := newMatcher(DefaultMatchThreshold, lineage(nil))
	var out []string
	for i, spec := range periods {
		r, p := handPeriod(spec)
		ids := m.period(i, r, p.Nodes)
		var parts []string
		for _, b := range r.Blocs {
			id := ids[b.ID]
			if id == NoBloc {
				parts = append(parts, "-:"+strings.Join(b.Members, " "))
			} else {
				parts = append(parts, fmt.Sprintf("%d:%s", id, strings.Join(b.Members, " ")))
			}
		}
		var ch []string
		for _, c := range m.changes {
			switch c.Kind {
			case ChangeSplit:
				ch = append(ch, fmt.Sprintf("split %d<%d", c.Bloc, c.Other))
			case ChangeMerge:
				ch = append(ch, fmt.Sprintf("merge %d>%d", c.Bloc, c.Other))
			default:
				ch = append(ch, fmt.Sprintf("%s %d", c.Kind, c.Bloc))
			}
		}
		out = append(out, strings.Join(parts, " ")+" | "+strings.Join(ch, ", "))
	}
	return out, m
}

func TestMatchBlocs(t *testing.T) {
	for _, tc := range []struct {
		name    string
		periods []string
		want    []string
	}{
		{"continue with changes", []string{"A B C D | E F G", "A B C | E F G D"},
			[]string{"0:A B C D 1:E F G | birth 0, birth 1", "0:A B C 1:E F G D | "}},
		{"split", []string{"A B C D E F | G H", "A B C | D E F | G H"},
			[]string{"0:A B C D E F 1:G H | birth 0, birth 1", "0:A B C 2:D E F 1:G H | split 2<0"}},
		{"merge", []string{"A B C D | E F | G H I", "A B C D E F | G H I"},
			[]string{"0:A B C D 1:E F 2:G H I | birth 0, birth 1, birth 2", "0:A B C D E F 2:G H I | merge 1>0"}},
		{"birth and death", []string{"A B C | D E F", "A B C D | E | F | X Y Z"},
			[]string{"0:A B C 1:D E F | birth 0, birth 1", "0:A B C D -:E -:F 2:X Y Z | birth 2, death 1"}},
		// A bloc none of whose members has events is not seen, not ended.
		{"dormant", []string{"A B C | D E F", "A B C", "A B C | D E F"},
			[]string{"0:A B C 1:D E F | birth 0, birth 1", "0:A B C | ", "0:A B C 1:D E F | "}},
		{"a bloc of one is no bloc", []string{"A B | C", "A B C"},
			[]string{"0:A B -:C | birth 0", "0:A B C | "}},
		// Greedy gives the first new bloc to bloc 0 (Jaccard 4/9, the largest
		// single overlap) and leaves bloc 1 unmatched: total 0.44. The optimum
		// matches 0 → B F (2/6) and 1 → the first (3/7): total 0.76.
		{"optimal not greedy", []string{"A B D E F G | C H I", "A C D E G H I | B F"},
			[]string{"0:A B D E F G 1:C H I | birth 0, birth 1", "1:A C D E G H I 0:B F | "}},
		// States with no event in a period count neither for nor against.
		{"absent states do not count", []string{"A B C D | E F", "A B | E F", "A B C D | E F"},
			[]string{"0:A B C D 1:E F | birth 0, birth 1", "0:A B 1:E F | ", "0:A B C D 1:E F | "}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, _ := matchAll(tc.periods...)
			for i := range tc.want {
				if got[i] != tc.want[i] {
					t.Errorf("period %d: %q, want %q", i, got[i], tc.want[i])
				}
			}
		})
	}
}

// moveGraph: in 2021-01 and 2021-02, AAA–BBB–CCC cooperate, as do
// DDD–EEE–FFF, with conflict across; in 2021-03 CCC turns to DDD, EEE and
// FFF and attacks AAA. Nothing happens in 2021-04.
func moveGraph(t *testing.T) *graph.Graph {
	t.Helper()
	g := graph.New()
	for _, id := range []string{"AAA", "BBB", "CCC", "DDD", "EEE", "FFF"} {
		if _, err := g.AddNode(&graph.Node{ID: id, Kind: graph.KindState, Name: "State " + id}); err != nil {
			t.Fatal(err)
		}
	}
	n := 0
	ev := func(date, typ, a, b string, gold float64) {
		n++
		if _, _, err := g.AddEvent(&graph.Event{Type: typ, Subject: a, Object: b, Date: graph.MustDate(date), Goldstein: gold, Count: 1, Confidence: 1,
			Source: "test", SourceRef: fmt.Sprint(n), Quote: fmt.Sprintf("%s and %s, %s", a, b, date)}); err != nil {
			t.Fatal(err)
		}
	}
	for _, m := range []string{"2021-01-10", "2021-02-10"} {
		ev(m, "SIGNED_AGREEMENT", "AAA", "BBB", 8)
		ev(m, "SIGNED_AGREEMENT", "BBB", "CCC", 8)
		ev(m, "SIGNED_AGREEMENT", "AAA", "CCC", 8)
		ev(m, "SIGNED_AGREEMENT", "DDD", "EEE", 8)
		ev(m, "SIGNED_AGREEMENT", "EEE", "FFF", 8)
		ev(m, "SIGNED_AGREEMENT", "DDD", "FFF", 8)
		ev(m, "CRITICIZED", "AAA", "DDD", -2)
	}
	ev("2021-03-05", "SIGNED_AGREEMENT", "AAA", "BBB", 8)
	ev("2021-03-05", "SIGNED_AGREEMENT", "DDD", "EEE", 8)
	ev("2021-03-05", "SIGNED_AGREEMENT", "EEE", "FFF", 8)
	ev("2021-03-06", "GAVE_AID", "CCC", "DDD", 7)
	ev("2021-03-07", "SIGNED_AGREEMENT", "CCC", "EEE", 8)
	ev("2021-03-08", "MET", "CCC", "FFF", 1)
	ev("2021-03-09", "ATTACKED", "CCC", "AAA", -10)
	ev("2021-05-01", "SIGNED_AGREEMENT", "AAA", "BBB", 8)
	return g
}

func TestTimelineMoves(t *testing.T) {
	g := moveGraph(t)
	spec, _ := ParsePeriodSpec("1m", "")
	f, err := FoldPeriods(g, spec, Options{}, 2)
	if err != nil {
		t.Fatal(err)
	}
	for _, method := range []string{MethodLouvain, MethodSigned, MethodConsensus} {
		t.Run(method, func(t *testing.T) {
			tl, err := BuildTimeline(g, f, Config{Method: method}, TimelineOptions{Spec: spec, Evidence: 3})
			if err != nil {
				t.Fatal(err)
			}
			if len(tl.Periods) != 5 || !tl.Periods[3].Empty || tl.Periods[3].Label != "2021-04" || tl.Periods[3].Events != 0 {
				t.Fatalf("periods: %+v", tl.Periods)
			}
			if len(tl.Blocs) != 2 {
				t.Fatalf("blocs: %+v", tl.Blocs)
			}
			if len(tl.Moves) != 1 {
				t.Fatalf("moves: %+v", tl.Moves)
			}
			mv := tl.Moves[0]
			if mv.State != "CCC" || mv.PeriodLabel != "2021-03" || mv.Since != 1 || mv.Kind != MoveSwitch || tl.Blocs[mv.From].Label != mv.FromLabel {
				t.Errorf("move: %+v", mv)
			}
			// Its strongest events of March: the agreement with EEE and the
			// aid to DDD (two kept), and the attack on AAA.
			if len(mv.Cooperation) != 2 || mv.Cooperation[0].Weight != 8 || mv.Cooperation[1].Weight != 7 || mv.Cooperation[1].Object != "State DDD" {
				t.Errorf("cooperation evidence: %+v", mv.Cooperation)
			}
			if len(mv.Conflict) != 1 || mv.Conflict[0].Weight != -10 || mv.Conflict[0].Date != "2021-03-09" || mv.Conflict[0].Quote != "CCC and AAA, 2021-03-09" {
				t.Errorf("conflict evidence: %+v", mv.Conflict)
			}
			p1, p2 := tl.Periods[1], tl.Periods[2]
			if p1.ARI == nil || *p1.ARI != 1 || *p1.NMI != 1 {
				t.Errorf("February repeats January: ARI %v NMI %v", p1.ARI, p1.NMI)
			}
			if p2.ARI == nil || *p2.ARI >= 1 || *p2.NMI >= 1 || p2.Common != 6 {
				t.Errorf("March differs: ARI %v NMI %v over %d", p2.ARI, p2.NMI, p2.Common)
			}
			// May: only AAA and BBB, matched across the empty April.
			p4 := tl.Periods[4]
			if len(p4.Blocs) != 1 || p4.Blocs[0].ID != tl.Moves[0].From || p4.ARI == nil {
				t.Errorf("May: %+v", p4.Blocs)
			}
			var ccc StateTrack
			for _, s := range tl.States {
				if s.ID == "CCC" {
					ccc = s
				}
			}
			if ccc.Moves != 1 || ccc.Blocs[3] != nil || ccc.Blocs[4] != nil || *ccc.Blocs[2] != mv.To {
				t.Errorf("CCC's track: %+v", ccc)
			}
			if ccc.Confidence == nil || ccc.Confidence[2] == nil || *ccc.Confidence[2] <= 0 || *ccc.Confidence[2] > 1 || p2.Confidence == nil {
				t.Errorf("%s gives CCC no confidence in March: %v (period %v)", method, ccc.Confidence, p2.Confidence)
			}
		})
	}
}

func TestAgreement(t *testing.T) {
	res := func(s string) []NodeResult {
		var out []NodeResult
		for i, grp := range strings.Split(s, "|") {
			for _, id := range strings.Fields(grp) {
				b := i
				if strings.HasPrefix(id, "-") {
					id, b = id[1:], NoBloc
				}
				out = append(out, NodeResult{ID: id, Bloc: b})
			}
		}
		return out
	}
	for _, tc := range []struct {
		a, b     string
		ari, nmi float64
		common   int
	}{
		{"A B | C D", "C D | A B", 1, 1, 4},
		{"A B C | D E F", "A B C | D E F X", 1, 1, 6},
		// By hand: pairs together in both 2, in A 6, in B 3, of 15:
		// ARI = (2 − 6·3/15) / ((6+3)/2 − 6·3/15) = 0.8/3.3; MI = (2/3) ln 2,
		// H(A) = ln 2, H(B) = ln 3, NMI = 2 MI / (H(A) + H(B)).
		{"A B C | D E F", "A B | C D | E F", 0.8 / 3.3, 2 * (2.0 / 3) * math.Ln2 / (math.Ln2 + math.Log(3)), 6},
		// Alone states are clusters of their own: [0,0,1,1] against
		// [0,1,2,3]: no pair together in B, ARI 0; B determines A, so
		// MI = H(A) = ln 2, H(B) = ln 4, NMI = 2/3.
		{"A B | C D", "-A | -B | -C | -D", 0, 2.0 / 3, 4},
	} {
		ari, nmi, common := agreement(res(tc.a), res(tc.b), lineage(nil))
		if math.Abs(ari-tc.ari) > 1e-6 || math.Abs(nmi-tc.nmi) > 1e-5 || common != tc.common {
			t.Errorf("%s vs %s: ARI %g NMI %g over %d, want %g %g %d", tc.a, tc.b, ari, nmi, common, tc.ari, tc.nmi, tc.common)
		}
	}
}

// TestGahukuGama reads the Gahuku-Gama tribes (Read 1954) through the
// dyadic reader and asks for three signed blocs: signnet's published
// optimum is groups of 7, 5 and 4 with criterion 2 at α = 0.5, that is
// 0.5 × (negative ties inside + positive ties across), counted over the
// symmetric matrix: 4 directed entries, 2 undirected ties. Each row counts
// both ways here, so the frustration must be 4 or less.
func TestGahukuGama(t *testing.T) {
	g, _, err := loader.Load([]string{"../../shared/data/signed/gahuku-gama-tribes.csv"}, loader.Options{Dataset: loader.DatasetOptions{Codes: loader.CodesSelf}})
	if err != nil {
		t.Fatal(err)
	}
	p, err := Project(g, Options{})
	if err != nil {
		t.Fatal(err)
	}
	r, err := Analyze(g, p, Config{Method: MethodSigned, Blocs: 3})
	if err != nil {
		t.Fatal(err)
	}
	sizes := blocSizes(r)
	if r.Nodes != 16 || !slices.Equal(sizes, []int{7, 5, 4}) {
		t.Errorf("blocs of %v over %d tribes, want 7, 5, 4 over 16", sizes, r.Nodes)
	}
	if crit := 0.5 * *r.Frustration; crit > 2+1e-9 {
		t.Errorf("criterion %.1f (frustration %.1f), signnet reaches 2", crit, *r.Frustration)
	}
	// The groups themselves (Hage & Harary 1983).
	want := []string{"Alika,Asaro,Gahuk,Geham,Masil,Ove,Ukudz", "Kohik,Nagam,Notoh,Seuve,Uheto", "Gama,Gavev,Kotun,Nagad"}
	for i, b := range r.Blocs {
		if got := strings.Join(sorted(b.Members), ","); got != want[i] {
			t.Errorf("bloc %d: %s, want %s", i, got, want[i])
		}
	}
}

// TestTimelineContinues: the Soviet Union in 2021-01 and Russia, which
// continues it, in 2021-02 are one track with Continues: one row named
// for both, no move, one member when the periods are compared.
func TestTimelineContinues(t *testing.T) {
	g := graph.New()
	for id, name := range map[string]string{"SUN": "Soviet Union", "RUS": "Russia", "POL": "Poland", "CSK": "Czechoslovakia", "USA": "United States", "GBR": "United Kingdom", "FRA": "France"} {
		if _, err := g.AddNode(&graph.Node{ID: id, Kind: graph.KindState, Name: name}); err != nil {
			t.Fatal(err)
		}
	}
	n := 0
	ev := func(date, a, b string, gold float64) {
		n++
		if _, _, err := g.AddEvent(&graph.Event{Type: "SIGNED_AGREEMENT", Subject: a, Object: b, Date: graph.MustDate(date), Goldstein: gold, Count: 1, Confidence: 1, Source: "test", SourceRef: fmt.Sprint(n)}); err != nil {
			t.Fatal(err)
		}
	}
	for _, p := range []struct{ date, east string }{{"2021-01-10", "SUN"}, {"2021-02-10", "RUS"}} {
		ev(p.date, p.east, "POL", 8)
		ev(p.date, "POL", "CSK", 8)
		ev(p.date, p.east, "CSK", 8)
		ev(p.date, "USA", "GBR", 8)
		ev(p.date, "GBR", "FRA", 8)
		ev(p.date, "USA", "FRA", 8)
	}
	spec, _ := ParsePeriodSpec("1m", "")
	f, err := FoldPeriods(g, spec, Options{}, 2)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		continues map[string]string
		tracks    int
		common    int
	}{{nil, 7, 5}, {map[string]string{"SUN": "RUS"}, 6, 6}} {
		tl, err := BuildTimeline(g, f, Config{}, TimelineOptions{Spec: spec, Continues: tc.continues})
		if err != nil {
			t.Fatal(err)
		}
		if len(tl.States) != tc.tracks || len(tl.Moves) != 0 || len(tl.Blocs) != 2 || tl.Periods[1].Common != tc.common {
			t.Errorf("continues %v: %d tracks, %d moves, %d blocs, %d in common", tc.continues, len(tl.States), len(tl.Moves), len(tl.Blocs), tl.Periods[1].Common)
		}
		for _, s := range tl.States {
			if s.ID == "RUS" && tc.continues != nil && (s.Name != "Soviet Union / Russia" || strings.Join(s.IDs, ",") != "SUN,RUS" || s.Blocs[0] == nil || s.Blocs[1] == nil || *s.Blocs[0] != *s.Blocs[1]) {
				t.Errorf("the Soviet Union and Russia: %+v", s)
			}
		}
	}
}

// TestMemberConfidence: by hand, blocs {A, B, C} and {D, E}; A cooperates
// with B (6), C (2) and D (2, across), D with E (4); A is in conflict with
// E (3) and B with D (1), both across.
func TestMemberConfidence(t *testing.T) {
	p := &Projection{Pairs: []*Pair{
		{From: "A", To: "B", Cooperation: 6}, {From: "A", To: "C", Cooperation: 2}, {From: "A", To: "D", Cooperation: 2},
		{From: "D", To: "E", Cooperation: 4}, {From: "A", To: "E", Conflict: 3}, {From: "B", To: "D", Conflict: 1},
	}}
	for _, tc := range []struct {
		method string
		want   map[string]float64
	}{
		// The share of cooperation with bloc-mates.
		{MethodLeiden, map[string]float64{"A": 8.0 / 10, "B": 1, "C": 1, "D": 4.0 / 6, "E": 1}},
		// The share of ties satisfied: A's cooperation with D across is
		// frustrated, its conflict with E across is not.
		{MethodSigned, map[string]float64{"A": 11.0 / 13, "B": 1, "C": 1, "D": 5.0 / 7, "E": 1}},
	} {
		r := &Report{Method: tc.method, Blocs: []Bloc{{ID: 0, Members: []string{"A", "B", "C"}}, {ID: 1, Members: []string{"D", "E"}}, {ID: 2, Members: []string{"F"}}}}
		for _, id := range []string{"A", "B", "C", "D", "E", "F"} {
			r.Results = append(r.Results, NodeResult{ID: id})
		}
		memberConfidence(r, p)
		for _, x := range r.Results {
			want, ok := tc.want[x.ID]
			switch {
			case !ok && x.BlocConfidence != nil:
				t.Errorf("%s: %s alone has confidence %v", tc.method, x.ID, *x.BlocConfidence)
			case ok && (x.BlocConfidence == nil || math.Abs(*x.BlocConfidence-want) > 1e-12):
				t.Errorf("%s: %s has %v, want %g", tc.method, x.ID, x.BlocConfidence, want)
			}
		}
	}
}

// TestPeriodStream: a stream of testdata's events, shuffled and split
// between two shards, gives the timeline the fold of the graph gives, to
// the byte, for every calendar step (rolling windows included); other
// steps and --every data are refused as streams.
func TestPeriodStream(t *testing.T) {
	g, _, err := loader.Load([]string{"../testdata"}, loader.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var events []*graph.Event
	for e := range g.AllEvents() {
		events = append(events, e)
	}
	rng := rand.New(rand.NewPCG(7, 8))
	window := Options{Filter: graph.EventFilter{Span: graph.Span{Start: graph.MustDate("2021-04"), End: graph.MustDate("2023")}}}
	for _, every := range []string{"1m", "1w", "3m", "1y/2y", "1m/3m", "1w/1m", "1d", "6m", "1m since", "1y/2y since"} {
		every, since := strings.CutSuffix(every, " since")
		opt := Options{}
		if since {
			opt = window
		}
		e, w, _ := strings.Cut(every, "/")
		spec, err := ParsePeriodSpec(e, w)
		if err != nil {
			t.Fatal(err)
		}
		if !StreamablePeriods(spec) {
			t.Fatalf("%s: not streamable", spec)
		}
		fixed, err := FoldPeriods(g, spec, opt, 2)
		if err != nil {
			t.Fatal(err)
		}
		stream, err := NewPeriodStream(spec, opt, 2)
		if err != nil {
			t.Fatal(err)
		}
		stream.g = g
		shards := []*PeriodFold{stream.Shard(), stream.Shard()}
		rng.Shuffle(len(events), func(i, j int) { events[i], events[j] = events[j], events[i] })
		for i, ev := range events {
			shards[i%2].Add(ev)
		}
		for _, s := range shards {
			stream.Merge(s)
		}
		if err := stream.Finish(g); err != nil {
			t.Fatal(err)
		}
		for _, m := range []string{MethodLeiden, MethodSigned} {
			a, err := BuildTimeline(g, fixed, Config{Method: m}, TimelineOptions{Spec: spec})
			if err != nil {
				t.Fatal(err)
			}
			b, err := BuildTimeline(g, stream, Config{Method: m}, TimelineOptions{Spec: spec})
			if err != nil {
				t.Fatal(err)
			}
			ja, _ := json.Marshal(a)
			jb, _ := json.Marshal(b)
			if !bytes.Equal(ja, jb) || len(a.Periods) == 0 {
				t.Errorf("%s %s: the stream's timeline differs from the graph's (%d and %d periods)\n%s\n%s", spec, m, len(a.Periods), len(b.Periods), ja, jb)
			}
		}
	}
	for _, every := range []string{"2y", "5m", "2w", "10d", "data"} {
		spec, _ := ParsePeriodSpec(every, "")
		if StreamablePeriods(spec) {
			t.Errorf("%s: streamable", every)
		}
		if _, err := NewPeriodStream(spec, Options{}, 0); err == nil {
			t.Errorf("%s: a stream", every)
		}
	}
}

// TestPackedDate: packed dates read back as they were and compare as
// Date.Compare has them, across precisions.
func TestPackedDate(t *testing.T) {
	dates := []string{"1946", "1946-01", "1946-01-01", "1946-01-31", "1946-02", "1946-12-31", "1947", "2021-04", "2021-04-23", "2024-02-29", "9999-12-31"}
	for _, a := range dates {
		da := graph.MustDate(a)
		if pack(da).date() != da {
			t.Errorf("%s packs to %v", a, pack(da).date())
		}
		for _, b := range dates {
			db := graph.MustDate(b)
			if got, want := cmp.Compare(pack(da), pack(db)), da.Compare(db); got != want {
				t.Errorf("%s vs %s: packed %d, Compare %d", a, b, got, want)
			}
		}
	}
}
