package analysis

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/blocgraph/blocgraph/graph"
)

// Bloc labels say what the members have in common, and no more:
//
//   - a name given with Config.BlocNames (--name-bloc) for one of its members;
//   - "socialist bloc" when most members (more than half of all, known or
//     not) are ruled by communist or socialist parties;
//   - "democracies" or "autocracies" when a clear majority — two thirds of
//     all members — share that regime type, the most central member among
//     them (a bloc led by democratic Spain, with Portugal and four Gulf
//     monarchies, is named by its members, not "autocracies");
//   - a state alone: "Cuba (no cooperation ties)" when it has no cooperation
//     tie in the window, else "Cuba (on its own)";
//   - otherwise the members themselves, most central first: "Russia and
//     Belarus", "Russia, Norway and 7 others" — not "Russia bloc", which
//     would say Russia leads a bloc (Ukraine, Israel and Iran with it).
//
// A state's family, economic ideology and regime are those on the date of
// its latest event in the window (Ruling). A label two blocs would share
// is told apart by their members: "democracies (United States, Japan and
// 17 others)", two members named that have the trait. Every bloc says why it has its label (LabelReason) with the
// counts (LabelBasis); when the test against chance found no significant
// structure the label stays, for reference, but the bloc is no finding
// (Finding false, "not significant" in text).

// socialistFamilies are the party families that make a bloc the "socialist
// bloc" when most of its members are ruled by them.
var socialistFamilies = map[string]bool{"communism": true, "socialism": true}

// Regime types, as Ruling.Regime gives them.
const (
	RegimeDemocracy = "democracy"
	RegimeAutocracy = "autocracy"
)

// Ruling is how a state was ruled on a date, as reference data know it:
// the ruling party, its family (communism, socialism, social democracy,
// liberalism, conservatism, …), the economic ideology of the effective
// leader (left, centre, right, none) and the regime type (democracy,
// autocracy). An empty field is unknown.
type Ruling struct {
	Party    string `json:"party,omitempty"`
	Family   string `json:"family,omitempty"`
	Economic string `json:"economic,omitempty"`
	Regime   string `json:"regime,omitempty"`
	At       string `json:"at,omitempty"` // the date it holds for
}

// Ideology is what to call the state's ruling ideology: the party family,
// else the leader's economic ideology ("left"), else "unknown".
func (r Ruling) Ideology() string {
	switch {
	case r.Family != "":
		return r.Family
	case r.Economic != "":
		return r.Economic
	}
	return "unknown"
}

// RegimeWord is the regime type, or "unknown".
func (r Ruling) RegimeWord() string {
	if r.Regime == "" {
		return "unknown"
	}
	return r.Regime
}

// LabelBasis holds the counts behind a bloc's label.
type LabelBasis struct {
	Rule    string `json:"rule"` // named, socialist, democracies, autocracies, alone, members
	Members int    `json:"members"`
	// Families counts the members' ruling party families ("" unknown).
	Families map[string]int `json:"families"`
	// Socialist is the members ruled by communist or socialist parties.
	Socialist   int `json:"communist_or_socialist"`
	Democracies int `json:"democracies"`
	Autocracies int `json:"autocracies"`
	// RegimeUnknown and FamilyUnknown are the members whose regime type or
	// party family is not known on the date.
	RegimeUnknown int `json:"regime_unknown"`
	FamilyUnknown int `json:"family_unknown"`
	// CooperationTies is false for a state alone with no cooperation tie in
	// the window.
	CooperationTies bool `json:"cooperation_ties"`
	// Significant is the test against chance (Report.Null): absent when it
	// did not run.
	Significant *bool `json:"significant,omitempty"`
}

type blocSet struct {
	list  []Bloc
	order map[int]int // community number → bloc id (position in list)
}

