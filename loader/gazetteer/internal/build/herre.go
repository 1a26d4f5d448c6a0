package build

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/blocgraph/blocgraph/graph"
)

// global_leader_ideologies.csv (Herre 2023) gives, for every state and
// year 1945–2020 as on 31 December, the head of government and the
// effective leader (Archigos to 2015, REIGN after) with their parties and
// economic ideology, and whether the state was a democracy. It is read
// into:
//
//   - roles: each person's years in one office, joined into a term from the
//     first year to the year their successor is first listed (year
//     precision: the change happened during that year), open when the file
//     ends with them in office;
//   - people: a person of the file is a leader the gazetteer has already
//     when the names agree (folded, or one's words within the other's:
//     "Castro" in "Fidel Castro", "Phu Trong" in "Nguyen Phu Trong", or a
//     word a letter apart: "Vorachit", "Vorachith") and that leader holds
//     an office of the same state in some of the same years — the term is
//     the evidence; the best such leader by how the names agree, then by
//     years in common, if there is one best. Those years of a matched
//     leader that the finer sources already date are not added again.
//     Unmatched people become leaders of their own and are listed
//     (Report.Unmatched);
//   - ruling parties: the effective leader's party (else the head of
//     government's), year by year, joined into spans; years in which a
//     curated party rules are the curated overlay's;
//   - economic ideology (left, centre, right, none) of the effective leader
//     (else the head of government) and regime type (democracy, autocracy),
//     year by year, joined into spans.
//
// A row's state is its COW code on 31 December of its year (COW 365 is the
// Soviet Union to 1991-12-25, Russia after); rows of no state the
// gazetteer holds, or outside a historical state's dates, are skipped and
// counted.

const herreFile = "reference/global_leader_ideologies.csv"

// Sources of the facts, by the column they come from.
const (
	srcHerreRoles    = "Herre 2023, global_leader_ideologies.csv: hog / leader, with hog_title / leader_position"
	srcHerreParty    = "Herre 2023, global_leader_ideologies.csv: leader_party_eng (else hog_party_eng)"
	srcHerreEconomic = "Herre 2023, global_leader_ideologies.csv: leader_ideology (else hog_ideology)"
	srcHerreRegime   = "Herre 2023, global_leader_ideologies.csv: democracy"
)

type herreRow struct {
	line, year                    int
	state                         string
	hog, leader                   herrePerson
	party                         herreParty
	economic, regime, match, name string
}

type herrePerson struct{ name, title string }

type herreParty struct{ eng, orig, abbr, id string }

// herreRecord is one person of the file in one state: their names and,
// by year, their titles.
type herreRecord struct {
	state string
	names []string
	years map[int][]string
}

// fact is a dated value of a state: economic ideology or regime type.
type fact struct {
	from, to graph.Date
	value    string
	src      string
}

// Unmatched is a person of global_leader_ideologies.csv that matched no
// leader the gazetteer had and became a leader of their own.
type Unmatched struct {
	State, Name string
	Years       [2]int
	ID          string
	Why         string // "no leader of the state in those years has such a name", "several: …"
}

// Report says what the generator made of the reference files, for a
// reviewer: what could not be matched or placed.
type Report struct {
	HerreRows, HerreSkipped int
	Skipped                 []string // "line 1234: Tibet 1945: COW 711 is no state of the gazetteer"
	HerrePeople             int
	Matched                 int
	Unmatched               []Unmatched
	Namesakes               []string // two people of one name in one year
}

