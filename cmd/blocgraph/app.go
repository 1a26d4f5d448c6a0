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
	bi, ok := debug.ReadBuildInfo()
	return versionOf(version, bi, ok)
}

// versionOf is the version: the one set with -ldflags, else the module's
// (a tagged release, or Go's pseudo-version of a commit), else the commit
// the binary was built from by the version control information Go stamps
// ("devel 6a7960a1b2c3, 2026-12-03T21:04:11Z", "+ changes" when the tree had
// uncommitted ones). go run, go test and -buildvcs=false stamp none, and
// the version says so rather than a bare "devel".
func versionOf(ldflags string, bi *debug.BuildInfo, ok bool) string {
	if ldflags != "" {
		return ldflags
	}
	if !ok || bi == nil {
		return "devel (no build information)"
	}
	var rev, at string
	modified := false
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			at = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if v := bi.Main.Version; v != "" && v != "(devel)" {
		if rev != "" && !strings.Contains(v, rev) {
			v += " (" + rev + ")"
		}
		return v
	}
	if rev == "" {
		return "devel (no version control information in the build: go run, go test and -buildvcs=false stamp none; -ldflags \"-X main.version=…\" sets one)"
	}
	v := "devel " + rev
	if at != "" {
		v += ", " + at
	}
	if modified {
		v += " + changes"
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
		Reader: stdin,
		// Text for a terminal: control characters escaped (terminal.go).
		Writer:               &termWriter{w: stdout},
		ErrWriter:            &termWriter{w: stderr},
		EnableBashCompletion: true,
		// --param name=a,b and --name-bloc USA='A, B' keep their commas.
		DisableSliceFlagSeparator: true,
		Commands: []*cli.Command{
			validateCommand(),
			statsCommand(),
			reportCommand(),
			timelineCommand(),
			partnersCommand(),
			exportCommand(),
			renderCommand(),
			briefCommand(),
			loadCommand(),
			queryCommand(),
			vocabularyCommand(),
			statesCommand(),
			extractCommand(),
		},
		OnUsageError: func(c *cli.Context, err error, isSubcommand bool) error {
			return usageError("%v (see blocgraph %s--help)", err, subcommandPrefix(c))
		},
		ExitErrHandler: func(*cli.Context, error) {}, // Run prints errors and sets the exit code
	}
	app.CommandNotFound = func(c *cli.Context, name string) {
		notFound = usageError("%q is not a blocgraph command; the commands are %s (blocgraph --help)", name, commandNames(app))
	}
	for _, cmd := range app.Commands {
		if cmd.OnUsageError == nil {
			cmd.OnUsageError = app.OnUsageError
		}
	}
	return app
}

// notFound holds the error of an unknown command, which urfave/cli reports
// through a callback rather than a return value.
var notFound error

func commandNames(app *cli.App) string {
	var names []string
	for _, c := range app.Commands {
		names = append(names, c.Name)
	}
	return strings.Join(names, ", ")
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
	defer flushTerm(app.ErrWriter)
	defer flushTerm(app.Writer)
	notFound = nil
	app.Metadata = map[string]any{"args": args} // the command as given, for brief's record
	err := app.Run(flagsFirst(app, args))
	if err == nil && notFound != nil {
		err = notFound
	}
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
	flushTerm(app.Writer)
	printError(app.ErrWriter, err)
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

// flagsFirst moves a command's flags ahead of its arguments, so that
// `blocgraph export testdata/ -o out.graphml` works as an analyst expects
// (urfave/cli, like Go's flag package, stops reading flags at the first
// argument). Flags move with their values; anything after "--" stays an
// argument.
func flagsFirst(app *cli.App, args []string) []string {
	if len(args) < 3 {
		return args
	}
	var cmd *cli.Command
	for _, c := range app.Commands {
		if c.HasName(args[1]) {
			cmd = c
		}
	}
	if cmd == nil {
		return args
	}
	takesValue := map[string]bool{}
	for _, f := range cmd.Flags {
		_, isBool := f.(*cli.BoolFlag)
		for _, n := range f.Names() {
			takesValue[n] = !isBool
		}
	}
	var flags, rest []string
	in := args[2:]
	for i := 0; i < len(in); i++ {
		a := in[i]
		if a == "--" {
			rest = append(rest, in[i+1:]...)
			break
		}
		if len(a) < 2 || a[0] != '-' {
			rest = append(rest, a) // an argument, or "-" for standard input
			continue
		}
		// A flag, known or not (urfave/cli reports unknown ones).
		flags = append(flags, a)
		name, _, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if takesValue[name] && !hasValue && i+1 < len(in) {
			i++
			flags = append(flags, in[i])
		}
	}
	out := append([]string{args[0], args[1]}, flags...)
	if len(rest) > 0 {
		out = append(out, "--")
		out = append(out, rest...)
	}
	return out
}
