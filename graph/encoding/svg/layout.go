package svg

import (
	"cmp"
	"math"
	"math/rand/v2"
	"slices"
)

// The layout: a seeded Fruchterman–Reingold on a square scaled to the
// number of nodes, then fitted into the drawing area and the circles pushed
// apart.

// forces holds what every iteration of the layout needs.
type forces struct {
	nodes []*node
	links []link
	k     float64 // the ideal distance between nodes
	cell  float64 // repulsion cutoff, the side of a grid cell
	maxW  float64 // the largest |weight| of a link
	grid  map[[2]int][]int
}

// layout runs a seeded Fruchterman–Reingold on the unit square scaled to
// the number of nodes.
func layout(nodes []*node, links []link, opts Options) {
	n := len(nodes)
	if n == 0 {
		return
	}
	rng := rand.New(rand.NewPCG(opts.Seed, 0x9e3779b97f4a7c15))
	side := math.Sqrt(float64(n)) * 100
	f := &forces{nodes: nodes, links: links, k: side / math.Sqrt(float64(n)) * 0.9, grid: map[[2]int][]int{}}
	f.cell = 2 * f.k
	for _, l := range links {
		f.maxW = math.Max(f.maxW, math.Abs(l.weight))
	}
	startInBlocs(nodes, side, f.k, rng)
	temp := side / 8
	for range iterations(opts, n) {
		for _, nd := range nodes {
			nd.dx, nd.dy = 0, 0
		}
		f.repel()
		f.pull()
		f.gather()
		for _, nd := range nodes {
			if d := math.Sqrt(nd.dx*nd.dx + nd.dy*nd.dy); d > 0 {
				s := math.Min(d, temp) / d
				nd.x += nd.dx * s
				nd.y += nd.dy * s
			}
		}
		temp = math.Max(temp*0.985, side/400)
	}
}

// iterations is Options.Iterations, or a number by the size of the graph.
func iterations(opts Options, n int) int {
	switch {
	case opts.Iterations > 0:
		return opts.Iterations
	case n <= 150:
		return 400
	case n <= 600:
		return 250
	}
	return 120
}

// startInBlocs places each bloc as a disc around its own point of a circle,
// the most central nodes in the middle of their disc.
func startInBlocs(nodes []*node, side, k float64, rng *rand.Rand) {
	groups := map[int][]*node{}
	for _, nd := range nodes {
		groups[nd.bloc] = append(groups[nd.bloc], nd)
	}
	keys := make([]int, 0, len(groups))
	for b := range groups {
		keys = append(keys, b)
	}
	slices.Sort(keys)
	for gi, b := range keys {
		members := groups[b]
		slices.SortStableFunc(members, func(x, y *node) int { return cmp.Compare(y.pagerank, x.pagerank) })
		cx, cy := 0.0, 0.0
		if len(keys) > 1 {
			ang := 2 * math.Pi * float64(gi) / float64(len(keys))
			cx, cy = side*0.35*math.Cos(ang), side*0.35*math.Sin(ang)
		}
		for i, nd := range members {
			rad := k * 0.6 * math.Sqrt(float64(i))
			ang := float64(i) * 2.39996
			nd.x = cx + rad*math.Cos(ang) + (rng.Float64()-0.5)*k*0.1
			nd.y = cy + rad*math.Sin(ang) + (rng.Float64()-0.5)*k*0.1
		}
	}
}

// repel pushes apart the nodes in neighbouring cells of a grid.
func (f *forces) repel() {
	clear(f.grid)
	for i, nd := range f.nodes {
		c := [2]int{int(math.Floor(nd.x / f.cell)), int(math.Floor(nd.y / f.cell))}
		f.grid[c] = append(f.grid[c], i)
	}
	for i, nd := range f.nodes {
		cx, cy := int(math.Floor(nd.x/f.cell)), int(math.Floor(nd.y/f.cell))
		for gx := cx - 1; gx <= cx+1; gx++ {
			for gy := cy - 1; gy <= cy+1; gy++ {
				for _, j := range f.grid[[2]int{gx, gy}] {
					if j != i {
						f.repelPair(i, j)
					}
				}
			}
		}
	}
}

// repelPair pushes node i away from node j, within the cutoff.
func (f *forces) repelPair(i, j int) {
	nd, o := f.nodes[i], f.nodes[j]
	dx, dy := nd.x-o.x, nd.y-o.y
	d2 := dx*dx + dy*dy
	if d2 > f.cell*f.cell {
		return
	}
	if d2 < 1e-6 {
		dx, dy, d2 = float64(i-j)*0.01, 0.01, 1e-4+0.0001
	}
	k := f.k * f.k / d2 // (k²/d)/d: unit vector folded in
	nd.dx += dx * k
	nd.dy += dy * k
}

