package extract

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/loader"
	"github.com/blocgraph/blocgraph/loader/gazetteer"
)

func day(t *testing.T, s string) graph.Date {
	t.Helper()
	d, err := graph.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// kept returns "SUBJ TYPE OBJ" of the facts kept, sorted.
func kept(d *Draft) []string {
	var out []string
	for _, c := range d.Kept(DefaultMinConfidence) {
		out = append(out, c.String())
	}
	sort.Strings(out)
	return out
}

// checkWantNot reports each of want missing from have and each of not in
// it, naming the case by label.
func checkWantNot(t *testing.T, label string, got []string, have map[string]bool, want, not []string) {
	t.Helper()
	for _, w := range want {
		if !have[w] {
			t.Errorf("%s: got %q, want %q among them", label, strings.Join(got, "; "), w)
		}
	}
	for _, n := range not {
		if have[n] {
			t.Errorf("%s: got %q, want no %q", label, strings.Join(got, "; "), n)
		}
	}
}

// codeKept codes text as one article published on the day and returns the
// facts kept ("SUBJ TYPE OBJ", sorted) and the same as a set.
func codeKept(t *testing.T, text, published string) ([]string, map[string]bool) {
	t.Helper()
	return codeKeptBy(t, text, published, "")
}

// codeKeptBy is codeKept for a text whose author (--author) is given.
func codeKeptBy(t *testing.T, text, published, author string) ([]string, map[string]bool) {
	t.Helper()
	d, err := Code(&Article{File: "t.md", ID: "t", Text: text}, Options{Published: day(t, published), Author: author})
	if err != nil {
		t.Fatal(err)
	}
	got := kept(d)
	have := make(map[string]bool, len(got))
	for _, f := range got {
		have[f] = true
	}
	return got, have
}

var coderTests = []struct {
	text, author string
	want         []string
	// min is the cut the case is read at when not the default: the
	// constructions drafted at 0.55-0.60 since the refit with the fresh3
	// first run moved the default to 0.60 (shown below the cut, still
	// drafted)
	min float64
	// published is the text's date when not 2022-04-01
	published string
}{
	{text: "The United States and Japan condemned North Korea's missile launch.", want: []string{"JPN CRITICIZED PRK", "USA CRITICIZED PRK"}},
	{text: "Cuba was sanctioned by the United States.", want: []string{"USA SANCTIONED CUB"}},
	// a wire story's dateline is where it was filed, no party
	{text: "NAIROBI, Kenya -- Ethiopia attacked Eritrea along the border today.", want: []string{"ETH ATTACKED ERI"}},
	{text: "Canberra, May 3 AAP - The Prime Minister of Fiji visited India.", want: []string{"FJI MET IND"}},
	{text: "HANOI (AP) — Cambodia signed a trade agreement with Thailand.", want: []string{"KHM SIGNED_AGREEMENT THA"}},
	{text: "U.N. Secretary-General Guterres and Japan condemned North Korea.", want: []string{"JPN CRITICIZED PRK"}},
	// defending against someone, or defending troops or a country, is no
	// praise; defending a decision is
	{text: "He said Kenya will continue to defend the country against Somali aggression.", want: nil},
	{text: "Chad sent jets to help defend Nigerian troops around the town.", want: []string{"TCD GAVE_AID NGA"}},
	{text: "Greece defended Cyprus's decision to join the talks.", want: []string{"GRC PRAISED CYP"}},
	// an anniversary of relations that names its own parties, one no
	// state, is not the pair of the sentence
	{text: "Indian Prime Minister Modi met Japanese Prime Minister Kishida in Tokyo. The two leaders noted the 30th anniversary of ASEAN - Japan diplomatic relations.", want: []string{"IND MET JPN"}},
	{text: "Indian Prime Minister Modi met Japanese Prime Minister Kishida in Tokyo. The two leaders noted the 70th anniversary of diplomatic relations.", want: []string{"IND MET JPN", "IND RECOGNIZED JPN", "JPN RECOGNIZED IND"}},
	// a plural pronoun after a coordinated subject is the whole coordination
	{text: "Kenya, Uganda and Tanzania announced they were suspending ties with Burundi.", want: []string{"KEN REDUCED_RELATIONS BDI", "TZA REDUCED_RELATIONS BDI", "UGA REDUCED_RELATIONS BDI"}},
	{text: "Kenya announced it was suspending ties with Burundi.", want: []string{"KEN REDUCED_RELATIONS BDI"}},
	// expulsions said as an order to leave
	{text: "Chad gave the Nigerian envoy 48 hours to leave.", want: []string{"TCD EXPELLED NGA"}},
	{text: "Tehran ordered out two British diplomats on Friday.", want: []string{"IRN EXPELLED GBR"}},
	// boycotts of games or meetings held in a state, said otherwise
	{text: "Kenya dropped out of the Olympic Games in China.", want: []string{"KEN BOYCOTTED CHN"}},
	{text: "Kenya announced its decision not to attend the games in China.", want: []string{"KEN BOYCOTTED CHN"}},
	{text: "Kenya dropped out of the race.", want: nil},
	// a description of a state just named is that state, never the subject
	{text: "Bahrain cut ties with Qatar on Monday. Bahrain accused the island nation of supporting terrorism.", want: []string{"BHR CRITICIZED QAT", "BHR REDUCED_RELATIONS QAT"}},
	{text: "Kenya met Uganda. Kenya later praised the landlocked country for its restraint.", want: []string{"KEN MET UGA", "KEN PRAISED UGA"}},
	{text: "Kenya met Uganda. Kenya later praised the country for its restraint.", want: []string{"KEN MET UGA"}},
	// the one warned is the name right after the verb: no state, no threat
	{text: "Putin angrily warned Europe not to do Washington's bidding.", want: nil},
	{text: "Russia warned Friday that it would strike Georgia.", want: []string{"RUS THREATENED GEO"}},
	{text: "Putin warned Georgia not to attack.", want: []string{"RUS THREATENED GEO"}},
	// a progressive after "be" is no passive
	{text: "Peru announced that it is breaking diplomatic relations with Chile.", want: []string{"PER REDUCED_RELATIONS CHL"}},
	{text: "Argentina was cutting its ties with Bolivia.", want: []string{"ARG REDUCED_RELATIONS BOL"}},
	{text: "Peru is being attacked by Chile.", want: []string{"CHL ATTACKED PER"}},
	// recalling one's own ambassador is the vocabulary's "withdrew the
	// ambassador from": EXPELLED of the host
	{text: "Argentina said it was recalling its ambassador from Bolivia.", want: []string{"ARG EXPELLED BOL"}},
	{text: "Kenya withdrew its envoy to Somalia.", want: []string{"KEN EXPELLED SOM"}},
	{text: "North Korea announced it would not participate in the Tokyo Olympics.", want: []string{"PRK BOYCOTTED JPN"}},
	{text: "Russia did not attack Ukraine.", want: nil},
	{text: "Vietnam never met with Laos.", want: nil},
	// "Laos" is its name and the plural of its demonym "Lao": a subject
	{text: "Laos condemned Thailand on Monday.", want: []string{"LAO CRITICIZED THA"}},
	{text: "Laos and Vietnam signed an agreement on Monday.", want: []string{"LAO SIGNED_AGREEMENT VNM"}},
	{text: "Lao PDR condemned Thailand on Monday.", want: []string{"LAO CRITICIZED THA"}},
	{text: "The Lao government condemned Thailand on Monday.", want: []string{"LAO CRITICIZED THA"}},
	// likewise "Philippines", its demonym "Philippine"; a people stays none
	{text: "Philippines condemned China on Monday.", want: []string{"PHL CRITICIZED CHN"}},
	{text: "Filipinos protested in Manila against China.", want: nil},
	// a head of government by title and surname: the leader in office on
	// the text's date, though the gazetteer knows the full name only
	{text: "Prime Minister Modi met Prime Minister Kishida on Monday.", want: []string{"IND MET JPN"}},
	{text: "Chancellor Scholz spoke with President Macron on Monday.", want: []string{"DEU MET FRA"}},
	{text: "Thailand condemned Prime Minister Kishida on Monday.", want: []string{"THA CRITICIZED JPN"}},
	{text: "We condemn Russia's invasion of Ukraine.", author: "United States", want: []string{"RUS ATTACKED UKR", "USA CRITICIZED RUS"}},
	{text: "We condemn North Korea's missile launches.", author: "United States; Japan", want: []string{"JPN CRITICIZED PRK", "USA CRITICIZED PRK"}},
	{text: "Iran's Defense Ministry threatened Israel.", want: []string{"IRN THREATENED ISR"}},
	{text: "President Xi visited Vietnam.", want: []string{"CHN MET VNM"}},
	{text: "Kim Jong Un sent a congratulatory message to Xi Jinping.", want: []string{"PRK CONGRATULATED CHN"}},
	{text: "The U.S. Treasury imposed sanctions on Russian banks.", want: []string{"USA SANCTIONED RUS"}},
	{text: "China may impose sanctions on Lithuania.", want: nil},
	{text: "Israel attacked Hamas.", want: nil},
	{text: "Kim Jong Un sent several messages to the leaders of Vietnam, Laos and Cuba, urging stronger ties.", want: []string{"PRK APPEALED_FOR_COOPERATION CUB", "PRK APPEALED_FOR_COOPERATION LAO", "PRK APPEALED_FOR_COOPERATION VNM"}},
	{text: "The Foreign Ministry of the DPRK expressed solidarity with Cuba, which is under U.S. sanctions.", want: []string{"PRK EXPRESSED_SOLIDARITY CUB", "USA SANCTIONED CUB"}},
	{text: "Deputy Secretary Sherman met with Russian Deputy Foreign Minister Sergey Ryabkov in Geneva.", author: "United States", want: []string{"USA MET RUS"}},
	{text: "Our two countries signed an agreement with Brazil.", author: "Argentina", want: []string{"ARG SIGNED_AGREEMENT BRA"}},
	{text: "Russia’s assault on Ukraine is an unprovoked attack.", want: []string{"RUS ATTACKED UKR"}},
	{text: "The Russian Ministry of Foreign Affairs declared two U.S. diplomats persona non grata.", want: []string{"RUS EXPELLED USA"}},
	// the third batch's general faults
	{text: "Secretary of State Antony J. Blinken spoke with Japanese Foreign Minister Motegi. Secretary Blinken offered his congratulations.", author: "United States", want: []string{"USA CONGRATULATED JPN", "USA MET JPN"}},
	{text: "We also call on Iran to release the ship and its crew.", author: "United Kingdom", want: nil},
	{text: "We call on the DPRK to engage in sustained and substantive dialogue.", author: "United States", want: []string{"USA APPEALED_FOR_COOPERATION PRK"}},
	{text: "The U.S. has canceled plans to send additional food aid to North Korea.", want: []string{"USA REDUCED_RELATIONS PRK"}},
	{text: "The United States will impose new sanctions on Iran if it attacks Israel.", want: []string{"USA THREATENED IRN"}},
	{text: "Japan and the United States strongly opposed China's unilateral attempts to change the status quo by force.", want: []string{"JPN CRITICIZED CHN", "USA CRITICIZED CHN"}},
	{text: "The Iran Threat Reduction and Syria Human Rights Act expands the sanctions on Iran.", want: nil},
	{text: "The Russian leader informed the US President of the report received from air traffic controllers about the crash of a Malaysian airplane.", want: nil},
	// the test set's blind run
	{text: "The Minister for Foreign Affairs of Australia, Julie Bishop, the Minister for Foreign Affairs of Japan, Taro Kono, and the Secretary of State of the United States, Rex Tillerson, met in Manila, the Philippines.", want: []string{"AUS MET JPN", "AUS MET USA", "JPN MET USA"}},
	{text: "Ministers called on all those with close relationships with Russia, particularly China, to refrain from helping Russia.", author: "Australia; United Kingdom", want: nil},
	{text: "The Kremlin has succeeded only in threatening global food security by blocking Ukrainian ports.", want: nil},
	{text: "Ministers unequivocally condemned Russia's invasion of Ukraine.", author: "Australia; United Kingdom", want: []string{"AUS CRITICIZED RUS", "GBR CRITICIZED RUS", "RUS ATTACKED UKR"}},
	{text: "On Friday, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a telephone talk with the Honorable Antony Blinken, Secretary of State of the United States of America. The two ministers reaffirmed that they would work together to strengthen the Japan-U.S. Alliance.", author: "Japan", want: []string{"JPN APPEALED_FOR_COOPERATION USA", "JPN MET USA", "USA APPEALED_FOR_COOPERATION JPN"}},
	// the third extract round: meetings of several, questions, officials of states not named
	{text: "Secretary of State Antony J. Blinken met in Berlin with German Foreign Minister Annalena Baerbock, UK Foreign Secretary Elizabeth Truss, and French Foreign Minister Jean-Yves Le Drian.", author: "United States", want: []string{"DEU MET FRA", "DEU MET GBR", "GBR MET FRA", "USA MET DEU", "USA MET FRA", "USA MET GBR"}, min: 0.55},
	{text: "Secretary Blinken held calls with the foreign ministers of Qatar and Egypt.", author: "United States", want: []string{"USA MET EGY", "USA MET QAT"}},
	{text: "Will the United States sanction China for its support to Russia?", author: "United States", want: nil},
	{text: "Secretary Blinken met with Foreign Minister Wang to discuss Ukraine.", author: "United States", want: nil},
	{text: "Secretary Blinken spoke with Foreign Minister Penny Wong of Australia.", author: "United States", want: []string{"USA MET AUS"}},
	{text: "The Deputy Secretary will travel to Italy and France to deepen our support for Ukraine.", author: "United States", want: []string{"USA MET FRA", "USA MET ITA"}},
	{text: "President Biden spoke with Prime Minister Anthony Albanese of Australia. They agreed to stay in close touch. The President congratulated the Prime Minister on the passage of the budget.", author: "United States", want: []string{"AUS APPEALED_FOR_COOPERATION USA", "USA APPEALED_FOR_COOPERATION AUS", "USA CONGRATULATED AUS", "USA MET AUS"}},
	{text: "The President thanked the Prime Minister for Australia's steadfast support for Ukraine in the face of Russia's brutal war.", author: "United States", want: []string{"AUS EXPRESSED_SOLIDARITY UKR"}},
	{text: "The Minister expressed confidence that India and Sri Lanka would further enhance their friendly ties.", author: "India", want: []string{"IND APPEALED_FOR_COOPERATION LKA", "LKA APPEALED_FOR_COOPERATION IND"}},
	{text: "Foreign Minister Park will ask the Mexican side for its support for Korea's bid to host the Expo.", author: "South Korea", want: []string{"KOR APPEALED_FOR_COOPERATION MEX"}},
	{text: "Today, the United States and Vietnam announced a partnership. The two countries signed a memorandum on semiconductors.", author: "United States", want: []string{"USA SIGNED_AGREEMENT VNM"}},
	{text: "We will strengthen our cooperation with the United States.", author: "Japan", want: []string{"JPN APPEALED_FOR_COOPERATION USA"}},
	// capitals standing for their states, with coordinated objects; a
	// reciprocal act of a coordinated subject is each one's against the other
	{text: "Pyongyang slammed Seoul and Tokyo.", want: []string{"PRK CRITICIZED JPN", "PRK CRITICIZED KOR"}},
	{text: "Beijing and Moscow lambasted Washington over the sanctions.", want: []string{"CHN CRITICIZED USA", "RUS CRITICIZED USA"}},
	{text: "Moscow and Kyiv exchanged fire.", want: []string{"RUS ATTACKED UKR", "UKR ATTACKED RUS"}},
	{text: "India and Pakistan exchanged artillery fire across the border on Monday.", want: []string{"IND ATTACKED PAK", "PAK ATTACKED IND"}},
	{text: "Armenia exchanged fire with Azerbaijan.", want: []string{"ARM ATTACKED AZE", "AZE ATTACKED ARM"}},
	{text: "Seoul and Tokyo exchanged views on North Korea.", want: []string{"KOR MET JPN"}},
	// the fresh blind run's general faults
	{text: "Secretary Austin spoke today with Defense Ministers from Canada, France, and Germany.", author: "United States", want: []string{"USA MET CAN", "USA MET DEU", "USA MET FRA"}},
	{text: "Secretary of Defense Lloyd J. Austin III called UK Secretary of State for Defence Ben Wallace Oct. 23.", author: "United States", want: []string{"USA MET GBR"}},
	// "called X a …" is no phone call; naming what Russia did a stab in the back criticises it
	{text: "Kenya called Russia's withdrawal a stab in the back.", want: []string{"KEN CRITICIZED RUS"}},
	{text: "At the invitation of Foreign Minister Qin Gang, Mongolian Foreign Minister Battsetseg Batmunkh will visit China on May 1.", author: "China", want: []string{"CHN APPEALED_FOR_COOPERATION MNG", "MNG MET CHN"}},
	{text: "The United States supports Moldova's sovereignty within its internationally recognized borders.", author: "United States", want: []string{"USA EXPRESSED_SOLIDARITY MDA"}},
	{text: "The UK supports the assessment in the Report that the participation of Kosovo Serbs is essential.", author: "United Kingdom", want: nil},
	{text: "The Foreign Secretary has urged Israel to agree the ceasefire deal on the table.", author: "United Kingdom", want: nil},
	{text: "The two leaders discussed their respective visits with personnel serving abroad in support of peace and security, to Mali by the Prime Minister.", author: "Canada", want: nil},
	{text: "China stands ready to work with Peru to consolidate political mutual trust, deepen cooperation and advance the China-Peru partnership.", author: "China", want: []string{"CHN APPEALED_FOR_COOPERATION PER"}},
	{text: "Yesterday the Iranian regime launched over 200 ballistic missiles at Israel. We categorically condemn this act of aggression.", author: "United Kingdom", want: []string{"GBR CRITICIZED IRN", "IRN ATTACKED ISR"}},
	{text: "They discussed ways in which the United States and Türkiye can strengthen the bilateral relationship.", author: "United States", want: []string{"TUR APPEALED_FOR_COOPERATION USA", "USA APPEALED_FOR_COOPERATION TUR"}},
	{text: "Deputy Secretary Sherman spoke with Romanian Foreign Minister Aurescu. Both agreed to stand unified against Russian aggression.", author: "United States", want: []string{"ROU CRITICIZED RUS", "USA CRITICIZED RUS", "USA MET ROU"}},
	{text: "France and the United States held a virtual bilateral Strategic Dialogue on June 17.", author: "United States", want: []string{"FRA MET USA"}},
	{text: "They highlighted the importance of the Ukraine Defense Contact Group.", author: "United States", want: nil},
	{text: "Ministers agreed to coordinate on sanctions and other measures to raise the costs on Russia.", author: "Australia; United Kingdom", want: []string{"AUS APPEALED_FOR_COOPERATION GBR", "GBR APPEALED_FOR_COOPERATION AUS"}},
	// the second fresh batch's general faults: a name or month "May" is no
	// modal; an actor in an opening adverbial clause is no subject of the
	// main clause; a meeting's chair and attendees all met; "support A and B
	// to settle it through talks" appeals to each
	{text: "Prime Minister Theresa May met Chancellor Merkel in Berlin on 5 May.", author: "United Kingdom", want: []string{"GBR MET DEU"}},
	{text: "After Iran seized the tanker, Britain responded by summoning the Iranian ambassador.", author: "United Kingdom", want: []string{"GBR PROTESTED IRN"}},
	{text: "Foreign Minister Wang Yi will chair the meeting. Indonesian Foreign Minister Retno Marsudi and Thai Foreign Minister Don Pramudwinai will attend the meeting.", author: "China", want: []string{"IDN MET CHN", "IDN MET THA", "THA MET CHN"}},
	{text: "We support Armenia and Azerbaijan to settle their differences through dialogue.", author: "China", want: []string{"CHN APPEALED_FOR_COOPERATION ARM", "CHN APPEALED_FOR_COOPERATION AZE"}},
	{text: "The Secretary participated in phone conversations today with Polish Defense Minister Blaszczak.", author: "United States", want: []string{"USA MET POL"}},
	{text: "At the invitation of Kenyan President Ruto and Tanzanian President Hassan, Premier Li Qiang will pay official visits to Kenya and Tanzania.", author: "China", want: []string{"CHN MET KEN", "CHN MET TZA", "KEN APPEALED_FOR_COOPERATION CHN", "TZA APPEALED_FOR_COOPERATION CHN"}},
	{text: "The Minister reaffirmed the full support of Canada for Moldova.", author: "Canada", want: []string{"CAN EXPRESSED_SOLIDARITY MDA"}},
	{text: "I convey the condolences of the United Kingdom to the people of Türkiye.", author: "United Kingdom", want: []string{"GBR EXPRESSED_SOLIDARITY TUR"}},
	{text: "Foreign Minister Wang Yi will chair the China-Pacific Island Countries Foreign Ministers' Meeting. Fiji's Prime Minister Sitiveni Rabuka, Samoa's Prime Minister Fiame Naomi Mata'afa, and Tonga's Foreign Minister Fekitamoeloa Utoikamanu will attend the meeting.", author: "China", want: []string{"FJI MET CHN", "FJI MET TON", "FJI MET WSM", "TON MET CHN", "WSM MET CHN", "WSM MET TON"}},
	{text: "Secretary Blinken spoke with Foreign Minister Wong of Australia. The Secretary also offered his condolences to the families of the victims of the storm.", author: "United States", want: []string{"USA MET AUS"}},
	{text: "The Department announced a drawdown in support of Ukraine security assistance.", author: "United States", want: nil},
	{text: "Ukraine has our unwavering support.", author: "United Kingdom", want: []string{"GBR EXPRESSED_SOLIDARITY UKR"}},
	{text: "Ukraine no longer has our support.", author: "United Kingdom", want: nil},
	{text: "I am delighted to be back in Japan.", author: "United States", want: []string{"USA MET JPN"}},
	{text: "I am glad to be here in Hanoi.", author: "United States", want: []string{"USA MET VNM"}},
	{text: "We’ve been in touch with President Ramaphosa.", author: "United Kingdom", want: []string{"GBR MET ZAF"}},
	{text: "I’m delighted to welcome President Yoon to London.", author: "United Kingdom", want: []string{"GBR MET KOR"}},
	{text: "We welcome Sweden to the alliance.", author: "United States", want: nil},
	{text: "President Macron and I stood with President Zelenskyy.", author: "United Kingdom", want: []string{"FRA EXPRESSED_SOLIDARITY UKR", "GBR EXPRESSED_SOLIDARITY UKR"}},
	// criticism without a verb of criticism: the one blamed is on the left, not the victim
	{text: "It is the Russian government that is responsible for Navalny’s death while in detention.", author: "United States", want: []string{"USA CRITICIZED RUS"}},
	{text: "Russia is responsible for the suffering of the Ukrainian people.", author: "United States", want: []string{"USA CRITICIZED RUS"}},
	{text: "The Ministry is responsible for the security of Ukraine.", author: "United States", want: nil},
	{text: "Let us not forget that Russia is the aggressor here.", author: "United States", want: []string{"USA CRITICIZED RUS"}, min: 0.55},
	{text: "Russia's false accusation that Ukraine is preparing to use a dirty bomb is a pretext.", author: "United States", want: []string{"RUS CRITICIZED UKR"}},
	// "Secretary Mike Pompeo" is American in a British text, not in a Philippine one
	{text: "I’m delighted to welcome Secretary Mike Pompeo to the Foreign Office for his first bilateral visit to Britain.", author: "United Kingdom", want: []string{"GBR MET USA"}},
	{text: "The Foreign Secretary met Deputy Secretary Wendy Sherman in London.", author: "United Kingdom", want: []string{"GBR MET USA"}},
	{text: "Secretary Enrique Manalo met Japanese Foreign Minister Hayashi in Manila.", author: "Philippines", want: []string{"PHL MET JPN"}},
	// callers of a call received: the callers congratulate; a list of items with commas separated by semicolons
	{text: "Prime Minister Shri Narendra Modi today received a telephone call from H.E. Mr. Moon Jae-in, President of the Republic of Korea, congratulating him on his victory in the General Elections.", author: "India", want: []string{"IND MET KOR", "KOR CONGRATULATED IND"}},
	{text: "Prime Minister Shri Narendra Modi today received telephone calls from H.E. Mr. Moon Jae-in, President of the Republic of Korea; H.E. Mr. E.D. Mnangagwa, President of Zimbabwe; and H.E. Mr. Filipe Jacinto Nyusi, President of Mozambique, congratulating him on his victory.", author: "India", want: []string{"KOR CONGRATULATED IND", "MOZ CONGRATULATED IND", "ZWE CONGRATULATED IND"}},
	{text: "Japan condemned North Korea; Germany criticized Iran; and China praised Russia.", want: []string{"CHN PRAISED RUS", "DEU CRITICIZED IRN", "JPN CRITICIZED PRK"}},
	// aid in an agentless passive: the speaker's when they speak in the first person
	{text: "This is the same counter artillery radar system that we talked about before that had been provided to Ukraine.", author: "United States", want: []string{"USA GAVE_AID UKR"}},
	{text: "The weapons that have been provided to Ukraine prolong the conflict.", author: "China", want: nil},
	{text: "Air defence systems have been provided to Ukraine by the United States.", author: "United Kingdom", want: []string{"USA GAVE_AID UKR"}},
	// aid with its recipient in the sentence before
	{text: "Sri Lanka and the U.S. have been long-term partners. We provided some $240 million in assistance and loans.", author: "United States", want: []string{"USA GAVE_AID LKA"}, min: 0.55},
	{text: "Sri Lanka and the U.S. have been long-term partners. We provided an update to the press.", author: "United States", want: nil},
	{text: "Prime Minister Theresa May spoke to President Donald Trump. They also discussed North Korea’s latest missile test, agreeing it was a reckless provocation.", author: "United Kingdom", want: []string{"GBR CRITICIZED PRK", "GBR MET USA", "USA CRITICIZED PRK"}},
	{text: "The launch was another of North Korea's dangerous provocations.", author: "United States", want: []string{"USA CRITICIZED PRK"}, min: 0.55},
	// the speaker's visit said without "I"
	{text: "Mr President, Joe, it’s an honour to be here at the White House and thank you for your warm welcome.", author: "United Kingdom", want: []string{"GBR MET USA"}},
	{text: "It is a pleasure to be back in Japan.", author: "United Kingdom", want: []string{"GBR MET JPN"}},
	{text: "It is said that Russia wants to be back in Syria.", author: "United Kingdom", want: nil},
	// the host's words: "pleased to have X here" is a visit hosted; a state welcomed to an alliance is none
	{text: "I’m very pleased to have Foreign Minister Sabry of Sri Lanka here.", author: "United States", want: []string{"USA MET LKA"}},
	{text: "We are pleased to welcome Sweden to the alliance.", author: "United States", want: nil},
	{text: "We are pleased to have Japan's support.", author: "United States", want: nil},
	// the pronoun of an infinitive after a call is the caller's
	{text: "Prime Minister Theresa May spoke to President Donald Trump. President Trump called the Prime Minister earlier today to offer his condolences over the attack in London.", author: "United Kingdom", want: []string{"GBR MET USA", "USA EXPRESSED_SOLIDARITY GBR"}},
	// the third fresh set's blind run: talks held, continents, parties of a named state, calls that are no calls
	{text: "Mr. Fumio Kishida, Minister for Foreign Affairs, held telephone talks with the Honorable John F. Kerry, Secretary of State of the United States of America.", author: "Japan", want: []string{"JPN MET USA"}},
	{text: "Secretary Blinken discussed the ongoing negotiations with Iran.", author: "United States", want: nil},
	{text: "Brazil hosted a South American leaders' summit, where Lula greeted Latin-American presidents.", want: nil},
	{text: "Secretary of State Pompeo met Kim Yong-chol, Deputy Chairman of the Workers’ Party in North Korea.", author: "United States", want: []string{"USA MET PRK"}},
	{text: "Türkiye condemned Israel's attacks on Iran, calling the strikes a violation of international law.", want: []string{"ISR ATTACKED IRN", "TUR CRITICIZED ISR"}},
	{text: "The Secretary-General sent messages to President Kennedy and Premier Khrushchev calling for a suspension of arms shipments to Cuba.", want: nil},
	// a leader of a state gone by the date names a place; a person recognised as a state's leader; commitments to defend; nouns before participles
	{text: "President Pranab Mukherjee visited the Ho Chi Minh’s Residential Complex in Hanoi.", want: nil},
	{text: "Brazil cut diplomatic ties with Venezuela, joining the United States in recognizing opposition leader Juan Guaido as Venezuela's interim leader.", want: []string{"BRA REDUCED_RELATIONS VEN"}},
	{text: "Japan recognized Cuba as an independent state.", want: []string{"JPN RECOGNIZED CUB"}},
	{text: "The United States is committed to defending Japan.", want: []string{"USA EXPRESSED_SOLIDARITY JPN"}},
	{text: "Japan regretted the clash between the Israeli navy and ships carrying supplies for the Gaza Strip.", want: nil},
	// an accusation is the accuser's judgement (CRITICIZED), not the accused act (ANNOTATION.md rule 6, corrected 2026-12-02);
	// downing a state's aircraft attacks it; a joint communique issued is signed
	{text: "Russia accused the United States of direct aggression against Cuba.", want: []string{"RUS CRITICIZED USA"}},
	{text: "Iran accused Israel of attacking its embassy in Damascus.", want: []string{"IRN CRITICIZED ISR"}},
	{text: "Moscow accused Kyiv of shelling the Zaporizhzhia plant.", want: []string{"RUS CRITICIZED UKR"}},
	{text: "Cuba accused the United States of imposing a blockade on Cuba.", want: []string{"CUB CRITICIZED USA"}},
	{text: "North Korea alleged that South Korea had fired artillery at its islands.", want: nil},
	{text: "Pakistan claimed that India had bombed a village in Kashmir.", want: nil},
	{text: "Russia shot down a Ukrainian drone.", want: []string{"RUS ATTACKED UKR"}},
	{text: "Ukraine shot down a drone over Kyiv.", want: nil},
	{text: "Vietnam and India issued a joint communique on Monday.", want: []string{"VNM SIGNED_AGREEMENT IND"}},
	// a sentence dated years before publication names the states of its date
	{text: "Thirty-nine years ago, on September 1, 1983, the Soviet Union downed a South Korean jetliner over Soviet airspace.", want: []string{"SUN ATTACKED KOR"}},
	// a warning that states a judgement is no threat; one of what will come is
	{text: "Ankara warned that the timing of the attacks demonstrates the Israeli government’s lack of interest in diplomacy.", want: nil},
	{text: "Russia warned that Ukraine would face grave consequences.", want: []string{"RUS THREATENED UKR"}},
	// false-alarm classes of the four blind runs, on new sentences: a person recognised as a leader, what something
	// would make possible, support of a judgement, a state's own name before a present-tense verb (no modifier)
	{text: "Kenya later joined the United States in recognizing opposition leader Juan Guaido as Venezuela's leader.", want: nil},
	{text: "Canada recognized Juan Guaido as the interim president of Venezuela.", want: nil},
	{text: "Canada recognized Ukraine as a sovereign country.", want: []string{"CAN RECOGNIZED UKR"}},
	{text: "A lasting peace will allow the United States and its partners to support Sudan.", want: nil},
	{text: "The deal enables Germany to supply weapons to Ukraine.", want: nil},
	{text: "Germany supports the finding of the report that the inclusion of Kosovo Serbs in local institutions is essential.", want: nil},
	{text: "France supports the view of Ukraine on the matter.", want: []string{"FRA EXPRESSED_SOLIDARITY UKR"}},
	{text: "Japan condemns Russia.", want: []string{"JPN CRITICIZED RUS"}},
	// the one declared persona non grata may be named in apposition
	{text: "Israel declared senior South African diplomat, John Smith, persona non grata.", want: []string{"ISR EXPELLED ZAF"}},
	{text: "Israel declared senior South African diplomat, John Smith, a friend.", want: nil},
	// a war or clash named between two states, no attacker said, is an
	// attack each way; one ended, averted or feared is none
	{text: "The envoy spoke of the present Indo-Pakistan war.", want: []string{"IND ATTACKED PAK", "PAK ATTACKED IND"}},
	{text: "The border clash between Armenia and Azerbaijan killed ten.", want: []string{"ARM ATTACKED AZE", "AZE ATTACKED ARM"}},
	{text: "Fighting between Ethiopian and Eritrean forces resumed.", want: []string{"ERI ATTACKED ETH", "ETH ATTACKED ERI"}},
	{text: "Officials met after the clash in which two Peruvian and three Ecuadorian soldiers were wounded.", want: []string{"ECU ATTACKED PER", "PER ATTACKED ECU"}},
	{text: "The end of the war between Iran and Iraq was welcomed.", want: nil},
	{text: "They sought to avert a war between India and Pakistan.", want: nil},
	{text: "It was the clash in which Kenyan police and Somali farmers were hurt.", want: nil},
	// a state before the sanctions' own list of kinds is their author;
	// lifted ones none
	{text: "The president extended for a year the U.S. trade and economic sanctions against Iran.", want: []string{"USA SANCTIONED IRN"}},
	{text: "Canada renewed the Canadian financial and travel sanctions on Belarus.", want: []string{"CAN SANCTIONED BLR"}},
	{text: "The deal lifted the U.S. trade and economic sanctions against Iran.", want: nil},
	// the wishes of a greeting for a people
	{text: "Kenyan President Ruto wished the brotherly people of Uganda prosperity.", published: "2023-05-05", want: []string{"KEN CONGRATULATED UGA"}},
	{text: "Kenya wished Uganda a quick recovery.", want: nil},
	// "blasted", "rapped": criticism only with its grounds after the one
	// blamed
	{text: "Cuba rapped the United States over the embargo.", want: []string{"CUB CRITICIZED USA"}},
	{text: "Hanoi blasted Beijing for sending survey ships.", want: []string{"VNM CRITICIZED CHN"}},
	{text: "Israeli jets blasted Gaza overnight.", want: nil},
	{text: "Hanoi blasted Beijing.", want: nil},
	// the counterparts met named by their states, a list of them; a call
	// for something is no meeting, nor a thing received
	{text: "Chilean President Boric held talks on Monday with colleagues from Peru, Bolivia and Ecuador.", want: []string{"CHL MET BOL", "CHL MET ECU", "CHL MET PER"}},
	{text: "Chile met with officials from Peru.", want: []string{"CHL MET PER"}},
	{text: "Chile met with farmers from Peru.", want: nil},
	{text: "Chile held talks with Peru about refugees from Bolivia.", want: []string{"CHL MET PER"}},
	{text: "Brazil backed a call by Chile and Peru for dialogue in Bolivia.", want: nil},
	{text: "Chile had a phone call with Peru.", want: []string{"CHL MET PER"}},
	{text: "Chile received a letter from the Peruvian president.", want: nil},
	{text: "Chile received the Peruvian president.", want: []string{"CHL MET PER"}},
	// a state before ", which" is the relative clause's subject, each state
	// of a list; the antecedent of "which it has …" is the object, and no
	// fact is drafted for it; goods sent are aid, troops none of these
	{text: "The move follows others from countries such as Peru, Bolivia and Chile, which have also sent food to the Cuban people.", want: []string{"BOL GAVE_AID CUB", "CHL GAVE_AID CUB", "PER GAVE_AID CUB"}},
	{text: "Aid came from Peru, which donated medicines to Cuba.", want: []string{"PER GAVE_AID CUB"}},
	{text: "Russia, which invaded Ukraine in 2022, is isolated.", want: []string{"RUS ATTACKED UKR"}},
	{text: "Officials spoke of Cuba, which it has long blockaded.", want: nil},
	{text: "Kenya and Ethiopia held talks in Nairobi, at which they agreed to cooperate on trade.", want: []string{"ETH APPEALED_FOR_COOPERATION KEN", "KEN APPEALED_FOR_COOPERATION ETH", "KEN MET ETH"}},
	// one word that names a leader years out of office on the text's date
	// is someone else's name (Imam Yahya of Yemen, to 1962; Mesut Yilmaz of
	// Turkey, to 1999); a leader about to take office or just gone is
	// theirs, and a full name the text gave first makes the surname its own
	{text: "The Yahya regime broke off relations with India.", published: "1971-12-07", want: nil},
	{text: "Pakistan broke off relations with India.", published: "1971-12-07", want: []string{"PAK REDUCED_RELATIONS IND"}},
	{text: "Yilmaz praised Azerbaijan for its hospitality.", published: "2024-03-02", want: nil},
	// (the arrival in Baku is a visit, a meeting with Azerbaijan: rule 20, visits.go)
	{text: "Vice President Cevdet Yilmaz arrived in Baku on Monday. Yilmaz praised Azerbaijan for its hospitality.", published: "2024-03-02", want: []string{"TUR MET AZE", "TUR PRAISED AZE"}},
	{text: "Lula thanked Argentina for its support.", published: "2022-11-05", want: []string{"BRA PRAISED ARG"}},
	// a deed condemned by its common noun has its author within its own
	// phrase ("by …", a possessive, a demonym); a state past the phrase is
	// another's: the victim consoled, the partner of a pledge
	{text: "Kenya condemned the bombing and offered condolences to Uganda.", want: []string{"KEN EXPRESSED_SOLIDARITY UGA"}},
	{text: "Japan strongly condemns the terrorist attack, pledging close cooperation with India in fighting terrorism.", want: []string{"JPN APPEALED_FOR_COOPERATION IND"}},
	{text: "Brazil “firmly condemns” the cowardly raid, saying Peru can count on its support.", want: nil},
	{text: "Chile condemned the attacks by Argentina.", want: []string{"CHL CRITICIZED ARG"}},
	{text: "Chile condemned the attack on its embassy carried out by Argentina.", want: []string{"CHL CRITICIZED ARG"}},
	{text: "Chile condemned the Argentine attack.", want: []string{"CHL CRITICIZED ARG"}},
	{text: "Chile condemned Argentina's attack, saying it violated the truce.", want: []string{"CHL CRITICIZED ARG"}},
	{text: "Chile condemned the attacks on Peru.", want: nil},
	{text: "Russia supports the Kosovo Serbs.", want: nil},
	// a national title's abbreviation: "EAM" is India's External Affairs Minister
	{text: "EAM paid a visit to Japan last week.", want: []string{"IND MET JPN"}},
	// words quoted from an opposition figure are no state's; an object is not the speaker after the quotation or the comma
	{text: "“Hungary is back to welcoming Russian autocrats with state honors,” opposition lawmaker Peter Magyar wrote on Facebook.", want: nil},
	{text: "“Germany condemns Russia's attack,” Scholz said in Berlin, where opposition leaders also met.", want: []string{"DEU CRITICIZED RUS"}},
	{text: "Germany condemns Russia's attack, Chancellor Scholz said.", want: []string{"DEU CRITICIZED RUS"}},
	{text: "Serbia backed the Bosnian Serbs in the dispute.", want: nil},
	{text: "Russia attacked Ukrainians in Kharkiv.", want: []string{"RUS ATTACKED UKR"}},
	{text: "Britain urged Armenia and Azerbaijan to accept the peace deal.", want: nil},
	{text: "Britain urged Armenia and Azerbaijan to resume peace talks.", want: []string{"GBR APPEALED_FOR_COOPERATION ARM", "GBR APPEALED_FOR_COOPERATION AZE"}},
	{text: "The ceasefire will set the stage for the United States and international partners to resume their efforts to support Sudan's recovery.", want: nil},
	{text: "The Deputy Secretary will deliver a speech to students in Paris on the importance of the U.S.-France relationship and continued support to Moldova.", author: "USA", want: nil},
	{text: "The Secretary will give remarks at the university on our support to Ukraine.", author: "USA", want: []string{"USA EXPRESSED_SOLIDARITY UKR"}},
	{text: "We discussed trade, and we provided assistance to Haiti.", author: "USA", want: []string{"USA GAVE_AID HTI"}},
	{text: "Pakistan supports Kazakhstan.", want: []string{"PAK EXPRESSED_SOLIDARITY KAZ"}},
	{text: "Russian sanctions hurt Ukraine.", want: nil},
	// a meeting as the frame of the sentence: its parties met
	{text: "In a 25-minute phone call late Tuesday, Prime Minister Fumio Kishida and U.S. President Joe Biden discussed the launch.", want: []string{"JPN MET USA"}},
	{text: "Japan’s Prime Minister Fumio Kishida and US President Joe Biden, appearing in a joint press conference in Tokyo, strongly condemned a North Korea ballistic missile test.", want: []string{"JPN CRITICIZED PRK", "JPN MET USA", "USA CRITICIZED PRK"}},
	{text: "In a call with President Biden, Prime Minister Fumio Kishida condemned Russia.", want: []string{"JPN CRITICIZED RUS", "JPN MET USA"}},
	{text: "In a statement on Tuesday, Japan and South Korea condemned the launch.", want: nil},
	{text: "In a meeting on Tuesday, Japan and South Korea did not agree.", want: nil},
	// a pledge of cooperation is the appeal ("will coordinate closely"); in the view of a call's parties a third state is appealed to
	{text: "Mr. Taro Kono, Minister for Foreign Affairs, held a telephone talk with the Hon. Julie Bishop, MP, Minister for Foreign Affairs of the Commonwealth of Australia. Both ministers also affirmed that Japan-Australia, and Japan-Australia-United States will coordinate closely.", author: "Japan", want: []string{"AUS APPEALED_FOR_COOPERATION JPN", "AUS APPEALED_FOR_COOPERATION USA", "JPN APPEALED_FOR_COOPERATION AUS", "JPN APPEALED_FOR_COOPERATION USA", "JPN MET AUS"}},
	{text: "Brazil and Argentina will cooperate closely on trade.", want: []string{"ARG APPEALED_FOR_COOPERATION BRA", "BRA APPEALED_FOR_COOPERATION ARG"}},
	// an anniversary of diplomatic relations said in passing: recognition each way (a welcome of it, as testdata/test reads it, none)
	{text: "Xi Jinping held talks with Joe Biden. Next year marks the 35th anniversary of China-US diplomatic ties.", want: []string{"CHN MET USA", "CHN RECOGNIZED USA", "USA RECOGNIZED CHN"}},
	{text: "Foreign Minister Iwaya spoke with Foreign Minister Park Jin of the Republic of Korea. They confirmed that the two nations will cooperate for the 60th anniversary of the normalization of diplomatic ties between them.", author: "Japan", want: []string{"JPN MET KOR", "JPN RECOGNIZED KOR", "KOR RECOGNIZED JPN"}},
	{text: "The Secretary welcomed the 75th anniversary of diplomatic relations between the United States and Pakistan.", author: "United States", want: nil},
	{text: "China and Japan did not celebrate the anniversary of diplomatic relations.", want: nil},
	// "the Hon." ends no name, "the Commonwealth of Australia" is Australia, an appeal to a third state leaves the call's parties
	{text: "Mr. Taro Kono, Minister for Foreign Affairs, held a telephone talk with the Hon. Julie Bishop, MP, Minister for Foreign Affairs of the Commonwealth of Australia. Minister Kono stated that Japan would work closely with the United States. Both ministers shared the recognition that they strongly condemn North Korea’s provocative actions.", author: "Japan", want: []string{"AUS CRITICIZED PRK", "JPN APPEALED_FOR_COOPERATION USA", "JPN CRITICIZED PRK", "JPN MET AUS"}},
	// the fifth blind batch's false alarms, on new sentences: the condemner is no attacker, the
	// relative clause's subject is its antecedent, a launch site is a place, a shared title is the text's state's
	{text: "Canada denounced the Iranian drone attack that struck Israel.", want: []string{"CAN CRITICIZED IRN", "IRN ATTACKED ISR"}},
	{text: "Brazil deplored the missile strike that hit Odesa.", want: nil},
	{text: "France strongly condemned the missile strike that hit Kyiv on Tuesday.", want: nil},
	{text: "Russia launched missiles that struck Kyiv overnight.", want: []string{"RUS ATTACKED UKR"}},
	{text: "The Swedish Foreign Ministry condemned North Korea's latest launch of a ballistic missile toward the waters off Japan.", want: []string{"SWE CRITICIZED PRK"}},
	{text: "The Ministry of Foreign Affairs of Poland condemns Russia's next launch of a hypersonic missile that hit a hospital in Ukraine.", want: []string{"POL CRITICIZED RUS"}},
	{text: "India strongly condemned the launching of drones from Idlib, Syria, by militants towards Turkey.", want: nil},
	{text: "India has raised the matter with Nepal at the highest level. The Foreign Secretary lodged a strong protest with the Nepalese Ambassador on Monday.", want: []string{"IND PROTESTED NPL"}},
	// the second side of joint appeals and meetings: a counterpart joined by "his", a coordinated possessor, a plural subject's verb, a list with a bracketed name
	{text: "Foreign Minister Zardari and his Afghan counterpart met in Islamabad.", want: []string{"PAK MET AFG"}},
	{text: "Foreign Minister Zardari of Pakistan and his Afghan counterpart emphasised the need for deepening bilateral cooperation.", want: []string{"AFG APPEALED_FOR_COOPERATION PAK", "PAK APPEALED_FOR_COOPERATION AFG"}},
	{text: "India and Japan's deepening of their partnership is good for Asia.", want: []string{"IND APPEALED_FOR_COOPERATION JPN", "JPN APPEALED_FOR_COOPERATION IND"}},
	{text: "Kenya and Ethiopia envisage a deeper partnership in trade.", want: []string{"ETH APPEALED_FOR_COOPERATION KEN", "KEN APPEALED_FOR_COOPERATION ETH"}},
	{text: "Minister Jaishankar held talks with the foreign ministers of the Kyrgyz Republic [Ruslan Kazakbaev] and Tajikistan in Moscow.", author: "India", want: []string{"IND MET KGZ", "IND MET TJK"}},
	// visits said as a welcome, a departure or a courtesy call; "the latter"; "His Excellency" governs nothing
	{text: "I am very happy to welcome President Lula on his first state visit to our country.", author: "India", want: []string{"IND MET BRA"}},
	{text: "President Ramaphosa welcomed the Indian Prime Minister at the Union Buildings.", want: []string{"ZAF MET IND"}},
	{text: "President Ramaphosa welcomed the Indian Prime Minister's decision to attend.", want: []string{"ZAF PRAISED IND"}},
	{text: "The Prime Minister expressed his keenness to welcome President Putin in India.", author: "India", want: nil},
	{text: "External Affairs Minister Jaishankar left for a visit to Kenya yesterday.", want: []string{"IND MET KEN"}},
	{text: "The Foreign Minister departed for Hanoi on Sunday for talks.", author: "Japan", want: []string{"JPN MET VNM"}},
	{text: "The Minister called on the President-elect of Ghana in Accra.", author: "Nigeria", want: []string{"NGA MET GHA"}},
	{text: "We call on President Putin to withdraw his forces.", author: "France", want: nil},
	{text: "Prime Minister Kishida spoke with President Yoon by telephone. The Prime Minister thanked the latter for his support.", author: "Japan", want: []string{"JPN MET KOR", "JPN PRAISED KOR", "KOR EXPRESSED_SOLIDARITY JPN"}},
	{text: "The Chancellor recalled her friendship with His Excellency Macron and praised the latter for his leadership.", author: "Germany", want: []string{"DEU PRAISED FRA"}},
	// a verb whose object is denied gives nothing
	{text: "Washington provided no military assistance to Havana that year.", want: nil},
	{text: "Japan sent no humanitarian aid to Myanmar after the coup.", want: nil},
	{text: "The Kremlin provided no guarantees to Armenia.", want: nil},
	// sanctions on a state's carrier or firm, on its airspace; blockades by their kind
	{text: "Britain closed its airspace to Aeroflot on Thursday.", want: []string{"GBR SANCTIONED RUS"}},
	{text: "Japan banned Air Koryo from flying to Tokyo.", want: []string{"JPN SANCTIONED PRK"}},
	{text: "Washington announced the suspension of landing rights for Iran Air.", want: []string{"USA SANCTIONED IRN"}},
	{text: "Bad weather prevented the Indian delegation from landing in Kabul.", want: nil},
	{text: "In September 1983 the Soviet Union faced a storm of protest. Canada barred Aeroflot from landing in Montreal for sixty days.", want: []string{"CAN SANCTIONED SUN"}},
	{text: "Canada barred Aeroflot from landing in Montreal for sixty days.", want: []string{"CAN SANCTIONED RUS"}},
	{text: "Moscow condemned the naval blockade of Cuba by the United States.", want: []string{"RUS CRITICIZED USA", "USA ATTACKED CUB"}},
	{text: "Venezuela denounced the economic blockade of Cuba.", want: nil},
	// agreements signed between a pair, the guests of one hosted meeting, condolences over what struck a state
	{text: "The ministers welcomed the conclusion of a new fisheries agreement between Norway and Iceland.", want: []string{"NOR SIGNED_AGREEMENT ISL"}},
	{text: "Ghana and Togo held talks in Accra. Three agreements have been signed between the two countries.", want: []string{"GHA MET TGO", "GHA SIGNED_AGREEMENT TGO"}},
	{text: "Pakistan hosted the foreign ministers of China and Afghanistan at the 5th Trilateral Foreign Ministers' Dialogue in Islamabad.", want: []string{"CHN MET AFG", "PAK MET AFG", "PAK MET CHN"}},
	{text: "Japan hosted the leaders of India and Australia in Tokyo.", want: []string{"JPN MET AUS", "JPN MET IND"}},
	{text: "The Prime Minister conveyed his deep sympathy over the earthquake in Turkey.", author: "Pakistan", want: []string{"PAK EXPRESSED_SOLIDARITY TUR"}},
	{text: "Prime Minister Albanese spoke with President Macron. The Prime Minister offered his condolences over the deadly attack in Nice.", author: "Australia", want: []string{"AUS EXPRESSED_SOLIDARITY FRA", "AUS MET FRA"}},
	// a conditional sanction with no target named threatens the one whose conduct is the condition
	{text: "As long as Syria keeps blocking the convoys, Canada will impose further sanctions.", want: []string{"CAN THREATENED SYR"}, min: 0.5},
	{text: "We will impose sanctions if the violence continues.", author: "United States", want: nil, min: 0.5},
	// a threat whose target is named by reference ("the aggressors": the state last blamed); the condition is the threat's own
	{text: "China condemned the incursion by Vietnam. Beijing warned that if the invaders do not withdraw, China will strike back hard.", want: []string{"CHN CRITICIZED VNM", "CHN THREATENED VNM"}},
	{text: "Egypt warned that if Ethiopia fills the dam, Cairo will respond.", want: []string{"EGY THREATENED ETH"}},
	{text: "The aggressors will be punished, the ministry said.", want: nil},
	// foreign ministries by their own names
	{text: "DFAT announced new sanctions on Myanmar's military on Friday.", want: []string{"AUS SANCTIONED MMR"}},
	{text: "Itamaraty condemned Russia's attack on Ukraine.", want: []string{"BRA CRITICIZED RUS", "RUS ATTACKED UKR"}},
	// the speaker's judgement said impersonally: "It is commendable / unacceptable that …"
	{text: "It is highly commendable that Qatar mediated the release of the hostages.", author: "Egypt", want: []string{"EGY PRAISED QAT"}},
	{text: "It is deeply regrettable that Russian forces again targeted the port of Odesa.", author: "Italy", want: []string{"ITA CRITICIZED RUS"}},
	{text: "It is unacceptable that we were not consulted.", author: "Italy", want: nil},
	{text: "It is commendable that the talks went well.", want: nil},
	// a signing said as its ceremony
	{text: "Prime Minister Modi held talks with President Ruto of Kenya. They witnessed the signing ceremony of five agreements.", want: []string{"IND MET KEN", "IND SIGNED_AGREEMENT KEN"}},
	{text: "Chinese President Xi Jinping attended a signing ceremony with Kenyan President William Ruto in Beijing.", want: []string{"CHN SIGNED_AGREEMENT KEN"}},
	{text: "Bangladesh has taken up the killings with Myanmar, the Foreign Office said in a statement, adding that the Foreign Secretary summoned the Myanmar envoy.", want: []string{"BGD PROTESTED MMR"}},
	// a plural demonym after "the" is the people for their state, no modifier
	{text: "The Egyptians broke off relations with Israel on Sunday.", want: []string{"EGY REDUCED_RELATIONS ISR"}},
	{text: "The Americans condemned the Cuban government.", want: []string{"USA CRITICIZED CUB"}},
	{text: "Britain expelled 25 Russians.", want: []string{"GBR EXPELLED RUS"}},
	// and so is a demonym that is its own plural before a verb ("The
	// Chinese have intruded into Indian territory" is China's attack, the
	// fresh7 annotation under rule 32; TestPeopleForState)
	{text: "The Swiss praised Austria.", want: []string{"CHE PRAISED AUT"}},
	// a treaty denounced or ended is relations reduced, no signing
	{text: "Egypt abrogated the 1936 treaty with Britain.", want: []string{"EGY REDUCED_RELATIONS GBR"}},
	{text: "Japan terminated its fisheries agreement with Russia on Monday.", want: []string{"JPN REDUCED_RELATIONS RUS"}},
	// bans, embargoes and closed ports are sanctions; lifted, they are none
	{text: "Canada imposed an arms and travel ban on Belarus.", want: []string{"CAN SANCTIONED BLR"}},
	{text: "Russia extended its ban on imports from Moldova.", want: []string{"RUS SANCTIONED MDA"}},
	{text: "Turkey closed its ports to Cypriot ships.", want: []string{"TUR SANCTIONED CYP"}},
	{text: "Saudi officials said Saudi airports would be closed to Qatari aircraft.", want: []string{"SAU SANCTIONED QAT"}},
	{text: "Japan lifted its sanctions on South Africa.", want: nil},
	{text: "Washington eased the embargo against Cuba.", want: nil},
	// armed forces entering, crossing or sent into a state attack it; a
	// leader entering it does not
	{text: "Ethiopian troops had already entered Somalia by Sunday.", want: []string{"ETH ATTACKED SOM"}},
	{text: "Tanzanian troops marched into Uganda.", want: []string{"TZA ATTACKED UGA"}},
	{text: "Armenian forces crossed into Azerbaijan overnight.", want: []string{"ARM ATTACKED AZE"}},
	{text: "Rwanda flew commandos into the Democratic Republic of the Congo at dawn.", want: []string{"RWA ATTACKED COD"}},
	{text: "President Museveni entered Kenya on Friday.", want: nil},
	// flying to a state is a visit, flying aid to it aid
	{text: "The Prime Minister of India flew to Japan on Monday.", want: []string{"IND MET JPN"}},
	{text: "Moscow airlifted relief supplies to Syria.", want: []string{"RUS GAVE_AID SYR"}},
	// relations restored are recognition (annotation rule 27); cooperation
	// promoted or improved an appeal
	{text: "Israel and Turkey restored full diplomatic relations on Wednesday.", want: []string{"ISR RECOGNIZED TUR", "TUR RECOGNIZED ISR"}},
	{text: "Egypt announced the resumption of diplomatic ties with Iran.", want: []string{"EGY RECOGNIZED IRN"}},
	{text: "Kenya and Uganda agreed to improve their relations.", want: []string{"KEN APPEALED_FOR_COOPERATION UGA", "UGA APPEALED_FOR_COOPERATION KEN"}},
	// games named by their host city or capital are the host's; "the
	// games" after them too
	{text: "Iran pulled out of the Sydney Olympics in protest.", want: []string{"IRN BOYCOTTED AUS"}},
	{text: "Kenya dropped out of the Tokyo Games on Sunday.", want: []string{"KEN BOYCOTTED JPN"}},
	{text: "The Atlanta Olympics opened on Friday. Cuba and Libya decided to stay away from the games.", want: []string{"CUB BOYCOTTED USA", "LBY BOYCOTTED USA"}},
	{text: "Cuba and Libya decided to stay away from the games.", want: nil},
	{text: "The Los Angeles Police Department praised Mexico.", want: nil},
	// expulsions said in the passive, or by the envoy's post
	{text: "Two Iranian diplomats were expelled from Argentina last week.", want: []string{"ARG EXPELLED IRN"}},
	{text: "It followed the expulsion of Canada's ambassador to India.", want: []string{"IND EXPELLED CAN"}},
	{text: "Egypt ordered the expulsion of the Turkish ambassador.", want: []string{"EGY EXPELLED TUR"}},
	// an embassy stormed or raided is attacked; arms sold or provided are
	// aid, a halt to them none; assisting a state is aid
	{text: "Ecuadorian police raided the Mexican embassy in Quito.", want: []string{"ECU ATTACKED MEX"}},
	{text: "The storming of the Mexican embassy by Ecuadorian police was condemned.", want: []string{"ECU ATTACKED MEX"}},
	{text: "Iranian students stormed the British embassy in Tehran.", want: nil},
	{text: "Beijing protested continued U.S. arms sales to Taiwan.", want: []string{"CHN PROTESTED USA", "USA GAVE_AID TWN"}},
	{text: "China urged a halt to American arms sales to Taiwan.", want: nil},
	{text: "Russia provided arms to Syria.", want: []string{"RUS GAVE_AID SYR"}},
	{text: "Japan will assist Sri Lanka with reconstruction.", want: []string{"JPN GAVE_AID LKA"}},
	// relations restored with one state are its recognition, one way
	{text: "Brazil decided to restore relations with Venezuela.", want: []string{"BRA RECOGNIZED VEN"}},
	// "it" after a noun the state's phrase hangs on is that noun, no state
	{text: "The Saudi-led coalition in Yemen's civil war also said it had expelled Qatar.", want: nil},
	{text: "The government in Kabul said it had expelled Pakistan's envoy.", want: []string{"AFG EXPELLED PAK"}},
	// what is under attack names no attacker; a demonym before
	// "aggressors" is the one blamed, not the one blaming
	{text: "Radio Hanoi said three Vietnamese towns under attack were resisting the Chinese advance.", want: nil},
	// (the vow to keep fighting is a promise, lowered to the rule's 0.45 and
	// not held down: at the cut of 0.40 the attack it presupposes is kept;
	// "Syrian" blames no one)
	{text: "Israel vowed to keep fighting the Syrian aggressors.", want: []string{"ISR ATTACKED SYR"}},
	// "Côte d'Ivoire" and names joined by "&"
	{text: "Côte d'Ivoire recalled its ambassador from Mali.", want: []string{"CIV EXPELLED MLI"}},
	// calling an act a threat, violation or provocation criticises its
	// actor: the one inside the phrase, or who launched what the text
	// reported before; never the victim named after it
	{text: "Iran test-fired three rockets on Sunday.\n\nIsrael's defence minister called the tests a serious threat to the region.", want: []string{"ISR CRITICIZED IRN"}},
	{text: "Greece called the Turkish overflights a violation of its airspace.", want: []string{"GRC CRITICIZED TUR"}},
	{text: "China called the American drills a provocation against Cambodia.", want: []string{"CHN CRITICIZED USA"}},
	{text: "Moscow called the drills a provocation against Belarus.", want: nil},
	// aid blocked or denied is none
	{text: "Ethiopia was accused of blocking aid convoys to Eritrea.", want: nil},
	{text: "Russia denied humanitarian aid to Ukraine.", want: nil},
	// cooperation continued among or between states named is an appeal to
	// each of the others
	{text: "Seoul said it would continue close coordination among the Republic of Korea, Japan and the United States.", want: []string{"KOR APPEALED_FOR_COOPERATION JPN", "KOR APPEALED_FOR_COOPERATION USA"}},
	// a state's own envoys leaving their host or coming home is its recall
	// of them (annotation rule 35); personnel who are no envoys, a leader
	// leaving, an ambassador returning to post are not
	{text: "Canadian diplomats left Riyadh on Tuesday.", want: []string{"CAN EXPELLED SAU"}},
	{text: "Qatar's diplomats in Bahrain will leave Manama within two days.", want: []string{"QAT EXPELLED BHR"}},
	{text: "All embassy staff in Niger will return to France.", author: "France", want: []string{"FRA EXPELLED NER"}},
	{text: "The remaining Russian personnel departed Egypt.", want: nil},
	{text: "President Putin left Beijing on Friday.", want: nil},
	{text: "Japan's ambassador to China returned to Beijing.", want: nil},
	// a judgement said by branding or describing: the one branded is
	// criticised, a pronoun's state too; praise described is none
	{text: "Ukraine severed relations with Belarus, branding it an aggressor state.", want: []string{"UKR CRITICIZED BLR", "UKR REDUCED_RELATIONS BLR"}},
	{text: "Mali described the comments of France as hostile and outrageous.", want: []string{"MLI CRITICIZED FRA"}},
	{text: "Pakistan labelled India an occupier in Kashmir.", want: []string{"PAK CRITICIZED IND"}},
	{text: "Kenya described Ethiopia as a close partner.", want: nil},
	{text: "The minister described the situation in Sudan as a threat.", want: nil},
}

func TestCoder(t *testing.T) {
	for _, tc := range coderTests {
		a := &Article{File: "t.txt", ID: "t", Text: tc.text}
		pub := "2022-04-01"
		if tc.published != "" {
			pub = tc.published
		}
		d, err := Code(a, Options{Published: day(t, pub), Author: tc.author})
		if err != nil {
			t.Fatalf("%q: %v", tc.text, err)
		}
		got := kept(d)
		if tc.min > 0 {
			got = nil
			for _, c := range d.Kept(tc.min) {
				got = append(got, c.String())
			}
			sort.Strings(got)
		}
		if strings.Join(got, "; ") != strings.Join(tc.want, "; ") {
			t.Errorf("%q:\n got %v\nwant %v", tc.text, got, tc.want)
		}
	}
	a := &Article{File: "t.txt", ID: "t", Text: "Israel attacked Hamas."}
	d, _ := Code(a, Options{Published: day(t, "2022-04-01")})
	if d.NonState["Hamas"] != 1 {
		t.Errorf("non-state parties: %v", d.NonState)
	}
	a = &Article{File: "t.txt", ID: "t", Text: "China may impose sanctions on Lithuania."}
	d, _ = Code(a, Options{Published: day(t, "2022-04-01")})
	if len(d.Candidates) != 1 || d.Candidates[0].Confidence >= DefaultMinConfidence || len(d.Candidates[0].Reasons) == 0 {
		t.Errorf("a hypothetical is a weaker candidate with its reason: %+v", d.Candidates)
	}
}

func TestDates(t *testing.T) {
	pub := day(t, "2021-04-23")
	tests := []struct{ text, want string }{
		{"On March 25, China praised Cuba.", "2021-03-25"},
		{"In March, China praised Cuba.", "2021-03"},
		{"On Monday (19), China praised Cuba.", "2021-04-19"},
		{"Last week, China praised Cuba.", "2021-04"},
		{"China praised Cuba on 2 May 2020.", "2020-05-02"},
		{"China praised Cuba.", "2021-04-23"},
		{"In May, China praised Cuba.", "2020-05"},
		{"Yesterday China praised Cuba.", "2021-04-22"},
	}
	for _, tc := range tests {
		a := &Article{File: "t.txt", ID: "t", Text: tc.text}
		d, err := Code(a, Options{Published: pub})
		if err != nil || len(d.Candidates) != 1 {
			t.Fatalf("%q: %v %+v", tc.text, err, d)
		}
		if got := d.Candidates[0].Date.String(); got != tc.want {
			t.Errorf("%q: date %s, want %s", tc.text, got, tc.want)
		}
	}
}

func TestAuthor(t *testing.T) {
	z := gazetteer.Default()
	at := day(t, "2021-06-01")
	if got := bylineAuthor(z, "Statement by President Joe Biden on the Anniversary", at); strings.Join(got, ",") != "USA" {
		t.Errorf("Biden byline: %v", got)
	}
	if got := bylineAuthor(z, "Joint Statement of the United States and Japan", at); strings.Join(got, ",") != "USA,JPN" {
		t.Errorf("joint statement: %v", got)
	}
	if got := bylineAuthor(z, "The following is the joint statement issued by the United States Secretary of State and the Foreign Ministers of the Governments of the Republic of Korea and Japan.", at); strings.Join(got, ",") != "USA,KOR,JPN" {
		t.Errorf("joint statement opening: %v", got)
	}
	if got := domainAuthor("https://www.gov.uk/government/news/x"); got != "GBR" {
		t.Errorf("gov.uk: %q", got)
	}
	// an archive's copy of another government's paper is not the archive's
	for _, u := range []string{"https://cia.gov/readingroom/document/cia-rdp79t00428a000200010014-0", "https://history.state.gov/historicaldocuments/x", "https://www.archives.gov/x"} {
		if got := domainAuthor(u); got != "" {
			t.Errorf("%s: %q, want none", u, got)
		}
	}
	if got := domainAuthor("https://www.cia.gov/news/x"); got != "USA" {
		t.Errorf("cia.gov news: %q", got)
	}
	// "TASS" in 1962 is the Soviet Union's
	old := &Article{File: "t.txt", ID: "t", Text: "TASS condemned the United States."}
	if d, err := Code(old, Options{Published: day(t, "1962-09-11")}); err != nil || strings.Join(kept(d), "; ") != "SUN CRITICIZED USA" {
		t.Errorf("TASS in 1962: %v %v", kept(d), err)
	}
	a := &Article{File: "t.txt", ID: "t", Text: "We condemn Russia."}
	if _, err := Code(a, Options{Published: at, Author: "Atlantis"}); err == nil || !strings.Contains(err.Error(), "t.txt: --author \"Atlantis\"") {
		t.Errorf("unknown author: %v", err)
	}
}

// seedPath is the seed article, read from ../shared like the other real data.
const seedPath = "../../../shared/seeds/kim-diaz-canel-2021.txt"

func needShared(t *testing.T, p string) []byte {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("CI needs %s: %v", p, err)
		}
		t.Skipf("%s not found (../shared absent)", p)
	}
	return b
}

