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
