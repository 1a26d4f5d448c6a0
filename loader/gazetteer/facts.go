package gazetteer

import (
	"sort"
	"strings"

	"github.com/blocgraph/blocgraph/graph"
)

// Holder is a leader's term in an office of a state, or of one of its
// parties.
type Holder struct {
	ID, Name string
	Title    string
	Of       string // the state, or the party
	Span     graph.Span
	Source   string
}

// Ruling is a party's rule of a state over a span, with the party family
// it had then.
type Ruling struct {
	ID, Name     string
	Family       string // "" unknown
	FamilySource string
	Span         graph.Span
	Source       string // of the years of rule (Term.Source)
}

// Profile is what the gazetteer knows of how a state was ruled on a date:
// who held its offices, which party ruled and of what family, the economic
// ideology of its effective leader and its regime type. Empty values are
// unknown.
type Profile struct {
	State    string
	At       graph.Date
	Leaders  []Holder // in office on a day of At
	Parties  []Ruling // ruling on a day of At
	Family   string   // the ruling parties' family when they agree; "" unknown
	Economic Fact     // left, centre, right, none
	Regime   Fact     // democracy, autocracy
}

// ProfileOn returns what the gazetteer knows of state on date at. A state
// that continued another (COW's one state under two names) has, before the
// day it did, its predecessor's profile: RUS in 1975 is the Soviet Union's,
// and Profile.State says so (SUN).
func (z *Gazetteer) ProfileOn(state string, at graph.Date) Profile {
	if at.IsZero() {
		return Profile{State: state, At: at}
	}
	state = z.ContinuedAt(state, at)
	p := Profile{State: state, At: at}
	for _, h := range z.leaderTerms(state) {
		if h.Span.Touches(at) {
			p.Leaders = append(p.Leaders, h)
		}
	}
	fams := map[string]bool{}
	for _, r := range z.RulingOf(state) {
		if r.Span.Touches(at) {
			f, src := familyAt(z.entry(r.ID), at)
			r.Family, r.FamilySource = f, src
			p.Parties = append(p.Parties, r)
			fams[f] = true
		}
	}
	if len(fams) == 1 {
		p.Family = p.Parties[0].Family
	}
	p.Economic = z.factOn(state, FactEconomic, at)
	p.Regime = z.factOn(state, FactRegime, at)
	return p
}

// familyAt is a party's family on a date, and its source.
func familyAt(e *entry, at graph.Date) (string, string) {
	if e == nil {
		return "", ""
	}
	if len(e.families) == 0 {
		return e.Node.Ideology, e.familySrc
	}
	for _, f := range e.families {
		if f.Span.Touches(at) {
			return f.Value, f.Source
		}
	}
	return "", ""
}

// LeadersOf returns the terms of the heads of state and government and the
// party leaders of state (not the ministers of the CountryInfo lists), by
// start.
func (z *Gazetteer) LeadersOf(state string) []Holder {
	return append([]Holder(nil), z.leaderTerms(state)...)
}

// EachLeaderTerm calls f with every state's leaders' terms, state by state
// in the order of States, each as LeadersOf gives it, without keeping them:
// for an index made once (LeadersOf keeps each state's terms for its next
// call, a megabyte for every state's).
func (z *Gazetteer) EachLeaderTerm(f func(state string, h Holder)) {
	for _, n := range z.States() {
		for _, h := range z.leaderTermsKept(n.ID, false) {
			f(n.ID, h)
		}
	}
}

// leaderTerms is LeadersOf, not to be changed: the root layer's are made
// once per state.
func (z *Gazetteer) leaderTerms(state string) []Holder { return z.leaderTermsKept(state, true) }

// leaderTermsKept is leaderTerms, which keeps the root layer's terms for
// the next call only when keep is set.
func (z *Gazetteer) leaderTermsKept(state string, keep bool) []Holder {
	overlay := false
	for g := z; g.parent != nil; g = g.parent {
		for _, e := range g.ents {
			overlay = overlay || e.Node.Kind == graph.KindLeader || e.Node.Kind == graph.KindParty
		}
	}
	if overlay || z.hist == nil {
		return z.collectTerms(state)
	}
	r := z.root()
	r.hist.termsMu.Lock()
	defer r.hist.termsMu.Unlock()
	if t, ok := r.hist.terms[state]; ok {
		return t
	}
	t := r.collectTerms(state)
	if !keep {
		return t
	}
	if r.hist.terms == nil {
		r.hist.terms = map[string][]Holder{}
	}
	r.hist.terms[state] = t
	return t
}

