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

// TestFightingAnIll: fighting a pandemic, terrorism or fires "with" a state
// is done together, no attack; fighting a state still is.
func TestFightingAnIll(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Thailand will fight the epidemic with Myanmar hand in hand.", ""},
		{"Kenya and Uganda have helped each other fight the Ebola outbreak.", ""},
		{"Greece fought the wildfires alongside Turkey.", ""},
		// near miss: a state fought
		{"Ethiopia fought Eritrea along the border in 1998.", "ETH ATTACKED ERI"},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "2025-06-13")}, tc.want)
	}
}

// TestResponseGiven: a "swift response" that is someone's, or thanked
// for, was given: no threat; one warned of still is.
func TestResponseGiven(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The Prime Minister of Samoa thanked his New Zealand counterpart for his swift response.", "WSM PRAISED NZL"},
		{"Samoa praised New Zealand's strong response to the cyclone.", "WSM PRAISED NZL"},
		// near miss: a response warned of
		{"China warned Japan of a strong response.", "CHN THREATENED JPN"},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "2025-06-13")}, tc.want)
	}
}

// TestExtendedCongratulations: congratulations extended are
// congratulations (CAMEO's praise row for them is the vocabulary's
// CONGRATULATED).
func TestExtendedCongratulations(t *testing.T) {
	wantKept(t, "Cuban President Diaz-Canel extended warm congratulations to Vietnamese President Luong Cuong on his election.", Options{Published: day(t, "2025-06-13")}, "CUB CONGRATULATED VNM")
}

// TestTradeAndTransportMeasures: tariffs or duties on one state's goods,
// its aircraft or airlines banned, flights to it banned are sanctions on
// it (ANNOTATION.md rules 26, 37, 71); tariffs on a kind of goods from
// everywhere, or a demand to lift them, are none.
func TestTradeAndTransportMeasures(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Mexico slapped tariffs on American steel.", "MEX SANCTIONED USA"},
		{"The EU and India imposed levies of 15 percent on Australian wine.", "IND SANCTIONED AUS"},
		{"Canada's tariffs on American goods took effect.", "CAN SANCTIONED USA"},
		{"Germany banned Russian airlines from its airspace.", "DEU SANCTIONED RUS"},
		{"Turkey banned flights to Israel.", "TUR SANCTIONED ISR"},
		// near misses: goods of every state; a demand to lift them
		{"The Section 232 tariffs on steel and aluminum imports angered Canada.", ""},
		{"China urged the U.S. to lift the tariffs on Chinese goods.", ""},
		{"Germany banned the party from its parliament.", ""},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "2025-06-13")}, tc.want)
	}
}

// TestArmedGroupsByDemonym: a state's armed groups and craft named by its
// demonym ("Chinese vessels", "Turkish warplanes", "Salvadoran soldiers")
// act for it and are acted on as it; a state's vessels rammed are
// attacked (ANNOTATION.md rule 53).
func TestArmedGroupsByDemonym(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Turkish warplanes bombed northern Iraq on Sunday.", "TUR ATTACKED IRQ"},
		{"The war began when Ethiopian soldiers invaded Somalia.", "ETH ATTACKED SOM"},
		{"Vietnamese gunboats rammed Chinese fishing vessels.", "VNM ATTACKED CHN"},
		{"Iranian drones attacked Iraqi soldiers.", "IRN ATTACKED IRQ"},
		// near misses: no act on a state; a vote is no vessel
		{"Vietnamese gunboats rammed the pier.", ""},
		{"Turkish warplanes flew over the capital.", ""},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "2025-06-13")}, tc.want)
	}
}

// TestAssetsFrozen: a state's assets, reserves or funds frozen are a
// sanction on it (ANNOTATION.md rule 37), except the assets of a state the
// text reported attacked, kept from its invader.
func TestAssetsFrozen(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Japan froze Russian assets.", "JPN SANCTIONED RUS"},
		{"Canada has frozen Iranian funds held in its banks.", "CAN SANCTIONED IRN"},
		{"Britain announced the freezing of Libyan assets.", "GBR SANCTIONED LBY"},
		{"Russia invaded Georgia on Friday.\n\nBritain froze Russian and Georgian assets.", "GBR SANCTIONED RUS; RUS ATTACKED GEO"},
		// near misses: one's own; no state's
		{"Kuwait froze its own reserves.", ""},
		{"Japan froze the project.", ""},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "2025-06-13")}, tc.want)
	}
}

