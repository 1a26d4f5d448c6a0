package analysis

import (
	"strings"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/graph/encoding"
)

// Attributes returns a node's measures as typed attributes, for exports and
// write-back: pagerank, betweenness, eigenvector, hub, authority, degrees,
// balance, bloc, bloc_label, bloc_finding and (consensus) bloc_confidence.
func (x *NodeResult) Attributes() []graph.Attr {
	a := []graph.Attr{
		{Key: encoding.AttrPageRank, Value: x.PageRank}, {Key: encoding.AttrBetweenness, Value: x.Betweenness},
		{Key: encoding.AttrEigenvector, Value: x.Eigenvector}, {Key: encoding.AttrHub, Value: x.Hub}, {Key: encoding.AttrAuthority, Value: x.Authority},
		{Key: encoding.AttrInDegree, Value: x.InDegree}, {Key: encoding.AttrOutDegree, Value: x.OutDegree},
		{Key: encoding.AttrCooperationIn, Value: x.CooperationIn}, {Key: encoding.AttrCooperationOut, Value: x.CooperationOut},
		{Key: encoding.AttrConflictIn, Value: x.ConflictIn}, {Key: encoding.AttrConflictOut, Value: x.ConflictOut},
		{Key: encoding.AttrBalance, Value: x.Balance}, {Key: encoding.AttrBloc, Value: x.Bloc}, {Key: encoding.AttrBlocLabel, Value: x.BlocLabel},
		{Key: encoding.AttrBlocFinding, Value: x.BlocFinding},
	}
	if x.BlocConfidence != nil {
		a = append(a, graph.Attr{Key: encoding.AttrBlocConfidence, Value: *x.BlocConfidence})
	}
	return a
}

// NodeAttributes returns every node's measures by node id.
func (r *Report) NodeAttributes() map[string][]graph.Attr {
	out := make(map[string][]graph.Attr, len(r.Results))
	for i := range r.Results {
		out[r.Results[i].ID] = r.Results[i].Attributes()
	}
	return out
}

// Encoding returns the projection as a graph for the encoders: one node per
// state (or actor) with its properties from g and the extra attributes, and
// one edge per directed pair with its summed weights and a count per
// relation ("count_congratulated"). An edge's weight is its cooperation
// (>= 0, the layer PageRank, betweenness and the blocs run on), so that
// NetworkX, igraph and Gephi can use it as it is; net (cooperation −
// conflict, signed) and conflict are attributes of their own.
func (p *Projection) Encoding(g *graph.Graph, extra map[string][]graph.Attr) *encoding.Graph {
	return &encoding.Graph{
		Directed: true,
		Attrs: []graph.Attr{
			{Key: "projection", Value: string(p.Level)}, {Key: "window", Value: p.Window()},
			{Key: "generated_by", Value: "blocgraph"},
		},
		Nodes: func(yield func(encoding.Node) bool) {
			for _, id := range p.Nodes {
				n := encoding.Node{ID: id}
				if gn := g.Node(id); gn != nil {
					n.Labels = []string{string(gn.Kind)}
					for _, a := range gn.Attributes() {
						if a.Key != "id" {
							n.Attrs = append(n.Attrs, a)
						}
					}
				} else {
					n.Attrs = []graph.Attr{{Key: encoding.AttrName, Value: p.Name(id)}}
				}
				n.Attrs = append(n.Attrs, extra[id]...)
				if !yield(n) {
					return
				}
			}
		},
		Edges: func(yield func(encoding.Edge) bool) {
			for _, pr := range p.Pairs {
				e := encoding.Edge{ID: pr.From + "->" + pr.To, Source: pr.From, Target: pr.To, Label: "ALIGNMENT"}
				e.Attrs = []graph.Attr{
					{Key: encoding.AttrWeight, Value: pr.Cooperation}, {Key: encoding.AttrNet, Value: pr.Net()},
					{Key: encoding.AttrCooperation, Value: pr.Cooperation},
					{Key: encoding.AttrConflict, Value: pr.Conflict}, {Key: encoding.AttrReports, Value: pr.Reports},
					{Key: encoding.AttrEvents, Value: pr.NumEvents},
				}
				for _, t := range graph.RelationTypes() {
					if c := pr.ByType[t]; c > 0 {
						e.Attrs = append(e.Attrs, graph.Attr{Key: "count_" + strings.ToLower(t), Value: c})
					}
				}
				if !yield(e) {
					return
				}
			}
		},
	}
}
