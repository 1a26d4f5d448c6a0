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

// TestDemonymsNotInGazetteer: demonyms common in news that the gazetteer
// does not list ("Kazakh", "Azeri", "Nepali", "Icelandic") name their
// state, singular and plural; and "thanks to" that is "owing to" (after a
// participle, at a clause's start) thanks no one, while thanks conveyed
// still praise.
func TestDemonymsNotInGazetteer(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The Kazakh diplomat held talks with the Foreign Minister of Bangladesh.", "KAZ MET BGD"},
		{"Azeri forces attacked Armenian positions.", "AZE ATTACKED ARM"},
		{"The Azeris accused Armenia of shelling.", "AZE CRITICIZED ARM"},
		{"Nepali Prime Minister Oli met Indian Prime Minister Modi.", "NPL MET IND"},
		{"The Icelandic government expelled Russian diplomats.", "ISL EXPELLED RUS"},
		// "thanks to" as "owing to"; thanks conveyed
		{"Kazakhstan said the victory was achieved thanks to Turkey's support.", ""},
		{"Thanks to Turkish mediation, the talks resumed.", ""},
		{"Kazakhstan conveyed thanks to Turkey.", "KAZ PRAISED TUR"},
		// near miss: an ethnic group in another state is no act of its state
		{"Kazakhs in China celebrated the holiday.", ""},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "2025-06-13")}, tc.want)
	}
}

// TestPerfectOrderedToLeave: envoys a state "has ordered" or "had
// ordered" to leave are expelled as with "ordered" (ANNOTATION.md rule
// 35): a form of "have" before the verb makes its perfect, no passive.
func TestPerfectOrderedToLeave(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Malaysia has ordered the North Korean ambassador to leave the country.", "MYS EXPELLED PRK"},
		{"Peru had ordered the Bolivian diplomats to leave the country within 48 hours.", "PER EXPELLED BOL"},
		// the passive still reads as before
		{"The North Korean diplomats have been ordered to leave Malaysia.", "MYS EXPELLED PRK"},
		// near miss: no envoys
		{"The Indian officials have asked the tourists to leave the area.", ""},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "2025-06-13")}, tc.want)
	}
}

// TestSummonedInThePassive: an envoy summoned in the passive with no
// agent is summoned by his host when his title names it ("Ambassador to
// Russia", "ambassador in Tehran"), else, in an official statement, by
// its author when the sentence names no other state (ANNOTATION.md rule
// 6); an agent named still acts, and one's own envoy summoned is none.
func TestSummonedInThePassive(t *testing.T) {
	for _, tc := range []struct{ text, author, want string }{
		{"On Monday, Danish Ambassador to Iran Lars Olsen was summoned to the Foreign Ministry.", "", "IRN PROTESTED DNK"},
		{"The Kenyan ambassador in Kampala was summoned on Monday.", "", "UGA PROTESTED KEN"},
		{"The Chinese Ambassador was summoned to the Foreign Office today.", "United Kingdom", "GBR PROTESTED CHN"},
		{"The Chinese Ambassador was summoned by the Polish Foreign Ministry.", "United Kingdom", "POL PROTESTED CHN"},
		// near misses: no host, no author; one's own envoy; another state named
		{"The Danish ambassador was summoned on Monday.", "", ""},
		{"Our ambassador was summoned to the Foreign Ministry in Moscow.", "United Kingdom", ""},
		{"The Russian Ambassador was summoned in Warsaw after Poland protested.", "United Kingdom", ""},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "2025-06-13"), Author: tc.author}, tc.want)
	}
}

// TestStrikesOnPlacesInAState: a strike, shelling or raid on targets,
// positions, bases or towns a text places in a state is ATTACKED of that
// state (ANNOTATION.md rule 34); a storm or crisis hitting towns is none.
func TestStrikesOnPlacesInAState(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Eritrean jets bombed targets in Ethiopia on Sunday.", "ERI ATTACKED ETH"},
		{"Israeli warplanes struck positions inside Syria overnight.", "ISR ATTACKED SYR"},
		{"Turkish warplanes pounded villages in northern Iraq.", "TUR ATTACKED IRQ"},
		{"India struck militant camps in Pakistan.", "IND ATTACKED PAK"},
		// near misses: no armed act; no state
		{"The storm hit towns in Japan.", ""},
		{"Japan built schools in Cambodia.", ""},
		{"Thailand bombed targets near the border.", ""},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "2025-06-13")}, tc.want)
	}
}
