package neo4j

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// A query run read-only must change nothing outside its result. A READ
// access-mode transaction alone does not promise that: procedures that Neo4j
// counts as reads write files (apoc.export.*), create databases
// (gds.graph.export), kill other sessions (dbms.killConnection), and
// TERMINATE TRANSACTIONS or an administration command on the system
// database need no write access mode either. So Query, read-only, checks a
// statement three times before it runs it in a READ transaction:
//
//  1. Its text: every procedure it CALLs and every function with a
//     namespace that it calls (a.b(…)) must be on readProcedures or
//     readFunctions. Functions without a namespace are Cypher's own (Neo4j
//     refuses user-defined functions and procedures in the root namespace).
//     The text is split into tokens the way Cypher does, so comments,
//     strings, backticks and spaces around the dots change nothing.
//  2. Its plan (EXPLAIN, in a READ transaction, which runs nothing): a
//     statement the planner finds writing is refused; so is any
//     TerminateTransactions operator, any procedure call or namespaced
//     function in the plan that is not on the lists, and any
//     administration command other than SHOW.
//  3. The run itself, in a READ transaction, so that the server refuses
//     any write the first two missed.
//
// The lists are short on purpose: what is not on them needs --write.

// readProcedures are the procedures a read-only query may call: they read
// the graph, the schema or the catalog and return rows, nothing else. An
// entry ending in ".*" takes every name below it; one starting with "*." every
// name that ends so under "gds." (GDS's stream, stats and estimate modes,
// which compute on an existing in-memory graph and return rows only).
var readProcedures = nameList(
	"db.labels", "db.relationshipTypes", "db.propertyKeys", "db.ping", "db.info",
	"db.schema.visualization", "db.schema.nodeTypeProperties", "db.schema.relTypeProperties",
	"db.index.fulltext.queryNodes", "db.index.fulltext.queryRelationships",
	"db.index.vector.queryNodes", "db.index.vector.queryRelationships",
	"dbms.components", "dbms.showCurrentUser", "tx.getMetaData",
	"apoc.help", "apoc.meta.data", "apoc.meta.schema", "apoc.meta.stats", "apoc.meta.graph",
	"apoc.meta.graphSample", "apoc.meta.subGraph", "apoc.meta.nodeTypeProperties", "apoc.meta.relTypeProperties",
	"apoc.path.expand", "apoc.path.expandConfig", "apoc.path.subgraphNodes", "apoc.path.subgraphAll", "apoc.path.spanningTree",
	"apoc.algo.dijkstra", "apoc.algo.aStar", "apoc.algo.aStarConfig", "apoc.algo.allSimplePaths", "apoc.algo.cover",
	"apoc.neighbors.*",
	"gds.version", "gds.list", "gds.graph.list", "gds.graph.exists",
	"*.stream", "*.stats", "*.estimate",
)

// readFunctions are the namespaced functions a read-only query may call:
// Cypher's own temporal, spatial and vector functions, and APOC's and GDS's
// pure ones (they compute a value from their arguments or read the graph).
// Not on it: apoc.cypher.* (runs Cypher given as a string, past these
// checks), gds.graph.project (fills the GDS catalog), and everything else.
var readFunctions = nameList(
	"date.*", "datetime.*", "localdatetime.*", "localtime.*", "time.*", "duration.*", "point.*", "vector.*",
	"db.nameFromElementId",
	"apoc.coll.*", "apoc.text.*", "apoc.map.*", "apoc.convert.*", "apoc.math.*", "apoc.number.*",
	"apoc.date.*", "apoc.temporal.*", "apoc.agg.*", "apoc.label.*", "apoc.node.*", "apoc.nodes.*", "apoc.rel.*",
	"apoc.any.*", "apoc.hashing.*", "apoc.bitwise.*", "apoc.scoring.*", "apoc.meta.cypher.*", "apoc.json.path",
	"apoc.util.md5", "apoc.util.sha1", "apoc.util.sha256", "apoc.util.sha384", "apoc.util.sha512",
	"apoc.version",
	"gds.version", "gds.util.*", "gds.similarity.*", "gds.graph.exists", "gds.isLicensed",
)

