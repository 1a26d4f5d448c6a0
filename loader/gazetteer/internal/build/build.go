// Package build makes the gazetteer's embedded data file from the reference
// files in ../shared/data and the hand-curated overlay curated.yaml. It is
// used by the generator (internal/gen, run by go generate) and by the
// package's test that checks the embedded file is up to date.
package build

import (
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/blocgraph/blocgraph/graph"
)

// FileName is the data file the package embeds: plain text, so that a
// regenerated file can be reviewed as a diff.
const FileName = "gazetteer.tsv"

// MaxSize is the size the data file must stay under; beyond it, compress it.
// It was 2 MiB until the leaders, parties and facts of 1945–2020 came in
// (global_leader_ideologies.csv): the parse time and the binary size before
// and after are in the README.
const MaxSize = 5 << 19

// Options says where the inputs are.
type Options struct {
	DataDir string // ../shared/data
	Curated string // curated.yaml
	// Warn, if set, receives oddities of the source files worth a look.
	Warn func(format string, args ...any)
}

// Build reads the inputs and returns the data file's text (uncompressed).
func Build(opt Options) ([]byte, error) {
	text, _, err := BuildReport(opt)
	return text, err
}

// BuildReport is Build, with what the generator could not match or place.
func BuildReport(opt Options) ([]byte, *Report, error) {
	warn := opt.Warn
	if warn == nil {
		warn = func(string, ...any) {}
	}
	cur, err := readCurated(opt.Curated)
	if err != nil {
		return nil, nil, err
	}
	b := &builder{dir: opt.DataDir, cur: cur, warn: warn, states: map[string]*state{}, iso2: map[string]string{}}
	steps := []func() error{
		b.readISO, b.readExtraStates, b.readDatahub, b.readCAMEO, b.readCountryInfo, b.readPeopleLeaders, b.repairSplitNames,
		b.buildStates, b.buildStanding, b.buildHistorical, b.readCOW, b.buildParties, b.buildLeaders, b.moveRoles,
		b.readHerre, func() error { b.closeOpenByHerre(); b.herreLeaders(); return b.checkIndependence(b.herreFirst) }, b.herreFacts, b.finishLeaders,
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return nil, nil, err
		}
	}
	text := b.encode()
	if len(text) > MaxSize {
		return nil, nil, fmt.Errorf("the data file would be %d bytes, over %d: time to compress it", len(text), MaxSize)
	}
	for _, l := range b.unmatched {
		for i := range b.report.Unmatched {
			if u := &b.report.Unmatched[i]; u.ID == "" && u.Name == l.name && u.State == l.homeForID {
				u.ID = l.id
				break
			}
		}
	}
	return text, &b.report, nil
}

type state struct {
	id, iso2, cameo, name, capital string
	independent                    bool
	dhStatus                       string // country-codes_datahub.csv is_independent: "Yes", "Territory of GB", …
	standing                       *standing
	aliases, demonyms, capitals    []string
	variants                       []string
	// raw material
	isoName, cldr, untermShort, untermFormal, official, cameoLabel string
	ciNames, ciNationality, ciCapitals                             []string
}

// term is a party's rule; of is the state ruled when it is not the
// party's own ("" otherwise); curated says it comes from curated.yaml.
type term struct {
	from, to graph.Date
	of       string
	curated  bool
	src      string // where the years of rule come from
}

type role struct {
	title, of string
	from, to  graph.Date
	head      bool // head of state or government (not a minister of the <Government> lists)
	open      bool // open end taken from the source (in office at its last update)
	yearEnd   bool // an open end closed at the year global_leader_ideologies.csv first lists the state without them (closeOpenByHerre)
	src       int  // the record's source: src… constants
}

// Sources of roles, as record.src, and the file they are written under.
const (
	srcCountryInfo = iota
	srcPeopleLeaders
	srcGovernment
	srcCurated
	srcHerre
)

var roleSources = []string{
	"CountryInfo.120116.txt <Leaders>",
	"people_leaders.csv",
	"CountryInfo.120116.txt <Government>",
	"curated.yaml",
	srcHerreRoles,
}

type party struct {
	id, name, state, ideology string
	aliases                   []string
	rules                     []term
	curated                   bool
	familySrc                 string // where the ideology (party family) comes from
	partyFacts                string // PartyFacts id, from global_leader_ideologies.csv
	families                  []datedFamily
}

