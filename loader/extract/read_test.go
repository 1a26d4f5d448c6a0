package extract

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestReadFormats(t *testing.T) {
	tests := []struct {
		name, data                   string
		format, title, url, pub, sub string // sub: a substring the text must hold
		notIn                        string // a substring the text must not hold
	}{
		{name: "plain.txt", data: "Headline here\n\nCuba and Laos met.\n", format: "text", title: "Headline here", sub: "Cuba and Laos met."},
		{name: "front.md", data: "---\ntitle: \"A statement\"\ndate: 2021-09-17\nsource_url: https://www.state.gov/x/\n---\n# Heading\n\n> Quoted **words** and a [link](http://x).\n",
			format: "markdown", title: "A statement", url: "https://www.state.gov/x/", pub: "2021-09-17", sub: "Quoted words and a link.", notIn: "**"},
		{name: "page.html", data: `<html><head><title>Readout | U.S. Department of State</title><meta name="date" content="2022-01-08"><script>var x = "Cuba attacked Laos";</script><style>p{}</style></head>` +
			`<body><nav><a>Home</a></nav><article><h1>Readout</h1><p>The Secretary met   the Minister.</p><p>Second paragraph.</p></article><footer>Privacy</footer></body></html>`,
			format: "html", title: "Readout", pub: "2022-01-08", sub: "The Secretary met the Minister.\n\nSecond paragraph.", notIn: "attacked"},
		{name: "sniffed", data: "<!DOCTYPE html><html><body><div id=\"nav\">Menu</div><p>Text of the page.</p></body></html>", format: "html", sub: "Text of the page.", notIn: "Menu"},
		// fresh15/ariananews-world-reacts-to-deadly-earthquakes-herat-2023: a
		// backtick typed for the apostrophe stays; a code span's go
		{name: "tick.md", data: "---\ntitle: t\n---\n\nAzerbaijan`s Ministry of Foreign Affairs also expressed condolences, `code` aside.\n",
			format: "markdown", sub: "Azerbaijan`s Ministry of Foreign Affairs also expressed condolences, code aside.", notIn: "`code"},
		{name: "crlf.txt", data: "Line one.\r\n\r\nLine two.\r\n", format: "text", sub: "Line one.\n\nLine two."},
	}
	for _, tc := range tests {
		a, err := Read(tc.name, []byte(tc.data))
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if a.Format != tc.format || (tc.title != "" && a.Title != tc.title) || a.URL != tc.url || a.Published.String() != strings.TrimSpace(tc.pub) && tc.pub != "" {
			t.Errorf("%s: got format %q title %q url %q published %s", tc.name, a.Format, a.Title, a.URL, a.Published)
		}
		if !strings.Contains(a.Text, tc.sub) || tc.notIn != "" && strings.Contains(a.Text, tc.notIn) {
			t.Errorf("%s: text %q", tc.name, a.Text)
		}
	}
	if a, _ := Read("../shared/seeds/kim-diaz-canel-2021.txt", []byte("x")); a.ID != "kim-diaz-canel-2021" {
		t.Errorf("id from file name: %q", a.ID)
	}
}

func TestReadBadInput(t *testing.T) {
	tests := []struct{ name, data, want string }{
		{"bin.txt", "abc\x00def", "bin.txt: binary file"},
		{"latin1.txt", "Caf\xe9 society\n", "latin1.txt: not valid UTF-8 at line 1, column 4"},
		{"empty.md", "  \n\n", "empty.md: the file is empty"},
		{"noscript.html", "<html><head><title>x</title><script>a()</script></head><body><nav>Home</nav></body></html>", "noscript.html: the HTML has no article text"},
		{"fm.md", "---\ntitle: [unclosed\n---\nText.\n", "fm.md: front matter is not YAML"},
		{"fm2.md", "---\n- a list\n---\nText.\n", "fm2.md: front matter is not a YAML mapping"},
		{"fm3.md", "---\ntitle: x\nText without end\n", "fm3.md: front matter opened with --- on line 1 is never closed"},
		{"fm4.md", "---\ndate: soon\n---\nText.\n", "fm4.md: front matter date \"soon\" is not a date"},
	}
	for _, tc := range tests {
		_, err := Read(tc.name, []byte(tc.data))
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: got %v, want one line starting %q", tc.name, err, tc.want)
		}
	}
}

// FuzzRead feeds the front-matter, HTML and text readers arbitrary bytes:
// they must never panic; an article that reads has valid UTF-8 text and
// every sentence is a span of it. The seed corpus (the articles of
// testdata and the cases above) runs in every go test.
func FuzzRead(f *testing.F) {
	for _, dir := range []string{"../../testdata/articles", "../../testdata/heldout", "../../testdata/heldout2", "../../testdata/dev", "../../testdata/calib", "../../testdata/test", "../../testdata/fresh", "../../testdata/fresh2", "../../testdata/fresh3", "../../testdata/fresh4", "../../testdata/fresh5", "../../testdata/fresh6", "../../testdata/fresh7", "../../testdata/fresh8", "../../testdata/fresh9", "../../testdata/fresh10", "../../testdata/fresh11", "../../testdata/fresh12", "../../testdata/fresh13", "../../testdata/fresh14", "../../testdata/fresh15", "../../testdata/fresh16", "../../testdata/fresh17", "../../testdata/fresh18", "../../testdata/fresh19", "../../testdata/fresh20"} {
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if b, err := os.ReadFile(dir + "/" + e.Name()); err == nil {
				f.Add(e.Name(), b)
			}
		}
	}
	f.Add("x.md", []byte("---\ntitle: [\n---\n"))
	f.Add("x.md", []byte("---\n---\n"))
	f.Add("x.html", []byte("<html><body><p>One.<p>Two</body>"))
	f.Add("x.html", []byte("<script>"))
	f.Add("x", []byte("---\ntitle: t\n---\n<p>mixed</p>"))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		a, err := Read(name, data)
		if err != nil {
			if a != nil {
				t.Fatal("an article came back with an error")
			}
			if strings.Contains(err.Error(), "\n") {
				t.Fatalf("error on several lines: %q", err)
			}
			return
		}
		if !utf8.ValidString(a.Text) || strings.TrimSpace(a.Text) == "" {
			t.Fatalf("bad text %q", a.Text)
		}
		for _, s := range Split(a.Text) {
			if a.Text[s.Start:s.End] != s.Text {
				t.Fatalf("sentence %q is not the span %d:%d", s.Text, s.Start, s.End)
			}
		}
	})
}
