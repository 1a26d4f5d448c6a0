//go:build unix

package loader

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestNonRegularFiles: a named pipe called *.yaml (or *.csv) would block a
// read for ever. Named outright it is refused; found by a folder walk it is
// skipped and listed. Neither may hang.
func TestNonRegularFiles(t *testing.T) {
	dir := t.TempDir()
	seed, err := os.ReadFile(filepath.Join("..", "testdata", "facts", "kim-diaz-canel-2021.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "seed.yaml"), seed, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"pipe.yaml", "pipe.csv"} {
		if err := syscall.Mkfifo(filepath.Join(dir, name), 0o644); err != nil {
			t.Skipf("cannot make a named pipe here: %v", err)
		}
	}
	type result struct {
		sum *Summary
		err error
	}
	load := func(paths ...string) result {
		t.Helper()
		done := make(chan result, 1)
		go func() {
			_, sum, err := Load(paths, Options{})
			done <- result{sum, err}
		}()
		select {
		case r := <-done:
			return r
		case <-time.After(20 * time.Second):
			t.Fatalf("Load(%v) hangs on a named pipe", paths)
		}
		return result{}
	}
	for _, name := range []string{"pipe.yaml", "pipe.csv"} {
		p := filepath.Join(dir, name)
		r := load(p)
		if r.err == nil || !strings.Contains(r.err.Error(), p+": a named pipe, not a file") {
			t.Errorf("%s named outright: %v, want a refusal naming it", name, r.err)
		}
	}
	r := load(dir)
	if r.err != nil {
		t.Fatalf("folder with named pipes: %v", r.err)
	}
	var skipped []string
	for _, k := range r.sum.Skipped {
		skipped = append(skipped, filepath.Base(k.File)+": "+k.Why)
	}
	if got, want := strings.Join(skipped, "; "), "pipe.csv: a named pipe, not a file; pipe.yaml: a named pipe, not a file"; got != want {
		t.Errorf("skipped %q, want %q", got, want)
	}
	if len(r.sum.Facts) != 1 {
		t.Errorf("facts files read: %v, want seed.yaml only", r.sum.Facts)
	}
}
