package neo4j

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/blocgraph/blocgraph/graph/neo4j/neo4jtest"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// readStatementTests are queries and the calls the text check finds in them.
var readStatementTests = []struct {
	cypher string
	calls  string // "kind name" joined with ", "
	lead   string
	refuse string // the name checkCalls refuses, or ""
}{
	{"MATCH (n:State) RETURN n.name, count(*), toUpper(n.id)", "", "MATCH", ""},
	{"CALL db.labels()", "procedure db.labels", "CALL", ""},
	{"CALL db.labels YIELD label RETURN label", "procedure db.labels", "CALL", ""},
	{"CALL apoc.export.csv.query('UNWIND range(1,2000000) AS x RETURN x', 'big.csv', {})", "procedure apoc.export.csv.query", "CALL", "apoc.export.csv.query"},
	{"call /* hidden */ apoc . export . csv . query ('RETURN 1', 'x.csv', {})", "procedure apoc.export.csv.query", "CALL", "apoc.export.csv.query"},
	{"CALL `apoc`.`export`.`csv`.`query`('RETURN 1', 'x.csv', {})", "procedure apoc.export.csv.query", "CALL", "apoc.export.csv.query"},
	{"CALL `apoc.export.csv.query`('RETURN 1', 'x.csv', {})", "procedure apoc.export.csv.query", "CALL", "apoc.export.csv.query"},
	{"CALL gds.graph.generate('g', 1000, 2)", "procedure gds.graph.generate", "CALL", "gds.graph.generate"},
	{"CALL gds.graph.export('g', {dbName: 'x'})", "procedure gds.graph.export", "CALL", "gds.graph.export"},
	{"CALL gds.pageRank.stream('g') YIELD nodeId, score RETURN gds.util.asNode(nodeId).name, score",
		"procedure gds.pageRank.stream, function gds.util.asNode", "CALL", ""},
	{"CALL dbms.killConnection('bolt-7')", "procedure dbms.killConnection", "CALL", "dbms.killConnection"},
	{"MATCH (n) CALL { WITH n CALL apoc.export.json.all('x.json', {}) YIELD file RETURN file } RETURN file", "procedure apoc.export.json.all", "MATCH", "apoc.export.json.all"},
	{"OPTIONAL CALL apoc.load.json('file:///x.json') YIELD value RETURN value", "procedure apoc.load.json", "OPTIONAL", "apoc.load.json"},
	{"RETURN apoc.cypher.runFirstColumnSingle('CALL apoc.export.csv.all(\"x.csv\", {})', {}) AS x", "function apoc.cypher.runFirstColumnSingle", "RETURN", "apoc.cypher.runFirstColumnSingle"},
	{"LOAD CSV FROM apoc.text.join(['file:///x', '.csv'], '') AS r RETURN r", "function apoc.text.join", "LOAD", ""},
	{"RETURN gds.graph.project('g', null, null) AS g", "function gds.graph.project", "RETURN", "gds.graph.project"},
	{"RETURN date.truncate('month', date()) AS d, point.distance(point({x: 0, y: 0}), point({x: 1, y: 1}))",
		"function date.truncate, function point.distance", "RETURN", ""},
	{"MATCH (n) RETURN n {.name, .id}, n.name AS x ORDER BY n.id", "", "MATCH", ""},
	{"RETURN 'CALL apoc.export.csv.all(\"x\", {})' AS s, \"apoc.cypher.run(1)\" AS t // CALL apoc.trigger.add()", "", "RETURN", ""},
	{"RETURN `a.b`(1)", "function a.b", "RETURN", "a.b"},
	{"CYPHER 5 runtime=slotted PROFILE CALL apoc.periodic.iterate('a', 'b', {})", "procedure apoc.periodic.iterate", "CALL", "apoc.periodic.iterate"},
	{"EXPLAIN SHOW TRANSACTIONS", "", "SHOW", ""},
	{"TERMINATE TRANSACTIONS 'neo4j-transaction-7'", "", "TERMINATE", ""},
	{"RETURN 1.5e3 AS n, 0x1F AS h, $p.x AS q", "", "RETURN", ""},
	{"RETURN apoc.util.md5(['a']) AS h, apoc.util.sleep(1) AS z", "function apoc.util.md5, function apoc.util.sleep", "RETURN", "apoc.util.sleep"},
}

