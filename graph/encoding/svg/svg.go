package svg

import (
	"cmp"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/graph/encoding"
	"github.com/blocgraph/blocgraph/graph/encoding/internal/attrs"
)

// Options tune the picture; the zero value is A4 landscape with a default
// title.
type Options struct {
	Title    string  // drawn at the top left; default "blocgraph"
	Subtitle string  // under the title; default "N nodes · M edges"
	Width    float64 // px; default 1123 (A4 landscape at 96 dpi)
	Height   float64 // px; default 794
	Seed     uint64  // layout seed: another seed, another (equally good) layout
	// Iterations of the force-directed layout; 0 chooses by size (400 for a
	// hundred nodes, fewer for thousands).
	Iterations int
}

// Colours.
const (
	green   = "#1a9850" // cooperation
	red     = "#d73027" // conflict
	neutral = "#9a9a9a"
	noBloc  = "#bab0ac"
	ink     = "#222222"
)

// palette colours blocs; green and red come last, as edges use them.
var palette = []string{"#4e79a7", "#f28e2b", "#b07aa1", "#76b7b2", "#edc948", "#9c755f", "#ff9da7", "#17becf", "#8c564b", "#59a14f", "#e15759"}

const (
	fontSize   = 12.0
	charWidth  = 0.6 * fontSize // DejaVu Sans averages a little under 0.6 em
	lineHeight = 1.25 * fontSize
	legendW    = 230.0
	margin     = 24.0
	titleH     = 64.0
)

type node struct {
	id, label  string // label: full, shortened to fit
	full       string // name, else title, else id
	bloc       int    // -1: none
	pagerank   float64
	hasPR      bool
	x, y, r    float64
	dx, dy     float64
	labelShown bool
	lx, ly     float64 // label box (left, top)
	lw         float64
	anchor     string
}

type pair struct{ a, b int }

type link struct {
	a, b   int
	weight float64 // summed over parallel edges, signed
}

type bloc struct {
	id      int
	label   string
	members int
	color   string
}

