package neo4j

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/graph/neo4j/neo4jtest"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

func TestSchemaIdempotent(t *testing.T) {
	s := testStore(t)
	ctx := context.Background()
	// Start from no schema of ours at all.
	dropSchema(t, s)
	schema := func() (constraints, indexes int) {
		c := count(t, s, "SHOW CONSTRAINTS YIELD name WHERE name STARTS WITH 'blocgraph_' RETURN count(*)", nil)
		i := count(t, s, "SHOW INDEXES YIELD name, state WHERE name STARTS WITH 'blocgraph_' AND state = 'ONLINE' RETURN count(*)", nil)
		return c, i
	}
	if c, i := schema(); c != 0 || i != 0 {
		t.Fatalf("after dropping: %d constraints, %d indexes", c, i)
	}
	// An index an earlier version created, which CreateSchema retires.
	retired := retiredSchema()[0]
	if _, _, _, err := s.Query(ctx, "CREATE INDEX "+retired+" FOR ()-[r:"+graph.RelationTypes()[0]+"]-() ON (r.date)", nil, true); err != nil {
		t.Fatal(err)
	}
	nTypes := len(graph.RelationTypes())
	wantC := len(graph.Kinds()) + len(graph.StructuralTypes()) + nTypes
	wantI := wantC + 2*nTypes // every constraint owns an index; day and article
	for round := 1; round <= 2; round++ {
		if err := s.CreateSchema(ctx); err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		if c, i := schema(); c != wantC || i != wantI {
			t.Errorf("round %d: %d constraints, %d online indexes; want %d, %d", round, c, i, wantC, wantI)
		}
		if n := count(t, s, "SHOW INDEXES YIELD name WHERE name = $name RETURN count(*)", map[string]any{"name": retired}); n != 0 {
			t.Errorf("round %d: the retired index %s is still there", round, retired)
		}
	}
}

// quoteName quotes a schema name that the test read from the server.
func quoteName(t testing.TB, name string) string {
	if strings.ContainsAny(name, "`") {
		t.Fatalf("odd schema name %q", name)
	}
	return "`" + name + "`"
}

