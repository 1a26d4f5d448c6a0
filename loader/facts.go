package loader

import (
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/loader/gazetteer"
)

// Options tune a load.
type Options struct {
	// Gazetteer resolves names; nil means the built-in gazetteer.Default().
	Gazetteer *gazetteer.Gazetteer
	// Stdin is read for the path "-"; nil means os.Stdin.
	Stdin io.Reader
	// Dataset tunes the reading of event datasets (GDELT, ICEWS) by Load.
	Dataset DatasetOptions
}

func (o Options) gazetteer() *gazetteer.Gazetteer {
	if o.Gazetteer != nil {
		return o.Gazetteer
	}
	return gazetteer.Default()
}

// LoadFacts reads facts files and folders of them into one graph: Load with
// every input read as a facts file. It returns either the whole graph or
// every problem found (a graph.ErrorList), never a partial graph.
func LoadFacts(paths []string, opt Options) (*graph.Graph, error) {
	opt.Dataset.Format = FormatFacts
	g, _, err := Load(paths, opt)
	if err != nil {
		return nil, err
	}
	return g, nil
}

// ReadFacts is LoadFacts on inputs already read.
func ReadFacts(inputs []Input, opt Options) (*graph.Graph, error) {
	g, _, err := readFacts(inputs, opt)
	return g, err
}

// readFacts also returns warnings: facts that load but deserve a look, such
// as a leader dated outside every term the gazetteer knows.
func readFacts(inputs []Input, opt Options) (*graph.Graph, graph.ErrorList, error) {
	var docs []factsDoc
	var errs graph.ErrorList
	for _, in := range inputs {
		d, e := parseFacts(in)
		docs = append(docs, d...)
		errs = append(errs, e...)
	}
	z := opt.gazetteer().With()
	errs = append(errs, addEntities(z, docs)...)
	g := graph.New()
	articles := map[string]pos{}
	var warnings graph.ErrorList
	for _, d := range docs {
		errs = append(errs, buildDoc(g, z, d, articles, &warnings)...)
	}
	if len(errs) > 0 {
		sortErrors(errs)
		return nil, nil, errs
	}
	sortErrors(warnings)
	return g, warnings, nil
}

func sortErrors(errs graph.ErrorList) {
	sort.SliceStable(errs, func(i, j int) bool {
		a, b := errs[i].Pos, errs[j].Pos
		switch {
		case a.File != b.File:
			return a.File < b.File
		case a.Line != b.Line:
			return a.Line < b.Line
		}
		return a.Column < b.Column
	})
}

var entityKinds = map[string]graph.Kind{"state": graph.KindState, "leader": graph.KindLeader, "party": graph.KindParty}

// addEntities adds the files' own entities to z: first the entities
// themselves, then their roles, so that roles may name entities of the same
// files.
func addEntities(z *gazetteer.Gazetteer, docs []factsDoc) graph.ErrorList {
	var errs graph.ErrorList
	type pending struct {
		id   string
		spec entitySpec
	}
	var added []pending
	for _, d := range docs {
		for _, e := range d.Entities {
			if e.ID.V == "" || e.Kind.V == "" || e.Name.V == "" {
				continue // already reported as missing
			}
			kind, ok := entityKinds[strings.ToLower(e.Kind.V)]
			if !ok {
				errs = append(errs, graph.Errorf(graph.EINVALID, e.Kind.Pos, "entity kind %q is not one of state, leader, party", e.Kind.V))
				continue
			}
			n := graph.Node{ID: e.ID.V, Kind: kind, Name: e.Name.V, Capital: e.Capital.V, Ideology: e.Ideology.V}
			for _, a := range e.Aliases {
				n.Aliases = append(n.Aliases, a.V)
			}
			for _, a := range e.Demonyms {
				n.Demonyms = append(n.Demonyms, a.V)
			}
			ent := gazetteer.Entity{Node: n}
			if e.State.V != "" {
				st, err := z.Resolve(e.State.V, graph.Date{})
				if err != nil {
					errs = append(errs, resolveError(e.State.Pos, "state", err))
					continue
				}
				if st.Node.Kind != graph.KindState {
					errs = append(errs, graph.Errorf(graph.EINVALID, e.State.Pos, "state %q names a %s, not a state", e.State.V, st.Node.Kind))
					continue
				}
				ent.Node.State = st.Node.ID
			}
			if kind == graph.KindParty && ent.Node.State == "" {
				if old, ok := z.Entity(e.ID.V); !ok || old.Node.State == "" {
					errs = append(errs, graph.Errorf(graph.EINVALID, e.Pos, "party %q needs a state: the state it belongs to", e.ID.V))
					continue
				}
			}
			for _, r := range e.Rules {
				from, to, ok := termDates(r, &errs)
				if ok {
					ent.Rules = append(ent.Rules, gazetteer.Term{From: from, To: to})
				}
			}
			if err := z.Add(ent); err != nil {
				errs = append(errs, graph.Errorf(graph.ECONFLICT, e.ID.Pos, "entity %q: %v", e.ID.V, err))
				continue
			}
			added = append(added, pending{e.ID.V, e})
		}
	}
	for _, p := range added {
		var roles []gazetteer.Role
		for _, r := range p.spec.Roles {
			from, to, ok := termDates(r, &errs)
			if !ok || r.Of.V == "" {
				continue
			}
			of, err := z.Resolve(r.Of.V, from)
			if err != nil {
				errs = append(errs, resolveError(r.Of.Pos, "role of", err))
				continue
			}
			if of.Node.Kind != graph.KindState && of.Node.Kind != graph.KindParty {
				errs = append(errs, graph.Errorf(graph.EINVALID, r.Of.Pos, "a role is held in a state or a party; %q is a %s", r.Of.V, of.Node.Kind))
				continue
			}
			roles = append(roles, gazetteer.Role{Title: r.Title.V, Of: of.Node.ID, From: from, To: to})
		}
		if len(roles) == 0 {
			continue
		}
		if p.spec.Kind.V != "" && entityKinds[strings.ToLower(p.spec.Kind.V)] != graph.KindLeader {
			errs = append(errs, graph.Errorf(graph.EINVALID, p.spec.Roles[0].Pos, "only leaders hold roles; %q is a %s", p.id, p.spec.Kind.V))
			continue
		}
		e, _ := z.Entity(p.id)
		e.Roles = roles
		if err := z.Add(e); err != nil {
			errs = append(errs, graph.Errorf(graph.ECONFLICT, p.spec.ID.Pos, "entity %q: %v", p.id, err))
		}
	}
	return errs
}

