package neo4j

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// NodeProps are properties to set on the node of Kind (its label) with ID.
type NodeProps struct {
	Kind  graph.Kind
	ID    string
	Props map[string]any // string, bool, int, float64, lists of those; nil removes
}

const (
	// findMissing lists the ids of $ids that no node of the label has.
	findMissing = "UNWIND $ids AS id WITH id WHERE NOT EXISTS { MATCH (n:%[1]s {id: id}) } RETURN collect(id) AS missing"
	// setProps sets the properties of each row on its node.
	setProps = "UNWIND $rows AS row MATCH (n:%[1]s {id: row.id}) SET n += row.props RETURN count(n) AS matched"
	// clearProps removes the properties $props (as $nulls, a map of nulls)
	// from the nodes of the label whose id is not in $keep and that have
	// any of them, and counts those nodes.
	clearProps = "MATCH (n:%[1]s) WHERE NOT n.id IN $keep AND any(k IN $props WHERE n[k] IS NOT NULL) SET n += $nulls RETURN count(n) AS cleared"
)

// Clear names what a write-back removes from the nodes it does not write:
// the properties Props from every node of the labels Kinds that none of its
// rows names. It is how a report's write-back over part of the graph (a
// window, some relations, some files) keeps an earlier run's results off
// the nodes it did not analyse, so that no query mixes the two runs.
type Clear struct {
	Kinds []graph.Kind
	Props []string
}

// WriteBackSummary is what a write-back did.
type WriteBackSummary struct {
	Properties int // properties set on the rows' nodes (Neo4j counts a removal as one)
	Cleared    int // other nodes from which Clear's properties were removed
}

// writeBackBatchDone, if set (by tests), is called inside the write-back's
// transaction after each batch of rows is set, with the batch's number
// from 1.
var writeBackBatchDone func(batch int)

// WriteBack sets properties on existing nodes, in the manner of GDS write
// mode: analysis results such as pagerank, betweenness, bloc, bloc_label and
// bloc_confidence become node properties for Cypher and Neo4j Browser. A nil
// value removes a property, which is how a write-back clears what an earlier
// run left behind. It returns the number of properties written.
//
// A write-back is all or nothing: the rows of every kind, in statements of at
// most DefaultBatchSize rows, run in one write transaction. It first checks
// that every node is there (nodes are never created); if some are not, or
// anything fails on the way (the server, the connection, a cancelled ctx),
// the transaction is rolled back and the database is left as it was.
func (s *Store) WriteBack(ctx context.Context, rows []NodeProps) (int, error) {
	sum, err := s.WriteBackClearing(ctx, rows, Clear{})
	return sum.Properties, err
}

