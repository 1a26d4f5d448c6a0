package graph

import (
	"os"
	"strings"
	"testing"
)

var foldTests = []struct{ in, want string }{
	{"", ""},
	{" ", ""},
	{"Kim Jong-un", "kim jong un"},
	{"  Kim  Jong Un ", "kim jong un"},
	{"People's", "peoples"},
	{"U.S.", "u s"},
	{"a`b", "ab"},
	{"Díaz-Canel", "diaz canel"},
	{"Côte d’Ivoire", "cote divoire"},
	{"ABC123", "abc123"},
	{"x--y", "x y"},
	{"already folded", "already folded"},
	{"Expressed  solidarity, with", "expressed solidarity with"},
	{"SENT_GIFT", "sent gift"},
	{"Ørsted", "orsted"},
	{"Nguyễn Phú Trọng", "nguyen phu trong"},
}

func TestFoldTable(t *testing.T) {
	for _, tt := range foldTests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// checkFastFold checks the ASCII fast path of Fold against the Unicode one,
// and AppendFold against Fold.
func checkFastFold(t *testing.T, s string) {
	t.Helper()
	if got := string(AppendFold([]byte("x"), s)); got != "x"+Fold(s) {
		t.Errorf("AppendFold(x, %q) = %q, want x + %q", s, got, Fold(s))
	}
	if got, ok := foldASCII(s); ok {
		if want := foldUnicode(s); got != want {
			t.Errorf("fast Fold(%q) = %q, Unicode fold = %q", s, got, want)
		}
	}
}

// TestFoldFastPath checks the two paths of Fold agree, on hand-picked
// strings and on every field of the built-in gazetteer's data file (names,
// aliases, spelling variants, titles), which is what Fold is mostly asked.
func TestFoldFastPath(t *testing.T) {
	for _, tt := range foldTests {
		checkFastFold(t, tt.in)
	}
	for _, s := range []string{"tab\there", "trailing ", " leading", "double  space", "İstanbul", "O'Neill", "a'", "'"} {
		checkFastFold(t, s)
	}
	data, err := os.ReadFile("../loader/gazetteer/gazetteer.tsv")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for line := range strings.SplitSeq(string(data), "\n") {
		for f := range strings.SplitSeq(line, "\t") {
			for item := range strings.SplitSeq(f, "|") {
				checkFastFold(t, item)
				n++
			}
		}
	}
	if n < 100000 {
		t.Errorf("only %d fields read from the gazetteer's data file", n)
	}
}

var distanceTests = []struct {
	a, b  string
	limit int
	want  int
}{
	{"", "", -1, 0},
	{"abc", "", -1, 3},
	{"", "abc", -1, 3},
	{"kitten", "sitting", -1, 3},
	{"subjcet", "subject", -1, 1}, // a swap of adjacent letters is one edit
	{"ca", "abc", -1, 3},          // optimal string alignment, not Damerau: 3, not 2
	{"merkell", "merkel", -1, 1},
	{"diaz", "díaz", -1, 1}, // runes, not bytes
	{"kitten", "sitting", 2, 3},
	{"kitten", "sitting", 3, 3},
	{"a", "abcdef", 2, 3}, // the lengths alone exceed the limit
	{strings.Repeat("ab", 50), strings.Repeat("ba", 50), -1, 2}, // over 64 runes
	{strings.Repeat("ab", 40), strings.Repeat("ab", 40) + "x", 0, 1},
}

func TestDistance(t *testing.T) {
	for _, tt := range distanceTests {
		if got := Distance(tt.a, tt.b, tt.limit); got != tt.want {
			t.Errorf("Distance(%q, %q, %d) = %d, want %d", tt.a, tt.b, tt.limit, got, tt.want)
		}
		if got := Distance(tt.b, tt.a, tt.limit); got != tt.want {
			t.Errorf("Distance(%q, %q, %d) = %d, want %d (symmetry)", tt.b, tt.a, tt.limit, got, tt.want)
		}
	}
}
