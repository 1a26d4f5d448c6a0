package svg

import (
	"fmt"
	"io"
	"math"
	"strconv"

	"github.com/blocgraph/blocgraph/graph/encoding"
	"github.com/blocgraph/blocgraph/graph/encoding/internal/attrs"
)

// The membership chart: bloc membership over time, a row per state and a
// column per period, each cell coloured by the state's bloc in that period
// (grey when it had events but no bloc-mate, blank when it had none), the
// rows in bands of the bloc each state was in most often, and a black mark
// at the start of each cell where a state moved.

// Sizes of the chart, in px.
const (
	rowH       = 14.0 // a row per state
	rowFont    = 11.0 // its label
	bandGap    = 6.0  // between the bands of two blocs
	minCellW   = 3.0
	maxCellW   = 28.0
	colLabelW  = 14.0 // the least distance between two column labels
	colLabelsH = 70.0 // room for the slanted period labels
	legendRowH = 18.0
	noteH      = 12.0 // a legend line's note, under it
)

// alone is the cell of a state with events but no bloc-mate.
const alone = "#c9c9c9"

// TimelineOptions tune the membership chart; the zero value draws it at
// least 1123 px wide (A4 landscape at 96 dpi) and as tall as its rows need.
type TimelineOptions struct {
	Title    string  // default "blocgraph — blocs over time"
	Subtitle string  // default "N states · M periods · K moves"
	Width    float64 // px, at least; default 1123. The chart grows wider when the periods need it.
}

// chart is a timeline laid out: where the grid, its columns and the
// legend go.
type chart struct {
	t              *encoding.Timeline
	opts           TimelineOptions
	nameW          float64 // the row labels' column
	x0, y0         float64 // the grid's top left
	cellW          float64
	rowY           []float64 // top of each row
	width, height  float64
	legendX        float64
	colors         map[int]string
	every          int // label every k-th column
	legendBlocs    []encoding.TimelineBloc
	legendOmitted  int
	gridBottom     float64
	legendBottomAt float64
}

// RenderTimeline draws t as an SVG membership chart.
func RenderTimeline(w io.Writer, t *encoding.Timeline, opts TimelineOptions) error {
	if len(t.Periods) == 0 {
		return fmt.Errorf("svg: a timeline with no periods has nothing to draw")
	}
	for i, r := range t.Rows {
		if len(r.Cells) != len(t.Periods) {
			return fmt.Errorf("svg: row %d (%s) has %d cells for %d periods", i, r.ID, len(r.Cells), len(t.Periods))
		}
	}
	c := layChart(t, opts)
	out := attrs.NewWriter(w)
	b := appendOpen(out.Buf(), c.opts.Title, c.width, c.height)
	b = appendPage(b)
	b = appendHeading(b, c.opts.Title, c.opts.Subtitle)
	out.Write(b)
	c.writeRows(out)
	c.writeColumns(out)
	c.writeCells(out)
	c.writeMoves(out)
	out.Write(c.appendLegend(out.Buf()))
	out.WriteString("</svg>\n")
	return out.Flush()
}

