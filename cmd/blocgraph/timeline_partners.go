package main

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/blocgraph/blocgraph/analysis"
	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/loader/gazetteer"
	"github.com/urfave/cli/v2"
)

// maxPeriodEvidence is how many events of each sign a pair keeps per
// period for partners --timeline --events 0.
const maxPeriodEvidence = 100

// partnersTimeline is partners --timeline: the state's allies and
// adversaries per period, or with --with the pair's relation per period.
func partnersTimeline(c *cli.Context, format, name string, top, nev int) error {
	spec, err := periodSpec(c)
	if err != nil {
		return err
	}
	opt, err := projectionOptions(c)
	if err != nil {
		return err
	}
	evidence := nev
	if nev == 0 {
		evidence = maxPeriodEvidence
	}
	// The pairs of the state keep their evidence: the state is known
	// before the datasets are read when the gazetteer names it, else (a
	// state of a facts file's own entities) the graph is read whole.
	paths := c.Args().Tail()
	var g *graph.Graph
	var fold *analysis.PeriodFold
	pre, err := gazetteer.Default().Resolve(name, graph.Date{})
	if err == nil {
		g, fold, err = foldPeriods(c, paths, spec, opt, evidence, pre.Node.ID)
	} else {
		g, err = readSource(c, paths, opt.Filter)
	}
	if err != nil {
		return err
	}
	z, err := gazetteer.Default().WithGraph(g)
	if err != nil {
		return fmt.Errorf("partners: %v", err)
	}
	resolve := func(name string) (gazetteer.Entity, error) {
		ent, err := z.Resolve(name, graph.Date{})
		if err != nil {
			return ent, fmt.Errorf("partners: %v", err)
		}
		if ent.Node.Kind != graph.KindState && opt.Level == analysis.LevelState {
			return ent, usageError("%q is a %s; name a state (or use --level actor)", name, strings.ToLower(string(ent.Node.Kind)))
		}
		return ent, nil
	}
	ent, err := resolve(name)
	if err != nil {
		return err
	}
	switch {
	case fold == nil:
		if fold, err = analysis.FoldPeriods(g, spec, opt, evidence, ent.Node.ID); err == nil {
			fold.NameStates(nameThen)
		}
	case ent.Node.ID != pre.Node.ID: // the facts files name another state so
		fold.Close()
		g, fold, err = foldPeriodsFrom(c, paths, spec, opt, evidence, ent.Node.ID, true)
	}
	if err != nil {
		return err
	}
	defer fold.Close()
	var with gazetteer.Entity
	if w := c.String("with"); w != "" {
		if with, err = resolve(w); err != nil {
			return err
		}
		if with.Node.ID == ent.Node.ID {
			return usageError("--with %s names %s itself; name another state", w, ent.Node.Name)
		}
	}
	if fold.Periods().Len() == 0 {
		return fmt.Errorf("no dated events in the window: no period to analyse (check --since, --until and --relations)")
	}
	names := func(id string) string {
		if n := g.Node(id); n != nil {
			return n.Label()
		}
		return id
	}
	periods := analysis.PartnersOverTime(fold, ent.Node.ID, with.Node.ID, names)
	// The heading names the states as in the last period (each period's
	// lines name them as they were then: West Germany in 1950).
	lastSpan := fold.Periods().Span(fold.Periods().Len() - 1)
	ent.Node.Name = nameThen(ent.Node.ID, ent.Node.Name, lastSpan)
	if with.Node.ID != "" {
		with.Node.Name = nameThen(with.Node.ID, with.Node.Name, lastSpan)
	}
	if w := fold.CoarseWarning(); w != "" {
		warnTimeline(c, []string{w})
	}
	seen := false
	for _, p := range periods {
		seen = seen || p.Events > 0
	}
	if !seen {
		return fmt.Errorf("partners: no event in the window involves %s", ent.Node.Name)
	}
	if !c.IsSet("top") {
		top = 3 // a table line per period
		if format == "json" {
			top = 0
		}
	}
	for i := range periods {
		p := &periods[i]
		p.Allies, p.Adversaries = cutEvents(cut(p.Allies, top), nev), cutEvents(cut(p.Adversaries, top), nev)
		if p.Pair != nil {
			p.Pair.Events = cutEvents([]analysis.Partner{*p.Pair}, nev)[0].Events
		}
	}
	if opt.Level == analysis.LevelState {
		notePeriodStandings(c, fold, periods, ent.Node.ID, ent.Node.Name, with.Node.ID)
	}
	every := "every " + spec.String()
	if spec.Data {
		every = "the data's own windows"
	}
	if format == "json" {
		return writeJSON(dataWriter(c), struct {
			State    string                    `json:"state"`
			Name     string                    `json:"name"`
			With     string                    `json:"with,omitempty"`
			WithName string                    `json:"with_name,omitempty"`
			Every    string                    `json:"every"`
			Periods  []analysis.PeriodPartners `json:"periods"`
		}{ent.Node.ID, ent.Node.Name, with.Node.ID, with.Node.Name, spec.String(), periods})
	}
	w := c.App.Writer
	first, last := periods[0].Label, periods[len(periods)-1].Label
	if with.Node.ID != "" {
		fmt.Fprintf(w, "%s (%s) and %s (%s) per period, %s, %s to %s (both directions)\n\n", ent.Node.Name, ent.Node.ID, with.Node.Name, with.Node.ID, every, first, last)
		writePairPeriods(w, periods, nev)
		return nil
	}
	fmt.Fprintf(w, "Partners of %s (%s) per period, %s, %s to %s (net cooperation, both directions)\n\n", ent.Node.Name, ent.Node.ID, every, first, last)
	writePartnerPeriods(w, periods)
	return nil
}

