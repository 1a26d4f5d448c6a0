package neo4j

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/graph/neo4j/internal/synth"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// dump is every node and relationship of the database with its labels or
// type and all its properties, one line each, sorted.
func dump(tb testing.TB, s *Store) string {
	tb.Helper()
	var out []string
	for _, q := range []string{
		"MATCH (n) RETURN labels(n), properties(n) ORDER BY n.id",
		"MATCH (a)-[r]->(b) RETURN type(r), a.id, b.id, properties(r) ORDER BY r.id",
	} {
		_, rows, _, err := s.Query(context.Background(), q, nil, false)
		if err != nil {
			tb.Fatalf("%s: %v", q, err)
		}
		for _, r := range rows {
			out = append(out, fmt.Sprint(r...))
		}
	}
	return strings.Join(out, "\n")
}

// twoGraphs are a graph to load first and a second one that overlaps it:
// the same states (one renamed) and leaders, more states, other events.
func twoGraphs() (first, second *graph.Graph) {
	first = synth.Graph(synth.Sizes{States: 20, Leaders: 20, Articles: 10, Events: 300, Seed: 1})
	second = synth.Graph(synth.Sizes{States: 40, Leaders: 20, Articles: 10, Events: 3000, Seed: 2})
	second.Nodes()[0].Name = "renamed by the second load"
	return first, second
}

// TestLoadInterruptedChangesNothing cancels a load after its first
// statement, after its first statement of events, and after its last one
// (before the commit): each time the database is exactly as the earlier load
// left it, node and relationship properties included, and then the load
// runs whole.
func TestLoadInterruptedChangesNothing(t *testing.T) {
	s := testStore(t)
	first, second := twoGraphs()
	mustLoad(t, s, first, LoadOptions{BatchSize: 100})
	before := dump(t, s)
	if before == "" {
		t.Fatal("nothing in the database after the first load")
	}
	nonEvents := second.NumNodes() + second.NumRelationships()
	total := nonEvents + second.NumEvents()
	for _, c := range []struct {
		name string
		stop func(done int) bool
	}{
		{"after the first statement", func(done int) bool { return done > 0 }},
		{"after the first statement of events", func(done int) bool { return done > nonEvents }},
		{"after the last statement", func(done int) bool { return done == total }},
	} {
		ctx, cancel := context.WithCancel(context.Background())
		stopped := 0
		sum, err := s.Load(ctx, second, LoadOptions{BatchSize: 100, Progress: func(done, _ int) {
			if stopped == 0 && c.stop(done) {
				stopped = done
				cancel()
			}
		}})
		cancel()
		if stopped == 0 {
			t.Fatalf("%s: never stopped", c.name)
		}
		if err == nil || !strings.Contains(err.Error(), "nothing written") || !strings.Contains(err.Error(), "canceled") {
			t.Errorf("%s (%d of %d rows sent): error %v, want one that says nothing was written", c.name, stopped, total, err)
		}
		if sum.NodesDone+sum.RelationshipsDone+sum.EventsDone != 0 {
			t.Errorf("%s: the summary counts rows done: %+v", c.name, sum)
		}
		if after := dump(t, s); after != before {
			t.Errorf("%s (%d of %d rows sent): the database changed: %d bytes before, %d after", c.name, stopped, total, len(before), len(after))
		}
	}
	sum := mustLoad(t, s, second, LoadOptions{BatchSize: 100})
	if n := count(t, s, "MATCH ()-[r]->() WHERE r.day IS NOT NULL RETURN count(r)", nil); n != first.NumEvents()+second.NumEvents() {
		t.Errorf("%d events after loading both, want %d", n, first.NumEvents()+second.NumEvents())
	}
	if sum.EventsCreated != second.NumEvents() || sum.NodesPresent() != first.NumNodes() || sum.Transactions != 1 || sum.Batches < 30 {
		t.Errorf("second load: %+v; want %d events created, %d nodes present, one transaction of at least 30 statements",
			sum, second.NumEvents(), first.NumNodes())
	}
	if n := count(t, s, "MATCH (n {name: 'renamed by the second load'}) RETURN count(n)", nil); n != 1 {
		t.Errorf("%d renamed nodes after the second load, want 1", n)
	}
}

