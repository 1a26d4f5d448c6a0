package analysis

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/graph/encoding/brief"
)

// The words of a briefing's headline, every one generated from the
// numbers, and the caveats that say what the numbers do not support.

// Thresholds the words rest on.
const (
	// clearModularity: Newman and Girvan (2004) read Q above about 0.3 as
	// a clear division into communities.
	clearModularity = 0.3
	// smallSample: fewer events than this make a sketch, not a finding.
	smallSample = 30
	// firmMember: a consensus member in its bloc in fewer runs than this
	// share is uncertain.
	firmMember = 0.7
	// clearBalance: a signed partition whose structural balance index is
	// below this leaves much of the conflict inside blocs or cooperation
	// across them.
	clearBalance = 0.8
)

// headline writes the summary sentences and the caveats.
func headline(g *graph.Graph, p *Projection, r *Report, blocs []brief.Bloc, ties map[[2]string]*tie, articles int) (head, caveats []string) {
	if r.Nodes == 0 {
		return []string{"No event in the window: nothing to measure."}, nil
	}
	var groups []brief.Bloc
	var alone, untied []string
	for _, b := range blocs {
		if len(b.Members) > 1 {
			groups = append(groups, b)
		} else {
			if strings.Contains(b.Label, "no cooperation ties") {
				untied = append(untied, b.Members[0].Name)
			} else {
				alone = append(alone, b.Members[0].Name)
			}
		}
	}
	switch {
	case len(groups) == 0:
		head = append(head, fmt.Sprintf("No two of the %s share a bloc: no cooperation ties group them.", plural(r.Nodes, string(r.Level))))
	default:
		for i, b := range groups {
			if i == 3 {
				head = append(head, fmt.Sprintf("%s of two or more states follow.", plural(len(groups)-3, "more bloc")))
				break
			}
			head = append(head, fmt.Sprintf("%d %ss form %s: %s.", len(b.Members), r.Level, blocNoun(b), names(b.Members, 8)))
			if i == 0 {
				head = append(head, roles(p, r, b)...)
				if s := against(p, b, ties); s != "" {
					s = capital(strings.Replace(blocNoun(b), "a bloc", "this bloc", 1)) + " stands against " + s
					head = append(head, s)
				}
			}
		}
	}
	if len(untied) > 0 {
		head = append(head, fmt.Sprintf("%s no cooperation tie in the window: %s in no bloc.", who(untied, r.Level, "has", "have"), pick(len(untied), "it is", "they are")))
	}
	if len(alone) > 0 {
		head = append(head, fmt.Sprintf("%s alone, with no bloc-mate.", who(alone, r.Level, "stands", "stand")))
	}
	if s := busiest(p); s != "" {
		head = append(head, s)
	}
	if r.Null != nil && r.Null.Significant {
		head = append(head, sentence(r.Significance))
	}
	return head, caveatsOf(p, r, blocs, articles)
}

// who names up to 8 nodes with the verb agreeing, or counts them: "Japan
// has", "Japan and Cuba have", "12 states have".
func who(ns []string, level, one, many string) string {
	switch {
	case len(ns) == 1:
		return ns[0] + " " + one
	case len(ns) <= 8:
		return list(ns) + " " + many
	}
	return fmt.Sprintf("%d %ss %s", len(ns), level, many)
}

