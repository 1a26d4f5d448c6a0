package main

import (
	"fmt"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

const seedFacts = testdata + "facts/kim-diaz-canel-2021.yaml"

// TestBriefCommand writes a briefing of the test corpus with periods and
// focus states, and checks what the file holds.
func TestBriefCommand(t *testing.T) {
	out := filepath.Join(t.TempDir(), "b.html")
	code, stdout, errOut := run(t, "", "brief", testdata, "-o", out, "--every", "1y", "--focus", "PRK, Cuba", "--password", "s3cr3t-pw")
	if code != 0 {
		t.Fatalf("exit %d\n%s%s", code, stdout, errOut)
	}
	if !strings.Contains(errOut, "wrote "+out) {
		t.Errorf("stderr %q does not say what was written", errOut)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	page := html.UnescapeString(string(b))
	for _, want := range []string{
		`id="state-PRK"`, `id="state-CUB"`, `id="timeline"`, "Over 4 periods (2021 to 2024",
		"blocgraph brief ../../testdata/ -o " + out + " --every 1y --focus 'PRK, Cuba' --password $NEO4J_PASSWORD",
		"How the numbers were made", "Goldstein × count × confidence",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the briefing lacks %q", want)
		}
	}
	if n := strings.Count(page, `<article class="state"`); n != 2 {
		t.Errorf("%d states detailed, want the 2 of --focus", n)
	}
	if strings.Contains(page, "s3cr3t-pw") {
		t.Error("the password given on the command line is in the briefing")
	}
}

// TestBriefErrors: mistakes are named, and nothing is written.
func TestBriefErrors(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "b.html")
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"--focus", "Atlantis"}, 2, `--focus: `},
		{[]string{"--since", "2030"}, 1, "no events in the window: nothing to brief"},
		{[]string{"--top", "0"}, 2, "--top, --partners and --events must be 1 or more"},
		{[]string{"--pdf", "-o", "-"}, 2, "--pdf needs a file"},
		{[]string{"--every", "fortnightly"}, 2, "fortnightly"},
	} {
		args := append([]string{"brief", seedFacts, "-o", out}, tc.args...)
		code, _, errOut := run(t, "", args...)
		if code != tc.code || !strings.Contains(errOut, tc.want) {
			t.Errorf("%v: exit %d %q, want exit %d with %q", tc.args, code, errOut, tc.code, tc.want)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("failed runs left %d files", len(entries))
	}
}

// TestBriefPDFWithoutChromium: --pdf says what to install, before any work.
func TestBriefPDFWithoutChromium(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	out := filepath.Join(t.TempDir(), "b.html")
	code, _, errOut := run(t, "", "brief", seedFacts, "-o", out, "--pdf")
	if code != 1 || !strings.Contains(errOut, "--pdf needs Chromium, which is not installed (Debian, Ubuntu: apt-get install chromium)") {
		t.Errorf("exit %d %q", code, errOut)
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("the HTML was written although --pdf could not be done")
	}
}

// haveChromium reports whether Chromium is installed; under CI=true it
// must be (scripts/test installs it), and its absence fails the test.
func haveChromium(t *testing.T) bool {
	t.Helper()
	if _, err := exec.LookPath("chromium"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("chromium not installed (scripts/test installs it)")
		}
		t.Log("chromium not installed (apt-get install -y chromium): what needs it is not run")
		return false
	}
	return true
}

// TestBriefPDF prints the seed's briefing with Chromium (skipped outside CI
// when Chromium is missing).
func TestBriefPDF(t *testing.T) {
	if !haveChromium(t) {
		t.Skip("SKIP: chromium not installed: apt-get install -y chromium")
	}
	out := filepath.Join(t.TempDir(), "seed.html")
	code, _, errOut := run(t, "", "brief", seedFacts, "-o", out, "--pdf")
	if code != 0 {
		t.Fatalf("exit %d %s", code, errOut)
	}
	pdf, err := os.ReadFile(strings.TrimSuffix(out, ".html") + ".pdf")
	if err != nil || !strings.HasPrefix(string(pdf), "%PDF-") || len(pdf) < 10_000 {
		t.Fatalf("no PDF (%v, %d bytes)", err, len(pdf))
	}
	if !strings.Contains(errOut, "seed.pdf") {
		t.Errorf("stderr %q does not name the PDF", errOut)
	}
}

