package html

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"math"
	"net/url"
	"strconv"
	"strings"

	"github.com/blocgraph/blocgraph/graph/encoding/brief"
	"github.com/blocgraph/blocgraph/graph/encoding/svg"
)

var (
	//go:embed page.tmpl
	pageTemplate string
	//go:embed style.css
	styleSheet string
	//go:embed sort.js
	sortScript string
)

// Options tune the page.
type Options struct {
	LayoutSeed uint64 // the blocs picture's layout seed (svg.Options.Seed)
}

// CSP is the page's Content Security Policy: nothing may be fetched, and
// only the page's own style sheet and script (by their SHA-256) may apply
// or run; an injected <script> or style would be refused.
func CSP() string { return csp }

var csp = "default-src 'none'; style-src " + hash(styleSheet) + "; script-src " + hash(sortScript) +
	"; img-src data:; font-src data:; base-uri 'none'; form-action 'none'"

func hash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}

// page is what the template reads.
type page struct {
	B               *brief.Briefing
	CSP             string
	CSS             template.CSS
	JS              template.JS
	Level           string        // "state", "actor", "node"
	Levels          string        // its plural
	LevelCap        string        // "State"
	LevelsCap       string        // "States"
	Picture         template.HTML // our SVG renderer's output, escaped by it
	TimelinePicture template.HTML
}

// articleRef is how evidence cites an article: its anchor in the sources
// list, its title, and its address when it is an http or https URL.
type articleRef struct {
	Anchor, Title, Href string
}

// Encode writes b to w as one self-contained HTML page.
func Encode(w io.Writer, b *brief.Briefing, opt Options) error {
	b = visible(b)
	p := &page{B: b, CSP: csp, CSS: template.CSS(styleSheet), JS: template.JS(sortScript), Level: cmpOr(b.Level, "state")}
	p.Levels = p.Level + "s"
	p.LevelCap, p.LevelsCap = upperFirst(p.Level), upperFirst(p.Levels)
	colors := map[int]string{}
	if b.Graph != nil {
		sub := b.Subtitle
		if b.PictureNote != "" {
			sub += "; " + b.PictureNote // as render has it: the legend is no finding
		}
		pic, err := svg.Lay(visibleGraph(b.Graph), svg.Options{Title: b.Title, Subtitle: sub, Seed: opt.LayoutSeed})
		if err != nil {
			return err
		}
		var buf bytes.Buffer
		if err := pic.Encode(&buf); err != nil {
			return err
		}
		p.Picture = template.HTML(inlineSVG(buf.Bytes(), "blocs-"))
		colors = pic.BlocColors()
	}
	if b.Timeline != nil && b.Timeline.Picture != nil && len(b.Timeline.Picture.Rows) > 0 {
		var buf bytes.Buffer
		if err := svg.RenderTimeline(&buf, b.Timeline.Picture, svg.TimelineOptions{Title: "Blocs over time", Subtitle: b.Timeline.Summary}); err != nil {
			return err
		}
		p.TimelinePicture = template.HTML(inlineSVG(buf.Bytes(), "timeline-"))
	}
	articles := map[string]articleRef{}
	for i, a := range b.Articles {
		articles[a.ID] = articleRef{Anchor: "art-" + strconv.Itoa(i+1), Title: a.Title, Href: safeURL(a.URL)}
	}
	t, err := template.New("page").Funcs(template.FuncMap{
		"article": func(id string) articleRef {
			if a, ok := articles[id]; ok {
				return a
			}
			return articleRef{Title: id}
		},
		"href": safeURL,
		// count says n of a noun, singular for one: "1 event", "3 events".
		"count": func(n int, one, many string) string {
			if n == 1 {
				return "1 " + one
			}
			return strconv.Itoa(n) + " " + many
		},
		"swatch": func(bloc int) template.HTML {
			c, ok := colors[bloc]
			if !ok {
				c = svg.NoBlocColor
			}
			// c is one of the renderer's own #rrggbb colours.
			return template.HTML(`<svg class="sw" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false"><rect width="12" height="12" rx="2" fill="` + template.HTMLEscapeString(c) + `"/></svg>`)
		},
		"dict": func(kv ...any) map[string]any {
			m := map[string]any{}
			for i := 0; i+1 < len(kv); i += 2 {
				m[kv[i].(string)] = kv[i+1]
			}
			return m
		},
		"inc":    func(i int) int { return i + 1 },
		"num":    func(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) },
		"f1":     func(v float64) string { return fixed(v, 1) },
		"f2":     func(v float64) string { return fixed(v, 2) },
		"f3":     func(v float64) string { return fixed(v, 3) },
		"f4":     func(v float64) string { return fixed(v, 4) },
		"signed": func(v float64) string { return fmt.Sprintf("%+.1f", zero(v)) },
		"sign": func(v float64) string {
			switch {
			case v > 0:
				return "pos"
			case v < 0:
				return "neg"
			}
			return ""
		},
	}).Parse(pageTemplate)
	if err != nil {
		return err
	}
	return t.Execute(w, p)
}

func fixed(v float64, prec int) string { return strconv.FormatFloat(zero(v), 'f', prec, 64) }

// zero turns -0 (and values that round to it) into 0, so that no "-0.0"
// is printed.
func zero(v float64) float64 {
	if math.Abs(v) < 5e-5 {
		return 0
	}
	return v
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// inlineSVG readies an SVG document of our renderer for a place in the
// page: the XML declaration, which has no place inside HTML, goes, and its
// ids (and the url(#…) references to them) take prefix, so that two
// pictures in one page keep theirs apart.
func inlineSVG(b []byte, prefix string) []byte {
	if bytes.HasPrefix(b, []byte("<?xml")) {
		if i := bytes.Index(b, []byte("?>")); i >= 0 {
			b = bytes.TrimLeft(b[i+2:], "\n")
		}
	}
	b = bytes.ReplaceAll(b, []byte(` id="`), []byte(` id="`+prefix))
	return bytes.ReplaceAll(b, []byte(`url(#`), []byte(`url(#`+prefix))
}

// safeURL returns s when it is an absolute http or https URL with a host,
// else "": the page links to nothing else (no javascript:, data: or file:
// addresses, whatever a facts file says).
func safeURL(s string) string {
	s = strings.TrimSpace(s)
	u, err := url.Parse(s)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return ""
	}
	return u.String()
}

// upperFirst capitalises a word of the vocabulary of nodes ("state").
func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