// The seed article recovers at least 12 of the 14 facts written by hand in
// testdata/facts/kim-diaz-canel-2021.yaml, at the state level, and its
// draft reads back.
func TestSeed(t *testing.T) {
	data := needShared(t, seedPath)
	a, err := Read(seedPath, data)
	if err != nil {
		t.Fatal(err)
	}
	d, err := Code(a, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, c := range d.Kept(DefaultMinConfidence) {
		got[c.String()] = true
	}
	g, err := loader.LoadFacts([]string{"../../testdata/facts/kim-diaz-canel-2021.yaml"}, loader.Options{})
	if err != nil {
		t.Fatal(err)
	}
	n, found := 0, 0
	for _, e := range g.Events() {
		if e.Article != "kim-diaz-canel-2021" {
			continue
		}
		n++
		s, _ := g.StateOf(e.Subject, e.Date)
		o, _ := g.StateOf(e.Object, e.Date)
		if got[s+" "+e.Type+" "+o] {
			found++
		} else {
			t.Logf("missed %s %s %s: %q", s, e.Type, o, e.Quote)
		}
	}
	if n != 14 || found < 12 {
		t.Errorf("seed: %d of %d hand-written facts recovered, want at least 12 of 14", found, n)
	}
}

// Every draft of the test articles reads back through the facts loader:
// validate accepts it unchanged, every quote is a sentence of the article.
func TestRoundTrip(t *testing.T) {
	paths, _ := filepath.Glob("../../testdata/articles/*")
	heldout, _ := filepath.Glob("../../testdata/heldout*/*")
	dev, _ := filepath.Glob("../../testdata/dev/*")
	calib, _ := filepath.Glob("../../testdata/calib/*")
	test, _ := filepath.Glob("../../testdata/test/*")
	fresh, _ := filepath.Glob("../../testdata/fresh/*")
	test = append(test, fresh...)
	dev = append(append(dev, calib...), test...)
	heldout = append(heldout, dev...)
	paths = append(paths, heldout...)
	if _, err := os.Stat(seedPath); err == nil {
		paths = append(paths, seedPath)
	}
	if len(paths) < 10 {
		t.Fatalf("only %d articles", len(paths))
	}
	var ds []*Draft
	for _, p := range paths {
		b, _ := os.ReadFile(p)
		a, err := Read(p, b)
		if err != nil {
			t.Fatal(err)
		}
		d, err := Code(a, Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range d.Candidates {
			if !strings.Contains(a.Text, c.Quote) {
				t.Errorf("%s: quote %q is not in the article", p, c.Quote)
			}
			if c.Confidence <= 0 || c.Confidence > 1 {
				t.Errorf("%s: confidence %v", p, c.Confidence)
			}
		}
		ds = append(ds, d)
	}
	var buf bytes.Buffer
	if err := WriteFacts(&buf, ds, nil, DefaultMinConfidence); err != nil {
		t.Fatal(err)
	}
	g, err := loader.ReadFacts([]loader.Input{{Name: "draft.yaml", Data: buf.Bytes()}}, loader.Options{})
	if err != nil {
		t.Fatalf("the draft does not read back: %v\n%s", err, buf.String())
	}
	want := 0
	for _, d := range ds {
		want += len(d.Kept(DefaultMinConfidence))
	}
	if g.NumEvents() != want || want == 0 {
		t.Errorf("read back %d events, drafted %d", g.NumEvents(), want)
	}
	for _, e := range g.Events() {
		if !strings.HasPrefix(e.Note, "drafted by blocgraph extract; rule ") || e.Quote == "" || e.Confidence <= 0 {
			t.Errorf("event %s lacks its note, quote or confidence", e.ID)
		}
	}
}

// TestTranscriptTurns: in a transcript the first person is the speaker's
// state, a journalist's turn asserts nothing, and a speaker the text did
// not place gives no first-person fact.
func TestTranscriptTurns(t *testing.T) {
	text := "MR PRICE: Good afternoon. We condemn Russia's strikes on Kyiv.\n\n" +
		"QUESTION: Will the United States sanction China? You met with Iran last week.\n\n" +
		"MR PRICE: We will continue to support Ukraine.\n\n" +
		"FOREIGN MINISTER KAMIKAWA: We condemned North Korea's launch.\n\n" +
		"Q    Did the Secretary speak with Cuba?\n\n" +
		"SECRETARY BLINKEN: I spoke with Foreign Minister Cho Tae-yul of the Republic of Korea today.\n"
	a := &Article{File: "t.md", ID: "t", Text: text, URL: "https://www.state.gov/briefings/x/"}
	d, err := Code(a, Options{Published: day(t, "2024-01-10")})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"RUS ATTACKED UKR", "USA CRITICIZED RUS", "USA EXPRESSED_SOLIDARITY UKR", "USA MET KOR"}
	if got := kept(d); strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("kept %v, want %v", got, want)
	}
	asked := 0
	for _, c := range d.Candidates {
		if strings.Contains(c.Abstained, "question") {
			asked++
			if c.Confidence >= DefaultMinConfidence {
				t.Errorf("a question's candidate kept: %+v", c)
			}
		}
	}
	if asked == 0 {
		t.Errorf("the journalist's question left no candidate to review: %+v", d.Candidates)
	}
	for _, s := range Split(text) {
		if strings.Contains(s.Text, "PRICE") || strings.Contains(s.Text, "QUESTION") || strings.HasPrefix(s.Text, "Q ") {
			t.Errorf("a speaker's label left in the sentence %q", s.Text)
		}
	}
}

