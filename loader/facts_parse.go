package loader

import (
	"bytes"
	"errors"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/blocgraph/blocgraph/graph"
	"gopkg.in/yaml.v3"
)

// The parsed, not yet resolved, content of a facts file. Every value keeps
// its place for messages.

type pos = graph.Pos

type str struct {
	V   string
	Pos pos
}

type articleSpec struct {
	ID, Title, Published, Outlet, URL str
	Pos                               pos
}

type roleSpec struct {
	Title, Of, From, To str
	Pos                 pos
}

type entitySpec struct {
	ID, Kind, Name, State, Ideology, Capital str
	Aliases, Demonyms                        []str
	Roles                                    []roleSpec
	Rules                                    []roleSpec // party rule terms: from, to
	Pos                                      pos
}

type factSpec struct {
	Subject, Relation, Object, Date, Quote, Note str
	Count                                        int
	Confidence                                   float64
	Pos                                          pos
}

type factsDoc struct {
	File     string
	Article  articleSpec
	Entities []entitySpec
	Facts    []factSpec
}

var (
	docKeys     = []string{"article", "entities", "facts"}
	articleKeys = []string{"id", "title", "published", "outlet", "url"}
	entityKeys  = []string{"id", "kind", "name", "aliases", "demonyms", "capital", "roles", "state", "ideology", "rules"}
	roleKeys    = []string{"title", "of", "from", "to"}
	ruleKeys    = []string{"from", "to"}
	factKeys    = []string{"subject", "relation", "object", "date", "count", "quote", "confidence", "note"}
)

// MaxCount is the largest count a fact may give: the number of times one
// article reports the same event. It keeps every sum of counts far from
// overflowing.
const MaxCount = 1_000_000

var yamlLineRE = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// parseFacts reads one facts file: several YAML documents, each an article
// with its entities and facts. It returns every problem it finds.
func parseFacts(in Input) ([]factsDoc, graph.ErrorList) {
	file := in.Name
	data := in.Data
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, graph.ErrorList{errorf(graph.EINVALID, file, 1, 1, "the file is empty; a facts file has an article: and its facts:")}
	}
	// Invalid UTF-8 and tab indentation are found before YAML sees them, so
	// that the message names the exact place.
	var errs graph.ErrorList
	for i, line := range bytes.Split(data, []byte("\n")) {
		if !utf8.Valid(line) {
			col := 1
			for len(line) > 0 {
				r, size := utf8.DecodeRune(line)
				if r == utf8.RuneError && size <= 1 {
					break
				}
				line = line[size:]
				col++
			}
			errs = append(errs, errorf(graph.EINVALID, file, i+1, col, "invalid UTF-8 (byte 0x%02x); save the file as UTF-8", line[0]))
			continue
		}
		if col, r := yamlControl(line); col > 0 {
			errs = append(errs, errorf(graph.EINVALID, file, i+1, col, "control character %U, which YAML does not allow; remove it (inside double quotes it may be written \\x%02X)", r, r))
		}
		indent := line[:len(line)-len(bytes.TrimLeft(line, " \t"))]
		if j := bytes.IndexByte(indent, '\t'); j >= 0 {
			errs = append(errs, errorf(graph.EINVALID, file, i+1, j+1, "tab in indentation; YAML indents with spaces only"))
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	dec := yaml.NewDecoder(bytes.NewReader(yaml12(data)))
	var docs []factsDoc
	for {
		var root yaml.Node
		err := dec.Decode(&root)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, append(errs, yamlError(file, data, err))
		}
		if len(root.Content) == 0 || emptyDoc(root.Content[0]) {
			continue // "---" with nothing after it: an empty document, as YAML allows
		}
		d, derrs := parseDoc(file, root.Content[0])
		errs = append(errs, derrs...)
		if d != nil {
			docs = append(docs, *d)
		}
	}
	if len(docs) == 0 && len(errs) == 0 {
		errs = append(errs, errorf(graph.EINVALID, file, 1, 1, "the file holds no YAML document; a facts file has an article: and its facts:"))
	}
	return docs, errs
}

// yaml12 is data with its "%YAML 1.2" directives read as yaml.v3's 1.1
// (it refuses any other version, "found incompatible YAML document"): a
// facts file uses nothing in which the two differ that the reader does not
// check itself. The text keeps its length, so positions stay the same.
func yaml12(data []byte) []byte {
	if !bytes.Contains(data, []byte("%YAML 1.2")) {
		return data
	}
	out := append([]byte(nil), data...)
	for i := 0; ; {
		k := bytes.Index(out[i:], []byte("%YAML 1.2"))
		if k < 0 {
			return out
		}
		i += k
		if i == 0 || out[i-1] == '\n' {
			out[i+len("%YAML 1.")] = '1'
		}
		i += len("%YAML 1.2")
	}
}

