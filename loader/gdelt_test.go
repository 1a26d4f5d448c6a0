package loader

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/blocgraph/blocgraph/graph"
)

// realExport is a complete, unmodified GDELT 2.0 export (shared/data/SOURCES.md).
var realExport = filepath.Join(sharedData, "gdelt", "20191024143000.export.CSV")

// The expectations for the real export were computed with awk, apart from
// the loader, from the file and GDELT's CAMEO country list; the script
// testdata/gdelt/expect.sh runs every command and prints every number. In
// shared/data:
//
//	C=cameo/cameoCountry.txt; E=gdelt/20191024143000.export.CSV
//	ST='NR==FNR{if(FNR>=30 && $1!="ANT") st[$1]=1; next}'
//
// Lines 2-29 of cameoCountry.txt are regions (WSB … WST; the West Bank, WSB,
// and Gaza, GZS, are read as Palestine's, but the export has neither); every
// code after them is a state in the gazetteer but ANT (the Netherlands Antilles, which
// no longer exists). KEPT is the condition of a kept row:
//
//	KEPT="$ST"' ($8 in st) && ($18 in st) && $8!=$18'
//
// MAPPED is every CAMEO code listed in the Codes of graph/vocab.go:
//
//	MAPPED='^(020|021|0211|0212|0213|0214|022|026|030|031|0311|0312|0313|0314|032|036|040|041|042|043|044|046|051|052|053|054|057|070|071|072|073|074|075|110|111|112|113|114|115|130|131|1311|1312|1313|132|1321|1322|1323|1324|133|134|135|136|137|138|1381|1382|1383|1384|1385|139|160|161|162|1621|1622|1623|163|164|166|1661|1662|1663|18|180|181|182|1821|1822|1823|183|1831|1832|1833|1834|184|185|186|19|190|191|192|193|194|195|1951|1952|196|20|200|201|202|203|204|2041|2042)$'
var realExportWant = struct {
	rows, noCountry, notState, bothStates, sameState, kept, mapped, generic int64
	byType                                                                  map[string]int64
	mentions                                                                int
	weight                                                                  float64
	aggregates                                                              int
	rootNotRoot, rootKept                                                   int64
	govActorType, govNoCountry, govSame, govKept                            int64
}{
	rows:       2111, // awk 'END{print NR}' $E
	noCountry:  1521, // awk -F'\t' '$8=="" || $18==""' $E | wc -l
	notState:   47,   // awk -F'\t' "$ST"' $8!="" && $18!="" && !(($8 in st) && ($18 in st))' $C $E | wc -l
	bothStates: 543,  // awk -F'\t' "$ST"' ($8 in st) && ($18 in st)' $C $E | wc -l
	sameState:  121,  // awk -F'\t' "$ST"' ($8 in st) && ($18 in st) && $8==$18' $C $E | wc -l
	kept:       422,  // awk -F'\t' "$KEPT" $C $E | wc -l
	mapped:     303,  // awk -F'\t' "$KEPT"' && $27 ~ /'"$MAPPED"'/' $C $E | wc -l
	generic:    119,  // awk -F'\t' "$KEPT"' && $27 !~ /'"$MAPPED"'/' $C $E | wc -l
	byType: map[string]int64{
		"MET":        134, // awk -F'\t' "$KEPT"' && $27 ~ /^(040|041|042|043|044|046)$/' $C $E | wc -l
		"ATTACKED":   36,  // awk -F'\t' "$KEPT"' && $27 ~ /^(18|19|20)/' $C $E | wc -l
		"CRITICIZED": 12,  // awk -F'\t' "$KEPT"' && $27 ~ /^(110|111|112|113|115)$/' $C $E | wc -l
		"GAVE_AID":   24,  // awk -F'\t' "$KEPT"' && $27 ~ /^07[0-5]$/' $C $E | wc -l
		"EVENT":      119, // = generic
	},
	// awk -F'\t' "$KEPT"' {m+=$32; w+=$31*$32} END{print m, w}' $C $E → 1528 2470.2
	mentions: 1528,
	weight:   2470.2,
	// distinct (Actor1CountryCode, Actor2CountryCode, type — or EVENT and the
	// code —, month of SQLDATE) of the kept rows: the last awk program of
	// testdata/gdelt/expect.sh → 227
	aggregates: 227,
	// RootOnly: awk -F'\t' '$26!=1' $E | wc -l → 852;
	// awk -F'\t' "$ST"' $26==1 && ($8 in st) && ($18 in st) && $8!=$18' $C $E | wc -l → 246
	rootNotRoot: 852,
	rootKept:    246,
	// ActorTypes GOV, an actor GOV by any of its three type codes (G: expect.sh):
	// awk -F'\t' "$G" $E | wc -l → 56, so 2055 dropped; of the 56:
	// awk -F'\t' "$G"' && ($8=="" || $18=="")' $E | wc -l → 44,
	// awk -F'\t' "$ST $G"' && ($8 in st) && ($18 in st) && $8==$18' $C $E | wc -l → 4,
	// awk -F'\t' "$ST $G"' && ($8 in st) && ($18 in st) && $8!=$18' $C $E | wc -l → 8
	// (Type1Code alone: 44 rows, 2067 dropped, 34, 3, 7)
	govActorType: 2055,
	govNoCountry: 44,
	govSame:      4,
	govKept:      8,
}