func pick(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// blocNoun names a bloc in a sentence, whatever its label's shape: "the
// socialist bloc", "a bloc of democracies", "a bloc" when the label lists
// the members, "the bloc labelled “…”" otherwise.
func blocNoun(b brief.Bloc) string {
	switch l := b.Label; {
	case strings.HasPrefix(l, "democracies") || strings.HasPrefix(l, "autocracies"):
		return "a bloc of " + l
	case strings.Contains(l, "bloc"):
		return "the " + l
	case len(b.Members) > 0 && strings.HasPrefix(l, b.Members[0].Name):
		return "a bloc"
	default:
		return "the bloc labelled “" + l + "”"
	}
}

// roles names a bloc's broker (the member of highest betweenness, when any
// shortest cooperation path passes through one) and its most central
// member (highest PageRank) when that is another state.
func roles(p *Projection, r *Report, b brief.Bloc) []string {
	var broker, central *NodeResult
	in := map[string]bool{}
	for _, m := range b.Members {
		in[m.ID] = true
	}
	for i := range r.Results {
		x := &r.Results[i]
		if !in[x.ID] {
			continue
		}
		if central == nil {
			central = x // Results are most central first
		}
		if x.Betweenness > 0 && (broker == nil || x.Betweenness > broker.Betweenness) {
			broker = x
		}
	}
	var out []string
	tied := 0
	for i := range r.Results {
		if x := &r.Results[i]; in[x.ID] && broker != nil && x != broker && x.Betweenness == broker.Betweenness {
			tied++
		}
	}
	switch {
	case broker != nil && tied > 0:
		out = append(out, fmt.Sprintf("%s is one of %d brokers of equal standing (betweenness %.1f).", broker.Name, tied+1, broker.Betweenness))
	case broker != nil:
		out = append(out, fmt.Sprintf("%s is its broker: more shortest cooperation paths between other states pass through it than through any other member (betweenness %.1f).", broker.Name, broker.Betweenness))
	}
	if central != nil && central != broker {
		out = append(out, fmt.Sprintf("%s draws the most cooperation (PageRank %.3f).", central.Name, central.PageRank))
	}
	return out
}

// against names the states outside bloc b in net conflict with it, the
// most opposed first, for "The bloc stands against …".
func against(p *Projection, b brief.Bloc, ties map[[2]string]*tie) string {
	in := map[string]bool{}
	for _, m := range b.Members {
		in[m.ID] = true
	}
	net := map[string]float64{}
	var coop, conflict float64
	for _, t := range ties {
		if in[t.a] == in[t.b] {
			continue
		}
		out := t.b
		if in[t.b] {
			out = t.a
		}
		net[out] += t.net
		coop += t.coop
		conflict += t.conflict
	}
	var foes []string
	for id, v := range net {
		if v < 0 {
			foes = append(foes, id)
		}
	}
	if len(foes) == 0 {
		return ""
	}
	sort.Slice(foes, func(i, j int) bool {
		if net[foes[i]] != net[foes[j]] {
			return net[foes[i]] < net[foes[j]]
		}
		return foes[i] < foes[j]
	})
	var ns []string
	for _, id := range foes {
		ns = append(ns, p.Name(id))
	}
	across := "no cooperation across"
	if coop > 0 {
		across = fmt.Sprintf("cooperation %.1f across", coop)
	}
	if len(ns) > 6 {
		return fmt.Sprintf("%d %ss, most of all %s (conflict %.1f, %s).", len(ns), p.Level, list(ns[:3]), conflict, across)
	}
	return fmt.Sprintf("%s (conflict %.1f, %s).", list(ns), conflict, across)
}

// busiest names the relation reported most often from one node to another
// (two reports or more), with when; relations over windows (dyadic rows,
// generic events) do not count. The reports come from the pairs' counts;
// when is said only when the pair holds every event of that relation.
func busiest(p *Projection) string {
	var best *Pair
	bestType, n := "", 0
	for _, pr := range p.Pairs {
		for typ, c := range pr.ByType {
			if typ == graph.GenericType {
				continue
			}
			if c > n || (c == n && best != nil && (pr.From+pr.To+typ) < (best.From+best.To+bestType)) {
				best, bestType, n = pr, typ, c
			}
		}
	}
	if n < 2 {
		return ""
	}
	when, seen := "", 0
	var from, last time.Time
	for _, e := range best.Events {
		if e.Type != bestType {
			continue
		}
		seen += e.Count
		if !e.End.IsZero() {
			return "" // over windows: not reports of single events
		}
		if e.Date.IsZero() {
			continue
		}
		if from.IsZero() || e.Date.Start().Before(from) {
			from = e.Date.Start()
		}
		if e.Date.End().After(last) {
			last = e.Date.End()
		}
	}
	if seen == n && !from.IsZero() {
		when = " " + spanWords(from, last)
	}
	return fmt.Sprintf("%s %s %s %d times%s.", p.Name(best.From), graph.PhraseOf(bestType), p.Name(best.To), n, when)
}

// spanWords says when, from the first to the last day (graph.Date's
// Start and End): "on …", "in one week (…)", "in April 2021", "in 2021",
// "from … to …".
func spanWords(from, last time.Time) string {
	day := func(t time.Time) string { return t.Format("2 January 2006") }
	switch days := int(math.Round(last.Sub(from).Hours()/24)) + 1; {
	case days <= 1:
		return "on " + day(from)
	case days <= 7:
		return fmt.Sprintf("in one week (%s to %s)", day(from), day(last))
	case from.Year() == last.Year() && from.Month() == last.Month():
		return "in " + from.Format("January 2006")
	case from.Year() == last.Year():
		return fmt.Sprintf("in %d", from.Year())
	}
	return fmt.Sprintf("from %s to %s", from.Format("January 2006"), last.Format("January 2006"))
}

// caveatsOf says what the data do not support.
func caveatsOf(p *Projection, r *Report, blocs []brief.Bloc, articles int) []string {
	var out []string
	if r.Events < smallSample {
		from := ""
		if articles > 0 {
			from = " from " + plural(articles, "article")
		}
		out = append(out, fmt.Sprintf("Low confidence: only %s%s, too few to call the blocs firm; read them as a sketch of what the sources say.", plural(r.Events, "event"), from))
	}
	multi := 0
	for _, b := range blocs {
		if len(b.Members) > 1 {
			multi++
		}
	}
	oneGroup := ""
	if multi <= 1 && r.Modularity != nil && *r.Modularity < clearModularity {
		oneGroup = " The cooperation forms one group, and the states outside it have no cooperation tie to it: the blocs rest on who cooperates at all, not on a division among those who do."
	}
	switch {
	case r.NoSignificantStructure():
		out = append([]string{sentence(r.Significance) + oneGroup}, out...)
	case r.Null != nil:
		// significant: said in the headline
	case r.Modularity != nil && *r.Modularity < clearModularity:
		if multi <= 1 {
			out = append(out, fmt.Sprintf("No bloc structure within the cooperation ties: modularity Q = %.2f (a clear division is above %.1f).%s", *r.Modularity, clearModularity, oneGroup))
		} else {
			out = append(out, fmt.Sprintf("Weak bloc structure: modularity Q = %.2f, below the %.1f of a clear division; many cooperation ties cross the blocs.", *r.Modularity, clearModularity))
		}
	case r.BalanceIndex != nil && *r.BalanceIndex < clearBalance:
		out = append(out, fmt.Sprintf("Weak bloc structure: structural balance %.2f (below %.1f); %s go against the blocs (conflict inside or cooperation across).", *r.BalanceIndex, clearBalance, plural(*r.FrustratedEdges, "tie")))
	}
	switch {
	case r.Null == nil && r.Significance != "":
		out = append(out, sentence(r.Significance))
	case r.Null == nil:
		out = append(out, "Not tested against chance: the test was turned off (--null), so nothing says these blocs beat randomised graphs.")
	}
	var unknown, mixed []string
	for _, b := range blocs {
		if len(b.Members) < 2 {
			continue
		}
		known := map[string]int{}
		for _, m := range b.Members {
			if m.Ideology != "" {
				known[m.Ideology]++
			}
		}
		switch {
		case len(known) == 0:
			unknown = append(unknown, "the "+b.Label)
		case b.Ideology == "":
			mixed = append(mixed, fmt.Sprintf("the %s (%s)", b.Label, countsText(known, len(b.Members))))
		}
	}
	if len(unknown) > 0 {
		out = append(out, fmt.Sprintf("Ruling ideology unknown: the gazetteer knows no ruling party for any member of %s.", listMore(unknown, 4)))
	}
	if len(mixed) > 0 {
		out = append(out, fmt.Sprintf("No ruling ideology shared by most members of %s.", listMore(mixed, 4)))
	}
	machine := 0
	for _, pr := range p.Pairs {
		for _, e := range pr.Events {
			if e.Source == "gdelt" || e.Source == "icews" {
				machine++
			}
		}
	}
	if machine > 0 {
		share := fmt.Sprintf("%s of %d are", plural(machine, "event"), r.Events)
		switch {
		case !p.complete():
			share = "The events from GDELT and ICEWS are" // folded as read: not counted by source
		case machine == r.Events:
			share = fmt.Sprintf("All %d events are", machine)
		case machine == 1:
			share = fmt.Sprintf("1 event of %d is", r.Events)
		}
		out = append(out, share+" machine-coded from news reports (GDELT, ICEWS): expect some to be wrong about who did what to whom; their sources let you check.")
	}
	var unsure []string
	for _, x := range r.Results {
		if x.BlocConfidence != nil && *x.BlocConfidence < firmMember {
			unsure = append(unsure, fmt.Sprintf("%s (%.2f)", x.Name, *x.BlocConfidence))
		}
	}
	if len(unsure) > 0 {
		more := ""
		if len(unsure) > 8 {
			more = fmt.Sprintf(" and %d more", len(unsure)-8)
			unsure = unsure[:8]
		}
		out = append(out, fmt.Sprintf("Uncertain members, with their bloc in fewer than %.0f%% of the %d runs: %s%s.", 100*firmMember, r.Runs, strings.Join(unsure, ", "), more))
	}
	return out
}

// sentence makes a clause of the analysis a sentence: capital first, full
// stop last.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return s
	}
	s = capital(s)
	if !strings.HasSuffix(s, ".") {
		s += "."
	}
	return s
}

