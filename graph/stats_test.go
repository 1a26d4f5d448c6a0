package graph

import (
	"math"
	"testing"
)

// TestSummarizeCountsSaturate: counts that would overflow an int when summed
// give the largest int, never a negative number of reports.
func TestSummarizeCountsSaturate(t *testing.T) {
	g := New()
	for _, id := range []string{"CUB", "CHN", "LAO"} {
		if _, err := g.AddNode(&Node{ID: id, Kind: KindState, Name: id}); err != nil {
			t.Fatal(err)
		}
	}
	for _, obj := range []string{"CHN", "LAO"} {
		e := &Event{Type: "PRAISED", Subject: "CUB", Object: obj, Date: MustDate("2021-04"), Count: math.MaxInt, Confidence: 1, Goldstein: 3.4, Source: "facts"}
		if _, _, err := g.AddEvent(e); err != nil {
			t.Fatal(err)
		}
	}
	if s := Summarize(g); s.Reports != math.MaxInt {
		t.Errorf("reports %d, want %d", s.Reports, math.MaxInt)
	}
	for _, c := range []struct{ a, b, want int }{{1, 2, 3}, {0, 0, 0}, {math.MaxInt - 1, 1, math.MaxInt}, {math.MaxInt, 1, math.MaxInt}, {math.MaxInt / 2, math.MaxInt / 2, math.MaxInt - 1}} {
		if got := AddCounts(c.a, c.b); got != c.want {
			t.Errorf("AddCounts(%d, %d) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
}