// Render draws g to w as SVG.
func Render(w io.Writer, g *encoding.Graph, opts Options) error {
	if opts.Width <= 0 {
		opts.Width = 1123
	}
	if opts.Height <= 0 {
		opts.Height = 794
	}
	if opts.Title == "" {
		opts.Title = "blocgraph"
	}

	// Nodes.
	var nodes []*node
	index := map[string]int{}
	blocs := map[int]*bloc{}
	if g.Nodes != nil {
		g.Nodes(func(n encoding.Node) bool {
			nd := &node{id: n.ID, label: n.ID, bloc: -1}
			var blocLabel, name, title string
			for _, a := range n.Attrs {
				switch a.Key {
				case "name":
					name, _ = a.Value.(string)
				case "title":
					title, _ = a.Value.(string)
				case "bloc":
					if v, ok := number(a.Value); ok && v == math.Trunc(v) && v >= 0 {
						nd.bloc = int(v)
					}
				case "bloc_label":
					blocLabel, _ = a.Value.(string)
				case "pagerank":
					if v, ok := number(a.Value); ok && v >= 0 && !math.IsInf(v, 0) {
						nd.pagerank, nd.hasPR = v, true
					}
				}
			}
			nd.full = cmp.Or(name, title, n.ID)
			nd.label = truncate(nd.full, 32)
			if _, dup := index[n.ID]; dup {
				return true
			}
			index[n.ID] = len(nodes)
			nodes = append(nodes, nd)
			if nd.bloc >= 0 {
				b := blocs[nd.bloc]
				if b == nil {
					b = &bloc{id: nd.bloc}
					blocs[nd.bloc] = b
				}
				b.members++
				if b.label == "" {
					b.label = blocLabel
				}
			}
			return true
		})
	}

	// Edges, summed per unordered pair for the layout; parallel edges per
	// ordered pair counted for drawing.
	sum := map[pair]float64{}
	parallel := map[pair]int{}
	numEdges, maxAbs := 0, 0.0
	if g.Edges != nil {
		g.Edges(func(e encoding.Edge) bool {
			a, okA := index[e.Source]
			b, okB := index[e.Target]
			if !okA || !okB {
				return true
			}
			numEdges++
			v := edgeWeight(e.Attrs)
			maxAbs = math.Max(maxAbs, math.Abs(v))
			parallel[pair{a, b}]++
			if a == b {
				return true
			}
			if a > b {
				a, b = b, a
			}
			sum[pair{a, b}] += v
			return true
		})
	}
	links := make([]link, 0, len(sum))
	for p, v := range sum {
		links = append(links, link{p.a, p.b, v})
	}
	slices.SortFunc(links, func(x, y link) int { return cmp.Or(cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b)) })

	// Blocs in id order, coloured from the palette.
	blocList := make([]*bloc, 0, len(blocs))
	for _, b := range blocs {
		blocList = append(blocList, b)
	}
	slices.SortFunc(blocList, func(x, y *bloc) int { return cmp.Compare(x.id, y.id) })
	for i, b := range blocList {
		b.color = blocColor(i)
		if b.label == "" {
			b.label = "bloc " + strconv.Itoa(b.id)
		}
	}

	// Node sizes.
	maxPR := 0.0
	for _, n := range nodes {
		maxPR = math.Max(maxPR, n.pagerank)
	}
	area := rect{margin, titleH, opts.Width - legendW - margin, opts.Height - margin}
	if area.x1-area.x0 < 100 || area.y1-area.y0 < 100 {
		return fmt.Errorf("svg: %gx%g px leaves no room for the graph", opts.Width, opts.Height)
	}
	// The largest circle shrinks as the nodes crowd the area.
	rmax := 18.0
	if len(nodes) > 0 {
		rmax = math.Max(3, math.Min(18, 0.3*math.Sqrt((area.x1-area.x0)*(area.y1-area.y0)/float64(len(nodes)))))
	}
	rmin := math.Max(1.5, rmax/4)
	for _, n := range nodes {
		n.r = math.Max(rmin, rmax/3)
		if n.hasPR && maxPR > 0 {
			n.r = rmin + (rmax-rmin)*math.Sqrt(n.pagerank/maxPR)
		}
	}
	layout(nodes, links, blocList, opts)
	fit(nodes, area)
	separate(nodes, area)
	// Labels avoid edges too, in graphs small enough to check them all.
	var segs [][4]float64
	if len(nodes) <= 300 && numEdges <= 3000 {
		eachEdge(g, nodes, index, parallel, func(_ encoding.Edge, c curve, _ float64, _, _ *node) bool {
			segs = c.segments(segs)
			return true
		})
	}
	placeLabels(nodes, segs, area)

	return write(w, g, nodes, index, parallel, blocList, numEdges, maxAbs, opts)
}

type rect struct{ x0, y0, x1, y1 float64 }

func (r rect) overlap(o rect) float64 {
	w := math.Min(r.x1, o.x1) - math.Max(r.x0, o.x0)
	h := math.Min(r.y1, o.y1) - math.Max(r.y0, o.y0)
	if w <= 0 || h <= 0 {
		return 0
	}
	return w * h
}

func number(v any) (float64, bool) {
	switch x := v.(type) {
	case float64:
		return x, !math.IsNaN(x)
	case int:
		return float64(x), true
	}
	return 0, false
}

// edgeWeight is the signed weight of an edge: weight, else sign, else
// goldstein, else 0.
func edgeWeight(a []graph.Attr) float64 {
	var w, s, gs float64
	var hasW, hasS, hasG bool
	for _, x := range a {
		switch x.Key {
		case "weight":
			w, hasW = number(x.Value)
		case "sign":
			if str, ok := x.Value.(string); ok {
				switch str {
				case "cooperation", "positive", "+":
					s, hasS = 1, true
				case "conflict", "negative", "-":
					s, hasS = -1, true
				}
			} else {
				s, hasS = number(x.Value)
			}
		case "goldstein":
			gs, hasG = number(x.Value)
		}
	}
	switch {
	case hasW && !math.IsInf(w, 0):
		return w
	case hasS:
		return math.Copysign(math.Min(math.Abs(s), 1), s)
	case hasG:
		return gs
	}
	return 0
}

