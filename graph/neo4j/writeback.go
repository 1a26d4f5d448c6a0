package neo4j

import (
	"context"
	"fmt"
	"strings"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// NodeProps are properties to set on the node with ID.
type NodeProps struct {
	ID    string
	Props map[string]any // string, bool, int, float64, lists of those; nil removes
}

// WriteBack sets properties on existing nodes of one label, in batched write
// transactions, in the manner of GDS write mode: analysis results such as
// pagerank, betweenness, bloc, bloc_label and bloc_confidence become node
// properties for Cypher and Neo4j Browser. It returns the number of
// properties written. Nodes that are not in the database are not created; if
// there are any, the error names them after the others have been written.
func (s *Store) WriteBack(ctx context.Context, label graph.Kind, rows []NodeProps) (int, error) {
	if !label.Valid() {
		return 0, fmt.Errorf("write-back: %q is not a node label (%v)", label, graph.Kinds())
	}
	// Label from the vocabulary only.
	q := fmt.Sprintf("UNWIND $rows AS row MATCH (n:%s {id: row.id}) SET n += row.props RETURN collect(row.id) AS found", string(label))
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(context.Background())
	written := 0
	var missing []string
	for start := 0; start < len(rows); start += DefaultBatchSize {
		chunk := rows[start:min(start+DefaultBatchSize, len(rows))]
		params := make([]map[string]any, len(chunk))
		for i, r := range chunk {
			if r.ID == "" {
				return written, fmt.Errorf("write-back: row %d has no id", start+i+1)
			}
			p := r.Props
			if p == nil {
				p = map[string]any{}
			}
			params[i] = map[string]any{"id": r.ID, "props": p}
		}
		type result struct {
			set   int
			found map[string]bool
		}
		out, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
			res, err := tx.Run(ctx, q, map[string]any{"rows": params})
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
			r := result{set: sum.Counters().PropertiesSet(), found: map[string]bool{}}
			list, _ := rec.Values[0].([]any)
			for _, id := range list {
				if s, ok := id.(string); ok {
					r.found[s] = true
				}
			}
			return r, nil
		})
		if err != nil {
			return written, fmt.Errorf("write-back: %w", s.explain(err))
		}
		r := out.(result)
		written += r.set
		for _, row := range chunk {
			if !r.found[row.ID] {
				missing = append(missing, row.ID)
			}
		}
	}
	if len(missing) > 0 {
		eg := missing
		if len(eg) > 5 {
			eg = eg[:5]
		}
		return written, fmt.Errorf("write-back: %d of %d %s nodes are not in Neo4j (%s); load the graph first", len(missing), len(rows), label, quoteList(eg, len(missing) > len(eg)))
	}
	return written, nil
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