// TestTitleCaseTurns: foreign ministries write their transcripts' labels
// in title case ("Mao Ning:", "Question:", "Phoenix TV:"); a news outlet's
// label is a journalist's turn; "Note:" is no turn.
func TestTitleCaseTurns(t *testing.T) {
	text := "Lin Jian: We strongly condemn the United States.\n\n" +
		"Phoenix TV: Japan condemned the Chinese drills around Taiwan yesterday. What is your response?\n\n" +
		"Lin Jian: We urge Japan to stop interfering.\n\n" +
		"Question: Germany supports Ukraine. Will China send envoys?\n\n" +
		"Note: The Philippines welcomed Japan's support.\n"
	a := &Article{File: "t.md", ID: "t", Text: text, URL: "https://www.fmprc.gov.cn/eng/xw/fyrbt/x.html"}
	d, err := Code(a, Options{Published: day(t, "2024-05-10")})
	if err != nil {
		t.Fatal(err)
	}
	// the journalists' declarative sentences count (ANNOTATION.md rule 22), lowered; their questions do not.
	// "Note:" is no speaker's label: its sentence stays in the last turn
	// (the journalist's), and "The Philippines welcomed …" is a fact (it gave
	// none while "Philippines" was read as a plural demonym)
	want := []string{"CHN CRITICIZED USA", "DEU EXPRESSED_SOLIDARITY UKR", "JPN CRITICIZED CHN", "PHL PRAISED JPN"}
	if got := kept(d); strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("kept %v, want %v", got, want)
	}
	journalist := 0
	for _, c := range d.Candidates {
		for _, r := range c.Reasons {
			if strings.Contains(r, "journalist") {
				journalist++
			}
		}
	}
	if journalist != 3 {
		t.Errorf("%d candidates from the journalists' turns, want 3: %+v", journalist, d.Candidates)
	}
	for _, s := range Split(text) {
		if strings.HasPrefix(s.Text, "Lin Jian") || strings.HasPrefix(s.Text, "Phoenix") || strings.HasPrefix(s.Text, "Question") {
			t.Errorf("a speaker's label left in the sentence %q", s.Text)
		}
		if strings.Contains(s.Text, "Philippines") && !strings.HasPrefix(s.Text, "Note:") {
			t.Errorf("a note read as a turn: %q", s.Text)
		}
	}
}

