package build

import (
	"bytes"
	"fmt"
	"os"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/blocgraph/blocgraph/graph"
)

// curated is loader/gazetteer/curated.yaml: what the reference files lack or
// have out of date. Every entry carries a source note.
type curated struct {
	CAMEO      curatedCAMEO        `yaml:"cameo"`
	CIBlocks   []curatedBlock      `yaml:"countryinfo_blocks"`
	States     []curatedState      `yaml:"states"`
	Historical []curatedHistorical `yaml:"historical_states"`
	Extra      []curatedExtraState `yaml:"extra_states"`
	Secessions []curatedSecession  `yaml:"secessions"`
	Unions     []curatedUnion      `yaml:"unions"`
	Indep      []curatedIndep      `yaml:"independence"`
	Standing   []curatedStanding   `yaml:"standing"`
	Before1945 map[string]string   `yaml:"states_before_1945"` // state → why Herre lists it late
	DatedNames []curatedDatedName  `yaml:"dated_names"`
	COW        curatedCOW          `yaml:"cow"`
	Parties    []curatedParty      `yaml:"parties"`
	Families   []curatedFamily     `yaml:"party_families"`
	Regimes    []curatedRegime     `yaml:"regimes"`
	Leaders    []curatedLeader     `yaml:"leaders"`
	Moves      []curatedMove       `yaml:"role_moves"`
}

// curatedMove files a leader's roles of one state under another (the
// sources file East German leaders under DEU); from == to keeps them where
// they are against the rule of continued states.
type curatedMove struct {
	Leader string `yaml:"leader"` // the leader's id
	From   string `yaml:"from"`
	To     string `yaml:"to"`
	Source string `yaml:"source"`
}

// curatedHistorical is a state that no longer exists (East Germany, the
// Soviet Union), with its dates and what became of it.
type curatedHistorical struct {
	// ID is the ISO 3166-3 alpha-3 code where there is one; Capital is
	// shown, not used as a metonym (Capitals are: names no other state has).
	curatedState `yaml:",inline"`
	From         graph.Date         `yaml:"from"`
	To           graph.Date         `yaml:"to"`
	Successors   []curatedSuccessor `yaml:"successors"`
}

// curatedExtraState is a state of today that ISO 3166-1 does not list
// (Kosovo), which the Correlates of War and Herre's file count: it seceded
// from PartOf, a state of today, on From.
type curatedExtraState struct {
	curatedState `yaml:",inline"`
	ISO2         string     `yaml:"iso2"`
	PartOf       string     `yaml:"part_of"`
	From         graph.Date `yaml:"from"`
}

// curatedSecession is a state of today that seceded from another state of
// today (South Sudan from Sudan): before Date its names stand for that one.
type curatedSecession struct {
	State  string     `yaml:"state"`
	From   string     `yaml:"from"`
	Date   graph.Date `yaml:"date"`
	Source string     `yaml:"source"`
}

// curatedUnion is a state of today that was for a time part of a union
// another state of today carried on (Syria in the United Arab Republic,
// which the Correlates of War code as Egypt): on those dates it was no
// state, and its names are refused with what it was part of.
type curatedUnion struct {
	State  string     `yaml:"state"`
	In     string     `yaml:"in"`   // the state that carried the union on
	Name   string     `yaml:"name"` // the union's name
	From   graph.Date `yaml:"from"`
	To     graph.Date `yaml:"to"`
	Source string     `yaml:"source"`
}

// curatedIndep is the day a state of today became a state (independent,
// for most): before it, its names are refused. Said replaces "became
// independent" where that is not the words (Taiwan).
type curatedIndep struct {
	State  string     `yaml:"state"`
	Date   graph.Date `yaml:"date"`
	Said   string     `yaml:"said"`
	Source string     `yaml:"source"`
}

// curatedStanding says what an entry of ISO 3166-1 is when it is not a
// state every other state recognises: a partly recognised state (Kosovo,
// Taiwan, Palestine), a dependency, a disputed territory. Kind "state"
// keeps a state's standing and only adds the note (the Baltic states'
// annexation, recognised by few). It replaces what
// country-codes_datahub.csv is_independent says, and must be given where
// that says "In contention" or "International".
type curatedStanding struct {
	State  string `yaml:"state"`
	Kind   string `yaml:"kind"`  // one of StandingKinds
	Words  string `yaml:"words"` // what it is: "a partly recognised state: …"
	Note   string `yaml:"note"`  // more, in words: what is contested
	Source string `yaml:"source"`
}

