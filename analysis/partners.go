package analysis

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/blocgraph/blocgraph/graph"
)

// EventRef is one event behind a partnership, for the analyst to check.
type EventRef struct {
	Date     string `json:"date"`
	Relation string `json:"relation"`
	// Phrase is how a sentence says the relation: the vocabulary's phrase
	// ("congratulated"), for a dyadic file's row its sign ("had a positive
	// relation with"), for a dataset's event of no type its CAMEO code.
	Phrase  string  `json:"phrase"`
	Subject string  `json:"subject"` // names as the events give them
	Object  string  `json:"object"`
	Count   int     `json:"count"`
	Weight  float64 `json:"weight"`
	Article string  `json:"article,omitempty"`
	Quote   string  `json:"quote,omitempty"`
	Source  string  `json:"source,omitempty"`
}

// Partner is a state's relation with one counterpart, both directions summed.
type Partner struct {
	ID          string     `json:"id"`
	Name        string     `json:"name"`
	Net         float64    `json:"net"`
	Cooperation float64    `json:"cooperation"`
	Conflict    float64    `json:"conflict"`
	Reports     int        `json:"reports"`
	Events      []EventRef `json:"events"` // by date: all of them, or the first of a fold's evidence
	NumEvents   int        `json:"-"`      // the events behind the partnership, all of them
	// Ruling is how the partner was ruled on the date of its latest event
	// (RulingOf); Partners leaves it for the caller, who has the reference
	// data, to fill.
	Ruling Ruling `json:"ruling"`
	// Standing is the partner's when it was no sovereign state, or not
	// throughout, in the window or period (NodeResult.Standing's words),
	// as the caller sets it (partners --timeline); "" otherwise.
	Standing string `json:"standing,omitempty"`
}

// Partners lists the allies (net cooperation > 0, strongest first) and
// adversaries (net < 0, strongest first) of node id in the projection.
func Partners(p *Projection, id string, names func(nodeID string) string) (allies, adversaries []Partner, err error) {
	if names == nil {
		names = p.Name
	}
	if _, ok := p.Index[id]; !ok {
		return nil, nil, fmt.Errorf("no event in the window involves %s", names(id))
	}
	by := partnersOf(p, id, names)
	for _, pa := range by {
		switch {
		case pa.Net > 0:
			allies = append(allies, *pa)
		case pa.Net < 0:
			adversaries = append(adversaries, *pa)
		}
	}
	sort.Slice(allies, func(i, j int) bool {
		if allies[i].Net != allies[j].Net {
			return allies[i].Net > allies[j].Net
		}
		return allies[i].ID < allies[j].ID
	})
	sort.Slice(adversaries, func(i, j int) bool {
		if adversaries[i].Net != adversaries[j].Net {
			return adversaries[i].Net < adversaries[j].Net
		}
		return adversaries[i].ID < adversaries[j].ID
	})
	return allies, adversaries, nil
}

// partnersOf sums the pairs of node id with each counterpart, both
// directions, with their events by date.
func partnersOf(p *Projection, id string, names func(nodeID string) string) map[string]*Partner {
	by := map[string]*Partner{}
	for _, pr := range p.Pairs {
		other := ""
		switch id {
		case pr.From:
			other = pr.To
		case pr.To:
			other = pr.From
		default:
			continue
		}
		pa := by[other]
		if pa == nil {
			pa = &Partner{ID: other, Name: p.Name(other)}
			by[other] = pa
		}
		pa.Cooperation += pr.Cooperation
		pa.Conflict += pr.Conflict
		pa.Reports += pr.Reports
		pa.NumEvents += pr.NumEvents
		for _, e := range pr.Events {
			if mirrored(e) && slices.ContainsFunc(pa.Events, func(r EventRef) bool { return r.Source == e.SourceRef }) {
				pa.NumEvents-- // a dyadic row counts both ways: list it once
				continue
			}
			pa.Events = append(pa.Events, refOf(e, e.Weight(), names))
		}
	}
	for _, pa := range by {
		pa.Net = pa.Cooperation - pa.Conflict
		sort.SliceStable(pa.Events, func(i, j int) bool { return pa.Events[i].Date < pa.Events[j].Date })
	}
	return by
}

// refOf is event e of weight w as the analyst reads it: its date (an event
// over a window: the window, "1946-1949"), names, article and quote.
func refOf(e *graph.Event, w float64, names func(nodeID string) string) EventRef {
	date := e.Date.String()
	if !e.End.IsZero() {
		date = PeriodLabel(e.Span())
	}
	return EventRef{Date: date, Relation: e.Type, Phrase: eventPhrase(e), Subject: names(e.Subject), Object: names(e.Object),
		Count: e.Count, Weight: w, Article: e.Article, Quote: closeQuotes(e.Quote), Source: e.SourceRef}
}

// closeQuotes closes a quotation a quote opens and does not close, as the
// sentence cut from its article can ('… as “a valuable asset.'): shown
// within quotation marks, it left a stray mark ('“Xi … as “a valuable
// asset.”'). The closing mark is added at the end.
func closeQuotes(q string) string {
	if n := strings.Count(q, "“") - strings.Count(q, "”"); n > 0 {
		q += strings.Repeat("”", n)
	}
	if strings.Count(q, "\"")%2 == 1 {
		q += "\""
	}
	return q
}

// eventPhrase is how a sentence says what e's subject did to its object.
// A dyadic file's row (the COW signed networks' alliance or dispute of a
// window) is no act: "Germany had a positive relation with United States",
// not "Germany acted toward United States"; a dataset's event whose CAMEO
// code no relation names gives its code.
func eventPhrase(e *graph.Event) string {
	if e.Type != graph.GenericType {
		return graph.PhraseOf(e.Type)
	}
	switch {
	case e.Source == sourceDyadic && e.Goldstein > 0:
		return "had a positive relation with"
	case e.Source == sourceDyadic && e.Goldstein < 0:
		return "had a negative relation with"
	case e.CAMEO != "":
		return "acted (CAMEO " + e.CAMEO + ") toward"
	}
	return graph.PhraseOf(e.Type)
}

// Said is the phrase of r: its Phrase, else its relation type's.
func (r EventRef) Said() string {
	if r.Phrase != "" {
		return r.Phrase
	}
	return graph.PhraseOf(r.Relation)
}

// mirrored reports whether e is one of the two events of an undirected
// dyadic row (the same SourceRef, one each way).
func mirrored(e *graph.Event) bool { return e.Source == sourceDyadic && e.SourceRef != "" }

// sourceDyadic is loader.FormatDyadic, the Source of a dyadic file's events.
const sourceDyadic = "dyadic"
