package extract

import "testing"

// TestBadDeeds: a state's deed named bad ("unfriendly actions by the
// British authorities", "the inexcusable violation by the government of
// Ecuador") is criticism of the doer by the one judging (ANNOTATION.md
// rules 14, 39): the subject of the verb of judging before it, or of the
// main clause a leading "In response to …" hangs on; no judge, or a deed
// not done, is none.
func TestBadDeeds(t *testing.T) {
	checkCoop(t, []coopCase{
		{source: "fresh13/nation-russia-imposes-reciprocal-sanctions-25-uk-officials-2020", published: "2020-11-22",
			text: "“In response to unfriendly actions by the British authorities and on the basis of reciprocity, the Russian side made a decision to impose personal sanctions on 25 representatives of Great Britain who are now banned from entering Russian territory,” said a foreign ministry statement.",
			want: []string{"RUS CRITICIZED GBR"}, not: []string{"GBR CRITICIZED RUS"}},
		{source: "fresh14/ticotimes-latin-american-nations-support-mexico-embassy-assault-ecuador-2024", published: "2024-04-07",
			text: "Together with Panama, the governments of Costa Rica and the Dominican Republic lamented in a joint statement “the inexcusable violation by the government of Ecuador of the territorial integrity of the Embassy of Mexico in Quito”.",
			want: []string{"CRI CRITICIZED ECU", "DOM CRITICIZED ECU"}, not: []string{"MEX CRITICIZED ECU", "ECU CRITICIZED MEX"}},
		// a deed not yet done is a warning, no criticism (rule 16)
		{source: "articles/blinken-borrell-sherman-2022", published: "2022-01-26",
			text: "Secretary Blinken underscored the importance of coordinating actions in support of Ukraine’s sovereignty and territorial integrity and reiterated any further Russian aggression toward Ukraine would result in a severe response.",
			not:  []string{"USA CRITICIZED RUS"}},
		// no one judging: a readout's "Russia's aggression" is none
		{source: "heldout2/blinken-cho-2024", published: "2024-03-18",
			text: "Both sides underscored continued alignment on countering Russia’s aggression and providing further support to Ukraine.",
			not:  []string{"USA CRITICIZED RUS", "KOR CRITICIZED RUS"}},
	})
}
