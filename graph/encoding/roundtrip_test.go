package encoding_test

import (
	"bytes"
	"cmp"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/graph/encoding"
	"github.com/blocgraph/blocgraph/graph/encoding/gexf"
	"github.com/blocgraph/blocgraph/graph/encoding/graphml"
	"github.com/blocgraph/blocgraph/graph/encoding/internal/testgraph"
	"github.com/blocgraph/blocgraph/graph/encoding/nodelink"
)

// want is one expected attribute value, marshalled as [type, value] for
// testdata/roundtrip.py.
type want struct {
	typ string // str, int, float, bool, list, jsonlist
	val any
}

func (w want) MarshalJSON() ([]byte, error) { return json.Marshal([]any{w.typ, w.val}) }

type wantEdge struct {
	Source string          `json:"source"`
	Target string          `json:"target"`
	Attrs  map[string]want `json:"attrs"`
}

type expected struct {
	Exact      bool                       `json:"exact"`
	Multigraph bool                       `json:"multigraph"`
	Graph      map[string]want            `json:"graph"`
	Nodes      map[string]map[string]want `json:"nodes"`
	Edges      map[string]wantEdge        `json:"edges"`
}

// keyTypes joins the types of every value of each key, the way the package
// documentation says the XML encoders declare them: int and float64 make
// double, any other mix makes string.
func keyTypes(attrs func(yield func([]graph.Attr))) map[string]string {
	types := map[string]string{}
	attrs(func(as []graph.Attr) {
		for _, a := range as {
			var t string
			switch a.Value.(type) {
			case string:
				t = "str"
			case int:
				t = "int"
			case float64:
				t = "float"
			case bool:
				t = "bool"
			case []string:
				t = "list"
			default:
				continue
			}
			switch old, ok := types[a.Key]; {
			case !ok || old == t:
				types[a.Key] = t
			case (old == "int" && t == "float") || (old == "float" && t == "int"):
				types[a.Key] = "float"
			default:
				types[a.Key] = "str"
			}
		}
	})
	return types
}

// xmlSafe replaces what XML 1.0 cannot hold by U+FFFD, as the encoders document.
func xmlSafe(s string) string {
	return strings.Map(func(r rune) rune {
		if (r < 0x20 && r != '\t' && r != '\n' && r != '\r') || r == 0xFFFE || r == 0xFFFF || r == utf8.RuneError {
			return '\uFFFD'
		}
		return r
	}, s)
}

// xmlWant is what an XML reader returns for value v under a key of type t;
// igraph keeps every number as a float.
func xmlWant(t string, v any, igraph bool) want {
	switch t {
	case "bool":
		return want{"bool", v}
	case "int":
		if igraph {
			return want{"float", float64(v.(int))}
		}
		return want{"int", v}
	case "float":
		if i, ok := v.(int); ok {
			return want{"float", float64(i)}
		}
		return want{"float", v}
	case "list":
		return want{"jsonlist", v}
	}
	switch x := v.(type) {
	case string:
		return want{"str", xmlSafe(x)}
	case int:
		return want{"str", strconv.Itoa(x)}
	case float64:
		return want{"str", strconv.FormatFloat(x, 'g', -1, 64)}
	case bool:
		return want{"str", strconv.FormatBool(x)}
	case []string:
		return want{"jsonlist", x}
	}
	panic("unreachable")
}

func jsonWant(v any) want {
	switch x := v.(type) {
	case string:
		return want{"str", x}
	case int:
		return want{"int", x}
	case float64:
		return want{"float", x}
	case bool:
		return want{"bool", x}
	case []string:
		return want{"list", x}
	}
	panic("unreachable")
}

