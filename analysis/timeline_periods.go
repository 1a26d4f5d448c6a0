package analysis

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/blocgraph/blocgraph/graph"
)

// Step is a length of calendar time: N years, months, weeks or days (1y,
// 6m, 3m, 1m, 1w, 10d). It is the step between the periods of a timeline
// and the length of a rolling window.
type Step struct {
	N    int
	Unit byte // 'y', 'm', 'w' or 'd'
}

// StepData is the --every of data that comes in windows of its own (a
// dyadic file with a window or first_year/last_year column): each window of
// the data is a period.
const StepData = "data"

// ParseStep reads N followed by y, m, w or d: "1y", "6m", "2w", "10d".
func ParseStep(s string) (Step, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	if len(t) < 2 {
		return Step{}, fmt.Errorf("%q is not a length of time: write N and a unit, e.g. 1y, 6m, 3m, 1m, 1w or 10d", s)
	}
	n, err := strconv.Atoi(t[:len(t)-1])
	u := t[len(t)-1]
	if err != nil || n < 1 || n > 1000 || strings.IndexByte("ymwd", u) < 0 {
		return Step{}, fmt.Errorf("%q is not a length of time: write N and a unit, e.g. 1y, 6m, 3m, 1m, 1w or 10d", s)
	}
	return Step{N: n, Unit: u}, nil
}

// String writes what ParseStep reads; "" for the zero Step.
func (s Step) String() string {
	if s.N == 0 {
		return ""
	}
	return strconv.Itoa(s.N) + string(s.Unit)
}

// IsZero reports whether s is the zero Step (no rolling window).
func (s Step) IsZero() bool { return s.N == 0 }

// days returns the shortest and longest number of days s can span: a
// month is 28 to 31 days, a year 365 or 366.
func (s Step) days() (lo, hi int) {
	switch s.Unit {
	case 'y':
		return 365 * s.N, 366 * s.N
	case 'm':
		return 28 * s.N, 31 * s.N
	case 'w':
		return 7 * s.N, 7 * s.N
	}
	return s.N, s.N
}

// shorterThan reports whether s can be shorter than o: a window of 4w is
// shorter than a step of 1m, 1m is not shorter than 4w... only in February.
// Months and years compare exactly; otherwise by the fewest days s spans
// against the most o spans.
func (s Step) shorterThan(o Step) bool {
	months := func(x Step) (int, bool) {
		switch x.Unit {
		case 'y':
			return 12 * x.N, true
		case 'm':
			return x.N, true
		}
		return 0, false
	}
	if a, ok := months(s); ok {
		if b, ok := months(o); ok {
			return a < b
		}
	}
	lo, _ := s.days()
	_, hi := o.days()
	return lo < hi
}

// add returns t moved forward by k steps.
func (s Step) add(t time.Time, k int) time.Time {
	switch s.Unit {
	case 'y':
		return t.AddDate(s.N*k, 0, 0)
	case 'm':
		return t.AddDate(0, s.N*k, 0)
	case 'w':
		return t.AddDate(0, 0, 7*s.N*k)
	}
	return t.AddDate(0, 0, s.N*k)
}

// PeriodSpec says how a timeline cuts time: every Every, as calendar
// periods, or as rolling windows of length Window stepped by Every; or the
// data's own windows (Data).
type PeriodSpec struct {
	Every  Step
	Window Step // zero: calendar periods of length Every
	Data   bool // the data's own windows (--every data)
}

// ParsePeriodSpec reads --every and --window. every is a Step or "data";
// window, when given, must be a Step at least as long as every.
func ParsePeriodSpec(every, window string) (PeriodSpec, error) {
	var ps PeriodSpec
	if strings.EqualFold(strings.TrimSpace(every), StepData) {
		if strings.TrimSpace(window) != "" {
			return ps, fmt.Errorf("--window does not go with --every data: the data's own windows are the periods")
		}
		ps.Data = true
		return ps, nil
	}
	var err error
	if ps.Every, err = ParseStep(every); err != nil {
		return ps, fmt.Errorf("--every %v (or data: the data's own windows)", err)
	}
	if strings.TrimSpace(window) == "" {
		return ps, nil
	}
	if ps.Window, err = ParseStep(window); err != nil {
		return ps, fmt.Errorf("--window %v", err)
	}
	if ps.Window.shorterThan(ps.Every) {
		return ps, fmt.Errorf("--window %s is shorter than the step --every %s: windows would leave days out; make the window at least as long as the step", ps.Window, ps.Every)
	}
	return ps, nil
}

// String describes the spec as the flags give it: "1y", "1y window 4y",
// "data".
func (ps PeriodSpec) String() string {
	switch {
	case ps.Data:
		return StepData
	case ps.Window.IsZero():
		return ps.Every.String()
	}
	return ps.Every.String() + " window " + ps.Window.String()
}

