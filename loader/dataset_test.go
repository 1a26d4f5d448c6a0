package loader

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/blocgraph/blocgraph/graph"
)

// sharedData is the project's shared data folder, seen from the package.
const sharedData = "../../shared/data"

// needShared skips a test for want of the real data in ../shared/data, or
// fails it under CI=true, where the data must be there.
func needShared(tb testing.TB, path string) {
	tb.Helper()
	if _, err := os.Stat(path); err != nil {
		if os.Getenv("CI") == "true" {
			tb.Fatalf("CI=true, but the shared data is not here: %v", err)
		}
		tb.Skipf("the shared data is not here: %v", err)
	}
}

// loadDS runs Load with dataset options and the built-in gazetteer.
func loadDS(tb testing.TB, paths []string, o DatasetOptions) (*graph.Graph, *Summary, error) {
	tb.Helper()
	return Load(paths, Options{Dataset: o})
}

// checkSums checks that every row of a summary is accounted for once.
func checkSums(tb testing.TB, s *Summary) {
	tb.Helper()
	for _, d := range s.Datasets {
		if got := d.Kept() + d.Dropped.Total(); got != d.Rows {
			tb.Errorf("%s: kept %d + dropped %d = %d, but %d rows were read", d.File, d.Kept(), d.Dropped.Total(), got, d.Rows)
		}
		var byType int64
		for _, n := range d.ByType {
			byType += n
		}
		if byType != d.Kept() {
			tb.Errorf("%s: %d rows by type, %d kept", d.File, byType, d.Kept())
		}
		if d.Generic != d.ByType[graph.GenericType] {
			tb.Errorf("%s: %d generic, ByType says %d", d.File, d.Generic, d.ByType[graph.GenericType])
		}
		want := min(d.Problems(), int64(DefaultMaxErrors))
		if int64(len(d.Errors)) != want {
			tb.Errorf("%s: %d problems listed, want %d", d.File, len(d.Errors), want)
		}
	}
}

func gdeltFixture(name string) string { return filepath.Join("testdata", "gdelt", name) }

// TestGDELTSample reads 13 real rows chosen to meet every mapping outcome.
func TestGDELTSample(t *testing.T) {
	g, s, err := loadDS(t, []string{gdeltFixture("sample.export.CSV")}, DatasetOptions{})
	if err != nil {
		t.Fatal(err)
	}
	checkSums(t, s)
	if len(s.Datasets) != 1 {
		t.Fatalf("%d dataset summaries, want 1", len(s.Datasets))
	}
	d := s.Datasets[0]
	want := DatasetSummary{Format: FormatGDELT2, Rows: 13, Mapped: 6, Generic: 3,
		Dropped: Dropped{NoCountry: 2, NotState: 1, SameState: 1}}
	if d.Format != want.Format || d.Rows != want.Rows || d.Mapped != want.Mapped || d.Generic != want.Generic || d.Dropped != want.Dropped {
		t.Errorf("summary %+v\nwant format %s, rows %d, mapped %d, generic %d, dropped %+v", *d, want.Format, want.Rows, want.Mapped, want.Generic, want.Dropped)
	}
	// 050 (BLR → RUS) is listed by no type's Codes: generic, as 086 and 1712
	wantTypes := map[string]int64{"MET": 3, "APPEALED_FOR_COOPERATION": 1, "ATTACKED": 1, "CRITICIZED": 1, "EVENT": 3}
	for typ, n := range wantTypes {
		if d.ByType[typ] != n {
			t.Errorf("%s: %d rows, want %d", typ, d.ByType[typ], n)
		}
	}
	if g.NumEvents() != 9 || s.Events != 9 {
		t.Errorf("%d events in the graph (%d reported), want 9", g.NumEvents(), s.Events)
	}
	// Row 5: USA → CHN, CAMEO 040, Goldstein 1.0, 10 mentions.
	date := graph.MustDate("2019-10-23")
	id := graph.EventID("gdelt:881990890", "USA", "MET", "CHN", date, 0)
	e := g.Event(id)
	if e == nil {
		t.Fatalf("no event %s (USA MET CHN, GLOBALEVENTID 881990890)", id)
	}
	wantE := graph.Event{ID: id, Type: "MET", Subject: "USA", Object: "CHN", Date: date, CAMEO: "040", Goldstein: 1, Count: 10, Confidence: 1,
		Source: "gdelt", SourceRef: "https://www.dailyforex.com/forex-technical-analysis/2019/10/gold-technical-analysis-24-october-2019/125933"}
	if *e != wantE {
		t.Errorf("event\n%+v\nwant\n%+v", *e, wantE)
	}
	// Row 13: CAN → USA, CAMEO 1712 maps to no type: generic, own code and Goldstein.
	gen := g.Event(graph.EventID("gdelt:881991263", "CAN", graph.GenericType, "USA", graph.MustDate("2019-10-24"), 0))
	if gen == nil || gen.CAMEO != "1712" || gen.Goldstein != -9.2 || gen.Count != 1 {
		t.Errorf("generic event %+v; want CAN EVENT USA, CAMEO 1712, Goldstein -9.2, count 1", gen)
	}
	for _, n := range g.Nodes() {
		if n.Kind != graph.KindState {
			continue
		}
		if len(n.ID) != 3 {
			t.Errorf("state node %q is not an ISO alpha-3 id", n.ID)
		}
	}
	if g.Node("AFR") != nil || g.Node("AFG") == nil {
		t.Errorf("regional code AFR must not become a node; AFG (with USA) must")
	}
}