// TestLoadServerErrorChangesNothing: a statement of events that the server
// refuses part-way through a load (a uniqueness constraint of the analyst's
// own on quotes, which two events of the second graph break) rolls back
// everything before it: the nodes, the structural relationships and the
// events of the statements that ran.
func TestLoadServerErrorChangesNothing(t *testing.T) {
	s := testStore(t)
	first, _ := twoGraphs()
	mustLoad(t, s, first, LoadOptions{})
	before := dump(t, s)
	big := synth.Graph(synth.Sizes{States: 40, Leaders: 20, Articles: 10, Events: 20_000, Seed: 3})
	// The last event of the largest type, by id, gets the quote of the
	// first one of it: it is in the last statement of that type's events.
	byType := map[string][]*graph.Event{}
	for _, e := range big.Events() {
		byType[e.Type] = append(byType[e.Type], e)
	}
	var typ string
	for k, v := range byType {
		if len(v) > len(byType[typ]) || (len(v) == len(byType[typ]) && k < typ) {
			typ = k
		}
	}
	evs := byType[typ]
	slices.SortFunc(evs, func(a, b *graph.Event) int { return strings.Compare(a.ID, b.ID) })
	evs[len(evs)-1].Quote = evs[0].Quote
	ctx := context.Background()
	name := "test_unique_quote"
	if _, _, _, err := s.Query(ctx, "CREATE CONSTRAINT "+name+" IF NOT EXISTS FOR ()-[r:"+vocabType(typ)+"]-() REQUIRE r.quote IS UNIQUE", nil, true); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if _, _, _, err := s.Query(ctx, "DROP CONSTRAINT "+name+" IF EXISTS", nil, true); err != nil {
			t.Error(err)
		}
	})
	sent := 0
	_, err := s.Load(ctx, big, LoadOptions{BatchSize: 500, SkipSchema: true, Progress: func(done, _ int) { sent = max(sent, done) }})
	t.Logf("%d of %d rows sent (%d events of %s): %v", sent, big.NumNodes()+big.NumRelationships()+big.NumEvents(), len(evs), typ, err)
	if err == nil || !strings.Contains(err.Error(), "nothing written") || !strings.Contains(err.Error(), "ConstraintValidationFailed") {
		t.Errorf("error %v, want the server's refusal and nothing written", err)
	}
	if sent <= big.NumNodes()+big.NumRelationships()+len(evs)/2 {
		t.Errorf("failed after %d rows: the test means a failure well into the events", sent)
	}
	if after := dump(t, s); after != before {
		t.Errorf("the database changed: %d bytes before, %d after", len(before), len(after))
	}
}

// planOperators lists the operators of a plan and of all its children.
func planOperators(p neo4j.Plan) []string {
	out := []string{p.Operator()}
	for _, c := range p.Children() {
		out = append(out, planOperators(c)...)
	}
	return out
}

// TestLoadPlansSeek: every statement a load runs finds nodes and events by
// seeks of the id indexes, never by a scan, on a database just loaded. A
// cached plan of the count of the events already there once scanned the
// whole index for each id (USING INDEX allows that; USING INDEX SEEK does
// not), which made a second load of 200,000 events three to eight times
// slower. The planner chose that scan only in some states of the server,
// which this test does not make (it passes with the old hint too): it
// checks that the statements are planned as seeks, not that no state of
// the server makes them scan.
func TestLoadPlansSeek(t *testing.T) {
	s := testStore(t)
	ctx := context.Background()
	g := synth.Graph(synth.Sizes{States: 5, Leaders: 5, Articles: 3, Events: 300, Seed: 7})
	mustLoad(t, s, g, LoadOptions{})
	batches, err := planLoad(g, DefaultBatchSize)
	if err != nil {
		t.Fatal(err)
	}
	sess := s.session(ctx, neo4j.AccessModeRead)
	defer sess.Close(ctx)
	explain := func(q string, params map[string]any) {
		t.Helper()
		res, err := sess.Run(ctx, "EXPLAIN "+q, params)
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		sum, err := res.Consume(ctx)
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		for _, op := range planOperators(sum.Plan()) {
			if strings.Contains(op, "Scan") {
				t.Errorf("%s scans (%s): %v", q, op, planOperators(sum.Plan()))
				return
			}
		}
	}
	events, typ := 0, ""
	for _, b := range batches {
		if b.phase == phaseEvents && typ == "" {
			typ = b.typ
		}
		if b.phase == phaseEvents && b.typ != typ {
			continue // one type's statements stand for all: a plan takes a while to make
		}
		b.build()
		explain(b.query, b.params)
		if b.phase == phaseEvents {
			events++
			explain(fmt.Sprintf(existingEvents, b.typ), map[string]any{"ids": b.ids()})
			explain(fmt.Sprintf(createEvents, b.from, b.to, b.typ, eventMap(true)), b.params)
		}
	}
	if events == 0 {
		t.Fatal("no event statements")
	}
}
