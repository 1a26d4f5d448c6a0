package neo4j

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

func deepEqual(a, b any) bool { return reflect.DeepEqual(a, b) }

// fill sets every field of the struct *p to a value that is not zero and
// differs from field to field, so that a field added to the model but not to
// the store, or two properties swapped, fail the round trip.
func fill(t *testing.T, p any) {
	v := reflect.ValueOf(p).Elem()
	for i := 0; i < v.NumField(); i++ {
		f, name := v.Field(i), v.Type().Field(i).Name
		switch {
		case f.Type() == reflect.TypeOf(graph.Date{}):
			f.Set(reflect.ValueOf(graph.MustDate("2021-04-20")))
		case f.Type() == reflect.TypeOf(graph.Span{}):
			f.Set(reflect.ValueOf(graph.SpanOf(graph.MustDate("2021-04-20"))))
		case f.Type() == reflect.TypeOf(graph.Kind("")):
			// set by the caller
		case f.Kind() == reflect.String:
			f.SetString(name + " ‘value’ \"x\"")
		case f.Kind() == reflect.Slice && f.Type().Elem().Kind() == reflect.String:
			f.Set(reflect.ValueOf([]string{name + " a", name + " b"}))
		case f.Kind() == reflect.Int:
			f.SetInt(int64(2 + i))
		case f.Kind() == reflect.Float64:
			f.SetFloat(float64(i) / 100)
		default:
			t.Fatalf("fill: field %s has type %s, which the store does not know; teach props.go", name, f.Type())
		}
	}
}

// asDriver turns values the way a round trip through Bolt does: ints become
// int64, lists []any.
func asDriver(m map[string]any) map[string]any {
	out := map[string]any{}
	for k, v := range m {
		switch x := v.(type) {
		case int:
			out[k] = int64(x)
		case []string:
			l := make([]any, len(x))
			for i, s := range x {
				l[i] = s
			}
			out[k] = l
		default:
			out[k] = v
		}
	}
	return out
}

func TestPropsRoundTrip(t *testing.T) {
	var n graph.Node
	fill(t, &n)
	n.Kind = graph.KindArticle
	m := nodeProps(&n)
	if _, ok := m["published_day"].(dbtype.Date); !ok {
		t.Errorf("published_day is %T, want a native date", m["published_day"])
	}
	got, err := nodeFrom(n.Kind, n.ID, asDriver(m))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(&n, got) {
		t.Errorf("node:\nwant %+v\n got %+v", n, *got)
	}

	var r graph.Relationship
	fill(t, &r)
	r.Term.End = graph.MustDate("2022")
	gotR, err := relFrom(r.Type, r.ID, r.From, r.To, asDriver(relProps(&r)))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(&r, gotR) {
		t.Errorf("relationship:\nwant %+v\n got %+v", r, *gotR)
	}

	var e graph.Event
	fill(t, &e)
	e.Date = graph.MustDate("2021-04")
	e.End = graph.MustDate("2021-06") // an event over a window: day_end is the window's last day
	em := eventProps(&e)
	if got, want := time.Time(em["day"].(dbtype.Date)), time.Date(2021, 4, 1, 0, 0, 0, 0, time.UTC); !got.Equal(want) {
		t.Errorf("day = %v, want %v", got, want)
	}
	if got, want := time.Time(em["day_end"].(dbtype.Date)), time.Date(2021, 6, 30, 0, 0, 0, 0, time.UTC); !got.Equal(want) {
		t.Errorf("day_end = %v, want %v", got, want)
	}
	if em["date"] != "2021-04" {
		t.Errorf("date = %v, want 2021-04", em["date"])
	}
	if _, ok := em["date_precision"]; ok {
		t.Errorf("date_precision is stored; it is the shape of date")
	}
	gotE, err := eventFrom(e.Type, e.ID, e.Subject, e.Object, asDriver(em))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(&e, gotE) {
		t.Errorf("event:\nwant %+v\n got %+v", e, *gotE)
	}
	for _, k := range []string{"id", "type", "kind"} {
		if _, ok := em[k]; ok {
			t.Errorf("event property %s is stored; it is the MERGE key or the type", k)
		}
	}
}

func TestPropsErrors(t *testing.T) {
	_, err := eventFrom("MET", "ev-1", "a", "b", map[string]any{"count": "two"})
	if err == nil || !strings.Contains(err.Error(), "count") {
		t.Errorf("want an error about count, got %v", err)
	}
	_, err = nodeFrom(graph.KindArticle, "x", map[string]any{"published": "April 2021"})
	if err == nil || !strings.Contains(err.Error(), "published") {
		t.Errorf("want an error about published, got %v", err)
	}
}