// emptyDoc reports whether a document's root is no value at all (not even
// "~" or "null" written out).
func emptyDoc(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null" && n.Value == "" && n.Style == 0
}

// yamlControl returns the column (in characters, from 1) and the value of
// the first character of line that YAML does not allow in a file, or 0.
// The allowed set is YAML's (and yaml.v3's): tab, line breaks, printable
// ASCII, U+0085, and U+00A0 on except surrogates, U+FFFE and U+FFFF.
func yamlControl(line []byte) (int, rune) {
	col := 1
	for len(line) > 0 {
		r, size := utf8.DecodeRune(line)
		ok := r == '\t' || r == '\r' || r >= 0x20 && r <= 0x7E || r == 0x85 ||
			r >= 0xA0 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
		if !ok {
			return col, r
		}
		line = line[size:]
		col++
	}
	return 0, 0
}

func yamlError(file string, data []byte, err error) *graph.Error {
	msg := err.Error()
	line, col := 0, 0
	if m := yamlLineRE.FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = m[2]
		lines := bytes.Split(data, []byte("\n"))
		if line >= 1 && line <= len(lines) {
			l := lines[line-1]
			col = len(l) - len(bytes.TrimLeft(l, " ")) + 1
		}
	} else {
		msg = strings.TrimPrefix(msg, "yaml: ")
		line, col = 1, 1 // yaml.v3 gives no place: the file's start
	}
	return errorf(graph.EINVALID, file, line, col, "YAML syntax error: %s", msg)
}

func at(file string, n *yaml.Node) pos { return pos{File: file, Line: n.Line, Column: n.Column} }

// mapping checks that n is a mapping with only the allowed keys, each once,
// and returns its values by key.
// Values that are aliases (*name) are read as the node they name, and a
// merge key (<<: *name, or a list of them) gives the keys of the mappings
// it names that n does not give itself, as YAML's merge keys do. Keys
// that begin with "x-" are ignored, as in Compose files: a place to define
// anchors.
func mapping(file string, n *yaml.Node, what string, allowed []string, errs *graph.ErrorList) map[string]*yaml.Node {
	n = deref(n)
	if n.Kind != yaml.MappingNode {
		*errs = append(*errs, graph.Errorf(graph.EINVALID, at(file, n), "%s must be a mapping of keys (%s), not %s", what, strings.Join(allowed, ", "), describe(n)))
		return nil
	}
	out := map[string]*yaml.Node{}
	own, merged := mergePairs(file, n, 0, errs)
	for i, kv := range append(own, merged...) {
		k, v := kv[0], deref(kv[1])
		if _, given := out[k.Value]; given && i >= len(own) && slices.Contains(allowed, k.Value) {
			continue // a merged key the mapping gives itself, or an earlier merged mapping
		}
		if strings.HasPrefix(k.Value, "x-") {
			continue // an extension key, ignored: a place for YAML anchors (x-kim: &kim …)
		}
		if !slices.Contains(allowed, k.Value) {
			msg := "unknown key %q in %s"
			args := []any{k.Value, what}
			if s := nearest(k.Value, allowed, 1); len(s) > 0 {
				msg += "; did you mean %q?"
				args = append(args, s[0])
				// Check the value as if the key were spelled right, so a typo
				// gets one message, not a second one for the missing key.
				if _, given := keyIn(n, s[0]); !given {
					out[s[0]] = v
				}
			}
			msg += " (keys: %s)"
			args = append(args, strings.Join(allowed, ", "))
			*errs = append(*errs, graph.Errorf(graph.EINVALID, at(file, k), msg, args...))
			continue
		}
		if _, dup := out[k.Value]; dup {
			if i >= len(own) {
				continue // a merged mapping's unknown key, reported where it is written
			}
			*errs = append(*errs, graph.Errorf(graph.EINVALID, at(file, k), "key %q given twice in %s", k.Value, what))
			continue
		}
		out[k.Value] = v
	}
	return out
}

// deref is the node an alias names (n itself for any other node).
func deref(n *yaml.Node) *yaml.Node {
	for i := 0; n.Kind == yaml.AliasNode && n.Alias != nil && i < 64; i++ {
		n = n.Alias
	}
	return n
}

