package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/loader"
	"github.com/blocgraph/blocgraph/loader/extract"
	"github.com/blocgraph/blocgraph/loader/gazetteer"
	"github.com/urfave/cli/v2"
)

// articleExt are the file endings a folder walk takes as articles.
var articleExt = map[string]bool{".txt": true, ".text": true, ".md": true, ".markdown": true, ".html": true, ".htm": true}

func extractCommand() *cli.Command {
	return &cli.Command{
		Name:      "extract",
		Usage:     "draft facts files from articles: who did what to whom, when, with the sentence",
		ArgsUsage: "PATH...",
		Description: "Reads articles — plain text, Markdown with YAML front matter (title, date or published,\n" +
			"source_url or url, author) or HTML — from files, folders (*.txt, *.text, *.md, *.html) and - (standard\n" +
			"input), finds the states, leaders and state organs each sentence names and the relations\n" +
			"between them, and writes a draft facts file that validate accepts: every fact with its\n" +
			"sentence as quote, a confidence, a date and a note naming the rule that matched.\n" +
			"Review the draft: --format table shows every candidate with its rule, the weaker ones\n" +
			"below --min-confidence marked -, and the sentences that named two states but gave no fact.\n" +
			"\n" +
			"Examples:\n" +
			"  blocgraph extract ../shared/seeds/kim-diaz-canel-2021.txt -o draft.yaml\n" +
			"  blocgraph extract --format table testdata/articles/embassy-moscow-expulsion-2023.md\n" +
			"  blocgraph extract --min-confidence 0.8 -o drafts/ testdata/articles/\n" +
			"  blocgraph extract --published 2022-03-01 --author Japan - < statement.txt\n" +
			"  blocgraph extract --format json --author 'United States; Japan' joint-statement.html",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write to `FILE`, or to DIR/ one file per article (default: standard output)"},
			&cli.StringFlag{Name: "format", Value: "facts", Usage: "output `FORMAT`: facts (YAML for validate, report …), json or table (every candidate with its rule)"},
			&cli.StringFlag{Name: "min-confidence", Value: strconv.FormatFloat(extract.DefaultMinConfidence, 'g', -1, 64),
				DefaultText: strconv.FormatFloat(extract.DefaultMinConfidence, 'g', -1, 64), // a number, not "0.45"
				Usage:       "write only facts at least this `CONFIDENCE`, from 0 to 1 (the default is chosen on unseen text: see the README)"},
			&cli.StringFlag{Name: "published", Usage: "publication date `YYYY-MM-DD` of every article read (overrides the article)"},
			&cli.StringFlag{Name: "author", Usage: "the `STATE` an official statement speaks for: \"we\" and \"our\" are it (several: \"United States; Japan\")"},
		},
		Action: runExtract,
	}
}

