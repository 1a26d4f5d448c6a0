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
