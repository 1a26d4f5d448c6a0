package csr

import (
	"math"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
)

// tieEps is the relative tolerance under which two path lengths are
// considered equal in weighted betweenness (the same rule and value as
// igraph's IGRAPH_SHORTEST_PATH_EPSILON: |a-b| <= eps*(|a|+|b|)).
const tieEps = 1e-10

// betweennessChunk is the number of consecutive sources handed to a worker.
const betweennessChunk = 8

// Betweenness returns the exact (Brandes) betweenness centrality of every
// node of the directed weighted graph g, where the length of an edge is
// 1/weight (strong ties are short). Values are unnormalised and count
// ordered pairs (s,t), s != v != t, like gonum's network.BetweennessWeighted
// on a directed graph and igraph's betweenness(directed=True, weights=1/w).
//
// Edges whose weight is not finite and > 0 are ignored (treated as absent),
// as are self-loops. Two path lengths are equal when they agree to a relative
// 1e-10 (igraph's rule), so ties created by floating-point rounding are
// counted as ties.
//
// Sources are split across workers goroutines (workers <= 0 means
// runtime.GOMAXPROCS(0)), each with its own buffers; sources are grouped
// into a fixed number of slots with their own accumulators that goroutines
// take dynamically, so the work balances itself and the result is bitwise
// identical for any worker count.
func Betweenness(g *Graph, workers int) []float64 {
	n := g.N
	cb := make([]float64, n)
	if n < 3 {
		return cb
	}
	// Distance CSR without invalid edges and self-loops.
	off := make([]int32, n+1)
	tgt := make([]int32, 0, len(g.Targets))
	length := make([]float64, 0, len(g.Targets))
	for u := 0; u < n; u++ {
		for e := g.Offsets[u]; e < g.Offsets[u+1]; e++ {
			w := g.Weights[e]
			t := g.Targets[e]
			if !(w > 0) || math.IsInf(w, 1) || int(t) == u {
				continue
			}
			tgt = append(tgt, t)
			length = append(length, 1/w)
		}
		off[u+1] = int32(len(tgt))
	}
	lmin, lmax := math.Inf(1), 0.0
	for _, l := range length {
		lmin, lmax = min(lmin, l), max(lmax, l)
	}
	buckets := chooseBuckets(n, off, tgt, length, lmin, lmax)
	var mu sync.Mutex
	var made []*dijkstraState
	runSources(n, workers, cb, func() func(s int32, cb []float64) {
		st := getDijkstraState(n, lmin, lmax, buckets)
		mu.Lock()
		made = append(made, st)
		mu.Unlock()
		return func(s int32, cb []float64) { st.brandes(s, off, tgt, length, cb) }
	})
	for _, st := range made {
		dijkstraStates.Put(st)
	}
	return cb
}

// BetweennessUnweighted is Betweenness with every stored edge having length
// 1 (breadth-first search); weights are ignored entirely, self-loops are
// ignored. Same normalisation and worker rules as Betweenness; matches
// gonum's network.Betweenness on a directed graph.
func BetweennessUnweighted(g *Graph, workers int) []float64 {
	n := g.N
	cb := make([]float64, n)
	if n < 3 {
		return cb
	}
	runSources(n, workers, cb, func() func(s int32, cb []float64) {
		st := newBFSState(n)
		return func(s int32, cb []float64) { st.brandes(s, g.Offsets, g.Targets, cb) }
	})
	return cb
}