// StandingKinds are the kinds of standing: "state" is a state (with a note
// only); the others are not states every other state recognises.
var StandingKinds = []string{"state", "partly recognised state", "dependency", "associated state", "disputed territory", "no state"}

// curatedSuccessor is a link from a historical state to a state that took
// its place, in one of the ways of SuccessionKinds, on a date.
type curatedSuccessor struct {
	State string     `yaml:"state"`
	Kind  string     `yaml:"kind"`
	Date  graph.Date `yaml:"date"`
	// PartFrom is the day a seceded successor had become part of the
	// historical state, when after the state began (the Baltic states,
	// annexed by the Soviet Union in 1940): its era begins then.
	PartFrom graph.Date `yaml:"part_from"`
}

// SuccessionKinds are the ways a state takes the place of another.
var SuccessionKinds = []string{
	"continued", // the same state under another name (COW's practice: one state code)
	"absorbed",  // became part of an existing state
	"merged",    // joined with others into the successor
	"dissolved", // split up; the successor is one of the parts
	"seceded",   // the successor left it and became independent
}

// curatedDatedName is a name a state had for a time ("West Germany"): it
// resolves on dates in [from, to] only. A shown one is the state's name on
// those dates, the name reports give it for a window ending then; a shown
// name the state also has at every date ("Burma", "Turkey": still written)
// is only shown, and resolves as before.
type curatedDatedName struct {
	State   string `yaml:"state"`
	Name    string `yaml:"name"`
	Capital bool   `yaml:"capital"` // a capital of the time, used as a metonym ("Bonn")
	Shown   bool   `yaml:"shown"`   // the state's name on those dates
	// Shared: a name another state bears at every date, which on these
	// dates names this one too ("Vietnam" 1954–1975: North or South):
	// the name is then ambiguous and refused, as "Korea" is.
	Shared bool       `yaml:"shared"`
	From   graph.Date `yaml:"from"`
	To     graph.Date `yaml:"to"`
	Source string     `yaml:"source"`
}

// curatedCOW ties the Correlates of War state codes to the gazetteer's
// states: by name where COW-country-codes.csv names a state as the
// gazetteer does, else through map; codes that stood for several states in
// turn (COW's one continuing state: 365 is the Soviet Union, then Russia)
// have spells; the states the gazetteer does not hold are listed with
// their dates and why.
type curatedCOW struct {
	Source string            `yaml:"source"`
	Map    map[string]string `yaml:"map"` // COW letter code → state id
	Spells []curatedSpell    `yaml:"spells"`
	None   []curatedSpell    `yaml:"nostate"` // COW states the gazetteer does not hold
}

type curatedSpell struct {
	Code  string     `yaml:"code"`
	State string     `yaml:"state"`
	From  graph.Date `yaml:"from"`
	To    graph.Date `yaml:"to"`
	Why   string     `yaml:"why"` // nostate: why the gazetteer does not hold it
}

// curatedFamily gives the party family of a party the reference files name
// (by its English name in global_leader_ideologies.csv).
type curatedFamily struct {
	Party  string     `yaml:"party"`
	State  string     `yaml:"state"` // a state id; "" for every state
	Family string     `yaml:"family"`
	From   graph.Date `yaml:"from"` // optional: the family holds from–to only
	To     graph.Date `yaml:"to"`   // (the MPRP was communist to 1990)
	Source string     `yaml:"source"`
}

// curatedRegime is a state's regime type over a span.
type curatedRegime struct {
	State  string     `yaml:"state"`
	Regime string     `yaml:"regime"`
	From   graph.Date `yaml:"from"`
	To     graph.Date `yaml:"to"`
	Source string     `yaml:"source"`
}

// Regimes are the regime types: a democracy or not, as the sources code it.
var Regimes = []string{"democracy", "autocracy"}

