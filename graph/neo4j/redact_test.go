package neo4j

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"
)

// The two halves of the passwords below: neither may appear in any message.
const secretA, secretB = "kX7q", "Wz4m"

// uriTests are URIs with a password in them, parsed or not: the user
// information must go from every message about them. port1 stands for a
// port where nothing listens.
var uriTests = []struct {
	name, uri string
	redacted  string // RedactURI(uri)
	msg       string // in Open's error
}{
	{"bad port", "bolt://neo4j:kX7q-Wz4m@127.0.0.1:76x97", "bolt://127.0.0.1:76x97", "the port is not a number"},
	{"IPv6 without ]", "bolt://neo4j:kX7q-Wz4m@[::1", "bolt://[::1", "lacks its closing ]"},
	{"space in the password", "bolt://neo4j:kX7q Wz4m@127.0.0.1:7687", "bolt://127.0.0.1:7687", "must be %-encoded"},
	{"control character", "bolt://neo4j:kX7q\x01Wz4m@127.0.0.1:1", "bolt://127.0.0.1:1", "control character"},
	{"bad escape", "bolt://neo4j:kX7q%zzWz4m@127.0.0.1:1", "bolt://127.0.0.1:1", "a % is not followed by two hexadecimal digits"},
	{"percent-encoded", "bolt://neo4j:kX7q%40Wz4m@127.0.0.1:1", "bolt://127.0.0.1:1", "cannot reach Neo4j at bolt://127.0.0.1:1"},
	{"missing //", "bolt:neo4j:kX7q-Wz4m@127.0.0.1:7687", "bolt:127.0.0.1:7687", "the // after bolt: is missing"},
	{"one /", "bolt:/neo4j:kX7q-Wz4m@127.0.0.1:7687", "bolt:127.0.0.1:7687", "the // after bolt: is missing"},
	{"slash in the password", "bolt://neo4j:kX7q/Wz4m@127.0.0.1:1", "bolt://127.0.0.1:1", "holds a /, ? or #"},
	{"digits and a slash", "bolt://neo4j:1234/kX7qWz4m@127.0.0.1:1", "bolt://127.0.0.1:1", "holds a /, ? or #"},
	{"a path", "bolt://127.0.0.1:1/neo4j", "bolt://127.0.0.1:1/neo4j", "it has a path after the host"},
	{"question mark in the password", "bolt://neo4j:kX7q?Wz4m@127.0.0.1:1", "bolt://127.0.0.1:1", "holds a /, ? or #"},
	{"hash in the password", "bolt://neo4j:kX7q#Wz4m@127.0.0.1:1", "bolt://127.0.0.1:1", "holds a /, ? or #"},
	{"at sign in the password", "bolt://neo4j:kX7q@Wz4m@127.0.0.1:1", "bolt://127.0.0.1:1", "cannot reach Neo4j at bolt://127.0.0.1:1"},
	{"routing context on bolt", "bolt://neo4j:kX7q-Wz4m@127.0.0.1:1?routing=x", "bolt://127.0.0.1:1?routing=x", "bolt:// connects to one server and takes no routing context"},
	{"routing context on neo4j", "neo4j://neo4j:kX7q-Wz4m@127.0.0.1:1?region=x", "neo4j://127.0.0.1:1?region=x", "cannot reach Neo4j at neo4j://127.0.0.1:1?region=x"},
	{"unknown scheme", "http://neo4j:kX7q-Wz4m@127.0.0.1:7474", "http://127.0.0.1:7474", "scheme http is not supported"},
	{"no host", "bolt://neo4j:kX7q-Wz4m@", "bolt://", "it names no host"},
	{"no scheme", "neo4j-kX7q-Wz4m@127.0.0.1", "127.0.0.1", "it has no scheme"},
	{"user only", "bolt://kX7qWz4m@127.0.0.1:1", "bolt://127.0.0.1:1", "cannot reach Neo4j at bolt://127.0.0.1:1"},
	{"no user information", "bolt://127.0.0.1:1", "bolt://127.0.0.1:1", "cannot reach Neo4j at bolt://127.0.0.1:1"},
}

func TestRedactURI(t *testing.T) {
	for _, tt := range uriTests {
		t.Run(tt.name, func(t *testing.T) {
			if got := RedactURI(tt.uri); got != tt.redacted {
				t.Errorf("RedactURI(%q) = %q, want %q", tt.uri, got, tt.redacted)
			}
			if got := (Config{URI: tt.uri}).String(); strings.Contains(got, secretA) || strings.Contains(got, secretB) {
				t.Errorf("Config.String() = %q shows the password", got)
			}
		})
	}
}

// TestOpenRedacts opens each URI (none reaches a server) with the password
// also given as the password, and checks that the error explains the URI
// without showing any part of the password.
func TestOpenRedacts(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	for _, tt := range uriTests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Open(ctx, Config{URI: tt.uri, Username: "neo4j", Password: "kX7q" + "-" + "Wz4m"})
			if err == nil {
				s.Close(ctx)
				t.Fatal("no error")
			}
			msg := err.Error()
			t.Log(msg)
			if !strings.Contains(msg, tt.msg) {
				t.Errorf("error %q does not say %q", msg, tt.msg)
			}
			all := msg + fmt.Sprintf(" %+v %#v", err, err)
			if strings.Contains(all, secretA) || strings.Contains(all, secretB) {
				t.Errorf("error shows the password: %q", all)
			}
			if strings.Contains(msg, "\n") {
				t.Errorf("error has several lines: %q", msg)
			}
		})
	}
}