// eachPeriod calls period for every period, and once for each run of
// quiet periods calls run with its label ("2021-05 … 2022-01") and what it
// says ("no events in these 9 periods").
func eachPeriod(periods []analysis.PeriodPartners, quiet func(analysis.PeriodPartners) bool, what string, run func(label, text string), period func(analysis.PeriodPartners)) {
	for i := 0; i < len(periods); i++ {
		if !quiet(periods[i]) {
			period(periods[i])
			continue
		}
		j := i
		for j+1 < len(periods) && quiet(periods[j+1]) {
			j++
		}
		if i == j {
			run(periods[i].Label, what)
		} else {
			run(periods[i].Label+" … "+periods[j].Label, fmt.Sprintf("%s in these %d periods", what, j-i+1))
		}
		i = j
	}
}

// writePartnerPeriods writes a line per period: its events and the
// strongest allies and adversaries with their net.
func writePartnerPeriods(w io.Writer, periods []analysis.PeriodPartners) {
	tw := newTable(w, 0)
	fmt.Fprintln(tw, "PERIOD\tEVENTS\tALLIES (net)\tADVERSARIES (net)")
	eachPeriod(periods, func(p analysis.PeriodPartners) bool { return p.Events == 0 }, "no events",
		func(label, text string) { fmt.Fprintf(tw, "%s\t0\t%s\t\n", label, text) },
		func(p analysis.PeriodPartners) {
			fmt.Fprintf(tw, "%s\t%d\t%s\t%s\n", p.Label, p.Events, netList(p.Allies), netList(p.Adversaries))
		})
	tw.Flush()
}

func netList(ps []analysis.Partner) string {
	if len(ps) == 0 {
		return "-"
	}
	var s []string
	for _, p := range ps {
		s = append(s, fmt.Sprintf("%s %+.1f", p.Name, p.Net))
	}
	return strings.Join(s, ", ")
}

