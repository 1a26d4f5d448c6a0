package neo4j

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/graph/neo4j/internal/synth"
)

// neo4jCtl returns the path of scripts/neo4j, or skips (fails in CI) when it
// is not there.
func neo4jCtl(t *testing.T) string {
	t.Helper()
	ctl := os.Getenv("BLOCGRAPH_NEO4J_CTL")
	if ctl == "" {
		ctl = "../../scripts/neo4j"
	}
	ctl, _ = filepath.Abs(ctl)
	if _, err := os.Stat(ctl); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("CI=true but the Neo4j control script %s is missing (set BLOCGRAPH_NEO4J_CTL)", ctl)
		}
		t.Skipf("no Neo4j control script at %s (set BLOCGRAPH_NEO4J_CTL)", ctl)
	}
	return ctl
}

func ctl(t *testing.T, script string, arg string) {
	t.Helper()
	cmd := exec.Command(script, arg)
	if os.Getenv("NEO4J_START_TIMEOUT") == "" {
		// Recovery replays every transaction since the last checkpoint: after
		// a busy session that can take minutes. Slow, but not a failure.
		cmd.Env = append(os.Environ(), "NEO4J_START_TIMEOUT=900")
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %s: %v\n%s", script, arg, err, stderr.String())
	}
	t.Logf("%s %s: %s", filepath.Base(script), arg, strings.TrimSpace(stderr.String()))
}

// TestCrashRecovery kills the server with SIGKILL in the middle of a load
// (a load is one transaction), restarts it, and finds nothing of the load
// there; loading again loads it whole, every row created.
func TestCrashRecovery(t *testing.T) {
	g, s2, before, _ := crashMidLoad(t, LoadOptions{SkipSchema: true})
	if before != 0 {
		t.Errorf("after the crash: %d nodes and relationships of an uncommitted load are in the database", before)
	}
	sum, err := s2.Load(context.Background(), g, LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("second load: %+v (%.0f events/s)", sum, sum.EventsPerSecond())
	checkWhole(t, s2, g)
	if sum.NodesCreated != g.NumNodes() || sum.RelationshipsCreated != g.NumRelationships() || sum.EventsCreated != g.NumEvents() {
		t.Errorf("second load: %d nodes, %d relationships, %d events created; want all of them (%d, %d, %d)",
			sum.NodesCreated, sum.RelationshipsCreated, sum.EventsCreated, g.NumNodes(), g.NumRelationships(), g.NumEvents())
	}
}

// TestCrashRecoveryBatched is TestCrashRecovery for a batched load
// (resumable, not atomic): the batches committed before the crash are there
// after it, and loading again completes the load, without duplicates.
func TestCrashRecoveryBatched(t *testing.T) {
	g, s2, before, rels := crashMidLoad(t, LoadOptions{SkipSchema: true, Batched: true})
	if rels == 0 {
		t.Error("nothing survived the crash, though batches had committed")
	}
	sum, err := s2.Load(context.Background(), g, LoadOptions{Batched: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("second load: %+v (%.0f events/s)", sum, sum.EventsPerSecond())
	checkWhole(t, s2, g)
	if got := sum.EventsCreated + rels - g.NumRelationships(); sum.EventsPresent() == 0 || got != g.NumEvents() {
		t.Errorf("second load: %d events created, %d present; %d relationships were there before (%d nodes and relationships)", sum.EventsCreated, sum.EventsPresent(), rels, before)
	}
}

// crashMidLoad loads a graph of 100,000 events with opts, kills the server
// with SIGKILL once 10,000 events are written (sent, in one transaction;
// committed, batched), restarts it and returns the graph, a store on the
// restarted server, and the nodes plus relationships, and the relationships
// alone, in the database then.
func crashMidLoad(t *testing.T, opts LoadOptions) (*graph.Graph, *Store, int, int) {
	s := testStore(t)
	script := neo4jCtl(t)
	if testing.Short() {
		t.Skip("crash test skipped in -short mode")
	}
	g := synth.Graph(synth.Sizes{States: 150, Leaders: 150, Articles: 500, Events: 100_000, Seed: 7})
	if err := s.CreateSchema(context.Background()); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var eventsDone atomic.Int64
	firstRows := int64(g.NumNodes() + g.NumRelationships())
	started := make(chan struct{})
	errc := make(chan error, 1)
	opts.Progress = func(done, total int) {
		if int64(done)-firstRows >= 10_000 && eventsDone.Swap(int64(done)) == 0 {
			close(started)
		}
	}
	go func() {
		_, err := s.Load(ctx, g, opts)
		errc <- err
	}()
	select {
	case <-started:
	case err := <-errc:
		t.Fatalf("the load ended before the crash: %v", err)
	case <-time.After(60 * time.Second):
		t.Fatal("no batch of events written within 60 s")
	}
	ctl(t, script, "kill")
	cancel()
	if err := <-errc; err == nil {
		t.Fatal("the first load finished before the kill took effect")
	} else {
		t.Logf("first load, interrupted: %v", err)
	}
	s.Close(context.Background())

	restart := time.Now()
	ctl(t, script, "start")
	t.Logf("restarted in %.1f s", time.Since(restart).Seconds())
	var s2 *Store
	deadline := time.Now().Add(60 * time.Second)
	for {
		c, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		var err error
		s2, err = Open(c, ConfigFromEnv())
		cancel()
		if err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("Neo4j not back after restart: %v", err)
		}
		time.Sleep(500 * time.Millisecond)
	}
	t.Cleanup(func() { s2.Close(context.Background()) })
	nodes := count(t, s2, "MATCH (n) RETURN count(n)", nil)
	rels := count(t, s2, "MATCH ()-[r]->() RETURN count(r)", nil)
	t.Logf("after the crash: %d nodes of %d, %d relationships of %d", nodes, g.NumNodes(), rels, g.NumRelationships()+g.NumEvents())
	return g, s2, nodes + rels, rels
}

// checkWhole checks that the database holds g's nodes and relationships
// exactly, none duplicated.
func checkWhole(t *testing.T, s *Store, g *graph.Graph) {
	t.Helper()
	if n := count(t, s, "MATCH (n) RETURN count(n)", nil); n != g.NumNodes() {
		t.Errorf("%d nodes, want %d", n, g.NumNodes())
	}
	if n := count(t, s, "MATCH ()-[r]->() RETURN count(r)", nil); n != g.NumRelationships()+g.NumEvents() {
		t.Errorf("%d relationships, want %d", n, g.NumRelationships()+g.NumEvents())
	}
	if n := count(t, s, "MATCH ()-[r]->() WITH r.id AS id, count(*) AS c WHERE c > 1 RETURN count(*)", nil); n != 0 {
		t.Errorf("%d relationship ids are duplicated", n)
	}
	if n := count(t, s, "MATCH (n) WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN count(*)", nil); n != 0 {
		t.Errorf("%d node ids are duplicated", n)
	}
}
