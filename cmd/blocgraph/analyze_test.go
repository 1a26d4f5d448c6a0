package main

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// TestNameBlocUnknown: --name-bloc for a state (or actor) the analysis does
// not have is an error naming it; a known one is matched whatever its case.
func TestNameBlocUnknown(t *testing.T) {
	seed := testdata + "facts/kim-diaz-canel-2021.yaml"
	for _, cmd := range [][]string{{"report"}, {"export", "--with-analysis"}, {"render", "-o", "-"}} {
		args := append(cmd, "--name-bloc", "USX=Western bloc", "--name-bloc", "North Korea=Eastern bloc", seed)
		code, out, errOut := run(t, "", args...)
		want := "--name-bloc: North Korea, USX are not states of this analysis; name one by its id (CHN, CUB, JPN, KOR, LAO, PRK, USA, VNM)"
		if code != 2 || !strings.Contains(errOut, want) || out != "" {
			t.Errorf("%v: exit %d, stdout %d bytes, stderr %q; want %q", cmd, code, len(out), errOut, want)
		}
	}
	code, out, errOut := run(t, "", "report", "--name-bloc", "usa=Western bloc", seed)
	if code != 0 || !strings.Contains(out, "Western bloc") {
		t.Errorf("lower-case id: exit %d %s%s", code, out, errOut)
	}
	code, out, errOut = run(t, "", "report", "--level", "actor", "--name-bloc", "kim-jong-un=Kim's bloc", seed)
	if code != 0 || !strings.Contains(out, "Kim's bloc") {
		t.Errorf("actor id: exit %d %s%s", code, out, errOut)
	}
	code, _, errOut = run(t, "", "report", "--level", "actor", "--name-bloc", "PRK=x", "--name-bloc", "nobody=y", seed)
	if code != 2 || !strings.Contains(errOut, "--name-bloc: nobody is not an actor of this analysis") {
		t.Errorf("unknown actor: exit %d %q", code, errOut)
	}
}

// TestNumericFlagsFinite: NaN and infinities are mistakes in the command
// line (exit 2, naming the flag), not numbers to compute with: --resolution
// NaN printed "modularity NaN" and called it "bloc structure beyond chance",
// --damping NaN and --tolerance NaN failed deep in PageRank with exit 1, and
// --half-life NaN was silently no decay.
func TestNumericFlagsFinite(t *testing.T) {
	seed := testdata + "facts/kim-diaz-canel-2021.yaml"
	for _, tt := range []struct{ flag, value, want string }{
		{"--resolution", "NaN", "--resolution must be a number above 0"},
		{"--resolution", "Inf", "--resolution must be a number above 0"},
		{"--damping", "NaN", "--damping must be between 0 and 1 (exclusive)"},
		{"--tolerance", "NaN", "--tolerance must be a number above 0"},
		{"--tolerance", "+Inf", "--tolerance must be a number above 0"},
		{"--half-life", "NaN", "--half-life must be a number of days, 0 or more"},
		{"--half-life", "Inf", "--half-life must be a number of days, 0 or more"},
	} {
		for _, cmd := range [][]string{{"report"}, {"partners", "PRK"}, {"render", "-o", "-"}} {
			args := append(append([]string(nil), cmd[:1]...), tt.flag, tt.value)
			args = append(append(args, cmd[1:]...), seed)
			if cmd[0] == "partners" && tt.flag != "--half-life" {
				continue // partners runs no blocs or PageRank
			}
			code, out, errOut := run(t, "", args...)
			if code != 2 || !strings.Contains(errOut, tt.want) || out != "" {
				t.Errorf("%v: exit %d, stdout %d bytes, stderr %q; want exit 2 and %q", args, code, len(out), errOut, tt.want)
			}
		}
	}
}