// runSources runs one Brandes pass per source. Sources are cut into chunks
// of betweennessChunk; chunk c belongs to slot c mod S, where the number of
// slots S depends only on n. Goroutines take whole slots from a shared
// counter (so a goroutine that gets less CPU, e.g. on a busy machine, simply
// takes fewer slots), each slot accumulates its chunks in increasing order
// into its own vector, and the slot vectors are summed in slot order: the
// result is bitwise identical for any number of workers.
func runSources(n, workers int, cb []float64, newWorker func() func(s int32, cb []float64)) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	chunks := (n + betweennessChunk - 1) / betweennessChunk
	// At most 16 slots, and at most ~64 MiB of slot accumulators.
	slots := min(16, chunks, max(1, (64<<20)/(8*n)))
	workers = max(1, min(workers, slots))
	acc := make([][]float64, slots)
	var next atomic.Int64
	work := func() {
		run := newWorker()
		for {
			sl := int(next.Add(1) - 1)
			if sl >= slots {
				return
			}
			local := make([]float64, n)
			for c := sl; c < chunks; c += slots {
				lo := c * betweennessChunk
				hi := min(lo+betweennessChunk, n)
				for s := lo; s < hi; s++ {
					run(int32(s), local)
				}
			}
			acc[sl] = local
		}
	}
	var wg sync.WaitGroup
	for w := 1; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			work()
		}()
	}
	work()
	wg.Wait()
	for _, local := range acc {
		for i, v := range local {
			cb[i] += v
		}
	}
}

// heapItem is an entry of the lazy 4-ary heap used by Dijkstra.
type heapItem struct {
	d float64
	v int32
}

// nodeState keeps the per-source state of one node in one cache line.
type nodeState struct {
	dist  float64
	sigma float64
	delta float64
	rank  int32 // settle order index, -1 = not settled
	pred  int32 // head of the predecessor list in the arena, -1 = none
}

type dijkstraState struct {
	ns    []nodeState
	order []int32
	// predecessor arena: linked lists of shortest-path predecessors
	predNode []int32
	predNext []int32
	heap     minHeap
	// nodes whose distance changed while relaxing one node
	queued []int32
	// bucket queue (used when lmax/lmin is small)
	buckets [][]int32
	width   float64
	spare   [][]int32 // the buckets of a pooled state, kept for the next (getDijkstraState)
}

// Queue choice for Dijkstra. With edge lengths in [lmin, lmax], Dinitz's
// bucket queue (buckets of width just under lmin, lmax/lmin+2 of them in a
// circular array) settles nodes without any ordering work, but scans
// max-distance/lmin buckets per source. It is always used when lmax/lmin <=
// bucketRatioLimit; up to maxBucketRatio it is used when a few probe runs
// show that the scans cost less than the edges; otherwise a 4-ary heap is
// used.
const (
	bucketRatioLimit = 256.0
	maxBucketRatio   = 1 << 16
)

// forceHeap makes Betweenness use the heap (for tests).
var forceHeap = false

func chooseBuckets(n int, off, tgt []int32, length []float64, lmin, lmax float64) bool {
	if forceHeap || !(lmin > 0) || lmax/lmin > maxBucketRatio {
		return false
	}
	if lmax/lmin <= bucketRatioLimit {
		return true
	}
	// Probe the eccentricity of a few sources with the heap.
	st := getDijkstraState(n, lmin, lmax, false)
	defer dijkstraStates.Put(st)
	best, bestDeg := 0, int32(-1)
	for u := 0; u < n; u++ {
		if d := off[u+1] - off[u]; d > bestDeg {
			best, bestDeg = u, d
		}
	}
	var dmax float64
	for _, s := range []int{best, 0, n / 3, 2 * n / 3} {
		st.dijkstra(int32(s), off, tgt, length)
		if k := len(st.order); k > 0 {
			dmax = max(dmax, st.ns[st.order[k-1]].dist)
		}
		st.reset()
	}
	return 2*dmax/lmin <= float64(n+len(tgt))
}

// dijkstraStates are the states of finished betweenness runs, for the
// next to reuse (a timeline measures many small periods): every node's
// state is as newDijkstraState makes it (each source resets what it
// touched) and every bucket empty (each source drains them).
var dijkstraStates sync.Pool

// getDijkstraState is newDijkstraState, reusing one of dijkstraStates
// when it has room for n nodes; give it back with dijkstraStates.Put once
// done.
func getDijkstraState(n int, lmin, lmax float64, buckets bool) *dijkstraState {
	st, _ := dijkstraStates.Get().(*dijkstraState)
	if st == nil || cap(st.ns) < n {
		return newDijkstraState(n, lmin, lmax, buckets)
	}
	st.ns, st.order, st.heap, st.width, st.buckets = st.ns[:n], st.order[:0], st.heap[:0], 0, nil
	if buckets {
		st.width = lmin * (1 - 1e-9)
		nb := int(math.Ceil(lmax/st.width)) + 2
		if cap(st.spare) < nb {
			st.spare = slices.Grow(st.spare[:cap(st.spare)], nb-cap(st.spare))
		}
		st.buckets = st.spare[:nb]
	}
	return st
}

