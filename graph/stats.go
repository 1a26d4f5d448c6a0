package graph

import "math"

// Summary counts what a graph holds: nodes by label, relationships by type,
// the span of its event dates, and its articles.
type Summary struct {
	Nodes         map[string]int   `json:"nodes"`
	NodesTotal    int              `json:"nodes_total"`
	Relationships map[string]int   `json:"relationships"`
	Events        int              `json:"events"`
	Structural    int              `json:"structural"`
	Reports       int              `json:"reports"` // events weighted by count
	FirstDate     string           `json:"first_date,omitempty"`
	LastDate      string           `json:"last_date,omitempty"`
	Articles      []ArticleSummary `json:"articles"`
}

// ArticleSummary is one article and how many events it reports.
type ArticleSummary struct {
	ID        string `json:"id"`
	Title     string `json:"title,omitempty"`
	Published string `json:"published,omitempty"`
	Events    int    `json:"events"`
}

// Summarize counts g.
func Summarize(g *Graph) Summary {
	s := Summary{Nodes: map[string]int{}, Relationships: map[string]int{}, Articles: []ArticleSummary{}}
	for _, k := range Kinds() {
		s.Nodes[string(k)] = 0
	}
	perArticle := map[string]int{}
	var first, last Date
	for _, e := range g.Events() {
		s.Relationships[e.Type]++
		s.Events++
		s.Reports = AddCounts(s.Reports, e.Count)
		perArticle[e.Article]++
		if first.IsZero() || e.Date.Compare(first) < 0 {
			first = e.Date
		}
		if last.IsZero() || e.Date.Compare(last) > 0 {
			last = e.Date
		}
	}
	s.FirstDate, s.LastDate = first.String(), last.String()
	for _, r := range g.Relationships() {
		s.Relationships[r.Type]++
		s.Structural++
	}
	for _, n := range g.Nodes() {
		s.Nodes[string(n.Kind)]++
		s.NodesTotal++
		if n.Kind == KindArticle {
			s.Articles = append(s.Articles, ArticleSummary{ID: n.ID, Title: n.Title, Published: n.Published.String(), Events: perArticle[n.ID]})
		}
	}
	return s
}

// AddCounts adds two counts of reports (≥ 0), saturating at the largest int
// instead of overflowing into a negative number.
func AddCounts(a, b int) int {
	if b > math.MaxInt-a {
		return math.MaxInt
	}
	return a + b
}
