package svg

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/graph/encoding"
)

// The picture's model: what the renderer reads of an encoding.Graph.

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

// model is the graph as the renderer sees it.
type model struct {
	nodes    []*node
	index    map[string]int // node id → position in nodes
	links    []link         // edges summed per unordered pair, for the layout
	parallel map[pair]int   // edges per ordered pair, for drawing
	blocs    []*bloc        // in id order, coloured
	numEdges int
	maxAbs   float64 // the largest |weight| of an edge
}

// readModel reads the nodes, edges and blocs of g.
func readModel(g *encoding.Graph) *model {
	m := &model{index: map[string]int{}, parallel: map[pair]int{}}
	blocs := map[int]*bloc{}
	if g.Nodes != nil {
		g.Nodes(func(n encoding.Node) bool {
			nd, blocLabel := readNode(n)
			if _, dup := m.index[n.ID]; dup {
				return true
			}
			m.index[n.ID] = len(m.nodes)
			m.nodes = append(m.nodes, nd)
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
	m.readEdges(g)
	m.blocs = make([]*bloc, 0, len(blocs))
	for _, b := range blocs {
		m.blocs = append(m.blocs, b)
	}
	slices.SortFunc(m.blocs, func(x, y *bloc) int { return cmp.Compare(x.id, y.id) })
	for i, b := range m.blocs {
		b.color = BlocColor(i)
		if b.label == "" {
			b.label = "bloc " + strconv.Itoa(b.id)
		}
	}
	return m
}

// readNode reads one node and the label of its bloc.
func readNode(n encoding.Node) (nd *node, blocLabel string) {
	nd = &node{id: n.ID, label: n.ID, bloc: -1}
	var name, title string
	for _, a := range n.Attrs {
		switch a.Key {
		case encoding.AttrName:
			name, _ = a.Value.(string)
		case encoding.AttrTitle:
			title, _ = a.Value.(string)
		case encoding.AttrBloc:
			if v, ok := number(a.Value); ok && v == math.Trunc(v) && v >= 0 {
				nd.bloc = int(v)
			}
		case encoding.AttrBlocLabel:
			blocLabel, _ = a.Value.(string)
		case encoding.AttrPageRank:
			if v, ok := number(a.Value); ok && v >= 0 && !math.IsInf(v, 0) {
				nd.pagerank, nd.hasPR = v, true
			}
		}
	}
	nd.full = cmp.Or(name, title, n.ID)
	nd.label = truncate(nd.full, 32)
	return nd, blocLabel
}

// readEdges sums the edges per unordered pair for the layout and counts
// parallel edges per ordered pair for drawing.
func (m *model) readEdges(g *encoding.Graph) {
	sum := map[pair]float64{}
	if g.Edges != nil {
		g.Edges(func(e encoding.Edge) bool {
			a, okA := m.index[e.Source]
			b, okB := m.index[e.Target]
			if !okA || !okB {
				return true
			}
			m.numEdges++
			v := edgeWeight(e.Attrs)
			m.maxAbs = math.Max(m.maxAbs, math.Abs(v))
			m.parallel[pair{a, b}]++
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
	m.links = make([]link, 0, len(sum))
	for p, v := range sum {
		m.links = append(m.links, link{p.a, p.b, v})
	}
	slices.SortFunc(m.links, func(x, y link) int { return cmp.Or(cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b)) })
}

// size gives each node its radius: the largest circle shrinks as the nodes
// crowd the area, and a circle's area grows with PageRank.
func (m *model) size(area rect) {
	maxPR := 0.0
	for _, n := range m.nodes {
		maxPR = math.Max(maxPR, n.pagerank)
	}
	rmax := 18.0
	if len(m.nodes) > 0 {
		rmax = math.Max(3, math.Min(18, 0.3*math.Sqrt((area.x1-area.x0)*(area.y1-area.y0)/float64(len(m.nodes)))))
	}
	rmin := math.Max(1.5, rmax/4)
	for _, n := range m.nodes {
		n.r = math.Max(rmin, rmax/3)
		if n.hasPR && maxPR > 0 {
			n.r = rmin + (rmax-rmin)*math.Sqrt(n.pagerank/maxPR)
		}
	}
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

// edgeWeight is the signed weight of an edge: net, else weight, else sign,
// else goldstein, else 0.
func edgeWeight(a []graph.Attr) float64 {
	var net, w, s, gs float64
	var hasN, hasW, hasS, hasG bool
	for _, x := range a {
		switch x.Key {
		case encoding.AttrNet:
			net, hasN = number(x.Value)
		case encoding.AttrWeight:
			w, hasW = number(x.Value)
		case encoding.AttrSign:
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
		case encoding.AttrGoldstein:
			gs, hasG = number(x.Value)
		}
	}
	switch {
	case hasN && !math.IsInf(net, 0):
		return net
	case hasW && !math.IsInf(w, 0):
		return w
	case hasS:
		return math.Copysign(math.Min(math.Abs(s), 1), s)
	case hasG:
		return gs
	}
	return 0
}

// Colours. Every bloc colour (and the grey of no bloc) has a contrast of
// at least 4.5:1 against the white page (WCAG 2.1 AA for text, above the
// 3:1 it asks of graphics), so that the blocs stay apart when printed and
// for readers with low vision; TestBlocContrast checks it.
const (
	green   = "#1a9850" // cooperation
	red     = "#d73027" // conflict
	neutral = "#9a9a9a"
	noBloc  = "#767676"
	ink     = "#222222"
)

// palette colours blocs: Tableau 10's hues, darkened to 4.5:1; green and
// red come last, as edges use them.
var palette = []string{"#4e79a7", "#b35900", "#8e5a9e", "#22807a", "#8a6d00", "#8c6a55", "#b8406f", "#007a99", "#66662a", "#3f7f2a", "#c0392b"}

// BlocColor is the fill of the i-th bloc of a picture (blocs in id order):
// the palette, then golden-angle hues dark enough for 4.5:1 on white.
func BlocColor(i int) string {
	if i >= 0 && i < len(palette) {
		return palette[i]
	}
	return hslHex(math.Mod(float64(i)*137.508, 360), 0.6, 0.28)
}

// NoBlocColor is the fill of a node in no bloc.
const NoBlocColor = noBloc

// hslHex converts a hue (degrees), saturation and lightness (0..1) to
// #rrggbb.
func hslHex(h, s, l float64) string {
	c := (1 - math.Abs(2*l-1)) * s
	x := c * (1 - math.Abs(math.Mod(h/60, 2)-1))
	var r, g, b float64
	switch {
	case h < 60:
		r, g = c, x
	case h < 120:
		r, g = x, c
	case h < 180:
		g, b = c, x
	case h < 240:
		g, b = x, c
	case h < 300:
		r, b = x, c
	default:
		r, b = c, x
	}
	m := l - c/2
	return fmt.Sprintf("#%02x%02x%02x", int(math.Round((r+m)*255)), int(math.Round((g+m)*255)), int(math.Round((b+m)*255)))
}
