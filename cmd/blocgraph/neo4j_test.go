package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	store "github.com/blocgraph/blocgraph/graph/neo4j"
	"github.com/blocgraph/blocgraph/graph/neo4j/neo4jtest"
	"github.com/urfave/cli/v2"
)

// runNeo4j runs blocgraph in-process with the Neo4j commands registered (the
// lead registers them in NewApp; until then the test adds them) and a test
// command that prints what readGraphFromNeo4j reads.
func runNeo4j(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	app := NewApp(strings.NewReader(stdin), &out, &errOut)
	for _, cmd := range []*cli.Command{loadCommand(), queryCommand(), readTestCommand()} {
		if app.Command(cmd.Name) == nil {
			cmd.OnUsageError = app.OnUsageError
			app.Commands = append(app.Commands, cmd)
		}
	}
	err := app.Run(flagsFirst(app, append([]string{"blocgraph"}, args...)))
	if err == nil {
		return 0, out.String(), errOut.String()
	}
	code = 1
	var ee *exitError
	if errors.As(err, &ee) {
		code, err = ee.code, ee.err
	}
	printError(&errOut, err)
	return code, out.String(), errOut.String()
}

// readTestCommand reads the graph back as report --from neo4j would.
func readTestCommand() *cli.Command {
	return &cli.Command{
		Name: "test-read",
		Flags: append(neo4jFlags(),
			&cli.StringFlag{Name: "since"}, &cli.StringFlag{Name: "until"}, &cli.StringFlag{Name: "relations"}),
		Action: func(c *cli.Context) error {
			f, err := eventFilter(c)
			if err != nil {
				return err
			}
			g, err := readGraphFromNeo4j(c, f)
			if err != nil {
				return err
			}
			types := map[string]int{}
			for _, e := range g.Events() {
				types[e.Type]++
			}
			b, _ := json.Marshal(map[string]any{"nodes": g.NumNodes(), "relationships": g.NumRelationships(), "events": g.NumEvents(), "types": types})
			fmt.Fprintln(c.App.Writer, string(b))
			return nil
		},
	}
}

// needNeo4j skips unless a Neo4j is configured (fails in CI), waits for other
// test processes that use it (neo4jtest.Require) and empties it.
func needNeo4j(t *testing.T) *store.Store {
	t.Helper()
	neo4jtest.Require(t)
	ctx := context.Background()
	st, err := store.Open(ctx, store.ConfigFromEnv())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close(ctx) })
	for _, q := range []string{
		"MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS",
		"MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 20000 ROWS",
	} {
		if _, _, _, err := st.Query(ctx, q, nil, true); err != nil {
			t.Fatal(err)
		}
	}
	return st
}

// loadedNeo4j is needNeo4j with paths then loaded into the emptied
// database by blocgraph load, or the test stopped if the load fails.
func loadedNeo4j(t *testing.T, paths ...string) *store.Store {
	t.Helper()
	st := needNeo4j(t)
	if code, out, errOut := runNeo4j(t, "", append([]string{"load"}, paths...)...); code != 0 {
		t.Fatalf("load %s: exit %d\n%s%s", strings.Join(paths, " "), code, out, errOut)
	}
	return st
}

// writeFacts writes content into a new file called name in a temporary
// directory of the test and returns its path.
func writeFacts(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestNeo4jHelpHidesPassword(t *testing.T) {
	const pw = "Help-Must-Not-Show-Me-42"
	t.Setenv("NEO4J_PASSWORD", pw)
	for _, cmd := range []string{"load", "query"} {
		code, out, errOut := runNeo4j(t, "", cmd, "--help")
		if code != 0 {
			t.Fatalf("%s --help: exit %d %s", cmd, code, errOut)
		}
		if strings.Contains(out+errOut, pw) {
			t.Errorf("%s --help shows the password:\n%s", cmd, out)
		}
		for _, want := range []string{"--password", "prefer the NEO4J_PASSWORD environment variable", "$NEO4J_URI"} {
			if !strings.Contains(out, want) {
				t.Errorf("%s --help lacks %q:\n%s", cmd, want, out)
			}
		}
	}
}

func TestParseParams(t *testing.T) {
	got, err := parseParams([]string{"n=3", "f=2.5", "b=true", "z=null", `l=["a","b"]`, "list=[1,2]", `s="123"`, "name=Kim Jong-un",
		`q=it's "quoted"`, "empty=", "$d=2021-04-01", `m={"k":1}`, "eq=a=b"})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]any{"n": int64(3), "f": 2.5, "b": true, "z": nil, "l": []any{"a", "b"}, "list": []any{int64(1), int64(2)}, "s": "123",
		"name": "Kim Jong-un", "q": `it's "quoted"`, "empty": "", "d": "2021-04-01", "m": map[string]any{"k": int64(1)}, "eq": "a=b"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("params\n got %#v\nwant %#v", got, want)
	}
	if _, err := parseParams([]string{"novalue"}); err == nil {
		t.Error("a param without = is accepted")
	}
}

