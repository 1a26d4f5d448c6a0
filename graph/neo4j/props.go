package neo4j

import (
	"fmt"
	"math"
	"time"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// Property names the store adds to what the model's Attributes give.
const (
	propDay          = "day"           // event: native date, first day the date covers
	propDayEnd       = "day_end"       // event: native date, last day the date covers (or date_end covers, when it has one)
	propFromDay      = "from_day"      // structural: first day of from
	propToDay        = "to_day"        // structural: last day of to
	propPublishedDay = "published_day" // article: native date of published
)

// skipped are the attributes the store does not write as properties: id is the
// MERGE key, kind and type are the label and the relationship type.
var skipped = map[string]bool{"id": true, "kind": true, "type": true}

// eventSkipped are the attributes of events the store does not write either:
// date_precision is the shape of the date string (2021, 2021-04,
// 2021-04-20), which reading back parses, and each property costs a load
// about a tenth of the server's time per event.
var eventSkipped = map[string]bool{"date_precision": true}

func attrProps(attrs []graph.Attr, extra int) map[string]any {
	m := make(map[string]any, len(attrs)+extra)
	for _, a := range attrs {
		if skipped[a.Key] {
			continue
		}
		m[a.Key] = a.Value
	}
	return m
}

func nativeDate(t time.Time) dbtype.Date { return dbtype.Date(t) }

// nodeProps returns the properties of n as stored.
func nodeProps(n *graph.Node) map[string]any {
	m := attrProps(n.Attributes(), 1)
	if !n.Published.IsZero() {
		m[propPublishedDay] = nativeDate(n.Published.Start())
	}
	return m
}

// relProps returns the properties of a structural relationship as stored.
func relProps(r *graph.Relationship) map[string]any {
	m := attrProps(r.Attributes(), 2)
	if !r.Term.Start.IsZero() {
		m[propFromDay] = nativeDate(r.Term.Start.Start())
	}
	if !r.Term.End.IsZero() {
		m[propToDay] = nativeDate(r.Term.End.End())
	}
	return m
}

// eventProps returns the properties of an event as stored.
func eventProps(e *graph.Event) map[string]any {
	m := attrProps(e.Attributes(), 2)
	for k := range eventSkipped {
		delete(m, k)
	}
	if !e.Date.IsZero() {
		m[propDay] = nativeDate(e.Date.Start())
		m[propDayEnd] = nativeDate(e.Span().End.End())
	}
	return m
}

// eventColumns are the properties an event can have as stored, in the order
// of eventRow: every key eventProps can return (a test holds the two
// together). Load sends events as lists in this order rather than as maps,
// which spares the server decoding the same keys for every event.
var eventColumns = []string{
	"date", propDay, propDayEnd, "article", "quote", "note", "cameo",
	"goldstein", "count", "confidence", "dataset", "source_ref", "ordinal", "date_end",
}

// eventRow writes the stored properties of e into row, in the order of
// eventColumns, nil where eventProps has no key. It is eventProps without
// the map, for Load's hot path.
func eventRow(e *graph.Event, row []any) {
	str := func(s string) any {
		if s == "" {
			return nil
		}
		return s
	}
	for i := range row {
		row[i] = nil
	}
	if !e.Date.IsZero() {
		row[0] = e.Date.String()
		row[1] = nativeDate(e.Date.Start())
		row[2] = nativeDate(e.Span().End.End())
	}
	row[3] = str(e.Article)
	row[4] = str(e.Quote)
	row[5] = str(e.Note)
	row[6] = str(e.CAMEO)
	row[7] = e.Goldstein
	row[8] = e.Count
	row[9] = e.Confidence
	row[10] = str(e.Source)
	row[11] = str(e.SourceRef)
	if e.Ordinal != 0 {
		row[12] = e.Ordinal
	}
	if !e.End.IsZero() {
		row[13] = e.End.String()
	}
}

// props reads stored properties back; it records the first problem.
type props struct {
	m   map[string]any
	err error
	// what names the element for error messages.
	what string
}

func (p *props) fail(key string, v any, want string) {
	if p.err == nil {
		p.err = fmt.Errorf("%s: property %s is %T %v, want %s", p.what, key, v, v, want)
	}
}

func (p *props) str(key string) string {
	v, ok := p.m[key]
	if !ok || v == nil {
		return ""
	}
	s, ok := v.(string)
	if !ok {
		p.fail(key, v, "a string")
	}
	return s
}

func (p *props) list(key string) []string {
	v, ok := p.m[key]
	if !ok || v == nil {
		return nil
	}
	switch l := v.(type) {
	case []any:
		if len(l) == 0 {
			return nil
		}
		out := make([]string, len(l))
		for i, x := range l {
			s, ok := x.(string)
			if !ok {
				p.fail(key, v, "a list of strings")
				return nil
			}
			out[i] = s
		}
		return out
	case []string:
		if len(l) == 0 {
			return nil
		}
		return l
	case string:
		return []string{l}
	}
	p.fail(key, v, "a list of strings")
	return nil
}

func (p *props) date(key string) graph.Date {
	s := p.str(key)
	d, err := graph.ParseDate(s)
	if err != nil && p.err == nil {
		p.err = fmt.Errorf("%s: property %s: %v", p.what, key, err)
	}
	return d
}

func (p *props) float(key string) float64 {
	v, ok := p.m[key]
	if !ok || v == nil {
		return 0
	}
	switch x := v.(type) {
	case float64:
		return x
	case int64:
		return float64(x)
	}
	p.fail(key, v, "a number")
	return 0
}

func (p *props) int(key string) int {
	v, ok := p.m[key]
	if !ok || v == nil {
		return 0
	}
	switch x := v.(type) {
	case int64:
		return int(x)
	case float64:
		if x == math.Trunc(x) {
			return int(x)
		}
	}
	p.fail(key, v, "an integer")
	return 0
}

// nodeFrom is the inverse of nodeProps.
func nodeFrom(kind graph.Kind, id string, m map[string]any) (*graph.Node, error) {
	p := &props{m: m, what: fmt.Sprintf("%s %q", kind, id)}
	n := &graph.Node{
		ID:        id,
		Kind:      kind,
		Name:      p.str("name"),
		Aliases:   p.list("aliases"),
		ISO2:      p.str("iso2"),
		CAMEO:     p.str("cameo"),
		Capital:   p.str("capital"),
		Demonyms:  p.list("demonyms"),
		State:     p.str("state"),
		Ideology:  p.str("ideology"),
		Title:     p.str("title"),
		Published: p.date("published"),
		Outlet:    p.str("outlet"),
		URL:       p.str("url"),
	}
	return n, p.err
}

// relFrom is the inverse of relProps.
func relFrom(typ, id, from, to string, m map[string]any) (*graph.Relationship, error) {
	p := &props{m: m, what: fmt.Sprintf("%s relationship %q", typ, id)}
	r := &graph.Relationship{
		ID:    id,
		Type:  typ,
		From:  from,
		To:    to,
		Title: p.str("title"),
		Term:  graph.Span{Start: p.date("from"), End: p.date("to")},
	}
	return r, p.err
}

// eventFrom is the inverse of eventProps.
func eventFrom(typ, id, subject, object string, m map[string]any) (*graph.Event, error) {
	p := &props{m: m, what: fmt.Sprintf("%s event %q", typ, id)}
	e := &graph.Event{
		ID:         id,
		Type:       typ,
		Subject:    subject,
		Object:     object,
		Date:       p.date("date"),
		End:        p.date("date_end"),
		Article:    p.str("article"),
		Quote:      p.str("quote"),
		Note:       p.str("note"),
		CAMEO:      p.str("cameo"),
		Goldstein:  p.float("goldstein"),
		Count:      p.int("count"),
		Confidence: p.float("confidence"),
		Source:     p.str("dataset"),
		SourceRef:  p.str("source_ref"),
		Ordinal:    p.int("ordinal"),
	}
	return e, p.err
}
