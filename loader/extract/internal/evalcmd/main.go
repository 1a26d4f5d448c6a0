// Command evalcmd scores blocgraph extract against gold facts files (run it
// as scripts/eval-extract GOLD...): precision, recall and F1 on
// state-level (subject, relation, object) triples per article and overall,
// the same on the sign (cooperation/conflict) alone, the gold facts
// recovered, every miss and false alarm with its sentence, and the
// relation accuracy on the CAMEO codebook's example sentences.
//
// Triples are compared as sets per article: the same triple reported twice
// counts once. MET and SIGNED_AGREEMENT are symmetric (A met B is B met
// A); every other relation is directed. Leaders and parties count for
// their state on the fact's date (graph.StateOf), as the analysis does.
package main

import (
	"bytes"
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/loader/extract"
	"github.com/blocgraph/blocgraph/loader/extract/internal/gold"
	"golang.org/x/text/encoding/charmap"
)

type triple = gold.Triple

var symmetric = gold.Symmetric

func norm(x triple) triple { return gold.Norm(x) }

func signOf(x triple) triple {
	r, _ := graph.RelationByType(x.T)
	y := triple{S: x.S, T: r.Sign.String(), O: x.O}
	if symmetric[x.T] && y.O < y.S {
		y.S, y.O = y.O, y.S
	}
	return y
}

type score struct{ tp, fp, fn int }

