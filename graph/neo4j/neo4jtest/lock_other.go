//go:build !unix

package neo4jtest

// lockProcess does nothing where flock is missing: run the packages that use
// Neo4j one at a time there (go test -p 1).
func lockProcess(string) error { return nil }
