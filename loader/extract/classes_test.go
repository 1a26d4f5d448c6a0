package extract

import "testing"

// The tests of this file are general mechanisms of news and diplomatic
// prose, each with sentences written for it (none from the gold).

// TestUnknownPersonNoSubject: a person named by an honorific whom no state
// is known for ("Mr. Okafor") is the subject of the clause he opens and
// the antecedent of his "he": neither the author, nor the last person
// named, nor the state named nearby acts.
func TestUnknownPersonNoSubject(t *testing.T) {
	for _, tc := range []struct{ text, author, want string }{
		{"Japanese Foreign Minister Iwaya met Chinese Foreign Minister Wang Yi in Tokyo.\n\nMr. Okafor also said that he had cut ties with Chile.", "", "JPN MET CHN"},
		{"Mr. Okafor also said that he would cut ties with Chile.", "Japan", ""},
		{"Mr. Okafor cut ties with Chile.", "Japan", ""},
		{"Peru's decision came after Mr. Okafor said he would cut ties with Chile.", "", ""},
		// near misses: a person whose state is named resolves as before
		{"Peruvian President Boluarte said she would cut ties with Chile.", "", "PER REDUCED_RELATIONS CHL"},
		{"We cut ties with Chile.", "Japan", "JPN REDUCED_RELATIONS CHL"},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "2025-06-13"), Author: tc.author}, tc.want)
	}
}
