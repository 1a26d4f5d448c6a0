package csr

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"sort"
	"strconv"
	"strings"
)

// SyntheticSigned returns a deterministic (for a seed) synthetic signed
// directed graph on n nodes with exactly m distinct directed edges (no
// self-loops, no parallel edges), modelled on an alignment network:
//
//   - nodes are assigned to max(2, n/800) planted blocs uniformly at random;
//   - each node has a Pareto(alpha=2.5) activity (capped at 50) that makes
//     degrees heterogeneous; edge endpoints are drawn proportionally to it;
//   - 80% of edges are cooperation edges (weight in [0.1, 1)), 90% of them
//     inside the source's bloc; 20% are conflict edges (weight in (-1, -0.1]),
//     90% of them across blocs.
//
// It panics if m exceeds n*(n-1).
func SyntheticSigned(n, m int, seed int64) []Edge {
	if n < 2 && m > 0 || int64(m) > int64(n)*int64(n-1) {
		panic(fmt.Sprintf("csr.SyntheticSigned: %d edges do not fit on %d nodes", m, n))
	}
	rng := rand.New(rand.NewPCG(uint64(seed), 0x9e3779b97f4a7c15))
	nb := max(2, n/800)
	if nb > n {
		nb = max(n, 1)
	}
	bloc := make([]int, n)
	for i := range bloc {
		bloc[i] = rng.IntN(nb)
	}
	theta := make([]float64, n)
	for i := range theta {
		theta[i] = math.Min(50, math.Pow(1-rng.Float64(), -1/1.5))
	}
	// Global and per-bloc cumulative activity for proportional sampling.
	cum := make([]float64, n)
	var acc float64
	for i, t := range theta {
		acc += t
		cum[i] = acc
	}
	members := make([][]int32, nb)
	blocCum := make([][]float64, nb)
	for i := 0; i < n; i++ {
		b := bloc[i]
		members[b] = append(members[b], int32(i))
		s := theta[i]
		if k := len(blocCum[b]); k > 0 {
			s += blocCum[b][k-1]
		}
		blocCum[b] = append(blocCum[b], s)
	}
	pick := func(c []float64) int {
		x := rng.Float64() * c[len(c)-1]
		i := sort.SearchFloat64s(c, x)
		if i >= len(c) {
			i = len(c) - 1
		}
		return i
	}
	seen := make(map[int64]struct{}, m)
	edges := make([]Edge, 0, m)
	dense := int64(m)*4 > int64(n)*int64(n-1) // near-complete: plain uniform sampling
	for len(edges) < m {
		var u, v int
		positive := rng.Float64() < 0.8
		if dense {
			u, v = rng.IntN(n), rng.IntN(n)
		} else {
			u = pick(cum)
			switch {
			case positive && rng.Float64() < 0.9 && len(members[bloc[u]]) > 1:
				v = int(members[bloc[u]][pick(blocCum[bloc[u]])])
			case !positive && rng.Float64() < 0.9:
				v = pick(cum)
				for tries := 0; tries < 8 && bloc[v] == bloc[u]; tries++ {
					v = pick(cum)
				}
			default:
				v = pick(cum)
			}
		}
		if u == v {
			continue
		}
		key := int64(u)*int64(n) + int64(v)
		if _, ok := seen[key]; ok {
			continue
		}
		seen[key] = struct{}{}
		w := 0.1 + 0.9*rng.Float64()
		if !positive {
			w = -w
		}
		edges = append(edges, Edge{From: int32(u), To: int32(v), Weight: w})
	}
	return edges
}

// SplitSigned splits a signed edge list into its cooperation layer (edges
// with weight > 0) and its conflict layer (edges with weight < 0, stored with
// weight |w| > 0). Zero-weight edges are dropped.
func SplitSigned(n int, edges []Edge) (pos, neg *Graph) {
	var p, q []Edge
	for _, e := range edges {
		switch {
		case e.Weight > 0:
			p = append(p, e)
		case e.Weight < 0:
			q = append(q, Edge{From: e.From, To: e.To, Weight: -e.Weight})
		}
	}
	return FromEdges(n, p), FromEdges(n, q)
}

// WriteEdgeList writes "# nodes N" followed by one "from to weight" line per
// edge (weights in shortest round-trip form).
func WriteEdgeList(w io.Writer, n int, edges []Edge) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	fmt.Fprintf(bw, "# nodes %d\n", n)
	buf := make([]byte, 0, 64)
	for _, e := range edges {
		buf = buf[:0]
		buf = strconv.AppendInt(buf, int64(e.From), 10)
		buf = append(buf, ' ')
		buf = strconv.AppendInt(buf, int64(e.To), 10)
		buf = append(buf, ' ')
		buf = strconv.AppendFloat(buf, e.Weight, 'g', -1, 64)
		buf = append(buf, '\n')
		if _, err := bw.Write(buf); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// ReadEdgeList reads the format written by WriteEdgeList: whitespace
// separated "from to [weight]" lines (weight defaults to 1), '#' comments,
// and an optional "# nodes N" header. Without the header n is the largest
// id + 1.
func ReadEdgeList(r io.Reader) (n int, edges []Edge, err error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	n = -1
	maxID := -1
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimSpace(sc.Text())
		if s == "" {
			continue
		}
		if s[0] == '#' {
			f := strings.Fields(s[1:])
			if len(f) == 2 && f[0] == "nodes" {
				if n, err = strconv.Atoi(f[1]); err != nil || n < 0 {
					return 0, nil, fmt.Errorf("line %d: bad node count %q", line, f[1])
				}
			}
			continue
		}
		f := strings.Fields(s)
		if len(f) < 2 {
			return 0, nil, fmt.Errorf("line %d: want 'from to [weight]'", line)
		}
		u, err1 := strconv.ParseInt(f[0], 10, 32)
		v, err2 := strconv.ParseInt(f[1], 10, 32)
		if err1 != nil || err2 != nil || u < 0 || v < 0 {
			return 0, nil, fmt.Errorf("line %d: bad node id", line)
		}
		w := 1.0
		if len(f) > 2 {
			if w, err = strconv.ParseFloat(f[2], 64); err != nil {
				return 0, nil, fmt.Errorf("line %d: bad weight %q", line, f[2])
			}
		}
		maxID = max(maxID, int(u), int(v))
		edges = append(edges, Edge{From: int32(u), To: int32(v), Weight: w})
	}
	if err := sc.Err(); err != nil {
		return 0, nil, err
	}
	if n < 0 {
		n = maxID + 1
	} else if maxID >= n {
		return 0, nil, fmt.Errorf("node id %d >= declared node count %d", maxID, n)
	}
	return n, edges, nil
}
