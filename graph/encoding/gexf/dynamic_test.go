package gexf_test

import (
	"encoding/json"
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/graph/encoding"
	"github.com/blocgraph/blocgraph/graph/encoding/internal/testgraph"
)

// dynamicGraph: two states over three periods of 2021 (the second one
// empty for Cuba), with their bloc per period, and the pair's weight per
// period; a static node beside them.
func dynamicGraph() *encoding.Graph {
	span := func(a, b string) graph.Span { return graph.Span{Start: graph.MustDate(a), End: graph.MustDate(b)} }
	q1, q2, q3 := span("2021-01", "2021-03"), span("2021-04", "2021-06"), span("2021-07", "2021-09")
	timed := func(key string, vals ...any) []encoding.TimedAttr {
		var out []encoding.TimedAttr
		for i := 0; i < len(vals); i += 2 {
			out = append(out, encoding.TimedAttr{Key: key, Value: vals[i+1], Span: vals[i].(graph.Span)})
		}
		return out
	}
	return &encoding.Graph{
		Directed: true,
		Nodes: func(yield func(encoding.Node) bool) {
			_ = yield(encoding.Node{ID: "PRK", Labels: []string{"State"}, Attrs: []graph.Attr{{Key: "name", Value: "North Korea"}},
				Dynamics: encoding.Dynamics{Spells: []graph.Span{span("2021-01", "2021-09")},
					Timed: append(timed("bloc", q1, 0, q2, 0, q3, 1), timed("bloc_label", q1, "socialist bloc", q2, "socialist bloc", q3, "other bloc")...)}}) &&
				yield(encoding.Node{ID: "CUB", Attrs: []graph.Attr{{Key: "name", Value: "Cuba"}},
					Dynamics: encoding.Dynamics{Spells: []graph.Span{q1, q3}, Timed: timed("bloc", q1, 0, q3, -1)}}) &&
				yield(encoding.Node{ID: "USA", Attrs: []graph.Attr{{Key: "name", Value: "United States"}}})
		},
		Edges: func(yield func(encoding.Edge) bool) {
			_ = yield(encoding.Edge{ID: "PRK->CUB", Source: "PRK", Target: "CUB", Label: "ALIGNMENT", Attrs: []graph.Attr{{Key: "periods", Value: 2}},
				Dynamics: encoding.Dynamics{Spells: []graph.Span{q1, q3}, Timed: append(timed("weight", q1, 3.5, q3, -1.0), timed("cooperation", q1, 3.5, q3, 0.0)...)}}) &&
				yield(encoding.Edge{ID: "e", Source: "USA", Target: "CUB", Label: "SANCTIONED", Attrs: []graph.Attr{{Key: "date", Value: "2021-07-11"}, {Key: "weight", Value: -8.0}}})
		},
	}
}

type dynDoc struct {
	Graph struct {
		Mode       string `xml:"mode,attr"`
		TimeFormat string `xml:"timeformat,attr"`
		Attributes []struct {
			Class string `xml:"class,attr"`
			Mode  string `xml:"mode,attr"`
			Attrs []struct {
				ID    string `xml:"id,attr"`
				Title string `xml:"title,attr"`
				Type  string `xml:"type,attr"`
			} `xml:"attribute"`
		} `xml:"attributes"`
		Nodes []dynElement `xml:"nodes>node"`
		Edges []dynElement `xml:"edges>edge"`
	} `xml:"graph"`
}

type dynElement struct {
	ID     string `xml:"id,attr"`
	Start  string `xml:"start,attr"`
	End    string `xml:"end,attr"`
	Weight string `xml:"weight,attr"`
	Values []struct {
		For   string `xml:"for,attr"`
		Value string `xml:"value,attr"`
		Start string `xml:"start,attr"`
		End   string `xml:"end,attr"`
	} `xml:"attvalues>attvalue"`
	Spells []struct {
		Start string `xml:"start,attr"`
		End   string `xml:"end,attr"`
	} `xml:"spells>spell"`
}

