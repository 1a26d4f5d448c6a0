package analysis

import (
	"strings"
	"testing"

	"github.com/blocgraph/blocgraph/graph"
)

// member is a node of a bloc with its ruling and whether it cooperates.
func member(id, name, family, regime string, coop float64) NodeResult {
	return NodeResult{ID: id, Name: name, CooperationIn: coop, Ruling: Ruling{Family: family, Regime: regime}}
}

func bools(b bool) *bool { return &b }

var labelTests = []struct {
	name    string
	members []NodeResult
	sig     *bool
	label   string
	rule    string
	reason  string // words the reason must hold
	ideo    string // IdeologyWord
	regime  string // RegimeWord
	finding bool
}{
	{"socialist: most members ruled by communists or socialists",
		[]NodeResult{member("CUB", "Cuba", "communism", "autocracy", 1), member("PRK", "North Korea", "communism", "autocracy", 1), member("VNM", "Vietnam", "socialism", "autocracy", 1), member("JPN", "Japan", "conservatism", "democracy", 1)},
		nil, "socialist bloc", "socialist", "3 of 4 members ruled by communist or socialist parties (2 communism, 1 conservatism, 1 socialism)", "mixed", "autocracy", true},
	{"half socialist is not most",
		[]NodeResult{member("CUB", "Cuba", "communism", "", 1), member("VNM", "Vietnam", "socialism", "", 1), member("JPN", "Japan", "conservatism", "", 1), member("KOR", "South Korea", "liberalism", "", 1)},
		nil, "Cuba, Vietnam and 2 others", "members", "no party family rules most of them", "mixed", "unknown", true},
	{"democracies: two thirds",
		[]NodeResult{member("USA", "United States", "liberalism", "democracy", 1), member("JPN", "Japan", "conservatism", "democracy", 1), member("TUR", "Türkiye", "", "autocracy", 1)},
		nil, "democracies", "democracies", "2 of 3 members democracies, two thirds or more (2 democracies, 1 autocracies, 0 unknown)", "mixed", "democracy", true},
	{"autocracies",
		[]NodeResult{member("SAU", "Saudi Arabia", "", "autocracy", 1), member("ARE", "United Arab Emirates", "", "autocracy", 1), member("ESP", "Spain", "social democracy", "democracy", 1)},
		nil, "autocracies", "autocracies", "2 of 3 members not democracies", "unknown", "autocracy", true},
	{"a Russia group is not a Russia bloc",
		[]NodeResult{member("RUS", "Russia", "conservatism", "autocracy", 1), member("UKR", "Ukraine", "liberalism", "democracy", 1), member("ISR", "Israel", "conservatism", "democracy", 1), member("IRN", "Iran", "islamism", "autocracy", 1)},
		nil, "Russia, Ukraine and 2 others", "members", "named by its members, most central first", "mixed", "mixed", true},
	{"two members",
		[]NodeResult{member("JPN", "Japan", "", "", 1), member("TKM", "Turkmenistan", "", "", 1)},
		nil, "Japan and Turkmenistan", "members", "2 unknown", "unknown", "unknown", true},
	{"alone, no cooperation",
		[]NodeResult{member("JPN", "Japan", "conservatism", "democracy", 0)},
		bools(false), "Japan (no cooperation ties)", "alone", "no cooperation tie in the window", "conservatism", "democracy", false},
	{"alone with ties",
		[]NodeResult{member("JPN", "Japan", "conservatism", "democracy", 2)},
		nil, "Japan (on its own)", "alone", "though it has cooperation ties", "conservatism", "democracy", true},
	{"not significant: described, no finding",
		[]NodeResult{member("CUB", "Cuba", "communism", "autocracy", 1), member("PRK", "North Korea", "communism", "autocracy", 1)},
		bools(false), "socialist bloc", "socialist", "this describes the members and is no finding", "communism", "autocracy", false},
}

func TestBlocLabels(t *testing.T) {
	for _, tt := range labelTests {
		var ms []*NodeResult
		for i := range tt.members {
			ms = append(ms, &tt.members[i])
		}
		b := labelBloc(0, ms, nil, tt.sig, "")
		if b.Label != tt.label || b.LabelBasis.Rule != tt.rule || !strings.Contains(b.LabelReason, tt.reason) || b.Finding != tt.finding {
			t.Errorf("%s: label %q (rule %s, finding %v), reason %q; want %q (%s, %v) with %q", tt.name, b.Label, b.LabelBasis.Rule, b.Finding, b.LabelReason, tt.label, tt.rule, tt.finding, tt.reason)
		}
		if b.IdeologyWord() != tt.ideo || b.RegimeWord() != tt.regime {
			t.Errorf("%s: ideology %q, regime %q; want %q, %q", tt.name, b.IdeologyWord(), b.RegimeWord(), tt.ideo, tt.regime)
		}
		if b.LabelBasis.Members != len(tt.members) || b.LabelBasis.Democracies+b.LabelBasis.Autocracies+b.LabelBasis.RegimeUnknown != len(tt.members) {
			t.Errorf("%s: basis %+v", tt.name, b.LabelBasis)
		}
		wantPrinted := tt.label
		if !tt.finding && tt.rule != "alone" {
			wantPrinted += " (not significant)"
		}
		if b.Printed() != wantPrinted {
			t.Errorf("%s: printed %q, want %q", tt.name, b.Printed(), wantPrinted)
		}
	}
}