func layChart(t *encoding.Timeline, opts TimelineOptions) *chart {
	if opts.Width <= 0 {
		opts.Width = 1123
	}
	if opts.Title == "" {
		opts.Title = "blocgraph — blocs over time"
	}
	if opts.Subtitle == "" {
		opts.Subtitle = fmt.Sprintf("%d states · %d periods · %d moves", len(t.Rows), len(t.Periods), len(t.Moves))
	}
	c := &chart{t: t, opts: opts, colors: map[int]string{}}
	for _, b := range t.Blocs {
		c.colors[b.ID] = BlocColor(b.ID)
	}
	rowChar := 0.6 * rowFont
	c.nameW = 60
	for _, r := range t.Rows {
		c.nameW = math.Max(c.nameW, float64(len([]rune(truncate(rowName(r), 24))))*rowChar+8)
	}
	c.x0, c.y0 = margin+c.nameW, titleH+colLabelsH
	n := float64(len(t.Periods))
	c.cellW = math.Max(minCellW, math.Min(maxCellW, (opts.Width-c.x0-legendW-margin-16)/n))
	c.width = math.Max(opts.Width, c.x0+c.cellW*n+16+legendW+margin)
	c.every = max(1, int(math.Ceil(colLabelW/c.cellW)))
	y := c.y0
	for i := range t.Rows {
		if i > 0 && t.Group != nil && t.Group[i] != t.Group[i-1] {
			y += bandGap
		}
		c.rowY = append(c.rowY, y)
		y += rowH
	}
	c.gridBottom = y
	c.legendX = c.x0 + c.cellW*n + 16
	// The legend lists the blocs the rows show, as many as the chart is
	// tall (and at least 20).
	room := max(20, int((c.gridBottom-c.y0-4*legendRowH-60)/(legendRowH+noteH)))
	c.legendBlocs = t.Blocs
	if len(c.legendBlocs) > room {
		c.legendBlocs, c.legendOmitted = t.Blocs[:room], len(t.Blocs)-room
	}
	legendH := 34 + float64(len(c.legendBlocs))*(legendRowH+noteH) + 10 + 20 + 3*legendRowH + noteH + 8
	if c.anyEmpty() {
		legendH += legendRowH
	}
	if c.legendOmitted > 0 {
		legendH += legendRowH
	}
	c.legendBottomAt = c.y0 - 6 + legendH
	c.height = math.Max(c.gridBottom, c.legendBottomAt) + margin
	return c
}

// appendParen writes " (s)".
func appendParen(b []byte, s string) []byte {
	b = append(b, " ("...)
	b = attrs.AppendText(b, s)
	return append(b, ')')
}

func (c *chart) anyEmpty() bool {
	for _, p := range c.t.Periods {
		if p.Empty {
			return true
		}
	}
	return false
}

func rowName(r encoding.TimelineRow) string {
	if r.Name != "" {
		return r.Name
	}
	return r.ID
}

func (c *chart) cellX(period int) float64 { return c.x0 + float64(period)*c.cellW }

// label names a cell's value for tooltips.
func (c *chart) label(v int) string {
	switch v {
	case encoding.CellAlone:
		return "no bloc"
	case encoding.CellAbsent:
		return "no events"
	}
	for _, b := range c.t.Blocs {
		if b.ID == v {
			return b.Label
		}
	}
	return "bloc " + strconv.Itoa(v)
}

// writeColumns draws the period labels, slanted, every few columns, and a
// faint line down each labelled column; empty periods are shaded, over the
// rows' bands.
func (c *chart) writeColumns(out *attrs.Writer) {
	out.WriteString(`<g id="periods" font-size="10" fill="#444444">` + "\n")
	for i, p := range c.t.Periods {
		x := c.cellX(i)
		b := out.Buf()
		if p.Empty {
			b = append(b, `<rect class="empty-period" x="`...)
			b = f1(b, x)
			b = append(b, `" y="`...)
			b = f1(b, c.y0)
			b = append(b, `" width="`...)
			b = f1(b, c.cellW)
			b = append(b, `" height="`...)
			b = f1(b, c.gridBottom-c.y0)
			b = append(b, `" fill="#eeeeee" fill-opacity="0.8"><title>`...)
			b = attrs.AppendText(b, p.Label+": no events")
			b = append(b, "</title></rect>\n"...)
		}
		if i%c.every == 0 || i == len(c.t.Periods)-1 && (i%c.every)*2 > c.every {
			cx := x + c.cellW/2
			b = append(b, `<line x1="`...)
			b = f1(b, cx)
			b = append(b, `" y1="`...)
			b = f1(b, c.y0-4)
			b = append(b, `" x2="`...)
			b = f1(b, cx)
			b = append(b, `" y2="`...)
			b = f1(b, c.gridBottom)
			b = append(b, `" stroke="#eeeeee" stroke-width="1"/><text class="period" x="`...)
			b = f1(b, cx+3)
			b = append(b, `" y="`...)
			b = f1(b, c.y0-6)
			b = append(b, `" transform="rotate(-55 `...)
			b = f1(b, cx+3)
			b = append(b, ` `...)
			b = f1(b, c.y0-6)
			b = append(b, `)">`...)
			b = attrs.AppendText(b, p.Label)
			b = append(b, "</text>\n"...)
		}
		out.Write(b)
	}
	out.WriteString("</g>\n")
}