// TestForeignMinistryByline: "Global Affairs Canada" heading a release
// makes Canada the author, so that "the Minister of Foreign Affairs … her
// trip" is Canada's.
func TestForeignMinistryByline(t *testing.T) {
	text := "Global Affairs Canada\n\nMarch 3, 2023\n\nThe Honourable Mélanie Joly, Minister of Foreign Affairs, today concluded her visit to Chile and Peru.\n"
	d, err := Code(&Article{File: "t.txt", ID: "t", Text: text}, Options{Published: day(t, "2023-03-03")})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"CAN MET CHL", "CAN MET PER"}
	if got := kept(d); strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("kept %v, want %v (author %v)", got, want, d.Author)
	}
}

// TestReadoutTitleAuthor: those a readout's title names after "with" are
// the met, not the authors.
func TestReadoutTitleAuthor(t *testing.T) {
	for _, tc := range []struct{ title, want string }{
		// no author from this title (the web address gives it), and none of those called
		{"Readout of Secretary of Defense Lloyd J. Austin III's Phone Calls With Defense Ministers from Canada, France, Germany, Poland and the United Kingdom", ""},
		{"Readout of President Biden's Meeting with Prime Minister Kishida of Japan and President Yoon of the Republic of Korea", "USA"},
		{"Joint Statement of the United States and Japan", "USA JPN"},
	} {
		got := strings.Join(bylineAuthor(gazetteer.Default(), tc.title, day(t, "2023-06-24")), " ")
		if got != tc.want {
			t.Errorf("%q: authors %q, want %q", tc.title, got, tc.want)
		}
	}
}