// Two blocs that would share a label are told apart by their members, the
// most central member with the trait first.
func TestBlocLabelsShared(t *testing.T) {
	res := []NodeResult{
		member("ESP", "Spain", "social democracy", "democracy", 1), member("SAU", "Saudi Arabia", "", "autocracy", 1), member("ARE", "United Arab Emirates", "", "autocracy", 1),
		member("SYR", "Syria", "socialism", "autocracy", 1), member("IRN", "Iran", "islamism", "autocracy", 1),
	}
	for i := range res {
		res[i].PageRank = float64(len(res) - i) // Spain most central
	}
	// Two thirds of the first bloc are autocracies, but its most central
	// member, Spain, is a democracy: the bloc is named by its members, not
	// "autocracies (Saudi Arabia, Spain and United Arab Emirates)", which
	// lumped Spain with the Gulf monarchies (analyst review D).
	set := makeBlocs(res, []int32{0, 0, 0, 1, 1}, Config{}, nil, "")
	if got := set.list[0].Label; got != "Spain, Saudi Arabia and United Arab Emirates" {
		t.Errorf("first: %q", got)
	}
	if got, want := set.list[0].LabelReason, "2 of 3 members not democracies, but the most central, Spain, is a democracy, so the regime does not name the bloc"; !strings.Contains(got, want) {
		t.Errorf("first's reason %q lacks %q", got, want)
	}
	if got := set.list[1].Label; got != "autocracies" {
		t.Errorf("second: %q", got)
	}
	// Led by Saudi Arabia, the same members are autocracies; two such
	// blocs are told apart by their members.
	res[0].PageRank, res[1].PageRank = res[1].PageRank, res[0].PageRank
	set = makeBlocs(res, []int32{0, 0, 0, 1, 1}, Config{}, nil, "")
	if got := set.list[0].Label; got != "autocracies (Saudi Arabia, Spain and United Arab Emirates)" {
		t.Errorf("led by Saudi Arabia: %q", got)
	}
	if got := set.list[1].Label; got != "autocracies (Syria and Iran)" {
		t.Errorf("second: %q", got)
	}
	// A name given for a member wins.
	set = makeBlocs(res, []int32{0, 0, 0, 1, 1}, Config{BlocNames: map[string]string{"IRN": "axis"}}, nil, "")
	if set.list[1].Label != "axis" || set.list[1].LabelBasis.Rule != "named" || set.list[0].Label != "autocracies" {
		t.Errorf("named: %q, %q", set.list[0].Label, set.list[1].Label)
	}
}

// Analyze takes how states were ruled from Config.Rulers, on the date of
// each state's latest event, and labels the seed's blocs with them.
func TestAnalyzeRulers(t *testing.T) {
	g := seedGraph(t)
	p, err := Project(g, Options{})
	if err != nil {
		t.Fatal(err)
	}
	asked := map[string]string{}
	rulers := func(state string, at graph.Date) Ruling {
		asked[state] = at.String()
		switch state {
		case "USA", "KOR", "JPN":
			return Ruling{Regime: RegimeDemocracy, Economic: "right"}
		}
		return Ruling{Regime: RegimeAutocracy}
	}
	r, err := Analyze(g, p, Config{Method: MethodSigned, Rulers: rulers})
	if err != nil {
		t.Fatal(err)
	}
	if asked["USA"] != "2021-04-23" || asked["CUB"] != "2021-04-23" {
		t.Errorf("asked on %v; want each state's latest event", asked)
	}
	soc, dem := blocOf(r, "PRK"), blocOf(r, "USA")
	if soc == nil || soc.Label != "socialist bloc" || soc.Regime != RegimeAutocracy || soc.LabelBasis.Socialist != 5 || soc.LabelBasis.Autocracies != 5 {
		t.Errorf("socialist bloc: %+v", soc)
	}
	if dem == nil || dem.Label != "democracies" || dem.LabelBasis.Democracies != 3 {
		t.Errorf("the other bloc: %+v", dem)
	}
	if r.NoSignificantStructure() && (soc.Finding || dem.Finding) {
		t.Errorf("no significant structure, yet the blocs are findings")
	}
	for _, x := range r.Results {
		if x.ID == "USA" && (x.Ruling.Family != "liberalism" || x.Ruling.Regime != RegimeDemocracy || x.Ruling.Ideology() != "liberalism" || x.Ruling.At != "2021-04-23") {
			// family from the graph's ruling party (RULES), regime from Rulers
			t.Errorf("USA ruling %+v", x.Ruling)
		}
	}
}

// A shared label shortened to two names names two members that have the
// trait: on the shared GDELT export "autocracies (China, Brazil and 2
// others)" called Brazil, a democracy, an autocracy by example.
func TestBlocLabelsSharedNamesHaveTheTrait(t *testing.T) {
	res := []NodeResult{
		member("CHN", "China", "communism", "autocracy", 1), member("BRA", "Brazil", "conservatism", "democracy", 1),
		member("MYS", "Malaysia", "", "autocracy", 1), member("IND", "India", "", "autocracy", 1),
		member("SAU", "Saudi Arabia", "", "autocracy", 1), member("ESP", "Spain", "social democracy", "democracy", 1),
		member("ARE", "United Arab Emirates", "", "autocracy", 1), member("PRT", "Portugal", "", "democracy", 1),
		member("YEM", "Yemen", "", "autocracy", 1), member("OMN", "Oman", "", "autocracy", 1),
	}
	for i := range res {
		res[i].PageRank = float64(len(res) - i) // in the order above, most central first
	}
	set := makeBlocs(res, []int32{0, 0, 0, 0, 1, 1, 1, 1, 1, 1}, Config{}, nil, "")
	want := map[string]bool{
		"autocracies (Saudi Arabia, United Arab Emirates and 4 others)": true,
		"autocracies (China, Malaysia and 2 others)":                    true,
	}
	for _, b := range set.list {
		if !want[b.Label] {
			t.Errorf("label %q (members %v); want one of %v", b.Label, b.Names, want)
		}
	}
}
