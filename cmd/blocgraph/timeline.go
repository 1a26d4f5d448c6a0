package main

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"

	"github.com/blocgraph/blocgraph/analysis"
	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/graph/encoding/gexf"
	"github.com/blocgraph/blocgraph/graph/encoding/svg"
	store "github.com/blocgraph/blocgraph/graph/neo4j"
	"github.com/blocgraph/blocgraph/loader"
	"github.com/blocgraph/blocgraph/loader/gazetteer"
	"github.com/urfave/cli/v2"
)

// periodFlags cut time into periods.
func periodFlags() []cli.Flag {
	return inCategory("Periods", []cli.Flag{
		&cli.StringFlag{Name: "every", Value: "1y", Usage: "one period every `STEP`: 1y, 6m, 3m, 1m, 1w (any N with y, m, w or d), or data (the data's own windows, e.g. a dyadic file's window column)"},
		&cli.StringFlag{Name: "window", Usage: "rolling windows of this `LENGTH` (e.g. --every 1y --window 4y), stepped by --every; default: calendar periods"},
	})
}

// periodSpec reads periodFlags.
func periodSpec(c *cli.Context) (analysis.PeriodSpec, error) {
	ps, err := analysis.ParsePeriodSpec(c.String("every"), c.String("window"))
	if err != nil {
		return ps, usageError("%v", err)
	}
	return ps, nil
}

func timelineCommand() *cli.Command {
	flags := append(timelineFlags(), projectionFlags()...)
	flags = append(flags,
		formatFlag("table", "table", "csv", "json", "md"),
		&cli.IntFlag{Name: "evidence", Value: analysis.DefaultEvidence, Usage: "show up to `N` cooperation and N conflict events behind each move"},
		&cli.IntFlag{Name: "moves", Value: 10, Usage: "table and md: show the first `N` moves (0: all)"},
		&cli.IntFlag{Name: "top", Value: 30, Usage: "table: show the membership of the `N` most central states over the periods (0: all)"},
		&cli.StringFlag{Name: "svg", Usage: "also draw bloc membership over time (a row per state, a column per period, moves marked) as an SVG picture in `FILE`"},
		&cli.StringFlag{Name: "title", Usage: "`TITLE` drawn on the --svg picture (default: blocgraph — blocs over time, by METHOD)"},
		&cli.BoolFlag{Name: "write-back", Category: "Neo4j", Usage: "store each state's membership per period in Neo4j (timeline_periods, timeline_starts, timeline_ends, timeline_blocs, timeline_bloc_labels, timeline_pagerank, and timeline_standings for a state that was no sovereign state in some: one entry per period with events), for Cypher to ask who was in which bloc when"},
	)
	flags = append(flags, analysisFlags()...)
	flags = append(flags, sourceFlags()...)
	flags = append(flags, inputFlags()...)
	return &cli.Command{
		Name:      "timeline",
		Usage:     "blocs per period: who stood with whom when, who moved, and the events behind each move",
		ArgsUsage: "PATH...",
		Description: "Cuts time into periods (--every, calendar or rolling --window, or the data's own\n" +
			"windows) and, for each, projects the events and finds centrality and blocs as report\n" +
			"does, in one pass over the events; each period's bloc search also makes a run from\n" +
			"the blocs of the period before, which wins ties (--cold: from scratch only, as\n" +
			"report). Blocs keep their id and label from one period to the next when their\n" +
			"members overlap (Jaccard at least --match-threshold, matched one to one by the\n" +
			"Hungarian method); births, deaths, splits and merges are named. A move is a state\n" +
			"changing bloc, shown with its strongest cooperation and conflict events of that\n" +
			"period. Each period also has the adjusted Rand index and normalised mutual\n" +
			"information with the previous one (1: the same blocs). A period with no events is\n" +
			"reported as empty. States are named as they were in each period, on its last day\n" +
			"(report's rule), under today's ids: DEU is West Germany in 1952-1955 and COD Zaire\n" +
			"in 1977-1980, in the blocs, labels, moves, events and the --svg picture's tooltips;\n" +
			"a state's row bears its last name (JSON: states[].names lists the others)." + examples(
			"timeline --every 1m testdata/",
			"timeline --every data ../shared/data/signed/cow-signed-1946-1999.csv",
			"timeline --every data --method signed --blocs 2 --moves 0 ../shared/data/signed/cow-signed-1946-1999.csv",
			"timeline --every 1y --window 4y --format csv testdata/",
			"timeline --every 1w --since 2021-05 --until 2021-06 --format json ../shared/data/gdelt/20191024143000.export.CSV testdata/",
			"timeline --from neo4j --every 1m --write-back"),
		Flags: flags,
		Action: func(c *cli.Context) error {
			format, err := checkFormat(c, "table", "csv", "json", "md")
			if err != nil {
				return err
			}
			if c.Int("evidence") < 0 || c.Int("moves") < 0 || c.Int("top") < 0 {
				return usageError("--evidence, --moves and --top must be 0 or more")
			}
			// The periods are written as they come (JSON, CSV), and
			// only what the end sections need is kept of them (lean),
			// unless --write-back needs every period's measures.
			out := newTimelineWriter(formatWriter(c, format), format, c.App.ErrWriter)
			lean := !c.Bool("write-back") && !wholeTimeline
			if wholeTimeline {
				out.json, out.csv = nil, nil // all written at the end
			}
			g, fold, tl, err := buildTimeline(c, c.Int("evidence"), out.period, lean)
			if err != nil {
				return err
			}
			defer fold.Close()
			if c.Bool("write-back") {
				if err := writeBackTimeline(c, g, tl); err != nil {
					return err
				}
			}
			if path := c.String("svg"); path != "" {
				if err := writeTimelineSVG(c, path, tl); err != nil {
					return err
				}
			}
			if err := out.finish(tl, c.Int("moves"), c.Int("top")); err != nil {
				return err
			}
			return fold.Err()
		},
	}
}

