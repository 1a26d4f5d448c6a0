package graph

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
)

func span(a, b string) Span { return Span{Start: MustDate(a), End: MustDate(b)} }

var spanTouchTests = []struct {
	span Span
	date string
	want bool
}{
	{Span{}, "2021-04", true},
	{span("2021-04-15", ""), "2021-04", true}, // the month's last days are in the window
	{span("2021-05-01", ""), "2021-04", false},
	{span("", "2021-03-31"), "2021-04", false},
	{span("", "2021-04-01"), "2021-04", true},
	{span("2021-04", "2021-04"), "2021-04-30", true},
	{span("2021-04", "2021-04"), "2021-05-01", false},
	{span("2021", "2021"), "2021-12-31", true},
	{span("2022", ""), "2021-12-31", false},
	{span("2020-02-29", "2020-02-29"), "2020", true},
	{span("2021-04-15", "2021-04-15"), "2021-04-15", true},
	{Span{}, "", false}, // the zero Date touches nothing
}

func TestSpanTouches(t *testing.T) {
	for _, tt := range spanTouchTests {
		d := MustDate(tt.date)
		if got := tt.span.Touches(d); got != tt.want {
			t.Errorf("%s.Touches(%s) = %v, want %v", tt.span, d, got, tt.want)
		}
		// The oracle: the days as time.Time, as the filters compared them before Span.
		if d.IsZero() {
			continue
		}
		old := !(!tt.span.Start.IsZero() && d.End().Before(tt.span.Start.Start())) && !(!tt.span.End.IsZero() && d.Start().After(tt.span.End.End()))
		if old != tt.want {
			t.Errorf("%s, %s: the time.Time oracle says %v", tt.span, d, old)
		}
	}
}

func TestSpanOverlapsContainsGap(t *testing.T) {
	for _, tt := range []struct {
		a, b     Span
		overlaps bool
		contains bool // a contains b
		gap      int64
	}{
		{Span{}, span("2021", "2021"), true, true, 0},
		{span("2021", "2021"), Span{}, true, false, 0},
		{span("2021-01", "2021-03"), span("2021-03-31", "2021-05"), true, false, 0},
		{span("2021-01", "2021-03"), span("2021-04-01", "2021-05"), false, false, 1},
		{span("2021-04-01", "2021-05"), span("2021-01", "2021-03"), false, false, 1},
		{span("2021-01", "2021-12"), span("2021-03", "2021-04-10"), true, true, 0},
		{span("2021", ""), span("2022-06", ""), true, true, 0},
		{span("2022-06", ""), span("2021", ""), true, false, 0},
		{span("", "2020-12-31"), span("2021-01-10", ""), false, false, 10},
		{span("2021-02", "2021-02"), span("2021-03-01", "2021-03-01"), false, false, 1},
	} {
		if got := tt.a.Overlaps(tt.b); got != tt.overlaps {
			t.Errorf("%s.Overlaps(%s) = %v", tt.a, tt.b, got)
		}
		if got := tt.b.Overlaps(tt.a); got != tt.overlaps {
			t.Errorf("%s.Overlaps(%s) = %v (not symmetric)", tt.b, tt.a, got)
		}
		if got := tt.a.Contains(tt.b); got != tt.contains {
			t.Errorf("%s.Contains(%s) = %v", tt.a, tt.b, got)
		}
		if got := tt.a.Gap(tt.b); got != tt.gap {
			t.Errorf("%s.Gap(%s) = %d, want %d", tt.a, tt.b, got, tt.gap)
		}
	}
}

func TestSpanValidateStringParse(t *testing.T) {
	if err := span("2021-04-15", "2021-04").Validate(); err != nil {
		t.Errorf("15 to 30 April: %v", err)
	}
	err := span("2022", "2021-06").Validate()
	var se *SpanError
	if !errors.As(err, &se) || err.Error() != "ends (2021-06) before it starts (2022)" {
		t.Errorf("2022 to 2021-06: %v", err)
	}
	// want: the span read back as String writes it, or "error: " and a part
	// of the message.
	for in, want := range map[string]string{
		"2021-03/2021-04-23":  "2021-03/2021-04-23",
		"2021/..":             "2021/..",
		"../2022-06":          "../2022-06",
		"../..":               "../..",
		"/":                   "../..",
		"2021":                "2021/2021",
		" 2021-02 / 2021-03 ": "2021-02/2021-03",
		"2022/2021":           `error: "2022/2021" ends (2021) before it starts (2022)`,
		"2021-02-30/..":       "error: February 2021 has 28 days",
		"":                    "error: is not a span",
		"April/May":           "error: is not YYYY",
	} {
		s, err := ParseSpan(in)
		if msg, isErr := strings.CutPrefix(want, "error: "); isErr {
			if err == nil || !strings.Contains(err.Error(), msg) {
				t.Errorf("ParseSpan(%q) = %v, %v; want an error with %q", in, s, err, msg)
			}
			continue
		}
		if err != nil || s.String() != want {
			t.Errorf("ParseSpan(%q) = %s, %v; want %s", in, s, err, want)
		}
		var back Span
		if err := back.UnmarshalText([]byte(s.String())); err != nil || back != s {
			t.Errorf("%s does not read back: %v, %v", s, back, err)
		}
	}
}

