package extract

import "testing"

// The tests of this file are the relation families of phrasing.go, each
// with sentences of the gold texts (testdata/fresh13) and variants of the
// family written for it (other verbs, inflections, negations), and near
// misses that must give nothing (ANNOTATION.md).

// TestBoycottAsInability: a refusal said as inability, a decision not to
// attend, skipping, staying away or pulling out of an event held in a
// state is BOYCOTTED of the host, named in the sentence or earlier in the
// text (rules 5, 44, 93); no host, a people, a negated or hedged refusal
// give none.
func TestBoycottAsInability(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		// gold (sputnik SAARC 2016, bellyofthebeast 2025)
		{"India was joined by Afghanistan, Bangladesh and Bhutan in deciding not to take part in the forthcoming SAARC Summit in Islamabad.", "AFG BOYCOTTED PAK; BGD BOYCOTTED PAK; BTN BOYCOTTED PAK; IND BOYCOTTED PAK"},
		{"In view of the above, Bangladesh is unable to participate in the proposed Summit in Islamabad.", "BGD BOYCOTTED PAK"},
		{"The summit will be held in Islamabad. The President of Afghanistan will not be able to attend the Summit.", "AFG BOYCOTTED PAK"},
		{"The Dominican Republic, the event's host, set the date. Colombia's president Gustavo Petro said he will not attend the Summit of the Americas.", "COL BOYCOTTED DOM"},
		// variants: other verbs and forms of the family
		{"Kenya decided not to attend the summit hosted by Uganda.", "KEN BOYCOTTED UGA"},
		{"Nepal conveyed its inability to attend the conference in New Delhi.", "NPL BOYCOTTED IND"},
		{"Sri Lanka skipped the summit in Islamabad.", "LKA BOYCOTTED PAK"},
		{"Ghana stayed away from the games in Abuja.", "GHA BOYCOTTED NGA"},
		{"Peru pulled out of the Quito summit.", "PER BOYCOTTED ECU"},
		{"Chile declined to take part in the conference in Lima.", "CHL BOYCOTTED PER"},
		{"Japan will host the Olympics. China has decided not to participate in the games.", "CHN BOYCOTTED JPN"},
		// near misses: no host; a people; a refusal denied or hedged
		{"The President was unable to attend the summit because of illness.", ""},
		{"Japanese citizens were unable to attend the games in China.", ""},
		{"Kenya did not skip the summit in Kampala.", ""},
		{"Kenya may skip the summit in Kampala.", ""},
		{"Kenya was unable to attend the funeral of the singer.", ""},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "2016-09-28")}, tc.want)
	}
}

// TestStatesLeftOut: states announced as not invited, refused an
// invitation or excluded from an event one convenes are REDUCED_RELATIONS
// of the convener to each (rule 44); "the three countries" takes up the
// states last left out; "excluding" as a preposition is none.
func TestStatesLeftOut(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		// gold
		{"Mexico's president will skip the Summit of the Americas after the Dominican Republic, the event's host, announced that Cuba, Venezuela and Nicaragua would not be invited.",
			"DOM REDUCED_RELATIONS CUB; DOM REDUCED_RELATIONS NIC; DOM REDUCED_RELATIONS VEN; MEX BOYCOTTED DOM"},
		{"The Dominican Republic said Cuba, Venezuela and Nicaragua would not be invited to the summit. Later the United States refused to invite the three countries to its summit.",
			"DOM REDUCED_RELATIONS CUB; DOM REDUCED_RELATIONS NIC; DOM REDUCED_RELATIONS VEN; USA REDUCED_RELATIONS CUB; USA REDUCED_RELATIONS NIC; USA REDUCED_RELATIONS VEN"},
		// variants
		{"Peru decided not to invite Venezuela to the summit in Lima.", "PER REDUCED_RELATIONS VEN"},
		{"Indonesia announced that Myanmar was not invited to the summit.", "IDN REDUCED_RELATIONS MMR"},
		{"The United States excluded Cuba from the Summit of the Americas.", "USA REDUCED_RELATIONS CUB"},
		// near misses: no event; "excluding" a preposition; a denial
		{"Trade among Asian states excluding China grew.", ""},
		{"The United States did not exclude Cuba from the summit.", ""},
		{"France said Germany was not invited to dinner.", ""},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "2025-06-13")}, tc.want)
	}
}

