package analysis

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/loader"
)

// TestNullModel: the seed article's cooperation layer (a star around North
// Korea) has no bloc structure a randomisation would not have (Q = 0), two
// real days of ICEWS have much more than chance; the words say which.
func TestNullModel(t *testing.T) {
	g := seedGraph(t)
	p, err := Project(g, Options{})
	if err != nil {
		t.Fatal(err)
	}
	r, err := Analyze(g, p, Config{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Null == nil || r.Null.Samples != DefaultNullSamples || !r.NoSignificantStructure() || r.Null.P < 0.5 {
		t.Fatalf("seed: null %+v", r.Null)
	}
	if !strings.HasPrefix(r.Significance, "no significant bloc structure in this window") {
		t.Fatalf("seed: %q", r.Significance)
	}

	ig, ip := icewsSample(t)
	for _, method := range []string{MethodLeiden, MethodSigned} {
		a, err := Analyze(ig, ip, Config{Method: method})
		if err != nil {
			t.Fatal(err)
		}
		n := a.Null
		t.Logf("ICEWS %s: %s", method, a.Significance)
		if n == nil || !n.Significant || a.NoSignificantStructure() || n.Z == nil || *n.Z < 3 || n.P >= SignificanceLevel {
			t.Fatalf("ICEWS %s: null %+v", method, n)
		}
		if !strings.HasPrefix(a.Significance, "bloc structure beyond chance") {
			t.Fatalf("ICEWS %s: %q", method, a.Significance)
		}
		b, err := Analyze(ig, ip, Config{Method: method, Workers: 1})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(a.Null, b.Null) {
			t.Fatalf("ICEWS %s: the null test depends on the workers: %+v vs %+v", method, a.Null, b.Null)
		}
	}
	off, err := Analyze(ig, ip, Config{Null: -1})
	if err != nil {
		t.Fatal(err)
	}
	if off.Null != nil || off.Significance != "" {
		t.Fatalf("Null: -1 still tested: %+v %q", off.Null, off.Significance)
	}
	five, err := Analyze(g, p, Config{Null: 5})
	if err != nil {
		t.Fatal(err)
	}
	if five.Null.Samples != 5 || five.Null.P != 1 {
		t.Fatalf("Null: 5 gave %+v", five.Null)
	}
}

// icewsSample is two real days of ICEWS events and their projection.
func icewsSample(tb testing.TB) (*graph.Graph, *Projection) {
	tb.Helper()
	g, _, err := loader.Load([]string{"testdata/icews-2018-06-01-sample.tab.gz"}, loader.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	p, err := Project(g, Options{})
	if err != nil {
		tb.Fatal(err)
	}
	return g, p
}

func TestNewNullTest(t *testing.T) {
	// Higher is better: 2 of 4 samples reach 0.5 → p = 3/5.
	n := newNullTest("m", "modularity", 0.5, []float64{0.1, 0.5, 0.6, 0.2}, true)
	if n.P != 0.6 || n.Significant || n.Z == nil {
		t.Fatalf("%+v", n)
	}
	// Lower is better, all samples worse: p = 1/(N+1), z positive.
	f := newNullTest("m", "frustration", 1, []float64{5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24}, false)
	if f.P != 1.0/21 || !f.Significant || *f.Z <= 0 || !f.AtFloor {
		t.Fatalf("%+v", f)
	}
	if w := f.words(); !strings.Contains(w, "p ≤ 1/21 = 0.048: none of the 20 was as structured, and 20 randomisations can show no smaller p; --null N for a finer test") {
		t.Fatalf("at the floor: %q", w)
	}
	if n.AtFloor {
		t.Fatalf("p = 3/5 at the floor: %+v", n)
	}
	// No spread: no z.
	if c := newNullTest("m", "modularity", 0, []float64{0, 0, 0}, true); c.Z != nil || c.P != 1 {
		t.Fatalf("%+v", c)
	}
}

// TestNullFrustrationWords: the test against chance compares the part of
// the frustration a partition can avoid; a pair with both cooperation and
// conflict frustrates min(both) whatever the blocs. The headline gives the
// whole frustration, so the significance line must say what it left out —
// on two days of ICEWS it printed "frustration 154.100" under a headline of
// "frustration 450.8 … (the least possible)", and nothing said why.
func TestNullFrustrationWords(t *testing.T) {
	ig, ip := icewsSample(t)
	r, err := Analyze(ig, ip, Config{Method: MethodSigned})
	if err != nil {
		t.Fatal(err)
	}
	n := r.Null
	if n == nil || n.Unavoidable <= 0 {
		t.Fatalf("null %+v: want the frustration no partition avoids", n)
	}
	// The real graph is searched with a quarter of the runs for the
	// comparison, so observed + unavoidable may exceed the headline a little,
	// never fall below the proven bound.
	if whole := n.Observed + n.Unavoidable; whole < *r.FrustrationBound-1e-9 || whole > *r.Frustration*1.05 {
		t.Errorf("observed %v + unavoidable %v = %v, headline %v (bound %v)", n.Observed, n.Unavoidable, whole, *r.Frustration, *r.FrustrationBound)
	}
	want := fmt.Sprintf("frustration %.3f beyond the %.3f no partition avoids (the smaller side of each pair that both cooperates and conflicts)", n.Observed, n.Unavoidable)
	if !strings.Contains(r.Significance, want) {
		t.Errorf("significance %q lacks %q", r.Significance, want)
	}
	// Modularity has nothing left out.
	l, err := Analyze(ig, ip, Config{})
	if err != nil {
		t.Fatal(err)
	}
	if l.Null.Unavoidable != 0 || strings.Contains(l.Significance, "no partition avoids") {
		t.Errorf("modularity: %+v %q", l.Null, l.Significance)
	}
}

// TestSignedWithoutConflict: with no conflict in the window every partition
// into connected groups of cooperation is balanced, so the signed blocs are
// no finding, and the line says why no test ran — it said "the test runs by
// default on graphs of up to 5000 ties" of a graph of two ties, and printed
// "socialist bloc" as a finding.
func TestSignedWithoutConflict(t *testing.T) {
	g := seedGraph(t)
	p, err := Project(g, Options{Filter: graph.EventFilter{Relations: []string{"CONGRATULATED", "PRAISED"}}})
	if err != nil {
		t.Fatal(err)
	}
	for _, null := range []int{0, 5} {
		r, err := Analyze(g, p, Config{Method: MethodSigned, Null: null})
		if err != nil {
			t.Fatal(err)
		}
		if want := "no conflict in the window"; r.Null != nil || !strings.HasPrefix(r.Significance, want) {
			t.Errorf("null %d: %+v %q; want it to begin %q", null, r.Null, r.Significance, want)
		}
		for _, b := range r.Blocs {
			if b.Finding || !strings.HasSuffix(b.Printed(), "(no finding)") || b.LabelBasis.Significant != nil {
				t.Errorf("null %d: bloc %q finding %v, printed %q", null, b.Label, b.Finding, b.Printed())
			}
		}
	}
}

// TestOneBlocForAll: a partition that puts every state in one bloc is no
// bloc structure, whether or not a test ran: Signorino & Ritter's S on the
// shared GDELT export put all 58 states in one bloc (Q = 0) and said only
// that S is not corrected for chance.
func TestOneBlocForAll(t *testing.T) {
	g, _, err := loader.Load([]string{sharedData + "gdelt/20191024143000.export.CSV"}, loader.Options{})
	if err != nil {
		t.Fatal(err)
	}
	p, err := Project(g, Options{})
	if err != nil {
		t.Fatal(err)
	}
	r, err := Analyze(g, p, Config{Alignment: AlignmentProfile, Similarity: SimilarityS})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Blocs) != 1 || len(r.Blocs[0].Members) != r.Nodes {
		t.Fatalf("%d blocs; the case needs one for all %d states", len(r.Blocs), r.Nodes)
	}
	want := fmt.Sprintf("no bloc structure in this window: one bloc holds all %d states", r.Nodes)
	if !strings.HasPrefix(r.Significance, want) || r.Blocs[0].Finding || r.Blocs[0].Printed() != r.Blocs[0].Label+" (no finding)" {
		t.Errorf("significance %q, bloc %q finding %v; want %q and no finding", r.Significance, r.Blocs[0].Printed(), r.Blocs[0].Finding, want)
	}
}

// TestWeakModularityUntested: where no test against chance ran (turned off,
// or a graph above NullMaxEdges ties), a modularity below 0.3 is said to be
// weak in words; a 500,000-row synthetic GDELT file gave Q = 0.006 and
// named its blocs with nothing to say they are hardly blocs.
func TestWeakModularityUntested(t *testing.T) {
	g := seedGraph(t)
	p, err := Project(g, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, method := range []string{MethodLeiden, MethodConsensus} {
		r, err := Analyze(g, p, Config{Method: method, Null: -1})
		if err != nil {
			t.Fatal(err)
		}
		want := fmt.Sprintf("modularity %.3f is below 0.3, under which a division into communities is weak (Newman & Girvan 2004): read the blocs as a sketch, not a finding", *r.Modularity)
		if r.Null != nil || !strings.Contains(r.Significance, want) {
			t.Errorf("%s: %q; want %q", method, r.Significance, want)
		}
	}
	// Above 0.3, untested, nothing is added.
	ig, ip := icewsSample(t)
	r, err := Analyze(ig, ip, Config{Null: -1})
	if err != nil {
		t.Fatal(err)
	}
	if r.Significance != "" {
		t.Errorf("ICEWS, Q %.3f: %q", *r.Modularity, r.Significance)
	}
}

// Two real GDELT rows, two pairs of states that meet (USA → China, Russia
// → Syria: lines 4 and 5 of loader's sample export): every rewiring gives
// the one other arrangement of two ties, so 20 rewirings are one sample
// twenty times, and p = 1/21 would call four states "bloc structure beyond
// chance". The test says it cannot tell.
func TestNullModelTooFewTies(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "loader", "testdata", "gdelt", "sample.export.CSV"))
	if err != nil {
		t.Fatal(err)
	}
	rows := strings.Split(string(data), "\n")
	p := filepath.Join(t.TempDir(), "two.export.CSV")
	if err := os.WriteFile(p, []byte(rows[3]+"\n"+rows[4]+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	g, _, err := loader.Load([]string{p}, loader.Options{})
	if err != nil {
		t.Fatal(err)
	}
	pr, err := Project(g, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, method := range []string{MethodLeiden, MethodSigned} {
		r, err := Analyze(g, pr, Config{Method: method})
		if err != nil {
			t.Fatal(err)
		}
		// The two pairs are two groups with no tie between them, which the
		// rewirings keep: each gives the real graph back, p = 1.
		if r.Nodes != 4 || method == MethodLeiden && (r.Null == nil || r.Null.P != 1) || r.Null != nil && (r.Null.Significant || !r.NoSignificantStructure()) {
			t.Errorf("%s: %d states, null %+v", method, r.Nodes, r.Null)
			continue
		}
		if strings.HasPrefix(r.Significance, "bloc structure beyond chance") || !strings.Contains(r.Significance, "not a finding") && !strings.Contains(r.Significance, "no finding") {
			t.Errorf("%s: %q", method, r.Significance)
		}
		t.Logf("%s: %s", method, r.Significance)
	}
}

// TestSeparateStories: ten unrelated articles of 1966-2024 (the review's
// rev/ folder, review A4) fall into three groups with no tie of any kind
// between them. The rewirings keep to the groups, the report says the
// blocs are those groups or parts of them, and p at the floor of 20
// rewirings reads "p ≤ 1/21", not a strength.
func TestSeparateStories(t *testing.T) {
	g, _, err := loader.Load([]string{filepath.Join("testdata", "rev")}, loader.Options{})
	if err != nil {
		t.Fatal(err)
	}
	p, err := Project(g, Options{})
	if err != nil {
		t.Fatal(err)
	}
	r, err := Analyze(g, p, Config{})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(r.Groups, []int{20, 5, 2}) {
		t.Fatalf("groups %v", r.Groups)
	}
	for _, want := range []string{
		"the states with ties fall into 3 groups with no tie of any kind between them (of 20, 5 and 2 states); the blocs found are these groups or parts of them, which may be separate stories",
		"rewirings of the cooperation ties within each group",
	} {
		if !strings.Contains(r.Significance, want) {
			t.Errorf("%q\nwants %q", r.Significance, want)
		}
	}
	if r.Null.AtFloor != (r.Null.P == 1.0/21) {
		t.Errorf("null %+v", r.Null)
	}
	if r.Null.AtFloor && !strings.Contains(r.Significance, "p ≤ 1/21 = 0.048") {
		t.Errorf("at the floor: %q", r.Significance)
	}
	// The mean of the rewirings of the groups is that of graphs that fall
	// apart as the real one does: well above the 0.296 of rewirings that
	// joined the groups.
	if r.Null.Mean < 0.4 {
		t.Errorf("null mean %.3f: the rewirings joined the groups", r.Null.Mean)
	}
}