func newDijkstraState(n int, lmin, lmax float64, buckets bool) *dijkstraState {
	st := &dijkstraState{
		ns:    make([]nodeState, n),
		order: make([]int32, 0, n),
	}
	for i := range st.ns {
		st.ns[i] = nodeState{dist: math.Inf(1), rank: -1, pred: -1}
	}
	if buckets {
		// Dinitz's bucket queue: buckets of width < lmin. Every node in the
		// lowest non-empty bucket has its final distance, and every edge
		// leads to a strictly later bucket.
		st.width = lmin * (1 - 1e-9)
		nb := int(math.Ceil(lmax/st.width)) + 2
		st.buckets = make([][]int32, nb)
		st.spare = st.buckets
	} else {
		st.heap = make([]heapItem, 0, 1024)
	}
	return st
}

// minHeap is a lazy 4-ary min-heap of (distance, node) items.
type minHeap []heapItem

func (hp *minHeap) push(it heapItem) {
	h := append(*hp, it)
	i := len(h) - 1
	for i > 0 {
		p := (i - 1) >> 2
		if h[p].d <= it.d {
			break
		}
		h[i] = h[p]
		i = p
	}
	h[i] = it
	*hp = h
}

func (hp *minHeap) pop() heapItem {
	h := *hp
	top := h[0]
	last := h[len(h)-1]
	h = h[:len(h)-1]
	n := len(h)
	if n > 0 {
		i := 0
		for {
			c := 4*i + 1
			if c >= n {
				break
			}
			m := c
			md := h[c].d
			e := min(c+4, n)
			for j := c + 1; j < e; j++ {
				if h[j].d < md {
					m, md = j, h[j].d
				}
			}
			if md >= last.d {
				break
			}
			h[i] = h[m]
			i = m
		}
		h[i] = last
	}
	*hp = h
	return top
}

// relax relaxes the out-edges of the settled node v, recording
// shortest-path predecessors. It appends every node whose distance was set
// or lowered to queued and returns it (the caller files them in its queue;
// keeping the queue out of this loop lets it be compiled without indirect
// calls).
func (st *dijkstraState) relax(v int32, off, tgt []int32, length []float64, queued []int32) []int32 {
	ns := st.ns
	dv, sv := ns[v].dist, ns[v].sigma
	predNode, predNext := st.predNode, st.predNext
	for e := off[v]; e < off[v+1]; e++ {
		w := tgt[e]
		nw := &ns[w]
		if nw.rank >= 0 {
			continue
		}
		nd := dv + length[e]
		dw := nw.dist
		if math.IsInf(dw, 1) || (nd < dw && math.Abs(nd-dw) > tieEps*(nd+dw)) {
			nw.dist = nd
			nw.sigma = sv
			nw.pred = int32(len(predNode))
			predNode = append(predNode, v)
			predNext = append(predNext, -1)
			queued = append(queued, w)
		} else if nd == dw || math.Abs(nd-dw) <= tieEps*(nd+dw) {
			nw.sigma += sv
			p := int32(len(predNode))
			predNode = append(predNode, v)
			predNext = append(predNext, nw.pred)
			nw.pred = p
		}
	}
	st.predNode, st.predNext = predNode, predNext
	return queued
}

// brandes runs Dijkstra from s and accumulates dependencies into cb.
func (st *dijkstraState) brandes(s int32, off, tgt []int32, length []float64, cb []float64) {
	st.dijkstra(s, off, tgt, length)
	st.accumulate(cb)
	st.reset()
}