// names is a list of procedure or function names; see readProcedures.
type names struct {
	exact, prefixes, suffixes []string
}

func nameList(list ...string) names {
	var n names
	for _, s := range list {
		s = strings.ToLower(s)
		switch {
		case strings.HasPrefix(s, "*."):
			n.suffixes = append(n.suffixes, s[1:])
		case strings.HasSuffix(s, ".*"):
			n.prefixes = append(n.prefixes, s[:len(s)-1])
		default:
			n.exact = append(n.exact, s)
		}
	}
	return n
}

// has reports whether name is on the list. Names compare without regard to
// case, as Neo4j resolves its own functions.
func (n names) has(name string) bool {
	name = strings.ToLower(name)
	for _, e := range n.exact {
		if name == e {
			return true
		}
	}
	for _, p := range n.prefixes {
		if strings.HasPrefix(name, p) && len(name) > len(p) {
			return true
		}
	}
	for _, s := range n.suffixes {
		if strings.HasPrefix(name, "gds.") && strings.HasSuffix(name, s) {
			return true
		}
	}
	return false
}

// notReadOnly is a query refused read-only, and why; it wraps ErrReadOnly.
type notReadOnly struct{ why string }

func (e *notReadOnly) Error() string { return e.why }
func (e *notReadOnly) Unwrap() error { return ErrReadOnly }

func refuse(format string, args ...any) error {
	return &notReadOnly{why: fmt.Sprintf(format, args...)}
}

// callKind says whether a name in a query is called as a procedure or as a
// function.
type callKind int

const (
	function callKind = iota
	procedure
)

func (k callKind) String() string {
	if k == procedure {
		return "procedure"
	}
	return "function"
}

// call is a procedure or namespaced function a query calls.
type call struct {
	name string // dotted, as Neo4j resolves it
	kind callKind
}

// checkCalls refuses a call that is not on the lists.
func checkCalls(calls []call) error {
	for _, c := range calls {
		list := readFunctions
		if c.kind == procedure {
			list = readProcedures
		}
		if !list.has(c.name) {
			return refuse("the %s %s is not one that blocgraph runs read-only (it may write files, databases or the server's state)", c.kind, c.name)
		}
	}
	return nil
}

// statement is what the tokens of a query say about it.
type statement struct {
	calls []call
	// lead is the first keyword after the options Neo4j reads first
	// (CYPHER …, EXPLAIN, PROFILE), upper case.
	lead string
	// terminate is set when TERMINATE appears as a keyword.
	terminate bool
	// explain is the query to plan: the query behind EXPLAIN (in place of
	// PROFILE, which would run it).
	explain string
	// shift is the length of what explain puts before the query ("EXPLAIN
	// "), which the server counts in the positions its errors give.
	shift int
}

// readStatement reads the tokens of cypher.
func readStatement(cypher string) statement {
	toks := cypherTokens(cypher)
	st := statement{}
	// Options first: CYPHER [version] [key=value …], EXPLAIN, PROFILE.
	i := 0
	explained := false
	for i < len(toks) && toks[i].kind == tokIdent && !toks[i].quoted {
		w := strings.ToUpper(toks[i].text)
		switch {
		case w == "CYPHER":
			i++
			for i < len(toks) && (toks[i].kind == tokNumber || i+2 < len(toks) && toks[i].kind == tokIdent && toks[i+1].text == "=") {
				if toks[i].kind == tokNumber {
					i++
				} else {
					i += 3
				}
			}
			continue
		case w == "EXPLAIN":
			explained = true
			i++
			continue
		case w == "PROFILE":
			// Plan it without running it: PROFILE becomes EXPLAIN.
			st.explain = cypher[:toks[i].start] + "EXPLAIN" + cypher[toks[i].end:]
			explained = true
			i++
			continue
		}
		break
	}
	if i < len(toks) && toks[i].kind == tokIdent && !toks[i].quoted {
		st.lead = strings.ToUpper(toks[i].text)
	}
	switch {
	case st.explain != "":
	case explained:
		st.explain = cypher
	default:
		st.explain = "EXPLAIN " + cypher
		st.shift = len("EXPLAIN ")
	}
	for j := 0; j < len(toks); j++ {
		t := toks[j]
		if t.kind != tokIdent {
			continue
		}
		if !t.quoted && strings.EqualFold(t.text, "TERMINATE") {
			st.terminate = true
		}
		// A dotted name starts at an identifier that does not follow a dot
		// (n.name is a property, {.name} a map projection).
		if j > 0 && toks[j-1].text == "." && toks[j-1].kind == tokPunct {
			continue
		}
		parts := []string{t.text}
		k := j + 1
		for k+1 < len(toks) && toks[k].kind == tokPunct && toks[k].text == "." && toks[k+1].kind == tokIdent {
			parts = append(parts, toks[k+1].text)
			k += 2
		}
		name := strings.Join(parts, ".")
		afterCall := j > 0 && toks[j-1].kind == tokIdent && !toks[j-1].quoted && strings.EqualFold(toks[j-1].text, "CALL")
		called := k < len(toks) && toks[k].kind == tokPunct && toks[k].text == "("
		switch {
		case afterCall:
			st.calls = append(st.calls, call{name, procedure})
		case called && strings.Contains(name, "."):
			st.calls = append(st.calls, call{name, function})
		}
		j = k - 1
	}
	return st
}

