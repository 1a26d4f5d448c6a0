package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/blocgraph/blocgraph/analysis"
)

func TestTimelineCommand(t *testing.T) {
	code, out, errOut := run(t, "", "timeline", "--every", "1y", "--method", "signed", "--format", "json", testdata)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var tl struct {
		Every   string `json:"every"`
		Periods []struct {
			Label  string `json:"label"`
			Empty  bool   `json:"empty"`
			Events int    `json:"events"`
			Blocs  []struct {
				ID      int      `json:"id"`
				Label   string   `json:"label"`
				Members []string `json:"members"`
			} `json:"blocs"`
			States []struct {
				ID   string `json:"id"`
				Bloc int    `json:"bloc"`
			} `json:"states"`
		} `json:"periods"`
		Blocs  []struct{ Label string } `json:"blocs"`
		States []struct {
			ID    string `json:"id"`
			Blocs []*int `json:"blocs"`
		} `json:"states"`
		Moves []struct{} `json:"moves"`
	}
	if err := json.Unmarshal([]byte(out), &tl); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if tl.Every != "1y" || len(tl.Periods) != 4 || tl.Periods[0].Label != "2021" || tl.Periods[3].Label != "2024" {
		t.Fatalf("periods: %+v", tl.Periods)
	}
	// 2021 is the seed article: the socialist bloc against the United States bloc.
	p := tl.Periods[0]
	if len(p.Blocs) != 2 || p.Blocs[0].Label != "socialist bloc" || !strings.Contains(strings.Join(p.Blocs[0].Members, ","), "PRK") {
		t.Errorf("2021: %+v", p.Blocs)
	}
	for _, s := range tl.States {
		if s.ID == "PRK" {
			for i, b := range s.Blocs {
				if b == nil || *b != 0 {
					t.Errorf("PRK is not in the socialist bloc in %s", tl.Periods[i].Label)
				}
			}
		}
	}
}

func TestTimelineBadInput(t *testing.T) {
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"--every", "1q"}, 2, `--every "1q" is not a length of time`},
		{[]string{"--every", "1y", "--window", "6m"}, 2, "--window 6m is shorter than the step --every 1y"},
		{[]string{"--every", "1y", "--window", "x"}, 2, `--window "x" is not a length of time`},
		{[]string{"--every", "data"}, 1, "--every data: the data have no windows of their own"},
		{[]string{"--match-threshold", "2"}, 2, "--match-threshold 2: the least Jaccard overlap of two blocs' members must be a number above 0 and at most 1"},
		{[]string{"--match-threshold", "NaN"}, 2, "--match-threshold NaN: the least Jaccard overlap"},
		{[]string{"--match-threshold", "Inf"}, 2, "--match-threshold +Inf: the least Jaccard overlap"},
		{[]string{"--match-threshold", "-Inf"}, 2, "--match-threshold -Inf: the least Jaccard overlap"},
		{[]string{"--match-threshold", "0"}, 2, "--match-threshold 0: the least Jaccard overlap"},
		{[]string{"--since", "2030"}, 1, "no dated events in the window"},
	} {
		code, out, errOut := run(t, "", append(append([]string{"timeline"}, tc.args...), testdata)...)
		if code != tc.code || out != "" || !strings.Contains(errOut, tc.want) || strings.Count(strings.TrimSpace(errOut), "\n") > 0 {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit %d and one line with %q", tc.args, code, out, errOut, tc.code, tc.want)
		}
	}
}

const cowSigned = "../../../shared/data/signed/cow-signed-1946-1999.csv"

