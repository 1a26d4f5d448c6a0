package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/blocgraph/blocgraph/graph"
	store "github.com/blocgraph/blocgraph/graph/neo4j"
	"github.com/urfave/cli/v2"
)

// neo4jFlags say which Neo4j to use. Each falls back on its NEO4J_*
// environment variable; a flag given overrides the variable.
func neo4jFlags() []cli.Flag {
	const cat = "Neo4j"
	return []cli.Flag{
		&cli.StringFlag{Name: "uri", Category: cat, EnvVars: []string{"NEO4J_URI"}, Value: store.DefaultURI,
			Usage: "Neo4j `URI`: bolt:// or neo4j:// (a cluster), with +s for TLS"},
		&cli.StringFlag{Name: "username", Category: cat, EnvVars: []string{"NEO4J_USERNAME"}, Value: store.DefaultUsername,
			Usage: "Neo4j user `NAME`"},
		&cli.StringFlag{Name: "password", Category: cat, EnvVars: []string{"NEO4J_PASSWORD"},
			Usage: "Neo4j `PASSWORD`; prefer the NEO4J_PASSWORD environment variable (a flag shows in ps and in shell history)"},
		&cli.StringFlag{Name: "database", Category: cat, EnvVars: []string{"NEO4J_DATABASE"},
			Usage: "Neo4j database `NAME` (default: the server's default database)"},
	}
}

// neo4jConfig reads neo4jFlags.
func neo4jConfig(c *cli.Context) store.Config {
	return store.Config{
		URI:      strings.TrimSpace(c.String("uri")),
		Username: c.String("username"),
		Password: c.String("password"),
		Database: strings.TrimSpace(c.String("database")),
	}
}

// openStore connects to the Neo4j that the flags and environment name.
func openStore(c *cli.Context) (*store.Store, error) {
	return store.Open(commandContext(c), neo4jConfig(c))
}

// commandContext is the context of the command: c.Context, or the background
// when the app runs without one (as in tests).
func commandContext(c *cli.Context) context.Context {
	if c.Context != nil {
		return c.Context
	}
	return context.Background()
}

// readGraphFromNeo4j reads the graph from Neo4j, with the events f keeps:
// the window and relations are pushed down into Cypher.
func readGraphFromNeo4j(c *cli.Context, f graph.EventFilter) (*graph.Graph, error) {
	st, err := openStore(c)
	if err != nil {
		return nil, err
	}
	defer st.Close(context.Background())
	ctx := commandContext(c)
	g, err := st.Read(ctx, f)
	if err != nil {
		return nil, err
	}
	if g.NumNodes() == 0 {
		return nil, fmt.Errorf("Neo4j at %s holds no blocgraph data; load some first: blocgraph load PATH", st.Config().Address())
	}
	return g, nil
}