// checkReadOnly decides whether cypher may run read-only (see the comment at
// the top of this file), planning it in sess.
func (s *Store) checkReadOnly(ctx context.Context, sess neo4j.SessionWithContext, cypher string, params map[string]any) error {
	st := readStatement(cypher)
	if err := checkCalls(st.calls); err != nil {
		return err
	}
	res, err := sess.Run(ctx, st.explain, params)
	if err != nil {
		return s.explain(unshiftPositions(err, st.shift))
	}
	sum, err := res.Consume(ctx)
	if err != nil {
		return s.explain(unshiftPositions(err, st.shift))
	}
	switch sum.StatementType() {
	case neo4j.StatementTypeWriteOnly, neo4j.StatementTypeReadWrite:
		return ErrReadOnly
	}
	if sum.Plan() == nil {
		return refuse("Neo4j gave no plan for this query, so blocgraph cannot tell that it only reads")
	}
	return checkPlan(sum.Plan(), st)
}

// positionRe is how the server gives a place in the query in its errors.
var positionRe = regexp.MustCompile(`\(line (\d+), column (\d+) \(offset: (\d+)\)\)`)

// unshiftPositions moves the positions a server error gives back by shift
// characters put before the query (on its first line): the analyst's
// query is planned as "EXPLAIN " + query, and "line 1, column 17" of that
// is column 9 of what they wrote. Other errors are returned as they are.
func unshiftPositions(err error, shift int) error {
	var ne *neo4j.Neo4jError
	if shift == 0 || !errors.As(err, &ne) || !positionRe.MatchString(ne.Msg) {
		return err
	}
	c := *ne
	c.Msg = positionRe.ReplaceAllStringFunc(ne.Msg, func(m string) string {
		g := positionRe.FindStringSubmatch(m)
		line, _ := strconv.Atoi(g[1])
		col, _ := strconv.Atoi(g[2])
		off, _ := strconv.Atoi(g[3])
		if line == 1 {
			col = max(1, col-shift)
		}
		return fmt.Sprintf("(line %d, column %d (offset: %d))", line, col, max(0, off-shift))
	})
	return &c
}

// checkPlan walks a plan for what the statement's text could not show.
func checkPlan(p neo4j.Plan, st statement) error {
	op, _, _ := strings.Cut(p.Operator(), "@")
	details, _ := p.Arguments()["Details"].(string)
	switch {
	case op == "TerminateTransactions":
		return refuse("TERMINATE TRANSACTIONS stops other sessions' work; it needs --write")
	case op == "AdministrationCommand":
		// The system database plans its commands as one opaque operator.
		if st.lead != "SHOW" || st.terminate {
			return refuse("administration commands other than SHOW change the server; they need --write")
		}
	case op == "ProcedureCall":
		name, args, _ := strings.Cut(details, "(")
		if err := checkCalls([]call{{strings.ReplaceAll(strings.TrimSpace(name), "`", ""), procedure}}); err != nil {
			return err
		}
		details = args
	case strings.Contains(op, ".") && !strings.ContainsAny(op, "() "):
		// A procedure called on the system database is its own operator.
		if err := checkCalls([]call{{op, procedure}}); err != nil {
			return err
		}
	}
	if details != "" {
		sig, _, _ := strings.Cut(details, " :: ")
		if err := checkCalls(functionsOf(sig)); err != nil {
			return err
		}
	}
	for _, c := range p.Children() {
		if err := checkPlan(c, st); err != nil {
			return err
		}
	}
	return nil
}

