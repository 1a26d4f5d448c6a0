package extract

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/loader"
	"github.com/blocgraph/blocgraph/loader/gazetteer"
	"gopkg.in/yaml.v3"
)

// DefaultMinConfidence is the confidence a candidate needs to be written
// as a fact. It is chosen by a rule fixed on out-of-sample data only — the
// highest F0.5 of the first runs held out (scripts/extract-calibrate prints
// it; internal/calibcmd's test holds this constant to it).
const DefaultMinConfidence = 0.45

// Plural writes n with the noun in the number it takes: "1 sentence",
// "2 sentences".
func Plural(n int, noun string) string {
	if n != 1 {
		noun += "s"
	}
	return strconv.Itoa(n) + " " + noun
}

// Kept returns the candidates at or above min.
func (d *Draft) Kept(min float64) []Candidate {
	var out []Candidate
	for _, c := range d.Candidates {
		if c.Confidence >= min {
			out = append(out, c)
		}
	}
	return out
}

// stateName is the name a facts file writes for a state: its gazetteer
// name when that resolves back to it, else its code.
func stateName(z *gazetteer.Gazetteer, iso string, at graph.Date) string {
	if e, ok := z.Entity(iso); ok {
		if back, ok := z.Lookup(e.Node.Name, at); ok && back.Node.ID == iso {
			return e.Node.Name
		}
	}
	return iso
}

func scalarNode(v string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Value: v} }

func quotedNode(v string) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Value: v, Style: yaml.DoubleQuotedStyle}
}

func mapNode(kv ...any) *yaml.Node {
	m := &yaml.Node{Kind: yaml.MappingNode}
	for i := 0; i+1 < len(kv); i += 2 {
		v := kv[i+1]
		var n *yaml.Node
		switch x := v.(type) {
		case *yaml.Node:
			if x == nil {
				continue
			}
			n = x
		case string:
			if x == "" {
				continue
			}
			n = scalarNode(x)
		}
		m.Content = append(m.Content, scalarNode(kv[i].(string)), n)
	}
	return m
}

// FactsDocument is the draft as a facts document (a yaml.Node that
// encodes to what `blocgraph validate` reads): the article, then one fact
// per kept candidate, each with quote, confidence, date and a note saying
// it was drafted and by which rule.
func (d *Draft) FactsDocument(z *gazetteer.Gazetteer, min float64) *yaml.Node {
	if z == nil {
		z = gazetteer.Default()
	}
	art := d.articleNode()
	facts := &yaml.Node{Kind: yaml.SequenceNode}
	kept := d.Kept(min)
	for _, c := range kept {
		if d.refusal(z, c) != "" {
			continue
		}
		facts.Content = append(facts.Content, factNode(z, c))
	}
	kept = d.Written(z, min)
	doc := &yaml.Node{Kind: yaml.MappingNode}
	doc.Content = append(doc.Content, scalarNode("article"), art, scalarNode("facts"), facts)
	doc.HeadComment = d.summary(z, min, len(kept))
	return &yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{doc}}
}

// factNode is one candidate as a fact of a facts file.
func factNode(z *gazetteer.Gazetteer, c Candidate) *yaml.Node {
	rel, _ := graph.RelationByType(c.Type)
	note := "drafted by blocgraph extract; rule " + c.Rule
	if c.SubjectText != "" || c.ObjectText != "" {
		note += fmt.Sprintf("; as written: %s → %s", orDash(c.SubjectText), orDash(c.ObjectText))
	}
	if c.DateText != "" {
		note += "; dated by “" + c.DateText + "”"
	} else {
		note += "; dated by publication"
	}
	if len(c.Reasons) > 0 {
		note += "; confidence lowered: " + strings.Join(c.Reasons, ", ")
	}
	return mapNode(
		"subject", stateName(z, c.Subject, c.Date),
		"relation", rel.Phrase(),
		"object", stateName(z, c.Object, c.Date),
		"date", c.Date.String(),
		"quote", quotedNode(c.Quote),
		"confidence", strconv.FormatFloat(c.Confidence, 'f', -1, 64),
		"note", quotedNode(note),
	)
}

func (d *Draft) articleNode() *yaml.Node {
	a := d.Article
	return mapNode("id", a.ID, "title", quotedIf(a.Title), "published", a.Published.String(), "outlet", quotedIf(a.Outlet), "url", quotedIf(a.URL))
}

// refusal says why validate would refuse candidate c as a fact of this
// article, or "" when it would take it: the fact is written alone, with
// its article, and read back by the loader validate uses — the gazetteer's
// resolver and statehood at the fact's date, the relation, the date
// against publication, two different actors.
func (d *Draft) refusal(z *gazetteer.Gazetteer, c Candidate) string {
	if z == nil {
		z = gazetteer.Default()
	}
	facts := &yaml.Node{Kind: yaml.SequenceNode, Content: []*yaml.Node{factNode(z, c)}}
	doc := &yaml.Node{Kind: yaml.MappingNode}
	doc.Content = append(doc.Content, scalarNode("article"), d.articleNode(), scalarNode("facts"), facts)
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	if err := enc.Encode(&yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{doc}}); err != nil {
		return err.Error()
	}
	enc.Close()
	_, err := loader.ReadFacts([]loader.Input{{Name: d.Article.ID + ".yaml", Data: buf.Bytes()}}, loader.Options{Gazetteer: z})
	if err == nil {
		return ""
	}
	var l graph.ErrorList
	if errors.As(err, &l) && len(l) > 0 {
		return l[0].Msg
	}
	var e *graph.Error
	if errors.As(err, &e) {
		return e.Msg
	}
	return err.Error()
}

