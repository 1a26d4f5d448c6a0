// Command benchgdelt streams GDELT event files through the loader — parse,
// map to states and the vocabulary, filter, aggregate — and prints the
// summary. scripts/bench-gdelt times it against awk and wc.
//
// With -sink fold (the default) the events go where report sends them:
// folded into the state-level projection as they are read
// (analysis.Fold); with -sink graph each becomes a graph.Event, as load
// keeps them.
//
//	go run ./loader/internal/benchgdelt [-aggregate none|day|month] [-sink fold|graph] [-workers 0] FILE...
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime/pprof"
	"sync"
	"time"

	"github.com/blocgraph/blocgraph/analysis"
	"github.com/blocgraph/blocgraph/loader"
)

func main() {
	agg := flag.String("aggregate", "month", "none, day or month")
	sinkName := flag.String("sink", "fold", "fold (as report) or graph (as load)")
	workers := flag.Int("workers", 0, "parsing goroutines (0: GOMAXPROCS)")
	rootOnly := flag.Bool("root-only", false, "keep root events only")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile to this file")
	flag.Parse()
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		pprof.StartCPUProfile(f)
		defer pprof.StopCPUProfile()
	}
	fail := func(err error) {
		fmt.Fprintln(os.Stderr, err)
		pprof.StopCPUProfile()
		os.Exit(1)
	}
	opt := loader.DatasetOptions{Format: "gdelt", Aggregate: *agg, Workers: *workers, RootOnly: *rootOnly}
	var fold *analysis.Fold
	var shards []*analysis.Fold
	var mu sync.Mutex
	switch *sinkName {
	case "fold":
		var err error
		if fold, err = analysis.NewFold(analysis.Options{}, 0); err != nil {
			fail(err)
		}
		opt.Sink = func() loader.EventSink {
			s := fold.Shard()
			mu.Lock()
			shards = append(shards, s)
			mu.Unlock()
			return foldSink{s}
		}
	case "graph":
	default:
		fail(fmt.Errorf("-sink %q is not fold or graph", *sinkName))
	}
	t := time.Now()
	g, sum, err := loader.Load(flag.Args(), loader.Options{Dataset: opt})
	if err != nil {
		fail(err)
	}
	what := fmt.Sprintf("graph: %d nodes, %d events", g.NumNodes(), g.NumEvents())
	if fold != nil {
		for _, s := range shards {
			fold.Merge(s)
		}
		fold.AddGraph(g)
		p := fold.Projection(g)
		what = fmt.Sprintf("fold: %d states, %d pairs, %d events", len(p.Nodes), len(p.Pairs), p.Events)
	}
	el := time.Since(t)
	sum.WriteTo(os.Stdout)
	fmt.Printf("%s; %.3fs, %.0f rows/s\n", what, el.Seconds(), float64(sum.Rows())/el.Seconds())
}

type foldSink struct{ f *analysis.Fold }

func (s foldSink) Emit(e *loader.DatasetEvent) error {
	s.f.DatasetEvent(e.Type, e.Subject, e.Object, e.Date, e.End, e.Goldstein, e.Count, e)
	return nil
}
