package graph

import (
	"cmp"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Precision says how much of a Date is known.
type Precision uint8

// Date precisions, from none (the zero Date) to a calendar day.
const (
	PrecisionNone Precision = iota
	PrecisionYear
	PrecisionMonth
	PrecisionDay
)

// String returns "day", "month", "year" or "" for no date.
func (p Precision) String() string {
	switch p {
	case PrecisionYear:
		return "year"
	case PrecisionMonth:
		return "month"
	case PrecisionDay:
		return "day"
	}
	return ""
}

// Date is a calendar date known to the day, the month or only the year,
// as news reports give them ("in March", "in 2021"). The zero Date means
// "no date" (an open end of a term, for instance).
type Date struct {
	Year      int
	Month     int // 1..12, 0 when Precision is PrecisionYear
	Day       int // 1..31, 0 unless Precision is PrecisionDay
	Precision Precision
}

// ParseDate reads YYYY, YYYY-MM or YYYY-MM-DD and checks that the date exists
// on the calendar. The empty string gives the zero Date and no error. Errors
// start with the quoted input, so that callers prefix the field's name:
// `date "2021-02-30": February 2021 has 28 days`.
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Date{}, nil
	}
	parts := strings.Split(s, "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return Date{}, fmt.Errorf("%q is not YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	nums := make([]int, len(parts))
	for i, p := range parts {
		if (i > 0 && len(p) != 2) || !isDigits(p) {
			return Date{}, fmt.Errorf("%q is not YYYY, YYYY-MM or YYYY-MM-DD", s)
		}
		nums[i], _ = strconv.Atoi(p)
	}
	d := Date{Year: nums[0], Precision: PrecisionYear}
	if d.Year < 1 {
		return Date{}, fmt.Errorf("%q: the year must be 0001 or later", s)
	}
	if len(nums) > 1 {
		d.Month, d.Precision = nums[1], PrecisionMonth
		if d.Month < 1 || d.Month > 12 {
			return Date{}, fmt.Errorf("%q: there is no month %d", s, d.Month)
		}
	}
	if len(nums) > 2 {
		d.Day, d.Precision = nums[2], PrecisionDay
		if last := daysIn(d.Year, d.Month); d.Day < 1 || d.Day > last {
			return Date{}, fmt.Errorf("%q: %s %d has %d days", s, time.Month(d.Month), d.Year, last)
		}
	}
	return d, nil
}

// MustDate is ParseDate for literals known to be right; it panics otherwise.
func MustDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// DateOf returns the day-precision Date of t.
func DateOf(t time.Time) Date {
	return Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day(), Precision: PrecisionDay}
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// daysIn is the number of days of a month (proleptic Gregorian).
func daysIn(year, month int) int {
	if month == 2 && year%4 == 0 && (year%100 != 0 || year%400 == 0) {
		return 29
	}
	return int(monthDays[month])
}

var monthDays = [13]uint8{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

// IsZero reports whether d is the zero Date (no date).
func (d Date) IsZero() bool { return d.Precision == PrecisionNone }

// String formats d as YYYY, YYYY-MM or YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	switch d.Precision {
	case PrecisionYear:
		return fmt.Sprintf("%04d", d.Year)
	case PrecisionMonth:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	case PrecisionDay:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
	}
	return ""
}

// Start is the first day d covers (midnight UTC); the zero time for no date.
func (d Date) Start() time.Time {
	switch d.Precision {
	case PrecisionYear:
		return time.Date(d.Year, 1, 1, 0, 0, 0, 0, time.UTC)
	case PrecisionMonth:
		return time.Date(d.Year, time.Month(d.Month), 1, 0, 0, 0, 0, time.UTC)
	case PrecisionDay:
		return time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
	}
	return time.Time{}
}

// End is the last day d covers (midnight UTC of that day); the zero time for no date.
func (d Date) End() time.Time {
	switch d.Precision {
	case PrecisionYear:
		return time.Date(d.Year, 12, 31, 0, 0, 0, 0, time.UTC)
	case PrecisionMonth:
		return time.Date(d.Year, time.Month(d.Month)+1, 0, 0, 0, 0, 0, time.UTC)
	case PrecisionDay:
		return d.Start()
	}
	return time.Time{}
}

// Compare orders dates by their first day, then coarser before finer
// precision; the zero Date sorts first.
func (d Date) Compare(o Date) int {
	if a, ok := d.startDay(); ok {
		if b, ok := o.startDay(); ok {
			if a != b {
				return cmp.Compare(a, b)
			}
			return cmp.Compare(d.Precision, o.Precision)
		}
	}
	return d.compareByStart(o)
}

// compareByStart is Compare by way of Start, for any fields: the order the
// fast path of Compare must keep.
func (d Date) compareByStart(o Date) int {
	if c := d.Start().Compare(o.Start()); c != 0 {
		return c
	}
	return cmp.Compare(d.Precision, o.Precision)
}

// startDay is the first day d covers as year×512 + month×32 + day, which
// orders days as Start does, for a date whose fields are on the calendar
// (ok false otherwise: Start normalises them, and Compare asks it). The
// zero Date starts on Start's zero time, 1 January of year 1.
func (d Date) startDay() (int, bool) {
	y, m, day := d.Year, d.Month, d.Day
	switch d.Precision {
	case PrecisionNone:
		return 1<<9 | 1<<5 | 1, true
	case PrecisionYear:
		m, day = 1, 1
	case PrecisionMonth:
		day = 1
	case PrecisionDay:
	default:
		return 0, false
	}
	if y < 1 || y > 1<<20 || m < 1 || m > 12 || day < 1 || (day > 28 && day > daysIn(y, m)) {
		return 0, false
	}
	return y<<9 | m<<5 | day, true
}

// MarshalText implements encoding.TextMarshaler.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (d *Date) UnmarshalText(b []byte) error {
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}