// TestTimelinePicture: timeline --svg draws a row for every state of the
// timeline and a mark for every move, on the COW windows and on testdata
// by month; the README's pictures in docs/ are these (go test -update
// rewrites them).
func TestTimelinePicture(t *testing.T) {
	for _, tc := range []struct {
		args   []string
		golden string
	}{
		{[]string{"--every", "data", cowSigned}, "../../docs/timeline-cow.svg"},
		{[]string{"--every", "1m", testdata}, "../../docs/timeline-testdata.svg"},
	} {
		pic := filepath.Join(t.TempDir(), "t.svg")
		code, out, errOut := run(t, "", append([]string{"timeline", "--format", "json", "--svg", pic}, tc.args...)...)
		if code != 0 {
			t.Fatalf("%v: exit %d\n%s", tc.args, code, errOut)
		}
		var tl struct {
			States []struct {
				ID, Name string
				Names    []struct{ Name string }
			} `json:"states"`
			Moves []struct{ State string } `json:"moves"`
		}
		if err := json.Unmarshal([]byte(out), &tl); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(pic)
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		rows, marks := strings.Count(s, `<text class="row"`), strings.Count(s, `<path class="move"`)
		if rows != len(tl.States) || marks != len(tl.Moves) || rows == 0 {
			t.Errorf("%v: %d rows for %d states, %d move marks for %d moves", tc.args, rows, len(tl.States), marks, len(tl.Moves))
		}
		esc := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace
		renamed := 0
		for _, st := range tl.States {
			if !strings.Contains(s, "<title>"+esc(st.Name)) {
				t.Errorf("%v: no row for %s (%s)", tc.args, st.Name, st.ID)
			}
			// A state renamed over the periods is named as it was in
			// each cell's tooltip (West Germany in 1952-1955).
			for _, n := range st.Names {
				renamed++
				if !strings.Contains(s, "<title>"+esc(n.Name)+" — ") {
					t.Errorf("%v: no cell of %s (%s) is named %s", tc.args, st.Name, st.ID, n.Name)
				}
			}
		}
		if tc.golden == "../../docs/timeline-cow.svg" && renamed == 0 {
			t.Errorf("%v: no state renamed over the COW windows (West Germany, Zaire)", tc.args)
		}
		if !strings.Contains(errOut, "wrote "+pic) {
			t.Errorf("stderr %q", errOut)
		}
		if *update {
			if err := os.WriteFile(tc.golden, b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		if want, err := os.ReadFile(tc.golden); err != nil || !bytes.Equal(want, b) {
			t.Errorf("%v: the picture differs from %s (%v); go test ./cmd/blocgraph -run TestTimelinePicture -update rewrites it", tc.args, tc.golden, err)
		}
	}
}

// TestExportTimeline: export --format gexf --timeline over the COW windows
// writes a dynamic GEXF whose every state has, per period it has events
// in, the bloc the timeline gives it, over intervals that do not overlap
// (a window holds until the next one starts), inside the data's years.
func TestExportTimeline(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cow.gexf")
	code, _, errOut := run(t, "", "export", "--format", "gexf", "--timeline", "--every", "data", "-o", path, cowSigned)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	code, out, errOut := run(t, "", "timeline", "--every", "data", "--format", "json", cowSigned)
	if code != 0 {
		t.Fatalf("timeline: exit %d: %s", code, errOut)
	}
	var tl struct {
		Periods []struct {
			Start  string `json:"start"`
			States []struct {
				ID   string `json:"id"`
				Bloc int    `json:"bloc"`
			} `json:"states"`
		} `json:"periods"`
	}
	if err := json.Unmarshal([]byte(out), &tl); err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{} // state → "start:bloc" per period
	for _, p := range tl.Periods {
		for _, s := range p.States {
			want[s.ID] = append(want[s.ID], fmt.Sprintf("%s-01-01:%d", p.Start, s.Bloc))
		}
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Attributes []struct {
			Mode  string `xml:"mode,attr"`
			Class string `xml:"class,attr"`
			Attrs []struct {
				ID    string `xml:"id,attr"`
				Title string `xml:"title,attr"`
			} `xml:"attribute"`
		} `xml:"graph>attributes"`
		Nodes []struct {
			ID     string `xml:"id,attr"`
			Values []struct {
				For   string `xml:"for,attr"`
				Value string `xml:"value,attr"`
				Start string `xml:"start,attr"`
				End   string `xml:"end,attr"`
			} `xml:"attvalues>attvalue"`
		} `xml:"graph>nodes>node"`
		Edges []struct{} `xml:"graph>edges>edge"`
	}
	if err := xml.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	blocID := ""
	for _, a := range doc.Attributes {
		for _, x := range a.Attrs {
			if a.Class == "node" && a.Mode == "dynamic" && x.Title == "bloc" {
				blocID = x.ID
			}
		}
	}
	if blocID == "" || len(doc.Nodes) != len(want) || len(doc.Edges) == 0 {
		t.Fatalf("bloc attribute %q, %d nodes for %d states, %d edges", blocID, len(doc.Nodes), len(want), len(doc.Edges))
	}
	for _, n := range doc.Nodes {
		var got []string
		last := ""
		for _, v := range n.Values {
			if v.For != blocID {
				continue
			}
			got = append(got, v.Start+":"+v.Value)
			if v.Start <= last || v.End < v.Start || v.Start < "1946-01-01" || v.End > "1999-12-31" {
				t.Errorf("%s: interval %s..%s after one ending %s", n.ID, v.Start, v.End, last)
			}
			last = v.End
		}
		if strings.Join(got, " ") != strings.Join(want[n.ID], " ") {
			t.Errorf("%s: blocs %v, want %v", n.ID, got, want[n.ID])
		}
	}
	code, _, errOut = run(t, "", "export", "--format", "graphml", "--timeline", cowSigned)
	if code != 2 || !strings.Contains(errOut, "--timeline writes a dynamic GEXF") {
		t.Errorf("--timeline with graphml: exit %d, %q", code, errOut)
	}
}

// TestPartnersTimeline: partners --timeline --with gives the pair's
// relation per month, and the months sum to the pair's relation over the
// whole window (calendar periods share no day); without --with, each
// period lists the state's partners; bad flags are usage errors.
func TestPartnersTimeline(t *testing.T) {
	code, out, errOut := run(t, "", "partners", "--timeline", "--every", "1m", "--with", "Cuba", "--format", "json", "PRK", testdata)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	type partner struct {
		ID          string  `json:"id"`
		Net         float64 `json:"net"`
		Cooperation float64 `json:"cooperation"`
		Conflict    float64 `json:"conflict"`
		Events      []struct {
			Date string `json:"date"`
		} `json:"events"`
	}
	var tl struct {
		State, With string
		Periods     []struct {
			Label  string    `json:"label"`
			Events int       `json:"events"`
			Allies []partner `json:"allies"`
			Pair   *partner  `json:"pair"`
		} `json:"periods"`
	}
	if err := json.Unmarshal([]byte(out), &tl); err != nil {
		t.Fatal(err)
	}
	if tl.State != "PRK" || tl.With != "CUB" || len(tl.Periods) != 40 {
		t.Fatalf("%s with %s over %d periods", tl.State, tl.With, len(tl.Periods))
	}
	sum, months := 0.0, []string{}
	for _, p := range tl.Periods {
		if p.Pair == nil || p.Pair.ID != "CUB" {
			t.Fatalf("%s: pair %+v", p.Label, p.Pair)
		}
		if p.Pair.Net != 0 {
			months = append(months, fmt.Sprintf("%s %+.1f", p.Label, p.Pair.Net))
			for _, e := range p.Pair.Events {
				if !strings.HasPrefix(e.Date, p.Label) {
					t.Errorf("%s: an event of %s", p.Label, e.Date)
				}
			}
		}
		sum += p.Pair.Net
	}
	code, out, errOut = run(t, "", "partners", "--format", "json", "PRK", testdata)
	if code != 0 {
		t.Fatalf("partners: exit %d: %s", code, errOut)
	}
	var whole struct{ Allies []partner }
	if err := json.Unmarshal([]byte(out), &whole); err != nil {
		t.Fatal(err)
	}
	wholeNet := 0.0
	for _, a := range whole.Allies {
		if a.ID == "CUB" {
			wholeNet = a.Net
		}
	}
	if strings.Join(months, ", ") != "2021-03 +3.2, 2021-04 +16.4" || math.Abs(sum-wholeNet) > 1e-9 {
		t.Errorf("PRK–CUB per month: %v (sum %g), over the window %g", months, sum, wholeNet)
	}
	code, out, _ = run(t, "", "partners", "--timeline", "--every", "1m", "PRK", testdata)
	if code != 0 || !strings.Contains(out, "2021-04            8       Cuba +16.4                        United States -12.0, Japan -8.0, South Korea -4.0") ||
		!strings.Contains(out, "2021-05 … 2022-01  0       no events in these 9 periods") {
		t.Errorf("partners --timeline: exit %d\n%s", code, out)
	}
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"--with", "Cuba", "PRK"}, 2, "--with goes with --timeline"},
		{[]string{"--timeline", "--with", "North Korea", "PRK"}, 2, "names North Korea itself"},
		{[]string{"--timeline", "--every", "1q", "PRK"}, 2, `--every "1q" is not a length of time`},
		{[]string{"--timeline", "--since", "2024-01", "CUB"}, 1, "no event in the window involves Cuba"},
	} {
		code, out, errOut := run(t, "", append(append([]string{"partners"}, tc.args...), testdata)...)
		if code != tc.code || out != "" || !strings.Contains(errOut, tc.want) {
			t.Errorf("%v: exit %d, %q, %q; want exit %d and %q", tc.args, code, out, errOut, tc.code, tc.want)
		}
	}
}

