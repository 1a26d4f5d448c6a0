package neo4j

import (
	"context"
	"fmt"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Read reads the graph back from the database, with the events f keeps
// (f.Keep: an event of month or year precision is kept when one of its days
// is in the window). Nodes and structural relationships are always read in
// full: analysis needs every term of office to tell which state a leader
// stands for. The filter is pushed down into Cypher: one query per event
// type, with the window as a range on the indexed day properties.
func (s *Store) Read(ctx context.Context, f graph.EventFilter) (*graph.Graph, error) {
	if err := f.Validate(); err != nil {
		return nil, err
	}
	types := f.Types()
	where, params := "", map[string]any{}
	if until := f.Span.End; !until.IsZero() {
		where += " AND r.day <= $until"
		params["until"] = nativeDate(until.End())
	}
	if since := f.Span.Start; !since.IsZero() {
		where += " AND r.day_end >= $since"
		params["since"] = nativeDate(since.Start())
	}
	if where != "" {
		where = " WHERE" + where[len(" AND"):]
	}

	g := graph.New()
	sess := s.session(ctx, neo4j.AccessModeRead)
	defer sess.Close(context.Background())
	_, err := sess.ExecuteRead(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		// A retried transaction starts from an empty graph.
		g = graph.New()
		for _, k := range graph.Kinds() {
			// Label from the vocabulary only.
			q := fmt.Sprintf("MATCH (n:%s) RETURN n.id AS id, properties(n) AS props", string(k))
			err := each(ctx, tx, q, nil, func(rec *neo4j.Record) error {
				id, _ := rec.Values[0].(string)
				if id == "" {
					return nil // not one of ours: a node without id
				}
				if old := g.Node(id); old != nil {
					return fmt.Errorf("id %q is used by a %s and a %s node", id, old.Kind, k)
				}
				n, err := nodeFrom(k, id, rec.Values[1].(map[string]any))
				if err != nil {
					return err
				}
				_, err = g.AddNode(n)
				return err
			})
			if err != nil {
				return nil, err
			}
		}
		for _, t := range graph.StructuralTypes() {
			q := fmt.Sprintf("MATCH (a)-[r:%s]->(b) RETURN r.id AS id, a.id AS from, b.id AS to, properties(r) AS props", vocabType(t))
			err := each(ctx, tx, q, nil, func(rec *neo4j.Record) error {
				id, from, to, ok := ends(rec)
				if !ok {
					return nil
				}
				r, err := relFrom(t, id, from, to, rec.Values[3].(map[string]any))
				if err != nil {
					return err
				}
				_, err = g.AddRelationship(r)
				return err
			})
			if err != nil {
				return nil, err
			}
		}
		for _, t := range types {
			q := fmt.Sprintf("MATCH (a)-[r:%s]->(b)%s RETURN r.id AS id, a.id AS from, b.id AS to, properties(r) AS props", vocabType(t), where)
			err := each(ctx, tx, q, params, func(rec *neo4j.Record) error {
				id, from, to, ok := ends(rec)
				if !ok {
					return nil
				}
				e, err := eventFrom(t, id, from, to, rec.Values[3].(map[string]any))
				if err != nil {
					return err
				}
				_, _, err = g.AddEvent(e)
				return err
			})
			if err != nil {
				return nil, err
			}
		}
		return nil, nil
	})
	if err != nil {
		return nil, fmt.Errorf("reading from Neo4j: %w", s.explain(err))
	}
	return g, nil
}

// ends reads id, from and to of a relationship record; ok is false for a
// relationship that is not blocgraph's (no id on it or an end).
func ends(rec *neo4j.Record) (id, from, to string, ok bool) {
	id, _ = rec.Values[0].(string)
	from, _ = rec.Values[1].(string)
	to, _ = rec.Values[2].(string)
	return id, from, to, id != "" && from != "" && to != ""
}

// each runs q in tx and calls fn for every record as it streams in.
func each(ctx context.Context, tx neo4j.ManagedTransaction, q string, params map[string]any, fn func(*neo4j.Record) error) error {
	res, err := tx.Run(ctx, q, params)
	if err != nil {
		return err
	}
	for res.Next(ctx) {
		if err := fn(res.Record()); err != nil {
			return err
		}
	}
	return res.Err()
}