// Refused is a candidate at or above the cut that validate would refuse as
// a fact, with validate's reason: extract leaves it out of the facts.
type Refused struct {
	Candidate Candidate
	Reason    string
}

// Refusals returns the candidates at or above min that validate would
// refuse ("subject "EST" names a state only on other dates than
// 1991-08-22 …").
func (d *Draft) Refusals(z *gazetteer.Gazetteer, min float64) []Refused {
	var out []Refused
	for _, c := range d.Kept(min) {
		if why := d.refusal(z, c); why != "" {
			out = append(out, Refused{c, why})
		}
	}
	return out
}

// Written returns the candidates written as facts: at or above min, and
// not refused by validate.
func (d *Draft) Written(z *gazetteer.Gazetteer, min float64) []Candidate {
	var out []Candidate
	for _, c := range d.Kept(min) {
		if d.refusal(z, c) == "" {
			out = append(out, c)
		}
	}
	return out
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func quotedIf(s string) *yaml.Node {
	if s == "" {
		return nil
	}
	return quotedNode(s)
}

// summary is the comment a drafted document starts with.
func (d *Draft) summary(z *gazetteer.Gazetteer, min float64, kept int) string {
	a := d.Article
	var b strings.Builder
	fmt.Fprintf(&b, "Drafted by blocgraph extract from %s: %s with confidence ≥ %g", a.File, Plural(kept, "fact"), min)
	if below := len(d.Candidates) - len(d.Kept(min)); below > 0 {
		fmt.Fprintf(&b, " (%s left out; --format table shows them)", Plural(below, "weaker candidate"))
	}
	b.WriteString(". Review before use.\n")
	for _, r := range d.Refusals(z, min) {
		rel, _ := graph.RelationByType(r.Candidate.Type)
		fmt.Fprintf(&b, "left out, as validate would refuse it: %s %s %s %s: %s\n", r.Candidate.Subject, rel.Phrase(), r.Candidate.Object, r.Candidate.Date, r.Reason)
	}
	fmt.Fprintf(&b, "published %s (from %s)", a.Published, a.PublishedFrom)
	if len(d.Author) > 0 {
		fmt.Fprintf(&b, "; first person = %s (from %s)", strings.Join(d.Author, ", "), d.AuthorFrom)
	}
	if n := len(d.NonState); n > 0 {
		fmt.Fprintf(&b, "; non-state parties left out: %s", nonStateList(d.NonState))
	}
	if len(d.Missed) > 0 {
		verb := "sentences named"
		if len(d.Missed) == 1 {
			verb = "sentence named"
		}
		fmt.Fprintf(&b, "\n%d %s two states or more but gave no fact", len(d.Missed), verb)
	}
	return b.String()
}

func nonStateList(m map[string]int) string {
	names := make([]string, 0, len(m))
	for k := range m {
		names = append(names, k)
	}
	sort.Strings(names)
	for i, k := range names {
		if m[k] > 1 {
			names[i] = fmt.Sprintf("%s ×%d", k, m[k])
		}
	}
	return strings.Join(names, ", ")
}

// WriteFacts writes the drafts as facts documents, one YAML document each.
func WriteFacts(w io.Writer, ds []*Draft, z *gazetteer.Gazetteer, min float64) error {
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	for _, d := range ds {
		if err := enc.Encode(d.FactsDocument(z, min)); err != nil {
			return err
		}
	}
	return enc.Close()
}

type jsonCandidate struct {
	Subject     string   `json:"subject"`
	Relation    string   `json:"relation"`
	Object      string   `json:"object"`
	SubjectText string   `json:"subject_text,omitempty"`
	ObjectText  string   `json:"object_text,omitempty"`
	Date        string   `json:"date"`
	DateText    string   `json:"date_text,omitempty"`
	Confidence  float64  `json:"confidence"`
	Kept        bool     `json:"kept"`
	Rule        string   `json:"rule"`
	Reasons     []string `json:"reasons,omitempty"`
	RuleConf    float64  `json:"rule_confidence"`
	Abstained   string   `json:"abstained,omitempty"`
	Refused     string   `json:"refused,omitempty"` // why validate would refuse it: not written`
	Sentence    int      `json:"sentence"`
	Quote       string   `json:"quote"`
}

type jsonMissed struct {
	Sentence int      `json:"sentence"`
	States   []string `json:"states"`
	Text     string   `json:"text"`
}

type jsonArticle struct {
	ID            string          `json:"id"`
	File          string          `json:"file"`
	Title         string          `json:"title,omitempty"`
	Published     string          `json:"published"`
	PublishedFrom string          `json:"published_from"`
	URL           string          `json:"url,omitempty"`
	Author        []string        `json:"author,omitempty"`
	AuthorFrom    string          `json:"author_from,omitempty"`
	Sentences     int             `json:"sentences"`
	Candidates    []jsonCandidate `json:"candidates"`
	Missed        []jsonMissed    `json:"missed"`
	NonState      map[string]int  `json:"non_state,omitempty"`
}

// WriteJSON writes every candidate with its rule and confidence, and the
// sentences that named two states but gave no fact.
func WriteJSON(w io.Writer, ds []*Draft, min float64) error {
	out := struct {
		MinConfidence float64       `json:"min_confidence"`
		Articles      []jsonArticle `json:"articles"`
	}{MinConfidence: min}
	for _, d := range ds {
		a := d.Article
		ja := jsonArticle{ID: a.ID, File: a.File, Title: a.Title, Published: a.Published.String(), PublishedFrom: a.PublishedFrom,
			URL: a.URL, Author: d.Author, AuthorFrom: d.AuthorFrom, Sentences: d.Sentences, NonState: d.NonState,
			Candidates: []jsonCandidate{}, Missed: []jsonMissed{}}
		refused := refusedByIndex(d, min)
		for i, c := range d.Candidates {
			rel, _ := graph.RelationByType(c.Type)
			ja.Candidates = append(ja.Candidates, jsonCandidate{Refused: refused[i], Subject: c.Subject, Relation: rel.Phrase(), Object: c.Object,
				SubjectText: c.SubjectText, ObjectText: c.ObjectText, Date: c.Date.String(), DateText: c.DateText,
				Confidence: c.Confidence, Kept: c.Confidence >= min && refused[i] == "", Rule: c.Rule, Reasons: c.Reasons, RuleConf: c.RuleConfidence,
				Abstained: c.Abstained, Sentence: c.Sentence, Quote: c.Quote})
		}
		for _, m := range d.Missed {
			ja.Missed = append(ja.Missed, jsonMissed{Sentence: m.Sentence, States: m.States, Text: m.Text})
		}
		out.Articles = append(out.Articles, ja)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// refusedByIndex gives, by candidate index, why validate would refuse a
// candidate at or above min (the built-in gazetteer's view).
func refusedByIndex(d *Draft, min float64) map[int]string {
	out := map[int]string{}
	for i, c := range d.Candidates {
		if c.Confidence >= min {
			if why := d.refusal(nil, c); why != "" {
				out[i] = why
			}
		}
	}
	return out
}

// WriteTable writes the candidates as a table for reading (the command
// line escapes what a terminal would obey).
func WriteTable(w io.Writer, ds []*Draft, min float64) error {
	clean := func(s string) string { return s }
	anyRefused := false
	for i, d := range ds {
		if i > 0 {
			fmt.Fprintln(w)
		}
		a := d.Article
		fmt.Fprintf(w, "%s — %s (published %s from %s", clean(a.ID), clean(a.Title), a.Published, a.PublishedFrom)
		if len(d.Author) > 0 {
			fmt.Fprintf(w, "; we = %s", strings.Join(d.Author, ", "))
		}
		fmt.Fprintf(w, "; %s)\n", Plural(d.Sentences, "sentence"))
		if len(d.Candidates) == 0 {
			fmt.Fprintln(w, "  no candidate facts")
		}
		refused := refusedByIndex(d, min)
		anyRefused = anyRefused || len(refused) > 0
		for i, c := range d.Candidates {
			mark := " "
			if c.Confidence < min {
				mark = "-"
			} else if refused[i] != "" {
				mark = "x"
			}
			rel, _ := graph.RelationByType(c.Type)
			fmt.Fprintf(w, "%s %.2f (rule %.2f)  %s %s %s  %s  [%s]\n", mark, c.Confidence, c.RuleConfidence, c.Subject, rel.Phrase(), c.Object, c.Date, clean(c.Rule))
			fmt.Fprintf(w, "         %q\n", clean(c.Quote))
			if len(c.Reasons) > 0 {
				fmt.Fprintf(w, "         lowered: %s\n", strings.Join(c.Reasons, ", "))
			}
			if c.Abstained != "" {
				fmt.Fprintf(w, "         not vouched for: %s\n", c.Abstained)
			}
			if refused[i] != "" {
				fmt.Fprintf(w, "         left out, as validate would refuse it: %s\n", clean(refused[i]))
			}
		}
		if len(d.Missed) > 0 {
			fmt.Fprintln(w, "  named two states or more, no fact:")
			for _, m := range d.Missed {
				fmt.Fprintf(w, "    [%s] %q\n", strings.Join(m.States, " "), clean(m.Text))
			}
		}
		if len(d.NonState) > 0 {
			fmt.Fprintf(w, "  non-state parties left out: %s\n", clean(nonStateList(d.NonState)))
		}
	}
	if len(ds) > 0 {
		fmt.Fprintf(w, "\n(- below --min-confidence %g: not written as facts", min)
		if anyRefused {
			fmt.Fprint(w, "; x validate would refuse: not written either")
		}
		fmt.Fprintln(w, ")")
	}
	return nil
}
