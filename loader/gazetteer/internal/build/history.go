package build

import (
	"fmt"
	"sort"

	"github.com/blocgraph/blocgraph/graph"
)

// Historical states, dated names and the Correlates of War codes.
//
// A historical state (East Germany, the Soviet Union) is a state of its own
// with its dates and successors, from curated.yaml: the reference files
// give no dates (COW-country-codes.csv lists codes and names only). Its id
// is its ISO 3166-3 alpha-3 code where it has one (DDR, SUN, CSK, YUG, SCG,
// YMD, VDR), else its COW letter code (RVN, ZAN).
//
// A "continued" successor is the same state under another name, as COW
// counts it (one state code: 365 is the Soviet Union, then Russia): the
// reference files' roles of the successor before the date belong to the
// predecessor, and are moved there (split at the date), but for the roles
// role_moves keeps. Other roles filed under the wrong state by the sources
// (CountryInfo files East German leaders under DEU) are moved by role_moves.

type history struct {
	id       string
	from, to graph.Date
	src      string
}

type succession struct {
	from, to, kind string
	date           graph.Date
	partFrom       graph.Date // the day the successor became part of from, when later than from began
}

// union is a span on which state was part of a union that state in
// carried on (Syria in Egypt's United Arab Republic).
type union struct {
	state, in, name string
	from, to        graph.Date
	src             string
}

// indep is the day a state of today became a state (curated.yaml
// independence), checked against the year Herre's file first lists it.
type indep struct {
	state string
	date  graph.Date
	said  string
	src   string
}

type datedName struct {
	state, name string
	capital     bool
	shown       bool // the state's name on its dates
	always      bool // … and a name of the state at every date: shown only
	shared      bool // a name of another state at every date, ambiguous on these dates
	from, to    graph.Date
	src         string
}

// cowSpell is a COW code standing for a gazetteer state over a span (zero
// ends open); state "" is a COW state the gazetteer does not hold.
type cowSpell struct {
	code     string
	num      int
	name     string // COW's name
	state    string
	from, to graph.Date
}

