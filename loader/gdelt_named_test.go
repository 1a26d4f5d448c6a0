package loader

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/blocgraph/blocgraph/graph"
)

// bigQueryColumns are the columns an analyst typically selects from
// gdelt-bq.gdeltv2.events, in the order BigQuery writes them back.
var bigQueryColumns = []string{"GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor1CountryCode", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
	"Actor2Code", "Actor2CountryCode", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code", "IsRootEvent", "EventCode", "EventRootCode", "QuadClass",
	"GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone", "SOURCEURL", "DATEADDED"}

// csvQuote quotes a field as RFC 4180 (and BigQuery) does when it holds a
// comma, a quote or a line break.
func csvQuote(f string, sep byte) string {
	if strings.ContainsAny(f, string(sep)+"\"\r\n") {
		return `"` + strings.ReplaceAll(f, `"`, `""`) + `"`
	}
	return f
}

// toBigQueryCSV rewrites GDELT 2.0 export rows as a BigQuery CSV of the
// named columns: header, comma-separated, quoted where needed, CRLF, BOM.
func toBigQueryCSV(tb testing.TB, export string, cols []string, case_ func(string) string) string {
	return toQueryExport(tb, export, cols, case_, ',', "\r\n")
}

// toQueryExport is toBigQueryCSV with another separator and line end.
func toQueryExport(tb testing.TB, export string, cols []string, case_ func(string) string, sep byte, eol string) string {
	tb.Helper()
	pos := map[string]int{}
	for i, nm := range strings.Split(gdelt2Header, "\t") {
		pos[nm] = i
	}
	var b strings.Builder
	b.WriteString("\ufeff")
	for i, c := range cols {
		if i > 0 {
			b.WriteByte(sep)
		}
		b.WriteString(case_(c))
	}
	b.WriteString(eol)
	for _, ln := range strings.Split(strings.TrimRight(export, "\n"), "\n") {
		f := strings.Split(ln, "\t")
		if len(f) != gdelt2Columns {
			tb.Fatalf("export row of %d columns", len(f))
		}
		for i, c := range cols {
			if i > 0 {
				b.WriteByte(sep)
			}
			b.WriteString(csvQuote(f[pos[c]], sep))
		}
		b.WriteString(eol)
	}
	return b.String()
}

func eventValues(g *graph.Graph) []graph.Event {
	var es []graph.Event
	for _, e := range g.Events() {
		es = append(es, *e)
	}
	slices.SortFunc(es, func(a, b graph.Event) int { return strings.Compare(fmt.Sprint(a), fmt.Sprint(b)) })
	return es
}

