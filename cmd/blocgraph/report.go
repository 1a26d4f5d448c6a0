package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/blocgraph/blocgraph/analysis"
	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/loader/gazetteer"
	"github.com/urfave/cli/v2"
)

// projectionFlags select and weigh the events an analysis looks at.
func projectionFlags() []cli.Flag {
	return inCategory("Which events", []cli.Flag{
		&cli.StringFlag{Name: "since", Usage: "only events on or after this `DATE` (YYYY, YYYY-MM or YYYY-MM-DD); an event dated to a month or year counts when its span overlaps the window"},
		&cli.StringFlag{Name: "until", Usage: "only events on or before this `DATE` (the last day of a month or year given as YYYY-MM or YYYY)"},
		&cli.StringFlag{Name: "relations", Usage: "only these `RELATIONS`, comma-separated (e.g. congratulated,sanctioned); see blocgraph vocabulary"},
		&cli.StringFlag{Name: "level", Value: "state", Usage: "`LEVEL` of the nodes: state (leaders and parties stand for their state) or actor (they keep their own nodes)"},
		&cli.Float64Flag{Name: "half-life", Usage: "halve an event's weight every this many `DAYS` of age (0: no decay)"},
	})
}

// eventFilter reads --since, --until and --relations: the window and the
// relations a command selects events by, parsed once.
func eventFilter(c *cli.Context) (graph.EventFilter, error) {
	var f graph.EventFilter
	var err error
	if f.Span.Start, err = graph.ParseDate(c.String("since")); err != nil {
		return f, usageError("--since %v", err)
	}
	if f.Span.End, err = graph.ParseDate(c.String("until")); err != nil {
		return f, usageError("--until %v", err)
	}
	if f.Span.Validate() != nil {
		return f, usageError("--until %s is before --since %s", f.Span.End, f.Span.Start)
	}
	if f.Relations, err = graph.ParseRelations(c.String("relations")); err != nil {
		return f, usageError("--relations: %v (see blocgraph vocabulary)", err)
	}
	return f, nil
}

// projectionOptions reads projectionFlags.
func projectionOptions(c *cli.Context) (analysis.Options, error) {
	var o analysis.Options
	var err error
	if o.Filter, err = eventFilter(c); err != nil {
		return o, err
	}
	if o.Level, err = analysis.ParseLevel(c.String("level")); err != nil {
		return o, usageError("--level %v", err)
	}
	if o.HalfLife = c.Float64("half-life"); !finite(o.HalfLife) || o.HalfLife < 0 {
		return o, usageError("--half-life must be a number of days, 0 or more (0: no decay)")
	}
	return o, nil
}

