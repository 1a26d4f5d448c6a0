package analysis

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/graph/encoding/brief"
)

// BriefOptions say what a briefing holds beyond the report.
type BriefOptions struct {
	Title string // default: "Blocs of states, WINDOW"
	// Focus lists the states (node ids) detailed with their partners and
	// evidence, in this order; empty: the Top most central.
	Focus    []string
	Top      int // focus states when Focus is empty; 0: 5
	Partners int // partners and adversaries shown per focus state; 0: 5
	Events   int // events shown per partner; 0: 5
	Ties     int // strongest ties shown inside and against each bloc; 0: 3

	Projection Options // how the projection was made, for the record
	Config     Config  // how the analysis was made, for the record
	Timeline   *Timeline
	Sources    []brief.Item // where the data were read from, beyond the counts the graph gives
	// Regime gives the regime type of a state on a date ("democracy",
	// "autocracy"; "" unknown), from reference data the graph lacks; nil:
	// unknown.
	Regime  func(state string, at graph.Date) string
	Version string
	Command string
}

func (o *BriefOptions) defaults() {
	for _, v := range []*int{&o.Top, &o.Partners, &o.Events} {
		if *v <= 0 {
			*v = 5
		}
	}
	if o.Ties <= 0 {
		o.Ties = 3
	}
	o.Config.defaults()
}

// Brief fills a briefing from the projection p of g and its report r.
func Brief(g *graph.Graph, p *Projection, r *Report, opt BriefOptions) (*brief.Briefing, error) {
	opt.defaults()
	b := &brief.Briefing{
		Title:       cmp.Or(opt.Title, "Blocs of "+r.NodeNoun()+"s, "+r.Window),
		Subtitle:    fmt.Sprintf("%s and %s between them, %s", plural(r.Nodes, r.NodeNoun()), plural(r.Events, "event"), r.Window),
		Level:       r.NodeNoun(),
		NoRulers:    !r.RulersApply(),
		Graph:       p.Encoding(g, r.NodeAttributes()),
		Measures:    brief.Columns{Confidence: r.Method == MethodConsensus},
		PictureNote: r.Caveat(),
		Version:     opt.Version,
		Command:     opt.Command,
	}
	byID := map[string]*NodeResult{}
	for i := range r.Results {
		x := &r.Results[i]
		byID[x.ID] = x
		b.Centrality = append(b.Centrality, brief.Row{Ref: brief.Ref{ID: x.ID, Name: x.Name}, Bloc: x.Bloc, BlocLabel: printedLabel(r, x),
			PageRank: x.PageRank, Betweenness: x.Betweenness, Eigenvector: x.Eigenvector,
			InDegree: x.InDegree, OutDegree: x.OutDegree, Balance: x.Balance, Confidence: x.BlocConfidence})
	}
	ties := pairTies(p)
	for _, bl := range r.Blocs {
		b.Blocs = append(b.Blocs, briefBloc(g, p, bl, byID, ties, opt))
	}
	focus := opt.Focus
	if len(focus) == 0 {
		for i := 0; i < len(r.Results) && i < opt.Top; i++ {
			focus = append(focus, r.Results[i].ID)
		}
	}
	articles := map[string]bool{}
	for _, id := range focus {
		st, err := briefState(g, p, r, byID[id], id, opt, articles)
		if err != nil {
			return nil, err
		}
		b.States = append(b.States, st)
	}
	b.Headline, b.Caveats = headline(g, p, r, b.Blocs, ties, len(articleEvents(g, opt.Projection.Filter)), opt.Config.Null < 0)
	b.Warnings = unsaid(r.Warnings, b.Caveats)
	if opt.Timeline != nil && len(opt.Timeline.Periods) > 0 {
		b.Timeline = briefTimeline(opt.Timeline, opt.Events)
		b.Headline = append(b.Headline, b.Timeline.Summary)
		for _, m := range b.Timeline.Moves {
			for _, e := range m.Events {
				if e.Article != "" {
					articles[e.Article] = true
				}
			}
		}
	}
	perArticle := articleEvents(g, opt.Projection.Filter)
	b.Articles = briefArticles(g, perArticle, articles)
	b.Method = methodItems(p, r, opt)
	b.Sources = append(slices.Clone(opt.Sources), sourceItems(g, p, len(perArticle))...)
	return b, nil
}

