// Command gen writes the gazetteer's embedded data file. It is run by
// `go generate ./loader/gazetteer` in the package directory and reads the
// reference files in ../shared/data (relative to the repository root) and
// the hand-curated overlay curated.yaml. It also writes the list of what
// it could not match or place (build.ReportFileName), for review.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/blocgraph/blocgraph/loader/gazetteer/internal/build"
)

func main() {
	data := flag.String("data", "../../../shared/data", "directory of the reference data files")
	curated := flag.String("curated", "curated.yaml", "hand-curated overlay")
	out := flag.String("out", build.FileName, "data file to write")
	report := flag.String("report", build.ReportFileName, "report of unmatched people and skipped rows to write")
	verbose := flag.Bool("v", false, "print oddities found in the source files")
	flag.Parse()

	opt := build.Options{DataDir: *data, Curated: *curated}
	if *verbose {
		opt.Warn = func(format string, args ...any) { fmt.Fprintf(os.Stderr, format+"\n", args...) }
	}
	text, rep, err := build.BuildReport(opt)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, text, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*report, rep.Text(), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "gen: %s, %d bytes; %s\n", *out, len(text), rep.Summary())
}