// TestBriefFromNeo4j: the briefing of the seed read back from Neo4j shows
// the same blocs, quotes and article as the one made from the file.
func TestBriefFromNeo4j(t *testing.T) {
	loadedNeo4j(t, seedFacts)
	dir := t.TempDir()
	fromDB, fromFile := filepath.Join(dir, "db.html"), filepath.Join(dir, "file.html")
	if code, out, errOut := runNeo4j(t, "", "brief", "--from", "neo4j", "-o", fromDB); code != 0 {
		t.Fatalf("brief --from neo4j: exit %d\n%s%s", code, out, errOut)
	}
	if code, _, errOut := run(t, "", "brief", seedFacts, "-o", fromFile); code != 0 {
		t.Fatalf("brief: exit %d %s", code, errOut)
	}
	a, _ := os.ReadFile(fromDB)
	b, _ := os.ReadFile(fromFile)
	db, file := html.UnescapeString(string(a)), html.UnescapeString(string(b))
	if !strings.Contains(db, "Neo4j at ") {
		t.Error("the briefing does not say it was read from Neo4j")
	}
	for _, want := range []string{"No significant bloc structure (p = 1.00): the 5 states grouped as the socialist bloc (Cuba, North Korea, China, Laos and Vietnam) are not a finding.",
		"What's the plan? Kim Jong-un sends 3 congratulatory messages to new Cuban leader in 1 week",
		"Kim Jong Un also reportedly sent a large flower basket"} {
		if !strings.Contains(file, want) || !strings.Contains(db, want) {
			t.Errorf("%q: in the file's briefing %v, in the database's %v", want, strings.Contains(file, want), strings.Contains(db, want))
		}
	}
	section := func(s, id string) string {
		i := strings.Index(s, `<section id="`+id+`"`)
		j := strings.Index(s[i:], "</section>")
		return s[i : i+j]
	}
	for _, id := range []string{"summary", "blocs", "centrality", "states"} {
		if section(db, id) != section(file, id) {
			t.Errorf("section %s differs between the database's briefing and the file's", id)
		}
	}
}

// TestBriefFold: a dataset folded as it is read gives the briefing the same
// blocs and centrality as the graph of every event, and the same headline
// while each pair keeps all its events; with fewer kept (--events 1: four
// per pair) the sources say so, and the focus states' quotes from facts
// files are still there.
func TestBriefFold(t *testing.T) {
	const export = "../../../shared/data/gdelt/20191024143000.export.CSV"
	dir := t.TempDir()
	page := func(fold bool, args ...string) string {
		foldDatasets = fold
		defer func() { foldDatasets = true }()
		out := filepath.Join(dir, fmt.Sprintf("fold-%v.html", fold))
		if code, _, errOut := run(t, "", append([]string{"brief", export, seedFacts, "-o", out, "--focus", "PRK,CUB"}, args...)...); code != 0 {
			t.Fatalf("exit %d %s", code, errOut)
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		return html.UnescapeString(string(b))
	}
	part := func(s, start, end string) string {
		i := strings.Index(s, start)
		if i < 0 {
			t.Fatalf("no %q", start)
		}
		return s[i : i+strings.Index(s[i:], end)]
	}
	same := func(name, folded, full string, secs ...[2]string) {
		for _, sec := range secs {
			if part(folded, sec[0], sec[1]) != part(full, sec[0], sec[1]) {
				t.Errorf("%s: %s differs between the fold and the graph", name, sec[0])
			}
		}
	}
	headline := [2]string{`<ul class="headline">`, "</ul>"}
	blocs := [2]string{`<section id="blocs"`, "</section>"}
	centrality := [2]string{`<section id="centrality"`, "</section>"}
	states := [2]string{`<section id="states"`, "</section>"}
	folded, full := page(true), page(false)
	same("all kept", folded, full, headline, blocs, centrality, states)
	folded, full = page(true, "--events", "1"), page(false, "--events", "1")
	same("four kept", folded, full, blocs, centrality)
	if !strings.Contains(folded, "folded as they were read") || strings.Contains(full, "folded as they were read") {
		t.Error("the sources do not say that datasets were folded")
	}
	quotes := func(s string) string {
		return strings.Join(regexp.MustCompile(`<blockquote>.*?</blockquote>`).FindAllString(part(s, states[0], states[1]), -1), "\n")
	}
	if q := quotes(folded); q != quotes(full) || !strings.Contains(q, "Kim Jong Un had sent two congratulatory messages") {
		t.Errorf("the strongest quotes of the focus states differ:\nfold:\n%s\ngraph:\n%s", q, quotes(full))
	}
}
