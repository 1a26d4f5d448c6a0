package analysis

import (
	"testing"

	"github.com/blocgraph/blocgraph/graph"
)

// TestFoldSpanReachesWindowEnds: an event over a window (a dyadic row of
// 1996-1999) makes the data run to the window's end. The COW signed
// networks' header read "1946 to 1996", the last window's start, though
// the file runs to 1999 (analyst review A10).
func TestFoldSpanReachesWindowEnds(t *testing.T) {
	f, err := NewFold(Options{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.DatasetEvent("MET", "USA", "GBR", graph.MustDate("1946"), graph.MustDate("1949"), 1, 1, nil)
	s := f.Shard() // as a dataset load's workers fold
	s.DatasetEvent("MET", "USA", "FRA", graph.MustDate("1996"), graph.MustDate("1999"), 1, 1, nil)
	f.Merge(s)
	if got := f.Projection(graph.New()).Window(); got != "1946 to 1999" {
		t.Errorf("window %q, want 1946 to 1999", got)
	}
}
