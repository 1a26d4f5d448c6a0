package gazetteer

import (
	"reflect"
	"testing"

	"github.com/blocgraph/blocgraph/graph"
)

// TestEachLeaderTerm: every state's leaders' terms, as LeadersOf gives
// them, state by state, in the default gazetteer and in an overlay with a
// leader of its own; a state EachLeaderTerm went through is not kept.
func TestEachLeaderTerm(t *testing.T) {
	ov := Default().With()
	if err := ov.Add(Entity{Node: graph.Node{ID: "zork-quuxley", Kind: graph.KindLeader, Name: "Zork Quuxley"}, Roles: []Role{{Title: "Prime Minister", Of: "NZL", From: graph.MustDate("2022-01-01")}}}); err != nil {
		t.Fatal(err)
	}
	for _, z := range []*Gazetteer{Default(), ov} {
		got := map[string][]Holder{}
		n := 0
		z.EachLeaderTerm(func(state string, h Holder) {
			got[state] = append(got[state], h)
			n++
		})
		if n < 5000 {
			t.Errorf("%d terms, want the gazetteer's thousands", n)
		}
		for _, s := range z.States() {
			if want := z.LeadersOf(s.ID); !reflect.DeepEqual(got[s.ID], want) && len(want)+len(got[s.ID]) > 0 {
				t.Errorf("%s: %d terms, LeadersOf %d", s.ID, len(got[s.ID]), len(want))
			}
		}
	}
	found := false
	ov.EachLeaderTerm(func(state string, h Holder) { found = found || h.ID == "zork-quuxley" && state == "NZL" })
	if !found {
		t.Error("the overlay's own leader is not among its terms")
	}
	r := Default()
	r.hist.termsMu.Lock()
	delete(r.hist.terms, "JPN")
	r.hist.termsMu.Unlock()
	r.EachLeaderTerm(func(string, Holder) {})
	r.hist.termsMu.Lock()
	_, kept := r.hist.terms["JPN"]
	r.hist.termsMu.Unlock()
	if kept {
		t.Error("EachLeaderTerm kept a state's terms")
	}
}