// printedLabel is x's bloc label as text output prints it: "socialist bloc
// (not significant)" when it is no finding.
func printedLabel(r *Report, x *NodeResult) string {
	if x.Bloc >= 0 && x.Bloc < len(r.Blocs) && r.Blocs[x.Bloc].Label == x.BlocLabel {
		return r.Blocs[x.Bloc].Printed()
	}
	return x.BlocLabel
}

// unsaid keeps the warnings that no caveat already makes: a warning and a
// caveat opening alike (the words before the first colon, "no conflict in
// the window") say the same, and the caveat, in its place, is kept.
func unsaid(warnings, caveats []string) []string {
	said := map[string]bool{}
	for _, c := range caveats {
		head, _, _ := strings.Cut(c, ":")
		said[strings.ToLower(head)] = true
	}
	var out []string
	for _, w := range warnings {
		if head, _, _ := strings.Cut(w, ":"); !said[strings.ToLower(head)] {
			out = append(out, w)
		}
	}
	return out
}

// complete reports whether every pair holds all its events (Project), not
// only a fold's evidence (datasets folded as read).
func (p *Projection) complete() bool {
	for _, pr := range p.Pairs {
		if pr.NumEvents > len(pr.Events) {
			return false
		}
	}
	return true
}

// articleEvents counts the events of the window each article reports, from
// the graph (which holds every facts event, folded datasets or not).
func articleEvents(g *graph.Graph, f graph.EventFilter) map[string]int {
	counts := map[string]int{}
	for _, e := range g.Events() {
		if e.Article != "" && f.Keep(e) {
			counts[e.Article]++
		}
	}
	return counts
}

// tie is the relation of an unordered pair of nodes, both directions summed.
type tie struct {
	a, b           string // a < b
	coop, conflict float64
	reports        int
	byType         map[string]int
	net            float64
}

// pairTies sums the projection's pairs per unordered pair.
func pairTies(p *Projection) map[[2]string]*tie {
	out := map[[2]string]*tie{}
	for _, pr := range p.Pairs {
		k := [2]string{pr.From, pr.To}
		if pr.To < pr.From {
			k = [2]string{pr.To, pr.From}
		}
		t := out[k]
		if t == nil {
			t = &tie{a: k[0], b: k[1], byType: map[string]int{}}
			out[k] = t
		}
		t.coop += pr.Cooperation
		t.conflict += pr.Conflict
		t.reports += pr.Reports
		for typ, n := range pr.ByType {
			t.byType[typ] += n
		}
		t.net = t.coop - t.conflict
	}
	return out
}

// relations writes a tie's relation counts, most reported first:
// "congratulated ×3, sanctioned".
func (t *tie) relations() string {
	types := make([]string, 0, len(t.byType))
	for typ := range t.byType {
		types = append(types, typ)
	}
	sort.Slice(types, func(i, j int) bool {
		if t.byType[types[i]] != t.byType[types[j]] {
			return t.byType[types[i]] > t.byType[types[j]]
		}
		return types[i] < types[j]
	})
	parts := make([]string, len(types))
	for i, typ := range types {
		parts[i] = graph.PhraseOf(typ)
		if typ == graph.GenericType {
			// dataset events of no type, dyadic rows: no act to name
			parts[i] = "other relations"
		}
		if n := t.byType[typ]; n > 1 {
			parts[i] += fmt.Sprintf(" ×%d", n)
		}
	}
	return strings.Join(parts, ", ")
}

func (t *tie) brief(p *Projection) brief.Tie {
	return brief.Tie{A: brief.Ref{ID: t.a, Name: p.Name(t.a)}, B: brief.Ref{ID: t.b, Name: p.Name(t.b)},
		Net: t.net, Cooperation: t.coop, Conflict: t.conflict, Reports: t.reports, Relations: t.relations()}
}