func (z *Gazetteer) collectTerms(state string) []Holder {
	var out []Holder
	seen := map[string]bool{}
	add := func(e *entry) {
		if seen[e.Node.ID] || e.rank < rankHead {
			return
		}
		seen[e.Node.ID] = true
		for _, r := range e.Roles {
			of := z.entry(r.Of)
			if of == nil || r.Of != state && of.Node.State != state {
				continue
			}
			out = append(out, Holder{ID: e.Node.ID, Name: e.Node.Name, Title: r.Title, Of: r.Of, Span: r.Span(), Source: r.Source})
		}
	}
	for g := z; g.parent != nil; g = g.parent {
		for id, e := range g.ents {
			if e.Node.Kind == graph.KindLeader {
				add(z.entry(id))
			}
		}
	}
	for _, e := range z.root().leadersOf(state) {
		add(z.entry(e.Node.ID))
	}
	sort.SliceStable(out, func(i, j int) bool {
		if c := out[i].Span.Start.Compare(out[j].Span.Start); c != 0 {
			return c < 0
		}
		return out[i].ID < out[j].ID
	})
	return out
}

// leadersOf is the root layer's index of leaders by the states they led.
func (z *Gazetteer) leadersOf(state string) []*entry {
	h := z.hist
	if h == nil {
		return nil
	}
	h.leadersOnce.Do(func() {
		h.leadersOf = map[string][]*entry{}
		for _, e := range z.ents {
			if e.Node.Kind != graph.KindLeader || e.rank < rankHead {
				continue
			}
			seen := map[string]bool{}
			for _, r := range e.Roles {
				st := r.Of
				if o := z.ents[r.Of]; o != nil && o.Node.Kind == graph.KindParty {
					st = o.Node.State
				}
				if !seen[st] {
					seen[st] = true
					h.leadersOf[st] = append(h.leadersOf[st], e)
				}
			}
		}
	})
	return h.leadersOf[state]
}

// RulingOf returns the rules of state by its parties, by start; the
// family given is the party's (see ProfileOn for the family on a date).
func (z *Gazetteer) RulingOf(state string) []Ruling {
	var out []Ruling
	for _, p := range z.partiesOf(state) {
		for _, t := range p.Rules {
			if t.State(p.Node.State) == state {
				out = append(out, Ruling{ID: p.Node.ID, Name: p.Node.Name, Family: p.Node.Ideology, FamilySource: p.familySrc, Span: t.Span(), Source: t.Source})
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Span.Start.Compare(out[j].Span.Start) < 0 })
	return out
}

// PartyFamilies returns the families a party had, with their spans and
// sources: one open span for a party of one family.
func (z *Gazetteer) PartyFamilies(id string) []Fact {
	e := z.entry(id)
	if e == nil || e.Node.Kind != graph.KindParty {
		return nil
	}
	if len(e.families) > 0 {
		return append([]Fact(nil), e.families...)
	}
	if e.Node.Ideology == "" {
		return nil
	}
	return []Fact{{Value: e.Node.Ideology, Source: e.familySrc}}
}

// Last years the reference files record terms of office for: a term one
// of them leaves open was held when it ends, and is not known to be held
// after. CountryInfo.120116 lists governments to February 2011 (updated in
// January 2012; people_leaders.csv was taken from it), as the build's
// openKnownUntil says; Herre's file codes 1945–2020.
const (
	CountryInfoDataEnd = 2011
	HerreDataEnd       = 2020
)

// DataEnd is the last year source records terms of office for, 0 for a
// source kept up to date (curated.yaml, checked against current office
// holders) or a facts file's own.
func DataEnd(source string) int {
	switch {
	case strings.HasPrefix(source, "CountryInfo.120116.txt"), strings.HasPrefix(source, "people_leaders.csv"):
		return CountryInfoDataEnd
	case strings.HasPrefix(source, "Herre 2023"):
		return HerreDataEnd
	}
	return 0
}

// LastRecorded returns the last year of its source's data when h's term
// is left open by a source that ends before the span s ends (or s is open):
// the holder was last recorded in office then, not known to be in office
// in s. 0 otherwise.
func (h Holder) LastRecorded(s graph.Span) int {
	end := DataEnd(h.Source)
	if end == 0 || !h.Span.End.IsZero() || !s.End.IsZero() && s.End.Year <= end {
		return 0
	}
	return end
}
