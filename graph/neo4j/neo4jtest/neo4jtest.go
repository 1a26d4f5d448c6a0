// Package neo4jtest lets the tests of several packages share one real Neo4j
// server: it skips a test when none is configured (and fails it in CI), and
// makes test processes that use the same server take turns, since go test
// runs packages in parallel and each test empties the database.
package neo4jtest

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"sync"
	"testing"
)

var (
	once    sync.Once
	lockErr error
)

// Require skips tb when NEO4J_URI or NEO4J_PASSWORD is unset, or fails it
// when CI=true. Otherwise it waits until no other test process holds the
// server (NEO4J_URI) and keeps it for the rest of this process.
func Require(tb testing.TB) {
	tb.Helper()
	uri := os.Getenv("NEO4J_URI")
	if uri == "" || os.Getenv("NEO4J_PASSWORD") == "" {
		if os.Getenv("CI") == "true" {
			tb.Fatal("CI=true but no Neo4j configured: set NEO4J_URI and NEO4J_PASSWORD (scripts/test starts one)")
		}
		tb.Skip("no Neo4j configured (set NEO4J_URI and NEO4J_PASSWORD, or run scripts/test)")
	}
	once.Do(func() {
		h := sha256.Sum256([]byte(uri + "\x00" + os.Getenv("NEO4J_DATABASE")))
		path := filepath.Join(os.TempDir(), "blocgraph-neo4j-test-"+hex.EncodeToString(h[:6])+".lock")
		lockErr = lockProcess(path)
	})
	if lockErr != nil {
		tb.Fatalf("taking the Neo4j test lock: %v", lockErr)
	}
}
