package main

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/loader/gazetteer"
	"github.com/urfave/cli/v2"
)

func statesCommand() *cli.Command {
	return &cli.Command{
		Name:      "states",
		Usage:     "what the built-in gazetteer knows of a state over time: names, dates, successors, COW codes, regime, ideology, ruling parties and leaders, with sources",
		ArgsUsage: "[STATE...]",
		Description: "STATE is any name or code the gazetteer resolves: \"East Germany\", DDR, GDR (a COW code),\n" +
			"\"COW 265\". With --at, names resolve on that date (\"Russia\" in 1975 is the Soviet Union)\n" +
			"and only that date's regime, ideology, ruling parties and office holders are shown; where\n" +
			"none is recorded on the date, the last known before it and the first after, with dates.\n" +
			"--since and --until keep what overlaps that span. With no STATE, every state is listed,\n" +
			"historical ones with their dates and successors; with --at, --since or --until only the\n" +
			"states of that time, each under its name then (West Germany, Ceylon in 1960): no United\n" +
			"Arab Emirates before 1971-12-02, no Syria while it was part of the United Arab Republic.\n" +
			"KIND says what each entry is: a state, a partly recognised state (Kosovo, Taiwan, Palestine),\n" +
			"or no sovereign state (a dependency such as Aruba, an associated state, a disputed territory)." + examples(
			"states --at 1975 'East Germany'",
			"states --since 2015 Cuba",
			"states --format json --at 2021 PRK",
			"states"),
		Flags: []cli.Flag{
			formatFlag("table", "table", "json"),
			&cli.StringFlag{Name: "at", Usage: "resolve the names, and show what held, on this `DATE` (YYYY, YYYY-MM or YYYY-MM-DD)"},
			&cli.StringFlag{Name: "since", Usage: "show what held on or after this `DATE`"},
			&cli.StringFlag{Name: "until", Usage: "show what held on or before this `DATE`"},
		},
		Action: func(c *cli.Context) error {
			format, err := checkFormat(c, "table", "json")
			if err != nil {
				return err
			}
			at, err := graph.ParseDate(c.String("at"))
			if err != nil {
				return usageError("--at %v", err)
			}
			window, err := graph.ParseSpan(c.String("since") + "/" + c.String("until"))
			if err != nil {
				return usageError("--since/--until: %v", err)
			}
			if !at.IsZero() {
				if !window.IsZero() {
					return usageError("--at shows one date: give it, or --since/--until, not both")
				}
				window = graph.SpanOf(at)
			}
			z := gazetteer.Default()
			if c.NArg() == 0 {
				return writeStateList(c, z, format, window)
			}
			var views []stateView
			for _, name := range c.Args().Slice() {
				e, err := z.ResolveState(name, at)
				if err != nil {
					return fmt.Errorf("states: %v", err)
				}
				if e.Node.Kind != graph.KindState {
					return usageError("%q is a %s (%s), not a state; name a state, e.g. blocgraph states PRK", name, strings.ToLower(string(e.Node.Kind)), e.Node.ID)
				}
				views = append(views, viewState(z, e, window))
			}
			if format == "json" {
				enc := json.NewEncoder(dataWriter(c))
				enc.SetIndent("", "  ")
				return enc.Encode(views)
			}
			for i, v := range views {
				if i > 0 {
					fmt.Fprintln(c.App.Writer)
				}
				writeStateView(c.App.Writer, v, at)
			}
			return nil
		},
	}
}