// curatedCAMEO accounts for every CAMEO country code that is not an ISO
// alpha-3 code: mapped onto one, or listed as no state (regions, dissolved).
type curatedCAMEO struct {
	Source   string            `yaml:"source"`
	Map      map[string]string `yaml:"map"`
	NonState map[string]string `yaml:"nonstate"` // code → why
}

// curatedBlock says which state a CountryInfo block without a usable ISO
// code belongs to; an empty state drops the block.
type curatedBlock struct {
	Block  string `yaml:"block"` // <CountryName>
	State  string `yaml:"state"`
	Source string `yaml:"source"`
}

type curatedState struct {
	ID       string   `yaml:"id"`
	Name     string   `yaml:"name"`
	Aliases  []string `yaml:"aliases"`
	Demonyms []string `yaml:"demonyms"` // replace the CountryInfo demonym when given
	Capital  string   `yaml:"capital"`
	Capitals []string `yaml:"capitals"` // more names of the capital, used as metonyms
	Drop     []string `yaml:"drop"`     // source names that are wrong for this state
	Source   string   `yaml:"source"`
}

type curatedTerm struct {
	From graph.Date `yaml:"from"`
	To   graph.Date `yaml:"to"`
}

type curatedParty struct {
	ID       string        `yaml:"id"`
	Name     string        `yaml:"name"`
	State    string        `yaml:"state"`
	Ideology string        `yaml:"ideology"`
	Aliases  []string      `yaml:"aliases"`
	Rules    []curatedTerm `yaml:"rules"`
	Source   string        `yaml:"source"`
}

type curatedRole struct {
	Title string     `yaml:"title"`
	Of    string     `yaml:"of"`
	From  graph.Date `yaml:"from"`
	To    graph.Date `yaml:"to"`
}

type curatedLeader struct {
	ID      string   `yaml:"id"`
	Name    string   `yaml:"name"`
	Aliases []string `yaml:"aliases"` // other spellings; also merge source records so spelt
	// Nicknames resolve but are not used to merge source records, because
	// they are shared ("Bush", "Castro", "George Bush" for the son).
	Nicknames []string      `yaml:"nicknames"`
	Roles     []curatedRole `yaml:"roles"`
	Source    string        `yaml:"source"`
}

// Ideologies is the fixed set a party's ideology is one of.
var Ideologies = []string{
	"communism", "socialism", "social democracy", "liberalism", "conservatism",
	"christian democracy", "nationalism", "islamism", "centrism", "populism",
	"monarchy", "none",
}

func readCurated(path string) (*curated, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	var c curated
	if err := dec.Decode(&c); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &c, c.check(path)
}

