//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestNamedPipeSkipped: a folder walk passes over a named pipe with a note,
// even when no dataset summary is printed.
func TestNamedPipeSkipped(t *testing.T) {
	dir := t.TempDir()
	seed, err := os.ReadFile(testdata + "facts/kim-diaz-canel-2021.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "seed.yaml"), seed, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.yaml"), 0o644); err != nil {
		t.Skipf("cannot make a named pipe here: %v", err)
	}
	code, out, errOut := run(t, "", "validate", dir)
	if code != 0 || !strings.HasPrefix(out, "ok: 1 article,") {
		t.Errorf("validate: exit %d\n%s%s", code, out, errOut)
	}
	if want := "skipped " + filepath.Join(dir, "pipe.yaml") + ": a named pipe, not a file\n"; errOut != want {
		t.Errorf("stderr %q, want %q", errOut, want)
	}
	code, _, errOut = run(t, "", "validate", filepath.Join(dir, "pipe.yaml"))
	if code != 1 || !strings.Contains(errOut, "pipe.yaml: a named pipe, not a file: name files or folders, or pipe a stream to standard input") {
		t.Errorf("validate pipe.yaml: exit %d, %q", code, errOut)
	}
}
