package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/blocgraph/blocgraph/analysis"
	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/graph/encoding/brief"
	"github.com/blocgraph/blocgraph/graph/encoding/html"
	store "github.com/blocgraph/blocgraph/graph/neo4j"
	"github.com/blocgraph/blocgraph/loader/gazetteer"
	"github.com/urfave/cli/v2"
)

func briefCommand() *cli.Command {
	flags := []cli.Flag{
		&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Value: "briefing.html", Usage: "write the briefing to `FILE` (- for standard output)"},
		&cli.StringFlag{Name: "title", Usage: "the briefing's `TITLE` (default: Blocs of states, WINDOW)"},
		&cli.IntFlag{Name: "top", Value: 5, Usage: "detail the `N` most central states with their partners and evidence"},
		&cli.StringFlag{Name: "focus", Usage: "detail these `STATES` instead, comma-separated names or codes (e.g. PRK,CUB)"},
		&cli.IntFlag{Name: "partners", Value: 5, Usage: "show up to `N` partners and N adversaries of each state detailed"},
		&cli.IntFlag{Name: "events", Value: 5, Usage: "show up to `N` events behind each partner (the strongest)"},
		&cli.BoolFlag{Name: "pdf", Usage: "also print the briefing to PDF (FILE with .pdf) with headless Chromium"},
		&cli.Uint64Flag{Name: "layout-seed", Value: 1, Usage: "layout `SEED` of the blocs picture: another seed, another equally good layout"},
	}
	for _, f := range periodFlags() {
		// A briefing has periods only when --every or --window is given:
		// timeline's default step would say otherwise.
		if s, ok := f.(*cli.StringFlag); ok && s.Name == "every" {
			s.DefaultText = "no periods; 1y with --window"
		}
		flags = append(flags, f)
	}
	flags = append(flags, projectionFlags()...)
	flags = append(flags, analysisFlags()...)
	flags = append(flags, sourceFlags()...)
	flags = append(flags, inputFlags()...)
	return &cli.Command{
		Name:      "brief",
		Usage:     "write a self-contained HTML briefing: blocs, who is central, partners with their evidence",
		ArgsUsage: "PATH...",
		Description: "Runs the analysis of report (same window, relation, method and seed flags) and\n" +
			"writes one HTML file that opens anywhere, offline, and prints on A4: a summary in\n" +
			"plain words generated from the numbers (and what the data do not support), the\n" +
			"blocs picture, each bloc's members and strongest ties, the centrality table, the\n" +
			"partners and adversaries of the most central states (or --focus) with the date,\n" +
			"relation, quote and article of each event, and how the numbers were made. With\n" +
			"--every, the blocs over time too. The file makes no request: styles and pictures\n" +
			"are inside it. --pdf prints it with headless Chromium when it is installed." + examples(
			"brief -o briefing.html testdata/facts/kim-diaz-canel-2021.yaml",
			"brief --focus PRK,CUB --every 1y -o briefing.html testdata/",
			"brief --method signed --title 'The seed article' --layout-seed 7 -o seed.html testdata/facts/kim-diaz-canel-2021.yaml",
			"brief --pdf -o briefing.html testdata/",
			"brief --from neo4j -o briefing.html"),
		Flags: flags,
		Action: func(c *cli.Context) error {
			out := c.String("output")
			if c.Bool("pdf") && (out == "" || out == "-") {
				return usageError("--pdf needs a file: give -o briefing.html (the PDF goes beside it)")
			}
			if c.Int("top") < 1 || c.Int("partners") < 1 || c.Int("events") < 1 {
				return usageError("--top, --partners and --events must be 1 or more")
			}
			cfg, err := analysisConfig(c)
			if err != nil {
				return err
			}
			opt, err := projectionOptions(c)
			if err != nil {
				return err
			}
			var spec *analysis.PeriodSpec
			if c.IsSet("every") || c.IsSet("window") {
				s, err := periodSpec(c)
				if err != nil {
					return err
				}
				spec = &s
			}
			var chromium string
			if c.Bool("pdf") {
				if chromium, err = findChromium(); err != nil {
					return err
				}
			}
			paths := c.Args().Slice()
			var g *graph.Graph
			var p *analysis.Projection
			if spec == nil && foldDatasets && fromFiles(c) && analysis.Foldable(opt) {
				// Datasets fold into the projection as they are read, as for
				// report; each pair keeps the first events by date as
				// evidence, among which the briefing shows the strongest.
				g, p, err = foldFiles(c, paths, opt, briefEvidence*c.Int("events"))
			} else {
				// A timeline is made from the graph's events: all of them.
				if g, err = readSource(c, paths, opt.Filter); err == nil {
					if p, err = analysis.Project(g, opt); err == nil {
						nameForWindow(g, p)
					}
				}
			}
			if err != nil {
				return err
			}
			if len(p.Nodes) == 0 {
				return fmt.Errorf("no events in the window: nothing to brief (check --since, --until and --relations)")
			}
			// --name-bloc as report takes it: any case, today's id on
			// dates its state stood for another, an unknown one an error.
			if cfg, err = blocNames(p, cfg); err != nil {
				return err
			}
			r, err := analysis.Analyze(g, p, cfg)
			if err != nil {
				return err
			}
			markStandings(r, p)
			for _, w := range r.Warnings {
				fmt.Fprintln(c.App.ErrWriter, "warning:", w)
			}
			bo := analysis.BriefOptions{Title: c.String("title"), Top: c.Int("top"), Partners: c.Int("partners"), Events: c.Int("events"),
				Projection: opt, Config: cfg, Sources: readFrom(c, paths), Version: buildVersion(), Command: commandLine(c)}
			bo.Regime = func(state string, at graph.Date) string { return gazetteer.Default().ProfileOn(state, at).Regime.Value }
			if bo.Focus, err = focusStates(c, g, p); err != nil {
				return err
			}
			if spec != nil {
				fold, err := analysis.FoldPeriods(g, *spec, opt, analysis.DefaultEvidence)
				if err != nil {
					return err
				}
				fold.NameStates(nameThen) // each period's states as they were then, as timeline
				if fold.Periods().Len() > 0 {
					if bo.Timeline, err = analysis.BuildTimeline(g, fold, cfg, analysis.TimelineOptions{Spec: *spec}); err != nil {
						return err
					}
				}
			}
			b, err := analysis.Brief(g, p, r, bo)
			if err != nil {
				return err
			}
			if lines := standingLines(r); len(lines) > 0 {
				b.Caveats = append(b.Caveats, "Not sovereign states, or not throughout (the gazetteer's KIND): "+strings.Join(lines, "; ")+".")
			}
			hopt := html.Options{LayoutSeed: c.Uint64("layout-seed")}
			if err := writeOutput(c, out, func(w io.Writer) error { return html.Encode(w, b, hopt) }); err != nil {
				return err
			}
			if c.Bool("pdf") {
				return printPDF(c, chromium, out)
			}
			return nil
		},
	}
}

