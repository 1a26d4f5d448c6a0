package neo4j

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/blocgraph/blocgraph/graph"
)

// nodeSnapshot is every property of every node of the database, by label
// and id.
func nodeSnapshot(tb testing.TB, s *Store) map[string]map[string]any {
	tb.Helper()
	_, rows, _, err := s.Query(context.Background(), "MATCH (n) RETURN labels(n), n.id, properties(n)", nil, false)
	if err != nil {
		tb.Fatal(err)
	}
	out := map[string]map[string]any{}
	for _, r := range rows {
		key := fmt.Sprintf("%v %v", r[0], r[1])
		if _, dup := out[key]; dup {
			tb.Fatalf("two nodes %s", key)
		}
		out[key] = r[2].(map[string]any)
	}
	return out
}

// sameSnapshot reports every node whose properties differ between want and got.
func sameSnapshot(tb testing.TB, what string, want, got map[string]map[string]any) {
	tb.Helper()
	if len(want) != len(got) {
		tb.Errorf("%s: %d nodes, want %d", what, len(got), len(want))
	}
	bad := 0
	for k, w := range want {
		if g, ok := got[k]; !ok || !deepEqual(w, g) {
			tb.Errorf("%s: node %s has\n  %v\nwant\n  %v", what, k, g, w)
			if bad++; bad == 5 {
				tb.Fatalf("%s: too many differences", what)
			}
		}
	}
}

// afterWrite is snap with rows written on it, as Neo4j stores them: ints
// as int64, lists as []any, nil removing.
func afterWrite(tb testing.TB, snap map[string]map[string]any, rows []NodeProps) map[string]map[string]any {
	tb.Helper()
	out := map[string]map[string]any{}
	for k, p := range snap {
		out[k] = map[string]any{}
		for n, v := range p {
			out[k][n] = v
		}
	}
	for _, r := range rows {
		p := out[fmt.Sprintf("[%s] %s", r.Kind, r.ID)]
		if p == nil {
			tb.Fatalf("no %s %s in the snapshot", r.Kind, r.ID)
		}
		for n, v := range r.Props {
			if v == nil {
				delete(p, n)
			} else {
				p[n] = stored(v)
			}
		}
	}
	return out
}

func stored(v any) any {
	switch x := v.(type) {
	case int:
		return int64(x)
	case []int:
		l := make([]any, len(x))
		for i, e := range x {
			l[i] = int64(e)
		}
		return l
	case []string:
		l := make([]any, len(x))
		for i, e := range x {
			l[i] = e
		}
		return l
	case []float64:
		l := make([]any, len(x))
		for i, e := range x {
			l[i] = e
		}
		return l
	}
	return v
}

// firstRun is an earlier analysis's write-back on the seed graph: states,
// a leader and a party, so that a later one has something to replace.
func firstRun() []NodeProps {
	return []NodeProps{
		{Kind: graph.KindState, ID: "CUB", Props: map[string]any{"pagerank": 0.2, "bloc": 1, "bloc_label": "socialist bloc", "bloc_confidence": 0.9, "timeline_blocs": []int{1, 1}}},
		{Kind: graph.KindState, ID: "PRK", Props: map[string]any{"pagerank": 0.3, "bloc": 1, "bloc_label": "socialist bloc", "bloc_confidence": 1.0}},
		{Kind: graph.KindState, ID: "USA", Props: map[string]any{"pagerank": 0.1, "bloc": 2, "bloc_label": "Western bloc"}},
		{Kind: graph.KindLeader, ID: "kim-jong-un", Props: map[string]any{"pagerank": 0.4, "bloc": 1}},
	}
}

// firstRunStore is the seed graph loaded into an emptied database with
// firstRun written back, and every property of every node then.
func firstRunStore(t *testing.T) (*Store, map[string]map[string]any) {
	t.Helper()
	s := testStore(t)
	mustLoad(t, s, seedGraph(t), LoadOptions{})
	if _, err := s.WriteBack(context.Background(), firstRun()); err != nil {
		t.Fatal(err)
	}
	return s, nodeSnapshot(t, s)
}

