package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/blocgraph/blocgraph/analysis"
	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/loader/gazetteer"
	"github.com/urfave/cli/v2"
)

func partnersCommand() *cli.Command {
	flags := append(projectionFlags(), formatFlag("table", "table", "json"),
		&cli.IntFlag{Name: "top", Value: 10, Usage: "show the `N` strongest allies and adversaries (0: all)"},
		&cli.IntFlag{Name: "events", Value: 5, Usage: "show up to `N` events behind each partner (0: all)"},
		&cli.BoolFlag{Name: "timeline", Category: "Periods", Usage: "per period (--every, --window): the state's allies and adversaries, or with --with the pair's net cooperation"},
		&cli.StringFlag{Name: "with", Category: "Periods", Usage: "with --timeline: the pair of STATE and this `STATE`, period by period"})
	flags = append(flags, periodFlags()...)
	flags = append(flags, sourceFlags()...)
	flags = append(flags, inputFlags()...)
	return &cli.Command{
		Name:      "partners",
		Usage:     "a state's strongest allies and adversaries, with the events and quotes behind each",
		ArgsUsage: "STATE PATH...",
		Description: "STATE is any name the gazetteer or the graph's own entities know: North Korea, PRK,\n" +
			"Pyongyang, North Korean; a state of today on events all of the state it stood for then\n" +
			"is that state (Russia on events of 1985: the Soviet Union, with a note).\n" +
			"Allies are ranked by net cooperation (cooperation − conflict, both directions),\n" +
			"adversaries by net conflict. States are named as they were on the window's last day,\n" +
			"as report names them." + examples(
			"partners PRK testdata/",
			"partners --top 3 --events 1 'North Korea' testdata/facts/kim-diaz-canel-2021.yaml",
			"partners --timeline --every 1m --with Cuba PRK testdata/",
			"partners --from neo4j Cuba"),
		Flags: flags,
		Action: func(c *cli.Context) error {
			format, err := checkFormat(c, "table", "json")
			if err != nil {
				return err
			}
			if err := checkPartnersArgs(c.Args().Slice(), c.String("from") == "neo4j"); err != nil {
				return err
			}
			name := c.Args().First()
			top, nev := c.Int("top"), c.Int("events")
			if top < 0 || nev < 0 {
				return usageError("--top and --events must be 0 (all) or more")
			}
			if c.Bool("timeline") {
				return partnersTimeline(c, format, name, top, nev)
			}
			if c.String("with") != "" {
				return usageError("--with goes with --timeline: the pair's net cooperation per period")
			}
			evidence := nev // the events listed are the first by date of each partner's pairs
			if nev == 0 {
				evidence = analysis.AllEvents
			}
			g, p, err := projectInput(c, c.Args().Tail(), evidence)
			if err != nil {
				return err
			}
			// The name resolves as the graph was built: with the facts
			// files' own entities, or the nodes read from Neo4j.
			z, err := gazetteer.Default().WithGraph(g)
			if err != nil {
				return fmt.Errorf("partners: %v", err)
			}
			resolve := z.Resolve
			if p.Level == analysis.LevelState {
				resolve = z.ResolveState // "FRA" is France here, not a party so abbreviated
			}
			ent, err := resolve(name, graph.Date{})
			if err != nil {
				return fmt.Errorf("partners: %v", err)
			}
			if ent.Node.Kind != graph.KindState && p.Level == analysis.LevelState {
				return usageError("%q is a %s; name a state (or use --level actor)", name, strings.ToLower(string(ent.Node.Kind)))
			}
			// A state of today whose events in the window are all of the
			// state it stood for then ("Russia" in 1985 is the Soviet
			// Union, as the events were read): that state, said so.
			if _, ok := p.Index[ent.Node.ID]; !ok && ent.Node.Kind == graph.KindState {
				eras := z.Eras(ent.Node.ID)
				for i := len(eras) - 1; i >= 0; i-- {
					if _, ok := p.Index[eras[i].State]; ok {
						if e, found := z.Entity(eras[i].State); found {
							fmt.Fprintf(c.App.ErrWriter, "note: %s (%s) stood for %s (%s) to %s: the window's events are %s's\n",
								ent.Node.Name, ent.Node.ID, e.Node.Name, e.Node.ID, eras[i].Span.End, e.Node.Name)
							ent = e
							break
						}
					}
				}
			}
			if _, ok := p.Index[ent.Node.ID]; ok && ent.Node.Kind == graph.KindState {
				ent.Node.Name = p.Name(ent.Node.ID) // as on the window's last day: West Germany in 1985
			}
			allies, adversaries, err := analysis.Partners(p, ent.Node.ID, func(id string) string {
				if n := g.Node(id); n != nil {
					return n.Label()
				}
				if id == ent.Node.ID {
					return ent.Node.Name
				}
				return id
			})
			if err != nil {
				return fmt.Errorf("partners: %v", err)
			}
			allies, adversaries = cut(allies, top), cut(adversaries, top)
			rulers := analysis.Config{Rulers: gazetteerRulers}
			for _, ps := range [][]analysis.Partner{allies, adversaries} {
				for i := range ps {
					ps[i].Ruling = analysis.RulingOf(g, p, ps[i].ID, rulers)
				}
			}
			own := analysis.RulingOf(g, p, ent.Node.ID, rulers)
			if p.Level == analysis.LevelState {
				// What is no sovereign state, or not throughout, is said
				// (the gazetteer's KIND), as report says it.
				first := firstDates(p)
				ids := []string{ent.Node.ID}
				for _, ps := range [][]analysis.Partner{allies, adversaries} {
					for _, x := range ps {
						ids = append(ids, x.ID)
					}
				}
				seen := map[string]bool{}
				for _, id := range ids {
					if w := standingWords(id, first[id]); w != "" && !seen[id] {
						seen[id] = true
						fmt.Fprintf(c.App.ErrWriter, "note: %s (%s): %s\n", p.Name(id), id, w)
					}
				}
			}
			if format == "json" {
				return writeJSON(dataWriter(c), struct {
					State       string             `json:"state"`
					Name        string             `json:"name"`
					Window      string             `json:"window"`
					Ruling      analysis.Ruling    `json:"ruling"`
					Allies      []analysis.Partner `json:"allies"`
					Adversaries []analysis.Partner `json:"adversaries"`
				}{ent.Node.ID, ent.Node.Name, p.Window(), own, cutEvents(allies, nev), cutEvents(adversaries, nev)})
			}
			w := c.App.Writer
			fmt.Fprintf(w, "Partners of %s (%s), %s; %s: %s\n", ent.Node.Name, ent.Node.ID, p.Window(), ent.Node.Name, rulingWords(own))
			writePartners(w, "ALLIES", allies, nev)
			writePartners(w, "ADVERSARIES", adversaries, nev)
			return nil
		},
	}
}

