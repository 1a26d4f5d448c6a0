package extract

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// skipped elements hold no article text: code, styling, navigation and
// page furniture.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Svg: true,
	atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Form: true,
	atom.Button: true, atom.Select: true, atom.Iframe: true, atom.Object: true, atom.Canvas: true,
	atom.Head: true, atom.Menu: true,
}

// block elements end a paragraph.
var block = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true,
	atom.H6: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Blockquote: true, atom.Section: true,
	atom.Article: true, atom.Main: true, atom.Table: true, atom.Tr: true, atom.Td: true, atom.Th: true,
	atom.Br: true, atom.Hr: true, atom.Pre: true, atom.Dd: true, atom.Dt: true, atom.Figcaption: true,
	atom.Figure: true, atom.Address: true, atom.Body: true,
}

// navClass marks containers that are navigation by their class or id even
// when they are plain divs (id="nav", class="menu", "breadcrumb", …).
func navClass(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" && a.Key != "role" {
			continue
		}
		v := strings.ToLower(a.Val)
		for _, w := range []string{"nav", "menu", "breadcrumb", "footer", "header", "skip-link", "cookie", "share", "sidebar"} {
			for _, f := range strings.FieldsFunc(v, func(r rune) bool { return r == ' ' || r == '-' || r == '_' }) {
				if f == w {
					return true
				}
			}
			if v == w {
				return true
			}
		}
	}
	return false
}

// readHTML parses the page with golang.org/x/net/html: the title and date
// from <title> and meta tags, the text from the article body (<article>,
// else <main>, else <body>), paragraphs separated by blank lines.
func readHTML(a *Article, data []byte) error {
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return inputErr(a.File, "cannot parse the HTML: %v", err)
	}
	var title string
	var metaDate, metaURL, metaAuthor, metaSite string
	var articles, mains []*html.Node
	var bodyNode *html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Title:
				if title == "" {
					title = strings.Join(strings.Fields(textOf(n)), " ")
				}
			case atom.Meta:
				key, content := "", ""
				for _, at := range n.Attr {
					switch at.Key {
					case "name", "property", "itemprop":
						key = strings.ToLower(at.Val)
					case "content":
						content = at.Val
					}
				}
				switch key {
				case "date", "dcterms.date", "dc.date", "article:published_time", "og:published_time", "pubdate",
					"publish-date", "publication_date", "datepublished", "govuk:first-published-at", "dc.date.issued":
					if metaDate == "" {
						metaDate = content
					}
				case "og:url", "dc.identifier":
					if metaURL == "" {
						metaURL = content
					}
				case "author", "dc.creator", "dc.publisher":
					if metaAuthor == "" {
						metaAuthor = content
					}
				case "og:site_name":
					metaSite = content
				}
			case atom.Link:
				rel, href := "", ""
				for _, at := range n.Attr {
					switch at.Key {
					case "rel":
						rel = at.Val
					case "href":
						href = at.Val
					}
				}
				if rel == "canonical" && metaURL == "" {
					metaURL = href
				}
			case atom.Article:
				articles = append(articles, n)
			case atom.Main:
				mains = append(mains, n)
			case atom.Body:
				bodyNode = n
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	var roots []*html.Node
	switch {
	case len(articles) > 0:
		roots = articles
	case len(mains) > 0:
		roots = mains
	case bodyNode != nil:
		roots = []*html.Node{bodyNode}
	default:
		roots = []*html.Node{doc}
	}
	var b strings.Builder
	for _, r := range roots {
		renderText(&b, r)
		b.WriteString("\n\n")
	}
	a.Text = tidyParagraphs(b.String())
	if strings.TrimSpace(a.Text) == "" {
		return inputErr(a.File, "the HTML has no article text (only scripts, styles or navigation)")
	}
	a.Title = strings.TrimSuffix(strings.TrimSpace(title), " - GOV.UK")
	if i := strings.Index(a.Title, " | "); i > 0 {
		if metaSite == "" {
			metaSite = strings.TrimSpace(a.Title[i+3:])
		}
		a.Title = strings.TrimSpace(a.Title[:i])
	}
	a.URL = metaURL
	a.Outlet = metaSite
	a.Author = ""
	if metaDate != "" {
		if d, ok := parseLooseDate(metaDate); ok {
			a.Published, a.PublishedFrom = d, "meta"
		}
	}
	_ = metaAuthor
	return nil
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var f func(*html.Node)
	f = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			f(c)
		}
	}
	f(n)
	return b.String()
}

// renderText writes the visible text under n: inline text runs joined,
// whitespace collapsed, a blank line at every block boundary.
func renderText(b *strings.Builder, n *html.Node) {
	switch n.Type {
	case html.TextNode:
		b.WriteString(n.Data)
		return
	case html.CommentNode, html.DoctypeNode:
		return
	case html.ElementNode:
		if skipped[n.DataAtom] || navClass(n) {
			return
		}
		if n.DataAtom == atom.A {
			// keep link text, but never the bare link lists of menus
		}
	}
	isBlock := n.Type == html.ElementNode && block[n.DataAtom]
	if isBlock {
		b.WriteString("\n\n")
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		renderText(b, c)
	}
	if isBlock {
		b.WriteString("\n\n")
	}
}

// tidyParagraphs collapses the whitespace inside each paragraph and keeps
// one blank line between paragraphs.
func tidyParagraphs(s string) string {
	var paras []string
	for _, p := range strings.Split(s, "\n\n") {
		p = strings.Join(strings.Fields(p), " ")
		if p != "" {
			paras = append(paras, p)
		}
	}
	return strings.Join(paras, "\n\n")
}