func termDates(r roleSpec, errs *graph.ErrorList) (from, to graph.Date, ok bool) {
	from, err1 := graph.ParseWrittenDate(r.From.V)
	if err1 != nil {
		*errs = append(*errs, graph.Errorf(graph.EINVALID, r.From.Pos, "from %v", err1))
	}
	to, err2 := graph.ParseWrittenDate(r.To.V)
	if err2 != nil {
		*errs = append(*errs, graph.Errorf(graph.EINVALID, r.To.Pos, "to %v", err2))
	}
	if err1 == nil && err2 == nil {
		if err := (graph.Span{Start: from, End: to}).Validate(); err != nil {
			*errs = append(*errs, graph.Errorf(graph.EINVALID, r.To.Pos, "the term %v", err))
			return from, to, false
		}
	}
	return from, to, err1 == nil && err2 == nil
}

// resolveError turns a gazetteer failure into a placed message.
func resolveError(p pos, field string, err error) *graph.Error {
	var nf *gazetteer.NotFoundError
	var amb *gazetteer.AmbiguousError
	var de *gazetteer.DatesError
	var ce *gazetteer.COWError
	switch {
	case errors.As(err, &nf):
		return graph.Errorf(graph.ENOTFOUND, p, "%s %v", field, err)
	case errors.As(err, &amb):
		return graph.Errorf(graph.EAMBIGUOUS, p, "%s %v", field, err)
	case errors.As(err, &de), errors.As(err, &ce):
		return graph.Errorf(graph.EINVALID, p, "%s %v", field, err)
	}
	return graph.Errorf(graph.EINVALID, p, "%s: %v", field, err)
}

type eventKey struct {
	subject, typ, object string
	date                 graph.Date
}