type leader struct {
	id, name string
	aliases  []string
	roles    []role
	rank     int // 2 curated, 1 head of state or government, 0 other official

	homeForID string // the state that tells apart namesakes: "-egy"
}

// record is one person as one source line gives them, before deduplication.
type record struct {
	home    string // the state of the CountryInfo block or people_leaders row
	names   []string
	roles   []role
	src     int // 0 CountryInfo <Leaders>, 1 people_leaders, 2 CountryInfo <Government>, 3 curated
	curated *curatedLeader
}

type builder struct {
	dir  string
	cur  *curated
	warn func(string, ...any)

	states     map[string]*state
	iso2       map[string]string // alpha-2 → alpha-3
	cameoMap   map[string]string // CAMEO code → ISO3, every state code
	cameoNon   map[string]string // CAMEO code → label, not a state
	blocks     []*ciBlock
	blockState map[*ciBlock]string
	records    []*record
	parties    map[string]*party
	leaders    []*leader

	history      []history // historical states, by id
	successions  []succession
	datedNames   []datedName
	unions       []union
	indep        []indep
	herreFirst   map[string]int // state → the first year Herre's file lists it
	cow          []cowSpell
	cowNum       map[int]string // COW number → letter code
	herre        []herreRow
	facts        map[string]map[string][]fact // state → "economic" | "regime" → spans
	unmatched    []*leader
	heads        map[string][]*leader // headsByName
	titleKeys    map[string]string    // titleKeyOf
	herreByState map[string][]herreRow
	report       Report
}

func (b *builder) path(p string) string { return filepath.Join(b.dir, filepath.FromSlash(p)) }

func readCSV(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	rows, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return rows, nil
}

func column(header []string, name string) int {
	for i, h := range header {
		if strings.TrimPrefix(h, "\ufeff") == name {
			return i
		}
	}
	return -1
}

func (b *builder) readISO() error {
	rows, err := readCSV(b.path("reference/iso3166_lukes_all.csv"))
	if err != nil {
		return err
	}
	cn, c2, c3 := column(rows[0], "name"), column(rows[0], "alpha-2"), column(rows[0], "alpha-3")
	if cn < 0 || c2 < 0 || c3 < 0 {
		return fmt.Errorf("iso3166_lukes_all.csv: missing columns in %v", rows[0])
	}
	for _, r := range rows[1:] {
		s := &state{id: r[c3], iso2: r[c2], isoName: r[cn]}
		b.states[s.id] = s
		b.iso2[s.iso2] = s.id
	}
	if len(b.states) != 249 {
		return fmt.Errorf("iso3166_lukes_all.csv: %d states, want 249", len(b.states))
	}
	return nil
}

// readExtraStates adds the states of curated.yaml extra_states, which
// ISO 3166-1 does not list; their names and capital are curated, as a
// curated state's are.
func (b *builder) readExtraStates() error {
	for _, x := range b.cur.Extra {
		if b.states[x.ID] != nil || x.ISO2 == "" || b.iso2[x.ISO2] != "" {
			return fmt.Errorf("curated.yaml extra_states: %s (%s) is already a state, or its alpha-2 code is taken or missing", x.ID, x.ISO2)
		}
		if x.PartOf == "" || x.From.IsZero() {
			return fmt.Errorf("curated.yaml extra_states: %s needs part_of and from", x.ID)
		}
		b.states[x.ID] = &state{id: x.ID, iso2: x.ISO2, isoName: x.Name, capital: x.Capital, independent: true}
		b.iso2[x.ISO2] = x.ID
		b.cur.States = append(b.cur.States, x.curatedState)
	}
	return nil
}