func reportCommand() *cli.Command {
	flags := append(projectionFlags(),
		formatFlag("table", "table", "csv", "json", "md"),
		&cli.IntFlag{Name: "top", Value: 20, Usage: "show the `N` most central states (0: all; JSON gives all unless --top is given)"},
	)
	flags = append(flags, analysisFlags()...)
	flags = append(flags, writeBackFlag())
	flags = append(flags, sourceFlags()...)
	flags = append(flags, inputFlags()...)
	return &cli.Command{
		Name:      "report",
		Usage:     "centrality and blocs: who is central, which states stand together",
		ArgsUsage: "PATH...",
		Description: "Projects the events onto states (leaders and parties stand for their state at the\n" +
			"event's date), weighs each by Goldstein × count × confidence, and reports for each\n" +
			"state its weighted degree, PageRank, betweenness, eigenvector centrality and net\n" +
			"cooperation balance, and how it was ruled (party family, regime type), then the blocs.\n" +
			"A bloc whose members are mostly ruled by communist or socialist parties is the\n" +
			"socialist bloc; two thirds or more democracies, or not democracies, make democracies\n" +
			"or autocracies; other blocs are named by their members. Without significant bloc\n" +
			"structure the labels are printed \"(not significant)\". States are named as they were\n" +
			"on the window's last day, under today's ids (DEU is West Germany in 1982-1985)." + examples(
			"report testdata/",
			"report --method signed --top 5 testdata/facts/kim-diaz-canel-2021.yaml",
			"report --since 2022-02 --until 2022-03 --relations sanctioned,criticized,attacked testdata/",
			"report --format json --aggregate month ../shared/data/gdelt/20191024143000.export.CSV",
			"report --alignment profile ../shared/data/signed/cow-signed-1946-1999.csv",
			"report --from neo4j --write-back"),
		Flags: flags,
		Action: func(c *cli.Context) error {
			format, err := checkFormat(c, "table", "csv", "json", "md")
			if err != nil {
				return err
			}
			cfg, err := analysisConfig(c)
			if err != nil {
				return err
			}
			if c.Bool("write-back") {
				// Fail before the analysis, not after it, when Neo4j is not there.
				st, err := openStore(c)
				if err != nil {
					return err
				}
				st.Close(context.Background())
			}
			g, p, err := projectInput(c, c.Args().Slice(), 0)
			if err != nil {
				return err
			}
			r, err := analyze(g, p, cfg)
			if err != nil {
				return err
			}
			for _, w := range r.Warnings {
				fmt.Fprintln(c.App.ErrWriter, "warning:", w)
			}
			top := c.Int("top")
			if format == "json" && !c.IsSet("top") {
				top = 0 // scripts get every state unless they ask for fewer
			}
			if err := writeReport(formatWriter(c, format), r, format, top); err != nil {
				return err
			}
			return afterReport(c, r)
		},
	}
}

func analysisConfig(c *cli.Context) (analysis.Config, error) {
	cfg := analysis.Config{
		Method: c.String("method"), Resolution: c.Float64("resolution"), Seed: c.Int64("seed"),
		Runs: c.Int("runs"), Damping: c.Float64("damping"), Tolerance: c.Float64("tolerance"),
	}
	if _, err := analysis.ParseMethod(cfg.Method); err != nil {
		return cfg, usageError("--method %v", err)
	}
	if !(cfg.Damping > 0 && cfg.Damping < 1) { // NaN too
		return cfg, usageError("--damping must be between 0 and 1 (exclusive)")
	}
	if !finite(cfg.Resolution) || cfg.Resolution <= 0 {
		return cfg, usageError("--resolution must be a number above 0")
	}
	cfg.Alignment, cfg.Similarity = c.String("alignment"), c.String("similarity")
	switch cfg.Alignment {
	case analysis.AlignmentInteraction, analysis.AlignmentProfile:
	default:
		return cfg, usageError("--alignment %q is not interaction or profile", cfg.Alignment)
	}
	switch cfg.Similarity {
	case analysis.SimilarityKappa, analysis.SimilarityPi, analysis.SimilarityS:
	default:
		return cfg, usageError("--similarity %q is not kappa, pi or s", cfg.Similarity)
	}
	cfg.Blocs = c.Int("blocs")
	if c.IsSet("null") {
		if cfg.Null = c.Int("null"); cfg.Null < 0 {
			return cfg, usageError("--null must be 0 (no test) or more randomisations")
		} else if cfg.Null == 0 {
			cfg.Null = -1
		}
	}
	if cfg.Blocs < 0 {
		return cfg, usageError("--blocs must be 1 or more (0: chosen by the least frustration)")
	}
	if cfg.Blocs > 0 && cfg.Method != analysis.MethodSigned {
		return cfg, usageError("--blocs applies to --method signed; modularity chooses its own number of blocs")
	}
	if cfg.Runs < 0 {
		return cfg, usageError("--runs must be 1 or more (0: chosen by the size of the graph)")
	}
	if !finite(cfg.Tolerance) || cfg.Tolerance <= 0 {
		return cfg, usageError("--tolerance must be a number above 0")
	}
	if c.IsSet("top") && c.Int("top") < 0 {
		return cfg, usageError("--top must be 0 (all) or more")
	}
	for _, kv := range c.StringSlice("name-bloc") {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || strings.TrimSpace(k) == "" || strings.TrimSpace(v) == "" {
			return cfg, usageError("--name-bloc %q: write STATE=NAME, e.g. USA='Western bloc'", kv)
		}
		if cfg.BlocNames == nil {
			cfg.BlocNames = map[string]string{}
		}
		cfg.BlocNames[strings.TrimSpace(k)] = strings.TrimSpace(v) // matched without regard to case by analyze
	}
	cfg.Rulers = gazetteerRulers
	return cfg, nil
}

