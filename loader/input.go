package loader

import (
	"fmt"
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