// TestReadStatement checks the text check, which needs no server.
func TestReadStatement(t *testing.T) {
	for _, tt := range readStatementTests {
		st := readStatement(tt.cypher)
		var got []string
		for _, c := range st.calls {
			got = append(got, c.kind.String()+" "+c.name)
		}
		if g := strings.Join(got, ", "); g != tt.calls {
			t.Errorf("%s\ncalls %q, want %q", tt.cypher, g, tt.calls)
		}
		if st.lead != tt.lead {
			t.Errorf("%s\nlead %q, want %q", tt.cypher, st.lead, tt.lead)
		}
		err := checkCalls(st.calls)
		switch {
		case tt.refuse == "" && err != nil:
			t.Errorf("%s\nrefused: %v", tt.cypher, err)
		case tt.refuse != "" && (err == nil || !errors.Is(err, ErrReadOnly) || !strings.Contains(err.Error(), " "+tt.refuse+" ")):
			t.Errorf("%s\nerror %v, want a refusal of %s", tt.cypher, err, tt.refuse)
		}
	}
	if st := readStatement("PROFILE MATCH (n) RETURN n"); st.explain != "EXPLAIN MATCH (n) RETURN n" {
		t.Errorf("PROFILE is planned as %q", st.explain)
	}
}

// importDir returns the server's import directory and a listing of it
// (names, sizes and times), or "" when the tests do not know where it is.
func importDir(tb testing.TB) (string, string) {
	tb.Helper()
	dir := os.Getenv("BLOCGRAPH_NEO4J_IMPORT")
	if dir == "" {
		if os.Getenv("CI") == "true" {
			tb.Fatal("CI=true but BLOCGRAPH_NEO4J_IMPORT (the server's import directory) is not set; scripts/neo4j env sets it")
		}
		return "", ""
	}
	return dir, listing(tb, dir)
}