func TestGDELTRealExport(t *testing.T) {
	needShared(t, realExport)
	w := realExportWant
	g, s, err := loadDS(t, []string{realExport}, DatasetOptions{})
	if err != nil {
		t.Fatal(err)
	}
	checkSums(t, s)
	d := s.Datasets[0]
	got := []int64{d.Rows, d.Dropped.NoCountry, d.Dropped.NotState, d.Kept() + d.Dropped.SameState, d.Dropped.SameState, d.Kept(), d.Mapped, d.Generic, d.Dropped.Malformed.Total()}
	want := []int64{w.rows, w.noCountry, w.notState, w.bothStates, w.sameState, w.kept, w.mapped, w.generic, 0}
	names := []string{"rows", "no actor country", "regional", "both states", "same state", "kept", "mapped", "generic", "malformed"}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("%s: %d, want %d", names[i], got[i], want[i])
		}
	}
	for typ, n := range w.byType {
		if d.ByType[typ] != n {
			t.Errorf("%s: %d rows, want %d", typ, d.ByType[typ], n)
		}
	}
	if d.Format != FormatGDELT2 || d.Dropped.ActorType != 0 || d.Dropped.NotRoot != 0 {
		t.Errorf("format %s, actor type %d, not root %d", d.Format, d.Dropped.ActorType, d.Dropped.NotRoot)
	}
	if g.NumEvents() != int(w.kept) {
		t.Errorf("%d events, want one per kept row: %d", g.NumEvents(), w.kept)
	}
	mentions, weight := 0, 0.0
	for _, e := range g.Events() {
		mentions += e.Count
		weight += e.Weight()
		if g.Node(e.Subject).Kind != graph.KindState || g.Node(e.Object).Kind != graph.KindState {
			t.Fatalf("event %s between %s and %s: both ends must be states", e.ID, e.Subject, e.Object)
		}
	}
	if mentions != w.mentions || math.Abs(weight-w.weight) > 1e-6 {
		t.Errorf("mentions %d, weight %g; want %d, %g", mentions, weight, w.mentions, w.weight)
	}

	// Aggregated by month: the same mentions and weight on fewer events.
	g, s, err = loadDS(t, []string{realExport}, DatasetOptions{Aggregate: AggregateMonth})
	if err != nil {
		t.Fatal(err)
	}
	mentions, weight = 0, 0.0
	for _, e := range g.Events() {
		mentions += e.Count
		weight += e.Weight()
	}
	if g.NumEvents() != w.aggregates || s.Events != int64(w.aggregates) || mentions != w.mentions || math.Abs(weight-w.weight) > 1e-6 {
		t.Errorf("by month: %d events (%d reported), mentions %d, weight %g; want %d, %d, %g", g.NumEvents(), s.Events, mentions, weight, w.aggregates, w.mentions, w.weight)
	}

	_, s, err = loadDS(t, []string{realExport}, DatasetOptions{RootOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if d := s.Datasets[0]; d.Dropped.NotRoot != w.rootNotRoot || d.Kept() != w.rootKept {
		t.Errorf("root only: %d not root, %d kept; want %d, %d", d.Dropped.NotRoot, d.Kept(), w.rootNotRoot, w.rootKept)
	}
	_, s, err = loadDS(t, []string{realExport}, DatasetOptions{ActorTypes: []string{"GOV"}})
	if err != nil {
		t.Fatal(err)
	}
	if d := s.Datasets[0]; d.Dropped.ActorType != w.govActorType || d.Dropped.NoCountry != w.govNoCountry || d.Dropped.SameState != w.govSame || d.Kept() != w.govKept {
		t.Errorf("GOV only: actor type %d, no country %d, same state %d, kept %d; want %d, %d, %d, %d",
			d.Dropped.ActorType, d.Dropped.NoCountry, d.Dropped.SameState, d.Kept(), w.govActorType, w.govNoCountry, w.govSame, w.govKept)
	}
}

// TestGDELTWorkers: the result does not depend on how many goroutines parse
// or how the file falls into chunks.
func TestGDELTWorkers(t *testing.T) {
	needShared(t, realExport)
	b, err := os.ReadFile(realExport)
	if err != nil {
		t.Fatal(err)
	}
	// 20 copies with fresh ids: 17 chunks
	const copies = 20
	big := freshCopies(b, copies)
	path := filepath.Join(t.TempDir(), "big.export.CSV")
	if err := os.WriteFile(path, big, 0o644); err != nil {
		t.Fatal(err)
	}
	var first *graph.Graph
	for _, workers := range []int{1, 2, 5} {
		g, s, err := loadDS(t, []string{path}, DatasetOptions{Aggregate: AggregateDay, Workers: workers})
		if err != nil {
			t.Fatal(err)
		}
		checkSums(t, s)
		if d := s.Datasets[0]; d.Rows != copies*realExportWant.rows || d.Kept() != copies*realExportWant.kept {
			t.Errorf("%d workers: %d rows, %d kept", workers, d.Rows, d.Kept())
		}
		if first == nil {
			first = g
			continue
		}
		if workers == 2 {
			// the same bytes from standard input: read through a buffer, not mapped
			gs, s, err := Load([]string{"-"}, Options{Stdin: bytes.NewReader(big), Dataset: DatasetOptions{Aggregate: AggregateDay}})
			if err != nil {
				t.Fatal(err)
			}
			checkSums(t, s)
			if !sameEvents(gs, first) {
				t.Error("standard input gives other events than the mapped file")
			}
		}
		if !sameEvents(g, first) {
			t.Errorf("%d workers give other events than 1", workers)
			for i, e := range g.Events() {
				if *e != *first.Events()[i] {
					t.Logf("%+v\n%+v", *e, *first.Events()[i])
					break
				}
			}
		}
	}
}

// TestGDELTLongLine: a line longer than a chunk is one malformed row, at
// its place, whether the file is mapped or read through a buffer.
func TestGDELTLongLine(t *testing.T) {
	sample, err := os.ReadFile(gdeltFixture("sample.export.CSV"))
	if err != nil {
		t.Fatal(err)
	}
	// 400 × 13 rows with fresh ids, ~2 MB, before and after the long line
	copies := freshCopies(sample, 800)
	half := 0
	for range 400 * 13 {
		half += bytes.IndexByte(copies[half:], '\n') + 1
	}
	var data []byte
	data = append(data, copies[:half]...)
	data = append(data, bytes.Repeat([]byte("x"), 3*chunkSize)...)
	data = append(data, '\n')
	data = append(data, copies[half:]...)
	path := filepath.Join(t.TempDir(), "long.export.CSV")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	check := func(name string, s *Summary) {
		d := s.Datasets[0]
		checkSums(t, s)
		if d.Rows != 800*13+1 || d.Dropped.Malformed.Columns != 1 || d.Kept() != 800*9 || len(d.Errors) != 1 ||
			d.Errors[0].Pos.Line != 400*13+1 || !bytes.Contains([]byte(d.Errors[0].Msg), []byte("line is longer than")) {
			t.Errorf("%s: %d rows, %d kept, %d wrong column counts, problems %v", name, d.Rows, d.Kept(), d.Dropped.Malformed.Columns, d.Errors)
		}
	}
	_, s, err := loadDS(t, []string{path}, DatasetOptions{Format: "gdelt"})
	if err != nil {
		t.Fatal(err)
	}
	check("mapped", s)
	_, s, err = Load([]string{"-"}, Options{Stdin: bytes.NewReader(data), Dataset: DatasetOptions{Format: "gdelt"}})
	if err != nil {
		t.Fatal(err)
	}
	check("stdin", s)
}

// FuzzGDELT feeds the GDELT reader arbitrary bytes as an event file: it must
// never panic, must account for every row, and must place every problem.
// The seed corpus is the fixtures of testdata/gdelt; it runs in every go test.
func FuzzGDELT(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "gdelt", "*"))
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil && len(b) < 1<<16 {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzDataset(t, data, "gdelt")
	})
}

