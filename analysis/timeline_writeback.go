package analysis

import (
	"slices"

	"github.com/blocgraph/blocgraph/graph"
)

// Properties a timeline's write-back stores on each node: lists with one
// entry per period in which the node has events, in period order, so that
// Cypher can ask who was in which bloc when (index i of each list is one
// period). Neo4j lists hold no nulls, hence one entry per period with
// events rather than per period.
const (
	PropTimeline        = "timeline"                  // string: how the periods were cut ("1m", "1y window 4y", "data")
	PropTimelinePeriods = "timeline_periods"          // period labels: "2021-04", "1946-1949"
	PropTimelineStarts  = "timeline_starts"           // each period's first day, YYYY-MM-DD
	PropTimelineEnds    = "timeline_ends"             // each period's last day, YYYY-MM-DD
	PropTimelineBlocs   = "timeline_blocs"            // the timeline's bloc id, -1 for no bloc-mate
	PropTimelineLabels  = "timeline_bloc_labels"      // the bloc's label
	PropTimelinePR      = "timeline_pagerank"         // PageRank in the period
	PropTimelineConf    = "timeline_bloc_confidences" // the member's confidence in its bloc, when every period has one
	// PropTimelineStandings is what the state was in each period when it
	// was no sovereign state, or not throughout, in some (NodeResult.Standing,
	// timeline's words), "" in the periods it was one; absent from a
	// state sovereign in every period, and from an actor.
	PropTimelineStandings = "timeline_standings"
)

// TimelineProps lists the write-back properties of a timeline.
var TimelineProps = []string{PropTimeline, PropTimelinePeriods, PropTimelineStarts, PropTimelineEnds, PropTimelineBlocs, PropTimelineLabels, PropTimelinePR, PropTimelineConf, PropTimelineStandings}

// NodeWrite is what a write-back stores on one node: its kind (the label
// to find it under) and its properties (a nil value removes one).
type NodeWrite struct {
	ID    string
	Kind  graph.Kind
	Props map[string]any
}

// WriteBack returns the per-period membership of every node of the
// timeline as properties (PropTimeline…), in id order, then for the other
// nodes of g of the timeline's level (states, or every actor) properties
// that remove an earlier timeline's.
func (tl *Timeline) WriteBack(g *graph.Graph) []NodeWrite {
	type acc struct {
		kind                  graph.Kind
		periods, starts, ends []string
		labels, standings     []string
		blocs                 []int
		pagerank, confidence  []float64
		missingConfidence     bool
		standing              bool // some period has a standing
	}
	by := map[string]*acc{}
	var order []string
	for _, p := range tl.Periods {
		if p.Empty {
			continue
		}
		sp := graph.Span{Start: graph.MustDate(p.Start), End: graph.MustDate(p.End)}
		first, last := sp.Start.Start().Format("2006-01-02"), sp.End.End().Format("2006-01-02")
		for _, x := range p.States {
			a := by[x.ID]
			if a == nil {
				a = &acc{kind: x.Kind}
				by[x.ID] = a
				order = append(order, x.ID)
			}
			a.periods = append(a.periods, p.Label)
			a.starts, a.ends = append(a.starts, first), append(a.ends, last)
			a.blocs, a.labels = append(a.blocs, x.Bloc), append(a.labels, x.BlocLabel)
			a.pagerank = append(a.pagerank, x.PageRank)
			a.standings = append(a.standings, x.Standing)
			a.standing = a.standing || x.Standing != ""
			if x.BlocConfidence != nil {
				a.confidence = append(a.confidence, *x.BlocConfidence)
			} else {
				a.missingConfidence = true
			}
		}
	}
	slices.Sort(order)
	var out []NodeWrite
	for _, id := range order {
		a := by[id]
		props := map[string]any{
			PropTimeline: tl.Every, PropTimelinePeriods: a.periods, PropTimelineStarts: a.starts, PropTimelineEnds: a.ends,
			PropTimelineBlocs: a.blocs, PropTimelineLabels: a.labels, PropTimelinePR: a.pagerank, PropTimelineConf: nil,
			PropTimelineStandings: nil,
		}
		if !a.missingConfidence {
			props[PropTimelineConf] = a.confidence
		}
		if a.standing {
			props[PropTimelineStandings] = a.standings
		}
		out = append(out, NodeWrite{ID: id, Kind: a.kind, Props: props})
	}
	for _, n := range g.Nodes() {
		if by[n.ID] != nil || !(n.Kind == graph.KindState || Level(tl.Level) == LevelActor && n.Kind != graph.KindArticle) {
			continue
		}
		clear := map[string]any{}
		for _, k := range TimelineProps {
			clear[k] = nil
		}
		out = append(out, NodeWrite{ID: n.ID, Kind: n.Kind, Props: clear})
	}
	return out
}
