package extract

import "testing"

// The tests of this file are general mechanisms of news and diplomatic
// prose for recall, each with sentences written for it (none from the
// gold).

// TestProtestsLodged: a protest lodged, with an adjective or not, a
// protest note sent, and an envoy "called in" are PROTESTED of the
// envoy's state (ANNOTATION.md rules 6, 75); "called in" of no envoy is
// none.
func TestProtestsLodged(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Pakistan lodged a strong protest with the US Ambassador.", "PAK PROTESTED USA"},
		{"Ghana lodged a formal protest with Togo over the border incident.", "GHA PROTESTED TGO"},
		{"Manila sent a protest note to Beijing.", "PHL PROTESTED CHN"},
		{"Seoul called in Japan's ambassador to lodge a protest.", "KOR PROTESTED JPN"},
		{"Oslo called in the Russian envoy on Tuesday.", "NOR PROTESTED RUS"},
		// near misses: no envoy called in, no state protested to
		{"Tokyo called in experts from Germany.", ""},
		{"Elections were called in Japan.", ""},
		{"Germany lodged its protest against the treaty.", ""},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "2025-06-13")}, tc.want)
	}
}
