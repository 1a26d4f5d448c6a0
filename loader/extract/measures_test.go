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

// TestTiesCut: ties cut by kind are REDUCED_RELATIONS (diplomatic, plain)
// and SANCTIONED (trade, transport; ports closed with them; trade measures
// imposed) of each subject to the partner, of each to each for a joint
// subject (ANNOTATION.md rules 6, 17, 37, 104), on sentences of the
// testdata articles named.
func TestTiesCut(t *testing.T) {
	checkCoop(t, []coopCase{
		{source: "fresh15/thenational-saudi-arabia-to-restore-ties-with-qatar-2021", published: "2021-01-05",
			text: "Saudi Arabia, Bahrain, the UAE and Egypt cut diplomatic, trade and transport ties with Qatar in 2017 over its support of extremist groups.",
			want: []string{"SAU REDUCED_RELATIONS QAT", "EGY REDUCED_RELATIONS QAT", "ARE SANCTIONED QAT", "BHR SANCTIONED QAT"},
			not:  []string{"QAT REDUCED_RELATIONS SAU"}},
		{source: "fresh15/thenews-afp-saudi-crown-prince-embraces-qatar-inks-solidarity-deal-2021", published: "2021-01-06",
			text: "Saudi Arabia had led a coalition of countries in the Gulf and beyond to cut ties and transport links with Qatar in June 2017, charging that it was too close to Iran and backed radical Islamist groups — allegations Doha denied.",
			want: []string{"SAU REDUCED_RELATIONS QAT", "SAU SANCTIONED QAT"}, not: []string{"SAU SANCTIONED IRN"}},
		// ports closed with the state ties were cut with
		{source: "articles/afp-gulf-states-cut-qatar-ties-2017", published: "2017-06-05",
			text: "A Saudi official cited by SPA said the country decided to \"sever diplomatic and consular ties with Qatar, and to close all land, sea and aviation ports\".",
			want: []string{"SAU REDUCED_RELATIONS QAT", "SAU SANCTIONED QAT"}},
		// a joint subject with no partner named: each against the other
		{source: "fresh15/tribune-afp-japan-south-korea-rebuild-ties-2023", published: "2023-03-17",
			text: "Japan rejected the 2018 South Korean court ruling, arguing that colonial-era disputes were settled in 1965.\n\n" +
				"Diplomatic ties were normalized that year and Tokyo gave Seoul loans and economic aid worth some $800 million, the equivalent of several billion dollars now.\n\n" +
				"The two sides imposed tit-for-tat trade measures and halted cooperation on several fronts as ties frayed.",
			want: []string{"JPN SANCTIONED KOR", "KOR SANCTIONED JPN", "JPN REDUCED_RELATIONS KOR", "KOR REDUCED_RELATIONS JPN"}},
		// an unnamed actor after a subordinator, a decision of no one named
		{source: "fresh12/dailysun-afp-china-solomon-islands-establish-diplomatic-ties-2019", published: "2019-09-21",
			text: "China and the Solomon Islands established diplomatic relations Saturday, days after the Pacific island nation severed ties with Taiwan, reports AFP.",
			not:  []string{"CHN REDUCED_RELATIONS TWN"}},
		{source: "fresh8/dw-solomon-islands-abandons-taiwan-2019", published: "2019-09-16",
			text: "China's foreign ministry said in a statement it \"highly commends\" the decision to sever diplomatic ties with Taiwan.",
			not:  []string{"CHN REDUCED_RELATIONS TWN"}},
		// "it" is the sentence's own actor before it
		{source: "fresh14/urdupoint-sputnik-algeria-recalls-ambassador-spain-2022", published: "2022-03-20",
			text: "On Friday, Spanish Prime Minister Pedro Sanchez called Morocco's 2007 proposal to offer Western Sahara autonomy under its sovereignty the \"most serious, realistic and credible\" way of ending the conflict.\n\nIn August 2021, Algiers announced that it was severing diplomatic ties with Morocco due to the neighbor's \"hostile actions\" since the day of independence.",
			want: []string{"DZA REDUCED_RELATIONS MAR"}, not: []string{"ESP REDUCED_RELATIONS MAR"}},
	})
}