// TestTimelineStreamSameAsGraph: timeline, partners --timeline and export
// --timeline write the same bytes whether the dataset events are folded
// into the periods as they are read (calendar steps, and the COW file's
// own windows) or loaded into a graph and folded from it: on synthetic
// GDELT rows over 2019 in three files, and testdata with the shared
// export, with and without aggregation, rolling windows and a window; and
// on the COW file by its windows, alone and with testdata's facts (events
// with no window of their own, which count in every window they touch).
func TestTimelineStreamSameAsGraph(t *testing.T) {
	needFile(t, sharedGDELT)
	needFile(t, cowSigned)
	inputs := [][]string{synthGDELT(t, 3, 20000), {testdata, sharedGDELT}, {cowSigned}, {cowSigned, testdata}}
	commands := [][]string{
		{"timeline", "--every", "1m", "--format", "json"},
		{"timeline", "--every", "1w", "--method", "signed"},
		{"timeline", "--every", "1m", "--since", "2019-03-10", "--until", "2019-06-15", "--half-life", "20", "--format", "json"},
		{"timeline", "--every", "1m", "--window", "3m", "--aggregate", "month", "--format", "csv"},
		{"timeline", "--every", "1y", "--since", "2019-02-10", "--until", "2019-11", "--moves", "0"},
		{"partners", "--timeline", "--every", "1m", "USA", "--format", "json"},
		{"partners", "--timeline", "--every", "3m", "--with", "CHN", "USA"},
		{"export", "--format", "gexf", "--timeline", "--every", "1m"},
	}
	data := [][]string{
		{"timeline", "--every", "data", "--format", "json"},
		{"timeline", "--every", "data", "--method", "signed", "--moves", "0", "--top", "0"},
		{"timeline", "--every", "data", "--since", "1960", "--until", "1979", "--half-life", "365", "--format", "csv"},
		{"partners", "--timeline", "--every", "data", "--with", "CUB", "RUS", "--format", "json"},
		{"export", "--format", "gexf", "--timeline", "--every", "data"},
	}
	for _, in := range inputs {
		cmds := commands
		switch {
		case len(in) == 1 && in[0] == cowSigned:
			cmds = data
		case in[0] == cowSigned:
			cmds = data[:1]
		}
		for _, cmd := range cmds {
			args := append(append([]string{}, cmd...), in...)
			c1, out1, err1, c2, out2, err2 := runFoldAndGraph(t, args)
			name := strings.Join(args, " ")
			if c1 != 0 || c1 != c2 || out1 != out2 || err1 != err2 {
				t.Errorf("%s: the stream gives exit %d, the graph %d; first difference:\n%s", name, c1, c2, firstDiff(out1+err1, out2+err2))
			}
		}
	}
}