// briefBloc describes one bloc: members with their rulers' ideology, and
// its strongest ties inside (net cooperation) and against states outside
// (net conflict).
func briefBloc(g *graph.Graph, p *Projection, bl Bloc, byID map[string]*NodeResult, ties map[[2]string]*tie, opt BriefOptions) brief.Bloc {
	n := opt.Ties
	out := brief.Bloc{ID: bl.ID, Label: bl.Label, Ideology: bl.Ideology, LabelBasis: bl.LabelReason}
	if p := bl.Printed(); p != bl.Label {
		out.NoFinding = strings.TrimSuffix(strings.TrimPrefix(p, bl.Label+" ("), ")")
	}
	regimes := map[string]int{}
	in := map[string]bool{}
	var conf float64
	confs := 0
	for i, id := range bl.Members {
		in[id] = true
		m := brief.Member{Ref: brief.Ref{ID: id, Name: bl.Names[i]}, Ideology: rulingIdeology(g, p, id)}
		if x := byID[id]; x != nil && x.Ruling.Family != "" {
			m.Ideology = x.Ruling.Family // as the labels have it (Analyze's Config.Rulers)
		}
		if x := byID[id]; x != nil && x.Ruling.Regime != "" {
			m.Regime = x.Ruling.Regime
			regimes[m.Regime]++
		} else if opt.Regime != nil {
			if state, ok := g.StateOf(id, p.lastSeen(id)); ok {
				if m.Regime = opt.Regime(state, p.lastSeen(id)); m.Regime != "" {
					regimes[m.Regime]++
				}
			}
		}
		if x := byID[id]; x != nil && x.BlocConfidence != nil {
			m.Confidence = x.BlocConfidence
			conf += *x.BlocConfidence
			confs++
		}
		out.Members = append(out.Members, m)
	}
	out.Regime = majority(regimes, len(bl.Members))
	if confs > 0 {
		v := conf / float64(confs)
		out.Confidence = &v
	}
	var inside, against []*tie
	for _, t := range ties {
		switch {
		case in[t.a] && in[t.b] && t.net > 0:
			inside = append(inside, t)
		case in[t.a] != in[t.b] && t.net < 0:
			against = append(against, t)
		}
	}
	sortTies(inside, true)
	sortTies(against, false)
	for i := 0; i < len(inside) && i < n; i++ {
		out.Inside = append(out.Inside, inside[i].brief(p))
	}
	for i := 0; i < len(against) && i < n; i++ {
		out.Against = append(out.Against, against[i].brief(p))
	}
	return out
}

// sortTies orders ties by net cooperation (strongest first) or net conflict
// (most negative first), then by the pair.
func sortTies(ts []*tie, coop bool) {
	sort.Slice(ts, func(i, j int) bool {
		a, b := ts[i].net, ts[j].net
		if !coop {
			a, b = -a, -b
		}
		if a != b {
			return a > b
		}
		if ts[i].a != ts[j].a {
			return ts[i].a < ts[j].a
		}
		return ts[i].b < ts[j].b
	})
}

// briefState describes a focus state with its partners and adversaries and
// the events behind them; articles collects the articles cited.
func briefState(g *graph.Graph, p *Projection, r *Report, x *NodeResult, id string, opt BriefOptions, articles map[string]bool) (brief.State, error) {
	allies, adversaries, err := Partners(p, id, func(nid string) string {
		if n := g.Node(nid); n != nil {
			return n.Label()
		}
		return p.Name(nid)
	})
	if err != nil {
		return brief.State{}, err
	}
	st := brief.State{Ref: brief.Ref{ID: id, Name: p.Name(id)}}
	if x != nil {
		st.BlocLabel = printedLabel(r, x)
		st.Summary = stateSummary(x, st.BlocLabel, len(allies), len(adversaries))
	}
	conv := func(ps []Partner) (out []brief.Partner, more int) {
		for i, pa := range ps {
			if i >= opt.Partners {
				return out, len(ps) - i
			}
			bp := brief.Partner{Ref: brief.Ref{ID: pa.ID, Name: pa.Name}, Net: pa.Net, Cooperation: pa.Cooperation, Conflict: pa.Conflict, Reports: pa.Reports}
			evs := strongestEvents(pa.Events, opt.Events)
			bp.MoreEvents = max(pa.NumEvents, len(pa.Events)) - len(evs)
			for _, e := range evs {
				bp.Events = append(bp.Events, briefEvent(e))
				if e.Article != "" {
					articles[e.Article] = true
				}
			}
			out = append(out, bp)
		}
		return out, 0
	}
	st.Partners, st.MorePartners = conv(allies)
	st.Adversaries, st.MoreAdversaries = conv(adversaries)
	return st, nil
}

// strongestEvents keeps the n events of largest |weight| (ties: earlier
// first), shown by date.
func strongestEvents(evs []EventRef, n int) []EventRef {
	if len(evs) <= n {
		return evs
	}
	idx := make([]int, len(evs))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return abs(evs[idx[a]].Weight) > abs(evs[idx[b]].Weight) })
	idx = idx[:n]
	sort.Ints(idx)
	out := make([]EventRef, n)
	for i, j := range idx {
		out[i] = evs[j]
	}
	return out
}

func abs(v float64) float64 {
	if v < 0 {
		return -v
	}
	return v
}

