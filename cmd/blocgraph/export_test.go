package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/blocgraph/blocgraph/graph"
)

// realGDELT is a complete GDELT 2.0 15-minute export (see
// shared/data/SOURCES.md); 201 of its rows have Goldstein 0.
const realGDELT = "../../../shared/data/gdelt/20191024143000.export.CSV"

// exportedEvents runs export --format json and returns its event edges
// (those with a date) as id → the edge's attributes.
func exportedEvents(t *testing.T, args ...string) map[string]map[string]any {
	t.Helper()
	code, out, errOut := run(t, "", append([]string{"export", "--format", "json"}, args...)...)
	if code != 0 {
		t.Fatalf("export %v: exit %d: %s", args, code, errOut)
	}
	var doc struct {
		Edges []map[string]any `json:"edges"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("export %v: %v", args, err)
	}
	ev := map[string]map[string]any{}
	for _, e := range doc.Edges {
		if _, ok := e["date"]; ok {
			ev[e["id"].(string)] = e
		}
	}
	return ev
}

// TestExportWindowKeepsEveryEvent: an export of the full multigraph with
// --since keeps every event of the window, neutral events (Goldstein 0) and
// events within one state included, which the state projection leaves out.
// Before graph.Filter, --since sent the export through the projection and
// those events vanished without a word.
func TestExportWindowKeepsEveryEvent(t *testing.T) {
	if _, err := os.Stat(realGDELT); err != nil {
		t.Fatalf("the real GDELT export is missing (shared/data beside the repository): %v", err)
	}
	facts := filepath.Join(t.TempDir(), "domestic.yaml")
	err := os.WriteFile(facts, []byte(`article: {id: domestic, title: Domestic, published: 2021-04-23}
facts:
  - {subject: Kim Jong-un, relation: praised, object: North Korea, date: 2021-04, quote: "q"}
  - {subject: Cuba, relation: praised, object: North Korea, date: 2019-01, quote: "q"}
`), 0o644)
	if err != nil {
		t.Fatal(err)
	}
	since := graph.MustDate("2019-10")
	all := exportedEvents(t, realGDELT, facts)
	got := exportedEvents(t, "--since", since.String(), realGDELT, facts)
	want, neutral, domestic := 0, 0, 0
	for id, e := range all {
		d := graph.MustDate(e["date"].(string))
		if d.End().Before(since.Start()) {
			if _, ok := got[id]; ok {
				t.Errorf("%s dated %s is in the export since %s", id, d, since)
			}
			continue
		}
		want++
		if _, ok := got[id]; !ok {
			t.Errorf("%s (%s, goldstein %v) dated %s is missing from the export since %s", id, e["label"], e["goldstein"], d, since)
		}
		if e["goldstein"] == 0.0 {
			neutral++
		}
		if e["source"] == "kim-jong-un" && e["target"] == "PRK" {
			domestic++
		}
	}
	if len(got) != want || neutral == 0 || domestic != 1 || want == len(all) {
		t.Errorf("export since %s: %d events, want %d of %d (%d neutral, %d within one state)", since, len(got), want, len(all), neutral, domestic)
	}
}