// TestTimelineMemoryFlat: timeline folds a dataset's events into its
// periods as it reads them, so its heap grows no more for 300,000 distinct
// events than for 30,000.
func TestTimelineMemoryFlat(t *testing.T) {
	heapFlatInRows(t, "timeline", "--every", "1w", "--top", "3")
}

// TestTimelineJSONStreamed: the timeline's JSON, written a period at a
// time, is the bytes writeJSON writes of the whole timeline, on testdata by
// month (empty periods among them) and on the COW windows.
func TestTimelineJSONStreamed(t *testing.T) {
	needFile(t, cowSigned)
	for _, args := range [][]string{{"--every", "1m", testdata}, {"--every", "data", cowSigned}} {
		tl, out := timelineJSONOut(t, args...)
		var whole bytes.Buffer
		if err := writeJSON(&whole, &tl); err != nil {
			t.Fatal(err)
		}
		if whole.String() != out || len(tl.Periods) < 40 {
			t.Errorf("%v: the streamed JSON differs from the whole; first difference:\n%s", args, firstDiff(out, whole.String()))
		}
	}
	var empty bytes.Buffer
	if err := writeTimelineJSON(&empty, &analysis.Timeline{Periods: []analysis.TimelinePeriod{}}); err != nil || !strings.Contains(empty.String(), `"periods": [],`) {
		t.Errorf("no periods: %v %s", err, empty.String())
	}
}

// timelineJSON runs timeline with args and --format json and decodes the
// periods and warnings.
func timelineJSON(t *testing.T, args ...string) analysis.Timeline {
	t.Helper()
	tl, _ := timelineJSONOut(t, args...)
	return tl
}

// timelineJSONOut is timelineJSON, with the JSON as written.
func timelineJSONOut(t *testing.T, args ...string) (analysis.Timeline, string) {
	t.Helper()
	code, out, errOut := run(t, "", append([]string{"timeline", "--format", "json"}, args...)...)
	if code != 0 {
		t.Fatalf("%v: exit %d %s", args, code, errOut)
	}
	var tl analysis.Timeline
	if err := json.Unmarshal([]byte(out), &tl); err != nil {
		t.Fatal(err)
	}
	return tl, out
}

