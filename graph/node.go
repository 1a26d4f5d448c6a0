package graph

import "sort"

// Kind is a node label.
type Kind string

// The node kinds, which are also the node labels in Neo4j.
const (
	KindState   Kind = "State"
	KindLeader  Kind = "Leader"
	KindParty   Kind = "Party"
	KindArticle Kind = "Article"
)

// Kinds lists the node kinds in their fixed order.
func Kinds() []Kind { return []Kind{KindState, KindLeader, KindParty, KindArticle} }

func (k Kind) rank() int {
	for i, x := range Kinds() {
		if x == k {
			return i
		}
	}
	return len(Kinds())
}

// Valid reports whether k is one of the node kinds.
func (k Kind) Valid() bool { return k.rank() < len(Kinds()) }

// Node is a state, leader, party or article. Fields that do not apply to a
// node's kind stay empty.
type Node struct {
	ID      string // State: ISO 3166-1 alpha-3; Leader, Party: slug; Article: as given
	Kind    Kind
	Name    string
	Aliases []string

	// State
	ISO2     string
	CAMEO    string // CAMEO country code where it differs from ID
	Capital  string
	Demonyms []string

	// Party
	State    string // the party's state (ISO alpha-3)
	Ideology string // e.g. "communism", "socialism", "conservatism"

	// Article
	Title     string
	Published Date
	Outlet    string
	URL       string
}

// Attributes returns the node's non-empty properties in a fixed order, with
// their types: string, float64, int, bool or []string. id and kind come first.
func (n *Node) Attributes() []Attr {
	a := []Attr{{"id", n.ID}, {"kind", string(n.Kind)}}
	a = appendString(a, "name", n.Name)
	a = appendList(a, "aliases", n.Aliases)
	a = appendString(a, "iso2", n.ISO2)
	a = appendString(a, "cameo", n.CAMEO)
	a = appendString(a, "capital", n.Capital)
	a = appendList(a, "demonyms", n.Demonyms)
	a = appendString(a, "state", n.State)
	a = appendString(a, "ideology", n.Ideology)
	a = appendString(a, "title", n.Title)
	a = appendString(a, "published", n.Published.String())
	a = appendString(a, "outlet", n.Outlet)
	a = appendString(a, "url", n.URL)
	return a
}

// Label returns the name to show for the node: its name, else title, else id.
func (n *Node) Label() string {
	switch {
	case n.Name != "":
		return n.Name
	case n.Title != "":
		return n.Title
	}
	return n.ID
}

// Merge folds o, the same node described again, into n: o's name, when it
// folds (Fold) differently from n's, becomes an alias (or the name, when n
// has none); empty fields are filled; aliases and demonyms are united by
// UnionNames. It is the one rule for a node met twice, in a Graph and in
// the gazetteer's overlays.
func (n *Node) Merge(o *Node) {
	if o.Name != "" && Fold(o.Name) != Fold(n.Name) {
		if n.Name == "" {
			n.Name = o.Name
		} else {
			n.Aliases = UnionNames(n.Aliases, []string{o.Name})
		}
	}
	fill := func(dst *string, src string) {
		if *dst == "" {
			*dst = src
		}
	}
	fill(&n.ISO2, o.ISO2)
	fill(&n.CAMEO, o.CAMEO)
	fill(&n.Capital, o.Capital)
	fill(&n.State, o.State)
	fill(&n.Ideology, o.Ideology)
	fill(&n.Title, o.Title)
	fill(&n.Outlet, o.Outlet)
	fill(&n.URL, o.URL)
	if n.Published.IsZero() {
		n.Published = o.Published
	}
	n.Aliases = UnionNames(n.Aliases, o.Aliases)
	n.Demonyms = UnionNames(n.Demonyms, o.Demonyms)
}

// UnionNames returns the names of a, then those of b, each spelling once
// as Fold has it (the first written is kept) and none that folds to
// nothing; nil when none is left.
func UnionNames(a, b []string) []string {
	seen := make(map[string]bool, len(a)+len(b))
	out := make([]string, 0, len(a)+len(b))
	for _, list := range [2][]string{a, b} {
		for _, s := range list {
			if k := Fold(s); k != "" && !seen[k] {
				seen[k] = true
				out = append(out, s)
			}
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// sortedNames is UnionNames(nil, a) in sorted order: how a Graph keeps a
// node's aliases and demonyms, so that its output is the same whatever
// order they came in.
func sortedNames(a []string) []string {
	out := UnionNames(nil, a)
	sort.Strings(out)
	return out
}

// Structural relationship types.
const (
	LEADS = "LEADS" // (Leader)-[:LEADS {title, from, to}]->(State)
	HEADS = "HEADS" // (Leader)-[:HEADS {title, from, to}]->(Party)
	RULES = "RULES" // (Party)-[:RULES {from, to}]->(State)
)

// StructuralTypes lists the structural relationship types.
func StructuralTypes() []string { return []string{LEADS, HEADS, RULES} }

// Relationship is a structural relation: a leader's term at the head of a
// state or party, or a party's rule of a state, over the span Term (an open
// end: still in office, or since time out of mind).
type Relationship struct {
	ID    string
	Type  string // LEADS, HEADS or RULES
	From  string // node id
	To    string // node id
	Title string
	Term  Span
}

// Attributes returns the relationship's properties in a fixed order.
func (r *Relationship) Attributes() []Attr {
	a := []Attr{{"id", r.ID}, {"type", r.Type}}
	a = appendString(a, "title", r.Title)
	a = appendString(a, "from", r.Term.Start.String())
	a = appendString(a, "to", r.Term.End.String())
	return a
}

// ActiveAt reports whether the relationship holds on one of the days d
// covers (Span.Touches).
func (r *Relationship) ActiveAt(d Date) bool { return r.Term.Touches(d) }

func appendString(a []Attr, k, v string) []Attr {
	if v == "" {
		return a
	}
	return append(a, Attr{k, v})
}

func appendList(a []Attr, k string, v []string) []Attr {
	if len(v) == 0 {
		return a
	}
	return append(a, Attr{k, append([]string(nil), v...)})
}

// Attr is one typed property of a node, relationship or event. Value is a
// string, float64, int, bool or []string.
type Attr struct {
	Key   string
	Value any
}

// Attributer is implemented by what offers its properties to encoders and
// stores, in the manner of gonum's encoding.Attributer but typed.
type Attributer interface {
	Attributes() []Attr
}
