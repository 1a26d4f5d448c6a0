package neo4j

import (
	"context"
	"fmt"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// QuerySummary says what a query did.
type QuerySummary struct {
	// Statement is "read", "read/write", "write", "schema" or "" when the
	// server did not say.
	Statement            string
	NodesCreated         int
	NodesDeleted         int
	RelationshipsCreated int
	RelationshipsDeleted int
	PropertiesSet        int
	LabelsAdded          int
	LabelsRemoved        int
	IndexesAdded         int
	IndexesRemoved       int
	ConstraintsAdded     int
	ConstraintsRemoved   int
	ContainsUpdates      bool
	Notifications        []string // warnings and hints of the server, one line each
	Elapsed              time.Duration
}

// Query runs one Cypher statement with params and returns its columns and
// rows as plain Go values (see Plain). Unless write is true it runs
// read-only: it is checked first (its text and its plan, see readonly.go)
// and then run in read access mode, and a query that could change anything
// outside its result (data, schema, files, databases, other sessions) fails
// with an error that wraps ErrReadOnly, having changed nothing. The
// statement runs in an auto-commit transaction, so CALL { … } IN
// TRANSACTIONS works.
func (s *Store) Query(ctx context.Context, cypher string, params map[string]any, write bool) ([]string, [][]any, QuerySummary, error) {
	start := time.Now()
	mode := neo4j.AccessModeRead
	if write {
		mode = neo4j.AccessModeWrite
	}
	sess := s.session(ctx, mode)
	defer sess.Close(context.Background())
	var qs QuerySummary
	if !write {
		if err := s.checkReadOnly(ctx, sess, cypher, params); err != nil {
			return nil, nil, qs, err
		}
	}
	res, err := sess.Run(ctx, cypher, params)
	if err != nil {
		return nil, nil, qs, s.explain(err)
	}
	keys, err := res.Keys()
	if err != nil {
		return nil, nil, qs, s.explain(err)
	}
	rows := [][]any{}
	for res.Next(ctx) {
		rec := res.Record()
		row := make([]any, len(rec.Values))
		for i, v := range rec.Values {
			row[i] = Plain(v)
		}
		rows = append(rows, row)
	}
	if err := res.Err(); err != nil {
		return nil, nil, qs, s.explain(err)
	}
	sum, err := res.Consume(ctx)
	if err != nil {
		return nil, nil, qs, s.explain(err)
	}
	c := sum.Counters()
	qs = QuerySummary{
		Statement:            statementType(sum.StatementType()),
		NodesCreated:         c.NodesCreated(),
		NodesDeleted:         c.NodesDeleted(),
		RelationshipsCreated: c.RelationshipsCreated(),
		RelationshipsDeleted: c.RelationshipsDeleted(),
		PropertiesSet:        c.PropertiesSet(),
		LabelsAdded:          c.LabelsAdded(),
		LabelsRemoved:        c.LabelsRemoved(),
		IndexesAdded:         c.IndexesAdded(),
		IndexesRemoved:       c.IndexesRemoved(),
		ConstraintsAdded:     c.ConstraintsAdded(),
		ConstraintsRemoved:   c.ConstraintsRemoved(),
		ContainsUpdates:      c.ContainsUpdates(),
		Elapsed:              time.Since(start),
	}
	for _, n := range sum.Notifications() {
		qs.Notifications = append(qs.Notifications, oneLine(n.Title()+": "+n.Description()))
	}
	return keys, rows, qs, nil
}

func statementType(t neo4j.StatementType) string {
	switch t {
	case neo4j.StatementTypeReadOnly:
		return "read"
	case neo4j.StatementTypeReadWrite:
		return "read/write"
	case neo4j.StatementTypeWriteOnly:
		return "write"
	case neo4j.StatementTypeSchemaWrite:
		return "schema"
	}
	return ""
}

// Plain converts a value the driver returns into plain Go values that
// encoding/json and text output handle: a node becomes a map with
// "labels" and "properties", a relationship a map with "type", "start",
// "end" (element ids) and "properties", a path a map with "nodes" and
// "relationships", temporal values their ISO 8601 strings (a date:
// "2021-04-20"), points a map with srid, x, y (and z). Lists and maps are
// converted element by element; other values pass through.
func Plain(v any) any {
	switch x := v.(type) {
	case nil, bool, int64, float64, string, []byte:
		return x
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = Plain(e)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = Plain(e)
		}
		return out
	case dbtype.Node:
		labels := make([]any, len(x.Labels))
		for i, l := range x.Labels {
			labels[i] = l
		}
		return map[string]any{"labels": labels, "properties": Plain(x.Props)}
	case dbtype.Relationship:
		return map[string]any{"type": x.Type, "start": x.StartElementId, "end": x.EndElementId, "properties": Plain(x.Props)}
	case dbtype.Path:
		nodes := make([]any, len(x.Nodes))
		for i, n := range x.Nodes {
			nodes[i] = Plain(n)
		}
		rels := make([]any, len(x.Relationships))
		for i, r := range x.Relationships {
			rels[i] = Plain(r)
		}
		return map[string]any{"nodes": nodes, "relationships": rels}
	case dbtype.Date:
		return x.String()
	case dbtype.LocalDateTime:
		return x.String()
	case dbtype.LocalTime:
		return x.String()
	case dbtype.Time:
		return x.String()
	case time.Time:
		return x.Format(time.RFC3339Nano)
	case dbtype.Duration:
		return x.String()
	case dbtype.Point2D:
		return map[string]any{"srid": int64(x.SpatialRefId), "x": x.X, "y": x.Y}
	case dbtype.Point3D:
		return map[string]any{"srid": int64(x.SpatialRefId), "x": x.X, "y": x.Y, "z": x.Z}
	}
	return fmt.Sprint(v)
}