// expect builds what reader must return for m.
func expect(m *encoding.Graph, reader string) expected {
	igraph := reader == "igraph-graphml"
	xml := reader != "nx-nodelink"
	gexfReader := reader == "nx-gexf"
	nodeTypes := keyTypes(func(y func([]graph.Attr)) { m.Nodes(func(n encoding.Node) bool { y(n.Attrs); return true }) })
	edgeTypes := keyTypes(func(y func([]graph.Attr)) { m.Edges(func(e encoding.Edge) bool { y(e.Attrs); return true }) })
	graphTypes := keyTypes(func(y func([]graph.Attr)) { y(m.Attrs) })
	conv := func(types map[string]string, as []graph.Attr, rename map[string]string) map[string]want {
		out := map[string]want{}
		for _, a := range as {
			k := a.Key
			if r, ok := rename[k]; ok {
				k = r
			}
			if xml {
				out[k] = xmlWant(types[a.Key], a.Value, igraph)
			} else {
				out[k] = jsonWant(a.Value)
			}
		}
		return out
	}
	exp := expected{Exact: !igraph, Multigraph: true, Graph: map[string]want{}, Nodes: map[string]map[string]want{}, Edges: map[string]wantEdge{}}
	switch {
	case gexfReader:
		exp.Graph["mode"] = want{"str", "dynamic"} // GEXF keeps graph attributes in <meta>, which NetworkX does not read
	default:
		exp.Graph = conv(graphTypes, m.Attrs, nil)
	}
	m.Nodes(func(n encoding.Node) bool {
		a := conv(nodeTypes, n.Attrs, nil)
		if xml {
			a["labels"] = want{"str", ":" + strings.Join(n.Labels, ":")}
		} else {
			a["labels"] = want{"list", n.Labels}
		}
		if gexfReader {
			var name, title string
			for _, x := range n.Attrs {
				switch x.Key {
				case "name":
					name = x.Value.(string)
				case "title":
					title = x.Value.(string)
				}
			}
			label := cmp.Or(name, title, n.ID)
			a["label"] = want{"str", xmlSafe(label)}
		}
		exp.Nodes[n.ID] = a
		return true
	})
	var edgeRename map[string]string
	if !xml {
		edgeRename = map[string]string{"source": "source_"}
	}
	m.Edges(func(e encoding.Edge) bool {
		a := conv(edgeTypes, e.Attrs, edgeRename)
		a["label"] = want{"str", e.Label}
		a["id"] = want{"str", e.ID} // GraphML repeats it as data for igraph; NetworkX's GEXF reader adds it
		if gexfReader {
			for _, x := range e.Attrs {
				if x.Key == "date" || (x.Key == "from" && a["start"].typ == "") {
					d := graph.MustDate(x.Value.(string))
					a["start"] = want{"str", d.Start().Format("2006-01-02")}
					if x.Key == "date" {
						a["end"] = want{"str", d.End().Format("2006-01-02")}
					}
				}
			}
		}
		exp.Edges[e.ID] = wantEdge{Source: e.Source, Target: e.Target, Attrs: a}
		return true
	})
	return exp
}

