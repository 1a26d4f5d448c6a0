package graph

import (
	"math/rand/v2"
	"testing"
)

// TestDateCompareFastPath: Compare orders dates as their first days (Start)
// and then their precisions do, for dates on the calendar and off it (a
// 30 February, month 13, year 0, an unknown precision), which its fast path
// must leave to Start.
func TestDateCompareFastPath(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	random := func() Date {
		return Date{Year: rng.IntN(5) - 1 + []int{0, 1, 1999, 2000, 2024}[rng.IntN(5)], Month: rng.IntN(15) - 1, Day: rng.IntN(34) - 1, Precision: Precision(rng.IntN(5))}
	}
	dates := []Date{{}, MustDate("0001"), MustDate("0001-01"), MustDate("0001-01-01"), MustDate("2024-02-29"), MustDate("2023-02-28"),
		{Year: 2023, Month: 2, Day: 29, Precision: PrecisionDay}, {Year: 2023, Month: 3, Day: 1, Precision: PrecisionDay},
		{Year: 2021, Month: 13, Precision: PrecisionMonth}, {Year: 2022, Month: 1, Precision: PrecisionMonth}, {Year: 0, Precision: PrecisionYear}}
	for range 2000 {
		dates = append(dates, random())
	}
	for _, d := range dates {
		for range 20 {
			o := dates[rng.IntN(len(dates))]
			if got, want := d.Compare(o), d.compareByStart(o); got != want {
				t.Fatalf("%#v.Compare(%#v) = %d, want %d", d, o, got, want)
			}
		}
	}
}

func BenchmarkDateCompare(b *testing.B) {
	d, o := MustDate("2019-10-24"), MustDate("2019-10")
	for range b.N {
		if d.Compare(o) <= 0 {
			b.Fatal("order")
		}
	}
}

// Dates as analysts write them are read when one reading is possible, and
// refused with both readings when two are.
func TestParseWrittenDate(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"2021-04-01", "2021-04-01"},
		{"2021-4-1", "2021-04-01"},
		{"2021/04/01", "2021-04-01"},
		{"2021.4", "2021-04"},
		{"2021-04-01T10:00:00Z", "2021-04-01"},
		{"1 April 2021", "2021-04-01"},
		{"April 1, 2021", "2021-04-01"},
		{"April 1 2021", "2021-04-01"},
		{"1st Apr. 2021", "2021-04-01"},
		{"Sept 30, 1991", "1991-09-30"},
		{"april 2021", "2021-04"},
		{"Dec 1989", "1989-12"},
		{"13/04/2021", "2021-04-13"},
		{"04/13/2021", "2021-04-13"},
		{"04/04/2021", "2021-04-04"},
		{"1985", "1985"},
		// As content systems and datelines write them.
		{"2021-04-23 10:00:00", "2021-04-23"},
		{"2021-04-23 10:00", "2021-04-23"},
		{"2021-04-23 10:00:00+09:00", "2021-04-23"},
		{"2021-04-23 10:00:00.123 UTC", "2021-04-23"},
		{"Friday, April 23, 2021", "2021-04-23"},
		{"Fri 23 Apr 2021", "2021-04-23"},
		{"Friday, 23.04.2021", "2021-04-23"},
		{"Thursday, April 2021", "2021-04"},
	} {
		d, err := ParseWrittenDate(tt.in)
		if err != nil || d.String() != tt.want {
			t.Errorf("ParseWrittenDate(%q) = %v, %v; want %s", tt.in, d, err, tt.want)
		}
	}
	for _, tt := range []struct{ in, msg string }{
		{"01/04/2021", `"01/04/2021" is ambiguous: 1 April 2021 (day/month) or January 4, 2021 (month/day); write 2021-04-01 or 2021-01-04`},
		{"30 February 2021", `"30 February 2021": February 2021 has 28 days`},
		{"April 32, 2021", `"April 32, 2021": April 2021 has 30 days`},
		{"2021/02/30", `"2021/02/30": February 2021 has 28 days`},
		{"Aprill 2021", `"Aprill 2021" is not YYYY, YYYY-MM or YYYY-MM-DD`},
		{"Friday, April 24, 2021", `"Friday, April 24, 2021": 2021-04-24 was a Saturday, not a Friday`},
		{"2021-04-23 noon", `"2021-04-23 noon" is not YYYY, YYYY-MM or YYYY-MM-DD`},
		{"Friday", `"Friday" is not YYYY, YYYY-MM or YYYY-MM-DD`},
		{"spring 2021", `"spring 2021" is not YYYY, YYYY-MM or YYYY-MM-DD`},
		{"April", `"April" is not YYYY, YYYY-MM or YYYY-MM-DD`},
		{"13/13/2021", `"13/13/2021" is not YYYY, YYYY-MM or YYYY-MM-DD`},
	} {
		if d, err := ParseWrittenDate(tt.in); err == nil || err.Error() != tt.msg {
			t.Errorf("ParseWrittenDate(%q) = %v, %v; want error %s", tt.in, d, err, tt.msg)
		}
	}
}
