package loader

import (
	"bytes"
	"strconv"

	"github.com/blocgraph/blocgraph/graph"
)

// Field parsing for the dataset formats: dates, numbers and Goldstein
// scores read straight from the bytes of a line, without allocating.

// Packed dates: year*10000 + month*100 + day (day 0 for a month).
func unpackDate(p int32) graph.Date {
	d := graph.Date{Year: int(p / 10000), Month: int(p / 100 % 100), Day: int(p % 100), Precision: graph.PrecisionDay}
	if d.Day == 0 {
		d.Precision = graph.PrecisionMonth
	}
	return d
}

var daysInMonth = [13]int32{0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

// packDate checks y-m-d against the calendar.
func packDate(y, m, d int32) (int32, bool) {
	if y < 1 || m < 1 || m > 12 || d < 1 || d > daysInMonth[m] {
		return 0, false
	}
	if m == 2 && d == 29 && !(y%4 == 0 && (y%100 != 0 || y%400 == 0)) {
		return 0, false
	}
	return y*10000 + m*100 + d, true
}

func digits(b []byte) (int32, bool) {
	var v int32
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int32(c-'0')
	}
	return v, len(b) > 0
}

// parseYMD reads YYYYMMDD or YYYY-MM-DD.
func parseYMD(b []byte) (int32, bool) {
	switch {
	case len(b) == 8:
		y, ok1 := digits(b[:4])
		m, ok2 := digits(b[4:6])
		d, ok3 := digits(b[6:])
		if ok1 && ok2 && ok3 {
			return packDate(y, m, d)
		}
	case len(b) == 10 && b[4] == '-' && b[7] == '-':
		y, ok1 := digits(b[:4])
		m, ok2 := digits(b[5:7])
		d, ok3 := digits(b[8:])
		if ok1 && ok2 && ok3 {
			return packDate(y, m, d)
		}
	}
	return 0, false
}

// parseMDY reads M/D/YYYY (months and days of one or two digits), the
// dates of the ICEWS Dataverse file Events.2017.20200602.tab ("12/1/2017"
// is 1 December 2017).
func parseMDY(b []byte) (int32, bool) {
	ms, rest, ok1 := bytes.Cut(b, []byte{'/'})
	ds, ys, ok2 := bytes.Cut(rest, []byte{'/'})
	if !ok1 || !ok2 || len(ms) < 1 || len(ms) > 2 || len(ds) < 1 || len(ds) > 2 || len(ys) != 4 {
		return 0, false
	}
	m, ok1 := digits(ms)
	d, ok2 := digits(ds)
	y, ok3 := digits(ys)
	if !ok1 || !ok2 || !ok3 {
		return 0, false
	}
	return packDate(y, m, d)
}

var pow10 = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18}

// parseGoldstein reads a Goldstein score: a decimal number between -10 and
// 10. Short decimals (all of GDELT's) take an exact fast path: an integer
// mantissa below 2^53 divided by a power of ten is correctly rounded.
func parseGoldstein(b []byte) (float64, bool) {
	i, neg := 0, false
	if len(b) > 0 && (b[0] == '-' || b[0] == '+') {
		neg, i = b[0] == '-', 1
	}
	var m uint64
	nd, frac := 0, -1
	for ; i < len(b); i++ {
		c := b[i]
		switch {
		case c >= '0' && c <= '9':
			if nd >= 15 {
				return parseGoldsteinSlow(b)
			}
			m = m*10 + uint64(c-'0')
			nd++
			if frac >= 0 {
				frac++
			}
		case c == '.' && frac < 0:
			frac = 0
		default:
			return parseGoldsteinSlow(b)
		}
	}
	if nd == 0 {
		return 0, false
	}
	v := float64(m)
	if frac > 0 {
		v /= pow10[frac]
	}
	if neg {
		v = -v
	}
	return v, v >= -10 && v <= 10
}

func parseGoldsteinSlow(b []byte) (float64, bool) {
	v, err := strconv.ParseFloat(string(b), 64)
	if err != nil || v != v || v < -10 || v > 10 {
		return 0, false
	}
	return v, true
}

// short quotes a field for a message, cut to 40 bytes.
func short(b []byte) string {
	if len(b) > 40 {
		b = append(b[:37:37], "..."...)
	}
	return string(b)
}

func allDigits(b []byte) bool {
	if len(b) == 0 {
		return false
	}
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// goldsteinOf reads a Goldstein score; an empty one is the CAMEO table's
// value for the event code.
func goldsteinOf(b []byte, code cameo) (float64, bool) {
	if len(b) == 0 {
		return graph.Goldstein(code.String())
	}
	return parseGoldstein(b)
}