// timelineFlags are the flags of a timeline beyond the projection's and
// the analysis's: the periods and the matching.
func timelineFlags() []cli.Flag {
	return append(periodFlags(),
		&cli.Float64Flag{Name: "match-threshold", Value: analysis.DefaultMatchThreshold, Category: "Periods", Usage: "least Jaccard overlap (`THRESHOLD`, 0 to 1) of members for a bloc to continue one of the previous period"},
		&cli.BoolFlag{Name: "cold", Category: "Periods", Usage: "search each period's blocs from scratch, with report's runs, instead of also from the previous period's blocs (slower; of equally good blocs, either may then be found in each period)"})
}

// buildTimeline reads the input, cuts it into the periods of the flags and
// analyses them, keeping evidence events of each sign per pair and period.
// Each period is given to emit (when not nil) as soon as it is analysed;
// with lean, only what the end sections need is kept of it
// (TimelineOptions.Lean).
func buildTimeline(c *cli.Context, evidence int, emit func(*analysis.Timeline, *analysis.TimelinePeriod) error, lean bool) (*graph.Graph, *analysis.PeriodFold, *analysis.Timeline, error) {
	spec, err := periodSpec(c)
	if err != nil {
		return nil, nil, nil, err
	}
	cfg, err := analysisConfig(c)
	if err != nil {
		return nil, nil, nil, err
	}
	thr := c.Float64("match-threshold")
	if !(thr > 0 && thr <= 1) { // NaN too
		return nil, nil, nil, usageError("--match-threshold %s: the least Jaccard overlap of two blocs' members must be a number above 0 and at most 1 (default %v)", c.String("match-threshold"), analysis.DefaultMatchThreshold)
	}
	opt, err := projectionOptions(c)
	if err != nil {
		return nil, nil, nil, err
	}
	g, fold, err := foldPeriods(c, c.Args().Slice(), spec, opt, evidence, "")
	if err != nil {
		return nil, nil, nil, err
	}
	if fold.Periods().Len() == 0 {
		fold.Close()
		return nil, nil, nil, fmt.Errorf("no dated events in the window: no period to analyse (check --since, --until and --relations)")
	}
	tl, err := analysis.BuildTimeline(g, fold, cfg, analysis.TimelineOptions{Spec: spec, Threshold: thr, Evidence: evidence, Continues: continuations(), Cold: c.Bool("cold"),
		Emit: emit, Lean: lean, Standing: markStandingsIn})
	if err != nil {
		fold.Close()
		return nil, nil, nil, err
	}
	return g, fold, tl, nil
}

// writeBackTimeline stores each node's membership per period in Neo4j.
func writeBackTimeline(c *cli.Context, g *graph.Graph, tl *analysis.Timeline) error {
	var rows []store.NodeProps
	written := 0
	for _, w := range tl.WriteBack(g) {
		rows = append(rows, store.NodeProps{Kind: w.Kind, ID: w.ID, Props: w.Props})
		if w.Props[analysis.PropTimelinePeriods] != nil {
			written++
		}
	}
	// An earlier timeline's lists go from the nodes that are not in this
	// one's graph too (tl.WriteBack clears those of g with no event).
	sum, addr, err := writeBack(c, rows, store.Clear{Kinds: reportKinds, Props: analysis.TimelineProps})
	if err != nil {
		return err
	}
	cleared := ""
	if sum.Cleared > 0 {
		cleared = fmt.Sprintf("; cleared an earlier timeline's lists from %s not in this one", plural(sum.Cleared, "node"))
	}
	fmt.Fprintf(c.App.ErrWriter, "wrote the membership of %s over %s (%d properties) in Neo4j at %s%s\n", plural(written, "node"), plural(len(tl.Periods), "period"), sum.Properties, addr, cleared)
	return nil
}

