package analysis

import (
	"strings"
	"testing"

	"github.com/blocgraph/blocgraph/graph"
)

// TestGerundOfEveryRelation: the -ing form of every relation's phrase, for
// "41 GDELT reports of Brazil meeting China".
func TestGerundOfEveryRelation(t *testing.T) {
	want := map[string]string{
		"CONGRATULATED": "congratulating", "PRAISED": "praising", "EXPRESSED_SOLIDARITY": "expressing solidarity with",
		"APPEALED_FOR_COOPERATION": "appealing for cooperation with", "SENT_GIFT": "sending a gift to", "MET": "meeting",
		"SIGNED_AGREEMENT": "signing agreement with", "GAVE_AID": "giving aid to", "RECOGNIZED": "recognizing",
		"CRITICIZED": "criticizing", "PROTESTED": "protesting", "THREATENED": "threatening",
		"REDUCED_RELATIONS": "reducing relations with", "SANCTIONED": "sanctioning", "BOYCOTTED": "boycotting",
		"EXPELLED": "expelling", "ATTACKED": "attacking",
	}
	for _, typ := range graph.RelationTypes() {
		w, ok := want[typ]
		if !ok {
			continue
		}
		if got := gerund(graph.PhraseOf(typ)); got != w {
			t.Errorf("gerund(%q) = %q, want %q", graph.PhraseOf(typ), got, w)
		}
	}
}

// TestBusiestDatasetReports: the relation reported most often, from GDELT
// rows, is said as reports, not as events ("Brazil met China 41 times" was
// 41 rows of news reports of one visit; analyst review A9).
func TestBusiestDatasetReports(t *testing.T) {
	d := graph.MustDate("2019-10-24")
	pr := &Pair{From: "BRA", To: "CHN", ByType: map[string]int{"MET": 41},
		Events: []*graph.Event{{Type: "MET", Date: d, Count: 41, Source: "gdelt"}}}
	p := &Projection{Names: map[string]string{"BRA": "Brazil", "CHN": "China"}, Pairs: []*Pair{pr}}
	got := busiest(p)
	if got != "41 GDELT reports of Brazil meeting China on 24 October 2019." {
		t.Errorf("busiest: %q", got)
	}
	if strings.Contains(got, "times") {
		t.Errorf("dataset rows said as events: %q", got)
	}
	pr.Events[0].Source = "facts"
	if got := busiest(p); got != "Brazil met China 41 times on 24 October 2019." {
		t.Errorf("busiest of facts: %q", got)
	}
}

// TestUnsettledWarningWords: the warning of a measure that did not settle
// says what is approximate and what does not depend on it, without
// "HITS did not converge" (analyst review D).
func TestUnsettledWarningWords(t *testing.T) {
	w := unsettledWarning("hits", 1000)
	for _, want := range []string{"hub and authority scores", "are approximate", "had not settled after 1000 rounds", "the blocs do not depend on them"} {
		if !strings.Contains(w, want) {
			t.Errorf("HITS warning %q lacks %q", w, want)
		}
	}
	if strings.Contains(w, "converge") || strings.Contains(unsettledWarning("eigenvector", 1000), "converge") {
		t.Errorf("a warning in the solver's words: %q", w)
	}
}

// TestSplitOutlet: the outlet's name that pages end their titles with is
// taken off the title in the brief's source list and kept as the outlet
// (analyst review D); a title's own dash stays.
func TestSplitOutlet(t *testing.T) {
	for _, tt := range []struct{ title, outlet, url, wantTitle, wantOutlet string }{
		{"Kim Jong Un sends 3 messages to new Cuban leader - CNN", "", "https://edition.cnn.com/2021/04/23/asia/x", "Kim Jong Un sends 3 messages to new Cuban leader", "CNN"},
		{"Russia expels diplomats | Reuters", "Reuters", "", "Russia expels diplomats", "Reuters"},
		{"Kosovo talks stall - BBC News", "", "https://www.bbc.co.uk/news/world-1", "Kosovo talks stall", "BBC News"},
		{"Statement: Foreign Office summons Russian Ambassador - 2 February 2026", "", "https://www.gov.uk/x", "Statement: Foreign Office summons Russian Ambassador - 2 February 2026", ""},
		{"Chronicle 1983: 31 August - 1 September", "", "", "Chronicle 1983: 31 August - 1 September", ""},
		{"Talks - CNN", "Example & Co", "https://example.org/a", "Talks - CNN", "Example & Co"},
	} {
		title, outlet := splitOutlet(tt.title, tt.outlet, tt.url)
		if title != tt.wantTitle || outlet != tt.wantOutlet {
			t.Errorf("splitOutlet(%q, %q, %q) = %q, %q; want %q, %q", tt.title, tt.outlet, tt.url, title, outlet, tt.wantTitle, tt.wantOutlet)
		}
	}
}

// TestEventPhraseDyadic: a dyadic file's row is said by its sign, not as
// an act ("Germany acted toward United States" of a COW window); a
// dataset event of no type gives its CAMEO code (analyst review D).
func TestEventPhraseDyadic(t *testing.T) {
	names := func(id string) string { return id }
	w := graph.MustDate("1987")
	for _, tt := range []struct {
		e    graph.Event
		want string
	}{
		{graph.Event{Type: graph.GenericType, Source: sourceDyadic, Goldstein: 1, Date: w, End: graph.MustDate("1990")}, "had a positive relation with"},
		{graph.Event{Type: graph.GenericType, Source: sourceDyadic, Goldstein: -1, Date: w, End: graph.MustDate("1990")}, "had a negative relation with"},
		{graph.Event{Type: graph.GenericType, Source: "gdelt", CAMEO: "080", Goldstein: 5, Date: w}, "acted (CAMEO 080) toward"},
		{graph.Event{Type: "MET", Source: "gdelt", CAMEO: "040", Goldstein: 1, Date: w}, "met"},
	} {
		r := refOf(&tt.e, tt.e.Goldstein, names)
		if r.Said() != tt.want || strings.Contains(r.Said(), "acted toward") {
			t.Errorf("%+v: said %q, want %q", tt.e, r.Said(), tt.want)
		}
	}
}

// TestCloseQuotes: a quote that opens a quotation it does not close is
// shown closed, with no stray mark (analyst review D).
func TestCloseQuotes(t *testing.T) {
	for in, want := range map[string]string{
		"Xi described the relationship as “a valuable asset.": "Xi described the relationship as “a valuable asset.”",
		"as “a valuable asset.”":                              "as “a valuable asset.”",
		`he called it "a gift.`:                               `he called it "a gift."`,
		"no quotation":                                        "no quotation",
	} {
		if got := closeQuotes(in); got != want {
			t.Errorf("closeQuotes(%q) = %q, want %q", in, got, want)
		}
	}
}
