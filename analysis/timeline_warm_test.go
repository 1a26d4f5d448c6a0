package analysis

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"sync"
	"testing"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/loader"
)

var cowOnce struct {
	sync.Once
	g   *graph.Graph
	f   *PeriodFold
	err error
}

// cowTimelineFold is the COW signed file folded into its 51 windows, as
// timeline --every data folds it (once per test binary).
func cowTimelineFold(t *testing.T) (*graph.Graph, *PeriodFold) {
	t.Helper()
	path := sharedData + "signed/cow-signed-1946-1999.csv"
	if _, err := os.Stat(path); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	cowOnce.Do(func() {
		cowOnce.g, _, cowOnce.err = loader.Load([]string{path}, loader.Options{})
		if cowOnce.err == nil {
			cowOnce.f, cowOnce.err = FoldPeriods(cowOnce.g, PeriodSpec{Data: true}, Options{}, 0)
		}
	})
	if cowOnce.err != nil {
		t.Fatal(cowOnce.err)
	}
	return cowOnce.g, cowOnce.f
}

// TestTimelineWarmStart: on the 51 COW windows, the warm-started timeline
// finds in every window a modularity at least that of report over the
// window (Leiden's 32 cold runs) and a frustration at most report's, in
// fewer than half the runs; its signed blocs move less than those of cold searches
// (equal optima no longer flip from one window to the next); and it is
// the same for any number of workers.
func TestTimelineWarmStart(t *testing.T) {
	g, f := cowTimelineFold(t)
	spec := PeriodSpec{Data: true}
	for _, method := range []string{MethodLeiden, MethodSigned} {
		cfg := Config{Method: method}
		warm, err := BuildTimeline(g, f, cfg, TimelineOptions{Spec: spec, Workers: 2})
		if err != nil {
			t.Fatal(err)
		}
		cold, err := BuildTimeline(g, f, cfg, TimelineOptions{Spec: spec, Workers: 2, Cold: true})
		if err != nil {
			t.Fatal(err)
		}
		warmRuns, coldRuns, fromWarm := 0, 0, 0
		for i, p := range warm.Periods {
			r, err := Analyze(g, f.Projection(i), Config{Method: method, Null: -1})
			if err != nil {
				t.Fatal(err)
			}
			switch method {
			case MethodLeiden:
				if *p.Modularity < *r.Modularity-1e-9 {
					t.Errorf("%s: modularity %.6f below report's %.6f", p.Label, *p.Modularity, *r.Modularity)
				}
			case MethodSigned:
				if *p.Frustration > *r.Frustration+1e-9 {
					t.Errorf("%s: frustration %v above report's %v", p.Label, *p.Frustration, *r.Frustration)
				}
			}
			if cold.Periods[i].Runs != r.Runs || cold.Periods[i].Warm {
				t.Errorf("%s: the cold timeline made %d runs (warm %v), report %d", p.Label, cold.Periods[i].Runs, cold.Periods[i].Warm, r.Runs)
			}
			warmRuns += p.Runs
			coldRuns += r.Runs
			if p.Warm {
				fromWarm++
			}
		}
		t.Logf("%s: %d runs warm (%d windows from the warm run), %d cold; %d moves warm, %d cold", method, warmRuns, fromWarm, coldRuns, len(warm.Moves), len(cold.Moves))
		if 2*warmRuns > coldRuns || fromWarm < len(warm.Periods)/2 {
			t.Errorf("%s: %d runs against %d cold, %d windows from the warm run", method, warmRuns, coldRuns, fromWarm)
		}
		if method == MethodSigned && len(warm.Moves) >= len(cold.Moves) {
			t.Errorf("signed: %d moves warm, %d cold", len(warm.Moves), len(cold.Moves))
		}
		one, err := BuildTimeline(g, f, cfg, TimelineOptions{Spec: spec, Workers: 1})
		if err != nil {
			t.Fatal(err)
		}
		a, _ := json.Marshal(warm)
		b, _ := json.Marshal(one)
		if !bytes.Equal(a, b) {
			t.Errorf("%s: 1 and 2 workers give different timelines", method)
		}
	}
}

