package csr

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"
)

// nxScript computes the reference values with networkx. Files in argv[1]:
// directed.txt (PageRank), undirected.txt (Louvain, eigenvector),
// loops.txt + ours_loops.txt (modularity convention for self-loops) and
// lengths.txt (betweenness, weight = length).
const nxScript = `
import json, sys
import networkx as nx
from networkx.algorithms.community import louvain_communities, modularity
d = sys.argv[1]
def read(name, directed):
    G = nx.DiGraph() if directed else nx.Graph()
    for line in open(d + '/' + name):
        f = line.split()
        if not f:
            continue
        if f[0] == '#':
            if len(f) == 3 and f[1] == 'nodes':
                G.add_nodes_from(range(int(f[2])))
            continue
        G.add_edge(int(f[0]), int(f[1]), weight=float(f[2]))
    return G
out = {}
D = read('directed.txt', True)
try:
    pr = nx.pagerank(D, alpha=0.85, tol=1e-14, max_iter=100000, weight='weight')
except ImportError:  # networkx's default implementation needs scipy
    from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python
    pr = _pagerank_python(D, alpha=0.85, tol=1e-14, max_iter=100000, weight='weight')
out['pagerank'] = [pr[i] for i in range(D.number_of_nodes())]
U = read('undirected.txt', False)
out['louvain_q'] = [modularity(U, louvain_communities(U, weight='weight', seed=s), weight='weight') for s in range(3)]
ev = nx.eigenvector_centrality(U, max_iter=100000, tol=1e-14, weight='weight')
out['eigenvector'] = [ev[i] for i in range(U.number_of_nodes())]
L = read('loops.txt', False)
labels = [int(x) for x in open(d + '/ours_loops.txt').read().split()]
groups = {}
for i, c in enumerate(labels):
    groups.setdefault(c, set()).add(i)
out['q_loops'] = modularity(L, list(groups.values()), weight='weight', resolution=1.3)
B = read('lengths.txt', True)
bc = nx.betweenness_centrality(B, weight='weight', normalized=False)
out['betweenness'] = [bc[i] for i in range(B.number_of_nodes())]
print(json.dumps(out))
`

