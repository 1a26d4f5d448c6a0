package extract

import (
	"strings"
	"testing"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/loader/gazetteer"
)

// TestSurnameInOffice: the index of leaders' surnames made once for the
// default gazetteer answers as the scan of every state's leaders on the
// text's date did when it was made per article: for every surname and on
// dates across the gazetteer's span, the one state whose leader of that
// surname was in office, "" when none or two states' were.
func TestSurnameInOffice(t *testing.T) {
	z := gazetteer.Default()
	dates := []string{"1950-06-25", "1973-10-06", "1989-11-09", "2001-09-11", "2014-03-18", "2022-04-01", "2025-12-01"}
	var all []string
	for k := range surnameTerms(z) {
		if !strings.ContainsAny(k, " .") { // a one-word name as the text gives it ("Al-Kadhimi" folds to "al kadhimi")
			all = append(all, k)
		}
	}
	if len(all) < 1000 {
		t.Fatalf("%d surnames indexed, want the thousands of the gazetteer's leaders", len(all))
	}
	found := 0
	for _, ds := range dates {
		at := day(t, ds)
		want := map[string]string{} // the per-article scan of 64b7a26
		for _, n := range z.States() {
			for _, h := range z.LeadersOf(n.ID) {
				ws := strings.Fields(h.Name)
				if len(ws) < 2 || !h.Span.Touches(at) {
					continue
				}
				k := foldName(ws[len(ws)-1])
				if st, ok := want[k]; ok && st != n.ID {
					want[k] = ""
				} else {
					want[k] = n.ID
				}
			}
		}
		r := newResolver(z, at, nil)
		for _, k := range all {
			if got := r.surnameInOffice(k); got != want[k] {
				t.Errorf("%s: surname %q gives %q, the scan of every leader %q", ds, k, got, want[k])
			}
			if want[k] != "" {
				found++
			}
		}
	}
	if found < 100 {
		t.Errorf("only %d surnames in office on %d dates: the comparison tests too little", found, len(dates))
	}
	if got := newResolver(z, day(t, "2022-04-01"), nil).surnameInOffice("Kishida"); got != "JPN" {
		t.Errorf("Kishida on 2022-04-01: %q, want JPN", got)
	}
	if got := newResolver(z, graph.Date{}, nil).surnameInOffice("Kishida"); got != "" {
		t.Errorf("Kishida with no date: %q, want none", got)
	}
}

// TestSurnameInOfficeOverlay: an overlay of the default gazetteer gets an
// index of its own, with the leaders added to it.
func TestSurnameInOfficeOverlay(t *testing.T) {
	z := gazetteer.Default().With()
	if err := z.Add(gazetteer.Entity{Node: graph.Node{ID: "zork-quuxley", Kind: graph.KindLeader, Name: "Zork Quuxley"}, Roles: []gazetteer.Role{{Title: "Prime Minister", Of: "NZL", From: day(t, "2022-01-01")}}}); err != nil {
		t.Fatal(err)
	}
	at := day(t, "2022-04-01")
	if got := newResolver(z, at, nil).surnameInOffice("Quuxley"); got != "NZL" {
		t.Errorf("an added leader's surname in the overlay: %q, want NZL", got)
	}
	if got := newResolver(gazetteer.Default(), at, nil).surnameInOffice("Quuxley"); got != "" {
		t.Errorf("the overlay's leader in the default gazetteer: %q, want none", got)
	}
}