// stateView is what `states` shows of one state: its JSON form too.
type stateView struct {
	ID          string   `json:"id"`
	Name        string   `json:"name"`
	NameThen    string   `json:"name_then,omitempty"` // with --at: the state's name on that date, when not Name (Ceylon in 1960)
	Aliases     []string `json:"aliases,omitempty"`
	Demonyms    []string `json:"demonyms,omitempty"`
	Capital     string   `json:"capital,omitempty"`
	From        string   `json:"from,omitempty"`   // historical states, and those that became states after 1945
	Became      string   `json:"became,omitempty"` // what happened on From: "became independent"
	To          string   `json:"to,omitempty"`
	DatesSource string   `json:"dates_source,omitempty"`
	// Standing is what it is when no sovereign state all others recognise:
	// "partly recognised state", "dependency", "associated state",
	// "disputed territory", "no state"; empty for a state.
	Standing       string       `json:"standing,omitempty"`
	StandingWords  string       `json:"standing_words,omitempty"`
	Note           string       `json:"note,omitempty"` // what is contested, in words
	StandingSource string       `json:"standing_source,omitempty"`
	Unions         []unionView  `json:"unions,omitempty"` // spans on which it was part of a union, no state
	Predecessors   []linkView   `json:"predecessors,omitempty"`
	Successors     []linkView   `json:"successors,omitempty"`
	Names          []nameView   `json:"dated_names,omitempty"`
	COW            []cowView    `json:"cow,omitempty"`
	Regime         []factView   `json:"regime"`
	Economic       []factView   `json:"economic"`
	Parties        []partyView  `json:"parties"`
	Leaders        []leaderView `json:"leaders"`
	// Gaps, with --at: what the gazetteer records of no regime, ideology,
	// ruling party or office holder on that date, with the last value
	// before it and the first after.
	Gaps []gapView `json:"gaps,omitempty"`
}

// gapView says that nothing of one kind is recorded on a date, and what is
// the nearest before and after it.
type gapView struct {
	What string    `json:"what"` // "regime", "ideology", "ruling party", "office holder"
	On   string    `json:"on"`
	Last *factView `json:"last,omitempty"` // the last known before On; nil: none
	Next *factView `json:"next,omitempty"` // the first known after On; nil: none
}

// nearest returns the span among spans that ends last before at and the
// one that starts first after it (index -1 for none).
func nearest(spans []graph.Span, at graph.Date) (last, next int) {
	last, next = -1, -1
	for i, s := range spans {
		if !s.End.IsZero() && s.End.End().Before(at.Start()) {
			if last < 0 || s.End.End().After(spans[last].End.End()) {
				last = i
			}
		}
		if !s.Start.IsZero() && s.Start.Start().After(at.End()) {
			if next < 0 || s.Start.Start().Before(spans[next].Start.Start()) {
				next = i
			}
		}
	}
	return last, next
}

// gapOf is the gap of kind what on at, given every span and value of the
// kind the gazetteer records for the state.
func gapOf(what string, at graph.Date, spans []graph.Span, view func(i int) factView) gapView {
	g := gapView{What: what, On: at.String()}
	last, next := nearest(spans, at)
	if last >= 0 {
		v := view(last)
		g.Last = &v
	}
	if next >= 0 {
		v := view(next)
		g.Next = &v
	}
	return g
}

type unionView struct {
	Name   string `json:"name"` // United Arab Republic
	In     string `json:"in"`   // the state that carried it on: EGY
	InName string `json:"in_name"`
	From   string `json:"from"`
	To     string `json:"to"`
	Source string `json:"source"`
}

type linkView struct {
	State  string `json:"state"`
	Name   string `json:"name"`
	Kind   string `json:"kind"`
	Date   string `json:"date"`
	Source string `json:"source"`
	// PartFrom is the day a state that seceded had become part of the
	// one it left, when after that one began: the Baltic states, admitted
	// to the Soviet Union in 1940.
	PartFrom string `json:"part_from,omitempty"`
}

type nameView struct {
	Name    string `json:"name"`
	Capital bool   `json:"capital,omitempty"`
	Shared  bool   `json:"shared,omitempty"` // another state's name too on those dates: refused as ambiguous then
	From    string `json:"from,omitempty"`
	To      string `json:"to,omitempty"`
	Source  string `json:"source"`
}

type cowView struct {
	Letters string `json:"letters"`
	Number  int    `json:"number"`
	Name    string `json:"name"`
	From    string `json:"from,omitempty"`
	To      string `json:"to,omitempty"`
	Source  string `json:"source"`
}

