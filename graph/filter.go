package graph

import (
	"fmt"
	"slices"
	"strings"
)

// EventFilter selects events: those whose date touches Span (Span.Touches:
// an event of month or year precision counts when one of its days is in the
// span; an event with an End, when its span overlaps) and whose type is one of Relations. The zero EventFilter keeps every
// event. It is what report, export, render and partners select events by,
// what analysis.Options and the Neo4j reader take, and what a time series
// narrows period by period (a copy with another Span).
//
// The filter selects events only: nodes and structural relationships (the
// terms of office that tell which state a leader stands for) are never
// filtered.
type EventFilter struct {
	Span      Span     // the window; the zero Span is all time
	Relations []string // relationship types of the vocabulary; empty: all
}

// Validate checks that the window does not end before it starts and that
// every relation is a type of the vocabulary.
func (f EventFilter) Validate() error {
	if err := f.Span.Validate(); err != nil {
		return fmt.Errorf("the window %w", err)
	}
	for _, r := range f.Relations {
		if _, ok := RelationByType(r); !ok {
			return fmt.Errorf("relation %q is not in the vocabulary (%v)", r, RelationTypes())
		}
	}
	return nil
}

// IsZero reports whether f keeps every event.
func (f EventFilter) IsZero() bool { return f.Span.IsZero() && len(f.Relations) == 0 }

// Keep reports whether f keeps e. With a window set, an undated event is
// left out.
func (f EventFilter) Keep(e *Event) bool {
	if len(f.Relations) > 0 && !slices.Contains(f.Relations, e.Type) {
		return false
	}
	if f.Span.IsZero() {
		return true
	}
	if e.End.IsZero() {
		return f.Span.Touches(e.Date)
	}
	return !e.Date.IsZero() && f.Span.Overlaps(e.Span())
}

// Types returns the relationship types f keeps, each once: Relations, or
// every type of the vocabulary when it is empty.
func (f EventFilter) Types() []string {
	if len(f.Relations) == 0 {
		return RelationTypes()
	}
	var out []string
	for _, r := range f.Relations {
		if !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	return out
}

// ParseRelations turns a comma-separated list of relations, in plain words
// or as types ("congratulated, SANCTIONED"), into relationship types. An
// error names the first that is not in the vocabulary.
func ParseRelations(s string) ([]string, error) {
	var out []string
	for _, w := range strings.Split(s, ",") {
		w = strings.TrimSpace(w)
		if w == "" {
			continue
		}
		r, ok := LookupRelation(w)
		if !ok {
			r, ok = RelationByType(strings.ToUpper(w))
		}
		if !ok {
			return nil, fmt.Errorf("%q is not in the vocabulary", w)
		}
		out = append(out, r.Type)
	}
	return out, nil
}

// Filter returns a graph with every node and structural relationship of g
// and the events f keeps: what an export of the full multigraph writes for
// a window or a choice of relations. Unlike a projection it keeps every
// event it selects, neutral and domestic ones too.
func (g *Graph) Filter(f EventFilter) (*Graph, error) {
	if err := f.Validate(); err != nil {
		return nil, err
	}
	out := New()
	for _, n := range g.nodes {
		if _, err := out.AddNode(n); err != nil {
			return nil, err
		}
	}
	for _, r := range g.rels {
		if _, err := out.AddRelationship(r); err != nil {
			return nil, err
		}
	}
	for _, e := range g.events {
		if !f.Keep(e) {
			continue
		}
		if _, _, err := out.AddEvent(e); err != nil {
			return nil, err
		}
	}
	return out, nil
}
