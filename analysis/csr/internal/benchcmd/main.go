// Command benchcmd generates the synthetic benchmark graph and times the
// csr algorithms on an edge-list file, for scripts/bench-analysis.
//
//	benchcmd gen -n 20000 -m 100000 -seed 1 -o graph.txt
//	benchcmd run -in graph.txt -out DIR [-reps-pr 21] [-reps-leiden 7] [-betweenness=true]
//
// run reads the file (untimed), splits it into the cooperation layer (weight
// > 0) and conflict layer, and times, with the wall clock, only the
// algorithm calls:
//
//   - PageRank (damping 0.85, tol 1e-10) on the directed cooperation layer;
//   - Leiden as blocgraph runs it by default (resolution 1, seed 1, the
//     best of csr.DefaultRuns runs on all cores) on the undirected
//     cooperation layer (w(u,v) = w(u->v) + w(v->u), built untimed), and a
//     single run for comparison;
//   - exact Betweenness (length 1/w, directed, all cores) on the
//     cooperation layer.
//
// It prints a JSON summary on stdout (median wall and CPU seconds over the
// repetitions; CPU time is summed over all threads)
// and writes pagerank.txt, leiden.txt and betweenness.txt (one value per
// node) into DIR for cross-checks.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"syscall"
	"time"

	"github.com/blocgraph/blocgraph/analysis/csr"
	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/simple"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: benchcmd gen|run [flags]")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "gen":
		err = gen(os.Args[2:])
	case "run":
		err = run(os.Args[2:])
	default:
		err = fmt.Errorf("unknown command %q", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchcmd:", err)
		os.Exit(1)
	}
}

func gen(args []string) error {
	fs := flag.NewFlagSet("gen", flag.ExitOnError)
	n := fs.Int("n", 20000, "nodes")
	m := fs.Int("m", 100000, "directed edges")
	seed := fs.Int64("seed", 1, "generator seed")
	out := fs.String("o", "graph.txt", "output edge list")
	fs.Parse(args)
	f, err := os.Create(*out)
	if err != nil {
		return err
	}
	if err := csr.WriteEdgeList(f, *n, csr.SyntheticSigned(*n, *m, *seed)); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}

// cpuSeconds returns the user+system CPU time of the process so far.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return math.NaN()
	}
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
}

// timeit returns the median wall time, the median CPU time (all threads)
// and all wall times.
func timeit(reps int, f func()) (med, cpu float64, all []float64) {
	var cpus []float64
	for r := 0; r < max(reps, 1); r++ {
		runtime.GC()
		c := cpuSeconds()
		t := time.Now()
		f()
		all = append(all, time.Since(t).Seconds())
		cpus = append(cpus, cpuSeconds()-c)
	}
	return median(all), median(cpus), all
}

func writeValues[T any](path string, xs []T) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	for _, x := range xs {
		switch v := any(x).(type) {
		case float64:
			w.WriteString(strconv.FormatFloat(v, 'g', -1, 64))
		case int32:
			w.WriteString(strconv.Itoa(int(v)))
		}
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func run(args []string) error {
	fs := flag.NewFlagSet("run", flag.ExitOnError)
	in := fs.String("in", "graph.txt", "edge list")
	out := fs.String("out", ".", "directory for result vectors")
	repsPR := fs.Int("reps-pr", 21, "PageRank repetitions")
	repsLV := fs.Int("reps-leiden", 7, "Leiden repetitions")
	doBtw := fs.Bool("betweenness", true, "time exact betweenness")
	doGonum := fs.Bool("gonum", true, "also time gonum's network.PageRankSparse and community.Modularize (one run each)")
	fs.Parse(args)

	f, err := os.Open(*in)
	if err != nil {
		return err
	}
	n, edges, err := csr.ReadEdgeList(f)
	f.Close()
	if err != nil {
		return err
	}
	pos, _ := csr.SplitSigned(n, edges)
	und := pos.Undirected()

	res := map[string]any{
		"nodes": n, "edges": len(edges), "coop_edges": pos.NumEdges(),
		"gomaxprocs": runtime.GOMAXPROCS(0),
	}
	var pr []float64
	var prErr error
	res["pagerank_s"], res["pagerank_cpu_s"], res["pagerank_runs_s"] = timeit(*repsPR, func() {
		pr, prErr = csr.PageRank(pos, 0.85, 1e-10, 1000)
	})
	if prErr != nil {
		return prErr
	}
	var lr csr.Partition
	runs := csr.DefaultRuns(und.NumEdges())
	res["leiden_s"], res["leiden_cpu_s"], res["leiden_runs_s"] = timeit(*repsLV, func() {
		lr = csr.LeidenRuns(und, 1, 1, runs, 0)
	})
	res["leiden_q"], res["leiden_runs"], res["leiden_runs_at_best"] = lr.Q, lr.Runs, lr.AtBest
	res["leiden_communities"] = int(slices.Max(lr.Community)) + 1
	var one csr.Partition
	res["leiden1_s"], res["leiden1_cpu_s"], _ = timeit(*repsLV, func() { one = csr.Leiden(und, 1, 1) })
	res["leiden1_q"] = one.Q
	if err := writeValues(filepath.Join(*out, "pagerank.txt"), pr); err != nil {
		return err
	}
	if err := writeValues(filepath.Join(*out, "leiden.txt"), lr.Community); err != nil {
		return err
	}
	if *doBtw {
		var bc []float64
		res["betweenness_s"], res["betweenness_cpu_s"], _ = timeit(1, func() { bc = csr.Betweenness(pos, 0) })
		if err := writeValues(filepath.Join(*out, "betweenness.txt"), bc); err != nil {
			return err
		}
	}
	if *doGonum {
		timeGonum(n, edges, res)
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(res)
}

// timeGonum times gonum's own routines on the same layers, built untimed:
// network.PageRankSparse on the directed cooperation layer and
// community.Modularize on the undirected one. Betweenness is left out:
// network.BetweennessWeighted does not finish on this graph in minutes.
func timeGonum(n int, edges []csr.Edge, res map[string]any) {
	dg := simple.NewWeightedDirectedGraph(0, 0)
	ug := simple.NewWeightedUndirectedGraph(0, 0)
	for i := 0; i < n; i++ {
		dg.AddNode(simple.Node(i))
		ug.AddNode(simple.Node(i))
	}
	for _, e := range edges {
		if e.Weight <= 0 || e.From == e.To {
			continue
		}
		f, t := simple.Node(e.From), simple.Node(e.To)
		w := e.Weight
		if old := dg.WeightedEdge(int64(e.From), int64(e.To)); old != nil {
			w += old.Weight()
		}
		dg.SetWeightedEdge(dg.NewWeightedEdge(f, t, w))
		uw := e.Weight
		if old := ug.WeightedEdge(int64(e.From), int64(e.To)); old != nil {
			uw += old.Weight()
		}
		ug.SetWeightedEdge(ug.NewWeightedEdge(f, t, uw))
	}
	res["gonum_pagerank_s"], _, _ = timeit(1, func() { network.PageRankSparse(dg, 0.85, 1e-10) })
	var q float64
	res["gonum_louvain_s"], _, _ = timeit(1, func() {
		r := community.Modularize(ug, 1, rand.NewPCG(1, 1))
		q = community.Q(ug, r.Communities(), 1)
	})
	res["gonum_louvain_q"] = q
}
