package analysis

import (
	"fmt"
	"strings"

	"github.com/blocgraph/blocgraph/graph/encoding/brief"
)

// maxBriefMoves is the most moves a briefing lists; maxBriefRows the most
// states its membership chart shows.
const (
	maxBriefMoves = 20
	maxBriefRows  = 40
)

// ChangeWords says what happened to a bloc in words, with the labels the
// blocs had then: "A splits from B", "A merges into B", "A appears", "A
// ends", "A is now labelled B" (its members now earn another label).
func (tl *Timeline) ChangeWords(ch BlocChange) string {
	switch ch.Kind {
	case ChangeSplit:
		return fmt.Sprintf("%s splits from %s", ch.Label, ch.OtherLabel)
	case ChangeMerge:
		return fmt.Sprintf("%s merges into %s", ch.Label, ch.OtherLabel)
	case ChangeBirth:
		return ch.Label + " appears"
	case ChangeRelabel:
		return fmt.Sprintf("%s is now labelled %s", ch.From, ch.Label)
	}
	return ch.Label + " ends"
}

// briefTimeline turns a timeline into the briefing's section: one row per
// period, the first moves with their strongest events, and a sentence.
func briefTimeline(tl *Timeline, events int) *brief.Timeline {
	out := &brief.Timeline{Every: tl.Every, Picture: tl.Picture(maxBriefRows)}
	withEvents, findings := 0, 0
	for i := range tl.Periods {
		p := &tl.Periods[i]
		bp := brief.Period{Label: p.Label, Events: p.Events, States: p.Nodes, Blocs: len(p.Blocs), Finding: p.FindingWord()}
		if !p.Empty {
			withEvents++
			if p.Finding {
				findings++
			} else {
				bp.Caveat = p.Caveat
			}
		}
		switch {
		case p.Modularity != nil:
			bp.Quality = fmt.Sprintf("Q = %.2f", *p.Modularity)
		case p.Frustration != nil:
			bp.Quality = fmt.Sprintf("frustration %.1f, balance %.2f", *p.Frustration, *p.BalanceIndex)
		}
		var ch []string
		for _, c := range p.Changes {
			ch = append(ch, tl.ChangeWords(c))
		}
		bp.Changes = strings.Join(ch, "; ")
		out.Periods = append(out.Periods, bp)
	}
	for i, m := range tl.Moves {
		if i == maxBriefMoves {
			out.More = len(tl.Moves) - i
			break
		}
		bm := brief.Move{Period: m.PeriodLabel, State: brief.Ref{ID: m.State, Name: m.Name}, From: m.FromLabel, To: m.ToLabel, Kind: m.Kind}
		for _, e := range append(append([]EventRef(nil), m.Cooperation...), m.Conflict...) {
			if len(bm.Events) == events {
				break
			}
			bm.Events = append(bm.Events, briefEvent(e))
		}
		out.Moves = append(out.Moves, bm)
	}
	first, last := tl.Periods[0].Label, tl.Periods[len(tl.Periods)-1].Label
	out.Summary = fmt.Sprintf("Over %s (%s to %s, %s with events), %s changed bloc; %s.", plural(len(tl.Periods), "period"), first, last, plural(withEvents, "period"), movers(tl), periodFindings(findings, withEvents))
	return out
}

// movers says who moved: "no state", "Cuba", "3 states (most: Cuba, 2 moves)".
func movers(tl *Timeline) string {
	var top *StateTrack
	n := 0
	for i := range tl.States {
		s := &tl.States[i]
		if s.Moves == 0 {
			continue
		}
		n++
		if top == nil || s.Moves > top.Moves {
			top = s
		}
	}
	switch {
	case n == 0:
		return "no state"
	case n == 1:
		return fmt.Sprintf("%s (%s)", top.Name, plural(top.Moves, "time"))
	}
	return fmt.Sprintf("%d states (most often %s, %s)", n, top.Name, plural(top.Moves, "time"))
}

// periodFindings says in how many periods with events the blocs are a
// finding: "in no period are the blocs a finding", "the blocs are a
// finding in 3 of 12 periods", "the blocs are a finding in every period".
func periodFindings(findings, withEvents int) string {
	switch {
	case withEvents == 0:
		return "no period had events, so there are no blocs to judge"
	case findings == 0:
		return "in no period are the blocs a finding"
	case findings == withEvents:
		return "the blocs are a finding in every period with events"
	}
	return fmt.Sprintf("the blocs are a finding in %d of the %s with events", findings, plural(withEvents, "period"))
}
