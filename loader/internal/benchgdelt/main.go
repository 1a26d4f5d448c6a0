// Command benchgdelt streams GDELT event files through the loader — parse,
// map to states and the vocabulary, filter, aggregate by month — and prints
// the summary. scripts/bench-gdelt times it against awk and wc.
//
//	go run ./loader/internal/benchgdelt [-aggregate month] [-workers 0] FILE...
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime/pprof"
	"time"

	"github.com/blocgraph/blocgraph/loader"
)

func main() {
	agg := flag.String("aggregate", "month", "none, day or month")
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
	t := time.Now()
	g, sum, err := loader.Load(flag.Args(), loader.Options{Dataset: loader.DatasetOptions{
		Format: "gdelt", Aggregate: *agg, Workers: *workers, RootOnly: *rootOnly,
	}})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		pprof.StopCPUProfile()
		os.Exit(1)
	}
	el := time.Since(t)
	sum.WriteTo(os.Stdout)
	fmt.Printf("graph: %d nodes, %d events; %.3fs, %.0f rows/s\n", g.NumNodes(), g.NumEvents(), el.Seconds(), float64(sum.Rows())/el.Seconds())
}