// TestOwnEnvoysRecalled: a state recalling its own envoys from another
// is EXPELLED of the host (ANNOTATION.md rules 35, 62), on sentences of
// the testdata articles named.
func TestOwnEnvoysRecalled(t *testing.T) {
	checkCoop(t, []coopCase{
		// an alliance named by its members recalls for each of them
		{source: "fresh8/ap-sahel-alliance-recalls-ambassadors-algeria-2025", published: "2025-04-07",
			text: "DAKAR, Senegal (AP) — A military alliance between Mali, Burkina Faso, and Niger withdrew their respective ambassadors from Algeria in response to the downing of a Malian drone this week, the group said late Sunday.",
			want: []string{"MLI EXPELLED DZA", "BFA EXPELLED DZA", "NER EXPELLED DZA"}, not: []string{"DZA EXPELLED MLI"}},
		// "to that country": the other state in play; "it" the sentence's
		// actor before it
		{source: "fresh12/todayng-nigeria-recalls-ambassador-boycotts-wef-south-africa-2019", published: "2019-09-04",
			text: "In its strongest reaction in protest of the xenophobic attacks on Nigerians living in South Africa, Nigeria has confirmed that it has recalled its ambassador to that country, Kabiru Bala and also recalled a special envoy that President Muhammadu Buhari had dispatched to meet with President Cyril Ramaphosa.",
			want: []string{"NGA EXPELLED ZAF"}, not: []string{"ZAF EXPELLED NGA"}},
		// a recall noun
		{source: "fresh15/usafricaonline-somalia-recalls-ambassador-ethiopia-somaliland-port-deal-2024", published: "2024-01-02",
			text: "On January 2, 2024, Somalia officially declared the recall of its ambassador to Ethiopia in response to a controversial port agreement signed between Addis Ababa and the breakaway region of Somaliland.",
			want: []string{"SOM EXPELLED ETH"}, not: []string{"ETH EXPELLED SOM"}},
		// the object of "expelling" is not the one recalling
		{source: "fresh12/sun-afp-saudi-expels-canadian-envoy-recalls-own-2018", published: "2018-08-07",
			text: "Saudi Arabia said yesterday it was expelling the Canadian ambassador and recalling its envoy while freezing all new trade, in retaliation for Ottawa’s vigorous calls for the release of jailed activists.",
			want: []string{"SAU EXPELLED CAN"}, not: []string{"CAN EXPELLED SAU"}},
		// "call … for consultation": a recall, of every host of the list
		{source: "fresh19/riviera-maya-news-peru-calls-ambassadors-interference-2022", published: "2022-12-23",
			text: "Mexico City, Mexico — The Peruvian government has announced that it will call its ambassadors in Mexico, Colombia, Argentina and Bolivia for consultation.",
			want: []string{"PER EXPELLED MEX", "PER EXPELLED COL", "PER EXPELLED ARG", "PER EXPELLED BOL"}, not: []string{"MEX EXPELLED PER"}},
		{source: "fresh14/urdupoint-sputnik-algeria-recalls-ambassador-spain-2022", published: "2022-03-20",
			text: "The foreign ministry said on Saturday that Algeria was surprised by the change in Spain's stance on Western Sahara and summoned its ambassador from Madrid for consultations.",
			want: []string{"DZA EXPELLED ESP"}, not: []string{"ESP EXPELLED DZA"}},
		// another state's envoy called in for consultations is no recall
		{source: "fresh19/sputnik-bolivia-summons-us-charge-interference-2024", published: "2024-06-28",
			text: "LA PAZ (Sputnik) – Bolivia called the United States chargé d’affaires for consultations to complain about actions by the North American country’s embassy that were considered in La Paz as “interference in internal affairs,” the Bolivian Foreign Ministry reported.",
			not:  []string{"BOL EXPELLED USA", "USA EXPELLED BOL"}},
	})
}

