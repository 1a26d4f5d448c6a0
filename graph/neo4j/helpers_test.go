package neo4j

import (
	"context"
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/blocgraph/blocgraph/graph"
)

// testStore opens the Neo4j of the environment (NEO4J_URI, NEO4J_PASSWORD …)
// with an empty database, or skips the test when none is configured; in CI
// (CI=true) a missing Neo4j fails the test instead.
func testStore(tb testing.TB) *Store {
	tb.Helper()
	if os.Getenv("NEO4J_URI") == "" || os.Getenv("NEO4J_PASSWORD") == "" {
		if os.Getenv("CI") == "true" {
			tb.Fatal("CI=true but no Neo4j configured: set NEO4J_URI and NEO4J_PASSWORD (scripts/test starts one)")
		}
		tb.Skip("no Neo4j configured (set NEO4J_URI and NEO4J_PASSWORD, or run scripts/test)")
	}
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

// handSeed builds, by hand, the graph of the seed article's facts
// (testdata/facts/kim-diaz-canel-2021.yaml) with the reference data it needs.
func handSeed(tb testing.TB) *graph.Graph {
	tb.Helper()
	g := graph.New()
	d := graph.MustDate
	must := func(_ any, err error) {
		tb.Helper()
		if err != nil {
			tb.Fatal(err)
		}
	}
	for _, n := range []*graph.Node{
		{ID: "PRK", Kind: graph.KindState, Name: "North Korea", ISO2: "KP", Capital: "Pyongyang", Aliases: []string{"DPRK", "Democratic People's Republic of Korea"}, Demonyms: []string{"North Korean"}},
		{ID: "CUB", Kind: graph.KindState, Name: "Cuba", ISO2: "CU", Capital: "Havana", Demonyms: []string{"Cuban"}},
		{ID: "CHN", Kind: graph.KindState, Name: "China", ISO2: "CN", Capital: "Beijing", Demonyms: []string{"Chinese"}},
		{ID: "VNM", Kind: graph.KindState, Name: "Vietnam", ISO2: "VN", Capital: "Hanoi"},
		{ID: "LAO", Kind: graph.KindState, Name: "Laos", ISO2: "LA", Capital: "Vientiane"},
		{ID: "USA", Kind: graph.KindState, Name: "United States", ISO2: "US", Capital: "Washington", Aliases: []string{"U.S."}},
		{ID: "KOR", Kind: graph.KindState, Name: "South Korea", ISO2: "KR", Capital: "Seoul"},
		{ID: "JPN", Kind: graph.KindState, Name: "Japan", ISO2: "JP", Capital: "Tokyo"},
		{ID: "kim-jong-un", Kind: graph.KindLeader, Name: "Kim Jong-un", Aliases: []string{"Kim Jong Un"}},
		{ID: "miguel-diaz-canel", Kind: graph.KindLeader, Name: "Miguel Díaz-Canel", Aliases: []string{"Diaz-Canel"}},
		{ID: "xi-jinping", Kind: graph.KindLeader, Name: "Xi Jinping"},
		{ID: "joe-biden", Kind: graph.KindLeader, Name: "Joe Biden"},
		{ID: "workers-party-of-korea", Kind: graph.KindParty, Name: "Workers' Party of Korea", State: "PRK", Ideology: "juche"},
		{ID: "communist-party-of-cuba", Kind: graph.KindParty, Name: "Communist Party of Cuba", State: "CUB", Ideology: "communism"},
		{ID: "communist-party-of-china", Kind: graph.KindParty, Name: "Chinese Communist Party", State: "CHN", Ideology: "communism"},
		{ID: "communist-party-of-vietnam", Kind: graph.KindParty, Name: "Communist Party of Vietnam", State: "VNM", Ideology: "communism"},
		{ID: "lao-peoples-revolutionary-party", Kind: graph.KindParty, Name: "Lao People's Revolutionary Party", State: "LAO", Ideology: "communism"},
		{ID: "kim-diaz-canel-2021", Kind: graph.KindArticle, Title: "What's the plan? Kim Jong-un sends 3 congratulatory messages to new Cuban leader in 1 week", Published: d("2021-04-23")},
	} {
		must(g.AddNode(n))
	}
	for _, r := range []*graph.Relationship{
		{Type: graph.LEADS, From: "kim-jong-un", To: "PRK", Title: "Supreme Leader", Start: d("2011-12-17")},
		{Type: graph.LEADS, From: "miguel-diaz-canel", To: "CUB", Title: "President", Start: d("2019-10-10")},
		{Type: graph.LEADS, From: "xi-jinping", To: "CHN", Title: "President", Start: d("2013-03-14")},
		{Type: graph.LEADS, From: "joe-biden", To: "USA", Title: "President", Start: d("2021-01-20"), End: d("2025-01-20")},
		{Type: graph.HEADS, From: "kim-jong-un", To: "workers-party-of-korea", Title: "General Secretary", Start: d("2012-04")},
		{Type: graph.HEADS, From: "miguel-diaz-canel", To: "communist-party-of-cuba", Title: "First Secretary", Start: d("2021-04-19")},
		{Type: graph.HEADS, From: "xi-jinping", To: "communist-party-of-china", Title: "General Secretary", Start: d("2012-11-15")},
		{Type: graph.RULES, From: "workers-party-of-korea", To: "PRK", Start: d("1948")},
		{Type: graph.RULES, From: "communist-party-of-cuba", To: "CUB", Start: d("1965")},
		{Type: graph.RULES, From: "communist-party-of-china", To: "CHN", Start: d("1949")},
		{Type: graph.RULES, From: "communist-party-of-vietnam", To: "VNM", Start: d("1976")},
		{Type: graph.RULES, From: "lao-peoples-revolutionary-party", To: "LAO", Start: d("1975")},
	} {
		must(g.AddRelationship(r))
	}
	const art = "kim-diaz-canel-2021"
	ev := func(subj, typ, obj, date string, count int, conf float64, quote, note string) {
		rel, ok := graph.RelationByType(typ)
		if !ok {
			tb.Fatalf("no relation %s", typ)
		}
		_, _, err := g.AddEvent(&graph.Event{Type: typ, Subject: subj, Object: obj, Date: d(date), Article: art, Quote: quote, Note: note,
			CAMEO: rel.CAMEO, Goldstein: rel.Goldstein, Count: count, Confidence: conf, Source: "facts"})
		if err != nil {
			tb.Fatal(err)
		}
	}
	ev("kim-jong-un", "CONGRATULATED", "miguel-diaz-canel", "2021-04", 2, 1, "Before that, Kim Jong Un had sent two congratulatory messages on the election of Diaz-Canel.", "Two messages on his election as First Secretary (19 April 2021).")
	ev("kim-jong-un", "CONGRATULATED", "miguel-diaz-canel", "2021-04-20", 1, 1, "According to KCNA, Kim Jong Un congratulated Diaz-Canel on his birthday in the latest message", "")
	ev("kim-jong-un", "EXPRESSED_SOLIDARITY", "CUB", "2021-04-20", 1, 1, "and expressed solidarity with his “difficult brother” Cuba, which is also under U.S. sanctions.", "In the birthday message.")
	ev("kim-jong-un", "SENT_GIFT", "miguel-diaz-canel", "2021-04", 1, 0.8, "Kim Jong Un also reportedly sent a large flower basket to the new Communist Party leader through the North Korean ambassador to Cuba.", "Reportedly: confidence lowered.")
	ev("USA", "SANCTIONED", "CUB", "2021-04-23", 1, 1, "Cuba, which is also under U.S. sanctions.", "")
	ev("USA", "SANCTIONED", "PRK", "2021-04-23", 1, 1, "expressed solidarity with his “difficult brother” Cuba, which is also under U.S. sanctions.", "")
	ev("kim-jong-un", "APPEALED_FOR_COOPERATION", "xi-jinping", "2021-03", 1, 1, "In March, Kim Jong Un sent a message to Communist Party leader Xi Jinping calling for “unity and cooperation,”", "")
	ev("xi-jinping", "PRAISED", "PRK", "2021-03", 1, 1, "Xi described the relationship between Beijing and Pyongyang as “a valuable asset.", "")
	for _, st := range []string{"VNM", "LAO", "CUB"} {
		ev("kim-jong-un", "APPEALED_FOR_COOPERATION", st, "2021-03", 1, 1, "Also in March, Kim Jong Un sent several verbal messages to the leaders of Vietnam, Laos and Cuba, urging stronger ties with the expanding socialist countries.", "The article does not name the leaders; the state stands for them.")
	}
	ev("PRK", "BOYCOTTED", "JPN", "2021-04", 1, 1, "After launching a short-range ballistic missile on March 25, North Korea announced it would not participate in the Tokyo Summer Olympics", "")
	ev("PRK", "REDUCED_RELATIONS", "KOR", "2021-04-23", 1, 1, "These moves by the North Korean regime stand in stark contrast to its further isolation from South Korea, the United States and other democracies in the international community.", "")
	ev("PRK", "REDUCED_RELATIONS", "USA", "2021-04-23", 1, 1, "These moves by the North Korean regime stand in stark contrast to its further isolation from South Korea, the United States and other democracies in the international community.", "")
	return g
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
