package analysis

import (
	"errors"
	"math"
	"math/rand/v2"
	"reflect"
	"sort"
	"strings"
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
	// Records around the length read with the record's own (one read
	// then, two for a longer one), the last of the file among them.
	for _, n := range []int{evidenceReadAhead - 200, evidenceReadAhead - 120, evidenceReadAhead + 1, 3 * evidenceReadAhead, 40} {
		evs = append(evs, &graph.Event{Type: "PRAISED", Subject: "FRA", Object: "DEU", Date: graph.Date{Year: 1963, Month: 1, Day: 22, Precision: graph.PrecisionDay},
			Goldstein: 3.4, Count: 1, Confidence: 1, Source: "gdelt", SourceRef: "https://example.org/" + strings.Repeat("x", n)})
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
		id := int32(trial % 5)
		a.merge(b, nil, []int32{0, 1, 2, 3, 4}, 3) // into a's compact rows
		var merged xsum
		var buf [3]float64
		for _, p := range a.partials(ra, false, &buf) {
			merged.add(p)
		}
		rd := newCompactReader(a.compact, a.compactBase)
		var row compactRow
		for rd.next(&row) {
			if row.id == id {
				for _, p := range row.coop {
					merged.add(p)
				}
			}
		}
		if got := merged.value(); got != want.value() {
			t.Fatalf("trial %d: merged sum %v, want %v", trial, got, want.value())
		}
		a.seal() // a's flat rows join its compact ones
		rows := 0
		a.eachRow(func(rid int32, coop, _ float64, _ pairCounts) {
			rows++
			if rid != id || coop != want.value() {
				t.Fatalf("trial %d: sealed row %d sum %v, want row %d sum %v", trial, rid, coop, id, want.value())
			}
		})
		if rows > 1 {
			t.Fatalf("trial %d: %d sealed rows of one pair", trial, rows)
		}
	}
}

// TestCompactRows: rows written compactly read back as written (ids,
// partials to the bit, counts and dates), and merging flat rows into them
// adds each pair's partials and counts.
func TestCompactRows(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 5))
	ids := make([]int32, 1<<20) // b's pair ids in a: the same
	for i := range ids {
		ids[i] = int32(i)
	}
	for trial := range 300 {
		a, b := newPeriodAcc(), newPeriodAcc()
		want := map[int32]*[2]xsum{}
		counts := map[int32]pairCounts{}
		for k := range 1 + r.IntN(200) {
			acc := a
			if k%3 == 0 {
				acc = b
			}
			id := int32(r.IntN(50))
			if trial%2 == 0 {
				id = int32(r.IntN(1 << 20))
			}
			v := float64(r.IntN(201)-100) / 10 * float64(1+r.IntN(50))
			if trial%3 == 0 {
				v = r.NormFloat64() * math.Pow(2, float64(r.IntN(200)-100))
			}
			if v == 0 {
				continue
			}
			conflict := v < 0
			rw := acc.row(id)
			acc.addSum(rw, conflict, math.Abs(v))
			c := &acc.counts[rw]
			c.reports += int32(r.IntN(5) - 1)
			c.n++
			c.last = max(c.last, pack(graph.Date{Year: 1946 + r.IntN(80), Month: 1 + r.IntN(12), Day: 1 + r.IntN(28), Precision: graph.PrecisionDay}))
			s := want[id]
			if s == nil {
				s = &[2]xsum{}
				want[id] = s
			}
			j := 0
			if conflict {
				j = 1
			}
			s[j].add(math.Abs(v))
		}
		// The counts wanted: a's and b's, added.
		for id := range want {
			var c pairCounts
			for _, acc := range []*periodAcc{a, b} {
				if r, ok := acc.rows.lookup(id); ok {
					ac := acc.counts[r]
					c.reports += ac.reports
					c.n += ac.n
					c.last = max(c.last, ac.last)
				}
			}
			counts[id] = c
		}
		a.mergeRows(b, ids)
		a.seal()
		if a.compactRows != len(want) {
			t.Fatalf("trial %d: %d rows, want %d", trial, a.compactRows, len(want))
		}
		prev := int32(-1)
		a.eachRow(func(id int32, coop, conflict float64, c pairCounts) {
			if id <= prev {
				t.Fatalf("trial %d: row %d after %d", trial, id, prev)
			}
			prev = id
			s := want[id]
			if s == nil {
				t.Fatalf("trial %d: row %d not folded", trial, id)
			}
			if math.Float64bits(coop) != math.Float64bits(s[0].value()) || math.Float64bits(conflict) != math.Float64bits(s[1].value()) {
				t.Fatalf("trial %d: row %d sums %v, %v, want %v, %v", trial, id, coop, conflict, s[0].value(), s[1].value())
			}
			if c != counts[id] {
				t.Fatalf("trial %d: row %d counts %+v, want %+v", trial, id, c, counts[id])
			}
		})
	}
}

