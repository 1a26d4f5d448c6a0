// Command coverage measures what the built-in gazetteer knows, for the
// README (scripts/gazetteer-coverage runs it):
//
//  1. state-years with a known leader, ruling party, party family, economic
//     ideology and regime type: over the country-years of
//     global_leader_ideologies.csv (Herre 2023: 182 countries, 1945–2020,
//     each row's state its COW code on 31 December), and 2021–2026 for the
//     states of its 2020 rows. With -before FILE (a data file of format 1,
//     as the gazetteer had before Herre's file came in) it measures that
//     file too, on the same state-years, each historical state counted as
//     the state of today the old file filed it under (SUN as RUS, DDR as
//     DEU, …).
//  2. for the states of the events of testdata/, the shared GDELT export
//     and the COW signed file: whether their ruling ideology (party family
//     or economic ideology) and regime type are known on the dates of their
//     events, counted, with what is unknown listed.
package main

import (
	"bufio"
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/loader"
	"github.com/blocgraph/blocgraph/loader/gazetteer"
)

func main() {
	data := flag.String("data", "../shared/data", "the shared data folder")
	testdata := flag.String("testdata", "testdata", "the facts files of the repository")
	before := flag.String("before", "", "a data file of format 1 to measure beside the embedded one")
	list := flag.Int("list", 40, "list up to `N` unknown states of each event source (0: all)")
	flag.Parse()
	if err := run(os.Stdout, *data, *testdata, *before, *list); err != nil {
		fmt.Fprintln(os.Stderr, "coverage:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, data, testdata, before string, list int) error {
	z := gazetteer.Default()
	years, err := stateYears(z, filepath.Join(data, "reference", "global_leader_ideologies.csv"))
	if err != nil {
		return err
	}
	after := measure(years, func(sy stateYear) known { return knownNow(z, sy.state, sy.year) })
	var old *oldData
	if before != "" {
		if old, err = readOld(before); err != nil {
			return err
		}
	}
	fmt.Fprintf(w, "State-years: the country-years of global_leader_ideologies.csv 1945–2020, and 2021–2026 for its states of 2020 (%d)\n\n", len(years))
	fmt.Fprintln(w, "| span | state-years | leader | ruling party | party family | economic ideology | ideology (family or economic) | regime type |")
	fmt.Fprintln(w, "|---|---:|---:|---:|---:|---:|---:|---:|")
	for _, sp := range spans {
		row := func(label string, m map[string]*tally) {
			t := m[sp.name]
			fmt.Fprintf(w, "| %s %s | %d | %s | %s | %s | %s | %s | %s |\n", sp.name, label, t.n, pct(t.leader, t.n), pct(t.party, t.n), pct(t.family, t.n), pct(t.economic, t.n), pct(t.ideology, t.n), pct(t.regime, t.n))
		}
		if old != nil {
			row("before", measure(years, func(sy stateYear) known { return old.known(sy.old, sy.year) }))
		}
		row("after", after)
	}
	fmt.Fprintln(w)
	sources := []struct {
		name  string
		pairs func() ([]statePair, error)
	}{
		{"testdata/ (facts files)", func() ([]statePair, error) { return graphPairs(z, []string{testdata}) }},
		{"GDELT export 20191024143000", func() ([]statePair, error) {
			return graphPairs(z, []string{filepath.Join(data, "gdelt", "20191024143000.export.CSV")})
		}},
		{"COW signed file 1946–1999 (state-windows, by first year)", func() ([]statePair, error) {
			return cowPairs(z, filepath.Join(data, "signed", "cow-signed-1946-1999.csv"))
		}},
	}
	fmt.Fprintln(w, "States of the events, on the dates of their events (a state-year counted once; in the COW file a state-window,")
	fmt.Fprintln(w, "known when known in one of the window's four years):")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| events of | states | state-years | ideology known | regime known | both known |")
	fmt.Fprintln(w, "|---|---:|---:|---:|---:|---:|")
	var notes []string
	for _, src := range sources {
		pairs, err := src.pairs()
		if err != nil {
			return fmt.Errorf("%s: %v", src.name, err)
		}
		states := map[string]bool{}
		seen := map[stateYear]bool{}
		var ideo, reg, both int
		unknown := map[string][]string{}
		var unresolved []string
		windows := map[[2]string]known{} // (state, window) → known in one of its years
		for _, p := range pairs {
			if p.window != "" {
				k, kw := knownNow(z, p.state, p.year), windows[[2]string{p.state, p.window}]
				windows[[2]string{p.state, p.window}] = known{ideology: k.ideology || kw.ideology, regime: k.regime || kw.regime}
			}
		}
		for _, p := range pairs {
			if p.state == "" {
				unresolved = append(unresolved, p.why)
				continue
			}
			sy := stateYear{state: p.state, year: p.year}
			if p.window != "" {
				y, _ := strconv.Atoi(p.window[:4])
				sy.year = y // a window counted once, by its first year
			}
			if seen[sy] {
				continue
			}
			seen[sy] = true
			states[p.state] = true
			k := knownNow(z, p.state, p.year)
			if p.window != "" {
				k = windows[[2]string{p.state, p.window}]
			}
			if k.ideology {
				ideo++
			}
			if k.regime {
				reg++
			}
			if k.ideology && k.regime {
				both++
				continue
			}
			var miss []string
			if !k.ideology {
				miss = append(miss, "ideology")
			}
			if !k.regime {
				miss = append(miss, "regime")
			}
			unknown[p.state] = append(unknown[p.state], fmt.Sprintf("%d (%s)", sy.year, strings.Join(miss, ", ")))
		}
		n := len(seen)
		fmt.Fprintf(w, "| %s | %d | %d | %s | %s | %s |\n", src.name, len(states), n, pct(ideo, n), pct(reg, n), pct(both, n))
		note := fmt.Sprintf("%s: %d states with something unknown", src.name, len(unknown))
		ids := make([]string, 0, len(unknown))
		for id := range unknown {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		for i, id := range ids {
			if list > 0 && i == list {
				note += fmt.Sprintf("\n  … and %d more", len(ids)-list)
				break
			}
			note += fmt.Sprintf("\n  %s %s: %s", id, name(z, id), compress(unknown[id]))
		}
		if len(unresolved) > 0 {
			note += fmt.Sprintf("\n  codes that stand for no state of the gazetteer on their dates (%d rows): %s", len(unresolved), summarize(unresolved))
		}
		notes = append(notes, note)
	}
	fmt.Fprintln(w)
	for _, n := range notes {
		fmt.Fprintln(w, n)
	}
	return nil
}

type stateYear struct {
	state string // the gazetteer's state that year
	old   string // the state the format-1 file filed it under
	year  int
}

// spans are the rows of the table.
var spans = []struct {
	name     string
	from, to int
}{{"1945–1989", 1945, 1989}, {"1990–2020", 1990, 2020}, {"2021–2026", 2021, 2026}, {"1945–2026", 1945, 2026}}

// stateYears reads the country-years of the Herre file, adds 2021–2026 for
// the states of 2020, and maps each onto the gazetteer's state of the day.
func stateYears(z *gazetteer.Gazetteer, path string) ([]stateYear, error) {
	var out []stateYear
	seen := map[stateYear]bool{}
	add := func(sy stateYear) {
		if !seen[sy] {
			seen[sy] = true
			out = append(out, sy)
		}
	}
	err := eachRow(path, func(row []string, col map[string]int) {
		year, _ := strconv.Atoi(row[col["year"]])
		st, ok := z.StateByCOW(row[col["country_code_cow"]], graph.Date{Year: year, Month: 12, Day: 31, Precision: graph.PrecisionDay})
		if !ok {
			return // Tibet, Kosovo: no state of the gazetteer (unmatched.txt lists them)
		}
		if h, _ := z.History(st); h.Historical() && !h.Span.Touches(graph.Date{Year: year, Month: 12, Day: 31, Precision: graph.PrecisionDay}) {
			return
		}
		sy := stateYear{state: st, old: todayOf(z, st), year: year}
		add(sy)
		if year == 2020 {
			for y := 2021; y <= 2026; y++ {
				add(stateYear{state: st, old: sy.old, year: y})
			}
		}
	})
	return out, err
}

// eachRow calls fn with every row of a CSV file with a header, and the
// columns by name.
func eachRow(path string, fn func(row []string, col map[string]int)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	r := csv.NewReader(bufio.NewReader(f))
	head, err := r.Read()
	if err != nil {
		return err
	}
	col := map[string]int{}
	for i, h := range head {
		col[h] = i
	}
	for {
		row, err := r.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		fn(row, col)
	}
}

// todayOf is the state of today a historical state leads to (its continuing
// or absorbing state; the first part of a dissolved one).
func todayOf(z *gazetteer.Gazetteer, st string) string {
	for range 8 {
		h, _ := z.History(st)
		if !h.Historical() || len(h.After) == 0 {
			return st
		}
		next := ""
		for _, s := range h.After {
			if s.Kind != gazetteer.Seceded && next == "" {
				next = s.To
			}
		}
		if next == "" {
			return st
		}
		st = next
	}
	return st
}

type known struct{ leader, party, family, economic, ideology, regime bool }

type tally struct{ n, leader, party, family, economic, ideology, regime int }

func measure(years []stateYear, fn func(stateYear) known) map[string]*tally {
	m := map[string]*tally{}
	for _, sp := range spans {
		m[sp.name] = &tally{}
	}
	for _, sy := range years {
		k := fn(sy)
		for _, sp := range spans {
			if sy.year < sp.from || sy.year > sp.to {
				continue
			}
			t := m[sp.name]
			t.n++
			for _, c := range []struct {
				ok  bool
				dst *int
			}{{k.leader, &t.leader}, {k.party, &t.party}, {k.family, &t.family}, {k.economic, &t.economic}, {k.ideology, &t.ideology}, {k.regime, &t.regime}} {
				if c.ok {
					*c.dst++
				}
			}
		}
	}
	return m
}

// knownNow is what the embedded gazetteer knows of a state in a year.
func knownNow(z *gazetteer.Gazetteer, st string, year int) known {
	p := z.ProfileOn(st, graph.Date{Year: year, Precision: graph.PrecisionYear})
	k := known{leader: len(p.Leaders) > 0, party: len(p.Parties) > 0, economic: p.Economic.Value != "", regime: p.Regime.Value != ""}
	for _, r := range p.Parties {
		k.family = k.family || r.Family != ""
	}
	k.ideology = k.family || k.economic
	return k
}

func pct(k, n int) string {
	if n == 0 {
		return "-"
	}
	return fmt.Sprintf("%d (%.1f%%)", k, 100*float64(k)/float64(n))
}

func name(z *gazetteer.Gazetteer, id string) string {
	if e, ok := z.Entity(id); ok {
		return e.Node.Name
	}
	return id
}

// compress writes "1990 (regime), 1991 (regime), 1992 (regime)" as
// "1990–1992 (regime)".
func compress(items []string) string {
	type run struct {
		from, to int
		what     string
	}
	var runs []run
	for _, it := range items {
		y, _ := strconv.Atoi(it[:4])
		what := it[5:]
		if n := len(runs); n > 0 && runs[n-1].what == what && runs[n-1].to+1 == y {
			runs[n-1].to = y
			continue
		}
		runs = append(runs, run{y, y, what})
	}
	var out []string
	for _, r := range runs {
		if r.from == r.to {
			out = append(out, fmt.Sprintf("%d %s", r.from, r.what))
		} else {
			out = append(out, fmt.Sprintf("%d–%d %s", r.from, r.to, r.what))
		}
	}
	return strings.Join(out, ", ")
}

func summarize(items []string) string {
	count := map[string]int{}
	for _, it := range items {
		count[it]++
	}
	keys := make([]string, 0, len(count))
	for k := range count {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var out []string
	for _, k := range keys {
		out = append(out, fmt.Sprintf("%s ×%d", k, count[k]))
	}
	return strings.Join(out, ", ")
}

// statePair is a state of an event in a year; state "" when its code
// stands for no state then (why says which code).
type statePair struct {
	state  string
	year   int
	why    string
	window string // the COW file's window: the state is known for it when known in one of its years
}

// graphPairs loads facts or dataset files and gives the states of their
// events: leaders and parties stand for their state on the event's date.
func graphPairs(z *gazetteer.Gazetteer, paths []string) ([]statePair, error) {
	g, _, err := loader.Load(paths, loader.Options{})
	if err != nil {
		return nil, err
	}
	var out []statePair
	for _, e := range g.Events() {
		for _, id := range []string{e.Subject, e.Object} {
			st := id
			if n := g.Node(id); n == nil || n.Kind != graph.KindState {
				var ok bool
				if st, ok = g.StateOf(id, e.Date); !ok {
					continue
				}
			}
			for y := e.Date.Start().Year(); y <= e.Date.End().Year(); y++ {
				out = append(out, statePair{state: st, year: y})
			}
		}
	}
	return out, nil
}

// cowPairs reads the COW signed file: each code through the gazetteer's
// COW codes on each year of its window. The file's own codes (Pajek's
// variants: NKR, GBR, GER, VTN, …) stand for no state here; the dyadic
// reader's cow-pajek list maps them.
func cowPairs(z *gazetteer.Gazetteer, path string) ([]statePair, error) {
	var out []statePair
	err := eachRow(path, func(row []string, col map[string]int) {
		from, _ := strconv.Atoi(row[col["first_year"]])
		to, _ := strconv.Atoi(row[col["last_year"]])
		for _, code := range []string{row[col["source"]], row[col["target"]]} {
			resolved := false
			for y := from; y <= to; y++ {
				if st, ok := z.StateByCOW(code, graph.Date{Year: y, Month: 7, Day: 1, Precision: graph.PrecisionDay}); ok {
					out = append(out, statePair{state: st, year: y, window: row[col["window"]]})
					resolved = true
				}
			}
			if !resolved {
				out = append(out, statePair{why: code})
			}
		}
	})
	return out, err
}
