package graphml_test

import (
	"bytes"
	"encoding/xml"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/graph/encoding"
	"github.com/blocgraph/blocgraph/graph/encoding/graphml"
	"github.com/blocgraph/blocgraph/graph/encoding/internal/synth"
	"github.com/blocgraph/blocgraph/graph/encoding/internal/testgraph"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func encode(tb testing.TB, g *encoding.Graph) []byte {
	tb.Helper()
	var buf bytes.Buffer
	if err := graphml.Encode(&buf, g); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// TestGolden compares the tiny graph with testdata/tiny.graphml
// (go test -update rewrites it).
func TestGolden(t *testing.T) {
	testgraph.Golden(t, filepath.Join("testdata", "tiny.graphml"), encode(t, testgraph.Tiny()), *update)
}

// The GraphML structure, as encoding/xml reads it.
type document struct {
	XMLName xml.Name `xml:"http://graphml.graphdrawing.org/xmlns graphml"`
	Keys    []struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	} `xml:"key"`
	Graph struct {
		ID          string  `xml:"id,attr"`
		EdgeDefault string  `xml:"edgedefault,attr"`
		Data        []datum `xml:"data"`
		Nodes       []struct {
			ID   string  `xml:"id,attr"`
			Data []datum `xml:"data"`
		} `xml:"node"`
		Edges []struct {
			ID     string  `xml:"id,attr"`
			Source string  `xml:"source,attr"`
			Target string  `xml:"target,attr"`
			Data   []datum `xml:"data"`
		} `xml:"edge"`
	} `xml:"graph"`
}

type datum struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

// TestStructure reads the test graph back with encoding/xml and checks what
// a GraphML schema would: keys declared once with a known type, data only
// under declared keys of the right class and in key order, values that parse
// as their declared type, unique node ids, edges between declared nodes.
func TestStructure(t *testing.T) {
	m := testgraph.Model(false)
	var doc document
	if err := xml.Unmarshal(encode(t, m), &doc); err != nil {
		t.Fatal(err)
	}
	type key struct{ class, name, typ string }
	keys := map[string]key{}
	names := map[string]bool{}
	order := map[string]int{}
	for i, k := range doc.Keys {
		if _, dup := keys[k.ID]; dup {
			t.Errorf("key id %s declared twice", k.ID)
		}
		if names[k.For+"/"+k.Name] {
			t.Errorf("%s attribute %s declared twice", k.For, k.Name)
		}
		names[k.For+"/"+k.Name] = true
		switch k.Type {
		case "boolean", "int", "long", "float", "double", "string":
		default:
			t.Errorf("key %s: attr.type %q", k.ID, k.Type)
		}
		keys[k.ID] = key{k.For, k.Name, k.Type}
		order[k.ID] = i
	}
	for _, want := range []string{"node/labels", "edge/label", "edge/id", "graph/source"} {
		if !names[want] {
			t.Errorf("no key declared for %s", want)
		}
	}
	check := func(where, class string, data []datum) map[string]string {
		got := map[string]string{}
		last := -1
		for _, d := range data {
			k, ok := keys[d.Key]
			if !ok || k.class != class {
				t.Errorf("%s: data key %q is not a declared %s key", where, d.Key, class)
				continue
			}
			if order[d.Key] <= last {
				t.Errorf("%s: data key %s out of order", where, d.Key)
			}
			last = order[d.Key]
			var err error
			switch k.typ {
			case "int":
				_, err = strconv.ParseInt(d.Value, 10, 32)
			case "long":
				_, err = strconv.ParseInt(d.Value, 10, 64)
			case "double":
				_, err = strconv.ParseFloat(d.Value, 64)
			case "boolean":
				if d.Value != "true" && d.Value != "false" {
					err = fmt.Errorf("not a boolean")
				}
			}
			if err != nil {
				t.Errorf("%s: %s %q does not parse as %s: %v", where, k.name, d.Value, k.typ, err)
			}
			got[k.name] = d.Value
		}
		return got
	}
	if doc.Graph.EdgeDefault != "directed" {
		t.Errorf("edgedefault %q", doc.Graph.EdgeDefault)
	}
	if g := check("graph", "graph", doc.Graph.Data); g["source"] != "testgraph & <friends>" {
		t.Errorf("graph source %q", g["source"])
	}
	nodes := map[string]bool{}
	for _, n := range doc.Graph.Nodes {
		if nodes[n.ID] {
			t.Errorf("node %s twice", n.ID)
		}
		nodes[n.ID] = true
		a := check("node "+n.ID, "node", n.Data)
		if !strings.HasPrefix(a["labels"], ":") {
			t.Errorf("node %s: labels %q", n.ID, a["labels"])
		}
	}
	if len(nodes) != m.NumNodes() {
		t.Errorf("%d nodes, want %d", len(nodes), m.NumNodes())
	}
	edges := map[string]bool{}
	for _, e := range doc.Graph.Edges {
		if edges[e.ID] {
			t.Errorf("edge %s twice", e.ID)
		}
		edges[e.ID] = true
		if !nodes[e.Source] || !nodes[e.Target] {
			t.Errorf("edge %s joins %s and %s, not both nodes", e.ID, e.Source, e.Target)
		}
		a := check("edge "+e.ID, "edge", e.Data)
		if a["id"] != e.ID || a["label"] == "" || a["label"] != a["type"] {
			t.Errorf("edge %s: id %q, label %q, type %q", e.ID, a["id"], a["label"], a["type"])
		}
	}
	if len(edges) != m.NumEdges() {
		t.Errorf("%d edges, want %d", len(edges), m.NumEdges())
	}
}

// TestValues checks types, number forms and escaping on a hand-made graph.
func TestValues(t *testing.T) {
	g := &encoding.Graph{
		Directed: false,
		Nodes: func(yield func(encoding.Node) bool) {
			yield(encoding.Node{ID: `a"&<b`, Attrs: []graph.Attr{
				{Key: "i", Value: 7}, {Key: "mix", Value: 1}, {Key: "s", Value: "x\x00y\uFFFEz\r"},
				{Key: "labels", Value: "mine"}, {Key: "f", Value: 1e-7}, {Key: "l", Value: []string{"a|b", `q"`}},
				{Key: "dup", Value: "first"}, {Key: "dup", Value: "second"}, {Key: "none", Value: nil},
			}})
			yield(encoding.Node{ID: "c", Attrs: []graph.Attr{{Key: "mix", Value: 2.5}, {Key: "i", Value: 1 << 40}, {Key: "f", Value: 100.0}}})
		},
		Edges: func(yield func(encoding.Edge) bool) {
			yield(encoding.Edge{Source: `a"&<b`, Target: "c", Attrs: []graph.Attr{{Key: "b", Value: true}}})
		},
	}
	out := string(encode(t, g))
	for _, want := range []string{
		`<key id="n2" for="node" attr.name="i" attr.type="long"/>`,
		`<key id="n3" for="node" attr.name="l" attr.type="string"/>`,
		`<key id="n4" for="node" attr.name="labels_" attr.type="string"/>`,
		`<key id="n5" for="node" attr.name="mix" attr.type="double"/>`,
		`<key id="e0" for="edge" attr.name="b" attr.type="boolean"/>`,
		`edgedefault="undirected"`,
		`<node id="a&quot;&amp;&lt;b">`,
		`<data key="n0">second</data>`,
		`<data key="n1">1e-07</data>`,
		`<data key="n3">["a|b", "q\""]</data>`,
		`<data key="n4">mine</data>`,
		`<data key="n6">x` + "\uFFFD" + `y` + "\uFFFD" + `z&#13;</data>`,
		`<data key="n1">100</data><data key="n2">1099511627776</data><data key="n5">2.5</data>`,
		`<edge source="a&quot;&amp;&lt;b" target="c"><data key="e0">true</data></edge>`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %s\n%s", want, out)
		}
	}
	if strings.Contains(out, "first") || strings.Contains(out, `"none"`) {
		t.Errorf("a repeated key must keep its last value and a nil value none:\n%s", out)
	}
	bad := &encoding.Graph{Nodes: func(yield func(encoding.Node) bool) {
		yield(encoding.Node{ID: "x", Attrs: []graph.Attr{{Key: "v", Value: int64(1)}}})
	}}
	if err := graphml.Encode(new(bytes.Buffer), bad); err == nil || !strings.Contains(err.Error(), "int64") {
		t.Errorf("an int64 value: error %v, want one naming the type", err)
	}
}

