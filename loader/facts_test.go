package loader

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/blocgraph/blocgraph/graph"
)

// badFiles is the bad-input corpus: each file (or folder) in testdata/bad
// with the place and the words of the message it must get.
var badFiles = []struct {
	path string
	pos  string // file:line:column, relative to testdata/bad
	code string
	want string
}{
	{"unknown-name.yaml", "unknown-name.yaml:5:14", graph.ENOTFOUND, `subject "Kim Jong" matches no state, leader or party; nearest: Kim Jong`},
	{"ambiguous-name.yaml", "ambiguous-name.yaml:7:13", graph.EAMBIGUOUS, `object "Korean" is ambiguous`},
	{"unknown-relation.yaml", "unknown-relation.yaml:6:15", graph.ENOTFOUND, `relation "hugged" is not in the vocabulary`},
	{"impossible-date.yaml", "impossible-date.yaml:8:11", graph.EINVALID, `date "2021-02-30": February 2021 has 28 days`},
	{"malformed-date.yaml", "malformed-date.yaml:8:11", graph.EINVALID, `date "01/04/2021" is ambiguous: 1 April 2021 (day/month) or January 4, 2021 (month/day); write 2021-04-01 or 2021-01-04`},
	{"confidence-range.yaml", "confidence-range.yaml:8:17", graph.EINVALID, "confidence is 1.5; it must be between 0 and 1"},
	{"confidence-not-number.yaml", "confidence-not-number.yaml:8:17", graph.EINVALID, `confidence must be a number between 0 and 1, not the value "high"`},
	{"count-zero.yaml", "count-zero.yaml:8:12", graph.EINVALID, "count is 0; it must be 1 or more"},
	{"count-huge.yaml", "count-huge.yaml:8:12", graph.EINVALID, "count 9223372036854775807 is too large: one article reports one event at most 1000000 times"},
	{"count-overflow.yaml", "count-overflow.yaml:8:12", graph.EINVALID, "count 99999999999999999999999 is too large"},
	{"control-character.yaml", "control-character.yaml:8:17", graph.EINVALID, `control character U+001B, which YAML does not allow; remove it (inside double quotes it may be written \x1B)`},
	{"count-not-number.yaml", "count-not-number.yaml:8:12", graph.EINVALID, `count must be a whole number of reports (1 or more), not the value "two"`},
	{"missing-subject.yaml", "missing-subject.yaml:5:5", graph.EINVALID, "the fact has no subject: it is required"},
	{"missing-published.yaml", "missing-published.yaml:2:3", graph.EINVALID, "the article has no published: it is required"},
	{"unknown-key.yaml", "unknown-key.yaml:5:5", graph.EINVALID, `unknown key "subjcet" in a fact; did you mean "subject"?`},
	{"yaml-syntax.yaml", "yaml-syntax.yaml:5:3", graph.EINVALID, "YAML syntax error: found unexpected end of stream"},
	{"tabs.yaml", "tabs.yaml:6:1", graph.EINVALID, "tab in indentation; YAML indents with spaces only"},
	{"invalid-utf8.yaml", "invalid-utf8.yaml:8:16", graph.EINVALID, "invalid UTF-8 (byte 0xe9)"},
	{"empty.yaml", "empty.yaml:1:1", graph.EINVALID, "the file is empty"},
	{"date-after-published.yaml", "date-after-published.yaml:8:11", graph.EINVALID, "date 2021-05-01 is after the article was published (2021-04-23)"},
	{"missing-article.yaml", "missing-article.yaml:1:1", graph.EINVALID, "the document has no article"},
	{"missing-facts.yaml", "missing-facts.yaml:1:1", graph.EINVALID, "the document has no facts"},
	{"facts-not-list.yaml", "facts-not-list.yaml:4:8", graph.EINVALID, `facts of the document must be a list, not the value "Kim congratulated Diaz-Canel"`},
	{"bad-entity-kind.yaml", "bad-entity-kind.yaml:6:11", graph.EINVALID, `entity kind "country" is not one of state, leader, party`},
	{"same-subject-object.yaml", "same-subject-object.yaml:7:13", graph.EINVALID, `subject and object are both "North Korea" (PRK)`},
	{"published-month-only.yaml", "published-month-only.yaml:3:14", graph.EINVALID, `published: "2021-04" must be a full day`},
	{"duplicate-key.yaml", "duplicate-key.yaml:6:5", graph.EINVALID, `key "subject" given twice in a fact`},
	{"role-ends-before-start.yaml", "role-ends-before-start.yaml:9:59", graph.EINVALID, "the term ends (2020-01-01) before it starts (2021-01-01)"},
	{"document-not-mapping.yaml", "document-not-mapping.yaml:1:1", graph.EINVALID, "the document must be a mapping of keys (article, entities, facts), not a list"},
	{"duplicate-article", "duplicate-article/b.yaml:2:7", graph.ECONFLICT, `article id "bad-twice" is used twice; it was first given at`},
	{"no-facts-dir", "no-facts-dir", graph.ENOTFOUND, "folder holds no facts files"},
	{"historical-state-out-of-dates.yaml", "historical-state-out-of-dates.yaml:7:13", graph.EINVALID, `object "East Germany" names a state only on other dates than 2010-05-04: East Germany (State, DDR) from 1949-10-07 to 1990-10-02, then part of Germany (DEU) from 1990-10-03`},
	{"state-before-secession.yaml", "state-before-secession.yaml:5:14", graph.EINVALID, `subject "Ukraine" names a state only on other dates than 1975-08-01: Ukraine (State, UKR) from 1991-12-26, until then part of Soviet Union (SUN)`},
	{"state-in-union.yaml", "state-in-union.yaml:5:14", graph.EINVALID, `subject Syria was part of the United Arab Republic from 1958-02-22 to 1961-09-28; the facts name it on 1960-05-01 (name the United Arab Republic, which the Correlates of War code as Egypt, EGY)`},
	{"state-before-independence.yaml", "state-before-independence.yaml:5:14", graph.EINVALID, `subject the United Arab Emirates became independent on 1971-12-02; the facts name it on 1960-05-01`},
	{"two-people-one-name.yaml", "two-people-one-name.yaml:8:14", graph.EAMBIGUOUS, `subject "Jan Novak" is ambiguous: Jan Novák (Leader, jan-novak-cze: Prime Minister of Czech Republic from 1998 to 2002), Jan Novák (Leader, jan-novak-svk: President of Slovakia from 1999-06-15 to 2004-06-15)`},
}

