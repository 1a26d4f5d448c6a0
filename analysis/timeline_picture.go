package analysis

import (
	"cmp"
	"slices"
	"strings"

	"github.com/blocgraph/blocgraph/graph/encoding"
)

// Rows returns the states to show in a membership table or chart: the top
// states (tracks) by PageRank summed over the periods (all when top is 0), in bands
// of the bloc each was in most often (bands in bloc id order, the states
// that were never in a bloc last), by that sum within a band. usual[i] is
// the band of states[i]: a bloc id, or NoBloc.
func (tl *Timeline) Rows(top int) (states []StateTrack, usual []int) {
	track := map[string]string{} // a period's state → its track
	for _, s := range tl.States {
		for _, id := range s.IDs {
			track[id] = s.ID
		}
	}
	rank := tl.rank // summed as the periods came (BuildTimeline)
	if rank == nil {
		rank = map[string]float64{}
		for _, p := range tl.Periods {
			for _, x := range p.States {
				rank[cmp.Or(track[x.ID], x.ID)] += x.PageRank
			}
		}
	}
	states = slices.Clone(tl.States)
	slices.SortStableFunc(states, func(a, b StateTrack) int { return cmp.Compare(rank[b.ID], rank[a.ID]) })
	if top > 0 && len(states) > top {
		states = states[:top]
	}
	band := map[string]int{}
	for _, s := range states {
		count := map[int]int{}
		best, n := len(tl.Blocs), 0 // never in a bloc: after every bloc
		for _, b := range s.Blocs {
			if b != nil && *b != NoBloc {
				count[*b]++
				if count[*b] > n || (count[*b] == n && *b < best) {
					best, n = *b, count[*b]
				}
			}
		}
		band[s.ID] = best
	}
	slices.SortStableFunc(states, func(a, b StateTrack) int { return cmp.Compare(band[a.ID], band[b.ID]) })
	usual = make([]int, len(states))
	for i, s := range states {
		usual[i] = band[s.ID]
		if usual[i] == len(tl.Blocs) {
			usual[i] = NoBloc
		}
	}
	return states, usual
}

// Picture returns the timeline as the membership chart draws it
// (svg.RenderTimeline): the states of Rows(top) in their bands, each
// state's bloc per period, the blocs its rows hold, and their moves.
func (tl *Timeline) Picture(top int) *encoding.Timeline {
	states, usual := tl.Rows(top)
	pic := &encoding.Timeline{Group: usual}
	for _, p := range tl.Periods {
		pic.Periods = append(pic.Periods, encoding.TimelinePeriod{Label: p.Label, Empty: p.Empty})
	}
	row := map[string]int{}
	used := map[int]bool{}
	cell := func(b int) int {
		if b == NoBloc {
			return encoding.CellAlone
		}
		return b
	}
	for i, s := range states {
		row[s.ID] = i
		r := encoding.TimelineRow{ID: s.ID, Name: s.Name, Cells: make([]int, len(s.Blocs)), Names: tl.NamesText(s), CellNames: cellNames(s), Standing: tl.standingText(s)}
		for j, b := range s.Blocs {
			switch {
			case b == nil:
				r.Cells[j] = encoding.CellAbsent
			default:
				r.Cells[j] = cell(*b)
				if *b != NoBloc {
					used[*b] = true
				}
			}
		}
		pic.Rows = append(pic.Rows, r)
	}
	for i := range pic.Group {
		pic.Group[i] = cell(pic.Group[i])
	}
	for _, b := range tl.Blocs {
		if used[b.ID] {
			pic.Blocs = append(pic.Blocs, encoding.TimelineBloc{ID: b.ID, Label: b.Labels(), First: b.First, Last: b.Last})
		}
	}
	for _, m := range tl.Moves {
		if i, ok := row[m.State]; ok {
			pic.Moves = append(pic.Moves, encoding.TimelineMove{Row: i, Period: m.Period, From: cell(m.From), To: cell(m.To), Kind: m.Kind})
		}
	}
	return pic
}

// cellNames is the name state s bore in each period, for the picture's
// cells and moves (encoding.TimelineRow.CellNames: "" where it is s.Name);
// nil when it bore one name throughout.
func cellNames(s StateTrack) []string {
	if len(s.Names) < 2 {
		return nil
	}
	out := make([]string, len(s.Blocs))
	for _, n := range s.Names {
		if n.Name == s.Name {
			continue
		}
		for i := n.First; i <= n.Last && i < len(out); i++ {
			out[i] = n.Name
		}
	}
	return out
}

// NamesText is the names state s bore over the periods, each with its
// periods ("West Germany 1946-1949 to 1986-1989; Germany 1990-1993 to
// 1996-1999"); "" when it bore one name throughout.
func (tl *Timeline) NamesText(s StateTrack) string {
	var out []string
	for _, n := range s.Names {
		w := n.Name + " " + tl.Periods[n.First].Label
		if n.Last > n.First {
			w += " to " + tl.Periods[n.Last].Label
		}
		out = append(out, w)
	}
	return strings.Join(out, "; ")
}

// standingText is what state s was when no sovereign state, or not
// throughout some periods, with the periods (StandingNotes), for the
// picture's row tooltip: "Soviet Union (SUN): historical state, 1922-12-30
// to 1991-12-25 (1988-1991 to 1989-1992, 2 periods)"; "" for a sovereign
// state throughout.
func (tl *Timeline) standingText(s StateTrack) string {
	var out []string
	for _, n := range tl.standings {
		if n.ID == s.ID || slices.Contains(s.IDs, n.ID) {
			w := n.Standing + " (" + tl.PeriodsWords(n.Periods) + ")"
			if n.ID != s.ID || n.Name != s.Name {
				w = n.Name + " (" + n.ID + "): " + w
			}
			out = append(out, w)
		}
	}
	return strings.Join(out, "; ")
}
