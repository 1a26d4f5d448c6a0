package main

import (
	"bytes"
	"encoding/json"
	"os"
	"runtime/debug"
	"strings"
	"testing"
)

// run calls blocgraph in-process and returns its exit code and output.
func run(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = Run(append([]string{"blocgraph"}, args...), strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

const testdata = "../../testdata/"

func TestValidate(t *testing.T) {
	code, out, errOut := run(t, "", "validate", testdata)
	if code != 0 || !strings.HasPrefix(out, "ok: ") {
		t.Fatalf("validate testdata/: exit %d\n%s%s", code, out, errOut)
	}
	code, out, errOut = run(t, "", "validate", "../../loader/testdata/bad/unknown-name.yaml", "../../loader/testdata/bad/count-zero.yaml")
	if code != 1 || out != "" {
		t.Errorf("validate bad files: exit %d, stdout %q", code, out)
	}
	for _, want := range []string{"unknown-name.yaml:5:14: subject \"Kim Jong\"", "count-zero.yaml:8:12: count is 0", "2 problems found; nothing was loaded"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
	code, _, errOut = run(t, "", "validate")
	if code != 2 || !strings.Contains(errOut, "name the facts files, datasets or folders") {
		t.Errorf("validate with no path: exit %d, %q", code, errOut)
	}
}

func TestStatsJSON(t *testing.T) {
	code, out, errOut := run(t, "", "stats", "--format", "json", testdata)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var s struct {
		Nodes         map[string]int `json:"nodes"`
		Relationships map[string]int `json:"relationships"`
		Events        int            `json:"events"`
		FirstDate     string         `json:"first_date"`
		LastDate      string         `json:"last_date"`
		Articles      []struct{ ID string }
	}
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatalf("stats json: %v\n%s", err, out)
	}
	if s.Nodes["State"] < 8 || s.Relationships["CONGRATULATED"] != 2 || s.Relationships["SANCTIONED"] < 3 {
		t.Errorf("stats: %+v", s)
	}
	if s.FirstDate != "2021-03" || len(s.Articles) < 2 {
		t.Errorf("stats dates/articles: %s–%s, %d articles", s.FirstDate, s.LastDate, len(s.Articles))
	}
	code, out, _ = run(t, "", "stats", testdata+"facts/kim-diaz-canel-2021.yaml")
	if code != 0 || !strings.Contains(out, "CONGRATULATED") || !strings.Contains(out, "kim-diaz-canel-2021") {
		t.Errorf("stats table:\n%s", out)
	}
	code, _, errOut = run(t, "", "stats", "--format", "xml", testdata)
	if code != 2 || !strings.Contains(errOut, `--format "xml" is not one of table|json`) {
		t.Errorf("bad format: exit %d %q", code, errOut)
	}
}

func TestStdinDash(t *testing.T) {
	in := "article: {id: a1, published: 2021-04-23}\nfacts:\n  - {subject: Cuba, relation: praised, object: China}\n"
	code, out, errOut := run(t, in, "validate", "-")
	if code != 0 || !strings.Contains(out, "1 event (1 report)") {
		t.Errorf("stdin: exit %d %s %s", code, out, errOut)
	}
}

func TestHelpAndVersion(t *testing.T) {
	code, out, _ := run(t, "", "--version")
	if code != 0 || !strings.HasPrefix(out, "blocgraph version ") {
		t.Errorf("--version: %d %q", code, out)
	}
	app := NewApp(nil, &bytes.Buffer{}, &bytes.Buffer{})
	for _, c := range app.Commands {
		code, out, _ := run(t, "", c.Name, "--help")
		if code != 0 || !strings.Contains(out, "USAGE:") || !strings.Contains(out, c.Usage) {
			t.Errorf("%s --help: exit %d\n%s", c.Name, code, out)
		}
	}
}

func TestReportSeed(t *testing.T) {
	code, out, errOut := run(t, "", "report", "--format", "json", testdata+"facts/kim-diaz-canel-2021.yaml")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var r struct {
		Method string
		States []struct {
			ID        string  `json:"id"`
			PageRank  float64 `json:"pagerank"`
			BlocLabel string  `json:"bloc_label"`
		} `json:"states"`
		Blocs []struct {
			Label   string   `json:"label"`
			Members []string `json:"members"`
		} `json:"blocs"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if len(r.Blocs) == 0 || r.Blocs[0].Label != "socialist bloc" || len(r.Blocs[0].Members) != 5 {
		t.Errorf("first bloc: %+v", r.Blocs)
	}
	for _, f := range []string{"table", "csv", "md"} {
		code, out, errOut := run(t, "", "report", "--format", f, "--method", "signed", testdata+"facts/kim-diaz-canel-2021.yaml")
		if code != 0 || !strings.Contains(out, "socialist bloc") {
			t.Errorf("report --format %s: exit %d\n%s%s", f, code, out, errOut)
		}
	}
	code, out, _ = run(t, "", "report", "--since", "2030", testdata)
	if code != 0 || !strings.Contains(out, "No events in the window") {
		t.Errorf("empty window: exit %d\n%s", code, out)
	}
	code, _, errOut = run(t, "", "report", "--method", "magic", testdata)
	if code != 2 || !strings.Contains(errOut, "leiden, signed or consensus") {
		t.Errorf("bad method: %d %s", code, errOut)
	}
}

func TestPartners(t *testing.T) {
	code, out, errOut := run(t, "", "partners", "North Korea", testdata+"facts/kim-diaz-canel-2021.yaml")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	allies := out[strings.Index(out, "ALLIES"):strings.Index(out, "ADVERSARIES")]
	if !strings.Contains(strings.Split(allies, "\n")[1], "Cuba (CUB)") {
		t.Errorf("first ally is not Cuba:\n%s", out)
	}
	if strings.Count(allies, "congratulated") < 2 || !strings.Contains(allies, "on his birthday") {
		t.Errorf("the congratulations and their quotes are missing:\n%s", out)
	}
	code, _, errOut = run(t, "", "partners", "Atlantis", testdata)
	if code != 1 || !strings.Contains(errOut, `"Atlantis" matches no state`) {
		t.Errorf("unknown state: exit %d %q", code, errOut)
	}
	code, _, errOut = run(t, "", "partners", "France", testdata+"facts/kim-diaz-canel-2021.yaml")
	if code != 1 || !strings.Contains(errOut, "no event in the window involves France") {
		t.Errorf("state without events: exit %d %q", code, errOut)
	}
}

func TestExportOutput(t *testing.T) {
	dir := t.TempDir()
	code, _, errOut := run(t, "", "export", "-o", dir+"/missing/x.graphml", testdata)
	if code != 1 || !strings.Contains(errOut, "the folder "+dir+"/missing does not exist") {
		t.Errorf("export to a missing folder: exit %d %q", code, errOut)
	}
	out := dir + "/x.gexf"
	code, _, errOut = run(t, "", "export", "--format", "gexf", "-o", out, testdata)
	if code != 0 || !strings.Contains(errOut, "wrote "+out) {
		t.Fatalf("export: exit %d %q", code, errOut)
	}
	b, err := os.ReadFile(out)
	if err != nil || !strings.Contains(string(b), `timeformat="date"`) {
		t.Errorf("gexf written: %v %.200s", err, b)
	}
	// A failed export leaves nothing behind, not even its temporary file.
	code, _, _ = run(t, "", "export", "-o", dir+"/y.graphml", "../../loader/testdata/bad/empty.yaml")
	entries, _ := os.ReadDir(dir)
	if code != 1 || len(entries) != 1 {
		t.Errorf("failed export: exit %d, folder holds %v", code, entries)
	}
}

// TestFlagsAfterPaths: analysts write flags after the paths too.
func TestFlagsAfterPaths(t *testing.T) {
	out := t.TempDir() + "/a.graphml"
	code, _, errOut := run(t, "", "export", testdata, "-o", out, "--format", "graphml")
	if code != 0 {
		t.Fatalf("export PATH -o FILE: exit %d %s", code, errOut)
	}
	if _, err := os.Stat(out); err != nil {
		t.Error(err)
	}
	code, stdout, _ := run(t, "", "report", testdata, "--top", "2")
	if code != 0 || !strings.Contains(stdout, "(8 more; --top 0 shows all)") {
		t.Errorf("report PATH --top 2: exit %d\n%s", code, stdout)
	}
	code, _, errOut = run(t, "", "report", testdata, "--bogus")
	if code != 2 || !strings.Contains(errOut, "flag provided but not defined: -bogus") {
		t.Errorf("unknown flag after a path: exit %d %q", code, errOut)
	}
	code, _, errOut = run(t, "", "nosuch")
	if code != 2 || !strings.Contains(errOut, `"nosuch" is not a blocgraph command`) {
		t.Errorf("unknown command: exit %d %q", code, errOut)
	}
}

// TestVersionOf: --version says the commit a binary was built from by Go's
// version control information, not a bare "devel" (analyst review D).
func TestVersionOf(t *testing.T) {
	vcs := func(main string, kv ...string) *debug.BuildInfo {
		bi := &debug.BuildInfo{Main: debug.Module{Path: "github.com/blocgraph/blocgraph", Version: main}}
		for i := 0; i+1 < len(kv); i += 2 {
			bi.Settings = append(bi.Settings, debug.BuildSetting{Key: kv[i], Value: kv[i+1]})
		}
		return bi
	}
	rev := "6a7960a1b2c3d4e5f60718293a4b5c6d7e8f9012"
	for _, tt := range []struct {
		ldflags string
		bi      *debug.BuildInfo
		want    string
	}{
		{"v1.2.0", vcs("(devel)", "vcs.revision", rev), "v1.2.0"},
		{"", vcs("(devel)", "vcs.revision", rev, "vcs.time", "2026-12-03T21:04:11Z", "vcs.modified", "false"), "devel 6a7960a1b2c3, 2026-12-03T21:04:11Z"},
		{"", vcs("(devel)", "vcs.revision", rev, "vcs.time", "2026-12-03T21:04:11Z", "vcs.modified", "true"), "devel 6a7960a1b2c3, 2026-12-03T21:04:11Z + changes"},
		{"", vcs("v0.0.0-20261203210411-6a7960a1b2c3", "vcs.revision", rev), "v0.0.0-20261203210411-6a7960a1b2c3"},
		{"", vcs("v1.0.0", "vcs.revision", rev), "v1.0.0 (6a7960a1b2c3)"},
	} {
		if got := versionOf(tt.ldflags, tt.bi, true); got != tt.want {
			t.Errorf("versionOf(%q, %+v) = %q, want %q", tt.ldflags, tt.bi.Settings, got, tt.want)
		}
	}
	if got := versionOf("", vcs("(devel)"), true); got == "devel" || !strings.Contains(got, "no version control information") {
		t.Errorf("no VCS information: %q", got)
	}
}