func TestDayNumbers(t *testing.T) {
	days := func(tm time.Time) int64 { return tm.Unix() / 86400 }
	for y := 1800; y <= 2200; y++ {
		for m := 1; m <= 12; m++ {
			d := Date{Year: y, Month: m, Precision: PrecisionMonth}
			if d.firstDay() != days(d.Start()) || d.lastDay() != days(d.End()) {
				t.Fatalf("%s: days %d..%d, time.Time says %d..%d", d, d.firstDay(), d.lastDay(), days(d.Start()), days(d.End()))
			}
		}
		d := Date{Year: y, Precision: PrecisionYear}
		if d.firstDay() != days(d.Start()) || d.lastDay() != days(d.End()) {
			t.Fatalf("%s: days %d..%d", d, d.firstDay(), d.lastDay())
		}
	}
	if got, want := MustDate("0001-01-01").firstDay(), (Date{}).Start().Unix()/86400; got != want || (Date{}).firstDay() != want {
		t.Errorf("year 1: day %d, want %d", got, want)
	}
}

// months returns the calendar months from a to b as spans.
func months(a, b string) []Span {
	var out []Span
	for d := MustDate(a); d.Compare(MustDate(b)) <= 0; {
		out = append(out, SpanOf(d))
		d.Month++
		if d.Month > 12 {
			d.Year, d.Month = d.Year+1, 1
		}
	}
	return out
}

