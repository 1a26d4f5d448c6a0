package graph

import (
	"bufio"
	"encoding/csv"
	"os"
	"regexp"
	"sort"
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

// TestEveryCAMEOCode checks every CAMEO event code of the tables in
// ../shared/data/cameo — GDELT's event codes and Goldstein scale, the
// CAMEO codebook of the R package icews, PLOVER's conversion table and
// PETRARCH2's verb dictionary — against the Goldstein table and the
// vocabulary: each has a weight, and maps onto exactly one type or is
// listed as mapping onto none (noTypeCodes). 1213, reject judicial
// cooperation, was in the codebook and not in the table.
func TestEveryCAMEOCode(t *testing.T) {
	const dir = "../../shared/data/cameo/"
	read := func(name string) string {
		b, err := os.ReadFile(dir + name)
		if err != nil {
			if os.Getenv("CI") == "true" {
				t.Fatalf("CI=true but %s is missing: %v", dir+name, err)
			}
			t.Skipf("no %s: %v", dir+name, err)
		}
		return string(b)
	}
	codes := map[string][]string{} // code → the files that have it
	add := func(file, code string) {
		if len(code) < 2 || len(code) > 4 || strings.Trim(code, "0123456789") != "" {
			t.Fatalf("%s: %q is not a CAMEO event code", file, code)
		}
		if f := codes[code]; len(f) == 0 || f[len(f)-1] != file {
			codes[code] = append(f, file)
		}
	}
	for _, name := range []string{"CAMEO.eventcodes.txt", "CAMEO.goldsteinscale.txt"} {
		for i, line := range strings.Split(read(name), "\n") {
			if f := strings.Fields(line); i > 0 && len(f) > 0 {
				add(name, f[0])
			}
		}
	}
	rows, err := csv.NewReader(strings.NewReader(read("cameo-codes_icews-pkg.csv"))).ReadAll()
	if err != nil || len(rows) < 300 || rows[0][3] != "code" {
		t.Fatalf("cameo-codes_icews-pkg.csv: %d rows, %v", len(rows), err)
	}
	for _, r := range rows[1:] {
		add("cameo-codes_icews-pkg.csv", r[3])
	}
	for _, line := range strings.Split(read("CAMEO2PLOVER-2021.txt"), "\n") {
		if c, _, ok := strings.Cut(line, ":"); ok && !strings.HasPrefix(line, "#") {
			add("CAMEO2PLOVER-2021.txt", strings.TrimSpace(c))
		}
	}
	for _, m := range regexp.MustCompile(`\[([0-9]{2,4})[]:]`).FindAllStringSubmatch(read("petrarch2/CAMEO.2.0.txt"), -1) {
		add("petrarch2/CAMEO.2.0.txt", m[1])
	}
	t.Logf("%d codes", len(codes))
	if len(codes) < 310 {
		t.Fatalf("read only %d codes", len(codes))
	}
	var all []string
	for c := range codes {
		all = append(all, c)
	}
	sort.Strings(all)
	for _, c := range all {
		if _, ok := Goldstein(c); !ok {
			t.Errorf("CAMEO %s (%s): no Goldstein weight", c, strings.Join(codes[c], ", "))
		}
		r, mapped := RelationForCAMEO(c)
		switch {
		case mapped && NoType(c):
			t.Errorf("CAMEO %s: mapped to %s and listed as no type", c, r.Type)
		case !mapped && !NoType(c):
			t.Errorf("CAMEO %s (%s): maps onto no type and is not listed in noTypeCodes", c, strings.Join(codes[c], ", "))
		}
	}
	// The vocabulary's own codes have a weight too, and every listed
	// no-type code is a code of the tables.
	for _, r := range Vocabulary() {
		for _, c := range r.Codes {
			if _, ok := Goldstein(c); !ok {
				t.Errorf("%s: code %s has no Goldstein weight", r.Type, c)
			}
		}
	}
	for c := range noType {
		if codes[c] == nil {
			t.Errorf("noTypeCodes lists %s, which no table of %s has", c, dir)
		}
	}
	if v, ok := Goldstein("1213"); !ok || v != -4 {
		t.Errorf("Goldstein(1213) = %v, %v; the codebook says -4", v, ok)
	}
}
