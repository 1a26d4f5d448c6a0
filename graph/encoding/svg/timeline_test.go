package svg_test

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/blocgraph/blocgraph/graph/encoding"
	"github.com/blocgraph/blocgraph/graph/encoding/svg"
)

// handTimeline: five periods, the fourth empty; a western and an eastern
// bloc; Yugoslavia leaves the east for no bloc, Greece joins the west
// after a period alone, and Albania is never in a bloc.
func handTimeline() *encoding.Timeline {
	const A, X = encoding.CellAlone, encoding.CellAbsent
	t := &encoding.Timeline{
		Periods: []encoding.TimelinePeriod{{Label: "1946"}, {Label: "1947"}, {Label: "1948"}, {Label: "1949", Empty: true}, {Label: "1950"}},
		Blocs:   []encoding.TimelineBloc{{ID: 0, Label: "Western bloc", First: 0, Last: 4}, {ID: 3, Label: "Eastern <bloc> & co", First: 0, Last: 4}},
		Rows: []encoding.TimelineRow{
			{ID: "USA", Name: "United States", Cells: []int{0, 0, 0, X, 0}},
			{ID: "GBR", Name: "United Kingdom", Cells: []int{0, 0, 0, X, 0}},
			{ID: "GRC", Name: "Greece", Cells: []int{A, A, 0, X, 0}},
			{ID: "RUS", Name: "Soviet Union", Cells: []int{3, 3, 3, X, 3}},
			{ID: "YUG", Name: "Yugoslavia", Cells: []int{3, 3, A, X, A}},
			{ID: "ALB", Name: "", Cells: []int{X, A, A, X, X}},
		},
		Moves: []encoding.TimelineMove{{Row: 2, Period: 2, From: A, To: 0, Kind: "join"}, {Row: 4, Period: 2, From: 3, To: A, Kind: "leave"}},
		Group: []int{0, 0, 0, 3, 3, A},
	}
	return t
}