// briefEvidence × --events is the number of events a pair keeps when
// datasets are folded as read: the pool the strongest are taken from.
const briefEvidence = 4

// focusStates resolves --focus through the graph's own entities, as
// partners does; each must have events in the window.
func focusStates(c *cli.Context, g *graph.Graph, p *analysis.Projection) ([]string, error) {
	list := strings.TrimSpace(c.String("focus"))
	if list == "" {
		return nil, nil
	}
	z, err := gazetteer.Default().WithGraph(g)
	if err != nil {
		return nil, fmt.Errorf("--focus: %v", err)
	}
	var ids []string
	for _, name := range strings.Split(list, ",") {
		name = strings.TrimSpace(name)
		if name == "" {
			continue
		}
		ent, err := z.Resolve(name, graph.Date{})
		if err != nil {
			return nil, usageError("--focus: %v", err)
		}
		id := ent.Node.ID
		if _, ok := p.Index[id]; !ok {
			return nil, usageError("--focus: no event in the window involves %s (%s)", ent.Node.Name, id)
		}
		ids = append(ids, id)
	}
	return ids, nil
}

// readFrom says where the graph was read from, for the briefing's record.
func readFrom(c *cli.Context, paths []string) []brief.Item {
	if c.String("from") == "neo4j" {
		return []brief.Item{{Name: "read from", Value: "Neo4j at " + neo4jConfig(c).Address()}}
	}
	return []brief.Item{{Name: "read from", Value: strings.Join(paths, ", ")}}
}

// commandLine is the command as it was given, shell-quoted, with a
// password left out and a URI's user information redacted.
func commandLine(c *cli.Context) string {
	args, _ := c.App.Metadata["args"].([]string)
	if len(args) == 0 {
		return ""
	}
	out := []string{"blocgraph"}
	hide := false
	for _, a := range args[1:] {
		switch {
		case hide:
			a, hide = "$NEO4J_PASSWORD", false
		case a == "--password" || a == "-password":
			hide = true
		case strings.HasPrefix(a, "--password=") || strings.HasPrefix(a, "-password="):
			a = "--password=$NEO4J_PASSWORD"
		case strings.Contains(a, "://"):
			a = store.RedactURI(a)
		}
		out = append(out, shellQuote(a))
	}
	return strings.Join(out, " ")
}

// shellQuote quotes s for a POSIX shell when it needs it.
func shellQuote(s string) string {
	if s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_@%+=:,./-") == "" {
		return s
	}
	if s == "$NEO4J_PASSWORD" || s == "--password=$NEO4J_PASSWORD" {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// findChromium finds a Chromium or Chrome to print with.
func findChromium() (string, error) {
	for _, b := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(b); err == nil {
			return p, nil
		}
	}
	return "", errors.New("--pdf needs Chromium, which is not installed (Debian, Ubuntu: apt-get install chromium); " +
		"without it, open the briefing in a browser and print it to PDF (it is laid out for A4)")
}

// printPDF prints the briefing at htmlPath to PDF beside it with headless
// Chromium, in a fresh profile that is removed afterwards.
func printPDF(c *cli.Context, chromium, htmlPath string) error {
	abs, err := filepath.Abs(htmlPath)
	if err != nil {
		return err
	}
	pdf := strings.TrimSuffix(abs, filepath.Ext(abs)) + ".pdf"
	profile, err := os.MkdirTemp("", "blocgraph-chromium-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(profile)
	tmp := pdf + ".part"
	defer os.Remove(tmp)
	ctx, cancel := context.WithTimeout(commandContext(c), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, chromium, append(chromiumFlags(profile), "--no-pdf-header-footer", "--print-to-pdf="+tmp, "file://"+abs)...)
	log, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("Chromium could not print %s to PDF: %v\n%s", htmlPath, err, strings.TrimSpace(string(log)))
	}
	if st, err := os.Stat(tmp); err != nil || st.Size() == 0 {
		return fmt.Errorf("Chromium wrote no PDF for %s:\n%s", htmlPath, strings.TrimSpace(string(log)))
	}
	if err := os.Rename(tmp, pdf); err != nil {
		return fmt.Errorf("cannot write %s: %v", pdf, err)
	}
	fmt.Fprintf(c.App.ErrWriter, "wrote %s\n", pdf)
	return nil
}

// chromiumFlags run Chromium headless, quiet and alone: no sandbox (it runs
// as root in containers), no GPU, no network of its own.
func chromiumFlags(profile string) []string {
	return []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
		"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
		"--user-data-dir=" + profile}
}