func TestBadInput(t *testing.T) {
	dir := filepath.Join("testdata", "bad")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	covered := map[string]bool{}
	for _, tc := range badFiles {
		covered[tc.path] = true
		t.Run(tc.path, func(t *testing.T) {
			g, err := LoadFacts([]string{filepath.Join(dir, tc.path)}, Options{})
			if err == nil {
				t.Fatalf("loaded %d nodes; want an error", g.NumNodes())
			}
			if g != nil {
				t.Errorf("a graph came back with the error; a failed load must return nothing")
			}
			msg := err.Error()
			first := strings.Split(msg, "\n")[0]
			wantPrefix := filepath.Join(dir, tc.pos)
			if !strings.HasPrefix(first, wantPrefix+":") && first != wantPrefix && !strings.HasPrefix(first, wantPrefix+" ") {
				t.Errorf("message starts %q; want place %s", first, wantPrefix)
			}
			if !strings.Contains(first, tc.want) {
				t.Errorf("message %q\nwant it to contain %q", first, tc.want)
			}
			if c := graph.ErrorCode(err); c != tc.code {
				t.Errorf("code %q, want %q", c, tc.code)
			}
		})
	}
	for _, e := range entries {
		if !covered[e.Name()] {
			t.Errorf("testdata/bad/%s has no expected message in badFiles", e.Name())
		}
	}
	if len(badFiles) < 20 {
		t.Errorf("the bad-input corpus has %d cases; keep at least 20", len(badFiles))
	}
}

