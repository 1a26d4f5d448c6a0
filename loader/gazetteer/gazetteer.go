// Package gazetteer is blocgraph's built-in reference gazetteer: every ISO
// 3166-1 state with its names, aliases, demonyms and capital (used as a
// metonym: "Pyongyang" is North Korea), tens of thousands of leaders with
// dated terms, and ruling parties with their ideology and dated rule. It
// resolves the names analysts write in facts files and expands an entity
// into the graph nodes and structural relationships (LEADS, HEADS, RULES)
// that make it meaningful.
//
// The data is generated from the reference files in ../shared/data and the
// hand-curated overlay curated.yaml by `go generate ./loader/gazetteer` and
// embedded; Default parses it once.
package gazetteer

//go:generate go run ./internal/gen

import (
	_ "embed"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/blocgraph/blocgraph/graph"
)

//go:embed gazetteer.tsv
var embedded []byte

// Role is a leader's term at the head of a state (LEADS) or a party (HEADS).
// A zero From or To is an open end.
type Role struct {
	Title    string // "President", "General Secretary"
	Of       string // the state's ISO alpha-3 code, or the party's id
	From, To graph.Date
	Source   string // the reference file or overlay it comes from; "" for a facts file's own
}

// Span is the role's term of office.
func (r Role) Span() graph.Span { return graph.Span{Start: r.From, End: r.To} }

// Term is a dated span: a party's rule of its state. A zero end is open.
type Term struct {
	From, To graph.Date
	// Of is the state ruled when it is not the party's own: the Communist
	// Party of Vietnam ruled North Vietnam (VDR) before Vietnam. "" is the
	// party's state (Node.State).
	Of string
	// Source is where the years of rule come from: Herre's file (the
	// effective leader's party, year by year) or curated.yaml; "" for a
	// facts file's own.
	Source string
}

// State is the state the term is a rule of, given the party's state.
func (t Term) State(party string) string {
	if t.Of != "" {
		return t.Of
	}
	return party
}

// Span is the term as a graph.Span.
func (t Term) Span() graph.Span { return graph.Span{Start: t.From, End: t.To} }

// Entity is a state, leader or party of the gazetteer.
type Entity struct {
	Node  graph.Node
	Roles []Role // leaders: LEADS a state or HEADS a party
	Rules []Term // parties: dated rule of Node.State
}

// InOffice reports whether a leader held one of their roles on one of the
// days d covers.
func (e Entity) InOffice(d graph.Date) bool {
	for _, r := range e.Roles {
		if r.Span().Touches(d) {
			return true
		}
	}
	return false
}

// Popularity ranks, which order the nearest names of a NotFoundError.
const (
	rankOfficial   = iota // a minister or other official of the CountryInfo government lists
	rankHead              // a head of state or government from the reference files
	rankCurated           // curated, or added by a facts file
	rankDependency        // a dependent territory
	rankState             // an independent state
)

type entry struct {
	Entity
	rank      int
	capitals  []string // capital names used as metonyms (states)
	variants  []string // further spellings that resolve but are not shown (states)
	familySrc string   // parties: where the party family (Node.Ideology) comes from
	families  []Fact   // parties: families that hold for a span only (the MPRP was communist to 1990)
}

// how says by which of its names an entity matched.
type how uint8

const (
	byName how = iota
	byAlias
	byDemonym
	byCapital
	byVariant
)

type ref struct {
	e       *entry
	how     how
	display string // the name as written
}

// refNode chains the refs of one name in Gazetteer.refs.
type refNode struct {
	ref
	next int32 // index of the next ref of the same name, -1 at the end
}

// Gazetteer resolves names to states, leaders and parties. Default is
// read-only and safe for concurrent use; an overlay made by With is not safe
// for concurrent Add.
type Gazetteer struct {
	parent   *Gazetteer
	readOnly bool
	ents     map[string]*entry
	names    map[string]int32 // folded name → first of its refs in refs
	refs     []refNode
	codes    map[string][]*entry // upper-case ISO alpha-3 and CAMEO codes → states
	cameo    map[string]string   // CAMEO code → ISO alpha-3, where they differ
	cameoNon map[string]bool     // CAMEO codes of no state

	nearOnce  sync.Once
	near      *nearIndex
	partyOnce sync.Once
	partyIdx  map[string][]string // state → ids of the parties that ruled it (root layer)

	hist *history  // the root layer's historical states, dated names, COW codes and facts
	keys *keyArena // while parsing the data file
}

