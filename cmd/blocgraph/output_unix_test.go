//go:build unix

package main

import (
	"bytes"
	"errors"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/urfave/cli/v2"
)

// outputFixture is a folder with a copy of the seed facts.
func outputFixture(t *testing.T) (dir, facts string, seed []byte) {
	t.Helper()
	dir = t.TempDir()
	seed, err := os.ReadFile(testdata + "facts/kim-diaz-canel-2021.yaml")
	if err != nil {
		t.Fatal(err)
	}
	facts = filepath.Join(dir, "in.yaml")
	if err := os.WriteFile(facts, seed, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir, facts, seed
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func isGraphML(b []byte) bool { return bytes.Contains(b, []byte("<graphml")) }

// TestOutputNotAnInput: -o may not name a file that the command reads, by
// any name: the same path, a hard link, a symbolic link, a file found in a
// folder walk, or the file standard input comes from.
func TestOutputNotAnInput(t *testing.T) {
	dir, facts, seed := outputFixture(t)
	hard := filepath.Join(dir, "hard.graphml")
	if err := os.Link(facts, hard); err != nil {
		t.Fatal(err)
	}
	sym := filepath.Join(dir, "sym.graphml")
	if err := os.Symlink(facts, sym); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, out string }{
		{"the same path", facts},
		{"another spelling", filepath.Join(dir, ".", "sub", "..", "in.yaml")},
		{"a hard link", hard},
		{"a symbolic link", sym},
	} {
		os.MkdirAll(filepath.Join(dir, "sub"), 0o755)
		code, _, errOut := run(t, "", "export", facts, "-o", tc.out)
		if code != 2 || !strings.Contains(errOut, "is one of the inputs") {
			t.Errorf("%s: exit %d, %q; want a refusal", tc.name, code, errOut)
		}
	}
	// A folder walk's file.
	code, _, errOut := run(t, "", "export", dir, "-o", filepath.Join(dir, "in.yaml"))
	if code != 2 || !strings.Contains(errOut, "is one of the inputs") {
		t.Errorf("a file of the folder read: exit %d, %q", code, errOut)
	}
	// Standard input redirected from the file.
	in, err := os.Open(facts)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	var out, errBuf bytes.Buffer
	code = Run([]string{"blocgraph", "export", "-", "-o", facts}, in, &out, &errBuf)
	if code != 2 || !strings.Contains(errBuf.String(), "is one of the inputs") {
		t.Errorf("standard input: exit %d, %q", code, errBuf.String())
	}
	if !bytes.Equal(mustRead(t, facts), seed) {
		t.Fatal("the facts file was overwritten")
	}
	if fi, err := os.Lstat(sym); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the symbolic link is gone: %v", err)
	}
}

// TestOutputKeepsFiles: writing over an existing file keeps its mode, its
// hard links and the symbolic link that leads to it.
func TestOutputKeepsFiles(t *testing.T) {
	dir, facts, _ := outputFixture(t)

	private := filepath.Join(dir, "private.graphml")
	os.WriteFile(private, []byte("old"), 0o600)
	if code, _, errOut := run(t, "", "export", facts, "-o", private); code != 0 {
		t.Fatalf("exit %d %s", code, errOut)
	}
	if fi, _ := os.Stat(private); fi.Mode().Perm() != 0o600 || !isGraphML(mustRead(t, private)) {
		t.Errorf("a 0600 file became %v", fi.Mode())
	}

	linked := filepath.Join(dir, "linked.graphml")
	other := filepath.Join(dir, "other-name.graphml")
	os.WriteFile(linked, []byte("old"), 0o640)
	if err := os.Link(linked, other); err != nil {
		t.Fatal(err)
	}
	if code, _, errOut := run(t, "", "export", facts, "-o", linked); code != 0 {
		t.Fatalf("exit %d %s", code, errOut)
	}
	a, _ := os.Stat(linked)
	b, _ := os.Stat(other)
	if !os.SameFile(a, b) || !isGraphML(mustRead(t, other)) || a.Mode().Perm() != 0o640 {
		t.Errorf("the hard link is broken: same file %v, other holds %.20q, mode %v", os.SameFile(a, b), mustRead(t, other), a.Mode())
	}

	target := filepath.Join(dir, "target.graphml")
	link := filepath.Join(dir, "link.graphml")
	os.WriteFile(target, []byte("old"), 0o644)
	os.Symlink("target.graphml", link)
	if code, _, errOut := run(t, "", "export", facts, "-o", link); code != 0 {
		t.Fatalf("exit %d %s", code, errOut)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the symbolic link was replaced by a %v", fi.Mode())
	}
	if !isGraphML(mustRead(t, target)) {
		t.Errorf("the link's target holds %.20q", mustRead(t, target))
	}

	dangling := filepath.Join(dir, "dangling.graphml")
	os.Symlink(filepath.Join(dir, "nowhere", "x.graphml"), dangling)
	code, _, errOut := run(t, "", "export", facts, "-o", dangling)
	if code != 1 || !strings.Contains(errOut, "is a symbolic link to "+filepath.Join(dir, "nowhere", "x.graphml")+", which does not exist") {
		t.Errorf("dangling link: exit %d %q", code, errOut)
	}
	if fi, err := os.Lstat(dangling); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the dangling link is gone")
	}

	// A new file gets the mode the umask allows, as with any tool.
	old := syscall.Umask(0o027)
	defer syscall.Umask(old)
	fresh := filepath.Join(dir, "fresh.graphml")
	if code, _, errOut := run(t, "", "export", facts, "-o", fresh); code != 0 {
		t.Fatalf("exit %d %s", code, errOut)
	}
	if fi, _ := os.Stat(fresh); fi.Mode().Perm() != 0o640 {
		t.Errorf("a new file has mode %v under umask 027, want 0640", fi.Mode())
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".*")); len(left) != 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

