// Command blocgraph models alignment between states as a graph: it loads
// facts from news articles and event datasets, analyses centrality and blocs,
// stores the graph in Neo4j and exports it for Gephi, NetworkX and yEd.
package main

import "os"

func main() {
	os.Exit(Run(os.Args, os.Stdin, os.Stdout, os.Stderr))
}
