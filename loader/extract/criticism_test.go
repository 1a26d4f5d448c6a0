package extract

import "testing"

// TestCriticismFrames: criticism with no verb taking its target
// (criticism.go; ANNOTATION.md rules 4, 6, 14, 39): a criticism noun with
// its sources ("the condemnations came, from …") is of the deed in play;
// a deed "condemned by" a state is the agent's criticism of the doer,
// with the reverse misreading dropped; a state said to have violated is
// criticised by the one saying so; a state's deed called bad by the
// caller. No deed in play, a denial, or the doer as its own source is
// none.
func TestCriticismFrames(t *testing.T) {
	checkCoop(t, []coopCase{
		{source: "fresh16/deseret-latin-allies-blast-us-will-oas-do-the-same-1989", published: "1989-12-21",
			text: "The United States' Latin American allies, blasting the \"abusive\" military strike in Panama and rebuffing the new government's envoy, are considering whether the Organization of American States will formally condemn the U.S. action.\n\nOne by one the condemnations came, from Haiti, Uruguay, Costa Rica and Guatemala.",
			want: []string{"HTI CRITICIZED USA", "URY CRITICIZED USA", "CRI CRITICIZED USA", "GTM CRITICIZED USA"}},
		{source: "fresh16/deseret-latin-allies-blast-us-will-oas-do-the-same-1989", published: "1989-12-21",
			text: "But Panama's pro-Noriega representative, Jose Maria Cabrera, called the U.S. invasion \"the most brutal and criminal action ever carried out by the United States in our relationship.\"",
			want: []string{"PAN CRITICIZED USA"}},
		// no deed in play: the sources criticise no one
		{source: "fresh16/deseret-latin-allies-blast-us-will-oas-do-the-same-1989", published: "1989-12-21",
			text: "One by one the condemnations came, from Haiti, Uruguay, Costa Rica and Guatemala.",
			not:  []string{"HTI CRITICIZED USA", "HTI CRITICIZED URY"}},
		{source: "fresh13/reuters-india-tests-agni-pakistan-warns-1999", published: "1999-04-11",
			text: "NEW DELHI, April 11 (Reuters) - India said on Sunday it had successfully test-fired an upgraded, longer-range version of its Agni ballistic missile, ending a five-year period of restraint on the controversial weapon. The move was immediately condemned by India's arch-rival Pakistan as a threat to its security and prompted expressions of concern from Japan, Britain and the United States.",
			want: []string{"PAK CRITICIZED IND"}, not: []string{"IND CRITICIZED PAK"}},
		{source: "fresh16/bbc-israeli-bombing-osirak-reactor-1981", published: "2002-09-01",
			text: "As fighting between Iran and Iraq raged, Israel bombed a nuclear reactor being built near Baghdad.\n\nThe Israeli military says the raid “put the nuclear genie of Baghdad back into his bottle”.\n\nBut the bombing was widely condemned at the time, even by Israel’s traditional ally the US, which backed a UN resolution censuring Israel.",
			want: []string{"USA CRITICIZED ISR"}, not: []string{"ISR CRITICIZED USA", "USA CRITICIZED IRQ", "USA CRITICIZED IRN"}},
		{source: "fresh16/politico-putin-condemns-turkey-downing-russian-warplane-2015", published: "2015-11-24",
			text: "Turkey, a former Cold War rival with the Soviet Union, brought down the plane because officials said Russia violated its airspace once again, marking, according to The Associated Press, the first time a NATO member has shot down a Russian plane in more than 50 years.",
			want: []string{"TUR CRITICIZED RUS"}},
		// a denial of the violation is no accusation, nor is a drone a state
		{source: "fresh8/ap-sahel-alliance-recalls-ambassadors-algeria-2025", published: "2025-04-07",
			text: "Malian Prime Minister Gen. Abdoulaye Maiga, in a statement on the Malian Foreign Ministry's social media, denied claims by the Algerian government that the drone had violated Algeria's airspace by over 2 kilometers (1.2 miles).",
			not:  []string{"DZA CRITICIZED MLI", "MLI CRITICIZED DZA"}},
	})
}

