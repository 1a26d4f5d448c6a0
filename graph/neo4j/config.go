package neo4j

import (
	"os"
	"strings"
)

// Config says which Neo4j to use and as whom.
type Config struct {
	URI      string // bolt://, bolt+s://, bolt+ssc://, neo4j://, neo4j+s://, neo4j+ssc://
	Username string
	Password string
	Database string // empty: the server's default (home) database
}

// Defaults of ConfigFromEnv.
const (
	DefaultURI      = "bolt://localhost:7687"
	DefaultUsername = "neo4j"
)

// ConfigFromEnv reads NEO4J_URI (default bolt://localhost:7687),
// NEO4J_USERNAME (default neo4j), NEO4J_PASSWORD and NEO4J_DATABASE (default:
// the server's default database).
func ConfigFromEnv() Config {
	c := Config{
		URI:      strings.TrimSpace(os.Getenv("NEO4J_URI")),
		Username: os.Getenv("NEO4J_USERNAME"),
		Password: os.Getenv("NEO4J_PASSWORD"),
		Database: strings.TrimSpace(os.Getenv("NEO4J_DATABASE")),
	}
	return c.withDefaults()
}

func (c Config) withDefaults() Config {
	if c.URI == "" {
		c.URI = DefaultURI
	}
	if c.Username == "" {
		c.Username = DefaultUsername
	}
	return c
}

// String describes c for messages: the URI without any credentials, the user
// and the database. It never shows the password.
func (c Config) String() string {
	s := c.Address() + " as " + c.withDefaults().Username
	if c.Database != "" {
		s += " (database " + c.Database + ")"
	}
	return s
}

// Address returns the URI without user information, for messages (see
// RedactURI).
func (c Config) Address() string {
	if c.URI == "" {
		return DefaultURI
	}
	return RedactURI(c.URI)
}
