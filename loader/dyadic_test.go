package loader

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/loader/gazetteer"
)

const cowFile = "../../shared/data/signed/cow-signed-1946-1999.csv"

// TestDyadicCOW loads the whole COW signed file with no options: every
// code maps to a state through the cow-pajek list (the files' own codes
// over the gazetteer's COW codes), historical states included, and each
// row counts both ways.
func TestDyadicCOW(t *testing.T) {
	if _, err := os.Stat(cowFile); err != nil {
		t.Fatalf("the shared data are missing: %v", err)
	}
	g, sum, err := Load([]string{cowFile}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	ds := sum.Datasets[0]
	// GFR and GER are both Germany in 1990: those rows (4, in the windows
	// 1987-1990 to 1990-1993) fold into one state and are dropped as within
	// it, and the summary says so (it said all 41295 kept, none dropped).
	if ds.Format != FormatDyadic || ds.Rows != 41295 || ds.Kept() != 41291 || ds.Dropped.SameState != 4 || ds.Positive+ds.Negative != 41291 || ds.Codes != CodesCOWPajek {
		t.Errorf("summary: %+v", ds)
	}
	if n := g.NumEvents(); n < 2*41295-20 || n > 2*41295 {
		t.Errorf("%d events, want about %d", n, 2*41295)
	}
	for id, name := range map[string]string{"DDR": "East Germany", "DEU": "", "CSK": "Czechoslovakia", "YUG": "Yugoslavia", "YMD": "South Yemen",
		"YEM": "", "RVN": "South Vietnam", "VDR": "North Vietnam", "VNM": "", "SUN": "Soviet Union", "RUS": "Russia", "PRK": "", "KOR": "",
		"AUS": "Australia", "AUT": "Austria", "CMR": "", "KHM": "", "NER": "", "NGA": "", "PRT": ""} {
		n := g.Node(id)
		if n == nil || n.Kind != graph.KindState || (name != "" && n.Name != name) {
			t.Errorf("state %s: %+v", id, n)
		}
	}
	// Spot checks of the variants and of COW's continuing states against
	// what the rows say: a window is the state that held its middle day.
	pairs := map[string]map[[2]string]float64{}
	for e := range g.AllEvents() {
		w := fmt.Sprintf("%d-%d", e.Date.Year, e.End.Year)
		if pairs[w] == nil {
			pairs[w] = map[[2]string]float64{}
		}
		pairs[w][[2]string{e.Subject, e.Object}] += e.Goldstein
	}
	for _, c := range []struct {
		window, a, b string
		sign         float64
	}{
		{"1960-1963", "AUS", "USA", 1}, {"1960-1963", "PRK", "KOR", -1}, {"1960-1963", "PRT", "ESP", 1}, {"1960-1963", "SUN", "POL", 1},
		{"1960-1963", "DDR", "SUN", 1}, {"1960-1963", "KOR", "USA", 1}, {"1960-1963", "USA", "AUS", 1},
		{"1989-1992", "SUN", "POL", 1}, {"1990-1993", "RUS", "USA", 1}, {"1992-1995", "RUS", "KAZ", 1}, {"1966-1969", "VDR", "USA", -1}, {"1979-1982", "VNM", "SUN", 1},
	} {
		if v := pairs[c.window][[2]string{c.a, c.b}]; v*c.sign <= 0 {
			t.Errorf("%s: %s → %s is %v, want the sign %v", c.window, c.a, c.b, v, c.sign)
		}
	}
	for w, p := range pairs {
		for k := range p {
			if (k[0] == "RUS" || k[1] == "RUS") && w < "1990" || (k[0] == "SUN" || k[1] == "SUN") && w >= "1990" {
				t.Errorf("%s: %s → %s", w, k[0], k[1])
			}
		}
	}
}

// TestCodeListEvidence: the embedded list holds the Pajek files' own codes
// only, each in the file it documents, with a state and its evidence, and
// none that the gazetteer's COW codes already map to the same state (with
// them it maps every code of the file: TestDyadicCOW).
func TestCodeListEvidence(t *testing.T) {
	rows, err := csv.NewReader(bytes.NewReader(cowPajekCSV)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(rows[0], ",") != "code,state,from,to,name,evidence" {
		t.Fatalf("header %v", rows[0])
	}
	data, err := os.ReadFile(cowFile)
	if err != nil {
		t.Fatal(err)
	}
	inFile := map[string]graph.Date{} // code → a window's middle it appears in
	for _, ln := range strings.Split(string(data), "\n")[1:] {
		if f := strings.Split(ln, ","); len(f) == 6 {
			y, _ := strconv.Atoi(f[1])
			mid := graph.Date{Year: y + 2, Precision: graph.PrecisionYear}
			for _, c := range f[3:5] {
				if _, ok := inFile[c]; !ok {
					inFile[c] = mid
				}
			}
		}
	}
	z := gazetteer.Default()
	for _, r := range rows[1:] {
		code, state, evidence := r[0], r[1], r[5]
		at, ok := inFile[code]
		if !ok || state == "" || len(evidence) < 20 || !strings.HasPrefix(evidence, "COW ") {
			t.Errorf("code list row %v", r)
		}
		if id, ok := z.StateByCOW(code, at); ok && id == state && r[2] == "" && r[3] == "" {
			t.Errorf("%s: the gazetteer's COW codes map it to %s already; drop the row", code, id)
		}
	}
}

func writeFile(t *testing.T, name, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestDyadicErrors(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		opt        DatasetOptions
		want       string
	}{
		{"missing-sign.csv", "source,target\nUSA,CAN\n", DatasetOptions{Format: "dyadic"}, `:1: the header "source,target" lacks the sign or weight column`},
		{"missing-target.csv", "source,to,sign\nUSA,CAN,1\n", DatasetOptions{Format: "dyadic"}, `:1: the header "source,to,sign" lacks the target column`},
		{"not-a-number.csv", "source,target,sign\nUSA,CAN,1\nUSA,MEX,plus\n", DatasetOptions{}, `not-a-number.csv:3:9: sign "plus" is not a number`},
		{"columns.csv", "source,target,sign\nUSA,CAN,1,2\n", DatasetOptions{}, `columns.csv:2:1: 4 columns, the header has 3`},
		{"window.csv", "window,source,target,sign\n1946-19x9,USA,CAN,1\n", DatasetOptions{}, `window.csv:2:1: window "1946-19x9" is not START/END or YYYY-YYYY`},
		{"years.csv", "first_year,last_year,source,target,weight\n1950,1949,USA,CAN,2\n", DatasetOptions{}, `years.csv:2:6: the window ends (1949) before it starts (1950)`},
		{"date.csv", "source,target,sign,date\nUSA,CAN,1,2021-02-30\n", DatasetOptions{}, `date.csv:2:11: date "2021-02-30": February 2021 has 28 days`},
		{"unmapped.csv", "source,target,sign\nUSA,CAN,1\nXXQ,CAN,-1\nUSA,ZZQ,1\nXXQ,USA,1\n", DatasetOptions{},
			`unmapped.csv:3:1: 2 state codes map to no state (code lists tried: cow, cow-pajek, names): XXQ (line 3, 2 rows), ZZQ (line 4, 1 row); give a codes file with --codes FILE`},
		{"empty-source.csv", "source,target,sign\n,CAN,1\n", DatasetOptions{}, `empty-source.csv:2:1: the source is empty`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := writeFile(t, tc.name, tc.text)
			g, _, err := Load([]string{p}, Options{Dataset: tc.opt})
			if err == nil || g != nil {
				t.Fatalf("no error (graph %v)", g)
			}
			if !strings.Contains(err.Error(), tc.want) || strings.Contains(strings.TrimSpace(err.Error()), "\n") {
				t.Errorf("error %q, want one line with %q", err, tc.want)
			}
		})
	}
}

func TestDyadicFormats(t *testing.T) {
	// TSV, renamed columns, dates, a codes file, directed rows.
	codes := writeFile(t, "codes.csv", "code,state,from,to,name\nUS,United States,,,\nRU,SUN,1922,1991,Soviet Union\nRU,Russia,1992,,\nCU,CUB,,,\n")
	p := writeFile(t, "votes.tsv", "from\tto\tagreement\tdate\nUS\tRU\t-0.5\t1985\nRU\tCU\t0.9\t1985-06\nUS\tRU\t0.2\t1995\n")
	g, sum, err := Load([]string{p}, Options{Dataset: DatasetOptions{Codes: codes, Directed: true, Columns: map[string]string{"source": "from", "target": "to", "weight": "agreement"}}})
	if err != nil {
		t.Fatal(err)
	}
	if g.NumEvents() != 3 || sum.Datasets[0].Codes != codes || g.Node("SUN") == nil || g.Node("SUN").Name != "Soviet Union" {
		t.Fatalf("%d events, %+v", g.NumEvents(), sum.Datasets[0])
	}
	var got []string
	for _, e := range g.Events() {
		got = append(got, e.Date.String()+" "+e.Subject+">"+e.Object)
	}
	if strings.Join(got, ", ") != "1985 USA>SUN, 1985-06 SUN>CUB, 1995 USA>RUS" {
		t.Errorf("events: %v", got)
	}
	// Codes that are the actors themselves.
	p = writeFile(t, "tribes.csv", "source,target,sign\nGama,Gahuku,1\nGama,Ove,-1\n")
	g, _, err = Load([]string{p}, Options{Dataset: DatasetOptions{Codes: CodesSelf}})
	if err != nil {
		t.Fatal(err)
	}
	if g.NumEvents() != 4 || g.Node("Gama") == nil || g.Node("Gama").Kind != graph.KindState {
		t.Errorf("self codes: %d events, %+v", g.NumEvents(), g.Node("Gama"))
	}
}

// TestDyadicSummarySameEnds: the summary names rows dropped with one actor
// at both ends only when there are some, and calls them states only when
// the codes map to states: the Gahuku-Gama tribes (--codes self) drop none
// and are no states; the COW network drops four (a state's two codes).
func TestDyadicSummarySameEnds(t *testing.T) {
	for _, tc := range []struct {
		file, codes, want, not string
	}{
		{"../../shared/data/signed/gahuku-gama-tribes.csv", CodesSelf, "kept 58: 29 positive, 29 negative, 0 zero; codes through the self", "dropped"},
		{"../../shared/data/signed/cow-signed-1946-1999.csv", "", "; dropped 4 with one state at both ends; codes through the cow-pajek list", "actor"},
	} {
		_, sum, err := Load([]string{tc.file}, Options{Dataset: DatasetOptions{Codes: tc.codes}})
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		sum.Datasets[0].WriteTo(&b)
		if !strings.Contains(b.String(), tc.want) || strings.Contains(b.String(), tc.not) {
			t.Errorf("%s: summary %q, want %q and no %q", tc.file, b.String(), tc.want, tc.not)
		}
	}
}

// A dyadic file that writes today's ISO codes for every year: "RUS" in
// 1975 is the Soviet Union, "CZE" Czechoslovakia, as the COW codes 365 and
// 315 would say; "HRV" in 1995 is Croatia, and a year the change falls in
// (RUS in 1991) keeps the code's state.
func TestDyadicISOCodesOnTheirDates(t *testing.T) {
	p := filepath.Join(t.TempDir(), "iso.csv")
	os.WriteFile(p, []byte("source,target,sign,date\nRUS,USA,-1,1975\nCZE,DEU,1,1980-05\nHRV,SRB,-1,1995\nRUS,UKR,1,1991\n"), 0o644)
	w := filepath.Join(filepath.Dir(p), "windows.csv")
	os.WriteFile(w, []byte("window,source,target,sign\n1984-1987,RUS,USA,-1\n1989-1992,HRV,SVN,1\n"), 0o644)
	g, sum, err := Load([]string{p}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	// The summary says how many rows were read so (nothing did before).
	if r := sum.Datasets[0].Redated; r.Rows != 3 || r.SameState != 0 || r.By["RUS SUN"] != 1 || r.By["CZE CSK"] != 1 || r.By["SRB YUG"] != 1 || len(r.By) != 3 {
		t.Errorf("re-mapped by date: %+v; want 3 rows: RUS as SUN, CZE as CSK, SRB as YUG", r)
	}
	got := map[string]bool{}
	for _, e := range g.Events() {
		got[e.Subject+" "+e.Object+" "+e.Date.String()] = true
	}
	for _, w := range []string{"SUN USA 1975", "CSK DEU 1980-05", "HRV YUG 1995", "RUS UKR 1991"} {
		if !got[w] {
			t.Errorf("no event %s; events %v", w, got)
		}
	}
	// A window all before the Soviet Union's end is its; one that reaches
	// past Croatia's independence is Croatia's.
	g, _, err = Load([]string{w}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got = map[string]bool{}
	for _, e := range g.Events() {
		got[e.Subject+" "+e.Object] = true
	}
	if !got["SUN USA"] || !got["HRV SVN"] {
		t.Errorf("windows: events %v; want SUN USA (1984-1987) and HRV SVN (1989-1992)", got)
	}
}

// Dyadic files as spreadsheets write them: Excel's "CSV UTF-8" puts a
// byte-order mark before a quoted header ("cannot read the header: bare \"
// in non-quoted-field" before), and where the decimal mark is a comma it
// separates fields with ';' and writes 0,5 (the file was not recognised).
func TestDyadicSpreadsheetCSV(t *testing.T) {
	dir := t.TempDir()
	plain := filepath.Join(dir, "plain.csv")
	os.WriteFile(plain, []byte("source,target,weight,date\nUSA,RUS,-0.5,1985\nUSA,GBR,1.25,1985\n"), 0o644)
	bom := filepath.Join(dir, "bom.csv")
	os.WriteFile(bom, []byte("\ufeff\"source\",\"target\",\"weight\",\"date\"\r\n\"USA\",\"RUS\",\"-0.5\",\"1985\"\r\n\"USA\",\"GBR\",\"1.25\",\"1985\"\r\n"), 0o644)
	semi := filepath.Join(dir, "semicolon.csv")
	os.WriteFile(semi, []byte("source;target;weight;date\nUSA;RUS;-0,5;1985\nUSA;GBR;1,25;1985\n"), 0o644)
	events := func(p string) []string {
		g, _, err := Load([]string{p}, Options{})
		if err != nil {
			t.Fatalf("%s: %v", filepath.Base(p), err)
		}
		var out []string
		for _, e := range g.Events() {
			out = append(out, fmt.Sprintf("%s %s %s %g", e.Subject, e.Object, e.Date, e.Goldstein))
		}
		sort.Strings(out)
		return out
	}
	want := events(plain)
	for _, p := range []string{bom, semi} {
		if got := events(p); !reflect.DeepEqual(got, want) || len(want) != 4 {
			t.Errorf("%s: %v, want %v", filepath.Base(p), got, want)
		}
	}
	bad := filepath.Join(dir, "bad.csv")
	os.WriteFile(bad, []byte("source;target;weight\nUSA;RUS;x\n"), 0o644)
	if _, _, err := Load([]string{bad}, Options{}); err == nil || !strings.Contains(err.Error(), `bad.csv:2:9: weight "x" is not a number`) {
		t.Errorf("bad weight: %v", err)
	}
}

// A real file in the Correlates of War list's own codes (UN General
// Assembly agreement scores, testdata/dyadic/unga-scoresum.csv, see its
// README): Austria is AUS next to Australia AUL, Cambodia CAM next to
// Cameroon CAO, Nigeria NIG next to Niger NIR. The Pajek files' variants
// also map every one of those codes, and auto tried them first: Austria
// was read as Australia, Cambodia as Cameroon, Nigeria as Niger, and the
// Austria–Australia, Cambodia–Cameroon and Nigeria–Niger rows were dropped
// as within one state (199 dropped, not the 193 self-pairs).
func TestDyadicCOWListCodes(t *testing.T) {
	p := "testdata/dyadic/unga-scoresum.csv"
	g, sum, err := Load([]string{p}, Options{Dataset: DatasetOptions{Directed: true, Columns: map[string]string{"source": "Country1", "target": "Country2", "weight": "scoreSum"}}})
	if err != nil {
		t.Fatal(err)
	}
	ds := sum.Datasets[0]
	if ds.Codes != CodesCOW || ds.Rows != 16 || ds.Dropped.SameState != 1 || ds.Kept() != 15 {
		t.Errorf("summary: codes %q, %d rows, %d kept, %d within one state; want cow, 16, 15, 1 (AUS-AUS)", ds.Codes, ds.Rows, ds.Kept(), ds.Dropped.SameState)
	}
	got := map[string]float64{}
	for _, e := range g.Events() {
		got[e.Subject+">"+e.Object] += e.Goldstein
	}
	for pair, w := range map[string]float64{"AUT>AUS": 1729, "AUS>AUT": 1729, "KHM>CMR": 1464, "CMR>KHM": 1464, "NGA>NER": 1826, "NER>NGA": 1826,
		"KHM>CHN": 1798, "NGA>GHA": 2161, "NER>MLI": 1822, "AUS>USA": 589, "AUT>USA": 72, "CMR>FRA": 394, "VNM>CHN": 2037, "CUB>USA": -1474} {
		if got[pair] != w {
			t.Errorf("%s: %v, want %v (the file's score)", pair, got[pair], w)
		}
	}
	if n := g.NumEvents(); n != 15 {
		t.Errorf("%d events, want 15 (directed, the self-pair dropped)", n)
	}
}

// Real rows of COW's dyadic MID data (4.02, testdata/dyadic/README.md),
// which begin in 1816: numeric COW codes, a year, no sign (every row is a
// militarised dispute: --columns sign=-1). A code of before 1945 that means
// no state the gazetteer holds (Austria-Hungary 300, COW's 345 of 1913,
// Serbia) stopped the whole load ("map to no state"), though the gazetteer
// cannot hold those states: such rows are dropped and counted now, by code.
// Before 1945 no code is re-mapped (Estonia in 1939 was Estonia, not the
// Soviet Union); after, 365 is the Soviet Union in 1954 and Russia in 1995.
func TestDyadicMIDBefore1945(t *testing.T) {
	p := "testdata/dyadic/dyadic_mid_4.02-excerpt.csv"
	g, sum, err := Load([]string{p}, Options{Dataset: DatasetOptions{Directed: true, Columns: map[string]string{"source": "statea", "target": "stateb", "sign": "-1", "date": "year"}}})
	if err != nil {
		t.Fatal(err)
	}
	ds := sum.Datasets[0]
	if ds.Rows != 9 || ds.Kept() != 6 || ds.Negative != 6 || ds.Dropped.NotState != 3 || ds.Before1945["300"] != 2 || ds.Before1945["345"] != 1 || ds.Codes != CodesCOW {
		t.Errorf("summary: %d rows, %d kept (%d negative), %d dropped before 1945 %v, codes %s", ds.Rows, ds.Kept(), ds.Negative, ds.Dropped.NotState, ds.Before1945, ds.Codes)
	}
	var got []string
	for _, e := range g.Events() {
		got = append(got, fmt.Sprintf("%s %s>%s %g", e.Date, e.Subject, e.Object, e.Goldstein))
	}
	sort.Strings(got)
	want := []string{"1902 USA>GBR -1", "1939 EST>SUN -1", "1954 USA>SUN -1", "1961 DEU>DDR -1", "1995 RUS>JPN -1", "1999 USA>YUG -1"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("events %v, want %v", got, want)
	}
	var b strings.Builder
	ds.WriteTo(&b)
	if !strings.Contains(b.String(), "dropped 3 rows dated before 1945 with a code of no state the gazetteer holds then (its states begin in 1945): 300 2, 345 1") {
		t.Errorf("summary text:\n%s", b.String())
	}
	// A code of no state after 1945 is still an error.
	bad := writeFile(t, "mid.csv", "statea,stateb,year\n2,999,1950\n")
	if _, _, err := Load([]string{bad}, Options{Dataset: DatasetOptions{Columns: map[string]string{"source": "statea", "target": "stateb", "sign": "-1", "date": "year"}}}); err == nil || !strings.Contains(err.Error(), "mid.csv:2:3: 1 state code maps to no state") {
		t.Errorf("999 in 1950: %v", err)
	}
}

// A dyadic file whose header names its columns otherwise (the UN scores'
// countryPair,scoreSum,Country1,Country2,same) is refused with the way to
// read it: --columns.
func TestDyadicOtherNamesSayColumns(t *testing.T) {
	_, _, err := Load([]string{"testdata/dyadic/unga-scoresum.csv"}, Options{})
	if err == nil || !strings.Contains(err.Error(), "unga-scoresum.csv") || !strings.Contains(err.Error(), "--columns source=") {
		t.Errorf("%v", err)
	}
}