// TestOutputSpecialFiles: a named pipe is written into, once the output is
// complete; a socket is refused. Neither is replaced by a regular file.
func TestOutputSpecialFiles(t *testing.T) {
	dir, facts, _ := outputFixture(t)

	fifo := filepath.Join(dir, "pipe.graphml")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	got := make(chan []byte, 1)
	go func() {
		f, err := os.Open(fifo)
		if err != nil {
			got <- nil
			return
		}
		defer f.Close()
		b, _ := io.ReadAll(f)
		got <- b
	}()
	if code, _, errOut := run(t, "", "export", facts, "-o", fifo); code != 0 {
		t.Fatalf("named pipe: exit %d %s", code, errOut)
	}
	select {
	case b := <-got:
		if !isGraphML(b) || !bytes.HasSuffix(b, []byte("</graphml>\n")) {
			t.Errorf("the reader of the pipe got %d bytes: %.40q", len(b), b)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("the reader of the pipe got nothing")
	}
	if fi, err := os.Lstat(fifo); err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("the named pipe was replaced: %v", fi.Mode())
	}

	// A character device: see TestOutputTerminal (on Linux), which uses a
	// terminal of its own rather than /dev/null, which a regression would
	// replace for the whole machine.

	sock := filepath.Join(dir, "s.graphml")
	l, err := net.Listen("unix", sock)
	if err != nil {
		t.Skipf("no unix sockets here: %v", err)
	}
	defer l.Close()
	code, _, errOut := run(t, "", "export", facts, "-o", sock)
	if code != 1 || !strings.Contains(errOut, "it is a socket, not a file") {
		t.Errorf("socket: exit %d %q", code, errOut)
	}
	if fi, err := os.Lstat(sock); err != nil || fi.Mode()&os.ModeSocket == 0 {
		t.Errorf("the socket was replaced")
	}
}

// TestOutputNothingHalfWritten: when the encoder fails, the file that was
// there is left as it was and no temporary file is left behind.
func TestOutputNothingHalfWritten(t *testing.T) {
	dir, _, _ := outputFixture(t)
	app := NewApp(nil, io.Discard, io.Discard)
	c := cli.NewContext(app, nil, nil)
	boom := errors.New("boom")
	for _, name := range []string{"plain.graphml", "linked.graphml"} {
		path := filepath.Join(dir, name)
		os.WriteFile(path, []byte("before"), 0o644)
		if name == "linked.graphml" {
			os.Link(path, path+".2")
		}
		err := writeOutput(c, path, func(w io.Writer) error {
			w.Write(bytes.Repeat([]byte("half "), 1<<16))
			return boom
		})
		if !errors.Is(err, boom) {
			t.Errorf("%s: error %v, want boom", name, err)
		}
		if b := mustRead(t, path); string(b) != "before" {
			t.Errorf("%s holds %.20q after a failed write", name, b)
		}
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".*")); len(left) != 0 {
		t.Errorf("temporary files left: %v", left)
	}
}
