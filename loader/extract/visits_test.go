package extract

import (
	"strings"
	"testing"
)

// TestVisits: a person's trip to, arrival in or stay in a foreign state is
// a meeting with it (visits.go; ANNOTATION.md rules 6, 20, 40), whoever
// the sentence says made it — the clause's subject, the "by" or "of" of
// the visit, the subject after an opening phrase. Real sentences of the
// known texts; a trip only invited or planned is none (rule 5).
func TestVisits(t *testing.T) {
	for _, tc := range []struct {
		text, published, author string
		title                   string
		want                    []string // facts that must be kept
		not                     []string // facts the visit frames must not draft
	}{
		// fresh12/aashanews-india-nepal-joint-statement-oli-state-visit-2018: "is on a State visit to"
		{"The Rt. Hon’ble Mr. K.P. Sharma Oli, Prime Minister of Nepal, is on a State visit to India from April 6-8, 2018, at the invitation of the Prime Minister of India, Shri Narendra Modi.",
			"2018-04-07", "", "", []string{"NPL MET IND"}, nil},
		// dailynewsegypt-sisi-meets-african-leaders-ahead-au-summit-malabo-2014: "arrived in X to participate in"
		{"President Abdel Fattah Al-Sisi arrived in Equatorial Guinea on Wednesday to participate in the 23rd African Union Summit, which he is scheduled to address on Thursday.",
			"2014-06-26", "", "", []string{"EGY MET GNQ"}, nil},
		// washingtonpost-kidspost-art-of-presidential-gift-giving-2018: a relative "who arrived in"
		{"French President Emmanuel Macron, who arrived in Washington on Monday for a state visit, gave President Trump an oak tree sapling from the Belleau Wood, the site of a 1918 World War I battle where 9,000 Americans died.",
			"2018-04-27", "", "", []string{"FRA MET USA"}, nil},
		// the same text: an opening phrase, the subject after its comma
		{"During a 2011 visit to Australia, President Barack Obama received crocodile insurance from the head of the Northern Territory.",
			"2018-04-27", "", "", []string{"USA MET AUS"}, nil},
		// nbc-trump-names-mongolian-gift-horse-2019
		{"During a trip to Mongolia in 2011, Vice President Joe Biden was given a horse, which he named “Celtic.”",
			"2019-08-01", "", "", []string{"USA MET MNG"}, nil},
		// vietnamplus-vietnam-cuba-joint-declaration-tran-dai-quang-2016: "visit to X … by V"
		{"This was declared in a joint declaration issued during the official visit to Cuba from November 15-17 by State President Tran Dai Quang, his spouse and a high-ranking Party and State delegation of Vietnam.",
			"2016-11-18", "", "", []string{"VNM MET CUB"}, nil},
		// globalsecurity-mea-weekly-media-briefing-2024-12-13: "the visit of V to X"
		{"This announcement is in regard to the visit of the President of Sri Lanka to India.",
			"2024-12-13", "India", "", []string{"LKA MET IND"}, nil},
		// mofa-pk-spokesperson-briefing-2023-06-01: "is in X", and "… and is now in X" after a first verb
		{"Foreign Minister Bilawal Bhutto Zardari is in Jordan to attend the wedding of Crown Prince Hussein at the invitation of the Royal family of Jordan.",
			"2023-06-01", "Pakistan", "", []string{"PAK MET JOR"}, nil},
		{"Foreign Secretary Dr. Asad Majeed Khan is on a two-country visit to Azerbaijan and Georgia. He concluded his visit to Azerbaijan yesterday and is now in Georgia.",
			"2023-06-01", "Pakistan", "", []string{"PAK MET AZE", "PAK MET GEO"}, nil},
		// rnz-key-to-visit-samoa-2009: a stay on his own business (rule 63)
		{"The New Zealand Prime Minister, John Key, is to head to Samoa this weekend to assess the tsunami damage firsthand. Mr Key, who's been holidaying in the United States, will return to Auckland on Saturday and then fly out to Samoa a few hours later.",
			"2009-10-01", "", "", []string{"NZL MET USA"}, nil},
		// channelnewsasia-afp-taiwan-lai-arrives-tuvalu-pacific-allies-2024: "he was in X", he the last person named
		{"Taiwanese President Lai Ching-te arrived in the tiny Pacific nation of Tuvalu on Wednesday (Dec 4), as part of a trip aimed at shoring up international support for Taiwan as China seeks to poach its few remaining allies. Taiwan calls itself a sovereign nation, but Beijing insists the democratic island of 23 million people is part of its territory and opposes any official exchanges with it. Lai's day trip to Tuvalu came just ahead of a stopover in the US territory of Guam. Earlier, he was in the Marshall Islands where President Hilda Heine expressed her government's commitment to \"remain a staunch ally\" of Taiwan.",
			"2024-12-04", "", "Taiwan's Lai arrives in Tuvalu to shore up Pacific allies", []string{"TWN MET MHL"}, nil},
		// near miss, somalitimes-erdogan-chad-joint-declaration-2017: invited, no visit yet
		{"The declaration also said Chad’s president has been invited to pay an official visit to Turkey at a date to be settled later.",
			"2017-12-27", "", "", nil, []string{"TCD MET TUR"}},
	} {
		a := &Article{File: "t.md", ID: "t", Text: tc.text, Title: tc.title}
		d, err := Code(a, Options{Published: day(t, tc.published), Author: tc.author})
		if err != nil {
			t.Fatal(err)
		}
		got := kept(d)
		have := map[string]bool{}
		for _, f := range got {
			have[f] = true
		}
		for _, w := range tc.want {
			if !have[w] {
				t.Errorf("%q: got %q, want %q among them", tc.text, strings.Join(got, "; "), w)
			}
		}
		for _, c := range d.Candidates {
			for _, w := range tc.not {
				if strings.HasSuffix(c.Rule, "(the visitor met it)") && c.String() == w {
					t.Errorf("%q: the visit frames drafted %q", tc.text, w)
				}
			}
		}
	}
}

