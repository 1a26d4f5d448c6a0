package gexf_test

import (
	"bytes"
	"encoding/xml"
	"flag"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/graph/encoding"
	"github.com/blocgraph/blocgraph/graph/encoding/gexf"
	"github.com/blocgraph/blocgraph/graph/encoding/internal/testgraph"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func encode(tb testing.TB, g *encoding.Graph) []byte {
	tb.Helper()
	var buf bytes.Buffer
	if err := gexf.Encode(&buf, g); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// TestGolden compares the tiny graph with testdata/tiny.gexf (go test
// -update rewrites it).
func TestGolden(t *testing.T) {
	testgraph.Golden(t, filepath.Join("testdata", "tiny.gexf"), encode(t, testgraph.Tiny()), *update)
}

type attvalue struct {
	For   string `xml:"for,attr"`
	Value string `xml:"value,attr"`
}

type document struct {
	XMLName xml.Name `xml:"http://gexf.net/1.3 gexf"`
	Version string   `xml:"version,attr"`
	Meta    struct {
		Creator     string `xml:"creator"`
		Description string `xml:"description"`
	} `xml:"meta"`
	Graph struct {
		DefaultEdgeType string `xml:"defaultedgetype,attr"`
		Mode            string `xml:"mode,attr"`
		TimeFormat      string `xml:"timeformat,attr"`
		Attributes      []struct {
			Class string `xml:"class,attr"`
			Attrs []struct {
				ID    string `xml:"id,attr"`
				Title string `xml:"title,attr"`
				Type  string `xml:"type,attr"`
			} `xml:"attribute"`
		} `xml:"attributes"`
		Nodes struct {
			Count int `xml:"count,attr"`
			Nodes []struct {
				ID     string     `xml:"id,attr"`
				Label  string     `xml:"label,attr"`
				Values []attvalue `xml:"attvalues>attvalue"`
			} `xml:"node"`
		} `xml:"nodes"`
		Edges struct {
			Count int `xml:"count,attr"`
			Edges []struct {
				ID     string     `xml:"id,attr"`
				Source string     `xml:"source,attr"`
				Target string     `xml:"target,attr"`
				Label  string     `xml:"label,attr"`
				Kind   string     `xml:"kind,attr"`
				Start  string     `xml:"start,attr"`
				End    string     `xml:"end,attr"`
				Weight string     `xml:"weight,attr"`
				Values []attvalue `xml:"attvalues>attvalue"`
			} `xml:"edge"`
		} `xml:"edges"`
	} `xml:"graph"`
}

// TestStructure reads the test graph back with encoding/xml and checks the
// GEXF 1.3 structure: the header, declared attributes with GEXF types,
// values that parse as their type, node labels, counts, and edge intervals
// in yyyy-mm-dd taken from the event dates.
func TestStructure(t *testing.T) {
	m := testgraph.Model(false)
	var doc document
	if err := xml.Unmarshal(encode(t, m), &doc); err != nil {
		t.Fatal(err)
	}
	g := doc.Graph
	if doc.Version != "1.3" || g.DefaultEdgeType != "directed" || g.Mode != "dynamic" || g.TimeFormat != "date" {
		t.Errorf("version %q, defaultedgetype %q, mode %q, timeformat %q", doc.Version, g.DefaultEdgeType, g.Mode, g.TimeFormat)
	}
	if doc.Meta.Creator != "blocgraph test" || doc.Meta.Description != "source: testgraph & <friends>" {
		t.Errorf("meta %+v", doc.Meta)
	}
	types := map[string]map[string]string{} // class → id → type
	titles := map[string]map[string]string{}
	for _, a := range g.Attributes {
		types[a.Class], titles[a.Class] = map[string]string{}, map[string]string{}
		for _, x := range a.Attrs {
			switch x.Type {
			case "integer", "long", "double", "boolean", "string", "liststring":
			default:
				t.Errorf("%s attribute %s: type %q", a.Class, x.Title, x.Type)
			}
			types[a.Class][x.ID] = x.Type
			titles[a.Class][x.ID] = x.Title
		}
	}
	if titles["node"] == nil || titles["edge"] == nil {
		t.Fatalf("attributes declared for %v", g.Attributes)
	}
	check := func(where, class string, vals []attvalue) map[string]string {
		got := map[string]string{}
		for _, v := range vals {
			typ, ok := types[class][v.For]
			if !ok {
				t.Errorf("%s: attvalue for undeclared %s attribute %q", where, class, v.For)
				continue
			}
			var err error
			switch typ {
			case "integer":
				_, err = strconv.ParseInt(v.Value, 10, 32)
			case "long":
				_, err = strconv.ParseInt(v.Value, 10, 64)
			case "double":
				_, err = strconv.ParseFloat(v.Value, 64)
			case "boolean":
				_, err = strconv.ParseBool(v.Value)
			case "liststring":
				if !strings.HasPrefix(v.Value, "[") || !strings.HasSuffix(v.Value, "]") {
					err = strconv.ErrSyntax
				}
			}
			if err != nil {
				t.Errorf("%s: %s %q is not a %s", where, titles[class][v.For], v.Value, typ)
			}
			got[titles[class][v.For]] = v.Value
		}
		return got
	}
	if g.Nodes.Count != len(g.Nodes.Nodes) || g.Nodes.Count != m.NumNodes() {
		t.Errorf("nodes count %d, %d written, want %d", g.Nodes.Count, len(g.Nodes.Nodes), m.NumNodes())
	}
	labels := map[string]string{}
	for _, n := range g.Nodes.Nodes {
		a := check("node "+n.ID, "node", n.Values)
		labels[n.ID] = n.Label
		if a["labels"] == "" || (a["name"] != "" && n.Label != a["name"]) {
			t.Errorf("node %s: label %q, name %q, labels %q", n.ID, n.Label, a["name"], a["labels"])
		}
	}
	if labels["PRK"] != "North Korea" || !strings.HasPrefix(labels["diaz-canel-congratulations-2021"], "What's the plan?") {
		t.Errorf("labels %v", labels)
	}
	if g.Edges.Count != len(g.Edges.Edges) || g.Edges.Count != m.NumEdges() {
		t.Errorf("edges count %d, %d written, want %d", g.Edges.Count, len(g.Edges.Edges), m.NumEdges())
	}
	for _, e := range g.Edges.Edges {
		a := check("edge "+e.ID, "edge", e.Values)
		if e.Label == "" || e.Label != e.Kind || e.Label != a["type"] {
			t.Errorf("edge %s: label %q kind %q type %q", e.ID, e.Label, e.Kind, a["type"])
		}
		for _, s := range []string{e.Start, e.End} {
			if _, err := time.Parse("2006-01-02", s); s != "" && err != nil {
				t.Errorf("edge %s: %q is not yyyy-mm-dd", e.ID, s)
			}
		}
		if d := a["date"]; d != "" {
			pd := graph.MustDate(d)
			if e.Start != pd.Start().Format(time.DateOnly) || e.End != pd.End().Format(time.DateOnly) {
				t.Errorf("edge %s dated %s spans %s..%s", e.ID, d, e.Start, e.End)
			}
		} else if e.Start == "" {
			t.Errorf("edge %s (from %s) has no start", e.ID, a["from"])
		}
	}
}

// TestIntervalsAndWeight: the dates of each precision, a structural term,
// and a numeric weight that becomes the edge weight.
func TestIntervalsAndWeight(t *testing.T) {
	g := &encoding.Graph{
		Directed: true,
		Nodes: func(yield func(encoding.Node) bool) {
			_ = yield(encoding.Node{ID: "a"}) && yield(encoding.Node{ID: "b", Attrs: []graph.Attr{{Key: "label", Value: "mine"}}})
		},
		Edges: func(yield func(encoding.Edge) bool) {
			_ = yield(encoding.Edge{ID: "y", Source: "a", Target: "b", Label: "X", Attrs: []graph.Attr{{Key: "date", Value: "2020"}, {Key: "weight", Value: -2.5}}}) &&
				yield(encoding.Edge{ID: "m", Source: "a", Target: "b", Label: "X", Attrs: []graph.Attr{{Key: "date", Value: "2024-02"}, {Key: "weight", Value: 3}}}) &&
				yield(encoding.Edge{ID: "d", Source: "a", Target: "b", Label: "X", Attrs: []graph.Attr{{Key: "date", Value: "2021-04-23"}}}) &&
				yield(encoding.Edge{ID: "t", Source: "a", Target: "b", Label: "LEADS", Attrs: []graph.Attr{{Key: "from", Value: "2019-10"}, {Key: "to", Value: "2021"}}}) &&
				yield(encoding.Edge{ID: "o", Source: "a", Target: "b", Label: "LEADS", Attrs: []graph.Attr{{Key: "from", Value: "2019-10-10"}, {Key: "start", Value: "x"}}}) &&
				yield(encoding.Edge{ID: "bad", Source: "a", Target: "b", Attrs: []graph.Attr{{Key: "date", Value: "April 2021"}}})
		},
	}
	out := string(encode(t, g))
	for _, want := range []string{
		`<edge id="y" source="a" target="b" label="X" kind="X" weight="-2.5" start="2020-01-01" end="2020-12-31">`,
		`<edge id="m" source="a" target="b" label="X" kind="X" weight="3" start="2024-02-01" end="2024-02-29">`,
		`<edge id="d" source="a" target="b" label="X" kind="X" start="2021-04-23" end="2021-04-23">`,
		`<edge id="t" source="a" target="b" label="LEADS" kind="LEADS" start="2019-10-01" end="2021-12-31">`,
		`<edge id="o" source="a" target="b" label="LEADS" kind="LEADS" start="2019-10-10">`,
		`<edge id="bad" source="a" target="b"><attvalues>`,
		`title="start_"`,
		`<node id="b" label="b"><attvalues><attvalue for="0" value="mine"/>`,
		`<attribute id="0" title="label_" type="string"/>`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %s\n%s", want, out)
		}
	}
	if strings.Contains(out, `title="weight"`) {
		t.Errorf("a numeric weight must be the edge weight, not an attribute:\n%s", out)
	}
}

// TestMemoryFlat: what Encode allocates does not grow with the edges.
func TestMemoryFlat(t *testing.T) {
	testgraph.MemoryFlat(t, gexf.Encode)
}
