package main

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
)

// helpCommands are the commands whose --help must show examples an analyst
// can copy (timeline, brief and extract have their own owners' help).
var helpCommands = []string{"validate", "stats", "report", "partners", "export", "render", "load", "query", "vocabulary", "states"}

// TestHelpExamples: every command's --help ends with examples, and every
// example that needs no Neo4j server runs as written from the repository
// root (files it writes go to a temporary folder).
func TestHelpExamples(t *testing.T) {
	tmp := t.TempDir()
	t.Chdir("../..")
	for _, name := range helpCommands {
		code, out, _ := run(t, "", name, "--help")
		_, ex, ok := strings.Cut(out, "Examples:\n")
		if code != 0 || !ok {
			t.Errorf("%s --help: exit %d, no Examples:\n%s", name, code, out)
			continue
		}
		n := 0
		for _, line := range strings.Split(ex, "\n") {
			line = strings.TrimSpace(line)
			if !strings.HasPrefix(line, "blocgraph ") {
				break
			}
			n++
			args, err := shellWords(strings.TrimPrefix(line, "blocgraph "))
			if err != nil {
				t.Errorf("%s: example %q: %v", name, line, err)
				continue
			}
			if args[0] != name {
				t.Errorf("%s: example %q is of another command", name, line)
			}
			if name == "load" || name == "query" || strings.Contains(line, "neo4j") {
				continue // needs a server; the README's Neo4j sections run such commands
			}
			for i := range args {
				if i > 0 && (args[i-1] == "-o" || args[i-1] == "--output") {
					args[i] = filepath.Join(tmp, filepath.Base(args[i]))
				}
			}
			if code, _, errOut := run(t, "", args...); code != 0 {
				t.Errorf("%s: example %q: exit %d\n%s", name, line, code, errOut)
			}
		}
		if n < 2 && name != "vocabulary" {
			t.Errorf("%s --help: %d examples; want at least 2", name, n)
		}
	}
}

// shellWords splits a command line as a POSIX shell would for the quoting
// the examples use: spaces, 'single' and "double" quotes.
func shellWords(s string) ([]string, error) {
	var words []string
	var cur strings.Builder
	in, quote := false, rune(0)
	for _, r := range s {
		switch {
		case quote != 0 && r == quote:
			quote = 0
		case quote != 0:
			cur.WriteRune(r)
		case r == '\'' || r == '"':
			quote, in = r, true
		case r == ' ':
			if in {
				words = append(words, cur.String())
				cur.Reset()
				in = false
			}
		default:
			cur.WriteRune(r)
			in = true
		}
	}
	if quote != 0 {
		return nil, errors.New("an unclosed quote")
	}
	if in {
		words = append(words, cur.String())
	}
	return words, nil
}

// TestHelpFlags: a flag's placeholder says what it takes (not "value"), and
// its default is the one it has: --null and --runs said "(default: 0)"
// after a text giving the real default.
func TestHelpFlags(t *testing.T) {
	for _, name := range helpCommands {
		_, out, _ := run(t, "", name, "--help")
		for _, line := range strings.Split(out, "\n") {
			if f := strings.Fields(line); len(f) > 1 && strings.HasPrefix(f[0], "--") && f[0] != "--match-threshold" /* timeline's */ && (f[1] == "value" || f[1] == "value," || strings.HasSuffix(line, "(default: 0)") && strings.Contains(line, "(default: ") && strings.Count(line, "(default: ") > 1) {
				t.Errorf("%s --help: %q", name, strings.TrimSpace(line))
			}
		}
	}
	_, out, _ := run(t, "", "report", "--help")
	for _, want := range []string{"(default: 20 on graphs of up to 5,000 ties, none above)", "(default: 32 on state-level graphs, fewer on very large ones; consensus 50)"} {
		if !strings.Contains(out, want) {
			t.Errorf("report --help lacks %q", want)
		}
	}
}
