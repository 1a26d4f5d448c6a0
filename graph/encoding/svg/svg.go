package svg

import (
	"fmt"
	"io"

	"github.com/blocgraph/blocgraph/graph/encoding"
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

func (o *Options) defaults() {
	if o.Width <= 0 {
		o.Width = 1123
	}
	if o.Height <= 0 {
		o.Height = 794
	}
	if o.Title == "" {
		o.Title = "blocgraph"
	}
}

// Render draws g to w as SVG: Lay it out, then Encode the Picture.
func Render(w io.Writer, g *encoding.Graph, opts Options) error {
	p, err := Lay(g, opts)
	if err != nil {
		return err
	}
	return p.Encode(w)
}

// Picture is a graph laid out for drawing: nodes placed and sized, blocs
// coloured, labels placed. Lay makes one; Encode writes it. It reads the
// graph again (its edges) when it is encoded.
type Picture struct {
	g    *encoding.Graph
	opts Options
	m    *model
}

// Lay reads g (the neutral model every encoder reads; see the package
// documentation for the attributes it uses) and lays it out in the page
// opts describes.
func Lay(g *encoding.Graph, opts Options) (*Picture, error) {
	opts.defaults()
	area := rect{margin, titleH, opts.Width - legendW - margin, opts.Height - margin}
	if area.x1-area.x0 < 100 || area.y1-area.y0 < 100 {
		return nil, fmt.Errorf("svg: %gx%g px leaves no room for the graph", opts.Width, opts.Height)
	}
	m := readModel(g)
	m.size(area)
	layout(m.nodes, m.links, opts)
	fit(m.nodes, area)
	separate(m.nodes, area)
	// Labels avoid edges too, in graphs small enough to check them all.
	var segs [][4]float64
	if len(m.nodes) <= 300 && m.numEdges <= 3000 {
		m.eachEdge(g, func(d drawnEdge) bool {
			segs = d.curve.segments(segs)
			return true
		})
	}
	placeLabels(m.nodes, segs, area)
	return &Picture{g: g, opts: opts, m: m}, nil
}

// BlocColors returns the fill of each bloc drawn, by the bloc number the
// graph's nodes carry (AttrBloc), so that a page around the picture can
// show the same colours.
func (p *Picture) BlocColors() map[int]string {
	out := make(map[int]string, len(p.m.blocs))
	for _, b := range p.m.blocs {
		out[b.id] = b.color
	}
	return out
}
