//go:build linux

package loader

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/blocgraph/blocgraph/loader/gazetteer"
)

// TestMappedFileCutShort: a mapped file that another program truncates while
// it is read gives a problem, not a crash.
func TestMappedFileCutShort(t *testing.T) {
	sample, err := os.ReadFile(gdeltFixture("sample.export.CSV"))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "big.export.CSV")
	if err := os.WriteFile(path, bytes.Repeat(sample, 2000), 0o644); err != nil { // ~10 MB
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	st, _ := f.Stat()
	m, unmap, err := mapFile(f, st.Size())
	if err != nil {
		t.Fatalf("cannot map: %v", err)
	}
	defer unmap()
	if err := os.Truncate(path, 1<<20); err != nil { // the pages past 1 MiB are gone
		t.Fatal(err)
	}
	opt, _ := DatasetOptions{}.check()
	l := newDatasetLoad(opt, gazetteer.Default())
	var read int64
	sum := &DatasetSummary{File: path, Format: FormatGDELT2}
	m.read, m.sum = &read, sum
	l.readStream(m, 1, sum, sniffed{cols: 61}, func() int64 { return read })
	if sum.FileErrors != 1 || len(sum.Errors) == 0 || !strings.Contains(sum.Errors[len(sum.Errors)-1].Error(), "the file changed while it was read") {
		t.Errorf("file errors %d, problems %v", sum.FileErrors, sum.Errors)
	}
}