// buildHistorical adds the historical states of curated.yaml to b.states,
// with their dates and successors, and checks the dated names.
func (b *builder) buildHistorical() error {
	for _, h := range b.cur.Historical {
		if b.states[h.ID] != nil {
			return fmt.Errorf("curated.yaml historical_states: %s is already a state (ISO 3166-1)", h.ID)
		}
		ns := newNameSet()
		s := &state{id: h.ID, name: h.Name, capital: h.Capital, independent: true}
		ns.add(h.Name)
		s.aliases = ns.add(h.Aliases...)
		s.demonyms = ns.add(h.Demonyms...)
		s.capitals = ns.add(h.Capitals...)
		b.states[h.ID] = s
		b.history = append(b.history, history{h.ID, h.From, h.To, "curated.yaml: " + h.Source})
	}
	for _, h := range b.cur.Historical {
		for _, su := range h.Successors {
			if b.states[su.State] == nil {
				return fmt.Errorf("curated.yaml historical_states: %s: successor %s is no state", h.ID, su.State)
			}
			if !su.PartFrom.IsZero() && (su.Kind != "seceded" || !su.PartFrom.Start().After(h.From.Start()) || !su.PartFrom.Start().Before(su.Date.Start())) {
				return fmt.Errorf("curated.yaml historical_states %s: %s part_from %s: only for a seceded successor, within the state's dates and before the secession", h.ID, su.State, su.PartFrom)
			}
			b.successions = append(b.successions, succession{h.ID, su.State, su.Kind, su.Date, su.PartFrom})
		}
	}
	for _, x := range b.cur.Extra {
		if b.states[x.PartOf] == nil {
			return fmt.Errorf("curated.yaml extra_states: %s: part_of %s is no state", x.ID, x.PartOf)
		}
		b.successions = append(b.successions, succession{x.PartOf, x.ID, "seceded", x.From, graph.Date{}})
	}
	for _, x := range b.cur.Secessions {
		if b.states[x.State] == nil || b.states[x.From] == nil || x.Date.IsZero() || x.Source == "" {
			return fmt.Errorf("curated.yaml secessions: %s from %s on %s: both must be states, with a date and a source", x.State, x.From, x.Date)
		}
		b.successions = append(b.successions, succession{x.From, x.State, "seceded", x.Date, graph.Date{}})
	}
	// A name of a historical state that another state also has would make
	// it ambiguous at every date: say so.
	owners := map[string][]string{}
	for _, id := range sortedKeys(b.states) {
		s := b.states[id]
		for _, n := range concat([]string{s.name}, s.aliases, s.demonyms, s.capitals) {
			owners[graph.Fold(n)] = append(owners[graph.Fold(n)], id)
		}
	}
	for _, h := range b.cur.Historical {
		s := b.states[h.ID]
		for _, n := range concat([]string{s.name}, s.aliases, s.capitals) {
			if o := owners[graph.Fold(n)]; len(o) > 1 {
				return fmt.Errorf("curated.yaml historical_states: %s: name %q is also a name of %v", h.ID, n, o)
			}
		}
	}
	for _, u := range b.cur.Unions {
		if b.states[u.State] == nil || b.states[u.In] == nil {
			return fmt.Errorf("curated.yaml unions: %s in %s: both must be states", u.State, u.In)
		}
		b.unions = append(b.unions, union{u.State, u.In, u.Name, u.From, u.To, "curated.yaml: " + u.Source})
	}
	seen := map[string]bool{}
	for _, x := range b.cur.Indep {
		if b.states[x.State] == nil || seen[x.State] {
			return fmt.Errorf("curated.yaml independence: %s is no state, or listed twice", x.State)
		}
		if _, hist := b.historyOf(x.State); hist || b.succeeded(x.State) {
			return fmt.Errorf("curated.yaml independence: %s has dates or a predecessor already (historical_states, secessions)", x.State)
		}
		seen[x.State] = true
		b.indep = append(b.indep, indep{x.State, x.Date, x.Said, "curated.yaml: " + x.Source})
	}
	for _, d := range b.cur.DatedNames {
		if b.states[d.State] == nil {
			return fmt.Errorf("curated.yaml dated_names: %s of %q is no state", d.Name, d.State)
		}
		o := owners[graph.Fold(d.Name)]
		always := d.Shown && len(o) == 1 && o[0] == d.State
		if d.Shared && (len(o) != 1 || o[0] == d.State) {
			return fmt.Errorf("curated.yaml dated_names: %s is shared by %s but is not one other state's name at every date (%v)", d.Name, d.State, o)
		}
		if len(o) > 0 && !always && !d.Shared {
			return fmt.Errorf("curated.yaml dated_names: %s is already a name of %v at every date", d.Name, o)
		}
		b.datedNames = append(b.datedNames, datedName{d.State, d.Name, d.Capital, d.Shown, always, d.Shared, d.From, d.To, "curated.yaml: " + d.Source})
	}
	sort.Slice(b.history, func(i, j int) bool { return b.history[i].id < b.history[j].id })
	sort.SliceStable(b.successions, func(i, j int) bool {
		x, y := b.successions[i], b.successions[j]
		if x.from != y.from {
			return x.from < y.from
		}
		return x.to < y.to
	})
	return nil
}

// historyOf returns the dates of a historical state; ok is false for the
// states of today.
func (b *builder) historyOf(id string) (history, bool) {
	i := sort.Search(len(b.history), func(i int) bool { return b.history[i].id >= id })
	if i < len(b.history) && b.history[i].id == id {
		return b.history[i], true
	}
	return history{}, false
}

