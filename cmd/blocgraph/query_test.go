package main

import (
	"encoding/json"
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
	loadedNeo4j(t, writeFacts(t, "evil.yaml", hostileFacts))
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

// TestParamOutOfRange: a number no Cypher value can hold is an error, not
// +Inf or an integer that lost its digits.
func TestParamOutOfRange(t *testing.T) {
	for _, tc := range []struct{ param, want string }{
		{"x=1e400", "--param x: 1e400 is out of the range of a Cypher float"},
		{"x=-1e400", "--param x: -1e400 is out of the range of a Cypher float"},
		{"l=[1, 2, 1e999]", "--param l: 1e999 is out of the range of a Cypher float"},
		{`m={"k": 99999999999999999999}`, "--param m: 99999999999999999999 is too large for a Cypher integer"},
	} {
		_, err := parseParams([]string{tc.param})
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("--param %s: %v, want %q", tc.param, err, tc.want)
		}
	}
	code, _, errOut := run(t, "", "query", "--param", "x=1e400", "RETURN $x")
	if code != 2 || !strings.Contains(errOut, `quote it to pass the text as a string (x='"1e400"')`) {
		t.Errorf("query --param x=1e400: exit %d %q", code, errOut)
	}
	got, err := parseParams([]string{"tiny=1e-400", "big=1.5e300", `s="1e400"`, "i=-9223372036854775808"})
	if err != nil || got["tiny"] != 0.0 || got["big"] != 1.5e300 || got["s"] != "1e400" || got["i"] != int64(-9223372036854775808) {
		t.Errorf("in range: %v %v", got, err)
	}
}