// check validates what can be checked without the reference files.
func (c *curated) check(path string) error {
	var errs []string
	bad := func(format string, args ...any) { errs = append(errs, fmt.Sprintf(format, args...)) }
	if strings.TrimSpace(c.CAMEO.Source) == "" {
		bad("cameo: no source")
	}
	for _, b := range c.CIBlocks {
		if strings.TrimSpace(b.Source) == "" {
			bad("countryinfo_blocks %s: no source", b.Block)
		}
	}
	ideo := map[string]bool{}
	for _, i := range Ideologies {
		ideo[i] = true
	}
	for _, s := range c.States {
		if strings.TrimSpace(s.Source) == "" {
			bad("state %s: no source", s.ID)
		}
	}
	kinds := map[string]bool{}
	for _, k := range SuccessionKinds {
		kinds[k] = true
	}
	for _, h := range c.Historical {
		if strings.TrimSpace(h.Source) == "" {
			bad("historical state %s: no source", h.ID)
		}
		if h.ID == "" || h.Name == "" || h.From.IsZero() || h.To.IsZero() {
			bad("historical state %s: needs id, name, from and to", h.ID)
		} else if err := (graph.Span{Start: h.From, End: h.To}).Validate(); err != nil {
			bad("historical state %s: %v", h.ID, err)
		}
		for _, s := range h.Successors {
			if !kinds[s.Kind] {
				bad("historical state %s: successor %s: kind %q is not one of %s", h.ID, s.State, s.Kind, strings.Join(SuccessionKinds, ", "))
			}
			if s.State == "" || s.Date.IsZero() {
				bad("historical state %s: a successor needs state and date", h.ID)
			}
		}
	}
	for _, st := range c.Standing {
		if strings.TrimSpace(st.Source) == "" {
			bad("standing of %s: no source", st.State)
		}
		if !slices.Contains(StandingKinds, st.Kind) {
			bad("standing of %s: kind %q is not one of %s", st.State, st.Kind, strings.Join(StandingKinds, ", "))
		}
		if st.Kind != "state" && strings.TrimSpace(st.Words) == "" || st.Kind == "state" && strings.TrimSpace(st.Note) == "" {
			bad("standing of %s: a kind other than state needs words; a state, a note", st.State)
		}
	}
	for _, d := range c.DatedNames {
		if strings.TrimSpace(d.Source) == "" {
			bad("dated name %s of %s: no source", d.Name, d.State)
		}
		if d.From.IsZero() && d.To.IsZero() {
			bad("dated name %s of %s: no dates", d.Name, d.State)
		}
		if d.Shown && d.Capital {
			bad("dated name %s of %s: a capital is not the state's name (shown)", d.Name, d.State)
		}
		if d.Shared && (d.Shown || d.Capital || d.From.IsZero() || d.To.IsZero()) {
			bad("dated name %s of %s: a shared name is neither shown nor a capital, and has both dates", d.Name, d.State)
		}
	}
	for _, u := range c.Unions {
		if strings.TrimSpace(u.Source) == "" || u.From.IsZero() || u.To.IsZero() || u.Name == "" || u.In == "" {
			bad("union of %s: needs in, name, from, to and source", u.State)
		}
	}
	for _, x := range c.Indep {
		if strings.TrimSpace(x.Source) == "" || x.Date.IsZero() || x.Date.Precision != graph.PrecisionDay {
			bad("independence of %s: needs a day and a source", x.State)
		}
	}
	if len(c.COW.Map)+len(c.COW.Spells) > 0 && strings.TrimSpace(c.COW.Source) == "" {
		bad("cow: no source")
	}
	for _, m := range c.Moves {
		if strings.TrimSpace(m.Source) == "" {
			bad("role move of %s: no source", m.Leader)
		}
	}
	for _, f := range c.Families {
		if strings.TrimSpace(f.Source) == "" {
			bad("party family of %s: no source", f.Party)
		}
		if !ideo[f.Family] {
			bad("party family of %s: %q is not one of %s", f.Party, f.Family, strings.Join(Ideologies, ", "))
		}
	}
	regimes := map[string]bool{}
	for _, r := range Regimes {
		regimes[r] = true
	}
	for _, r := range c.Regimes {
		if strings.TrimSpace(r.Source) == "" {
			bad("regime of %s: no source", r.State)
		}
		if !regimes[r.Regime] {
			bad("regime of %s: %q is not one of %s", r.State, r.Regime, strings.Join(Regimes, ", "))
		}
		if r.From.IsZero() {
			bad("regime of %s: no from", r.State)
		}
	}
	for _, p := range c.Parties {
		if strings.TrimSpace(p.Source) == "" {
			bad("party %s: no source", p.Name)
		}
		if !ideo[p.Ideology] {
			bad("party %s: ideology %q is not one of %s", p.Name, p.Ideology, strings.Join(Ideologies, ", "))
		}
		if len(p.Rules) == 0 {
			bad("party %s: no rules", p.Name)
		}
		for _, t := range p.Rules {
			if t.From.IsZero() || (!t.To.IsZero() && t.To.Compare(t.From) < 0) {
				bad("party %s: rule %s–%s", p.Name, t.From, t.To)
			}
		}
	}
	for _, l := range c.Leaders {
		if strings.TrimSpace(l.Source) == "" {
			bad("leader %s: no source", l.Name)
		}
		if len(l.Roles) == 0 {
			bad("leader %s: no roles", l.Name)
		}
		for _, r := range l.Roles {
			if r.Title == "" || r.Of == "" || r.From.IsZero() {
				bad("leader %s: role needs title, of and from", l.Name)
			}
			if !r.To.IsZero() && r.To.Compare(r.From) < 0 {
				bad("leader %s: role %s ends before it starts", l.Name, r.Title)
			}
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("%s:\n  %s", path, strings.Join(errs, "\n  "))
	}
	return nil
}