type factView struct {
	Value  string `json:"value"`
	From   string `json:"from,omitempty"`
	To     string `json:"to,omitempty"`
	Source string `json:"source"`
}

type partyView struct {
	ID           string `json:"id"`
	Name         string `json:"name"`
	Family       string `json:"family"` // "" unknown
	FamilySource string `json:"family_source,omitempty"`
	From         string `json:"from,omitempty"`
	To           string `json:"to,omitempty"`
	Source       string `json:"source,omitempty"` // of the years of rule
}

type leaderView struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	Title  string `json:"title"`
	Of     string `json:"of"` // the state, or its party
	From   string `json:"from,omitempty"`
	To     string `json:"to,omitempty"`
	Source string `json:"source,omitempty"`
	// LastRecorded is the last year of the source's data when it left the
	// term open and the window reaches past it: the holder was in office
	// when the source ends, not known to be after.
	LastRecorded int `json:"last_recorded_data_end,omitempty"`
}

// viewState gathers what the gazetteer knows of state e over window.
func viewState(z *gazetteer.Gazetteer, e gazetteer.Entity, window graph.Span) stateView {
	n := e.Node
	v := stateView{ID: n.ID, Name: n.Name, Aliases: n.Aliases, Demonyms: n.Demonyms, Capital: n.Capital,
		Regime: []factView{}, Economic: []factView{}, Parties: []partyView{}, Leaders: []leaderView{}}
	h, _ := z.History(n.ID)
	if h.Historical() {
		v.From, v.To, v.DatesSource = h.Span.Start.String(), h.Span.End.String(), h.Source
	} else if x := h.Independent; !x.Date.IsZero() {
		v.From, v.Became, v.DatesSource = x.Date.String(), x.Words(), x.Source
	}
	name := func(id string) string {
		if x, ok := z.Entity(id); ok {
			return x.Node.Name
		}
		return id
	}
	if !window.IsZero() && window.Start == window.End {
		if then, ok := z.NameOn(n.ID, window.Start); ok && then != n.Name {
			v.NameThen = then
		}
	}
	st := h.Standing
	v.Standing, v.StandingWords, v.Note, v.StandingSource = st.Kind, st.Words, st.Note, st.Source
	for _, u := range h.Unions {
		v.Unions = append(v.Unions, unionView{u.Name, u.In, name(u.In), u.Span.Start.String(), u.Span.End.String(), u.Source})
	}
	for _, s := range h.Before {
		v.Predecessors = append(v.Predecessors, linkView{s.From, name(s.From), s.Kind, s.Date.String(), s.Source, s.PartFrom.String()})
	}
	for _, s := range h.After {
		v.Successors = append(v.Successors, linkView{s.To, name(s.To), s.Kind, s.Date.String(), s.Source, ""})
	}
	// The continuing state first, then by date and name.
	sort.SliceStable(v.Successors, func(i, j int) bool {
		a, b := v.Successors[i], v.Successors[j]
		if (a.Kind == gazetteer.Continued) != (b.Kind == gazetteer.Continued) {
			return a.Kind == gazetteer.Continued
		}
		if a.Date != b.Date {
			return a.Date < b.Date
		}
		return a.Name < b.Name
	})
	for _, d := range h.Names {
		v.Names = append(v.Names, nameView{d.Name, d.Capital, d.Shared, d.Span.Start.String(), d.Span.End.String(), d.Source})
	}
	for _, c := range h.COW {
		v.COW = append(v.COW, cowView{c.Letters, c.Number, c.Name, c.Span.Start.String(), c.Span.End.String(), c.Source})
	}
	for _, kind := range []string{gazetteer.FactRegime, gazetteer.FactEconomic} {
		for _, f := range z.Facts(n.ID, kind) {
			if !f.Span.Overlaps(window) {
				continue
			}
			fv := factView{f.Value, f.Span.Start.String(), f.Span.End.String(), f.Source}
			if kind == gazetteer.FactRegime {
				v.Regime = append(v.Regime, fv)
			} else {
				v.Economic = append(v.Economic, fv)
			}
		}
	}
	for _, r := range z.RulingOf(n.ID) {
		if !r.Span.Overlaps(window) {
			continue
		}
		// A party whose family changed shows the family of each span.
		fams := z.PartyFamilies(r.ID)
		if len(fams) <= 1 {
			v.Parties = append(v.Parties, partyView{r.ID, r.Name, r.Family, r.FamilySource, r.Span.Start.String(), r.Span.End.String(), r.Source})
			continue
		}
		for _, f := range fams {
			if !f.Span.Overlaps(r.Span) {
				continue
			}
			part := r.Span
			if f.Span.Start.Compare(part.Start) > 0 {
				part.Start = f.Span.Start
			}
			if !f.Span.End.IsZero() && (part.End.IsZero() || f.Span.End.Compare(part.End) < 0) {
				part.End = f.Span.End
			}
			v.Parties = append(v.Parties, partyView{r.ID, r.Name, f.Value, f.Source, part.Start.String(), part.End.String(), r.Source})
		}
	}
	for _, l := range z.LeadersOf(n.ID) {
		if !l.Span.Overlaps(window) {
			continue
		}
		v.Leaders = append(v.Leaders, leaderView{l.ID, l.Name, l.Title, l.Of, l.Span.Start.String(), l.Span.End.String(), l.Source, l.LastRecorded(window)})
	}
	if !window.IsZero() && window.Start == window.End {
		v.Gaps = gapsOn(z, n.ID, window.Start, v)
	}
	return v
}