// dijkstra computes distances, path counts, predecessor lists and the
// settle order from s.
func (st *dijkstraState) dijkstra(s int32, off, tgt []int32, length []float64) {
	ns := st.ns
	order := st.order[:0]
	st.predNode, st.predNext = st.predNode[:0], st.predNext[:0]
	ns[s].dist = 0
	ns[s].sigma = 1
	queued := st.queued[:0]
	if st.buckets != nil {
		nb := len(st.buckets)
		inv := 1 / st.width
		pending := 1
		st.buckets[0] = append(st.buckets[0], s)
		for cur := 0; pending > 0; cur++ {
			bi := cur % nb
			// The bucket cannot grow while it is scanned (edges lead to
			// later buckets), so it is safe to range over it.
			bucket := st.buckets[bi]
			pending -= len(bucket)
			for _, v := range bucket {
				if ns[v].rank >= 0 {
					continue
				}
				ns[v].rank = int32(len(order))
				order = append(order, v)
				queued = st.relax(v, off, tgt, length, queued[:0])
				for _, w := range queued {
					b := int(ns[w].dist*inv) % nb
					st.buckets[b] = append(st.buckets[b], w)
				}
				pending += len(queued)
			}
			st.buckets[bi] = bucket[:0]
		}
	} else {
		st.heap = st.heap[:0]
		st.heap.push(heapItem{0, s})
		for len(st.heap) > 0 {
			it := st.heap.pop()
			v := it.v
			if ns[v].rank >= 0 {
				continue // stale entry
			}
			ns[v].rank = int32(len(order))
			order = append(order, v)
			queued = st.relax(v, off, tgt, length, queued[:0])
			for _, w := range queued {
				st.heap.push(heapItem{ns[w].dist, w})
			}
		}
	}
	st.queued = queued
	st.order = order
}

// accumulate adds the dependencies of the last source to cb, walking the
// settle order backwards over the recorded predecessor lists.
func (st *dijkstraState) accumulate(cb []float64) {
	ns, order := st.ns, st.order
	predNode, predNext := st.predNode, st.predNext
	for i := len(order) - 1; i > 0; i-- {
		w := order[i]
		nw := &ns[w]
		cb[w] += nw.delta
		coeff := (1 + nw.delta) / nw.sigma
		for p := nw.pred; p >= 0; p = predNext[p] {
			nv := &ns[predNode[p]]
			nv.delta += nv.sigma * coeff
		}
	}
}

// reset clears the state touched by the last source (all reached nodes
// are settled).
func (st *dijkstraState) reset() {
	for _, v := range st.order {
		st.ns[v] = nodeState{dist: math.Inf(1), rank: -1, pred: -1}
	}
	st.order = st.order[:0]
	st.predNode, st.predNext = st.predNode[:0], st.predNext[:0]
}

// bfsNode keeps the per-source BFS state of one node together.
type bfsNode struct {
	sigma float64
	delta float64
	dist  int32 // -1 = not reached
}

type bfsState struct {
	ns    []bfsNode
	queue []int32
}

func newBFSState(n int) *bfsState {
	st := &bfsState{ns: make([]bfsNode, n), queue: make([]int32, 0, n)}
	for i := range st.ns {
		st.ns[i].dist = -1
	}
	return st
}

func (st *bfsState) brandes(s int32, off, tgt []int32, cb []float64) {
	ns := st.ns
	q := append(st.queue[:0], s)
	ns[s].dist = 0
	ns[s].sigma = 1
	for i := 0; i < len(q); i++ {
		v := q[i]
		dn := ns[v].dist + 1
		sv := ns[v].sigma
		for _, w := range tgt[off[v]:off[v+1]] {
			nw := &ns[w]
			if nw.dist < 0 {
				nw.dist = dn
				nw.sigma = sv
				q = append(q, w)
			} else if nw.dist == dn {
				nw.sigma += sv
			}
		}
	}
	for i := len(q) - 1; i > 0; i-- {
		v := q[i]
		nv := &ns[v]
		dn := nv.dist + 1
		var acc float64
		for _, w := range tgt[off[v]:off[v+1]] {
			if nw := &ns[w]; nw.dist == dn {
				acc += (1 + nw.delta) / nw.sigma
			}
		}
		d := nv.sigma * acc
		nv.delta = d
		cb[v] += d
	}
	for _, v := range q {
		ns[v] = bfsNode{dist: -1}
	}
	st.queue = q
}