// TestArmsSales: arms sold, or a sale approved, are aid to the buyer
// (ANNOTATION.md rules 29, 70); goods that are no arms, and a sale only
// considered, are none.
func TestArmsSales(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The U.S. State Department has approved $2.1 billion of possible missile sales to Poland and Romania.", "USA GAVE_AID POL; USA GAVE_AID ROU"},
		{"Washington approved the sale of F-16 jets to Turkey.", "USA GAVE_AID TUR"},
		{"France sold Rafale fighters to Egypt.", "FRA GAVE_AID EGY"},
		// near misses
		{"Russia sold wheat to Egypt.", ""},
		{"Congress is considering an arms sale to Egypt.", ""},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "2025-06-13")}, tc.want)
	}
}

// TestDecisionOfAnother: the state whose decision, plan or move it is
// acts in the verb after "to", not the sentence's subject; and a border
// or airport closed is a sanction (ANNOTATION.md rule 37), no attack.
func TestDecisionOfAnother(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Lithuania closed the border with Belarus.", "LTU SANCTIONED BLR"},
		{"Minsk said that Lithuanian decisions to close the border with Belarus were dangerous.", "LTU SANCTIONED BLR"},
		{"Hanoi condemned China's move to impose sanctions on Vietnam.", "CHN SANCTIONED VNM; VNM CRITICIZED CHN"},
		// near miss: no possessor, the subject's own decision
		{"Lithuania announced its decision to close the border with Belarus.", "LTU SANCTIONED BLR"},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "2025-06-13")}, tc.want)
	}
}

// TestRankedBodies: a state's body of decision with an adjective of rank
// between ("Iran's supreme decision-making body", "Cuba's top policymaking
// body") acts for the state; it is not left for a state named later in the
// sentence to take the subject. "Lashed out at" is criticism.
func TestRankedBodies(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Iran's supreme decision-making body criticized planned Israeli-Greek naval drills and warned that Israel would pay a heavy price.", "IRN CRITICIZED GRC; IRN CRITICIZED ISR; IRN THREATENED ISR"},
		{"Cuba's top policymaking body lashed out at Panama.", "CUB CRITICIZED PAN"},
		// near misses: an envoy ranked "top" is still the envoy summoned; a
		// court is no body of decision the lists know
		{"Seoul summoned Japan's top envoy.", "KOR PROTESTED JPN"},
		{"Kenya's supreme court criticized Uganda.", ""},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "2025-06-13")}, tc.want)
	}
}

// TestWithAbsolute: the subject of an -ing verb in a "with" absolute
// (", with Tehran accusing …") is the noun after "with", not the main
// clause's subject; none when that noun is no state.
func TestWithAbsolute(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Talks resumed in Geneva, with Tehran also accusing Baghdad of stalling.", "IRN CRITICIZED IRQ"},
		{"Egypt voted first, with the Arab League accusing Israel of aggression.", ""},
		// near miss: no absolute, the clause's own subject
		{"Egypt voted first, accusing Israel of aggression.", "EGY CRITICIZED ISR"},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "2025-06-13")}, tc.want)
	}
}

// TestThankedForAid: thanks "for" assistance or aid say the one thanked
// gave it to the one thanking (ANNOTATION.md rules 25, 29), besides the
// praise; thanks for a welcome, or for aid to a third state, give none.
func TestThankedForAid(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Nepal thanked India for its assistance after the earthquake.", "IND GAVE_AID NPL; NPL PRAISED IND"},
		{"Tonga sincerely thanks Japan for its valuable support and assistance.", "JPN GAVE_AID TON; TON PRAISED JPN"},
		// near misses
		{"Nepal thanked India for the warm welcome.", "NPL PRAISED IND"},
		{"Nepal thanked India for its aid to Bhutan.", "IND GAVE_AID BTN; NPL PRAISED IND"},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "2025-06-13")}, tc.want)
	}
}
