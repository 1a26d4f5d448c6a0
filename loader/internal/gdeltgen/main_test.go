package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/blocgraph/blocgraph/loader"
)

func realRows(t *testing.T) [][][]byte {
	t.Helper()
	b, err := os.ReadFile(defaultFrom[1])
	if err != nil && os.Getenv("CI") == "true" {
		t.Fatalf("CI=true, but the shared data is not here: %v", err)
	} else if err != nil {
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
	if err := generate(&a, rows, 5000, 7, "fields", nil); err != nil {
		t.Fatal(err)
	}
	generate(&b, rows, 5000, 7, "fields", nil)
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
	generate(&c, rows, 100, 7, "rows", nil)
	if bytes.Count(c.Bytes(), []byte{'\n'}) != 100 {
		t.Error("-mix rows: wrong row count")
	}
}

// TestGenerateDates: with -dates the rows are in DATEADDED order over the
// 15-minute exports of the span, from its first export to its last day;
// each event date keeps its real row's lag to DATEADDED (the real file's
// are all 20191024143000), so most fall in the span; the loader reads every
// row, none malformed.
func TestGenerateDates(t *testing.T) {
	rows := realRows(t)
	sp, err := parseSpan("2019-10-01..2019-10-30")
	if err != nil {
		t.Fatal(err)
	}
	if sp.slots() != 30*96 {
		t.Fatalf("%d slots, want %d", sp.slots(), 30*96)
	}
	const n = 10000
	var b bytes.Buffer
	if err := generate(&b, rows, n, 3, "fields", sp); err != nil {
		t.Fatal(err)
	}
	lines := bytes.Split(bytes.TrimSuffix(b.Bytes(), []byte{'\n'}), []byte{'\n'})
	if len(lines) != n {
		t.Fatalf("%d lines, want %d", len(lines), n)
	}
	prev, inSpan := "", 0
	days := map[string]bool{}
	for i, ln := range lines {
		f := bytes.Split(ln, []byte{'\t'})
		added, event := string(f[colDateAdded]), string(f[colSQLDate])
		if added < prev {
			t.Fatalf("line %d: DATEADDED %s before %s", i+1, added, prev)
		}
		prev = added
		if added < "20191001000000" || added > "20191030234500" || added[12:] != "00" || !strings.Contains("00 15 30 45", added[10:12]) {
			t.Fatalf("line %d: DATEADDED %s is no 15-minute export of the span", i+1, added)
		}
		if string(f[colMonthYear]) != event[:6] || string(f[colYear]) != event[:4] || !bytes.HasPrefix(f[colFractionDate], f[colYear]) {
			t.Fatalf("line %d: SQLDATE %s, MonthYear %s, Year %s, FractionDate %s disagree", i+1, event, f[colMonthYear], f[colYear], f[colFractionDate])
		}
		if event > added[:8] {
			t.Fatalf("line %d: event %s after its report %s", i+1, event, added)
		}
		if event >= "20191001" && event <= "20191030" {
			inSpan++
		}
		days[added[:8]] = true
	}
	if len(days) != 30 || prev[:8] != "20191030" {
		t.Errorf("reports on %d days up to %s, want 30 up to 20191030", len(days), prev[:8])
	}
	// 2051 of the real 2111 rows are dated the day they were added.
	if share := float64(inSpan) / n; share < 0.95 {
		t.Errorf("%.3f of the events in the span; the real file has 0.97 on its day", share)
	}
	path := filepath.Join(t.TempDir(), "month.export.CSV")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	_, s, err := loader.Load([]string{path}, loader.Options{Dataset: loader.DatasetOptions{Strict: true, Aggregate: "day"}})
	if err != nil {
		t.Fatal(err)
	}
	if d := s.Datasets[0]; d.Rows != n || d.Problems() != 0 {
		t.Errorf("%d rows, %d problems", d.Rows, d.Problems())
	}
	for _, bad := range []string{"2019-10-01", "2019-10-30..2019-10-01", "2019-10-01..2019-10-32"} {
		if _, err := parseSpan(bad); err == nil {
			t.Errorf("parseSpan(%q): no error", bad)
		}
	}
}