// gapsOn lists what v, the view of state on date at, holds nothing of.
func gapsOn(z *gazetteer.Gazetteer, state string, at graph.Date, v stateView) []gapView {
	var gaps []gapView
	facts := func(what, kind string) {
		fs := z.Facts(state, kind)
		spans := make([]graph.Span, len(fs))
		for i, f := range fs {
			spans[i] = f.Span
		}
		gaps = append(gaps, gapOf(what, at, spans, func(i int) factView {
			return factView{fs[i].Value, fs[i].Span.Start.String(), fs[i].Span.End.String(), fs[i].Source}
		}))
	}
	if len(v.Regime) == 0 {
		facts("regime", gazetteer.FactRegime)
	}
	if len(v.Economic) == 0 {
		facts("ideology", gazetteer.FactEconomic)
	}
	if len(v.Parties) == 0 {
		rs := z.RulingOf(state)
		spans := make([]graph.Span, len(rs))
		for i, r := range rs {
			spans[i] = r.Span
		}
		gaps = append(gaps, gapOf("ruling party", at, spans, func(i int) factView {
			return factView{Value: rs[i].Name, From: rs[i].Span.Start.String(), To: rs[i].Span.End.String(), Source: rs[i].Source}
		}))
	}
	if len(v.Leaders) == 0 {
		ls := z.LeadersOf(state)
		spans := make([]graph.Span, len(ls))
		for i, l := range ls {
			spans[i] = l.Span
		}
		gaps = append(gaps, gapOf("office holder", at, spans, func(i int) factView {
			return factView{ls[i].Name + ", " + ls[i].Title, ls[i].Span.Start.String(), ls[i].Span.End.String(), ls[i].Source}
		}))
	}
	return gaps
}

// gapWords says a gap in words: "no ideology recorded on 2021-06-01; last
// known: left from 1959 until 2020-12-31 [4]; next: none".
func gapWords(g gapView, notes *sourceNotes) string {
	value := func(f *factView) string {
		if f == nil {
			return "none"
		}
		s := f.Value
		if f.From != "" {
			s += " from " + f.From
		}
		if f.To != "" {
			to := graph.MustDate(f.To)
			s += " until " + graph.DateOf(to.End()).String()
		}
		if f.Source != "" {
			s += " " + notes.ref(f.Source)
		}
		return s
	}
	if g.Last == nil && g.Next == nil {
		return fmt.Sprintf("unknown: no %s recorded at any date", g.What)
	}
	return fmt.Sprintf("no %s recorded on %s; last known: %s; next: %s", g.What, g.On, value(g.Last), value(g.Next))
}

