// Package graphml writes an encoding.Graph as GraphML
// (http://graphml.graphdrawing.org/), in the manner of gonum's
// graph/encoding/dot: the model offers the attributes, Encode declares them.
//
// Every attribute is declared once, in a <key> with for="graph|node|edge",
// attr.name and attr.type: boolean, int (every value fits 32 bits), long,
// double or string; see package encoding for how mixed values are typed and
// how lists are written (a JSON array in a string key). Keys are sorted by
// class (graph, node, edge) and name, and numbered g0…, n0…, e0….
//
// Three keys are the encoder's own, declared like the others so that strict
// readers accept them (APOC's undeclared "labels" broke them, neo4j/apoc
// #1449):
//
//   - labels (node): the node's labels as APOC writes them, ":State", or
//     ":A:B" for several, so apoc.import.graphml with readLabels restores them;
//   - label (edge): the relationship type, "CONGRATULATED", as APOC writes it;
//   - id (edge): the edge id again, beside <edge id>, because python-igraph
//     1.0 fills its own "id" edge attribute with vertex ids when it reads
//     <edge id> alone; with the key declared igraph reads the right ids (and
//     warns that an "id" attribute already exists).
//
// A model attribute with one of these names is written with "_" appended.
//
// The graph is <graph edgedefault="directed"> (or undirected), nodes first,
// then edges, each on one line. Parallel edges are kept, told apart by their
// ids: NetworkX's read_graphml returns a MultiDiGraph keyed by edge id when
// an ordered pair has more than one edge (else a DiGraph with an "id" edge
// attribute), igraph a multigraph.
//
// Ids are written as given. GraphML's schema wants node and edge ids to be
// XML name tokens; blocgraph's (ISO codes, slugs, hashed event ids) are.
package graphml
