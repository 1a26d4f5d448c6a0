package gazetteer

import (
	"testing"

	"github.com/blocgraph/blocgraph/graph"
)

func TestLookupAndStateAt(t *testing.T) {
	z := Default()
	d := graph.Date{Year: 2021, Month: 4, Day: 20, Precision: graph.PrecisionDay}
	for name, want := range map[string]string{"Cuban": "CUB", "Pyongyang": "PRK", "Diaz-Canel": "CUB", "Xi": "CHN", "U.S.": "USA"} {
		e, ok := z.Lookup(name, d)
		if !ok {
			t.Errorf("Lookup(%q) found nothing", name)
			continue
		}
		if st, _ := z.StateAt(e, d); st != want {
			t.Errorf("Lookup(%q) stands for %q, want %s", name, st, want)
		}
	}
	for _, name := range []string{"Today", "in", "Kim Jong", ""} {
		if e, ok := z.Lookup(name, d); ok {
			t.Errorf("Lookup(%q) = %s, want nothing", name, e.Node.ID)
		}
	}
	e, _ := z.Lookup("Barack Obama", d)
	if st, in := z.StateAt(e, d); st != "USA" || in {
		t.Errorf("Obama in 2021: %s in office %v", st, in)
	}
}

// TestResolveState: an ISO code that is also a party's abbreviation is
// ambiguous to Resolve (a facts file may mean either) but the state where
// a state is asked for: `states FRA` was refused as ambiguous with
// Ecuador's Alfarista Radical Front.
func TestResolveState(t *testing.T) {
	z := Default()
	for _, code := range []string{"FRA", "NLD", "IRL", "PRI", "PAN", "CPV"} {
		if _, err := z.Resolve(code, graph.Date{}); err == nil {
			t.Errorf("Resolve(%s): want it ambiguous (a party is so abbreviated)", code)
		}
		if e, err := z.ResolveState(code, graph.Date{}); err != nil || e.Node.ID != code {
			t.Errorf("ResolveState(%s) = %s, %v; want the state", code, e.Node.ID, err)
		}
	}
	if _, err := z.ResolveState("Korea", graph.Date{}); err == nil {
		t.Errorf("ResolveState(Korea): two states, want it ambiguous")
	}
	if e, err := z.ResolveState("USSR", graph.MustDate("1975")); err != nil || e.Node.ID != "SUN" {
		t.Errorf("ResolveState(USSR, 1975) = %s, %v", e.Node.ID, err)
	}
}