// TestAgreementsSignedInTheVisit: instruments signed with no party named
// in the report of a visit or meeting just drafted are its two parties'
// (visits.go signedInVisit; ANNOTATION.md rule 6). Real passages of the
// known texts; instruments only expected to be signed are none (rule 5).
func TestAgreementsSignedInTheVisit(t *testing.T) {
	for _, tc := range []struct {
		text, published string
		want, not       []string
	}{
		// fresh9/allafrica-sisi-bashir-khartoum-talks-2018
		{"Khartoum — Egyptian President Abdelfattah Al Sisi arrived in the Sudanese capital of Khartoum today on a one-day visit for a joint round of talks with President Omar Al Bashir at the Republican Palace. Several cooperation agreements were signed.",
			"2018-10-26", []string{"EGY SIGNED_AGREEMENT SDN"}, nil},
		// fresh10/mofa-pk-spokesperson-briefing-2023-06-01: the visit two sentences before
		{"Foreign Minister of the Republic of Belarus, Sergei Aleinik, visited Pakistan on a 2-day official visit. In meetings with Foreign Minister Bilawal Bhutto Zardari and Minister of State Hina Rabbani Khar wide-ranging and substantive talks were held on political, economic, technological, cultural, educational and multilateral cooperation. Two agreements were signed on the occasion — Agreement on the Abolition of Visas for holders of Diplomatic and Service Passports and Agreement between the Institute of Strategic Studies, Islamabad and the Belarus Institute of Strategic Research.",
			"2023-06-01", []string{"BLR SIGNED_AGREEMENT PAK"}, nil},
		// fresh10/asiaplus-rahmon-uzbekistan-visit-golden-letters-2018: "signing of"
		{"On the outcomes of his state visit to Uzbekistan that took place on August 17-18, Emomali Rahmon noted that they would be written in history of relations between the two countries in golden letters. According to him, one of the most important results of the visit was signing of an agreement on strategic partnership.",
			"2018-08-22", []string{"TJK SIGNED_AGREEMENT UZB"}, nil},
		// near miss, the same briefing: a visit to come, agreements only expected
		{"From Jordan, the Foreign Minister will travel to Iraq from 5th to 7th of June at the invitation of the Deputy Prime Minister and Foreign Minister Dr. Fuad Hussein. This is Foreign Minister’s first visit to Iraq. During the visit, the Foreign Minister will meet the Iraqi leadership. The Foreign Minister will formally announce the establishment of Pilgrimage Centre in Karbala to facilitate Pakistani Zaireen and perform the ground-breaking of the Embassy Complex. A number of agreements are also expected to be signed related to education sector, cultural cooperation and visa facilitation.",
			"2023-06-01", nil, []string{"PAK SIGNED_AGREEMENT IRQ", "IRQ SIGNED_AGREEMENT PAK"}},
	} {
		got, have := codeKept(t, tc.text, tc.published)
		checkWantNot(t, tc.text, got, have, tc.want, tc.not)
	}
}