func (b *builder) readHerre() error {
	rows, err := readCSV(b.path(herreFile))
	if err != nil {
		return err
	}
	h := rows[0]
	col := map[string]int{}
	for _, n := range []string{"country_name", "country_code_cow", "year", "hog", "hog_title", "hog_party", "hog_party_abbr", "hog_party_eng", "hog_party_id", "hog_ideology",
		"leader", "leader_position", "leader_party", "leader_party_abbr", "leader_party_eng", "leader_party_id", "leader_ideology", "match_hog_leader", "democracy"} {
		if col[n] = column(h, n); col[n] < 0 {
			return fmt.Errorf("%s: no column %q", herreFile, n)
		}
	}
	for i, r := range rows[1:] {
		line := i + 2
		get := func(n string) string { return strings.TrimSpace(r[col[n]]) }
		num, err1 := strconv.Atoi(get("country_code_cow"))
		year, err2 := strconv.Atoi(get("year"))
		if err1 != nil || err2 != nil {
			return fmt.Errorf("%s line %d: COW code %q, year %q", herreFile, line, get("country_code_cow"), get("year"))
		}
		b.report.HerreRows++
		at := graph.Date{Year: year, Month: 12, Day: 31, Precision: graph.PrecisionDay}
		st := b.stateOfCOW(num, at)
		if st == "" {
			b.report.HerreSkipped++
			why := fmt.Sprintf("COW %d is no state of the gazetteer", num)
			if code := b.cowNum[num]; code != "" {
				why = fmt.Sprintf("COW %d (%s) stands for no state of the gazetteer on %s", num, code, at)
			}
			b.report.Skipped = append(b.report.Skipped, fmt.Sprintf("line %d: %s %d: %s", line, get("country_name"), year, why))
			continue
		}
		if hs, ok := b.historyOf(st); ok && !(graph.Span{Start: hs.from, End: hs.to}).Touches(at) {
			b.report.HerreSkipped++
			b.report.Skipped = append(b.report.Skipped, fmt.Sprintf("line %d: %s %d: outside %s's dates (%s to %s)", line, get("country_name"), year, st, hs.from, hs.to))
			continue
		}
		if b.herreFirst == nil {
			b.herreFirst = map[string]int{}
		}
		if f, ok := b.herreFirst[st]; !ok || year < f {
			b.herreFirst[st] = year
		}
		row := herreRow{line: line, year: year, state: st, name: get("country_name"), match: get("match_hog_leader")}
		if n := get("hog"); usable(n) {
			row.hog = herrePerson{n, get("hog_title")}
		}
		if n := get("leader"); usable(n) {
			row.leader = herrePerson{n, get("leader_position")}
		}
		switch {
		case usable(get("leader_party")) && usable(get("leader_party_eng")):
			row.party = herreParty{get("leader_party_eng"), get("leader_party"), get("leader_party_abbr"), get("leader_party_id")}
		case row.leader.name == "" && usable(get("hog_party")) && usable(get("hog_party_eng")):
			row.party = herreParty{get("hog_party_eng"), get("hog_party"), get("hog_party_abbr"), get("hog_party_id")}
		}
		row.economic = economic(get("leader_ideology"))
		if row.economic == "" {
			row.economic = economic(get("hog_ideology"))
		}
		switch get("democracy") {
		case "yes":
			row.regime = "democracy"
		case "no":
			row.regime = "autocracy"
		}
		b.herre = append(b.herre, row)
	}
	return nil
}

// usable reports a name or party the file gives, not its "none" or
// "not applicable".
func usable(s string) bool {
	switch strings.ToLower(s) {
	case "", "none", "not applicable", "n/a", "no data":
		return false
	}
	return !strings.HasPrefix(s, "[") // "[Collective Body]": a council, not a person
}

// economic maps the file's economic ideology onto left, centre, right or
// none; "" for no information.
func economic(s string) string {
	switch s {
	case "leftist":
		return "left"
	case "centrist":
		return "centre"
	case "rightist":
		return "right"
	case "none":
		return "none"
	}
	return ""
}

// herreLeaders turns the file's people into roles of leaders: matched to
// the leaders the gazetteer has, or new.
func (b *builder) herreLeaders() {
	// Records by state and folded name; a row whose head of government is
	// its effective leader joins the two names.
	type key struct{ state, name string }
	idx := map[key]int{}
	var recs []*herreRecord
	parent := []int{}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	get := func(st string, p herrePerson) int {
		k := key{st, graph.Fold(p.name)}
		i, ok := idx[k]
		if !ok {
			i = len(recs)
			idx[k] = i
			recs = append(recs, &herreRecord{state: st, names: []string{p.name}, years: map[int][]string{}})
			parent = append(parent, i)
		}
		return i
	}
	lastYear := map[string]int{}
	hasYear := map[key]bool{}
	for _, r := range b.herre {
		lastYear[r.state] = max(lastYear[r.state], r.year)
		hasYear[key{r.state, strconv.Itoa(r.year)}] = true
		var ids []int
		for _, p := range []herrePerson{r.hog, r.leader} {
			if p.name == "" {
				continue
			}
			i := get(r.state, p)
			title := strings.Join(strings.Fields(p.title), " ")
			if title == "" {
				title = "Leader"
			}
			recs[i].years[r.year] = addTitle(recs[i].years[r.year], title)
			ids = append(ids, i)
		}
		if len(ids) == 2 && r.match == "yes" {
			parent[find(ids[0])] = find(ids[1])
		}
	}
	groups := map[int]*herreRecord{}
	var order []int
	for i, rc := range recs {
		root := find(i)
		g := groups[root]
		if g == nil {
			g = &herreRecord{state: rc.state, years: map[int][]string{}}
			groups[root] = g
			order = append(order, root)
		}
		g.names = append(g.names, rc.names...)
		for y, ts := range rc.years {
			for _, t := range ts {
				g.years[y] = addTitle(g.years[y], t)
			}
		}
	}
	// The fuller name first: the head of government's (V-Dem's) over
	// Archigos's surnames; and before both, the given name with Archigos's
	// surname, as analysts write it ("Fidel Castro" from "Fidel Alejandro
	// Castro Ruz" and "Castro").
	for _, root := range order {
		g := groups[root]
		sort.SliceStable(g.names, func(i, j int) bool { return len(strings.Fields(g.names[i])) > len(strings.Fields(g.names[j])) })
		if short := shortName(g.names); short != "" {
			g.names = append([]string{short}, g.names...)
		}
	}
	b.report.HerrePeople = len(order)

	byState := b.leadersByState()
	b.headsByName() // before the file's people join the leaders
	taken := b.takenNames()
	for _, root := range order {
		g := groups[root]
		years := sortedYears(g.years)
		l, why := b.matchLeader(g, years, byState[g.state])
		if l == nil {
			l = &leader{name: g.names[0], rank: 1, homeForID: g.state}
			b.leaders = append(b.leaders, l)
			b.report.Unmatched = append(b.report.Unmatched, Unmatched{State: g.state, Name: g.names[0], Years: [2]int{years[0], years[len(years)-1]}, Why: why})
			b.unmatched = append(b.unmatched, l)
			byState[g.state] = append(byState[g.state], l)
		} else {
			b.report.Matched++
			l.rank = max(l.rank, 1) // the file says they led the state
		}
		ns := newNameSet()
		ns.add(l.name)
		ns.add(l.aliases...)
		for _, n := range g.names {
			if !taken[graph.Fold(n)] {
				l.aliases = append(l.aliases, ns.add(n)...)
			}
		}
		b.addHerreRoles(l, g, years, func(y int) bool { return hasYear[key{g.state, strconv.Itoa(y)}] }, lastYear[g.state])
	}
}

