package extract

import (
	"bytes"
	"fmt"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/blocgraph/blocgraph/graph"
	"gopkg.in/yaml.v3"
)

// Article is one input document made ready for coding: its text (what
// quotes are substrings of) and what is known of its publication.
type Article struct {
	File      string     // the path it was read from, "-" for stdin
	ID        string     // from the file name: "kim-diaz-canel-2021"
	Format    string     // "text", "markdown" or "html"
	Title     string     // front matter, <title>, or the first line
	Published graph.Date // front matter, meta tags, a dateline, or inferred
	// PublishedFrom says where Published came from: "front matter",
	// "meta", "dateline", "text" (inferred from the dates the text
	// gives), "flag".
	PublishedFrom string
	URL           string
	Outlet        string
	Author        string // the state an official statement speaks for (free text, resolved later)
	Text          string
}

// InputError is a problem with one input: it names the file and says what
// is wrong, in one line.
type InputError struct {
	File string
	Msg  string
}

func (e *InputError) Error() string { return e.File + ": " + e.Msg }

func inputErr(file, format string, args ...any) *InputError {
	return &InputError{File: file, Msg: fmt.Sprintf(format, args...)}
}

// Read turns the bytes of one article file into an Article: plain text,
// Markdown with YAML front matter, or HTML (by extension, else by content).
// Binary or non-UTF-8 input, empty input, HTML without text and front matter
// that is not YAML are errors that name the file.
func Read(name string, data []byte) (*Article, error) {
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, inputErr(name, "binary file (it contains NUL bytes); extract reads plain text, Markdown or HTML")
	}
	if !utf8.Valid(data) {
		line, col := invalidAt(data)
		return nil, inputErr(name, "not valid UTF-8 at line %d, column %d; save the article as UTF-8", line, col)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, inputErr(name, "the file is empty; there is no article to read")
	}
	a := &Article{File: name, ID: articleID(name)}
	var err error
	switch formatOf(name, data) {
	case "html":
		a.Format = "html"
		err = readHTML(a, data)
	case "markdown":
		a.Format = "markdown"
		err = readMarkdown(a, data)
	default:
		a.Format = "text"
		a.Text = normalizeNewlines(string(data))
	}
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(a.Text) == "" {
		return nil, inputErr(name, "no article text in the %s", a.Format)
	}
	if a.Title == "" {
		a.Title = firstLine(a.Text)
	}
	return a, nil
}

func invalidAt(data []byte) (line, col int) {
	line, col = 1, 1
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size <= 1 {
			return line, col
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		data = data[size:]
	}
	return line, col
}

func formatOf(name string, data []byte) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		return "html"
	case ".md", ".markdown":
		return "markdown"
	case ".txt", ".text":
		return "text"
	}
	head := strings.ToLower(string(bytes.TrimSpace(data[:min(len(data), 512)])))
	switch {
	case strings.HasPrefix(head, "<!doctype html"), strings.HasPrefix(head, "<html"), strings.HasPrefix(head, "<?xml") && strings.Contains(head, "<html"):
		return "html"
	case strings.HasPrefix(head, "---\n"), strings.HasPrefix(head, "---\r\n"):
		return "markdown"
	}
	return "text"
}

var idUnsafe = regexp.MustCompile(`[^a-z0-9]+`)

// articleID is the file name without its extension, as a slug:
// "../shared/seeds/kim-diaz-canel-2021.txt" → "kim-diaz-canel-2021".
func articleID(name string) string {
	if name == "-" || name == "" {
		return "stdin"
	}
	base := filepath.Base(name)
	base = strings.TrimSuffix(base, filepath.Ext(base))
	id := strings.Trim(idUnsafe.ReplaceAllString(strings.ToLower(base), "-"), "-")
	if id == "" {
		return "article"
	}
	return id
}

func normalizeNewlines(s string) string {
	if strings.IndexByte(s, '\r') < 0 {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

func firstLine(s string) string {
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			if len(l) > 200 {
				l = l[:200]
			}
			return l
		}
	}
	return ""
}

// frontMatter holds the keys press-release archives write; unknown keys
// are ignored.
type frontMatter struct {
	Title     string `yaml:"title"`
	Date      string `yaml:"date"`
	Published string `yaml:"published"`
	SourceURL string `yaml:"source_url"`
	URL       string `yaml:"url"`
	Link      string `yaml:"link"`
	Author    string `yaml:"author"`
	Publisher string `yaml:"publisher"`
	Outlet    string `yaml:"outlet"`
	Source    string `yaml:"source"`
}