// TestOrganWithoutItsState: a sentence that opens with "The Ministry" or
// "The government" speaks for the state of the last ministry or
// government the text named with its state (criticism.go
// bareOrganSubject, organTopic): it is the subject of what follows and
// the next sentence's "it". An organ that modifies a noun ("Chinese
// government vessels") names no speaker; the speaking organ is no
// target of its own warning.
func TestOrganWithoutItsState(t *testing.T) {
	checkCoop(t, []coopCase{
		{source: "fresh13/dawn-past-pages-sino-soviet-clash-sinkiang-1969", published: "1969-06-12",
			text: "Chinese and Soviet troops clashed in the north-western part of their 4,500-mile long frontier last night [June 10], the Chinese Foreign Ministry disclosed today.\n\n" +
				"The Ministry, in a strong protest Note delivered to the Soviet Embassy in Peking, said the clash took place in the western part of Barluk mountains in China’s Sinkiang province.\n\n" +
				"It accused the Soviet troops of opening fire first and said “driven beyond the limits of forbearance, the Chinese frontier guards were compelled to fight back in self-defence”.",
			want: []string{"CHN PROTESTED SUN", "CHN CRITICIZED SUN"}, not: []string{"SUN CRITICIZED CHN"}},
		{source: "fresh11/myjoyonline-ghana-condemns-israeli-attack-qatar-2025", published: "2025-09-10",
			text: "“The Government of the Republic of Ghana condemns the attack in view of the fact that the airstrikes constitute a clear violation of international law and an affront to the sovereignty of the State of Qatar. This attack undermines the ongoing pursuit of peace between the States of Palestine and Israel,” the statement read.\n\n" +
				"The government commended Qatar for its tireless and consistent commitment to mediating peace between Israel and Palestine and urged that the “condemnable incident” should not derail those diplomatic efforts.",
			want: []string{"GHA PRAISED QAT"}},
		{source: "fresh13/newsofemirates-russia-sanctions-biden-trudeau-officials-2022", published: "2022-05-21",
			text: "In a separate statement, Russia’s foreign ministry announced punitive measures against 313 Canadians including Trudeau and several of his ministers.\n" +
				"Russia also banned from entry Biden’s son Hunter and former secretary of state and Democrat presidential candidate Hillary Clinton.\n" +
				"The foreign ministry warned Moscow will soon announce additional sanctions against a range of “Russophobic” US officials, military officers, lawmakers, businessmen and media personalities.",
			want: []string{"RUS THREATENED USA"}},
		// "Chinese government vessels": no Chinese organ speaking
		{source: "fresh12/businessghana-japan-lodges-strong-protest-china-disputed-islands-2013", published: "2013-04-23",
			text: "Japan on Tuesday lodged a protest with China after Chinese government vessels stayed for more than half a day within what Tokyo claims as its territorial waters around a group of disputed islets in the East China Sea.\n\n" +
				"The government summoned Chinese Ambassador to Japan Cheng Yonghua Tuesday morning for the first time under Prime Minister Shinzo Abe's administration, demanding such an incident never happen again, the Foreign Ministry said in a statement.",
			want: []string{"JPN PROTESTED CHN"}, not: []string{"CHN PROTESTED JPN"}},
		// the ministry speaking is no target of its own warning
		{source: "fresh12/sun-afp-saudi-expels-canadian-envoy-recalls-own-2018", published: "2018-08-06",
			text: "“The Canadian position is an overt and blatant interference in the internal affairs of the kingdom of Saudi Arabia,” the Saudi foreign ministry tweeted.\n\n" +
				"The ministry also announced “the freezing of all new trade and investment transactions with Canada while retaining its right to take further action”.",
			not: []string{"CAN THREATENED SAU"}},
	})
}