// TestSidesAsWritten: each fact of a coordination carries the words the
// sentence wrote for its own states, not its neighbour's.
func TestSidesAsWritten(t *testing.T) {
	for _, tc := range []struct {
		text string
		want map[string]string // "SUBJ OBJ" → "subject text → object text"
	}{
		{"Japan and South Korea condemned North Korea.", map[string]string{
			"JPN PRK": "Japan → North Korea", "KOR PRK": "South Korea → North Korea"}},
		{"Cuba praised Vietnam and Laos.", map[string]string{
			"CUB VNM": "Cuba → Vietnam", "CUB LAO": "Cuba → Laos"}},
		{"Moscow and Kyiv exchanged fire.", map[string]string{
			"RUS UKR": "Moscow → Kyiv", "UKR RUS": "Kyiv → Moscow"}},
	} {
		a := &Article{File: "t.txt", ID: "t", Text: tc.text}
		d, err := Code(a, Options{Published: day(t, "2022-04-01")})
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]string{}
		for _, c := range d.Candidates {
			got[c.Subject+" "+c.Object] = c.SubjectText + " → " + c.ObjectText
		}
		for k, w := range tc.want {
			if got[k] != w {
				t.Errorf("%q: %s written %q, want %q", tc.text, k, got[k], w)
			}
		}
	}
}

