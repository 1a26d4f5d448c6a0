package analysis

import (
	"fmt"
	"math"
	"sort"
	"strconv"
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

// standing is what the report makes of the blocs: a finding, or why not.
type standing int

const (
	standFinding        standing = iota // beyond chance
	standUntested                       // no test ran; the structure is clear
	standWeak                           // no test ran; modularity or balance is weak
	standNotSignificant                 // the test ran and found nothing beyond chance
	standOneBloc                        // one bloc holds every state
	standNoConflict                     // signed blocs with no conflict to go on
)

// standingOf reads the report's standing of the blocs: its test, its
// blocs' Finding, and (untested) the thresholds its caveat uses.
func standingOf(r *Report) standing {
	switch {
	case r.Null != nil && r.Null.Significant:
		return standFinding
	case r.NoSignificantStructure():
		return standNotSignificant
	}
	for _, b := range r.Blocs {
		if !b.Finding && b.LabelBasis.Rule != "alone" {
			if r.Method == MethodSigned && r.BalanceRelative == nil {
				return standNoConflict
			}
			return standOneBloc
		}
	}
	if r.Modularity != nil && *r.Modularity < clearModularity || r.BalanceIndex != nil && *r.BalanceIndex < clearBalance {
		return standWeak
	}
	return standUntested
}

// headline writes the summary sentences and the caveats.
func headline(g *graph.Graph, p *Projection, r *Report, blocs []brief.Bloc, ties map[[2]string]*tie, articles int, nullOff bool) (head, caveats []string) {
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
	st := standingOf(r)
	switch {
	case len(groups) == 0:
		head = append(head, fmt.Sprintf("No two of the %s share a bloc: no cooperation ties group them.", plural(r.Nodes, r.NodeNoun())))
	case st == standFinding || st == standUntested:
		untested := ""
		if st == standUntested {
			untested = " (not tested against chance)"
		}
		for i, b := range groups {
			if i == 3 {
				head = append(head, fmt.Sprintf("%s of two or more %ss follow.", plural(len(groups)-3, "more bloc"), r.NodeNoun()))
				break
			}
			head = append(head, fmt.Sprintf("%d %ss form %s%s: %s.", len(b.Members), r.NodeNoun(), blocNoun(b), untested, names(b.Members, 8)))
			untested = "" // said once
			if i == 0 {
				head = append(head, roles(r, b, "")...)
				if s := against(p, b, ties); s != "" {
					head = append(head, capital(strings.Replace(blocNoun(b), "a bloc", "this bloc", 1))+" stands against "+s)
				}
			}
		}
	default:
		// No finding: say so first, and speak of the states grouped, not
		// of a bloc they form.
		head = append(head, noFinding(st, r, groups))
		among, they := "Among them", "They stand"
		if len(groups) > 1 {
			among = "Among the " + plural(len(groups[0].Members), r.NodeNoun()) + " grouped as " + blocNoun(groups[0])
			they = "These " + plural(len(groups[0].Members), r.NodeNoun()) + " stand"
		}
		head = append(head, roles(r, groups[0], among)...)
		if s := against(p, groups[0], ties); s != "" { // none when one bloc holds all
			head = append(head, they+" against "+s)
		}
	}
	if len(untied) > 0 {
		head = append(head, fmt.Sprintf("%s no cooperation tie in the window: %s in no bloc.", who(untied, r.NodeNoun(), "has", "have"), pick(len(untied), "it is", "they are")))
	}
	if len(alone) > 0 {
		head = append(head, fmt.Sprintf("%s alone, with no bloc-mate.", who(alone, r.NodeNoun(), "stands", "stand")))
	}
	if s := busiest(p); s != "" {
		head = append(head, s)
	}
	if st == standFinding {
		head = append(head, sentence(r.Significance))
	}
	return head, caveatsOf(p, r, blocs, untied, articles, nullOff)
}

// noFinding is the headline's first sentence when the blocs are no
// finding: why, in a few words, and whom the analysis grouped.
func noFinding(st standing, r *Report, groups []brief.Bloc) string {
	grouped := groupedWords(r.NodeNoun(), groups)
	switch st {
	case standNotSignificant:
		return fmt.Sprintf("No significant bloc structure (p = %.2f): %s are not a finding.", r.Null.P, grouped)
	case standOneBloc:
		return fmt.Sprintf("No bloc structure: all %s fall in one bloc (%s), which is not a finding.", plural(len(groups[0].Members), r.NodeNoun()), names(groups[0].Members, 8))
	case standNoConflict:
		return fmt.Sprintf("No finding without conflict: %s are only connected by cooperation, not divided from others by conflict.", grouped)
	}
	return fmt.Sprintf("Weak bloc structure, not tested against chance: %s are a sketch, not a finding.", grouped)
}

// groupedWords names the groups of two or more without saying they form
// blocs: "the 5 states grouped as the socialist bloc (Cuba, …) and the 4
// grouped as a bloc of democracies (…)".
func groupedWords(level string, groups []brief.Bloc) string {
	var parts []string
	for i, b := range groups {
		if i == 3 {
			parts = append(parts, plural(len(groups)-3, "more group"))
			break
		}
		n := plural(len(b.Members), level)
		if i > 0 {
			n = strconv.Itoa(len(b.Members))
		}
		parts = append(parts, fmt.Sprintf("the %s grouped as %s (%s)", n, blocNoun(b), names(b.Members, 8)))
	}
	return list(parts)
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

// blocRef names a bloc after "members of": "the socialist bloc", "the
// democracies", "the bloc of Chile and Holy See" when the label lists the
// members.
func blocRef(b brief.Bloc) string {
	switch {
	case len(b.Members) > 0 && strings.HasPrefix(b.Label, b.Members[0].Name):
		return "the bloc of " + b.Label
	case strings.HasPrefix(strings.ToLower(b.Label), "the "):
		return b.Label
	}
	return "the " + b.Label
}

// roles names a bloc's broker (the member of highest betweenness, when any
// shortest cooperation path passes through one) and its most central
// member (highest PageRank) when that is another state. With among ("Among
// them") the members are spoken of as a group, not as a bloc.
func roles(r *Report, b brief.Bloc, among string) []string {
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
	prefix, its := "", "its broker"
	if among != "" {
		prefix, its = among+", ", "the broker"
	}
	switch {
	case broker != nil && tied > 0:
		out = append(out, fmt.Sprintf("%s%s is one of %d brokers of equal standing (betweenness %.1f).", prefix, broker.Name, tied+1, broker.Betweenness))
	case broker != nil:
		out = append(out, fmt.Sprintf("%s%s is %s: more shortest cooperation paths between other %ss pass through it than through any other member (betweenness %.1f).", prefix, broker.Name, its, r.NodeNoun(), broker.Betweenness))
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
		return fmt.Sprintf("%d %ss, most of all %s (conflict %.1f, %s).", len(ns), p.NodeNoun(), list(ns[:3]), conflict, across)
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
	datasets := map[string]bool{} // of the events: GDELT and ICEWS rows are news reports
	facts := false
	for _, e := range best.Events {
		if e.Type != bestType {
			continue
		}
		if e.Source == "gdelt" || e.Source == "icews" {
			datasets[strings.ToUpper(e.Source)] = true
		} else {
			facts = true
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
	if len(datasets) > 0 && !facts {
		// a dataset's rows are reports in the news, many of one event: not
		// "Brazil met China 41 times" but 41 reports of their meeting
		var ds []string
		for d := range datasets {
			ds = append(ds, d)
		}
		sort.Strings(ds)
		return fmt.Sprintf("%d %s reports of %s %s %s%s.", n, strings.Join(ds, " and "), p.Name(best.From), gerund(graph.PhraseOf(bestType)), p.Name(best.To), when)
	}
	return fmt.Sprintf("%s %s %s %d times%s.", p.Name(best.From), graph.PhraseOf(bestType), p.Name(best.To), n, when)
}

// gerund turns a relation's phrase into its -ing form: "met" → "meeting",
// "appealed for cooperation with" → "appealing for cooperation with".
func gerund(phrase string) string {
	verb, rest, _ := strings.Cut(phrase, " ")
	ing, ok := map[string]string{
		"met": "meeting", "sent": "sending", "gave": "giving", "acted": "acting",
		"boycotted": "boycotting", "expelled": "expelling", "signed": "signing",
	}[verb]
	if !ok {
		switch {
		case strings.HasSuffix(verb, "zed"), strings.HasSuffix(verb, "sed"), strings.HasSuffix(verb, "ated"):
			ing = strings.TrimSuffix(verb, "d") // "praised" → "praise"
			ing = strings.TrimSuffix(ing, "e") + "ing"
		case strings.HasSuffix(verb, "ed"):
			ing = strings.TrimSuffix(verb, "ed") + "ing"
		default:
			ing = verb
		}
	}
	if rest == "" {
		return ing
	}
	return ing + " " + rest
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

// oneGroupWords explain blocs made of one group of cooperation and nodes
// (states, actors) with no cooperation tie to it.
func oneGroupWords(noun string) string {
	return "The cooperation forms one group, and the " + noun + "s outside it have no cooperation tie to it: the blocs rest on who cooperates at all, not on a division among those who do."
}

// caveatsOf says what the data do not support. What the analysis says of
// the blocs' standing (r.Significance) comes first, in its own words; the
// briefing adds only what the analysis does not say.
func caveatsOf(p *Projection, r *Report, blocs []brief.Bloc, untied []string, articles int, nullOff bool) []string {
	var out []string
	multi := 0
	for _, b := range blocs {
		if len(b.Members) > 1 {
			multi++
		}
	}
	st := standingOf(r)
	if st != standFinding && r.Significance != "" {
		s := sentence(r.Significance)
		if multi == 1 && len(untied) > 0 && r.Modularity != nil && *r.Modularity < clearModularity {
			s += " " + oneGroupWords(r.NodeNoun())
		}
		out = append(out, s)
	}
	if w := r.GroupsWords(); w != "" && st == standFinding {
		// The standing line says it too, in the summary; here it is what
		// the data do not support: alignment across the groups.
		out = append(out, "Separate groups: "+w+".")
	}
	if r.Null == nil && r.BalanceIndex != nil && *r.BalanceIndex < clearBalance && st == standWeak {
		out = append(out, fmt.Sprintf("Weak bloc structure: structural balance %.2f (below %.1f); %s go against the blocs (conflict inside or cooperation across).", *r.BalanceIndex, clearBalance, plural(*r.FrustratedEdges, "tie")))
	}
	if r.Null == nil && nullOff && !strings.Contains(strings.ToLower(r.Significance), "tested") {
		out = append(out, "Not tested against chance: the test was turned off (--null), so nothing says these blocs beat randomised graphs.")
	}
	if r.Events < smallSample {
		from := ""
		if articles > 0 {
			from = " from " + plural(articles, "article")
		}
		out = append(out, fmt.Sprintf("Low confidence: only %s%s, too few to call the blocs firm; read them as a sketch of what the sources say.", plural(r.Events, "event"), from))
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
			unknown = append(unknown, blocRef(b))
		case b.Ideology == "":
			mixed = append(mixed, fmt.Sprintf("%s (%s)", blocRef(b), countsText(known, len(b.Members))))
		}
	}
	if !r.RulersApply() {
		// tribes have no rulers to know: saying their ideology is unknown
		// would suggest there is one to look up
		unknown, mixed = nil, nil
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
		share, which := fmt.Sprintf("%s of %d are", plural(machine, "event"), r.Events), " (GDELT, ICEWS)"
		switch {
		case !p.complete():
			share, which = "The events from GDELT and ICEWS are", "" // folded as read: not counted by source
		case machine == r.Events:
			share = fmt.Sprintf("All %d events are", machine)
		case machine == 1:
			share = fmt.Sprintf("1 event of %d is", r.Events)
		}
		out = append(out, share+" machine-coded from news reports"+which+": expect some to be wrong about who did what to whom; their sources let you check.")
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
