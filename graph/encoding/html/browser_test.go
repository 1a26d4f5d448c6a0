package html_test

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/blocgraph/blocgraph/analysis"
	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/graph/encoding/internal/chromium"
)

// The briefing in a real browser: headless Chromium opens the page from
// its file and the tests read the DOM it built, the requests it made and
// the messages it logged. Under CI=true a missing Chromium fails the test;
// elsewhere it skips with a message.
//
// BLOCGRAPH_ARTEFACTS names a folder to keep the screenshots in
// (scripts/brief-png sets it to make the README's picture); without it
// they go to the test's temporary folder.

// domReport is what the page's DOM says, read by domScript.
type domReport struct {
	Lang, Title, Text, BodyBG, BodyColor string
	Blocs                                []struct {
		Label   string
		Members []string
	}
	Quotes []string
	Links  []struct{ Href, Abs, Article, Text, Target string }
	Tables []struct{ Heads, Scoped, Rows int }
	SVGs   []struct {
		Hidden bool
		Title  string
	}
	Swatches []string
	Scripts  int
	Handlers []string // elements with an on… attribute
	Images   int
	Frames   int
	Pwned    any
	DupIDs   []string
	Colors   []struct{ Name, FG, BG string }
}

const domScript = `(() => {
  const q = (s, root) => Array.from((root || document).querySelectorAll(s));
  const handlers = [];
  q('*').forEach(e => { for (const a of e.attributes) if (/^on/i.test(a.name)) handlers.push(e.tagName + ' ' + a.name); });
  const bg = e => { for (; e; e = e.parentElement) { const c = getComputedStyle(e).backgroundColor; if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') return c; } return 'rgb(255, 255, 255)'; };
  const colors = [];
  for (const s of ['body', 'p.sub', '.muted', '.caveats h3', '.caveats li', 'th', 'td.pos', 'td.neg', 'a', 'cite', '.date', 'figcaption', 'pre code']) {
    const e = document.querySelector(s);
    if (e) colors.push({name: s, fg: getComputedStyle(e).color, bg: bg(e)});
  }
  return {
    lang: document.documentElement.lang,
    title: document.title,
    text: document.body.innerText,
    bodyBG: bg(document.body),
    blocs: q('#blocs article.bloc').map(a => ({
      label: a.querySelector('h3 bdi').textContent,
      members: q('table:first-of-type tbody tr td:first-child bdi', a).map(b => b.textContent),
    })),
    quotes: q('blockquote').map(b => b.textContent),
    links: q('a').map(a => {
      const h = a.getAttribute('href') || '';
      const t = h.startsWith('#') ? document.getElementById(h.slice(1)) : null;
      return {href: h, abs: a.href, article: a.dataset.article || '', text: a.textContent, target: t ? t.textContent : ''};
    }),
    tables: q('table').map(t => ({heads: q('thead th', t).length, scoped: q('thead th[scope]', t).length, rows: t.tBodies[0] ? t.tBodies[0].rows.length : 0})),
    svgs: q('svg').map(s => ({hidden: s.getAttribute('aria-hidden') === 'true', title: (s.querySelector(':scope > title') || {}).textContent || ''})),
    swatches: q('svg.sw rect').map(r => r.getAttribute('fill')),
    scripts: q('script').length,
    handlers: handlers,
    images: q('img').length,
    frames: q('iframe, object, embed').length,
    pwned: window.__pwned === undefined ? null : window.__pwned,
    dupIDs: (() => { const seen = {}, dup = []; q('[id]').forEach(e => { if (seen[e.id]) dup.push(e.id); seen[e.id] = true; }); return dup; })(),
    colors: colors,
  };
})()`

// openPage writes page to a file and opens it in Chromium.
func openPage(t *testing.T, page []byte, width, height int) (*chromium.Browser, string) {
	t.Helper()
	b := chromium.Start(t, width, height)
	path := filepath.Join(t.TempDir(), "briefing.html")
	if err := os.WriteFile(path, page, 0o644); err != nil {
		t.Fatal(err)
	}
	url := "file://" + path
	if err := b.Open(url); err != nil {
		t.Fatal(err)
	}
	return b, url
}