// TestUnderscoreDateline: the AP archive's "MANAGUA, Nicaragua (AP) _"
// is a dateline; the person the sentence opens with after it is the next
// sentence's "he".
func TestUnderscoreDateline(t *testing.T) {
	checkCoop(t, []coopCase{
		{source: "fresh17/apnews-nicaragua-honduras-threaten-each-other-following-clashes-1985", published: "1985-09-14",
			text: "MANAGUA, Nicaragua (AP) _ After a day of border clashes, President Daniel Ortega called Saturday for an immediate meeting with Honduran President Roberto Suazo Cordova to prevent further bloodshed.\n\n" +
				"At the same time, he vowed on national television that ″the people and armed forces of Nicaragua will repel and destroy any foreign aggression.″\n\n" +
				"He accused neighboring Honduras of trying to provoke U.S. intervention and said Honduras’ actions were the result of pressure by the United States.",
			want: []string{"NIC CRITICIZED HND"}},
	})
}

// TestConditionOfALaterSaying: an "if" after a second verb of saying
// ("… and warned that the United States will face … if it ignores …")
// conditions what that verb reports, not the criticism before it.
func TestConditionOfALaterSaying(t *testing.T) {
	checkCoop(t, []coopCase{
		{source: "fresh11/ap-north-korea-warning-us-south-korea-drills-2019", published: "2019-11-13",
			text: "North Korea’s supreme decision-making body lashed out Wednesday at planned U.S.-South Korean military drills and warned that the United States will face a greater threat and harsh suffering if it ignores North Korean leader Kim Jong Un’s end-of-year deadline to salvage nuclear talks.",
			want: []string{"PRK CRITICIZED USA", "PRK CRITICIZED KOR", "PRK THREATENED USA"}},
	})
}

// TestMutualCriticism: a pair accusing each other (criticism.go
// mutualCriticism; rules 4, 6) is CRITICIZED each way — the subject's
// pair ("Guyana and Venezuela have traded accusations"), else, for "the
// parties", "the countries", "Each country … the other", the one pair
// of states in play. Views exchanged are no criticism.
func TestMutualCriticism(t *testing.T) {
	checkCoop(t, []coopCase{
		{source: "fresh18/naharnet-venezuela-recalls-ambassador-to-guyana-2015", published: "2015-07-06",
			text: "Guyana and Venezuela have traded accusations over the disputed Essequibo region that comprises two-thirds of Guyana's 215,000 square kilometers.",
			want: []string{"GUY CRITICIZED VEN", "VEN CRITICIZED GUY"}},
		{source: "fresh12/press-un-sc-armenia-azerbaijan-escalating-tensions-2022", published: "2022-12-20",
			text: "Despite a “glimmer of hope” regarding diplomatic efforts by Armenia and Azerbaijan towards a resolution of their ongoing dispute, a current escalation of tension and incidents threatens to derail fragile progress and unleash a dangerous resumption of violence, a senior United Nations official told the Security Council today.\n\n" +
				"Miroslav Jenča, Assistant Secretary-General for Europe, Central Asia and Americas, Departments of Political and Peacebuilding Affairs and Peace Operations, noted that since his last briefing, the parties have regularly traded accusations of ceasefire violations.",
			want: []string{"ARM CRITICIZED AZE", "AZE CRITICIZED ARM"}},
		{source: "fresh12/upi-india-launches-air-ground-war-against-pakistan-1971", published: "1971-12-04",
			text: "Heavy ground fighting was also reported at two places along the border between India and West Pakistan, which is separated from East Pakistan by 1,000 miles of Indian territory.\n\nEach country charged the other with aggression.",
			want: []string{"IND CRITICIZED PAK", "PAK CRITICIZED IND"}},
		{source: "fresh6/trt-algeria-cuts-ties-morocco-2021", published: "2021-08-24",
			text: "Algeria's Foreign Minister Ramtane Lamamra said that his country has severed diplomatic relations with Morocco due to \"hostile actions\", following months of resurgent tensions between the North African rivals.\n\n" +
				"The countries have long accused one another of backing opposition movements as proxies, with Algeria's alleged support for separatists in the disputed region of Western Sahara a particular bone of contention for Morocco.",
			want: []string{"DZA CRITICIZED MAR", "MAR CRITICIZED DZA"}},
		{source: "fresh8/reuters-thai-f16-bombs-cambodia-2025", published: "2025-07-24",
			text: "Of the six F-16 fighter jets that Thailand readied to deploy along the disputed border, one of the aircraft fired into Cambodia and destroyed a military target, the Thai army said. Both countries accused each other of starting the clash early on Thursday.",
			want: []string{"KHM CRITICIZED THA", "THA CRITICIZED KHM"}},
		// views exchanged: no criticism
		{source: "fresh/dod-austin-suh-wallace-2021-01", published: "2021-01-20",
			text: "Secretary Austin and Minister Suh addressed a broad range of defense issues and exchanged views on the security environment on the Korean Peninsula.",
			not:  []string{"USA CRITICIZED KOR", "KOR CRITICIZED USA"}},
	})
}

