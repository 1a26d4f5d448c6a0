package extract

import "testing"

// TestSummonedToMinistry: an envoy summoned in the passive with no agent
// is summoned by the state whose ministry he is summoned to, or, the
// ministry named without its state, by the state the last sentence opened
// with; each state of a list of envoys "from" is summoned (ANNOTATION.md
// rules 4, 8), on sentences of the testdata articles named.
func TestSummonedToMinistry(t *testing.T) {
	checkCoop(t, []coopCase{
		// the list after "from", the summoner of the last sentence
		{source: "fresh16/yenisafak-aa-ankara-summons-ambassadors-of-nine-countries-2023", published: "2023-02-03",
			text: "Türkiye summoned the ambassadors of nine countries Thursday, including those which have issued security warnings and temporarily closed consulates under the pretext of a terror threat in Türkiye, according to diplomatic sources.\n\n" +
				"Ambassadors and representatives from the US, Netherlands, Switzerland, Sweden, UK, Germany, Belgium, France and Italy were summoned to the Foreign Ministry, sources told Anadolu on condition of anonymity.",
			want: []string{"TUR PROTESTED USA", "TUR PROTESTED NLD", "TUR PROTESTED CHE", "TUR PROTESTED SWE", "TUR PROTESTED GBR",
				"TUR PROTESTED DEU", "TUR PROTESTED BEL", "TUR PROTESTED FRA", "TUR PROTESTED ITA"},
			not: []string{"USA PROTESTED TUR"}},
		// the ministry's state; the host "to the Russian Federation" is no
		// envoy's state
		{source: "fresh9/sputnik-russia-summons-czech-ambassador-2022", published: "2022-04-05",
			text: "\"On April 4, the Ambassador of the Czech Republic to the Russian Federation, Vitezslav Pivonka, was summoned to the Russian Foreign Ministry.",
			want: []string{"RUS PROTESTED CZE"}, not: []string{"CZE PROTESTED RUS"}},
		// a foreign ministry by its own name
		{source: "fresh12/fmt-malaysia-expels-north-korean-ambassador-2017", published: "2017-03-04",
			text: "KUALA LUMPUR: Malaysia has ordered the North Korean ambassador to leave the country, hours after he was summoned by Wisma Putra.",
			want: []string{"MYS PROTESTED PRK"}},
	})
}

// TestProtestsDelivered: a protest noun lodged, sent or handed to a state,
// or a note of protest, is PROTESTED of the protester (the clause's
// subject, the speaker) to the addressee (ANNOTATION.md rules 6, 75), on
// sentences of the testdata articles named.
func TestProtestsDelivered(t *testing.T) {
	checkCoop(t, []coopCase{
		// the passive "was lodged with": the ministry that says so protests
		{source: "fresh6/ap-india-expels-pakistani-officials-2020", published: "2020-06-01",
			text: "An Indian External Affairs Ministry statement said a strong protest was lodged with the Pakistan High Commission regarding the activities of its two officials which it said were against India’s national security.",
			want: []string{"IND PROTESTED PAK"}, not: []string{"PAK PROTESTED IND"}},
		// "a note of protest from A to B", the addressee before the noun
		{source: "fresh12/wilson-soviet-mfa-telegram-simferopol-embassy-protests-1962", published: "1962-10-31",
			text: "1. On 28 October the Ministry sent to the USA embassy a note of protest from the Soviet government to the American government concerning the flights around the Soviet ship \"Simferopol\" by American planes on 24 October of this year, and also concerning the cannon-fire during these flights.",
			want: []string{"SUN PROTESTED USA"}, not: []string{"USA PROTESTED SUN"}},
	})
}
