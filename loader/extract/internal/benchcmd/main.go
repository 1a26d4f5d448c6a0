// Command benchcmd measures blocgraph extract (run it as
// scripts/bench-extract): sentences coded per second on one core, and the
// peak memory of the process, on a corpus of every article of testdata and
// the seed repeated to the size asked. Each size runs in a process of its
// own (this command started again with -size), so that the peak memory of
// one size is not the other's: flat memory means the two peaks are alike
// though one corpus is four times the other.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/loader/extract"
	"github.com/blocgraph/blocgraph/loader/gazetteer"
)

func main() {
	size := flag.Int("size", 0, "(internal) code this many sentences and print the figures")
	small := flag.Int("small", 10000, "sentences of the smaller corpus (at least 10,000)")
	factor := flag.Int("factor", 4, "the larger corpus is this many times the smaller")
	flag.Parse()
	if *size > 0 {
		if err := measure(*size); err != nil {
			fmt.Fprintln(os.Stderr, "bench-extract:", err)
			os.Exit(1)
		}
		return
	}
	self, err := os.Executable()
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench-extract:", err)
		os.Exit(1)
	}
	fmt.Println("blocgraph extract, one core (GOMAXPROCS=1), articles of testdata/ and the seed, repeated:")
	fmt.Printf("%10s %10s %9s %14s %9s %18s %12s\n", "SENTENCES", "ARTICLES", "SECONDS", "SENTENCES/S", "CPU S", "SENTENCES/CPU-S", "PEAK RSS MB")
	var rss []float64
	for _, n := range []int{*small, *small * *factor} {
		cmd := exec.Command(self, "-size", strconv.Itoa(n))
		cmd.Env = append(os.Environ(), "GOMAXPROCS=1")
		cmd.Stderr = os.Stderr
		out, err := cmd.Output()
		if err != nil {
			fmt.Fprintln(os.Stderr, "bench-extract:", err)
			os.Exit(1)
		}
		f := strings.Fields(string(out))
		fmt.Printf("%10s %10s %9s %14s %9s %18s %12s\n", f[0], f[1], f[2], f[3], f[4], f[5], f[6])
		v, _ := strconv.ParseFloat(f[6], 64)
		rss = append(rss, v)
	}
	fmt.Printf("peak memory of the larger corpus / the smaller: %.2f (flat: close to 1; the corpus grew %d×)\n", rss[1]/rss[0], *factor)
	fmt.Println("SENTENCES/S is by the clock, SENTENCES/CPU-S by the CPU time the process used: on a shared machine the second is the figure per core.")
}

type article struct {
	name string
	data []byte
	n    int // sentences
}

func corpus() ([]article, error) {
	var paths []string
	for _, g := range []string{"testdata/articles/*", "testdata/heldout/*", "testdata/heldout2/*", "testdata/dev/*", "testdata/calib/*", "testdata/test/*", "testdata/fresh/*", "testdata/fresh2/*", "../shared/seeds/*.txt"} {
		m, _ := filepath.Glob(g)
		paths = append(paths, m...)
	}
	var out []article
	for _, p := range paths {
		if strings.HasSuffix(p, ".md") && strings.HasSuffix(filepath.Base(p), "SOURCES.md") {
			continue
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		a, err := extract.Read(p, b)
		if err != nil {
			return nil, err
		}
		out = append(out, article{p, b, len(extract.Split(a.Text))})
	}
	if len(out) < 10 {
		return nil, fmt.Errorf("only %d articles found: run from the repository root", len(out))
	}
	return out, nil
}

// measure codes articles, read from their bytes each time as the command
// does, until n sentences are done; nothing is kept between articles.
func measure(n int) error {
	arts, err := corpus()
	if err != nil {
		return err
	}
	// warm up: the gazetteer and the lexicon are built once per process;
	// the gazetteer's index of suggestions for unknown names, which it
	// builds in the background, is waited for (a name it cannot resolve
	// asks for its suggestions), so that its work is out of the figures
	// (the instructions per sentence of scripts/bench-extract moved by a
	// tenth with how much of it a run had done)
	a, _ := extract.Read(arts[0].name, arts[0].data)
	if _, err := extract.Code(a, extract.Options{}); err != nil {
		return err
	}
	gazetteer.Default().Resolve("Qxzqy", graph.Date{})
	runtime.GC()
	done, docs := 0, 0
	cpu0 := cpuSeconds()
	start := time.Now()
	for i := 0; done < n; i = (i + 1) % len(arts) {
		x := arts[i]
		a, err := extract.Read(x.name, x.data)
		if err != nil {
			return err
		}
		d, err := extract.Code(a, extract.Options{})
		if err != nil {
			return err
		}
		done += d.Sentences
		docs++
	}
	secs := time.Since(start).Seconds()
	cpu := cpuSeconds() - cpu0
	fmt.Printf("%d %d %.2f %.0f %.2f %.0f %.1f\n", done, docs, secs, float64(done)/secs, cpu, float64(done)/cpu, peakRSS())
	return nil
}

// cpuSeconds is the user and system time the process has used.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Utime.Sec+ru.Stime.Sec) + float64(ru.Utime.Usec+ru.Stime.Usec)/1e6
}

// peakRSS is the process's peak resident memory in MB (VmHWM, Linux).
func peakRSS() float64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, _ := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 64)
			return kb / 1024
		}
	}
	return 0
}