// TestDescribedAs: what a state did judged bad with "as" (criticism.go
// describedAs; rules 4, 14) is the judge's criticism of the doer — the
// object's possessor ("Washington's actions"), its agent after "by" or
// "from", also with the judgement first ("described as misleading a
// recent statement by …"); a participle after "after" or a comma judges
// for the sentence's opening state. Attacks with no state as doer give
// none.
func TestDescribedAs(t *testing.T) {
	checkCoop(t, []coopCase{
		{source: "fresh8/kremlin-putin-obama-telephone-2014", published: "2014-08-01",
			text: "The President of Russia described Washington’s actions to impose pressure through sanctions as counterproductive, causing serious damage to bilateral cooperation and international stability overall.",
			want: []string{"RUS CRITICIZED USA"}, not: []string{"USA CRITICIZED RUS"}},
		{source: "fresh12/kuna-egypt-dismayed-ethiopia-declaration-dam-2023", published: "2023-05-24",
			text: "Egypt on Wednesday described as misleading a recent statement by the Ethiopian Foreign Ministry regarding the Arab summit decision to support Egypt and Sudan over Al-Nahda dam issue.",
			want: []string{"EGY CRITICIZED ETH"}, not: []string{"ETH CRITICIZED EGY", "EGY CRITICIZED SDN"}},
		{source: "fresh5/jowhar-mali-expels-french-ambassador-2022", published: "2022-01-31",
			text: "Mali on Monday gave the French ambassador 72 hours to leave the country after describing comments from the French foreign minister about its transitional government as “hostile and outrageous” in a statement read on national television.",
			want: []string{"MLI CRITICIZED FRA"}, not: []string{"FRA CRITICIZED MLI"}},
		// the attackers are no state: no criticism of the host
		{source: "fresh11/dailytrust-ghana-president-apologises-buhari-nigerian-mission-2020", published: "2020-06-23",
			text: "The Federal Government on Sunday condemned the attacks on its residential buildings in Accra, describing them as criminal and outrageous.",
			not:  []string{"NGA CRITICIZED GHA"}},
	})
}

