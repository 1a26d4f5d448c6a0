package loader

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/blocgraph/blocgraph/graph"
)

// collector is a DatasetOptions.Sink that keeps every event, and checks
// that each sink is used by one goroutine at a time.
type collector struct {
	mu     sync.Mutex
	events []*graph.Event
	sinks  int
	fields int // events EventFields gave
}

type collectorSink struct {
	c    *collector
	busy sync.Mutex
	own  []*graph.Event
}

func (c *collector) sink() EventSink {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.sinks++
	s := &collectorSink{c: c}
	return s
}

func (s *collectorSink) Emit(e *DatasetEvent) error {
	if !s.busy.TryLock() {
		return fmt.Errorf("sink called by two goroutines at once")
	}
	defer s.busy.Unlock()
	ev := e.Event()
	if e.Weight() != ev.Weight() || e.SourceRef() != ev.SourceRef || int64(e.Count) < 1 || e.Rows < 1 {
		return fmt.Errorf("event %s: weight %v, event weight %v; ref %q, event ref %q; rows %d", ev.ID, e.Weight(), ev.Weight(), e.SourceRef(), ev.SourceRef, e.Rows)
	}
	// EventFields gives the same event, building nothing, where it can:
	// every row's event (ICEWS's, GDELT's), no aggregate's.
	var fe graph.Event
	buf, id, ref, ok := e.EventFields(&fe, []byte("kept"))
	switch {
	case ok == (e.aggPer != "" || e.dyadic):
		return fmt.Errorf("event %s (aggregate %q): EventFields ok %v", ev.ID, e.aggPer, ok)
	case ok:
		fe.ID, fe.SourceRef = string(id), string(ref)
		if !reflect.DeepEqual(&fe, ev) || string(buf[:4]) != "kept" || len(buf) != 4+len(id)+len(ref) {
			return fmt.Errorf("EventFields gave\n%+v (buffer %q)\nEvent gives\n%+v", fe, buf, ev)
		}
		s.c.mu.Lock()
		s.c.fields++
		s.c.mu.Unlock()
	}
	s.own = append(s.own, ev)
	s.c.mu.Lock()
	s.c.events = append(s.c.events, ev)
	s.c.mu.Unlock()
	return nil
}

// TestDatasetSink: a sink receives exactly the events the graph would have
// held, per row and aggregated, whatever the number of workers; the graph
// then holds the states (and their parties) and no dataset event.
func TestDatasetSink(t *testing.T) {
	needShared(t, realExport)
	paths := []string{icewsFixture("sample.tab"), realExport} // no row twice: the graph would keep it once
	for _, agg := range []string{AggregateNone, AggregateDay, AggregateMonth} {
		for _, workers := range []int{1, 3} {
			name := fmt.Sprintf("%s, %d workers", agg, workers)
			o := DatasetOptions{Aggregate: agg, Workers: workers}
			g, s, err := loadDS(t, paths, o)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			c := &collector{}
			o.Sink = c.sink
			gs, ss, err := loadDS(t, paths, o)
			if err != nil {
				t.Fatalf("%s, with a sink: %v", name, err)
			}
			if (c.fields == len(c.events)) != (agg == AggregateNone) {
				t.Errorf("%s: EventFields gave %d of the %d events", name, c.fields, len(c.events))
			}
			if c.sinks != workers || gs.NumEvents() != 0 || gs.NumNodes() != g.NumNodes() || gs.NumRelationships() != g.NumRelationships() {
				t.Errorf("%s: %d sinks, graph of %d nodes, %d relationships, %d events; want %d sinks and %d, %d, 0",
					name, c.sinks, gs.NumNodes(), gs.NumRelationships(), gs.NumEvents(), workers, g.NumNodes(), g.NumRelationships())
			}
			byID := func(a, b *graph.Event) int { return strings.Compare(a.ID, b.ID) }
			want := g.Events()
			slices.SortFunc(want, byID)
			slices.SortFunc(c.events, byID)
			if len(c.events) != len(want) || ss.Events != int64(len(want)) || s.Events != int64(len(want)) {
				t.Errorf("%s: the sink got %d events (summary: %d), the graph holds %d", name, len(c.events), ss.Events, len(want))
				continue
			}
			for i := range want {
				if !reflect.DeepEqual(c.events[i], want[i]) {
					t.Errorf("%s: the sink got\n%+v\nthe graph holds\n%+v", name, c.events[i], want[i])
					break
				}
			}
		}
	}
}

type failingSink struct{ n int }

func (f *failingSink) Emit(*DatasetEvent) error {
	if f.n++; f.n == 2 {
		return fmt.Errorf("the sink is full")
	}
	return nil
}

// TestDatasetSinkError: a sink's error ends the load with it.
func TestDatasetSinkError(t *testing.T) {
	for _, agg := range []string{AggregateNone, AggregateMonth} {
		_, _, err := loadDS(t, []string{gdeltFixture("sample.export.CSV")}, DatasetOptions{Aggregate: agg, Workers: 1, Sink: func() EventSink { return &failingSink{} }})
		if err == nil || err.Error() != "the sink is full" {
			t.Errorf("%s: error %v, want the sink's", agg, err)
		}
	}
}

// TestAggKeyPacking: an aggregate's key packs into one word and back, and
// packed keys sort as aggCompare orders keys.
func TestAggKeyPacking(t *testing.T) {
	initRelations()
	rng := rand.New(rand.NewPCG(3, 4))
	var keys []aggKey
	for range 5000 {
		k := aggKey{src: datasetSource(rng.IntN(2)), subj: rng.Int32N(packedStates), obj: rng.Int32N(packedStates)}
		k.rel = relIndex(rng.IntN(len(relTypes)))
		if k.rel == genericRel {
			d := 1 + rng.IntN(maxCodeDigits)
			k.code = cameo{digits: uint8(d), value: uint16(rng.IntN([]int{0, 10, 100, 1000, 10000}[d]))}
		}
		y, m, d := 1+rng.Int32N(9999), 1+rng.Int32N(12), rng.Int32N(29) // day 0: a month
		k.period = y*10000 + m*100 + d
		p, ok := k.pack()
		if !ok || p.unpack() != k {
			t.Fatalf("%+v packs to %x, unpacks to %+v", k, p, p.unpack())
		}
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		a, b := keys[i-1], keys[i]
		pa, _ := a.pack()
		pb, _ := b.pack()
		if c := aggCompare(a, b); (c < 0) != (pa < pb) || (c == 0) != (pa == pb) {
			t.Errorf("aggCompare(%+v, %+v) = %d, packed %x, %x", a, b, c, pa, pb)
		}
	}
	if _, ok := (aggKey{subj: packedStates}).pack(); ok {
		t.Error("a state past packedStates packs")
	}
}
