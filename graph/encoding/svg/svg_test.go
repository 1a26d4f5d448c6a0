package svg_test

import (
	"bytes"
	"encoding/xml"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/graph/encoding"
	"github.com/blocgraph/blocgraph/graph/encoding/internal/testgraph"
	"github.com/blocgraph/blocgraph/graph/encoding/svg"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func render(tb testing.TB, g *encoding.Graph, opts svg.Options) []byte {
	tb.Helper()
	var buf bytes.Buffer
	if err := svg.Render(&buf, g, opts); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// element is any SVG element, read generically.
type element struct {
	XMLName  xml.Name
	Attrs    []xml.Attr `xml:",any,attr"`
	Text     string     `xml:",chardata"`
	Children []element  `xml:",any"`
}

func (e element) attr(name string) string {
	for _, a := range e.Attrs {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

func (e element) walk(f func(e element, parents []element), parents []element) {
	f(e, parents)
	for _, c := range e.Children {
		c.walk(f, append(parents, e))
	}
}

func (e element) text() string {
	var b strings.Builder
	e.walk(func(x element, _ []element) {
		if x.XMLName.Local == "text" {
			b.WriteString(x.Text)
			b.WriteByte('\n')
		}
	}, nil)
	return b.String()
}

// TestPicture checks the projected state graph's picture: well-formed SVG
// of A4 landscape size, one circle per node with its tooltip, a label per
// node, a legend naming each bloc, green cooperation and red conflict edges,
// and a title.
func TestPicture(t *testing.T) {
	out := render(t, testgraph.Projected(), svg.Options{Title: "Blocs & <friends>"})
	var root element
	if err := xml.Unmarshal(out, &root); err != nil {
		t.Fatalf("not XML: %v", err)
	}
	if root.XMLName.Local != "svg" || root.attr("viewBox") != "0 0 1123 794" {
		t.Errorf("root %s viewBox %q", root.XMLName.Local, root.attr("viewBox"))
	}
	circles, titled := 0, 0
	var legend, labels *element
	colors := map[string]int{}
	root.walk(func(e element, parents []element) {
		switch e.XMLName.Local {
		case "circle":
			circles++
			for _, c := range e.Children {
				if c.XMLName.Local == "title" && c.Text != "" {
					titled++
				}
			}
		case "path":
			if len(parents) > 0 && parents[len(parents)-1].attr("id") == "edges" {
				colors[e.attr("class")+" "+e.attr("stroke")]++
			}
		case "g":
			switch e.attr("id") {
			case "legend":
				legend = &e
			case "labels":
				labels = &e
			}
		}
	}, nil)
	g := testgraph.Projected()
	if n := g.NumNodes(); circles != n || titled != n {
		t.Errorf("%d circles, %d with a title; want %d of each", circles, titled, n)
	}
	if colors["cooperation #1a9850"] == 0 || colors["conflict #d73027"] == 0 {
		t.Errorf("edge colours %v: want green cooperation and red conflict", colors)
	}
	if total := colors["cooperation #1a9850"] + colors["conflict #d73027"] + colors["neutral #9a9a9a"]; total != g.NumEdges() {
		t.Errorf("%d edges drawn, want %d", total, g.NumEdges())
	}
	if legend == nil {
		t.Fatal("no legend")
	}
	for _, want := range []string{"socialist bloc (7)", "western bloc (3)", "non-aligned (2)", "cooperation", "conflict"} {
		if !strings.Contains(legend.text(), want) {
			t.Errorf("legend lacks %q:\n%s", want, legend.text())
		}
	}
	if labels == nil {
		t.Fatal("no labels")
	}
	if fs := labels.attr("font-size"); fs < "11" || labels.attr("stroke") != "#ffffff" || labels.attr("paint-order") != "stroke" {
		t.Errorf("labels: font-size %s, halo %q %q", fs, labels.attr("stroke"), labels.attr("paint-order"))
	}
	for _, name := range []string{"North Korea", "Cuba", "China", "Vietnam", "Laos", "United States", "South Korea", "Japan"} {
		if !strings.Contains(labels.text(), name+"\n") {
			t.Errorf("no label %q", name)
		}
	}
	if !strings.Contains(string(out), "Blocs &amp; &lt;friends&gt;") {
		t.Error("title missing or not escaped")
	}
}

// TestLabelsApart: in the projected graph no two labels overlap and no
// label covers a circle (estimated text widths, as the renderer uses).
func TestLabelsApart(t *testing.T) {
	var root element
	if err := xml.Unmarshal(render(t, testgraph.Projected(), svg.Options{}), &root); err != nil {
		t.Fatal(err)
	}
	type box struct {
		name           string
		x0, y0, x1, y1 float64
	}
	var boxes, circles []box
	root.walk(func(e element, parents []element) {
		var x, y, r float64
		switch {
		case e.XMLName.Local == "text" && len(parents) > 0 && parents[len(parents)-1].attr("id") == "labels":
			fmt.Sscan(e.attr("x"), &x)
			fmt.Sscan(e.attr("y"), &y)
			w := float64(len([]rune(e.Text)))*7.2 + 2
			x0 := x
			switch e.attr("text-anchor") {
			case "end":
				x0 = x - w
			case "middle":
				x0 = x - w/2
			}
			boxes = append(boxes, box{e.Text, x0, y - 11, x0 + w, y + 3})
		case e.XMLName.Local == "circle":
			fmt.Sscan(e.attr("cx"), &x)
			fmt.Sscan(e.attr("cy"), &y)
			fmt.Sscan(e.attr("r"), &r)
			circles = append(circles, box{"", x - r*0.7, y - r*0.7, x + r*0.7, y + r*0.7})
		}
	}, nil)
	hit := func(a, b box) bool { return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1 }
	for i, a := range boxes {
		for _, b := range boxes[i+1:] {
			if hit(a, b) {
				t.Errorf("labels %q and %q overlap", a.name, b.name)
			}
		}
		for _, c := range circles {
			if hit(a, c) {
				t.Errorf("label %q covers a circle", a.name)
			}
		}
	}
}

// TestDeterministic: same graph, same bytes; another seed, another layout.
func TestDeterministic(t *testing.T) {
	a := render(t, testgraph.Projected(), svg.Options{Seed: 7})
	b := render(t, testgraph.Projected(), svg.Options{Seed: 7})
	c := render(t, testgraph.Projected(), svg.Options{Seed: 8})
	if !bytes.Equal(a, b) {
		t.Error("two renderings of the same graph differ")
	}
	if bytes.Equal(a, c) {
		t.Error("another seed gave the same layout")
	}
	full1 := render(t, testgraph.Model(false), svg.Options{})
	full2 := render(t, testgraph.Model(true), svg.Options{})
	if !bytes.Equal(full1, full2) {
		t.Error("the graph built in reverse order renders differently")
	}
}

// TestGolden compares the projected graph's picture with
// testdata/projected.svg (go test -update rewrites it).
func TestGolden(t *testing.T) {
	got := render(t, testgraph.Projected(), svg.Options{Title: "Blocs of states — Kim Jong-un's messages to Cuba, 2021"})
	path := filepath.Join("testdata", "projected.svg")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to write it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (go test -update rewrites it; look at it with scripts/render-png)", path)
	}
}

// TestLarge: 2,000 nodes and 8,000 edges render in reasonable time, with a
// circle each, and without labels piling up.
func TestLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("SKIP: -short")
	}
	const n, m = 2000, 8000
	r := rand.New(rand.NewPCG(3, 4))
	g := &encoding.Graph{
		Directed: true,
		Nodes: func(yield func(encoding.Node) bool) {
			for i := 0; i < n; i++ {
				if !yield(encoding.Node{ID: fmt.Sprint(i), Attrs: []graph.Attr{{Key: "bloc", Value: i % 7}, {Key: "pagerank", Value: float64(i%13 + 1)}}}) {
					return
				}
			}
		},
		Edges: func(yield func(encoding.Edge) bool) {
			r := rand.New(rand.NewPCG(5, 6))
			for i := 0; i < m; i++ {
				if !yield(encoding.Edge{Source: fmt.Sprint(r.IntN(n)), Target: fmt.Sprint(r.IntN(n)), Attrs: []graph.Attr{{Key: "sign", Value: float64(r.IntN(3) - 1)}}}) {
					return
				}
			}
		},
	}
	_ = r
	start := time.Now()
	out := render(t, g, svg.Options{})
	took := time.Since(start)
	t.Logf("2,000 nodes, 8,000 edges: %v, %d bytes", took, len(out))
	if took > 20*time.Second {
		t.Errorf("took %v", took)
	}
	if c := bytes.Count(out, []byte("<circle")); c != n {
		t.Errorf("%d circles, want %d", c, n)
	}
	if l := bytes.Count(out, []byte("<text")); l > n/2 {
		t.Errorf("%d labels for %d nodes: they must thin out", l, n)
	}
}

// TestRenderPNG runs scripts/render-png on the projected picture when
// Chromium is there (outside CI a missing Chromium skips; the script
// installs it when run by hand as root).
func TestRenderPNG(t *testing.T) {
	renderPNG(t, render(t, testgraph.Projected(), svg.Options{}), "1123x794")
}

// renderPNG turns picture into a PNG of size (WIDTHxHEIGHT) with
// scripts/render-png and checks that a PNG came out.
func renderPNG(t *testing.T, picture []byte, size string) {
	t.Helper()
	if testing.Short() {
		t.Skip("SKIP: -short")
	}
	if _, err := exec.LookPath("chromium"); err != nil {
		t.Skip("SKIP: chromium not installed (apt-get install -y chromium); scripts/render-png installs it when run as root")
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "p.svg")
	if err := os.WriteFile(in, picture, 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "p.png")
	if b, err := exec.Command(filepath.Join("..", "..", "..", "scripts", "render-png"), in, out, size).CombinedOutput(); err != nil {
		t.Fatalf("render-png: %v\n%s", err, b)
	}
	png, err := os.ReadFile(out)
	if err != nil || !bytes.HasPrefix(png, []byte("\x89PNG")) {
		t.Fatalf("no PNG: %v", err)
	}
}

// TestBlocContrast: every bloc colour, the palette's and those beyond it,
// and the grey of no bloc have a contrast of at least 4.5:1 with the white
// page (WCAG 2.1 relative luminance), and the palette's colours differ.
func TestBlocContrast(t *testing.T) {
	seen := map[string]bool{}
	for i := 0; i < 200; i++ {
		c := svg.BlocColor(i)
		if r := contrast(t, c, "#ffffff"); r < 4.5 {
			t.Errorf("bloc %d: %s has contrast %.2f:1 with white, want ≥ 4.5", i, c, r)
		}
		if i < 11 && seen[c] {
			t.Errorf("bloc %d: %s used twice", i, c)
		}
		seen[c] = true
	}
	if r := contrast(t, svg.NoBlocColor, "#ffffff"); r < 4.5 {
		t.Errorf("no bloc: %s has contrast %.2f:1", svg.NoBlocColor, r)
	}
}

// contrast is the WCAG 2.1 contrast ratio of two #rrggbb colours.
func contrast(tb testing.TB, a, b string) float64 {
	la, lb := luminance(tb, a), luminance(tb, b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

func luminance(tb testing.TB, hex string) float64 {
	var r, g, b uint8
	if _, err := fmt.Sscanf(hex, "#%02x%02x%02x", &r, &g, &b); err != nil {
		tb.Fatalf("colour %q: %v", hex, err)
	}
	lin := func(v uint8) float64 {
		c := float64(v) / 255
		if c <= 0.04045 {
			return c / 12.92
		}
		return math.Pow((c+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}