// TestWriteBackMissingNodeChangesNothing: a write-back naming a node that is
// not in the database (here a state and a leader, after rows that are there)
// writes nothing at all: every property of every node is as before, and the
// error names what is missing. It once wrote the nodes that were there, then
// failed, leaving half of a new analysis over the old one.
func TestWriteBackMissingNodeChangesNothing(t *testing.T) {
	s, before := firstRunStore(t)
	ctx := context.Background()
	second := []NodeProps{
		{Kind: graph.KindState, ID: "CUB", Props: map[string]any{"pagerank": 0.25, "bloc": 2, "bloc_label": "other bloc", "bloc_confidence": nil, "timeline_blocs": nil}},
		{Kind: graph.KindState, ID: "PRK", Props: map[string]any{"pagerank": 0.35, "bloc": 2}},
		{Kind: graph.KindState, ID: "ATL", Props: map[string]any{"pagerank": 0.5}},
		{Kind: graph.KindLeader, ID: "kim-jong-un", Props: map[string]any{"pagerank": 0.45, "bloc": nil}},
		{Kind: graph.KindLeader, ID: "no-such-leader", Props: map[string]any{"pagerank": 0.05}},
		{Kind: graph.KindParty, ID: "no-such-party", Props: map[string]any{"pagerank": 0.05}},
	}
	n, err := s.WriteBack(ctx, second)
	t.Logf("error: %v", err)
	if err == nil {
		t.Fatalf("write-back to missing nodes: no error (%d properties)", n)
	}
	for _, want := range []string{`1 of 3 State nodes are not in Neo4j ("ATL")`, `1 of 2 Leader nodes are not in Neo4j ("no-such-leader")`,
		`1 of 1 Party nodes are not in Neo4j ("no-such-party")`, "load the graph first", "nothing written"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not say %q", err, want)
		}
	}
	if n != 0 {
		t.Errorf("%d properties written, want 0", n)
	}
	sameSnapshot(t, "after a write-back to missing nodes", before, nodeSnapshot(t, s))
	if k := count(t, s, "MATCH (n) WHERE n.id IN ['ATL', 'no-such-leader', 'no-such-party'] RETURN count(n)", nil); k != 0 {
		t.Errorf("write-back created %d nodes", k)
	}
	// The same write-back without the missing nodes writes all of it.
	var there []NodeProps
	for _, r := range second {
		if r.ID != "ATL" && !strings.HasPrefix(r.ID, "no-such-") {
			there = append(there, r)
		}
	}
	if _, err := s.WriteBack(ctx, there); err != nil {
		t.Fatal(err)
	}
	sameSnapshot(t, "after the write-back", afterWrite(t, before, there), nodeSnapshot(t, s))
}

// manyStates creates n State nodes S1 … Sn (no events), with an earlier
// run's pagerank on each.
func manyStates(tb testing.TB, s *Store, n int) {
	tb.Helper()
	if err := s.CreateSchema(context.Background()); err != nil {
		tb.Fatal(err)
	}
	if _, _, _, err := s.Query(context.Background(), "UNWIND range(1, $n) AS i CREATE (:State {id: 'S' + i, name: 'State ' + i, pagerank: 0.0})", map[string]any{"n": n}, true); err != nil {
		tb.Fatal(err)
	}
}

// TestWriteBackFailsInLastBatch: a write-back of more rows than one batch
// that fails in its last batch (the last row's node missing, or the command
// interrupted after the first batch was sent) leaves nothing written: no
// state has the new pagerank. It once committed each batch of 5,000 rows
// on its own.
func TestWriteBackFailsInLastBatch(t *testing.T) {
	s := testStore(t)
	n := DefaultBatchSize + 3
	rows := make([]NodeProps, n)
	for i := range rows {
		rows[i] = NodeProps{Kind: graph.KindState, ID: fmt.Sprintf("S%d", i+1), Props: map[string]any{"pagerank": 1.0 / float64(i+1), "bloc": i % 3}}
	}
	written := func() int {
		return count(t, s, "MATCH (s:State) WHERE s.pagerank > 0 OR s.bloc IS NOT NULL RETURN count(s)", nil)
	}
	var before map[string]map[string]any
	fresh := func() { // each case starts from the same database
		clearDB(t, s)
		manyStates(t, s, n)
		before = nodeSnapshot(t, s)
	}

	t.Run("missing last node", func(t *testing.T) {
		fresh()
		bad := append(append([]NodeProps(nil), rows...), NodeProps{Kind: graph.KindState, ID: "S-missing", Props: map[string]any{"pagerank": 0.5}})
		_, err := s.WriteBack(context.Background(), bad)
		if err == nil || !strings.Contains(err.Error(), fmt.Sprintf(`1 of %d State nodes are not in Neo4j ("S-missing")`, n+1)) {
			t.Errorf("error %v", err)
		}
		if k := written(); k != 0 {
			t.Errorf("%d states have the new results, want 0", k)
		}
		sameSnapshot(t, "after a write-back with its last node missing", before, nodeSnapshot(t, s))
	})

	t.Run("interrupted after the first batch", func(t *testing.T) {
		fresh()
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		batches := 0
		writeBackBatchDone = func(batch int) {
			batches = batch
			if batch == 1 {
				cancel() // Ctrl-C while the second batch is sent
			}
		}
		defer func() { writeBackBatchDone = nil }()
		_, err := s.WriteBack(ctx, rows)
		t.Logf("error: %v", err)
		if err == nil || !strings.Contains(err.Error(), "nothing written") || !strings.Contains(err.Error(), "interrupted") && !strings.Contains(err.Error(), "cancel") {
			t.Errorf("error %v", err)
		}
		if batches != 1 {
			t.Errorf("%d batches were set before the interruption, want 1", batches)
		}
		if k := written(); k != 0 {
			t.Errorf("%d states have the new results, want 0", k)
		}
		sameSnapshot(t, "after an interrupted write-back", before, nodeSnapshot(t, s))
	})

	t.Run("whole", func(t *testing.T) {
		fresh()
		batches := 0
		writeBackBatchDone = func(batch int) { batches = batch }
		defer func() { writeBackBatchDone = nil }()
		set, err := s.WriteBack(context.Background(), rows)
		if err != nil {
			t.Fatal(err)
		}
		if set != 2*n || batches != 2 {
			t.Errorf("%d properties in %d batches, want %d in 2", set, batches, 2*n)
		}
		sameSnapshot(t, "after the write-back", afterWrite(t, before, rows), nodeSnapshot(t, s))
	})
}

