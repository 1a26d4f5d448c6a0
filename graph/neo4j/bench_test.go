package neo4j

import (
	"context"
	"encoding/csv"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/graph/neo4j/internal/synth"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// The benchmark of scripts/bench-neo4j: go test -run TestBenchLoadVsLoadCSV
// ./graph/neo4j -args -bench-neo4j.
var (
	benchNeo4j  = flag.Bool("bench-neo4j", false, "compare Load with LOAD CSV on the configured Neo4j (scripts/bench-neo4j)")
	benchEvents = flag.Int("bench-events", 200_000, "synthetic events for -bench-neo4j")
	benchBatch  = flag.Int("bench-batch", DefaultBatchSize, "Load batch size for -bench-neo4j")
	benchConc   = flag.Int("bench-concurrency", DefaultConcurrency, "Load concurrency for -bench-neo4j")
	benchCSVTx  = flag.Int("bench-csv-tx", 5000, "rows per transaction of LOAD CSV … IN TRANSACTIONS for -bench-neo4j")
	benchRounds = flag.Int("bench-rounds", 3, "rounds of both paths for -bench-neo4j; figures are the medians")
	benchQuick  = flag.Bool("bench-load-only", false, "for -bench-neo4j: time Load only (no second load, no LOAD CSV)")
)

func TestBenchLoadVsLoadCSV(t *testing.T) {
	if !*benchNeo4j {
		t.Skip("run with -bench-neo4j (scripts/bench-neo4j)")
	}
	importDir := os.Getenv("BLOCGRAPH_NEO4J_IMPORT")
	if importDir == "" {
		t.Fatal("BLOCGRAPH_NEO4J_IMPORT (the server's import directory) is not set; eval \"$(scripts/neo4j start)\" sets it")
	}
	s := testStore(t)
	ctx := context.Background()
	if err := s.CreateSchema(ctx); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(importDir, "blocgraph-bench")
	defer os.RemoveAll(dir)

	// Warm the server up (JIT, page cache) on both paths, untimed.
	warm := synth.Graph(synth.Sizes{States: 150, Leaders: 150, Articles: 500, Events: *benchEvents, Seed: 41})
	benchBoth(t, s, warm, dir)
	clearDB(t, s)

	t0 := time.Now()
	g := synth.Graph(synth.Sizes{States: 150, Leaders: 150, Articles: 500, Events: *benchEvents, Seed: 42})
	fmt.Printf("synthetic graph: %d nodes, %d structural relationships, %d events (built in %.1f s); server warmed up on %d events\n",
		g.NumNodes(), g.NumRelationships(), g.NumEvents(), time.Since(t0).Seconds(), warm.NumEvents())
	if *benchQuick {
		benchBoth(t, s, g, dir)
		return
	}

	// Rounds of both paths, one after the other, on a cleared database each
	// time, each round with new events (new ids, new index keys); the figures
	// are the medians over the rounds, which a stall of the machine or of the
	// server's JIT in one round does not move.
	ev := float64(g.NumEvents())
	rate := func(d time.Duration) float64 { return ev / d.Seconds() }
	var load, again, batched, csv, csvAgain []float64
	var r benchResult
	fmt.Printf("\n%-6s %-28s %8s %9s %11s  %s\n", "round", "path", "events", "seconds", "events/s", "transactions")
	for round := 1; round <= *benchRounds; round++ {
		if round > 1 {
			clearDB(t, s)
		}
		if round > 1 {
			g = synth.Graph(synth.Sizes{States: 150, Leaders: 150, Articles: 500, Events: *benchEvents, Seed: 42 + uint64(round)})
		}
		r = benchBoth(t, s, g, dir)
		load, again = append(load, rate(r.load.Elapsed)), append(again, rate(r.again.Elapsed))
		batched = append(batched, rate(r.batched.Elapsed))
		csv, csvAgain = append(csv, rate(r.csv)), append(csvAgain, rate(r.csvAgain))
		fmt.Printf("%-6d %-28s %8d %9.2f %11.0f  one, of %d statements of up to %d rows (%d retried, %d merged)\n", round, "blocgraph load (Bolt)",
			g.NumEvents(), r.load.Elapsed.Seconds(), load[round-1], r.load.Batches, r.load.BatchSize, r.load.Retries, r.load.Merged)
		fmt.Printf("%-6d %-28s %8d %9.2f %11.0f  %d of up to %d rows, %d at once (%d retried, %d merged)\n", round, "blocgraph load --batched",
			g.NumEvents(), r.batched.Elapsed.Seconds(), batched[round-1], r.batched.Batches, r.batched.BatchSize, r.batched.Concurrency, r.batched.Retries, r.batched.Merged)
		fmt.Printf("%-6d %-28s %8d %9.2f %11.0f  IN TRANSACTIONS OF %d ROWS (+%.1f s writing CSV)\n", round, "LOAD CSV (server, MERGE)",
			g.NumEvents(), r.csv.Seconds(), csv[round-1], *benchCSVTx, r.csvWrite.Seconds())
		fmt.Printf("%-6d %-28s %8d %9.2f %11.0f  (%d retried, %d merged)\n", round, "blocgraph load, again", g.NumEvents(),
			r.again.Elapsed.Seconds(), again[round-1], r.again.Retries, r.again.Merged)
		fmt.Printf("%-6d %-28s %8d %9.2f %11.0f\n", round, "LOAD CSV, again", g.NumEvents(), r.csvAgain.Seconds(), csvAgain[round-1])
	}
	fmt.Printf("\nmedians of %d rounds, events/s: blocgraph load %.0f, --batched %.0f, LOAD CSV %.0f; again: %.0f and %.0f\n",
		*benchRounds, median(load), median(batched), median(csv), median(again), median(csvAgain))
	fmt.Printf("ratio blocgraph load (one transaction) / --batched: %.2f\n", median(load)/median(batched))
	fmt.Printf("ratio blocgraph load / LOAD CSV: %.2f (target ≥ 1.0)   blocgraph load: %.0f events/s (target ≥ 50000)   batch size %d\n",
		median(load)/median(csv), median(load), r.load.BatchSize)
}

// median returns the median of xs (the mean of the middle two when even).
func median(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	n := len(s)
	if n == 0 {
		return 0
	}
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

type benchResult struct {
	load, again, batched    LoadSummary
	csv, csvAgain, csvWrite time.Duration
}

// benchBoth loads g with Load, twice, then clears the database and loads it
// with a batched Load, then clears it again and loads the same rows with
// LOAD CSV, twice, checking the counts after each.
func benchBoth(t *testing.T, s *Store, g *graph.Graph, dir string) benchResult {
	ctx := context.Background()
	var r benchResult
	wantRels := g.NumRelationships() + g.NumEvents()
	check := func(what string) {
		if n := count(t, s, "MATCH (n) RETURN count(n)", nil); n != g.NumNodes() {
			t.Errorf("%s: %d nodes, want %d", what, n, g.NumNodes())
		}
		if n := count(t, s, "MATCH ()-[r]->() RETURN count(r)", nil); n != wantRels {
			t.Errorf("%s: %d relationships, want %d", what, n, wantRels)
		}
	}
	opts := LoadOptions{BatchSize: *benchBatch, Concurrency: *benchConc, SkipSchema: true}
	var err error
	if r.load, err = s.Load(ctx, g, opts); err != nil {
		t.Fatal(err)
	}
	check("Load")
	if *benchQuick {
		fmt.Printf("load only: %d events in %.2f s: %.0f events/s (%d batches, %d at once, %d retried)\n", g.NumEvents(), r.load.Elapsed.Seconds(),
			float64(g.NumEvents())/r.load.Elapsed.Seconds(), r.load.Batches, r.load.Concurrency, r.load.Retries)
		clearDB(t, s)
		return r
	}
	if r.again, err = s.Load(ctx, g, opts); err != nil {
		t.Fatal(err)
	}
	if r.again.EventsCreated != 0 {
		t.Errorf("second Load created %d events", r.again.EventsCreated)
	}
	check("Load again")

	// The same, batched (one transaction per batch, as before loads were
	// one transaction).
	clearDB(t, s)
	bopts := opts
	bopts.Batched = true
	if r.batched, err = s.Load(ctx, g, bopts); err != nil {
		t.Fatal(err)
	}
	check("Load --batched")

	// LOAD CSV of the same rows with the same MERGE semantics.
	clearDB(t, s)
	groups, err := planLoad(g, 1<<62)
	if err != nil {
		t.Fatal(err)
	}
	os.RemoveAll(dir)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	t0 := time.Now()
	queries := make([]string, len(groups))
	for i, b := range groups {
		name := fmt.Sprintf("group-%03d.csv", i)
		q, err := writeCSVGroup(filepath.Join(dir, name), "file:///"+filepath.Base(dir)+"/"+name, b, *benchCSVTx)
		if err != nil {
			t.Fatal(err)
		}
		queries[i] = q
	}
	r.csvWrite = time.Since(t0)
	run := func() time.Duration {
		t0 := time.Now()
		for _, q := range queries {
			if _, _, _, err := s.Query(ctx, q, nil, true); err != nil {
				t.Fatalf("%s: %v", q, err)
			}
		}
		return time.Since(t0)
	}
	r.csv = run()
	check("LOAD CSV")
	r.csvAgain = run()
	check("LOAD CSV again")
	return r
}

// writeCSVGroup writes the rows of one group as CSV and returns the LOAD CSV
// statement that MERGEs them as Load's query does.
func writeCSVGroup(path, url string, b batch, tx int) (string, error) {
	rows := b.rows
	for _, e := range b.events {
		rows = append(rows, map[string]any{"id": e.ID, "from": e.Subject, "to": e.Object, "props": eventProps(e)})
	}
	kinds := map[string]string{} // property → string, int, float, date, list
	for _, r := range rows {
		for k, v := range r["props"].(map[string]any) {
			switch v.(type) {
			case string:
				kinds[k] = "string"
			case int:
				kinds[k] = "int"
			case float64:
				kinds[k] = "float"
			case dbtype.Date:
				kinds[k] = "date"
			case []string:
				kinds[k] = "list"
			default:
				return "", fmt.Errorf("property %s: %T", k, v)
			}
		}
	}
	keys := make([]string, 0, len(kinds))
	for k := range kinds {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	f, err := os.Create(path)
	if err != nil {
		return "", err
	}
	w := csv.NewWriter(f)
	// Underscored, so as not to clash with the properties from and to.
	header := []string{"_id"}
	if b.phase != phaseNodes {
		header = append(header, "_from", "_to")
	}
	w.Write(append(header, keys...))
	for _, r := range rows {
		rec := []string{r["id"].(string)}
		if b.phase != phaseNodes {
			rec = append(rec, r["from"].(string), r["to"].(string))
		}
		p := r["props"].(map[string]any)
		for _, k := range keys {
			switch v := p[k].(type) {
			case nil:
				rec = append(rec, "")
			case string:
				rec = append(rec, v)
			case int:
				rec = append(rec, strconv.Itoa(v))
			case float64:
				rec = append(rec, strconv.FormatFloat(v, 'g', -1, 64))
			case dbtype.Date:
				rec = append(rec, v.String())
			case []string:
				rec = append(rec, strings.Join(v, "|"))
			}
		}
		w.Write(rec)
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return "", err
	}
	if err := f.Close(); err != nil {
		return "", err
	}
	var set []string
	for _, k := range keys {
		col := "row." + k
		var e string
		switch kinds[k] {
		case "string":
			e = fmt.Sprintf("CASE %s WHEN '' THEN null ELSE %s END", col, col)
		case "int":
			e = "toInteger(" + col + ")"
		case "float":
			e = "toFloat(" + col + ")"
		case "date":
			e = fmt.Sprintf("CASE %s WHEN '' THEN null ELSE date(%s) END", col, col)
		case "list":
			e = fmt.Sprintf("CASE %s WHEN '' THEN null ELSE split(%s, '|') END", col, col)
		}
		set = append(set, k+": "+e)
	}
	props := "{" + strings.Join(set, ", ") + "}"
	var body string
	if b.phase == phaseNodes {
		body = fmt.Sprintf("MERGE (n:%s {id: row._id}) SET n += %s", b.label, props)
	} else {
		// With Load's index hints (see eventEnds), so that both paths get the same plan.
		body = fmt.Sprintf("MATCH (a:%[1]s {id: row._from}) USING INDEX SEEK a:%[1]s(id) MATCH (b:%[2]s {id: row._to}) USING INDEX SEEK b:%[2]s(id) "+
			"MERGE (a)-[r:%[3]s {id: row._id}]->(b) SET r += %[4]s", b.from, b.to, b.typ, props)
	}
	return fmt.Sprintf("LOAD CSV WITH HEADERS FROM '%s' AS row CALL (row) { %s } IN TRANSACTIONS OF %d ROWS", url, body, tx), nil
}
