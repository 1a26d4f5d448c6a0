package extract

import "testing"

// TestHelpOffers: a state ready to help another, or offering its help, is
// an appeal of the offerer to the one offered help (ANNOTATION.md rule
// 63), and no aid given nor words of support.
func TestHelpOffers(t *testing.T) {
	checkCoop(t, []coopCase{
		{source: "fresh8/beehive-nz-prepared-support-tonga-2022", published: "2022-01-18",
			text: "New Zealand is ready to assist Tonga in its recovery from Saturday night’s undersea eruption and tsunami, Foreign Affairs Minister Nanaia Mahuta and Defence Minister Peeni Henare said today.",
			want: []string{"NZL APPEALED_FOR_COOPERATION TON"}, not: []string{"NZL GAVE_AID TON"}},
		{source: "fresh8/pib-modi-condoles-morocco-earthquake-2023", published: "2023-09-09",
			text: "Shri Modi also said that India is ready to offer all possible assistance to Morocco in this difficult time.",
			want: []string{"IND APPEALED_FOR_COOPERATION MAR"}, not: []string{"IND GAVE_AID MAR"}},
		// "stands ready to support": help offered, not words of support;
		// the partner behind "alongside" is none
		{source: "fresh10/fbc-fiji-offers-support-australia-solomon-islands-2021", published: "2021-11-26",
			text: "Fiji stands ready to support the Solomon Islands government alongside its Australian Vuvale following the second day of uncontrollable riots in Honiara.",
			want: []string{"FJI APPEALED_FOR_COOPERATION SLB"},
			not:  []string{"FJI EXPRESSED_SOLIDARITY SLB", "FJI APPEALED_FOR_COOPERATION AUS"}},
		// the owner of the help offered is the offerer, not the one thanked
		{source: "fresh10/fbc-fiji-offers-support-australia-solomon-islands-2021", published: "2021-11-26",
			text: "The Prime Minister thanked his Australian counterpart for his swift response and offered the Fijian Government’s support to the Australian operation.",
			want: []string{"FJI APPEALED_FOR_COOPERATION AUS"}, not: []string{"AUS APPEALED_FOR_COOPERATION FJI"}},
		{source: "fresh10/najibrazak-congratulates-obama-reelection-2012", published: "2012-11-07",
			text: "Many Malaysians enthusiastically followed the presidential election campaign – and as a moderate Muslim nation, Malaysia stands ready to help the United States as it seeks to better engage with those of Islamic faith.",
			want: []string{"MYS APPEALED_FOR_COOPERATION USA"}},
		{source: "fresh15/ariananews-world-reacts-to-deadly-earthquakes-herat-2023", published: "2023-10-08",
			text: "Melanie Joly said on the X platform, formerly Twitter, that “Canada stands ready to support the Afghan people” following the 6.3-magnitude quake that struck near Herat, Afghanistan’s fourth-largest city.”",
			want: []string{"CAN APPEALED_FOR_COOPERATION AFG"}, not: []string{"CAN EXPRESSED_SOLIDARITY AFG"}},
	})
}

// TestHisCountry: "his country", "her government" are the person's
// state, as "he" is.
func TestHisCountry(t *testing.T) {
	checkCoop(t, []coopCase{
		{source: "fresh15/ariananews-world-reacts-to-deadly-earthquakes-herat-2023", published: "2023-10-08",
			text: "Pakistan’s Foreign Minister Jalil Abbas Jilani said that his country stands in solidarity with the government and people of Afghanistan in their hour of need.",
			want: []string{"PAK EXPRESSED_SOLIDARITY AFG"}},
		{source: "fresh10/channelstv-saudi-qatar-russia-congratulate-buhari-2019", published: "2019-02-28",
			text: "In a similar development, Russian Ambassador to Nigeria, Alexey Shebarshin, sent a congratulatory message to the President on behalf of his country.",
			want: []string{"RUS CONGRATULATED NGA"}},
	})
}

// TestOrganSpeaks: a first-person quotation said by an organ named
// without its state ("the Foreign Ministry said") is the state the
// sentence before opened with; a quotation that opened the sentence before
// names no speaker so.
func TestOrganSpeaks(t *testing.T) {
	checkCoop(t, []coopCase{
		{source: "fresh6/anadolu-ankara-attack-solidarity-2023", published: "2023-10-01",
			text: "Greece also issued a statement, strongly condemning the terrorist attack. \"We express our solidarity with the people and Government of Turkey and wish a speedy recovery to the injured,” the Foreign Ministry said on X.",
			want: []string{"GRC EXPRESSED_SOLIDARITY TUR"}},
		{source: "fresh9/ht-canada-sanctions-russian-ministers-2022", published: "2022-02-25",
			text: "He announced several sanctions in addition to those earlier this week.\n\n" +
				"“Russia’s attack on Ukraine is also an attack on democracy, on international law, on human rights, and on freedom. It threatens peace and order in Europe and around the world. These unwarranted actions will not go unpunished. We continue to stand with Ukraine, its people, and the Ukrainian Canadian community here in Canada,” the statement said.",
			not: []string{"RUS EXPRESSED_SOLIDARITY UKR", "RUS THREATENED CAN"}},
	})
}

