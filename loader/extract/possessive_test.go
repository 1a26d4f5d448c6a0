package extract

import (
	"strings"
	"testing"
)

// TestPossessiveMeeting: a meeting "his" or "her" owns ("in his meeting
// with the Somalian president …, he pledged", "In his conversation with
// the King of Bhutan, the Prime Minister …") is a meeting of the person the pronoun stands for with the
// state of the one after "with" (events.go possessiveMeeting; ANNOTATION.md
// rule 6). Real passages of the known texts; a meeting with no state
// after "with" ("In his meeting with his counterpart") is none.
func TestPossessiveMeeting(t *testing.T) {
	for _, tc := range []struct {
		text, published, author string
		want, not               []string // drafted (or not) by the possessive frame
	}{
		// fresh14/dailynewsegypt-sisi-meets-african-leaders-kigali-2016: the
		// subject after the opening phrase is "he", the person of the
		// sentences before
		{"President Abdel Fattah Al-Sisi met on Sunday with an array of African leaders during his time at the 27th African Union (AU) summit currently being held in Kigali, Rwanda.\nAl-Sisi met with counterparts from Ghana, Sudan, Togo, Ghana, and Rwanda, according to state-run news agency MENA.\nIn his meeting with Sudanese president Omar Al-Bashir, Al-Sisi highlighted the importance of the historic ties between both countries and the potential of bilateral cooperation in different fields.\nHe asserted that connecting ports is a great opportunity to boost trade between both countries.\nBoth leaders also discussed preparations needed to form a joint committee between both countries to further execute plans for bilateral cooperation.\nMeanwhile, in his meeting with the Somalian president Hassan Sheikh Mahmoud, he pledged to maintain Egypt’s support in order to overcome security turbulence in Somalia, and recognised the country’s national development plan, Somalia 2016.",
			"2016-07-18", "", []string{"EGY MET SOM"}, nil},
		// dev/modi-new-year-calls-2020: the subject after the opening
		// phrase, the author's Prime Minister
		{"Prime Minister conveyed to the leaders his New Year greetings and good wishes on behalf of the people of India and on his own behalf. In his conversation with the King of Bhutan, the Prime Minister highlighted important achievements of the last year which have led to further consolidation of special ties between India and Bhutan.",
			"2020-01-01", "India", []string{"IND MET BTN"}, nil},
		// near miss, fresh10/mofa-pk-spokesperson-briefing-2023-06-01: no
		// state after "with"
		{"From Jordan, the Foreign Minister will travel to Iraq from 5th to 7th of June at the invitation of the Deputy Prime Minister and Foreign Minister Dr. Fuad Hussein. In his meeting with his counterpart, the two sides will discuss a range of issues of common interest.",
			"2023-06-01", "Pakistan", nil, []string{"PAK MET IRQ", "IRQ MET PAK"}},
	} {
		d, err := Code(&Article{File: "t.md", ID: "t", Text: tc.text}, Options{Published: day(t, tc.published), Author: tc.author})
		if err != nil {
			t.Fatal(err)
		}
		have := map[string]bool{}
		for _, c := range d.Candidates {
			if strings.HasPrefix(c.Rule, "his or her meeting") {
				have[c.String()] = true
			}
		}
		for _, w := range tc.want {
			if !have[w] {
				t.Errorf("%.60q: the possessive frame did not draft %q (it drafted %v)", tc.text, w, have)
			}
		}
		for _, n := range tc.not {
			if have[n] {
				t.Errorf("%.60q: the possessive frame drafted %q", tc.text, n)
			}
		}
	}
}
