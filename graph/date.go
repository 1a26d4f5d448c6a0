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

// appendText appends d.String() to b.
func (d Date) appendText(b []byte) []byte {
	if d.Precision != PrecisionYear && d.Precision != PrecisionMonth && d.Precision != PrecisionDay {
		return b
	}
	if d.Year < 0 || d.Year > 9999 || d.Month < 0 || d.Month > 99 || d.Day < 0 || d.Day > 99 {
		return append(b, d.String()...) // fmt's widths, signs and all
	}
	b = append(b, byte('0'+d.Year/1000), byte('0'+d.Year/100%10), byte('0'+d.Year/10%10), byte('0'+d.Year%10))
	if d.Precision == PrecisionYear {
		return b
	}
	b = append(b, '-', byte('0'+d.Month/10), byte('0'+d.Month%10))
	if d.Precision == PrecisionMonth {
		return b
	}
	return append(b, '-', byte('0'+d.Day/10), byte('0'+d.Day%10))
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

// ParseWrittenDate is ParseDate for dates as an analyst writes them in a
// facts file, where a date is read when it can be read one way only:
// besides YYYY, YYYY-MM and YYYY-MM-DD, a year first with one-digit months
// and days or with / or . between ("2021-4-1", "2021/04/01"), an ISO
// timestamp's day ("2021-04-01T10:00:00Z"), English month names, in full or
// cut to three letters ("1 April 2021", "April 1, 2021", "1st Apr. 2021",
// "April 2021"), and day/month/year in figures when only one reading is a
// date ("13/04/2021"). "01/04/2021" — 1 April or January 4 — is refused,
// naming both. A timestamp with a space before the time ("2021-04-01
// 10:00:00", as content systems export it) is its day, and a weekday
// before the date, as datelines write it ("Friday, April 23, 2021"), is
// checked against the date.
func ParseWrittenDate(s string) (Date, error) {
	d, err := ParseDate(s)
	if err == nil {
		return d, nil
	}
	t := strings.TrimSpace(s)
	if i := strings.IndexAny(t, "T "); i == 10 && len(t) > 10 && (t[i] == 'T' || isClock(t[11:])) {
		if d, e := ParseDate(t[:10]); e == nil {
			return d, nil
		}
	}
	if wd, rest, ok := cutWeekday(t); ok {
		d, e := ParseWrittenDate(rest)
		if e != nil {
			return Date{}, err
		}
		if d.Precision == PrecisionDay {
			if got := time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC).Weekday(); got != wd {
				return Date{}, fmt.Errorf("%q: %s was a %s, not a %s", s, d, got, wd)
			}
		}
		return d, nil
	}
	fields := strings.FieldsFunc(t, func(r rune) bool { return r == '-' || r == '/' || r == '.' || r == ',' || r == ' ' })
	if len(fields) < 2 || len(fields) > 3 {
		return Date{}, err
	}
	// A year first, in figures: the order is year, month, day.
	if len(fields[0]) == 4 && isDigits(fields[0]) && allDigits(fields[1:]) && shortFields(fields[1:]) {
		return reparse(s, pad2(fields))
	}
	// Month names.
	month, rest := 0, []string(nil)
	for i, f := range fields {
		if m := monthNamed(f); m > 0 && month == 0 {
			month = m
			rest = append(append([]string{}, fields[:i]...), fields[i+1:]...)
		}
	}
	if month > 0 {
		var day, year string
		for _, f := range rest {
			f = strings.TrimRight(strings.ToLower(f), "stndrh") // 1st, 2nd, 3rd, 4th
			switch {
			case len(f) == 4 && isDigits(f) && year == "":
				year = f
			case len(f) >= 1 && len(f) <= 2 && isDigits(f) && day == "":
				day = f
			default:
				return Date{}, err
			}
		}
		if year == "" {
			return Date{}, err
		}
		parts := []string{year, strconv.Itoa(month)}
		if day != "" {
			parts = append(parts, day)
		}
		return reparse(s, pad2(parts))
	}
	// Day and month in figures before the year: read only when one order is
	// a date.
	if len(fields) == 3 && len(fields[2]) == 4 && allDigits(fields) && shortFields(fields[:2]) {
		dm, e1 := ParseDate(strings.Join(pad2([]string{fields[2], fields[1], fields[0]}), "-"))
		md, e2 := ParseDate(strings.Join(pad2([]string{fields[2], fields[0], fields[1]}), "-"))
		switch {
		case e1 == nil && e2 == nil && dm != md:
			return Date{}, fmt.Errorf("%q is ambiguous: %d %s %d (day/month) or %s %d, %d (month/day); write %s or %s", s,
				dm.Day, time.Month(dm.Month), dm.Year, time.Month(md.Month), md.Day, md.Year, dm, md)
		case e1 == nil:
			return dm, nil
		case e2 == nil:
			return md, nil
		}
	}
	return Date{}, err
}

// isClock reports whether s is a time of day as timestamps write it:
// "10:00", "10:00:00", "10:00:00.5", with or without a zone after a space
// or a sign ("+09:00", "Z", "UTC").
func isClock(s string) bool {
	clock, _, _ := strings.Cut(strings.TrimSpace(s), " ")
	if i := strings.IndexAny(clock, "+-Z"); i > 0 {
		clock = clock[:i]
	}
	parts := strings.Split(clock, ":")
	if len(parts) < 2 || len(parts) > 3 {
		return false
	}
	for i, p := range parts {
		if i == 2 {
			p, _, _ = strings.Cut(p, ".")
		}
		if len(p) != 2 || !isDigits(p) {
			return false
		}
	}
	return true
}

// cutWeekday cuts an English weekday, in full or in three letters, from
// the front of s ("Friday, April 23, 2021", "Fri 23 Apr 2021").
func cutWeekday(s string) (time.Weekday, string, bool) {
	word, rest, ok := strings.Cut(s, " ")
	if !ok {
		return 0, "", false
	}
	word = strings.ToLower(strings.TrimRight(word, ",."))
	for wd := time.Sunday; wd <= time.Saturday; wd++ {
		full := strings.ToLower(wd.String())
		if word == full || word == full[:3] {
			return wd, strings.TrimSpace(rest), true
		}
	}
	return 0, "", false
}

// reparse reads the fields of s as YYYY-MM-DD; an error quotes s.
func reparse(s string, fields []string) (Date, error) {
	norm := strings.Join(fields, "-")
	d, err := ParseDate(norm)
	if err != nil {
		return Date{}, fmt.Errorf("%q%s", strings.TrimSpace(s), strings.TrimPrefix(err.Error(), fmt.Sprintf("%q", norm)))
	}
	return d, nil
}

func allDigits(ss []string) bool {
	for _, s := range ss {
		if !isDigits(s) {
			return false
		}
	}
	return true
}

func shortFields(ss []string) bool {
	for _, s := range ss {
		if len(s) < 1 || len(s) > 2 {
			return false
		}
	}
	return true
}

// pad2 writes one-digit fields with a leading zero.
func pad2(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		if len(s) == 1 {
			s = "0" + s
		}
		out[i] = s
	}
	return out
}

// monthNamed is the month an English month name stands for ("April",
// "Apr", "Apr.", "Sept"), 0 for none.
func monthNamed(s string) int {
	s = strings.ToLower(strings.TrimSuffix(s, "."))
	if len(s) < 3 {
		return 0
	}
	for m := time.January; m <= time.December; m++ {
		full := strings.ToLower(m.String())
		if s == full || s == full[:3] || m == time.September && s == "sept" {
			return int(m)
		}
	}
	return 0
}
