package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestQueryRefusesSideEffects: read-only, a procedure that writes files is
// refused with its name and the way to allow it.
func TestQueryRefusesSideEffects(t *testing.T) {
	needNeo4j(t)
	code, _, errOut := runNeo4j(t, "", "query", "CALL apoc.export.csv.all('all.csv', {})")
	if code != 2 || !strings.Contains(errOut, "the procedure apoc.export.csv.all is not one that blocgraph runs read-only") || !strings.Contains(errOut, "add --write to allow it") {
		t.Errorf("exit %d, %q", code, errOut)
	}
	code, out, errOut := runNeo4j(t, "", "query", "--database", "system", "SHOW DATABASES YIELD name WHERE name = 'system' RETURN name")
	if code != 0 || !strings.Contains(out, "system") {
		t.Errorf("query --database system: exit %d\n%s%s", code, out, errOut)
	}
}

// TestQueryOutputEscaped: the table and CSV of query escape terminal
// controls in the data; JSON keeps them.
func TestQueryOutputEscaped(t *testing.T) {
	needNeo4j(t)
	facts := filepath.Join(t.TempDir(), "evil.yaml")
	if err := os.WriteFile(facts, []byte(hostileFacts), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, errOut := runNeo4j(t, "", "load", facts); code != 0 {
		t.Fatalf("load: exit %d %s", code, errOut)
	}
	const q = "MATCH (l:Leader {id: 'mr-evil'})-[r:PRAISED]->() MATCH (a:Article {id: r.article}) RETURN l.name AS name, r.quote AS quote, a.title AS title"
	for _, format := range []string{"table", "csv"} {
		code, out, errOut := runNeo4j(t, "", "query", "--format", format, q)
		if code != 0 {
			t.Fatalf("%s: exit %d %s", format, code, errOut)
		}
		if bad, ok := terminalSafe(out); !ok {
			t.Errorf("query --format %s prints %q raw:\n%s", format, bad, out)
		}
		if !strings.Contains(out, `Mr \x1b]52;c;aGVsbG8=\x07 Evil \u009b31m`) || !strings.Contains(out, `\u202eevil\u202c`) {
			t.Errorf("query --format %s shows no escapes:\n%s", format, out)
		}
	}
	code, out, errOut := runNeo4j(t, "", "query", "--format", "json", q)
	var rows []map[string]string
	if code != 0 || json.Unmarshal([]byte(out), &rows) != nil || len(rows) != 1 || rows[0]["name"] != "Mr \x1b]52;c;aGVsbG8=\x07 Evil \u009b31m" {
		t.Errorf("query --format json: exit %d %v\n%s%s", code, rows, out, errOut)
	}
}
