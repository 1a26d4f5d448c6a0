package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// TestWriteBackActorKinds: report --level actor --write-back stores each
// actor's results on the node of its own kind, a party's on its :Party
// node. (The kind was once guessed from the id: anything but three capitals
// was a Leader, so a party's results went to a :Leader that is not there.)
func TestWriteBackActorKinds(t *testing.T) {
	st := needNeo4j(t)
	facts := filepath.Join(t.TempDir(), "parties.yaml")
	err := os.WriteFile(facts, []byte(`article: {id: parties, title: Parties, published: 2021-04-23}
facts:
  - {subject: Communist Party of Cuba, relation: praised, object: Workers' Party of Korea, date: 2021-04, quote: "q"}
  - {subject: Kim Jong-un, relation: congratulated, object: Miguel Díaz-Canel, date: 2021-04, quote: "q"}
  - {subject: North Korea, relation: criticized, object: United States, date: 2021-04, quote: "q"}
`), 0o644)
	if err != nil {
		t.Fatal(err)
	}
	if code, out, errOut := runNeo4j(t, "", "load", facts); code != 0 {
		t.Fatalf("load: exit %d\n%s%s", code, out, errOut)
	}
	code, out, errOut := runNeo4j(t, "", "report", "--level", "actor", "--write-back", "--format", "json", "--from", "neo4j")
	if code != 0 {
		t.Fatalf("report --level actor --write-back: exit %d\n%s%s", code, out, errOut)
	}
	var r struct {
		States []struct {
			ID       string  `json:"id"`
			PageRank float64 `json:"pagerank"`
		} `json:"states"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"communist-party-of-cuba": "Party", "workers-party-of-korea": "Party",
		"kim-jong-un": "Leader", "miguel-diaz-canel": "Leader", "PRK": "State", "USA": "State",
	}
	if len(r.States) != len(want) {
		t.Errorf("report has %d actors, want %d: %+v", len(r.States), len(want), r.States)
	}
	for _, x := range r.States {
		_, rows, _, err := st.Query(context.Background(), "MATCH (n {id: $id}) RETURN labels(n)[0] AS kind, n.pagerank AS pagerank", map[string]any{"id": x.ID}, false)
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != 1 || rows[0][0] != want[x.ID] || rows[0][1] != x.PageRank {
			t.Errorf("%s: the database has %v, want a %s with pagerank %v", x.ID, rows, want[x.ID], x.PageRank)
		}
	}
}