// TestTimelinePeriodFinding: each period says whether its blocs are a
// finding, as report says it of one window: with --null N, from the test
// against chance (its p in JSON, the same in the CSV and the table);
// untested, the blocs of the COW windows stand where the modularity is
// 0.3 or more and are weak below.
func TestTimelinePeriodFinding(t *testing.T) {
	needFile(t, cowSigned)
	tested := timelineJSON(t, "--every", "1y", "--null", "20", testdata)
	for _, p := range tested.Periods {
		r := timelineJSON(t, "--every", "1y", "--null", "20", "--since", p.Start, "--until", p.End, testdata).Periods[0]
		if p.Null == nil || p.Finding != (p.Null.Significant && len(p.Blocs) > 0) || r.Null == nil || r.Null.P != p.Null.P || p.Significance == "" {
			t.Errorf("%s: finding %v, null %+v, significance %q", p.Label, p.Finding, p.Null, p.Significance)
		}
	}
	cow := timelineJSON(t, "--every", "data", cowSigned)
	standing := 0
	for _, p := range cow.Periods {
		weak := *p.Modularity < 0.3
		if p.Null != nil || p.Finding == weak || weak != strings.HasPrefix(p.Caveat, "weak") || p.FindingWord() != map[bool]string{true: "weak", false: "untested"}[weak] {
			t.Errorf("%s: Q %.3f, finding %v, caveat %q, word %q", p.Label, *p.Modularity, p.Finding, p.Caveat, p.FindingWord())
		}
		if p.Finding {
			standing++
		}
	}
	if standing < 40 {
		t.Errorf("only %d of the COW windows stand", standing)
	}
	code, out, _ := run(t, "", "timeline", "--every", "1y", "--null", "20", "--format", "csv", testdata)
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if code != 0 || err != nil || len(rows) < 2 {
		t.Fatalf("csv: exit %d, %v", code, err)
	}
	col := slices.Index(rows[0], "period_null_p")
	if col < 0 || rows[0][col-1] != "period_finding" {
		t.Fatalf("csv header: %v", rows[0])
	}
	for _, row := range rows[1:] {
		p := tested.Periods[slices.IndexFunc(tested.Periods, func(p analysis.TimelinePeriod) bool { return p.Label == row[0] })]
		if row[col] != num(p.Null.P) || row[col-1] != strconv.FormatBool(p.Finding) {
			t.Errorf("csv %s: finding %s, p %s; JSON %v, %v", row[0], row[col-1], row[col], p.Finding, p.Null.P)
		}
	}
	_, table, _ := run(t, "", "timeline", "--every", "1y", "--null", "20", testdata)
	if !strings.Contains(table, "FINDING") || !strings.Contains(table, tested.Periods[0].FindingWord()) || !strings.Contains(table, "against chance (--null N)") {
		t.Errorf("table:\n%s", table)
	}
}

// TestTimelineCoarseDates: an event dated to a month (the seed article's
// messages of 2021-04) counts once with --every 1d or 1w, in the period
// holding its first day, not in every day of its month, and the timeline
// says how many were so counted; by month nothing is coarser.
func TestTimelineCoarseDates(t *testing.T) {
	events := func(tl analysis.Timeline) int {
		n := 0
		for _, p := range tl.Periods {
			n += p.Events
		}
		return n
	}
	year := timelineJSON(t, "--every", "1y", testdata)
	for _, every := range []string{"1d", "1w", "10d"} {
		tl := timelineJSON(t, "--every", every, testdata)
		if events(tl) != events(year) || len(tl.Warnings) != 1 || !strings.Contains(tl.Warnings[0], "events are dated only to the month or year, more coarsely than the step --every "+every) {
			t.Errorf("--every %s: %d events over the periods, %d by year; warnings %q", every, events(tl), events(year), tl.Warnings)
		}
	}
	if tl := timelineJSON(t, "--every", "1m", testdata); len(tl.Warnings) != 0 || events(tl) != events(year) {
		t.Errorf("--every 1m: %d events, warnings %q", events(tl), tl.Warnings)
	}
	_, table, _ := run(t, "", "timeline", "--every", "1d", testdata)
	if !strings.Contains(table, "\nwarning: ") {
		t.Errorf("the table does not warn:\n%.400s", table)
	}
}

// TestTimelineCoarseWarned: partners --timeline and export --timeline count
// the coarse dates as timeline does and say so on stderr in its words (its
// CSV's line); by month, none of them warns.
func TestTimelineCoarseWarned(t *testing.T) {
	warning := func(args ...string) string {
		t.Helper()
		code, _, stderr := run(t, "", args...)
		if code != 0 {
			t.Fatalf("%v: exit %d %s", args, code, stderr)
		}
		var w []string
		for _, line := range strings.Split(stderr, "\n") {
			if strings.HasPrefix(line, "blocgraph: warning: ") {
				w = append(w, line)
			}
		}
		return strings.Join(w, "\n")
	}
	for _, every := range []string{"1w", "1m"} {
		want := warning("timeline", "--every", every, "--format", "csv", testdata)
		if (every == "1w") != strings.Contains(want, "dated only to the month or year, more coarsely than the step --every "+every) {
			t.Fatalf("--every %s: timeline warns %q", every, want)
		}
		for _, args := range [][]string{
			{"partners", "--timeline", "--every", every, "North Korea", testdata},
			{"partners", "--timeline", "--every", every, "--with", "Cuba", "--format", "json", "North Korea", testdata},
			{"export", "--timeline", "--every", every, "--format", "gexf", "-o", filepath.Join(t.TempDir(), "t.gexf"), testdata},
		} {
			if got := warning(args...); got != want {
				t.Errorf("%v: stderr warns %q; timeline %q", args, got, want)
			}
		}
	}
}

