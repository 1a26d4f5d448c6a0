package neo4j

import (
	"context"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/graph/neo4j/neo4jtest"
)

// testStore opens the Neo4j of the environment (NEO4J_URI, NEO4J_PASSWORD …)
// with an empty database, or skips the test when none is configured; in CI
// (CI=true) a missing Neo4j fails the test instead. Test processes of other
// packages wait until this one is done with the server (neo4jtest.Require).
func testStore(tb testing.TB) *Store {
	tb.Helper()
	neo4jtest.Require(tb)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	s, err := Open(ctx, ConfigFromEnv())
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close(context.Background()) })
	clearDB(tb, s)
	return s
}

// otherStore opens a second connection to the test server, as another
// blocgraph process would, without clearing the database.
func otherStore(tb testing.TB) *Store {
	tb.Helper()
	s, err := Open(context.Background(), ConfigFromEnv())
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close(context.Background()) })
	return s
}

// clearDB deletes every relationship and node, in batches.
func clearDB(tb testing.TB, s *Store) {
	tb.Helper()
	ctx := context.Background()
	for _, q := range []string{
		"MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS",
		"MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 20000 ROWS",
	} {
		if _, _, _, err := s.Query(ctx, q, nil, true); err != nil {
			tb.Fatalf("clearing the database: %v", err)
		}
	}
}

// dropSchema drops every constraint and index of blocgraph's, as on a
// database blocgraph never loaded.
func dropSchema(tb testing.TB, s *Store) {
	tb.Helper()
	ctx := context.Background()
	for _, q := range []string{
		"SHOW CONSTRAINTS YIELD name WHERE name STARTS WITH 'blocgraph_' RETURN 'CONSTRAINT', name",
		"SHOW INDEXES YIELD name, owningConstraint WHERE name STARTS WITH 'blocgraph_' AND owningConstraint IS NULL RETURN 'INDEX', name",
	} {
		_, rows, _, err := s.Query(ctx, q, nil, false)
		if err != nil {
			tb.Fatal(err)
		}
		for _, r := range rows {
			if _, _, _, err := s.Query(ctx, "DROP "+r[0].(string)+" "+quoteName(tb, r[1].(string)), nil, true); err != nil {
				tb.Fatal(err)
			}
		}
	}
}

// count runs a query that returns one integer.
func count(tb testing.TB, s *Store, q string, params map[string]any) int {
	tb.Helper()
	_, rows, _, err := s.Query(context.Background(), q, params, false)
	if err != nil {
		tb.Fatalf("%s: %v", q, err)
	}
	if len(rows) != 1 || len(rows[0]) != 1 {
		tb.Fatalf("%s: want one value, got %v", q, rows)
	}
	n, ok := rows[0][0].(int64)
	if !ok {
		tb.Fatalf("%s: want an integer, got %T %v", q, rows[0][0], rows[0][0])
	}
	return int(n)
}

func mustLoad(tb testing.TB, s *Store, g *graph.Graph, opts LoadOptions) LoadSummary {
	tb.Helper()
	sum, err := s.Load(context.Background(), g, opts)
	if err != nil {
		tb.Fatal(err)
	}
	return sum
}

// equalGraphs compares every node, relationship and event field of two graphs.
func equalGraphs(tb testing.TB, want, got *graph.Graph) {
	tb.Helper()
	if a, b := want.NumNodes(), got.NumNodes(); a != b {
		tb.Errorf("nodes: want %d, got %d", a, b)
	}
	if a, b := want.NumRelationships(), got.NumRelationships(); a != b {
		tb.Errorf("relationships: want %d, got %d", a, b)
	}
	if a, b := want.NumEvents(), got.NumEvents(); a != b {
		tb.Errorf("events: want %d, got %d", a, b)
	}
	deepEqualLists(tb, "node", want.Nodes(), got.Nodes(), func(n *graph.Node) string { return n.ID })
	deepEqualLists(tb, "relationship", want.Relationships(), got.Relationships(), func(r *graph.Relationship) string { return r.ID })
	deepEqualLists(tb, "event", want.Events(), got.Events(), func(e *graph.Event) string { return e.ID })
}

func deepEqualLists[T any](tb testing.TB, what string, want, got []*T, id func(*T) string) {
	tb.Helper()
	sort.Slice(want, func(i, j int) bool { return id(want[i]) < id(want[j]) })
	sort.Slice(got, func(i, j int) bool { return id(got[i]) < id(got[j]) })
	byID := map[string]*T{}
	for _, x := range got {
		byID[id(x)] = x
	}
	bad := 0
	for _, w := range want {
		g := byID[id(w)]
		if g == nil {
			tb.Errorf("%s %s: missing", what, id(w))
		} else if !deepEqual(w, g) {
			tb.Errorf("%s %s:\nwant %+v\n got %+v", what, id(w), *w, *g)
		} else {
			continue
		}
		if bad++; bad > 10 {
			tb.Fatalf("too many differences")
		}
	}
}

func ids[T any](xs []*T, id func(*T) string) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = id(x)
	}
	return strings.Join(s, ",")
}