func (b *builder) readDatahub() error {
	rows, err := readCSV(b.path("reference/country-codes_datahub.csv"))
	if err != nil {
		return err
	}
	h := rows[0]
	col := map[string]int{}
	for _, name := range []string{"ISO3166-1-Alpha-3", "Capital", "UNTERM English Short", "UNTERM English Formal", "official_name_en", "CLDR display name", "is_independent"} {
		if col[name] = column(h, name); col[name] < 0 {
			return fmt.Errorf("country-codes_datahub.csv: no column %q", name)
		}
	}
	for _, r := range rows[1:] {
		s := b.states[r[col["ISO3166-1-Alpha-3"]]]
		if s == nil {
			continue
		}
		s.capital = strings.TrimSpace(r[col["Capital"]])
		s.untermShort = cleanUNTERM(r[col["UNTERM English Short"]])
		s.untermFormal = cleanUNTERM(r[col["UNTERM English Formal"]])
		s.official = strings.TrimSpace(r[col["official_name_en"]])
		s.cldr = strings.TrimSpace(r[col["CLDR display name"]])
		s.dhStatus = strings.TrimSpace(r[col["is_independent"]])
		s.independent = s.dhStatus == "Yes"
	}
	return nil
}

// cleanUNTERM turns "Bolivia (Plurinational State of)" into itself,
// "Korea (the)" into "Korea", "the Republic of Korea" into "Republic of
// Korea" and drops footnote stars.
func cleanUNTERM(s string) string {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "*"))
	s = strings.TrimSpace(strings.TrimSuffix(s, "(the)"))
	s = strings.TrimPrefix(s, "the ")
	return s
}

func (b *builder) readCAMEO() error {
	data, err := os.ReadFile(b.path("cameo/cameoCountry.txt"))
	if err != nil {
		return err
	}
	b.cameoMap, b.cameoNon = map[string]string{}, map[string]string{}
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	own := map[string]bool{} // the codes of the file: a state with its own (PSE) keeps it
	for _, line := range lines[1:] {
		if f := strings.Split(line, "\t"); len(f) >= 2 {
			own[strings.TrimSpace(f[0])] = true
		}
	}
	for i, line := range lines {
		f := strings.Split(strings.TrimRight(line, "\r"), "\t")
		if i == 0 || len(f) < 2 {
			continue
		}
		code, label := strings.TrimSpace(f[0]), strings.TrimSpace(f[1])
		switch {
		case b.cur.CAMEO.NonState[code] != "":
			b.cameoNon[code] = label
		case b.cur.CAMEO.Map[code] != "":
			iso := b.cur.CAMEO.Map[code]
			s := b.states[iso]
			if s == nil {
				return fmt.Errorf("curated.yaml cameo: %s maps to %s, which is no ISO state", code, iso)
			}
			b.cameoMap[code] = iso
			if !own[iso] { // WSB and GZS are Palestine's, whose code is PSE
				s.cameo = code
				s.cameoLabel = label
			}
		case b.states[code] != nil:
			b.cameoMap[code] = code
			b.states[code].cameoLabel = label
		default:
			return fmt.Errorf("cameoCountry.txt: %s (%s) is no ISO code; list it in curated.yaml cameo map or nonstate", code, label)
		}
	}
	for code := range b.cur.CAMEO.Map {
		if _, ok := b.cameoMap[code]; !ok {
			return fmt.Errorf("curated.yaml cameo: %s is not in cameoCountry.txt", code)
		}
	}
	for code := range b.cur.CAMEO.NonState {
		if _, ok := b.cameoNon[code]; !ok {
			return fmt.Errorf("curated.yaml cameo: nonstate %s is not in cameoCountry.txt", code)
		}
	}
	return nil
}

// stateOfCode maps a CountryInfo or CAMEO code prefix onto an ISO state.
func (b *builder) stateOfCode(code string) string {
	if len(code) < 3 {
		return ""
	}
	c := code[:3]
	if iso, ok := b.cameoMap[c]; ok {
		return iso
	}
	if b.states[c] != nil {
		return c
	}
	return ""
}

