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

// TestRecognitionOfThing: recognition of a thing — a phrase that ends at
// a comma before any state, a noun a state only modifies, a participle
// used as an adjective — is no recognition of a state; recognition of a
// state's government stays one.
func TestRecognitionOfThing(t *testing.T) {
	checkCoop(t, []coopCase{
		{source: "fresh14/keesings-morocco-mauritania-break-relations-algeria-1976", published: "1976-05-01",
			text: "The period prior to the Spanish withdrawal had been marked by a continued deterioration in Moroccan-Algerian relations, and after Algeria on March 6 announced its recognition of the new Republic, both Morocco and Mauritania on the following day broke off diplomatic relations with Algeria.",
			want: []string{"MAR REDUCED_RELATIONS DZA", "MRT REDUCED_RELATIONS DZA"}, not: []string{"DZA RECOGNIZED MAR", "DZA RECOGNIZED MRT"}},
		{source: "fresh19/kantei-japan-australia-joint-press-announcement-perth-2022", published: "2022-10-22", author: "Japan",
			text: "In light of such unprecedented close ties between Japan and Australia, we agreed in our recognition of the Japan-Australia \"Special Strategic Partnership\" as having entered a new dimension.",
			not:  []string{"JPN RECOGNIZED AUS", "AUS RECOGNIZED JPN"}},
		{source: "fresh19/statehouse-uganda-kenya-rwanda-joint-communique-2013", published: "2013-06-26",
			text: "Furthermore, the Presidents of Uganda, Kenya and Rwanda agreed to establish a mechanism for mutual recognition of quality standards within EAC framework and other internationally recognized standards in which Kenya and Uganda are members.",
			not:  []string{"KEN RECOGNIZED UGA", "UGA RECOGNIZED KEN", "RWA RECOGNIZED KEN", "KEN RECOGNIZED RWA"}},
		// the existence of a state, its provisional government: the state's
		{source: "fresh16/frus-secretary-of-state-note-egyptian-ambassador-recognition-israel-1949", published: "1949-02-10",
			text: "The Government of the United States recognized the existence of the State of Israel on May 14, 1948, when it recognized the Provisional Government of Israel as the de facto authority in Israel.",
			want: []string{"USA RECOGNIZED ISR"}},
	})
}

// TestYearsOfRelations: "N years of (diplomatic) relations" is the pair's
// recognition each way, as an anniversary of them is (ANNOTATION.md rules
// 20, 27): the pair named after "between", else the two states the
// sentence names before; years still to come are no fact.
func TestYearsOfRelations(t *testing.T) {
	checkCoop(t, []coopCase{
		{source: "fresh11/radioreloj-syrian-fm-blockade-cuba-unjustifiable-2022", published: "2022-11-10",
			text: "Syria and Cuba have 57 years of relations, which began on August 11, 1965.",
			want: []string{"SYR RECOGNIZED CUB", "CUB RECOGNIZED SYR"}},
		{source: "fresh/state-blinken-sabry-2022", published: "2022-12-03",
			text: "Sri Lanka and the U.S. have been long-term partners – 75 years of diplomatic relationship that – almost the period of independence.",
			want: []string{"LKA RECOGNIZED USA", "USA RECOGNIZED LKA"}},
		{source: "test/mofa-kor-park-wangyi-2023", published: "2023-08-31",
			text: "The two sides reaffirmed their shared commitment to value and consistently develop Korea-China relations and agreed to make active efforts in various fields to develop the relationship into a healthier and more mature one as this year marks the new beginning of the upcoming 30 years of Korea-China relations.",
			not:  []string{"KOR RECOGNIZED CHN", "CHN RECOGNIZED KOR"}},
	})
}

// TestRelationsRestored: relations restored, resumed, normalised or
// established, with their pair not named in the clause, are the
// recognition each way of the pair the sentence or the text has in play;
// a wish to establish them is none yet.
func TestRelationsRestored(t *testing.T) {
	checkCoop(t, []coopCase{
		{source: "fresh15/tribune-afp-japan-south-korea-rebuild-ties-2023", published: "2023-03-17",
			text: "Diplomatic ties were normalized that year and Tokyo gave Seoul loans and economic aid worth some $800 million, the equivalent of several billion dollars now.",
			want: []string{"JPN RECOGNIZED KOR", "KOR RECOGNIZED JPN"}},
		// the pair from the sentence before
		{source: "fresh11/dpa-havanatimes-day-usa-broke-relations-cuba-2015", published: "2015-07-20",
			text: "HAVANA TIMES — Early on January 3, 1961 a telegram signed by the Foreign Minister of Cuba began a frantic day of meetings and consultations which led to the US decision to break off relations with the island.\n\nOn Monday, more than 54 years later, the respective embassies in the capitals of both countries reopen and diplomatic relations formally resume after a negotiation process that has been gradually easing the level of confrontation.",
			want: []string{"USA RECOGNIZED CUB", "CUB RECOGNIZED USA"}},
		{source: "fresh6/ht-india-recognizes-peking-1949", published: "1949-12-31",
			text: "“Having considered this communication and taken note of subsequent developments, the Government of India have intimated to the new Government of China their willingness to establish diplomatic relations with them.",
			not:  []string{"CHN RECOGNIZED IND"}},
	})
}
