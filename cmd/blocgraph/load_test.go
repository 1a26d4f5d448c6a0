package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLoadBadInputWritesNothing: a load whose last file has a problem, after
// good ones, writes nothing, on an empty database and on one an earlier load
// filled; the error names the file and line, exit 1.
func TestLoadBadInputWritesNothing(t *testing.T) {
	st := needNeo4j(t)
	ctx := context.Background()
	dir := t.TempDir()
	bad := filepath.Join(dir, "zz-bad.yaml")
	if err := os.WriteFile(bad, []byte("article: {id: bad-one, published: 2024-01-02}\nfacts:\n"+
		"  - {subject: Cuba, relation: praised, object: China, date: 2024-01-01}\n"+
		"  - {subject: Cuba, relation: admired-greatly, object: China, date: 2024-01-01}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	dump := func() string {
		var out []string
		for _, q := range []string{
			"MATCH (n) RETURN labels(n), properties(n) ORDER BY n.id",
			"MATCH (a)-[r]->(b) RETURN type(r), a.id, b.id, properties(r) ORDER BY r.id",
		} {
			_, rows, _, err := st.Query(ctx, q, nil, false)
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range rows {
				out = append(out, fmt.Sprint(r...))
			}
		}
		return strings.Join(out, "\n")
	}
	try := func(what string) {
		t.Helper()
		before := dump()
		code, out, errOut := runNeo4j(t, "", "load", testdata, bad)
		t.Logf("%s: exit %d: %s%s", what, code, out, errOut)
		if code != 1 {
			t.Errorf("%s: exit %d, want 1", what, code)
		}
		if !strings.Contains(errOut, "zz-bad.yaml:4") || !strings.Contains(errOut, "admired-greatly") {
			t.Errorf("%s: the error does not name the file, line and relation:\n%s", what, errOut)
		}
		if strings.Contains(out, "Loaded into Neo4j") {
			t.Errorf("%s: a summary of a load:\n%s", what, out)
		}
		if after := dump(); after != before {
			t.Errorf("%s: the database changed (%d bytes before, %d after)", what, len(before), len(after))
		}
	}
	try("empty database")
	if code, _, errOut := runNeo4j(t, "", "load", testdata); code != 0 {
		t.Fatalf("load %s: exit %d %s", testdata, code, errOut)
	}
	try("after a load")
}