// buildDoc adds one document's article and facts to g.
func buildDoc(g *graph.Graph, z *gazetteer.Gazetteer, d factsDoc, articles map[string]pos, warnings *graph.ErrorList) graph.ErrorList {
	var errs graph.ErrorList
	a := d.Article
	if a.ID.V == "" {
		return nil // reported while parsing
	}
	if first, dup := articles[a.ID.V]; dup {
		return graph.ErrorList{graph.Errorf(graph.ECONFLICT, a.ID.Pos, "article id %q is used twice; it was first given at %s — article ids must be unique in the corpus", a.ID.V, first)}
	}
	articles[a.ID.V] = a.ID.Pos
	published, err := graph.ParseWrittenDate(a.Published.V)
	if err != nil {
		errs = append(errs, graph.Errorf(graph.EINVALID, a.Published.Pos, "published %v", err))
	}
	if a.Published.V != "" && err == nil && published.Precision != graph.PrecisionDay {
		errs = append(errs, graph.Errorf(graph.EINVALID, a.Published.Pos, "published: %q must be a full day (YYYY-MM-DD)", a.Published.V))
	}
	if _, err := g.AddNode(&graph.Node{ID: a.ID.V, Kind: graph.KindArticle, Title: a.Title.V, Published: published, Outlet: a.Outlet.V, URL: a.URL.V}); err != nil {
		errs = append(errs, graph.Errorf(graph.ECONFLICT, a.ID.Pos, "article id %q: %v", a.ID.V, err))
		return errs
	}
	ordinals := map[eventKey]int{}
	for _, f := range d.Facts {
		date := published
		if f.Date.V != "" {
			dd, err := graph.ParseWrittenDate(f.Date.V)
			if err != nil {
				errs = append(errs, graph.Errorf(graph.EINVALID, f.Date.Pos, "date %v", err))
				continue
			}
			if !published.IsZero() && dd.Start().After(published.End()) {
				errs = append(errs, graph.Errorf(graph.EINVALID, f.Date.Pos, "date %s is after the article was published (%s); an article reports what has happened", dd, published))
				continue
			}
			date = dd
		}
		var rel graph.Relation
		ok := true
		if f.Relation.V != "" {
			rel, ok = graph.LookupRelation(f.Relation.V)
			if !ok || rel.Generic {
				ok = false
				errs = append(errs, unknownRelation(f.Relation))
			}
		}
		subj, err1 := resolveFor(g, z, f.Subject, "subject", date, warnings)
		if err1 != nil {
			errs = append(errs, err1)
		}
		obj, err2 := resolveFor(g, z, f.Object, "object", date, warnings)
		if err2 != nil {
			errs = append(errs, err2)
		}
		if !ok || err1 != nil || err2 != nil || f.Subject.V == "" || f.Object.V == "" || f.Relation.V == "" {
			continue
		}
		if subj == obj {
			errs = append(errs, graph.Errorf(graph.EINVALID, f.Object.Pos, "subject and object are both %q (%s); a fact links two different actors", f.Object.V, obj))
			continue
		}
		k := eventKey{subj, rel.Type, obj, date}
		e := &graph.Event{
			Type: rel.Type, Subject: subj, Object: obj, Date: date, Article: a.ID.V,
			Quote: f.Quote.V, Note: f.Note.V, CAMEO: rel.CAMEO, Goldstein: rel.Goldstein,
			Count: f.Count, Confidence: f.Confidence, Source: "facts", Ordinal: ordinals[k],
		}
		ordinals[k]++
		if _, _, err := g.AddEvent(e); err != nil {
			errs = append(errs, graph.Errorf(graph.EINVALID, f.Pos, "%v", err))
		}
	}
	return errs
}

// resolveFor resolves a subject or object and adds it, with what gives it
// meaning (a leader's terms, a state's ruling parties), to g.
func resolveFor(g *graph.Graph, z *gazetteer.Gazetteer, s str, field string, date graph.Date, warnings *graph.ErrorList) (string, *graph.Error) {
	if s.V == "" {
		return "", nil
	}
	e, err := z.Resolve(s.V, date)
	if err != nil {
		return "", resolveError(s.Pos, field, err)
	}
	if err := z.Expand(g, e.Node.ID, date, date); err != nil {
		return "", graph.Errorf(graph.EINVALID, s.Pos, "%s %q: %v", field, s.V, err)
	}
	if e.Node.Kind == graph.KindLeader && !date.IsZero() && !e.InOffice(date) {
		st, _ := g.StateOf(e.Node.ID, date)
		if n := g.Node(st); n != nil {
			st = n.Name + " (" + st + ")"
		}
		who := fmt.Sprintf("%q", s.V)
		if graph.Fold(s.V) != graph.Fold(e.Node.Name) {
			who += " (" + e.Node.Name + ")"
		}
		*warnings = append(*warnings, graph.Errorf(graph.EINVALID, s.Pos,
			"%s %s held no office the gazetteer knows on %s; counted for %s, the state of their nearest term (add the role under entities: if it is missing)",
			field, who, date, st))
	}
	return e.Node.ID, nil
}

func unknownRelation(r str) *graph.Error {
	words := graph.RelationWords()
	msg := fmt.Sprintf("relation %q is not in the vocabulary", r.V)
	if near := nearest(graph.Fold(r.V), words, 3); len(near) > 0 {
		msg += "; did you mean " + quoteList(near) + "?"
	}
	var types []string
	for _, t := range graph.Vocabulary() {
		if !t.Generic {
			types = append(types, strings.ToLower(strings.ReplaceAll(t.Type, "_", " ")))
		}
	}
	msg += " Relations: " + strings.Join(types, ", ") + " (and their synonyms; see `blocgraph vocabulary`)"
	return graph.Errorf(graph.ENOTFOUND, r.Pos, "%s", msg)
}