func (b *builder) readCountryInfo() error {
	data, err := os.ReadFile(b.path("reference/CountryInfo.120116.txt"))
	if err != nil {
		return err
	}
	b.blocks, err = parseCountryInfo(data, b.warn)
	if err != nil {
		return err
	}
	override := map[string]*curatedBlock{}
	for i := range b.cur.CIBlocks {
		override[b.cur.CIBlocks[i].Block] = &b.cur.CIBlocks[i]
	}
	b.blockState = map[*ciBlock]string{}
	used := map[string]bool{}
	for _, blk := range b.blocks {
		if o := override[blk.name]; o != nil {
			used[blk.name] = true
			if o.State == "" {
				continue
			}
			if b.states[o.State] == nil {
				return fmt.Errorf("curated.yaml countryinfo_blocks: %s → %s is no ISO state", o.Block, o.State)
			}
			b.blockState[blk] = o.State
			continue
		}
		// The code fields have slips (Guatemala's alpha-2 and alpha-3 are
		// Guadeloupe's, Japan's alpha-3 is JON), and the CountryCode is the
		// CAMEO code, which puts Mayotte under FRA. The candidate whose ISO
		// name is the block's name wins; else the CountryCode; else alpha-2.
		var votes []string
		if len(blk.code) >= 3 {
			if iso := b.stateOfCode(blk.code[len(blk.code)-3:]); iso != "" {
				votes = append(votes, iso)
			}
		}
		if iso := b.iso2[blk.iso2]; iso != "" {
			votes = append(votes, iso)
		}
		if b.states[blk.iso3] != nil {
			votes = append(votes, blk.iso3)
		}
		iso := ""
		bn := graph.Fold(tabariText(blk.name))
		for _, v := range votes {
			s := b.states[v]
			if bn == graph.Fold(s.isoName) || bn == graph.Fold(s.cldr) || bn == graph.Fold(s.untermShort) || bn == graph.Fold(s.official) {
				iso = v
				break
			}
		}
		if iso == "" && len(votes) > 0 {
			iso = votes[0]
		}
		if iso == "" {
			return fmt.Errorf("CountryInfo line %d: block %s (%s) has no ISO state; add it to curated.yaml countryinfo_blocks", blk.line, blk.name, blk.code)
		}
		for _, v := range votes {
			if v != iso {
				b.warn("CountryInfo line %d: %s codes disagree %v; using %s", blk.line, blk.name, votes, iso)
				break
			}
		}
		b.blockState[blk] = iso
	}
	for name := range override {
		if !used[name] {
			return fmt.Errorf("curated.yaml countryinfo_blocks: no CountryInfo block named %s", name)
		}
	}
	for _, blk := range b.blocks {
		st, ok := b.blockState[blk]
		if !ok {
			continue
		}
		s := b.states[st]
		s.ciNames = append(s.ciNames, placeName(blk.name))
		if len(blk.nationality) > 0 {
			for _, n := range blk.nationality {
				if clean := cleanToken(n); clean != "" {
					s.ciNationality = append(s.ciNationality, placeName(clean))
				}
			}
		}
		for _, c := range blk.capitals {
			if clean := cleanToken(c); clean != "" {
				s.ciCapitals = append(s.ciCapitals, placeName(clean))
			}
		}
		for _, p := range blk.leaders {
			if fixed, ok := leadersMisfiled[st]; ok {
				b.addCIPerson(fixed, p, 0)
				continue
			}
			b.addCIPerson(st, p, 0)
		}
		for _, p := range blk.government {
			b.addCIPerson(st, p, 2)
		}
	}
	return nil
}

// cleanToken drops entries the file marks as broken beyond repair.
func cleanToken(s string) string {
	for _, r := range s {
		if r < 0x20 {
			return ""
		}
	}
	return strings.TrimSpace(s)
}

// igoPrefixes are CAMEO actor codes of organisations, not states: their
// terms name no state and are left out.
var igoPrefixes = map[string]bool{"UNO": true, "EUR": true, "NAT": true, "AFR": true, "IGO": true, "EEC": true}

func (b *builder) addCIPerson(home string, p ciPerson, src int) {
	r := &record{home: home, src: src}
	for _, n := range p.names {
		if nm := personName(n); graph.Fold(nm) != "" {
			r.names = append(r.names, nm)
		}
	}
	if len(r.names) == 0 {
		b.warn("CountryInfo line %d: no name", p.line)
		return
	}
	for _, t := range p.terms {
		of := home
		if t.code != "" {
			if igoPrefixes[t.code[:3]] {
				continue
			}
			if st := b.stateOfCode(t.code); st != "" {
				of = st
			}
		}
		title := t.title
		if src == 0 {
			title = officeTitle(title)
		}
		if title == "" {
			title = "Official"
		}
		ro := role{title: title, of: of, head: src == 0, open: t.to == "" && t.from != ""}
		ro.from = b.date(t.from, p.line)
		ro.to = b.date(t.to, p.line)
		if !ro.from.IsZero() && !ro.to.IsZero() && ro.to.Compare(ro.from) < 0 {
			b.warn("CountryInfo line %d: %s term %s–%s ends before it starts; kept its start", p.line, r.names[0], ro.from, ro.to)
			ro.to = ro.from
		}
		r.roles = append(r.roles, ro)
	}
	if len(r.roles) == 0 {
		return
	}
	b.records = append(b.records, r)
}