// TestHostileGrounds: a step taken "in response to", "as a result of",
// "due to" deeds called hostile is CRITICIZED of the one taking it to
// their doer (criticism.go hostileGrounds; ANNOTATION.md rules 14, 39):
// the doer named by "of", else the other of the pair in play; the one
// responding the sentence's first state, else the one the deeds were
// "toward", else the other of the pair. Never the reverse.
func TestHostileGrounds(t *testing.T) {
	checkCoop(t, []coopCase{
		{source: "fresh15/euromaidanpress-moldova-expels-45-russian-diplomats-embassy-staff-2023", published: "2023-07-26",
			text: "The Moldovan government has announced that the authorities decided to expel 22 diplomats and 23 representatives of the technical staff of the Russian Embassy.\n\n" +
				"“This decision comes as a result of numerous unfriendly actions toward the Republic of Moldova, unrelated to diplomatic duties, as well as attempts to destabilize the internal situation in our country,” Popescu said.",
			want: []string{"MDA CRITICIZED RUS"}, not: []string{"RUS CRITICIZED MDA"}},
		{source: "fresh9/nnn-bolivia-expels-mexican-spanish-diplomats-2019", published: "2019-12-31",
			text: "Bolivia also said it had expelled six Spanish security officials it alleges took part in the attempt. The six left the country on Sunday.\n\n" +
				"Spain said three Bolivian officials were asked to leave the country in response to the “hostile gesture.”",
			want: []string{"ESP CRITICIZED BOL"}, not: []string{"BOL CRITICIZED ESP"}},
		{source: "fresh14/northeastaffairs-russia-expels-belgian-dutch-diplomats-2022", published: "2022-05-03",
			text: "The ministry also mentioned that the Dutch ambassador was summoned on Tuesday over The Hague’s decision, made in late March, to expel 18 Russian diplomats from the Netherlands.\n\n" +
				"“The ambassador was handed a note from the ministry, in which, as a response to the unfriendly actions of The Hague, 14 employees of the Dutch embassy in Moscow and one employee of the consulate general of the Netherlands in St. Petersburg were declared personae non gratae.",
			want: []string{"RUS CRITICIZED NLD"}, not: []string{"NLD CRITICIZED RUS"}},
	})
}

// TestInterference: interference in a state's internal affairs is
// CRITICIZED of that state (named "of X", "X's", else the speaker) to the
// one interfering: "of" or "by" it, its possessor or modifier, the
// clause's first state, else the other of the pair in play (criticism.go
// interference; ANNOTATION.md rules 14, 39). A principle of
// non-interference, or "by one country", names no one criticised.
func TestInterference(t *testing.T) {
	checkCoop(t, []coopCase{
		{source: "fresh12/sun-afp-saudi-expels-canadian-envoy-recalls-own-2018", published: "2018-08-06",
			text: "“The Canadian position is an overt and blatant interference in the internal affairs of the kingdom of Saudi Arabia,” the Saudi foreign ministry tweeted.",
			want: []string{"SAU CRITICIZED CAN"}, not: []string{"CAN CRITICIZED SAU"}},
		{source: "fresh15/legalbrief-ethiopias-ambassador-expelled-from-somalia-2024", published: "2024-04-05",
			text: "‘The plain interference of Ethiopia's Government in the internal affairs of Somalia is a violation of the independence and sovereignty of Somalia,’ said the office of Somalia's Prime Minister.",
			want: []string{"SOM CRITICIZED ETH"}, not: []string{"ETH CRITICIZED SOM"}},
		{source: "fresh12/ghanamma-upi-peru-orders-mexican-ambassador-leave-2022", published: "2022-12-21",
			text: "Dec. 21 (UPI) — Mexico’s ambassador has been ordered to leave Peru within 72 hours after the Mexican government offered asylum to the family of recently ousted President Pedro Castillo.\n\n" +
				"The statement amounted to “unacceptable interference in internal affairs, in clear violation to the principle of non-intervention,” Peru’s foreign ministry said Tuesday.",
			want: []string{"PER CRITICIZED MEX"}, not: []string{"MEX CRITICIZED PER"}},
		{source: "articles/china-nauru-2002", published: "2002-07-21",
			text: "The two Governments agree to develop friendly relations between the two countries on the basis of the principles of mutual respect for sovereignty and territorial integrity, mutual non-aggression, non-interference in each other's internal affairs, equality and mutual benefit, and peaceful coexistence.",
			not:  []string{"CHN CRITICIZED NRU", "NRU CRITICIZED CHN"}},
		{source: "fresh13/sputnik-india-afghanistan-bangladesh-bhutan-skip-saarc-summit-2016", published: "2016-09-28",
			text: "“Growing interference in the internal affairs of Bangladesh by one country has created an environment which is not conducive to the successful hosting of the 19th SAARC Summit in Islamabad in November 2016.",
			not:  []string{"BGD CRITICIZED PAK"}},
	})
}