// TestTimelineSignedOptimal: the warm-started, adaptive signed timeline
// finds in each of the 51 COW windows the least frustration of any
// partition of the window, solved exactly with HiGHS (scripts/crosscheck.py,
// as the cross-check of issue 15): fewer restarts lose no optimum.
func TestTimelineSignedOptimal(t *testing.T) {
	g, f := cowTimelineFold(t)
	tl, err := BuildTimeline(g, f, Config{Method: MethodSigned}, TimelineOptions{Spec: PeriodSpec{Data: true}})
	if err != nil {
		t.Fatal(err)
	}
	var cases []crossCase
	for i := range tl.Periods {
		cases = append(cases, crossCase{name: fmt.Sprintf("w%02d", i), p: f.Projection(i), ilpOnly: true})
	}
	refs := runCrossCheck(t, cases)
	optimal := 0
	for i, p := range tl.Periods {
		ref := refs[cases[i].name].ILP
		if ref == nil || ref.Status != "Optimal" {
			t.Fatalf("%s: no proven optimum (%+v)", p.Label, ref)
		}
		got := *p.Frustration
		if math.Abs(got-ref.Frustration) > 1e-6*max(1, ref.Frustration) {
			t.Errorf("%s: frustration %v, the optimum %v", p.Label, got, ref.Frustration)
			continue
		}
		optimal++
	}
	t.Logf("%d of %d windows at the proven optimum", optimal, len(tl.Periods))
}

// fullEvent is a dataset event already built, as a loader gives it.
type fullEvent struct{ e *graph.Event }

func (f fullEvent) Event() *graph.Event { return f.e }

// TestDataStream: the COW file's events with windows, and events with no
// window of their own (which count in every window they touch, and wait
// for the windows), folded as a stream in two shards in a shuffled order,
// give the timeline of the graph's fold (--every data), to the byte.
func TestDataStream(t *testing.T) {
	g0, f0 := cowTimelineFold(t)
	g := graph.New()
	if err := g.Merge(g0); err != nil {
		t.Fatal(err)
	}
	var events []*graph.Event
	for e := range g0.AllEvents() {
		events = append(events, e)
	}
	// Events with no window: a day in 1962, a year, and one before the data.
	for i, d := range []string{"1962-10-22", "1962-10-23", "1979", "1940-05-10"} {
		e := &graph.Event{ID: fmt.Sprintf("x%d", i), Type: "SANCTIONED", Subject: "USA", Object: "CUB", Date: graph.MustDate(d), Goldstein: -8, Count: 1 + 2*i, Confidence: 1, Source: "test"}
		if _, _, err := g.AddEvent(e); err != nil {
			t.Fatal(err)
		}
		events = append(events, e)
	}
	fixed, err := FoldPeriods(g, PeriodSpec{Data: true}, Options{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	stream, err := NewDataStream(Options{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	stream.g = g
	shards := []*PeriodFold{stream.Shard(), stream.Shard()}
	rng := rand.New(rand.NewPCG(3, 4))
	rng.Shuffle(len(events), func(i, j int) { events[i], events[j] = events[j], events[i] })
	for i, e := range events {
		if i%3 == 0 { // as a dataset row
			shards[i%2].DatasetEvent(e.Type, e.Subject, e.Object, e.Date, e.End, e.Goldstein, e.Count, fullEvent{e})
		} else {
			shards[i%2].Add(e)
		}
	}
	for _, s := range shards {
		stream.Merge(s)
	}
	if err := stream.Finish(g); err != nil {
		t.Fatal(err)
	}
	if fixed.Periods().Len() != 51 || stream.Periods().Len() != 51 {
		t.Fatalf("%d and %d periods", fixed.Periods().Len(), stream.Periods().Len())
	}
	a, err := BuildTimeline(g, fixed, Config{}, TimelineOptions{Spec: PeriodSpec{Data: true}})
	if err != nil {
		t.Fatal(err)
	}
	b, err := BuildTimeline(g, stream, Config{}, TimelineOptions{Spec: PeriodSpec{Data: true}})
	if err != nil {
		t.Fatal(err)
	}
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	if !bytes.Equal(ja, jb) {
		t.Errorf("the stream's timeline differs from the graph's")
	}
	// The 1962 sanctions (1 + 3 reports, Goldstein -8) count in the four
	// windows that hold 1962, those of 1979 (5) in the four that hold 1979.
	conflict := func(f *PeriodFold, i int) float64 {
		for _, pr := range f.Projection(i).Pairs {
			if pr.From == "USA" && pr.To == "CUB" {
				return pr.Conflict
			}
		}
		return 0
	}
	for i := range stream.Periods().Len() {
		sp := stream.Periods().Span(i)
		want := 0.0
		switch {
		case sp.Start.Year <= 1962 && 1962 <= sp.End.Year:
			want = 8 * 4
		case sp.Start.Year <= 1979 && 1979 <= sp.End.Year:
			want = 8 * 5
		}
		if got := conflict(stream, i) - conflict(f0, i); got != want {
			t.Errorf("%s: sanctions of Cuba weigh %v, want %v", PeriodLabel(sp), got, want)
		}
	}
	if _, err := NewDataStream(Options{}, 0); err != nil {
		t.Fatal(err)
	}
	empty, _ := NewDataStream(Options{}, 0)
	if err := empty.Finish(g); err == nil || err != errNoDataWindows {
		t.Errorf("no windows: %v", err)
	}
}
