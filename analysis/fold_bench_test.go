package analysis

import (
	"math/rand/v2"
	"testing"

	"github.com/blocgraph/blocgraph/graph"
)

// BenchmarkFoldDatasetEvent folds dataset events as a worker of a GDELT
// load hands them over: 93 states, random pairs, types and days of a year.
func BenchmarkFoldDatasetEvent(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 2))
	states := make([]string, 93)
	for i := range states {
		states[i] = string([]byte{byte('A' + i/26), byte('A' + i%26), 'X'})
	}
	types := graph.RelationTypes()
	type ev struct {
		typ, from, to string
		date          graph.Date
		g             float64
		n             int
	}
	evs := make([]ev, 1<<16)
	for i := range evs {
		evs[i] = ev{types[rng.IntN(len(types))], states[rng.IntN(len(states))], states[rng.IntN(len(states))],
			graph.Date{Year: 2019, Month: 1 + rng.IntN(12), Day: 1 + rng.IntN(28), Precision: graph.PrecisionDay},
			float64(rng.IntN(201)-100) / 10, 1 + rng.IntN(20)}
	}
	f, err := NewFold(Options{}, 0)
	if err != nil {
		b.Fatal(err)
	}
	s := f.Shard()
	b.ResetTimer()
	for i := range b.N {
		e := &evs[i&(len(evs)-1)]
		s.DatasetEvent(e.typ, e.from, e.to, e.date, graph.Date{}, e.g, e.n, nil)
	}
}
