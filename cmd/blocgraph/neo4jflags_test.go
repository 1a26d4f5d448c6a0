package main

import (
	"strings"
	"testing"
)

// TestNeo4jURIRedacted: whichever command talks to Neo4j, and whether the
// URI comes from --uri or NEO4J_URI, parses or not, no part of a password
// in it reaches the output. No server is needed: every URI here fails
// before or at the connection.
func TestNeo4jURIRedacted(t *testing.T) {
	const a, b = "kX7q", "Wz4m" // the two halves of the password
	uris := []string{
		"bolt://neo4j:kX7q-Wz4m@127.0.0.1:76x97",
		"bolt://neo4j:kX7q-Wz4m@[::1",
		"bolt://neo4j:kX7q Wz4m@127.0.0.1:7687",
		"bolt://neo4j:kX7q\x01Wz4m@127.0.0.1:1",
		"bolt://neo4j:kX7q%zzWz4m@127.0.0.1:1",
		"bolt://neo4j:kX7q%40Wz4m@127.0.0.1:1",
		"bolt:neo4j:kX7q-Wz4m@127.0.0.1:7687",
		"bolt://neo4j:kX7q/Wz4m@127.0.0.1:1",
		"bolt://neo4j:kX7q-Wz4m@127.0.0.1:1?routing=x",
	}
	seed := testdata + "facts/kim-diaz-canel-2021.yaml"
	commands := [][]string{
		{"load", seed},
		{"query", "RETURN 1"},
		{"report", "--from", "neo4j"},
		{"report", "--write-back", seed},
		{"partners", "--from", "neo4j", "PRK"},
		{"export", "--from", "neo4j"},
		{"render", "--from", "neo4j", "-o", "-"},
	}
	for _, uri := range uris {
		for _, cmd := range commands {
			for _, how := range []string{"--uri", "NEO4J_URI"} {
				args := append([]string{cmd[0]}, cmd[1:]...)
				if how == "--uri" {
					t.Setenv("NEO4J_URI", "")
					args = append([]string{cmd[0], "--uri", uri}, cmd[1:]...)
				} else {
					t.Setenv("NEO4J_URI", uri)
				}
				t.Setenv("NEO4J_PASSWORD", "")
				code, out, errOut := run(t, "", args...)
				if code == 0 {
					t.Errorf("%s %q with %s: exit 0", how, args, uri)
				}
				if strings.Contains(out+errOut, a) || strings.Contains(out+errOut, b) {
					t.Errorf("%s %q: the password shows:\n%s%s", how, args, out, errOut)
				}
			}
		}
	}
}
