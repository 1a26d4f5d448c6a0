package main

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"

	store "github.com/blocgraph/blocgraph/graph/neo4j"
)

// TestWriteBackActorKinds: report --level actor --write-back stores each
// actor's results on the node of its own kind, a party's on its :Party
// node. (The kind was once guessed from the id: anything but three capitals
// was a Leader, so a party's results went to a :Leader that is not there.)
func TestWriteBackActorKinds(t *testing.T) {
	st := loadedNeo4j(t, writeFacts(t, "parties.yaml", `article: {id: parties, title: Parties, published: 2021-04-23}
facts:
  - {subject: Communist Party of Cuba, relation: praised, object: Workers' Party of Korea, date: 2021-04, quote: "q"}
  - {subject: Kim Jong-un, relation: congratulated, object: Miguel Díaz-Canel, date: 2021-04, quote: "q"}
  - {subject: North Korea, relation: criticized, object: United States, date: 2021-04, quote: "q"}
`))
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

// TestTimelineWriteBack: timeline --write-back stores each state's bloc per
// period with events on its node, as the JSON gives it; a second timeline
// over another window replaces the first, removing it from the states that
// have no event in the new one.
func TestTimelineWriteBack(t *testing.T) {
	st := loadedNeo4j(t, testdata)
	code, out, errOut := runNeo4j(t, "", "timeline", "--every", "1m", "--write-back", "--format", "json", testdata)
	if code != 0 || !strings.Contains(errOut, "wrote the membership of 10 nodes over 40 periods") {
		t.Fatalf("timeline --write-back: exit %d\n%s", code, errOut)
	}
	// The same timeline read from the database.
	if code, fromDB, errOut := runNeo4j(t, "", "timeline", "--every", "1m", "--from", "neo4j", "--format", "json"); code != 0 || fromDB != out {
		t.Errorf("timeline --from neo4j: exit %d, %s\nthe JSON differs from the files': %s", code, errOut, firstDiff(fromDB, out))
	}
	var tl struct {
		Periods []struct {
			Label  string `json:"label"`
			States []struct {
				ID        string `json:"id"`
				Bloc      int    `json:"bloc"`
				BlocLabel string `json:"bloc_label"`
			} `json:"states"`
		} `json:"periods"`
	}
	if err := json.Unmarshal([]byte(out), &tl); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{}
	for _, p := range tl.Periods {
		for _, s := range p.States {
			want[s.ID] += fmt.Sprintf("%s:%d:%s ", p.Label, s.Bloc, s.BlocLabel)
		}
	}
	ctx := context.Background()
	_, rows, _, err := st.Query(ctx, `MATCH (s:State) WHERE s.timeline_periods IS NOT NULL
		RETURN s.id, s.timeline, [i IN range(0, size(s.timeline_periods) - 1) | s.timeline_periods[i] + ':' + toString(s.timeline_blocs[i]) + ':' + s.timeline_bloc_labels[i]]`, nil, false)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(want) {
		t.Errorf("%d states with a timeline in Neo4j, want %d", len(rows), len(want))
	}
	for _, r := range rows {
		var got string
		for _, x := range r[2].([]any) {
			got += x.(string) + " "
		}
		if id := r[0].(string); r[1] != "1m" || got != want[id] {
			t.Errorf("%s: Neo4j has %v %q, the timeline %q", id, r[1], got, want[id])
		}
	}
	// Who was in which bloc on 2021-04-23: the cookbook's question.
	_, rows, _, err = st.Query(ctx, `MATCH (s:State) UNWIND range(0, size(s.timeline_periods) - 1) AS i
		WITH s, i WHERE s.timeline_starts[i] <= '2021-04-23' <= s.timeline_ends[i] AND s.timeline_blocs[i] >= 0
		RETURN s.timeline_bloc_labels[i], collect(s.id) ORDER BY 1`, nil, false)
	if err != nil || len(rows) != 1 || rows[0][0] != "socialist bloc" || len(rows[0][1].([]any)) != 2 {
		t.Errorf("the blocs of 2021-04-23: %v, %v", rows, err)
	}
	if code, _, errOut := runNeo4j(t, "", "timeline", "--every", "1m", "--since", "2024-01", "--write-back", testdata); code != 0 {
		t.Fatalf("second timeline: exit %d\n%s", code, errOut)
	}
	_, rows, _, err = st.Query(ctx, `MATCH (s:State) WHERE s.timeline_periods IS NOT NULL RETURN s.id, s.timeline_periods ORDER BY s.id`, nil, false)
	if err != nil || fmt.Sprint(rows) != "[[PRK [2024-06]] [RUS [2024-06]]]" {
		t.Errorf("after a timeline from 2024-01: %v, %v", rows, err)
	}
}

// TestTimelineWriteBackStanding: timeline --write-back stores, beside each
// state's blocs per period, what it was in each period when it was no
// sovereign state, or not throughout, in some (timeline_standings, the
// JSON's words, "" in its sovereign periods); a state sovereign in every
// period has none, and a later timeline in which it is removes it.
func TestTimelineWriteBackStanding(t *testing.T) {
	// The Soviet Union in 1980 and 1991 (historical in 1991 only), Palestine
	// through Arafat's facts in 1985 (no state yet) and 1989, Taiwan (partly
	// recognised), and sovereign Egypt, Poland and the United States.
	facts := writeFacts(t, "standing.yaml", `article: {id: standing, title: Standing, published: 1991-06-20}
facts:
  - {subject: Soviet Union, relation: met, object: Poland, date: 1980-06-12, quote: "q"}
  - {subject: Soviet Union, relation: criticized, object: United States, date: 1980-07-12, quote: "q"}
  - {subject: Soviet Union, relation: met, object: Poland, date: 1991-06-12, quote: "q"}
  - {subject: Yasser Arafat, relation: met, object: Egypt, date: 1985-06-12, quote: "q"}
  - {subject: Yasser Arafat, relation: met, object: Egypt, date: 1989-06-12, quote: "q"}
  - {subject: United States, relation: met, object: Taiwan, date: 1989-03-02, quote: "q"}
`)
	st := loadedNeo4j(t, facts)
	code, out, errOut := runNeo4j(t, "", "timeline", "--every", "1y", "--write-back", "--format", "json", facts)
	if code != 0 {
		t.Fatalf("timeline --write-back: exit %d\n%s", code, errOut)
	}
	var tl struct {
		Periods []struct {
			Label  string `json:"label"`
			Empty  bool   `json:"empty"`
			States []struct {
				ID       string `json:"id"`
				Standing string `json:"standing"`
			} `json:"states"`
		} `json:"periods"`
	}
	if err := json.Unmarshal([]byte(out), &tl); err != nil {
		t.Fatal(err)
	}
	// want: each state's periods and standings as the JSON gives them.
	want, some := map[string]string{}, map[string]bool{}
	for _, p := range tl.Periods {
		for _, s := range p.States {
			want[s.ID] += fmt.Sprintf("%s=%s|", p.Label, s.Standing)
			some[s.ID] = some[s.ID] || s.Standing != ""
		}
	}
	ctx := context.Background()
	_, rows, _, err := st.Query(ctx, `MATCH (s:State) WHERE s.timeline_periods IS NOT NULL
		RETURN s.id, s.timeline_periods, s.timeline_standings ORDER BY s.id`, nil, false)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(want) {
		t.Errorf("%d states with a timeline in Neo4j, want %d: %v", len(rows), len(want), rows)
	}
	got := map[string][]any{}
	for _, r := range rows {
		id, periods := r[0].(string), r[1].([]any)
		if r[2] == nil {
			if some[id] {
				t.Errorf("%s: no timeline_standings in Neo4j, the timeline says %s", id, want[id])
			}
			continue
		}
		if !some[id] {
			t.Errorf("%s: sovereign in every period, Neo4j has timeline_standings %v", id, r[2])
		}
		standings := r[2].([]any)
		if len(standings) != len(periods) {
			t.Fatalf("%s: %d timeline_standings for %d timeline_periods", id, len(standings), len(periods))
		}
		var s string
		for i := range periods {
			s += fmt.Sprintf("%s=%s|", periods[i], standings[i])
		}
		if s != want[id] {
			t.Errorf("%s: Neo4j has %q, the timeline %q", id, s, want[id])
		}
		got[id] = standings
	}
	const sun = "historical state, 1922-12-30 to 1991-12-25"
	if fmt.Sprint(got["SUN"]) != "[ "+sun+"]" || len(got["PSE"]) != 2 || !strings.HasPrefix(got["PSE"][0].(string), "partly recognised state; no state yet") ||
		got["PSE"][1] != "partly recognised state" || fmt.Sprint(got["TWN"]) != "[partly recognised state]" || got["EGY"] != nil || got["USA"] != nil {
		t.Errorf("timeline_standings: %v; want the Soviet Union historical in 1991 alone, Palestine no state yet in 1985, Taiwan partly recognised, Egypt and the United States none", got)
	}
	// The cookbook's question: which states were not sovereign, when.
	_, rows, _, err = st.Query(ctx, `MATCH (s:State) WHERE s.timeline_standings IS NOT NULL
		UNWIND range(0, size(s.timeline_periods) - 1) AS i
		WITH s, i WHERE s.timeline_standings[i] <> ''
		RETURN s.timeline_periods[i] AS period, s.id AS id ORDER BY period, id`, nil, false)
	if err != nil || fmt.Sprint(rows) != "[[1985 PSE] [1989 PSE] [1989 TWN] [1991 SUN]]" {
		t.Errorf("the states not sovereign per period: %v, %v", rows, err)
	}
	// A timeline to 1988: the Soviet Union sovereign in each of its periods,
	// Taiwan with no event, Palestine no state yet in 1985.
	if code, _, errOut := runNeo4j(t, "", "timeline", "--every", "1y", "--until", "1988", "--write-back", facts); code != 0 {
		t.Fatalf("second timeline: exit %d\n%s", code, errOut)
	}
	_, rows, _, err = st.Query(ctx, `MATCH (s:State) WHERE s.id IN ['PSE', 'SUN', 'TWN'] RETURN s.id, s.timeline_periods, size(s.timeline_standings) ORDER BY s.id`, nil, false)
	if err != nil || fmt.Sprint(rows) != "[[PSE [1985] 1] [SUN [1980] <nil>] [TWN <nil> <nil>]]" {
		t.Errorf("after a timeline to 1988: %v, %v; want the standings of the Soviet Union and Taiwan removed, Palestine's of 1985", rows, err)
	}
}

// dbProps is every property of every node in Neo4j, by label and id.
func dbProps(t *testing.T, st *store.Store) map[string]map[string]any {
	t.Helper()
	_, rows, _, err := st.Query(context.Background(), "MATCH (n) RETURN labels(n), n.id, properties(n)", nil, false)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]map[string]any{}
	for _, r := range rows {
		out[fmt.Sprint(r[0], " ", r[1])] = r[2].(map[string]any)
	}
	return out
}

