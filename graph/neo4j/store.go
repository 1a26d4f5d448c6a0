package neo4j

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
	"syscall"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"
)

// Store is a connection to one Neo4j database. It is safe for concurrent use.
type Store struct {
	driver neo4j.DriverWithContext
	cfg    Config
	// secrets are the strings no error may show (see secretsOf).
	secrets []string
}

// Open connects to the Neo4j that cfg names and checks that the database can
// be used. Its errors are one line for an analyst, without the password.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	cfg = cfg.withDefaults()
	s := &Store{cfg: cfg, secrets: secretsOf(cfg)}
	if err := checkURI(cfg.URI); err != nil {
		return nil, s.redact(err)
	}
	d, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.Username, cfg.Password, ""), func(c *config.Config) {
		c.UserAgent = "blocgraph"
		c.SocketConnectTimeout = 5 * time.Second
		c.ConnectionAcquisitionTimeout = 30 * time.Second
		c.MaxTransactionRetryTime = 30 * time.Second
	})
	if err != nil {
		return nil, s.redact(fmt.Errorf("Neo4j URI %s: %s", cfg.Address(), oneLine(err.Error())))
	}
	s.driver = d
	if err := d.VerifyConnectivity(ctx); err != nil {
		d.Close(context.Background())
		return nil, s.explain(err)
	}
	// VerifyConnectivity does not look at the database: ask it something.
	// db.ping answers in every database, the system database included, where
	// RETURN 1 is not allowed.
	sess := s.session(ctx, neo4j.AccessModeRead)
	_, err = sess.ExecuteRead(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		res, err := tx.Run(ctx, "CALL db.ping()", nil)
		if err != nil {
			return nil, err
		}
		_, err = res.Consume(ctx)
		return nil, err
	})
	sess.Close(context.Background())
	if err != nil {
		d.Close(context.Background())
		return nil, s.explain(err)
	}
	return s, nil
}

// Close closes the connections to Neo4j.
func (s *Store) Close(ctx context.Context) error {
	if s == nil || s.driver == nil {
		return nil
	}
	return s.explain(s.driver.Close(ctx))
}

// Config returns the configuration the store was opened with.
func (s *Store) Config() Config { return s.cfg }

func (s *Store) session(ctx context.Context, mode neo4j.AccessMode) neo4j.SessionWithContext {
	return s.driver.NewSession(ctx, neo4j.SessionConfig{AccessMode: mode, DatabaseName: s.cfg.Database})
}

// Error codes of the Neo4j server that get a message of their own.
const (
	codeUnauthorized  = "Neo.ClientError.Security.Unauthorized"
	codeRateLimit     = "Neo.ClientError.Security.AuthenticationRateLimit"
	codeCredsExpired  = "Neo.ClientError.Security.CredentialsExpired"
	codeNoDatabase    = "Neo.ClientError.Database.DatabaseNotFound"
	codeDBUnavailable = "Neo.TransientError.General.DatabaseUnavailable"
	codeAccessMode    = "Neo.ClientError.Statement.AccessMode"
	codeWriteOnFollow = "Neo.ClientError.Cluster.ForbiddenOnReadOnlyDatabase"
	codeReadOnlyDBMS  = "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase"
	codeNotALeader    = "Neo.ClientError.Cluster.NotALeader"
)

// ErrReadOnly is the cause of the error Query returns when a query run
// read-only tries to write.
var ErrReadOnly = errors.New("this query writes, and it was run read-only")