func TestLoadReadRoundTrip(t *testing.T) {
	s := testStore(t)
	want := seedGraph(t)
	sum := mustLoad(t, s, want, LoadOptions{BatchSize: 7})
	if sum.NodesCreated != want.NumNodes() || sum.RelationshipsCreated != want.NumRelationships() || sum.EventsCreated != want.NumEvents() {
		t.Errorf("summary %+v, want everything created (%d nodes, %d relationships, %d events)", sum, want.NumNodes(), want.NumRelationships(), want.NumEvents())
	}
	got, err := s.Read(context.Background(), graph.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	equalGraphs(t, want, got)

	// The native dates are there for Cypher.
	n := count(t, s, "MATCH ()-[r]->() WHERE r.date IS NOT NULL AND r.day IS :: DATE AND r.day_end IS :: DATE AND r.day <= r.day_end RETURN count(r)", nil)
	if n != want.NumEvents() {
		t.Errorf("%d events with native day and day_end, want %d", n, want.NumEvents())
	}
}

func TestReadFilters(t *testing.T) {
	s := testStore(t)
	g := seedGraph(t)
	mustLoad(t, s, g, LoadOptions{})
	ctx := context.Background()
	tests := []struct {
		name string
		f    graph.EventFilter
	}{
		{"march", graph.EventFilter{Span: graph.Span{Start: graph.MustDate("2021-03"), End: graph.MustDate("2021-03")}}},
		{"from mid-april", graph.EventFilter{Span: graph.Span{Start: graph.MustDate("2021-04-15")}}},
		{"until 20 april", graph.EventFilter{Span: graph.Span{End: graph.MustDate("2021-04-20")}}},
		{"one day", graph.EventFilter{Span: graph.Span{Start: graph.MustDate("2021-04-20"), End: graph.MustDate("2021-04-20")}}},
		{"sanctions", graph.EventFilter{Relations: []string{"SANCTIONED"}}},
		{"cooperation in april", graph.EventFilter{Span: graph.Span{Start: graph.MustDate("2021-04"), End: graph.MustDate("2021-04-30")}, Relations: []string{"CONGRATULATED", "SENT_GIFT", "EXPRESSED_SOLIDARITY"}}},
		{"nothing", graph.EventFilter{Span: graph.Span{Start: graph.MustDate("1990"), End: graph.MustDate("1990")}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Read(ctx, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			// The same selection as analysis.Project makes, in memory.
			keep := map[string]bool{}
			for _, r := range tt.f.Relations {
				keep[r] = true
			}
			want := graph.New()
			for _, n := range g.Nodes() {
				want.AddNode(n)
			}
			for _, r := range g.Relationships() {
				want.AddRelationship(r)
			}
			for _, e := range g.Events() {
				if len(keep) > 0 && !keep[e.Type] {
					continue
				}
				if since := tt.f.Span.Start; !since.IsZero() && e.Date.End().Before(since.Start()) {
					continue
				}
				if until := tt.f.Span.End; !until.IsZero() && e.Date.Start().After(until.End()) {
					continue
				}
				want.AddEvent(e)
			}
			if tt.name != "nothing" && want.NumEvents() == 0 {
				t.Fatal("test selects no event")
			}
			if tt.name != "nothing" && want.NumEvents() == g.NumEvents() {
				t.Fatal("test selects every event")
			}
			equalGraphs(t, want, got)
		})
	}
	if _, err := s.Read(ctx, graph.EventFilter{Relations: []string{"HUGGED"}}); err == nil || !strings.Contains(err.Error(), "HUGGED") {
		t.Errorf("unknown relation: got %v", err)
	}
	if _, err := s.Read(ctx, graph.EventFilter{Span: graph.Span{Start: graph.MustDate("2022"), End: graph.MustDate("2021")}}); err == nil {
		t.Error("a window that ends before it starts: no error")
	}
}

func TestLoadTwice(t *testing.T) {
	s := testStore(t)
	g := seedGraph(t)
	counts := func() [3]int {
		return [3]int{
			count(t, s, "MATCH (n) RETURN count(n)", nil),
			count(t, s, "MATCH ()-[r]->() RETURN count(r)", nil),
			count(t, s, "MATCH (n) RETURN sum(size(keys(n)))", nil) + count(t, s, "MATCH ()-[r]->() RETURN sum(size(keys(r)))", nil),
		}
	}
	first := mustLoad(t, s, g, LoadOptions{BatchSize: 5})
	after1 := counts()
	second := mustLoad(t, s, g, LoadOptions{BatchSize: 3})
	after2 := counts()
	if after1 != after2 {
		t.Errorf("counts (nodes, relationships, properties) changed: %v then %v", after1, after2)
	}
	if want := g.NumNodes(); after1[0] != want {
		t.Errorf("%d nodes, want %d", after1[0], want)
	}
	if want := g.NumRelationships() + g.NumEvents(); after1[1] != want {
		t.Errorf("%d relationships, want %d", after1[1], want)
	}
	if first.NodesPresent() != 0 || first.EventsPresent() != 0 || first.RelationshipsPresent() != 0 {
		t.Errorf("first load found things present: %+v", first)
	}
	if second.NodesCreated != 0 || second.RelationshipsCreated != 0 || second.EventsCreated != 0 {
		t.Errorf("second load created something: %+v", second)
	}
	if second.NodesPresent() != g.NumNodes() || second.RelationshipsPresent() != g.NumRelationships() || second.EventsPresent() != g.NumEvents() {
		t.Errorf("second load: present %d/%d/%d, want %d/%d/%d", second.NodesPresent(), second.RelationshipsPresent(), second.EventsPresent(),
			g.NumNodes(), g.NumRelationships(), g.NumEvents())
	}
}

func TestLoadProgress(t *testing.T) {
	s := testStore(t)
	g := seedGraph(t)
	var calls [][2]int
	mustLoad(t, s, g, LoadOptions{BatchSize: 4, Progress: func(done, total int) { calls = append(calls, [2]int{done, total}) }})
	total := g.NumNodes() + g.NumRelationships() + g.NumEvents()
	if len(calls) == 0 || calls[len(calls)-1] != [2]int{total, total} {
		t.Fatalf("progress calls %v, want the last to be (%d, %d)", calls, total, total)
	}
	for i := 1; i < len(calls); i++ {
		if calls[i][0] <= calls[i-1][0] {
			t.Errorf("progress went back: %v", calls)
		}
	}
}

func TestHostileStrings(t *testing.T) {
	s := testStore(t)
	ctx := context.Background()
	base := seedGraph(t)
	mustLoad(t, s, base, LoadOptions{})
	hostile := []string{
		`it's`, `say "no"`, "back`tick`", `}) MATCH (n) DETACH DELETE n //`, "line one\nline two\r\n",
		`MATCH (n) DETACH DELETE n`, "Díaz-Canel — 金正恩 — Ким Чен Ын — 🇨🇺", `\u0027 \' \\`, "$rows", "' OR 1=1 --",
	}
	g := graph.New()
	must := func(_ any, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(g.AddNode(base.Node("CUB")))
	for i, h := range hostile {
		must(g.AddNode(&graph.Node{ID: fmt.Sprintf("h%d%s", i, h), Kind: graph.KindLeader, Name: h, Aliases: []string{h, h + "2"}}))
		must(g.AddNode(&graph.Node{ID: fmt.Sprintf("a%d%s", i, h), Kind: graph.KindArticle, Title: h, URL: "https://example.org/?q=" + h, Published: graph.MustDate("2021")}))
	}
	for i, h := range hostile {
		from, to := fmt.Sprintf("h%d%s", i, h), fmt.Sprintf("h%d%s", (i+1)%len(hostile), hostile[(i+1)%len(hostile)])
		_, _, err := g.AddEvent(&graph.Event{Type: "CRITICIZED", Subject: from, Object: to, Date: graph.MustDate("2021-05"),
			Article: fmt.Sprintf("a%d%s", i, h), Quote: h, Note: h, Count: 1, Confidence: 1, Goldstein: -2, Source: "facts"})
		if err != nil {
			t.Fatal(err)
		}
		must(g.AddRelationship(&graph.Relationship{Type: graph.LEADS, From: from, To: "CUB", Title: h, Term: graph.Span{Start: graph.MustDate("2020")}}))
	}
	mustLoad(t, s, g, LoadOptions{BatchSize: 3})
	got, err := s.Read(ctx, graph.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	want := graph.New()
	if err := want.Merge(base); err != nil {
		t.Fatal(err)
	}
	// g's LEADS point at CUB, which base holds.
	for _, n := range g.Nodes() {
		must(want.AddNode(n))
	}
	for _, r := range g.Relationships() {
		must(want.AddRelationship(r))
	}
	for _, e := range g.Events() {
		_, _, err := want.AddEvent(e)
		must(nil, err)
	}
	equalGraphs(t, want, got)
	if n := count(t, s, "MATCH (n) RETURN count(n)", nil); n != want.NumNodes() {
		t.Errorf("%d nodes in the database, want %d", n, want.NumNodes())
	}
	// Hostile values as query parameters, too.
	for _, h := range hostile {
		if n := count(t, s, "MATCH (n:Leader {name: $h}) RETURN count(n)", map[string]any{"h": h}); n != 1 {
			t.Errorf("name %q: %d nodes", h, n)
		}
	}
}

func TestOpenErrors(t *testing.T) {
	env := ConfigFromEnv()
	neo4jtest.Require(t)
	const distinctive = "Zq9-distinctive-PASSWORD-7x"
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	tests := []struct {
		name string
		cfg  Config
		want string
	}{
		{"wrong password", Config{URI: env.URI, Username: env.Username, Password: distinctive, Database: env.Database},
			"Neo4j at " + env.Address() + ": authentication failed for user " + env.Username + "; check NEO4J_PASSWORD"},
		{"unreachable", Config{URI: "bolt://127.0.0.1:1", Username: "neo4j", Password: distinctive},
			"cannot reach Neo4j at bolt://127.0.0.1:1: is the server running? (connection refused)"},
		{"unknown database", Config{URI: env.URI, Username: env.Username, Password: env.Password, Database: "nosuchdb"},
			`database "nosuchdb" does not exist on ` + env.Address()},
		{"password in the URI", Config{URI: "bolt://neo4j:" + distinctive + "@127.0.0.1:1", Username: "neo4j", Password: distinctive},
			"cannot reach Neo4j at bolt://127.0.0.1:1: is the server running? (connection refused)"},
		{"bad scheme", Config{URI: "http://127.0.0.1:7474", Username: "neo4j", Password: distinctive},
			"Neo4j URI http://127.0.0.1:7474: scheme http is not supported; use bolt://, bolt+s://, neo4j:// or neo4j+s://"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Open(ctx, tt.cfg)
			if err == nil {
				s.Close(ctx)
				t.Fatal("no error")
			}
			msg := err.Error()
			t.Logf("%s", msg)
			if tt.want != "" && msg != tt.want {
				t.Errorf("error\n%q\nwant\n%q", msg, tt.want)
			}
			if strings.Contains(msg, "\n") {
				t.Errorf("error has several lines: %q", msg)
			}
			for _, secret := range []string{distinctive, env.Password} {
				if strings.Contains(msg, secret) || strings.Contains(fmt.Sprintf("%+v %#v", err, err), secret) {
					t.Errorf("error shows a password: %q", msg)
				}
			}
		})
	}
}

func TestQueryModes(t *testing.T) {
	s := testStore(t)
	ctx := context.Background()
	_, _, _, err := s.Query(ctx, "CREATE (:Scratch {name: 'x'})", nil, false)
	if !errors.Is(err, ErrReadOnly) {
		t.Fatalf("CREATE in read mode: got %v, want ErrReadOnly", err)
	}
	if n := count(t, s, "MATCH (n) RETURN count(n)", nil); n != 0 {
		t.Fatalf("read mode wrote %d nodes", n)
	}
	quoted := `O'Brien said "hi" } // MATCH (n) DETACH DELETE n`
	keys, rows, sum, err := s.Query(ctx, "CREATE (n:Scratch {name: $name, tags: $tags, n: $n}) RETURN n.name AS name, n.tags AS tags, n.n AS num, n",
		map[string]any{"name": quoted, "tags": []any{"a", "b"}, "n": 3}, true)
	if err != nil {
		t.Fatal(err)
	}
	if sum.NodesCreated != 1 || sum.Statement != "read/write" {
		t.Errorf("summary %+v", sum)
	}
	if strings.Join(keys, ",") != "name,tags,num,n" || len(rows) != 1 {
		t.Fatalf("keys %v rows %v", keys, rows)
	}
	if rows[0][0] != quoted || !deepEqual(rows[0][1], []any{"a", "b"}) || rows[0][2] != int64(3) {
		t.Errorf("row %v", rows[0])
	}
	node, ok := rows[0][3].(map[string]any)
	if !ok || !deepEqual(node["labels"], []any{"Scratch"}) || node["properties"].(map[string]any)["name"] != quoted {
		t.Errorf("node as %#v", rows[0][3])
	}
	_, rows, _, err = s.Query(ctx, "RETURN date('2021-04-20') AS d, [1, 'two'] AS l, {k: 1.5} AS m, null AS z", nil, false)
	if err != nil {
		t.Fatal(err)
	}
	if want := []any{"2021-04-20", []any{int64(1), "two"}, map[string]any{"k": 1.5}, nil}; !deepEqual(rows[0], want) {
		t.Errorf("values %#v, want %#v", rows[0], want)
	}
	_, _, _, err = s.Query(ctx, "MATCH (n RETURN n", nil, false)
	if err == nil || strings.Contains(err.Error(), "\n") {
		t.Errorf("syntax error: %q", err)
	}
}

func TestWriteBack(t *testing.T) {
	s := testStore(t)
	ctx := context.Background()
	mustLoad(t, s, seedGraph(t), LoadOptions{})
	rows := []NodeProps{
		{Kind: graph.KindState, ID: "CUB", Props: map[string]any{"pagerank": 0.21, "bloc": 1, "bloc_label": "socialist bloc", "bloc_confidence": 0.98}},
		{Kind: graph.KindState, ID: "PRK", Props: map[string]any{"pagerank": 0.3, "bloc": 1, "bloc_label": "socialist bloc", "bloc_confidence": 1.0}},
		{Kind: graph.KindState, ID: "USA", Props: map[string]any{"pagerank": 0.1, "bloc": 2, "bloc_label": "conservative bloc", "bloc_confidence": 0.9}},
	}
	n, err := s.WriteBack(ctx, rows)
	if err != nil {
		t.Fatal(err)
	}
	if n != 12 {
		t.Errorf("%d properties written, want 12", n)
	}
	_, got, _, err := s.Query(ctx, "MATCH (s:State) WHERE s.bloc_label = 'socialist bloc' RETURN s.id, s.bloc, s.pagerank, s.bloc_confidence ORDER BY s.id", nil, false)
	if err != nil {
		t.Fatal(err)
	}
	want := [][]any{{"CUB", int64(1), 0.21, 0.98}, {"PRK", int64(1), 0.3, 1.0}}
	if !deepEqual(got, want) {
		t.Errorf("read back %v, want %v", got, want)
	}
	// A second load keeps the written properties; Read ignores them.
	mustLoad(t, s, seedGraph(t), LoadOptions{})
	if n := count(t, s, "MATCH (s:State) WHERE s.pagerank IS NOT NULL RETURN count(s)", nil); n != 3 {
		t.Errorf("%d states keep pagerank after a reload, want 3", n)
	}
	_, err = s.WriteBack(ctx, []NodeProps{{Kind: graph.KindState, ID: "ATL", Props: map[string]any{"bloc": 3}}, {Kind: graph.KindState, ID: "CUB", Props: map[string]any{"bloc": 1}}})
	if err == nil || !strings.Contains(err.Error(), `"ATL"`) {
		t.Errorf("write-back to a missing node: %v", err)
	}
	if _, err := s.WriteBack(ctx, []NodeProps{{Kind: graph.Kind("Bloc"), ID: "CUB"}}); err == nil {
		t.Error("write-back to an unknown label: no error")
	}
	if n := count(t, s, "MATCH (n) WHERE n.id = 'ATL' RETURN count(n)", nil); n != 0 {
		t.Error("write-back created a node")
	}
}

// TestConcurrentFirstLoads runs two loads at once on a database without
// blocgraph's schema, as two analysts' first `blocgraph load` would, several
// times: both create the schema at the same moment, and both must succeed
// (a deadlock between their schema commands is retried).
func TestConcurrentFirstLoads(t *testing.T) {
	s := testStore(t)
	ctx := context.Background()
	other := otherStore(t)
	g := seedGraph(t)
	for round := 1; round <= 3; round++ {
		clearDB(t, s)
		dropSchema(t, s)
		errs := make(chan error, 2)
		for _, st := range []*Store{s, other} {
			go func() {
				_, err := st.Load(ctx, g, LoadOptions{BatchSize: 10})
				errs <- err
			}()
		}
		for range 2 {
			if err := <-errs; err != nil {
				t.Errorf("round %d: %v", round, err)
			}
		}
		if n := count(t, s, "MATCH ()-[r]->() WHERE r.day IS NOT NULL RETURN count(r)", nil); n != g.NumEvents() {
			t.Errorf("round %d: %d events in the database, want %d", round, n, g.NumEvents())
		}
	}
}

// TestQueryErrorPositions: a read-only query is planned as "EXPLAIN " +
// the query, and the server's positions counted that prefix: "MATCH (n"
// gave "line 1, column 17 (offset: 16)" read-only and "column 9 (offset: 8)"
// with --write. Positions are the analyst's query's in both modes.
func TestQueryErrorPositions(t *testing.T) {
	s := testStore(t)
	ctx := context.Background()
	for _, tt := range []struct{ cypher, want string }{
		{"MATCH (n", "(line 1, column 9 (offset: 8))"},
		{"MATCH (n) RETURN n.name AS x ORDER BY y", "(line 1, column 39 (offset: 38))"},
		{"MATCH (n)\nRETURN nn", "(line 2, column 8 (offset: 17))"},
		{"PROFILE MATCH (n) RETURN nn", "(line 1, column 26 (offset: 25))"},
	} {
		for _, write := range []bool{false, true} {
			_, _, _, err := s.Query(ctx, tt.cypher, nil, write)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("%q (write %v): %v; want %s", tt.cypher, write, err, tt.want)
			}
		}
	}
}

func TestUnshiftPositions(t *testing.T) {
	err := &neo4j.Neo4jError{Code: "Neo.ClientError.Statement.SyntaxError", Msg: "Variable `nn` not defined (line 1, column 25 (offset: 24)); at (line 2, column 3 (offset: 30))"}
	got := unshiftPositions(err, 8).(*neo4j.Neo4jError)
	if want := "Variable `nn` not defined (line 1, column 17 (offset: 16)); at (line 2, column 3 (offset: 22))"; got.Msg != want || got.Code != err.Code {
		t.Errorf("%q; want %q", got.Msg, want)
	}
	if other := errors.New("x"); unshiftPositions(other, 8) != other {
		t.Error("another error changed")
	}
}
