package loader

import (
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestAggregateHugeCounts: rows with the largest NumMentions a row may give
// (nine digits) and the strongest Goldstein, folded into one aggregate, keep
// an exact weighted mean instead of overflowing the sum. Thousands of such
// rows fit in a few megabytes.
func TestAggregateHugeCounts(t *testing.T) {
	real, err := os.ReadFile(filepath.Join("..", "..", "shared", "data", "gdelt", "20191024143000.export.CSV"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	// The first real row that maps to an event between two states.
	var kept []string
	for i, line := range strings.Split(string(real), "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 61 {
			continue
		}
		p := filepath.Join(dir, fmt.Sprintf("one-%d.export.CSV", i))
		os.WriteFile(p, []byte(line+"\n"), 0o644)
		if g, _, err := Load([]string{p}, Options{}); err == nil && g.NumEvents() == 1 {
			kept = f
			break
		}
		os.Remove(p)
	}
	if kept == nil {
		t.Fatal("no row of the real export maps to an event")
	}
	const rows = 3000
	var b strings.Builder
	for i := range rows {
		f := append([]string(nil), kept...)
		f[gdeltID] = fmt.Sprint(1_000_000_000 + i)
		f[gdeltGoldstein] = "10.0"
		if i%3 == 2 {
			f[gdeltGoldstein] = "-5.0"
		}
		f[gdeltMentions] = "999999999"
		b.WriteString(strings.Join(f, "\t") + "\n")
	}
	path := filepath.Join(dir, "huge.export.CSV")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, per := range []string{AggregateDay, AggregateMonth} {
		g, _, err := Load([]string{path}, Options{Dataset: DatasetOptions{Aggregate: per}})
		if err != nil {
			t.Fatal(err)
		}
		if g.NumEvents() != 1 {
			t.Fatalf("%s: %d aggregates, want 1", per, g.NumEvents())
		}
		e := g.Events()[0]
		// Two rows in three at +10, one at -5, all with the same count: mean 5.
		if e.Count != rows*999999999 || math.Abs(e.Goldstein-5) > 1e-9 {
			t.Errorf("%s: count %d, Goldstein %g; want %d and 5", per, e.Count, e.Goldstein, rows*999999999)
		}
	}
}

// TestSum128 checks the exact sum against math/big on sums that overflow
// an int64 either way, and that split sums merge to the same total.
func TestSum128(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for round := range 200 {
		var s, a, b sum128
		want := new(big.Int)
		n := 1 + rng.IntN(3000)
		for i := range n {
			x := rng.Int64N(1e16)
			if round%3 == 1 || round%3 == 2 && rng.IntN(2) == 0 {
				x = -x
			}
			s.add(x)
			if i%2 == 0 {
				a.add(x)
			} else {
				b.add(x)
			}
			want.Add(want, big.NewInt(x))
		}
		a.addSum(b)
		wf, _ := new(big.Float).SetInt(want).Float64()
		if got := s.float(); got != wf || a != s {
			t.Fatalf("round %d: %g (merged %v), want %g", round, got, a == s, wf)
		}
	}
}