// TestWriteBackKinds: a write-back of several kinds (report --level actor)
// sets each row's properties on the node of its kind, removes those given
// as nil, and leaves every other property of every node as it was.
func TestWriteBackKinds(t *testing.T) {
	s, before := firstRunStore(t)
	ctx := context.Background()
	rows := []NodeProps{
		{Kind: graph.KindLeader, ID: "kim-jong-un", Props: map[string]any{"pagerank": 0.5, "bloc": nil, "bloc_label": "socialist bloc"}},
		{Kind: graph.KindState, ID: "CUB", Props: map[string]any{"pagerank": 0.15, "bloc_confidence": nil, "timeline_blocs": []int{2, -1}}},
		{Kind: graph.KindState, ID: "CHN", Props: map[string]any{"pagerank": 0.05, "bloc": 0, "timeline_bloc_labels": []string{"a", "b"}, "timeline_pagerank": []float64{0.1, 0.2}}},
		{Kind: graph.KindParty, ID: "workers-party-of-korea", Props: map[string]any{"pagerank": 0.01, "balance": -2.5}},
		{Kind: graph.KindLeader, ID: "miguel-diaz-canel", Props: map[string]any{"pagerank": 0.02}},
	}
	for _, r := range rows {
		if before[fmt.Sprintf("[%s] %s", r.Kind, r.ID)] == nil {
			t.Fatalf("the seed graph has no %s %s", r.Kind, r.ID)
		}
	}
	set, err := s.WriteBack(ctx, rows)
	if err != nil {
		t.Fatal(err)
	}
	if want := 13; set != want { // Neo4j counts a removal as a property set
		t.Errorf("%d properties set, want %d", set, want)
	}
	sameSnapshot(t, "after the write-back", afterWrite(t, before, rows), nodeSnapshot(t, s))
}

// TestWriteBackClearing: a write-back with a Clear removes its properties
// from every node of its labels that no row names, in the same
// transaction, and leaves every other property alone; one that fails
// (a node missing) clears nothing either.
func TestWriteBackClearing(t *testing.T) {
	s, before := firstRunStore(t)
	ctx := context.Background()
	clear := Clear{Kinds: []graph.Kind{graph.KindState, graph.KindLeader, graph.KindParty}, Props: []string{"pagerank", "bloc", "bloc_label", "bloc_confidence"}}

	bad := []NodeProps{
		{Kind: graph.KindState, ID: "PRK", Props: map[string]any{"pagerank": 0.6}},
		{Kind: graph.KindState, ID: "ATL", Props: map[string]any{"pagerank": 0.4}},
	}
	if _, err := s.WriteBackClearing(ctx, bad, clear); err == nil || !strings.Contains(err.Error(), `("ATL")`) {
		t.Errorf("write-back to a missing node: error %v", err)
	}
	sameSnapshot(t, "after a failed write-back", before, nodeSnapshot(t, s))

	rows := []NodeProps{{Kind: graph.KindState, ID: "PRK", Props: map[string]any{"pagerank": 0.6, "bloc": 0, "bloc_confidence": nil}}}
	sum, err := s.WriteBackClearing(ctx, rows, clear)
	if err != nil {
		t.Fatal(err)
	}
	// CUB, USA and Kim Jong-un had the first run's results; CUB keeps its timeline_blocs.
	if sum.Cleared != 3 || sum.Properties != 3 {
		t.Errorf("%+v, want 3 properties set and 3 nodes cleared", sum)
	}
	want := afterWrite(t, before, rows)
	for _, k := range []string{"[State] CUB", "[State] USA", "[Leader] kim-jong-un"} {
		for _, p := range clear.Props {
			delete(want[k], p)
		}
	}
	sameSnapshot(t, "after the write-back", want, nodeSnapshot(t, s))

	// Nothing left to clear: the same again clears no node.
	if sum, err := s.WriteBackClearing(ctx, rows, clear); err != nil || sum.Cleared != 0 {
		t.Errorf("the same write-back again: %+v, %v; want no node cleared", sum, err)
	}
	if _, err := s.WriteBackClearing(ctx, rows, Clear{Kinds: clear.Kinds, Props: []string{"id"}}); err == nil {
		t.Error("a write-back clearing id: no error")
	}
}
