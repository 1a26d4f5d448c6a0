// Package synth builds synthetic alignment graphs of any size for the Neo4j
// store's crash test and benchmark.
package synth

import (
	"fmt"
	"math/rand/v2"

	"github.com/blocgraph/blocgraph/graph"
)

// Sizes of a synthetic graph.
type Sizes struct {
	States, Leaders, Articles, Events int
	Seed                              uint64
}

// Graph builds a deterministic graph: states, leaders who each lead one state
// (LEADS), articles, and events between random states and leaders of random
// vocabulary types and day-precision dates from 2000 to 2024, each reported
// by a random article.
func Graph(sz Sizes) *graph.Graph {
	r := rand.New(rand.NewPCG(sz.Seed, 1))
	g := graph.New()
	must := func(err error) {
		if err != nil {
			panic(err)
		}
	}
	var actors []string
	for i := range sz.States {
		id := stateID(i)
		_, err := g.AddNode(&graph.Node{ID: id, Kind: graph.KindState, Name: fmt.Sprintf("State %d", i), Aliases: []string{fmt.Sprintf("S%d", i)}})
		must(err)
		actors = append(actors, id)
	}
	for i := range sz.Leaders {
		id := fmt.Sprintf("leader-%04d", i)
		_, err := g.AddNode(&graph.Node{ID: id, Kind: graph.KindLeader, Name: fmt.Sprintf("Leader %d", i)})
		must(err)
		if sz.States > 0 {
			_, err = g.AddRelationship(&graph.Relationship{Type: graph.LEADS, From: id, To: stateID(i % sz.States), Title: "President",
				Term: graph.Span{Start: graph.Date{Year: 1990 + i%30, Precision: graph.PrecisionYear}}})
			must(err)
		}
		actors = append(actors, id)
	}
	articles := make([]string, sz.Articles)
	for i := range sz.Articles {
		articles[i] = fmt.Sprintf("article-%05d", i)
		_, err := g.AddNode(&graph.Node{ID: articles[i], Kind: graph.KindArticle, Title: fmt.Sprintf("Report %d", i),
			Published: graph.Date{Year: 2024, Month: 12, Day: 31, Precision: graph.PrecisionDay}, Outlet: "Synthetic Wire"})
		must(err)
	}
	types := graph.Vocabulary()
	for i := 0; i < sz.Events; i++ {
		a := actors[r.IntN(len(actors))]
		b := actors[r.IntN(len(actors))]
		for b == a {
			b = actors[r.IntN(len(actors))]
		}
		rel := types[r.IntN(len(types))]
		cameo, gs := rel.CAMEO, rel.Goldstein
		if rel.Generic {
			cameo, gs = "010", 0
		}
		e := &graph.Event{
			Type: rel.Type, Subject: a, Object: b,
			Date:  graph.Date{Year: 2000 + r.IntN(25), Month: 1 + r.IntN(12), Day: 1 + r.IntN(28), Precision: graph.PrecisionDay},
			Quote: fmt.Sprintf("Event %d was reported.", i),
			CAMEO: cameo, Goldstein: gs, Count: 1 + r.IntN(3), Confidence: 0.5 + float64(r.IntN(6))/10,
			Source: "facts", Ordinal: i,
		}
		if len(articles) > 0 {
			e.Article = articles[r.IntN(len(articles))]
		} else {
			e.SourceRef = fmt.Sprintf("synthetic:%d", i)
		}
		_, _, err := g.AddEvent(e)
		must(err)
	}
	return g
}

func stateID(i int) string {
	const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	return "Z" + string(letters[(i/26)%26]) + string(letters[i%26])
}