// requireNetworkx returns the python3 path, skipping (or failing under
// CI=true) when python3 with networkx is unavailable.
func requireNetworkx(t *testing.T) string {
	t.Helper()
	py, err := exec.LookPath("python3")
	if err == nil {
		err = exec.Command(py, "-c", "import networkx").Run()
	}
	if err != nil {
		msg := fmt.Sprintf("networkx cross-check needs python3 with networkx (pip install networkx): %v", err)
		if os.Getenv("CI") == "true" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	return py
}

// writeUndirected writes a symmetric g with one line per pair u <= v;
// a diagonal entry A_uu is written as a networkx self-loop of weight A_uu/2.
func writeUndirected(t *testing.T, path string, g *Graph) {
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "# nodes %d\n", g.N)
	for u := 0; u < g.N; u++ {
		ts, ws := g.Out(u)
		for k, v := range ts {
			switch {
			case int(v) > u:
				fmt.Fprintf(&buf, "%d %d %s\n", u, v, strconv.FormatFloat(ws[k], 'g', -1, 64))
			case int(v) == u:
				fmt.Fprintf(&buf, "%d %d %s\n", u, v, strconv.FormatFloat(ws[k]/2, 'g', -1, 64))
			}
		}
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func writeDirected(t *testing.T, path string, g *Graph) {
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := WriteEdgeList(f, g.N, g.Edges()); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

func TestNetworkxCrossCheck(t *testing.T) {
	py := requireNetworkx(t)
	dir := t.TempDir()

	// Directed, weighted, with dangling nodes 0..4 (no out-edges).
	var dEdges []Edge
	for _, e := range randomEdges(300, 1500, 77, uniformWeight(0.1, 3)) {
		if e.From >= 5 {
			dEdges = append(dEdges, e)
		}
	}
	directed := FromEdges(300, dEdges)
	writeDirected(t, filepath.Join(dir, "directed.txt"), directed)

	undirected := FromEdges(300, symmetric(plantedEdges(300, 30, 0.2, 0.02, 78)))
	writeUndirected(t, filepath.Join(dir, "undirected.txt"), undirected)

	loopEdges := symmetric(plantedEdges(60, 10, 0.4, 0.05, 79))
	loopEdges = append(loopEdges, Edge{3, 3, 2.5}, Edge{17, 17, 1}, Edge{40, 40, 4})
	loops := FromEdges(60, loopEdges)
	writeUndirected(t, filepath.Join(dir, "loops.txt"), loops)
	loopComm := Leiden(loops, 1.3, 1).Community
	var lb bytes.Buffer
	for _, c := range loopComm {
		fmt.Fprintf(&lb, "%d\n", c)
	}
	if err := os.WriteFile(filepath.Join(dir, "ours_loops.txt"), lb.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}

	btw := FromEdges(150, randomEdges(150, 600, 80, pickWeight(dyadic)))
	lengths := &Graph{N: btw.N, Offsets: btw.Offsets, Targets: btw.Targets, Weights: make([]float64, len(btw.Weights))}
	for i, w := range btw.Weights {
		lengths.Weights[i] = 1 / w
	}
	writeDirected(t, filepath.Join(dir, "lengths.txt"), lengths)

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, py, "-c", nxScript, dir)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	outb, err := cmd.Output()
	if err != nil {
		t.Fatalf("networkx script: %v\n%s", err, stderr.String())
	}
	var ref struct {
		PageRank    []float64 `json:"pagerank"`
		LouvainQ    []float64 `json:"louvain_q"`
		Eigenvector []float64 `json:"eigenvector"`
		QLoops      float64   `json:"q_loops"`
		Betweenness []float64 `json:"betweenness"`
	}
	if err := json.Unmarshal(outb, &ref); err != nil {
		t.Fatalf("parse %q: %v", outb, err)
	}

	t.Run("PageRank", func(t *testing.T) {
		got, err := PageRank(directed, 0.85, 1e-13, 100000)
		if err != nil {
			t.Fatal(err)
		}
		d := maxAbsDiff(got, ref.PageRank)
		t.Logf("max |ours - networkx| = %.3g", d)
		if d > 1e-6 {
			t.Fatalf("PageRank differs from networkx by %g", d)
		}
	})
	t.Run("Louvain", func(t *testing.T) {
		best := math.Inf(-1)
		for _, q := range ref.LouvainQ {
			best = max(best, q)
		}
		r := Leiden(undirected, 1, 1)
		t.Logf("Q ours %.6f, networkx (best of 3 seeds) %.6f", r.Q, best)
		if r.Q < 0.99*best {
			t.Fatalf("Q %v < 0.99 * networkx %v", r.Q, best)
		}
	})
	t.Run("ModularitySelfLoops", func(t *testing.T) {
		q := Modularity(loops, loopComm, 1.3)
		if !closeRel(q, ref.QLoops, 1e-12) {
			t.Fatalf("Modularity %v, networkx %v", q, ref.QLoops)
		}
	})
	t.Run("Eigenvector", func(t *testing.T) {
		got, err := Eigenvector(undirected, 1e-14, 100000)
		if err != nil {
			t.Fatal(err)
		}
		if d := maxAbsDiff(got, ref.Eigenvector); d > 1e-6 {
			t.Fatalf("eigenvector differs from networkx by %g", d)
		}
	})
	t.Run("Betweenness", func(t *testing.T) {
		got := Betweenness(btw, 2)
		for i := range got {
			if !closeRel(got[i], ref.Betweenness[i], 1e-9) {
				t.Fatalf("node %d: ours %v networkx %v", i, got[i], ref.Betweenness[i])
			}
		}
	})
}
