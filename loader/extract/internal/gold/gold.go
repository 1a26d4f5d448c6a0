// Package gold reads the hand-annotated gold facts files that score
// blocgraph extract (testdata/gold/*.facts and the seed's facts file):
// state-level (subject, relation, object) triples per article. It is
// shared by scripts/eval-extract and scripts/extract-calibrate.
package gold

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/loader"
)

// Triple is a state-level fact: subject state, relation type, object state.
type Triple struct{ S, T, O string }

func (x Triple) String() string { return x.S + " " + x.T + " " + x.O }

// Symmetric relations: A met B is B met A.
var Symmetric = map[string]bool{"MET": true, "SIGNED_AGREEMENT": true}

// Norm orders the two sides of a symmetric triple.
func Norm(x Triple) Triple {
	if Symmetric[x.T] && x.O < x.S {
		x.S, x.O = x.O, x.S
	}
	return x
}

// Doc is the gold of one article.
type Doc struct {
	ID      string
	Facts   []Triple // every fact as written (with its count)
	Quotes  map[Triple]string
	Triples map[Triple]bool
}

// Read reads gold files and folders (*.facts, *.yaml): one Doc per
// article, articles with no fact included.
func Read(paths []string) ([]Doc, error) {
	var files []string
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if !st.IsDir() {
			files = append(files, p)
			continue
		}
		m, _ := filepath.Glob(filepath.Join(p, "*.facts"))
		m2, _ := filepath.Glob(filepath.Join(p, "*.yaml"))
		files = append(files, append(m, m2...)...)
	}
	sort.Strings(files)
	var out []Doc
	for _, f := range files {
		g, err := loader.LoadFacts([]string{f}, loader.Options{})
		if err != nil {
			return nil, fmt.Errorf("gold %s: %v", f, err)
		}
		byArticle := map[string]*Doc{}
		var order []string
		for _, e := range g.Events() {
			d := byArticle[e.Article]
			if d == nil {
				d = &Doc{ID: e.Article, Quotes: map[Triple]string{}, Triples: map[Triple]bool{}}
				byArticle[e.Article] = d
				order = append(order, e.Article)
			}
			s, _ := g.StateOf(e.Subject, e.Date)
			o, _ := g.StateOf(e.Object, e.Date)
			t := Norm(Triple{s, e.Type, o})
			for i := 0; i < max(1, e.Count); i++ {
				d.Facts = append(d.Facts, t)
			}
			d.Triples[t] = true
			if _, ok := d.Quotes[t]; !ok {
				d.Quotes[t] = e.Quote
			}
		}
		// articles with no gold fact still count (every prediction a false alarm)
		for _, n := range g.Nodes() {
			if n.Kind == graph.KindArticle && byArticle[n.ID] == nil {
				byArticle[n.ID] = &Doc{ID: n.ID, Quotes: map[Triple]string{}, Triples: map[Triple]bool{}}
				order = append(order, n.ID)
			}
		}
		for _, id := range order {
			out = append(out, *byArticle[id])
		}
	}
	return out, nil
}