// TestCountryDomain: a national paper's unqualified minister is its
// country's (when the text names the country: TestDomainHouseNamed); a
// government site of a country-code domain is the author.
func TestCountryDomain(t *testing.T) {
	z := gazetteer.Default()
	for tld, st := range countryTLDs {
		if _, ok := z.Entity(st); !ok {
			t.Errorf(".%s: %s is no state of the gazetteer", tld, st)
		}
	}
	for _, tc := range []struct{ url, text, want string }{
		{"https://japannews.yomiuri.co.jp/politics/1/", "Foreign Minister Takeshi Iwaya spoke with South Korean Foreign Minister Cho Tae-yul over the phone.", "JPN MET KOR"},
		{"https://eoibeijing.gov.in/x", "Our Prime Minister met President Xi Jinping in Beijing.", "IND MET CHN"},
		{"https://example.io/x", "Foreign Minister Takeshi Iwaya spoke with South Korean Foreign Minister Cho Tae-yul over the phone.", ""},
	} {
		a := &Article{File: "t.md", ID: "t", Title: "Japan, South Korea foreign ministers hold phone talks", Text: tc.text, URL: tc.url}
		d, err := Code(a, Options{Published: day(t, "2024-12-11")})
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(kept(d), "; "); got != tc.want {
			t.Errorf("%s %q: got %q, want %q", tc.url, tc.text, got, tc.want)
		}
	}
}

// TestQuoteSpeaker: in news (no author) the first person inside a
// quotation is the one quoted, also when the quotation runs on over
// sentences; after it closes, no one.
func TestQuoteSpeaker(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"\"China attaches great importance to the visit, and I look forward to working with the United States,\" Xi Jinping said.", "CHN APPEALED_FOR_COOPERATION USA"},
		{"In a statement, Cevdet Yilmaz, Vice President of Türkiye, said: \"By attacking Iran, Israel has added yet another unlawful act to its record. We extend our condolences to Iran for the lives lost.\" We condemn Russia.", "TUR EXPRESSED_SOLIDARITY IRN"},
		{"We condemn Russia.", ""},
		// a quotation of several sentences names its speaker after it
		// closes; the first person of each of its sentences is the speaker's
		{"“Grim news came from Quito this morning. We stand with the people of Ecuador in this hour,” Chile's foreign minister said.", "CHL EXPRESSED_SOLIDARITY ECU"},
		{"“Grim news came from Quito this morning. We stand with the people of Ecuador,” the Chilean Foreign Ministry said on Sunday.", "CHL EXPRESSED_SOLIDARITY ECU"},
		// the speaker named after it in another paragraph is not its speaker
		{"“Grim news came from Quito this morning. We stand with the people of Ecuador.\n\nChile's foreign minister said the rains would go on.", ""},
		// standing in solidarity is solidarity
		{"Ghana stood in solidarity with Togo after the floods.", "GHA EXPRESSED_SOLIDARITY TGO"},
		{"Romania stands in full solidarity with #Türkiye.", "ROU EXPRESSED_SOLIDARITY TUR"},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "2025-06-13")}, tc.want)
	}
}

// TestEveryStateAsSubject: every state of the gazetteer on the text's date,
// named by its name as the subject of a sentence, is the fact's source.
// ("Laos condemned Thailand." and "Philippines condemned …" gave no fact:
// "Laos" and "Philippines" are also plurals of the demonyms "Lao" and
// "Philippine", and were read as modifiers of the verb.) The gaps below
// still fail, and must, until the coder reads them: a name the gazetteer
// keeps as a non-state ("Western Sahara"). ("Côte d'Ivoire", with a
// lower-case "d'" inside, and the territories whose short name joins two
// names with "&", "Wallis & Futuna", gave none before.)
func TestEveryStateAsSubject(t *testing.T) {
	gaps := map[string]bool{"ESH": true}
	z := gazetteer.Default()
	at := day(t, "2022-04-01")
	for _, n := range z.States() {
		if !z.WasState(n.ID, graph.SpanOf(at)) {
			continue
		}
		name, _ := z.NameOn(n.ID, at)
		obj, objID := "Thailand", "THA"
		if n.ID == "THA" {
			obj, objID = "Brazil", "BRA"
		}
		text := name + " condemned " + obj + " on Monday."
		a := &Article{File: "t.txt", ID: "t", Text: text}
		d, err := Code(a, Options{Published: at})
		if err != nil {
			t.Fatalf("%q: %v", text, err)
		}
		want := n.ID + " CRITICIZED " + objID
		got := kept(d)
		if ok := strings.Join(got, "; ") == want; ok == gaps[n.ID] && ok {
			t.Errorf("%q now gives %v: take %s out of the gaps", text, got, n.ID)
		} else if !ok && !gaps[n.ID] {
			t.Errorf("%q:\n got %v\nwant [%s]", text, got, want)
		}
	}
}

// TestFresh7FalseAlarms: the false-alarm classes of the eighth blind
// batch's run, on sentences written for the test (not the gold's): states
// excepted from a list do not act (testdata/ANNOTATION.md, fresh7
// decisions: "all Arab states except Oman …" names no state that did);
// "the X War" names a war, not a state attacked; a development
// "threatening to become" or that "threatens to derail" is no state's
// threat; recognising a need, or that something is so, is no diplomatic
// recognition, nor is the support it names a need for given; a trip "to
// bolster ties with" is the meeting, not an appeal; what another is called
// on to do is not done; solidarity with an envoy who defies the new
// government is not with the state; footage "provided by" a government is
// no aid; an envoy summoned does not act the summons's purpose.
func TestFresh7FalseAlarms(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		// excepted states
		{"In 2017, all Gulf states except Qatar and Oman cut diplomatic relations with Iran.", ""},
		{"Every neighbour but Chile broke off relations with Peru.", ""},
		{"All African states other than Morocco and Eswatini severed ties with Israel in 1973.", ""},
		{"Apart from Bolivia, every Andean state froze relations with Venezuela.", ""},
		{"Ecuador, except for a brief pause in 2019, condemned Peru.", "ECU CRITICIZED PER"},
		// a war's name
		{"Israel carried out its heaviest air raid since the Lebanon War on Monday, bombing Syrian army bases.", "ISR ATTACKED SYR"},
		{"The Korean War veterans met in Seoul.", ""},
		// a development threatening
		{"The rhetoric between Chad and Sudan is growing fiercer, threatening to become a regional crisis.", ""},
		{"The row between Serbia and Kosovo threatens to derail the talks.", ""},
		{"Russia threatened Ukraine with new strikes.", "RUS THREATENED UKR"},
		// cognition
		{"In this spirit, Germany recognizes the urgent need to support Moldova in its reforms.", ""},
		{"France recognized that Mali faced grave dangers.", ""},
		// a trip to bolster ties
		{"Indian Foreign Minister Subrahmanyam Jaishankar is set to begin a three-day trip on Monday, to bolster ties with Kenya and Tanzania.", "IND MET KEN; IND MET TZA"},
		// what another is called on to do is a demand, no deed (rule 15)
		{"Egypt hosted the meeting. It called on all Arab states to give full financial, political and military assistance to Lebanon as the main front state.", ""},
		{"Kuwait gave full military and economic assistance to Lebanon.", "KWT GAVE_AID LBN"},
		// solidarity with an envoy defying the new government (rule 58),
		// not with an embassy's staff (rule 50)
		{"On May 3, Germany's foreign minister wrote to express solidarity with Malian Ambassador in Berlin Oumar Keita, who refused to leave his post after the junta seized power.", ""},
		{"Germany expressed solidarity with the staff of the Malian embassy.", "DEU EXPRESSED_SOLIDARITY MLI"},
		// information handed over is no aid
		{"A Turkish news agency aired video it said was provided by the Syrian government after the raid.", ""},
		{"Jordan provided Iraq with wheat.", "JOR GAVE_AID IRQ"},
		// the envoy summoned does not lodge the protest he is summoned to hear
		{"SEOUL, March 4 (Yonhap) -- Vice Foreign Minister Lee Do-hoon called in Japan's top envoy in Seoul on Monday to lodge a protest over Tokyo's decision to curb exports to South Korea.", ""},
		{"South Korea lodged a protest with Japan over the export curbs.", "KOR PROTESTED JPN"},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "2025-06-13")}, tc.want)
	}
}