// TestReportHeadlineCounts: counts of one are singular in the headline
// ("1 directed pairs, 1 events … over 1 runs" before).
func TestReportHeadlineCounts(t *testing.T) {
	code, out, errOut := run(t, "", "report", "--relations", "attacked", testdata)
	if want := "2 states, 1 directed pair, 1 event ("; code != 0 || !strings.HasPrefix(out, want) {
		t.Errorf("exit %d, %q…; want %q%s", code, strings.SplitN(out, "\n", 2)[0], want, errOut)
	}
	code, out, errOut = run(t, "", "report", "--method", "consensus", "--runs", "1", testdata+"facts/kim-diaz-canel-2021.yaml")
	if first := strings.SplitN(out, "\n", 2)[0]; code != 0 || !strings.HasSuffix(first, "over 1 run") {
		t.Errorf("exit %d, %q; want it to end 'over 1 run'%s", code, first, errOut)
	}
}

// TestRenderSaysNoFinding: the picture's subtitle says when its legend is
// no finding, for every reason the report gives, not only a failed test:
// signed blocs with no conflict, and an untested weak modularity, were drawn
// as if they were findings.
func TestRenderSaysNoFinding(t *testing.T) {
	seed := testdata + "facts/kim-diaz-canel-2021.yaml"
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"--method", "signed", "--relations", "congratulated,praised"}, "no conflict in the window: the legend describes the members, it is no finding"},
		{[]string{"--null", "0"}, "weak bloc structure (modularity 0.000, not tested against chance): read the legend as a sketch"},
		{nil, "no significant bloc structure: the legend describes the members, it is no finding"},
	} {
		args := append(append([]string{"render", "-o", "-"}, tt.args...), seed)
		code, out, errOut := run(t, "", args...)
		if code != 0 || !strings.Contains(out, tt.want) {
			t.Errorf("%v: exit %d %s; the picture lacks %q", tt.args, code, errOut, tt.want)
		}
	}
	code, out, _ := run(t, "", "render", "-o", "-", "../../../shared/data/gdelt/20191024143000.export.CSV")
	if code != 0 || strings.Contains(out, "no finding") || strings.Contains(out, "sketch") {
		t.Errorf("GDELT export (significant): exit %d, a caveat in the picture", code)
	}
}

