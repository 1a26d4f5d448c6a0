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

// factsExt are the file endings a directory walk takes as facts files.
var factsExt = map[string]bool{".yaml": true, ".yml": true}

// Collect expands paths into the files to read: a file is read as given, a
// directory is walked (hidden files and folders skipped) for files whose
// ending accept says yes to, in lexical order, and "-" reads stdin once.
// A path that does not exist, or a directory holding nothing to read, is an
// error.
func Collect(paths []string, stdin io.Reader, accept func(name string) bool) ([]Input, error) {
	if accept == nil {
		accept = func(name string) bool { return factsExt[strings.ToLower(filepath.Ext(name))] }
	}
	if len(paths) == 0 {
		return nil, &graph.Error{Code: graph.EINVALID, Msg: "no input: name one or more facts files or folders (or - for standard input)"}
	}
	var out []Input
	var errs graph.ErrorList
	seen := map[string]bool{}
	usedStdin := false
	for _, p := range paths {
		if p == "-" {
			if usedStdin {
				continue
			}
			usedStdin = true
			if stdin == nil {
				stdin = os.Stdin
			}
			b, err := io.ReadAll(stdin)
			if err != nil {
				errs = append(errs, graph.Errorf(graph.EINVALID, graph.Pos{File: "<stdin>"}, "cannot read standard input: %v", err))
				continue
			}
			out = append(out, Input{Name: "<stdin>", Data: b})
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			errs = append(errs, graph.Errorf(graph.ENOTFOUND, graph.Pos{File: p}, "no such file or folder"))
			continue
		}
		if !st.IsDir() {
			if seen[p] {
				continue
			}
			seen[p] = true
			b, err := os.ReadFile(p)
			if err != nil {
				errs = append(errs, graph.Errorf(graph.EINVALID, graph.Pos{File: p}, "cannot read: %v", err))
				continue
			}
			out = append(out, Input{Name: p, Data: b})
			continue
		}
		found, err := walkFiles(p, accept)
		if err != nil {
			errs = append(errs, graph.Errorf(graph.EINVALID, graph.Pos{File: p}, "cannot read folder: %v", err))
			continue
		}
		if len(found) == 0 {
			errs = append(errs, graph.Errorf(graph.ENOTFOUND, graph.Pos{File: p}, "folder holds no facts files (*.yaml, *.yml)"))
			continue
		}
		for _, f := range found {
			if seen[f] {
				continue
			}
			seen[f] = true
			b, err := os.ReadFile(f)
			if err != nil {
				errs = append(errs, graph.Errorf(graph.EINVALID, graph.Pos{File: f}, "cannot read: %v", err))
				continue
			}
			out = append(out, Input{Name: f, Data: b})
		}
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
