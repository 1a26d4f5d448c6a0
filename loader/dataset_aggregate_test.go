package loader

import (
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
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

// TestAggregatesMerge: the workers' aggregates, merged over ranges of keys
// (as emitAggregates merges packed keys) and through the map of wide keys,
// are each key's sums over every worker, in aggCompare's order, with the
// SourceRef of the key's first row in the load whichever worker read it.
func TestAggregatesMerge(t *testing.T) {
	initRelations()
	rng := rand.New(rand.NewPCG(5, 6))
	type want struct {
		n, count int64
		wsum     sum128
		pos      rowPos
		ref      string
	}
	for _, wide := range []bool{false, true} {
		const workers = 3
		aggs := make([]*aggregates, workers)
		for i := range aggs {
			aggs[i] = newAggregates()
		}
		all := map[aggKey]*want{}
		for i := range 20000 {
			k := aggKey{src: datasetSource(rng.IntN(2)), rel: relIndex(rng.IntN(len(relTypes))), subj: rng.Int32N(20), obj: rng.Int32N(20),
				period: 20190000 + (1+rng.Int32N(12))*100}
			if k.rel == genericRel {
				k.code = cameo{digits: 3, value: uint16(rng.IntN(30))}
			}
			if wide && rng.IntN(10) == 0 {
				k.subj = packedStates + rng.Int32N(3)
			}
			w := i % workers
			pos := rowPos{file: 0, seq: int32(i / 7), line: int32(i % 7)} // rows in stream order
			url := fmt.Sprintf("https://example.org/%d", i)
			r := &row{id: []byte(fmt.Sprint(i)), ref: [2][]byte{[]byte("x\t" + url), {}}}
			count, g := int64(1+rng.IntN(50)), int64(rng.IntN(201)-100)
			a := aggs[w]
			var v *aggVal
			var ok bool
			if p, packed := k.pack(); packed {
				v, ok = a.table.find(p)
			} else if v, ok = a.wide[k]; !ok {
				v = &aggVal{}
				a.wide[k] = v
			}
			if !ok {
				v.pos, v.ref = pos, a.refs.keep(gdeltFormat{}, r)
			}
			v.n++
			v.count += count
			v.wsum.add(g * count)
			x := all[k]
			if x == nil {
				x = &want{pos: pos, ref: url}
				all[k] = x
			}
			x.n++
			x.count += count
			x.wsum.add(g * count)
		}
		keys := make([]aggKey, 0, len(all))
		for k := range all {
			keys = append(keys, k)
		}
		slices.SortFunc(keys, aggCompare)
		var got []aggEntry
		if wide {
			got = mergeWide(aggs)
		} else {
			tables := make([][]aggSlot, workers)
			for i, a := range aggs {
				tables[i] = a.table.sorted()
			}
			for _, n := range []int{1, 2, 5} {
				var part []aggEntry
				b := keyBounds(tables, n)
				for i := range n {
					mergeTables(tables, aggs, b[i], b[i+1], func(e *aggEntry) { part = append(part, *e) })
				}
				if n > 1 && len(part) != len(got) {
					t.Fatalf("%d ranges: %d aggregates, %d in one", n, len(part), len(got))
				}
				got = part
			}
		}
		if len(got) != len(keys) {
			t.Fatalf("wide %v: %d aggregates, want %d", wide, len(got), len(keys))
		}
		for i, e := range got {
			w := all[keys[i]]
			if e.k != keys[i] || e.v.n != w.n || e.v.count != w.count || e.v.wsum != w.wsum || e.v.pos != w.pos || string(e.of.refs.ref(e.v.ref)) != w.ref {
				t.Fatalf("wide %v: aggregate %d is %+v (ref %s), want key %+v, %+v", wide, i, e, e.of.refs.ref(e.v.ref), keys[i], *w)
			}
		}
	}
}