// writePairPeriods writes the pair's relation per period with the events
// behind it.
func writePairPeriods(w io.Writer, periods []analysis.PeriodPartners, nev int) {
	fmt.Fprintf(w, "%-20s %8s %12s %9s %8s\n", "PERIOD", "NET", "COOPERATION", "CONFLICT", "REPORTS")
	eachPeriod(periods, func(p analysis.PeriodPartners) bool { return p.Pair.NumEvents == 0 }, "no events between them",
		func(label, text string) { fmt.Fprintf(w, "%-20s %s\n", label, text) },
		func(p analysis.PeriodPartners) {
			pa := p.Pair
			fmt.Fprintf(w, "%-20s %+8.1f %12.1f %9.1f %8d\n", p.Label, pa.Net, pa.Cooperation, pa.Conflict, pa.Reports)
			for _, e := range pa.Events {
				writeEventRef(w, e)
			}
			if len(pa.Events) < pa.NumEvents && nev > 0 {
				fmt.Fprintf(w, "      … %d more events (--events 0 shows up to %d of each sign)\n", pa.NumEvents-len(pa.Events), maxPeriodEvidence)
			}
		})
}

// notePeriodStandings sets, in each period, the standing of the state and
// of each of its partners (the allies, the adversaries and with --with the
// other of the pair in the periods of their events) that was no sovereign
// state, or not throughout, in it (standingWordsIn, timeline's words:
// PeriodPartners.Standing and Partner.Standing, for the JSON), and writes
// on stderr, as partners does for one window, a note for each the table
// shows (with --with, the state and the other of the pair) with its
// periods: "note: Palestine (PSE): partly recognised state (1985 to 1989,
// 5 periods)". A period's
// projection is read again only for a place that became a state after the
// period began (its events' dates say whether it was one yet).
func notePeriodStandings(c *cli.Context, fold *analysis.PeriodFold, periods []analysis.PeriodPartners, id, name, with string) {
	type note struct {
		id, name, words string
		labels          []string
		index           []int
	}
	var notes []*note
	for i := range periods {
		p := &periods[i]
		if p.Events == 0 {
			continue
		}
		span := fold.Periods().Span(p.Index)
		var first map[string]graph.Date
		firstOf := func(x string) graph.Date {
			if st, ok := gazetteer.Default().StateFrom(x); !ok || !span.Start.Start().Before(st.Date.Start()) {
				return graph.Date{}
			}
			if first == nil {
				first = firstDates(fold.Projection(p.Index))
			}
			return first[x]
		}
		// shown: the states the note names (those of the table); where:
		// the standing fields of every state in the period's JSON.
		shown := map[string]string{id: name}
		where := map[string][]*string{id: {&p.Standing}}
		for _, ps := range [][]analysis.Partner{p.Allies, p.Adversaries} {
			for k := range ps {
				if with == "" { // the partners shown
					shown[ps[k].ID] = ps[k].Name
				}
				where[ps[k].ID] = append(where[ps[k].ID], &ps[k].Standing)
			}
		}
		if with != "" && p.Pair != nil && p.Pair.NumEvents > 0 { // the pair, when it had events
			shown[with] = p.Pair.Name
			where[with] = append(where[with], &p.Pair.Standing)
		}
		ids := make([]string, 0, len(where))
		for x := range where {
			ids = append(ids, x)
		}
		sort.Strings(ids)
		for _, x := range ids {
			w := standingWordsIn(x, firstOf(x), span)
			if w == "" {
				continue
			}
			for _, s := range where[x] {
				*s = w
			}
			if _, ok := shown[x]; !ok {
				continue
			}
			var n *note
			for _, o := range notes {
				if o.id == x && o.words == w {
					n = o
				}
			}
			if n == nil {
				n = &note{id: x, words: w}
				notes = append(notes, n)
			}
			n.name = shown[x]
			n.labels, n.index = append(n.labels, p.Label), append(n.index, p.Index)
		}
	}
	sort.SliceStable(notes, func(a, b int) bool { return notes[a].id < notes[b].id })
	for _, n := range notes {
		fmt.Fprintf(c.App.ErrWriter, "note: %s (%s): %s (%s)\n", n.name, n.id, n.words, analysis.LabelsWords(n.labels, n.index))
	}
}
