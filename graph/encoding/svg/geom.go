package svg

import (
	"cmp"
	"math"
	"strconv"

	"github.com/blocgraph/blocgraph/graph/encoding"
)

// Geometry: boxes, the curves edges are drawn as, and the order edges are
// drawn in.

type rect struct{ x0, y0, x1, y1 float64 }

func (r rect) overlap(o rect) float64 {
	w := math.Min(r.x1, o.x1) - math.Max(r.x0, o.x0)
	h := math.Min(r.y1, o.y1) - math.Max(r.y0, o.y0)
	if w <= 0 || h <= 0 {
		return 0
	}
	return w * h
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

// drawnEdge is an edge as it is drawn.
type drawnEdge struct {
	edge     encoding.Edge
	curve    curve
	weight   float64 // signed
	from, to *node
}

// eachEdge calls f for every drawable edge of g in drawing order (conflict,
// neutral, then cooperation on top), until f returns false.
func (m *model) eachEdge(g *encoding.Graph, f func(drawnEdge) bool) {
	if g.Edges == nil {
		return
	}
	seen := map[pair]int{}
	for layer := -1; layer <= 1; layer++ {
		stop := false
		g.Edges(func(e encoding.Edge) bool {
			ai, okA := m.index[e.Source]
			bi, okB := m.index[e.Target]
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
			a, b := m.nodes[ai], m.nodes[bi]
			if !f(drawnEdge{e, edgeCurve(a, b, k, m.parallel[p], m.parallel[pair{bi, ai}] > 0), v, a, b}) {
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

func f1(b []byte, v float64) []byte { return strconv.AppendFloat(b, math.Round(v*10)/10, 'f', -1, 64) }