// fuzzDataset loads data from standard input with the format forced, then
// checks the summary's arithmetic and the places of the problems; a strict
// load of the same data (aggregated by month) fails exactly when there are
// problems.
func fuzzDataset(t *testing.T, data []byte, format Format) {
	g, s, err := Load([]string{"-"}, Options{Stdin: bytes.NewReader(data), Dataset: DatasetOptions{Format: format}})
	if err != nil {
		t.Fatalf("not strict, yet an error: %v", err)
	}
	if g == nil || s == nil || len(s.Datasets) != 1 {
		t.Fatal("no graph or no summary")
	}
	d := s.Datasets[0]
	if d.Kept()+d.Dropped.Total() != d.Rows {
		t.Fatalf("kept %d + dropped %d != %d rows", d.Kept(), d.Dropped.Total(), d.Rows)
	}
	if int64(g.NumEvents())+s.Duplicates != d.Kept() {
		t.Fatalf("%d events and %d duplicates for %d kept rows", g.NumEvents(), s.Duplicates, d.Kept())
	}
	for _, e := range d.Errors {
		if e.Pos.File != "<stdin>" || e.Pos.Line < 1 || strings.Contains(e.Msg, "internal error") {
			t.Fatalf("problem without its place, or a bug: %v", e)
		}
	}
	for _, e := range g.Events() {
		if e.Count < 1 || e.Goldstein < -10 || e.Goldstein > 10 || e.Subject == e.Object {
			t.Fatalf("bad event %+v", e)
		}
	}
	g, _, err = Load([]string{"-"}, Options{Stdin: bytes.NewReader(data), Dataset: DatasetOptions{Format: format, Aggregate: AggregateMonth, Strict: true}})
	if (err != nil) != (d.Problems() > 0) || (err == nil) != (g != nil) {
		t.Fatalf("strict: error %v with %d problems", err, d.Problems())
	}
}