// moveRoles files the reference files' roles under the state they were
// held in: roles of a state before the date it continued another are the
// predecessor's (split at the date), unless role_moves keeps them; and
// role_moves moves the roles of the leaders it names, within the target's
// dates.
func (b *builder) moveRoles() error {
	type key struct{ leader, from string }
	moves := map[key]curatedMove{}
	for _, m := range b.cur.Moves {
		if b.states[m.From] == nil || b.states[m.To] == nil {
			return fmt.Errorf("curated.yaml role_moves: %s: %s → %s: no such state", m.Leader, m.From, m.To)
		}
		moves[key{m.Leader, m.From}] = m
	}
	used := map[key]bool{}
	cont := map[string]succession{} // successor → the link it continues
	for _, s := range b.successions {
		if s.kind == "continued" {
			cont[s.to] = s
		}
	}
	for _, l := range b.leaders {
		if l.rank == 2 {
			continue // curated roles are filed as curated
		}
		var out []role
		for _, ro := range l.roles {
			m, moved := moves[key{l.id, ro.of}]
			if moved {
				used[key{l.id, ro.of}] = true
				if m.To == ro.of {
					out = append(out, ro)
					continue
				}
				h, ok := b.historyOf(m.To)
				if !ok {
					ro.of = m.To
					out = append(out, ro)
					continue
				}
				in := clip(ro, h.from, h.to)
				if in == nil {
					out = append(out, ro)
					continue
				}
				in.of = m.To
				out = append(out, *in)
				continue
			}
			c, ok := cont[ro.of]
			if !ok || ro.from.IsZero() || ro.from.Compare(c.date) >= 0 {
				out = append(out, ro)
				continue
			}
			before, after := ro, ro
			before.of = c.from
			switch {
			case ro.to.IsZero() || ro.to.Start().After(c.date.End()):
				before.to, before.open = addDays(c.date, -1), false
				after.from = c.date
				out = append(out, before, after)
			case ro.to.Compare(c.date) == 0:
				before.to = addDays(c.date, -1) // ended the day the successor began
				out = append(out, before)
			default:
				out = append(out, before)
			}
		}
		l.roles = out
	}
	for k := range moves {
		if !used[k] {
			return fmt.Errorf("curated.yaml role_moves: leader %s has no role of %s", k.leader, k.from)
		}
	}
	return nil
}

// clip returns the part of ro within [from, to], or nil.
func clip(ro role, from, to graph.Date) *role {
	sp := graph.Span{Start: ro.from, End: ro.to}
	if !sp.Overlaps(graph.Span{Start: from, End: to}) {
		return nil
	}
	if !from.IsZero() && (ro.from.IsZero() || ro.from.Compare(from) < 0) {
		ro.from = from
	}
	if !to.IsZero() && (ro.to.IsZero() || ro.to.Start().After(to.End())) {
		ro.to, ro.open = to, false
	}
	return &ro
}

// addDays moves a day-precision date by n days; other dates stay.
func addDays(d graph.Date, n int) graph.Date {
	if d.Precision != graph.PrecisionDay {
		return d
	}
	return graph.DateOf(d.Start().AddDate(0, 0, n))
}

// succeeded reports whether a succession made st what it is (a part of a
// historical state, a state that seceded, one that continued another).
func (b *builder) succeeded(st string) bool {
	for _, su := range b.successions {
		if su.to == st && (su.kind == "seceded" || su.kind == "dissolved" || su.kind == "continued") {
			return true
		}
	}
	return false
}

// checkIndependence ties the curated days of independence to Herre's file,
// the reference data that date states: a state it first lists after 1945
// (on 31 December of that year) must have a day of independence, dates or
// a predecessor of its own, or be a state before 1945 that the file lists
// late (states_before_1945: Germany from 1949, as West Germany); and no state can have become independent
// before the year the file first lists it, when that is after 1945 (the
// file lists some colonies before independence: Kuwait from 1950).
func (b *builder) checkIndependence(first map[string]int) error {
	has := map[string]graph.Date{}
	for _, x := range b.indep {
		has[x.state] = x.date
	}
	for _, st := range sortedKeys(first) {
		y := first[st]
		if y <= 1945 {
			continue
		}
		d, ok := has[st]
		_, hist := b.historyOf(st)
		switch {
		case ok && d.Year < y:
			return fmt.Errorf("curated.yaml independence: %s on %s, but %s first lists it in %d", st, d, herreFile, y)
		case !ok && !hist && !b.succeeded(st) && b.cur.Before1945[st] == "":
			return fmt.Errorf("%s first lists %s in %d: give the day it became a state in curated.yaml independence", herreFile, st, y)
		}
	}
	return nil
}