// pull: cooperation pulls, conflict pushes, an unweighted link pulls a
// little.
func (f *forces) pull() {
	for _, l := range f.links {
		a, b := f.nodes[l.a], f.nodes[l.b]
		dx, dy := a.x-b.x, a.y-b.y
		d := math.Sqrt(dx*dx+dy*dy) + 1e-9
		wn := 1.0
		if f.maxW > 0 {
			wn = 0.4 + 0.6*math.Abs(l.weight)/f.maxW
		}
		var s float64
		switch {
		case l.weight > 0:
			s = -d / f.k * wn // attraction d²/k along the unit vector
		case l.weight < 0:
			if d < 3*f.k {
				s = 0.6 * f.k * f.k / (d * d) * wn
			}
		default:
			s = -0.3 * d / f.k
		}
		a.dx += dx * s
		a.dy += dy * s
		b.dx -= dx * s
		b.dy -= dy * s
	}
}

// gather draws each node gently to its bloc's centre, and all to the
// middle.
func (f *forces) gather() {
	cent := map[int][3]float64{}
	for _, nd := range f.nodes {
		if nd.bloc >= 0 {
			c := cent[nd.bloc]
			cent[nd.bloc] = [3]float64{c[0] + nd.x, c[1] + nd.y, c[2] + 1}
		}
	}
	for _, nd := range f.nodes {
		if c, ok := cent[nd.bloc]; ok && nd.bloc >= 0 && c[2] > 1 {
			nd.dx += (c[0]/c[2] - nd.x) * 0.05
			nd.dy += (c[1]/c[2] - nd.y) * 0.05
		}
		nd.dx -= nd.x * 0.02
		nd.dy -= nd.y * 0.02
	}
}

// fit scales the layout into the drawing area, leaving room for the
// largest circles and a label beside them.
func fit(nodes []*node, area rect) {
	if len(nodes) == 0 {
		return
	}
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, n := range nodes {
		minX, maxX = math.Min(minX, n.x), math.Max(maxX, n.x)
		minY, maxY = math.Min(minY, n.y), math.Max(maxY, n.y)
	}
	pad := 22.0
	in := rect{area.x0 + pad + 30, area.y0 + pad, area.x1 - pad - 30, area.y1 - pad}
	sx, sy := 0.0, 0.0
	if maxX > minX {
		sx = (in.x1 - in.x0) / (maxX - minX)
	}
	if maxY > minY {
		sy = (in.y1 - in.y0) / (maxY - minY)
	}
	// keep the layout's shape within a factor 1.4
	switch {
	case sx == 0 && sy == 0:
		sx, sy = 1, 1
	case sx == 0:
		sx = sy
	case sy == 0:
		sy = sx
	case sx > 1.4*sy:
		sx = 1.4 * sy
	case sy > 1.4*sx:
		sy = 1.4 * sx
	}
	cx, cy := (minX+maxX)/2, (minY+maxY)/2
	mx, my := (in.x0+in.x1)/2, (in.y0+in.y1)/2
	for _, n := range nodes {
		n.x = mx + (n.x-cx)*sx
		n.y = my + (n.y-cy)*sy
	}
}

// separate pushes overlapping circles apart, within the area.
func separate(nodes []*node, area rect) {
	const gap = 3.0
	for pass := 0; pass < 60; pass++ {
		moved := false
		for i := 0; i < len(nodes); i++ {
			for j := i + 1; j < len(nodes); j++ {
				a, b := nodes[i], nodes[j]
				dx, dy := b.x-a.x, b.y-a.y
				min := a.r + b.r + gap
				if math.Abs(dx) >= min || math.Abs(dy) >= min {
					continue
				}
				d := math.Sqrt(dx*dx + dy*dy)
				if d >= min {
					continue
				}
				if d < 1e-6 {
					dx, dy, d = 1, 0, 1
				}
				push := (min - d) / 2
				ux, uy := dx/d, dy/d
				a.x, a.y = a.x-ux*push, a.y-uy*push
				b.x, b.y = b.x+ux*push, b.y+uy*push
				moved = true
			}
		}
		for _, n := range nodes {
			n.x = math.Max(area.x0+n.r, math.Min(area.x1-n.r, n.x))
			n.y = math.Max(area.y0+n.r, math.Min(area.y1-n.r, n.y))
		}
		if !moved || len(nodes) > 600 {
			break
		}
	}
}
