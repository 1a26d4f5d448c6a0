package main

import (
	"errors"
	"fmt"
	"io"
	"runtime/debug"
	"strings"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/urfave/cli/v2"
)

// version is set at build time with -ldflags "-X main.version=…"; otherwise
// it is read from the module build information.
var version = ""

func buildVersion() string {
	if version != "" {
		return version
	}
	v := "devel"
	if bi, ok := debug.ReadBuildInfo(); ok {
		if bi.Main.Version != "" && bi.Main.Version != "(devel)" {
			v = bi.Main.Version
		}
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 12 {
				v += " (" + s.Value[:12] + ")"
			}
		}
	}
	return v
}

// exitError carries an exit code with an error already written for the
// analyst.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

// usageError is a mistake in how the command was called: exit code 2.
func usageError(format string, args ...any) error {
	return &exitError{code: 2, err: fmt.Errorf(format, args...)}
}

// NewApp builds the blocgraph command line. Tests call it in-process.
func NewApp(stdin io.Reader, stdout, stderr io.Writer) *cli.App {
	app := &cli.App{
		Name:    "blocgraph",
		Usage:   "model alignment between states as a graph: load facts, find blocs, explore in Neo4j",
		Version: buildVersion(),
		Description: "blocgraph reads facts that analysts write from news articles (YAML facts files)\n" +
			"and event datasets, and builds a graph of states, leaders and parties linked by\n" +
			"events such as congratulations, solidarity and sanctions, each traceable to its\n" +
			"article and quote. With no database configured it works from the files alone.",
		Reader:               stdin,
		Writer:               stdout,
		ErrWriter:            stderr,
		HideHelpCommand:      true,
		EnableBashCompletion: true,
		Commands: []*cli.Command{
			validateCommand(),
			statsCommand(),
			reportCommand(),
			partnersCommand(),
			exportCommand(),
			renderCommand(),
			loadCommand(),
			queryCommand(),
			vocabularyCommand(),
		},
		OnUsageError: func(c *cli.Context, err error, isSubcommand bool) error {
			return usageError("%v (see blocgraph %s--help)", err, subcommandPrefix(c))
		},
		ExitErrHandler: func(*cli.Context, error) {}, // Run prints errors and sets the exit code
	}
	for _, cmd := range app.Commands {
		if cmd.OnUsageError == nil {
			cmd.OnUsageError = app.OnUsageError
		}
	}
	return app
}

func subcommandPrefix(c *cli.Context) string {
	if c == nil || c.Command == nil || c.Command.Name == "" {
		return ""
	}
	return c.Command.Name + " "
}

// Run runs blocgraph with args and returns the exit code: 0 success, 1 a
// problem with the input or the work, 2 a mistake in the command line.
func Run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	app := NewApp(stdin, stdout, stderr)
	err := app.Run(args)
	if err == nil {
		return 0
	}
	code := 1
	var ee *exitError
	if errors.As(err, &ee) {
		code = ee.code
		err = ee.err
	} else if ce, ok := err.(cli.ExitCoder); ok {
		code = ce.ExitCode()
	}
	printError(stderr, err)
	return code
}

// printError writes err once, one problem a line, with a count when there are
// several.
func printError(w io.Writer, err error) {
	var list graph.ErrorList
	if errors.As(err, &list) {
		for _, e := range list {
			fmt.Fprintln(w, e.Error())
		}
		if len(list) > 1 {
			fmt.Fprintf(w, "%d problems found; nothing was loaded\n", len(list))
		} else {
			fmt.Fprintln(w, "1 problem found; nothing was loaded")
		}
		return
	}
	msg := err.Error()
	if !strings.HasPrefix(msg, "blocgraph") {
		msg = "blocgraph: " + msg
	}
	fmt.Fprintln(w, msg)
}

// inCategory files flags under a heading of --help.
func inCategory(cat string, flags []cli.Flag) []cli.Flag {
	for _, f := range flags {
		switch f := f.(type) {
		case *cli.StringFlag:
			f.Category = cat
		case *cli.BoolFlag:
			f.Category = cat
		case *cli.IntFlag:
			f.Category = cat
		case *cli.Int64Flag:
			f.Category = cat
		case *cli.Uint64Flag:
			f.Category = cat
		case *cli.Float64Flag:
			f.Category = cat
		case *cli.StringSliceFlag:
			f.Category = cat
		}
	}
	return flags
}
