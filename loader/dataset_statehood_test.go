package loader

import (
	"os"
	"strings"
	"testing"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/loader/gazetteer"
)

// A place is a state from the day the gazetteer dates its statehood
// (Palestine 1988-11-15, Timor-Leste 2002-05-20), in every reader: a facts
// file naming it earlier is refused, and a dataset row naming it earlier is
// dropped and counted by what it named, never read as a state. The West
// Bank (WSB) and Gaza (GZS) are Palestine's, as ICEWS's "Occupied
// Palestinian Territory" is. Real rows re-dated (testdata/gdelt/README.txt,
// testdata/icews/README.md): before, the rows of 1985 and 1995 were events
// of Palestine and East Timor, and the West Bank's and Gaza's rows were
// dropped as regions at every date.
func TestDatasetStatehood(t *testing.T) {
	g, s, err := loadDS(t, []string{"testdata/gdelt/statehood-v1-backfile.CSV", "testdata/icews/statehood.tab"}, DatasetOptions{})
	if err != nil {
		t.Fatal(err)
	}
	checkSums(t, s)
	gd, ic := s.Datasets[0], s.Datasets[1]
	if gd.Kept() != 4 || gd.Dropped.NotYet != 4 || gd.Dropped.NotState != 1 || len(gd.Unmapped) != 1 || gd.Unmapped["AFR"] != 1 {
		t.Errorf("GDELT: kept %d, not yet %d, not a state %d %v; want 4 kept (PSE 2019, WSB 1988-11-15, GZS 2019, TMP 2002-05-20), 4 not yet, AFR 1",
			gd.Kept(), gd.Dropped.NotYet, gd.Dropped.NotState, gd.Unmapped)
	}
	want := map[string]int64{"PSE before 1988-11-15": 1, "WSB as PSE before 1988-11-15": 1, "GZS as PSE before 1988-11-15": 1, "TMP as TLS before 2002-05-20": 1}
	if len(gd.NotYetBy) != len(want) {
		t.Errorf("GDELT: not yet by %v; want %v", gd.NotYetBy, want)
	}
	for k, n := range want {
		if gd.NotYetBy[k] != n {
			t.Errorf("GDELT: not yet %q %d; want %d (%v)", k, gd.NotYetBy[k], n, gd.NotYetBy)
		}
	}
	if ic.Kept() != 7 || ic.Dropped.NotYet != 2 || ic.NotYetBy["East Timor as TLS before 2002-05-20"] != 2 || len(ic.NotYetBy) != 1 {
		t.Errorf("ICEWS: kept %d, not yet %d %v; want 7 kept (Western Sahara's two too), East Timor as TLS in 1995 and 1999 not yet (2)", ic.Kept(), ic.Dropped.NotYet, ic.NotYetBy)
	}
	from := map[string]graph.Date{"PSE": graph.MustDate("1988-11-15"), "TLS": graph.MustDate("2002-05-20")}
	pairs := map[string]int{}
	for _, e := range g.Events() {
		for _, id := range []string{e.Subject, e.Object} {
			if f, ok := from[id]; ok && e.Date.Start().Before(f.Start()) {
				t.Errorf("event %s of %s on %s, before it became a state on %s", e.ID, id, e.Date, f)
			}
		}
		pairs[e.Subject+" "+e.Object]++
	}
	if pairs["BWA ESH"] != 1 || pairs["ESH BWA"] != 1 || pairs["ISR PSE"] != 3 || pairs["ISR TLS"] != 1 || pairs["LTU PSE"] != 3 || pairs["TLS PRT"] != 1 || pairs["PRT TLS"] != 1 {
		t.Errorf("pairs %v; want ISR PSE 3 (2019, the West Bank on 1988-11-15, Gaza 2019), ISR TLS 1, LTU PSE 3, TLS PRT 1, PRT TLS 1", pairs)
	}
	var out strings.Builder
	gd.WriteTo(&out)
	for _, line := range []string{
		", no state yet on the date 4\n",
		"  regional or unknown, by the first such country of the row: AFR 1\n",
		"  no state yet on the date (a facts file naming it then is refused): GZS as PSE before 1988-11-15 1, PSE before 1988-11-15 1, TMP as TLS before 2002-05-20 1, WSB as PSE before 1988-11-15 1\n",
	} {
		if !strings.Contains(out.String(), line) {
			t.Errorf("summary:\n%s\nlacks %q", out.String(), line)
		}
	}
	// The facts' rule is the same: the names are refused on those dates.
	z := gazetteer.Default()
	for _, c := range []struct{ name, at string }{{"Palestine", "1985-06-01"}, {"West Bank", "1988-11-14"}, {"East Timor", "1995-06-01"}} {
		if _, err := z.ResolveState(c.name, graph.MustDate(c.at)); err == nil {
			t.Errorf("facts: %s on %s resolved; the datasets drop it then", c.name, c.at)
		}
	}
	if _, err := z.ResolveState("West Bank", graph.MustDate("1988-11-15")); err != nil {
		t.Errorf("facts: West Bank on 1988-11-15: %v", err)
	}
}

// The dyadic reader keeps the same rule: a row all of whose dates fall
// before the day one of its states became one is dropped and counted. No
// real dyadic file in reach has such a row (COW's dyadic MID data,
// 10,358 dispute-years, have none: every COW code is a member on its
// dates), so the two rows are written by hand in COW's codes, Indonesia
// (850) and East Timor (860), in 1999 and 2003.
func TestDyadicStatehood(t *testing.T) {
	dir := t.TempDir()
	p := dir + "/mid.csv"
	if err := os.WriteFile(p, []byte("statea,stateb,year\n850,860,1999\n850,860,2003\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	g, s, err := loadDS(t, []string{p}, DatasetOptions{Columns: map[string]string{ColSource: "statea", ColTarget: "stateb", ColSign: "-1", ColDate: "year"}})
	if err != nil {
		t.Fatal(err)
	}
	d := s.Datasets[0]
	if d.Kept() != 1 || d.Dropped.NotYet != 1 || d.NotYetBy["860 as TLS before 2002-05-20"] != 1 {
		t.Errorf("kept %d, not yet %d %v; want the 2003 row kept, the 1999 row not yet", d.Kept(), d.Dropped.NotYet, d.NotYetBy)
	}
	for _, e := range g.Events() {
		if e.Date.Start().Year() < 2002 {
			t.Errorf("event %s of %s", e.ID, e.Date)
		}
	}
	var out strings.Builder
	d.WriteTo(&out)
	if want := "  dropped 1 row dated before the day a state of theirs became one (a facts file naming it then is refused): 860 as TLS before 2002-05-20 1\n"; !strings.Contains(out.String(), want) {
		t.Errorf("summary:\n%s\nlacks %q", out.String(), want)
	}
}