// MaxPeriods caps the number of periods of a timeline, so that a step of
// one day over a century is an error rather than an hour of work.
const MaxPeriods = 5000

// Periods cuts the days from first to last (both included; dates of month
// or year precision cover all their days) into the spec's periods.
//
// Calendar periods are aligned to the calendar: years start on 1 January;
// months in blocks that divide the year start in January (6m: January and
// July; 3m: quarters), other month blocks at the first month of the data;
// weeks start on Monday (ISO weeks); days at the first day. A period of
// 1y is a year-precision span (2021), 1m a month (2021-04), others run
// from day to day; the first period holds first and the last holds last.
//
// Rolling windows start where calendar periods of length Every would, each
// Window long, and stop with the first window that reaches last: 1946 to
// 1999 by --every 1y --window 4y is 1946–1949, 1947–1950, …, 1996–1999.
//
// Data windows are not cut here (see DataPeriods).
func (ps PeriodSpec) Periods(first, last graph.Date) ([]graph.Span, error) {
	if ps.Data {
		return nil, fmt.Errorf("the data's own windows are read from the data (DataPeriods)")
	}
	if first.IsZero() || last.IsZero() {
		return nil, nil
	}
	a, b := first.Start(), last.End()
	start := ps.anchor(a)
	length := ps.Every
	if !ps.Window.IsZero() {
		length = ps.Window
	}
	var out []graph.Span
	for k := 0; ; k++ {
		s := ps.Every.add(start, k)
		if s.After(b) {
			break
		}
		e := length.add(s, 1).AddDate(0, 0, -1)
		out = append(out, spanOfDays(s, e))
		if len(out) > MaxPeriods {
			return nil, fmt.Errorf("--every %s from %s to %s makes more than %d periods; choose a longer step", ps, first, last, MaxPeriods)
		}
		if !ps.Window.IsZero() && !e.Before(b) {
			break
		}
	}
	return out, nil
}

// finest is the coarsest date precision the step resolves: an event dated
// more coarsely would fall in several periods (see PeriodFold.finest).
// None for the data's own windows.
func (ps PeriodSpec) finest() graph.Precision {
	if ps.Data {
		return graph.PrecisionNone
	}
	switch ps.Every.Unit {
	case 'y':
		return graph.PrecisionYear
	case 'm':
		return graph.PrecisionMonth
	}
	return graph.PrecisionDay
}

// clipToWindow cuts the periods to the filter's window w (--since,
// --until): the first period starts no earlier than w's start, the last
// ends no later than w's end, so that --until 2021-05 --every 1w ends on
// 31 May, not on the Sunday after. An open end of w clips nothing.
func clipToWindow(spans []graph.Span, w graph.Span) []graph.Span {
	for i, sp := range spans {
		s, e := sp.Start.Start(), sp.End.End()
		if !w.Start.IsZero() && s.Before(w.Start.Start()) {
			s = w.Start.Start()
		}
		if !w.End.IsZero() && e.After(w.End.End()) {
			e = w.End.End()
		}
		if !s.Equal(sp.Start.Start()) || !e.Equal(sp.End.End()) {
			spans[i] = spanOfDays(s, e)
		}
	}
	return spans
}