// foldPeriods reads the input at paths and folds its events into the
// periods of spec, keeping evidence events of each sign per state and
// period (and per pair for the pairs of pairsOf, when set), its states
// named as in each period (nameThen on the period's last day: West
// Germany in 1950, Zaire in 1980; PeriodFold.NameStates). From files,
// with periods the calendar fixes or the data's own windows, dataset
// events are folded into the periods as the loader reads them, never kept
// one by one (one stream per worker, merged), and the facts files' events
// from the graph; otherwise the graph is read whole and folded.
func foldPeriods(c *cli.Context, paths []string, spec analysis.PeriodSpec, opt analysis.Options, evidence int, pairsOf string) (*graph.Graph, *analysis.PeriodFold, error) {
	return foldPeriodsFrom(c, paths, spec, opt, evidence, pairsOf, false)
}

// foldPeriodsFrom is foldPeriods; with whole set it reads the graph whole.
func foldPeriodsFrom(c *cli.Context, paths []string, spec analysis.PeriodSpec, opt analysis.Options, evidence int, pairsOf string, whole bool) (*graph.Graph, *analysis.PeriodFold, error) {
	if whole || !foldDatasets || !fromFiles(c) || !spec.Data && !analysis.StreamablePeriods(spec) {
		g, err := readSource(c, paths, opt.Filter)
		if err != nil {
			return nil, nil, err
		}
		fold, err := analysis.FoldPeriods(g, spec, opt, evidence, pairsOf)
		if err == nil {
			fold.NameStates(nameThen)
		}
		return g, fold, err
	}
	var fold *analysis.PeriodFold
	var err error
	if spec.Data {
		fold, err = analysis.NewDataStream(opt, evidence)
	} else {
		fold, err = analysis.NewPeriodStream(spec, opt, evidence)
	}
	if err != nil {
		return nil, nil, err
	}
	fold.NameStates(nameThen)
	if pairsOf != "" {
		fold.EvidenceOfPairs(pairsOf)
	}
	var mu sync.Mutex
	var sinks []*periodSink
	sink := func() loader.EventSink {
		mu.Lock()
		defer mu.Unlock()
		s := &periodSink{stream: fold, mu: &mu, shard: fold.Shard()}
		sinks = append(sinks, s)
		return s
	}
	g, _, err := loadPathsSink(c, paths, sink)
	if err != nil {
		fold.Close()
		return nil, nil, err
	}
	for _, s := range sinks {
		s.flush(false)
	}
	fold.AddGraph(g)
	if err := fold.Finish(g); err != nil {
		fold.Close()
		return nil, nil, err
	}
	return g, fold, nil
}

// flushEvery is how many events a worker folds into its shard before it
// merges the shard into the stream (unless it has built flushBuilt
// evidence events before): a shard of 1<<18 events holds a few hundred
// kilobytes a period, and merging less often costs less.
const flushEvery = 1 << 18

// flushBuilt is how many evidence events a worker's shard builds (the
// candidates among the strongest events of a state in a period, each a
// full event with its id and source reference, some hundreds of bytes)
// before it merges into the stream: the stream keeps only the strongest
// of them, spilled to its evidence store, and the next shard builds only
// events stronger than those (PeriodFold.Shard), so that the shards hold
// little evidence however many periods there are.
const flushBuilt = 2048

// periodSink folds a loader worker's events into a shard of its own and,
// every flushEvery events, merges the shard into the stream (under mu) and
// starts another: a shard holds the pairs and periods of its last quarter
// of a million events (some weeks of a dataset in date order), so the
// workers' shards stay small however many periods the stream holds.
type periodSink struct {
	stream, shard *analysis.PeriodFold
	mu            *sync.Mutex
	n             int
}

func (s *periodSink) Emit(e *loader.DatasetEvent) error {
	s.shard.DatasetEvent(e.Type, e.Subject, e.Object, e.Date, e.End, e.Goldstein, e.Count, e)
	if s.n++; s.n == flushEvery || s.shard.Built() >= flushBuilt {
		s.flush(true)
	}
	return nil
}

// flush merges the shard into the stream and, with more, starts another,
// which knows the evidence the stream keeps now (and builds no event that
// could not join it).
func (s *periodSink) flush(more bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.stream.Merge(s.shard)
	s.shard, s.n = nil, 0
	if more {
		s.shard = s.stream.Shard()
	}
}