// gazetteerRulers is how the built-in gazetteer says a state was ruled on
// a date: the ruling party and its family, the leader's economic ideology,
// the regime type (analysis.Config.Rulers).
func gazetteerRulers(state string, at graph.Date) analysis.Ruling {
	p := gazetteer.Default().ProfileOn(state, at)
	r := analysis.Ruling{Family: p.Family, Economic: p.Economic.Value, Regime: p.Regime.Value}
	if len(p.Parties) > 0 {
		r.Party = p.Parties[0].Name
	}
	return r
}

// finite reports whether x is a number a flag may hold: not NaN, not an
// infinity (strconv reads "NaN" and "Inf" as floats).
func finite(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }

func writeReport(w io.Writer, r *analysis.Report, format string, top int) error {
	rows := r.Results
	if top > 0 && len(rows) > top {
		rows = rows[:top]
	}
	switch format {
	case "json":
		out := *r
		out.Results = rows
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(&out)
	case "csv":
		cw := csv.NewWriter(w)
		cw.Write([]string{"id", "name", "pagerank", "betweenness", "eigenvector", "hub", "authority", "in_degree", "out_degree",
			"cooperation_in", "cooperation_out", "conflict_in", "conflict_out", "balance", "bloc", "bloc_label", "bloc_confidence",
			"party_family", "economic_ideology", "regime", "bloc_finding", "standing"})
		for _, x := range rows {
			conf := ""
			if x.BlocConfidence != nil {
				conf = num(*x.BlocConfidence)
			}
			cw.Write([]string{x.ID, x.Name, num(x.PageRank), num(x.Betweenness), num(x.Eigenvector), num(x.Hub), num(x.Authority),
				num(x.InDegree), num(x.OutDegree), num(x.CooperationIn), num(x.CooperationOut), num(x.ConflictIn), num(x.ConflictOut),
				num(x.Balance), strconv.Itoa(x.Bloc), x.BlocLabel, conf,
				x.Ruling.Family, x.Ruling.Economic, x.Ruling.Regime, strconv.FormatBool(r.Blocs[x.Bloc].Finding), x.Standing})
		}
		cw.Flush()
		return cw.Error()
	case "md":
		fmt.Fprintf(w, "## Alignment report\n\n%s\n\n", reportHeadline(r))
		if r.Significance != "" {
			fmt.Fprintf(w, "%s\n\n", mdCell(r.Significance))
		}
		if !r.RulersApply() {
			// no states: no ruling ideology or regime type to show
			fmt.Fprintf(w, "### Blocs\n\n| bloc | members | why this label |\n|---|---|---|\n")
			for _, b := range r.Blocs {
				fmt.Fprintf(w, "| %s | %s | %s |\n", mdCell(b.Printed()), mdCell(strings.Join(b.Names, ", ")), mdCell(b.LabelReason))
			}
			fmt.Fprintf(w, "\n### Centrality\n\n| %s | PageRank | betweenness | eigenvector | in | out | balance | bloc |\n|---|---:|---:|---:|---:|---:|---:|---|\n", r.NodeNoun())
			for _, x := range rows {
				fmt.Fprintf(w, "| %s (%s) | %.4f | %.1f | %.3f | %.1f | %.1f | %+.1f | %s |\n", mdCell(x.Name), x.ID, x.PageRank, x.Betweenness, x.Eigenvector, x.InDegree, x.OutDegree, x.Balance,
					mdCell(r.Blocs[x.Bloc].Printed()))
			}
			return nil
		}
		fmt.Fprintf(w, "### Blocs\n\n| bloc | members | ruling ideology | regime | why this label |\n|---|---|---|---|---|\n")
		for _, b := range r.Blocs {
			fmt.Fprintf(w, "| %s | %s | %s | %s | %s |\n", mdCell(b.Printed()), mdCell(strings.Join(b.Names, ", ")), b.IdeologyWord(), b.RegimeWord(), mdCell(b.LabelReason))
		}
		fmt.Fprintf(w, "\n### Centrality\n\n| %s | PageRank | betweenness | eigenvector | in | out | balance | ideology | regime | bloc |\n|---|---:|---:|---:|---:|---:|---:|---|---|---|\n", r.NodeNoun())
		for _, x := range rows {
			fmt.Fprintf(w, "| %s (%s) | %.4f | %.1f | %.3f | %.1f | %.1f | %+.1f | %s | %s | %s |\n", mdCell(x.Name), x.ID, x.PageRank, x.Betweenness, x.Eigenvector, x.InDegree, x.OutDegree, x.Balance,
				x.Ruling.Ideology(), x.Ruling.RegimeWord(), mdCell(r.Blocs[x.Bloc].Printed()))
		}
		if lines := standingLines(r); len(lines) > 0 {
			fmt.Fprintf(w, "\nNot sovereign states, or not throughout (KIND):\n\n")
			for _, l := range lines {
				fmt.Fprintf(w, "- %s\n", mdCell(l))
			}
		}
		return nil
	}
	fmt.Fprintln(w, reportHeadline(r))
	if r.Significance != "" {
		fmt.Fprintln(w, r.Significance)
	}
	if len(r.Results) == 0 {
		fmt.Fprintln(w, "No events in the window: nothing to measure.")
		return nil
	}
	fmt.Fprintln(w)
	tw := newTable(w, 0)
	rulers := r.RulersApply() // no states (tribes): no ideology or regime columns
	if rulers {
		fmt.Fprintln(tw, "BLOC\tMEMBERS\tRULING IDEOLOGY\tREGIME")
	} else {
		fmt.Fprintln(tw, "BLOC\tMEMBERS")
	}
	for _, b := range r.Blocs {
		names := b.Names
		more := ""
		if len(names) > 8 {
			names, more = names[:8], fmt.Sprintf(" … (+%d)", len(b.Names)-8)
		}
		if rulers {
			fmt.Fprintf(tw, "%s\t%s%s\t%s\t%s\n", b.Printed(), strings.Join(names, ", "), more, b.IdeologyWord(), b.RegimeWord())
		} else {
			fmt.Fprintf(tw, "%s\t%s%s\n", b.Printed(), strings.Join(names, ", "), more)
		}
	}
	tw.Flush()
	fmt.Fprintln(w)
	conf := r.Method == analysis.MethodConsensus
	nameW, idW := len("NAME"), len("STATE")
	for _, x := range rows {
		nameW = max(nameW, len([]rune(truncate(x.Name, 28))))
		idW = max(idW, len(x.ID))
	}
	idHead := strings.ToUpper(r.NodeNoun())
	idW = max(idW, len(idHead))
	ideoW, regW := len("IDEOLOGY"), len("REGIME")
	for _, x := range rows {
		ideoW = max(ideoW, len(x.Ruling.Ideology()))
		regW = max(regW, len(x.Ruling.RegimeWord()))
	}
	head := fmt.Sprintf("%-*s  %-*s  %8s  %11s  %11s  %6s  %6s  %7s  %-*s  %-*s  %s", idW, idHead, nameW, "NAME", "PAGERANK", "BETWEENNESS", "EIGENVECTOR", "IN", "OUT", "BALANCE", ideoW, "IDEOLOGY", regW, "REGIME", "BLOC")
	if !rulers {
		head = fmt.Sprintf("%-*s  %-*s  %8s  %11s  %11s  %6s  %6s  %7s  %s", idW, idHead, nameW, "NAME", "PAGERANK", "BETWEENNESS", "EIGENVECTOR", "IN", "OUT", "BALANCE", "BLOC")
	}
	if conf {
		head += "  (CONFIDENCE)"
	}
	fmt.Fprintln(w, head)
	for _, x := range rows {
		name := truncate(x.Name, 28)
		line := fmt.Sprintf("%-*s  %s%s  %8.4f  %11.1f  %11.3f  %6.1f  %6.1f  %+7.1f  %-*s  %-*s  %s", idW, x.ID, name, strings.Repeat(" ", nameW-len([]rune(name))),
			x.PageRank, x.Betweenness, x.Eigenvector, x.InDegree, x.OutDegree, x.Balance, ideoW, x.Ruling.Ideology(), regW, x.Ruling.RegimeWord(), r.Blocs[x.Bloc].Printed())
		if !rulers {
			line = fmt.Sprintf("%-*s  %s%s  %8.4f  %11.1f  %11.3f  %6.1f  %6.1f  %+7.1f  %s", idW, x.ID, name, strings.Repeat(" ", nameW-len([]rune(name))),
				x.PageRank, x.Betweenness, x.Eigenvector, x.InDegree, x.OutDegree, x.Balance, r.Blocs[x.Bloc].Printed())
		}
		if conf && x.BlocConfidence != nil {
			line += fmt.Sprintf("  (%.2f)", *x.BlocConfidence)
		}
		fmt.Fprintln(w, line)
	}
	if len(rows) < len(r.Results) {
		fmt.Fprintf(w, "(%d more; --top 0 shows all)\n", len(r.Results)-len(rows))
	}
	if lines := standingLines(r); len(lines) > 0 {
		fmt.Fprintln(w, "\nnot sovereign states, or not throughout (KIND; blocgraph states ID says more):")
		for _, l := range lines {
			fmt.Fprintln(w, "  "+l)
		}
	}
	return nil
}

