package attrs

import (
	"encoding/json"
	"encoding/xml"
	"math"
	"strings"
	"testing"

	"github.com/blocgraph/blocgraph/graph"
)

var joinTests = []struct {
	a, b, want Type
}{
	{Int, Int, Int},
	{Int, Double, Double},
	{Double, Int, Double},
	{Int, String, String},
	{Bool, Int, String},
	{List, List, List},
	{List, String, String},
	{None, Bool, Bool},
	{Double, None, Double},
}

func TestJoin(t *testing.T) {
	for _, tc := range joinTests {
		if got := Join(tc.a, tc.b); got != tc.want {
			t.Errorf("Join(%v, %v) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

var escapeTests = []struct {
	in, text, attr string
}{
	{"plain", "plain", "plain"},
	{`<a & "b" 'c'>`, `&lt;a &amp; "b" 'c'&gt;`, `&lt;a &amp; &quot;b&quot; &apos;c&apos;&gt;`},
	{"tab\tnl\ncr\r", "tab\tnl\ncr&#13;", "tab&#9;nl&#10;cr&#13;"},
	{"nul\x00bel\x07del\x7f", "nul\uFFFDbel\uFFFDdel\x7f", "nul\uFFFDbel\uFFFDdel\x7f"},
	{"bad\xffutf8", "bad\uFFFDutf8", "bad\uFFFDutf8"},
	{"nonchar\uFFFE\uFFFF", "nonchar\uFFFD\uFFFD", "nonchar\uFFFD\uFFFD"},
	{"emoji 🇨🇺 é", "emoji 🇨🇺 é", "emoji 🇨🇺 é"},
	{"]]>", "]]&gt;", "]]&gt;"},
}

// TestEscape checks the escapers, and that encoding/xml reads back what they
// write (after the documented replacements).
func TestEscape(t *testing.T) {
	for _, tc := range escapeTests {
		if got := string(AppendText(nil, tc.in)); got != tc.text {
			t.Errorf("AppendText(%q) = %q, want %q", tc.in, got, tc.text)
		}
		if got := string(AppendAttr(nil, tc.in)); got != tc.attr {
			t.Errorf("AppendAttr(%q) = %q, want %q", tc.in, got, tc.attr)
		}
		var v struct {
			A    string `xml:"a,attr"`
			Text string `xml:",chardata"`
		}
		doc := `<x a="` + tc.attr + `">` + tc.text + `</x>`
		if err := xml.Unmarshal([]byte(doc), &v); err != nil {
			t.Errorf("%q: %v", doc, err)
			continue
		}
		want := strings.Map(func(r rune) rune {
			if (r < 0x20 && r != '\t' && r != '\n' && r != '\r') || r == 0xFFFE || r == 0xFFFF {
				return '\uFFFD'
			}
			return r
		}, strings.ToValidUTF8(tc.in, "\uFFFD"))
		if v.A != want || v.Text != want {
			t.Errorf("%q read back as attribute %q, text %q; want %q", tc.in, v.A, v.Text, want)
		}
	}
}

func TestJSON(t *testing.T) {
	for _, s := range []string{"plain", `q"b\`, "c\x00\x1f\n\r\t", "é 🇨🇺", "\u2028\u2029", "bad\xff"} {
		out := AppendJSONString(nil, s)
		var back string
		if err := json.Unmarshal(out, &back); err != nil {
			t.Errorf("%q → %s: %v", s, out, err)
			continue
		}
		if want := strings.ToValidUTF8(s, "\uFFFD"); back != want {
			t.Errorf("%q → %s → %q", s, out, back)
		}
	}
	for _, tc := range []struct {
		f    float64
		want string
	}{{3, "3.0"}, {-0.5, "-0.5"}, {1e21, "1e+21"}, {1e-7, "1e-07"}, {math.NaN(), "null"}, {math.Inf(1), "null"}, {0.30000000000000004, "0.30000000000000004"}} {
		if got := string(AppendJSONDouble(nil, tc.f)); got != tc.want {
			t.Errorf("AppendJSONDouble(%v) = %s, want %s", tc.f, got, tc.want)
		}
	}
	for _, tc := range []struct {
		f    float64
		want string
	}{{3, "3"}, {1e21, "1e+21"}, {math.NaN(), "NaN"}, {math.Inf(1), "Infinity"}, {math.Inf(-1), "-Infinity"}} {
		if got := string(AppendXMLDouble(nil, tc.f)); got != tc.want {
			t.Errorf("AppendXMLDouble(%v) = %s, want %s", tc.f, got, tc.want)
		}
	}
	if got := string(AppendJSONList(nil, []string{"a", `"b"`})); got != `["a", "\"b\""]` {
		t.Errorf("AppendJSONList = %s", got)
	}
}

// TestOrderer: key order, last of repeated keys, undeclared keys left out,
// and the cache for elements of the same shape.
func TestOrderer(t *testing.T) {
	d := newDomain(nil)
	for _, k := range []string{"c", "a", "b"} {
		if err := d.observe("node ", "x", k, 1); err != nil {
			t.Fatal(err)
		}
	}
	d.finish()
	o := NewOrderer(d)
	attrs := []graph.Attr{{Key: "c", Value: 1}, {Key: "zz", Value: 1}, {Key: "a", Value: 1}, {Key: "c", Value: 2}}
	got := o.Order(attrs)
	want := []Slot{{0, 2}, {2, 3}}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("Order = %v, want %v", got, want)
	}
	if again := o.Order(attrs); len(again) != 2 || again[1] != want[1] {
		t.Errorf("cached Order = %v", again)
	}
	if other := o.Order([]graph.Attr{{Key: "b", Value: 1}}); len(other) != 1 || other[0] != (Slot{1, 0}) {
		t.Errorf("Order(b) = %v", other)
	}
}