func runExtract(c *cli.Context) error {
	paths := c.Args().Slice()
	if len(paths) == 0 {
		return usageError("name the articles or folders to read, e.g. blocgraph extract article.txt (or - for standard input)")
	}
	format := c.String("format")
	switch format {
	case "facts", "json", "table":
	default:
		return usageError("--format %q: use facts, json or table", format)
	}
	min, err := parseConfidence(c.String("min-confidence"))
	if err != nil {
		return err
	}
	opt := extract.Options{Gazetteer: gazetteer.Default(), Author: strings.TrimSpace(c.String("author"))}
	if p := c.String("published"); p != "" {
		if opt.Published, err = parseDay(p); err != nil {
			return err
		}
	}
	if opt.Author != "" {
		for _, part := range strings.Split(opt.Author, ";") {
			if part = strings.TrimSpace(part); part == "" {
				continue
			}
			e, err := opt.Gazetteer.Resolve(part, opt.Published)
			if err != nil {
				return fmt.Errorf("--author %q: %v", part, err)
			}
			if st, _ := opt.Gazetteer.StateAt(e, opt.Published); st == "" {
				return fmt.Errorf("--author %q names no state", part)
			}
		}
	}
	files, err := articleFiles(paths)
	if err != nil {
		return err
	}
	var drafts []*extract.Draft
	var errs, warnings []string
	for _, f := range files {
		var data []byte
		var rerr error
		if f == "-" {
			data, rerr = io.ReadAll(c.App.Reader)
		} else {
			data, rerr = os.ReadFile(f)
		}
		if rerr != nil {
			errs = append(errs, fmt.Sprintf("%s: cannot read: %v", f, unwrapPathError(rerr)))
			continue
		}
		a, err := extract.Read(f, data)
		if err != nil {
			errs = append(errs, err.Error())
			continue
		}
		d, err := extract.Code(a, opt)
		if err != nil {
			errs = append(errs, err.Error())
			continue
		}
		if w := inferredDateWarning(d.Article); w != "" {
			warnings = append(warnings, w)
		}
		drafts = append(drafts, d)
	}
	if len(errs) > 0 {
		for _, e := range errs[:len(errs)-1] {
			fmt.Fprintln(c.App.ErrWriter, e)
		}
		return &exitError{code: 1, err: errors.New(errs[len(errs)-1] + nothingWritten(c))}
	}
	for _, w := range warnings {
		fmt.Fprintln(c.App.ErrWriter, w)
	}
	write := func(w io.Writer, ds []*extract.Draft) error {
		switch format {
		case "json":
			return extract.WriteJSON(w, ds, min)
		case "table":
			return extract.WriteTable(w, ds, min)
		}
		return extract.WriteFacts(w, ds, opt.Gazetteer, min)
	}
	out := c.String("output")
	var err2 error
	switch {
	case out != "" && out != "-" && (strings.HasSuffix(out, "/") || strings.HasSuffix(out, string(os.PathSeparator)) || isDir(out)):
		err2 = writePerArticle(c, out, format, drafts, write)
	case format == "table" && (out == "" || out == "-"):
		err2 = write(c.App.Writer, drafts) // escaped for the terminal
	default:
		err2 = writeOutput(c, out, func(w io.Writer) error { return write(w, drafts) })
	}
	// the table on the screen ends with the cut; everything else says it here
	if err2 == nil && (format != "table" || out != "" && out != "-") {
		fmt.Fprintln(c.App.ErrWriter, keptSummary(drafts, min, !c.IsSet("min-confidence")))
	}
	return err2
}

// inferredDateWarning says, for an article that gave no publication date
// of its own (front matter, meta tags) and was given none by --published,
// the date extract inferred and from what: every fact without a date of
// its own, and every "on Wednesday", is dated from it.
func inferredDateWarning(a *extract.Article) string {
	switch a.PublishedFrom {
	case "flag", "front matter", "meta":
		return ""
	}
	return fmt.Sprintf("warning: %s gives no publication date (front matter date: or a meta tag); extract took %s from the %s: check it, or give --published YYYY-MM-DD", a.File, a.Published, a.PublishedFrom)
}

// keptSummary says how many facts the cut kept and how many candidates it
// left out: "12 facts at confidence 0.55 or more (the default
// --min-confidence); 1 candidate below it, shown by --format table".
func keptSummary(ds []*extract.Draft, min float64, isDefault bool) string {
	kept, all := 0, 0
	var refused []string
	for _, d := range ds {
		k := len(d.Kept(min))
		for _, r := range d.Refusals(nil, min) {
			refused = append(refused, r.Reason)
		}
		kept += k
		all += len(d.Candidates)
	}
	below := all - kept
	kept -= len(refused)
	which := "--min-confidence"
	if isDefault {
		which = "the default --min-confidence"
	}
	s := fmt.Sprintf("%s at confidence %g or more (%s)", plural(kept, "fact"), min, which)
	if below > 0 {
		s += fmt.Sprintf("; %s below it, shown by --format table", plural(below, "candidate"))
	}
	if len(refused) > 0 {
		s += fmt.Sprintf("\n%s left out, as validate would refuse %s: %s", plural(len(refused), "draft"), map[bool]string{true: "it", false: "them"}[len(refused) == 1], strings.Join(refused, "; "))
	}
	return s
}

// parseConfidence reads --min-confidence: a number from 0 to 1.
func parseConfidence(s string) (float64, error) {
	const give = "give a confidence from 0 to 1, e.g. 0.8 (0 keeps every candidate, 1 only the surest)"
	v, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	switch {
	case err != nil && !errors.Is(err, strconv.ErrRange) || math.IsNaN(v):
		return 0, usageError("--min-confidence %s: not a number; %s", s, give)
	case v < 0:
		return 0, usageError("--min-confidence %s: below 0; %s", s, give)
	case v > 1:
		return 0, usageError("--min-confidence %s: above 1; %s", s, give)
	}
	return v, nil
}