// mergePairs returns the key-value pairs of mapping n but its merge keys,
// and the pairs its merge keys bring in, in YAML's order of precedence (a
// mapping's own first, then each merged mapping's, in turn).
func mergePairs(file string, n *yaml.Node, depth int, errs *graph.ErrorList) (own, merged [][2]*yaml.Node) {
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Tag != "!!merge" {
			own = append(own, [2]*yaml.Node{k, v})
			continue
		}
		srcs := []*yaml.Node{deref(v)}
		if srcs[0].Kind == yaml.SequenceNode {
			srcs = srcs[0].Content
		}
		for _, src := range srcs {
			src = deref(src)
			if src.Kind != yaml.MappingNode || depth > 16 {
				*errs = append(*errs, graph.Errorf(graph.EINVALID, at(file, k), "a merge key (<<) takes a mapping or a list of mappings, not %s", describe(src)))
				continue
			}
			o, m := mergePairs(file, src, depth+1, errs)
			merged = append(append(merged, o...), m...)
		}
	}
	return own, merged
}

// keyIn returns the value of key in mapping n, if given.
func keyIn(n *yaml.Node, key string) (*yaml.Node, bool) {
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1], true
		}
	}
	return nil, false
}

func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.SequenceNode:
		return "a list"
	case yaml.MappingNode:
		return "a mapping"
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return "empty"
		}
		v := n.Value
		if r := []rune(v); len(r) > 60 {
			v = string(r[:60]) + "…"
		}
		return "the value " + strconv.Quote(v)
	}
	return "this"
}

// scalar reads a string value; a missing or empty value gives "" and, when
// required, an error at parent.
func scalar(file string, m map[string]*yaml.Node, key, what string, required bool, parent *yaml.Node, errs *graph.ErrorList) str {
	n, ok := m[key]
	if !ok || (n.Kind == yaml.ScalarNode && n.Tag == "!!null") {
		if required {
			*errs = append(*errs, graph.Errorf(graph.EINVALID, at(file, parent), "%s has no %s: it is required", what, key))
		}
		return str{Pos: at(file, parent)}
	}
	if n.Kind != yaml.ScalarNode {
		*errs = append(*errs, graph.Errorf(graph.EINVALID, at(file, n), "%s of %s must be a single value, not %s", key, what, describe(n)))
		return str{Pos: at(file, n)}
	}
	v := strings.TrimSpace(n.Value)
	if v == "" && required {
		*errs = append(*errs, graph.Errorf(graph.EINVALID, at(file, n), "%s of %s is empty: it is required", key, what))
	}
	return str{V: v, Pos: at(file, n)}
}

func list(file string, m map[string]*yaml.Node, key, what string, errs *graph.ErrorList) []*yaml.Node {
	n, ok := m[key]
	if !ok || (n.Kind == yaml.ScalarNode && n.Tag == "!!null") {
		return nil
	}
	if n = deref(n); n.Kind != yaml.SequenceNode {
		*errs = append(*errs, graph.Errorf(graph.EINVALID, at(file, n), "%s of %s must be a list, not %s", key, what, describe(n)))
		return nil
	}
	out := make([]*yaml.Node, len(n.Content))
	for i, c := range n.Content {
		out[i] = deref(c)
	}
	return out
}

func strList(file string, m map[string]*yaml.Node, key, what string, errs *graph.ErrorList) []str {
	var out []str
	for _, n := range list(file, m, key, what, errs) {
		if n.Kind != yaml.ScalarNode || strings.TrimSpace(n.Value) == "" {
			*errs = append(*errs, graph.Errorf(graph.EINVALID, at(file, n), "each of %s of %s must be a non-empty name", key, what))
			continue
		}
		out = append(out, str{V: strings.TrimSpace(n.Value), Pos: at(file, n)})
	}
	return out
}