func (s score) prf() (p, r, f float64) {
	if s.tp+s.fp > 0 {
		p = float64(s.tp) / float64(s.tp+s.fp)
	}
	if s.tp+s.fn > 0 {
		r = float64(s.tp) / float64(s.tp+s.fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

func (s *score) add(o score) { s.tp += o.tp; s.fp += o.fp; s.fn += o.fn }

func compare(gold, pred map[triple]bool) score {
	var s score
	for t := range pred {
		if gold[t] {
			s.tp++
		} else {
			s.fp++
		}
	}
	for t := range gold {
		if !pred[t] {
			s.fn++
		}
	}
	return s
}

func main() {
	var articleDirs multi
	flag.Var(&articleDirs, "articles", "folder of articles (repeatable; default testdata/articles, testdata/heldout and ../shared/seeds)")
	cameo := flag.String("cameo", "../shared/data/cameo/cameo-codes_icews-pkg.csv", "CAMEO codebook CSV with example sentences (\"\" to skip)")
	min := flag.Float64("min-confidence", extract.DefaultMinConfidence, "confidence a drafted fact needs")
	quiet := flag.Bool("quiet", false, "print the scores only, not every miss and false alarm")
	groupsFile := flag.String("groups", "", "a file of ARTICLE<TAB>GROUP lines: scores are printed per group too (a genre, say)")
	var sets multi
	flag.Var(&sets, "set", "score only the articles of this folder of testdata ("+strings.Join(knownSets, ", ")+"; repeatable) or \"seed\"; a blind batch not yet run ("+blindNames()+") is scored only when named")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: scripts/eval-extract [--articles DIR]... [--cameo FILE] GOLD...")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	for _, s := range sets {
		if !known(s) {
			fmt.Fprintf(os.Stderr, "eval-extract: --set %s: no such set; the sets are %s and seed\n", s, strings.Join(append(append([]string{}, knownSets...), blindSets...), ", "))
			os.Exit(2)
		}
	}
	var withheld []string
	if len(articleDirs) == 0 {
		articleDirs = append(multi{}, defaultDirs...)
		// a blind batch's articles are read only when its set is named;
		// otherwise its gold is left out, not an error
		for _, b := range blindSets {
			if named(sets, b) {
				articleDirs = append(articleDirs, "testdata/"+b)
			} else {
				withheld = append(withheld, "testdata/"+b)
			}
		}
	}
	groups, err := readGroups(*groupsFile)
	if err != nil {
		fmt.Fprintln(os.Stderr, "eval-extract:", err)
		os.Exit(1)
	}
	if err := run(os.Stdout, os.Stderr, flag.Args(), articleDirs, withheld, *cameo, *min, *quiet, sets, groups); err != nil {
		fmt.Fprintln(os.Stderr, "eval-extract:", err)
		os.Exit(1)
	}
}

// knownSets are the folders of testdata whose articles are scored by
// default; blindSets hold blind batches whose gold is landed but whose
// one blind run has not been made: their articles are read only when
// --set names them (the coordinator moves a batch to knownSets and the
// default folders after its blind run).
var (
	knownSets = []string{"articles", "heldout", "heldout2", "dev", "calib", "test", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19"}
	blindSets = []string{"fresh20"}
	// defaultDirs are the folders articles are looked up in when no
	// --articles is given: every known set's and the seeds'
	defaultDirs = []string{"testdata/articles", "testdata/heldout", "testdata/heldout2", "testdata/dev", "testdata/test", "testdata/calib", "testdata/fresh", "testdata/fresh2", "testdata/fresh3", "testdata/fresh4", "testdata/fresh5", "testdata/fresh6", "testdata/fresh7", "testdata/fresh8", "testdata/fresh9", "testdata/fresh10", "testdata/fresh11", "testdata/fresh12", "testdata/fresh13", "testdata/fresh14", "testdata/fresh15", "testdata/fresh16", "testdata/fresh17", "testdata/fresh18", "testdata/fresh19", "../shared/seeds"}
)

// blindNames lists the blind sets for the help text, "none now" when
// every batch has had its blind run.
func blindNames() string {
	if len(blindSets) == 0 {
		return "none now"
	}
	return strings.Join(blindSets, ", ")
}

func named(sets []string, s string) bool {
	for _, x := range sets {
		if x == s {
			return true
		}
	}
	return false
}

func known(s string) bool {
	return s == "seed" || named(knownSets, s) || named(blindSets, s)
}

type multi []string

func (m *multi) String() string     { return strings.Join(*m, ",") }
func (m *multi) Set(s string) error { *m = append(*m, s); return nil }

// readGroups reads ARTICLE<TAB>GROUP lines ("#" comments); "" reads none.
func readGroups(path string) (map[string]string, error) {
	if path == "" {
		return nil, nil
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	for i, l := range strings.Split(string(b), "\n") {
		if l = strings.TrimSpace(l); l == "" || l[0] == '#' {
			continue
		}
		f := strings.SplitN(l, "\t", 2)
		if len(f) != 2 {
			return nil, fmt.Errorf("%s:%d: want ARTICLE<TAB>GROUP", path, i+1)
		}
		out[f[0]] = strings.TrimSpace(f[1])
	}
	return out, nil
}

func run(w, errw io.Writer, goldPaths []string, dirs, withheld []string, cameo string, min float64, quiet bool, sets []string, groups map[string]string) error {
	golds, err := gold.Read(goldPaths)
	if err != nil {
		return err
	}
	articles, err := findArticles(dirs)
	if err != nil {
		return err
	}
	if len(withheld) > 0 {
		// gold of a blind batch not named by --set: left out, said on stderr
		blind, err := findArticles(withheld)
		if err != nil {
			return err
		}
		var keep []gold.Doc
		left := map[string]int{}
		for _, g := range golds {
			if _, ok := articles[g.ID]; !ok {
				if p, ok := blind[g.ID]; ok {
					left[filepath.Dir(p)]++
					continue
				}
			}
			keep = append(keep, g)
		}
		for _, d := range withheld {
			if n := left[d]; n > 0 {
				fmt.Fprintf(errw, "eval-extract: %d gold articles of %s left out (a blind batch not yet run; --set %s scores them)\n", n, d, filepath.Base(d))
			}
		}
		golds = keep
	}
	if len(sets) > 0 {
		// keep the gold whose article lies in one of the folders named
		var keep []gold.Doc
		for _, g := range golds {
			dir := filepath.Base(filepath.Dir(articles[g.ID]))
			for _, s := range sets {
				if dir == s || s == "seed" && dir == "seeds" {
					keep = append(keep, g)
					break
				}
			}
		}
		if len(keep) == 0 {
			return fmt.Errorf("--set %s: no gold article in those folders", strings.Join(sets, ", "))
		}
		golds = keep
	}
	var all, allSign score
	byGroup, byGroupSign, groupN := map[string]*score{}, map[string]*score{}, map[string]int{}
	var groupOrder []string
	var recovered, goldFacts int
	// calibration: every candidate triple (kept or not) at its highest
	// confidence, right when the gold has it
	const nb = 10
	var bandN, bandOK [nb]int
	fmt.Fprintf(w, "%-34s %4s %4s %4s  %5s %5s %5s  %5s  %s\n", "ARTICLE", "GOLD", "PRED", "TP", "P", "R", "F1", "SIGN", "FACTS")
	var details []string
	for _, g := range golds {
		path, ok := articles[g.ID]
		if !ok {
			return fmt.Errorf("no article file for gold id %q in %s", g.ID, strings.Join(dirs, ", "))
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		a, err := extract.Read(path, data)
		if err != nil {
			return err
		}
		d, err := extract.Code(a, extract.Options{})
		if err != nil {
			return err
		}
		pred := map[triple]bool{}
		predQuote := map[triple]string{}
		for _, c := range d.Kept(min) {
			t := norm(triple{S: c.Subject, T: c.Type, O: c.Object})
			pred[t] = true
			if _, ok := predQuote[t]; !ok {
				predQuote[t] = c.Quote + "  [" + c.Rule + "]"
			}
		}
		best := map[triple]float64{}
		for _, c := range d.Candidates {
			t := norm(triple{S: c.Subject, T: c.Type, O: c.Object})
			if c.Confidence > best[t] {
				best[t] = c.Confidence
			}
		}
		for t, cf := range best {
			b := int(cf * nb)
			if b >= nb {
				b = nb - 1
			}
			bandN[b]++
			if g.Triples[t] {
				bandOK[b]++
			}
		}
		s := compare(g.Triples, pred)
		gs, ps := map[triple]bool{}, map[triple]bool{}
		for t := range g.Triples {
			gs[signOf(t)] = true
		}
		for t := range pred {
			ps[signOf(t)] = true
		}
		ss := compare(gs, ps)
		all.add(s)
		allSign.add(ss)
		if grp, ok := groups[g.ID]; ok {
			if byGroup[grp] == nil {
				byGroup[grp], byGroupSign[grp] = &score{}, &score{}
				groupOrder = append(groupOrder, grp)
			}
			byGroup[grp].add(s)
			byGroupSign[grp].add(ss)
			groupN[grp]++
		}
		rec := 0
		for _, f := range g.Facts {
			if pred[f] {
				rec++
			}
		}
		recovered += rec
		goldFacts += len(g.Facts)
		p, r, f := s.prf()
		_, _, sf := ss.prf()
		fmt.Fprintf(w, "%-34s %4d %4d %4d  %5.2f %5.2f %5.2f  %5.2f  %d/%d\n", g.ID, len(g.Triples), len(pred), s.tp, p, r, f, sf, rec, len(g.Facts))
		var miss, fa []string
		for t := range g.Triples {
			if !pred[t] {
				miss = append(miss, fmt.Sprintf("  miss  %-40s %q", t, g.Quotes[t]))
			}
		}
		for t := range pred {
			if !g.Triples[t] {
				fa = append(fa, fmt.Sprintf("  false %-40s %q", t, predQuote[t]))
			}
		}
		sort.Strings(miss)
		sort.Strings(fa)
		if len(miss)+len(fa) > 0 {
			details = append(details, g.ID+":")
			details = append(details, miss...)
			details = append(details, fa...)
		}
	}
	p, r, f := all.prf()
	sp, sr, sf := allSign.prf()
	fmt.Fprintf(w, "\noverall  triples: P %.3f  R %.3f  F1 %.3f  (tp %d, false alarms %d, misses %d)\n", p, r, f, all.tp, all.fp, all.fn)
	fmt.Fprintf(w, "overall  sign:    P %.3f  R %.3f  F1 %.3f\n", sp, sr, sf)
	fmt.Fprintf(w, "gold facts recovered: %d of %d\n", recovered, goldFacts)
	for _, grp := range groupOrder {
		p, r, f := byGroup[grp].prf()
		_, _, sf := byGroupSign[grp].prf()
		fmt.Fprintf(w, "  %-22s %2d texts  triples: P %.3f  R %.3f  F1 %.3f  (tp %d, false alarms %d, misses %d)  sign F1 %.3f\n",
			grp, groupN[grp], p, r, f, byGroup[grp].tp, byGroup[grp].fp, byGroup[grp].fn, sf)
	}
	fmt.Fprintf(w, "precision by confidence (every candidate, kept or not):")
	cumN, cumOK := 0, 0
	for b := nb - 1; b >= 0; b-- {
		if bandN[b] == 0 {
			continue
		}
		cumN += bandN[b]
		cumOK += bandOK[b]
		fmt.Fprintf(w, "  [%.1f,%.1f) %d/%d", float64(b)/nb, float64(b+1)/nb, bandOK[b], bandN[b])
	}
	fmt.Fprintln(w)
	if !quiet && len(details) > 0 {
		fmt.Fprintln(w, "\nmisses and false alarms:")
		for _, l := range details {
			fmt.Fprintln(w, l)
		}
	}
	if cameo != "" {
		if err := cameoExamples(w, cameo, quiet); err != nil {
			return err
		}
	}
	return nil
}

// findArticles maps article ids (file names) to their files.
func findArticles(dirs []string) (map[string]string, error) {
	out := map[string]string{}
	for _, d := range dirs {
		entries, err := os.ReadDir(d)
		if err != nil {
			continue
		}
		for _, e := range entries {
			if e.IsDir() {
				continue
			}
			switch strings.ToLower(filepath.Ext(e.Name())) {
			case ".txt", ".text", ".md", ".html", ".htm":
				id := strings.TrimSuffix(e.Name(), filepath.Ext(e.Name()))
				if _, dup := out[id]; !dup {
					out[id] = filepath.Join(d, e.Name())
				}
			}
		}
	}
	return out, nil
}

// cameoExamples reports how the coder's relations agree with the CAMEO
// codebook's example sentences mapped through the vocabulary. The file is
// not valid UTF-8 (Mac-Roman bytes in some fields): it is read as Latin-1.
func cameoExamples(w io.Writer, path string, quiet bool) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintf(w, "\nCAMEO examples: skipped (%v)\n", err)
		return nil
	}
	text, err := charmap.ISO8859_1.NewDecoder().Bytes(raw)
	if err != nil {
		return err
	}
	r := csv.NewReader(bytes.NewReader(text))
	rows, err := r.ReadAll()
	if err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	codeC, exC := col["code"], col["example"]
	pub := graph.Date{Year: 2000, Month: 1, Day: 1, Precision: graph.PrecisionDay}
	type tally struct{ n, correct, predicted, predCorrect int }
	var trig, fact tally
	var mappedTrig, mappedFact tally
	var wrong []string
	for _, row := range rows[1:] {
		ex := strings.TrimSpace(row[exC])
		if ex == "" || ex == "NA" {
			continue
		}
		want := "none"
		if rel, ok := graph.RelationForCAMEO(row[codeC]); ok && !rel.Generic {
			want = rel.Type
		}
		// relation words alone
		got := "none"
		if ts, err := extract.Triggers(ex); err == nil && len(ts) > 0 {
			best := ts[0]
			for _, t := range ts[1:] {
				if t.Confidence > best.Confidence {
					best = t
				}
			}
			got = best.Type
		}
		// the whole coder: a fact between two states
		gotF := "none"
		a := &extract.Article{File: "cameo-example", ID: "cameo-" + row[codeC], Text: ex, Published: pub, PublishedFrom: "flag"}
		if d, err := extract.Code(a, extract.Options{Published: pub}); err == nil {
			if k := d.Kept(extract.DefaultMinConfidence); len(k) > 0 {
				best := k[0]
				for _, c := range k[1:] {
					if c.Confidence > best.Confidence {
						best = c
					}
				}
				gotF = best.Type
			}
		}
		for _, x := range []struct {
			t, m *tally
			got  string
		}{{&trig, &mappedTrig, got}, {&fact, &mappedFact, gotF}} {
			x.t.n++
			if x.got == want {
				x.t.correct++
			}
			if x.got != "none" {
				x.t.predicted++
				if x.got == want {
					x.t.predCorrect++
				}
			}
			if want != "none" {
				x.m.n++
				if x.got == want {
					x.m.correct++
				}
			}
		}
		if got != want {
			wrong = append(wrong, fmt.Sprintf("  %-5s want %-24s got %-24s %q", row[codeC], want, got, ex))
		}
	}
	pct := func(a, b int) float64 {
		if b == 0 {
			return 0
		}
		return 100 * float64(a) / float64(b)
	}
	fmt.Fprintf(w, "\nCAMEO codebook examples (%d sentences; the code mapped through graph/vocab.go, \"none\" where it maps to no type):\n", trig.n)
	fmt.Fprintf(w, "  relation words:  accuracy %.1f%%; on the %d mapped codes %.1f%%; when a relation is named it is right %.1f%% (%d of %d)\n",
		pct(trig.correct, trig.n), mappedTrig.n, pct(mappedTrig.correct, mappedTrig.n), pct(trig.predCorrect, trig.predicted), trig.predCorrect, trig.predicted)
	fmt.Fprintf(w, "  whole coder:     accuracy %.1f%%; on the %d mapped codes %.1f%%; when a fact is drafted it is right %.1f%% (%d of %d)\n",
		pct(fact.correct, fact.n), mappedFact.n, pct(mappedFact.correct, mappedFact.n), pct(fact.predCorrect, fact.predicted), fact.predCorrect, fact.predicted)
	if !quiet {
		fmt.Fprintln(w, "  relation words that disagree:")
		for _, l := range wrong {
			fmt.Fprintln(w, l)
		}
	}
	return nil
}