func reportHeadline(r *analysis.Report) string {
	s := fmt.Sprintf("%s, %s, %s (%s); blocs by %s", plural(r.Nodes, r.NodeNoun()), plural(r.Pairs, "directed pair"), plural(r.Events, "event"), r.Window, r.Method)
	if r.Alignment == analysis.AlignmentProfile {
		parties := "third parties"
		if math.Round(*r.ThirdParties) == 1 {
			parties = "third party"
		}
		s += fmt.Sprintf(" on profile similarity (%s; %.0f %s per state, median)", r.Similarity, *r.ThirdParties, parties)
	}
	if r.Modularity != nil {
		s += fmt.Sprintf(", modularity Q = %.3f", *r.Modularity)
	}
	if r.Frustration != nil {
		s += fmt.Sprintf(", frustration %.1f over %s", *r.Frustration, plural(*r.FrustratedEdges, "edge"))
		switch {
		case r.FrustrationOptimal != nil && *r.FrustrationOptimal:
			s += " (the least possible)"
		case r.FrustrationGap != nil:
			s += fmt.Sprintf(" (at most %.1f%% above the least possible)", 100**r.FrustrationGap)
		}
		s += fmt.Sprintf(", balance %.3f", *r.BalanceIndex)
		if r.BalanceRelative != nil {
			s += fmt.Sprintf(", relative balance %.3f", *r.BalanceRelative)
		}
	}
	switch {
	case r.RunsAtBest > 0:
		s += fmt.Sprintf(" (best of %s, %d found it)", plural(r.Runs, "run"), r.RunsAtBest)
	case r.Runs > 0:
		s += " over " + plural(r.Runs, "run")
	}
	var skipped []string
	for k, v := range r.Skipped {
		skipped = append(skipped, fmt.Sprintf("%d %s", v, k))
	}
	if len(skipped) > 0 {
		slices.Sort(skipped)
		s += "; left out: " + strings.Join(skipped, ", ")
	}
	return s
}

func num(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }

func mdCell(s string) string { return strings.ReplaceAll(s, "|", "\\|") }