func newGazetteer(parent *Gazetteer) *Gazetteer {
	z := &Gazetteer{parent: parent, ents: map[string]*entry{}, names: map[string]int32{}, codes: map[string][]*entry{}}
	if parent != nil {
		z.hist = parent.hist
	}
	return z
}

var (
	defaultOnce sync.Once
	defaultZ    *Gazetteer
)

// Default returns the embedded gazetteer, parsed on first use. It is
// read-only: add a facts file's own entities to Default().With().
func Default() *Gazetteer {
	defaultOnce.Do(func() {
		z, err := parse(embedded)
		if err != nil {
			panic(err) // the embedded file is generated and tested
		}
		z.readOnly = true
		defaultZ = z
		// The index of suggestions for unknown names takes about as long
		// as the parse; build it in the background, off the start-up path.
		go z.nearIndex()
	})
	return defaultZ
}

// With returns a cheap overlay of z: entities added to it are seen by it
// alone, and z is left untouched.
func (z *Gazetteer) With() *Gazetteer { return newGazetteer(z) }

// entry returns the entity with id as the topmost layer has it.
func (z *Gazetteer) entry(id string) *entry {
	for g := z; g != nil; g = g.parent {
		if e, ok := g.ents[id]; ok {
			return e
		}
	}
	return nil
}

// keyArena holds the folded names of the data file in large strings, one
// per 64 KiB, instead of a string each: the parse allocates less.
type keyArena struct {
	sb      strings.Builder
	scratch []byte
}

func (a *keyArena) fold(s string) string {
	a.scratch = graph.AppendFold(a.scratch[:0], s)
	if string(a.scratch) == s {
		return s
	}
	if a.sb.Cap()-a.sb.Len() < len(a.scratch) {
		a.sb = strings.Builder{}
		a.sb.Grow(max(64<<10, len(a.scratch)))
	}
	start := a.sb.Len()
	a.sb.Write(a.scratch)
	return a.sb.String()[start:]
}

// addName indexes one name of e in this layer.
func (z *Gazetteer) addName(e *entry, s string, h how) {
	var k string
	if z.keys != nil {
		k = z.keys.fold(s)
	} else {
		k = graph.Fold(s)
	}
	if k == "" {
		return
	}
	head, ok := z.names[k]
	if !ok {
		head = -1
	}
	for i := head; i >= 0; i = z.refs[i].next {
		if r := &z.refs[i]; r.e.Node.ID == e.Node.ID {
			if h < r.how {
				r.how, r.display = h, s
			}
			r.e = e
			return
		}
	}
	z.names[k] = int32(len(z.refs))
	z.refs = append(z.refs, refNode{ref{e, h, s}, head})
}

// insert adds e to this layer and indexes its names.
func (z *Gazetteer) insert(e *entry) {
	z.ents[e.Node.ID] = e
	add := func(s string, h how) { z.addName(e, s, h) }
	add(e.Node.Name, byName)
	for _, a := range e.Node.Aliases {
		add(a, byAlias)
	}
	for _, d := range e.Node.Demonyms {
		add(d, byDemonym)
	}
	for _, c := range e.capitals {
		add(c, byCapital)
	}
	for _, v := range e.variants {
		add(v, byVariant)
	}
}

