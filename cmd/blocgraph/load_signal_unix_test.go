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

// TestLoadInterrupted sends SIGINT to a load once its events are being
// written: it must stop with exit status 130 and say what is in Neo4j and
// that loading again completes it, which a second load then does.
func TestLoadInterrupted(t *testing.T) {
	st := needNeo4j(t)
	ctx := context.Background()
	// 20,000 events between two states, one a day, in small batches.
	const n, batch = 20000, 50
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
	events := func() int {
		_, rows, _, err := st.Query(ctx, "MATCH ()-[r:PRAISED]->() RETURN count(r)", nil, false)
		if err != nil {
			t.Fatal(err)
		}
		return int(rows[0][0].(int64))
	}

	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperProcess$", "--", "load", "--batch-size", fmt.Sprint(batch), "--concurrency", "1", facts)
	cmd.Env = append(os.Environ(), "BLOCGRAPH_HELPER_PROCESS=1")
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// With one batch in flight at a time, a third batch in the database
	// means the first one's commit has reached the client, so its summary
	// counts something: waiting for the first event only raced the commit's
	// answer on a loaded machine ("the message says 0 events, the database
	// holds 50").
	deadline := time.Now().Add(2 * time.Minute)
	for events() < 3*batch {
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatalf("no event loaded after 2 minutes; stderr:\n%s", errOut.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	err := cmd.Wait()
	code := cmd.ProcessState.ExitCode()
	msg := errOut.String()
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
	code, stdout, stderr := runNeo4j(t, "", "load", facts)
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