// date reads YYYYMMDD; a day past the month's end (the files write 20090431
// for "end of April") is the month's last day; 00 parts lower the precision.
func (b *builder) date(s string, line int) graph.Date {
	if s == "" {
		return graph.Date{}
	}
	if len(s) != 8 {
		b.warn("line %d: bad date %q", line, s)
		return graph.Date{}
	}
	y, m, d := atoi(s[:4]), atoi(s[4:6]), atoi(s[6:])
	switch {
	case y == 0:
		return graph.Date{}
	case m == 0 || m > 12:
		return graph.Date{Year: y, Precision: graph.PrecisionYear}
	case d == 0:
		return graph.Date{Year: y, Month: m, Precision: graph.PrecisionMonth}
	}
	if last := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day(); d > last {
		d = last
	}
	return graph.Date{Year: y, Month: m, Day: d, Precision: graph.PrecisionDay}
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// peopleLeadersOpen is the end date people_leaders.csv writes for a term
// still running when it was extracted (Merkel "ends" 2016-12-01).
const peopleLeadersOpen = "20161201"

// leadersMisfiled corrects the state of leaders CountryInfo files under
// another state's block. Its MAURITIUS block holds, under <Leaders>, all of
// Mauritania's presidents, heads of state and prime ministers, Moktar Ould
// Daddah (1960) to Mohamed Ould Abdel Aziz (2008), and its MAURITANIA block
// none (its <Government> is Mauritius's own ministers, rightly filed);
// people_leaders.csv, extracted from it, files the same seventeen under
// "mauritius". Read as written they made "Mohamed Ould Abdel Aziz"
// Mauritius's head of state.
var leadersMisfiled = map[string]string{"MUS": "MRT"}

func (b *builder) readPeopleLeaders() error {
	rows, err := readCSV(b.path("reference/people_leaders.csv"))
	if err != nil {
		return err
	}
	h := rows[0]
	cc, cn, ct, cs, ce := column(h, "country"), column(h, "name"), column(h, "title"), column(h, "startYr"), column(h, "endYr")
	if cc < 0 || cn < 0 || ct < 0 || cs < 0 || ce < 0 {
		return fmt.Errorf("people_leaders.csv: missing columns in %v", h)
	}
	byName := map[string]string{}
	for _, blk := range b.blocks {
		if st, ok := b.blockState[blk]; ok {
			if k := graph.Fold(tabariText(blk.name)); byName[k] == "" {
				byName[k] = st
			}
		}
	}
	for _, s := range b.states {
		byName[graph.Fold(s.isoName)] = s.id
	}
	for i, r := range rows[1:] {
		line := i + 2
		st := byName[graph.Fold(tabariText(r[cc]))]
		if fixed, ok := leadersMisfiled[st]; ok {
			st = fixed
		}
		if st == "" {
			b.warn("people_leaders.csv line %d: unknown country %q", line, r[cc])
			continue
		}
		// The name field may list synonyms: "dmitry_medvedev_|dmitriy_medvedev_|…".
		var names []string
		for _, n := range strings.Split(r[cn], "|") {
			name := personName(n)
			if graph.Fold(name) == "" || strings.Contains(name, "Representing") || strings.HasPrefix(strings.TrimSpace(n), "_") {
				continue
			}
			names = append(names, name)
		}
		if len(names) == 0 {
			continue
		}
		end := r[ce]
		ro := role{title: officeTitle(r[ct]), of: st, head: true, from: b.date(r[cs], line)}
		if end == peopleLeadersOpen {
			ro.open = true
		} else {
			ro.to = b.date(end, line)
		}
		if ro.from.IsZero() {
			continue
		}
		b.records = append(b.records, &record{home: st, names: names, roles: []role{ro}, src: 1})
	}
	return nil
}

// nameSet keeps display names unique by their folded key, first one wins.
type nameSet struct {
	seen map[string]bool
}

func newNameSet() *nameSet { return &nameSet{seen: map[string]bool{}} }

// add returns the names of list not seen before, in order.
func (ns *nameSet) add(list ...string) []string {
	var out []string
	for _, n := range list {
		n = strings.Join(strings.Fields(n), " ")
		k := graph.Fold(n)
		if k == "" || ns.seen[k] {
			continue
		}
		ns.seen[k] = true
		out = append(out, n)
	}
	return out
}

func (b *builder) buildStates() error {
	cs := map[string]*curatedState{}
	for i := range b.cur.States {
		c := &b.cur.States[i]
		if b.states[c.ID] == nil {
			return fmt.Errorf("curated.yaml: state %s is no ISO alpha-3 code", c.ID)
		}
		if cs[c.ID] != nil {
			return fmt.Errorf("curated.yaml: state %s listed twice", c.ID)
		}
		cs[c.ID] = c
	}
	for _, s := range b.states {
		c := cs[s.id]
		if c == nil {
			c = &curatedState{}
		}
		ns := newNameSet()
		for _, d := range c.Drop {
			ns.seen[graph.Fold(d)] = true
		}
		name := firstNonEmpty(c.Name, s.cldr, s.isoName)
		s.name = name
		ns.add(name)
		s.aliases = ns.add(append(append([]string{}, c.Aliases...), s.isoName, s.untermShort, s.untermFormal, s.official)...)
		// CAMEO labels and CountryInfo names have slips ("Columbia",
		// "Madagaskar"): they resolve but are not shown.
		hidden := ns.add(append([]string{s.cameoLabel}, s.ciNames...)...)
		var nat []string
		if len(c.Demonyms) > 0 {
			s.demonyms = ns.add(c.Demonyms...)
			nat = s.ciNationality
		} else if len(s.ciNationality) > 0 {
			s.demonyms = ns.add(s.ciNationality[0])
			nat = s.ciNationality[1:]
		}
		s.capital = firstNonEmpty(c.Capital, s.capital, first(s.ciCapitals))
		if s.independent || c.Capital != "" || len(c.Capitals) > 0 {
			s.capitals = ns.add(append(append([]string{s.capital}, c.Capitals...), s.ciCapitals...)...)
		}
		s.variants = append(hidden, ns.add(nat...)...)
	}
	// A name two states share is worth a look: it resolves to neither alone.
	owners := map[string][]string{}
	for _, id := range sortedKeys(b.states) {
		s := b.states[id]
		for _, n := range concat([]string{s.name}, s.aliases, s.demonyms, s.capitals, s.variants) {
			k := graph.Fold(n)
			owners[k] = append(owners[k], id)
		}
	}
	for _, k := range sortedKeys(owners) {
		if len(owners[k]) > 1 {
			b.warn("state name %q is shared by %v", k, owners[k])
		}
	}
	return nil
}

func (b *builder) buildParties() error {
	b.parties = map[string]*party{}
	for _, c := range b.cur.Parties {
		id := c.ID
		if id == "" {
			id = graph.Slug(c.Name)
		}
		if b.parties[id] != nil {
			return fmt.Errorf("curated.yaml: party %s listed twice", id)
		}
		if b.states[c.State] == nil {
			return fmt.Errorf("curated.yaml: party %s: state %q is no ISO state", id, c.State)
		}
		p := &party{id: id, name: c.Name, state: c.State, ideology: c.Ideology}
		ns := newNameSet()
		ns.add(c.Name)
		p.aliases = ns.add(c.Aliases...)
		p.curated, p.familySrc = true, "curated.yaml: "+c.Source
		for _, t := range c.Rules {
			p.rules = append(p.rules, term{from: t.From, to: t.To, curated: true, src: "curated.yaml: " + c.Source})
		}
		sort.Slice(p.rules, func(i, j int) bool { return p.rules[i].from.Compare(p.rules[j].from) < 0 })
		b.parties[id] = p
	}
	return nil
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return strings.TrimSpace(s)
		}
	}
	return ""
}

func first(ss []string) string {
	if len(ss) == 0 {
		return ""
	}
	return ss[0]
}

func concat(lists ...[]string) []string {
	var out []string
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
