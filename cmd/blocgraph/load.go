package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"text/tabwriter"
	"time"

	store "github.com/blocgraph/blocgraph/graph/neo4j"
	"github.com/schollz/progressbar/v3"
	"github.com/urfave/cli/v2"
)

func loadCommand() *cli.Command {
	flags := append(neo4jFlags(),
		&cli.IntFlag{Name: "batch-size", Value: store.DefaultBatchSize, Usage: "`ROWS` per statement (per transaction with --batched)"},
		&cli.BoolFlag{Name: "batched", Usage: "resumable, not atomic: commit each batch on its own; an interrupted load leaves part of it in Neo4j, which running it again completes"},
		&cli.IntFlag{Name: "concurrency", Value: store.DefaultConcurrency, Usage: "`N` transactions at once (with --batched)"},
	)
	flags = append(flags, inputFlags()...)
	return &cli.Command{
		Name:      "load",
		Usage:     "load facts and datasets into Neo4j, all or nothing; loading the same files again changes nothing",
		ArgsUsage: "PATH...",
		Description: "Reads the facts files and datasets named, whole (as validate does; nothing is written if\n" +
			"one has a problem), creates blocgraph's constraints and indexes in Neo4j where they are\n" +
			"missing, and MERGEs nodes, structural relationships and events by their ids in one\n" +
			"transaction: the load lands whole, or, if anything fails or it is interrupted, the\n" +
			"database is left as it was. Loading again creates only what is missing and never\n" +
			"duplicates. --batched commits each batch on its own instead (resumable, not atomic:\n" +
			"for loads larger than the server's transaction memory). Connection settings come from NEO4J_URI,\n" +
			"NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE, or the flags." + examples(
			"load testdata/",
			"load --aggregate month ../shared/data/gdelt/20191024143000.export.CSV",
			"load --batched --concurrency 4 big-dataset.csv"),
		Flags: flags,
		Action: func(c *cli.Context) error {
			paths := c.Args().Slice()
			size := c.Int("batch-size")
			if size < 1 {
				return usageError("--batch-size must be at least 1")
			}
			conc := c.Int("concurrency")
			if conc < 1 {
				return usageError("--concurrency must be at least 1")
			}
			batched := c.Bool("batched")
			if c.IsSet("concurrency") && !batched {
				return usageError("--concurrency applies to --batched loads only: a load in one transaction runs its statements one after the other")
			}
			g, err := loadPaths(c, paths)
			if err != nil {
				return err
			}
			st, err := openStore(c)
			if err != nil {
				return err
			}
			defer st.Close(context.Background())
			ctx, caught, stop := interruptible(commandContext(c))
			defer stop()
			opts := store.LoadOptions{BatchSize: size, Concurrency: conc, Batched: batched}
			total := g.NumNodes() + g.NumRelationships() + g.NumEvents()
			var bar *progressbar.ProgressBar
			if writesToTerminal(c.App.ErrWriter) {
				bar = progressbar.NewOptions(total,
					progressbar.OptionSetWriter(rawWriter(c.App.ErrWriter)),
					progressbar.OptionSetDescription("loading"),
					progressbar.OptionShowCount(),
					progressbar.OptionSetItsString("rows"),
					progressbar.OptionShowIts(),
					progressbar.OptionThrottle(100*time.Millisecond),
					progressbar.OptionClearOnFinish(),
				)
				opts.Progress = func(done, _ int) { bar.Set(done) }
			}
			sum, err := st.Load(ctx, g, opts)
			if bar != nil {
				bar.Finish()
			}
			if sig := caught(); sig != nil && (err != nil || batched) {
				return interrupted(sig, st.Config(), sum)
			}
			if err != nil {
				if errors.Is(err, store.ErrTransactionMemory) {
					err = fmt.Errorf("%w (blocgraph load --batched)", err)
				}
				return err
			}
			writeLoadSummary(c.App.Writer, st.Config(), sum)
			if caught() != nil {
				// The signal came while the transaction was committing,
				// which is never cut short: the load is in whole.
				fmt.Fprintln(c.App.ErrWriter, "blocgraph: interrupted as the load was committing: it is in Neo4j whole")
			}
			return nil
		},
	}
}

// interruptible returns a context that SIGINT or SIGTERM cancels, a
// function that says which signal did (nil if none), and one that stops
// listening. After the first signal the default comes back, so a second
// Ctrl-C ends blocgraph at once.
func interruptible(parent context.Context) (context.Context, func() os.Signal, func()) {
	ctx, cancel := context.WithCancel(parent)
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	got := make(chan os.Signal, 1)
	go func() {
		select {
		case s := <-sigs:
			signal.Stop(sigs)
			got <- s
			cancel()
		case <-ctx.Done():
		}
	}()
	caught := func() os.Signal {
		select {
		case s := <-got:
			got <- s
			return s
		default:
			return nil
		}
	}
	return ctx, caught, func() { signal.Stop(sigs); cancel() }
}

// interrupted is the error of a load that a signal stopped: that nothing
// of it was written, or, with --batched, what was committed (at least: a
// batch whose commit was under way may have made it too) and that loading
// again completes it. Its exit code is 128 plus the signal's number (130
// for Ctrl-C), as a shell reports it.
func interrupted(sig os.Signal, cfg store.Config, s store.LoadSummary) error {
	code := 130
	if n, ok := sig.(syscall.Signal); ok {
		code = 128 + int(n)
	}
	if !s.Batched {
		return &exitError{code: code, err: fmt.Errorf("interrupted: nothing of this load was written to Neo4j at %s (its transaction was rolled back); "+
			"run the same load again to load it whole", cfg.Address())}
	}
	return &exitError{code: code, err: fmt.Errorf("interrupted: at least %d of %d nodes, %d of %d structural relationships and %d of %d events are in Neo4j at %s; "+
		"run the same load again to complete it (what is there already is not duplicated)",
		s.NodesDone, s.Nodes, s.RelationshipsDone, s.Relationships, s.EventsDone, s.Events, cfg.Address())}
}

// writeLoadSummary writes what a load created, what was there already, and
// how fast it went.
func writeLoadSummary(w io.Writer, cfg store.Config, s store.LoadSummary) {
	fmt.Fprintf(w, "Loaded into Neo4j at %s\n\n", cfg)
	tw := newTable(w, tabwriter.AlignRight)
	fmt.Fprintf(tw, "\tcreated\talready present\t\n")
	fmt.Fprintf(tw, "nodes\t%d\t%d\t\n", s.NodesCreated, s.NodesPresent())
	fmt.Fprintf(tw, "relationships\t%d\t%d\t\n", s.RelationshipsCreated, s.RelationshipsPresent())
	fmt.Fprintf(tw, "events\t%d\t%d\t\n", s.EventsCreated, s.EventsPresent())
	tw.Flush()
	how := fmt.Sprintf("one transaction of %d statements of up to %d rows", s.Batches, s.BatchSize)
	if s.Batched {
		how = fmt.Sprintf("%d transactions of up to %d rows, %d at once", s.Batches, s.BatchSize, s.Concurrency)
	}
	fmt.Fprintf(w, "\n%d events in %.2f s: %.0f events/s (%s; schema checked in %.2f s)\n",
		s.Events, s.Elapsed.Seconds(), s.EventsPerSecond(), how, s.Schema.Seconds())
}