// makeBlocs turns community numbers into labelled blocs, largest first, then
// by their most central member. significant is the test against chance (nil
// when it did not run).
// noun is the word for nodes that are no states ("node"), "" for states
// and actors.
func makeBlocs(res []NodeResult, community []int32, cfg Config, significant *bool, noun string) blocSet {
	members := map[int][]int{}
	for i, c := range community {
		members[int(c)] = append(members[int(c)], i)
	}
	var comms []int
	for c, m := range members {
		sort.Slice(m, func(a, b int) bool { return moreCentral(&res[m[a]], &res[m[b]]) })
		comms = append(comms, c)
	}
	sort.Slice(comms, func(a, b int) bool {
		ma, mb := members[comms[a]], members[comms[b]]
		if len(ma) != len(mb) {
			return len(ma) > len(mb)
		}
		return res[ma[0]].ID < res[mb[0]].ID
	})
	set := blocSet{order: map[int]int{}}
	for id, c := range comms {
		set.order[c] = id
		var ms []*NodeResult
		for _, i := range members[c] {
			ms = append(ms, &res[i])
		}
		set.list = append(set.list, labelBloc(id, ms, cfg.BlocNames, significant, noun))
	}
	// A label two blocs would share (two "democracies") names their
	// members, the most central that has the trait first.
	count := map[string]int{}
	for _, b := range set.list {
		count[b.Label]++
	}
	for i, c := range comms {
		b := &set.list[i]
		if count[b.Label] < 2 || b.LabelBasis.Rule == "members" || b.LabelBasis.Rule == "alone" {
			continue
		}
		// Up to three members are all named, the first with the trait first;
		// more are shortened to two names, and both must have the trait, or
		// "autocracies (China, Brazil and 2 others)" would call Brazil one.
		var with, without []string
		for j, m := range members[c] {
			if hasTrait(res[m].Ruling, b.LabelBasis.Rule) {
				with = append(with, b.Names[j])
			} else {
				without = append(without, b.Names[j])
			}
		}
		names := append(with, without...)
		if len(with) > 0 && len(b.Names) <= 3 {
			first := slices.Index(b.Names, with[0])
			names = append([]string{with[0]}, slices.Delete(slices.Clone(b.Names), first, first+1)...)
		}
		b.Label = fmt.Sprintf("%s (%s)", b.Label, memberWords(names))
	}
	return set
}

// hasTrait reports whether a member has what a label rule says of most of
// its bloc.
func hasTrait(r Ruling, rule string) bool {
	switch rule {
	case "socialist":
		return socialistFamilies[r.Family]
	case "democracies":
		return r.Regime == RegimeDemocracy
	case "autocracies":
		return r.Regime == RegimeAutocracy
	}
	return true
}

// labelBloc makes the bloc of members (most central first) with its label.
func labelBloc(id int, members []*NodeResult, names map[string]string, significant *bool, noun string) Bloc {
	b := Bloc{ID: id, Finding: significant == nil || *significant}
	basis := LabelBasis{Members: len(members), Families: map[string]int{}, Significant: significant}
	regimes := map[string]int{}
	for _, m := range members {
		b.Members = append(b.Members, m.ID)
		b.Names = append(b.Names, m.Name)
		basis.Families[m.Ruling.Family]++
		if socialistFamilies[m.Ruling.Family] {
			basis.Socialist++
		}
		switch m.Ruling.Regime {
		case RegimeDemocracy:
			basis.Democracies++
		case RegimeAutocracy:
			basis.Autocracies++
		default:
			basis.RegimeUnknown++
		}
		if m.Ruling.Regime != "" {
			regimes[m.Ruling.Regime]++
		}
		basis.CooperationTies = basis.CooperationTies || m.CooperationIn+m.CooperationOut > 0
	}
	basis.FamilyUnknown = basis.Families[""]
	delete(basis.Families, "")
	b.Ideology = majority(basis.Families, len(members))
	b.Regime = majority(regimes, len(members))
	n := len(members)
	of := func(k int) string { return fmt.Sprintf("%d of %d members", k, n) }
	switch {
	case namedBloc(members, names) != "":
		b.Label = namedBloc(members, names)
		basis.Rule = "named"
		b.LabelReason = "named on the command line (--name-bloc)"
	case n == 1 && !basis.CooperationTies:
		b.Label = members[0].Name + " (no cooperation ties)"
		basis.Rule = "alone"
		b.LabelReason = "a " + cmp.Or(noun, "state") + " with no cooperation tie in the window: no bloc, and no sign of non-alignment either"
	case n == 1:
		b.Label = members[0].Name + " (on its own)"
		basis.Rule = "alone"
		b.LabelReason = "a " + cmp.Or(noun, "state") + " the partition leaves on its own, though it has cooperation ties"
	case noun != "":
		// tribes have no ruling party or regime type to name them by
		b.Label = memberWords(b.Names)
		basis.Rule = "members"
		b.LabelReason = "named by its members, most central first: the " + noun + "s are no states, so no ruling party or regime type names them"
	case 2*basis.Socialist > n:
		b.Label = "socialist bloc"
		basis.Rule = "socialist"
		b.LabelReason = of(basis.Socialist) + " ruled by communist or socialist parties (" + countWords(basis.Families) + ")"
	case 3*basis.Democracies >= 2*n && members[0].Ruling.Regime == RegimeDemocracy:
		b.Label = "democracies"
		basis.Rule = "democracies"
		b.LabelReason = of(basis.Democracies) + " democracies, two thirds or more" + regimeRest(basis)
	case 3*basis.Autocracies >= 2*n && members[0].Ruling.Regime == RegimeAutocracy:
		b.Label = "autocracies"
		basis.Rule = "autocracies"
		b.LabelReason = of(basis.Autocracies) + " not democracies, two thirds or more" + regimeRest(basis)
	case 3*basis.Democracies >= 2*n || 3*basis.Autocracies >= 2*n:
		// Two thirds share a regime, but not the most central member: a
		// bloc led by Spain is no "autocracies" for its Gulf monarchies.
		b.Label = memberWords(b.Names)
		basis.Rule = "members"
		kind, lead := "democracies", "not a democracy"
		if 3*basis.Autocracies >= 2*n {
			kind, lead = "not democracies", "a democracy"
			if members[0].Ruling.Regime == "" {
				lead = "of unknown regime"
			}
		} else if members[0].Ruling.Regime == "" {
			lead = "of unknown regime"
		}
		k := max(basis.Democracies, basis.Autocracies)
		b.LabelReason = fmt.Sprintf("named by its members, most central first: %s %s, but the most central, %s, is %s, so the regime does not name the bloc%s",
			of(k), kind, members[0].Name, lead, regimeRest(basis))
	default:
		b.Label = memberWords(b.Names)
		basis.Rule = "members"
		b.LabelReason = fmt.Sprintf("named by its members, most central first: no party family rules most of them (%s) and no regime type two thirds (%d democracies, %d autocracies, %d unknown)",
			countWords(basis.Families)+unknownWords(basis.FamilyUnknown), basis.Democracies, basis.Autocracies, basis.RegimeUnknown)
	}
	if !b.Finding && basis.Rule != "alone" {
		b.LabelReason += "; but the bloc structure is not significant in this window, so this describes the members and is no finding"
	}
	b.LabelBasis = basis
	return b
}

