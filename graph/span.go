package graph

import (
	"fmt"
	"math"
	"strings"
)

// Span is a stretch of calendar days: from the first day Start covers to
// the last day End covers, both included. A zero Start or End is an open
// end, reaching back or forward without bound; the zero Span is all time.
// A window of analysis (--since, --until), a leader's term of office, a
// party's rule and a period of a time series are all Spans.
//
// Dates of month or year precision are read as the days they cover: 2021-04
// covers 1 to 30 April 2021, 2021 the whole year. So Span{Start: 2021-04-15}
// starts on 15 April, Span{End: 2021-04} ends on 30 April, and
// Span{Start: 2021-04-15, End: 2021-04} is valid (15 to 30 April). An event
// dated 2021-04 touches every span that holds one of April's days (Touches):
// it is in a window that starts on 15 April, and in the week of 5 April too.
// Nothing is split or prorated: an event counts whole in every span it
// touches.
type Span struct {
	Start Date // the span starts on Start's first day; zero: open
	End   Date // the span ends on End's last day; zero: open
}

// SpanOf returns the days d covers: 2021-04 is 1 to 30 April 2021. The zero
// Date gives the zero Span (all time).
func SpanOf(d Date) Span { return Span{Start: d, End: d} }

// SpanError says that a span ends before it starts.
type SpanError struct{ Span Span }

// Error reads "ends (2021) before it starts (2022-03)", for the caller to
// prefix with what the span is: "the window ", "the term ".
func (e *SpanError) Error() string {
	return fmt.Sprintf("ends (%s) before it starts (%s)", e.Span.End, e.Span.Start)
}

// Validate returns a *SpanError when s ends before it starts: when the last
// day End covers comes before the first day Start covers.
func (s Span) Validate() error {
	if !s.Start.IsZero() && !s.End.IsZero() && s.End.lastDay() < s.Start.firstDay() {
		return &SpanError{Span: s}
	}
	return nil
}

// IsZero reports whether s is all time: both ends open.
func (s Span) IsZero() bool { return s.Start.IsZero() && s.End.IsZero() }

// first and last are the day numbers of s's ends (see Date.firstDay); open
// ends are the smallest and largest int64.
func (s Span) first() int64 {
	if s.Start.IsZero() {
		return math.MinInt64
	}
	return s.Start.firstDay()
}

func (s Span) last() int64 {
	if s.End.IsZero() {
		return math.MaxInt64
	}
	return s.End.lastDay()
}

// Touches reports whether one of the days d covers is in s: the rule by
// which an event of day, month or year precision counts for a window or a
// period. The zero Date touches nothing.
func (s Span) Touches(d Date) bool {
	if d.IsZero() {
		return false
	}
	return d.lastDay() >= s.first() && d.firstDay() <= s.last()
}

// Overlaps reports whether s and o share a day; open ends reach without
// bound.
func (s Span) Overlaps(o Span) bool { return s.last() >= o.first() && o.last() >= s.first() }

// Contains reports whether every day of o is in s; an open end of o is
// contained only by an open end of s.
func (s Span) Contains(o Span) bool { return s.first() <= o.first() && o.last() <= s.last() }

// Gap is the number of days from the end of the earlier of s and o to the
// start of the later: 0 when they overlap, 1 when one ends the day before
// the other starts. It orders terms by how near they are to a date.
func (s Span) Gap(o Span) int64 {
	switch {
	case s.Overlaps(o):
		return 0
	case s.last() < o.first():
		return o.first() - s.last()
	}
	return s.first() - o.last()
}

// String formats s as an ISO 8601 interval of its dates, ".." for an open
// end: "2021-03/2021-04-23", "2021/..", "../2022-06", "../..".
func (s Span) String() string {
	a, b := s.Start.String(), s.End.String()
	if a == "" {
		a = ".."
	}
	if b == "" {
		b = ".."
	}
	return a + "/" + b
}

// ParseSpan reads what String writes: START/END with dates as ParseDate
// reads them and ".." (or nothing) for an open end; a single date is the
// span of its days ("2021" is the year 2021). The span must not end before
// it starts.
func ParseSpan(s string) (Span, error) {
	s = strings.TrimSpace(s)
	a, b, ok := strings.Cut(s, "/")
	if !ok {
		d, err := ParseDate(s)
		if err != nil {
			return Span{}, err
		}
		if d.IsZero() {
			return Span{}, fmt.Errorf("%q is not a span: write START/END, e.g. 2021-03/2022 (.. for an open end)", s)
		}
		return SpanOf(d), nil
	}
	var sp Span
	var err error
	if sp.Start, err = parseSpanEnd(a); err != nil {
		return Span{}, err
	}
	if sp.End, err = parseSpanEnd(b); err != nil {
		return Span{}, err
	}
	if err := sp.Validate(); err != nil {
		return Span{}, fmt.Errorf("%q %w", s, err)
	}
	return sp, nil
}