// TestElectionReactions: a reaction to a leader's election or victory
// ("hailed Obama's re-election", "was pleased with Macron's reelection",
// "called Macron's reelection 'brilliant'", "celebrating his well
// deserved victory") is CONGRATULATED, not PRAISED besides (rule 46); a
// war won, a negation and one's own victory are none.
func TestElectionReactions(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"French President Francois Hollande hailed Obama's re-election.", "FRA CONGRATULATED USA"},
		{"German Chancellor Angela Merkel was delighted with Obama's victory.", "DEU CONGRATULATED USA"},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "2012-11-07")}, tc.want)
	}
	for _, tc := range []struct{ text, want string }{
		// gold (sputnik 2022; mg 2012 above)
		{"Luxembourg Prime Minister Xavier Bettel said that he was pleased with Macron's reelection.", "LUX CONGRATULATED FRA"},
		{"Niger President Mohamed Bazoum called Macron's reelection \"brilliant\".", "NER CONGRATULATED FRA"},
		// variants
		{"Indian Prime Minister Narendra Modi welcomed the victory of Emmanuel Macron.", "IND CONGRATULATED FRA"},
		{"Japan's Prime Minister Fumio Kishida sent a message on Yoon Suk-yeol's election.", "JPN CONGRATULATED KOR"},
		{"German Chancellor Olaf Scholz was delighted with Macron's victory.", "DEU CONGRATULATED FRA"},
		// near misses: a war's victory; a negation; one's own
		{"Vietnam celebrated the victory over the United States.", ""},
		{"Russian President Vladimir Putin did not welcome Biden's victory.", ""},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "2022-04-25")}, tc.want)
	}
}

// TestRoundupOfCongratulations: in a text whose title is a round-up of
// congratulations to one leader, each foreign leader's message is
// CONGRATULATED of that leader's state (rules 46, 65); a former leader is
// none.
func TestRoundupOfCongratulations(t *testing.T) {
	a := &Article{File: "t.md", ID: "t", Title: "Foreign leaders congratulate Macron on reelection",
		Text: "Icelandic Prime Minister Katrin Jakobsdottir said that Iceland and France should strengthen bilateral relations.\n\n" +
			"Portuguese Prime Minister Antonio Costa noted that the French people have once again demonstrated their commitment.\n\n" +
			"Indian Prime Minister Narendra Modi is looking forward to deepening the partnership.\n\n" +
			"Former Italian Prime Minister Matteo Renzi said it was a good day.\n\n"}
	d, err := Code(a, Options{Published: day(t, "2022-04-25")})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, c := range kept(d) {
		got[c] = true
	}
	for _, want := range []string{"ISL CONGRATULATED FRA", "PRT CONGRATULATED FRA", "IND CONGRATULATED FRA"} {
		if !got[want] {
			t.Errorf("missing %s in %v", want, kept(d))
		}
	}
	if got["ITA CONGRATULATED FRA"] {
		t.Errorf("a former leader congratulated: %v", kept(d))
	}
}