// linkWords says what a succession was, seen from the predecessor (after)
// or the successor: "continued as Russia (RUS)", "Estonia (EST) seceded".
func linkWords(l linkView, after bool) string {
	const one = " (one state, as COW counts it)"
	words := map[string][2]string{ // kind → {seen from the predecessor, from the successor}; %s the other state
		gazetteer.Continued: {"continued as %s" + one, "continues %s" + one},
		gazetteer.Absorbed:  {"became part of %s", "absorbed %s"},
		gazetteer.Merged:    {"merged into %s", "%s merged into it"},
		gazetteer.Dissolved: {"dissolved; %s one of its parts", "one of the parts of %s"},
		gazetteer.Seceded:   {"%s seceded", "independent of %s"},
	}
	w, ok := words[l.Kind]
	if !ok {
		w = [2]string{l.Kind + " %s", l.Kind + " %s"}
	}
	side := w[1]
	if after {
		side = w[0]
	}
	return fmt.Sprintf(side, fmt.Sprintf("%s (%s)", l.Name, l.State))
}

// sourceNotes numbers the sources of a table: "[1]", listed at the end.
type sourceNotes struct {
	no   map[string]int
	list []string
}

func (s *sourceNotes) ref(src string) string {
	if src == "" {
		return "-"
	}
	if s.no == nil {
		s.no = map[string]int{}
	}
	n, ok := s.no[src]
	if !ok {
		s.list = append(s.list, src)
		n = len(s.list)
		s.no[src] = n
	}
	return fmt.Sprintf("[%d]", n)
}

// wrapIndent breaks text into lines of about 100 characters at spaces,
// each line after the first indented two more than indent.
func wrapIndent(text, indent string) string {
	const width = 100
	var sb strings.Builder
	line := indent
	for i, word := range strings.Fields(text) {
		if i > 0 && len(line)+1+len(word) > width {
			sb.WriteString(line)
			sb.WriteByte('\n')
			line = indent + "  " + word
			continue
		}
		if i > 0 {
			line += " "
		}
		line += word
	}
	sb.WriteString(line)
	return sb.String()
}

func orDots(s string) string {
	if s == "" {
		return ".."
	}
	return s
}