// namedBloc is the name Config.BlocNames gives one of the members, the most
// central first.
func namedBloc(members []*NodeResult, names map[string]string) string {
	for _, m := range members {
		if name, ok := names[m.ID]; ok {
			return name
		}
	}
	return ""
}

// memberWords names a group by its members, most central first: "A and B",
// "A, B and C", "A, B and 7 others".
func memberWords(names []string) string {
	switch len(names) {
	case 0:
		return "no members"
	case 1:
		return names[0]
	case 2:
		return names[0] + " and " + names[1]
	case 3:
		return names[0] + ", " + names[1] + " and " + names[2]
	}
	return fmt.Sprintf("%s, %s and %d others", names[0], names[1], len(names)-2)
}

// countWords writes counts as "4 communism, 1 liberalism", the largest first.
func countWords(counts map[string]int) string {
	type kv struct {
		k string
		n int
	}
	var kvs []kv
	for k, n := range counts {
		kvs = append(kvs, kv{k, n})
	}
	sort.Slice(kvs, func(i, j int) bool {
		if kvs[i].n != kvs[j].n {
			return kvs[i].n > kvs[j].n
		}
		return kvs[i].k < kvs[j].k
	})
	var parts []string
	for _, x := range kvs {
		parts = append(parts, fmt.Sprintf("%d %s", x.n, x.k))
	}
	if len(parts) == 0 {
		return "no family known"
	}
	return strings.Join(parts, ", ")
}

func unknownWords(n int) string {
	if n == 0 {
		return ""
	}
	return fmt.Sprintf(", %d unknown", n)
}

func regimeRest(b LabelBasis) string {
	return fmt.Sprintf(" (%d democracies, %d autocracies, %d unknown)", b.Democracies, b.Autocracies, b.RegimeUnknown)
}

// Printed is the label as text output shows it: " (not significant)" after
// it when the test against chance found the bloc no finding, " (no
// finding)" when it is none for another reason (signed blocs with no
// conflict in the window), nothing for a state alone, which is no bloc.
func (b Bloc) Printed() string {
	switch {
	case b.Finding || b.LabelBasis.Rule == "alone":
		return b.Label
	case b.LabelBasis.Significant == nil:
		return b.Label + " (no finding)"
	}
	return b.Label + " (not significant)"
}

// IdeologyWord is the bloc's ideology for text output: the family more
// than half the members share, else "mixed" when most members' families
// are known, else "unknown".
func (b Bloc) IdeologyWord() string {
	return sharedWord(b.Ideology, b.LabelBasis.FamilyUnknown, b.LabelBasis.Members)
}

// RegimeWord is the bloc's regime type for text output, as IdeologyWord.
func (b Bloc) RegimeWord() string {
	return sharedWord(b.Regime, b.LabelBasis.RegimeUnknown, b.LabelBasis.Members)
}

// sharedWord is what most of n members share, "unknown" when most are not
// known, else "mixed".
func sharedWord(shared string, unknown, n int) string {
	switch {
	case shared != "":
		return shared
	case 2*unknown >= n:
		return "unknown"
	}
	return "mixed"
}