// writeRows draws each row's label at the left and a faint band behind
// every other row, so that a long row can be followed across.
func (c *chart) writeRows(out *attrs.Writer) {
	b := out.Buf()
	b = append(b, `<g id="rows" font-size="`...)
	b = f1(b, rowFont)
	b = append(b, `" fill="`+ink+`" text-anchor="end">`+"\n"...)
	out.Write(b)
	gridW := c.cellW * float64(len(c.t.Periods))
	for i, r := range c.t.Rows {
		y := c.rowY[i]
		b := out.Buf()
		if i%2 == 1 {
			b = append(b, `<rect x="`...)
			b = f1(b, c.x0)
			b = append(b, `" y="`...)
			b = f1(b, y)
			b = append(b, `" width="`...)
			b = f1(b, gridW)
			b = append(b, `" height="`...)
			b = f1(b, rowH)
			b = append(b, `" fill="#fafafa"/>`...)
		}
		b = append(b, `<text class="row" x="`...)
		b = f1(b, c.x0-6)
		b = append(b, `" y="`...)
		b = f1(b, y+rowH-3.5)
		b = append(b, `">`...)
		b = attrs.AppendText(b, truncate(rowName(r), 24))
		b = append(b, `<title>`...)
		b = attrs.AppendText(b, rowName(r))
		if r.Name != "" && r.Name != r.ID {
			b = appendParen(b, r.ID)
		}
		if r.Names != "" {
			b = append(b, ": "...)
			b = attrs.AppendText(b, r.Names)
		}
		if r.Standing != "" {
			b = append(b, " — "...)
			b = attrs.AppendText(b, r.Standing)
		}
		b = append(b, "</title></text>\n"...)
		out.Write(b)
	}
	out.WriteString("</g>\n")
}

// writeCells draws each row as runs of equal cells: one rectangle per run
// of periods in one bloc (or alone) under one name (its tooltip names the
// state as it was then), none where the state had no events.
func (c *chart) writeCells(out *attrs.Writer) {
	out.WriteString(`<g id="cells" stroke="#ffffff" stroke-width="0.5">` + "\n")
	for i, r := range c.t.Rows {
		for lo := 0; lo < len(r.Cells); {
			v := r.Cells[lo]
			hi := lo + 1
			for hi < len(r.Cells) && r.Cells[hi] == v && r.NameIn(hi) == r.NameIn(lo) {
				hi++
			}
			if v != encoding.CellAbsent {
				out.Write(c.appendRun(out.Buf(), i, lo, hi, v))
			}
			lo = hi
		}
	}
	out.WriteString("</g>\n")
}

// appendRun draws periods [lo, hi) of row i, all in bloc v.
func (c *chart) appendRun(b []byte, i, lo, hi, v int) []byte {
	fill := alone
	if col, ok := c.colors[v]; ok {
		fill = col
	} else if v >= 0 {
		fill = BlocColor(v)
	}
	b = append(b, `<rect class="cell" x="`...)
	b = f1(b, c.cellX(lo))
	b = append(b, `" y="`...)
	b = f1(b, c.rowY[i]+1)
	b = append(b, `" width="`...)
	b = f1(b, c.cellW*float64(hi-lo))
	b = append(b, `" height="`...)
	b = f1(b, rowH-2)
	b = append(b, `" fill="`...)
	b = append(b, fill...)
	b = append(b, `"><title>`...)
	b = attrs.AppendText(b, c.t.Rows[i].NameIn(lo))
	b = append(b, " — "...)
	b = attrs.AppendText(b, c.label(v))
	b = append(b, ", "...)
	b = attrs.AppendText(b, c.t.Periods[lo].Label)
	if hi-lo > 1 {
		b = append(b, " to "...)
		b = attrs.AppendText(b, c.t.Periods[hi-1].Label)
	}
	return append(b, "</title></rect>\n"...)
}

