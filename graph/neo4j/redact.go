package neo4j

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
)

// This file is the one place where blocgraph keeps Neo4j credentials out of
// its messages: RedactURI for every URI a message shows, (*Store).redact for
// every error that leaves the package, and checkURI, which explains a URI
// that cannot be used without quoting any part of it that could be a
// password.

// RedactURI returns uri without its user information (the user name and
// password before an "@"), whether or not uri parses: everything between the
// scheme (with its "//", if any) and the last "@" is dropped, so that a
// password holding "/", "?", "#", "@", spaces or a bad %-escape is dropped
// too. A URI without "@" is returned as it is.
func RedactURI(uri string) string {
	prefix, rest := splitScheme(uri)
	if i := strings.LastIndexByte(rest, '@'); i >= 0 {
		rest = rest[i+1:]
	}
	return prefix + rest
}

// userInfo returns the user information of uri as RedactURI finds it (the
// text it drops, without the "@"), or "".
func userInfo(uri string) string {
	_, rest := splitScheme(uri)
	if i := strings.LastIndexByte(rest, '@'); i >= 0 {
		return rest[:i]
	}
	return ""
}

// splitScheme cuts uri after its scheme: "bolt://" or "bolt:" (the "//"
// forgotten). Without a scheme, prefix is "".
func splitScheme(uri string) (prefix, rest string) {
	i := 0
	for i < len(uri) && (isAlpha(uri[i]) || i > 0 && (uri[i] >= '0' && uri[i] <= '9' || uri[i] == '+' || uri[i] == '-' || uri[i] == '.')) {
		i++
	}
	if i == 0 || i >= len(uri) || uri[i] != ':' {
		return "", uri
	}
	i++
	if strings.HasPrefix(uri[i:], "//") {
		i += 2
	}
	return uri[:i], uri[i:]
}

func isAlpha(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// secretsOf returns the strings no message may show for cfg: the password,
// and the password (or whole user information) of the URI, as written and
// %-decoded.
func secretsOf(cfg Config) []string {
	var out []string
	add := func(s string) {
		if len(s) >= 3 {
			out = append(out, s)
		}
		if d, err := url.PathUnescape(s); err == nil && d != s && len(d) >= 3 {
			out = append(out, d)
		}
	}
	add(cfg.Password)
	if ui := userInfo(cfg.URI); ui != "" {
		if _, pw, ok := strings.Cut(ui, ":"); ok {
			add(pw)
		} else {
			add(ui)
		}
	}
	return out
}

// redact removes the URI's user information and the passwords from err's
// message, should a server or the driver ever echo them.
func (s *Store) redact(err error) error {
	if err == nil {
		return nil
	}
	m := err.Error()
	clean := m
	if s.cfg.URI != "" && userInfo(s.cfg.URI) != "" {
		clean = strings.ReplaceAll(clean, s.cfg.URI, RedactURI(s.cfg.URI))
	}
	for _, p := range s.secrets {
		clean = strings.ReplaceAll(clean, p, "********")
	}
	if clean == m {
		return err
	}
	return &redacted{msg: clean, err: err}
}

// redacted keeps errors.Is working for sentinel causes (context.Canceled,
// ErrReadOnly) while its message hides the password.
type redacted struct {
	msg string
	err error
}

func (r *redacted) Error() string { return r.msg }
func (r *redacted) Is(target error) bool {
	return errors.Is(r.err, target)
}

// Schemes are the URI schemes blocgraph accepts.
var schemes = map[string]bool{"bolt": true, "bolt+s": true, "bolt+ssc": true, "neo4j": true, "neo4j+s": true, "neo4j+ssc": true}

// checkURI says what is wrong with uri, if anything, in words that never
// quote the part of it that could hold a password.
func checkURI(uri string) error {
	bad := func(why string) error {
		return fmt.Errorf("Neo4j URI %s cannot be used: %s; write bolt://HOST:PORT (neo4j:// for a cluster, +s for TLS)", RedactURI(uri), why)
	}
	prefix, _ := splitScheme(uri)
	if prefix == "" {
		return bad("it has no scheme")
	}
	scheme := strings.ToLower(strings.TrimRight(prefix, ":/"))
	if !strings.HasSuffix(prefix, "//") {
		return bad("the // after " + scheme + ": is missing")
	}
	if !schemes[scheme] {
		return fmt.Errorf("Neo4j URI %s: scheme %s is not supported; use bolt://, bolt+s://, neo4j:// or neo4j+s://", RedactURI(uri), scheme)
	}
	if strings.ContainsAny(userInfo(uri), "/?#") {
		return bad("the user information before @ holds a /, ? or #, which must be %-encoded (%2F, %3F, %23)")
	}
	u, err := url.Parse(uri)
	if err != nil {
		return bad(parseProblem(err))
	}
	switch {
	case u.Host == "":
		return bad("it names no host")
	case u.Port() == "" && strings.HasSuffix(u.Host, ":"):
		return bad("the port after : is missing")
	case u.Path != "" && u.Path != "/":
		return bad("it has a path after the host; name the database with NEO4J_DATABASE or --database")
	case u.RawQuery != "" && strings.HasPrefix(scheme, "bolt"):
		return fmt.Errorf("Neo4j URI %s: %s:// connects to one server and takes no routing context (the ?… part); use neo4j:// to route in a cluster, or leave out the ?…",
			RedactURI(uri), scheme)
	}
	return nil
}

// parseProblem names what url.Parse found wrong, without the text it quotes.
func parseProblem(err error) string {
	m := err.Error()
	switch {
	case strings.Contains(m, "invalid port"):
		return "the port is not a number"
	case strings.Contains(m, "missing ']'"):
		return "an IPv6 address lacks its closing ]"
	case strings.Contains(m, "invalid control character"):
		return "it holds a control character"
	case strings.Contains(m, "invalid URL escape"):
		return "a % is not followed by two hexadecimal digits (write a % in a password as %25)"
	case strings.Contains(m, "invalid userinfo"):
		return "the user information before @ holds characters that must be %-encoded (a space as %20)"
	case strings.Contains(m, "invalid character") && strings.Contains(m, "host name"):
		return "the host name holds a character that is not allowed"
	}
	return "it is not a valid URI"
}

// GoString keeps %#v from printing the message before redaction.
func (r *redacted) GoString() string { return fmt.Sprintf("neo4j.redacted(%q)", r.msg) }