// TestAllProblemsListed checks that a file with several mistakes gets one
// message for each, not only the first.
func TestAllProblemsListed(t *testing.T) {
	in := Input{Name: "many.yaml", Data: []byte(`article:
  id: many
  published: 2021-04-23
facts:
  - subject: Kim Jong
    relation: hugged
    object: Cuba
  - subject: North Korea
    relation: praised
    object: Cuba
    confidence: 2
  - subjcet: Cuba
    relation: praised
    object: China
`)}
	_, err := ReadFacts([]Input{in}, Options{})
	list, ok := err.(graph.ErrorList)
	if !ok {
		t.Fatalf("error %v is not a list", err)
	}
	var places []string
	for _, e := range list {
		places = append(places, e.Pos.String())
	}
	want := []string{"many.yaml:5:14", "many.yaml:6:15", "many.yaml:11:17", "many.yaml:12:5"}
	if !reflect.DeepEqual(places, want) {
		t.Errorf("problems at %v\nwant %v\n%v", places, want, err)
	}
}

func TestSeedFacts(t *testing.T) {
	g, err := LoadFacts([]string{"../testdata/facts/kim-diaz-canel-2021.yaml"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	s := graph.Summarize(g)
	if s.Events != 14 || s.Reports != 15 {
		t.Errorf("seed: %d events, %d reports; want 14, 15", s.Events, s.Reports)
	}
	for _, st := range []string{"PRK", "CUB", "CHN", "VNM", "LAO", "USA", "KOR", "JPN"} {
		if n := g.Node(st); n == nil || n.Kind != graph.KindState {
			t.Errorf("state %s missing", st)
		}
	}
	count := map[string]int{}
	for _, e := range g.Events() {
		if e.Quote == "" {
			t.Errorf("event %s %s→%s has no quote", e.Type, e.Subject, e.Object)
		}
		if e.Article != "kim-diaz-canel-2021" {
			t.Errorf("event %s has article %q", e.ID, e.Article)
		}
		if e.Subject == "kim-jong-un" && e.Object == "miguel-diaz-canel" && e.Type == "CONGRATULATED" {
			count["congrats"] += e.Count
		}
		if e.Type == "SANCTIONED" && e.Subject == "USA" {
			count["sanctions:"+e.Object]++
		}
	}
	if count["congrats"] != 3 {
		t.Errorf("Kim→Díaz-Canel congratulations: %d, want 3", count["congrats"])
	}
	if count["sanctions:CUB"] != 1 || count["sanctions:PRK"] != 1 {
		t.Errorf("U.S. sanctions: %v", count)
	}
	// Leaders stand for the state they led on the event's date.
	for leader, want := range map[string]string{"kim-jong-un": "PRK", "miguel-diaz-canel": "CUB", "xi-jinping": "CHN"} {
		if st, ok := g.StateOf(leader, graph.MustDate("2021-04-20")); !ok || st != want {
			t.Errorf("StateOf(%s) = %q, %v; want %s", leader, st, ok, want)
		}
	}
	// The article's own news: Díaz-Canel heads the Communist Party of Cuba from 19 April 2021.
	found := false
	for _, r := range g.RelationshipsFrom("miguel-diaz-canel") {
		if r.Type == graph.HEADS && r.Term.Start == graph.MustDate("2021-04-19") {
			found = true
		}
	}
	if !found {
		t.Errorf("Díaz-Canel's election as First Secretary (HEADS from 2021-04-19) is missing")
	}
	// Every state involved has its ruling party with an ideology.
	for _, st := range []string{"PRK", "CUB", "CHN", "VNM", "LAO"} {
		ok := false
		for _, r := range g.Relationships() {
			if r.Type == graph.RULES && r.To == st && r.ActiveAt(graph.MustDate("2021-04")) {
				p := g.Node(r.From)
				ok = p != nil && (p.Ideology == "communism" || p.Ideology == "socialism")
			}
		}
		if !ok {
			t.Errorf("%s has no communist or socialist ruling party in April 2021", st)
		}
	}
}

// TestDeterministic loads the corpus in two orders and compares the graphs
// through their summaries and every event id.
func TestDeterministic(t *testing.T) {
	a, err := LoadFacts([]string{"../testdata/facts/kim-diaz-canel-2021.yaml", "../testdata/facts/russia-partners-2022-2024.yaml"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := LoadFacts([]string{"../testdata/facts/russia-partners-2022-2024.yaml", "../testdata/facts/kim-diaz-canel-2021.yaml"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(a.Nodes(), b.Nodes()) || !reflect.DeepEqual(a.Events(), b.Events()) || !reflect.DeepEqual(a.Relationships(), b.Relationships()) {
		t.Errorf("the same facts in another order gave another graph")
	}
}

func TestStdin(t *testing.T) {
	data, err := os.ReadFile("../testdata/facts/kim-diaz-canel-2021.yaml")
	if err != nil {
		t.Fatal(err)
	}
	g, err := LoadFacts([]string{"-"}, Options{Stdin: strings.NewReader(string(data))})
	if err != nil {
		t.Fatal(err)
	}
	if g.NumEvents() != 14 {
		t.Errorf("stdin: %d events, want 14", g.NumEvents())
	}
}

// TestOutOfOfficeWarning: a leader dated outside every known term loads,
// counted for the state of their nearest term, with a warning at the place.
func TestOutOfOfficeWarning(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "x.yaml")
	os.WriteFile(p, []byte("article: {id: w1, published: 2022-03-01}\nfacts:\n  - {subject: Kim Jong-il, relation: praised, object: Cuba}\n  - {subject: Kim Jong-un, relation: praised, object: Cuba}\n"), 0o644)
	g, sum, err := Load([]string{p}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if g.NumEvents() != 2 || len(sum.Warnings) != 1 {
		t.Fatalf("%d events, warnings %v", g.NumEvents(), sum.Warnings)
	}
	w := sum.Warnings[0].Error()
	if !strings.HasPrefix(w, p+":3:15: subject \"Kim Jong-il\" held no office") || !strings.Contains(w, "counted for North Korea (PRK)") {
		t.Errorf("warning %q", w)
	}
}

// A facts file as an analyst writes it, with small variations — "U.S.",
// "USA", "United States of America", "the DPRK", names without diacritics,
// relation words in capitals, dates in words — loads as the canonical
// spellings would; two readings of a date are refused with the line.
func TestFactsAsWritten(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "analyst.yaml")
	os.WriteFile(p, []byte(`article:
  id: analyst-2021
  title: Variations
  published: 2 May 2021
facts:
  - {subject: U.S., relation: Sanctioned, object: Cuba, date: "1 April 2021", quote: q1}
  - {subject: USA, relation: IMPOSED SANCTIONS ON, object: Havana, date: 2021/4/2, quote: q2}
  - {subject: United States of America, relation: criticized, object: the DPRK, date: April 2021, quote: q3}
  - {subject: Kim Jong Un, relation: Congratulated, object: Diaz Canel, date: "April 19, 2021", quote: q4}
`), 0o644)
	g, _, err := Load([]string{p}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{
		"USA SANCTIONED CUB 2021-04-01": true, "USA SANCTIONED CUB 2021-04-02": true,
		"USA CRITICIZED PRK 2021-04": true, "kim-jong-un CONGRATULATED miguel-diaz-canel 2021-04-19": true,
	}
	for _, e := range g.Events() {
		k := e.Subject + " " + e.Type + " " + e.Object + " " + e.Date.String()
		if !want[k] {
			t.Errorf("unexpected event %s", k)
		}
		delete(want, k)
	}
	for k := range want {
		t.Errorf("missing event %s", k)
	}
	os.WriteFile(p, []byte("article: {id: a, title: t, published: 2021-05-02}\nfacts:\n  - {subject: USA, relation: sanctioned, object: Cuba, date: 01/04/2021, quote: q}\n"), 0o644)
	if _, _, err := Load([]string{p}, Options{}); err == nil || !strings.Contains(err.Error(), "analyst.yaml:3:") || !strings.Contains(err.Error(), "is ambiguous") {
		t.Errorf("01/04/2021: %v", err)
	}
}

// Facts files as analysts write them with YAML's less common but valid
// constructs: anchors and aliases, merge keys (<<: *base, in block and flow
// style, one or a list), an x- key to hold anchors, block scalars for a
// quote, explicit tags, a %YAML 1.2 directive and a trailing "---". They
// read as the same facts written plainly; before, "<<" was an unknown key,
// "%YAML 1.2" an error with no line ("found incompatible YAML document"),
// and the empty document after a last "---" a document that must be a
// mapping.
func TestFactsYAMLConstructs(t *testing.T) {
	dir := t.TempDir()
	plain := "article: {id: plain, published: 2021-04-23}\nfacts:\n" +
		"  - {subject: Kim Jong-un, relation: congratulated, object: Cuba, date: 2021-04, quote: \"Kim sent\\na message.\\n\"}\n" +
		"  - {subject: Kim Jong-un, relation: praised, object: Cuba, date: 2021-04, quote: folded text, confidence: 0.8}\n" +
		"  - {subject: Cuba, relation: met, object: China, date: 2021-04-20, count: 3, quote: q}\n"
	fancy := "%YAML 1.2\n---\n" +
		"x-defaults: &kim\n  subject: Kim Jong-un\n  date: 2021-04\n" +
		"x-cuba: &cuba {object: Cuba}\n" +
		"article: {id: fancy, published: !!str 2021-04-23}\n" +
		"facts:\n" +
		"  - <<: [*kim, *cuba]\n    relation: congratulated\n    quote: |\n      Kim sent\n      a message.\n" +
		"  - {<<: *kim, object: Cuba, relation: praised, quote: folded text, confidence: !!float 8e-1}\n" +
		"  - &met\n    subject: Cuba\n    relation: met\n    object: China\n    date: 2021-04-20\n    count: !!int \"3\"\n    quote: >-\n      q\n" +
		"---\n"
	events := func(name, text string) []string {
		p := filepath.Join(dir, name+".yaml")
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		g, _, err := Load([]string{p}, Options{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var out []string
		for _, e := range g.Events() {
			out = append(out, fmt.Sprintf("%s %s %s %s %d %g %q", e.Subject, e.Type, e.Object, e.Date, e.Count, e.Confidence, e.Quote))
		}
		slices.Sort(out)
		return out
	}
	want, got := events("plain", plain), events("fancy", fancy)
	if !slices.Equal(got, want) || len(want) != 3 {
		t.Errorf("fancy:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// A merge key that names no mapping is an error at its place; an
	// unknown key brought in by a merge is one at the key.
	bad := "x-a: &a [1, 2]\nx-b: &b {subject: Cuba, colour: red}\narticle: {id: bad, published: 2021-04-23}\nfacts:\n" +
		"  - {<<: *a, subject: Cuba, relation: met, object: China}\n  - {<<: *b, relation: met, object: China}\n"
	p := filepath.Join(dir, "bad.yaml")
	if err := os.WriteFile(p, []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, err := Load([]string{p}, Options{})
	for _, want := range []string{"bad.yaml:5:6: a merge key (<<) takes a mapping or a list of mappings, not the value \"1\"", "bad.yaml:2:25: unknown key \"colour\" in a fact"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("bad merges: %v; want %q", err, want)
		}
	}
}
