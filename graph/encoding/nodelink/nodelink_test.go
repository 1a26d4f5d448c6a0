package nodelink_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"math"
	"path/filepath"
	"strings"
	"testing"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/graph/encoding"
	"github.com/blocgraph/blocgraph/graph/encoding/internal/testgraph"
	"github.com/blocgraph/blocgraph/graph/encoding/nodelink"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func encode(tb testing.TB, g *encoding.Graph) []byte {
	tb.Helper()
	var buf bytes.Buffer
	if err := nodelink.Encode(&buf, g); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// TestGolden compares the tiny graph with testdata/tiny.json (go test
// -update rewrites it).
func TestGolden(t *testing.T) {
	testgraph.Golden(t, filepath.Join("testdata", "tiny.json"), encode(t, testgraph.Tiny()), *update)
}

// TestStructure decodes the test graph with encoding/json: the node-link
// members, every node and edge, the hostile quote intact, numbers typed.
func TestStructure(t *testing.T) {
	m := testgraph.Model(false)
	out := encode(t, m)
	if !json.Valid(out) {
		t.Fatalf("invalid JSON:\n%s", out)
	}
	var doc struct {
		Directed   bool                         `json:"directed"`
		Multigraph bool                         `json:"multigraph"`
		Graph      map[string]any               `json:"graph"`
		Nodes      []map[string]json.RawMessage `json:"nodes"`
		Edges      []map[string]json.RawMessage `json:"edges"`
	}
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}
	if !doc.Directed || !doc.Multigraph || doc.Graph["source"] != "testgraph & <friends>" {
		t.Errorf("directed %v multigraph %v graph %v", doc.Directed, doc.Multigraph, doc.Graph)
	}
	if len(doc.Nodes) != m.NumNodes() || len(doc.Edges) != m.NumEdges() {
		t.Errorf("%d nodes, %d edges; want %d, %d", len(doc.Nodes), len(doc.Edges), m.NumNodes(), m.NumEdges())
	}
	raw := func(o map[string]json.RawMessage, k string) string { return string(o[k]) }
	for _, n := range doc.Nodes {
		if raw(n, "id") == `"PRK"` {
			for k, want := range map[string]string{"labels": `["State"]`, "pagerank": "0.31", "bloc": "0", "core": "true", "score": "3", "rank": "1",
				"aliases": `["DPRK", "Democratic People's Republic of Korea"]`} {
				if raw(n, k) != want {
					t.Errorf("PRK %s = %s, want %s", k, raw(n, k), want)
				}
			}
		}
		if raw(n, "id") == `"CUB"` && raw(n, "score") != "2.5" {
			t.Errorf("CUB score %s", raw(n, "score"))
		}
	}
	found := false
	for _, e := range doc.Edges {
		keys := []string{"source", "target", "key", "id", "label"}
		if _, event := e["date"]; event {
			keys = append(keys, "dataset", "confidence")
			if c := raw(e, "confidence"); !strings.Contains(c, ".") {
				t.Errorf("confidence %s must be written as a float", c)
			}
		}
		for _, k := range keys {
			if _, ok := e[k]; !ok {
				t.Errorf("edge %s lacks %q", raw(e, "id"), k)
			}
		}
		if raw(e, "key") != raw(e, "id") {
			t.Errorf("edge key %s, id %s", raw(e, "key"), raw(e, "id"))
		}
		if raw(e, "label") == `"EXPRESSED_SOLIDARITY"` {
			var q string
			if err := json.Unmarshal(e["quote"], &q); err != nil || q != testgraph.Hostile {
				t.Errorf("quote %s read back as %q (%v)", e["quote"], q, err)
			}
			found = true
		}
	}
	if !found {
		t.Error("the EXPRESSED_SOLIDARITY edge is missing")
	}
}

// TestValues: JSON number forms, non-finite floats, reserved names.
func TestValues(t *testing.T) {
	g := &encoding.Graph{
		Nodes: func(yield func(encoding.Node) bool) {
			yield(encoding.Node{ID: "a", Attrs: []graph.Attr{
				{Key: "f", Value: 3.0}, {Key: "g", Value: 1e21}, {Key: "h", Value: math.NaN()}, {Key: "i", Value: math.Inf(-1)},
				{Key: "id", Value: "other"}, {Key: "s", Value: "a\u2028b\x7f\xff"}, {Key: "dup", Value: 1}, {Key: "dup", Value: 2},
			}})
		},
		Edges: func(yield func(encoding.Edge) bool) {
			yield(encoding.Edge{ID: "e", Source: "a", Target: "a", Attrs: []graph.Attr{{Key: "target", Value: "t"}, {Key: "key", Value: "k"}}})
		},
	}
	got := string(encode(t, g))
	want := `{"directed": false, "multigraph": false, "graph": {},
"nodes": [
{"id": "a", "f": 3.0, "g": 1e+21, "h": null, "i": null, "id_": "other", "s": "a\u2028b` + "\x7f" + `\ufffd", "dup": 2}
],
"edges": [
{"source": "a", "target": "a", "id": "e", "target_": "t", "key_": "k"}
]}
`
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if !json.Valid([]byte(got)) {
		t.Error("invalid JSON")
	}
}

// TestMemoryFlat: what Encode allocates does not grow with the edges.
func TestMemoryFlat(t *testing.T) {
	testgraph.MemoryFlat(t, nodelink.Encode)
}