// TestPartialRoundTrip: a partial written compactly reads back to the bit,
// as tenths or as its 8 bytes.
func TestPartialRoundTrip(t *testing.T) {
	for _, x := range []float64{0, math.Copysign(0, -1), 0.1, -0.1, 3.4, -7.5, 14, 1e15, -1e15, 1e300, 5e-324, 0.30000000000000004, 3.4 + 1e-15, math.Pi} {
		b := appendPartial(nil, x)
		got, rest := readPartials(nil, b, 1)
		if len(rest) != 0 || len(got) != 1 || math.Float64bits(got[0]) != math.Float64bits(x) {
			t.Errorf("%v (%d bytes) read back as %v", x, len(b), got)
		}
	}
	if n := len(appendPartial(nil, 3.4)); n > 2 {
		t.Errorf("3.4 took %d bytes, want a few tenths' worth", n)
	}
}

// TestSpillRecords: a shard's candidates recorded in its arena (with their
// id and source reference given as bytes) are copied to the store once
// each, however many lists hold them, and read back as the events they
// were; when the store cannot be written they are kept in memory, whole.
func TestSpillRecords(t *testing.T) {
	evs := []*graph.Event{
		{Type: "MET", Subject: "PRK", Object: "CUB", Date: graph.Date{Year: 2021, Month: 4, Day: 20, Precision: graph.PrecisionDay},
			Goldstein: 1.5, Count: 3, Confidence: 1, Source: "gdelt", SourceRef: "https://example.org/a?b=c", CAMEO: "042"},
		{Type: "ATTACKED", Subject: "USA", Object: "IRQ", Date: graph.Date{Year: 2019, Month: 12, Day: 1, Precision: graph.PrecisionDay},
			Goldstein: -10, Count: 7, Confidence: 1, Source: "gdelt", SourceRef: strings.Repeat("y", 3*evidenceReadAhead), CAMEO: "190"},
	}
	for _, broken := range []bool{false, true} {
		var arena []byte
		var ws []weighed
		for i, e := range evs {
			e.ID = graph.EventID("gdelt:"+string(rune('0'+i)), e.Subject, e.Type, e.Object, e.Date, 0)
			id, _ := stdID([]byte(e.ID))
			ws = append(ws, weighed{w: e.Weight(), ref: int64(len(arena)), date: pack(e.Date), id: id, built: true})
			fields := *e
			fields.ID, fields.SourceRef = "", "" // given apart, as bytes
			arena = appendRecord(arena, &fields, []byte(e.ID), []byte(e.SourceRef))
		}
		s := &evidenceStore{}
		if broken {
			s.err = errTestStore
		}
		// Both events in two lists each (a pair's two states).
		lists := []*strongest{{pos: []weighed{ws[0]}, neg: []weighed{ws[1]}}, {pos: []weighed{ws[0]}, neg: []weighed{ws[1]}}}
		seenRec := map[int64]weighed{}
		for _, l := range lists {
			s.spill(l, map[*graph.Event]weighed{}, arena, seenRec)
		}
		for k, l := range lists {
			for i, x := range []weighed{l.pos[0], l.neg[0]} {
				var got *graph.Event
				switch {
				case broken && (x.e == nil || !x.built):
					t.Errorf("broken store, list %d, event %d: not kept whole: %+v", k, i, x)
					continue
				case broken:
					got = x.e
				case x.e != nil || x.built:
					t.Errorf("list %d, event %d: not spilled: %+v", k, i, x)
					continue
				default:
					got = s.get(x.ref)
				}
				if !reflect.DeepEqual(got, evs[i]) || x.idString() != evs[i].ID || x.w != ws[i].w || x.date != ws[i].date {
					t.Errorf("broken %v, list %d, event %d: read back\n%+v (id %s)\nwant\n%+v", broken, k, i, got, x.idString(), evs[i])
				}
			}
		}
		if !broken {
			if lists[0].pos[0].ref != lists[1].pos[0].ref || lists[0].neg[0].ref == lists[0].pos[0].ref {
				t.Errorf("each record written once: refs %d, %d, %d", lists[0].pos[0].ref, lists[1].pos[0].ref, lists[0].neg[0].ref)
			}
			if n := int64(len(arena)); s.size != n {
				t.Errorf("the store holds %d bytes, the two records are %d", s.size, n)
			}
		}
		s.close()
	}
}

var errTestStore = errors.New("a store that cannot be written")