// addTitle adds a year's title of a person, but one that the head of
// government's title and the leader's position give twice, the one the
// start of the other but for a slip ("General Secretary", "General
// Sectretary of the Socialist Unity Party"): the longer is kept.
func addTitle(titles []string, t string) []string {
	kt := graph.Fold(t)
	for i, old := range titles {
		ko := graph.Fold(old)
		short, long := ko, kt
		if len(short) > len(long) {
			short, long = long, short
		}
		if len(short) >= 8 && graph.Distance(short, long[:len(short)], 2) <= 2 && (len(long) == len(short) || long[len(short)] == ' ' || graph.Distance(short, long[:min(len(long), len(short)+1)], 2) <= 2) {
			if len(kt) > len(ko) {
				titles[i] = t
			}
			return titles
		}
	}
	return append(titles, t)
}

// shortName is "Given Surname" from a full name of three words or more and
// a one-word name (Archigos's surname) that is a later word of it; "" when
// there are no such names.
func shortName(names []string) string {
	for _, sn := range names {
		sw := strings.Fields(sn)
		if len(sw) != 1 || len(nameWords(sn)) != 1 {
			continue
		}
		for _, full := range names {
			fw := strings.Fields(full)
			// Four words or more ("Fidel Alejandro Castro Ruz"), or three
			// with a patronymic ("Josef Vissarionovich Stalin"); not
			// "Josip Broz Tito".
			if len(fw) < 3 || len(fw) == 3 && !patronymic(fw[1]) {
				continue
			}
			first := -1
			for i, w := range fw {
				if first < 0 && len(nameWords(w)) == 1 {
					first = i
				}
				if i > first && first >= 0 && graph.Fold(w) == graph.Fold(sw[0]) {
					return fw[first] + " " + w
				}
			}
		}
	}
	return ""
}

