package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/blocgraph/blocgraph/loader/extract"
)

const seed = "../../../shared/seeds/kim-diaz-canel-2021.txt"

// The path of the README: extract the seed, validate the draft, report it.
func TestExtractSeed(t *testing.T) {
	if _, err := os.Stat(seed); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal(err)
		}
		t.Skip("../shared absent")
	}
	draft := filepath.Join(t.TempDir(), "draft.yaml")
	code, _, errOut := run(t, "", "extract", seed, "-o", draft)
	if code != 0 {
		t.Fatalf("extract: exit %d: %s", code, errOut)
	}
	// the summary says the cut it used
	if want := fmt.Sprintf("at confidence %g or more (the default --min-confidence)", extract.DefaultMinConfidence); !strings.Contains(errOut, want) {
		t.Errorf("the summary does not say the cut (%q):\n%s", want, errOut)
	}
	code, out, errOut := run(t, "", "validate", draft)
	if code != 0 || !strings.HasPrefix(out, "ok: 1 article,") {
		t.Fatalf("validate the draft: exit %d\n%s%s", code, out, errOut)
	}
	code, out, errOut = run(t, "", "report", draft)
	if code != 0 || !strings.Contains(out, "socialist bloc") {
		t.Fatalf("report the draft: exit %d\n%s%s", code, out, errOut)
	}
	// a modularity of zero sums to ±1e-17: it must not print as "-0.000"
	if strings.Contains(out, "-0.000") {
		t.Errorf("report prints a rounding error as -0.000:\n%s", out)
	}
	for _, st := range []string{"Cuba", "Laos", "Vietnam", "China", "North Korea"} {
		line := ""
		for _, l := range strings.Split(out, "\n") {
			if strings.HasPrefix(l, "socialist bloc") {
				line = l
			}
		}
		if !strings.Contains(line, st) {
			t.Errorf("%s is not in the socialist bloc:\n%s", st, out)
		}
	}
}

func TestExtractFormats(t *testing.T) {
	art := testdata + "articles/blinken-truss-2021.md"
	code, out, errOut := run(t, "", "extract", "--format", "json", art)
	if code != 0 || !strings.Contains(out, `"relation": "congratulated"`) || !strings.Contains(out, `"rule":`) {
		t.Fatalf("json: exit %d\n%s%s", code, out, errOut)
	}
	code, out, _ = run(t, "", "extract", "--format", "table", art)
	if code != 0 || !strings.Contains(out, "USA congratulated GBR") {
		t.Fatalf("table:\n%s", out)
	}
	code, out, errOut = run(t, "", "extract", "--min-confidence", "0.95", art)
	if code != 0 || strings.Contains(out, "subject:") || !strings.Contains(out, "facts: []") {
		t.Errorf("min-confidence 0.95 keeps nothing:\n%s", out)
	}
	if !strings.Contains(errOut, "0 facts at confidence 0.95 or more (--min-confidence);") || !strings.Contains(errOut, "below it, shown by --format table") {
		t.Errorf("the summary of --min-confidence 0.95: %q", errOut)
	}
	// a table written to a file says the cut on stderr too
	code, _, errOut = run(t, "", "extract", "--format", "table", "-o", filepath.Join(t.TempDir(), "t.txt"), art)
	if code != 0 || !strings.Contains(errOut, "or more (the default --min-confidence)") {
		t.Errorf("table to a file: exit %d, stderr %q", code, errOut)
	}
	// the drafts below the cut stay visible, marked -
	code, out, _ = run(t, "", "extract", "--format", "table", "--min-confidence", "0.95", art)
	if code != 0 || !strings.Contains(out, "\n- ") || !strings.Contains(out, "(- below --min-confidence 0.95: not written as facts)") {
		t.Errorf("table at 0.95 hides the candidates below the cut:\n%s", out)
	}
	// stdin, --published and --author
	code, out, errOut = run(t, "We condemned North Korea.", "extract", "--published", "2022-03-01", "--author", "Japan", "-")
	if code != 0 || !strings.Contains(out, "subject: Japan") || !strings.Contains(out, "published: 2022-03-01") || !strings.Contains(out, "id: stdin") {
		t.Errorf("stdin: exit %d\n%s%s", code, out, errOut)
	}
	// a folder, one file per article
	dir := filepath.Join(t.TempDir(), "drafts") + "/"
	code, _, errOut = run(t, "", "extract", testdata+"articles", "-o", dir)
	if code != 0 {
		t.Fatalf("-o DIR/: exit %d: %s", code, errOut)
	}
	files, _ := filepath.Glob(dir + "*.yaml")
	arts, _ := filepath.Glob(testdata + "articles/*")
	if len(files) != len(arts) {
		t.Errorf("%d drafts for %d articles", len(files), len(arts))
	}
	code, out, errOut = run(t, "", "validate", dir)
	if code != 0 {
		t.Errorf("validate the drafts: %s%s", out, errOut)
	}
}

func TestExtractBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good.txt", "Cuba praised Laos on March 3, 2021.")
	bad := []struct{ path, want string }{
		{write("bin.txt", "a\x00b"), "bin.txt: binary file"},
		{write("latin.txt", "caf\xe9"), "latin.txt: not valid UTF-8"},
		{write("empty.txt", ""), "empty.txt: the file is empty"},
		{write("nav.html", "<html><body><nav>Home</nav><script>x()</script></body></html>"), "nav.html: the HTML has no article text"},
		{write("fm.md", "---\ntitle: [\n---\nText."), "fm.md: front matter is not YAML"},
	}
	for _, b := range bad {
		out := filepath.Join(dir, "out.yaml")
		code, stdout, errOut := run(t, "", "extract", good, b.path, "-o", out)
		if code != 1 || stdout != "" || !strings.Contains(errOut, b.want) || strings.Count(strings.TrimSpace(errOut), "\n") != 0 {
			t.Errorf("%s: exit %d, stderr %q", b.path, code, errOut)
		}
		if _, err := os.Stat(out); err == nil {
			t.Errorf("%s: the output was written", b.path)
		}
	}
	code, _, errOut := run(t, "", "extract", "--author", "Atlantis", good)
	if code != 1 || !strings.Contains(errOut, `--author "Atlantis"`) {
		t.Errorf("unknown --author: exit %d %q", code, errOut)
	}
	code, _, errOut = run(t, "", "extract", "--format", "xml", good)
	if code != 2 || !strings.Contains(errOut, "use facts, json or table") {
		t.Errorf("bad --format: exit %d %q", code, errOut)
	}
	if code, _, errOut = run(t, "", "extract", write("nodate.txt", "Cuba praised Laos.")); code != 1 || !strings.Contains(errOut, "nodate.txt: no publication date") {
		t.Errorf("no date: exit %d %q", code, errOut)
	}
}

// Bad flags get an analyst's message and exit 2: what was wrong, and what
// to give instead.
func TestExtractBadFlags(t *testing.T) {
	good := filepath.Join(t.TempDir(), "good.txt")
	if err := os.WriteFile(good, []byte("Cuba praised Laos on March 3, 2021."), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{[]string{"--min-confidence", "NaN"}, []string{"--min-confidence NaN: not a number", "from 0 to 1", "e.g. 0.8"}},
		{[]string{"--min-confidence", "Inf"}, []string{"--min-confidence Inf:", "from 0 to 1"}},
		{[]string{"--min-confidence", "-0.1"}, []string{"--min-confidence -0.1:", "from 0 to 1"}},
		{[]string{"--min-confidence", "1.5"}, []string{"--min-confidence 1.5:", "from 0 to 1"}},
		{[]string{"--min-confidence", "high"}, []string{"--min-confidence high: not a number", "from 0 to 1"}},
		{[]string{"--published", "2022-13-01"}, []string{"--published 2022-13-01: there is no month 13", "YYYY-MM-DD, e.g. 2022-03-01"}},
		{[]string{"--published", "2022-02-30"}, []string{"--published 2022-02-30: February 2022 has 28 days", "YYYY-MM-DD"}},
		{[]string{"--published", "2022-03"}, []string{"--published 2022-03: a month, not a day", "YYYY-MM-DD"}},
		{[]string{"--published", "March 1"}, []string{"--published March 1: not a date", "YYYY-MM-DD"}},
	} {
		code, out, errOut := run(t, "", append(append([]string{"extract"}, tc.args...), good)...)
		if code != 2 || out != "" || strings.Count(strings.TrimSpace(errOut), "\n") != 0 {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", tc.args, code, out, errOut)
		}
		for _, w := range tc.want {
			if !strings.Contains(errOut, w) {
				t.Errorf("%v: stderr %q lacks %q", tc.args, errOut, w)
			}
		}
		if strings.Contains(errOut, "parse error") || strings.Contains(errOut, "strconv") {
			t.Errorf("%v: a programmer's message: %q", tc.args, errOut)
		}
	}
	// one sentence is one sentence
	code, out, _ := run(t, "Cuba praised Laos.", "extract", "--format", "table", "--published", "2021-03-03", "-")
	if code != 0 || !strings.Contains(out, "; 1 sentence)") {
		t.Errorf("one sentence:\n%s", out)
	}
}

// extract --help shows examples to copy and names what each flag takes.
func TestExtractHelp(t *testing.T) {
	code, out, errOut := run(t, "", "extract", "--help")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if strings.Contains(out, " value ") || strings.Contains(out, "value  ") {
		t.Errorf("a placeholder says \"value\":\n%s", out)
	}
	if n := strings.Count(out, "\n     blocgraph extract "); !strings.Contains(out, "Examples:") || n < 3 {
		t.Errorf("%d examples:\n%s", n, out)
	}
}

// TestExtractHelpDefaultConfidence: the default cut reads as a number in
// the help ("(default: 0.45)"), not as a quoted string ("0.45").
func TestExtractHelpDefaultConfidence(t *testing.T) {
	_, out, errOut := run(t, "", "extract", "--help")
	help := out + errOut
	want := fmt.Sprintf("(default: %g)", extract.DefaultMinConfidence)
	if !strings.Contains(help, want) || strings.Contains(help, fmt.Sprintf("(default: %q)", fmt.Sprint(extract.DefaultMinConfidence))) {
		t.Errorf("help does not show %s:\n%s", want, help)
	}
}
