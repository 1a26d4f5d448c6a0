package loader

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/blocgraph/blocgraph/graph"
)

func icewsFixture(name string) string { return filepath.Join("testdata", "icews", name) }

// TestICEWSSample reads the hand-made sample in ICEWS's format.
func TestICEWSSample(t *testing.T) {
	g, s, err := loadDS(t, []string{icewsFixture("sample.tab")}, DatasetOptions{})
	if err != nil {
		t.Fatal(err)
	}
	checkSums(t, s)
	d := s.Datasets[0]
	// 10 rows: 8 kept; the IMF row has Source Country NA; the Japanese police
	// arresting Japanese citizens is one state.
	if d.Format != FormatICEWS || !d.Header || d.Rows != 10 || d.Kept() != 8 || d.Dropped.NoCountry != 1 || d.Dropped.SameState != 1 {
		t.Errorf("summary: format %s, header %v, rows %d, kept %d, dropped %+v", d.Format, d.Header, d.Rows, d.Kept(), d.Dropped)
	}
	want := map[string]int64{"MET": 3, "APPEALED_FOR_COOPERATION": 1, "SANCTIONED": 1, "CRITICIZED": 1, "GAVE_AID": 1, "EVENT": 1}
	for typ, n := range want {
		if d.ByType[typ] != n {
			t.Errorf("%s: %d, want %d", typ, d.ByType[typ], n)
		}
	}
	date := graph.MustDate("2018-11-04")
	id := graph.EventID("icews:31862001", "PRK", "MET", "CUB", date, 0)
	e := g.Event(id)
	if e == nil {
		t.Fatalf("no event PRK MET CUB (Event ID 31862001)")
	}
	wantE := graph.Event{ID: id, Type: "MET", Subject: "PRK", Object: "CUB", Date: date, CAMEO: "043", Goldstein: 2.8, Count: 1, Confidence: 1,
		Source: "icews", SourceRef: "story:45023311#1"}
	if *e != wantE {
		t.Errorf("event\n%+v\nwant\n%+v", *e, wantE)
	}
	// "42" lost its leading zero; the Intensity NA falls back on the CAMEO table.
	e = g.Event(graph.EventID("icews:31862009", "KOR", "MET", "JPN", graph.MustDate("2018-11-08"), 0))
	if e == nil || e.CAMEO != "042" || e.Goldstein != 1.9 {
		t.Errorf("KOR MET JPN: %+v; want CAMEO 042, Goldstein 1.9", e)
	}
	// 061 maps to no type: generic, with its code and Intensity
	e = g.Event(graph.EventID("icews:31862010", "CHN", graph.GenericType, "BRA", graph.MustDate("2018-11-08"), 0))
	if e == nil || e.CAMEO != "061" || e.Goldstein != 6.4 {
		t.Errorf("CHN EVENT BRA: %+v", e)
	}

	// GOV: both actors' sectors must name the government.
	_, s, err = loadDS(t, []string{icewsFixture("sample.tab")}, DatasetOptions{ActorTypes: []string{"GOV"}})
	if err != nil {
		t.Fatal(err)
	}
	// rows 1, 5, 9, 10 have a government sector on both sides (row 8's
	// "International Government Organization" is not one)
	if d := s.Datasets[0]; d.Kept() != 4 || d.Dropped.ActorType != 6 {
		t.Errorf("GOV only: %d kept, %d dropped by actor type; want 4 and 6", d.Kept(), d.Dropped.ActorType)
	}
}

func TestICEWSMalformed(t *testing.T) {
	path := icewsFixture("malformed.tab")
	_, s, err := loadDS(t, []string{path}, DatasetOptions{})
	if err != nil {
		t.Fatal(err)
	}
	checkSums(t, s)
	d := s.Datasets[0]
	m := d.Dropped.Malformed
	if d.Format != FormatICEWS || m.Columns != 1 || m.Date != 1 || m.Goldstein != 1 || m.UTF8 != 1 || m.Truncated != 1 {
		t.Errorf("format %s, malformed %+v", d.Format, m)
	}
	want := []struct{ pos, msg string }{
		{"malformed.tab:3", "row has 19 tab-separated columns; ICEWS rows have 20"},
		{"malformed.tab:4:", `Event Date "2018-11-31" is not a date`},
		{"malformed.tab:5:", `Intensity "high" is not a number between -10 and 10`},
		{"malformed.tab:6:", "invalid UTF-8 (byte 0xff)"},
		{"malformed.tab:8", "the last line is cut short"},
	}
	if len(d.Errors) != len(want) {
		t.Fatalf("problems:\n%v", d.Errors)
	}
	for i, w := range want {
		msg := d.Errors[i].Error()
		if !strings.HasPrefix(msg, filepath.Join("testdata", "icews", w.pos)) || !strings.Contains(msg, w.msg) {
			t.Errorf("problem %q; want %s: %s", msg, w.pos, w.msg)
		}
	}
	if _, _, err := loadDS(t, []string{path}, DatasetOptions{Strict: true}); err == nil {
		t.Error("strict: no error")
	}
}

// FuzzICEWS feeds the ICEWS reader arbitrary bytes as an event file. The
// seed corpus is the fixtures of testdata/icews; it runs in every go test.
func FuzzICEWS(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "icews", "*"))
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzDataset(t, data, "icews")
	})
}