// TestDynamics reads a graph with spells and values over time back with
// encoding/xml and checks it against GEXF 1.3's dynamics: values over time
// declared apart in <attributes mode="dynamic"> with ids of their own after
// the static ones (the edge weight's id "weight", Gephi's weight over
// time), each value with the first and last day of its span, spells as
// <spells><spell start end/>, elements without dynamics as before.
func TestDynamics(t *testing.T) {
	out := encode(t, dynamicGraph())
	var doc dynDoc
	if err := xml.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}
	g := doc.Graph
	if g.Mode != "dynamic" || g.TimeFormat != "date" {
		t.Errorf("mode %q timeformat %q", g.Mode, g.TimeFormat)
	}
	decl := map[string]string{} // class mode id → title
	for _, a := range g.Attributes {
		for _, x := range a.Attrs {
			decl[a.Class+" "+a.Mode+" "+x.ID] = x.Title + ":" + x.Type
		}
	}
	for key, want := range map[string]string{
		"node  0": "labels:string", "node  1": "name:string", "node dynamic 2": "bloc:integer", "node dynamic 3": "bloc_label:string",
		"edge  0": "date:string", "edge  1": "periods:integer", "edge dynamic 2": "cooperation:double", "edge dynamic weight": "weight:double",
	} {
		if decl[key] != want {
			t.Errorf("declaration %q: %q, want %q (all: %v)", key, decl[key], want, decl)
		}
	}
	byID := map[string]dynElement{}
	for _, e := range append(g.Nodes, g.Edges...) {
		byID[e.ID] = e
	}
	values := func(id, key string) string {
		var s []string
		for _, v := range byID[id].Values {
			if v.For == key {
				s = append(s, v.Value+"@"+v.Start+".."+v.End)
			}
		}
		return strings.Join(s, " ")
	}
	spells := func(id string) string {
		var s []string
		for _, v := range byID[id].Spells {
			s = append(s, v.Start+".."+v.End)
		}
		return strings.Join(s, " ")
	}
	for _, c := range []struct{ got, want string }{
		{values("PRK", "2"), "0@2021-01-01..2021-03-31 0@2021-04-01..2021-06-30 1@2021-07-01..2021-09-30"},
		{values("PRK", "3"), "socialist bloc@2021-01-01..2021-03-31 socialist bloc@2021-04-01..2021-06-30 other bloc@2021-07-01..2021-09-30"},
		{values("PRK", "1"), "North Korea@.."},
		{spells("PRK"), "2021-01-01..2021-09-30"},
		{values("CUB", "2"), "0@2021-01-01..2021-03-31 -1@2021-07-01..2021-09-30"},
		{spells("CUB"), "2021-01-01..2021-03-31 2021-07-01..2021-09-30"},
		{spells("USA"), ""},
		{values("PRK->CUB", "weight"), "3.5@2021-01-01..2021-03-31 -1@2021-07-01..2021-09-30"},
		{values("PRK->CUB", "2"), "3.5@2021-01-01..2021-03-31 0@2021-07-01..2021-09-30"},
		{values("PRK->CUB", "1"), "2@.."},
		{spells("PRK->CUB"), "2021-01-01..2021-03-31 2021-07-01..2021-09-30"},
		{byID["e"].Weight + " " + byID["e"].Start + ".." + byID["e"].End, "-8 2021-07-11..2021-07-11"},
		{byID["PRK->CUB"].Start + byID["PRK->CUB"].End + byID["PRK->CUB"].Weight, ""},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}

// TestDynamicsNetworkX reads the dynamic graph with NetworkX's read_gexf:
// values over time come back as (value, start, end) triples and spells as
// (start, end) pairs. NetworkX reads an attribute with the id weight as
// static whatever its mode (a workaround for Gephi 0.7): the edge weight
// over time comes back as its last value there, which is why cooperation
// and conflict are written over time beside it.
func TestDynamicsNetworkX(t *testing.T) {
	testgraph.RequirePython(t, map[string]string{"networkx": "networkx==3.6.1"})
	path := filepath.Join(t.TempDir(), "d.gexf")
	if err := os.WriteFile(path, encode(t, dynamicGraph()), 0o644); err != nil {
		t.Fatal(err)
	}
	script := `
import json, sys, networkx as nx
G = nx.read_gexf(sys.argv[1])
e = G.edges["PRK", "CUB"]
print(json.dumps({"mode": G.graph.get("mode"), "bloc": G.nodes["PRK"]["bloc"], "label": G.nodes["PRK"]["bloc_label"],
    "spells": G.nodes["CUB"]["spells"], "cooperation": e["cooperation"], "espells": e["spells"], "weight": e["weight"],
    "usa": sorted(G.nodes["USA"])}))
`
	out, err := exec.Command("python3", "-c", script, path).CombinedOutput()
	if err != nil {
		t.Fatalf("read_gexf: %v\n%s", err, out)
	}
	var got struct {
		Mode        string
		Bloc        [][]any
		Label       [][]any
		Spells      [][]string
		Cooperation [][]any
		Espells     [][]string
		Weight      float64
		USA         []string
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	js := func(v any) string { b, _ := json.Marshal(v); return string(b) }
	for _, c := range []struct{ got, want string }{
		{got.Mode, "dynamic"},
		{js(got.Bloc), `[[0,"2021-01-01","2021-03-31"],[0,"2021-04-01","2021-06-30"],[1,"2021-07-01","2021-09-30"]]`},
		{js(got.Label[2]), `["other bloc","2021-07-01","2021-09-30"]`},
		{js(got.Spells), `[["2021-01-01","2021-03-31"],["2021-07-01","2021-09-30"]]`},
		{js(got.Cooperation), `[[3.5,"2021-01-01","2021-03-31"],[0,"2021-07-01","2021-09-30"]]`},
		{js(got.Espells), `[["2021-01-01","2021-03-31"],["2021-07-01","2021-09-30"]]`},
		{js(got.Weight), `-1`},
		{js(got.USA), `["label","name"]`},
	} {
		if c.got != c.want {
			t.Errorf("NetworkX read %s, want %s", c.got, c.want)
		}
	}
}
