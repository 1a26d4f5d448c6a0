//go:build unix

package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	store "github.com/blocgraph/blocgraph/graph/neo4j"
)

// TestHelperProcess is blocgraph itself when BLOCGRAPH_HELPER_PROCESS is set:
// the signal test runs it as a child process, with the arguments after "--".
func TestHelperProcess(t *testing.T) {
	if os.Getenv("BLOCGRAPH_HELPER_PROCESS") != "1" {
		return
	}
	args := os.Args
	for i, a := range args {
		if a == "--" {
			args = args[i+1:]
			break
		}
	}
	os.Exit(Run(append([]string{"blocgraph"}, args...), os.Stdin, os.Stdout, os.Stderr))
}

// manyEvents writes a facts file of n events between two states, one a day.
func manyEvents(t *testing.T, n int) string {
	t.Helper()
	var b strings.Builder
	b.WriteString("article: {id: many-days, published: 2024-12-31}\nfacts:\n")
	day := time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range n {
		subj, obj := "Cuba", "China"
		if i%2 == 1 {
			subj, obj = obj, subj
		}
		fmt.Fprintf(&b, "  - {subject: %s, relation: praised, object: %s, date: %s}\n", subj, obj, day.AddDate(0, 0, i).Format("2006-01-02"))
	}
	facts := filepath.Join(t.TempDir(), "many.yaml")
	if err := os.WriteFile(facts, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return facts
}

// childLoad is blocgraph load running in a child process (TestHelperProcess).
type childLoad struct {
	cmd         *exec.Cmd
	out, errOut bytes.Buffer
}

// startLoad starts blocgraph load args in a child process.
func startLoad(t *testing.T, args ...string) *childLoad {
	t.Helper()
	c := &childLoad{}
	c.cmd = exec.Command(os.Args[0], append([]string{"-test.run=^TestHelperProcess$", "--", "load"}, args...)...)
	c.cmd.Env = append(os.Environ(), "BLOCGRAPH_HELPER_PROCESS=1")
	c.cmd.Stdout, c.cmd.Stderr = &c.out, &c.errOut
	if err := c.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return c
}

// interrupt sends the load SIGINT and waits for it to end: its exit
// status, what it wrote to stderr and Wait's error.
func (c *childLoad) interrupt(t *testing.T) (code int, stderr string, err error) {
	t.Helper()
	if err := c.cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	err = c.cmd.Wait()
	return c.cmd.ProcessState.ExitCode(), c.errOut.String(), err
}

// countIn runs a query of one integer on st.
func countIn(t *testing.T, st *store.Store, q string) int {
	t.Helper()
	_, rows, _, err := st.Query(context.Background(), q, nil, false)
	if err != nil {
		t.Fatal(err)
	}
	return int(rows[0][0].(int64))
}

// TestLoadInterrupted sends SIGINT to a load (one transaction) while it is
// writing its events: it must stop with exit status 130, say that nothing
// of it was written, and have written nothing: no node, no relationship.
// Loading again loads it whole.
func TestLoadInterrupted(t *testing.T) {
	st := needNeo4j(t)
	ctx := context.Background()
	const n, batch = 20000, 20
	facts := manyEvents(t, n)
	all := func() int { return countIn(t, st, "MATCH (x) RETURN count(x) + COUNT { ()-[]->() }") }
	load := startLoad(t, "--batch-size", fmt.Sprint(batch), facts)
	// The load's writes are not visible from here until it commits: wait
	// until the server runs one of its statements of events, then let it
	// run a few hundred more.
	deadline := time.Now().Add(2 * time.Minute)
	for {
		_, rows, _, err := st.Query(ctx, "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $q RETURN count(*)",
			map[string]any{"q": ":PRAISED"}, false)
		if err != nil {
			t.Fatal(err)
		}
		if rows[0][0].(int64) > 0 {
			break
		}
		if time.Now().After(deadline) {
			load.cmd.Process.Kill()
			t.Fatalf("no statement of events after 2 minutes; stderr:\n%s", load.errOut.String())
		}
		time.Sleep(5 * time.Millisecond)
	}
	time.Sleep(300 * time.Millisecond)
	code, msg, err := load.interrupt(t)
	t.Logf("exit %d (%v): %s%s", code, err, load.out.String(), msg)
	if code == 0 {
		t.Fatalf("the load finished before the signal; the test needs a longer load")
	}
	if code != 130 {
		t.Errorf("exit status %d after SIGINT, want 130", code)
	}
	for _, want := range []string{"blocgraph: interrupted: nothing of this load was written to Neo4j at ", "run the same load again to load it whole"} {
		if !strings.Contains(msg, want) {
			t.Errorf("stderr lacks %q:\n%s", want, msg)
		}
	}
	if got := all(); got != 0 {
		t.Errorf("%d nodes and relationships in Neo4j after the interrupted load, want 0", got)
	}
	code, stdout, stderr := runNeo4j(t, "", "load", facts)
	if code != 0 {
		t.Fatalf("second load: exit %d %s", code, stderr)
	}
	lines := 0
	for _, line := range strings.Split(stdout, "\n") {
		if w := strings.Fields(line); len(w) == 3 && w[0] == "events" {
			lines++
			if w[1] != fmt.Sprint(n) || w[2] != "0" {
				t.Errorf("second load: %s events created, %s already present; want %d and 0", w[1], w[2], n)
			}
		}
	}
	if lines != 1 {
		t.Errorf("second load: no events line:\n%s", stdout)
	}
	_, rows, _, err := st.Query(ctx, "MATCH ()-[r:PRAISED]->() RETURN count(r)", nil, false)
	if err != nil || int(rows[0][0].(int64)) != n {
		t.Errorf("after the second load: %v events (%v), want %d", rows, err, n)
	}
}

// TestLoadInterruptedBatched sends SIGINT to a --batched load once its
// events are being written: it must stop with exit status 130 and say what
// is in Neo4j and that loading again completes it, which a second load then
// does.
func TestLoadInterruptedBatched(t *testing.T) {
	st := needNeo4j(t)
	// 20,000 events between two states, one a day, in small batches.
	const n, batch = 20000, 50
	facts := manyEvents(t, n)
	events := func() int { return countIn(t, st, "MATCH ()-[r:PRAISED]->() RETURN count(r)") }

	load := startLoad(t, "--batched", "--batch-size", fmt.Sprint(batch), "--concurrency", "1", facts)
	// With one batch in flight at a time, a third batch in the database
	// means the first one's commit has reached the client, so its summary
	// counts something: waiting for the first event only raced the commit's
	// answer on a loaded machine ("the message says 0 events, the database
	// holds 50").
	deadline := time.Now().Add(2 * time.Minute)
	for events() < 3*batch {
		if time.Now().After(deadline) {
			load.cmd.Process.Kill()
			t.Fatalf("no event loaded after 2 minutes; stderr:\n%s", load.errOut.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	code, msg, err := load.interrupt(t)
	t.Logf("exit %d (%v): %s", code, err, msg)
	if code != 130 {
		t.Errorf("exit status %d after SIGINT, want 130", code)
	}
	for _, want := range []string{"blocgraph: interrupted: at least ", " events are in Neo4j at ", "run the same load again to complete it"} {
		if !strings.Contains(msg, want) {
			t.Errorf("stderr lacks %q:\n%s", want, msg)
		}
	}
	got := events()
	if got >= n {
		t.Fatalf("all %d events were loaded before the signal; the test needs a longer load", got)
	}
	var done int
	if i := strings.Index(msg, " events are in Neo4j"); i >= 0 {
		f := strings.Fields(msg[:i])
		fmt.Sscan(f[len(f)-3], &done)
	}
	if done < 1 || done > got {
		t.Errorf("the message says %d events, the database holds %d", done, got)
	}
	// Loading again completes the load.
	code, stdout, stderr := runNeo4j(t, "", "load", "--batched", facts)
	if code != 0 {
		t.Fatalf("second load: exit %d %s", code, stderr)
	}
	if got := events(); got != n {
		t.Errorf("%d events after the second load, want %d", got, n)
	}
	for _, line := range strings.Split(stdout, "\n") {
		if f := strings.Fields(line); len(f) == 3 && f[0] == "events" {
			// A commit under way at the signal may land after got was counted.
			var created, present int
			fmt.Sscan(f[1], &created)
			fmt.Sscan(f[2], &present)
			if created+present != n || present < got {
				t.Errorf("second load: %d created, %d already present; want %d in all, at least %d present", created, present, n, got)
			}
		}
	}
}