// TestFresh7Misses: misses of the eighth blind batch's run, on sentences
// written for the test: water cannon fired at a state's vessels is an
// attack on it (rule 53), forces intruding into its territory attack it
// (rule 32), the subject of an "after" clause that an earlier verb took as
// its object acts in it, and valuing a state's efforts praises it (rule 25).
func TestFresh7Misses(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The Vietnamese coast guard fired water cannons at Chinese fishing boats near the reef.", "VNM ATTACKED CHN"},
		{"Hanoi summoned Beijing's envoy on Tuesday after the China Coast Guard blocked and fired water cannons at Vietnamese fishing boats near the Paracels.", "CHN ATTACKED VNM; VNM PROTESTED CHN"},
		{"Pakistani troops have intruded into Afghan territory near the pass.", "PAK ATTACKED AFG"},
		{"The firemen turned water cannons on the burning depot.", ""},
		// valuing a state's efforts praises it (rule 25)
		{"Chile highly valued the contribution of Peru to the talks.", "CHL PRAISED PER"},
		{"Brazil highly values the efforts by Qatar and Egypt to end the war.", "BRA PRAISED EGY; BRA PRAISED QAT"},
		{"The firm valued the work of its engineers.", ""},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "2025-06-13")}, tc.want)
	}
}

// TestRecallPassFalseAlarms: false alarms of the known set, on the real
// sentences (testdata/fresh7/sunsentinel-arab-states-egypt-ties-1987.md)
// and controls written for the test: relations resumed by one state with
// another are its recognition one way (annotation rule 27), "A and B
// restored relations" each way; "its peace treaty with Israel" in passing
// is no signing (a possessive pronoun is no signer, as "its talks with" is
// no meeting held); "wishes to" with an infinitive is the verb wish, no
// greeting.
func TestRecallPassFalseAlarms(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Hours after the meeting ended, the United Arab Emirates announced that it was resuming full diplomatic relations with Egypt.", "ARE RECOGNIZED EGY"},
		{"Israel and Turkey restored full diplomatic relations on Wednesday.", "ISR RECOGNIZED TUR; TUR RECOGNIZED ISR"},
		{"China established diplomatic relations with Nauru.", "CHN RECOGNIZED NRU; NRU RECOGNIZED CHN"},
		{"In 1979, all Arab states except Oman, Somalia and the Sudan severed diplomatic relations with Egypt in outrage over its peace treaty with Israel.", ""},
		{"Egypt signed a peace treaty with Israel in 1979.", "EGY SIGNED_AGREEMENT ISR"},
		{"Japan wishes to cooperate with China on the issue.", "JPN APPEALED_FOR_COOPERATION CHN"},
		{"Japan wishes China success in hosting the Games.", "JPN CONGRATULATED CHN"},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "2025-06-13")}, tc.want)
	}
}

// TestMutualPairInside: "mutual" before an appeal whose object is a pair
// holding the subject ("the Canada-Ukraine friendship") is each way, as
// with the other state alone after it (testdata/test/canada-ukraine-30-years-2022,
// the real sentence; annotation rule 9); without "mutual", one way.
func TestMutualPairInside(t *testing.T) {
	for _, tc := range []struct{ text, author, want string }{
		{"Since then, our mutual commitment to strengthening the Canada-Ukraine friendship has never wavered.", "Canada", "CAN APPEALED_FOR_COOPERATION UKR; UKR APPEALED_FOR_COOPERATION CAN"},
		{"Canada reaffirmed its commitment to strengthening the Canada-Ukraine friendship.", "", "CAN APPEALED_FOR_COOPERATION UKR"},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "2022-01-27"), Author: tc.author}, tc.want)
	}
}

// TestReadinessAppeals: readiness, willingness or desire expressed to
// cooperate, coordinate or enter into relations is an appeal (annotation
// rule 11), on the real sentences (testdata/fresh7/kazinform-tokayev-putin-call-2021,
// testdata/fresh6/ht-india-recognizes-peking-1949) and controls: readiness
// to respond is none, and a desire to strengthen ties stays one appeal.
func TestReadinessAppeals(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The leaders of Kazakhstan and Russia reiterated their readiness to coordinate actions to implement the agreements reached within the framework of the SCO and CSTO summits held on September 16-17 in Dushanbe.", "KAZ APPEALED_FOR_COOPERATION RUS; RUS APPEALED_FOR_COOPERATION KAZ"},
		{"In October last, the Government of India received a communication from the Foreign Minister to the Government of the People’s Republic of China, expressing their desire to enter into diplomatic relations with India on the basis of the principles of equality, mutual interests and mutual respect for sovereign and territorial rights.", "CHN APPEALED_FOR_COOPERATION IND"},
		{"Iran expressed its readiness to respond to any attack by Israel.", ""},
		{"Egypt expressed its desire to strengthen ties with Sudan.", "EGY APPEALED_FOR_COOPERATION SDN"},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "2021-09-20")}, tc.want)
	}
}

// TestPluralPronounCoordination: "they", "their", "them" are the nearest
// coordination of states before them, not a single state named between
// (testdata/fresh5/afp-gulf-states-cut-qatar-ties-2017, the real sentence:
// "they accused the Gulf state" had taken Qatar for "they"); with no
// coordination before, the nearest state as before.
func TestPluralPronounCoordination(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Saudi Arabia, Egypt, Bahrain and the United Arab Emirates announced today they were severing diplomatic ties with Qatar, as they accused the Gulf state of supporting terrorism.",
			"ARE CRITICIZED QAT; ARE REDUCED_RELATIONS QAT; BHR CRITICIZED QAT; BHR REDUCED_RELATIONS QAT; EGY CRITICIZED QAT; EGY REDUCED_RELATIONS QAT; SAU CRITICIZED QAT; SAU REDUCED_RELATIONS QAT"},
		{"The Baltic states said Russia had massed troops on their borders, and they condemned Moscow.", ""},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "2017-06-05")}, tc.want)
	}
}

// TestAgentCoordination: the agent after "by" is every state of its
// coordination (testdata/fresh7/kathimerini-suez-hungary-1956, the real
// sentence, had Britain's attack only), as a coordinated subject on the
// left is.
func TestAgentCoordination(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Developments in the triple attack on Egypt by Britain, France and Israel are becoming more dramatic.", "FRA ATTACKED EGY; GBR ATTACKED EGY; ISR ATTACKED EGY"},
		{"Egypt was attacked by Britain, France and Israel.", "FRA ATTACKED EGY; GBR ATTACKED EGY; ISR ATTACKED EGY"},
		{"Egypt was attacked by Israel.", "ISR ATTACKED EGY"},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "1956-11-01")}, tc.want)
	}
}

// TestCallsWithSeveral: a list of officials whose item opens with a title's
// "of" ("Mr. Jigme Khesar Namgyel Wangchuck, The Druk Gyalpo of Kingdom of
// Bhutan and …") is one list, and greetings conveyed "to the leaders" of
// calls with several go to each of them (testdata/dev/modi-new-year-calls-2020,
// the real sentences; before, only Bhutan was met and greeted); with one
// partner, the other party as before.
func TestCallsWithSeveral(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"On the occasion of the New Year, Prime Minister Shri Narendra Modi today had telephone conversation with Mr. Jigme Khesar Namgyel Wangchuck, The Druk Gyalpo of Kingdom of Bhutan and Mr. Lyonchhen (Dr.) Lotay Tshering, Prime Minister of Bhutan, Mr. Gotabaya Rajapaksa, President and Mr. Mahinda Rajapaksa, Prime Minister of Sri Lanka, Mr. Ibrahim Mohamed Solih, President of the Maldives, Ms. Sheikh Hasina, Prime Minister of Bangladesh and Mr. K.P. Sharma Oli, Prime Minister of Nepal.\n\nPrime Minister conveyed to the leaders his New Year greetings and good wishes on behalf of the people of India and on his own behalf.",
			"IND CONGRATULATED BGD; IND CONGRATULATED BTN; IND CONGRATULATED LKA; IND CONGRATULATED MDV; IND CONGRATULATED NPL; IND MET BGD; IND MET BTN; IND MET LKA; IND MET MDV; IND MET NPL"},
		{"Prime Minister Shri Narendra Modi today had telephone conversation with Ms. Sheikh Hasina, Prime Minister of Bangladesh.\n\nPrime Minister conveyed his New Year greetings and good wishes.",
			"IND CONGRATULATED BGD; IND MET BGD"},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "2020-01-01"), Author: "India"}, tc.want)
	}
}

// TestPeopleForState: "the" and a demonym that is its own plural, before a
// verb, is the people acting for their state (annotation rule 32: "The
// Chinese have intruded into Indian territory", the real sentence of
// testdata/fresh7/hindu-chinese-intrude-three-points-1965), as "the
// Russians", "the Somalis" were; before a noun it still modifies it.
func TestPeopleForState(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The Chinese have intruded into Indian territory in Ladakh, in the middle sector and in Sikkim.", "CHN ATTACKED IND"},
		{"The Chinese attacked India.", "CHN ATTACKED IND"},
		{"The Chinese armed forces attacked India.", "CHN ATTACKED IND"},
		{"The Japanese embassy in Beijing was attacked by protesters.", ""},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "1965-09-20")}, tc.want)
	}
}

// TestFresh89FalseAlarms: the false-alarm classes of the ninth and tenth
// blind runs (fresh8, fresh9), on their sentences and on controls: the
// recognition of a state's regions is no recognition of the state, and a
// recognition withdrawn reduces relations; an unnamed party's decision that
// is praised is neither the praiser's act nor a praise of the state in it;
// an act one is held accountable for is no fact of its own (rule 6);
// envoys made to leave are expelled by the host; what one is urged not to
// harm ("nor compromise peace") is no appeal; athletes travelling are no
// visit; "will be pleased to visit" is an intention; a reported "it" is
// not the state after a preposition when a state acted before it.
func TestFresh89FalseAlarms(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Japanese Prime Minister Kishida Fumio has announced sanctions against Russia for its unilateral recognition of the independence of two regions in eastern Ukraine.", "JPN SANCTIONED RUS"},
		{"Bhutan recognised Bangladesh on 6 December 1971.", "BTN RECOGNIZED BGD"},
		{"The Soviet Union extended recognition to Israel in 1948.", "SUN RECOGNIZED ISR"},
		{"The State Department announced today that the United States had severed diplomatic relations with Egypt as a “reciprocal” action following notice that President Nasser had withdrawn recognition of the United States.", "EGY REDUCED_RELATIONS USA; USA REDUCED_RELATIONS EGY"},
		{"China's foreign ministry said in a statement it \"highly commends\" the decision to sever diplomatic ties with Taiwan.", ""},
		{"Canada welcomed the decision of Panama to sever diplomatic ties with Taiwan.", ""},
		{"Panama announced the decision to sever diplomatic ties with Taiwan.", "PAN REDUCED_RELATIONS TWN"},
		{"Japan commended Kenya for its mediation.", "JPN PRAISED KEN"},
		{"Just as Canada is imposing severe sanctions on the Russian regime, Belarusian leadership must also be held accountable for enabling and supporting Vladimir Putin’s unprovoked attacks.", "CAN SANCTIONED RUS"},
		{"Iran is supporting Russia with drones.", "IRN EXPRESSED_SOLIDARITY RUS"},
		{"\"All Belgian diplomats in Rwanda are required to leave the country within 48 hours,\" said Rwanda’s Ministry of Foreign Affairs and International Cooperation.", "RWA EXPELLED BEL"},
		{"All Russian diplomats in Estonia will leave the country.", "RUS EXPELLED EST"},
		{"Viet Nam strongly opposes this move by China and solemnly urges China to respect Viet Nam's sovereignty over Hoang Sa Archipelogo, neither repeat similar actions nor compromise peace, stability in the region and the East Sea.", "VNM CRITICIZED CHN"},
		{"Viet Nam urged China to engage in dialogue.", "VNM APPEALED_FOR_COOPERATION CHN"},
		{"Pressure had mounted for Great Britain to join the boycott, largely from the ruling Conservative Party, but Prime Minister Margaret Thatcher relented and the athletes traveled to Moscow.", ""},
		{"Prime Minister Modi traveled to Moscow.", "IND MET RUS"},
		{"President Erdogan said he will be pleased to visit Iran for the forthcoming term meeting of the High-Level Cooperation Council once the COVID-19 pandemic ends.", ""},
		{"The Prime Minister said that India would be happy to work with Japan.", "IND APPEALED_FOR_COOPERATION JPN"},
		// "it" reported after a state governed by a preposition is the
		// state acting before it
		{"The skirmishes came after Thailand recalled its ambassador to Cambodia late on Wednesday and said it would expel Cambodia's envoy in Bangkok, after a second Thai soldier in the space of a week lost a limb to a landmine that Bangkok alleged had been laid recently in the disputed area.", "THA EXPELLED KHM"},
		{"President Reagan on Wednesday extended for six months the U.S. trade and economic sanctions against Libya, accusing it of supporting terrorism.", "USA CRITICIZED LBY; USA SANCTIONED LBY"},
		{"The talks with Iran ended and it said it would attack Israel.", "IRN ATTACKED ISR"},
		// "by" after a noun of a phrase opened by "with", "over", "about",
		// "against" after the passive is that noun's agent
		{"The ambassador was strongly protested in connection with another anti-Russian provocation by the Czech side ” the declaration of the counsellor-minister of the Russian Embassy in Prague persona non grata on March 29 of this year,\" the foreign ministry said in a statement.", "CZE EXPELLED RUS"}, // no protest by the Czech side; the declaration is the gold's expulsion (events.go)
		{"Cuba was condemned for its support of the rebels by Peru.", "PER CRITICIZED CUB"},
		{"Chile was criticized in a statement by Peru.", "PER CRITICIZED CHL"},
		{"Chile was criticized over its stance by Peru.", ""}, // the cost: read as the stance's agent
		// a right to act is no act (the envoy's host summoning him is)
		{"On May 6, UK Ambassador to Russia Nigel Casey was summoned to the Foreign Ministry to be delivered a strong protest against the recent statement by British Foreign Secretary David Cameron in an interview with the Reuters news agency regarding Ukraine’s right to strike Russian territory using British weapons.", "RUS PROTESTED GBR"},
		{"Ukraine struck Russian territory with British missiles.", "UKR ATTACKED RUS"},
		// coordinating now, not pledged, is talks held (rule 63)
		{"He said New Zealand was continuing to coordinate with Australia, France, and the international community on how to can best respond to the needs of Samoa and Tonga.", "NZL MET AUS; NZL MET FRA"},
		{"Canada continues to consult with Mexico on the tariffs.", "CAN MET MEX"},
		{"Japan pledged to coordinate with South Korea.", "JPN APPEALED_FOR_COOPERATION KOR"},
		{"Japan will continue to coordinate with South Korea.", "JPN APPEALED_FOR_COOPERATION KOR"},
		// "the Americas" is a continent, not the United States in the plural
		{"The Minister of State for Europe and the Americas, Foreign and Commonwealth Office, Sir Alan Duncan, visited Argentina on 12 and 13 September.", ""},
		{"The Ukrainians attacked Russian positions.", "UKR ATTACKED RUS"},
		{"The Afghans condemned Pakistan.", "AFG CRITICIZED PAK"},
		// "the 1980 Moscow Olympics" were the Soviet Union's
		{"The 1980 Moscow Olympics will be remembered as much for the athletes that were not there as the ones that were. The U.S. team boycotted the Games, at the urging of President Jimmy Carter's administration, in protest at the Soviet Union's invasion of Afghanistan.", "USA BOYCOTTED SUN"},
		{"The Moscow Olympics will be remembered. The U.S. team boycotted the Games.", "USA BOYCOTTED RUS"},
		// a member named in a relative clause of the group left is not the one left
		{"Mali in the statement also summoned the Algerian ambassador, withdrew from a 15-year-old regional military group that includes fellow AES member Niger, and will file a complaint with international bodies about the incident.", "MLI PROTESTED DZA"},
		{"Burkina Faso boycotted the summit that Nigeria hosted.", "BFA BOYCOTTED NGA"},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "2025-06-13")}, tc.want)
	}
}