// TestTimelineClippedToWindow: the periods end with --until and start
// with --since, whether the events are folded as they are read or from the
// graph: --until 2021-05 --every 1w ends on 31 May, not on the Sunday
// after.
func TestTimelineClippedToWindow(t *testing.T) {
	for _, fold := range []bool{true, false} {
		foldDatasets = fold
		tl := timelineJSON(t, "--every", "1w", "--until", "2021-05", testdata)
		if last := tl.Periods[len(tl.Periods)-1]; last.End != "2021-05-31" || last.Label != "2021-05-31" {
			t.Errorf("fold %v: the last week is %s (%s to %s)", fold, last.Label, last.Start, last.End)
		}
		tl = timelineJSON(t, "--every", "1m", "--since", "2021-03-03", "--until", "2021-05-20", testdata)
		first, last := tl.Periods[0], tl.Periods[len(tl.Periods)-1]
		if first.Start != "2021-03-03" || first.End != "2021-03-31" || last.Start != "2021-05-01" || last.End != "2021-05-20" || len(tl.Periods) != 3 {
			t.Errorf("fold %v: %d periods, %s to %s", fold, len(tl.Periods), first.Start, last.End)
		}
	}
	foldDatasets = true
}

// TestTimelineStreamedSame: the timeline written as its periods come, with
// only what the end sections need kept (lean), is the output of the whole
// timeline kept and written at the end, to the byte, in every format and
// with the picture: on testdata by month and by rolling windows, on the
// COW windows by both methods, and on a GDELT file streamed by week.
func TestTimelineStreamedSame(t *testing.T) {
	needFile(t, cowSigned)
	dir := t.TempDir()
	runs := [][]string{
		{"--every", "1m", testdata},
		{"--every", "1y", "--window", "4y", "--moves", "0", "--top", "0", testdata},
		{"--every", "data", cowSigned},
		{"--every", "data", "--method", "signed", "--blocs", "2", "--moves", "0", cowSigned},
	}
	needFile(t, realGDELT)
	runs = append(runs, []string{"--every", "1w", "--since", "2021-05", "--until", "2021-06", realGDELT, testdata})
	for _, args := range runs {
		for _, format := range []string{"table", "json", "csv", "md"} {
			out := func(whole bool) (string, string, string) {
				wholeTimeline = whole
				defer func() { wholeTimeline = false }()
				pic := filepath.Join(dir, fmt.Sprintf("%v.svg", whole))
				code, stdout, stderr := run(t, "", append([]string{"timeline", "--format", format, "--svg", pic}, args...)...)
				if code != 0 {
					t.Fatalf("%v %s: exit %d %s", args, format, code, stderr)
				}
				svg, err := os.ReadFile(pic)
				if err != nil {
					t.Fatal(err)
				}
				return stdout, strings.ReplaceAll(stderr, pic, "PIC"), string(svg)
			}
			o1, e1, s1 := out(true)
			o2, e2, s2 := out(false)
			switch {
			case o1 != o2:
				t.Errorf("%v %s: the streamed output differs from the whole; first difference:\n%s", args, format, firstDiff(o2, o1))
			case e1 != e2:
				t.Errorf("%v %s: stderr %q, whole %q", args, format, e2, e1)
			case s1 != s2:
				t.Errorf("%v %s: the picture differs", args, format)
			case len(o1) < 500:
				t.Errorf("%v %s: %d bytes only", args, format, len(o1))
			case args[len(args)-1] == cowSigned && (!strings.Contains(o1, "Zaire") || !strings.Contains(s1, "West Germany")):
				t.Errorf("%v %s: no period names Zaire, or the picture West Germany (the states as in each period)", args, format)
			}
		}
	}
}