func blocColor(i int) string {
	if i < len(palette) {
		return palette[i]
	}
	// beyond the palette: golden-angle hues, mid saturation
	h := math.Mod(float64(i)*137.508, 360)
	return fmt.Sprintf("hsl(%.0f,55%%,55%%)", h)
}

// layout runs a seeded Fruchterman–Reingold on the unit square scaled to
// the number of nodes.
func layout(nodes []*node, links []link, blocs []*bloc, opts Options) {
	n := len(nodes)
	if n == 0 {
		return
	}
	rng := rand.New(rand.NewPCG(opts.Seed, 0x9e3779b97f4a7c15))
	side := math.Sqrt(float64(n)) * 100
	k := side / math.Sqrt(float64(n)) * 0.9 // ideal distance

	// Start: each bloc a disc around its own point of a circle, the most
	// central nodes in the middle of their disc.
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

	maxW := 0.0
	for _, l := range links {
		maxW = math.Max(maxW, math.Abs(l.weight))
	}
	iters := opts.Iterations
	if iters <= 0 {
		switch {
		case n <= 150:
			iters = 400
		case n <= 600:
			iters = 250
		default:
			iters = 120
		}
	}
	cell := 2 * k // repulsion cutoff
	grid := map[[2]int][]int{}
	temp := side / 8
	for it := 0; it < iters; it++ {
		for _, nd := range nodes {
			nd.dx, nd.dy = 0, 0
		}
		// Repulsion between nodes in neighbouring grid cells.
		clear(grid)
		for i, nd := range nodes {
			c := [2]int{int(math.Floor(nd.x / cell)), int(math.Floor(nd.y / cell))}
			grid[c] = append(grid[c], i)
		}
		for i, nd := range nodes {
			cx, cy := int(math.Floor(nd.x/cell)), int(math.Floor(nd.y/cell))
			for gx := cx - 1; gx <= cx+1; gx++ {
				for gy := cy - 1; gy <= cy+1; gy++ {
					for _, j := range grid[[2]int{gx, gy}] {
						if j == i {
							continue
						}
						o := nodes[j]
						dx, dy := nd.x-o.x, nd.y-o.y
						d2 := dx*dx + dy*dy
						if d2 > cell*cell {
							continue
						}
						if d2 < 1e-6 {
							dx, dy, d2 = float64(i-j)*0.01, 0.01, 1e-4+0.0001
						}
						f := k * k / d2 // (k²/d)/d: unit vector folded in
						nd.dx += dx * f
						nd.dy += dy * f
					}
				}
			}
		}
		// Cooperation pulls, conflict pushes.
		for _, l := range links {
			a, b := nodes[l.a], nodes[l.b]
			dx, dy := a.x-b.x, a.y-b.y
			d := math.Sqrt(dx*dx+dy*dy) + 1e-9
			wn := 1.0
			if maxW > 0 {
				wn = 0.4 + 0.6*math.Abs(l.weight)/maxW
			}
			var f float64
			switch {
			case l.weight > 0:
				f = -d / k * wn // attraction d²/k along the unit vector
			case l.weight < 0:
				if d < 3*k {
					f = 0.6 * k * k / (d * d) * wn
				}
			default:
				f = -0.3 * d / k
			}
			a.dx += dx * f
			a.dy += dy * f
			b.dx -= dx * f
			b.dy -= dy * f
		}
		// Each node is drawn gently to its bloc's centre, all to the middle.
		cent := map[int][3]float64{}
		for _, nd := range nodes {
			if nd.bloc >= 0 {
				c := cent[nd.bloc]
				cent[nd.bloc] = [3]float64{c[0] + nd.x, c[1] + nd.y, c[2] + 1}
			}
		}
		for _, nd := range nodes {
			if c, ok := cent[nd.bloc]; ok && nd.bloc >= 0 && c[2] > 1 {
				nd.dx += (c[0]/c[2] - nd.x) * 0.05
				nd.dy += (c[1]/c[2] - nd.y) * 0.05
			}
			nd.dx -= nd.x * 0.02
			nd.dy -= nd.y * 0.02
		}
		for _, nd := range nodes {
			d := math.Sqrt(nd.dx*nd.dx + nd.dy*nd.dy)
			if d > 0 {
				s := math.Min(d, temp) / d
				nd.x += nd.dx * s
				nd.y += nd.dy * s
			}
		}
		temp = math.Max(temp*0.985, side/400)
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

func textWidth(s string) float64 { return float64(utf8.RuneCountInString(s))*charWidth + 2 }

// placeLabels puts each label on the side of its node where it covers no
// other label and no node, stays in the area and crosses fewest edges; the
// largest nodes choose first. When no side is free, a small graph (60 nodes
// or fewer) takes the side that overlaps least; a large one lets its most
// central tenth cover a little of other circles, and leaves the other labels
// out (their tooltips remain).
func placeLabels(nodes []*node, segs [][4]float64, area rect) {
	order := make([]*node, len(nodes))
	copy(order, nodes)
	slices.SortStableFunc(order, func(a, b *node) int { return cmp.Or(cmp.Compare(b.r, a.r), cmp.Compare(a.label, b.label)) })
	var placed []rect
	small := len(nodes) <= 60
	for rank, n := range order {
		w := textWidth(n.label)
		h := lineHeight
		type cand struct {
			box    rect
			anchor string
		}
		gap := n.r + 3
		cands := []cand{
			{rect{n.x + gap, n.y - h/2, n.x + gap + w, n.y + h/2}, "start"},
			{rect{n.x - gap - w, n.y - h/2, n.x - gap, n.y + h/2}, "end"},
			{rect{n.x - w/2, n.y - gap - h, n.x + w/2, n.y - gap}, "middle"},
			{rect{n.x - w/2, n.y + gap, n.x + w/2, n.y + gap + h}, "middle"},
			{rect{n.x + gap*0.7, n.y - gap*0.7 - h, n.x + gap*0.7 + w, n.y - gap*0.7}, "start"},
			{rect{n.x + gap*0.7, n.y + gap*0.7, n.x + gap*0.7 + w, n.y + gap*0.7 + h}, "start"},
			{rect{n.x - gap*0.7 - w, n.y - gap*0.7 - h, n.x - gap*0.7, n.y - gap*0.7}, "end"},
			{rect{n.x - gap*0.7 - w, n.y + gap*0.7, n.x - gap*0.7, n.y + gap*0.7 + h}, "end"},
		}
		important := rank < max(10, len(nodes)/10)
		best, bestCost := -1, math.Inf(1)
		for ci, c := range cands {
			if c.box.x0 < area.x0-margin/2 || c.box.x1 > area.x1+legendW/3 || c.box.y0 < area.y0-titleH/4 || c.box.y1 > area.y1+margin/2 {
				continue // off the drawing
			}
			labelHit, nodeHit := 0.0, 0.0
			for _, p := range placed {
				labelHit += c.box.overlap(p)
			}
			for _, o := range nodes {
				if o == n || o.x+o.r <= c.box.x0 || o.x-o.r >= c.box.x1 || o.y+o.r <= c.box.y0 || o.y-o.r >= c.box.y1 {
					continue
				}
				nodeHit += c.box.overlap(rect{o.x - o.r, o.y - o.r, o.x + o.r, o.y + o.r})
			}
			hard := 3*labelHit + nodeHit
			switch {
			case small && hard > 0.5*w*h:
				continue
			case !small && (labelHit > 0 || nodeHit > 0.35*w*h || (nodeHit > 0 && !important)):
				continue
			}
			soft := 0.0 // crossing edges, which the halo makes bearable
			for _, sg := range segs {
				if c.box.crosses(sg) {
					soft += 0.15 * h * h
				}
			}
			if cost := hard + soft + float64(ci); cost < bestCost {
				best, bestCost = ci, cost
			}
			if hard+soft == 0 {
				break
			}
		}
		if best < 0 {
			continue
		}
		c := cands[best]
		n.labelShown = true
		n.lx, n.ly, n.lw, n.anchor = c.box.x0, c.box.y0, w, c.anchor
		placed = append(placed, c.box)
	}
}

func f1(b []byte, v float64) []byte { return strconv.AppendFloat(b, math.Round(v*10)/10, 'f', -1, 64) }

func write(w io.Writer, g *encoding.Graph, nodes []*node, index map[string]int, parallel map[pair]int, blocs []*bloc, numEdges int, maxAbs float64, opts Options) error {
	out := attrs.NewWriter(w)
	b := out.Buf()
	b = append(b, `<?xml version="1.0" encoding="UTF-8"?>`+"\n"+`<svg xmlns="http://www.w3.org/2000/svg" width="`...)
	b = f1(b, opts.Width)
	b = append(b, `" height="`...)
	b = f1(b, opts.Height)
	b = append(b, `" viewBox="0 0 `...)
	b = f1(b, opts.Width)
	b = append(b, ' ')
	b = f1(b, opts.Height)
	b = append(b, `" font-family="DejaVu Sans, Verdana, Arial, Helvetica, sans-serif">`+"\n"...)
	b = append(b, "<title>"...)
	b = attrs.AppendText(b, opts.Title)
	b = append(b, "</title>\n<defs>\n"...)
	for _, m := range []struct{ id, color string }{{"arrow-pos", green}, {"arrow-neg", red}, {"arrow-neu", neutral}} {
		b = append(b, `<marker id="`+m.id+`" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="8" markerHeight="8" orient="auto"><path d="M0,1 L10,5 L0,9 z" fill="`+m.color+`"/></marker>`+"\n"...)
	}
	b = append(b, "</defs>\n"...)
	b = append(b, `<rect width="100%" height="100%" fill="#ffffff"/>`+"\n"...)
	out.Write(b)

	// Edges, below everything else.
	out.WriteString(`<g id="edges" fill="none" stroke-linecap="round">` + "\n")
	eachEdge(g, nodes, index, parallel, func(e encoding.Edge, c curve, v float64, a, bn *node) bool {
		color, marker, class := neutral, "arrow-neu", "neutral"
		switch {
		case v > 0:
			color, marker, class = green, "arrow-pos", "cooperation"
		case v < 0:
			color, marker, class = red, "arrow-neg", "conflict"
		}
		width := 1.0
		if maxAbs > 0 {
			width = 0.8 + 3.2*math.Sqrt(math.Abs(v)/maxAbs)
		}
		b := out.Buf()
		b = append(b, `<path class="`...)
		b = append(b, class...)
		b = append(b, `" d="`...)
		b = appendCurve(b, c)
		b = append(b, `" stroke="`...)
		b = append(b, color...)
		b = append(b, `" stroke-width="`...)
		b = f1(b, width)
		b = append(b, `" stroke-opacity="0.6" marker-end="url(#`...)
		b = append(b, marker...)
		b = append(b, `)"><title>`...)
		b = attrs.AppendText(b, a.full)
		b = append(b, " → "...)
		b = attrs.AppendText(b, bn.full)
		if e.Label != "" {
			b = append(b, ": "...)
			b = attrs.AppendText(b, e.Label)
		}
		b = append(b, " ("...)
		b = strconv.AppendFloat(b, v, 'g', 4, 64)
		b = append(b, ")</title></path>\n"...)
		out.Write(b)
		return out.Err() == nil
	})
	out.WriteString("</g>\n")

	// Nodes.
	colors := map[int]string{}
	labels := map[int]string{}
	for _, bl := range blocs {
		colors[bl.id], labels[bl.id] = bl.color, bl.label
	}
	out.WriteString(`<g id="nodes" stroke="#ffffff" stroke-width="1.5">` + "\n")
	for _, n := range nodes {
		fill := noBloc
		if c, ok := colors[n.bloc]; ok {
			fill = c
		}
		b := out.Buf()
		b = append(b, `<circle cx="`...)
		b = f1(b, n.x)
		b = append(b, `" cy="`...)
		b = f1(b, n.y)
		b = append(b, `" r="`...)
		b = f1(b, n.r)
		b = append(b, `" fill="`...)
		b = append(b, fill...)
		b = append(b, `"><title>`...)
		b = attrs.AppendText(b, n.full)
		if n.full != n.id {
			b = append(b, " ("...)
			b = attrs.AppendText(b, n.id)
			b = append(b, ')')
		}
		if l, ok := labels[n.bloc]; ok {
			b = append(b, " — "...)
			b = attrs.AppendText(b, l)
		}
		if n.hasPR {
			b = append(b, " — PageRank "...)
			b = strconv.AppendFloat(b, n.pagerank, 'g', 3, 64)
		}
		b = append(b, "</title></circle>\n"...)
		out.Write(b)
	}
	out.WriteString("</g>\n")

	// Labels, with a white halo so they read over edges.
	b = out.Buf()
	b = append(b, `<g id="labels" font-size="`...)
	b = f1(b, fontSize)
	b = append(b, `" fill="`+ink+`" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">`+"\n"...)
	out.Write(b)
	for _, n := range nodes {
		if !n.labelShown {
			continue
		}
		b := out.Buf()
		b = append(b, `<text x="`...)
		switch n.anchor {
		case "start":
			b = f1(b, n.lx+1)
		case "end":
			b = f1(b, n.lx+n.lw-1)
		default:
			b = f1(b, n.lx+n.lw/2)
		}
		b = append(b, `" y="`...)
		b = f1(b, n.ly+lineHeight*0.78)
		if n.anchor != "start" {
			b = append(b, `" text-anchor="`...)
			b = append(b, n.anchor...)
		}
		b = append(b, `">`...)
		b = attrs.AppendText(b, n.label)
		b = append(b, "</text>\n"...)
		out.Write(b)
	}
	out.WriteString("</g>\n")

	// Title.
	sub := opts.Subtitle
	if sub == "" {
		sub = fmt.Sprintf("%d nodes · %d edges · node size: PageRank", len(nodes), numEdges)
	}
	b = out.Buf()
	b = append(b, `<g id="title" fill="`+ink+`"><text x="`...)
	b = f1(b, margin)
	b = append(b, `" y="34" font-size="20" font-weight="bold">`...)
	b = attrs.AppendText(b, opts.Title)
	b = append(b, `</text><text x="`...)
	b = f1(b, margin)
	b = append(b, `" y="54" font-size="12" fill="#555555">`...)
	b = attrs.AppendText(b, sub)
	b = append(b, "</text></g>\n"...)
	out.Write(b)

	// Legend.
	b = out.Buf()
	b = appendLegend(b, blocs, nodes, opts)
	out.Write(b)
	out.WriteString("</svg>\n")
	return out.Flush()
}

// curve is the drawn shape of an edge: a quadratic curve from (sx, sy) on
// a's rim through control point (mx, my) to (tx, ty) on b's rim, or a
// straight line when bent is false.
type curve struct {
	sx, sy, mx, my, tx, ty float64
	bent, loop             bool
}

// edgeCurve bends an edge to its right, more for each further parallel
// edge, so that a→b and b→a and repeated events stay apart; it stops at b's
// rim for the arrowhead.
func edgeCurve(a, b *node, k, count int, reverse bool) curve {
	dx, dy := b.x-a.x, b.y-a.y
	d := math.Sqrt(dx*dx + dy*dy)
	if d < 1e-6 {
		return curve{sx: a.x, sy: a.y - a.r, tx: a.x, ty: a.y - a.r, loop: true}
	}
	ux, uy := dx/d, dy/d
	bend := 0.0
	if count > 1 || reverse {
		bend = 0.12 + 0.09*float64(min(k, 6))
	}
	px, py := -uy, ux // perpendicular, to the right of a→b
	mx, my := (a.x+b.x)/2+px*bend*d, (a.y+b.y)/2+py*bend*d
	ex, ey := b.x-mx, b.y-my
	el := math.Sqrt(ex*ex+ey*ey) + 1e-9
	sl := math.Hypot(mx-a.x, my-a.y) + 1e-9
	return curve{
		sx: a.x + (mx-a.x)/sl*a.r, sy: a.y + (my-a.y)/sl*a.r,
		mx: mx, my: my,
		tx: b.x - ex/el*(b.r+2), ty: b.y - ey/el*(b.r+2),
		bent: bend != 0,
	}
}

// segments approximates c by one or two straight segments, for label
// placement.
func (c curve) segments(dst [][4]float64) [][4]float64 {
	if c.loop {
		return dst
	}
	if !c.bent {
		return append(dst, [4]float64{c.sx, c.sy, c.tx, c.ty})
	}
	hx, hy := (c.sx+2*c.mx+c.tx)/4, (c.sy+2*c.my+c.ty)/4 // the curve's midpoint
	return append(dst, [4]float64{c.sx, c.sy, hx, hy}, [4]float64{hx, hy, c.tx, c.ty})
}

func appendCurve(buf []byte, c curve) []byte {
	buf = append(buf, 'M')
	buf = f1(buf, c.sx)
	buf = append(buf, ',')
	buf = f1(buf, c.sy)
	switch {
	case c.loop:
		return append(buf, " c-18,-28 18,-28 0,0"...)
	case c.bent:
		buf = append(buf, " Q"...)
		buf = f1(buf, c.mx)
		buf = append(buf, ',')
		buf = f1(buf, c.my)
		buf = append(buf, ' ')
	default:
		buf = append(buf, " L"...)
	}
	buf = f1(buf, c.tx)
	buf = append(buf, ',')
	return f1(buf, c.ty)
}

// crosses reports whether the segment s meets the box r (Liang–Barsky).
func (r rect) crosses(s [4]float64) bool {
	t0, t1 := 0.0, 1.0
	dx, dy := s[2]-s[0], s[3]-s[1]
	for _, e := range [4][2]float64{{-dx, s[0] - r.x0}, {dx, r.x1 - s[0]}, {-dy, s[1] - r.y0}, {dy, r.y1 - s[1]}} {
		p, q := e[0], e[1]
		if p == 0 {
			if q < 0 {
				return false
			}
			continue
		}
		t := q / p
		if p < 0 {
			t0 = math.Max(t0, t)
		} else {
			t1 = math.Min(t1, t)
		}
		if t0 > t1 {
			return false
		}
	}
	return true
}

// eachEdge calls f for every drawable edge in drawing order (conflict,
// neutral, then cooperation on top) with its curve and signed weight.
func eachEdge(g *encoding.Graph, nodes []*node, index map[string]int, parallel map[pair]int, f func(e encoding.Edge, c curve, v float64, a, b *node) bool) {
	if g.Edges == nil {
		return
	}
	seen := map[pair]int{}
	for layer := -1; layer <= 1; layer++ {
		stop := false
		g.Edges(func(e encoding.Edge) bool {
			ai, okA := index[e.Source]
			bi, okB := index[e.Target]
			if !okA || !okB {
				return true
			}
			v := edgeWeight(e.Attrs)
			if cmp.Compare(v, 0) != layer {
				return true
			}
			p := pair{ai, bi}
			k := seen[p]
			seen[p] = k + 1
			if !f(e, edgeCurve(nodes[ai], nodes[bi], k, parallel[p], parallel[pair{bi, ai}] > 0), v, nodes[ai], nodes[bi]) {
				stop = true
				return false
			}
			return true
		})
		if stop {
			return
		}
	}
}

func appendLegend(b []byte, blocs []*bloc, nodes []*node, opts Options) []byte {
	x := opts.Width - legendW + 6
	y := titleH
	rows := len(blocs)
	hasNone := false
	for _, n := range nodes {
		if n.bloc < 0 || !slices.ContainsFunc(blocs, func(bl *bloc) bool { return bl.id == n.bloc }) {
			hasNone = true
			break
		}
	}
	if hasNone {
		rows++
	}
	height := 34 + float64(rows)*20 + 30 + 3*20 + 8
	b = append(b, `<g id="legend" font-size="12" fill="`+ink+`">`+"\n"...)
	b = append(b, `<rect x="`...)
	b = f1(b, x-10)
	b = append(b, `" y="`...)
	b = f1(b, y-6)
	b = append(b, `" width="`...)
	b = f1(b, legendW-margin+4)
	b = append(b, `" height="`...)
	b = f1(b, height)
	b = append(b, `" rx="6" fill="#ffffff" fill-opacity="0.9" stroke="#cccccc"/>`+"\n"...)
	b = legendHeading(b, x, y+14, "Blocs")
	y += 34
	entry := func(b []byte, color, text string, count int) []byte {
		b = append(b, `<g class="legend-bloc"><rect x="`...)
		b = f1(b, x)
		b = append(b, `" y="`...)
		b = f1(b, y-10)
		b = append(b, `" width="12" height="12" rx="2" fill="`...)
		b = append(b, color...)
		b = append(b, `"/><text x="`...)
		b = f1(b, x+20)
		b = append(b, `" y="`...)
		b = f1(b, y)
		b = append(b, `">`...)
		b = attrs.AppendText(b, truncate(text, 24))
		b = append(b, " ("...)
		b = strconv.AppendInt(b, int64(count), 10)
		b = append(b, ")</text></g>\n"...)
		y += 20
		return b
	}
	for _, bl := range blocs {
		b = entry(b, bl.color, bl.label, bl.members)
	}
	if hasNone {
		c := 0
		for _, n := range nodes {
			if n.bloc < 0 {
				c++
			}
		}
		b = entry(b, noBloc, "no bloc", c)
	}
	y += 10
	b = legendHeading(b, x, y, "Edges")
	y += 20
	for _, e := range []struct{ color, text string }{{green, "cooperation (weight > 0)"}, {red, "conflict (weight < 0)"}, {neutral, "neutral or unweighted"}} {
		b = append(b, `<g class="legend-edge"><line x1="`...)
		b = f1(b, x)
		b = append(b, `" y1="`...)
		b = f1(b, y-4)
		b = append(b, `" x2="`...)
		b = f1(b, x+14)
		b = append(b, `" y2="`...)
		b = f1(b, y-4)
		b = append(b, `" stroke="`...)
		b = append(b, e.color...)
		b = append(b, `" stroke-width="3"/><text x="`...)
		b = f1(b, x+20)
		b = append(b, `" y="`...)
		b = f1(b, y)
		b = append(b, `">`...)
		b = attrs.AppendText(b, e.text)
		b = append(b, "</text></g>\n"...)
		y += 20
	}
	return append(b, "</g>\n"...)
}

func legendHeading(b []byte, x, y float64, s string) []byte {
	b = append(b, `<text x="`...)
	b = f1(b, x)
	b = append(b, `" y="`...)
	b = f1(b, y)
	b = append(b, `" font-weight="bold" font-size="13">`...)
	b = append(b, s...)
	return append(b, "</text>\n"...)
}

func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
