package svg

import (
	"cmp"
	"math"
	"slices"
	"unicode/utf8"
)

// Labels: placed greedily, the largest nodes first, on the first side of
// their node that is free.

const (
	fontSize   = 12.0
	charWidth  = 0.6 * fontSize // DejaVu Sans averages a little under 0.6 em
	lineHeight = 1.25 * fontSize
	legendW    = 230.0
	margin     = 24.0
	titleH     = 64.0
)

func textWidth(s string) float64 { return float64(utf8.RuneCountInString(s))*charWidth + 2 }

func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// labelBox is a place a label may take beside its node.
type labelBox struct {
	box    rect
	anchor string // text-anchor: start, end or middle
}

// labelBoxes are the places beside n for a label w wide, in the order they
// are tried: right, left, above, below, then the four diagonals.
func labelBoxes(n *node, w float64) [8]labelBox {
	h, gap := lineHeight, n.r+3
	return [8]labelBox{
		{rect{n.x + gap, n.y - h/2, n.x + gap + w, n.y + h/2}, "start"},
		{rect{n.x - gap - w, n.y - h/2, n.x - gap, n.y + h/2}, "end"},
		{rect{n.x - w/2, n.y - gap - h, n.x + w/2, n.y - gap}, "middle"},
		{rect{n.x - w/2, n.y + gap, n.x + w/2, n.y + gap + h}, "middle"},
		{rect{n.x + gap*0.7, n.y - gap*0.7 - h, n.x + gap*0.7 + w, n.y - gap*0.7}, "start"},
		{rect{n.x + gap*0.7, n.y + gap*0.7, n.x + gap*0.7 + w, n.y + gap*0.7 + h}, "start"},
		{rect{n.x - gap*0.7 - w, n.y - gap*0.7 - h, n.x - gap*0.7, n.y - gap*0.7}, "end"},
		{rect{n.x - gap*0.7 - w, n.y + gap*0.7, n.x - gap*0.7, n.y + gap*0.7 + h}, "end"},
	}
}

// labeller places the labels of one picture.
type labeller struct {
	nodes  []*node
	segs   [][4]float64 // the edges, as segments
	area   rect
	placed []rect
	small  bool // 60 nodes or fewer: every label is drawn
}

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
	l := &labeller{nodes: nodes, segs: segs, area: area, small: len(nodes) <= 60}
	for rank, n := range order {
		l.place(n, rank < max(10, len(nodes)/10))
	}
}

// place places n's label, if one of its boxes will do; an important node's
// label may cover a little of other circles.
func (l *labeller) place(n *node, important bool) {
	w := textWidth(n.label)
	cands := labelBoxes(n, w)
	best, bestCost := -1, math.Inf(1)
	for ci, c := range cands {
		cost, ok := l.cost(n, c.box, w, important)
		if !ok {
			continue
		}
		if cost+float64(ci) < bestCost {
			best, bestCost = ci, cost+float64(ci)
		}
		if cost == 0 {
			break // free and crossing no edge
		}
	}
	if best < 0 {
		return
	}
	c := cands[best]
	n.labelShown = true
	n.lx, n.ly, n.lw, n.anchor = c.box.x0, c.box.y0, w, c.anchor
	l.placed = append(l.placed, c.box)
}

// cost is what putting n's label in box costs: the labels and nodes it
// covers (hard), the edges it crosses (soft, which the halo makes
// bearable). ok is false for a box off the drawing or covering too much.
func (l *labeller) cost(n *node, box rect, w float64, important bool) (cost float64, ok bool) {
	h := lineHeight
	if box.x0 < l.area.x0-margin/2 || box.x1 > l.area.x1+legendW/3 || box.y0 < l.area.y0-titleH/4 || box.y1 > l.area.y1+margin/2 {
		return 0, false // off the drawing
	}
	labelHit, nodeHit := 0.0, 0.0
	for _, p := range l.placed {
		labelHit += box.overlap(p)
	}
	for _, o := range l.nodes {
		if o == n || o.x+o.r <= box.x0 || o.x-o.r >= box.x1 || o.y+o.r <= box.y0 || o.y-o.r >= box.y1 {
			continue
		}
		nodeHit += box.overlap(rect{o.x - o.r, o.y - o.r, o.x + o.r, o.y + o.r})
	}
	hard := 3*labelHit + nodeHit
	switch {
	case l.small && hard > 0.5*w*h:
		return 0, false
	case !l.small && (labelHit > 0 || nodeHit > 0.35*w*h || (nodeHit > 0 && !important)):
		return 0, false
	}
	soft := 0.0
	for _, sg := range l.segs {
		if box.crosses(sg) {
			soft += 0.15 * h * h
		}
	}
	return hard + soft, true
}