// TestWriteBackAllOrNothing: report and timeline --write-back at the actor
// level over files that hold actors not loaded into Neo4j fail (exit 1),
// say which nodes are missing and what to do, and change nothing: every
// property of every node is as the previous write-back left it. (They once
// wrote the results of the nodes that were there, kind by kind, so that
// the database held some of the new analysis and some of the old.)
func TestWriteBackAllOrNothing(t *testing.T) {
	loaded := writeFacts(t, "loaded.yaml", `article: {id: loaded, title: Loaded, published: 2021-05-23}
facts:
  - {subject: Communist Party of Cuba, relation: praised, object: Workers' Party of Korea, date: 2021-04, quote: "q"}
  - {subject: Kim Jong-un, relation: congratulated, object: Miguel Díaz-Canel, date: 2021-04, quote: "q"}
  - {subject: North Korea, relation: criticized, object: United States, date: 2021-04, quote: "q"}
  - {subject: Cuba, relation: criticized, object: United States, date: 2021-05, quote: "q"}
`)
	unloaded := writeFacts(t, "unloaded.yaml", `article: {id: unloaded, title: Not loaded, published: 2021-05-20}
facts:
  - {subject: France, relation: praised, object: United States, date: 2021-05, quote: "q"}
  - {subject: Kim Jong-un, relation: praised, object: Xi Jinping, date: 2021-05, quote: "q"}
`)
	st := loadedNeo4j(t, loaded)
	for _, cmd := range [][]string{
		{"report", "--level", "actor", "--write-back"},
		{"timeline", "--level", "actor", "--every", "1m", "--write-back"},
	} {
		if code, _, errOut := runNeo4j(t, "", append(cmd, loaded)...); code != 0 {
			t.Fatalf("%s: exit %d\n%s", strings.Join(cmd, " "), code, errOut)
		}
		before := dbProps(t, st)
		code, _, errOut := runNeo4j(t, "", append(cmd, loaded, unloaded)...)
		if code != 1 {
			t.Errorf("%s with nodes not loaded: exit %d, want 1", strings.Join(cmd, " "), code)
		}
		for _, want := range []string{`nothing written`, `State nodes are not in Neo4j ("FRA"`, `1 of 3 Leader nodes are not in Neo4j ("xi-jinping")`, "load the graph first"} {
			if !strings.Contains(errOut, want) {
				t.Errorf("%s: the error does not say %q:\n%s", strings.Join(cmd, " "), want, errOut)
			}
		}
		after := dbProps(t, st)
		if !reflect.DeepEqual(before, after) {
			for k, v := range before {
				if !reflect.DeepEqual(v, after[k]) {
					t.Errorf("%s changed %s:\n  %v\nto\n  %v", strings.Join(cmd, " "), k, v, after[k])
				}
			}
		}
	}
}