// functionsOf returns the namespaced functions an expression of a plan
// calls.
func functionsOf(expr string) []call {
	var out []call
	for _, c := range readStatement(expr).calls {
		// CALL does not appear in a plan's expressions; a name after a word
		// "call" there is a variable.
		c.kind = function
		out = append(out, c)
	}
	return out
}

// Tokens of Cypher, as far as the checks need them.

type tokKind int

const (
	tokIdent  tokKind = iota // a name or keyword; quoted: `in backticks`
	tokNumber                // 12, 1.5e3, 0x1F
	tokString                // 'text' or "text"
	tokParam                 // $name
	tokPunct                 // any other character
)

type token struct {
	kind       tokKind
	text       string // an identifier's name (backticks removed), else the source text
	quoted     bool
	start, end int // byte offsets in the source
}

// cypherTokens splits Cypher into tokens, dropping spaces and comments. It
// never fails: what it cannot read becomes punctuation, which the checks
// pass over (and the server then refuses as a syntax error).
func cypherTokens(src string) []token {
	var out []token
	i := 0
	for i < len(src) {
		r, size := utf8.DecodeRuneInString(src[i:])
		start := i
		switch {
		case unicode.IsSpace(r):
			i += size
		case strings.HasPrefix(src[i:], "//"):
			if j := strings.IndexByte(src[i:], '\n'); j >= 0 {
				i += j + 1
			} else {
				i = len(src)
			}
		case strings.HasPrefix(src[i:], "/*"):
			if j := strings.Index(src[i+2:], "*/"); j >= 0 {
				i += j + 4
			} else {
				i = len(src)
			}
		case r == '\'' || r == '"':
			i += size
			for i < len(src) && src[i] != byte(r) {
				if src[i] == '\\' {
					i++
				}
				i++
			}
			i = min(i+1, len(src))
			out = append(out, token{kind: tokString, text: src[start:i], start: start, end: i})
		case r == '`':
			var b strings.Builder
			i++
			for i < len(src) {
				if src[i] == '`' {
					if i+1 < len(src) && src[i+1] == '`' {
						b.WriteByte('`')
						i += 2
						continue
					}
					i++
					break
				}
				b.WriteByte(src[i])
				i++
			}
			out = append(out, token{kind: tokIdent, text: b.String(), quoted: true, start: start, end: i})
		case r == '$':
			i = identEnd(src, i+size)
			out = append(out, token{kind: tokParam, text: src[start:i], start: start, end: i})
		case r >= '0' && r <= '9':
			for i < len(src) {
				c := src[i]
				if c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' ||
					c == '.' && i+1 < len(src) && src[i+1] >= '0' && src[i+1] <= '9' ||
					(c == '-' || c == '+') && (src[i-1] == 'e' || src[i-1] == 'E') {
					i++
					continue
				}
				break
			}
			out = append(out, token{kind: tokNumber, text: src[start:i], start: start, end: i})
		case isIdentStart(r):
			i = identEnd(src, i)
			out = append(out, token{kind: tokIdent, text: src[start:i], start: start, end: i})
		default:
			i += size
			out = append(out, token{kind: tokPunct, text: src[start:i], start: start, end: i})
		}
	}
	return out
}

// identEnd returns the end of the identifier characters of src from i.
func identEnd(src string, i int) int {
	for i < len(src) {
		r, size := utf8.DecodeRuneInString(src[i:])
		if !isIdentRune(r) {
			break
		}
		i += size
	}
	return i
}

func isIdentStart(r rune) bool { return unicode.IsLetter(r) || r == '_' }

func isIdentRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || unicode.Is(unicode.Pc, r)
}