// parseDay reads --published: one day, YYYY-MM-DD, and says what was wrong.
func parseDay(s string) (graph.Date, error) {
	const give = "give the day the articles were published as YYYY-MM-DD, e.g. 2022-03-01"
	d, err := graph.ParseDate(s)
	switch {
	case err != nil:
		why := err.Error()
		// graph.ParseDate says `"2022-13-01": there is no month 13`
		if i := strings.Index(why, "\": "); strings.HasPrefix(why, "\"") && i > 0 {
			why = why[i+3:]
		} else {
			why = "not a date"
		}
		return graph.Date{}, usageError("--published %s: %s; %s", s, why, give)
	case d.Precision == graph.PrecisionMonth:
		return graph.Date{}, usageError("--published %s: a month, not a day; %s", s, give)
	case d.Precision != graph.PrecisionDay:
		return graph.Date{}, usageError("--published %s: a year, not a day; %s", s, give)
	}
	return d, nil
}

func nothingWritten(c *cli.Context) string {
	if o := c.String("output"); o != "" && o != "-" {
		return "; nothing was written"
	}
	return ""
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func isDir(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}

// articleFiles expands folders into the article files below them.
func articleFiles(paths []string) ([]string, error) {
	var out []string
	for _, p := range paths {
		if p == "-" {
			out = append(out, p)
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("%s: cannot read: %v", p, unwrapPathError(err))
		}
		if !st.IsDir() {
			out = append(out, p)
			continue
		}
		found, err := loader.WalkFiles(p, func(name string) bool { return articleExt[strings.ToLower(filepath.Ext(name))] })
		if err != nil {
			return nil, fmt.Errorf("%s: %v", p, err)
		}
		if len(found) == 0 {
			return nil, fmt.Errorf("%s: the folder holds no articles (*.txt, *.md, *.html)", p)
		}
		out = append(out, found...)
	}
	return out, nil
}

// writePerArticle writes one file per article into dir: every file is
// written next to its place first, and all are renamed into place only when
// all were written, so a failure leaves nothing behind.
func writePerArticle(c *cli.Context, dir, format string, drafts []*extract.Draft, write func(io.Writer, []*extract.Draft) error) error {
	dir = strings.TrimRight(dir, "/"+string(os.PathSeparator))
	if dir == "" {
		dir = "/"
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("cannot write into %s: %v", dir, unwrapPathError(err))
	}
	ext := map[string]string{"facts": ".yaml", "json": ".json", "table": ".txt"}[format]
	seen := map[string]string{}
	type pending struct{ tmp, final string }
	var done []pending
	cleanup := func() {
		for _, p := range done {
			os.Remove(p.tmp)
		}
	}
	for _, d := range drafts {
		id := d.Article.ID
		if prev, dup := seen[id]; dup {
			cleanup()
			return fmt.Errorf("%s and %s both give article id %q; one file per article needs distinct names; nothing was written", prev, d.Article.File, id)
		}
		seen[id] = d.Article.File
		var buf bytes.Buffer
		if err := write(&buf, []*extract.Draft{d}); err != nil {
			cleanup()
			return err
		}
		final := filepath.Join(dir, id+ext)
		tmp, err := os.CreateTemp(dir, "."+id+ext+".*")
		if err != nil {
			cleanup()
			return fmt.Errorf("cannot write %s: %v; nothing was written", final, unwrapPathError(err))
		}
		bw := bufio.NewWriter(tmp)
		_, werr := bw.Write(buf.Bytes())
		if werr == nil {
			werr = bw.Flush()
		}
		cerr := tmp.Close()
		done = append(done, pending{tmp.Name(), final})
		if werr != nil || cerr != nil {
			cleanup()
			return fmt.Errorf("cannot write %s: %v; nothing was written", final, errors.Join(werr, cerr))
		}
		os.Chmod(tmp.Name(), 0o644)
	}
	for _, p := range done {
		if err := os.Rename(p.tmp, p.final); err != nil {
			cleanup()
			return fmt.Errorf("cannot write %s: %v", p.final, err)
		}
	}
	fmt.Fprintf(c.App.ErrWriter, "wrote %d files in %s\n", len(done), dir)
	return nil
}