// exportTimeline writes the timeline as a dynamic GEXF (export --timeline).
func exportTimeline(c *cli.Context) error {
	g, fold, tl, err := buildTimeline(c, 0, nil, false)
	if err != nil {
		return err
	}
	defer fold.Close()
	warnTimeline(c, tl.Warnings)
	dg := analysis.Dynamic(g, fold, tl)
	return writeOutput(c, c.String("output"), func(w io.Writer) error { return gexf.Encode(w, dg) })
}

// warnTimeline writes a timeline's warnings on stderr (for the outputs
// that carry none: timeline's CSV, export --timeline, partners
// --timeline), as timeline words them.
func warnTimeline(c *cli.Context, warnings []string) {
	for _, x := range warnings {
		fmt.Fprintln(c.App.ErrWriter, "blocgraph: warning: "+x)
	}
}

// continuations maps each state to the state that continued it under
// another name, as the gazetteer records (the Soviet Union to Russia):
// the timeline follows them as one.
func continuations() map[string]string {
	out := map[string]string{}
	for _, s := range gazetteer.Default().Successions() {
		if s.Kind == gazetteer.Continued {
			out[s.From] = s.To
		}
	}
	return out
}

func writeTimeline(w io.Writer, tl *analysis.Timeline, format string, moves, top int) error {
	switch format {
	case "json":
		return writeTimelineJSON(w, tl)
	case "csv":
		return writeTimelineCSV(w, tl)
	case "md":
		return writeTimelineMD(w, tl, moves)
	}
	return writeTimelineTable(w, tl, moves, top)
}

// wholeTimeline makes timeline keep every period whole and write it all
// at the end, as it did before it wrote them as they came: the reference
// that tests compare the streamed output with.
var wholeTimeline = false

// timelineWriter writes a timeline in its format as it is built: the
// JSON and CSV a period at a time as each comes (period), the rest at the
// end (finish); the table and md, whose first line counts the blocs and
// moves, at the end.
type timelineWriter struct {
	w, errw io.Writer
	format  string
	json    *timelineJSONStream
	csv     *timelineCSV
}

func newTimelineWriter(w io.Writer, format string, errw io.Writer) *timelineWriter {
	t := &timelineWriter{w: w, errw: errw, format: format}
	switch format {
	case "json":
		t.json = newTimelineJSONStream(w)
	case "csv":
		t.csv = newTimelineCSV(w)
	}
	return t
}

func (t *timelineWriter) period(tl *analysis.Timeline, p *analysis.TimelinePeriod) error {
	switch {
	case t.json != nil:
		return t.json.period(tl, p)
	case t.csv != nil:
		return t.csv.period(p)
	}
	return nil
}

func (t *timelineWriter) finish(tl *analysis.Timeline, moves, top int) error {
	switch {
	case t.json != nil:
		return t.json.finish(tl)
	case t.csv != nil:
		t.warn(tl)
		return t.csv.finish()
	case t.format == "csv":
		t.warn(tl)
	}
	return writeTimeline(t.w, tl, t.format, moves, top)
}

// warn writes the timeline's warnings on stderr, for the CSV (the table,
// md and JSON carry them), as warnTimeline.
func (t *timelineWriter) warn(tl *analysis.Timeline) {
	for _, x := range tl.Warnings {
		fmt.Fprintln(t.errw, "blocgraph: warning: "+x)
	}
}

// writeTimelineJSON writes tl as writeJSON does, to the byte, but a period
// and a move at a time (timelineJSONStream).
func writeTimelineJSON(w io.Writer, tl *analysis.Timeline) error {
	j := newTimelineJSONStream(w)
	for i := range tl.Periods {
		if err := j.period(tl, &tl.Periods[i]); err != nil {
			return err
		}
	}
	return j.finish(tl)
}

// timelineJSONStream writes a timeline's JSON as writeJSON does, to the byte, a
// period at a time as the periods come (period) and then the rest, a move
// at a time (finish): a long timeline's JSON is many times the size of
// what the timeline keeps, and is never held whole.
type timelineJSONStream struct {
	bw *bufio.Writer
	n  int // periods written
}

func newTimelineJSONStream(w io.Writer) *timelineJSONStream {
	return &timelineJSONStream{bw: bufio.NewWriter(w)}
}

// The fields of Timeline whose elements are written one at a time.
const periodsSlot, movesSlot = `"periods": null`, `"moves": null`

// jsonAround marshals tl with no periods or moves and cuts it at their
// places: the bytes before the periods, between them and the moves, and
// after the moves.
func jsonAround(tl *analysis.Timeline) (before, mid, after []byte, err error) {
	head := *tl
	head.Periods, head.Moves = nil, nil
	b, err := marshalIndent(&head, "", "  ")
	if err != nil {
		return nil, nil, nil, err
	}
	before, rest, ok1 := bytes.Cut(b, []byte(periodsSlot))
	mid, after, ok2 := bytes.Cut(rest, []byte(movesSlot))
	if !ok1 || !ok2 {
		return nil, nil, nil, fmt.Errorf("timeline JSON: no periods or moves field") // the Timeline type changed
	}
	return before, mid, after, nil
}