// explain turns a driver error into one line for an analyst. It never shows
// the password.
func (s *Store) explain(err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return s.redact(fmt.Errorf("Neo4j at %s: %w", s.cfg.Address(), contextCause(err)))
	}
	addr := s.cfg.Address()
	user := s.cfg.Username
	var auth *neo4j.InvalidAuthenticationError
	if errors.As(err, &auth) {
		return fmt.Errorf("Neo4j at %s: authentication failed for user %s; check NEO4J_PASSWORD", addr, user)
	}
	var ne *neo4j.Neo4jError
	if errors.As(err, &ne) {
		switch ne.Code {
		case codeUnauthorized:
			return fmt.Errorf("Neo4j at %s: authentication failed for user %s; check NEO4J_PASSWORD", addr, user)
		case codeRateLimit:
			return fmt.Errorf("Neo4j at %s: too many failed logins for user %s; wait a few seconds, then check NEO4J_PASSWORD", addr, user)
		case codeCredsExpired:
			return fmt.Errorf("Neo4j at %s: the password of user %s has expired; change it in Neo4j Browser or cypher-shell, then set NEO4J_PASSWORD", addr, user)
		case codeNoDatabase:
			return fmt.Errorf("database %q does not exist on %s", s.cfg.Database, addr)
		case codeDBUnavailable:
			return s.redact(fmt.Errorf("database %q on %s is not available right now (is it starting or stopped?)", s.dbName(), addr))
		case codeAccessMode, codeWriteOnFollow, codeReadOnlyDBMS, codeNotALeader:
			if s.readOnlyRefusal(ne) {
				return fmt.Errorf("%w", ErrReadOnly)
			}
		}
		return s.redact(fmt.Errorf("Neo4j at %s: %s (%s)", addr, oneLine(ne.Msg), ne.Code))
	}
	var ce *neo4j.ConnectivityError
	if errors.As(err, &ce) {
		return s.redact(fmt.Errorf("cannot reach Neo4j at %s: is the server running? (%s)", addr, reason(ce.Inner)))
	}
	var te *neo4j.TransactionExecutionLimit
	if errors.As(err, &te) {
		// The driver retried the transaction until MaxTransactionRetryTime:
		// say why it failed last.
		for i := len(te.Errors) - 1; i >= 0; i-- {
			if te.Errors[i] != nil {
				return s.redact(fmt.Errorf("%s (gave up after %d attempts)", s.explain(te.Errors[i]), len(te.Errors)))
			}
		}
		return s.redact(fmt.Errorf("Neo4j at %s: gave up retrying a transaction: %s", addr, oneLine(te.Cause)))
	}
	var ue *neo4j.UsageError
	if errors.As(err, &ue) {
		return s.redact(fmt.Errorf("Neo4j at %s: %s", addr, oneLine(ue.Message)))
	}
	if isConnRefused(err) {
		return s.redact(fmt.Errorf("cannot reach Neo4j at %s: is the server running? (%s)", addr, reason(err)))
	}
	return s.redact(fmt.Errorf("Neo4j at %s: %s", addr, oneLine(err.Error())))
}

// readOnlyRefusal tells a write refused in read access mode from the other
// errors that share its codes.
func (s *Store) readOnlyRefusal(ne *neo4j.Neo4jError) bool {
	m := strings.ToLower(ne.Msg)
	return ne.Code == codeAccessMode || strings.Contains(m, "read access mode") || strings.Contains(m, "read only") || strings.Contains(m, "read-only")
}

func (s *Store) dbName() string {
	if s.cfg.Database == "" {
		return "(default)"
	}
	return s.cfg.Database
}

func contextCause(err error) error {
	if errors.Is(err, context.DeadlineExceeded) {
		return context.DeadlineExceeded
	}
	return context.Canceled
}

// reason names the cause of a connection failure in a few words.
func reason(err error) string {
	if err == nil {
		return "no answer"
	}
	var dns *net.DNSError
	switch {
	case errors.Is(err, syscall.ECONNREFUSED):
		return "connection refused"
	case errors.As(err, &dns):
		if dns.IsNotFound {
			return "no such host " + dns.Name
		}
		return "cannot resolve " + dns.Name
	case errors.Is(err, syscall.ECONNRESET):
		return "connection reset"
	case errors.Is(err, syscall.EHOSTUNREACH), errors.Is(err, syscall.ENETUNREACH):
		return "no route to host"
	}
	var to interface{ Timeout() bool }
	if errors.As(err, &to) && to.Timeout() {
		return "timed out"
	}
	m := err.Error()
	switch {
	case strings.Contains(m, "connection refused"):
		return "connection refused"
	case strings.Contains(m, "tls") || strings.Contains(m, "TLS") || strings.Contains(m, "certificate"):
		return "TLS failed: " + oneLine(m) + "; check the URI scheme (bolt:// or bolt+s://)"
	case strings.Contains(m, "EOF"):
		return "the server closed the connection; is it a Bolt port?"
	}
	return oneLine(m)
}

func isConnRefused(err error) bool {
	return errors.Is(err, syscall.ECONNREFUSED) || strings.Contains(err.Error(), "connection refused")
}

// oneLine keeps the first line of a message.
func oneLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = strings.TrimSpace(s[:i])
	}
	return s
}
