// Package brief is the neutral model of a briefing: what an analyst sends
// about one corpus — the headline in plain words, the blocs, who is
// central, each focus state's partners and adversaries with the evidence,
// what changed over time, and how the numbers were made.
//
// analysis fills it (analysis.Brief) from a projection and its report; an
// encoder writes it (graph/encoding/html for a self-contained page). Every
// string is data, to be escaped by the encoder: names, quotes and titles
// come from facts files and datasets that anyone may have written.
package brief

import "github.com/blocgraph/blocgraph/graph/encoding"

// Briefing is one briefing, in the order it is read.
type Briefing struct {
	Title    string // e.g. "Blocs of states, 2021-03 to 2021-04-23"
	Subtitle string // the size of what was measured, in one line
	Level    string // what the nodes are: "state", "actor", or "node" (a network of no states)
	// NoRulers is true when ruling ideology and regime type do not apply
	// to the nodes (none is a state): the encoder leaves their columns out.
	NoRulers bool
	// Headline is the summary in plain sentences, generated from the
	// numbers; Caveats say, in words, what the data do not support (no
	// clear bloc structure, unknown ideology, a small sample, uncertain
	// members).
	Headline []string
	Caveats  []string
	// PictureNote is what the blocs picture must say under its title when
	// its legend is no finding ("no significant bloc structure: …"); ""
	// when the blocs stand.
	PictureNote string
	// Graph is the projected graph with its measures (the attributes of
	// graph/encoding: bloc, bloc_label, pagerank, weight), for the blocs
	// picture.
	Graph      *encoding.Graph
	Blocs      []Bloc  // largest first
	Centrality []Row   // most central first
	Measures   Columns // which optional columns the centrality table has
	States     []State // the focus states, in the order asked or most central first
	Timeline   *Timeline
	Articles   []Article // the articles behind the events shown, by id
	Method     []Item    // how the numbers were made: method, weights, window, …
	Sources    []Item    // the data read, with counts
	Warnings   []string
	Version    string // blocgraph's
	Command    string // the exact command line, shell-quoted
}

// Ref names a state (or an actor at the actor level).
type Ref struct {
	ID   string
	Name string
}

// Bloc is one bloc: who is in it, what they share, and its strongest ties.
type Bloc struct {
	ID         int // the bloc number the graph's nodes carry
	Label      string
	LabelBasis string // why it is called so, in words
	// NoFinding is "not significant" or "no finding" when the label
	// describes the members and is no finding, as text output prints it
	// after the label; "" for a finding or a state alone.
	NoFinding string
	Members   []Member
	Ideology  string // the ruling ideology most members share; "" none or unknown
	Regime    string // the regime type most members share; "" none or unknown
	// Confidence is the mean membership confidence (consensus); nil
	// otherwise.
	Confidence *float64
	Inside     []Tie // the strongest cooperation between members
	Against    []Tie // the strongest conflict with states outside
}

// Member is a state in a bloc, with what is known of its rulers.
type Member struct {
	Ref
	Ideology   string // "" when unknown
	Regime     string // "" when unknown
	Confidence *float64
}

// Tie is the relation of two states, both directions summed.
type Tie struct {
	A, B        Ref
	Net         float64 // cooperation − conflict
	Cooperation float64
	Conflict    float64
	Reports     int
	Relations   string // e.g. "congratulated ×3, sanctioned ×1"
}

// Columns says which optional measures the rows carry.
type Columns struct {
	Confidence bool // consensus: bloc membership confidence
}

// Row is one line of the centrality table.
type Row struct {
	Ref
	Bloc        int
	BlocLabel   string
	PageRank    float64
	Betweenness float64
	Eigenvector float64
	InDegree    float64
	OutDegree   float64
	Balance     float64
	Confidence  *float64
}

// State is a focus state: its place, partners and adversaries.
type State struct {
	Ref
	BlocLabel                     string
	Summary                       string    // one sentence on its place
	Partners                      []Partner // strongest net cooperation first
	Adversaries                   []Partner // strongest net conflict first
	MorePartners, MoreAdversaries int       // left out of the lists
}

// Partner is a counterpart of a focus state, with the events behind it.
type Partner struct {
	Ref
	Net         float64
	Cooperation float64
	Conflict    float64
	Reports     int
	Events      []Event
	MoreEvents  int // events left out
}

// Event is one piece of evidence.
type Event struct {
	Date     string
	Relation string // the vocabulary's phrase: "congratulated"
	Subject  string // names as the event gives them
	Object   string
	Count    int
	Weight   float64
	Quote    string
	Article  string // id of the article, "" for a dataset row
	Source   string // a dataset's provenance (GDELT's SOURCEURL, ICEWS story id), "" for facts
}

// Article is a source of events, as its facts file describes it.
type Article struct {
	ID        string
	Title     string
	Outlet    string
	Published string
	URL       string // as given: the encoder links only to http and https
	Events    int    // events of the window it reports
}

// Item is one line of a key–value list.
type Item struct {
	Name, Value string
}

// Timeline is the blocs over periods, when periods were asked.
type Timeline struct {
	Every   string // "1y", "data"
	Summary string // one sentence
	Periods []Period
	Moves   []Move
	More    int // moves left out
	// Picture is the membership chart's model (svg.RenderTimeline); nil
	// leaves the picture out.
	Picture *encoding.Timeline
}

// Period is one period of the timeline.
type Period struct {
	Label   string
	Events  int
	States  int
	Blocs   int
	Quality string // "Q 0.412", "F 3.0 (balance 0.812)", "" when empty
	Changes string // births, splits, merges and deaths, in words
	// Finding says whether the period's blocs are a finding, in a word or
	// two ("yes, p 0.010", "no", "weak", "untested", "-" when empty), and
	// Caveat why not, in a few words.
	Finding string
	Caveat  string
}

// Move is a state changing bloc between two periods.
type Move struct {
	Period string
	State  Ref
	From   string // bloc labels
	To     string
	Kind   string
	Events []Event
}