func readDOM(t *testing.T, b *chromium.Browser) domReport {
	t.Helper()
	var d domReport
	if err := b.Eval(domScript, &d); err != nil {
		t.Fatal(err)
	}
	return d
}

// checkQuiet: the page asked for nothing but itself, nothing was blocked,
// and nothing was logged as an error or warning.
func checkQuiet(t *testing.T, b *chromium.Browser, self string) {
	t.Helper()
	for _, p := range noise(b, self) {
		t.Error(p)
	}
}

// noise lists the requests other than self, the blocked ones, the errors
// and warnings logged and the dialogs opened.
func noise(b *chromium.Browser, self string) []string {
	reqs, msgs, dialogs := b.Snapshot()
	var out []string
	if len(reqs) == 0 {
		out = append(out, "no request recorded at all: the network log is not working")
	}
	for _, r := range reqs {
		if r.URL != self {
			out = append(out, fmt.Sprintf("the page requested %s (failed: %q, blocked: %q)", r.URL, r.Failed, r.Blocked))
		}
	}
	for _, m := range msgs {
		if m.Level == "error" || m.Level == "warning" || strings.Contains(m.Text, "Content Security Policy") {
			out = append(out, fmt.Sprintf("%s %s: %s", m.Source, m.Level, m.Text))
		}
	}
	if len(dialogs) > 0 {
		out = append(out, fmt.Sprintf("the page opened dialogs: %q", dialogs))
	}
	return out
}

// TestBrowserCSP: were the escaping ever to fail, the page's CSP would
// still refuse an injected script and an outside image, and the checks
// above would see it.
func TestBrowserCSP(t *testing.T) {
	_, _, page := build(t, analysis.BriefOptions{}, seedFacts)
	injected := strings.Replace(string(page), "</main>", `<script>window.__pwned=1</script><img src="http://127.0.0.1:9/x.png" alt="x"></main>`, 1)
	b, self := openPage(t, []byte(injected), 1100, 900)
	d := readDOM(t, b)
	if d.Pwned != nil {
		t.Errorf("an injected script ran despite the CSP: window.__pwned = %v", d.Pwned)
	}
	got := strings.Join(noise(b, self), "\n")
	if !strings.Contains(got, "Content Security Policy") || !strings.Contains(got, "127.0.0.1:9") {
		t.Errorf("the injected script and image went unnoticed; noise:\n%s", got)
	}
}

// checkLinks: every link to an article points at it — its URL when it has
// an http or https one, else its entry in the sources list — and every
// other link is to a place in the page or an http(s) address.
func checkLinks(t *testing.T, g *graph.Graph, d domReport) (articleLinks int) {
	t.Helper()
	for _, l := range d.Links {
		switch {
		case l.Article != "":
			articleLinks++
			n := g.Node(l.Article)
			if n == nil {
				t.Errorf("link to unknown article %q", l.Article)
				continue
			}
			if strings.HasPrefix(n.URL, "http://") || strings.HasPrefix(n.URL, "https://") {
				if !sameURL(l.Abs, n.URL) {
					t.Errorf("link to %s goes to %q, want its URL %q", l.Article, l.Abs, n.URL)
				}
				continue
			}
			if !strings.HasPrefix(l.Href, "#") || !strings.Contains(l.Target, shown(n.Title)) {
				t.Errorf("link to %s (%q) goes to %q holding %q, want its entry in the sources", l.Article, n.Title, l.Href, l.Target)
			}
		case strings.HasPrefix(l.Href, "#"):
			if l.Target == "" {
				t.Errorf("link %q (%s) goes nowhere in the page", l.Href, l.Text)
			}
		case !strings.HasPrefix(l.Abs, "https://") && !strings.HasPrefix(l.Abs, "http://"):
			t.Errorf("link %q (%s) is neither in the page nor http(s)", l.Href, l.Text)
		}
	}
	return articleLinks
}

