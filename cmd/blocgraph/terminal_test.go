package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

var escapeTests = []struct{ in, want string }{
	{"plain text, é, 金正恩, 🇨🇺\tand a tab\n", "plain text, é, 金正恩, 🇨🇺\tand a tab\n"},
	{"\x1b[2J clear", `\x1b[2J clear`},
	{"\x1b]52;c;aGVsbG8=\x07 clipboard", `\x1b]52;c;aGVsbG8=\x07 clipboard`},
	{"\x1b]0;title\x1b\\ title", `\x1b]0;title\x1b\ title`},
	{"over\rwrite", `over\rwrite`},
	{"nul\x00 del\x7f bs\x08", `nul\x00 del\x7f bs\x08`},
	{"c1 \u009b31m \u0085 \u009d", `c1 \u009b31m \u0085 \u009d`},
	{"bidi \u202eevil\u202c \u2066x\u2069 \u200f \u061c", `bidi \u202eevil\u202c \u2066x\u2069 \u200f \u061c`},
	{"lines \u2028 \u2029", `lines \u2028 \u2029`},
	{"bad \xff\xfe utf-8 \xc3", `bad \xff\xfe utf-8 \xc3`},
}

func TestEscapeTerminal(t *testing.T) {
	for _, tt := range escapeTests {
		if got := string(escapeTerminal(nil, []byte(tt.in))); got != tt.want {
			t.Errorf("escapeTerminal(%q) = %q, want %q", tt.in, got, tt.want)
		}
		// Cut anywhere, through a termWriter, the result is the same.
		for cut := 0; cut <= len(tt.in); cut++ {
			var b bytes.Buffer
			w := &termWriter{w: &b}
			w.Write([]byte(tt.in[:cut]))
			w.Write([]byte(tt.in[cut:]))
			w.Flush()
			if b.String() != tt.want {
				t.Errorf("%q cut at %d: %q, want %q", tt.in, cut, b.String(), tt.want)
			}
		}
	}
}

// hostileFacts are facts whose names, title, role and quote hold terminal
// controls, written as YAML escapes (YAML refuses them raw).
const hostileFacts = `article:
  id: evil-article
  title: "Title \e]0;pwned\a with \e[2J clear and \u202Eevil\u202C"
  published: 2021-04-23
entities:
  - id: mr-evil
    kind: leader
    name: "Mr \e]52;c;aGVsbG8=\a Evil \x9b31m"
    roles:
      - {title: "Pres\rident", of: CUB, from: 2020-01-01}
facts:
  - subject: mr-evil
    relation: praised
    object: China
    quote: "He said \e[31mred\e[0m and \u2028 \u2066x\u2069 \r hidden"
  - subject: China
    relation: sanctioned
    object: mr-evil
`

// terminalSafe reports the first character of s that a terminal would act
// on: a control other than tab and newline, a C1 control, a bidirectional
// override or isolate, a line separator, or a byte that is not UTF-8.
func terminalSafe(s string) (bad string, ok bool) {
	for i, r := range s {
		if r == utf8.RuneError && strings.HasPrefix(s[i:], "\xef\xbf\xbd") == false {
			return s[i : i+1], false
		}
		if r < 0x20 && r != '\t' && r != '\n' || r == 0x7f || actsOnTerminal(r) {
			return string(r), false
		}
	}
	return "", true
}

// TestTerminalOutputEscaped runs every text output on data full of terminal
// controls and checks that none reaches standard output or standard error
// raw, while JSON keeps the data as it is.
func TestTerminalOutputEscaped(t *testing.T) {
	dir := t.TempDir()
	facts := filepath.Join(dir, "evil.yaml")
	if err := os.WriteFile(facts, []byte(hostileFacts), 0o644); err != nil {
		t.Fatal(err)
	}
	// A file whose name holds a control sequence, with a mistake in it, so
	// that a message names it.
	badName := filepath.Join(dir, "bad\x1b[2Jname\x07.yaml")
	if err := os.WriteFile(badName, []byte(strings.Replace(hostileFacts, "evil-article", "other", 1)+"  - {subject: nobody, relation: praised, object: China}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// A zip whose entry name holds one: real GDELT rows, then a malformed
	// row, so that the summary and the problem name the entry.
	real, err := os.ReadFile("../../../shared/data/gdelt/20191024143000.export.CSV")
	if err != nil {
		t.Fatal(err)
	}
	rows := strings.SplitAfterN(string(real), "\n", 4)[:3]
	zipPath := filepath.Join(dir, "events.zip")
	var zb bytes.Buffer
	zw := zip.NewWriter(&zb)
	f, err := zw.Create("evil\x1b]52;c;aGVsbG8=\x07.CSV")
	if err != nil {
		t.Fatal(err)
	}
	f.Write([]byte(strings.Join(rows, "") + "1\t2\t3\n"))
	zw.Close()
	if err := os.WriteFile(zipPath, zb.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}

	text := [][]string{
		{"report", facts},
		{"report", "--format", "csv", facts},
		{"report", "--format", "md", facts},
		{"report", "--level", "actor", facts},
		{"stats", facts},
		{"partners", "CUB", facts},
		{"partners", "--level", "actor", "mr-evil", facts},
		{"validate", badName},
		{"validate", zipPath},
		{"validate", dir},
		{"export", "-o", filepath.Join(dir, "missing", "x.graphml"), facts},
	}
	for _, args := range text {
		code, out, errOut := run(t, "", args...)
		for name, s := range map[string]string{"stdout": out, "stderr": errOut} {
			if bad, ok := terminalSafe(s); !ok {
				t.Errorf("blocgraph %q (exit %d): %s has %q raw:\n%s", args, code, name, bad, s)
			}
		}
		if out+errOut == "" {
			t.Errorf("blocgraph %q: no output", args)
		}
	}
	// The escapes show where the controls were.
	_, out, _ := run(t, "", "partners", "CUB", facts)
	if !strings.Contains(out, `Mr \x1b]52;c;aGVsbG8=\x07 Evil \u009b31m`) || !strings.Contains(out, `He said \x1b[31mred\x1b[0m`) {
		t.Errorf("partners shows no escapes:\n%s", out)
	}
	_, _, errOut := run(t, "", "validate", badName)
	if !strings.Contains(errOut, `bad\x1b[2Jname\x07.yaml:`) {
		t.Errorf("validate names the file as %q", errOut)
	}
	_, _, errOut = run(t, "", "validate", zipPath)
	if !strings.Contains(errOut, `evil\x1b]52;c;aGVsbG8=\x07.CSV:4:`) {
		t.Errorf("validate names the zip entry as %q", errOut)
	}

	// JSON keeps the data verbatim.
	_, out, _ = run(t, "", "stats", "--format", "json", facts)
	var s struct {
		Articles []struct{ Title string }
	}
	if err := json.Unmarshal([]byte(out), &s); err != nil || len(s.Articles) != 1 || s.Articles[0].Title != "Title \x1b]0;pwned\x07 with \x1b[2J clear and \u202eevil\u202c" {
		t.Errorf("stats --format json: %v %+v", err, s)
	}
	_, out, _ = run(t, "", "partners", "--format", "json", "CUB", facts)
	if !strings.Contains(out, `Mr \u001b]52;c;aGVsbG8=\u0007 Evil `+"\u009b"+`31m`) {
		t.Errorf("partners --format json changed the name:\n%s", out)
	}
}
