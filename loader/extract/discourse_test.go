package extract

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/blocgraph/blocgraph/loader/gazetteer"
)

// codeArticle drafts one article of testdata and returns its kept facts.
func codeArticle(t *testing.T, path string) []string {
	t.Helper()
	p := filepath.Join("..", "..", "testdata", path)
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	a, err := Read(p, data)
	if err != nil {
		t.Fatal(err)
	}
	d, err := Code(a, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return kept(d)
}

// TestPairInPlay: "the two countries" with no meeting reported and no pair
// named together is the one pair the sentence or the text has in play.
func TestPairInPlay(t *testing.T) {
	for _, tc := range []struct {
		path      string
		want, not []string
	}{
		// the text has named Honduras and El Salvador only: "The two
		// nations signed peace accords …"
		{path: "fresh8/ap-honduras-salvador-war-anniversary-1999.md", want: []string{"HND SIGNED_AGREEMENT SLV"}},
		// "… after the two countries signed an agreement to jointly
		// patrol …" in a story of Kyrgyzstan and Tajikistan alone
		{path: "fresh6/moscowtimes-kyrgyzstan-accuses-tajikistan-2014.md", want: []string{"KGZ SIGNED_AGREEMENT TJK"}},
		// the text names China too, but the sentence names India and
		// Pakistan: "the fighting between the two countries after India
		// ordered her troops to move into East Pakistan"
		{path: "fresh12/upi-india-launches-air-ground-war-against-pakistan-1971.md", want: []string{"PAK ATTACKED IND"}},
		// "to meet the interest of both countries" is no meeting; "expressing
		// both nations' keenness … to bolster ties" is the Amir's appeal,
		// not the United States'
		{path: "fresh9/kuna-amir-congratulates-biden-independence-day-2022.md", not: []string{"KWT MET USA", "USA MET KWT", "USA APPEALED_FOR_COOPERATION KWT"}},
	} {
		got := codeArticle(t, tc.path)
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s: %s not drafted; got %v", tc.path, w, got)
			}
		}
		for _, w := range tc.not {
			if slices.Contains(got, w) {
				t.Errorf("%s: %s drafted; got %v", tc.path, w, got)
			}
		}
	}
}

// TestPairNotInPlay: with more than two states in play, or a pair of
// places, "the two sides" stays no state.
func TestPairNotInPlay(t *testing.T) {
	z := gazetteer.Default()
	d := day(t, "1963-05-29")
	r := newResolver(z, d, nil)
	// testdata/fresh*/dawn-pakistan-afghanistan-ties-resumed-1963: Pakistan,
	// Afghanistan and Iran named before
	first := "A delegation from Pakistan led by External Affairs Minister Zulfiqar Ali Bhutto, and a delegation from Afghanistan led by Syed Qasim Rishtya, Minister for Information and Press, concluded negotiations by signing an agreement at the Iranian Foreign Ministry this afternoon."
	for _, m := range r.find(tokenize(first, nil)) {
		for _, st := range m.states {
			r.noteRecent(st)
		}
	}
	second := "Before the signing of the agreement to resume diplomatic relations which were broken off in September 1961, representatives of the two sides in the talks met the Shah for two hours and a half."
	for _, m := range r.find(tokenize(second, nil)) {
		if m.kind == mCollective || len(m.states) > 0 {
			t.Errorf("%q: %q resolved to %v (%s) with three states in play", second, m.name, m.states, m.how)
		}
	}
	// "both sides of the Atlantic" is a place, with two states in play
	// (testdata: the UK-US remarks)
	r = newResolver(z, d, nil)
	r.noteRecent("USA")
	r.noteRecent("GBR")
	s := "We keep our people safe; we entrust one another with intelligence that saves lives on both sides of the Atlantic."
	for _, m := range r.find(tokenize(s, nil)) {
		if m.kind == mCollective {
			t.Errorf("%q: %q resolved to %v", s, m.name, m.states)
		}
	}
}

// TestOurPair: "our two countries" in a statement of one state is the
// author and the one other state in play.
func TestOurPair(t *testing.T) {
	z := gazetteer.Default()
	d := day(t, "2019-05-08")
	r := newResolver(z, d, []string{"GBR"})
	r.noteRecent("GBR")
	r.noteRecent("USA")
	// testdata: uk-hunt-pompeo-remarks-2019
	s := "And it’s a privilege to reaffirm the strength of the friendship between our two countries."
	var got []string
	for _, m := range r.find(tokenize(s, nil)) {
		if m.kind == mCollective {
			got = m.states
		}
	}
	if !sameStates(uniq(got), []string{"GBR", "USA"}) {
		t.Errorf("%q: our two countries = %v, want GBR and USA", s, got)
	}
	// a third state in play: no pair
	r.noteRecent("FRA")
	for _, m := range r.find(tokenize(s, nil)) {
		if m.kind == mCollective {
			t.Errorf("%q: our two countries = %v with three states in play", s, m.states)
		}
	}
}