// TestFresh89Misses: misses of the ninth and tenth blind runs: envoys
// (plural) "for" a coordination of states speak for each of them; a
// special envoy "for" a state is not that state's.
func TestFresh89Misses(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"U.N. ambassadors for the United States, United Kingdom and Switzerland all used their speeches at the meeting to condemn Russia’s invasion", "CHE CRITICIZED RUS; GBR CRITICIZED RUS; USA CRITICIZED RUS"},
		{"The ambassadors for France and Germany used their speeches to condemn Russia's invasion.", "DEU CRITICIZED RUS; FRA CRITICIZED RUS"},
		{"The U.S. special envoy for Ukraine condemned Russia's strikes.", "USA CRITICIZED RUS"},
		{"The special envoys for Syria condemned Russia's strikes.", ""},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "2025-06-13")}, tc.want)
	}
}

// TestCalledAWrong: criticism said as a name for what a state did, with no
// criticism verb: "called Russia’s withdrawal a “stab in the back”" — the
// state inside is criticised; naming what it did something good is none.
func TestCalledAWrong(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Kenya called Russia’s withdrawal a “stab in the back” of countries in the Horn of Africa.", "KEN CRITICIZED RUS"},
		{"Japan's Prime Minister called North Korea's launch a \"grave threat\" to his country's security.", "JPN CRITICIZED PRK"},
		{"France called Russia's invasion an act of aggression.", "FRA CRITICIZED RUS"},
		{"Egypt called the Israeli raid a barbaric act.", "EGY CRITICIZED ISR"},
		// controls: a good name, an appeal, a disaster no state did
		{"Japan called Russia's decision a positive step.", ""},
		{"Japan called for an end to the illegal occupation by Russia.", ""},
		{"Germany called the earthquake in Turkey a disaster.", ""},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "2025-06-13")}, tc.want)
	}
}

// wantKept codes text as a one-sentence article with opts and checks the
// triples kept at the default cut against want ("; "-joined, "" for none).
func wantKept(t *testing.T, text string, opts Options, want string) {
	t.Helper()
	d, err := Code(&Article{File: "t.md", ID: "t", Text: text}, opts)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(kept(d), "; "); got != want {
		t.Errorf("%q: got %q, want %q", text, got, want)
	}
}

// TestEnvoysMadeToLeave: envoys made to leave a country, said with a verb
// of ordering or a time given, are expelled by it (rule 35); a state
// ordering its own envoys out recalls them; officials who are no envoys by
// title count only when the place left is a state or "the country".
func TestEnvoysMadeToLeave(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"India ordered the Pakistani diplomats to leave the country within 24 hours.", "IND EXPELLED PAK"},
		{"India caught two Pakistan High Commission officials spying and ordered them to leave the country.", "IND EXPELLED PAK"},
		{"Spain said three Bolivian officials were asked to leave the country.", "ESP EXPELLED BOL"},
		{"Somalia said Kenyan diplomats in Mogadishu had been given seven days to leave.", "SOM EXPELLED KEN"},
		{"Georgia ordered its diplomats to leave Russia.", "GEO EXPELLED RUS"},
		{"All Belgian diplomats in Rwanda are required to leave the country within 48 hours.", "RWA EXPELLED BEL"},
		// near misses: no envoys, no country left, not made to leave
		{"Russia told the Chinese officials to leave for Beijing.", ""},
		{"The Indian officials were asked to leave the meeting.", ""},
		{"Turkey asked Swedish tourists to leave the area.", ""},
		{"Japan did not order the Chinese diplomats to leave the country.", ""},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "2025-06-13")}, tc.want)
	}
}

// TestNamedMeeting: a meeting named with the states of a hyphenated
// compound ("held the Second Japan-U.S.-ROK Trilateral Indo-Pacific
// Dialogue") is a meeting held; "they" after it in the sentence are its
// parties.
func TestNamedMeeting(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Officials of Japan, South Korea and the United States held the Second Japan-U.S.-ROK Trilateral Indo-Pacific Dialogue in Tokyo.", "JPN MET KOR; JPN MET USA; KOR MET USA"},
		{"Japan and China held the Japan-China summit in Beijing.", "JPN MET CHN"},
		{"Japan and South Korea spoke by phone. || Officials of Japan, South Korea and the United States held the Second Japan-U.S.-ROK Trilateral Dialogue in Tokyo, at which they agreed on strengthening cooperation.",
			"JPN APPEALED_FOR_COOPERATION KOR; JPN APPEALED_FOR_COOPERATION USA; JPN MET KOR; JPN MET USA; KOR APPEALED_FOR_COOPERATION JPN; KOR APPEALED_FOR_COOPERATION USA; KOR MET USA; USA APPEALED_FOR_COOPERATION JPN; USA APPEALED_FOR_COOPERATION KOR"},
		// near misses: a meeting no state held, a long filler with no name
		{"Kishida held the Japan-China summit in Beijing.", ""},
		{"Japan held a very long and rather tiring series of talks.", ""},
	} {
		wantKept(t, strings.ReplaceAll(tc.text, " || ", "\n\n"), Options{Published: day(t, "2025-06-13")}, tc.want)
	}
}

// TestJoinedInAndMeetingPurpose: those joining others "in" an act do it
// too; the aggression "of" a state is its own; what a meeting is held to
// do ("met … to consider the Soviet Note") names none met.
func TestJoinedInAndMeetingPurpose(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Earlier this month, German authorities joined the US and UK in issuing sanction measures against Rwanda over the conflict in eastern DRC.", "DEU SANCTIONED RWA; GBR SANCTIONED RWA; USA SANCTIONED RWA"},
		{"France joined Germany in condemning Russia.", "DEU CRITICIZED RUS; FRA CRITICIZED RUS"},
		{"Japan joined the United States in imposing sanctions on Russia.", "JPN SANCTIONED RUS; USA SANCTIONED RUS"},
		{"Cambodia strongly condemns the reckless and brutal military aggression of the Kingdom of Thailand against the sovereignty of Cambodia.", "KHM CRITICIZED THA"},
		{"Cambodia condemns the aggression of Thailand.", "KHM CRITICIZED THA"},
		{"Mr. Schuman met shortly after noon at the Quai d’Orsay to consider the Soviet Note of September 25, 1948.", ""},
		{"The ministers of France and Britain met to discuss the Russian proposal.", "FRA MET GBR"},
		// near misses: joining a body, the invasion "of" a state is its victim's
		{"Finland joined NATO in April.", ""},
		{"France joined the talks in condemning Russia.", "FRA CRITICIZED RUS"},
		{"Germany condemned the invasion of Ukraine.", ""},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "2025-06-13")}, tc.want)
	}
}

// TestTheNorth: "the North" in a text that has named North Korea is North
// Korea ("the South" South Korea once both are named); a code in brackets
// in a phrase is no word of it.
func TestTheNorth(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"North Korea fired a missile on Tuesday.\n\nIn a 25-minute phone call late Tuesday, Prime Minister Fumio Kishida and U.S. President Joe Biden called the North’s launch of an apparent intermediate-range ballistic missile (IRBM) “a serious and imminent threat to Japan's security.”", "JPN CRITICIZED PRK; JPN MET USA; USA CRITICIZED PRK"},
		{"North Korea and South Korea held talks.\n\nThe South condemned the North's launch.", "KOR CRITICIZED PRK; PRK MET KOR"},
		// near misses: no Korea named before; another name
		{"Sudan and South Sudan fought.\n\nThe North attacked the South.", ""},
		{"North Korea fired a missile.\n\nJapan condemned the North Atlantic alliance.", ""},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "2025-06-13")}, tc.want)
	}
}

// TestNeededAid: aid or support a "need for" asks for is not given; a need
// or a goal met is no meeting.
func TestNeededAid(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The United States and Israel agreed on the urgent need for reconstruction and humanitarian assistance to support the people of Gaza.", ""},
		{"Japan stressed the need to provide aid to Ukraine.", ""},
		{"Japan provided aid to Ukraine, meeting the need for shelter.", "JPN GAVE_AID UKR"},
		{"Japan met its obligations and Germany met Japan.", "DEU MET JPN"},
		// controls: a need stated apart; solidarity said as a need of allies
		{"Ukraine has a need for air defence and Japan sent aid to Ukraine.", "JPN GAVE_AID UKR"},
		{"Britain reiterated the need for allies to stand together with Ukraine.", "GBR EXPRESSED_SOLIDARITY UKR"},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "2025-06-13")}, tc.want)
	}
}

// TestArmedConflictAndIntervention: armed conflict or fighting that "broke
// out" or "erupted" between two states is an attack each way (rule 42); a
// military intervention or an offensive in a state attacks it.
func TestArmedConflictAndIntervention(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"In 1979 armed conflict broke out between China and Vietnam.", "CHN ATTACKED VNM; VNM ATTACKED CHN"},
		{"Fighting erupted between Armenia and Azerbaijan on Monday.", "ARM ATTACKED AZE; AZE ATTACKED ARM"},
		{"Tension mounted in Indochina as Vietnam launched a military intervention in Cambodia.", "VNM ATTACKED KHM"},
		{"Russia has faced isolation over its offensive in Georgia.", "RUS ATTACKED GEO"},
		// near misses: a conflict not armed, one ended, an intervention opposed
		{"A trade conflict between the United States and China deepened.", ""},
		{"The armed conflict between Russia and Ukraine ended in a truce.", ""},
		{"France opposed any military intervention in Syria.", ""},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "2025-06-13")}, tc.want)
	}
}

// TestJudgedDeed: a state's deed judged wrong with a copula and no verb of
// criticism is criticism by the one saying so.
func TestJudgedDeed(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"White House press secretary Jay Carney said North Korea's action was a threat to regional security.", "USA CRITICIZED PRK"},
		{"Morocco's foreign ministry said on Tuesday that Algeria's decision to cut diplomatic ties with its neighbour was completely unjustified.", "MAR CRITICIZED DZA"},
		{"The Secretary of State made clear that Iran's harassment of vessels is contrary to international law.", "USA CRITICIZED IRN"},
		{"Russia's actions are a violation of international law, Germany said.", "DEU CRITICIZED RUS"},
		// near misses: judged well, denied, no state's deed, no one judging
		{"Japan said Russia's decision was a positive step.", ""},
		{"Japan said Russia's decision was not illegal.", ""},
		{"Japan said the launch was a threat.", ""},
		{"Russia's decision was unacceptable.", ""},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "2025-06-13")}, tc.want)
	}
}

// TestEmbassyClosed: a state closing its embassy in another withdraws its
// mission and ends relations (rule 64).
func TestEmbassyClosed(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Taiwan announced it would immediately close its embassy on the Pacific island nation of Solomon Islands.", "TWN EXPELLED SLB; TWN REDUCED_RELATIONS SLB"},
		{"Venezuela closed its embassy and all consulates in the United States.", "VEN EXPELLED USA; VEN REDUCED_RELATIONS USA"},
		// near misses: not closed; another's mission ordered shut names no
		// state closing its own
		{"Japan did not close its embassy in China.", ""},
		{"Russia ordered the United States to close its consulate in Yekaterinburg.", ""},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "2025-06-13")}, tc.want)
	}
}

// TestAgreedToHoldTalks: agreeing to hold, resume or start talks is an
// appeal for them (rule 11).
func TestAgreedToHoldTalks(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"India and Pakistan agreed to resume talks.", "IND APPEALED_FOR_COOPERATION PAK; PAK APPEALED_FOR_COOPERATION IND"},
		{"Japan agreed to hold talks with China next month.", "JPN APPEALED_FOR_COOPERATION CHN"},
		// near misses: refused; talks held, not agreed
		{"Japan did not agree to hold talks with China.", ""},
		{"Japan refused to agree to hold talks with China.", ""},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "2025-06-13")}, tc.want)
	}
}

// TestTwoNations: "the two nations", "both affected countries" and the
// like are the last two states named together, as "the two countries" are.
func TestTwoNations(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"An earthquake struck Turkey and Syria.\n\nSaudi Arabia and Jordan announced that they will send aid and rescue teams to both affected countries.", "JOR GAVE_AID SYR; JOR GAVE_AID TUR; SAU GAVE_AID SYR; SAU GAVE_AID TUR"},
		{"Honduras and El Salvador fought a war in 1969.\n\nThe two nations signed peace accords in October 1980.", "HND SIGNED_AGREEMENT SLV"},
		// no pair named before: none
		{"The two nations signed peace accords in October 1980.", ""},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "2025-06-13")}, tc.want)
	}
}

// TestPrepositionalNominal: a phrase opened by a preposition ("in
// solidarity with") has no possessor: the envoy's state before it is not
// the one showing solidarity.
func TestPrepositionalNominal(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"North Macedonia expelled a Russian diplomat in solidarity with the United Kingdom.", "MKD EXPELLED RUS"},
		{"Greece expressed its solidarity with Turkey.", "GRC EXPRESSED_SOLIDARITY TUR"},
		{"Russia's support for Syria grew.", "RUS EXPRESSED_SOLIDARITY SYR"},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "2025-06-13")}, tc.want)
	}
}