// redated writes the rows of sample.export.CSV with the given line numbers,
// their dates (SQLDATE, MonthYear, Year, FractionDate) set to day, to a
// file in dir.
func redated(t *testing.T, dir, day string, lines ...int) string {
	t.Helper()
	data, err := os.ReadFile(gdeltFixture("sample.export.CSV"))
	if err != nil {
		t.Fatal(err)
	}
	rows := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	var b strings.Builder
	for _, n := range lines {
		f := strings.Split(rows[n-1], "\t")
		f[1], f[2], f[3], f[4] = day, day[:6], day[:4], day[:4]+".4438"
		b.WriteString(strings.Join(f, "\t") + "\n")
	}
	p := filepath.Join(dir, day+".export.CSV")
	if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// Event datasets code actors by today's country codes: a GDELT 1.0 row of
// 1985 writes RUS for Moscow, BLR for Minsk. On their dates those are the
// Soviet Union's, as a facts file must name them — one state with the
// Soviet Union of the facts, not a "Russia" beside it, and no Belarus or
// Lithuania as states of 1985. Real rows (sample.export.CSV lines 4, 5,
// 10, 11: RUS → SYR, USA → CHN, BLR → LTU, BLR → RUS) re-dated.
func TestDatasetStatesOnTheirDates(t *testing.T) {
	dir := t.TempDir()
	old := redated(t, dir, "19850612", 4, 5, 10, 11)
	facts := filepath.Join(dir, "soviet.yaml")
	if err := os.WriteFile(facts, []byte("article: {id: soviet-1985, title: t, published: 1985-06-20}\nfacts:\n"+
		"  - {subject: Soviet Union, relation: met, object: Syria, date: 1985-06-12, quote: q}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	g, s, err := Load([]string{old, facts}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkSums(t, s)
	d := s.Datasets[0]
	if d.Kept() != 2 || d.Dropped.SameState != 2 {
		t.Errorf("1985: kept %d, same state %d; want 2 kept (Soviet Union → Syria, USA → China), 2 same state (Belarus → Lithuania, Belarus → Russia: the Soviet Union's own)", d.Kept(), d.Dropped.SameState)
	}
	// The summary says how many rows were read so, in words (validate,
	// load and report print it): nothing said it before.
	if r := d.Redated; r.Rows != 3 || r.SameState != 2 || r.By["RUS SUN"] != 2 || r.By["BLR SUN"] != 2 || r.By["LTU SUN"] != 1 || len(r.By) != 3 {
		t.Errorf("1985: redated %+v; want 3 rows (RUS → SYR, BLR → LTU, BLR → RUS), 2 of them same state, RUS and BLR as SUN twice each, LTU once", r)
	}
	var out strings.Builder
	d.WriteTo(&out)
	if want := "  re-mapped by date: 3 rows name a state of today on dates when it stood for another, and were read as that one: BLR as SUN 2, RUS as SUN 2, LTU as SUN 1 (2 of them dropped: one state at both ends)\n"; !strings.Contains(out.String(), want) {
		t.Errorf("1985 summary:\n%s\nlacks %q", out.String(), want)
	}
	for _, id := range []string{"RUS", "BLR", "LTU"} {
		if g.Node(id) != nil {
			t.Errorf("1985: state %s in the graph; its rows are the Soviet Union's", id)
		}
	}
	e := g.Event(graph.EventID("gdelt:881990888", "SUN", "MET", "SYR", graph.MustDate("1985-06-12"), 0))
	if e == nil {
		t.Errorf("1985: no event SUN MET SYR for GLOBALEVENTID 881990888; events: %v", g.Events())
	}
	// The same rows on their own dates (2019) stay Russia's and Belarus's.
	g, s, err = Load([]string{redated(t, dir, "20191023", 4, 5, 10, 11)}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d := s.Datasets[0]; d.Kept() != 4 || g.Node("SUN") != nil || g.Node("RUS") == nil || g.Node("BLR") == nil {
		t.Errorf("2019: kept %d (want 4), SUN %v, RUS %v, BLR %v", d.Kept(), g.Node("SUN") != nil, g.Node("RUS") != nil, g.Node("BLR") != nil)
	}
	if d := s.Datasets[0]; d.Redated.Rows != 0 {
		t.Errorf("2019: %d rows re-mapped by date; want none", d.Redated.Rows)
	}
}

// gdelt2Header is GDELT 2.0's column names, tab-separated, as its header
// file and query exports write them (GDELT 2.0 Event Codebook).
const gdelt2Header = "GLOBALEVENTID\tSQLDATE\tMonthYear\tYear\tFractionDate\tActor1Code\tActor1Name\tActor1CountryCode\tActor1KnownGroupCode\tActor1EthnicCode\tActor1Religion1Code\tActor1Religion2Code\tActor1Type1Code\tActor1Type2Code\tActor1Type3Code\tActor2Code\tActor2Name\tActor2CountryCode\tActor2KnownGroupCode\tActor2EthnicCode\tActor2Religion1Code\tActor2Religion2Code\tActor2Type1Code\tActor2Type2Code\tActor2Type3Code\tIsRootEvent\tEventCode\tEventBaseCode\tEventRootCode\tQuadClass\tGoldsteinScale\tNumMentions\tNumSources\tNumArticles\tAvgTone\tActor1Geo_Type\tActor1Geo_FullName\tActor1Geo_CountryCode\tActor1Geo_ADM1Code\tActor1Geo_ADM2Code\tActor1Geo_Lat\tActor1Geo_Long\tActor1Geo_FeatureID\tActor2Geo_Type\tActor2Geo_FullName\tActor2Geo_CountryCode\tActor2Geo_ADM1Code\tActor2Geo_ADM2Code\tActor2Geo_Lat\tActor2Geo_Long\tActor2Geo_FeatureID\tActionGeo_Type\tActionGeo_FullName\tActionGeo_CountryCode\tActionGeo_ADM1Code\tActionGeo_ADM2Code\tActionGeo_Lat\tActionGeo_Long\tActionGeo_FeatureID\tDATEADDED\tSOURCEURL"

// A GDELT file with its column names in a header row (GDELT's header file
// put in front of an export, or a query's export) reads as the same file
// without: the header is no malformed row. GDELT 1.0's daily layout (58
// columns; no ADM2 columns) likewise, with a BOM and CRLF.
func TestGDELTHeaderRow(t *testing.T) {
	dir := t.TempDir()
	v1 := strings.Split(gdelt2Header, "\t")
	v1 = append(append(append(append([]string{}, v1[:39]...), v1[40:46]...), v1[47:53]...), v1[54:]...)
	for _, c := range []struct{ fixture, header, prefix, eol string }{
		{"sample.export.CSV", gdelt2Header, "", "\n"},
		{"sample-v1-daily.export.CSV", strings.Join(v1, "\t"), "\ufeff", "\r\n"},
	} {
		data, err := os.ReadFile(gdeltFixture(c.fixture))
		if err != nil {
			t.Fatal(err)
		}
		if n := len(strings.Split(strings.SplitN(string(data), "\n", 2)[0], "\t")); n != len(strings.Split(c.header, "\t")) {
			t.Fatalf("%s: %d columns, header %d", c.fixture, n, len(strings.Split(c.header, "\t")))
		}
		p := filepath.Join(dir, "with-header-"+c.fixture)
		if err := os.WriteFile(p, []byte(c.prefix+c.header+c.eol+string(data)), 0o644); err != nil {
			t.Fatal(err)
		}
		g0, s0, err := loadDS(t, []string{gdeltFixture(c.fixture)}, DatasetOptions{})
		if err != nil {
			t.Fatal(err)
		}
		g1, s1, err := loadDS(t, []string{p}, DatasetOptions{})
		if err != nil {
			t.Fatal(err)
		}
		d0, d1 := s0.Datasets[0], s1.Datasets[0]
		if !d1.Header || d1.Format != d0.Format || d1.Rows != d0.Rows || d1.Dropped != d0.Dropped || len(d1.Errors) != 0 || g1.NumEvents() != g0.NumEvents() {
			t.Errorf("%s with a header: %+v\nwithout: %+v", c.fixture, *d1, *d0)
		}
	}
}

// A GDELT export written back by a spreadsheet or a script often has empty
// columns after the last one (and CRLF line ends): each row is the row
// without them — the same events, SOURCEURL as their provenance — not a
// file refused whole for its 62 or 63 columns. A column with something in it
// after the last is still a malformed row.
func TestGDELTTrailingEmptyColumns(t *testing.T) {
	data, err := os.ReadFile(gdeltFixture("sample.export.CSV"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	want, _, err := Load([]string{gdeltFixture("sample.export.CSV")}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for name, end := range map[string]string{"one.export.CSV": "\t\n", "two-crlf.export.CSV": "\t\t\r\n"} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(strings.ReplaceAll(string(data), "\n", end)), 0o644); err != nil {
			t.Fatal(err)
		}
		g, s, err := Load([]string{p}, Options{Dataset: DatasetOptions{Strict: true}})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if d := s.Datasets[0]; d.Format != FormatGDELT2 || d.Problems() != 0 {
			t.Errorf("%s: format %s, %d problems", name, d.Format, d.Problems())
		}
		got, exp := g.Events(), want.Events()
		if len(got) != len(exp) {
			t.Fatalf("%s: %d events, want %d", name, len(got), len(exp))
		}
		for i := range got {
			if got[i].ID != exp[i].ID || got[i].SourceRef != exp[i].SourceRef || got[i].Count != exp[i].Count {
				t.Errorf("%s: event %d %s %q, want %s %q", name, i, got[i].ID, got[i].SourceRef, exp[i].ID, exp[i].SourceRef)
				break
			}
		}
	}
	p := filepath.Join(dir, "extra.export.CSV")
	lines := strings.SplitAfter(string(data), "\n")
	lines[2] = strings.TrimSuffix(lines[2], "\n") + "\tx\n"
	if err := os.WriteFile(p, []byte(strings.Join(lines, "")), 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, err = Load([]string{p}, Options{Dataset: DatasetOptions{Strict: true}})
	if err == nil || !strings.Contains(err.Error(), "extra.export.CSV:3: row has 62 tab-separated columns") {
		t.Errorf("a filled column after the last: %v", err)
	}
}

// --actor-types looks at all three of a GDELT actor's type codes: real
// rows of the 2019 export (testdata/gdelt/README.txt) where the type is the
// second code — MNCUSAGOV (MNC, GOV) toward GBRGOV, ITAGOVBUS (GOV, BUS)
// toward FRAGOVBUS — were dropped under --actor-types GOV or BUS, as only
// Actor1Type1Code and Actor2Type1Code were read. The same rows with a
// header of names (BigQuery's layout, the type columns among others) give
// the same events.
func TestGDELTActorTypeCodes23(t *testing.T) {
	raw := filepath.Join("testdata", "gdelt", "types23.export.CSV")
	data, err := os.ReadFile(raw)
	if err != nil {
		t.Fatal(err)
	}
	cols := []int{0, 1, 7, 17, 26, 12, 13, 14, 22, 23, 24}
	names := []string{"GLOBALEVENTID", "SQLDATE", "Actor1CountryCode", "Actor2CountryCode", "EventCode",
		"Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code"}
	csvText := strings.Join(names, ",") + "\n"
	for _, ln := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		f := strings.Split(ln, "\t")
		var out []string
		for _, c := range cols {
			out = append(out, f[c])
		}
		csvText += strings.Join(out, ",") + "\n"
	}
	named := filepath.Join(t.TempDir(), "types23.csv")
	os.WriteFile(named, []byte(csvText), 0o644)
	for _, c := range []struct {
		types string
		want  []string // event ids kept
		pairs string
	}{
		{"GOV", []string{"881991986", "881992017", "881992209"}, "ITA>FRA JPN>TKM USA>GBR"},
		{"BUS", []string{"881991986"}, "ITA>FRA"},
		{"MNC,GOV", []string{"881991986", "881992017", "881992209"}, "ITA>FRA JPN>TKM USA>GBR"},
		{"ELI", nil, ""}, // JPNELIGOV's target, TKM, has no type
	} {
		for _, p := range []string{raw, named} {
			g, s, err := Load([]string{p}, Options{Dataset: DatasetOptions{ActorTypes: strings.Split(c.types, ",")}})
			if err != nil {
				t.Fatalf("%s: %v", p, err)
			}
			var got []string
			for _, e := range g.Events() {
				got = append(got, e.Subject+">"+e.Object)
			}
			slices.Sort(got)
			if int(s.Datasets[0].Kept()) != len(c.want) || strings.Join(got, " ") != c.pairs {
				t.Errorf("%s --actor-types %s: %d kept %v, want %v (%s)", filepath.Base(p), c.types, s.Datasets[0].Kept(), got, c.want, c.pairs)
			}
		}
	}
}

// The Baltic states were independent until the Soviet Union annexed them
// in 1940 (Lithuania on 1940-08-03): a row of Belarus → Lithuania (real,
// sample.export.CSV line 10, re-dated) is the Soviet Union → Lithuania on
// 1940-07-01 and one state at both ends on 1940-09-01. Before, the eras
// made Lithuania the Soviet Union's from 1922, as if it had never been
// independent between the wars.
func TestDatasetBalticAnnexation(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		day        string
		kept, same int64
		by         string
	}{
		{"19400701", 1, 0, "BLR SUN"},
		{"19400901", 0, 1, "LTU SUN"},
	} {
		g, s, err := Load([]string{redated(t, dir, c.day, 10)}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		d := s.Datasets[0]
		if d.Kept() != c.kept || d.Dropped.SameState != c.same || d.Redated.By[c.by] != 1 {
			t.Errorf("%s: kept %d, same state %d, re-mapped %v; want kept %d, same state %d, %s", c.day, d.Kept(), d.Dropped.SameState, d.Redated.By, c.kept, c.same, c.by)
		}
		if c.kept == 1 && (g.Node("LTU") == nil || g.Node("SUN") == nil) {
			t.Errorf("%s: want Lithuania and the Soviet Union in the graph", c.day)
		}
	}
}
