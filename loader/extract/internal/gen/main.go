// Command gen writes loader/extract/petrarch.tsv from PETRARCH2's verb
// dictionary in ../shared/data/cameo/petrarch2 (run by `go generate
// ./loader/extract` from the repository root or the package folder).
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/blocgraph/blocgraph/loader/extract/internal/petrarch"
)

func main() {
	src, out, err := paths()
	if err == nil {
		var data, table []byte
		data, err = os.ReadFile(src)
		if err == nil {
			table, err = petrarch.Compile(data)
		}
		if err == nil {
			err = os.WriteFile(out, table, 0o644)
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

// paths finds the dictionary and the output from the working directory:
// the repository root or loader/extract.
func paths() (src, out string, err error) {
	for _, root := range []string{".", "../.."} {
		if _, e := os.Stat(filepath.Join(root, "go.mod")); e == nil {
			return filepath.Join(root, "..", "shared", "data", "cameo", "petrarch2", "CAMEO.2.0.txt"),
				filepath.Join(root, "loader", "extract", "petrarch.tsv"), nil
		}
	}
	return "", "", fmt.Errorf("run from the repository root or loader/extract")
}
