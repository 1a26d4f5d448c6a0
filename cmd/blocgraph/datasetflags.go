package main

import (
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/blocgraph/blocgraph/loader"
	"github.com/schollz/progressbar/v3"
	"github.com/urfave/cli/v2"
	"golang.org/x/term"
)

// datasetFlags are the flags of the commands that read event datasets
// (GDELT, ICEWS) beside facts files. --input-format is not --format, which
// names an output format.
func datasetFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "input-format", Value: "auto", Usage: "read every input as `FORMAT`: auto, facts, gdelt, icews or dyadic " +
			"(auto: *.yaml and *.yml are facts files, other files are told by their content)"},
		&cli.StringFlag{Name: "codes", Value: "auto", Usage: "dyadic files: how state `CODES` map to states: auto, cow-pajek, cow, names, self (each code its own actor) or a codes FILE (CSV code,state[,from,to][,name])"},
		&cli.StringFlag{Name: "columns", Usage: "dyadic files: the header's names for the columns, `ROLE=NAME,…` (roles: source, target, sign, weight, date, first_year, last_year, window; sign or weight may be a number for every row: sign=-1), e.g. source=from,target=to"},
		&cli.BoolFlag{Name: "directed", Usage: "dyadic files: a row is from source to target only (default: both ways, as alliances, disputes and votes are)"},
		&cli.StringFlag{Name: "aggregate", Value: "none", Usage: "fold dataset events into one per actor state, relation, target state and `PERIOD`: " +
			"none, day or month (counts add up; Goldstein is the count-weighted mean)"},
		&cli.BoolFlag{Name: "strict", Usage: "fail on any malformed dataset row; by default such rows are counted, listed and skipped"},
		&cli.StringFlag{Name: "actor-types", Usage: "keep only dataset events whose two actors have one of these CAMEO actor `TYPES`, e.g. GOV,MIL"},
		&cli.BoolFlag{Name: "root-only", Usage: "keep only GDELT root events (IsRootEvent = 1)"},
		&cli.StringFlag{Name: "progress", Value: "auto", Usage: "`WHEN` to show a progress bar while reading datasets: auto (when standard error is a terminal), always or never"},
	}
}

// datasetOptions reads the dataset flags.
func datasetOptions(c *cli.Context) (loader.DatasetOptions, error) {
	var o loader.DatasetOptions
	var err error
	if o.Format, err = loader.ParseFormat(c.String("input-format")); err != nil {
		return o, usageError("--input-format %v", err)
	}
	o.Codes, o.Directed = c.String("codes"), c.Bool("directed")
	for _, kv := range strings.Split(c.String("columns"), ",") {
		if strings.TrimSpace(kv) == "" {
			continue
		}
		k, v, ok := strings.Cut(kv, "=")
		k, v = strings.ToLower(strings.TrimSpace(k)), strings.TrimSpace(v)
		if !ok || v == "" || !slices.Contains([]string{loader.ColSource, loader.ColTarget, loader.ColSign, loader.ColWeight, loader.ColDate, loader.ColFirstYear, loader.ColLastYear, loader.ColWindow}, k) {
			return o, usageError("--columns %q: write ROLE=NAME with a role of source, target, sign, weight, date, first_year, last_year, window", kv)
		}
		if o.Columns == nil {
			o.Columns = map[string]string{}
		}
		o.Columns[k] = v
	}
	if o.Aggregate, err = loader.ParseAggregate(c.String("aggregate")); err != nil {
		return o, usageError("--aggregate %v", err)
	}
	if o.ActorTypes, err = loader.ParseActorTypes(c.String("actor-types")); err != nil {
		return o, usageError("--actor-types: %v", err)
	}
	o.Strict = c.Bool("strict")
	o.RootOnly = c.Bool("root-only")
	show := false
	switch p := strings.ToLower(c.String("progress")); p {
	case "", "auto":
		show = writesToTerminal(c.App.ErrWriter)
	case "always":
		show = true
	case "never":
	default:
		return o, usageError("--progress %q is not one of auto, always, never", c.String("progress"))
	}
	if show {
		o.Progress = progressBar(c.App.ErrWriter)
	}
	return o, nil
}

// writesToTerminal reports whether w is a terminal.
func writesToTerminal(w io.Writer) bool {
	f, ok := rawWriter(w).(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// progressBar returns a DatasetOptions.Progress that draws a bar of the
// bytes read on w, with the rows read and their rate; it clears itself when
// the reading is done.
func progressBar(w io.Writer) func(rows, done, total int64) {
	w = rawWriter(w) // the bar's own escapes must reach the terminal
	var bar *progressbar.ProgressBar
	start := time.Now()
	return func(rows, done, total int64) {
		if bar == nil {
			size := total
			if size <= 0 {
				size = -1 // unknown size (standard input): a spinner
			}
			bar = progressbar.NewOptions64(size,
				progressbar.OptionSetWriter(w),
				progressbar.OptionSetDescription("reading events"),
				progressbar.OptionShowBytes(true),
				progressbar.OptionSetWidth(30),
				progressbar.OptionThrottle(100*time.Millisecond),
				progressbar.OptionClearOnFinish(),
				progressbar.OptionSetPredictTime(true),
			)
		}
		rate := float64(rows) / max(time.Since(start).Seconds(), 1e-3)
		bar.Describe(fmt.Sprintf("%d rows (%.0f rows/s)", rows, rate))
		bar.Set64(done)
		if total > 0 && done >= total {
			bar.Finish()
		}
	}
}
