package gazetteer

import "github.com/blocgraph/blocgraph/graph"

// WithGraph returns an overlay of z that also knows the states, leaders and
// parties of g by their names, aliases, demonyms and capitals: the entities
// a facts file brought with it, or those a graph read back from Neo4j holds,
// so that a command resolves a name the way the graph was built.
func (z *Gazetteer) WithGraph(g *graph.Graph) (*Gazetteer, error) {
	o := z.With()
	for _, n := range g.Nodes() {
		if n.Kind == graph.KindArticle {
			continue
		}
		if err := o.Add(Entity{Node: *n}); err != nil {
			return nil, err
		}
	}
	return o, nil
}