// Add adds e to an overlay made by With. An entity whose id is already known
// is extended: aliases, demonyms, roles and rules are merged and empty fields
// filled. It is an error if the id is known with another kind. A leader or
// party without an id gets the slug of its name.
func (z *Gazetteer) Add(e Entity) error {
	if z.readOnly {
		return fmt.Errorf("the default gazetteer is read-only: add entities to Default().With()")
	}
	n := e.Node
	switch n.Kind {
	case graph.KindState, graph.KindLeader, graph.KindParty:
	default:
		return fmt.Errorf("entity %q: kind %q is not State, Leader or Party", n.ID, n.Kind)
	}
	if n.ID == "" {
		if n.Kind == graph.KindState {
			return fmt.Errorf("state %q has no id (its ISO alpha-3 code)", n.Name)
		}
		n.ID = graph.Slug(n.Name)
		if n.ID == "" {
			return fmt.Errorf("%s entity has neither id nor name", strings.ToLower(string(n.Kind)))
		}
	}
	for _, r := range e.Roles {
		if r.Of == "" {
			return fmt.Errorf("%s %q: a role (%s) names no state or party", strings.ToLower(string(n.Kind)), n.ID, r.Title)
		}
		if !r.From.IsZero() && !r.To.IsZero() && r.To.Compare(r.From) < 0 {
			return fmt.Errorf("%s %q: role %s of %s ends (%s) before it starts (%s)", strings.ToLower(string(n.Kind)), n.ID, r.Title, r.Of, r.To, r.From)
		}
	}
	for _, t := range e.Rules {
		if !t.From.IsZero() && !t.To.IsZero() && t.To.Compare(t.From) < 0 {
			return fmt.Errorf("party %q: rule ends (%s) before it starts (%s)", n.ID, t.To, t.From)
		}
	}
	ne := &entry{rank: rankCurated}
	if n.Kind == graph.KindState {
		ne.rank = rankState
	}
	if old := z.entry(n.ID); old != nil {
		if old.Node.Kind != n.Kind {
			return fmt.Errorf("id %q is a %s already, not a %s", n.ID, old.Node.Kind, n.Kind)
		}
		ne = cloneEntry(old)
		ne.Node.Merge(&n)
		ne.Roles = unionRoles(ne.Roles, e.Roles)
		ne.Rules = unionTerms(ne.Rules, e.Rules)
	} else {
		if n.Name == "" {
			return fmt.Errorf("%s %q has no name", strings.ToLower(string(n.Kind)), n.ID)
		}
		n.Aliases = graph.UnionNames(nil, n.Aliases)
		n.Demonyms = graph.UnionNames(nil, n.Demonyms)
		ne.Node = n
		ne.Roles = unionRoles(nil, e.Roles)
		ne.Rules = unionTerms(nil, e.Rules)
		if n.Capital != "" {
			ne.capitals = []string{n.Capital}
		}
	}
	z.insert(ne)
	if n.Kind == graph.KindState {
		for _, c := range []string{ne.Node.ID, ne.Node.CAMEO} {
			if isCode(c) && !slices.ContainsFunc(z.codes[c], func(x *entry) bool { return x.Node.ID == ne.Node.ID }) {
				z.codes[c] = append(z.codes[c], ne)
			}
		}
	}
	return nil
}

func unionRoles(a, b []Role) []Role {
	out := append([]Role(nil), a...)
outer:
	for _, r := range b {
		for _, x := range out {
			if x.Of == r.Of && graph.Fold(x.Title) == graph.Fold(r.Title) && x.From == r.From && x.To == r.To {
				continue outer
			}
		}
		out = append(out, r)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].From.Compare(out[j].From) < 0 })
	return out
}

func unionTerms(a, b []Term) []Term {
	out := append([]Term(nil), a...)
outer:
	for _, t := range b {
		for _, x := range out {
			if x == t {
				continue outer
			}
		}
		out = append(out, t)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].From.Compare(out[j].From) < 0 })
	return out
}

func cloneEntry(e *entry) *entry {
	c := *e
	c.Entity = cloneEntity(e.Entity)
	c.capitals = append([]string(nil), e.capitals...)
	c.variants = e.variants // never modified
	return &c
}

func cloneEntity(e Entity) Entity {
	e.Node.Aliases = append([]string(nil), e.Node.Aliases...)
	e.Node.Demonyms = append([]string(nil), e.Node.Demonyms...)
	e.Roles = append([]Role(nil), e.Roles...)
	e.Rules = append([]Term(nil), e.Rules...)
	if len(e.Node.Aliases) == 0 {
		e.Node.Aliases = nil
	}
	if len(e.Node.Demonyms) == 0 {
		e.Node.Demonyms = nil
	}
	if len(e.Roles) == 0 {
		e.Roles = nil
	}
	if len(e.Rules) == 0 {
		e.Rules = nil
	}
	return e
}