// databaseDirs lists the database folders of the test server of
// scripts/neo4j (data/databases next to its import directory), or "".
func databaseDirs(tb testing.TB) string {
	tb.Helper()
	dir, _ := importDir(tb)
	if dir == "" {
		return ""
	}
	entries, err := os.ReadDir(filepath.Join(dir, "..", "data", "databases"))
	if err != nil {
		return ""
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return strings.Join(names, " ")
}

func listing(tb testing.TB, dir string) string {
	tb.Helper()
	var lines []string
	err := filepath.Walk(dir, func(p string, fi os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		lines = append(lines, fmt.Sprintf("%s %d %d", p, fi.Size(), fi.ModTime().UnixNano()))
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// TestReadOnlyChangesNothing runs, read-only, every way a hostile review
// found to change the server with a query Neo4j counts as a read, and checks
// that each is refused and that nothing changed: the import directory, the
// databases, the GDS catalog, the users.
func TestReadOnlyChangesNothing(t *testing.T) {
	s := testStore(t)
	ctx := context.Background()
	mustLoad(t, s, seedGraph(t), LoadOptions{})
	dir, _ := importDir(t)
	if dir != "" {
		// An existing file that an export would replace.
		if err := os.WriteFile(filepath.Join(dir, "big.csv"), []byte("keep me\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Remove(filepath.Join(dir, "big.csv")) })
	}
	_, before := importDir(t)
	databases := func() string {
		_, rows, _, err := s.Query(ctx, "SHOW DATABASES YIELD name RETURN name ORDER BY name", nil, false)
		if err != nil {
			t.Fatal(err)
		}
		return fmt.Sprint(rows)
	}
	dbsBefore, dirsBefore := databases(), databaseDirs(t)
	gds := count(t, s, "SHOW PROCEDURES YIELD name WHERE name = 'gds.graph.generate' RETURN count(*)", nil) == 1
	if !gds && os.Getenv("CI") == "true" {
		t.Fatal("the test server has no Graph Data Science; scripts/neo4j installs it")
	}
	hostile := []string{
		"CALL apoc.export.csv.query('UNWIND range(1,2000000) AS x RETURN x, x * 2 AS y', 'big.csv', {})",
		"CALL apoc.export.csv.all('all.csv', {})",
		"CALL apoc.export.graphml.all('all.graphml', {})",
		"CALL apoc.export.json.query('MATCH (n) RETURN n', 'n.json', {})",
		"MATCH (s:State) WITH collect(s) AS ss CALL apoc.export.cypher.data(ss, [], 'x.cypher', {}) YIELD file RETURN file",
		"RETURN apoc.cypher.runFirstColumnSingle(\"CALL apoc.export.csv.all('inner.csv', {}) YIELD file RETURN file\", {}) AS f",
		"CALL apoc.cypher.run(\"CALL apoc.export.csv.all('inner2.csv', {}) YIELD file RETURN file\", {}) YIELD value RETURN value",
		"CALL apoc.periodic.iterate('RETURN 1', 'RETURN 1', {})",
		"CALL gds.graph.generate('blocgraph-hostile', 100000, 3)",
		"CALL gds.graph.export('blocgraph-hostile', {dbName: 'hostile'})",
		"MATCH (a)-[r]->(b) RETURN gds.graph.project('blocgraph-hostile-2', a, b) AS g",
		"PROFILE CALL apoc.export.csv.all('profiled.csv', {})",
		"CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')",
		"CREATE (:Hostile)",
		"MATCH (s:State) SET s.hostile = true",
		"CREATE INDEX hostile IF NOT EXISTS FOR (n:Hostile) ON (n.x)",
	}
	for _, q := range hostile {
		_, _, _, err := s.Query(ctx, q, nil, false)
		if !errors.Is(err, ErrReadOnly) {
			t.Errorf("read-only %s\ngot %v, want a refusal (ErrReadOnly)", q, err)
		}
	}
	if _, after := importDir(t); after != before {
		t.Errorf("the import directory changed:\nbefore\n%s\nafter\n%s", before, after)
	}
	if dir != "" {
		if b, _ := os.ReadFile(filepath.Join(dir, "big.csv")); string(b) != "keep me\n" {
			t.Errorf("big.csv was replaced: %.40q", b)
		}
	}
	if after := databases(); after != dbsBefore {
		t.Errorf("the databases changed: %s, then %s", dbsBefore, after)
	}
	if after := databaseDirs(t); after != dirsBefore {
		t.Errorf("the database folders changed: %s, then %s", dirsBefore, after)
	}
	if gds {
		if n := count(t, s, "CALL gds.graph.list() YIELD graphName WHERE graphName STARTS WITH 'blocgraph-hostile' RETURN count(*)", nil); n != 0 {
			t.Errorf("%d GDS graphs were made", n)
			s.Query(ctx, "CALL gds.graph.drop('blocgraph-hostile', false)", nil, true)
		}
	}
	if n := count(t, s, "MATCH (n) WHERE n:Hostile OR n.hostile RETURN count(n)", nil); n != 0 {
		t.Errorf("%d nodes written", n)
	}

	// What reads stays allowed.
	reads := []string{
		"MATCH (s:State) RETURN s.id, toUpper(s.name) ORDER BY s.id LIMIT 3",
		"CALL db.labels() YIELD label RETURN label",
		"SHOW TRANSACTIONS YIELD transactionId RETURN count(*) AS n",
		"SHOW INDEXES YIELD name RETURN count(*) AS n",
		"RETURN apoc.text.join(['a', 'b'], '-') AS j, date.truncate('month', date('2021-04-20')) AS d",
		"MATCH (c:State {id: 'CUB'}) CALL apoc.path.subgraphNodes(c, {maxLevel: 1}) YIELD node RETURN count(node) AS n",
		"EXPLAIN MATCH (n) RETURN n",
		"PROFILE MATCH (n:State) RETURN count(n) AS n",
		"LOAD CSV FROM 'file:///big.csv' AS row RETURN row",
	}
	if gds {
		reads = append(reads, "RETURN gds.version() AS v")
	}
	for _, q := range reads {
		if dir == "" && strings.Contains(q, "LOAD CSV") {
			continue
		}
		if _, _, _, err := s.Query(ctx, q, nil, false); err != nil {
			t.Errorf("read-only %s: %v", q, err)
		}
	}
}

// TestReadOnlyLeavesOtherSessions starts a write transaction in another
// session, as a load is, and checks that no read-only query can end it.
func TestReadOnlyLeavesOtherSessions(t *testing.T) {
	s := testStore(t)
	ctx := context.Background()
	other := otherStore(t)
	sess := other.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	marker := fmt.Sprintf("blocgraph-test-%d", time.Now().UnixNano())
	tx, err := sess.BeginTransaction(ctx, neo4j.WithTxMetadata(map[string]any{"marker": marker}))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tx.Run(ctx, "CREATE (:Survivor {marker: $m})", map[string]any{"m": marker}); err != nil {
		t.Fatal(err)
	}
	_, rows, _, err := s.Query(ctx, "SHOW TRANSACTIONS YIELD transactionId, connectionId, metaData WHERE metaData.marker = $m RETURN transactionId, connectionId",
		map[string]any{"m": marker}, false)
	if err != nil || len(rows) != 1 {
		t.Fatalf("finding the other session's transaction: %v %v", rows, err)
	}
	ids := map[string]any{"tx": rows[0][0], "conn": rows[0][1]}
	for _, q := range []string{
		"TERMINATE TRANSACTIONS $tx",
		"SHOW TRANSACTIONS YIELD transactionId AS id WHERE id = $tx TERMINATE TRANSACTIONS id YIELD message RETURN message",
		"CALL dbms.killConnection($conn)",
		"CALL dbms.killConnections([$conn])",
	} {
		_, _, _, err := s.Query(ctx, q, ids, false)
		if !errors.Is(err, ErrReadOnly) {
			t.Errorf("read-only %s\ngot %v, want a refusal (ErrReadOnly)", q, err)
		}
	}
	if err := tx.Commit(ctx); err != nil {
		t.Fatalf("the other session's transaction did not survive: %v", err)
	}
	if n := count(t, s, "MATCH (n:Survivor {marker: $m}) RETURN count(n)", map[string]any{"m": marker}); n != 1 {
		t.Errorf("%d nodes of the other session, want 1", n)
	}
}

// TestSystemDatabase opens the system database, which answers SHOW but not
// RETURN 1, and checks that its administration commands other than SHOW are
// refused read-only.
func TestSystemDatabase(t *testing.T) {
	neo4jtest.Require(t)
	ctx := context.Background()
	cfg := ConfigFromEnv()
	cfg.Database = "system"
	s, err := Open(ctx, cfg)
	if err != nil {
		t.Fatalf("opening the system database: %v", err)
	}
	defer s.Close(ctx)
	_, rows, _, err := s.Query(ctx, "SHOW DATABASES YIELD name WHERE name = 'system' RETURN name", nil, false)
	if err != nil || len(rows) != 1 {
		t.Fatalf("SHOW DATABASES: %v %v", rows, err)
	}
	for _, q := range []string{
		"CREATE USER blocgraph_mallory SET PASSWORD 'not-a-secret-1' CHANGE NOT REQUIRED",
		"TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
		"SHOW TRANSACTIONS YIELD transactionId AS id TERMINATE TRANSACTIONS id YIELD message RETURN message",
		"CALL dbms.killConnection('bolt-1')",
	} {
		_, _, _, err := s.Query(ctx, q, nil, false)
		if !errors.Is(err, ErrReadOnly) {
			t.Errorf("read-only on system: %s\ngot %v, want a refusal (ErrReadOnly)", q, err)
		}
	}
	_, rows, _, err = s.Query(ctx, "SHOW USERS YIELD user WHERE user = 'blocgraph_mallory' RETURN user", nil, false)
	if err != nil || len(rows) != 0 {
		t.Errorf("SHOW USERS: %v %v", rows, err)
		s.Query(ctx, "DROP USER blocgraph_mallory IF EXISTS", nil, true)
	}
}