func writeStateView(w io.Writer, v stateView, at graph.Date) {
	var notes sourceNotes
	head := fmt.Sprintf("%s (%s)", v.Name, v.ID)
	if v.NameThen != "" {
		head = fmt.Sprintf("%s (%s; today %s)", v.NameThen, v.ID, v.Name)
	}
	switch {
	case v.Became != "":
		head += fmt.Sprintf(": %s on %s %s", v.Became, v.From, notes.ref(v.DatesSource))
	case v.From != "":
		head += fmt.Sprintf(": a state from %s to %s %s", v.From, v.To, notes.ref(v.DatesSource))
	}
	if !at.IsZero() {
		head += ", on " + at.String()
	}
	fmt.Fprintln(w, head)
	if len(v.Aliases) > 0 {
		fmt.Fprintf(w, "  also: %s\n", strings.Join(v.Aliases, ", "))
	}
	switch v.Standing {
	case "":
	case gazetteer.StandingPartly:
		fmt.Fprintf(w, "%s\n", wrapIndent(v.StandingWords+" "+notes.ref(v.StandingSource), "  "))
	default:
		fmt.Fprintf(w, "%s\n", wrapIndent("not a sovereign state ("+v.Standing+"): "+v.StandingWords+" "+notes.ref(v.StandingSource), "  "))
	}
	if v.Note != "" {
		ref := ""
		if v.Standing == "" {
			ref = " " + notes.ref(v.StandingSource)
		}
		fmt.Fprintf(w, "%s\n", wrapIndent("note: "+v.Note+ref, "  "))
	}
	for _, u := range v.Unions {
		fmt.Fprintf(w, "  %s to %s: part of the %s with %s (%s), no state then %s\n", u.From, u.To, u.Name, u.InName, u.In, notes.ref(u.Source))
	}
	for _, p := range v.Predecessors {
		if p.PartFrom != "" {
			// the day before it seceded: its last day as a part
			last := graph.DateOf(graph.MustDate(p.Date).Start().AddDate(0, 0, -1))
			fmt.Fprintf(w, "  %s to %s: part of the %s (%s) by its annexation, as the Correlates of War count it; no state then %s\n", p.PartFrom, last, p.Name, p.State, notes.ref(p.Source))
		}
		fmt.Fprintf(w, "  %s: %s %s\n", p.Date, linkWords(p, false), notes.ref(p.Source))
	}
	for _, s := range v.Successors {
		fmt.Fprintf(w, "  %s: %s %s\n", s.Date, linkWords(s, true), notes.ref(s.Source))
	}
	for _, d := range v.Names {
		what := "named"
		if d.Capital {
			what = "capital"
		}
		if d.Shared {
			fmt.Fprintf(w, "  named %s too from %s to %s, a name two states bore then: refused as ambiguous on those dates %s\n", d.Name, orDots(d.From), orDots(d.To), notes.ref(d.Source))
			continue
		}
		fmt.Fprintf(w, "  %s %s from %s to %s %s\n", what, d.Name, orDots(d.From), orDots(d.To), notes.ref(d.Source))
	}
	if len(v.COW) > 0 {
		var cs []string
		for _, c := range v.COW {
			s := fmt.Sprintf("%s %d", c.Letters, c.Number)
			if c.From != "" || c.To != "" {
				s += fmt.Sprintf(" from %s to %s", orDots(c.From), orDots(c.To))
			}
			cs = append(cs, s)
		}
		fmt.Fprintf(w, "  COW codes: %s %s\n", strings.Join(cs, "; "), notes.ref(v.COW[0].Source))
	}
	tw := newTable(w, 0)
	section := func(title string) { fmt.Fprintf(tw, "\n%s\n", title) }
	// unknown is the line of a section with nothing on the date: the gap
	// in words with --at, else "unknown".
	unknown := func(what string) {
		for _, g := range v.Gaps {
			if g.What == what {
				// one cell, not cut into columns: tabwriter ignores a line
				// without tabs for the widths
				fmt.Fprintln(tw, gapWords(g, &notes))
				return
			}
		}
		fmt.Fprintln(tw, "unknown")
	}
	for _, sec := range []struct {
		title, what string
		facts       []factView
	}{{"REGIME", "regime", v.Regime}, {"ECONOMIC IDEOLOGY OF THE LEADER", "ideology", v.Economic}} {
		section(sec.title + "\tFROM\tTO\tSOURCE")
		if len(sec.facts) == 0 {
			unknown(sec.what)
		}
		for _, f := range sec.facts {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", f.Value, orDots(f.From), orDots(f.To), notes.ref(f.Source))
		}
	}
	section("RULING PARTY\tFROM\tTO\tSOURCE\tFAMILY\tSOURCE OF THE FAMILY")
	if len(v.Parties) == 0 {
		unknown("ruling party")
	}
	for _, p := range v.Parties {
		fam := p.Family
		if fam == "" {
			fam = "unknown"
		}
		fmt.Fprintf(tw, "%s (%s)\t%s\t%s\t%s\t%s\t%s\n", p.Name, p.ID, orDots(p.From), orDots(p.To), notes.ref(p.Source), fam, notes.ref(p.FamilySource))
	}
	section("LEADER\tFROM\tTO\tTITLE\tSOURCE")
	lastRecorded := false
	if len(v.Leaders) == 0 {
		unknown("office holder")
	}
	for _, l := range v.Leaders {
		title := l.Title
		if l.Of != v.ID {
			title += " (" + l.Of + ")"
		}
		to := orDots(l.To)
		if l.LastRecorded > 0 {
			to = fmt.Sprintf("last recorded (data end %d)", l.LastRecorded)
			lastRecorded = true
		}
		fmt.Fprintf(tw, "%s (%s)\t%s\t%s\t%s\t%s\n", l.Name, l.ID, orDots(l.From), to, title, notes.ref(l.Source))
	}
	tw.Flush()
	if lastRecorded {
		when := "after"
		if !at.IsZero() {
			when = "on " + at.String()
		}
		fmt.Fprintf(w, "%s\n", wrapIndent(fmt.Sprintf("last recorded: in office when its source ends (CountryInfo %d, Herre %d), a term it left open; who held those offices %s is not recorded", gazetteer.CountryInfoDataEnd, gazetteer.HerreDataEnd, when), "  "))
	}
	if len(notes.list) > 0 {
		fmt.Fprintln(w, "\nSOURCES")
		for i, s := range notes.list {
			fmt.Fprintf(w, "[%d] %s\n", i+1, s)
		}
	}
}