func (j *timelineJSONStream) period(tl *analysis.Timeline, p *analysis.TimelinePeriod) error {
	if j.n == 0 {
		before, _, _, err := jsonAround(&analysis.Timeline{Every: tl.Every, Method: tl.Method, Level: tl.Level, Threshold: tl.Threshold})
		if err != nil {
			return err
		}
		j.bw.Write(before)
		j.bw.WriteString(`"periods": [`)
	} else {
		j.bw.WriteByte(',')
	}
	j.n++
	j.bw.WriteString("\n    ")
	b, err := marshalIndent(p, "    ", "  ")
	if err != nil {
		return err
	}
	_, err = j.bw.Write(b)
	return err
}

func (j *timelineJSONStream) finish(tl *analysis.Timeline) error {
	before, mid, after, err := jsonAround(tl)
	if err != nil {
		return err
	}
	switch {
	case j.n > 0:
		j.bw.WriteString("\n  ]")
	case tl.Periods == nil:
		j.bw.Write(before)
		j.bw.WriteString(periodsSlot)
	default:
		j.bw.Write(before)
		j.bw.WriteString(`"periods": []`)
	}
	j.bw.Write(mid)
	if tl.Moves == nil {
		j.bw.WriteString(movesSlot)
	} else {
		j.bw.WriteString(`"moves": [`)
		for k := range tl.Moves {
			if k > 0 {
				j.bw.WriteByte(',')
			}
			j.bw.WriteString("\n    ")
			m := tl.Evidence(tl.Moves[k])
			b, err := marshalIndent(&m, "    ", "  ")
			if err != nil {
				return err
			}
			j.bw.Write(b)
		}
		if len(tl.Moves) > 0 {
			j.bw.WriteString("\n  ")
		}
		j.bw.WriteByte(']')
	}
	j.bw.Write(after)
	j.bw.WriteByte('\n')
	return j.bw.Flush()
}

// marshalIndent is json.MarshalIndent, to the byte, with a plainer
// indenter (appendIndented): encoding/json's, a byte at a time through its
// scanner, took a tenth of the work a timeline of a year in months does
// after the read, in the end serially.
func marshalIndent(v any, prefix, indent string) ([]byte, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	return appendIndented(make([]byte, 0, 2*len(b)), b, prefix, indent), nil
}

