package analysis

import (
	"cmp"
	"slices"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/graph/encoding"
)

// AttrPeriodName is a dynamic node's name in each period (Dynamic), for
// the states renamed within the timeline.
const AttrPeriodName = "period_name"

// AttrStanding is the timed node attribute of the periods in which a state
// is no sovereign state, or not throughout (NodeResult.Standing), named as
// the static exports' node attribute.
const AttrStanding = "standing"

// Dynamic returns the timeline as a graph that changes over time, for the
// encoders that write dynamics (GEXF, which Gephi's timeline plays): a node
// per state with its properties from g, existing in the periods it has
// events in (spells), with its bloc, bloc_label, pagerank and (consensus)
// bloc_confidence as values over each period; an edge per directed pair,
// existing in the periods the pair has events in, with its weight (its
// cooperation, as in Projection.Encoding: never negative, the layer the
// blocs run on), net (cooperation − conflict), cooperation, conflict and
// reports over each.
//
// A node's name (its label) is its name in the last period it has events
// in; a state the periods name differently (West Germany, then Germany)
// also has period_name over time, its name in each period.
//
// Each period holds from its first day to the day before the next period
// starts (its last day for the last period, and for calendar periods, which
// do not overlap): rolling windows and a dataset's own windows overlap, and
// Gephi refuses overlapping intervals, so a window's values stand from its
// start until the next window takes over. Spells of adjacent periods are
// joined.
func Dynamic(g *graph.Graph, f *PeriodFold, tl *Timeline) *encoding.Graph {
	n := f.periods.Len()
	slots := make([]graph.Span, n)
	for i := range n {
		slots[i] = f.slot(i)
	}
	type nodeTrack struct {
		periods []int
		results []NodeResult
	}
	nodes := map[string]*nodeTrack{}
	for i, p := range tl.Periods {
		if slots[i].IsZero() {
			continue
		}
		for _, x := range p.States {
			t := nodes[x.ID]
			if t == nil {
				t = &nodeTrack{}
				nodes[x.ID] = t
			}
			t.periods = append(t.periods, i)
			t.results = append(t.results, x)
		}
	}
	ids := make([]string, 0, len(nodes))
	for id := range nodes {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	type pairTrack struct {
		coop, conflict float64
		reports        int
	}
	type edgeTrack struct {
		periods []int
		pairs   []pairTrack
	}
	edges := map[[2]string]*edgeTrack{}
	for i := range n {
		if slots[i].IsZero() {
			continue
		}
		a := f.period(i)
		a.eachRow(func(id int32, coop, conflict float64, c pairCounts) {
			from, to := f.keys.pairNames(id)
			k := [2]string{from, to}
			t := edges[k]
			if t == nil {
				t = &edgeTrack{}
				edges[k] = t
			}
			t.periods = append(t.periods, i)
			t.pairs = append(t.pairs, pairTrack{coop, conflict, int(c.reports)})
		})
	}
	keys := make([][2]string, 0, len(edges))
	for k := range edges {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b [2]string) int { return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1])) })
	return &encoding.Graph{
		Directed: true,
		Attrs: []graph.Attr{
			{Key: "generated_by", Value: "blocgraph"}, {Key: "timeline", Value: tl.Every}, {Key: "method", Value: tl.Method},
			{Key: "match_threshold", Value: tl.Threshold}, {Key: "periods", Value: n},
		},
		Nodes: func(yield func(encoding.Node) bool) {
			for _, id := range ids {
				t := nodes[id]
				nd := encoding.Node{ID: id}
				if gn := g.Node(id); gn != nil {
					nd.Labels = []string{string(gn.Kind)}
					for _, a := range gn.Attributes() {
						if a.Key != "id" {
							nd.Attrs = append(nd.Attrs, a)
						}
					}
				} else {
					nd.Attrs = []graph.Attr{{Key: encoding.AttrName, Value: id}}
				}
				// Its label is its name in its last period (Germany for
				// DEU over 1946-1999); a state renamed within the range
				// also has its name in each period, over time.
				last := t.results[len(t.results)-1].Name
				renamed := false
				for _, x := range t.results {
					renamed = renamed || x.Name != last
				}
				for k, a := range nd.Attrs {
					if a.Key == encoding.AttrName && last != "" {
						nd.Attrs[k].Value = last
					}
				}
				nd.Spells = joinSpells(slots, t.periods)
				for j, i := range t.periods {
					if renamed {
						nd.Timed = append(nd.Timed, encoding.TimedAttr{Key: AttrPeriodName, Value: t.results[j].Name, Span: slots[i]})
					}
					x, sp := t.results[j], slots[i]
					nd.Timed = append(nd.Timed,
						encoding.TimedAttr{Key: encoding.AttrBloc, Value: x.Bloc, Span: sp},
						encoding.TimedAttr{Key: encoding.AttrBlocLabel, Value: x.BlocLabel, Span: sp},
						encoding.TimedAttr{Key: encoding.AttrPageRank, Value: x.PageRank, Span: sp})
					if x.BlocConfidence != nil {
						nd.Timed = append(nd.Timed, encoding.TimedAttr{Key: encoding.AttrBlocConfidence, Value: *x.BlocConfidence, Span: sp})
					}
					if x.Standing != "" {
						nd.Timed = append(nd.Timed, encoding.TimedAttr{Key: AttrStanding, Value: x.Standing, Span: sp})
					}
				}
				if !yield(nd) {
					return
				}
			}
		},
		Edges: func(yield func(encoding.Edge) bool) {
			for _, k := range keys {
				t := edges[k]
				e := encoding.Edge{ID: k[0] + "->" + k[1], Source: k[0], Target: k[1], Label: "ALIGNMENT",
					Attrs: []graph.Attr{{Key: "periods", Value: len(t.periods)}}}
				e.Spells = joinSpells(slots, t.periods)
				for j, i := range t.periods {
					pa, sp := t.pairs[j], slots[i]
					e.Timed = append(e.Timed,
						encoding.TimedAttr{Key: encoding.AttrWeight, Value: pa.coop, Span: sp},
						encoding.TimedAttr{Key: encoding.AttrNet, Value: pa.coop - pa.conflict, Span: sp},
						encoding.TimedAttr{Key: encoding.AttrCooperation, Value: pa.coop, Span: sp},
						encoding.TimedAttr{Key: encoding.AttrConflict, Value: pa.conflict, Span: sp},
						encoding.TimedAttr{Key: encoding.AttrReports, Value: pa.reports, Span: sp})
				}
				if !yield(e) {
					return
				}
			}
		},
	}
}

// slot is the span period i holds in a dynamic graph: from its first day
// to the day before the next period starts, when that is sooner than its
// last day; zero when the next period starts on the same day.
func (f *PeriodFold) slot(i int) graph.Span {
	sp := f.periods.Span(i)
	if i+1 >= f.periods.Len() {
		return sp
	}
	next := f.periods.Span(i + 1).Start.Start()
	if next.After(sp.End.End()) {
		return sp
	}
	end := next.AddDate(0, 0, -1)
	if end.Before(sp.Start.Start()) {
		return graph.Span{}
	}
	return graph.Span{Start: sp.Start, End: graph.DateOf(end)}
}

// joinSpells returns the spans of the periods (in order), adjacent ones
// joined.
func joinSpells(slots []graph.Span, periods []int) []graph.Span {
	var out []graph.Span
	for _, i := range periods {
		sp := slots[i]
		if k := len(out) - 1; k >= 0 && out[k].End.End().AddDate(0, 0, 1).Equal(sp.Start.Start()) {
			out[k].End = sp.End
			continue
		}
		out = append(out, sp)
	}
	return out
}
