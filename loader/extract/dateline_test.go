package extract

import (
	"strings"
	"testing"
)

// TestDatelineForms reads the datelines news sites and archives print, one
// line each, and refuses lines that only mention a date.
func TestDatelineForms(t *testing.T) {
	tests := []struct{ line, want string }{
		{"9 Nov 2016 11:34", "2016-11-09"},
		{"09.11.2016", "2016-11-09"}, // day.month.year: dotted dates are day first
		{"9.11.2016 11:34", "2016-11-09"},
		{"11:34 09.11.2016", "2016-11-09"},
		{"11.25.2016", "2016-11-25"}, // the only reading
		{"November 9, 2016 | 11:34 AM", "2016-11-09"},
		{"Published: November 9, 2016", "2016-11-09"},
		{"Published 9 November 2016", "2016-11-09"},
		{"Published: 09.11.2016 11:34", "2016-11-09"},
		{"Updated 11:34 AM EST, Wed November 9, 2016", "2016-11-09"},
		{"Updated: Nov. 9, 2016 at 11:34 a.m. ET", "2016-11-09"},
		{"Updated 1134 GMT (1934 HKT) November 9, 2016", "2016-11-09"},
		{"Wed 9 Nov 2016 11.34 GMT", "2016-11-09"},
		{"First published on Wed 9 Nov 2016 11.34 GMT", "2016-11-09"},
		{"Wednesday, 9 November 2016", "2016-11-09"},
		{"Wednesday 9th November 2016", "2016-11-09"},
		{"9th of November, 2016", "2016-11-09"},
		{"Posted on November 9, 2016", "2016-11-09"},
		{"2016-11-09T11:34", "2016-11-09"},
		{"2016-11-09T11:34:00+03:00", "2016-11-09"},
		{"2016-11-09 11:34", "2016-11-09"},
		{"Date: 2016-11-09", "2016-11-09"},
		{"11/09/2016", "2016-11-09"}, // slashes: month first, as American sites write
		{"25/12/2016", "2016-12-25"}, // unless the first number cannot be a month
		{"9 November 2016, 11:34 GMT+3", "2016-11-09"},
		{"Published 9 Nov 2016, updated 10 Nov 2016", "2016-11-09"},
		{"MOSCOW, Nov. 9, 2016 (Reuters) - Russian President Vladimir Putin congratulated Donald Trump.", "2016-11-09"},
		{"WASHINGTON, November 9, 2016 — The president said.", "2016-11-09"},
		// not datelines: a date in prose, a heading with a date, no year
		{"He will be sworn in on January 20, 2017.", ""},
		{"Talks on 9 November 2016 ended without a deal", ""},
		{"9 NOV, 11:34", ""},
		{"Putin congratulates Trump", ""},
		{"On 9 November 2016 Russia said", ""},
		{"31.02.2016", ""},
	}
	for _, tc := range tests {
		d, _, ok := datelineDate(tc.line)
		got := ""
		if ok {
			got = d.String()
		}
		if got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.line, got, tc.want)
		}
	}
}

// TestPublishedNotFromFuture: with no dateline, a date the text says is to
// come is no publication date; the dateline beats a later date in the body.
func TestPublishedNotFromFuture(t *testing.T) {
	tests := []struct{ text, want, from string }{
		{"Putin congratulates Trump\n\n9 Nov 2016 11:34\n\nRussian President Vladimir Putin congratulated Donald Trump on Wednesday. He will be sworn in on January 20, 2017.\n", "2016-11-09", "dateline"},
		{"Putin congratulates Trump\n\nRussian President Vladimir Putin congratulated Donald Trump on November 9, 2016. He will be sworn in on January 20, 2017.\n", "2016-11-09", "text"},
		{"Summit\n\nThe leaders met on 3 March 2021. A second summit is scheduled for 12 May 2021, and talks are to resume on June 1, 2021.\n", "2021-03-03", "text"},
		{"Summit\n\nThe leaders met on 3 March 2021 and again on 10 March 2021.\n", "2021-03-10", "text"},
	}
	for _, tc := range tests {
		a, err := Read("x.txt", []byte(tc.text))
		if err != nil {
			t.Fatal(err)
		}
		d, how, ok := inferPublished(a, Split(a.Text))
		if !ok || d.String() != tc.want || !strings.HasPrefix(how, tc.from) {
			t.Errorf("%q: got %s from %q, want %s from %s", tc.text, d, how, tc.want, tc.from)
		}
	}
}