// Entity returns the entity with id (a copy: changing it changes nothing).
func (z *Gazetteer) Entity(id string) (Entity, bool) {
	e := z.entry(id)
	if e == nil {
		return Entity{}, false
	}
	return cloneEntity(e.Entity), true
}

// States returns the nodes of all states, sorted by id.
func (z *Gazetteer) States() []graph.Node {
	seen := map[string]bool{}
	var out []graph.Node
	for g := z; g != nil; g = g.parent {
		for id, e := range g.ents {
			if e.Node.Kind == graph.KindState && !seen[id] {
				seen[id] = true
				out = append(out, cloneEntity(z.entry(id).Entity).Node)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// StateByCAMEO maps a CAMEO actor country code (GDELT's Actor1CountryCode)
// onto the state's ISO alpha-3 code: "ROM" → "ROU", "PRK" → "PRK". Codes of
// regions and other non-states ("AFR", "EUR", "BAG"; WSB and GZS, the West Bank and Gaza, are Palestine's, PSE) give false.
func (z *Gazetteer) StateByCAMEO(code string) (string, bool) {
	code = strings.ToUpper(strings.TrimSpace(code))
	for g := z; g != nil; g = g.parent {
		if iso, ok := g.cameo[code]; ok {
			return iso, true
		}
		if g.cameoNon[code] {
			return "", false
		}
	}
	if e := z.entry(code); e != nil && e.Node.Kind == graph.KindState {
		return code, true
	}
	return "", false
}

// StateByName maps a country name as event datasets write it ("Russian
// Federation", "Korea, Republic of", "Occupied Palestinian Territory", "Cote
// d'Ivoire") onto the state's ISO alpha-3 code. Demonyms and capitals are not
// country names and give false, as does a name two states share.
func (z *Gazetteer) StateByName(name string) (string, bool) {
	id := ""
	key := graph.Fold(name)
	for _, r := range z.lookup(key) {
		if r.e.Node.Kind != graph.KindState || r.how == byDemonym || r.how == byCapital || z.sharedName(r.e.Node.ID, key) {
			continue
		}
		if id != "" && id != r.e.Node.ID {
			return "", false
		}
		id = r.e.Node.ID
	}
	return id, id != ""
}

// Stats counts what the gazetteer holds: states, leaders, parties, and the
// distinct (folded) names that resolve.
func (z *Gazetteer) Stats() (states, leaders, parties, names int) {
	seen := map[string]bool{}
	for g := z; g != nil; g = g.parent {
		for id, e := range g.ents {
			if seen[id] {
				continue
			}
			seen[id] = true
			switch e.Node.Kind {
			case graph.KindState:
				states++
			case graph.KindLeader:
				leaders++
			case graph.KindParty:
				parties++
			}
		}
	}
	if z.parent == nil {
		return states, leaders, parties, len(z.names)
	}
	keys := map[string]bool{}
	for g := z; g != nil; g = g.parent {
		if g.parent == nil {
			names = len(g.names)
			for k := range keys {
				if _, ok := g.names[k]; !ok {
					names++
				}
			}
			break
		}
		for k := range g.names {
			keys[k] = true
		}
	}
	return states, leaders, parties, names
}

// lookup returns the entities named key in any layer, each once, as the
// topmost layer has it, with the strongest way it matched.
func (z *Gazetteer) lookup(key string) []ref {
	if key == "" {
		return nil
	}
	var out []ref
	for g := z; g != nil; g = g.parent {
		head, ok := g.names[key]
		if !ok {
			continue
		}
	next:
		for n := head; n >= 0; n = g.refs[n].next {
			r := g.refs[n].ref
			for i := range out {
				if out[i].e.Node.ID == r.e.Node.ID {
					if r.how < out[i].how {
						out[i].how = r.how
					}
					continue next
				}
			}
			out = append(out, ref{z.entry(r.e.Node.ID), r.how, r.display})
		}
	}
	return out
}

// isCode reports an upper-case three-letter code: "CUB", "PRK".
func isCode(s string) bool {
	if len(s) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}