// writeMoves marks each move with a black wedge at the start of the cell
// the state moved in, its tooltip saying from where to where.
func (c *chart) writeMoves(out *attrs.Writer) {
	out.WriteString(`<g id="moves" fill="` + ink + `" stroke="#ffffff" stroke-width="0.6">` + "\n")
	h := math.Min(c.cellW, rowH-2)
	for _, m := range c.t.Moves {
		if m.Row < 0 || m.Row >= len(c.t.Rows) || m.Period < 0 || m.Period >= len(c.t.Periods) {
			continue
		}
		x, y := c.cellX(m.Period), c.rowY[m.Row]+1
		b := out.Buf()
		b = append(b, `<path class="move" d="M`...)
		b = f1(b, x)
		b = append(b, ',')
		b = f1(b, y)
		b = append(b, " l"...)
		b = f1(b, math.Max(3, h*0.5))
		b = append(b, ',')
		b = f1(b, (rowH-2)/2)
		b = append(b, " l"...)
		b = f1(b, -math.Max(3, h*0.5))
		b = append(b, ',')
		b = f1(b, (rowH-2)/2)
		b = append(b, ` z"><title>`...)
		b = attrs.AppendText(b, c.t.Rows[m.Row].NameIn(m.Period))
		b = append(b, ", "...)
		b = attrs.AppendText(b, c.t.Periods[m.Period].Label)
		b = append(b, ": "...)
		b = attrs.AppendText(b, c.label(m.From))
		b = append(b, " → "...)
		b = attrs.AppendText(b, c.label(m.To))
		if m.Kind != "" {
			b = appendParen(b, m.Kind)
		}
		b = append(b, "</title></path>\n"...)
		out.Write(b)
	}
	out.WriteString("</g>\n")
}

// appendLegend draws the blocs with their colours and periods, then what a
// grey cell, a blank cell and a mark mean.
func (c *chart) appendLegend(b []byte) []byte {
	p := &pen{x: c.legendX + 10, y: c.y0}
	b = append(b, `<g id="legend" font-size="12" fill="`+ink+`">`+"\n"...)
	b = p.frame(b, c.legendBottomAt-(c.y0-6))
	b = p.heading(b, p.y+14, "Blocs")
	p.y += 34
	for _, bl := range c.legendBlocs {
		span := c.t.Periods[bl.First].Label
		if bl.Last != bl.First {
			span += " to " + c.t.Periods[bl.Last].Label
		}
		b = p.swatch(b, c.colors[bl.ID], truncate(bl.Label, 24), span)
	}
	if c.legendOmitted > 0 {
		b = p.swatch(b, "none", fmt.Sprintf("(%d more blocs)", c.legendOmitted), "")
	}
	p.y += 10
	b = p.heading(b, p.y, "Cells")
	p.y += 20
	b = p.swatch(b, alone, "no bloc", "events, but no bloc-mate")
	b = p.swatch(b, "#ffffff", "no events", "")
	if c.anyEmpty() {
		b = p.swatch(b, "#eeeeee", "period with no events", "")
	}
	b = append(b, `<g class="legend-move"><path d="M`...)
	b = f1(b, p.x)
	b = append(b, ',')
	b = f1(b, p.y-11)
	b = append(b, ` l6,6 l-6,6 z" fill="`+ink+`"/>`...)
	b = p.text(b, "moved in this period")
	b = append(b, "</text></g>\n"...)
	p.y += legendRowH
	return append(b, "</g>\n"...)
}

// swatch draws one legend line: a square of color, the text and, under
// it, smaller and grey, a note.
func (p *pen) swatch(b []byte, color, text, note string) []byte {
	b = p.square(b, color, ` stroke="#bbbbbb" stroke-width="0.5"`)
	b = p.text(b, text)
	if note != "" {
		b = append(b, `<tspan font-size="10" fill="#666666" x="`...)
		b = f1(b, p.x+20)
		b = append(b, `" dy="`...)
		b = f1(b, noteH)
		b = append(b, `">`...)
		b = attrs.AppendText(b, note)
		b = append(b, "</tspan>"...)
		p.y += noteH
	}
	b = append(b, "</text></g>\n"...)
	p.y += legendRowH
	return b
}