func TestQueryCommand(t *testing.T) {
	st := needNeo4j(t)
	code, out, errOut := runNeo4j(t, "", "query", "CREATE (:Scratch {name: $name})", "--param", "name=x")
	if code != 2 || !strings.Contains(errOut, "this query writes; add --write to allow it") {
		t.Fatalf("write in read mode: exit %d\n%s%s", code, out, errOut)
	}
	quoted := `it's "quoted", with a comma`
	code, out, errOut = runNeo4j(t, "", "query", "--write", "CREATE (n:Scratch {name: $name, n: $n, tags: $tags}) RETURN n.name AS name, n.n AS n, n.tags AS tags",
		"-p", "name="+quoted, "-p", "n=3", "-p", `tags=["a","b"]`, "--format", "json")
	if code != 0 {
		t.Fatalf("write: exit %d\n%s", code, errOut)
	}
	var rows []map[string]any
	if err := json.Unmarshal([]byte(out), &rows); err != nil {
		t.Fatalf("json output: %v\n%s", err, out)
	}
	if len(rows) != 1 || rows[0]["name"] != quoted || rows[0]["n"] != 3.0 || !reflect.DeepEqual(rows[0]["tags"], []any{"a", "b"}) {
		t.Errorf("rows %v", rows)
	}
	if !strings.Contains(errOut, "nodes created 1") {
		t.Errorf("no update summary on stderr: %q", errOut)
	}
	code, out, errOut = runNeo4j(t, "", "query", "MATCH (n:Scratch) RETURN n.name AS name, n.n AS n, date('2021-04-20') AS day", "--format", "csv")
	if code != 0 {
		t.Fatalf("csv: exit %d\n%s", code, errOut)
	}
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || !reflect.DeepEqual(recs, [][]string{{"name", "n", "day"}, {quoted, "3", "2021-04-20"}}) {
		t.Errorf("csv %q (%v)", out, err)
	}
	code, out, errOut = runNeo4j(t, "", "query", "MATCH (n:Scratch) RETURN n")
	if code != 0 || !strings.Contains(out, `{"labels":["Scratch"],"properties":{`) || !strings.Contains(out, "(1 row)") {
		t.Errorf("table: exit %d\n%s%s", code, out, errOut)
	}
	code, _, errOut = runNeo4j(t, "MATCH (n RETURN n", "query", "-")
	if code != 1 || strings.Count(strings.TrimSpace(errOut), "\n") != 0 || !strings.Contains(errOut, "Invalid input") {
		t.Errorf("syntax error: exit %d %q", code, errOut)
	}
	_ = st
}

func TestNeo4jFlagsAndErrors(t *testing.T) {
	needNeo4j(t)
	env := store.ConfigFromEnv()
	// A flag overrides the environment.
	t.Setenv("NEO4J_URI", "bolt://127.0.0.1:1")
	code, out, errOut := runNeo4j(t, "", "query", "RETURN 1 AS one", "--uri", env.URI)
	if code != 0 || !strings.Contains(out, "one") {
		t.Errorf("--uri over NEO4J_URI: exit %d\n%s%s", code, out, errOut)
	}
	code, _, errOut = runNeo4j(t, "", "query", "RETURN 1")
	if code != 1 || errOut != "blocgraph: cannot reach Neo4j at bolt://127.0.0.1:1: is the server running? (connection refused)\n" {
		t.Errorf("unreachable: exit %d %q", code, errOut)
	}
	t.Setenv("NEO4J_URI", env.URI)
	const wrong = "Wrong-Password-For-The-Test-99"
	code, out, errOut = runNeo4j(t, "", "query", "RETURN 1", "--password", wrong)
	if code != 1 || !strings.Contains(errOut, "authentication failed for user "+env.Username+"; check NEO4J_PASSWORD") {
		t.Errorf("wrong password: exit %d %q", code, errOut)
	}
	if strings.Contains(out+errOut, wrong) || strings.Contains(out+errOut, env.Password) {
		t.Errorf("output shows a password: %q", out+errOut)
	}
}

func TestLoadCommand(t *testing.T) {
	needNeo4j(t)
	code, out, errOut := runNeo4j(t, "", "load", testdata)
	if code != 0 {
		t.Fatalf("load: exit %d\n%s%s", code, out, errOut)
	}
	t.Logf("first load:\n%s", out)
	if errOut != "" {
		t.Errorf("stderr is not a terminal, yet load wrote to it: %q", errOut)
	}
	for _, want := range []string{"Loaded into Neo4j at ", "already present", "events/s"} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
	code, out2, errOut := runNeo4j(t, "", "load", "--batch-size", "3", testdata)
	if code != 0 {
		t.Fatalf("second load: exit %d\n%s", code, errOut)
	}
	for _, line := range strings.Split(out2, "\n") {
		f := strings.Fields(line)
		if len(f) == 3 && (f[0] == "nodes" || f[0] == "relationships" || f[0] == "events") && f[1] != "0" {
			t.Errorf("second load created %s %s:\n%s", f[1], f[0], out2)
		}
	}
	code, out, errOut = runNeo4j(t, "", "test-read", "--relations", "congratulated")
	if code != 0 || !strings.Contains(out, `"types":{"CONGRATULATED":`) {
		t.Errorf("read back with --relations: exit %d\n%s%s", code, out, errOut)
	}
	code, out, errOut = runNeo4j(t, "", "test-read", "--since", "2099")
	if code != 0 || !strings.Contains(out, `"events":0`) {
		t.Errorf("read back with --since 2099: exit %d\n%s%s", code, out, errOut)
	}
	code, _, errOut = runNeo4j(t, "", "load", testdata, "--batch-size", "0")
	if code != 2 || !strings.Contains(errOut, "--batch-size must be at least 1") {
		t.Errorf("--batch-size 0 after the path: exit %d %q", code, errOut)
	}
	code, _, errOut = runNeo4j(t, "", "load", testdata, "--no-such-flag")
	if code != 2 || !strings.Contains(errOut, "flag provided but not defined: -no-such-flag") {
		t.Errorf("unknown flag after the path: exit %d %q", code, errOut)
	}
}
