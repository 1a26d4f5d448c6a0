package extract

import "testing"

// coopCase is a real text (sentences of the testdata articles named) with
// the facts it must give and those it must not.
type coopCase struct {
	source, text, published string
	author                  string // --author, if the text is a statement
	want, not               []string
}

func checkCoop(t *testing.T, cases []coopCase) {
	t.Helper()
	for _, tc := range cases {
		list, got := codeKeptBy(t, tc.text, tc.published, tc.author)
		checkWantNot(t, tc.source, list, got, tc.want, tc.not)
	}
}

// TestCooperationFrame: an agent, a word of intent and a cooperation with
// a partner is an appeal of the agent to the partner; of each to each
// when the agent is joint (ANNOTATION.md rules 9, 11).
func TestCooperationFrame(t *testing.T) {
	checkCoop(t, []coopCase{
		{source: "fresh14/dailynewsegypt-sisi-meets-african-leaders-ahead-au-summit-malabo-2014", published: "2014-06-26",
			text: "The ministers also discussed bilateral relations and Shoukry said Egypt is “looking forward to closer ties with China” with an emphasis on economic links and “counter-terrorism”.",
			want: []string{"EGY APPEALED_FOR_COOPERATION CHN"}, not: []string{"CHN APPEALED_FOR_COOPERATION EGY"}},
		// a joint subject, the parties of the visit just reported, and a
		// bilateral cooperation: each to each
		{source: "fresh11/vietnamplus-vietnam-cuba-joint-declaration-tran-dai-quang-2016", published: "2016-11-17",
			text: "Havana (VNA) – Vietnam and Cuba have renewed their determination to continue deepening their friendship, solidarity, brotherhood, trust and comprehensive cooperation in service of the respective countries’ nation-building and defence.\n\n" +
				"This was declared in a joint declaration issued during the official visit to Cuba from November 15-17 by State President Tran Dai Quang, his spouse and a high-ranking Party and State delegation of Vietnam.\n\n" +
				"The two sides agreed on measures to ratchet up bilateral cooperation, especially in defence, trade, agriculture, science and technology, communications, radio and television broadcast, energy, telecommunication, medicine-pharmacy, biotechnology, construction, tourism, culture, sports, education and training.",
			want: []string{"CUB APPEALED_FOR_COOPERATION VNM", "VNM APPEALED_FOR_COOPERATION CUB"}},
		// a future "will" right before a verb of cooperating
		{source: "fresh8/nhk-japan-announces-sanctions-russia-2022", published: "2022-02-23",
			text: "Japanese Prime Minister Kishida Fumio has announced sanctions against Russia for its unilateral recognition of the independence of two regions in eastern Ukraine.\n\n" +
				"Kishida also said his government will do its utmost to secure the safety of Japanese citizens in Ukraine.\n\n" +
				"The prime minister said that if the situation further deteriorates, Japan will need to swiftly consider additional measures in coordination with other Group of Seven nations and the international community.\n\n" +
				"He said his government will closely communicate and share information with the United States and Europe.",
			want: []string{"JPN APPEALED_FOR_COOPERATION USA"}, not: []string{"USA APPEALED_FOR_COOPERATION JPN"}},
		// "he" is the person the sentence named before it, not the last
		// sentence's
		{source: "fresh6/xinhua-congratulations-xi-election-2018", published: "2018-03-18",
			text: "He expressed the belief that China will continue to safeguard peace, uphold international law and promote a more balanced world.\n\nItalian President Sergio Mattarella said he is willing to work with Xi to promote Italy-China relations and enhance their practical cooperation in multilateral institutions within the framework of EU-China cooperation.",
			want: []string{"ITA APPEALED_FOR_COOPERATION CHN"}, not: []string{"CHN APPEALED_FOR_COOPERATION ITA"}},
		// the principles formula of a communiqué establishing relations is
		// the recognition, no appeal
		{source: "articles/china-nauru-2002", published: "2002-07-21",
			text: "China and Nauru signed Sunday in Hong Kong a joint communique on the establishment of diplomatic relations, which says they have decided to establish diplomatic relations at ambassadorial level as from July 21, 2002.\n\nThe two Governments agree to develop friendly relations between the two countries on the basis of the principles of mutual respect for sovereignty and territorial integrity, mutual non-aggression, non-interference in each other's internal affairs, equality and mutual benefit, and peaceful coexistence.",
			not:  []string{"CHN APPEALED_FOR_COOPERATION NRU", "NRU APPEALED_FOR_COOPERATION CHN"}},
	})
}

// TestStatedTies: ties developed told as done, or as what a signed text
// will do, are no appeal (ANNOTATION.md rules 6, 11); a hope that a visit
// will strengthen them stays one.
func TestStatedTies(t *testing.T) {
	checkCoop(t, []coopCase{
		{source: "fresh18/cgtn-ramaphosa-postpones-visit-to-drc-2018", published: "2018-10-16",
			text: "The South African government has expressed its appreciation for the DRC’s hosting of the official and ministerial deliberations that have taken place in Kinshasa in preparation for the participation of the two heads of government in the BNC, Diko said.\n\n" +
				"The BNC was established in 2004 to promote political, economic, and social cooperation between the two countries.\n\n" +
				"Since the establishment of the BNC, the two countries have strengthened their bilateral cooperation in various fields, resulting in 33 agreements having been signed.",
			not: []string{"COD APPEALED_FOR_COOPERATION ZAF", "ZAF APPEALED_FOR_COOPERATION COD"}},
		{source: "fresh18/africaprimenews-ramaphosa-visits-drc-zambia-2018", published: "2018-08-10",
			text: "President Cyril Ramaphosa of South Africa has visited the Democratic Republic of Congo to hold bilateral talks with his counterpart, President Joseph Kabila Kabange.\n\n" +
				"The agreement elevates the Joint Commission for Cooperation (JCC) into a Bi-National Commission and it will promote and enhance cooperation in various sectors of government and coordinate the relevant initiatives between public and private sectors.",
			not: []string{"ZAF APPEALED_FOR_COOPERATION COD", "COD APPEALED_FOR_COOPERATION ZAF"}},
		{source: "fresh14/irishtimes-venezuela-mexico-recall-ambassadors-2005", published: "2005-11-15",
			text: "Venezuela is a key supplier of crude to the US market, but relations between Caracas and Washington have frayed since Mr Chavez came to office and strengthened ties with non-aligned states such as Cuba.",
			not:  []string{"VEN APPEALED_FOR_COOPERATION CUB"}},
		{source: "fresh16/latimes-s-korea-china-agree-to-establish-full-ties-1992", published: "1992-08-22",
			text: "South Korean Foreign Minister Lee Sang Ok will fly to Beijing on Sunday for talks on “normalization of relations,” the South Korean and Chinese governments officially announced today.\n\n" +
				"South Korea began aiming several years ago to strengthen national security through improved relations with the two Communist giants that were North Korea’s key patrons.",
			not: []string{"KOR APPEALED_FOR_COOPERATION CHN"}},
		// a word of intent before the text's verb keeps the appeal
		{source: "fresh3/chinadaily-xi-biden-2013", published: "2013-12-04",
			text: "BEIJING - Chinese President Xi Jinping held talks with US Vice President Joe Biden Wednesday in Beijing.\n\n" +
				"At the beginning of their talks, Xi expressed hope that Biden's visit would further strengthen trust, exchanges and cooperation between the two countries.",
			want: []string{"CHN APPEALED_FOR_COOPERATION USA"}},
	})
}
