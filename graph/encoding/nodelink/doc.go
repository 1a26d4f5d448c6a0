// Package nodelink writes an encoding.Graph as node-link JSON in the shape
// that NetworkX 3.6's json_graph.node_link_graph reads with its defaults:
//
//	{"directed": true, "multigraph": true, "graph": {"source": "…"},
//	"nodes": [
//	{"id": "CUB", "labels": ["State"], "name": "Cuba", "pagerank": 0.27},
//	…],
//	"edges": [
//	{"source": "PRK", "target": "CUB", "key": "ev-…", "id": "ev-…", "label": "EXPRESSED_SOLIDARITY", "quote": "…"},
//	…]}
//
// The edge list is "edges", the default of node_link_graph since NetworkX
// 3.4; older releases read "links" by default: call node_link_graph(data,
// link="edges") there. One list, not both, to keep the file half the size.
// D3's forceLink takes the same
// objects (source and target are node ids, with .id(d => d.id)), and so does
// Cytoscape.js once each object is wrapped as {data: …}.
//
// "key" (the edge id) is written for multigraphs, so NetworkX keeps parallel
// edges apart; "id" is the edge id for D3 and Cytoscape.js. "labels" is the
// node's labels as a JSON list; "label" the edge's relationship type.
// Attributes keep their own JSON types: strings, integers (3), floats (3.0,
// never 3, so Python reads a float), booleans and lists of strings; NaN and
// infinities become null. A model attribute whose name the format uses
// itself (id and labels on nodes; source, target, key, id and label on
// edges) would be written with "_" appended ("source_"); none of
// blocgraph's own attributes is so named (an event's dataset is "dataset",
// its relationship type "type"), so in practice only other models' are.
//
// Encode streams: one node or edge per line, nothing kept.
package nodelink