// shown is s as the page shows it: bidirectional controls as marks.
func shown(s string) string {
	var b strings.Builder
	for _, r := range s {
		if (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069) {
			fmt.Fprintf(&b, "[U+%04X]", r)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// sameURL compares a link as the browser resolved it with the address a
// facts file gave, the browser's percent-encoding aside.
func sameURL(browser, given string) bool {
	dec := strings.NewReplacer("%22", `"`, "%27", "'", "%20", " ")
	return dec.Replace(browser) == dec.Replace(given)
}

// checkAccessible: a language, a title, table headers with scope, a
// <title> in every SVG shown, and bloc colours and text colours of WCAG AA
// contrast against their background.
func checkAccessible(t *testing.T, d domReport) {
	t.Helper()
	if d.Lang != "en" || strings.TrimSpace(d.Title) == "" {
		t.Errorf("lang %q, title %q", d.Lang, d.Title)
	}
	if len(d.DupIDs) > 0 {
		t.Errorf("ids used twice: %v", d.DupIDs)
	}
	for i, tb := range d.Tables {
		if tb.Heads == 0 || tb.Scoped != tb.Heads {
			t.Errorf("table %d: %d header cells, %d with scope", i, tb.Heads, tb.Scoped)
		}
	}
	pictures := 0
	for i, s := range d.SVGs {
		switch {
		case s.Hidden:
		case strings.TrimSpace(s.Title) == "":
			t.Errorf("svg %d has no <title> and is not aria-hidden", i)
		default:
			pictures++
		}
	}
	if pictures == 0 {
		t.Error("no picture with a title")
	}
	bg := rgb(t, d.BodyBG)
	if len(d.Swatches) == 0 {
		t.Error("no bloc swatches")
	}
	for _, c := range d.Swatches {
		if r := contrast(rgb(t, c), bg); r < 4.5 {
			t.Errorf("bloc colour %s: contrast %.2f:1 against %s, want ≥ 4.5 (WCAG AA)", c, r, d.BodyBG)
		}
	}
	for _, c := range d.Colors {
		if r := contrast(rgb(t, c.FG), rgb(t, c.BG)); r < 4.5 {
			t.Errorf("%s: text %s on %s has contrast %.2f:1, want ≥ 4.5 (WCAG AA)", c.Name, c.FG, c.BG, r)
		}
	}
}

// TestBrowserSeed opens the seed's briefing in Chromium.
func TestBrowserSeed(t *testing.T) {
	g, _, page := build(t, analysis.BriefOptions{Top: 8}, seedFacts)
	b, self := openPage(t, page, 1100, 1500)
	d := readDOM(t, b)

	var socialist []string
	for _, bl := range d.Blocs {
		if bl.Label == "socialist bloc" {
			socialist = slices.Clone(bl.Members)
		}
	}
	sort.Strings(socialist)
	if want := []string{"China", "Cuba", "Laos", "North Korea", "Vietnam"}; !slices.Equal(socialist, want) {
		t.Errorf("socialist bloc shows %v, want %v", socialist, want)
	}
	// The seed's blocs are no better than chance (p = 1.00): the summary
	// names the bloc and its members as no finding, the bloc's heading and
	// the picture's subtitle say so too, and nothing says they form a bloc.
	for _, want := range []string{"No significant bloc structure (p = 1.00): the 5 states grouped as the socialist bloc (Cuba, North Korea, China, Laos and Vietnam) are not a finding.",
		"socialist bloc (5; not significant)", "Regime type: autocracy", "no significant bloc structure: the legend describes the members, it is no finding"} {
		if !strings.Contains(d.Text, want) {
			t.Errorf("the page does not say %q", want)
		}
	}
	if strings.Contains(d.Text, "states form") {
		t.Error("the page says states form a bloc that is no finding")
	}
	quotes := quotesOf(g)
	for _, q := range quotes {
		if !slices.ContainsFunc(d.Quotes, func(shown string) bool { return strings.Contains(shown, q) }) {
			t.Errorf("quote not shown: %q", q)
		}
	}
	if len(quotes) == 0 {
		t.Fatal("no quotes in the seed's facts")
	}
	if n := checkLinks(t, g, d); n < len(quotes) {
		t.Errorf("%d links to articles for %d quotes", n, len(quotes))
	}
	checkAccessible(t, d)
	checkQuiet(t, b, self)
	if d.Scripts != 1 {
		t.Errorf("%d scripts", d.Scripts)
	}

	// The screenshot, for a person to look at (and the README).
	png, err := b.Screenshot(1100, 1500)
	if err != nil {
		t.Fatal(err)
	}
	keep(t, "briefing-seed.png", png)

	// Sorting: by betweenness North Korea comes first; again, last.
	order := func() []string {
		var ids []string
		if err := b.Eval(`Array.from(document.querySelectorAll('#centrality-table tbody tr td:nth-child(2) .muted')).map(e => e.textContent)`, &ids); err != nil {
			t.Fatal(err)
		}
		return ids
	}
	click := `(() => { const th = Array.from(document.querySelectorAll('#centrality-table th')).find(h => h.textContent.trim().startsWith('Betweenness')); th.querySelector('button').click(); return th.getAttribute('aria-sort'); })()`
	var sorted string
	if err := b.Eval(click, &sorted); err != nil {
		t.Fatal(err)
	}
	if ids := order(); sorted != "descending" || ids[0] != "PRK" {
		t.Errorf("sorted %s by betweenness: %v, want PRK first", sorted, ids)
	}
	if err := b.Eval(click, &sorted); err != nil {
		t.Fatal(err)
	}
	if ids := order(); sorted != "ascending" || ids[len(ids)-1] != "PRK" {
		t.Errorf("sorted %s by betweenness: %v, want PRK last", sorted, ids)
	}
	checkQuiet(t, b, self)
}

// TestBrowserScriptsOff: with JavaScript disabled the page reads the same:
// the centrality table is there, in PageRank order, with plain headers.
func TestBrowserScriptsOff(t *testing.T) {
	_, _, page := build(t, analysis.BriefOptions{}, seedFacts)
	b := chromium.Start(t, 1100, 900)
	if err := b.Call("Emulation.setScriptExecutionDisabled", map[string]any{"value": true}, nil); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "briefing.html")
	if err := os.WriteFile(path, page, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := b.Open("file://" + path); err != nil {
		t.Fatal(err)
	}
	// Evaluation from DevTools still works with page scripts disabled.
	var got struct {
		First   string
		Buttons int
		Heads   []string
	}
	err := b.Eval(`({first: document.querySelector('#centrality-table tbody tr td:nth-child(2) bdi').textContent,
		buttons: document.querySelectorAll('#centrality-table th button').length,
		heads: Array.from(document.querySelectorAll('#centrality-table th')).map(h => h.textContent.trim())})`, &got)
	if err != nil {
		t.Fatal(err)
	}
	if got.First != "Cuba" || got.Buttons != 0 || !slices.Contains(got.Heads, "PageRank") {
		t.Errorf("scripts off: first row %q, %d buttons, headers %v; want Cuba, 0, PageRank among them", got.First, got.Buttons, got.Heads)
	}
}

// TestBrowserHostile: the hostile facts' payloads show as text and none
// of them runs.
func TestBrowserHostile(t *testing.T) {
	g, _, page := build(t, analysis.BriefOptions{Top: 8}, filepath.Join("testdata", "hostile.yaml"))
	b, self := openPage(t, page, 1100, 1500)
	d := readDOM(t, b)
	if d.Pwned != nil {
		t.Errorf("a payload ran: window.__pwned = %v", d.Pwned)
	}
	if d.Scripts != 1 || d.Images != 0 || d.Frames != 0 || len(d.Handlers) != 0 {
		t.Errorf("%d scripts, %d images, %d frames, handlers %v: want 1, 0, 0, none", d.Scripts, d.Images, d.Frames, d.Handlers)
	}
	for _, l := range d.Links {
		if h := strings.ToLower(strings.TrimSpace(l.Href)); strings.HasPrefix(h, "javascript:") || strings.HasPrefix(h, "data:") {
			t.Errorf("link %q", l.Href)
		}
	}
	for _, want := range []string{"<script>window.__pwned=1</script>", `"double" & 'single' quotes [U+202E]gnp.exe`,
		"</title><script>window.__pwned=4</script>", "[U+202E]evil[U+202C] and <b onmouseover=window.__pwned=6>bold</b>",
		"<img src=x onerror=window.__pwned=2>"} {
		if !strings.Contains(d.Text, want) {
			t.Errorf("not shown as text: %q", want)
		}
	}
	if strings.ContainsAny(d.Text, "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069") {
		t.Error("a bidirectional override reached the page's text")
	}
	checkLinks(t, g, d)
	checkQuiet(t, b, self)
	png, err := b.Screenshot(1100, 0)
	if err != nil {
		t.Fatal(err)
	}
	keep(t, "briefing-hostile.png", png)
}

// TestBrowserURLs: a corpus whose articles have URLs links each piece of
// evidence to its article's address; with periods, the page holds two
// pictures whose ids stay apart.
func TestBrowserURLs(t *testing.T) {
	g, _, page := buildEvery(t, "1y", analysis.BriefOptions{Top: 10}, "../../../testdata/facts/russia-partners-2022-2024.yaml")
	b, self := openPage(t, page, 1100, 900)
	d := readDOM(t, b)
	external := 0
	for _, l := range d.Links {
		if l.Article != "" && strings.HasPrefix(l.Abs, "http") {
			external++
		}
	}
	if external == 0 {
		t.Error("no evidence links to an article's URL")
	}
	titles := 0
	for _, s := range d.SVGs {
		if s.Title != "" {
			titles++
		}
	}
	if titles != 2 || !strings.Contains(d.Text, "Over time") {
		t.Errorf("%d pictures with a title, want the blocs and the timeline", titles)
	}
	checkLinks(t, g, d)
	checkAccessible(t, d)
	checkQuiet(t, b, self)
}

// keep writes a screenshot to BLOCGRAPH_ARTEFACTS, or the test's
// temporary folder.
func keep(t *testing.T, name string, png []byte) {
	t.Helper()
	if len(png) < 8 || string(png[1:4]) != "PNG" {
		t.Fatalf("%s is not a PNG", name)
	}
	dir := os.Getenv("BLOCGRAPH_ARTEFACTS")
	if dir == "" {
		dir = t.TempDir()
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s (%d bytes)", path, len(png))
}

// rgb reads a colour as CSS gives it ("rgb(34, 34, 34)") or as the page
// writes it ("#222222").
func rgb(t *testing.T, s string) [3]float64 {
	t.Helper()
	var r, g, b int
	var a float64
	switch {
	case strings.HasPrefix(s, "#"):
		if _, err := fmt.Sscanf(s, "#%02x%02x%02x", &r, &g, &b); err != nil {
			t.Fatalf("colour %q: %v", s, err)
		}
	case strings.HasPrefix(s, "rgba("):
		if _, err := fmt.Sscanf(s, "rgba(%d, %d, %d, %g)", &r, &g, &b, &a); err != nil {
			t.Fatalf("colour %q: %v", s, err)
		}
	default:
		if _, err := fmt.Sscanf(s, "rgb(%d, %d, %d)", &r, &g, &b); err != nil {
			t.Fatalf("colour %q: %v", s, err)
		}
	}
	return [3]float64{float64(r), float64(g), float64(b)}
}

// contrast is the WCAG 2.1 contrast ratio of two colours.
func contrast(a, b [3]float64) float64 {
	lum := func(c [3]float64) float64 {
		var l [3]float64
		for i, v := range c {
			v /= 255
			if v <= 0.04045 {
				l[i] = v / 12.92
			} else {
				l[i] = math.Pow((v+0.055)/1.055, 2.4)
			}
		}
		return 0.2126*l[0] + 0.7152*l[1] + 0.0722*l[2]
	}
	la, lb := lum(a), lum(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}