func briefEvent(e EventRef) brief.Event {
	return brief.Event{Date: e.Date, Relation: e.Said(), Subject: e.Subject, Object: e.Object,
		Count: e.Count, Weight: e.Weight, Quote: e.Quote, Article: e.Article, Source: e.Source}
}

// stateSummary is one sentence on a focus state's place.
func stateSummary(x *NodeResult, bloc string, allies, adversaries int) string {
	return fmt.Sprintf("In the %s; PageRank %.3f, betweenness %.1f, net balance %+.1f; %s and %s.",
		bloc, x.PageRank, x.Betweenness, x.Balance, plural(allies, "partner"), plural(adversaries, "adversary"))
}

// briefArticles lists the articles cited, with the events of the window
// each reports.
func briefArticles(g *graph.Graph, counts map[string]int, cited map[string]bool) []brief.Article {
	var out []brief.Article
	for id := range cited {
		a := brief.Article{ID: id, Title: id, Events: counts[id]}
		if n := g.Node(id); n != nil {
			a.Title = cmp.Or(n.Title, n.Name, id)
			a.Outlet, a.URL = n.Outlet, n.URL
			if n.Title != "" {
				a.Title, a.Outlet = splitOutlet(n.Title, n.Outlet, n.URL)
			}
			a.Published = n.Published.String()
		}
		out = append(out, a)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// sourceItems counts the data behind the projection: events per dataset
// (when the projection holds them all), articles, and what was left out.
func sourceItems(g *graph.Graph, p *Projection, articles int) []brief.Item {
	var out []brief.Item
	if p.complete() {
		byDataset := map[string]int{}
		for _, pr := range p.Pairs {
			for _, e := range pr.Events {
				byDataset[cmp.Or(e.Source, "facts")]++
			}
		}
		names := map[string]string{"facts": "facts files", "gdelt": "GDELT", "icews": "ICEWS", "dyadic": "dyadic files"}
		var ds []string
		for d := range byDataset {
			ds = append(ds, d)
		}
		sort.Strings(ds)
		for _, d := range ds {
			v := plural(byDataset[d], "event") + " in the window"
			if d == "facts" {
				v += fmt.Sprintf(", from %s", plural(articles, "article"))
			}
			out = append(out, brief.Item{Name: cmp.Or(names[d], d), Value: v})
		}
	} else {
		out = append(out, brief.Item{Name: "events", Value: fmt.Sprintf("%s in the window, %s of them from facts files (%s); the datasets were folded as they were read, and the loader's summary on standard error counts their rows per file",
			plural(p.Events, "event"), plural(factsEvents(g), "event"), plural(articles, "article"))})
	}
	out = append(out, brief.Item{Name: "graph read", Value: fmt.Sprintf("%s, %s, %s", plural(g.NumNodes(), "node"), plural(g.NumRelationships(), "structural relationship"), plural(g.NumEvents(), "event"))})
	if len(p.Skipped) > 0 {
		out = append(out, brief.Item{Name: "left out", Value: skippedText(p.Skipped)})
	}
	return out
}

// factsEvents counts the events of facts files the graph holds.
func factsEvents(g *graph.Graph) int {
	n := 0
	for _, e := range g.Events() {
		if e.Source == "" || e.Source == "facts" {
			n++
		}
	}
	return n
}

func skippedText(s map[string]int) string {
	var parts []string
	for k, v := range s {
		parts = append(parts, fmt.Sprintf("%d %s", v, k))
	}
	sort.Strings(parts)
	return strings.Join(parts, ", ")
}

// methodItems records how the numbers were made.
func methodItems(p *Projection, r *Report, opt BriefOptions) []brief.Item {
	c, o := opt.Config, opt.Projection
	window := "all events"
	if !o.Filter.Span.IsZero() {
		window = "events touching " + o.Filter.Span.String()
	}
	window += "; the events kept span " + r.Window
	relations := "all of the vocabulary"
	if len(o.Filter.Relations) > 0 {
		var rs []string
		for _, t := range o.Filter.Relations {
			rs = append(rs, graph.PhraseOf(t))
		}
		relations = strings.Join(rs, ", ")
	}
	weights := "Goldstein × count × confidence per event, summed per directed pair; cooperation and conflict kept as separate layers"
	if o.HalfLife > 0 {
		weights += fmt.Sprintf("; halved every %g days of age", o.HalfLife)
	}
	level := "states: leaders and parties stand for their state on the event's date"
	if p.Level == LevelActor {
		level = "actors: leaders and parties keep their own nodes"
	}
	if p.Noun != "" {
		level = p.Noun + "s: none is a state the gazetteer knows, so no ruling ideology or regime type is shown"
	}
	items := []brief.Item{
		{Name: "window", Value: window},
		{Name: "relations", Value: relations},
		{Name: "nodes", Value: level},
		{Name: "weights", Value: weights},
		{Name: "centrality", Value: fmt.Sprintf("PageRank (damping %g) on the cooperation layer, betweenness, eigenvector, weighted in/out degree, net balance", c.Damping)},
		{Name: "blocs", Value: methodText(r, c)},
	}
	if q := qualityText(r); q != "" {
		items = append(items, brief.Item{Name: "quality", Value: q})
	}
	items = append(items, brief.Item{Name: "against chance", Value: nullText(r)})
	return items
}

func methodText(r *Report, c Config) string {
	switch r.Method {
	case MethodSigned:
		s := fmt.Sprintf("signed partition: least frustration (conflict inside blocs plus cooperation across), seed %d", c.Seed)
		if r.Runs > 0 {
			s += ", " + plural(r.Runs, "restart")
		}
		if r.FrustrationOptimal != nil && *r.FrustrationOptimal {
			s += "; proven optimal"
		} else if r.FrustrationGap != nil {
			s += fmt.Sprintf("; at most %.0f%% above the optimum", 100**r.FrustrationGap)
		}
		return s
	case MethodConsensus:
		return fmt.Sprintf("consensus of %d seeded Leiden runs (resolution %g, seeds from %d); membership confidence per state", r.Runs, c.Resolution, c.Seed)
	}
	if r.Runs > 1 {
		return fmt.Sprintf("%s on the cooperation layer, the best of %d seeded runs (resolution %g, seeds from %d)", r.Method, r.Runs, c.Resolution, c.Seed)
	}
	return fmt.Sprintf("%s on the cooperation layer (resolution %g, seed %d)", r.Method, c.Resolution, c.Seed)
}

// nullText records how the blocs were tested against chance; what the test
// shows is said once, in the summary or its caveats.
func nullText(r *Report) string {
	if t := r.Null; t != nil {
		return fmt.Sprintf("the %s compared with that of %d %s, significant when p is below %g; the summary gives the result", t.Statistic, t.Samples, t.Model, SignificanceLevel)
	}
	return "not run; the summary says why"
}

func qualityText(r *Report) string {
	var parts []string
	if r.Modularity != nil {
		parts = append(parts, fmt.Sprintf("modularity Q = %.3f", *r.Modularity))
	}
	if r.Frustration != nil {
		parts = append(parts, fmt.Sprintf("frustration %.1f over %s, structural balance %.3f", *r.Frustration, plural(*r.FrustratedEdges, "edge"), *r.BalanceIndex))
	}
	return strings.Join(parts, "; ")
}

// plural writes "1 state", "2 states", "3 adversaries".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	if strings.HasSuffix(word, "y") && !strings.HasSuffix(word, "ey") {
		return fmt.Sprintf("%d %sies", n, strings.TrimSuffix(word, "y"))
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// splitOutlet takes the outlet's name off the end of an article's title, as
// pages give it ("… in 1 week - CNN", "… | Reuters"), when it is the
// outlet's (as the facts file gives it, or a word of the address's host):
// the source list shows the outlet apart, and kept it twice. The outlet is
// the one given, else the suffix taken off.
func splitOutlet(title, outlet, url string) (string, string) {
	host := strings.ToLower(url)
	if _, rest, ok := strings.Cut(host, "://"); ok {
		host = rest
	}
	host, _, _ = strings.Cut(host, "/")
	fold := func(s string) string {
		var b strings.Builder
		for _, r := range strings.ToLower(s) {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				b.WriteRune(r)
			}
		}
		return b.String()
	}
	for _, sep := range []string{" - ", " – ", " — ", " | "} {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		head, suffix := strings.TrimSpace(title[:i]), strings.TrimSpace(title[i+len(sep):])
		if suffix == "" || len(strings.Fields(suffix)) > 4 || head == "" {
			continue
		}
		f := fold(suffix)
		first := fold(strings.Fields(suffix)[0])
		known := outlet != "" && f == fold(outlet) ||
			host != "" && (strings.Contains(fold(host), f) || len(first) >= 3 && strings.Contains(host, first))
		if !known {
			continue
		}
		return head, cmp.Or(outlet, suffix)
	}
	return title, outlet
}