// readMarkdown splits off the YAML front matter and keeps the body as
// text, with the Markdown marks that are not words (headings, quote marks,
// list bullets, emphasis, link targets) taken out line by line.
func readMarkdown(a *Article, data []byte) error {
	text := normalizeNewlines(string(data))
	body := text
	if strings.HasPrefix(text, "---\n") {
		end := strings.Index(text[4:], "\n---")
		if end < 0 {
			return inputErr(a.File, "front matter opened with --- on line 1 is never closed with a --- line")
		}
		raw := text[4 : 4+end]
		rest := text[4+end+4:]
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			rest = rest[i+1:]
		} else {
			rest = ""
		}
		body = rest
		var fm frontMatter
		var node yaml.Node
		if err := yaml.Unmarshal([]byte(raw), &node); err != nil {
			return inputErr(a.File, "front matter is not YAML: %s", yamlForAnalyst(raw, err))
		}
		if len(node.Content) > 0 && node.Content[0].Kind != yaml.MappingNode {
			return inputErr(a.File, "front matter is not a YAML mapping of keys (title:, date:, source_url: …)")
		}
		if err := node.Decode(&fm); err != nil {
			return inputErr(a.File, "front matter: %s", strings.TrimPrefix(err.Error(), "yaml: "))
		}
		a.Title = strings.TrimSpace(fm.Title)
		a.URL = firstNonEmpty(fm.SourceURL, fm.URL, fm.Link)
		a.Outlet = firstNonEmpty(fm.Outlet, fm.Publisher, fm.Source)
		a.Author = strings.TrimSpace(fm.Author)
		if d := firstNonEmpty(fm.Published, fm.Date); d != "" {
			pd, ok := parseLooseDate(d)
			if !ok {
				return inputErr(a.File, "front matter date %q is not a date (write YYYY-MM-DD)", d)
			}
			a.Published, a.PublishedFrom = pd, "front matter"
		}
	}
	a.Text = stripMarkdown(body)
	return nil
}

// yamlForAnalyst says what is wrong with front matter that is not YAML
// for someone who wrote a few keys by hand, at the line of the file (the
// front matter starts on line 2): the parser's "line 2: found unexpected
// end of stream" counts from the front matter and names where the text
// ran out, not the quote or bracket left open further up.
func yamlForAnalyst(raw string, err error) string {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 1 // the parser names no line for the front matter's first
	if m := yamlLineRe.FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = m[2]
	}
	lines := strings.Split(raw, "\n")
	closing := len(lines) + 2 // the file's line of the closing ---
	at := func(l int) string {
		if l < 1 || l > len(lines) {
			return fmt.Sprintf("line %d", l+1)
		}
		return fmt.Sprintf("line %d (%s)", l+1, strings.TrimSpace(lines[l-1]))
	}
	if strings.Contains(msg, "unexpected end of stream") || strings.Contains(msg, "did not find expected") {
		if l, what := unclosedAt(lines); l > 0 {
			return fmt.Sprintf("%s opens %s that is not closed before the --- on line %d", at(l), what, closing)
		}
		return fmt.Sprintf("%s: a quote or bracket is not closed before the --- on line %d", at(line), closing)
	}
	for _, r := range []struct{ parser, analyst string }{
		{"mapping values are not allowed", "a second \"key:\" on one line or a line that is not \"key: value\" (quote a value that holds a colon)"},
		{"could not find expected ':'", "a line that is not \"key: value\""},
		{"tab character", "a tab: indent with spaces"},
		{"cannot start any token", "a character YAML does not allow at the start of a value (quote the value)"},
	} {
		if strings.Contains(msg, r.parser) {
			return at(line) + ": " + r.analyst
		}
	}
	return at(line) + ": " + msg
}

var yamlLineRe = regexp.MustCompile(`^line (\d+): (.*)$`)

// unclosedAt finds the front matter's line (from 1) that opens a quote or
// bracket never closed, and names it; 0 when there is none.
func unclosedAt(lines []string) (int, string) {
	var stack []rune
	var from []int
	for i, ln := range lines {
		rs := []rune(ln)
		for j := 0; j < len(rs); j++ {
			c := rs[j]
			top := rune(0)
			if len(stack) > 0 {
				top = stack[len(stack)-1]
			}
			switch {
			case top == '"':
				if c == '\\' {
					j++
				} else if c == '"' {
					stack, from = stack[:len(stack)-1], from[:len(from)-1]
				}
			case top == '\'':
				if c == '\'' && j+1 < len(rs) && rs[j+1] == '\'' {
					j++
				} else if c == '\'' {
					stack, from = stack[:len(stack)-1], from[:len(from)-1]
				}
			case c == '#' && (j == 0 || rs[j-1] == ' '):
				j = len(rs) // a comment
			case c == '"' || c == '\'':
				// a quote opens a value only at its start: "it's" is a word
				if prev := strings.TrimSpace(string(rs[:j])); prev == "" || strings.HasSuffix(prev, ":") || strings.HasSuffix(prev, "-") || strings.HasSuffix(prev, "[") || strings.HasSuffix(prev, "{") || strings.HasSuffix(prev, ",") {
					stack, from = append(stack, c), append(from, i+1)
				}
			case c == '[' || c == '{':
				stack, from = append(stack, c), append(from, i+1)
			case (c == ']' && top == '[') || (c == '}' && top == '{'):
				stack, from = stack[:len(stack)-1], from[:len(from)-1]
			}
		}
	}
	if len(stack) == 0 {
		return 0, ""
	}
	names := map[rune]string{'"': "a quote (\")", '\'': "a quote (')", '[': "a bracket ([)", '{': "a brace ({)"}
	return from[0], names[stack[0]]
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x = strings.TrimSpace(x); x != "" {
			return x
		}
	}
	return ""
}