// TestDisasterRoundup: condolences, offers of help and aid sent, in a
// text whose title or first sentence names the state a disaster struck,
// go to that state when the sentence names no other (rules 13, 63); a
// label "AUSTRALIA:" gives the subject of the lines under it.
func TestDisasterRoundup(t *testing.T) {
	a := &Article{File: "t.md", ID: "t", Title: "World leaders send condolences over Sichuan earthquake",
		Text: "Leaders sent messages of condolence to the Chinese leaders, offering deep sympathy over the earthquake in China.\n\n" +
			"Mozambican President Armando Guebuza expressed deep sympathy to the victims and their families.\n\n" +
			"Venezuelan President Hugo Chavez extended deep condolences for the victims of the disaster and said Venezuela is willing to offer help.\n\n" +
			"Chadian President Idriss Deby expressed great sorrow, extending solace to the people affected by the quake.\n\n" +
			"Peruvian President Alan Garcia pledged to provide assistance.\n\n" +
			"Kenya dispatched relief supplies and rescue teams.\n\n" +
			"GERMANY: Sent a search and rescue team consisting of 41 personnel.\n\n" +
			"The government has also offered field hospitals.\n\n" +
			// near misses: a condolence to another state named; a denial
			"Brazilian President Lula expressed sympathy to Argentina over the floods.\n\n" +
			"Ghana did not send a rescue team.\n\n"}
	d, err := Code(a, Options{Published: day(t, "2008-05-15")})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, c := range kept(d) {
		got[c] = true
	}
	for _, want := range []string{"MOZ EXPRESSED_SOLIDARITY CHN", "VEN EXPRESSED_SOLIDARITY CHN", "VEN APPEALED_FOR_COOPERATION CHN",
		"TCD EXPRESSED_SOLIDARITY CHN", "PER APPEALED_FOR_COOPERATION CHN", "KEN GAVE_AID CHN", "DEU GAVE_AID CHN", "DEU APPEALED_FOR_COOPERATION CHN"} {
		if !got[want] {
			t.Errorf("missing %s in %v", want, kept(d))
		}
	}
	for _, bad := range []string{"BRA EXPRESSED_SOLIDARITY CHN", "GHA GAVE_AID CHN"} {
		if got[bad] {
			t.Errorf("unwanted %s in %v", bad, kept(d))
		}
	}
}

// TestArmedClashesSaidWithTheVerb: the troops or forces of two states
// that clashed are ATTACKED each way (rule 42); people clashing, no armed
// men, or one state alone are none.
func TestArmedClashesSaidWithTheVerb(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Chinese and Soviet troops clashed in the north-western part of their frontier last night.", "CHN ATTACKED SUN; SUN ATTACKED CHN"},
		{"Indian and Chinese soldiers clashed in the Galwan valley.", "CHN ATTACKED IND; IND ATTACKED CHN"},
		{"Indian and Pakistani border guards clashed on Saturday.", "IND ATTACKED PAK; PAK ATTACKED IND"},
		// near misses: no armed men; one state; denied
		{"Indian and Chinese diplomats clashed over the wording.", ""},
		{"Indian troops clashed with protesters.", ""},
		{"Indian and Chinese troops never clashed there.", ""},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "1969-06-11")}, tc.want)
	}
}

// TestExpulsionTally: a tally of a state's expelled diplomats by the
// states that expelled them is EXPELLED of each (rule 87).
func TestExpulsionTally(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Last year the 147 Soviets expelled included 47 from France, 18 from Bangladesh, 18 from Iran, and 3 from the United States.",
			"BGD EXPELLED SUN; FRA EXPELLED SUN; IRN EXPELLED SUN; USA EXPELLED SUN"},
		{"The 30 Soviet diplomats expelled this year include 12 from Britain and 4 from Canada.", "CAN EXPELLED SUN; GBR EXPELLED SUN"},
		// near miss: no expulsion
		{"The 40 Soviets invited included 12 from Britain.", ""},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "1983-12-01")}, tc.want)
	}
}

// TestWarnedOfConsequences: a warning that another state must bear the
// consequences or pay a price is THREATENED of it (rule 5; fresh13's
// "China warned that the Soviet Union must bear all consequences"); a
// denied warning, and bearing responsibility (blame), are none.
func TestWarnedOfConsequences(t *testing.T) {
	for _, tc := range []struct{ text, date, want string }{
		{"China warned that the Soviet Union must bear all consequences for the provocation.", "1980-07-20", "CHN THREATENED SUN"},
		{"Iran warned that the United States would pay a heavy price.", "2020-07-20", "IRN THREATENED USA"},
		{"Iran warns that the United States will face the consequences.", "2020-07-20", "IRN THREATENED USA"},
		// near misses
		{"Iran did not warn that the United States would pay a price.", "2020-07-20", ""},
		{"Iran warned that the United States must bear full responsibility.", "2020-07-20", ""},
	} {
		wantKept(t, tc.text, Options{Published: day(t, tc.date)}, tc.want)
	}
}
