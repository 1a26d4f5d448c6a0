// Command benchexport times graphml.Encode on a synthetic graph, for
// scripts/bench-export: it writes the graph as TSV for the Python side to
// rebuild (nodes.tsv, edges.tsv), encodes it once to warm up, then once more
// to DIR/ours.graphml under the clock, and prints the result as JSON.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"syscall"
	"time"

	"github.com/blocgraph/blocgraph/graph/encoding"
	"github.com/blocgraph/blocgraph/graph/encoding/graphml"
	"github.com/blocgraph/blocgraph/graph/encoding/internal/synth"
)

func main() {
	nodes := flag.Int("nodes", 10_000, "number of nodes")
	edges := flag.Int("edges", 100_000, "number of edges")
	dir := flag.String("out", ".", "folder for the TSV files and ours.graphml")
	flag.Parse()
	if err := run(*nodes, *edges, *dir); err != nil {
		fmt.Fprintln(os.Stderr, "benchexport:", err)
		os.Exit(1)
	}
}

type result struct {
	Nodes       int     `json:"nodes"`
	Edges       int     `json:"edges"`
	Seconds     float64 `json:"seconds"`
	Bytes       int64   `json:"bytes"`
	AllocBytes  uint64  `json:"alloc_bytes"`   // allocated by Encode
	HeapInuse   uint64  `json:"heap_inuse"`    // after Encode, before GC
	MaxRSSBytes int64   `json:"max_rss_bytes"` // the whole process
}

func run(n, m int, dir string) error {
	g := synth.Graph(n, m, false)
	// As igraph's graph: no labels, no graph attributes, no edge ids.
	inner := g.Nodes
	g.Nodes = func(yield func(encoding.Node) bool) {
		inner(func(nd encoding.Node) bool { nd.Labels = nil; return yield(nd) })
	}
	g.Attrs = nil
	if err := writeTSV(g, dir); err != nil {
		return err
	}
	if err := graphml.Encode(io.Discard, g); err != nil { // warm up
		return err
	}
	path := filepath.Join(dir, "ours.graphml")
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := graphml.Encode(f, g); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	took := time.Since(start)
	runtime.ReadMemStats(&after)
	st, err := os.Stat(path)
	if err != nil {
		return err
	}
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return json.NewEncoder(os.Stdout).Encode(result{
		Nodes: n, Edges: m, Seconds: took.Seconds(), Bytes: st.Size(),
		AllocBytes: after.TotalAlloc - before.TotalAlloc, HeapInuse: after.HeapInuse,
		MaxRSSBytes: ru.Maxrss * 1024,
	})
}

// writeTSV writes nodes.tsv (id, name, pagerank) and edges.tsv (source,
// target, type, weight, count, date), floats in the shortest exact form.
func writeTSV(g *encoding.Graph, dir string) error {
	for _, part := range []string{"nodes", "edges"} {
		f, err := os.Create(filepath.Join(dir, part+".tsv"))
		if err != nil {
			return err
		}
		w := bufio.NewWriter(f)
		var b []byte
		value := func(v any) {
			switch x := v.(type) {
			case string:
				b = append(b, x...)
			case float64:
				b = strconv.AppendFloat(b, x, 'g', -1, 64)
			case int:
				b = strconv.AppendInt(b, int64(x), 10)
			}
		}
		if part == "nodes" {
			g.Nodes(func(n encoding.Node) bool {
				b = append(b[:0], n.ID...)
				for _, a := range n.Attrs {
					b = append(b, '\t')
					value(a.Value)
				}
				b = append(b, '\n')
				w.Write(b)
				return true
			})
		} else {
			g.Edges(func(e encoding.Edge) bool {
				b = append(append(append(b[:0], e.Source...), '\t'), e.Target...)
				for _, a := range e.Attrs {
					b = append(b, '\t')
					value(a.Value)
				}
				b = append(b, '\n')
				w.Write(b)
				return true
			})
		}
		if err := w.Flush(); err != nil {
			f.Close()
			return err
		}
		if err := f.Close(); err != nil {
			return err
		}
	}
	return nil
}
