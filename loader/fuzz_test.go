package loader

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/blocgraph/blocgraph/graph"
)

// FuzzFacts feeds the facts reader arbitrary bytes: it must never panic, and
// it returns either a graph or errors that all name a place in the file.
// The seed corpus (the good and the bad testdata) runs in every go test.
func FuzzFacts(f *testing.F) {
	for _, glob := range []string{"../testdata/facts/*.yaml", "testdata/bad/*.yaml"} {
		files, _ := filepath.Glob(glob)
		for _, p := range files {
			b, err := os.ReadFile(p)
			if err == nil {
				f.Add(b)
			}
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := ReadFacts([]Input{{Name: "fuzz.yaml", Data: data}}, Options{})
		if err == nil {
			if g == nil {
				t.Fatal("no graph and no error")
			}
			return
		}
		if g != nil {
			t.Fatal("a graph came back with an error")
		}
		list, ok := err.(graph.ErrorList)
		if !ok || len(list) == 0 {
			t.Fatalf("error %T %v is not a list of placed problems", err, err)
		}
		for _, e := range list {
			if e.Pos.File != "fuzz.yaml" {
				t.Fatalf("problem without its file: %v", e)
			}
		}
	})
}
