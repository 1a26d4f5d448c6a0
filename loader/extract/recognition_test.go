package extract

import "testing"

// TestSwitchedRecognition: recognition switched from one state to another
// is the switcher's recognition of the one and its ties with the other
// reduced; a switch by states the sentence does not name is nobody's.
func TestSwitchedRecognition(t *testing.T) {
	checkCoop(t, []coopCase{
		{source: "fresh8/dw-solomon-islands-abandons-taiwan-2019", published: "2019-09-17",
			text: "The Solomon Islands switched diplomatic recognition from Taiwan to China on Monday, in a blow that leaves Taipei increasingly isolated.",
			want: []string{"SLB RECOGNIZED CHN", "SLB REDUCED_RELATIONS TWN"}, not: []string{"SLB RECOGNIZED TWN"}},
		// "six countries" names no state: not Tsai's Taiwan, named before
		{source: "fresh8/dw-solomon-islands-abandons-taiwan-2019", published: "2019-09-17",
			text: "Since Taiwanese President Tsai Ing-wen took office in 2016, six countries have switched allegiance to Beijing.",
			not:  []string{"TWN RECOGNIZED CHN", "TWN REDUCED_RELATIONS CHN"}},
	})
}

// TestRelationsWithoutDiplomatic: ties established, normalised or resumed
// need not be called diplomatic; established ones are each way, and
// relations resumed with no "with" end at the comma.
func TestRelationsWithoutDiplomatic(t *testing.T) {
	checkCoop(t, []coopCase{
		{source: "fresh16/latimes-s-korea-china-agree-to-establish-full-ties-1992", published: "1992-08-22",
			text: "The first half of this goal was achieved when Moscow established ties with Seoul in 1990.",
			want: []string{"SUN RECOGNIZED KOR", "KOR RECOGNIZED SUN"}},
		{source: "fresh14/naijapremiumgist-iran-saudi-arabia-restore-ties-beijing-mediation-2023", published: "2023-03-10",
			text: "Saudi Arabia and Iran announced Friday an agreement to resume relations in a joint statement inked by the two countries and China and carried by Saudi and Iranian state media.",
			want: []string{"SAU RECOGNIZED IRN", "IRN RECOGNIZED SAU"}},
		{source: "fresh7/sunsentinel-arab-states-egypt-ties-1987", published: "1987-11-12",
			text: "In 1985, Jordan resumed relations, and Djibouti followed suit.",
			not:  []string{"JOR RECOGNIZED DJI"}},
	})
}
