package analysis

import (
	"math"
	"math/rand/v2"
	"reflect"
	"sort"
	"testing"

	"github.com/blocgraph/blocgraph/graph"
)

// TestEvidenceStore: an event spilled to the store reads back whole, and
// spilled events rank by id as their ids compare as strings, beside
// events kept whole.
func TestEvidenceStore(t *testing.T) {
	s := &evidenceStore{}
	defer s.close()
	evs := []*graph.Event{
		{Type: "MET", Subject: "PRK", Object: "CUB", Date: graph.Date{Year: 2021, Month: 4, Day: 20, Precision: graph.PrecisionDay},
			Goldstein: 1.5, Count: 3, Confidence: 1, Source: "gdelt", SourceRef: "https://example.org/a?b=c", CAMEO: "042"},
		{Type: "ATTACKED", Subject: "USA", Object: "IRQ", Date: graph.Date{Year: 1990, Precision: graph.PrecisionYear}, End: graph.Date{Year: 1993, Precision: graph.PrecisionYear},
			Goldstein: -10, Count: 1, Confidence: 0.5, Source: "dyadic", SourceRef: "line 7", Ordinal: 1, Article: "art-1", Quote: "“quoted”, with a comma", Note: "n"},
	}
	var ws []weighed
	for i, e := range evs {
		e.ID = graph.IDOf(e)
		off, ok := s.put(e)
		if !ok {
			t.Fatalf("put: %v", s.err)
		}
		id, ok := stdID(e.ID)
		if !ok {
			t.Fatalf("%s is not an id of the standard form", e.ID)
		}
		ws = append(ws, weighed{w: float64(i), ref: off, id: id})
	}
	for i, e := range evs {
		if got := s.get(ws[i].ref); !reflect.DeepEqual(got, e) {
			t.Errorf("read back\n%+v\nwant\n%+v", got, e)
		}
		if ws[i].idString() != e.ID {
			t.Errorf("id %s, want %s", ws[i].idString(), e.ID)
		}
	}
	// Ids as strings and as bytes order alike, whole events among them.
	mixed := append([]weighed{}, ws...)
	for _, id := range []string{"ev-00000000000000000000", "ev-ffffffffffffffffffff", "facts-7", "ev-short"} {
		mixed = append(mixed, weighed{e: &graph.Event{ID: id}})
	}
	for i := range 40 {
		e := &graph.Event{ID: graph.EventID("x", "A", "MET", "B", graph.Date{Year: 2000 + i, Precision: graph.PrecisionYear}, 0)}
		id, _ := stdID(e.ID)
		mixed = append(mixed, weighed{id: id, ref: int64(i)}) // spilled
	}
	sort.Slice(mixed, func(a, b int) bool { return mixed[a].idBefore(mixed[b]) })
	if !sort.SliceIsSorted(mixed, func(a, b int) bool { return mixed[a].idString() < mixed[b].idString() }) {
		t.Errorf("spilled and whole events do not rank by id as strings")
	}
	if _, ok := stdID("ev-0123456789ABCDEF0123"); ok {
		t.Errorf("upper-case hex taken for an id of the standard form (it would not order as its string)")
	}
	if s.close() != nil || s.get(0).ID != "" || s.err == nil {
		t.Errorf("a closed store reads back")
	}
}

// TestSumsExact: a period's sums, held as one partial, two or three, or
// more (pairSums), read, merge and seal as an xsum of the same weights
// does.
func TestSumsExact(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 13))
	for trial := range 2000 {
		a := newPeriodAcc()
		b := newPeriodAcc()
		var x, y xsum
		n := 1 + r.IntN(60)
		for k := range n {
			v := float64(r.IntN(201)-100) / 10 * float64(1+r.IntN(50)) // Goldstein × count
			if trial%3 == 0 {
				v = r.NormFloat64() * math.Pow(2, float64(r.IntN(80)-40))
			}
			if v == 0 {
				continue
			}
			conflict := v < 0
			acc, sum := a, &x
			if k%2 == 1 {
				acc, sum = b, &y // a shard, merged below
			}
			if conflict {
				v = -v
			}
			rw := acc.row(int32(trial % 5))
			acc.addSum(rw, conflict, v)
			if !conflict {
				sum.add(v)
			}
		}
		// Cooperation, read directly and after b merges into a.
		ra := a.row(int32(trial % 5))
		var want xsum
		for _, p := range x.p {
			want.add(p)
		}
		if got := a.value(ra, false); got != want.value() {
			t.Fatalf("trial %d: sum %v, want %v", trial, got, want.value())
		}
		for _, p := range y.p {
			want.add(p)
		}
		a.merge(b, nil, []int32{0, 1, 2, 3, 4}, 3)
		if got := a.value(ra, false); got != want.value() {
			t.Fatalf("trial %d: merged sum %v, want %v", trial, got, want.value())
		}
		a.seal() // rounded in place
		if got := a.value(ra, false); got != want.value() {
			t.Fatalf("trial %d: sealed sum %v, want %v", trial, got, want.value())
		}
	}
}