// appendIndented appends src, JSON as json.Marshal writes it (no space
// outside strings), to dst indented as json.Indent does: each element of
// an object or array on a line of its own, after prefix and an indent per
// level, ": " after a key, and an empty object or array as {} or [].
func appendIndented(dst, src []byte, prefix, indent string) []byte {
	newline := func(dst []byte, depth int) []byte {
		dst = append(dst, '\n')
		dst = append(dst, prefix...)
		for range depth {
			dst = append(dst, indent...)
		}
		return dst
	}
	depth, open := 0, false // open: after { or [, their first element not yet begun
	for i := 0; i < len(src); i++ {
		c := src[i]
		if open && c != '}' && c != ']' {
			open = false
			depth++
			dst = newline(dst, depth)
		}
		switch c {
		case '"': // a string, copied whole
			j := i + 1
			for j < len(src) && src[j] != '"' {
				if src[j] == '\\' {
					j++
				}
				j++
			}
			j = min(j, len(src)-1)
			dst = append(dst, src[i:j+1]...)
			i = j
		case '{', '[':
			open = true
			dst = append(dst, c)
		case ',':
			dst = newline(append(dst, c), depth)
		case ':':
			dst = append(dst, c, ' ')
		case '}', ']':
			if open {
				open = false
			} else {
				depth--
				dst = newline(dst, depth)
			}
			dst = append(dst, c)
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

// findingLegend says what the FINDING column of the period table means.
const findingLegend = "FINDING: whether a period's blocs are a finding, as report says it — yes or no with the p of the test\n" +
	"against chance (--null N), untested without it, weak under modularity 0.3, no for one bloc of all."

// timelineHeadline is the first line of the table and md outputs.
func timelineHeadline(tl *analysis.Timeline) string {
	withEvents := 0
	for _, p := range tl.Periods {
		if !p.Empty {
			withEvents++
		}
	}
	every := "every " + tl.Every
	if tl.Every == analysis.StepData {
		every = "the data's own windows"
	}
	first, last := tl.Periods[0], tl.Periods[len(tl.Periods)-1]
	return fmt.Sprintf("%s, %s to %s (%s): %d with events; blocs by %s, matched across periods by Jaccard ≥ %.2f; %s, %s",
		plural(len(tl.Periods), "period"), first.Label, last.Label, every, withEvents, tl.Method, tl.Threshold,
		plural(len(tl.Blocs), "bloc"), plural(len(tl.Moves), "move"))
}

// quality is a period's modularity or frustration, as text.
func quality(p analysis.TimelinePeriod) string {
	switch {
	case p.Modularity != nil:
		return fmt.Sprintf("Q %.3f", *p.Modularity)
	case p.Frustration != nil:
		return fmt.Sprintf("F %.1f (bal %.3f)", *p.Frustration, *p.BalanceIndex)
	}
	return "-"
}

func optNum(v *float64) string {
	if v == nil {
		return "-"
	}
	return fmt.Sprintf("%.2f", *v)
}

// blocLetter is the one-character mark of bloc id in the membership table.
func blocLetter(id int) byte {
	const marks = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	if id < len(marks) {
		return marks[id]
	}
	return '+'
}

func changeText(tl *analysis.Timeline, ch analysis.BlocChange) string {
	return tl.ChangeWords(ch)
}

func writeTimelineTable(w io.Writer, tl *analysis.Timeline, moves, top int) error {
	fmt.Fprintln(w, timelineHeadline(tl))
	for _, x := range tl.Warnings {
		fmt.Fprintln(w, "warning: "+x)
	}
	fmt.Fprintln(w)
	tw := newTable(w, 0)
	fmt.Fprintln(tw, "PERIOD\tEVENTS\tSTATES\tBLOCS\tQUALITY\tARI\tNMI\tCONF\tFINDING\tCHANGES")
	for _, row := range periodRows(tl) {
		row[9] = truncate(row[9], 90)
		fmt.Fprintln(tw, strings.Join(row, "\t"))
	}
	tw.Flush()
	fmt.Fprintln(w, findingLegend)

	fmt.Fprintln(w)
	tw = newTable(w, 0)
	fmt.Fprintln(tw, "BLOC\tLABEL\tFROM\tTO\tBEGINS\tENDS")
	for _, b := range tl.Blocs {
		begins := "appears"
		if b.Start == analysis.ChangeSplit {
			begins = "splits from " + string(blocLetter(b.Parent))
		}
		ends := "stands"
		switch b.End {
		case analysis.ChangeMerge:
			ends = "merges into " + string(blocLetter(b.Into))
		case analysis.ChangeSplit:
			ends = "splits up"
		case analysis.ChangeDeath:
			ends = "ends"
		}
		if b.End == "" && b.Last < len(tl.Periods)-1 {
			ends = "last seen"
		}
		fmt.Fprintf(tw, "%c\t%s\t%s\t%s\t%s\t%s\n", blocLetter(b.ID), truncate(b.Labels(), 100), tl.Periods[b.First].Label, tl.Periods[b.Last].Label, begins, ends)
	}
	tw.Flush()

	fmt.Fprintln(w)
	states, _ := tl.Rows(top)
	fmt.Fprintf(w, "MEMBERSHIP (a column per period, %s to %s: the bloc's letter, · alone, blank no events)\n", tl.Periods[0].Label, tl.Periods[len(tl.Periods)-1].Label)
	nameW := 0
	for _, s := range states {
		nameW = max(nameW, len([]rune(truncate(s.Name, 24))))
	}
	for _, s := range states {
		var b strings.Builder
		for _, x := range s.Blocs {
			switch {
			case x == nil:
				b.WriteByte(' ')
			case *x == analysis.NoBloc:
				b.WriteString("·")
			default:
				b.WriteByte(blocLetter(*x))
			}
		}
		name := truncate(s.Name, 24)
		fmt.Fprintf(w, "%-5s %s%s  %s\n", s.ID, name, strings.Repeat(" ", nameW-len([]rune(name))), strings.TrimRight(b.String(), " "))
	}
	if len(states) < len(tl.States) {
		fmt.Fprintf(w, "(%d more states; --top 0 shows all)\n", len(tl.States)-len(states))
	}

	fmt.Fprintln(w)
	defer writeStandingNotes(w, tl, "\nnot sovereign states, or not throughout, in the periods named (KIND; blocgraph states ID says more):", "  ", func(s string) string { return s })
	if len(tl.Moves) == 0 {
		fmt.Fprintln(w, "MOVES: none (no state changed bloc between periods in which it had events)")
		return nil
	}
	fmt.Fprintf(w, "MOVES (%d)\n", len(tl.Moves))
	shown := tl.Moves
	if moves > 0 && len(shown) > moves {
		shown = shown[:moves]
	}
	for _, m := range shown {
		m = tl.Evidence(m)
		fmt.Fprintf(w, "%-10s %s (%s): %s → %s (%s; before: %s)\n", m.PeriodLabel, m.Name, m.State, m.FromLabel, m.ToLabel, m.Kind, tl.Periods[m.Since].Label)
		for _, e := range m.Cooperation {
			writeEvidence(w, "+", e)
		}
		for _, e := range m.Conflict {
			writeEvidence(w, "−", e)
		}
	}
	if len(shown) < len(tl.Moves) {
		fmt.Fprintf(w, "(%d more; --moves 0 shows all)\n", len(tl.Moves)-len(shown))
	}
	return nil
}

// periodRows are the cells of the period table: label, events, states,
// blocs, quality, ARI, NMI, mean member confidence, changes. A run of
// empty periods is one row.
func periodRows(tl *analysis.Timeline) [][]string {
	var rows [][]string
	for i := 0; i < len(tl.Periods); i++ {
		p := tl.Periods[i]
		if p.Empty {
			j := emptyRun(tl, i)
			rows = append(rows, []string{runLabel(tl, i, j), "0", "0", "-", "-", "-", "-", "-", "-", noEvents(i, j)})
			i = j
			continue
		}
		var ch []string
		for _, c := range p.Changes {
			ch = append(ch, changeText(tl, c))
		}
		rows = append(rows, []string{p.Label, strconv.Itoa(p.Events), strconv.Itoa(p.Nodes), strconv.Itoa(len(p.Blocs)), quality(p), optNum(p.ARI), optNum(p.NMI), optNum(p.Confidence), p.FindingWord(), strings.Join(ch, "; ")})
	}
	return rows
}

// emptyRun returns the last period of the run of empty periods from i.
func emptyRun(tl *analysis.Timeline, i int) int {
	j := i
	for j+1 < len(tl.Periods) && tl.Periods[j+1].Empty {
		j++
	}
	return j
}

func runLabel(tl *analysis.Timeline, i, j int) string {
	if i == j {
		return tl.Periods[i].Label
	}
	return tl.Periods[i].Label + " … " + tl.Periods[j].Label
}

func noEvents(i, j int) string {
	if i == j {
		return "no events"
	}
	return fmt.Sprintf("no events in these %d periods", j-i+1)
}

func writeEvidence(w io.Writer, sign string, e analysis.EventRef) {
	src := e.Article
	if src == "" {
		src = e.Source
	}
	cnt := ""
	if e.Count > 1 {
		cnt = fmt.Sprintf(" ×%d", e.Count)
	}
	fmt.Fprintf(w, "    %s %-10s %s %s %s%s  %+.1f  [%s]\n", sign, e.Date, e.Subject, e.Said(), e.Object, cnt, e.Weight, src)
	if e.Quote != "" {
		fmt.Fprintf(w, "                 “%s”\n", truncate(e.Quote, 100))
	}
}

func writeTimelineCSV(w io.Writer, tl *analysis.Timeline) error {
	t := newTimelineCSV(w)
	for i := range tl.Periods {
		if err := t.period(&tl.Periods[i]); err != nil {
			return err
		}
	}
	return t.finish()
}

// timelineCSV writes a timeline's CSV a period at a time: a row per state
// and period, one for an empty period.
type timelineCSV struct {
	cw      *csv.Writer
	started bool
}

func newTimelineCSV(w io.Writer) *timelineCSV { return &timelineCSV{cw: csv.NewWriter(w)} }

func (t *timelineCSV) header() {
	if t.started {
		return
	}
	t.started = true
	t.cw.Write([]string{"period", "start", "end", "id", "name", "bloc", "bloc_label", "bloc_confidence", "pagerank", "betweenness",
		"eigenvector", "in_degree", "out_degree", "balance", "period_events", "ari", "nmi", "period_finding", "period_null_p", "period_caveat", "standing"})
}

func (t *timelineCSV) period(p *analysis.TimelinePeriod) error {
	t.header()
	cw := t.cw
	ari, nmi := "", ""
	if p.ARI != nil {
		ari, nmi = num(*p.ARI), num(*p.NMI)
	}
	if p.Empty {
		return cw.Write([]string{p.Label, p.Start, p.End, "", "", "", "", "", "", "", "", "", "", "", "0", "", "", "false", "", "no events", ""})
	}
	nullP := ""
	if p.Null != nil {
		nullP = num(p.Null.P)
	}
	for _, x := range p.States {
		conf := ""
		if x.BlocConfidence != nil {
			conf = num(*x.BlocConfidence)
		}
		cw.Write([]string{p.Label, p.Start, p.End, x.ID, x.Name, strconv.Itoa(x.Bloc), x.BlocLabel, conf, num(x.PageRank), num(x.Betweenness),
			num(x.Eigenvector), num(x.InDegree), num(x.OutDegree), num(x.Balance), strconv.Itoa(p.Events), ari, nmi,
			strconv.FormatBool(p.Finding), nullP, p.Caveat, x.Standing})
	}
	return cw.Error()
}

func (t *timelineCSV) finish() error {
	t.header()
	t.cw.Flush()
	return t.cw.Error()
}

func writeTimelineMD(w io.Writer, tl *analysis.Timeline, moves int) error {
	fmt.Fprintf(w, "## Blocs over time\n\n%s\n\n", timelineHeadline(tl))
	for _, x := range tl.Warnings {
		fmt.Fprintf(w, "Warning: %s\n\n", mdCell(x))
	}
	fmt.Fprintf(w, "| period | events | states | blocs | quality | ARI | NMI | confidence | finding | changes |\n|---|---:|---:|---:|---|---:|---:|---:|---|---|\n")
	for _, row := range periodRows(tl) {
		row[9] = mdCell(row[9])
		fmt.Fprintf(w, "| %s |\n", strings.Join(row, " | "))
	}
	fmt.Fprintf(w, "\n### Blocs\n\n| bloc | from | to | members when last seen |\n|---|---|---|---|\n")
	for _, b := range tl.Blocs {
		var names []string
		for _, pb := range tl.Periods[b.Last].Blocs {
			if pb.ID == b.ID {
				names = pb.Names
			}
		}
		fmt.Fprintf(w, "| %s | %s | %s | %s |\n", mdCell(b.Labels()), tl.Periods[b.First].Label, tl.Periods[b.Last].Label, mdCell(strings.Join(names, ", ")))
	}
	fmt.Fprintf(w, "\n### Moves\n\n")
	defer writeStandingNotes(w, tl, "\nNot sovereign states, or not throughout, in the periods named (KIND):\n", "- ", mdCell)
	if len(tl.Moves) == 0 {
		fmt.Fprintln(w, "No state changed bloc.")
		return nil
	}
	fmt.Fprintf(w, "| period | state | from | to | kind | strongest events |\n|---|---|---|---|---|---|\n")
	shown := tl.Moves
	if moves > 0 && len(shown) > moves {
		shown = shown[:moves]
	}
	for _, m := range shown {
		m = tl.Evidence(m)
		var ev []string
		for _, e := range append(append([]analysis.EventRef(nil), m.Cooperation...), m.Conflict...) {
			ev = append(ev, fmt.Sprintf("%s %s %s %s (%+.1f)", e.Date, e.Subject, e.Said(), e.Object, e.Weight))
		}
		fmt.Fprintf(w, "| %s | %s | %s | %s | %s | %s |\n", m.PeriodLabel, mdCell(m.Name), mdCell(m.FromLabel), mdCell(m.ToLabel), m.Kind, mdCell(strings.Join(ev, "; ")))
	}
	if len(shown) < len(tl.Moves) {
		fmt.Fprintf(w, "\n(%d more moves; --moves 0 shows all)\n", len(tl.Moves)-len(shown))
	}
	return nil
}

// writeStandingNotes writes, after head, a line (after indent, through
// cell) for each state that was no sovereign state, or not throughout, in
// some period (report's lines after its table): "SUN Soviet Union:
// historical state, 1922-12-30 to 1991-12-25 (1991)"; nothing when none
// was.
func writeStandingNotes(w io.Writer, tl *analysis.Timeline, head, indent string, cell func(string) string) {
	notes := tl.StandingNotes()
	if len(notes) == 0 {
		return
	}
	fmt.Fprintln(w, head)
	for _, n := range notes {
		fmt.Fprintf(w, "%s%s\n", indent, cell(fmt.Sprintf("%s %s: %s (%s)", n.ID, n.Name, n.Standing, tl.PeriodsWords(n.Periods))))
	}
}

// writeTimelineSVG draws the membership chart of every state to path.
func writeTimelineSVG(c *cli.Context, path string, tl *analysis.Timeline) error {
	title := c.String("title")
	if title == "" {
		title = "blocgraph — blocs over time, by " + tl.Method
	}
	every := "every " + tl.Every
	if tl.Every == analysis.StepData {
		every = "the data's own windows"
	}
	first, last := tl.Periods[0], tl.Periods[len(tl.Periods)-1]
	opts := svg.TimelineOptions{Title: title, Subtitle: fmt.Sprintf("%s, %s periods from %s to %s (%s) · %s · %s · matched by Jaccard ≥ %.2f",
		plural(len(tl.States), "state"), strconv.Itoa(len(tl.Periods)), first.Label, last.Label, every, plural(len(tl.Blocs), "bloc"), plural(len(tl.Moves), "move"), tl.Threshold)}
	pic := tl.Picture(0)
	return writeOutput(c, path, func(w io.Writer) error { return svg.RenderTimeline(w, pic, opts) })
}