// TestRoundTrip writes the test graph in each format and reads it back with
// NetworkX and python-igraph: same nodes, same edges (parallel ones kept),
// same attribute values and types.
func TestRoundTrip(t *testing.T) {
	testgraph.RequirePython(t, map[string]string{"networkx": "networkx==3.6.1", "igraph": "igraph"})
	m := testgraph.Model(false)
	dir := t.TempDir()
	encoders := map[string]func(io.Writer, *encoding.Graph) error{
		"graph.graphml": graphml.Encode, "graph.gexf": gexf.Encode, "graph.json": nodelink.Encode,
	}
	for name, enc := range encoders {
		var buf bytes.Buffer
		if err := enc(&buf, m); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct{ reader, file string }{
		{"nx-graphml", "graph.graphml"},
		{"igraph-graphml", "graph.graphml"},
		{"nx-gexf", "graph.gexf"},
		{"nx-nodelink", "graph.json"},
	} {
		t.Run(tc.reader, func(t *testing.T) {
			exp, err := json.MarshalIndent(expect(m, tc.reader), "", " ")
			if err != nil {
				t.Fatal(err)
			}
			expPath := filepath.Join(dir, tc.reader+".expected.json")
			if err := os.WriteFile(expPath, exp, 0o644); err != nil {
				t.Fatal(err)
			}
			out, err := exec.Command("python3", filepath.Join("testdata", "roundtrip.py"), tc.reader, filepath.Join(dir, tc.file), expPath).CombinedOutput()
			if err != nil {
				t.Fatalf("%s on %s: %v\n%s", tc.reader, tc.file, err, out)
			}
			t.Logf("%s", bytes.TrimSpace(out))
		})
	}
}

// TestHostileQuoteSurvives checks the quote with markup characters, emoji and
// a control character directly with NetworkX: the control character comes
// back as U+FFFD from XML and as itself from JSON.
func TestHostileQuoteSurvives(t *testing.T) {
	testgraph.RequirePython(t, map[string]string{"networkx": "networkx==3.6.1"})
	dir := t.TempDir()
	m := testgraph.Model(false)
	script := `
import json, sys, networkx as nx
kind, path = sys.argv[1], sys.argv[2]
if kind == "graphml":
    G = nx.read_graphml(path)
elif kind == "gexf":
    G = nx.read_gexf(path)
else:
    G = nx.node_link_graph(json.load(open(path, encoding="utf-8")))
quotes = [d["quote"] for _, _, d in G.edges(data=True) if d.get("type") == "EXPRESSED_SOLIDARITY"]
sys.stdout.write(json.dumps(quotes[0]))
`
	for _, tc := range []struct {
		kind string
		enc  func(io.Writer, *encoding.Graph) error
		want string
	}{
		{"graphml", graphml.Encode, strings.ReplaceAll(testgraph.Hostile, "\x01", "\uFFFD")},
		{"gexf", gexf.Encode, strings.ReplaceAll(testgraph.Hostile, "\x01", "\uFFFD")},
		{"json", nodelink.Encode, testgraph.Hostile},
	} {
		path := filepath.Join(dir, "g."+tc.kind)
		var buf bytes.Buffer
		if err := tc.enc(&buf, m); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command("python3", "-c", script, tc.kind, path).Output()
		if err != nil {
			t.Fatalf("%s: %v", tc.kind, err)
		}
		var got string
		if err := json.Unmarshal(out, &got); err != nil {
			t.Fatalf("%s: %v in %q", tc.kind, err, out)
		}
		if got != tc.want {
			t.Errorf("%s: quote read back as %q\nwant %q", tc.kind, got, tc.want)
		}
	}
}

// TestXMLLint checks that the GraphML and GEXF are well-formed for libxml2.
func TestXMLLint(t *testing.T) {
	xmllint := testgraph.RequireTool(t, "xmllint", "libxml2-utils")
	dir := t.TempDir()
	for name, enc := range map[string]func(io.Writer, *encoding.Graph) error{"g.graphml": graphml.Encode, "g.gexf": gexf.Encode} {
		var buf bytes.Buffer
		if err := enc(&buf, testgraph.Model(false)); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		if out, err := exec.Command(xmllint, "--noout", path).CombinedOutput(); err != nil {
			t.Errorf("xmllint --noout %s: %v\n%s", name, err, out)
		}
	}
}

// TestDeterministic: the same graph gives the same bytes, and so does the
// same graph built in the reverse insertion order.
func TestDeterministic(t *testing.T) {
	for name, enc := range map[string]func(io.Writer, *encoding.Graph) error{"graphml": graphml.Encode, "gexf": gexf.Encode, "nodelink": nodelink.Encode} {
		var a, b, c bytes.Buffer
		if err := enc(&a, testgraph.Model(false)); err != nil {
			t.Fatal(err)
		}
		if err := enc(&b, testgraph.Model(false)); err != nil {
			t.Fatal(err)
		}
		if err := enc(&c, testgraph.Model(true)); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("%s: two encodings of the same graph differ", name)
		}
		if !bytes.Equal(a.Bytes(), c.Bytes()) {
			t.Errorf("%s: the graph built in reverse order encodes differently", name)
		}
	}
}