// capital gives s a capital first letter.
func capital(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}

// countsText writes ideology counts: "communism 2, liberalism 1, 2 unknown".
func countsText(known map[string]int, n int) string {
	keys := make([]string, 0, len(known))
	total := 0
	for k, v := range known {
		keys = append(keys, k)
		total += v
	}
	sort.Slice(keys, func(i, j int) bool {
		if known[keys[i]] != known[keys[j]] {
			return known[keys[i]] > known[keys[j]]
		}
		return keys[i] < keys[j]
	})
	var parts []string
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%s %d", k, known[k]))
	}
	if total < n {
		parts = append(parts, fmt.Sprintf("%d unknown", n-total))
	}
	return strings.Join(parts, ", ")
}

// names lists up to n members' names in words.
func names(ms []brief.Member, n int) string {
	var ns []string
	for i, m := range ms {
		if i == n {
			return strings.Join(ns, ", ") + fmt.Sprintf(" and %d more", len(ms)-n)
		}
		ns = append(ns, m.Name)
	}
	return list(ns)
}

// listMore lists up to n items in words, then how many more.
func listMore(items []string, n int) string {
	if len(items) <= n {
		return list(items)
	}
	return strings.Join(items[:n], ", ") + fmt.Sprintf(" and %d more", len(items)-n)
}

// list joins names in words: "A", "A and B", "A, B and C".
func list(ns []string) string {
	switch len(ns) {
	case 0:
		return ""
	case 1:
		return ns[0]
	}
	return strings.Join(ns[:len(ns)-1], ", ") + " and " + ns[len(ns)-1]
}