func parseSpanEnd(s string) (Date, error) {
	if s = strings.TrimSpace(s); s == ".." {
		return Date{}, nil
	}
	return ParseDate(s)
}

// MarshalText implements encoding.TextMarshaler.
func (s Span) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *Span) UnmarshalText(b []byte) (err error) {
	*s, err = ParseSpan(string(b))
	return err
}

// Periods is a sorted list of spans, the periods of a time series (calendar
// years, months or weeks, or rolling windows of a length stepped by a
// period), indexed so that a date finds the periods it touches by binary
// search: Touching costs O(log n), and an event is assigned to its periods
// in one pass over the events.
type Periods struct {
	spans       []Span
	first, last []int64 // day numbers of each span's ends
}

// NewPeriods indexes spans. They must be valid and sorted: starts and ends
// both non-decreasing (calendar periods and rolling windows are; periods
// may overlap). Only the first span may have an open start and only the
// last an open end.
func NewPeriods(spans []Span) (*Periods, error) {
	p := &Periods{spans: append([]Span(nil), spans...), first: make([]int64, len(spans)), last: make([]int64, len(spans))}
	for i, s := range spans {
		if err := s.Validate(); err != nil {
			return nil, fmt.Errorf("period %d (%s) %w", i+1, s, err)
		}
		if (i > 0 && s.Start.IsZero()) || (i < len(spans)-1 && s.End.IsZero()) {
			return nil, fmt.Errorf("period %d (%s) is open-ended; only the first may have an open start and the last an open end", i+1, s)
		}
		p.first[i], p.last[i] = s.first(), s.last()
		if i > 0 && (p.first[i] < p.first[i-1] || p.last[i] < p.last[i-1]) {
			return nil, fmt.Errorf("period %d (%s) starts or ends before period %d (%s); periods must be sorted", i+1, s, i, spans[i-1])
		}
	}
	return p, nil
}

// Len is the number of periods.
func (p *Periods) Len() int { return len(p.spans) }

// Span returns period i.
func (p *Periods) Span(i int) Span { return p.spans[i] }

// Touching returns the periods d touches (Span.Touches), as the index range
// [lo, hi): none when lo == hi. A day falls in one calendar period; a month
// may touch five weeks; a date touches every rolling window holding it.
func (p *Periods) Touching(d Date) (lo, hi int) {
	if d.IsZero() {
		return 0, 0
	}
	return p.Overlapping(SpanOf(d))
}

// Overlapping returns the periods that share a day with s, as the index
// range [lo, hi): the periods of an event that lasts (Event.Span). The zero
// Span (all time) overlaps every period.
func (p *Periods) Overlapping(s Span) (lo, hi int) {
	f, l := s.first(), s.last()
	// Ends are sorted: the periods ending on or after f are a suffix; starts
	// are sorted: those starting on or before l are a prefix.
	lo = searchInt64(p.last, func(v int64) bool { return v >= f })
	hi = searchInt64(p.first, func(v int64) bool { return v > l })
	if hi < lo {
		hi = lo
	}
	return lo, hi
}

// Index returns the position of the period equal to s, or -1.
func (p *Periods) Index(s Span) int {
	f, l := s.first(), s.last()
	i := searchInt64(p.first, func(v int64) bool { return v >= f })
	for ; i < len(p.spans) && p.first[i] == f; i++ {
		if p.last[i] == l {
			return i
		}
	}
	return -1
}

// searchInt64 is sort.Search over a sorted slice.
func searchInt64(a []int64, ok func(int64) bool) int {
	i, j := 0, len(a)
	for i < j {
		h := int(uint(i+j) >> 1)
		if !ok(a[h]) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

// firstDay and lastDay number the first and last day d covers, counting
// days from 1 January 1970 (negative before); the zero Date is day 1 of the
// year 1, as Date.Start has it. Computed by arithmetic (Howard Hinnant's
// days_from_civil), without building a time.Time.
func (d Date) firstDay() int64 {
	switch d.Precision {
	case PrecisionYear:
		return civilDays(d.Year, 1, 1)
	case PrecisionMonth:
		return civilDays(d.Year, d.Month, 1)
	case PrecisionDay:
		return civilDays(d.Year, d.Month, d.Day)
	}
	return civilDays(1, 1, 1)
}

func (d Date) lastDay() int64 {
	switch d.Precision {
	case PrecisionYear:
		return civilDays(d.Year, 12, 31)
	case PrecisionMonth:
		return civilDays(d.Year, d.Month, daysIn(d.Year, d.Month))
	case PrecisionDay:
		return civilDays(d.Year, d.Month, d.Day)
	}
	return civilDays(1, 1, 1)
}

// civilDays is the number of days from 1970-01-01 to y-m-d (proleptic
// Gregorian).
func civilDays(y, m, d int) int64 {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return int64(era)*146097 + int64(doe) - 719468
}