var (
	mdLink    = regexp.MustCompile(`!?\[([^\]]*)\]\([^)]*\)`)
	mdHeading = regexp.MustCompile(`^\s{0,3}#{1,6}\s+`)
	mdQuote   = regexp.MustCompile(`^\s{0,3}(>\s?)+`)
	mdBullet  = regexp.MustCompile(`^\s{0,3}([-*+]|\d+[.)])\s+`)
	mdRule    = regexp.MustCompile(`^\s{0,3}([-*_]\s*){3,}$`)
)

// stripMarkdown removes Markdown marks per line; a line that was only a
// mark (a lone ">" or a rule) becomes empty, a paragraph break.
func stripMarkdown(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lead := strings.TrimLeft(l, " ")
		if lead == "" {
			continue
		}
		// the expressions run only where a mark can be: most lines are prose
		switch lead[0] {
		case '-', '*', '_':
			if mdRule.MatchString(l) {
				lines[i] = ""
				continue
			}
			l = mdBullet.ReplaceAllString(l, "")
		case '>':
			l = mdQuote.ReplaceAllString(l, "")
		case '#':
			l = mdHeading.ReplaceAllString(l, "")
		case '+', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
			l = mdBullet.ReplaceAllString(l, "")
		}
		if strings.Contains(l, "](") {
			l = mdLink.ReplaceAllString(l, "$1")
		}
		if strings.Contains(l, "**") || strings.Contains(l, "__") || strings.Contains(l, "`") {
			l = stripEmphasis(l)
		}
		lines[i] = strings.TrimRight(l, " \t")
	}
	return strings.Join(lines, "\n")
}

// stripEmphasis drops Markdown's bold marks and code backticks, but not a
// backtick typed for an apostrophe ("Azerbaijan`s Ministry"): one between a
// letter and a closing s is kept, and the tokeniser reads it as "'s".
func stripEmphasis(l string) string {
	var b strings.Builder
	for i := 0; i < len(l); i++ {
		switch {
		case (l[i] == '*' || l[i] == '_') && i+1 < len(l) && l[i+1] == l[i]:
			i++
		case l[i] == '`' && !(i > 0 && isLetterByte(l[i-1]) && i+1 < len(l) && (l[i+1] == 's' || l[i+1] == 'S') && (i+2 == len(l) || !isWordByte(l[i+2]))):
		default:
			b.WriteByte(l[i])
		}
	}
	return b.String()
}

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

var monthNames = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

var (
	isoDateRE   = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})`)
	usDateRE    = regexp.MustCompile(`^(\d{1,2})/(\d{1,2})/(\d{4})\b`)
	mdyDateRE   = regexp.MustCompile(`(?i)^([a-z]+)\.?\s+(\d{1,2}),?\s*(\d{4})$`)
	dmyDateRE   = regexp.MustCompile(`(?i)^(\d{1,2})\s+([a-z]+)\.?,?\s+(\d{4})$`)
	onlyYearRE  = regexp.MustCompile(`^\d{4}$`)
	yearMonthRE = regexp.MustCompile(`^(\d{4})-(\d{2})$`)
)

// parseLooseDate reads the dates archives write: 2021-09-17,
// 2025-08-28T16:05:00+01:00, 01/08/2022 (US order), September 17, 2021,
// 17 September 2021.
func parseLooseDate(s string) (graph.Date, bool) {
	s = strings.TrimSpace(s)
	if m := isoDateRE.FindStringSubmatch(s); m != nil {
		return dayDate(atoi(m[1]), atoi(m[2]), atoi(m[3]))
	}
	if m := usDateRE.FindStringSubmatch(s); m != nil {
		return dayDate(atoi(m[3]), atoi(m[1]), atoi(m[2]))
	}
	if m := mdyDateRE.FindStringSubmatch(s); m != nil {
		if mo, ok := monthNames[strings.ToLower(m[1])]; ok {
			return dayDate(atoi(m[3]), mo, atoi(m[2]))
		}
	}
	if m := dmyDateRE.FindStringSubmatch(s); m != nil {
		if mo, ok := monthNames[strings.ToLower(m[2])]; ok {
			return dayDate(atoi(m[3]), mo, atoi(m[1]))
		}
	}
	if t, err := time.Parse(time.RFC1123Z, s); err == nil {
		return dayDate(t.Year(), int(t.Month()), t.Day())
	}
	if t, err := time.Parse(time.RFC1123, s); err == nil {
		return dayDate(t.Year(), int(t.Month()), t.Day())
	}
	return graph.Date{}, false
}

func dayDate(y, m, d int) (graph.Date, bool) {
	if y < 1000 || m < 1 || m > 12 || d < 1 || d > 31 {
		return graph.Date{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return graph.Date{}, false
	}
	return graph.Date{Year: y, Month: m, Day: d, Precision: graph.PrecisionDay}, true
}

// atoi reads a string of digits; anything else is 0.
func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return 0
	}
	return n
}
