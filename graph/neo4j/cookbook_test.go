package neo4j

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/blocgraph/blocgraph/graph"
)

// recipe is one fenced cypher block of the cookbook and the heading above it.
type recipe struct {
	title, cypher string
	line          int
}

// readCookbook parses the Cypher cookbook: every ```cypher block, titled by
// the nearest heading above it.
func readCookbook(t *testing.T, path string) []recipe {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []recipe
	var title string
	var block *recipe
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		switch {
		case block != nil && strings.TrimSpace(line) == "```":
			out = append(out, *block)
			block = nil
		case block != nil:
			block.cypher += line + "\n"
		case strings.HasPrefix(line, "#"):
			title = strings.TrimSpace(strings.TrimLeft(line, "#"))
		case strings.TrimSpace(line) == "```cypher":
			block = &recipe{title: title, line: n + 1}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if block != nil {
		t.Fatalf("%s:%d: unclosed ```cypher block", path, block.line)
	}
	return out
}

// TestCookbook runs every query of the README (its Cypher cookbook) on the seed facts, after
// a write-back of known analysis results, and checks that each returns rows.
func TestCookbook(t *testing.T) {
	const path = "../../README.md"
	recipes := readCookbook(t, path)
	if len(recipes) < 8 {
		t.Fatalf("%s has %d cypher blocks, want at least 8", path, len(recipes))
	}
	s := testStore(t)
	ctx := context.Background()
	g := seedGraph(t)
	// Taiwan, partly recognised, with a timeline of its own.
	if _, err := g.AddNode(&graph.Node{ID: "TWN", Kind: graph.KindState, Name: "Taiwan"}); err != nil {
		t.Fatal(err)
	}
	mustLoad(t, s, g, LoadOptions{})
	rows := []NodeProps{{Kind: graph.KindState, ID: "TWN", Props: map[string]any{
		"timeline": "1m", "timeline_periods": []string{"2021-04"}, "timeline_starts": []string{"2021-04-01"}, "timeline_ends": []string{"2021-04-30"},
		"timeline_blocs": []int{-1}, "timeline_bloc_labels": []string{""}, "timeline_pagerank": []float64{0.05},
		"timeline_standings": []string{"partly recognised state"},
	}}}
	for _, b := range []struct {
		ids   []string
		bloc  int
		label string
	}{
		{[]string{"PRK", "CUB", "CHN", "VNM", "LAO", "RUS"}, 1, "socialist bloc"},
		{[]string{"USA", "KOR", "JPN", "UKR"}, 2, "Western bloc"},
	} {
		for i, id := range b.ids {
			rows = append(rows, NodeProps{Kind: graph.KindState, ID: id, Props: map[string]any{
				"bloc": b.bloc, "bloc_label": b.label, "bloc_confidence": 1 - float64(i)/20,
				"pagerank": 0.3 - float64(i)/50 - float64(b.bloc-1)/10, "betweenness": float64(10 - i),
				// A timeline --every 1m --write-back of two months.
				"timeline": "1m", "timeline_periods": []string{"2021-03", "2021-04"},
				"timeline_starts": []string{"2021-03-01", "2021-04-01"}, "timeline_ends": []string{"2021-03-31", "2021-04-30"},
				"timeline_blocs": []int{b.bloc - 1, b.bloc - 1}, "timeline_bloc_labels": []string{b.label, b.label},
				"timeline_pagerank": []float64{0.2, 0.3 - float64(i)/50},
			}})
		}
	}
	if _, err := s.WriteBack(ctx, rows); err != nil {
		t.Fatal(err)
	}
	gds := true
	if _, _, _, err := s.Query(ctx, "RETURN gds.version() AS v", nil, false); err != nil {
		gds = false
		t.Logf("no Graph Data Science on this server; its recipes are skipped: %v", err)
	} else {
		// A projection left over from an interrupted run.
		s.Query(ctx, "CALL gds.graph.drop('blocgraph-cooperation', false) YIELD graphName RETURN graphName", nil, true)
	}

	// Cheap, specific expectations: the title's recipe must return a row
	// whose cells contain all of these.
	expect := map[string][]string{
		"Who congratulated whom":                                               {"Kim Jong-un", "Miguel Díaz-Canel"},
		"The sanctions network, leaders counted for their state":               {"United States", "Joe Biden", "Russia"},
		"Every event between two states, with quote and article":               {"Kim Jong-un", "CONGRATULATED", "Miguel Díaz-Canel", "What's the plan?"},
		"A leader's outreach in one month":                                     {"APPEALED_FOR_COOPERATION", "Xi Jinping"},
		"Events in a date window":                                              {"Vladimir Putin", "ATTACKED", "Ukraine"},
		"Every event of one article":                                           {"United States", "SANCTIONED", "Cuba"},
		"Who led which state on a given day":                                   {"Cuba", "Miguel Díaz-Canel", "President"},
		"The socialist bloc (after write-back)":                                {"North Korea"},
		"The most central states (after write-back)":                           {"North Korea", "0.3"},
		"Blocs side by side (after write-back)":                                {"socialist bloc", "Laos"},
		"The cooperation neighbourhood of a state (APOC)":                      {"North Korea"},
		"Cooperation and conflict between states":                              {"North Korea", "Cuba"},
		"Who was in which bloc when (after timeline --write-back)":             {"2021-04", "socialist bloc", "North Korea", "Laos"},
		"One state's blocs over time (after timeline --write-back)":            {"2021-03", "socialist bloc"},
		"States not sovereign, period by period (after timeline --write-back)": {"2021-04", "Taiwan", "partly recognised state"},
	}
	// Row counts known from the seed facts.
	wantRows := map[string]int{
		"Who congratulated whom":                                               2,
		"A leader's outreach in one month":                                     4,
		"Every event of one article":                                           14,
		"The socialist bloc (after write-back)":                                6,
		"Who was in which bloc when (after timeline --write-back)":             2,
		"One state's blocs over time (after timeline --write-back)":            2,
		"States not sovereign, period by period (after timeline --write-back)": 1,
	}
	seen := map[string]bool{}
	for _, r := range recipes {
		seen[r.title] = true
		name := r.title
		t.Run(name, func(t *testing.T) {
			if strings.Contains(r.title, "(GDS)") && !gds {
				t.Skip("no GDS")
			}
			// A recipe that changes something (the GDS catalog) says so, and
			// must be refused read-only.
			write := strings.Contains(r.cypher, "// needs --write")
			if write {
				if _, _, _, err := s.Query(ctx, r.cypher, nil, false); !errors.Is(err, ErrReadOnly) {
					t.Errorf("%s:%d: read-only, got %v, want a refusal", path, r.line, err)
				}
			}
			keys, rows, _, err := s.Query(ctx, r.cypher, nil, write)
			if err != nil {
				t.Fatalf("%s:%d: %v\n%s", path, r.line, err, r.cypher)
			}
			if len(rows) == 0 {
				t.Fatalf("%s:%d: no rows\n%s", path, r.line, r.cypher)
			}
			if n, ok := wantRows[r.title]; ok && len(rows) != n {
				t.Errorf("%d rows, want %d: %v", len(rows), n, rows)
			}
			if want, ok := expect[r.title]; ok && !anyRowHas(rows, want) {
				t.Errorf("no row has all of %q; columns %v, rows:\n%v", want, keys, rows)
			}
		})
	}
	for title := range expect {
		if !seen[title] {
			t.Errorf("the cookbook has no recipe %q", title)
		}
	}
}

// anyRowHas reports whether one row holds every string of want within its
// cells (as text).
func anyRowHas(rows [][]any, want []string) bool {
	for _, row := range rows {
		var cells []string
		for _, v := range row {
			cells = append(cells, textOf(v))
		}
		all := strings.Join(cells, "\x00")
		ok := true
		for _, w := range want {
			if !strings.Contains(all, w) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

func textOf(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case []any:
		var s []string
		for _, e := range x {
			s = append(s, textOf(e))
		}
		return strings.Join(s, ", ")
	case nil:
		return ""
	}
	return strings.TrimSpace(strings.ReplaceAll(strings.ReplaceAll(sprint(v), "\n", " "), "\t", " "))
}

func sprint(v any) string { return fmt.Sprint(v) }
