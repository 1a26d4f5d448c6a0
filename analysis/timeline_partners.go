package analysis

// PeriodPartners is a state's partners in one period of a timeline.
type PeriodPartners struct {
	Index  int    `json:"index"`
	Label  string `json:"label"`
	Start  string `json:"start"`
	End    string `json:"end"`
	Events int    `json:"events"` // events of the state in the period (0: none, which is no error)
	// Standing is the state's when it was no sovereign state, or not
	// throughout, in the period (TimelineOptions.Standing's words), as the
	// caller sets it; "" otherwise.
	Standing    string    `json:"standing,omitempty"`
	Allies      []Partner `json:"allies"`
	Adversaries []Partner `json:"adversaries"`
	// Pair is the state's relation with the counterpart named (partners
	// --with), both directions summed; all zero when they had no event
	// in the period.
	Pair *Partner `json:"pair,omitempty"`
}

// PartnersOverTime lists, for every period of f, the allies and adversaries
// of node id as Partners does for one window (net cooperation, both
// directions), and with with set the pair of id and with. The events
// behind each partner are the fold's evidence of the period: the strongest
// of each sign and the latest of each pair, by date. States are named as
// in each period when the fold says so (NameStates).
func PartnersOverTime(f *PeriodFold, id, with string, names func(nodeID string) string) []PeriodPartners {
	n := f.periods.Len()
	out := make([]PeriodPartners, n)
	for i := range n {
		sp := f.periods.Span(i)
		pp := PeriodPartners{Index: i, Label: PeriodLabel(sp), Start: sp.Start.String(), End: sp.End.String(), Allies: []Partner{}, Adversaries: []Partner{}}
		p := f.Projection(i)
		named := p.Name
		if names != nil {
			named = f.namesIn(i, names) // as in the period (NameStates)
		}
		if _, ok := p.Index[id]; ok {
			for _, pr := range p.Pairs {
				if pr.From == id || pr.To == id {
					pp.Events += pr.NumEvents
				}
			}
			pp.Allies, pp.Adversaries, _ = Partners(p, id, named)
			pp.Allies, pp.Adversaries = nonNil(pp.Allies), nonNil(pp.Adversaries)
		}
		if with != "" {
			pair := Partner{ID: with, Name: named(with), Events: []EventRef{}}
			if pa := partnersOf(p, id, named)[with]; pa != nil {
				pair = *pa
			}
			pp.Pair = &pair
		}
		out[i] = pp
	}
	return out
}

func nonNil(p []Partner) []Partner {
	if p == nil {
		return []Partner{}
	}
	return p
}
