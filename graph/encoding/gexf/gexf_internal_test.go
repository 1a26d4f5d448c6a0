package gexf

import (
	"testing"

	"github.com/blocgraph/blocgraph/graph"
)

// TestSpanAgreesWithGraph: span reads dates as graph.ParseDate does.
func TestSpanAgreesWithGraph(t *testing.T) {
	for _, s := range []string{"2021", "2021-04", "2021-04-23", "2024-02", "2024-02-29", "2023-02-29", "2021-13", "2021-00", "0000",
		"21", "2021-4", "2021-04-1", "April", "2021-04-31", "2021/04/01", "", "1965", "2011-12"} {
		first, last, ok := span(s)
		d, err := graph.ParseDate(s)
		if ok != (err == nil && !d.IsZero()) {
			t.Errorf("%q: span ok %v, ParseDate %v %v", s, ok, d, err)
			continue
		}
		if ok && (!first.Equal(d.Start()) || !last.Equal(d.End())) {
			t.Errorf("%q: span %v..%v, ParseDate %v..%v", s, first, last, d.Start(), d.End())
		}
	}
}
