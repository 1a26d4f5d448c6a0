package extract

import "testing"

// TestThreatFrame: a warning of consequences said of the future with no
// verb of threatening is THREATENED of the speaker to the state warned
// (ANNOTATION.md rules 5, 16, 45), on sentences of the testdata articles
// named.
func TestThreatFrame(t *testing.T) {
	checkCoop(t, []coopCase{
		// the one reported warns; the possessor of the act is warned
		{source: "fresh15/euromaidanpress-moldova-expels-45-russian-diplomats-embassy-staff-2023", published: "2023-07-27",
			text: "Russian foreign ministry spokesperson Maria Zakharova told a weekly briefing that Moldova’s decision would “not go unanswered,” calling it “another step in the destruction of bilateral relations” between the countries.",
			want: []string{"RUS THREATENED MDA"}, not: []string{"MDA THREATENED RUS"}},
		// "serious consequences for Russia's actions"
		{source: "fresh9/ht-canada-sanctions-russian-ministers-2022", published: "2022-02-25",
			text: "“Canada condemns in the strongest possible terms Russia’s egregious attack on Ukraine. Canada is taking strong action to stand up for what is right and protect the rights and freedoms of the Ukrainian people. Let me be clear: there will be serious consequences for Russia’s actions,” Trudeau said, in a release from the prime minister’s office.",
			want: []string{"CAN THREATENED RUS"}, not: []string{"CAN THREATENED UKR"}},
		// the one "told" is warned; the victim "against Russia" is not; the
		// speaker is the other state in play
		{source: "fresh11/unian-russia-expels-us-diplomats-persona-non-grata-2022", published: "2022-03-23",
			text: "This move was a response to the expulsion by Washington of 12 diplomats from the Russian permanent mission to the UN in New York, as well as a Russian employee of the UN Secretariat.\n\n" +
				"“The American side was firmly told that any hostile US actions against Russia would receive a decisive and adequate response,” the statement said.",
			want: []string{"RUS THREATENED USA"}, not: []string{"USA THREATENED RUS"}},
		// the state whose sovereignty was violated warns
		{source: "fresh4/khaama-pakistan-iran-strike-2024", published: "2024-01-17",
			text: "The Pakistan Ministry of Foreign Affairs strongly condemns Iran's missile and drone attack on its soil, which resulted in the tragic loss of two innocent children. The Ministry emphasizes that this violation of Pakistan's sovereignty is entirely unacceptable and could have \"serious consequences.\"",
			want: []string{"PAK THREATENED IRN"}, not: []string{"IRN THREATENED PAK"}},
		// the owner of the act nearest the cue, not the victim's
		// possessor before it
		{source: "articles/blinken-borrell-sherman-2022", published: "2022-01-31",
			text: "Secretary Blinken underscored the importance of coordinating actions in support of Ukraine’s sovereignty and territorial integrity and reiterated any further Russian aggression toward Ukraine would result in a severe response.",
			not:  []string{"USA THREATENED UKR"}},
		// a verb of warning codes its own threat; the frame adds none
		{source: "fresh6/nhk-dprk-denounces-freedom-edge-2024", published: "2024-06-30",
			text: "North Korea has denounced a large-scale joint military exercise by Japan, the United States and South Korea, warning such action could lead to \"fatal consequences.\"",
			not:  []string{"KOR THREATENED PRK"}},
	})
}