// reportJSON is the results of report --format json by node id.
func reportJSON(t *testing.T, out string) map[string]map[string]any {
	t.Helper()
	var r struct {
		States []map[string]any `json:"states"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	by := map[string]map[string]any{}
	for _, x := range r.States {
		by[x["id"].(string)] = x
	}
	return by
}

// TestReportWriteBackClearsOtherNodes: a report's write-back over part of
// the graph removes an earlier run's results from every node it does not
// write, so that no node in Neo4j keeps numbers of another run: after run
// A (the actor level, over everything) and run B (the state level, from
// 2024), every State, Leader and Party node outside B has none of the
// report's properties and every node of B has B's values, with one
// report_run for all of them. A write-back that fails (nodes not loaded)
// leaves A's values everywhere. (Nodes outside a run once kept the earlier
// run's pagerank and bloc, and Cypher mixed the two runs.)
func TestReportWriteBackClearsOtherNodes(t *testing.T) {
	st := loadedNeo4j(t, testdata)
	props := reportProps()
	// check says whether the database holds exactly the results of run (by
	// id) on its nodes, and none of the report's properties elsewhere.
	check := func(what string, run map[string]map[string]any) {
		t.Helper()
		written, runs := 0, map[any]bool{}
		for key, p := range dbProps(t, st) {
			id, _ := p["id"].(string)
			want := run[id]
			if strings.HasPrefix(key, "[Article]") {
				want = nil
			}
			if want == nil {
				for _, k := range props {
					if v, ok := p[k]; ok {
						t.Errorf("%s: %s, not in the run, has %s = %v", what, key, k, v)
					}
				}
				continue
			}
			written++
			runs[p[PropReportRun]] = true
			for _, k := range props {
				got, w := p[k], want[k]
				if k == PropReportRun {
					if s, _ := got.(string); !strings.Contains(s, " report, ") {
						t.Errorf("%s: %s has %s = %v", what, key, k, got)
					}
					continue
				}
				if i, ok := got.(int64); ok {
					got = float64(i)
				}
				if got != w {
					t.Errorf("%s: %s has %s = %v (%T), the report %v (%T)", what, key, k, got, got, w, w)
				}
			}
		}
		if written != len(run) || len(runs) != 1 {
			t.Errorf("%s: %d nodes with results, want %d; %d report_run values, want 1: %v", what, written, len(run), len(runs), runs)
		}
	}

	code, out, errOut := runNeo4j(t, "", "report", "--level", "actor", "--format", "json", "--write-back", testdata)
	if code != 0 || !strings.Contains(errOut, "cleared an earlier run's results from 0 nodes not in this report") {
		t.Fatalf("run A: exit %d\n%s", code, errOut)
	}
	a := reportJSON(t, out)
	check("after run A", a)

	code, out, errOut = runNeo4j(t, "", "report", "--since", "2024-01", "--format", "json", "--write-back", testdata)
	b := reportJSON(t, out)
	if code != 0 || len(b) == 0 || len(b) >= len(a) {
		t.Fatalf("run B: exit %d, %d nodes (A: %d)\n%s", code, len(b), len(a), errOut)
	}
	if want := fmt.Sprintf("cleared an earlier run's results from %d nodes not in this report", len(a)-len(b)); !strings.Contains(errOut, want) {
		t.Errorf("run B does not say %q:\n%s", want, errOut)
	}
	check("after run B", b)
	// The cookbook's query gives B's states alone.
	_, rows, _, err := st.Query(context.Background(), "MATCH (s) WHERE s.pagerank IS NOT NULL RETURN count(s), count(DISTINCT s.report_run)", nil, false)
	if err != nil || fmt.Sprint(rows) != fmt.Sprintf("[[%d 1]]", len(b)) {
		t.Errorf("nodes with a pagerank after run B: %v, %v; want %d of one run", rows, err, len(b))
	}

	// Run A again, then a run over nodes that are not loaded: it fails and
	// clears nothing.
	if code, _, errOut := runNeo4j(t, "", "report", "--level", "actor", "--write-back", testdata); code != 0 {
		t.Fatalf("run A again: exit %d\n%s", code, errOut)
	}
	before := dbProps(t, st)
	unloaded := writeFacts(t, "unloaded.yaml", `article: {id: unloaded, title: Not loaded, published: 2024-05-20}
facts:
  - {subject: France, relation: praised, object: Russia, date: 2024-05, quote: "q"}
`)
	code, _, errOut = runNeo4j(t, "", "report", "--since", "2024-01", "--write-back", testdata, unloaded)
	if code != 1 || !strings.Contains(errOut, `nothing written`) || !strings.Contains(errOut, `("FRA")`) {
		t.Errorf("a write-back with a state not loaded: exit %d, want 1\n%s", code, errOut)
	}
	if after := dbProps(t, st); !reflect.DeepEqual(before, after) {
		for k, v := range before {
			if !reflect.DeepEqual(v, after[k]) {
				t.Errorf("the failed write-back changed %s:\n  %v\nto\n  %v", k, v, after[k])
			}
		}
	}
}

// TestTimelineWriteBackClearsOtherNodes: timeline --write-back removes an
// earlier timeline's lists from the nodes in Neo4j that are not in its
// graph at all (here the states of a file loaded but not analysed), not
// only from those of its graph with no event.
func TestTimelineWriteBackClearsOtherNodes(t *testing.T) {
	other := writeFacts(t, "other.yaml", `article: {id: other, title: Other, published: 2021-05-20}
facts:
  - {subject: France, relation: praised, object: Germany, date: 2021-05, quote: "q"}
`)
	st := loadedNeo4j(t, testdata, other)
	if code, _, errOut := runNeo4j(t, "", "timeline", "--every", "1y", "--write-back", testdata, other); code != 0 {
		t.Fatalf("first timeline: exit %d\n%s", code, errOut)
	}
	code, _, errOut := runNeo4j(t, "", "timeline", "--every", "1y", "--write-back", testdata)
	if code != 0 || !strings.Contains(errOut, "cleared an earlier timeline's lists from 2 nodes not in this one") {
		t.Fatalf("second timeline: exit %d\n%s", code, errOut)
	}
	_, rows, _, err := st.Query(context.Background(), "MATCH (s:State) WHERE s.id IN ['FRA', 'DEU', 'PRK'] RETURN s.id, s.timeline, size(s.timeline_periods) > 0 ORDER BY s.id", nil, false)
	if err != nil || fmt.Sprint(rows) != "[[DEU <nil> <nil>] [FRA <nil> <nil>] [PRK 1y true]]" {
		t.Errorf("after the second timeline: %v, %v; want France and Germany without a timeline, North Korea with one", rows, err)
	}
}
