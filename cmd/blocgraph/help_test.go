package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// helpCommands are the commands whose --help must show examples an analyst
// can copy (extract has its own owner's help).
var helpCommands = []string{"validate", "stats", "report", "partners", "export", "render", "load", "query", "vocabulary", "states", "brief", "timeline"}

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
			args, err := splitArgs(strings.TrimPrefix(line, "blocgraph "))
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
			if strings.Contains(line, "--pdf") && !haveChromium(t) {
				continue
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
		// Every flag that takes a value names it (`FILE`, `N`, `SEED`), not
		// urfave/cli's "value".
		for _, line := range strings.Split(out, "\n") {
			if f := strings.Fields(line); len(f) > 1 && strings.HasPrefix(f[0], "--") && (f[1] == "value" || f[1] == "value,") {
				t.Errorf("%s --help: %q shows the placeholder \"value\"", name, strings.TrimSpace(line))
			}
		}
	}
}