// anchor is the start of the calendar period of length Every holding t.
func (ps PeriodSpec) anchor(t time.Time) time.Time {
	y, m, d := t.Date()
	switch ps.Every.Unit {
	case 'y':
		return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
	case 'm':
		if 12%ps.Every.N == 0 {
			m = time.Month((int(m)-1)/ps.Every.N*ps.Every.N + 1)
		}
		return time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	case 'w':
		wd := (int(t.Weekday()) + 6) % 7 // Monday 0
		return time.Date(y, m, d-wd, 0, 0, 0, 0, time.UTC)
	}
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// spanOfDays is the span from day s to day e, written with the coarsest
// dates that say it: a whole year as 2021, years 1946 to 1949 as
// 1946/1949, a whole month as 2021-04, else days.
func spanOfDays(s, e time.Time) graph.Span {
	next := e.AddDate(0, 0, 1)
	switch {
	case s.Month() == 1 && s.Day() == 1 && next.Month() == 1 && next.Day() == 1:
		return graph.Span{Start: graph.Date{Year: s.Year(), Precision: graph.PrecisionYear}, End: graph.Date{Year: e.Year(), Precision: graph.PrecisionYear}}
	case s.Day() == 1 && next.Day() == 1:
		return graph.Span{Start: graph.Date{Year: s.Year(), Month: int(s.Month()), Precision: graph.PrecisionMonth},
			End: graph.Date{Year: e.Year(), Month: int(e.Month()), Precision: graph.PrecisionMonth}}
	}
	return graph.Span{Start: graph.DateOf(s), End: graph.DateOf(e)}
}

// PeriodLabel names a period for tables and pictures: "2021" for a year,
// "2021-04" for a month, "1946-1949" for years 1946 to 1949, else
// "2021-03-01/2021-03-07".
func PeriodLabel(s graph.Span) string {
	if s.Start == s.End {
		return s.Start.String()
	}
	if s.Start.Precision == graph.PrecisionYear && s.End.Precision == graph.PrecisionYear {
		return fmt.Sprintf("%04d-%04d", s.Start.Year, s.End.Year)
	}
	return s.String()
}

var errNoDataWindows = fmt.Errorf("--every data: the data have no windows of their own (a window or first_year/last_year column of a dyadic file); choose a step such as --every 1y")

// DataPeriods returns the distinct windows of the events (Event.Span of
// the events that have an End), sorted by start and end: the periods of
// --every data. It is an error when no event has a window of its own.
func DataPeriods(events func(yield func(*graph.Event) bool)) ([]graph.Span, error) {
	seen := map[graph.Span]bool{}
	for e := range events {
		if !e.End.IsZero() {
			seen[e.Span()] = true
		}
	}
	if len(seen) == 0 {
		return nil, errNoDataWindows
	}
	out := make([]graph.Span, 0, len(seen))
	for s := range seen {
		out = append(out, s)
	}
	sortSpans(out)
	return out, nil
}

// sortSpans orders spans by start, then end.
func sortSpans(s []graph.Span) {
	slices.SortFunc(s, func(a, b graph.Span) int {
		if c := a.Start.Start().Compare(b.Start.Start()); c != 0 {
			return c
		}
		return a.End.End().Compare(b.End.End())
	})
}

// calendarSteps places the periods of a spec whose steps are fixed by the
// calendar (StreamablePeriods) by an absolute step number, so that the
// periods of a date are known before the first event: step k of calendar
// years is year k, of n-month blocks (n dividing 12) the block of months
// k·n to k·n+n−1 counted from year 0, of ISO weeks the week k counted from
// the Monday 1970-01-05, of days the day k counted from 1970-01-01. Each
// step starts a period of the spec's length (a rolling window, or the step
// itself), as PeriodSpec.Periods cuts them.
type calendarSteps struct {
	every, length Step
}

// weekEpoch is a Monday, the start of ISO week 0 for calendarSteps.
var weekEpoch = time.Date(1970, 1, 5, 0, 0, 0, 0, time.UTC)

var dayEpoch = time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC)

// newCalendarSteps returns the steps of spec, or nil when its periods
// start with the first event (2y, 5m, 2w, 10d) or the data's windows.
func newCalendarSteps(spec PeriodSpec) *calendarSteps {
	if spec.Data {
		return nil
	}
	e := spec.Every
	switch {
	case e.Unit == 'm' && e.N > 0 && 12%e.N == 0:
	case e.N == 1 && (e.Unit == 'y' || e.Unit == 'w' || e.Unit == 'd'):
	default:
		return nil
	}
	s := &calendarSteps{every: e, length: e}
	if !spec.Window.IsZero() {
		s.length = spec.Window
	}
	return s
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// daysSince counts whole days from epoch to t (in Unix seconds: a
// time.Duration overflows 292 years away).
func daysSince(t, epoch time.Time) int {
	return floorDiv(int(t.Unix()-epoch.Unix()), 86400)
}

// index is the step that holds day t.
func (s *calendarSteps) index(t time.Time) int {
	switch s.every.Unit {
	case 'y':
		return t.Year()
	case 'm':
		return (t.Year()*12 + int(t.Month()) - 1) / s.every.N
	case 'w':
		return floorDiv(daysSince(t, weekEpoch), 7)
	}
	return daysSince(t, dayEpoch)
}

// start is the first day of step k.
func (s *calendarSteps) start(k int) time.Time {
	switch s.every.Unit {
	case 'y':
		return time.Date(k, 1, 1, 0, 0, 0, 0, time.UTC)
	case 'm':
		m := k * s.every.N
		return time.Date(m/12, time.Month(m%12+1), 1, 0, 0, 0, 0, time.UTC)
	case 'w':
		return weekEpoch.AddDate(0, 0, 7*k)
	}
	return dayEpoch.AddDate(0, 0, k)
}

// end is the last day of the period step k starts.
func (s *calendarSteps) end(k int) time.Time {
	return s.length.add(s.start(k), 1).AddDate(0, 0, -1)
}

// touching returns the steps [lo, hi) whose periods share a day with span
// sp.
func (s *calendarSteps) touching(sp graph.Span) (lo, hi int) {
	a, b := sp.Start.Start(), sp.End.End()
	hi = s.index(b) + 1
	lo = s.index(a)
	for !s.end(lo - 1).Before(a) { // a rolling window that started earlier
		lo--
	}
	return lo, hi
}