func parseDoc(file string, root *yaml.Node) (*factsDoc, graph.ErrorList) {
	var errs graph.ErrorList
	m := mapping(file, root, "the document", docKeys, &errs)
	if m == nil {
		return nil, errs
	}
	d := &factsDoc{File: file}
	an, ok := m["article"]
	if !ok {
		errs = append(errs, graph.Errorf(graph.EINVALID, at(file, root), "the document has no article: every facts document starts with the article it comes from (id, published)"))
	} else if am := mapping(file, an, "the article", articleKeys, &errs); am != nil {
		d.Article = articleSpec{
			ID:        scalar(file, am, "id", "the article", true, an, &errs),
			Title:     scalar(file, am, "title", "the article", false, an, &errs),
			Published: scalar(file, am, "published", "the article", true, an, &errs),
			Outlet:    scalar(file, am, "outlet", "the article", false, an, &errs),
			URL:       scalar(file, am, "url", "the article", false, an, &errs),
			Pos:       at(file, an),
		}
	}
	for _, en := range list(file, m, "entities", "the document", &errs) {
		em := mapping(file, en, "an entity", entityKeys, &errs)
		if em == nil {
			continue
		}
		e := entitySpec{
			ID:       scalar(file, em, "id", "the entity", true, en, &errs),
			Kind:     scalar(file, em, "kind", "the entity", true, en, &errs),
			Name:     scalar(file, em, "name", "the entity", true, en, &errs),
			State:    scalar(file, em, "state", "the entity", false, en, &errs),
			Ideology: scalar(file, em, "ideology", "the entity", false, en, &errs),
			Capital:  scalar(file, em, "capital", "the entity", false, en, &errs),
			Aliases:  strList(file, em, "aliases", "the entity", &errs),
			Demonyms: strList(file, em, "demonyms", "the entity", &errs),
			Pos:      at(file, en),
		}
		for _, rn := range list(file, em, "roles", "the entity", &errs) {
			if rm := mapping(file, rn, "a role", roleKeys, &errs); rm != nil {
				e.Roles = append(e.Roles, roleSpec{
					Title: scalar(file, rm, "title", "the role", true, rn, &errs),
					Of:    scalar(file, rm, "of", "the role", true, rn, &errs),
					From:  scalar(file, rm, "from", "the role", false, rn, &errs),
					To:    scalar(file, rm, "to", "the role", false, rn, &errs),
					Pos:   at(file, rn),
				})
			}
		}
		for _, rn := range list(file, em, "rules", "the entity", &errs) {
			if rm := mapping(file, rn, "a term of rule", ruleKeys, &errs); rm != nil {
				e.Rules = append(e.Rules, roleSpec{
					From: scalar(file, rm, "from", "the term", false, rn, &errs),
					To:   scalar(file, rm, "to", "the term", false, rn, &errs),
					Pos:  at(file, rn),
				})
			}
		}
		d.Entities = append(d.Entities, e)
	}
	if _, ok := m["facts"]; !ok {
		errs = append(errs, graph.Errorf(graph.EINVALID, at(file, root), "the document has no facts: list what the article reports under facts:"))
	} else {
		for _, n := range list(file, m, "facts", "the document", &errs) {
			fm := mapping(file, n, "a fact", factKeys, &errs)
			if fm == nil {
				continue
			}
			f := factSpec{
				Subject:    scalar(file, fm, "subject", "the fact", true, n, &errs),
				Relation:   scalar(file, fm, "relation", "the fact", true, n, &errs),
				Object:     scalar(file, fm, "object", "the fact", true, n, &errs),
				Date:       scalar(file, fm, "date", "the fact", false, n, &errs),
				Quote:      scalar(file, fm, "quote", "the fact", false, n, &errs),
				Note:       scalar(file, fm, "note", "the fact", false, n, &errs),
				Count:      1,
				Confidence: 1,
				Pos:        at(file, n),
			}
			if c, ok := fm["count"]; ok {
				v, err := strconv.ParseInt(strings.TrimSpace(c.Value), 10, 64)
				switch {
				case c.Kind == yaml.ScalarNode && errors.Is(err, strconv.ErrRange) && !strings.HasPrefix(strings.TrimSpace(c.Value), "-"),
					err == nil && v > MaxCount:
					errs = append(errs, graph.Errorf(graph.EINVALID, at(file, c), "count %s is too large: one article reports one event at most %d times", strings.TrimSpace(c.Value), MaxCount))
				case c.Kind != yaml.ScalarNode || err != nil:
					errs = append(errs, graph.Errorf(graph.EINVALID, at(file, c), "count must be a whole number of reports (1 or more), not %s", describe(c)))
				case v < 1:
					errs = append(errs, graph.Errorf(graph.EINVALID, at(file, c), "count is %d; it must be 1 or more (leave it out for a single report)", v))
				default:
					f.Count = int(v)
				}
			}
			if c, ok := fm["confidence"]; ok {
				v, err := strconv.ParseFloat(strings.TrimSpace(c.Value), 64)
				switch {
				case c.Kind != yaml.ScalarNode || err != nil:
					errs = append(errs, graph.Errorf(graph.EINVALID, at(file, c), "confidence must be a number between 0 and 1, not %s", describe(c)))
				case v < 0 || v > 1 || v != v:
					errs = append(errs, graph.Errorf(graph.EINVALID, at(file, c), "confidence is %s; it must be between 0 and 1", c.Value))
				default:
					f.Confidence = v
				}
			}
			d.Facts = append(d.Facts, f)
		}
	}
	return d, errs
}