func renderTimeline(tb testing.TB, t *encoding.Timeline) []byte {
	tb.Helper()
	var buf bytes.Buffer
	if err := svg.RenderTimeline(&buf, t, svg.TimelineOptions{Title: "Blocs & <time>"}); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

func childText(e element, name string) string {
	for _, c := range e.Children {
		if c.XMLName.Local == name {
			return c.Text
		}
	}
	return ""
}

// TestTimelineChart reads the membership chart back and checks it against
// its model: a labelled row per state, every cell with events covered by
// exactly one rectangle of its bloc's legend colour (grey when alone),
// nothing drawn where a state had no events, one mark per move at the
// start of the cell it moved in, and the empty period shaded.
func TestTimelineChart(t *testing.T) {
	tl := handTimeline()
	out := renderTimeline(t, tl)
	var root element
	if err := xml.Unmarshal(out, &root); err != nil {
		t.Fatalf("not XML: %v\n%s", err, out)
	}
	var rowNames []string
	legend := map[string]string{} // label → colour
	type run struct {
		name, label, from, to, fill string
		x, w                        float64
	}
	var runs []run
	var moves []element
	empty := 0
	root.walk(func(e element, parents []element) {
		switch {
		case e.XMLName.Local == "text" && e.attr("class") == "row":
			rowNames = append(rowNames, strings.TrimSpace(e.Text))
		case e.XMLName.Local == "rect" && e.attr("class") == "cell":
			// "Greece — Western bloc, 1948 to 1950"
			tip := childText(e, "title")
			name, rest, _ := strings.Cut(tip, " — ")
			i := strings.LastIndex(rest, ", ")
			label, span := rest[:i], rest[i+2:]
			from, to, ok := strings.Cut(span, " to ")
			if !ok {
				to = from
			}
			x, _ := strconv.ParseFloat(e.attr("x"), 64)
			w, _ := strconv.ParseFloat(e.attr("width"), 64)
			runs = append(runs, run{name, label, from, to, e.attr("fill"), x, w})
		case e.XMLName.Local == "path" && e.attr("class") == "move":
			moves = append(moves, e)
		case e.XMLName.Local == "rect" && e.attr("class") == "empty-period":
			empty++
		case e.XMLName.Local == "g" && e.attr("class") == "legend-bloc":
			for _, c := range e.Children {
				if c.XMLName.Local == "rect" {
					legend[strings.TrimSpace(childText(e, "text"))] = c.attr("fill")
				}
			}
		}
	}, nil)
	want := []string{"United States", "United Kingdom", "Greece", "Soviet Union", "Yugoslavia", "ALB"}
	if strings.Join(rowNames, ",") != strings.Join(want, ",") {
		t.Errorf("rows %q, want %q", rowNames, want)
	}
	if empty != 1 {
		t.Errorf("%d empty periods shaded, want 1", empty)
	}
	// Rebuild every row's cells from the runs and compare with the model.
	labelOf := map[int]string{encoding.CellAlone: "no bloc"}
	for _, b := range tl.Blocs {
		labelOf[b.ID] = b.Label
	}
	index := map[string]int{}
	for i, p := range tl.Periods {
		index[p.Label] = i
	}
	got := map[string][]string{}
	cellW := 0.0
	for _, r := range runs {
		cells := got[r.name]
		if cells == nil {
			cells = make([]string, len(tl.Periods))
		}
		lo, hi := index[r.from], index[r.to]
		for i := lo; i <= hi; i++ {
			if cells[i] != "" {
				t.Errorf("%s %s is drawn twice", r.name, tl.Periods[i].Label)
			}
			cells[i] = r.label
		}
		got[r.name] = cells
		if fill, ok := legend[r.label]; !ok || fill != r.fill {
			t.Errorf("%s %s..%s: fill %s, legend has %q for %q (%v)", r.name, r.from, r.to, r.fill, fill, r.label, legend)
		}
		cellW = r.w / float64(hi-lo+1)
	}
	for _, row := range tl.Rows {
		name := row.Name
		if name == "" {
			name = row.ID
		}
		for i, v := range row.Cells {
			w := labelOf[v]
			if v == encoding.CellAbsent {
				w = ""
			}
			if g := got[name]; (g == nil && w != "") || (g != nil && g[i] != w) {
				t.Errorf("%s %s: drawn %q, want %q", name, tl.Periods[i].Label, g, w)
			}
		}
	}
	if legend["no bloc"] == "" || legend["no bloc"] == legend["Western bloc"] || legend["Western bloc"] == legend[tl.Blocs[1].Label] {
		t.Errorf("legend colours %v", legend)
	}
	// One mark per move, at the left edge of the cell it moved in.
	if len(moves) != len(tl.Moves) {
		t.Fatalf("%d move marks, want %d", len(moves), len(tl.Moves))
	}
	for i, m := range tl.Moves {
		tip := childText(moves[i], "title")
		name := tl.Rows[m.Row].Name
		if !strings.HasPrefix(tip, name+", "+tl.Periods[m.Period].Label+": ") || !strings.Contains(tip, labelOf[m.To]) {
			t.Errorf("move %d: tooltip %q", i, tip)
		}
		var x float64
		fmt.Sscanf(strings.TrimPrefix(moves[i].attr("d"), "M"), "%g,", &x)
		var start *run
		for j := range runs {
			if runs[j].name == name && runs[j].from == tl.Periods[m.Period].Label {
				start = &runs[j]
			}
		}
		if start == nil || x != start.x {
			t.Errorf("move %d at x %g: no run of %s starts there (%+v, cell width %g)", i, x, name, start, cellW)
		}
	}
	if !strings.Contains(string(out), "Blocs &amp; &lt;time&gt;") || !strings.Contains(string(out), "Eastern &lt;bloc&gt; &amp; co") {
		t.Error("title or bloc label not escaped")
	}
}

// TestTimelineChartNamesThen: a state renamed over the periods (West
// Germany, then Germany) is named as it was in each cell's and move's
// tooltip, a run of one bloc cut where the name changes; the row's label
// keeps its last name.
func TestTimelineChartNamesThen(t *testing.T) {
	const A, X = encoding.CellAlone, encoding.CellAbsent
	tl := handTimeline()
	tl.Rows = append(tl.Rows, encoding.TimelineRow{ID: "DEU", Name: "Germany", Cells: []int{A, 0, 0, X, 0},
		CellNames: []string{"West Germany", "West Germany", "", "", ""}})
	tl.Group = append(tl.Group, 0)
	tl.Moves = append(tl.Moves, encoding.TimelineMove{Row: len(tl.Rows) - 1, Period: 1, From: A, To: 0, Kind: "join"})
	var root element
	if err := xml.Unmarshal(renderTimeline(t, tl), &root); err != nil {
		t.Fatal(err)
	}
	var cells, moves []string
	root.walk(func(e element, parents []element) {
		tip := childText(e, "title")
		switch {
		case e.XMLName.Local == "rect" && e.attr("class") == "cell" && strings.Contains(tip, "Germany"):
			cells = append(cells, tip)
		case e.XMLName.Local == "path" && e.attr("class") == "move" && strings.Contains(tip, "Germany"):
			moves = append(moves, tip)
		}
	}, nil)
	want := []string{"West Germany — no bloc, 1946", "West Germany — Western bloc, 1947", "Germany — Western bloc, 1948", "Germany — Western bloc, 1950"}
	if strings.Join(cells, "|") != strings.Join(want, "|") {
		t.Errorf("cells %q, want %q", cells, want)
	}
	if len(moves) != 1 || !strings.HasPrefix(moves[0], "West Germany, 1947: no bloc → Western bloc") {
		t.Errorf("moves %q", moves)
	}
	if r := tl.Rows[len(tl.Rows)-1]; r.NameIn(0) != "West Germany" || r.NameIn(2) != "Germany" || r.NameIn(9) != "Germany" {
		t.Errorf("NameIn: %q %q %q", r.NameIn(0), r.NameIn(2), r.NameIn(9))
	}
}

// TestTimelineChartGrows: a hundred periods and 300 states make the chart
// wider and taller than A4, not cells thinner than 3 px or rows overlapping.
func TestTimelineChartGrows(t *testing.T) {
	tl := &encoding.Timeline{}
	for i := range 400 {
		tl.Periods = append(tl.Periods, encoding.TimelinePeriod{Label: strconv.Itoa(1600 + i)})
	}
	for i := range 300 {
		cells := make([]int, 400)
		for j := range cells {
			cells[j] = (i + j/50) % 5
		}
		tl.Rows = append(tl.Rows, encoding.TimelineRow{ID: fmt.Sprint("S", i), Cells: cells})
	}
	for i := range 5 {
		tl.Blocs = append(tl.Blocs, encoding.TimelineBloc{ID: i, Label: fmt.Sprint("bloc ", i), First: 0, Last: 399})
	}
	var root element
	if err := xml.Unmarshal(renderTimeline(t, tl), &root); err != nil {
		t.Fatal(err)
	}
	w, _ := strconv.ParseFloat(root.attr("width"), 64)
	h, _ := strconv.ParseFloat(root.attr("height"), 64)
	if w < 400*3 || h < 300*14 {
		t.Errorf("%gx%g px for 400 periods and 300 rows", w, h)
	}
	if err := svg.RenderTimeline(&bytes.Buffer{}, &encoding.Timeline{}, svg.TimelineOptions{}); err == nil {
		t.Error("no periods: no error")
	}
	bad := handTimeline()
	bad.Rows[1].Cells = bad.Rows[1].Cells[:2]
	if err := svg.RenderTimeline(&bytes.Buffer{}, bad, svg.TimelineOptions{}); err == nil || !strings.Contains(err.Error(), "GBR") {
		t.Errorf("a short row: %v", err)
	}
}

// TestTimelineChartPNG renders the chart with headless Chromium (see
// TestRenderPNG).
func TestTimelineChartPNG(t *testing.T) {
	renderPNG(t, renderTimeline(t, handTimeline()), "1123x400")
}
