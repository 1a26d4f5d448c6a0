package graph

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestGoldsteinFromSharedTable checks that the embedded CAMEO table is the
// real one in ../shared/data and that every vocabulary weight comes from it.
func TestGoldsteinFromSharedTable(t *testing.T) {
	const shared = "../../shared/data/cameo/CAMEO.goldsteinscale.txt"
	b, err := os.ReadFile(shared)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("CI=true but %s is missing: %v", shared, err)
		}
		t.Skipf("no %s: %v", shared, err)
	}
	if string(b) != goldsteinTable {
		t.Fatalf("graph/cameo/CAMEO.goldsteinscale.txt differs from %s; copy it again", shared)
	}
	want := map[string]float64{}
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	for sc.Scan() {
		f := strings.Split(strings.TrimSpace(sc.Text()), "\t")
		if v, err := strconv.ParseFloat(f[len(f)-1], 64); err == nil {
			want[f[0]] = v
		}
	}
	if len(want) < 300 {
		t.Fatalf("read only %d codes", len(want))
	}
	for _, r := range Vocabulary() {
		if r.Generic {
			continue
		}
		if r.Goldstein != want[r.CAMEO] {
			t.Errorf("%s: Goldstein %v, CAMEO %s says %v", r.Type, r.Goldstein, r.CAMEO, want[r.CAMEO])
		}
		for _, c := range r.Codes {
			// Codes the table lacks (CAMEO 1834, 1951, 1952) keep the row's weight.
			if v, ok := want[c]; ok && SignOf(v) != r.Sign && v != 0 {
				t.Errorf("%s maps CAMEO code %s of the other sign (%v)", r.Type, c, v)
			}
		}
	}
}

func TestLookupRelation(t *testing.T) {
	for words, want := range map[string]string{
		"congratulated": "CONGRATULATED", "Expressed  solidarity, with": "EXPRESSED_SOLIDARITY",
		"sanctions": "SANCTIONED", "SENT_GIFT": "SENT_GIFT", "imposed sanctions on": "SANCTIONED",
		"urged stronger ties with": "APPEALED_FOR_COOPERATION", "boycotted": "BOYCOTTED",
	} {
		r, ok := LookupRelation(words)
		if !ok || r.Type != want {
			t.Errorf("LookupRelation(%q) = %s, %v; want %s", words, r.Type, ok, want)
		}
	}
	if _, ok := LookupRelation("hugged"); ok {
		t.Errorf("hugged is not a relation")
	}
	for code, want := range map[string]string{"051": "PRAISED", "163": "SANCTIONED", "042": "MET", "190": "ATTACKED", "057": "SIGNED_AGREEMENT"} {
		r, ok := RelationForCAMEO(code)
		if !ok || r.Type != want {
			t.Errorf("RelationForCAMEO(%s) = %s, %v; want %s", code, r.Type, ok, want)
		}
	}
	if _, ok := RelationForCAMEO("010"); ok {
		t.Errorf("010 (make statement) should stay generic")
	}
}

func TestDates(t *testing.T) {
	for _, tc := range []struct {
		in, out string
		ok      bool
	}{
		{"2021", "2021", true}, {"2021-04", "2021-04", true}, {"2021-04-23", "2021-04-23", true},
		{"2020-02-29", "2020-02-29", true}, {"2021-02-29", "", false}, {"2021-13", "", false},
		{"21-04-23", "", false}, {"2021/04/23", "", false}, {"April 2021", "", false}, {"2021-4-3", "", false},
	} {
		d, err := ParseDate(tc.in)
		if (err == nil) != tc.ok || (tc.ok && d.String() != tc.out) {
			t.Errorf("ParseDate(%q) = %v, %v", tc.in, d, err)
		}
	}
	m := MustDate("2021-04")
	if !(Span{Start: MustDate("2021-04-19")}).Touches(m) || (Span{Start: MustDate("2021-05-01")}).Touches(m) {
		t.Errorf("month overlap wrong")
	}
	if MustDate("2021-03").Compare(MustDate("2021-03-01")) >= 0 {
		t.Errorf("coarser date should sort first")
	}
}

func TestFold(t *testing.T) {
	for a, b := range map[string]string{"Díaz-Canel": "Diaz Canel", "Kim Jong Un": "Kim Jong-un", "Nguyễn Phú Trọng": "nguyen phu trong", "People's": "Peoples", "U.S.": "u s"} {
		if Fold(a) != Fold(b) {
			t.Errorf("Fold(%q)=%q, Fold(%q)=%q", a, Fold(a), b, Fold(b))
		}
	}
	if Slug("Miguel Díaz-Canel") != "miguel-diaz-canel" {
		t.Errorf("slug %q", Slug("Miguel Díaz-Canel"))
	}
}

func TestGraphDeterministicIDs(t *testing.T) {
	build := func(rev bool) *Graph {
		g := New()
		nodes := []*Node{{ID: "PRK", Kind: KindState, Name: "North Korea"}, {ID: "CUB", Kind: KindState, Name: "Cuba"}, {ID: "a", Kind: KindArticle, Title: "t"}}
		if rev {
			nodes[0], nodes[2] = nodes[2], nodes[0]
		}
		for _, n := range nodes {
			if _, err := g.AddNode(n); err != nil {
				t.Fatal(err)
			}
		}
		e := &Event{Type: "PRAISED", Subject: "PRK", Object: "CUB", Date: MustDate("2021-04"), Article: "a", Count: 1, Confidence: 1, Goldstein: 3.4}
		if _, added, err := g.AddEvent(e); err != nil || !added {
			t.Fatal(err)
		}
		if _, added, _ := g.AddEvent(e); added {
			t.Errorf("the same event added twice")
		}
		return g
	}
	a, b := build(false), build(true)
	if a.Events()[0].ID != b.Events()[0].ID || a.NumEvents() != 1 {
		t.Errorf("ids differ")
	}
	if _, err := a.AddNode(&Node{ID: "PRK", Kind: KindLeader}); err == nil {
		t.Errorf("an id shared by two kinds was accepted")
	}
	if _, _, err := a.AddEvent(&Event{Type: "HUGGED", Subject: "PRK", Object: "CUB", Count: 1, Confidence: 1}); err == nil {
		t.Errorf("an unknown type was accepted")
	}
}