// TestMemoryFlat encodes 10,000 and 100,000 edges: what Encode allocates
// must not grow with the number of edges.
func TestMemoryFlat(t *testing.T) {
	testgraph.MemoryFlat(t, graphml.Encode)
}

// BenchmarkEncode100k measures the encoder on 100,000 edges with 4 attributes.
func BenchmarkEncode100k(b *testing.B) {
	g := synth.Graph(10_000, 100_000, false)
	var n countWriter
	for b.Loop() {
		if err := graphml.Encode(&n, g); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(n.n / int64(b.N))
}

type countWriter struct{ n int64 }

func (c *countWriter) Write(p []byte) (int, error) { c.n += int64(len(p)); return len(p), nil }

func Example() {
	g := &encoding.Graph{
		Directed: true,
		Nodes: func(yield func(encoding.Node) bool) {
			_ = yield(encoding.Node{ID: "PRK", Labels: []string{"State"}, Attrs: []graph.Attr{{Key: "name", Value: "North Korea"}, {Key: "bloc", Value: 0}}}) &&
				yield(encoding.Node{ID: "CUB", Labels: []string{"State"}, Attrs: []graph.Attr{{Key: "name", Value: "Cuba"}, {Key: "pagerank", Value: 0.27}}})
		},
		Edges: func(yield func(encoding.Edge) bool) {
			yield(encoding.Edge{ID: "e1", Source: "PRK", Target: "CUB", Label: "EXPRESSED_SOLIDARITY", Attrs: []graph.Attr{{Key: "quote", Value: `"difficult brother" & ally`}}})
		},
	}
	if err := graphml.Encode(os.Stdout, g); err != nil {
		fmt.Println(err)
	}
	// Output:
	// <?xml version="1.0" encoding="UTF-8"?>
	// <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
	//   <key id="n0" for="node" attr.name="bloc" attr.type="int"/>
	//   <key id="n1" for="node" attr.name="labels" attr.type="string"/>
	//   <key id="n2" for="node" attr.name="name" attr.type="string"/>
	//   <key id="n3" for="node" attr.name="pagerank" attr.type="double"/>
	//   <key id="e0" for="edge" attr.name="id" attr.type="string"/>
	//   <key id="e1" for="edge" attr.name="label" attr.type="string"/>
	//   <key id="e2" for="edge" attr.name="quote" attr.type="string"/>
	//   <graph id="G" edgedefault="directed">
	//     <node id="PRK"><data key="n0">0</data><data key="n1">:State</data><data key="n2">North Korea</data></node>
	//     <node id="CUB"><data key="n1">:State</data><data key="n2">Cuba</data><data key="n3">0.27</data></node>
	//     <edge id="e1" source="PRK" target="CUB"><data key="e0">e1</data><data key="e1">EXPRESSED_SOLIDARITY</data><data key="e2">"difficult brother" &amp; ally</data></edge>
	//   </graph>
	// </graphml>
}
