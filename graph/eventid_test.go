package graph

import "testing"

// AppendEventID writes EventID's id, to the byte, for every precision
// and for years fmt pads or signs.
func TestAppendEventIDIsEventID(t *testing.T) {
	dates := []Date{{}, {Year: 2019, Precision: PrecisionYear}, {Year: 1946, Month: 3, Precision: PrecisionMonth},
		{Year: 2019, Month: 12, Day: 31, Precision: PrecisionDay}, {Year: 812, Month: 1, Day: 5, Precision: PrecisionDay},
		{Year: -44, Month: 3, Day: 15, Precision: PrecisionDay}, {Year: 12345, Precision: PrecisionYear}, {Year: 2020, Month: 2, Day: 9, Precision: Precision(7)}}
	prefix := []byte("kept")
	for _, d := range dates {
		for _, ord := range []int{0, 1, -3, 120} {
			want := EventID("gdelt:832117012", "PRK", "MET", "CUB", d, ord)
			got := AppendEventID(prefix, "gdelt:832117012", "PRK", "MET", "CUB", d, ord)
			if string(got) != "kept"+want {
				t.Errorf("date %+v, ordinal %d: AppendEventID wrote %q, EventID is %q", d, ord, got, want)
			}
			if d.String() != string(d.appendText(nil)) {
				t.Errorf("date %+v: appendText %q, String %q", d, d.appendText(nil), d.String())
			}
		}
	}
	// The article as bytes, dst's own (as a fold's buffer gives it).
	buf := append(make([]byte, 0, 20), "gdelt:832117012"...)
	d := Date{Year: 2019, Month: 5, Day: 1, Precision: PrecisionDay}
	if got, want := string(AppendEventID(buf, buf[:len(buf):len(buf)], "PRK", "MET", "CUB", d, 0)), "gdelt:832117012"+EventID("gdelt:832117012", "PRK", "MET", "CUB", d, 0); got != want {
		t.Errorf("article in dst: %q, want %q", got, want)
	}
	if got, want := string(AppendEventID(nil, "", "", "", "", Date{}, 0)), EventID("", "", "", "", Date{}, 0); got != want {
		t.Errorf("empty fields: %q, want %q", got, want)
	}
}
