// Package encoding is the neutral model that blocgraph's exporters read, as
// gonum keeps its encoders under graph/encoding: a Graph of Nodes (id,
// labels, attributes) and Edges (id, source, target, relationship type,
// attributes), walked through re-iterable iterators so that an encoder
// streams the document and its memory stays flat in the number of edges.
// FromGraph turns a *graph.Graph into that model. Timeline is the neutral
// model of bloc membership over time (a row per state, a column per
// period) that analysis fills and svg.RenderTimeline draws.
//
// The encoders live in subpackages:
//
//	graphml   GraphML for NetworkX, igraph, yEd, Gephi, Cytoscape and Neo4j APOC
//	gexf      GEXF 1.3 for Gephi, with dates that play on its timeline
//	nodelink  node-link JSON for NetworkX's node_link_graph, D3 and the web
//	svg       a picture of the blocs, readable printed on A4
//
// # Attribute values and their types
//
// An attribute value (graph.Attr.Value) is a string, float64, int, bool or
// []string; any other type is an error, and a nil value is left out. Formats
// that declare one type per key (GraphML, GEXF) join the types of all the
// values of a key: one type stays itself; int and float64 make a double (the
// ints are written as integers and read back as floats); any other mix makes
// a string (every value written as text: 3, 2.5, true). Node-link JSON needs
// no declaration: every value keeps its own JSON type.
//
// Text is UTF-8. XML 1.0 cannot hold the C0 control characters other than
// tab, newline and carriage return, nor U+FFFE and U+FFFF: the XML encoders
// write U+FFFD (the replacement character) in their place, as they do for
// bytes that are not UTF-8; JSON escapes them (\u0001) and keeps them.
// Newlines, tabs and carriage returns survive in every format.
//
// A list ([]string) is written where a format has no list type as a JSON
// array of strings, ["DPRK", "Democratic People's Republic of Korea"], the
// way Python's json.dumps writes it: json.loads (or JSON.parse) reads it back
// whole, whatever its elements hold, which a "|"-joined string cannot
// promise; Gephi's list parser reads the same text for its liststring type.
//
// Integers are written in decimal without exponent; doubles in the shortest
// form that reads back exactly (strconv 'g', -1: 0.25, 3, 1e+21); NaN and the
// infinities as NaN, Infinity and -Infinity in XML, null in JSON.
//
// The same Graph gives the same bytes: keys are declared in name order,
// each element's values follow that order, and FromGraph walks the domain
// graph in its sorted order.
package encoding