// WriteBackClearing is WriteBack that also removes the properties of clear
// from every node of clear's labels that no row names, in the same
// transaction: after it, those properties in the database are this
// write-back's and no earlier one's. With no rows it still clears.
func (s *Store) WriteBackClearing(ctx context.Context, rows []NodeProps, clear Clear) (WriteBackSummary, error) {
	for _, k := range clear.Kinds {
		if !k.Valid() {
			return WriteBackSummary{}, fmt.Errorf("write-back: %q is not a node label (%v)", k, graph.Kinds())
		}
	}
	nulls := map[string]any{}
	for _, p := range clear.Props {
		if p == "" || p == "id" {
			return WriteBackSummary{}, fmt.Errorf("write-back: cannot clear property %q", p)
		}
		nulls[p] = nil
	}
	clearing := len(clear.Kinds) > 0 && len(nulls) > 0
	byKind := map[graph.Kind][]map[string]any{}
	for i, r := range rows {
		if !r.Kind.Valid() {
			return WriteBackSummary{}, fmt.Errorf("write-back: row %d (%q): %q is not a node label (%v)", i+1, r.ID, r.Kind, graph.Kinds())
		}
		if r.ID == "" {
			return WriteBackSummary{}, fmt.Errorf("write-back: row %d (a %s) has no id", i+1, r.Kind)
		}
		p := r.Props
		if p == nil {
			p = map[string]any{}
		}
		byKind[r.Kind] = append(byKind[r.Kind], map[string]any{"id": r.ID, "props": p})
	}
	if len(rows) == 0 && !clearing {
		return WriteBackSummary{}, nil
	}
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(context.Background())
	// The work is run again from the start if the server asks for a retry
	// (a deadlock, a lost leader): it keeps nothing between attempts.
	out, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		// Every node is looked for before anything is written.
		var missing []string
		for _, k := range graph.Kinds() { // labels from the vocabulary only
			all := byKind[k]
			var gone []string
			for start := 0; start < len(all); start += DefaultBatchSize {
				chunk := all[start:min(start+DefaultBatchSize, len(all))]
				ids := make([]string, len(chunk))
				for i, r := range chunk {
					ids[i] = r["id"].(string)
				}
				list, err := single(ctx, tx, fmt.Sprintf(findMissing, string(k)), map[string]any{"ids": ids})
				if err != nil {
					return nil, err
				}
				for _, id := range list.([]any) {
					gone = append(gone, id.(string))
				}
			}
			if len(gone) > 0 {
				missing = append(missing, missingNodes(k, gone, len(all)))
			}
		}
		if len(missing) > 0 {
			return nil, &missingError{strings.Join(missing, "; ") + "; load the graph first"}
		}
		set, batch := 0, 0
		for _, k := range graph.Kinds() {
			all := byKind[k]
			for start := 0; start < len(all); start += DefaultBatchSize {
				chunk := all[start:min(start+DefaultBatchSize, len(all))]
				res, err := tx.Run(ctx, fmt.Sprintf(setProps, string(k)), map[string]any{"rows": chunk})
				if err != nil {
					return nil, err
				}
				rec, err := res.Single(ctx)
				if err != nil {
					return nil, err
				}
				sum, err := res.Consume(ctx)
				if err != nil {
					return nil, err
				}
				if matched, _ := rec.Values[0].(int64); int(matched) < len(chunk) {
					// Found a moment ago, gone now: another transaction deleted them.
					return nil, &missingError{fmt.Sprintf("%d of %d %s nodes were deleted while being written; write back again", len(chunk)-int(matched), len(chunk), k)}
				}
				set += sum.Counters().PropertiesSet()
				batch++
				if writeBackBatchDone != nil {
					writeBackBatchDone(batch)
				}
			}
		}
		sum := WriteBackSummary{Properties: set}
		if !clearing {
			return sum, nil
		}
		props := make([]string, 0, len(nulls))
		for p := range nulls {
			props = append(props, p)
		}
		slices.Sort(props)
		for _, k := range graph.Kinds() {
			if !slices.Contains(clear.Kinds, k) {
				continue
			}
			keep := make([]string, len(byKind[k]))
			for i, r := range byKind[k] {
				keep[i] = r["id"].(string)
			}
			n, err := single(ctx, tx, fmt.Sprintf(clearProps, string(k)), map[string]any{"keep": keep, "props": props, "nulls": nulls})
			if err != nil {
				return nil, err
			}
			sum.Cleared += int(n.(int64))
		}
		return sum, nil
	})
	if err != nil {
		if m := (*missingError)(nil); errors.As(err, &m) {
			return WriteBackSummary{}, fmt.Errorf("write-back: nothing written: %s", m.msg)
		}
		return WriteBackSummary{}, fmt.Errorf("write-back: nothing written: %w", s.explain(err))
	}
	return out.(WriteBackSummary), nil
}

// missingError is the error of a write-back to nodes that are not there.
type missingError struct{ msg string }

func (e *missingError) Error() string { return e.msg }

// missingNodes says which of n nodes of kind k are not in the database:
// "2 of 5 State nodes are not in Neo4j ("ATL", "ZZZ")".
func missingNodes(k graph.Kind, ids []string, n int) string {
	eg := ids
	if len(eg) > 5 {
		eg = eg[:5]
	}
	return fmt.Sprintf("%d of %d %s nodes are not in Neo4j (%s)", len(ids), n, k, quoteList(eg, len(ids) > len(eg)))
}

// single runs q in tx and returns the one value of its one record.
func single(ctx context.Context, tx neo4j.ManagedTransaction, q string, params map[string]any) (any, error) {
	res, err := tx.Run(ctx, q, params)
	if err != nil {
		return nil, err
	}
	rec, err := res.Single(ctx)
	if err != nil {
		return nil, err
	}
	return rec.Values[0], nil
}

func quoteList(ids []string, more bool) string {
	q := make([]string, len(ids))
	for i, id := range ids {
		q[i] = fmt.Sprintf("%q", id)
	}
	s := strings.Join(q, ", ")
	if more {
		s += ", …"
	}
	return s
}
