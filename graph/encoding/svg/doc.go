// Package svg draws an encoding.Graph as a picture of its blocs: an SVG
// sized for A4 landscape (1123×794 px at 96 dpi, the viewBox scales with
// the paper), meant for the projected state graph (tens to a few hundred
// nodes) and safe up to a few thousand.
//
// Render draws a graph in one call; Lay lays it out as a Picture and
// Picture.Encode writes it, for callers that place the picture themselves
// (a timeline, a briefing). The graph is the neutral encoding.Graph every
// encoder reads, and the attribute names are encoding's (AttrBloc,
// AttrPageRank, …), the ones analysis writes.
//
// What it reads from the model:
//
//   - node "bloc" (int): the fill colour, one per bloc, named in the legend
//     by the node attribute "bloc_label" (string; "bloc N" without one);
//     nodes without a bloc are grey (every colour at least 4.5:1 on white);
//   - node "pagerank" (double): the circle's area grows with it;
//   - node "name" (string): the label, else "title", else the node id
//     (shortened to 32 characters; the tooltip has it whole);
//   - edge "weight" (number), else "sign" (number, or "cooperation" /
//     "conflict"), else "goldstein": green when positive (cooperation), red
//     when negative (conflict), grey when zero or absent; the stroke width
//     grows with |weight|.
//
// The layout is Fruchterman–Reingold, seeded and deterministic: blocs start
// as separate clusters, cooperation edges pull, conflict edges push, each
// node is drawn gently to its bloc, and repulsion only looks at
// neighbouring cells of a grid, with the iterations capped, so that 2,000
// nodes still lay out in well under a second. Circles are then pushed apart,
// and labels placed greedily (most central nodes first) on the first free
// side of their node; a label that would cover another label or node is
// left out when the graph is large, and every node keeps its full
// description in a <title> tooltip. Labels are at least 11 px with a white
// halo, so they stay readable over edges when printed.
//
// RenderTimeline draws another picture, bloc membership over time, from
// the neutral encoding.Timeline that analysis fills: a row per state in
// bands of its usual bloc, a column per period, each cell in the colour of
// the state's bloc in that period (the colour follows the bloc's id, so a
// bloc keeps it across periods), grey for a state with events but no
// bloc-mate, blank for none, empty periods shaded, and a black wedge where a
// state moved; every cell run and mark has a tooltip. The chart is at least
// A4-landscape wide and grows with its rows and periods (cells 3 to 28 px).
//
// The same graph and Options give the same bytes on one platform.
//
// Files: model.go reads the graph, layout.go places the nodes, labels.go
// the labels, geom.go has the shapes, draw.go and legend.go write the SVG;
// timeline.go is the membership chart.
package svg