// writeStateList lists the states that were states within window (every
// state for a zero window): id, the name on the window's last day, and for
// historical states their dates and successors.
func writeStateList(c *cli.Context, z *gazetteer.Gazetteer, format string, window graph.Span) error {
	type row struct {
		ID         string     `json:"id"`
		Name       string     `json:"name"`
		Kind       string     `json:"kind"` // "state", "partly recognised state", "dependency", …
		From       string     `json:"from,omitempty"`
		To         string     `json:"to,omitempty"`
		Successors []linkView `json:"successors,omitempty"`
	}
	var rows []row
	for _, n := range z.States() {
		if !z.WasState(n.ID, window) {
			continue
		}
		r := row{ID: n.ID, Name: n.Name, Kind: "state"}
		if h, _ := z.History(n.ID); h.Standing.Kind != "" {
			r.Kind = h.Standing.Kind
		}
		if name, ok := z.NameFor(n.ID, window); ok {
			r.Name = name // the name on the window's last day: West Germany --at 1985
		}
		if h, _ := z.History(n.ID); h.Historical() {
			r.From, r.To = h.Span.Start.String(), h.Span.End.String()
			for _, s := range h.After {
				to, _ := z.Entity(s.To)
				r.Successors = append(r.Successors, linkView{s.To, to.Node.Name, s.Kind, s.Date.String(), s.Source, ""})
			}
		}
		rows = append(rows, r)
	}
	if format == "json" {
		enc := json.NewEncoder(dataWriter(c))
		enc.SetIndent("", "  ")
		return enc.Encode(rows)
	}
	tw := newTable(c.App.Writer, 0)
	fmt.Fprintln(tw, "STATE\tNAME\tKIND\tFROM\tTO\tTHEN")
	hist, states, partly := 0, 0, 0
	for _, r := range rows {
		switch r.Kind {
		case "state":
			states++
		case gazetteer.StandingPartly:
			states++
			partly++
		}
		var then []string
		for _, s := range r.Successors {
			// read from the state of the row: East Germany "became part of
			// DEU", not "absorbed DEU" (as if it had absorbed West Germany)
			w := map[string]string{gazetteer.Continued: "continued as %s", gazetteer.Absorbed: "became part of %s",
				gazetteer.Merged: "merged into %s", gazetteer.Dissolved: "dissolved into %s", gazetteer.Seceded: "%s seceded"}[s.Kind]
			if w == "" {
				w = s.Kind + " %s"
			}
			then = append(then, fmt.Sprintf(w, s.State))
		}
		if r.From != "" {
			hist++
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", r.ID, r.Name, r.Kind, r.From, r.To, strings.Join(then, ", "))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(c.App.Writer, "%d entries: %d states (%d historical, with their dates; %d partly recognised) and %d dependencies and other territories, "+
		"no sovereign states (KIND); blocgraph states STATE shows one over time\n", len(rows), states, hist, partly, len(rows)-states)
	return nil
}
