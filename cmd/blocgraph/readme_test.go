package main

import (
	"bytes"
	"flag"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the README's example outputs from the real ones")

// TestREADME runs every ```console example of the README that starts with
// "$ blocgraph" and checks that its output is what the README shows, so the
// README never drifts from what the commands do. go test -run TestREADME
// -update rewrites the outputs.
func TestREADME(t *testing.T) {
	t.Chdir("../..")
	b, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(b), "\n")
	var out []string
	checked := 0
	for i := 0; i < len(lines); i++ {
		out = append(out, lines[i])
		if lines[i] != "```console" || i+1 >= len(lines) || !strings.HasPrefix(lines[i+1], "$ blocgraph ") {
			continue
		}
		cmdline := lines[i+1]
		out = append(out, cmdline)
		j := i + 2
		for j < len(lines) && lines[j] != "```" {
			j++
		}
		shown := strings.Join(lines[i+2:j], "\n")
		args, err := splitArgs(strings.TrimPrefix(cmdline, "$ "))
		if err != nil {
			t.Fatalf("README line %d: %v", i+2, err)
		}
		// One buffer for both streams keeps their order, as a terminal shows it.
		var both bytes.Buffer
		code := Run(args, strings.NewReader(""), &both, &both)
		got := strings.TrimRight(trimLines(both.String()), "\n")
		if code != 0 {
			got += "\n[exit status " + itoa(code) + "]"
		}
		checked++
		if *update {
			out = append(out, strings.Split(got, "\n")...)
		} else if got != shown {
			t.Errorf("README line %d: %s\n--- README shows:\n%s\n--- the command prints:\n%s", i+2, cmdline, shown, got)
			out = append(out, lines[i+2:j]...)
		} else {
			out = append(out, lines[i+2:j]...)
		}
		i = j - 1
	}
	if checked < 6 {
		t.Errorf("only %d README examples checked", checked)
	}
	if *update {
		if err := os.WriteFile("README.md", []byte(strings.Join(out, "\n")), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func trimLines(s string) string {
	ls := strings.Split(s, "\n")
	for i := range ls {
		ls[i] = strings.TrimRight(ls[i], " ")
	}
	return strings.Join(ls, "\n")
}

func itoa(n int) string { return strings.TrimSpace(strings.Repeat(" ", 0) + string(rune('0'+n))) }

// splitArgs splits a command line the way a POSIX shell does for plain words
// and single or double quotes.
func splitArgs(s string) ([]string, error) {
	var args []string
	var cur strings.Builder
	in := false
	var quote rune
	for _, r := range s {
		switch {
		case quote != 0:
			if r == quote {
				quote = 0
			} else {
				cur.WriteRune(r)
			}
		case r == '\'' || r == '"':
			quote, in = r, true
		case r == ' ':
			if in {
				args = append(args, cur.String())
				cur.Reset()
				in = false
			}
		default:
			cur.WriteRune(r)
			in = true
		}
	}
	if quote != 0 {
		return nil, os.ErrInvalid
	}
	if in {
		args = append(args, cur.String())
	}
	return args, nil
}