// TestEnvoysToLeave: envoys told to leave within hours are EXPELLED of
// their state by the state they leave (ANNOTATION.md rule 35), on
// sentences of the testdata articles named.
func TestEnvoysToLeave(t *testing.T) {
	checkCoop(t, []coopCase{
		// "their diplomats": the states the last sentence cut ties with
		{source: "fresh7/bbc-egypt-severs-ties-arab-hardliners-1977", published: "1977-12-05",
			text: "President Anwar al-Sadat of Egypt has broken all relations with Syria, Libya, Algeria and South Yemen.\n\n" +
				"He has ordered their diplomats to leave Egypt within 24 hours and recalled his envoys from the countries.",
			want: []string{"EGY EXPELLED DZA", "EGY EXPELLED LBY", "EGY EXPELLED YMD"}, not: []string{"DZA EXPELLED EGY"}},
		// the state they are "in" expels them
		{source: "fresh11/unian-russia-expels-us-diplomats-persona-non-grata-2022", published: "2022-03-23",
			text: "As a reminder, earlier the Belarusian Foreign Ministry declaredthat the number of Ukrainian diplomats in Belarus will be reduced and they must leave the territory of the republic within 72 hours.",
			want: []string{"BLR EXPELLED UKR"}, not: []string{"UKR EXPELLED BLR"}},
	})
}

// TestEnvoysToLeaveReported: a leaving ordered in reported speech ("would
// have to leave … within 24 hours") is no hedge, and envoys declared
// persona non grata in the passive are expelled by the state they must
// leave, their state the mission's (ANNOTATION.md rule 35), on sentences
// of the testdata articles named.
func TestEnvoysToLeaveReported(t *testing.T) {
	checkCoop(t, []coopCase{
		{source: "fresh6/arynews-venezuela-breaks-colombia-ties-2019", published: "2019-02-23",
			text: "“Patience is exhausted, I can’t bare it anymore, we can’t keep putting up with Colombian territory being used for attacks against Venezuela. For that reason, I have decided to break all political and diplomatic relations with Colombia’s fascist government,” Maduro said in a speech.\n\n" +
				"He said the ambassador and consular staff would have to leave Venezuela within 24 hours.",
			want: []string{"VEN EXPELLED COL"}, not: []string{"COL EXPELLED VEN"}},
		{source: "fresh16/bnonews-india-halts-water-treaty-with-pakistan-expels-diplomats-2025", published: "2025-04-23",
			text: "India will also revoke all SAARC Visa Exemption Scheme (SVES) visas issued to Pakistani nationals. Those currently in India under SVES visas have been given 48 hours to leave the country.\n\n" +
				"In addition, the Defence, Naval, and Air Advisors posted at the Pakistani High Commission in New Delhi have been declared persona non grata and must leave India within a week.",
			want: []string{"IND EXPELLED PAK"}, not: []string{"PAK EXPELLED IND"}},
		// requested to withdraw, the envoys after the verb, the host the
		// state they are "in"
		{source: "fresh16/hansard-lords-eastern-europe-expulsions-of-british-1951", published: "1951-01-24",
			text: "But perhaps I ought to inform the noble Lord that in this particular case the Polish Government were recently requested to withdraw within three days two members of the Polish Mission in London.",
			want: []string{"GBR EXPELLED POL"}, not: []string{"POL EXPELLED GBR"}},
	})
}

// TestSanctionsImposedBy: a blockade or sanctions "imposed by" a state
// "against" or "on" another are SANCTIONED of the agent to the target
// (ANNOTATION.md rules 6, 29), not of the one who condemns them, on
// sentences of the testdata articles named.
func TestSanctionsImposedBy(t *testing.T) {
	checkCoop(t, []coopCase{
		{source: "fresh11/radioreloj-syrian-fm-blockade-cuba-unjustifiable-2022", published: "2022-11-10",
			text: "Damascus, Syria.- The Syrian Foreign Minister, Faisal al-Mekdad, today condemned the economic, commercial and financial blockade imposed by the United States against Cuba and described it as unjustifiable, unjust and cruel.",
			want: []string{"USA SANCTIONED CUB"}, not: []string{"SYR SANCTIONED CUB", "CUB SANCTIONED USA"}},
		{source: "fresh11/prensalatina-russia-condemns-tightening-us-blockade-cuba-2019", published: "2019-06-05",
			text: "Moscow, Jun 5 ( Prensa Latina ) Russian Foreign Ministry has expressed Wednesday a strong and resolute condemnation of the tightening of the economic, commercial and financial blockade imposed by the United States against Cuba for almost 60 years.",
			want: []string{"USA SANCTIONED CUB"}, not: []string{"RUS SANCTIONED CUB"}},
	})
}