// TestTimelineRelabelLead: a bloc named by its members that continues but
// is named after another state first (its most central member changed) is
// relabelled, as one whose members earn another kind of label is; one
// whose first member stays, with others changed, is not; the Soviet Union
// followed by Russia is the same state. On the COW windows by both
// methods (the signed one has South Korea's bloc of 1950–1953 named after
// Taiwan in 1954–1957).
func TestTimelineRelabelLead(t *testing.T) {
	needFile(t, cowSigned)
	kinds := map[string]bool{"socialist bloc": true, "democracies": true, "autocracies": true}
	memberNamed := func(b analysis.PeriodBloc) bool {
		return len(b.Names) > 0 && !kinds[b.Label] && !strings.Contains(b.Label, "(") &&
			(b.Label == b.Names[0] || strings.HasPrefix(b.Label, b.Names[0]+",") || strings.HasPrefix(b.Label, b.Names[0]+" and "))
	}
	same := func(a, b string) bool { return a == b || a == "SUN" && b == "RUS" }
	leads := 0
	for _, method := range []string{"leiden", "signed"} {
		tl := timelineJSON(t, "--every", "data", "--method", method, cowSigned)
		last := map[int]analysis.PeriodBloc{}
		for _, p := range tl.Periods {
			relabel := map[int]analysis.BlocChange{}
			for _, c := range p.Changes {
				if c.Kind == analysis.ChangeRelabel {
					relabel[c.Bloc] = c
				}
			}
			for _, b := range p.Blocs {
				before, ok := last[b.ID]
				last[b.ID] = b
				if !ok || !memberNamed(before) || !memberNamed(b) {
					continue
				}
				c, got := relabel[b.ID]
				switch moved := !same(before.Members[0], b.Members[0]); {
				case moved && !got:
					t.Errorf("%s %s: bloc %d named %q after %q, with no relabel", method, p.Label, b.ID, b.Label, before.Label)
				case moved && (c.From != before.Label || c.Label != b.Label):
					t.Errorf("%s %s: relabel %+v, want from %q to %q", method, p.Label, c, before.Label, b.Label)
				case !moved && got:
					t.Errorf("%s %s: bloc %d relabelled %+v with the same first member", method, p.Label, b.ID, c)
				case moved:
					leads++
				}
			}
		}
	}
	if leads < 2 {
		t.Errorf("%d relabels for a new first member on the COW windows", leads)
	}
}

// TestTimelineNamesOfThePeriod: every timeline output names a state as it
// was in each period (on the period's last day, as report names a window),
// under today's ids: DEU is West Germany in the COW windows 1952-1955 to
// 1986-1989 and Germany from 1987-1990, COD Zaire in 1977-1980 and the
// Democratic Republic of the Congo in 1960-1963 and 1996-1999, in the
// periods' states, their blocs' names and labels, the moves and their
// events, the CSV, the table, the picture's tooltips, the dynamic GEXF and
// partners --timeline; a state's one name across the periods is that of
// its last period, its names over the periods beside it.
func TestTimelineNamesOfThePeriod(t *testing.T) {
	needFile(t, cowSigned)
	tl, out := timelineJSONOut(t, "--every", "data", "--moves", "0", cowSigned)
	nameIn := func(label, id string) string {
		for _, p := range tl.Periods {
			if p.Label == label {
				for _, x := range p.States {
					if x.ID == id {
						return x.Name
					}
				}
				t.Fatalf("%s has no %s", label, id)
			}
		}
		t.Fatalf("no period %s", label)
		return ""
	}
	for _, c := range []struct{ period, id, want string }{
		{"1952-1955", "DEU", "West Germany"}, {"1977-1980", "DEU", "West Germany"}, {"1986-1989", "DEU", "West Germany"},
		{"1987-1990", "DEU", "Germany"}, {"1996-1999", "DEU", "Germany"},
		{"1977-1980", "COD", "Zaire"}, {"1960-1963", "COD", "Democratic Republic of the Congo"}, {"1996-1999", "COD", "Democratic Republic of the Congo"},
		{"1977-1980", "MMR", "Burma"}, {"1977-1980", "KHM", "Kampuchea"}, {"1977-1980", "USA", "United States"},
	} {
		if got := nameIn(c.period, c.id); got != c.want {
			t.Errorf("%s: %s is %q, want %q", c.period, c.id, got, c.want)
		}
	}
	// The blocs of 1977-1980 are named by their members then.
	for _, p := range tl.Periods {
		if p.Label != "1977-1980" {
			continue
		}
		text := ""
		for _, b := range p.Blocs {
			text += b.Label + "; " + strings.Join(b.Names, ", ") + "\n"
		}
		if !strings.Contains(text, "Zaire") || !strings.Contains(text, "West Germany") || strings.Contains(text, "Democratic Republic of the Congo") {
			t.Errorf("1977-1980 blocs name today's states:\n%s", text)
		}
	}
	var deu analysis.StateTrack
	for _, s := range tl.States {
		if s.ID == "DEU" {
			deu = s
		}
	}
	if deu.Name != "Germany" || len(deu.Names) != 2 || deu.Names[0].Name != "West Germany" || deu.Names[1].Name != "Germany" ||
		tl.Periods[deu.Names[0].Last].Label != "1986-1989" || tl.Periods[deu.Names[1].First].Label != "1987-1990" {
		t.Errorf("DEU's track: %q, names %+v", deu.Name, deu.Names)
	}
	moved := map[string]bool{}
	for _, m := range tl.Moves {
		start := tl.Periods[m.Period].Start
		if m.State == "COD" && start >= "1972" && start <= "1993" && m.Name != "Zaire" {
			t.Errorf("move of %s: %s in %s", m.State, m.Name, m.PeriodLabel)
		}
		for _, e := range append(m.Cooperation, m.Conflict...) {
			for _, n := range []string{e.Subject, e.Object} {
				moved[m.PeriodLabel+" "+n] = true
			}
		}
	}
	if !moved["1979-1982 Zaire"] || moved["1979-1982 Democratic Republic of the Congo"] {
		t.Errorf("the events behind the moves of 1979-1982 do not name Zaire as it was then")
	}
	if strings.Contains(out, `"name": "Democratic Republic of the Congo"`) == false || !strings.Contains(out, `"name": "Zaire"`) {
		t.Errorf("JSON: both of COD's names expected")
	}

	code, csvOut, errOut := run(t, "", "timeline", "--every", "data", "--format", "csv", cowSigned)
	if code != 0 || !strings.Contains(csvOut, "1977-1980,1977,1980,COD,Zaire,") || !strings.Contains(csvOut, "1996-1999,1996,1999,DEU,Germany,") ||
		!strings.Contains(csvOut, "1977-1980,1977,1980,DEU,West Germany,") {
		t.Errorf("CSV: exit %d %s", code, errOut)
	}
	pic := filepath.Join(t.TempDir(), "cow.svg")
	code, table, errOut := run(t, "", "timeline", "--every", "data", "--moves", "0", "--top", "0", "--svg", pic, cowSigned)
	if code != 0 || !strings.Contains(table, "1979-1982  Zaire (COD)") || !strings.Contains(table, "DEU   Germany ") {
		t.Errorf("table: exit %d %s", code, errOut)
	}
	svg, err := os.ReadFile(pic)
	if err != nil || !strings.Contains(string(svg), "Germany (DEU): West Germany 1952-1955 to 1986-1989; Germany 1987-1990 to 1996-1999") {
		t.Errorf("the picture's row of DEU says not its names over the periods (%v)", err)
	}

	gexfPath := filepath.Join(t.TempDir(), "cow.gexf")
	code, _, errOut = run(t, "", "export", "--format", "gexf", "--timeline", "--every", "data", "-o", gexfPath, cowSigned)
	gx, err := os.ReadFile(gexfPath)
	if code != 0 || err != nil {
		t.Fatalf("export --timeline: exit %d %s %v", code, errOut, err)
	}
	if !strings.Contains(string(gx), `id="DEU" label="Germany"`) || !strings.Contains(string(gx), `value="West Germany" start="1952-01-01"`) || !strings.Contains(string(gx), `title="period_name"`) {
		t.Errorf("dynamic GEXF: DEU labelled by its last name with West Germany over time expected")
	}

	code, pt, errOut := run(t, "", "partners", "--timeline", "--every", "data", "--since", "1976", "--until", "1985", "--top", "0", "--format", "json", "--with", "COD", "RWA", cowSigned)
	if code != 0 || !strings.Contains(pt, `"name": "Zaire"`) || !strings.Contains(pt, `"subject": "Zaire"`) || strings.Contains(pt, `"Democratic Republic of the Congo"`) {
		t.Errorf("partners --timeline 1976-1985: exit %d %s\n%s", code, errOut, firstLines(pt, 12))
	}
	code, pt, errOut = run(t, "", "partners", "--timeline", "--every", "data", "--since", "1976", "--until", "1985", "DEU", cowSigned)
	if code != 0 || !strings.Contains(pt, "Partners of West Germany (DEU) per period") {
		t.Errorf("partners --timeline DEU 1976-1985: exit %d %s\n%s", code, errOut, firstLines(pt, 4))
	}
}