func TestConfig(t *testing.T) {
	t.Setenv("NEO4J_URI", "")
	t.Setenv("NEO4J_USERNAME", "")
	t.Setenv("NEO4J_PASSWORD", "s3cret-Pa55")
	t.Setenv("NEO4J_DATABASE", "")
	c := ConfigFromEnv()
	if c.URI != "bolt://localhost:7687" || c.Username != "neo4j" || c.Database != "" || c.Password != "s3cret-Pa55" {
		t.Errorf("defaults: %+v", c)
	}
	for _, uri := range []string{"neo4j://db.example:7687", "bolt+s://db.example:7687", "neo4j+s://abc.databases.neo4j.io"} {
		t.Setenv("NEO4J_URI", uri)
		if got := ConfigFromEnv().URI; got != uri {
			t.Errorf("URI %s became %s", uri, got)
		}
	}
	c = Config{URI: "bolt://neo4j:s3cret-Pa55@db.example:7687", Password: "s3cret-Pa55", Database: "news"}
	s := c.String()
	if strings.Contains(s, "s3cret") {
		t.Errorf("String shows the password: %s", s)
	}
	if want := "bolt://db.example:7687 as neo4j (database news)"; s != want {
		t.Errorf("String = %q, want %q", s, want)
	}
}

func TestPlain(t *testing.T) {
	d := dbtype.Date(time.Date(2021, 4, 20, 0, 0, 0, 0, time.UTC))
	n := dbtype.Node{ElementId: "4:x:1", Labels: []string{"State"}, Props: map[string]any{"id": "CUB", "since": d}}
	r := dbtype.Relationship{Type: "SANCTIONED", StartElementId: "a", EndElementId: "b", Props: map[string]any{"day": d}}
	got := Plain([]any{n, r, dbtype.Path{Nodes: []dbtype.Node{n}, Relationships: nil}, d, int64(3)})
	want := []any{
		map[string]any{"labels": []any{"State"}, "properties": map[string]any{"id": "CUB", "since": "2021-04-20"}},
		map[string]any{"type": "SANCTIONED", "start": "a", "end": "b", "properties": map[string]any{"day": "2021-04-20"}},
		map[string]any{"nodes": []any{map[string]any{"labels": []any{"State"}, "properties": map[string]any{"id": "CUB", "since": "2021-04-20"}}}, "relationships": []any{}},
		"2021-04-20", int64(3),
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Plain:\nwant %#v\n got %#v", want, got)
	}
}

func TestSchemaStatementsFromVocabulary(t *testing.T) {
	st := schemaStatements()
	for _, ty := range append(graph.StructuralTypes(), graph.RelationTypes()...) {
		found := false
		for _, q := range st {
			if strings.Contains(q, "[r:"+ty+"]") && strings.Contains(q, "REQUIRE r.id IS UNIQUE") {
				found = true
			}
		}
		if !found {
			t.Errorf("no id constraint for %s", ty)
		}
	}
	for _, q := range st {
		if !strings.Contains(q, "IF NOT EXISTS") {
			t.Errorf("not idempotent: %s", q)
		}
	}
}

// TestEventRow holds Load's list rows to eventProps: for a fully filled
// event, a bare one, and every event of the seed facts, the row read back
// through eventColumns is the map eventProps returns.
func TestEventRow(t *testing.T) {
	var full graph.Event
	fill(t, &full)
	bare := graph.Event{ID: "ev-1", Type: "MET", Subject: "a", Object: "b"}
	events := []*graph.Event{&full, &bare}
	events = append(events, seedGraph(t).Events()...)
	row := make([]any, len(eventColumns))
	for _, e := range events {
		row[0] = "stale" // eventRow must clear what a previous event left
		eventRow(e, row)
		got := map[string]any{}
		for i, c := range eventColumns {
			if row[i] != nil {
				got[c] = row[i]
			}
		}
		if want := eventProps(e); !reflect.DeepEqual(got, want) {
			t.Errorf("event %s:\nrow   %v\nprops %v", e.ID, got, want)
		}
	}
	seen := map[string]bool{}
	for _, c := range eventColumns {
		if seen[c] {
			t.Errorf("column %s twice", c)
		}
		seen[c] = true
	}
}
