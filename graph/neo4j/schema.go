package neo4j

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// schemaStatements returns the statements that create blocgraph's schema,
// each idempotent: a uniqueness constraint on id for every node label and
// every relationship type (structural and event; a relationship uniqueness
// constraint is also the index that MERGE by id uses), and range indexes on
// the events' day (which serves every date range) and article.
//
// Labels and types come from the vocabulary only.
func schemaStatements() []string {
	var out []string
	for _, k := range graph.Kinds() {
		l := string(k)
		out = append(out, fmt.Sprintf("CREATE CONSTRAINT blocgraph_%s_id IF NOT EXISTS FOR (n:%s) REQUIRE n.id IS UNIQUE", strings.ToLower(l), l))
	}
	for _, t := range graph.StructuralTypes() {
		out = append(out, fmt.Sprintf("CREATE CONSTRAINT blocgraph_%s_id IF NOT EXISTS FOR ()-[r:%s]-() REQUIRE r.id IS UNIQUE", strings.ToLower(t), t))
	}
	for _, t := range graph.RelationTypes() {
		lt := strings.ToLower(t)
		out = append(out,
			fmt.Sprintf("CREATE CONSTRAINT blocgraph_%s_id IF NOT EXISTS FOR ()-[r:%s]-() REQUIRE r.id IS UNIQUE", lt, t),
			fmt.Sprintf("CREATE INDEX blocgraph_%s_day IF NOT EXISTS FOR ()-[r:%s]-() ON (r.day)", lt, t),
			fmt.Sprintf("CREATE INDEX blocgraph_%s_article IF NOT EXISTS FOR ()-[r:%s]-() ON (r.article)", lt, t),
		)
	}
	return out
}

// retiredSchema returns the names of indexes that earlier versions of
// blocgraph created and this one drops: an index on the events' date string
// served no query (windows use day) and cost every load an index update per
// event.
func retiredSchema() []string {
	var out []string
	for _, t := range graph.RelationTypes() {
		out = append(out, fmt.Sprintf("blocgraph_%s_date", strings.ToLower(t)))
	}
	return out
}

// CreateSchema creates blocgraph's constraints and indexes where they are
// missing and waits until they are online. Running it again changes nothing
// and costs one round trip. Each schema command runs in a managed
// transaction of its own, retried on transient errors: two loads that
// create the schema at once deadlock on the schema locks, and the one the
// server picks as the victim tries again.
func (s *Store) CreateSchema(ctx context.Context) error {
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(context.Background())
	have := map[string]bool{}
	for _, q := range []string{"SHOW CONSTRAINTS YIELD name RETURN name", "SHOW INDEXES YIELD name RETURN name"} {
		names, err := neo4j.ExecuteRead(ctx, sess, func(tx neo4j.ManagedTransaction) ([]string, error) {
			res, err := tx.Run(ctx, q, nil)
			if err != nil {
				return nil, err
			}
			var out []string
			for res.Next(ctx) {
				if n, ok := res.Record().Values[0].(string); ok {
					out = append(out, n)
				}
			}
			return out, res.Err()
		})
		if err != nil {
			// Listing needs privileges a user may lack; creating IF NOT EXISTS
			// is right either way.
			have = map[string]bool{}
			break
		}
		for _, n := range names {
			have[n] = true
		}
	}
	run := func(q string) error {
		_, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
			res, err := tx.Run(ctx, q, nil)
			if err != nil {
				return nil, err
			}
			return res.Consume(ctx)
		})
		var ne *neo4j.Neo4jError
		if errors.As(err, &ne) && alreadyThere[ne.Code] {
			// Another load made it between our check and our command.
			return nil
		}
		return err
	}
	created := 0
	for _, name := range retiredSchema() {
		if !have[name] {
			continue
		}
		// The name comes from the vocabulary, never from input.
		if err := run("DROP INDEX " + name + " IF EXISTS"); err != nil {
			return fmt.Errorf("dropping the retired index %s: %w", name, s.explain(err))
		}
	}
	for _, q := range schemaStatements() {
		if have[schemaName(q)] {
			continue
		}
		if err := run(q); err != nil {
			return fmt.Errorf("creating the schema: %w", s.explain(err))
		}
		created++
	}
	if created == 0 {
		return nil
	}
	_, err := sess.ExecuteRead(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		res, err := tx.Run(ctx, "CALL db.awaitIndexes(300)", nil)
		if err != nil {
			return nil, err
		}
		return res.Consume(ctx)
	})
	if err != nil {
		return fmt.Errorf("waiting for the indexes: %w", s.explain(err))
	}
	return nil
}

// alreadyThere are the errors of a schema command whose constraint or index
// another session created first.
var alreadyThere = map[string]bool{
	"Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists": true,
	"Neo.ClientError.Schema.ConstraintAlreadyExists":           true,
	"Neo.ClientError.Schema.IndexAlreadyExists":                true,
}

// schemaName returns the name a schema statement gives its constraint or
// index: the word after CREATE CONSTRAINT or CREATE INDEX.
func schemaName(q string) string {
	f := strings.Fields(q)
	if len(f) < 3 {
		return ""
	}
	return f[2]
}
