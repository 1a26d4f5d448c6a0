package html_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/blocgraph/blocgraph/analysis"
	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/graph/encoding/brief"
	"github.com/blocgraph/blocgraph/graph/encoding/html"
	"github.com/blocgraph/blocgraph/loader"
	"github.com/blocgraph/blocgraph/loader/gazetteer"
	xhtml "html"
)

const seedFacts = "../../../testdata/facts/kim-diaz-canel-2021.yaml"

// build loads facts files, analyses them as `blocgraph brief` does with
// its defaults, and returns the graph, the briefing and its page.
func build(tb testing.TB, opt analysis.BriefOptions, paths ...string) (*graph.Graph, *brief.Briefing, []byte) {
	return buildEvery(tb, "", opt, paths...)
}

// buildEvery is build with a timeline of one period every step (none
// when step is "").
func buildEvery(tb testing.TB, step string, opt analysis.BriefOptions, paths ...string) (*graph.Graph, *brief.Briefing, []byte) {
	tb.Helper()
	g, _, err := loader.Load(paths, loader.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	if step != "" {
		spec, err := analysis.ParsePeriodSpec(step, "")
		if err != nil {
			tb.Fatal(err)
		}
		fold, err := analysis.FoldPeriods(g, spec, opt.Projection, analysis.DefaultEvidence)
		if err != nil {
			tb.Fatal(err)
		}
		if opt.Timeline, err = analysis.BuildTimeline(g, fold, opt.Config, analysis.TimelineOptions{Spec: spec}); err != nil {
			tb.Fatal(err)
		}
	}
	p, err := analysis.Project(g, opt.Projection)
	if err != nil {
		tb.Fatal(err)
	}
	r, err := analysis.Analyze(g, p, opt.Config)
	if err != nil {
		tb.Fatal(err)
	}
	if opt.Regime == nil { // as the command wires it
		opt.Regime = func(state string, at graph.Date) string { return gazetteer.Default().ProfileOn(state, at).Regime.Value }
	}
	b, err := analysis.Brief(g, p, r, opt)
	if err != nil {
		tb.Fatal(err)
	}
	var buf bytes.Buffer
	if err := html.Encode(&buf, b, html.Options{LayoutSeed: 1}); err != nil {
		tb.Fatal(err)
	}
	return g, b, buf.Bytes()
}

// quotesOf lists the quotes of g's events.
func quotesOf(g *graph.Graph) []string {
	var out []string
	for _, e := range g.Events() {
		if e.Quote != "" {
			out = append(out, e.Quote)
		}
	}
	return out
}

// TestSeedPage checks the seed's page as bytes: small, one script, a CSP
// that forbids every request and whose hashes are those of the page's own
// style and script, every quote of the facts in it, and nothing that
// fetches.
func TestSeedPage(t *testing.T) {
	g, _, page := build(t, analysis.BriefOptions{}, seedFacts)
	if n := len(page); n > 300_000 {
		t.Errorf("the seed's briefing is %d bytes, want under 300 KB", n)
	}
	s := string(page)
	if c := strings.Count(s, "<script"); c != 1 {
		t.Errorf("%d <script> elements, want 1", c)
	}
	csp := regexp.MustCompile(`<meta http-equiv="Content-Security-Policy" content="([^"]+)">`).FindStringSubmatch(s)
	if csp == nil {
		t.Fatal("no CSP meta tag")
	}
	policy := xhtml.UnescapeString(csp[1])
	if !strings.HasPrefix(policy, "default-src 'none';") {
		t.Errorf("CSP %q does not start by forbidding everything", policy)
	}
	for _, el := range []string{"style", "script"} {
		m := regexp.MustCompile(`(?s)<` + el + `>(.*?)</` + el + `>`).FindStringSubmatch(s)
		if m == nil {
			t.Fatalf("no <%s>", el)
		}
		sum := sha256.Sum256([]byte(m[1]))
		if want := "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"; !strings.Contains(policy, el+"-src "+want) {
			t.Errorf("CSP %q does not allow the page's own %s (%s)", policy, el, want)
		}
	}
	for _, bad := range []string{` src=`, `@import`, `<link`, `<iframe`, `<object`} {
		if strings.Contains(s, bad) {
			t.Errorf("the page contains %q: it must fetch nothing", bad)
		}
	}
	if u := regexp.MustCompile(`url\(\s*['"]?[^#'"\s]`).FindString(s); u != "" {
		t.Errorf("the page refers to %q…: only url(#…) within the page may appear", u)
	}
	quotes := quotesOf(g)
	for _, q := range quotes {
		if !strings.Contains(xhtml.UnescapeString(s), q) {
			t.Errorf("quote missing: %q", q)
		}
	}
	if len(quotes) < 10 {
		t.Errorf("only %d quotes in the seed's facts", len(quotes))
	}
	for _, want := range []string{`<html lang="en">`, "<title>Blocs of states, 2021-03 to 2021-04-23</title>", "the 5 states grouped as the socialist bloc (Cuba, North Korea, China, Laos and Vietnam) are not a finding", "Among them, North Korea is the broker", "Low confidence"} {
		if !strings.Contains(s, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
	// With scripts off the centrality table is in PageRank order: Cuba first.
	rows := regexp.MustCompile(`(?s)<table class="sortable" id="centrality-table">.*?<tbody>\s*<tr><td[^>]*>1</td><td><bdi>([^<]+)</bdi>`).FindStringSubmatch(s)
	if rows == nil || rows[1] != "Cuba" {
		t.Errorf("first row of the centrality table: %v, want Cuba", rows)
	}
}

// TestHostileBytes: the hostile facts' markup reaches the page escaped,
// the javascript: and data: addresses are never links, and the right-to-
// left override shows as a mark.
func TestHostileBytes(t *testing.T) {
	_, _, page := build(t, analysis.BriefOptions{}, filepath.Join("testdata", "hostile.yaml"))
	s := string(page)
	for _, bad := range []string{"<script>window", "<img", "<svg onload", "<b onmouseover", "<iframe", "<style>body", `href="javascript:`, `href="data:`, "\u202E", "\u202C"} {
		if strings.Contains(s, bad) {
			t.Errorf("the page contains %q unescaped", bad)
		}
	}
	if !strings.Contains(s, "&lt;script&gt;window.__pwned=1&lt;/script&gt;") {
		t.Error("the title's <script> is not shown escaped")
	}
	text := xhtml.UnescapeString(s)
	for _, want := range []string{"[U+202E]gnp.exe", "[U+202E]evil[U+202C]", "address not linked (not http or https): javascript:window.__pwned=3"} {
		if !strings.Contains(text, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
}

// TestVisibleCopies: marking the hidden characters does not change the
// caller's briefing.
func TestVisibleCopies(t *testing.T) {
	_, b, _ := build(t, analysis.BriefOptions{}, filepath.Join("testdata", "hostile.yaml"))
	found := false
	for _, a := range b.Articles {
		if strings.Contains(a.Title, "\u202E") {
			found = true
		}
	}
	if !found {
		t.Error("Encode changed the briefing it was given (the override is gone from an article title)")
	}
	if err := html.Encode(new(bytes.Buffer), b, html.Options{}); err != nil {
		t.Fatal(err)
	}
}

// TestGDELTPage: a briefing of the shared GDELT export links each event to
// the SOURCEURL of its row, and every such link is a row's address.
func TestGDELTPage(t *testing.T) {
	const export = "../../../../shared/data/gdelt/20191024143000.export.CSV"
	g, _, page := build(t, analysis.BriefOptions{}, export)
	urls := map[string]bool{}
	for _, e := range g.Events() {
		if e.SourceRef != "" {
			urls[e.SourceRef] = true
		}
	}
	links := regexp.MustCompile(`<cite><a href="([^"]+)" rel="noopener noreferrer">`).FindAllStringSubmatch(string(page), -1)
	if len(links) < 20 {
		t.Fatalf("%d links to GDELT sources", len(links))
	}
	for _, l := range links {
		if u := xhtml.UnescapeString(l[1]); !urls[u] {
			t.Errorf("link %q is no row's SOURCEURL", u)
		}
	}
	t.Logf("%d bytes, %d source links", len(page), len(links))
}

// TestTimelineFindings: the briefing's periods say, each, whether their
// blocs are a finding as the timeline says it, with the caveat when they
// are not, and the summary counts the periods whose blocs are a finding.
func TestTimelineFindings(t *testing.T) {
	_, b, page := buildEvery(t, "1y", analysis.BriefOptions{Top: 10}, "../../../testdata/")
	if b.Timeline == nil || len(b.Timeline.Periods) < 2 {
		t.Fatalf("want a timeline of several periods, got %+v", b.Timeline)
	}
	text := xhtml.UnescapeString(string(page))
	found, withEvents := 0, 0
	for _, p := range b.Timeline.Periods {
		if p.Finding == "" {
			t.Errorf("period %s: no finding word", p.Label)
		}
		if p.Events > 0 {
			withEvents++
			if strings.HasPrefix(p.Finding, "yes") {
				found++
				if p.Caveat != "" {
					t.Errorf("period %s is a finding with a caveat %q", p.Label, p.Caveat)
				}
			} else if p.Caveat == "" && p.Blocs > 1 {
				t.Errorf("period %s: %q but no caveat says why", p.Label, p.Finding)
			}
		}
		row := regexp.MustCompile(`<tr><td>` + regexp.QuoteMeta(p.Label) + `</td>.*?</tr>`).FindString(text)
		if !strings.Contains(row, "<td>"+p.Finding) {
			t.Errorf("period %s: the page's row %q lacks its finding %q", p.Label, row, p.Finding)
		}
	}
	if withEvents == 0 {
		t.Fatal("no period with events")
	}
	want := "in no period are the blocs a finding"
	switch {
	case found == withEvents:
		want = "the blocs are a finding in every period with events"
	case found > 0:
		want = "the blocs are a finding in " + strconv.Itoa(found) + " of the "
	}
	if !strings.Contains(b.Timeline.Summary, want) {
		t.Errorf("summary %q does not say %q (%d of %d periods are a finding)", b.Timeline.Summary, want, found, withEvents)
	}
}

// TestSourcesCountEvents: each source says how many of its events are in
// the window, "1 event" for one.
func TestSourcesCountEvents(t *testing.T) {
	_, b, page := build(t, analysis.BriefOptions{Top: 10}, "../../../testdata/")
	text := string(page)
	ones := 0
	for _, a := range b.Articles {
		if a.Events == 1 {
			ones++
		}
	}
	if ones == 0 {
		t.Fatal("no source with one event in testdata: the test checks nothing")
	}
	if strings.Contains(text, "1 events") {
		t.Error(`the page says "1 events"`)
	}
	if got := strings.Count(text, "1 event in the window"); got != ones {
		t.Errorf(`"1 event in the window" %d times, want %d`, got, ones)
	}
}