// patronymic reports a Russian-style middle name: "Vissarionovich", "Ilyich".
func patronymic(w string) bool {
	w = strings.ToLower(w)
	for _, suf := range []string{"ovich", "evich", "ich", "ovna", "evna", "ichna"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

func sortedYears(m map[int][]string) []int {
	out := make([]int, 0, len(m))
	for y := range m {
		out = append(out, y)
	}
	sort.Ints(out)
	return out
}

// leadersByState indexes the leaders with a role of each state or of one
// of its parties (ministers of the CountryInfo lists too: the file may say
// they headed the government).
func (b *builder) leadersByState() map[string][]*leader {
	out := map[string][]*leader{}
	for _, l := range b.leaders {
		seen := map[string]bool{}
		for _, ro := range l.roles {
			of := ro.of
			if p := b.parties[of]; p != nil {
				of = p.state
			}
			if b.states[of] != nil && !seen[of] {
				seen[of] = true
				out[of] = append(out[of], l)
			}
		}
	}
	return out
}

// takenNames are the folded names of states (names, aliases, demonyms,
// capitals): a person's name from the file that is one of them is not made
// an alias, lest "Georgia" or "Victoria" resolve to a leader.
func (b *builder) takenNames() map[string]bool {
	out := map[string]bool{}
	for _, s := range b.states {
		for _, n := range concat([]string{s.name}, s.aliases, s.demonyms, s.capitals, s.variants) {
			out[graph.Fold(n)] = true
		}
	}
	return out
}

// nameWords are the words of a folded name that tell people apart:
// honorifics and particles dropped.
func nameWords(name string) []string {
	var out []string
	for _, w := range strings.Fields(graph.Fold(name)) {
		if honorifics[w] || herreTitles[w] || particles[w] || hyphenParticles[w] {
			continue
		}
		out = append(out, w)
	}
	return out
}

// herreTitles are titles the file writes before names ("Prince Boun Oum",
// "Sardar Mohammad Hashim Khan").
var herreTitles = map[string]bool{"prince": true, "sardar": true, "general": true, "gen": true, "king": true, "emir": true, "sultan": true, "imam": true, "marshal": true, "colonel": true, "col": true, "mr": true, "mrs": true}

// nameScore says how well two names agree: 4 folded alike, 3 the words of
// one within the other's with two or more in common, 2 with one in common
// (of three letters or more), 1 every word of the shorter a letter (two, in
// long words) from a word of the other; 0 not at all.
func nameScore(a, b string) int {
	if graph.Fold(a) == graph.Fold(b) {
		return 4
	}
	wa, wb := nameWords(a), nameWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return 0
	}
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	within, common, long := true, 0, false
	for _, w := range wa {
		if slices.Contains(wb, w) {
			common++
			long = long || len(w) >= 3
		} else {
			within = false
		}
	}
	switch {
	case within && common >= 2:
		return 3
	case within && long:
		return 2
	}
	for _, w := range wa {
		near := false
		for _, x := range wb {
			limit := 1
			if len(w) >= 8 {
				limit = 2
			}
			if len(w) >= 4 && graph.Distance(w, x, limit) <= limit {
				near = true
				break
			}
		}
		if !near {
			return 0
		}
	}
	return 1
}

// matchLeader finds the leader a record of the file is: among the leaders
// of its state, those whose names agree and who held an office of the
// state in some of the record's years; the best by name, then by years in
// common, if it is one. why says what failed.
func (b *builder) matchLeader(g *herreRecord, years []int, cands []*leader) (*leader, string) {
	type scored struct {
		l                    *leader
		score, years, titled int
	}
	var best []scored
	for _, l := range cands {
		common, titled := 0, 0
		for _, y := range years {
			if b.holds(l, g.state, y, nil, termsEvidence) {
				common++
				if b.holds(l, g.state, y, g.years[y], termsEvidence) {
					titled++
				}
			}
		}
		if common == 0 {
			continue
		}
		score := 0
		for _, n := range g.names {
			for _, c := range append([]string{l.name}, l.aliases...) {
				score = max(score, nameScore(n, c))
			}
		}
		if score == 0 || score == 1 && 2*common < len(years) {
			continue
		}
		s := scored{l, score, common, titled}
		better := func(a, b scored) int {
			switch {
			case a.score != b.score:
				return a.score - b.score
			case a.years != b.years:
				return a.years - b.years
			}
			return a.titled - b.titled
		}
		switch {
		case len(best) == 0 || better(s, best[0]) > 0:
			best = []scored{s}
		case better(s, best[0]) == 0:
			best = append(best, s)
		}
	}
	if len(best) == 0 {
		// No term in common: the same full name in the same state, if only
		// one leader of the state has it (the sources date different terms).
		var same []*leader
		for _, l := range cands {
			for _, n := range g.names {
				if len(nameWords(n)) >= 2 && slices.ContainsFunc(append([]string{l.name}, l.aliases...), func(c string) bool { return graph.Fold(c) == graph.Fold(n) }) {
					same = append(same, l)
					break
				}
			}
		}
		if len(same) == 1 {
			return same[0], ""
		}
		// A head of another state at the time, of the same full name: one
		// person in two offices (Saddam Hussein in occupied Kuwait, 1990).
		same = nil
		for _, n := range g.names {
			if len(nameWords(n)) < 2 {
				continue
			}
			for _, l := range b.headsByName()[graph.Fold(n)] {
				if !slices.Contains(cands, l) && !slices.Contains(same, l) && b.headNear(l, years) {
					same = append(same, l)
				}
			}
		}
		if len(same) == 1 {
			return same[0], ""
		}
	}
	switch len(best) {
	case 0:
		return nil, "no leader of the state in those years has such a name"
	case 1:
		return best[0].l, ""
	}
	var names []string
	for _, s := range best {
		names = append(names, s.l.name)
	}
	sort.Strings(names)
	return nil, "as close to several: " + strings.Join(names, ", ")
}

// titleKeyOf is titleKey, remembered.
func (b *builder) titleKeyOf(t string) string {
	if b.titleKeys == nil {
		b.titleKeys = map[string]string{}
	}
	k, ok := b.titleKeys[t]
	if !ok {
		k = titleKey(graph.Fold, t)
		b.titleKeys[t] = k
	}
	return k
}

// headsByName indexes the heads of state or government of the other
// sources by folded name (made once, before the file's people are added).
func (b *builder) headsByName() map[string][]*leader {
	if b.heads == nil {
		b.heads = map[string][]*leader{}
		for _, l := range b.leaders {
			if l.rank >= 1 {
				k := graph.Fold(l.name)
				b.heads[k] = append(b.heads[k], l)
			}
		}
	}
	return b.heads
}

// headNear reports whether l held a head role of any state within a year
// of one of years.
func (b *builder) headNear(l *leader, years []int) bool {
	for _, ro := range l.roles {
		if !ro.head {
			continue
		}
		for _, y := range years {
			near := graph.Span{Start: graph.Date{Year: y - 1, Precision: graph.PrecisionYear}, End: graph.Date{Year: y + 1, Precision: graph.PrecisionYear}}
			if (graph.Span{Start: ro.from, End: ro.to}).Overlaps(near) {
				return true
			}
		}
	}
	return false
}

// holdsIn reports whether l holds an office of state, or of a party of the
// state, at some time of year y.
func (b *builder) holdsIn(l *leader, state string, y int) bool {
	return b.holds(l, state, y, nil, termsAll)
}

// holdsKnown is holdsIn by terms known to run in year y: a term a
// reference file left open counts only to openKnownUntil.
func (b *builder) holdsKnown(l *leader, state string, y int) bool {
	return b.holds(l, state, y, nil, termsKnown)
}

// Which terms holds counts: all; those known to run in the year; and, as
// evidence that a person of the Herre file is a leader already known,
// those and the open terms of heads of state or government (Maduro,
// foreign minister "from 2006-09" in CountryInfo's <Leaders>, is its
// Nicolas Maduro of 2013–2020; a minister of the <Government> lists with
// a term left open is no Aung San Suu Kyi or Alpha Condé of 2016).
const (
	termsAll = iota
	termsKnown
	termsEvidence
)

// holds is holdsIn for offices of one of titles (by titleKey; nil: any
// office), by the terms that which says.
func (b *builder) holds(l *leader, state string, y int, titles []string, which int) bool {
	yr := graph.SpanOf(graph.Date{Year: y, Precision: graph.PrecisionYear})
	for _, ro := range l.roles {
		if which != termsAll && y > openKnownUntil && ro.open && ro.to.IsZero() && (which == termsKnown || !ro.head) {
			continue
		}
		of := ro.of
		if p := b.parties[of]; p != nil {
			of = p.state
		}
		if of != state || !(graph.Span{Start: ro.from, End: ro.to}).Overlaps(yr) {
			continue
		}
		if titles == nil {
			return true
		}
		for _, t := range titles {
			if b.titleKeyOf(t) == b.titleKeyOf(ro.title) {
				return true
			}
		}
	}
	return false
}

// closeOpenByHerre ends a term of head of state or government that a
// reference file left open ("in office at its last update") where the
// Herre file, which lists the person in that state in the term's first
// year or the next, first lists the state without them: Kibaki's
// presidency of Kenya ends in 2013 (Kenyatta's first year), Vázquez's
// first term in 2010, Yushchenko's in 2010. Done before the file's people
// are matched to leaders, so that a term it ends is no evidence for a
// namesake of a later year (Alpha Condé of 2010 was matched to Lansana
// Conté, whose open term seemed to reach 2010).
func (b *builder) closeOpenByHerre() {
	rows := map[string]map[int][]string{} // state → year → the row's names
	for _, r := range b.herre {
		if rows[r.state] == nil {
			rows[r.state] = map[int][]string{}
		}
		rows[r.state][r.year] = append(rows[r.state][r.year], r.hog.name, r.leader.name)
	}
	closed := 0
	for _, l := range b.leaders {
		names := append([]string{l.name}, l.aliases...)
		listed := func(state string, y int) (bool, bool) {
			ns, ok := rows[state][y]
			if !ok {
				return false, false
			}
			for _, n := range ns {
				for _, m := range names {
					if n != "" && nameScore(n, m) >= 2 {
						return true, true
					}
				}
			}
			return false, true
		}
		for i := range l.roles {
			ro := &l.roles[i]
			if !ro.open || !ro.to.IsZero() || !ro.head || ro.src == srcCurated || ro.from.IsZero() || rows[ro.of] == nil {
				continue
			}
			y0 := ro.from.Year
			if in, _ := listed(ro.of, y0); !in {
				if in, _ = listed(ro.of, y0+1); !in {
					continue
				}
			}
			for y := y0 + 1; y <= y0+80; y++ {
				if in, row := listed(ro.of, y); row && !in {
					ro.to, ro.open, ro.yearEnd = graph.Date{Year: y, Precision: graph.PrecisionYear}, false, true
					closed++
					break
				}
			}
		}
	}
	b.warn("closed %d open source terms where global_leader_ideologies.csv lists the state without them", closed)
}

// openKnownUntil is the last year for which a term a reference file left
// open ("in office at its last update") is known to run: CountryInfo.120116
// lists governments to February 2011 and was last updated in January 2012;
// people_leaders.csv was taken from it.
const openKnownUntil = 2011

// addHerreRoles adds the record's years in each office as terms, but for
// the years in which l already holds an office of the state by a finer
// source. A term left open by its source holds no year after the source
// could know it: Maduro, foreign minister "from 2006-09" in CountryInfo,
// lost his presidency of 2013–2020 to it.
func (b *builder) addHerreRoles(l *leader, g *herreRecord, years []int, listed func(int) bool, last int) {
	covered := map[int]bool{}
	for _, y := range years {
		covered[y] = b.holdsKnown(l, g.state, y)
	}
	titles := map[string][]int{}
	for _, y := range years {
		if covered[y] {
			continue
		}
		for _, t := range g.years[y] {
			titles[t] = append(titles[t], y)
		}
	}
	for _, t := range sortedKeys(titles) {
		ys := titles[t]
		for i := 0; i < len(ys); {
			j := i
			for j+1 < len(ys) && ys[j+1] == ys[j]+1 {
				j++
			}
			ro := role{title: t, of: g.state, head: true, src: srcHerre, from: graph.Date{Year: ys[i], Precision: graph.PrecisionYear}}
			end := ys[j] + 1
			switch h, hist := b.historyOf(g.state); {
			case hist && !h.to.IsZero() && h.to.Year <= end:
				ro.to = h.to
			case listed(end):
				ro.to = graph.Date{Year: end, Precision: graph.PrecisionYear}
			case ys[j] == last:
				ro.open = true // in office when the file ends
			default:
				ro.to = graph.Date{Year: end, Precision: graph.PrecisionYear}
			}
			l.roles = mergeRole(l.roles, ro)
			i = j + 1
		}
	}
}

// herreFacts makes the states' economic ideology and regime type spans,
// and the ruling parties, from the rows.
func (b *builder) herreFacts() error {
	byState := map[string][]herreRow{}
	for _, r := range b.herre {
		byState[r.state] = append(byState[r.state], r)
	}
	b.herreByState = byState
	b.facts = map[string]map[string][]fact{}
	add := func(st, kind string, f fact) {
		if b.facts[st] == nil {
			b.facts[st] = map[string][]fact{}
		}
		fs := b.facts[st][kind]
		if n := len(fs); n > 0 && fs[n-1].value == f.value && fs[n-1].src == f.src && fs[n-1].to.Year+1 == f.from.Year && fs[n-1].to.Precision == graph.PrecisionYear && f.from.Precision == graph.PrecisionYear {
			fs[n-1].to = f.to
		} else {
			fs = append(fs, f)
		}
		b.facts[st][kind] = fs
	}
	for _, st := range sortedKeys(byState) {
		rows := byState[st]
		sort.Slice(rows, func(i, j int) bool { return rows[i].year < rows[j].year })
		for _, r := range rows {
			yr := graph.Date{Year: r.year, Precision: graph.PrecisionYear}
			if r.economic != "" {
				add(st, "economic", fact{yr, yr, r.economic, srcHerreEconomic})
			}
			if r.regime != "" {
				add(st, "regime", fact{yr, yr, r.regime, srcHerreRegime})
			}
		}
	}
	for _, c := range b.cur.Regimes {
		if b.states[c.State] == nil {
			return fmt.Errorf("curated.yaml regimes: %s is no state", c.State)
		}
		add(c.State, "regime", fact{c.From, c.To, c.Regime, "curated.yaml: " + c.Source})
	}
	for st, m := range b.facts {
		for kind, fs := range m {
			sort.SliceStable(fs, func(i, j int) bool { return fs[i].from.Compare(fs[j].from) < 0 })
			for i := 1; i < len(fs); i++ {
				if !fs[i-1].to.IsZero() && fs[i-1].to.End().Before(fs[i].from.Start()) {
					continue
				}
				return fmt.Errorf("%s of %s: %s–%s overlaps %s–%s", kind, st, fs[i-1].from, fs[i-1].to, fs[i].from, fs[i].to)
			}
		}
	}
	return b.herreParties(byState)
}

// herreParties adds the file's ruling parties: matched by name to the
// curated ones (in the state, its predecessors or successors), else new,
// with the party family from curated.yaml's party_families or the name
// rules of families.go.
func (b *builder) herreParties(byState map[string][]herreRow) error {
	curatedByName := map[string][]*party{}
	for _, id := range sortedKeys(b.parties) {
		p := b.parties[id]
		for _, n := range append([]string{p.name}, p.aliases...) {
			k := graph.Fold(n)
			curatedByName[k] = append(curatedByName[k], p)
		}
	}
	related := b.relatedStates()
	findCurated := func(st string, hp herreParty) *party {
		for _, n := range partyNames(hp) {
			// "Socialist Party" is the curated "Socialist Party (France)".
			for _, k := range []string{n, n + " (" + b.states[st].name + ")"} {
				for _, p := range curatedByName[graph.Fold(k)] {
					if p.state == st || related[st][p.state] {
						return p
					}
				}
			}
		}
		return nil
	}
	// From a state's first curated rule on, its ruling parties are the
	// overlay's, which also says when none ruled (Bolsonaro between parties).
	curatedFrom := map[string]int{}
	for _, p := range b.parties {
		for _, t := range p.rules {
			if st := t.stateOr(p.state); t.curated && (curatedFrom[st] == 0 || t.from.Year < curatedFrom[st]) {
				curatedFrom[st] = t.from.Year
			}
		}
	}
	type pkey struct{ id, state string }
	made := map[pkey]*party{}
	herreOf := map[*party]herreParty{}
	for _, st := range sortedKeys(byState) {
		for _, r := range byState[st] {
			if r.party.eng == "" || curatedFrom[st] != 0 && r.year >= curatedFrom[st] {
				continue
			}
			p := findCurated(st, r.party)
			if p == nil {
				k := pkey{r.party.id, ""}
				if r.party.id == "" {
					k = pkey{graph.Fold(r.party.eng), st}
				}
				if p = made[k]; p == nil {
					p = &party{name: r.party.eng, state: st}
					made[k] = p
					herreOf[p] = r.party
				}
			}
			p.addYear(st, graph.Date{Year: r.year, Precision: graph.PrecisionYear})
		}
	}
	// A new party's state is where it last ruled; its rules of other
	// states say so.
	for _, p := range made {
		sort.SliceStable(p.rules, func(i, j int) bool { return p.rules[i].from.Compare(p.rules[j].from) < 0 })
		p.state = p.rules[len(p.rules)-1].of
		for i := range p.rules {
			if p.rules[i].of == p.state {
				p.rules[i].of = ""
			}
		}
	}
	// New parties: ids, names that do not collide, aliases, families.
	taken := b.takenNames()
	for _, p := range b.parties {
		for _, n := range append([]string{p.name}, p.aliases...) {
			taken[graph.Fold(n)] = true
		}
	}
	for _, l := range b.leaders {
		taken[graph.Fold(l.name)] = true
	}
	count := map[string]int{}
	var fresh []*party
	for _, p := range made {
		fresh = append(fresh, p)
		count[graph.Fold(p.name)]++
	}
	sort.Slice(fresh, func(i, j int) bool {
		if fresh[i].name != fresh[j].name {
			return fresh[i].name < fresh[j].name
		}
		return fresh[i].state < fresh[j].state
	})
	for _, p := range fresh {
		hp := herreOf[p]
		if taken[graph.Fold(p.name)] || count[graph.Fold(p.name)] > 1 {
			p.name = fmt.Sprintf("%s (%s)", p.name, b.states[p.state].name)
		}
		p.id = graph.Slug(p.name)
		for n := 2; b.parties[p.id] != nil; n++ {
			p.id = fmt.Sprintf("%s-%d", graph.Slug(p.name), n)
		}
		ns := newNameSet()
		ns.add(p.name)
		for _, a := range append(partyNames(hp), hp.orig, hp.abbr) {
			if k := graph.Fold(a); !taken[k] && count[k] <= 1 && len(k) >= 2 {
				p.aliases = append(p.aliases, ns.add(a)...)
			}
		}
		p.partyFacts = hp.id
		p.ideology, p.familySrc, p.families = b.family(p, hp)
		b.parties[p.id] = p
	}
	for _, p := range b.parties {
		sort.SliceStable(p.rules, func(i, j int) bool { return p.rules[i].from.Compare(p.rules[j].from) < 0 })
	}
	return nil
}

// partyNames are the names of a party as the file gives it in English:
// the whole, and the parts of "A / B" (a party and its later name).
func partyNames(hp herreParty) []string {
	out := []string{hp.eng}
	// "Justicialist [Peronist] Party" is also "Justicialist Party" and
	// "Justicialist Peronist Party".
	if strings.Contains(hp.eng, "[") {
		var without, plain strings.Builder
		in := false
		for _, r := range hp.eng {
			switch {
			case r == '[':
				in = true
			case r == ']':
				in = false
			default:
				plain.WriteRune(r)
				if !in {
					without.WriteRune(r)
				}
			}
		}
		out = append(out, strings.Join(strings.Fields(without.String()), " "), strings.Join(strings.Fields(plain.String()), " "))
	}
	for _, sep := range []string{" // ", " / "} {
		if strings.Contains(hp.eng, sep) {
			for _, part := range strings.Split(hp.eng, sep) {
				if part = strings.TrimSpace(part); part != "" {
					out = append(out, part)
				}
			}
			break
		}
	}
	return out
}

// relatedStates links each state to its predecessors and successors.
func (b *builder) relatedStates() map[string]map[string]bool {
	out := map[string]map[string]bool{}
	link := func(a, c string) {
		if out[a] == nil {
			out[a] = map[string]bool{}
		}
		out[a][c] = true
	}
	for _, s := range b.successions {
		link(s.from, s.to)
		link(s.to, s.from)
	}
	return out
}

// addYear adds a year of rule of state st, joined to a rule of the year
// before.
func (p *party) addYear(st string, yr graph.Date) {
	for i := range p.rules {
		t := &p.rules[i]
		if !t.curated && t.stateOr(p.state) == st && t.to.Precision == graph.PrecisionYear && t.to.Year+1 == yr.Year {
			t.to = yr
			return
		}
	}
	p.rules = append(p.rules, term{from: yr, to: yr, of: st, src: srcHerreParty})
}

// stateOr is the state a rule is of: its own, else the party's.
func (t term) stateOr(st string) string {
	if t.of != "" {
		return t.of
	}
	return st
}

// ReportFileName is the generator's report, written beside the data file.
const ReportFileName = "unmatched.txt"

// Summary is the report in one line.
func (r *Report) Summary() string {
	return fmt.Sprintf("%s: %d rows, %d skipped; %d people, %d matched to leaders already known, %d new (listed in %s)",
		herreFile, r.HerreRows, r.HerreSkipped, r.HerrePeople, r.Matched, len(r.Unmatched), ReportFileName)
}

// Text is the report as the generator writes it: the people of
// global_leader_ideologies.csv that matched no leader the gazetteer had
// (each became a leader of its own), and the rows skipped.
func (r *Report) Text() []byte {
	var sb strings.Builder
	sb.WriteString("# Generated by `go generate ./loader/gazetteer`; do not edit.\n")
	fmt.Fprintf(&sb, "# %s\n#\n", r.Summary())
	sb.WriteString("# People of global_leader_ideologies.csv (Herre 2023) that matched no leader the gazetteer\n")
	sb.WriteString("# had from its other sources (by folded name, words of one name within the other, or a\n")
	sb.WriteString("# word a letter apart, with a term in the same state and years as evidence). Each is a\n")
	sb.WriteString("# leader of its own, with the id given. To merge one with a known leader, give the\n")
	sb.WriteString("# leader the file's spelling as an alias in curated.yaml.\n#\n")
	sb.WriteString("# state\tyears\tname\tid\twhy\n")
	us := append([]Unmatched(nil), r.Unmatched...)
	sort.Slice(us, func(i, j int) bool {
		if us[i].State != us[j].State {
			return us[i].State < us[j].State
		}
		if us[i].Years[0] != us[j].Years[0] {
			return us[i].Years[0] < us[j].Years[0]
		}
		return us[i].Name < us[j].Name
	})
	for _, u := range us {
		fmt.Fprintf(&sb, "%s\t%d–%d\t%s\t%s\t%s\n", u.State, u.Years[0], u.Years[1], u.Name, u.ID, u.Why)
	}
	sb.WriteString("#\n# Rows skipped: no state of the gazetteer, or outside a historical state's dates.\n")
	for _, s := range r.Skipped {
		sb.WriteString(s + "\n")
	}
	if len(r.Namesakes) > 0 {
		sb.WriteString("#\n# Two people of one name in office in one year (resolving the name on such a date asks which).\n")
		for _, s := range r.Namesakes {
			sb.WriteString(s + "\n")
		}
	}
	return []byte(sb.String())
}