// majority returns the key held by more than half of n members, or "".
func majority(counts map[string]int, n int) string {
	for k, c := range counts {
		if 2*c > n {
			return k
		}
	}
	return ""
}

// RulingOf is how the state of node id was ruled on the date of its
// latest event in p, as Analyze gives it in NodeResult.Ruling (for a
// partner of Partners, say).
func RulingOf(g *graph.Graph, p *Projection, id string, cfg Config) Ruling {
	return rulingOf(g, p, id, cfg)
}

// rulingOf is how the state of node id was ruled on the date of the node's
// latest event in the projection (not the end of the window: a state last
// seen in 2021 is judged by its 2021 rulers): from cfg.Rulers, with the
// party family of the graph's ruling parties (RULES; a facts file's own
// parties) where Rulers knows none.
func rulingOf(g *graph.Graph, p *Projection, id string, cfg Config) Ruling {
	return rulingAt(g, id, p.lastSeen(id), cfg)
}

// rulingAt is rulingOf for node id last seen at at.
func rulingAt(g *graph.Graph, id string, at graph.Date, cfg Config) Ruling {
	state := id
	if g != nil {
		if n := g.Node(id); n != nil && n.Kind != graph.KindState {
			var ok bool
			if state, ok = g.StateOf(id, at); !ok {
				return Ruling{}
			}
		}
	}
	var r Ruling
	if cfg.Rulers != nil && !at.IsZero() {
		r = cfg.Rulers(state, at)
	}
	if r.Family == "" {
		if f, party := graphFamily(g, state, at); f != "" {
			r.Family = f
			if r.Party == "" {
				r.Party = party
			}
		}
	}
	if r != (Ruling{}) {
		r.At = at.String()
	}
	return r
}

// rulingIdeology is the party family of the state of node id on the date
// of its latest event (rulingOf without reference data).
func rulingIdeology(g *graph.Graph, p *Projection, id string) string {
	return rulingOf(g, p, id, Config{}).Family
}

// graphFamily is the ideology of the party the graph says ruled state on
// at (the first by name when several did), and the party's name.
func graphFamily(g *graph.Graph, state string, at graph.Date) (string, string) {
	if g == nil {
		return "", ""
	}
	type found struct{ family, name string }
	var fs []found
	for _, r := range g.RelationshipsTo(state) {
		if r.Type != graph.RULES {
			continue
		}
		if !at.IsZero() && !r.ActiveAt(at) {
			continue
		}
		if party := g.Node(r.From); party != nil && party.Ideology != "" {
			fs = append(fs, found{party.Ideology, party.Label()})
		}
	}
	if len(fs) == 0 {
		return "", ""
	}
	sort.Slice(fs, func(i, j int) bool { return fs[i].family < fs[j].family })
	return fs[0].family, fs[0].name
}

// lastSeen returns the date of the latest event involving node id.
func (p *Projection) lastSeen(id string) graph.Date {
	var last graph.Date
	for _, pr := range p.Pairs {
		if pr.From != id && pr.To != id {
			continue
		}
		if !pr.Last.IsZero() {
			if pr.Last.Compare(last) > 0 {
				last = pr.Last
			}
			continue
		}
		for _, e := range pr.Events {
			if e.Date.Compare(last) > 0 {
				last = e.Date
			}
		}
	}
	return last
}

// lastSeenAll returns lastSeen of every node, in one pass over the pairs.
func (p *Projection) lastSeenAll() map[string]graph.Date {
	last := make(map[string]graph.Date, len(p.Nodes))
	see := func(id string, d graph.Date) {
		if d.Compare(last[id]) > 0 {
			last[id] = d
		}
	}
	for _, pr := range p.Pairs {
		if !pr.Last.IsZero() {
			see(pr.From, pr.Last)
			see(pr.To, pr.Last)
			continue
		}
		for _, e := range pr.Events {
			see(pr.From, e.Date)
			see(pr.To, e.Date)
		}
	}
	return last
}

// moreCentral orders nodes by PageRank, then by weighted degree, then id.
// PageRanks within a relative 1e-9 count as equal: states that tie exactly
// (the same in-edges from the same sources) differ in the last bits
// according to the order of the solver's updates, which must not decide.
func moreCentral(a, b *NodeResult) bool {
	if math.Abs(a.PageRank-b.PageRank) > 1e-9*math.Max(a.PageRank, b.PageRank) {
		return a.PageRank > b.PageRank
	}
	if da, db := a.InDegree+a.OutDegree, b.InDegree+b.OutDegree; da != db {
		return da > db
	}
	return a.ID < b.ID
}
