package build

import (
	"fmt"
	"sort"
	"strings"

	"github.com/blocgraph/blocgraph/graph"
)

// The party family of a party from global_leader_ideologies.csv, which
// gives parties' names and their leaders' economic ideology but no family:
//
//  1. a curated party (matched by name) keeps its curated ideology;
//  2. else curated.yaml's party_families names it (the ruling Marxist–
//     Leninist parties, whose names often do not say so: the Socialist
//     Unity Party of Germany, the Polish United Workers' Party);
//  3. else a word of its English name, by the rules below, in order, when
//     the economic ideology the file gives its leaders agrees (most of
//     their years on the family's side): "Communist", "Marxist",
//     "Leninist" → communism (leftist); "Social Democrat…", "Labour",
//     "Labor" → social democracy (leftist or centrist); "Socialist" →
//     socialism where the party ruled a state coded as no democracy in
//     most of its years, social democracy where a democracy (the socialist
//     parties of Western Europe are social democrats; Ba'ath is not);
//     "Christian Democra…", "Christian Social", "Christian", "Catholic" →
//     christian democracy (any); "Conservative" →
//     conservatism (rightist or centrist); "Liberal" (not "Liberation") →
//     liberalism (any); "Islamic", "Islamist" → islamism (any);
//     "Nationalist" → nationalism (any);
//  4. else unknown ("").
//
// Each party keeps where its family came from (familySrc).

type familyRule struct {
	words  []string // any of these words of the folded name
	not    []string // … unless one of these is there too
	family string
	sides  []string // economic ideologies that agree; nil: any
}

var familyRules = []familyRule{
	{words: []string{"communist", "communists", "marxist", "leninist"}, family: "communism", sides: []string{"left"}},
	{words: []string{"social democratic", "social democrats", "social democracy", "labour", "labor"}, family: "social democracy", sides: []string{"left", "centre"}},
	{words: []string{"socialist", "socialists", "socialism"}, family: "socialism", sides: []string{"left"}},
	{words: []string{"christian democratic", "christian democrats", "christian social", "christian", "catholic"}, family: "christian democracy"},
	{words: []string{"conservative", "conservatives"}, family: "conservatism", sides: []string{"right", "centre"}},
	{words: []string{"liberal", "liberals"}, not: []string{"liberation"}, family: "liberalism"},
	{words: []string{"islamic", "islamist"}, family: "islamism"},
	{words: []string{"nationalist", "nationalists"}, family: "nationalism"},
}

// hasWords reports whether the folded name holds the folded phrase as whole words.
func hasWords(name, phrase string) bool {
	n, p := " "+name+" ", " "+phrase+" "
	return strings.Contains(n, p)
}

// datedFamily is a party's family over a span, where curated.yaml dates it.
type datedFamily struct {
	from, to graph.Date
	family   string
	src      string
}

// family returns the party family of a party of the file and its source;
// dated, the families curated.yaml gives for spans of time (the family is
// then the latest one's, if it is still open).
func (b *builder) family(p *party, hp herreParty) (string, string, []datedFamily) {
	var dated []datedFamily
	for _, f := range b.cur.Families {
		if f.State != "" && f.State != p.state && !b.rulesState(p, f.State) {
			continue
		}
		for _, n := range partyNames(hp) {
			if graph.Fold(n) != graph.Fold(f.Party) {
				continue
			}
			src := "curated.yaml party_families: " + f.Source
			if f.From.IsZero() && f.To.IsZero() {
				return f.Family, src, nil
			}
			dated = append(dated, datedFamily{f.From, f.To, f.Family, src})
			break
		}
	}
	if len(dated) > 0 {
		sort.Slice(dated, func(i, j int) bool { return dated[i].from.Compare(dated[j].from) < 0 })
		if last := dated[len(dated)-1]; last.to.IsZero() {
			return last.family, last.src, dated
		}
		return "", "", dated
	}
	name := graph.Fold(hp.eng)
	side := b.partySides(p)
	for _, r := range familyRules {
		hit := ""
		for _, w := range r.words {
			if hasWords(name, w) {
				hit = w
				break
			}
		}
		if hit == "" {
			continue
		}
		skip := false
		for _, w := range r.not {
			skip = skip || hasWords(name, w)
		}
		if skip {
			continue
		}
		if r.sides != nil && !agrees(side, r.sides) {
			return "", fmt.Sprintf("name rule: %q would give %s, but its leaders' economic ideology is mostly %s", hit, r.family, orUnknown(side.major)), nil
		}
		fam := r.family
		if fam == "socialism" && side.democratic {
			fam = "social democracy"
		}
		return fam, fmt.Sprintf("name rule (loader/gazetteer/internal/build/families.go): %q → %s", hit, fam), nil
	}
	return "", "", nil
}

type sides struct {
	major      string // the economic ideology of most of the party's years
	democratic bool   // most of its years of rule in a democracy
}

// partySides reads, over the party's years of rule in the file, the
// economic ideology of its leaders and whether the state was a democracy.
func (b *builder) partySides(p *party) sides {
	eco := map[string]int{}
	dem, years := 0, 0
	var rows []herreRow
	seen := map[string]bool{}
	for _, t := range p.rules {
		if st := t.stateOr(p.state); !seen[st] {
			seen[st] = true
			rows = append(rows, b.herreByState[st]...)
		}
	}
	for _, r := range rows {
		if !b.rulesIn(p, r.state, r.year) {
			continue
		}
		years++
		if r.economic != "" {
			eco[r.economic]++
		}
		if r.regime == "democracy" {
			dem++
		}
	}
	var s sides
	best := 0
	for _, k := range []string{"left", "centre", "right", "none"} {
		if eco[k] > best {
			s.major, best = k, eco[k]
		}
	}
	s.democratic = 2*dem > years
	return s
}

func (b *builder) rulesIn(p *party, st string, year int) bool {
	for _, t := range p.rules {
		if t.stateOr(p.state) == st && t.from.Year <= year && (t.to.IsZero() || year <= t.to.Year) {
			return true
		}
	}
	return false
}

func (b *builder) rulesState(p *party, st string) bool {
	for _, t := range p.rules {
		if t.stateOr(p.state) == st {
			return true
		}
	}
	return false
}

func agrees(s sides, want []string) bool {
	for _, w := range want {
		if s.major == w {
			return true
		}
	}
	return false
}

func orUnknown(s string) string {
	if s == "" {
		return "unknown"
	}
	return s
}