// A BigQuery CSV of real rows gives the events the tab-separated export
// gives: states, relations, counts, dates, sources; with the engine's
// filters, duplicates and aggregates alike.
func TestGDELTBigQueryCSV(t *testing.T) {
	needShared(t, realExport)
	raw, err := os.ReadFile(realExport)
	if err != nil {
		t.Fatal(err)
	}
	// A SOURCEURL with a comma and a quote (real URLs have them; the export's
	// one with a comma is kept as is), and a duplicate event id, in both.
	rows := strings.Split(strings.TrimRight(string(raw), "\n"), "\n")
	k := slices.IndexFunc(rows, func(r string) bool { f := strings.Split(r, "\t"); return f[7] == "USA" && f[17] == "CHN" })
	f := strings.Split(rows[k], "\t")
	f[60] = `https://example.org/news/a,b?q="x"`
	rows[k] = strings.Join(f, "\t")
	rows = append(rows, rows[5])
	export := strings.Join(rows, "\n") + "\n"
	dir := t.TempDir()
	tsv := filepath.Join(dir, "20191024143000.export.CSV")
	if err := os.WriteFile(tsv, []byte(export), 0o644); err != nil {
		t.Fatal(err)
	}
	commas := 0
	for _, r := range rows {
		if u := r[strings.LastIndexByte(r, '\t')+1:]; strings.Contains(u, ",") {
			commas++
		}
	}
	if commas < 2 {
		t.Fatalf("%d SOURCEURLs with a comma", commas)
	}
	csv := filepath.Join(dir, "bq-results.csv")
	if err := os.WriteFile(csv, []byte(toBigQueryCSV(t, export, bigQueryColumns, strings.ToLower)), 0o644); err != nil {
		t.Fatal(err)
	}
	// The same columns tab-separated in another order (a TSV query export).
	cols := slices.Clone(bigQueryColumns)
	slices.Reverse(cols)
	tsvq := filepath.Join(dir, "query.tsv")
	q := toQueryExport(t, export, cols, strings.ToUpper, '\t', "\n")
	if err := os.WriteFile(tsvq, []byte(q), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, o := range []DatasetOptions{{}, {RootOnly: true}, {ActorTypes: []string{"GOV"}}, {Aggregate: "day"}, {KeepSameState: true}} {
		g0, s0, err := loadDS(t, []string{tsv}, o)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range []string{csv, tsvq} {
			g1, s1, err := loadDS(t, []string{p}, o)
			if err != nil {
				t.Fatalf("%+v %s: %v", o, p, err)
			}
			checkSums(t, s1)
			d0, d1 := s0.Datasets[0], s1.Datasets[0]
			if !d1.Header || d1.Format != FormatGDELT || d1.Rows != d0.Rows || d1.Dropped != d0.Dropped || len(d1.Errors) != 0 {
				t.Errorf("%+v %s: %+v\nexport: %+v", o, filepath.Base(p), *d1, *d0)
			}
			e0, e1 := eventValues(g0), eventValues(g1)
			if len(e0) == 0 || !slices.Equal(e0, e1) {
				t.Errorf("%+v %s: %d events, the export gives %d", o, filepath.Base(p), len(e1), len(e0))
				for i := range min(len(e0), len(e1)) {
					if e0[i] != e1[i] {
						t.Fatalf("first difference:\n %+v\n %+v", e0[i], e1[i])
					}
				}
			}
			if d0.Dropped.Duplicate != 1 {
				t.Errorf("duplicates: %d", d0.Dropped.Duplicate)
			}
		}
	}
	g, _, err := loadDS(t, []string{csv}, DatasetOptions{})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range g.Events() {
		found = found || e.SourceRef == `https://example.org/news/a,b?q="x"`
	}
	if !found {
		t.Error("the quoted SOURCEURL is not unquoted into SourceRef")
	}
}

// Missing columns are named, with the file and line, before any row is read.
func TestGDELTBigQueryMissingColumn(t *testing.T) {
	data, err := os.ReadFile(gdeltFixture("sample.export.CSV"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, c := range []struct {
		drop []string
		opt  DatasetOptions
		want string
	}{
		{[]string{"Actor2CountryCode"}, DatasetOptions{}, "has no Actor2CountryCode column; it is needed"},
		{[]string{"EventCode", "Actor1CountryCode"}, DatasetOptions{}, "has no Actor1CountryCode, EventCode column; they are needed"},
		{[]string{"IsRootEvent"}, DatasetOptions{RootOnly: true}, "has no IsRootEvent column"},
		{[]string{"Actor2Type1Code"}, DatasetOptions{ActorTypes: []string{"GOV"}}, "has no Actor2Type1Code column"},
	} {
		var cols []string
		for _, nm := range bigQueryColumns {
			if !slices.Contains(c.drop, nm) {
				cols = append(cols, nm)
			}
		}
		p := filepath.Join(dir, "bq.csv")
		if err := os.WriteFile(p, []byte(toBigQueryCSV(t, string(data), cols, func(s string) string { return s })), 0o644); err != nil {
			t.Fatal(err)
		}
		_, _, err := loadDS(t, []string{p}, c.opt)
		if err == nil || !strings.Contains(err.Error(), p+":1: the header row of GDELT columns (comma-separated) "+c.want) || strings.Count(err.Error(), "\n") > 0 {
			t.Errorf("without %v: %v", c.drop, err)
		}
	}
	// Without the optional columns the rows still read: an event counts once.
	p := filepath.Join(dir, "few.csv")
	cols := []string{"GLOBALEVENTID", "SQLDATE", "Actor1CountryCode", "Actor2CountryCode", "EventCode"}
	if err := os.WriteFile(p, []byte(toBigQueryCSV(t, string(data), cols, func(s string) string { return s })), 0o644); err != nil {
		t.Fatal(err)
	}
	g, s, err := loadDS(t, []string{p}, DatasetOptions{})
	if err != nil || g.NumEvents() == 0 || len(s.Datasets[0].Errors) != 0 {
		t.Fatalf("few columns: %v %+v", err, s)
	}
	for _, e := range g.Events() {
		if e.Count != 1 || !strings.HasPrefix(e.SourceRef, "GLOBALEVENTID ") {
			t.Errorf("few columns: %+v", *e)
		}
	}
}

// A malformed quoted field or a row of the wrong width is a problem of its
// file, line and column; the other rows are read.
func TestGDELTBigQueryMalformed(t *testing.T) {
	hd := "GLOBALEVENTID,SQLDATE,Actor1CountryCode,Actor2CountryCode,EventCode,NumMentions,SOURCEURL\r\n"
	good := "881990840,20191024,USA,CHN,043,2,\"https://x.org/a,b\"\r\n"
	for _, c := range []struct{ line, want string }{
		{"881990841,20191024,USA,CHN,043,2,\"https://x.org/a,b\r\n", ":3:34: the quoted field of column 7 has no closing quote"},
		{"881990841,20191024,USA,CHN,043,2,\"https://x.org/\"a,b\r\n", ":3:50: the quoted field of column 7 goes on after its closing quote"},
		{"881990841,20191024,USA,CHN,043,2,https://x.org/a,b\r\n", ":3: row has 8 comma-separated columns; the header row has 7"},
		{"881990841,\"2019102\",USA,CHN,043,2,x\r\n", ":3:11: SQLDATE \"2019102\" is not a date"},
	} {
		p := filepath.Join(t.TempDir(), "bq.csv")
		if err := os.WriteFile(p, []byte(hd+good+c.line+good), 0o644); err != nil {
			t.Fatal(err)
		}
		g, s, err := loadDS(t, []string{p}, DatasetOptions{})
		if err != nil {
			t.Fatal(err)
		}
		d := s.Datasets[0]
		if len(d.Errors) != 1 || !strings.Contains(d.Errors[0].Error(), p+c.want) || d.Rows != 3 || g.NumEvents() != 1 {
			t.Errorf("%q: %v (rows %d, events %d)", c.line, d.Errors, d.Rows, g.NumEvents())
		}
		if _, _, err := loadDS(t, []string{p}, DatasetOptions{Strict: true}); err == nil || !strings.Contains(err.Error(), p+c.want) {
			t.Errorf("strict %q: %v", c.line, err)
		}
	}
}

// The fixture of the README (make.py writes it from sample.export.CSV and
// one row of the real export whose SOURCEURL holds a comma, which has no
// second actor's country) reads as the sample does.
func TestGDELTBigQueryFixture(t *testing.T) {
	g0, s0, err := loadDS(t, []string{gdeltFixture("sample.export.CSV")}, DatasetOptions{})
	if err != nil {
		t.Fatal(err)
	}
	g1, s1, err := loadDS(t, []string{gdeltFixture("sample.bigquery.csv")}, DatasetOptions{})
	if err != nil {
		t.Fatal(err)
	}
	d0, d1 := s0.Datasets[0], s1.Datasets[0]
	want := d0.Dropped
	want.NoCountry++
	if d1.Rows != d0.Rows+1 || d1.Dropped != want || len(d1.Errors) != 0 || !slices.Equal(eventValues(g0), eventValues(g1)) || g1.NumEvents() == 0 {
		t.Errorf("sample.bigquery.csv: %+v\nsample.export.CSV: %+v", *d1, *d0)
	}
}
