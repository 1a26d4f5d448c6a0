package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/blocgraph/blocgraph/loader"
)

func realRows(t *testing.T) [][][]byte {
	t.Helper()
	b, err := os.ReadFile(defaultFrom[1])
	if err != nil {
		t.Skipf("the shared data is not here: %v", err)
	}
	rows, err := parse(b)
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// TestGenerate: the same seed gives the same bytes; the loader reads every
// row, none malformed; the mix keeps the real file's share of rows without
// an actor country (1521 of 2111: awk -F'\t' '$8=="" || $18==""' | wc -l)
// roughly.
func TestGenerate(t *testing.T) {
	rows := realRows(t)
	var a, b bytes.Buffer
	if err := generate(&a, rows, 5000, 7, "fields"); err != nil {
		t.Fatal(err)
	}
	generate(&b, rows, 5000, 7, "fields")
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("the same seed gave different files")
	}
	path := filepath.Join(t.TempDir(), "gen.export.CSV")
	if err := os.WriteFile(path, a.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	_, s, err := loader.Load([]string{path}, loader.Options{Dataset: loader.DatasetOptions{Strict: true}})
	if err != nil {
		t.Fatal(err)
	}
	d := s.Datasets[0]
	if d.Rows != 5000 || d.Problems() != 0 || d.Format != loader.FormatGDELT2 {
		t.Errorf("%d rows, %d problems, format %s", d.Rows, d.Problems(), d.Format)
	}
	// P(no country) = 1 - P(Actor1 has one) × P(Actor2 has one), from the
	// real marginals; it is about 0.7 in the real file too.
	if share := float64(d.Dropped.NoCountry) / 5000; share < 0.6 || share > 0.85 {
		t.Errorf("share of rows without an actor country %.2f; the real file has 0.72", share)
	}
	var c bytes.Buffer
	generate(&c, rows, 100, 7, "rows")
	if bytes.Count(c.Bytes(), []byte{'\n'}) != 100 {
		t.Error("-mix rows: wrong row count")
	}
}
