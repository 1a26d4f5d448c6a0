package svg

import (
	"fmt"
	"io"
	"math"
	"strconv"

	"github.com/blocgraph/blocgraph/graph/encoding/internal/attrs"
)

// Drawing: the SVG document, layer by layer (edges below nodes below
// labels), then the title and the legend.

// Encode writes the picture to w as an SVG document.
func (p *Picture) Encode(w io.Writer) error {
	out := attrs.NewWriter(w)
	out.Write(p.appendHeader(out.Buf()))
	p.writeEdges(out)
	p.writeNodes(out)
	p.writeLabels(out)
	out.Write(p.appendTitle(out.Buf()))
	out.Write(appendLegend(out.Buf(), p.m, p.opts))
	out.WriteString("</svg>\n")
	return out.Flush()
}

// appendHeader starts the document: its size, title, arrowheads and white
// page.
func (p *Picture) appendHeader(b []byte) []byte {
	b = appendOpen(b, p.opts.Title, p.opts.Width, p.opts.Height)
	b = append(b, "<defs>\n"...)
	for _, m := range []struct{ id, color string }{{"arrow-pos", green}, {"arrow-neg", red}, {"arrow-neu", neutral}} {
		b = append(b, `<marker id="`+m.id+`" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="8" markerHeight="8" orient="auto"><path d="M0,1 L10,5 L0,9 z" fill="`+m.color+`"/></marker>`+"\n"...)
	}
	b = append(b, "</defs>\n"...)
	return appendPage(b)
}

// appendOpen opens an SVG document width × height px with its title.
func appendOpen(b []byte, title string, width, height float64) []byte {
	b = append(b, `<?xml version="1.0" encoding="UTF-8"?>`+"\n"+`<svg xmlns="http://www.w3.org/2000/svg" width="`...)
	b = f1(b, width)
	b = append(b, `" height="`...)
	b = f1(b, height)
	b = append(b, `" viewBox="0 0 `...)
	b = f1(b, width)
	b = append(b, ' ')
	b = f1(b, height)
	b = append(b, `" font-family="DejaVu Sans, Verdana, Arial, Helvetica, sans-serif">`+"\n"...)
	b = append(b, "<title>"...)
	b = attrs.AppendText(b, title)
	return append(b, "</title>\n"...)
}

// appendPage paints the white page.
func appendPage(b []byte) []byte {
	return append(b, `<rect width="100%" height="100%" fill="#ffffff"/>`+"\n"...)
}

// writeEdges draws the edges, below everything else: green cooperation,
// red conflict, grey neutral, the stroke width growing with |weight|.
func (p *Picture) writeEdges(out *attrs.Writer) {
	out.WriteString(`<g id="edges" fill="none" stroke-linecap="round">` + "\n")
	p.m.eachEdge(p.g, func(d drawnEdge) bool {
		out.Write(appendEdge(out.Buf(), d, p.m.maxAbs))
		return out.Err() == nil
	})
	out.WriteString("</g>\n")
}

func appendEdge(b []byte, d drawnEdge, maxAbs float64) []byte {
	color, marker, class := neutral, "arrow-neu", "neutral"
	switch v := d.weight; {
	case v > 0:
		color, marker, class = green, "arrow-pos", "cooperation"
	case v < 0:
		color, marker, class = red, "arrow-neg", "conflict"
	}
	width := 1.0
	if maxAbs > 0 {
		width = 0.8 + 3.2*math.Sqrt(math.Abs(d.weight)/maxAbs)
	}
	b = append(b, `<path class="`...)
	b = append(b, class...)
	b = append(b, `" d="`...)
	b = appendCurve(b, d.curve)
	b = append(b, `" stroke="`...)
	b = append(b, color...)
	b = append(b, `" stroke-width="`...)
	b = f1(b, width)
	b = append(b, `" stroke-opacity="0.6" marker-end="url(#`...)
	b = append(b, marker...)
	b = append(b, `)"><title>`...)
	b = attrs.AppendText(b, d.from.full)
	b = append(b, " → "...)
	b = attrs.AppendText(b, d.to.full)
	if d.edge.Label != "" {
		b = append(b, ": "...)
		b = attrs.AppendText(b, d.edge.Label)
	}
	b = append(b, " ("...)
	b = strconv.AppendFloat(b, d.weight, 'g', 4, 64)
	return append(b, ")</title></path>\n"...)
}

// writeNodes draws the circles, coloured by bloc, each with its tooltip.
func (p *Picture) writeNodes(out *attrs.Writer) {
	colors := map[int]string{}
	labels := map[int]string{}
	for _, bl := range p.m.blocs {
		colors[bl.id], labels[bl.id] = bl.color, bl.label
	}
	out.WriteString(`<g id="nodes" stroke="#ffffff" stroke-width="1.5">` + "\n")
	for _, n := range p.m.nodes {
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
		b = appendNodeTitle(b, n, labels)
		b = append(b, "</title></circle>\n"...)
		out.Write(b)
	}
	out.WriteString("</g>\n")
}

// appendNodeTitle is a node's tooltip: its full name, id, bloc and
// PageRank.
func appendNodeTitle(b []byte, n *node, blocLabels map[int]string) []byte {
	b = attrs.AppendText(b, n.full)
	if n.full != n.id {
		b = append(b, " ("...)
		b = attrs.AppendText(b, n.id)
		b = append(b, ')')
	}
	if l, ok := blocLabels[n.bloc]; ok {
		b = append(b, " — "...)
		b = attrs.AppendText(b, l)
	}
	if n.hasPR {
		b = append(b, " — PageRank "...)
		b = strconv.AppendFloat(b, n.pagerank, 'g', 3, 64)
	}
	return b
}

// writeLabels draws the labels placed, with a white halo so they read over
// edges.
func (p *Picture) writeLabels(out *attrs.Writer) {
	b := out.Buf()
	b = append(b, `<g id="labels" font-size="`...)
	b = f1(b, fontSize)
	b = append(b, `" fill="`+ink+`" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">`+"\n"...)
	out.Write(b)
	for _, n := range p.m.nodes {
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
}

// appendTitle draws the title and subtitle at the top left.
func (p *Picture) appendTitle(b []byte) []byte {
	sub := p.opts.Subtitle
	if sub == "" {
		sub = fmt.Sprintf("%d nodes · %d edges · node size: PageRank", len(p.m.nodes), p.m.numEdges)
	}
	return appendHeading(b, p.opts.Title, sub)
}

// appendHeading draws a title and a subtitle at the top left.
func appendHeading(b []byte, title, sub string) []byte {
	b = append(b, `<g id="title" fill="`+ink+`"><text x="`...)
	b = f1(b, margin)
	b = append(b, `" y="34" font-size="20" font-weight="bold">`...)
	b = attrs.AppendText(b, title)
	b = append(b, `</text><text x="`...)
	b = f1(b, margin)
	b = append(b, `" y="54" font-size="12" fill="#555555">`...)
	b = attrs.AppendText(b, sub)
	return append(b, "</text></g>\n"...)
}
