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