// TestGDELTContainers: plain, .gz and .zip give the same graph, and loading
// the same rows twice changes nothing.
func TestGDELTContainers(t *testing.T) {
	plain, _, err := loadDS(t, []string{gdeltFixture("sample.export.CSV")}, DatasetOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"sample.export.CSV.gz", "sample.export.CSV.zip"} {
		g, s, err := loadDS(t, []string{gdeltFixture(name)}, DatasetOptions{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		checkSums(t, s)
		if !sameEvents(g, plain) {
			t.Errorf("%s gives other events than the plain file", name)
		}
		if name == "sample.export.CSV.zip" && s.Datasets[0].File != gdeltFixture(name)+":sample.export.CSV" {
			t.Errorf("zip entry named %q", s.Datasets[0].File)
		}
	}
	g, s, err := loadDS(t, []string{gdeltFixture("sample.export.CSV"), gdeltFixture("sample.export.CSV.gz"), gdeltFixture("sample.export.CSV.zip")}, DatasetOptions{})
	if err != nil {
		t.Fatal(err)
	}
	// The .gz and .zip hold the rows of the plain file: the same event ids,
	// so every row of theirs is a duplicate.
	dups := s.Datasets[1].Dropped.Duplicate + s.Datasets[2].Dropped.Duplicate
	if !sameEvents(g, plain) || s.Events != 9 || s.Datasets[0].Dropped.Duplicate != 0 || dups != 26 {
		t.Errorf("three copies: %d events, %d added, %d and %d duplicate rows; want the same 9 events, 9 added, 0 and 26 duplicate rows",
			g.NumEvents(), s.Events, s.Datasets[0].Dropped.Duplicate, dups)
	}
}

// freshCopies repeats GDELT rows, giving the rows of each copy after the
// first new event ids (the copy's number before the id), so that they are
// other events and not duplicates.
func freshCopies(rows []byte, copies int) []byte {
	var out []byte
	for c := range copies {
		for ln := range bytes.Lines(rows) {
			if c > 0 && len(ln) > 1 {
				out = strconv.AppendInt(out, int64(c), 10)
			}
			out = append(out, ln...)
		}
	}
	return out
}

// TestDuplicateEventIDs: a GDELT export or an ICEWS file read twice (a copy
// under another name) gives the events and reports of one reading, with and
// without aggregation; every row of the copy is counted as a duplicate
// (issue 11 item 6: with --aggregate the second copy's reports were added,
// 74 reports for 37).
func TestDuplicateEventIDs(t *testing.T) {
	needShared(t, realExport)
	dir := t.TempDir()
	for _, src := range []string{realExport, gdeltFixture("sample.export.CSV"), filepath.Join("testdata", "icews", "sample.tab")} {
		b, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		cp := filepath.Join(dir, "copy-of-"+filepath.Base(src))
		if err := os.WriteFile(cp, b, 0o644); err != nil {
			t.Fatal(err)
		}
		for _, agg := range []string{AggregateNone, AggregateDay, AggregateMonth} {
			once, s1, err := loadDS(t, []string{src}, DatasetOptions{Aggregate: agg})
			if err != nil {
				t.Fatal(err)
			}
			twice, s2, err := loadDS(t, []string{src, cp}, DatasetOptions{Aggregate: agg})
			if err != nil {
				t.Fatal(err)
			}
			checkSums(t, s2)
			if !sameEvents(once, twice) || s1.Events != s2.Events {
				t.Errorf("%s twice, aggregate %s: %d events (%d reports), once %d (%d reports)",
					filepath.Base(src), agg, twice.NumEvents(), reports(twice), once.NumEvents(), reports(once))
			}
			d := s2.Datasets[1]
			if d.Dropped.Duplicate != d.Rows-d.Dropped.Malformed.Total() || s2.Datasets[0].Dropped.Duplicate != 0 {
				t.Errorf("%s twice, aggregate %s: %d and %d duplicate rows; want 0 and %d", filepath.Base(src), agg,
					s2.Datasets[0].Dropped.Duplicate, d.Dropped.Duplicate, d.Rows-d.Dropped.Malformed.Total())
			}
		}
	}
}

// TestDuplicateFirstKept: of the rows sharing an event id, the first that
// parses is the event, whatever the number of workers; a malformed row
// claims no id.
func TestDuplicateFirstKept(t *testing.T) {
	rows := readLines(t, gdeltFixture("sample.export.CSV"))
	usa := rows[4] // 881990890: USA MET CHN, NumMentions 2
	set := func(row string, col int, v string) string {
		f := strings.Split(row, "\t")
		f[col] = v
		return strings.Join(f, "\t")
	}
	var b strings.Builder
	b.WriteString(set(usa, 1, "20191301") + "\n") // malformed: no event, no claim
	b.WriteString(set(usa, 31, "7") + "\n")       // the event
	for range 50000 {                             // copies with other counts, over many chunks
		b.WriteString(set(usa, 31, "3") + "\n")
	}
	path := filepath.Join(t.TempDir(), "dups.export.CSV")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, workers := range []int{1, 2, 7} {
		g, s, err := loadDS(t, []string{path}, DatasetOptions{Workers: workers})
		if err != nil {
			t.Fatal(err)
		}
		d := s.Datasets[0]
		if g.NumEvents() != 1 || g.Events()[0].Count != 7 || d.Dropped.Duplicate != 50000 || d.Dropped.Malformed.Date != 1 {
			t.Errorf("%d workers: %d events (first count %d), %d duplicates, %d bad dates; want 1 event of count 7, 50000, 1",
				workers, g.NumEvents(), g.Events()[0].Count, d.Dropped.Duplicate, d.Dropped.Malformed.Date)
		}
	}
}

func reports(g *graph.Graph) int {
	n := 0
	for _, e := range g.Events() {
		n += e.Count
	}
	return n
}

// TestGDELT1: GDELT 1.0 files (58 columns with SOURCEURL, 57 without) read
// as the 2.0 sample does.
func TestGDELT1(t *testing.T) {
	for _, tc := range []struct {
		file string
		ref  string // SourceRef of GLOBALEVENTID 881990890
	}{
		{"sample-v1-daily.export.CSV", "https://www.dailyforex.com/forex-technical-analysis/2019/10/gold-technical-analysis-24-october-2019/125933"},
		{"sample-v1-backfile.CSV", "GLOBALEVENTID 881990890"},
	} {
		g, s, err := loadDS(t, []string{gdeltFixture(tc.file)}, DatasetOptions{})
		if err != nil {
			t.Fatal(err)
		}
		checkSums(t, s)
		d := s.Datasets[0]
		if d.Format != FormatGDELT1 || d.Rows != 13 || d.Kept() != 9 || d.Problems() != 0 {
			t.Errorf("%s: format %s, %d rows, %d kept, %d problems", tc.file, d.Format, d.Rows, d.Kept(), d.Problems())
		}
		e := g.Event(graph.EventID("gdelt:881990890", "USA", "MET", "CHN", graph.MustDate("2019-10-23"), 0))
		if e == nil || e.SourceRef != tc.ref {
			t.Errorf("%s: USA MET CHN %+v; want SourceRef %s", tc.file, e, tc.ref)
		}
	}
}

// TestGDELT1MixedLayouts: a GDELT 1.0 file whose rows have both layouts
// (57 columns after 58, or 58 after 57) is read row by row, each row by its
// own column count, and gives the events of the single-layout files, each
// with the provenance its own row has (issue 11 item 9: the layout was fixed
// by the first row, and the other rows were rejected as malformed).
func TestGDELT1MixedLayouts(t *testing.T) {
	daily, _, err := loadDS(t, []string{gdeltFixture("sample-v1-daily.export.CSV")}, DatasetOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		file    string
		withURL func(line int) bool
	}{
		{"sample-v1-mixed.CSV", func(line int) bool { return line > 6 }},
		{"sample-v1-mixed-daily-first.CSV", func(line int) bool { return line <= 6 }},
	} {
		g, s, err := loadDS(t, []string{gdeltFixture(tc.file)}, DatasetOptions{})
		if err != nil {
			t.Fatal(err)
		}
		checkSums(t, s)
		d := s.Datasets[0]
		if d.Format != FormatGDELT1 || d.Rows != 13 || d.Kept() != 9 || d.Problems() != 0 {
			t.Errorf("%s: format %s, %d rows, %d kept, %d problems %v; want gdelt1, 13 rows, 9 kept, none",
				tc.file, d.Format, d.Rows, d.Kept(), d.Problems(), d.Errors)
		}
		if g.NumEvents() != daily.NumEvents() {
			t.Errorf("%s: %d events, the daily file %d", tc.file, g.NumEvents(), daily.NumEvents())
		}
		lines := readLines(t, gdeltFixture(tc.file))
		for _, e := range daily.Events() {
			got := g.Event(e.ID)
			if got == nil {
				t.Errorf("%s: no event %s %s %s", tc.file, e.Subject, e.Type, e.Object)
				continue
			}
			want := e.SourceRef // the daily row's SOURCEURL
			ln := lineOfEvent(lines, got)
			if !tc.withURL(ln) {
				want = "GLOBALEVENTID " + strings.SplitN(lines[ln-1], "\t", 2)[0]
			}
			if got.SourceRef != want {
				t.Errorf("%s:%d: SourceRef %q, want %q", tc.file, ln, got.SourceRef, want)
			}
		}
	}
}

// readLines returns the lines of a file.
func readLines(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
}

// lineOfEvent is the line (from 1) of the row behind a dataset event, found
// by its GLOBALEVENTID in the event's id.
func lineOfEvent(lines []string, e *graph.Event) int {
	for i, ln := range lines {
		id, _, _ := strings.Cut(ln, "\t")
		if graph.EventID("gdelt:"+id, e.Subject, e.Type, e.Object, e.Date, 0) == e.ID {
			return i + 1
		}
	}
	return 0
}

func sameEvents(a, b *graph.Graph) bool {
	ea, eb := a.Events(), b.Events()
	if len(ea) != len(eb) {
		return false
	}
	for i := range ea {
		if *ea[i] != *eb[i] {
			return false
		}
	}
	return true
}

// badGDELT lists the damaged fixtures: each problem's place, words, and counter.
var badGDELT = []struct {
	file    string
	pos     []string // file:line[:column] of each problem, in order
	want    []string
	counter func(d *DatasetSummary) int64
	n       int64
}{
	{"bad-columns.export.CSV", []string{"bad-columns.export.CSV:2", "bad-columns.export.CSV:3"},
		[]string{"row has 60 tab-separated columns; GDELT 2.0 rows have 61", "row has 62 tab-separated columns"},
		func(d *DatasetSummary) int64 { return d.Dropped.Malformed.Columns }, 2},
	{"bad-date.export.CSV", []string{"bad-date.export.CSV:2:11", "bad-date.export.CSV:3:11"},
		[]string{`SQLDATE "20190230" is not a date (YYYYMMDD)`, `SQLDATE "2019102" is not a date`},
		func(d *DatasetSummary) int64 { return d.Dropped.Malformed.Date }, 2},
	{"bad-goldstein.export.CSV", []string{"bad-goldstein.export.CSV:2:", "bad-goldstein.export.CSV:3:"},
		[]string{`GoldsteinScale "n/a" is not a number between -10 and 10`, `GoldsteinScale "12.5" is not a number`},
		func(d *DatasetSummary) int64 { return d.Dropped.Malformed.Goldstein }, 2},
	{"bad-utf8.export.CSV", []string{"bad-utf8.export.CSV:2:"},
		[]string{"invalid UTF-8 (byte 0xe9)"},
		func(d *DatasetSummary) int64 { return d.Dropped.Malformed.UTF8 }, 1},
	{"truncated.export.CSV", []string{"truncated.export.CSV:3"},
		[]string{"the last line is cut short: no newline at the end, and"},
		func(d *DatasetSummary) int64 { return d.Dropped.Malformed.Truncated }, 1},
	{"empty.export.CSV", []string{"empty.export.CSV:1"},
		[]string{"the file is empty"},
		func(d *DatasetSummary) int64 { return int64(d.FileErrors) }, 1},
	{"empty.zip", []string{"empty.zip:1"},
		[]string{"the zip archive holds no file"},
		func(d *DatasetSummary) int64 { return int64(d.FileErrors) }, 1},
	{"cut.export.CSV.gz", []string{"cut.export.CSV.gz:4"},
		[]string{"the file is cut short or corrupt"},
		func(d *DatasetSummary) int64 { return int64(d.FileErrors) }, 1},
	{"two-entries.zip", []string{"two-entries.zip:b.export.CSV:4:11"},
		[]string{`SQLDATE "20191301" is not a date`},
		func(d *DatasetSummary) int64 { return d.Dropped.Malformed.Date }, 1},
}

func TestGDELTMalformed(t *testing.T) {
	for _, tc := range badGDELT {
		t.Run(tc.file, func(t *testing.T) {
			path := gdeltFixture(tc.file)
			g, s, err := loadDS(t, []string{path}, DatasetOptions{Format: "gdelt"})
			if err != nil {
				t.Fatalf("a malformed row must not fail the load unless strict: %v", err)
			}
			if g == nil {
				t.Fatal("no graph")
			}
			checkSums(t, s)
			var n int64
			for _, d := range s.Datasets {
				n += tc.counter(d)
			}
			if n != tc.n {
				t.Errorf("counted %d, want %d", n, tc.n)
			}
			probs := s.Problems()
			if len(probs) != len(tc.pos) {
				t.Fatalf("%d problems, want %d:\n%v", len(probs), len(tc.pos), probs)
			}
			for i, p := range probs {
				msg := p.Error()
				if !strings.HasPrefix(msg, filepath.Join("testdata", "gdelt", tc.pos[i])) {
					t.Errorf("problem %q, want it at %s", msg, tc.pos[i])
				}
				if !strings.Contains(msg, tc.want[i]) {
					t.Errorf("problem %q, want it to say %q", msg, tc.want[i])
				}
				if p.Code != graph.EINVALID {
					t.Errorf("code %q, want %q", p.Code, graph.EINVALID)
				}
			}

			// Strict: the same problems, fatal, and no graph.
			g, _, err = loadDS(t, []string{path}, DatasetOptions{Format: "gdelt", Strict: true})
			if g != nil || err == nil {
				t.Fatalf("strict: graph %v, error %v; want no graph and the problems", g != nil, err)
			}
			var list graph.ErrorList
			if !asErrorList(err, &list) || len(list) != len(tc.pos) {
				t.Errorf("strict error %v; want the %d problems as a graph.ErrorList", err, len(tc.pos))
			}
		})
	}
}

func asErrorList(err error, list *graph.ErrorList) bool {
	l, ok := err.(graph.ErrorList)
	*list = l
	return ok
}

// TestGDELTMalformedKeepsGoodRows: the good rows around a bad one are read.
func TestGDELTMalformedKeepsGoodRows(t *testing.T) {
	_, s, err := loadDS(t, []string{gdeltFixture("bad-date.export.CSV")}, DatasetOptions{})
	if err != nil {
		t.Fatal(err)
	}
	d := s.Datasets[0]
	if d.Rows != 3 || d.Mapped != 1 || d.Dropped.Malformed.Date != 2 {
		t.Errorf("rows %d, mapped %d, bad dates %d; want 3, 1, 2", d.Rows, d.Mapped, d.Dropped.Malformed.Date)
	}
}

// TestDatasetWalk: a folder walk reads the datasets, passes over the
// README.txt and lists it, and counts the broken files.
func TestDatasetWalk(t *testing.T) {
	g, s, err := loadDS(t, []string{filepath.Join("testdata", "gdelt")}, DatasetOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if g == nil {
		t.Fatal("no graph")
	}
	checkSums(t, s)
	readme := gdeltFixture("README.txt")
	skipped := false
	for _, k := range s.Skipped {
		if k.File == readme {
			skipped = true
		} else {
			t.Errorf("skipped %s (%s)", k.File, k.Why)
		}
	}
	if !skipped {
		t.Errorf("README.txt was not listed as skipped: %+v", s.Skipped)
	}
	for _, d := range s.Datasets {
		if strings.Contains(d.File, "README") {
			t.Errorf("README read as a dataset")
		}
	}
	// every damaged fixture is counted; the good rows of all are in
	var problems int64
	for _, d := range s.Datasets {
		problems += d.Problems()
	}
	var want int64
	for _, tc := range badGDELT {
		want += tc.n
	}
	if problems != want {
		t.Errorf("%d problems in the folder, want %d:\n%v", problems, want, s.Problems())
	}
	if g.Event(graph.EventID("gdelt:881990890", "USA", "MET", "CHN", graph.MustDate("2019-10-23"), 0)) == nil {
		t.Error("USA MET CHN missing")
	}

	// Named outright, a non-dataset is an error.
	_, _, err = loadDS(t, []string{readme}, DatasetOptions{})
	if err == nil || !strings.Contains(err.Error(), "neither a facts file") || !strings.HasPrefix(err.Error(), readme) {
		t.Errorf("README.txt named outright: %v; want an error at its name", err)
	}
	// A folder holding no data is an error.
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "README.txt"), []byte("GDELT files go here.\n"), 0o644)
	_, s, err = loadDS(t, []string{dir}, DatasetOptions{})
	if err == nil || !strings.Contains(err.Error(), "folder holds no facts files") {
		t.Errorf("folder with a README only: %v", err)
	}
	if s == nil || len(s.Skipped) != 1 {
		t.Errorf("the README should be listed as skipped: %+v", s)
	}
}

// TestLoadFactsAndDatasets: facts files and event files in one load make
// one graph.
func TestLoadFactsAndDatasets(t *testing.T) {
	facts := filepath.Join("..", "testdata", "facts")
	gf, err := LoadFacts([]string{facts}, Options{})
	if err != nil {
		t.Fatalf("the repository's own facts files do not load: %v", err)
	}
	g, s, err := Load([]string{facts, gdeltFixture("sample.export.CSV")}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Facts) == 0 || len(s.Datasets) != 1 {
		t.Errorf("%d facts files and %d datasets read", len(s.Facts), len(s.Datasets))
	}
	if g.NumEvents() != gf.NumEvents()+int(s.Events) {
		t.Errorf("%d events; want the %d of the facts and the %d of the dataset", g.NumEvents(), gf.NumEvents(), s.Events)
	}
}

func TestDatasetOptionsCheck(t *testing.T) {
	for _, o := range []DatasetOptions{{Format: "csv"}, {Aggregate: "week"}, {ActorTypes: []string{"GOVT"}}, {ActorTypes: []string{"G1V"}}} {
		if _, _, err := Load([]string{gdeltFixture("sample.export.CSV")}, Options{Dataset: o}); err == nil || graph.ErrorCode(err) != graph.EINVALID {
			t.Errorf("%+v: error %v, want an invalid-option error", o, err)
		}
	}
	o, err := DatasetOptions{Format: "GDELT", Aggregate: "Month", ActorTypes: []string{" gov", "MIL", ""}}.check()
	if err != nil || o.Format != "gdelt" || o.Aggregate != "month" || strings.Join(o.ActorTypes, ",") != "GOV,MIL" || o.MaxErrors != DefaultMaxErrors {
		t.Errorf("normalised %+v, %v", o, err)
	}
}

// TestGDELTFilters: root events only, actor types, same state kept.
func TestGDELTFilters(t *testing.T) {
	_, s, err := loadDS(t, []string{gdeltFixture("sample.export.CSV")}, DatasetOptions{RootOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	checkSums(t, s)
	// awk -F'\t' '$26!=1' sample.export.CSV | wc -l → 6; the 7 root rows are all kept
	if d := s.Datasets[0]; d.Dropped.NotRoot != 6 || d.Kept() != 7 {
		t.Errorf("root only: %d not root, %d kept; want 6 and 7", d.Dropped.NotRoot, d.Kept())
	}
	_, s, err = loadDS(t, []string{gdeltFixture("sample.export.CSV")}, DatasetOptions{ActorTypes: []string{"GOV"}})
	if err != nil {
		t.Fatal(err)
	}
	// awk -F'\t' '$13=="GOV" && $23=="GOV"' sample.export.CSV | wc -l → 0: no row has two GOV actors
	if d := s.Datasets[0]; d.Dropped.ActorType != 13 {
		t.Errorf("GOV only: %d dropped by actor type, want 13", d.Dropped.ActorType)
	}
	_, s, err = loadDS(t, []string{gdeltFixture("sample.export.CSV")}, DatasetOptions{KeepSameState: true})
	if err != nil {
		t.Fatal(err)
	}
	if d := s.Datasets[0]; d.Dropped.SameState != 0 || d.Kept() != 10 {
		t.Errorf("same state kept: %d dropped as same state, %d kept; want 0 and 10", d.Dropped.SameState, d.Kept())
	}
}

// TestAggregate: aggregating keeps counts and weights: an aggregate's Count
// is the sum of NumMentions, its Weight the sum of Goldstein × NumMentions.
func TestAggregate(t *testing.T) {
	none, _, err := loadDS(t, []string{gdeltFixture("sample.export.CSV")}, DatasetOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, per := range []string{AggregateDay, AggregateMonth} {
		g, s, err := loadDS(t, []string{gdeltFixture("sample.export.CSV"), gdeltFixture("two-entries.zip")}, DatasetOptions{Aggregate: per})
		if err != nil {
			t.Fatal(err)
		}
		g2, _, _ := loadDS(t, []string{gdeltFixture("sample.export.CSV")}, DatasetOptions{Aggregate: per})
		// two-entries.zip repeats sample rows: its kept rows double some aggregates
		if g.NumEvents() != g2.NumEvents() {
			t.Errorf("%s: %d aggregates with the zip, %d without; the keys are the same", per, g.NumEvents(), g2.NumEvents())
		}
		count, weight := 0, 0.0
		for _, e := range g2.Events() {
			count += e.Count
			weight += e.Weight()
			if !strings.HasPrefix(e.SourceRef, "aggregate of ") {
				t.Errorf("SourceRef %q", e.SourceRef)
			}
			wantPrec := graph.PrecisionDay
			if per == AggregateMonth {
				wantPrec = graph.PrecisionMonth
			}
			if e.Date.Precision != wantPrec {
				t.Errorf("%s: date %s", per, e.Date)
			}
		}
		wantCount, wantWeight := 0, 0.0
		for _, e := range none.Events() {
			wantCount += e.Count
			wantWeight += e.Weight()
		}
		if count != wantCount || math.Abs(weight-wantWeight) > 1e-9 {
			t.Errorf("%s: count %d, weight %g; want %d, %g", per, count, weight, wantCount, wantWeight)
		}
		if s.Aggregate != per {
			t.Errorf("summary aggregate %q", s.Aggregate)
		}
	}
	// month: the three MET rows of 2019-10 USA→CHN, RUS→SYR, CAN→PRK stay apart (other dyads)
	g, _, _ := loadDS(t, []string{gdeltFixture("sample.export.CSV")}, DatasetOptions{Aggregate: AggregateMonth})
	e := g.Event(graph.EventID("gdelt:aggregate:month", "USA", "MET", "CHN", graph.MustDate("2019-10"), 0))
	if e == nil || e.Count != 10 || e.Goldstein != 1 || e.CAMEO != "040" ||
		e.SourceRef != "aggregate of 1 events by month; first: https://www.dailyforex.com/forex-technical-analysis/2019/10/gold-technical-analysis-24-october-2019/125933" {
		t.Errorf("USA MET CHN 2019-10: %+v", e)
	}
	gen := g.Event(graph.EventID("gdelt:aggregate:month:1712", "CAN", graph.GenericType, "USA", graph.MustDate("2019-10"), 0))
	if gen == nil || gen.CAMEO != "1712" {
		t.Errorf("generic aggregate keeps its code: %+v", gen)
	}
}

// TestProgress: the callback ends with every row and every byte.
func TestProgress(t *testing.T) {
	var rows, done, total int64
	calls := 0
	o := DatasetOptions{Progress: func(r, d, tot int64) { rows, done, total, calls = r, d, tot, calls+1 }}
	_, s, err := loadDS(t, []string{gdeltFixture("sample.export.CSV"), gdeltFixture("sample.export.CSV.zip")}, o)
	if err != nil {
		t.Fatal(err)
	}
	st1, _ := os.Stat(gdeltFixture("sample.export.CSV"))
	st2, _ := os.Stat(gdeltFixture("sample.export.CSV.zip"))
	if calls == 0 || rows != s.Rows() || total != st1.Size()+st2.Size() || done < st1.Size() || done > total {
		t.Errorf("progress: %d calls, last (%d rows, %d of %d bytes); %d rows read, files %d + %d bytes", calls, rows, done, total, s.Rows(), st1.Size(), st2.Size())
	}
}

// TestDatasetStdin: "-" reads a dataset from standard input.
func TestDatasetStdin(t *testing.T) {
	b, err := os.ReadFile(gdeltFixture("sample.export.CSV"))
	if err != nil {
		t.Fatal(err)
	}
	g, s, err := Load([]string{"-"}, Options{Stdin: bytes.NewReader(b)})
	if err != nil {
		t.Fatal(err)
	}
	if g.NumEvents() != 9 || s.Datasets[0].File != "<stdin>" {
		t.Errorf("stdin: %d events from %q", g.NumEvents(), s.Datasets[0].File)
	}
}

func TestSniff(t *testing.T) {
	row := func(n int) string {
		f := make([]string, n)
		f[0], f[1] = "881990832", "20181024"
		return strings.Join(f, "\t") + "\n"
	}
	for _, tc := range []struct {
		in   string
		want Format
		cols int
	}{
		{row(61), FormatGDELT2, 61},
		{row(58), FormatGDELT1, 58},
		{row(57), FormatGDELT1, 57},
		{"garbage\n" + row(61), FormatGDELT2, 61},
		{row(60), "", 0},
		{strings.Join(icewsHeader, "\t") + "\n", FormatICEWS, 20},
		{"1\t2018-10-24" + strings.Repeat("\t", 18) + "\n", FormatICEWS, 20},
		{"This folder holds GDELT files.\n", "", 0},
	} {
		s := sniff([]byte(tc.in), true)
		if s.format != tc.want || s.cols != tc.cols {
			t.Errorf("sniff(%.30q) = %s/%d, want %s/%d", tc.in, s.format, s.cols, tc.want, tc.cols)
		}
	}
}

func TestParseGoldstein(t *testing.T) {
	for _, s := range []string{"-7.0", "1.9", "10", "-10.0", "0", "2.8", "+3.4", "-0.3", "8.3", "-9.2", "0.1000000000000001"} {
		got, ok := parseGoldstein([]byte(s))
		want, _ := parseGoldsteinSlow([]byte(s))
		if !ok || got != want {
			t.Errorf("parseGoldstein(%q) = %v, %v; want %v", s, got, ok, want)
		}
	}
	for _, s := range []string{"", "-", ".", "1.2.3", "NaN", "Inf", "10.5", "-11", "1e400", "abc"} {
		if v, ok := parseGoldstein([]byte(s)); ok {
			t.Errorf("parseGoldstein(%q) = %v; want an error", s, v)
		}
	}
}
