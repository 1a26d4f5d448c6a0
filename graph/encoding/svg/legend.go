package svg

import (
	"slices"
	"strconv"

	"github.com/blocgraph/blocgraph/graph/encoding/internal/attrs"
)

// The legend, at the right of the picture: the blocs with their colours and
// sizes, then what the edge colours mean.

// pen is where the next line of the legend goes.
type pen struct{ x, y float64 }

// legendEdges are the edge colours the legend explains.
var legendEdges = []struct{ color, text string }{
	{green, "cooperation (weight > 0)"}, {red, "conflict (weight < 0)"}, {neutral, "neutral or unweighted"},
}

// appendLegend draws the legend.
func appendLegend(b []byte, m *model, opts Options) []byte {
	p := &pen{x: opts.Width - legendW + 6, y: titleH}
	hasNone := slices.ContainsFunc(m.nodes, func(n *node) bool {
		return n.bloc < 0 || !slices.ContainsFunc(m.blocs, func(bl *bloc) bool { return bl.id == n.bloc })
	})
	rows := len(m.blocs)
	if hasNone {
		rows++
	}
	b = append(b, `<g id="legend" font-size="12" fill="`+ink+`">`+"\n"...)
	b = p.frame(b, 34+float64(rows)*20+30+float64(len(legendEdges))*20+8)
	b = p.heading(b, p.y+14, "Blocs")
	p.y += 34
	for _, bl := range m.blocs {
		b = p.bloc(b, bl.color, bl.label, bl.members)
	}
	if hasNone {
		c := 0
		for _, n := range m.nodes {
			if n.bloc < 0 {
				c++
			}
		}
		b = p.bloc(b, noBloc, "no bloc", c)
	}
	p.y += 10
	b = p.heading(b, p.y, "Edges")
	p.y += 20
	for _, e := range legendEdges {
		b = p.edge(b, e.color, e.text)
	}
	return append(b, "</g>\n"...)
}

// frame draws the legend's white box, height high.
func (p *pen) frame(b []byte, height float64) []byte {
	b = append(b, `<rect x="`...)
	b = f1(b, p.x-10)
	b = append(b, `" y="`...)
	b = f1(b, p.y-6)
	b = append(b, `" width="`...)
	b = f1(b, legendW-margin+4)
	b = append(b, `" height="`...)
	b = f1(b, height)
	return append(b, `" rx="6" fill="#ffffff" fill-opacity="0.9" stroke="#cccccc"/>`+"\n"...)
}

func (p *pen) heading(b []byte, y float64, s string) []byte {
	b = append(b, `<text x="`...)
	b = f1(b, p.x)
	b = append(b, `" y="`...)
	b = f1(b, y)
	b = append(b, `" font-weight="bold" font-size="13">`...)
	b = append(b, s...)
	return append(b, "</text>\n"...)
}

// bloc draws one bloc's line: its colour, label and number of members.
func (p *pen) bloc(b []byte, color, text string, count int) []byte {
	b = p.square(b, color, "")
	b = p.text(b, truncate(text, 24))
	b = append(b, " ("...)
	b = strconv.AppendInt(b, int64(count), 10)
	b = append(b, ")</text></g>\n"...)
	p.y += 20
	return b
}

// square opens a legend line with its swatch of color (extra: more
// attributes of the square).
func (p *pen) square(b []byte, color, extra string) []byte {
	b = append(b, `<g class="legend-bloc"><rect x="`...)
	b = f1(b, p.x)
	b = append(b, `" y="`...)
	b = f1(b, p.y-10)
	b = append(b, `" width="12" height="12" rx="2" fill="`...)
	b = append(b, color...)
	b = append(b, '"')
	b = append(b, extra...)
	return append(b, "/>"...)
}

// edge draws one edge colour's line.
func (p *pen) edge(b []byte, color, text string) []byte {
	b = append(b, `<g class="legend-edge"><line x1="`...)
	b = f1(b, p.x)
	b = append(b, `" y1="`...)
	b = f1(b, p.y-4)
	b = append(b, `" x2="`...)
	b = f1(b, p.x+14)
	b = append(b, `" y2="`...)
	b = f1(b, p.y-4)
	b = append(b, `" stroke="`...)
	b = append(b, color...)
	b = append(b, `" stroke-width="3"/>`...)
	b = p.text(b, text)
	b = append(b, "</text></g>\n"...)
	p.y += 20
	return b
}

// text opens the text of a legend line, after its swatch, and writes s; the
// caller closes it.
func (p *pen) text(b []byte, s string) []byte {
	b = append(b, `<text x="`...)
	b = f1(b, p.x+20)
	b = append(b, `" y="`...)
	b = f1(b, p.y)
	b = append(b, `">`...)
	return attrs.AppendText(b, s)
}