// TestAidToDisasterState: a text whose first sentence names a disaster in
// one state is a round-up on it; aid sent or promised there whose sentence
// names no recipient goes to that state (ANNOTATION.md rules 5, 16, 63);
// an offer to help a non-state party is none (rule 3).
func TestAidToDisasterState(t *testing.T) {
	const first = "Latin American nations have scrambled to deployed rescue workers, doctors and supplies to the earthquake-hit island of Haiti.\n\n"
	checkCoop(t, []coopCase{
		{source: "fresh16/islamicinvitationturkey-latin-american-nations-send-aid-to-haiti-2010", published: "2010-01-14",
			text: first + "Peru will send two planes with 50 metric tons of humanitarian aid, mainly food, and 18 doctors and nurses and two field hospitals, the health minister said Wednesday afternoon.",
			want: []string{"PER GAVE_AID HTI"}},
		{source: "fresh16/islamicinvitationturkey-latin-american-nations-send-aid-to-haiti-2010", published: "2010-01-14",
			text: first + "Mexico, Colombia and Guatemala also promised to send rescue workers and aid as soon as possible.",
			want: []string{"MEX GAVE_AID HTI", "COL GAVE_AID HTI", "GTM GAVE_AID HTI"}, not: []string{"MEX APPEALED_FOR_COOPERATION HTI"}},
		{source: "fresh16/islamicinvitationturkey-latin-american-nations-send-aid-to-haiti-2010", published: "2010-01-14",
			text: first + "Venezuelan President Hugo Chavez promised more aid after the departure of a first group of 50 doctors, firefighters and rescue workers from Venezuela early Wednesday.",
			want: []string{"VEN GAVE_AID HTI"}},
		{source: "fresh16/islamicinvitationturkey-latin-american-nations-send-aid-to-haiti-2010", published: "2010-01-14",
			text: first + "Bolivian Defense Minister Walker San Miguel said none of Bolivia’s estimated 200 soldiers in Haiti had been killed, and that the impoverished Andean nation was offering to help UN rescue operations.",
			not:  []string{"BOL APPEALED_FOR_COOPERATION HTI", "BOL GAVE_AID HTI"}},
		// no disaster in the first sentence: no round-up
		{source: "fresh16/islamicinvitationturkey-latin-american-nations-send-aid-to-haiti-2010", published: "2010-01-14",
			text: "Latin American nations have scrambled to deployed rescue workers, doctors and supplies to Haiti.\n\nPeru will send two planes with 50 metric tons of humanitarian aid.",
			not:  []string{"PER GAVE_AID HTI"}},
		// a promise to offer is an offer (fresh13's Nepal)
		{source: "fresh13/biharprabha-aid-reaches-earthquake-hit-nepal-2015", published: "2015-04-26",
			text: "A devastating earthquake struck Nepal on Saturday.\n\nThe White House and Secretary of State John Kerry offered condolences and pledged to offer assistance.",
			want: []string{"USA APPEALED_FOR_COOPERATION NPL"}, not: []string{"USA GAVE_AID NPL"}},
	})
	for title, want := range map[string]bool{
		"Latin American nations send aid to Haiti":                      true,
		"Aid reaches from various countries to earthquake hit Nepal":    true,
		"71 killed, 127 missing as foreign aid reaches flood-hit Lanka": true,
		"US President wraps up State visit to Vietnam":                  false,
		"Nicaragua sues Germany over aid":                               false,
	} {
		if got := aidTitle(title); got != want {
			t.Errorf("aidTitle(%q) = %v, want %v", title, got, want)
		}
	}
}

// TestAidSent: a verb of sending (or its noun) whose load of several words
// ends in a noun of aid, then "to" and the recipient, is GAVE_AID of the
// subject (ANNOTATION.md rule 5); "ships" carrying supplies is no sending.
func TestAidSent(t *testing.T) {
	checkCoop(t, []coopCase{
		{source: "fresh2/dod-ryder-briefing-2023-09-21", published: "2023-09-21",
			text: "In other news, earlier today, the United States delivered more than 13 metric tons of critical life-saving humanitarian supplies to northeastern Libya.",
			want: []string{"USA GAVE_AID LBY"}},
		{source: "fresh6/prensalatina-bolivia-aid-cuba-2021", published: "2021-07-29",
			text: "La Paz, Jul 29 (Prensa Latina) Bolivian President Luis Arce on Thursday confirmed the shipment of syringes, food and biosecurity supplies to Cuba in the framework of reciprocity between peoples.",
			want: []string{"BOL GAVE_AID CUB"}},
		// a call to stop sending is no aid of the caller
		{source: "fresh3/nhk-blinken-xi-2024", published: "2024-04-26",
			text: "Chinese President Xi Jinping met Blinken in Beijing.\n\nHe reportedly called on the US to stop providing arms to Taiwan.",
			not:  []string{"CHN GAVE_AID TWN"}},
		{source: "fresh3/mofa-jp-okada-davutoglu-2010", published: "2010-06-08",
			text: "Minister Okada further stated that the confrontation between Israel Defense Forces and ships carrying supplies for the Gaza Strip was regrettable and expressed his condolences for the nine people who died.",
			not:  []string{"JPN GAVE_AID PSE"}},
	})
}