func TestPeriodsTouching(t *testing.T) {
	// Weekly periods from Monday 2021-03-29: a month touches five weeks.
	var weeks []Span
	start := time.Date(2021, 3, 29, 0, 0, 0, 0, time.UTC)
	for i := range 8 {
		a := start.AddDate(0, 0, 7*i)
		weeks = append(weeks, Span{Start: DateOf(a), End: DateOf(a.AddDate(0, 0, 6))})
	}
	// Rolling windows of three months stepped by a month: overlapping periods.
	var rolling []Span
	for _, m := range months("2021-01", "2021-10") {
		end := m.Start
		end.Month += 2
		if end.Month > 12 {
			end.Year, end.Month = end.Year+1, end.Month-12
		}
		rolling = append(rolling, Span{Start: m.Start, End: end})
	}
	open := []Span{{End: MustDate("2020")}, span("2021", "2021"), {Start: MustDate("2022")}}
	for _, tc := range []struct {
		name    string
		periods []Span
	}{{"months", months("2020-11", "2022-02")}, {"weeks", weeks}, {"rolling", rolling}, {"open ends", open}} {
		p, err := NewPeriods(tc.periods)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		for _, ds := range []string{"2019", "2020", "2020-12-31", "2021", "2021-01-01", "2021-03", "2021-04", "2021-04-04", "2021-04-05", "2021-05-23", "2021-12", "2022-02-28", "2023"} {
			d := MustDate(ds)
			lo, hi := p.Touching(d)
			var got, want []int
			for i := lo; i < hi; i++ {
				got = append(got, i)
			}
			for i, s := range tc.periods { // the oracle: every period, one by one
				if s.Touches(d) {
					want = append(want, i)
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("%s: %s touches periods %v, want %v", tc.name, d, got, want)
			}
		}
	}
	if lo, hi := mustPeriods(t, weeks).Touching(MustDate("2021-04")); hi-lo != 5 {
		t.Errorf("April 2021 touches %d weeks from 29 March, want 5", hi-lo)
	}
	for _, bad := range [][]Span{
		{span("2021-02", "2021-02"), span("2021-01", "2021-01")},
		{span("2021", "2021"), {Start: MustDate("2022")}, span("2023", "2023")},
		{span("2021", "2021"), {End: MustDate("2022")}},
		{span("2022", "2021")},
	} {
		if _, err := NewPeriods(bad); err == nil {
			t.Errorf("NewPeriods(%v): no error", bad)
		}
	}
}

func mustPeriods(t *testing.T, s []Span) *Periods {
	t.Helper()
	p, err := NewPeriods(s)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func BenchmarkPeriodsTouching(b *testing.B) {
	var spans []Span
	for y := 1950; y < 2025; y++ {
		spans = append(spans, months(fmt.Sprintf("%04d-01", y), fmt.Sprintf("%04d-12", y))...)
	}
	p, _ := NewPeriods(spans)
	d := MustDate("2003-07-14")
	for b.Loop() {
		p.Touching(d)
	}
}

func ExamplePeriods_Touching() {
	q := []Span{span("2021-01", "2021-03"), span("2021-04", "2021-06"), span("2021-07", "2021-09")}
	p, _ := NewPeriods(q)
	for _, d := range []string{"2021-04-20", "2021-06", "2021", "2022"} {
		lo, hi := p.Touching(MustDate(d))
		fmt.Println(d, "touches", q[lo:hi])
	}
	// Output:
	// 2021-04-20 touches [2021-04/2021-06]
	// 2021-06 touches [2021-04/2021-06]
	// 2021 touches [2021-01/2021-03 2021-04/2021-06 2021-07/2021-09]
	// 2022 touches []
}

func TestEventFilter(t *testing.T) {
	ev := func(typ, date string) *Event { return &Event{Type: typ, Date: MustDate(date)} }
	for _, tt := range []struct {
		f    EventFilter
		e    *Event
		want bool
	}{
		{EventFilter{}, ev("MET", "2021-04"), true},
		{EventFilter{}, &Event{Type: "MET"}, true},
		{EventFilter{Span: span("2021-04-15", "")}, ev("MET", "2021-04"), true},
		{EventFilter{Span: span("2021-04-15", "")}, &Event{Type: "MET"}, false},
		{EventFilter{Span: span("2021-05", "")}, ev("MET", "2021-04"), false},
		{EventFilter{Relations: []string{"SANCTIONED", "MET"}}, ev("MET", "2021-04"), true},
		{EventFilter{Relations: []string{"SANCTIONED"}}, ev("MET", "2021-04"), false},
		{EventFilter{Span: span("2021", "2021"), Relations: []string{"MET"}}, ev("MET", "2022"), false},
	} {
		if got := tt.f.Keep(tt.e); got != tt.want {
			t.Errorf("%+v.Keep(%s %s) = %v", tt.f, tt.e.Type, tt.e.Date, got)
		}
	}
	if err := (EventFilter{Relations: []string{"HUGGED"}}).Validate(); err == nil || !strings.Contains(err.Error(), `relation "HUGGED" is not in the vocabulary`) {
		t.Errorf("HUGGED: %v", err)
	}
	if err := (EventFilter{Span: span("2022", "2021")}).Validate(); err == nil || err.Error() != "the window ends (2021) before it starts (2022)" {
		t.Errorf("backwards window: %v", err)
	}
	if got := (EventFilter{Relations: []string{"MET", "SANCTIONED", "MET"}}).Types(); fmt.Sprint(got) != "[MET SANCTIONED]" {
		t.Errorf("Types = %v", got)
	}
	if got := (EventFilter{}).Types(); len(got) != len(RelationTypes()) {
		t.Errorf("Types of the zero filter: %d, want every type", len(got))
	}
	rel, err := ParseRelations(" congratulated, SANCTIONED,, event ")
	if err != nil || fmt.Sprint(rel) != "[CONGRATULATED SANCTIONED EVENT]" {
		t.Errorf("ParseRelations = %v, %v", rel, err)
	}
	if _, err := ParseRelations("met, hugged"); err == nil || err.Error() != `"hugged" is not in the vocabulary` {
		t.Errorf("ParseRelations(hugged): %v", err)
	}
}

// TestGraphFilter checks that Filter keeps every node and structural
// relationship and exactly the events the filter keeps, whatever their sign
// or ends: neutral events and events within one state included.
func TestGraphFilter(t *testing.T) {
	g := New()
	for _, n := range []*Node{{ID: "PRK", Kind: KindState, Name: "North Korea"}, {ID: "CUB", Kind: KindState, Name: "Cuba"},
		{ID: "kim", Kind: KindLeader, Name: "Kim Jong-un"}, {ID: "a", Kind: KindArticle, Title: "t"}} {
		if _, err := g.AddNode(n); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := g.AddRelationship(&Relationship{Type: LEADS, From: "kim", To: "PRK", Term: span("2011-12", "")}); err != nil {
		t.Fatal(err)
	}
	add := func(typ, s, o, date string, gold float64) {
		t.Helper()
		if _, _, err := g.AddEvent(&Event{Type: typ, Subject: s, Object: o, Date: MustDate(date), Article: "a", Count: 1, Confidence: 1, Goldstein: gold}); err != nil {
			t.Fatal(err)
		}
	}
	add("PRAISED", "kim", "CUB", "2021-03", 3.4)
	add("MET", "kim", "PRK", "2021-04-20", 1)    // within one state
	add(GenericType, "PRK", "CUB", "2021-04", 0) // neutral
	add("SANCTIONED", "CUB", "PRK", "2020", -8)
	f := EventFilter{Span: span("2021-04-15", "")}
	out, err := g.Filter(f)
	if err != nil {
		t.Fatal(err)
	}
	if out.NumNodes() != g.NumNodes() || out.NumRelationships() != g.NumRelationships() {
		t.Errorf("Filter kept %d nodes and %d relationships of %d and %d", out.NumNodes(), out.NumRelationships(), g.NumNodes(), g.NumRelationships())
	}
	var got []string
	for _, e := range out.Events() {
		got = append(got, e.Type)
	}
	if fmt.Sprint(got) != "[EVENT MET]" {
		t.Errorf("Filter(%+v) kept %v, want the neutral EVENT and the domestic MET", f, got)
	}
	if _, err := g.Filter(EventFilter{Relations: []string{"HUGGED"}}); err == nil {
		t.Errorf("Filter with an unknown relation: no error")
	}
}