// TestMarshalIndent: the timeline's indenter writes what
// json.MarshalIndent writes, to the byte: strings with quotes,
// backslashes, escapes and brackets in them, empty and nested objects and
// arrays, numbers, nulls, at any prefix.
func TestMarshalIndent(t *testing.T) {
	zero := 0.0
	values := []any{
		map[string]any{"a": []any{}, "b": map[string]any{}, "c": []any{[]any{}, map[string]any{"x": nil}}, `q"uo\te`: `\"]},{[:,` + "\u2028<&>\x01é"},
		[]any{1, -2.5e-300, "", `\\`, `\`, true, false, nil, []int{1, 2}, map[string]int{}},
		analysis.TimelinePeriod{Label: "2021-04", Modularity: &zero, Blocs: []analysis.PeriodBloc{{ID: 1, Label: `"quoted" [bloc]`, Members: []string{"PRK"}}}, Changes: []analysis.BlocChange{}},
		"plain", 3, nil, []any{}, map[string]any{},
	}
	for _, prefix := range []string{"", "    "} {
		for i, v := range values {
			want, err := json.MarshalIndent(v, prefix, "  ")
			if err != nil {
				t.Fatal(err)
			}
			got, err := marshalIndent(v, prefix, "  ")
			if err != nil || !bytes.Equal(got, want) {
				t.Errorf("value %d, prefix %q: %v\n%s\nwant\n%s", i, prefix, err, got, want)
			}
		}
	}
}