// rulingWords says how a state was ruled on the date of its latest event:
// "communism, autocracy", "ruling ideology unknown, democracy".
func rulingWords(r analysis.Ruling) string {
	ide := r.Ideology()
	if ide == "unknown" {
		ide = "ruling ideology unknown"
	}
	reg := r.Regime
	if reg == "" {
		reg = "regime unknown"
	}
	return ide + ", " + reg
}

// cutEvents keeps up to n events behind each partner (0: all); never nil.
func cutEvents(ps []analysis.Partner, n int) []analysis.Partner {
	out := make([]analysis.Partner, len(ps))
	for i, p := range ps {
		if n > 0 && len(p.Events) > n {
			p.Events = p.Events[:n]
		}
		out[i] = p
	}
	return out
}

func cut(p []analysis.Partner, n int) []analysis.Partner {
	if n > 0 && len(p) > n {
		return p[:n]
	}
	return p
}

func writePartners(w io.Writer, title string, ps []analysis.Partner, nev int) {
	fmt.Fprintf(w, "\n%s\n", title)
	if len(ps) == 0 {
		fmt.Fprintln(w, "  (none)")
	}
	for i, p := range ps {
		fmt.Fprintf(w, "%2d. %s (%s)  net %+.1f  [cooperation %.1f, conflict %.1f, %s]  %s\n", i+1, p.Name, p.ID, p.Net, p.Cooperation, p.Conflict, plural(p.Reports, "report"), rulingWords(p.Ruling))
		evs := p.Events
		if nev > 0 && len(evs) > nev {
			evs = evs[:nev]
		}
		for _, e := range evs {
			writeEventRef(w, e)
		}
		if len(evs) < p.NumEvents {
			fmt.Fprintf(w, "      … %d more events (--events 0 shows all)\n", p.NumEvents-len(evs))
		}
	}
}

// writeJSON writes v as indented JSON.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// writeEventRef writes one event behind a partner, with its quote.
func writeEventRef(w io.Writer, e analysis.EventRef) {
	cnt := ""
	if e.Count > 1 {
		cnt = fmt.Sprintf(" ×%d", e.Count)
	}
	src := e.Article
	if src == "" {
		src = e.Source
	}
	fmt.Fprintf(w, "      %-10s %s %s %s%s  [%s]\n", e.Date, e.Subject, e.Said(), e.Object, cnt, src)
	if e.Quote != "" {
		fmt.Fprintf(w, "                 “%s”\n", truncate(e.Quote, 110))
	}
}

// plural writes "1 report", "2 reports".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// checkPartnersArgs says how to call partners when the state is missing,
// comes after the files, or no file follows it: "partners testdata/" read
// testdata/ as the state and then asked for files "e.g. blocgraph partners
// testdata/", what had been typed; "partners FILE USA" said "USA: no such
// file or folder".
func checkPartnersArgs(args []string, fromDB bool) error {
	const usage = "blocgraph partners STATE PATH..., e.g. blocgraph partners PRK testdata/"
	if len(args) == 0 {
		return usageError("name a state, then the files to read: %s", usage)
	}
	if looksLikePath(args[0]) {
		if last := args[len(args)-1]; len(args) > 1 && !looksLikePath(last) {
			return usageError("the state comes first, then the files: blocgraph partners %q %s", last, strings.Join(args[:len(args)-1], " "))
		}
		return usageError("%s is a file or folder to read; name the state first: %s", args[0], usage)
	}
	if len(args) == 1 && !fromDB {
		return usageError("name the facts files, datasets or folders to read after the state: blocgraph partners %s testdata/ (or - for standard input, or --from neo4j)", args[0])
	}
	return nil
}

// looksLikePath reports whether an argument is a file or folder to read
// rather than a state's name: one that exists, standard input, or a name
// with a path's slash or a data file's extension.
func looksLikePath(arg string) bool {
	if arg == "-" || strings.ContainsAny(arg, "/\\") {
		return true
	}
	for _, ext := range []string{".yaml", ".yml", ".csv", ".tsv", ".txt", ".json", ".gz", ".zip"} {
		if strings.HasSuffix(strings.ToLower(arg), ext) {
			return true
		}
	}
	_, err := os.Stat(arg)
	return err == nil
}