// TestSummaryCounts: counts of one are singular in the datasets' summary
// ("1 facts files", "1 rows read", "1 events added" before).
func TestSummaryCounts(t *testing.T) {
	dir := t.TempDir()
	facts := dir + "/one.yaml"
	dyadic := dir + "/one.csv"
	if err := os.WriteFile(facts, []byte("article:\n  id: one\n  published: 2021-01-01\nfacts:\n  - {subject: Cuba, relation: met, object: China}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dyadic, []byte("source,target,sign\nUSA,RUS,-1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := run(t, "", "validate", "--directed", facts, dyadic)
	for _, want := range []string{"1 facts file\n", "(dyadic): 1 row read after the header", "datasets: 1 row read, 1 event added"} {
		if code != 0 || !strings.Contains(errOut, want) {
			t.Errorf("validate facts and dyadic: exit %d, stderr lacks %q:\n%s", code, want, errOut)
		}
	}
}

// TestExportSaysFinding: an export with the analysis says per state whether
// its bloc is a finding: Gephi and Neo4j users coloured states by a
// bloc_label "socialist bloc" that the report printed "(not significant)".
func TestExportSaysFinding(t *testing.T) {
	for _, tt := range []struct {
		path string
		want bool
	}{{testdata + "facts/kim-diaz-canel-2021.yaml", false}, {"../../../shared/data/gdelt/20191024143000.export.CSV", true}} {
		code, out, errOut := run(t, "", "export", "--projected", "--with-analysis", "--format", "json", tt.path)
		var doc struct {
			Nodes []map[string]any `json:"nodes"`
		}
		if err := json.Unmarshal([]byte(out), &doc); code != 0 || err != nil || len(doc.Nodes) == 0 {
			t.Fatalf("%s: exit %d, %v\n%s", tt.path, code, err, errOut)
		}
		for _, n := range doc.Nodes {
			if n["bloc_finding"] != tt.want {
				t.Errorf("%s: %s bloc_finding %v; want %v", tt.path, n["id"], n["bloc_finding"], tt.want)
				break
			}
		}
	}
}

// TestNameBlocEra: --name-bloc names a state by today's id on dates when
// that state stood for another one, as the datasets' codes are mapped by
// date: RUS on 1985 events is the Soviet Union (SUN), whose bloc takes the
// name; "RUS is not a state of this analysis" before. On 1995 events RUS
// is Russia itself, and SUN, gone by then, is still refused.
func TestNameBlocEra(t *testing.T) {
	dir := t.TempDir()
	path := dir + "/cold-war.csv"
	rows := "first_year,last_year,source,target,sign\n" +
		"1982,1985,RUS,POL,1\n1982,1985,RUS,HUN,1\n1982,1985,POL,HUN,1\n" +
		"1982,1985,USA,UKG,1\n1982,1985,USA,FRN,1\n1982,1985,UKG,FRN,1\n" +
		"1982,1985,RUS,USA,-1\n"
	if err := os.WriteFile(path, []byte(rows), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := run(t, "", "report", "--format", "json", "--null", "0", "--name-bloc", "rus=Eastern bloc", path)
	var doc struct {
		Blocs []struct {
			Label   string   `json:"label"`
			Members []string `json:"members"`
		} `json:"blocs"`
	}
	if err := json.Unmarshal([]byte(out), &doc); code != 0 || err != nil {
		t.Fatalf("exit %d, %v\n%s", code, err, errOut)
	}
	found := false
	for _, b := range doc.Blocs {
		has := strings.Contains(strings.Join(b.Members, ","), "SUN")
		if has != (b.Label == "Eastern bloc") {
			t.Errorf("bloc %v labelled %q: the Soviet Union's bloc, and only it, should be 'Eastern bloc'", b.Members, b.Label)
		}
		found = found || has
	}
	if !found {
		t.Fatalf("no bloc holds SUN: %s", out)
	}
	later := strings.ReplaceAll(rows, "1982,1985", "1994,1995")
	if err := os.WriteFile(path, []byte(later), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut = run(t, "", "report", "--null", "0", "--name-bloc", "RUS=Eastern bloc", path)
	if code != 0 || !strings.Contains(out, "Eastern bloc") {
		t.Errorf("RUS on 1995 events: exit %d %s%s", code, out, errOut)
	}
	code, _, errOut = run(t, "", "report", "--null", "0", "--name-bloc", "SUN=Eastern bloc", path)
	if code != 2 || !strings.Contains(errOut, "--name-bloc: SUN is not a state of this analysis") {
		t.Errorf("SUN on 1995 events: exit %d %q", code, errOut)
	}
}

// TestBriefNameBloc: brief takes --name-bloc as report does. It called the
// analysis directly: "usa=Western bloc" named nothing (the keys were
// matched by case there only) and "USX=…" was silently ignored.
func TestBriefNameBloc(t *testing.T) {
	seed := testdata + "facts/kim-diaz-canel-2021.yaml"
	out := t.TempDir() + "/brief.html"
	code, _, errOut := run(t, "", "brief", "-o", out, "--name-bloc", "USX=Western bloc", seed)
	if _, err := os.Stat(out); code != 2 || !strings.Contains(errOut, "--name-bloc: USX is not a state of this analysis") || err == nil {
		t.Errorf("unknown id: exit %d %q, file written: %v", code, errOut, err == nil)
	}
	code, _, errOut = run(t, "", "brief", "-o", out, "--name-bloc", "usa=Western bloc", seed)
	page, err := os.ReadFile(out)
	if code != 0 || err != nil || strings.Count(string(page), "Western bloc") < 2 {
		t.Errorf("lower-case id: exit %d %s; the briefing names the bloc %d times (the command line once)", code, errOut, strings.Count(string(page), "Western bloc"))
	}
}
