package loader

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/blocgraph/blocgraph/graph"
)

// Input is one file to read: its name as the analyst gave it (for messages)
// and its content.
type Input struct {
	Name string
	Data []byte
}

// factsExt are the file endings a folder walk takes as facts files.
var factsExt = map[string]bool{".yaml": true, ".yml": true}

// readFiles reads the files named; Load has already expanded folders and
// standard input.
func readFiles(paths []string) ([]Input, error) {
	var out []Input
	var errs graph.ErrorList
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			errs = append(errs, graph.Errorf(graph.EINVALID, graph.Pos{File: p}, "cannot read: %v", err))
			continue
		}
		out = append(out, Input{Name: p, Data: b})
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

// notRegular names what m is when it is neither a regular file nor a
// folder ("a named pipe"), or returns "". Reading a named pipe, a socket or a
// device waits for a writer, perhaps for ever; blocgraph reads files, and
// streams only from standard input.
func notRegular(m fs.FileMode) string {
	switch {
	case m.IsRegular(), m.IsDir():
		return ""
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return "not a regular file"
}

// WriteSkipped writes a line for each file a folder walk passed over.
func (s *Summary) WriteSkipped(w io.Writer) (int64, error) {
	var total int64
	for _, k := range s.Skipped {
		n, err := fmt.Fprintf(w, "skipped %s: %s\n", k.File, k.Why)
		total += int64(n)
		if err != nil {
			return total, err
		}
	}
	return total, nil
}

// WalkFiles is walkFiles for other readers of folders (blocgraph extract
// walks folders of articles the same way).
func WalkFiles(dir string, accept func(name string) bool) ([]string, error) {
	return walkFiles(dir, accept)
}

// walkFiles lists the files below dir whose names accept takes, in lexical
// order, passing over hidden files and folders.
func walkFiles(dir string, accept func(name string) bool) ([]string, error) {
	var found []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if path != dir && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.IsDir() && accept(d.Name()) {
			found = append(found, path)
		}
		return nil
	})
	sort.Strings(found)
	return found, err
}

func errorf(code string, file string, line, col int, format string, args ...any) *graph.Error {
	return graph.Errorf(code, graph.Pos{File: file, Line: line, Column: col}, format, args...)
}

func quoteList(xs []string) string {
	q := make([]string, len(xs))
	for i, x := range xs {
		q[i] = fmt.Sprintf("%q", x)
	}
	return strings.Join(q, ", ")
}
