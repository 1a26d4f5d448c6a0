package extract

import (
	"strings"
	"testing"
)

// The tests of this file are general mechanisms for precision on unseen
// text (issue #12), each with the sentence of the gold texts that showed
// it (the fresh12 blind run, docs/extract-fresh12-blind-run.txt, and the
// known sets) and near misses.

// TestCoordinatedVerbSubject: a pronoun in a verb coordinated to an
// earlier one ("… and pledged its support") is that verb's subject, not
// the earlier verb's object; the second verb's own object is not.
func TestCoordinatedVerbSubject(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"China accused India with aggression and pledged its support for Pakistan.", "CHN CRITICIZED IND; CHN EXPRESSED_SOLIDARITY PAK"},
		{"India welcomed Pakistan and expressed its support for Nepal.", "IND EXPRESSED_SOLIDARITY NPL; IND PRAISED PAK"},
		// near misses: the pronoun is the second verb's object
		{"British Prime Minister Starmer thanked President Trump for his kind words and congratulated him on his inauguration.", "GBR CONGRATULATED USA; GBR PRAISED USA"},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "2025-06-13")}, tc.want)
	}
}

// TestCommaAndBeforePair: a list has one "and", before its last item; a
// comma and "and" before a pair joined by "and" open a new clause ("… in
// Gaza, and Chile and Colombia recalled their ambassadors to Israel"), so
// the pair is the new clause's subject (ANNOTATION.md rule 35: a recall
// is EXPELLED of the host), not a list with the place before it.
func TestCommaAndBeforePair(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"LA PAZ, Bolivia (AP) — Bolivia’s government severed diplomatic relations with Israel on Tuesday, accusing it of carrying out “crimes against humanity” in Gaza, and Chile and Colombia recalled their ambassadors to Israel as they criticized the Israeli military offensive against Hamas militants.",
			"BOL CRITICIZED ISR; BOL REDUCED_RELATIONS ISR; CHL CRITICIZED ISR; CHL EXPELLED ISR; COL CRITICIZED ISR; COL EXPELLED ISR"},
		// near miss: a list of three with its comma before "and"
		{"Chile, Peru, and Colombia recalled their ambassadors to Israel.", "CHL EXPELLED ISR; COL EXPELLED ISR; PER EXPELLED ISR"},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "2025-06-13")}, tc.want)
	}
}

// TestOrganModifyingNoun: a state's organ that modifies a noun after it
// ("Chinese government vessels") names the vessels, not the government:
// "the government" later is not that state's, so Japan's summons of
// China's ambassador is not drafted as China's.
func TestOrganModifyingNoun(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Japan on Tuesday lodged a protest with China after Chinese government vessels stayed for more than half a day within what Tokyo claims as its territorial waters around a group of disputed islets in the East China Sea.\n\nThe government summoned Chinese Ambassador to Japan Cheng Yonghua Tuesday morning for the first time under Prime Minister Shinzo Abe's administration, demanding such an incident never happen again, the Foreign Ministry said in a statement.",
			"JPN PROTESTED CHN"},
		// near miss: the organ itself named, then taken up again
		{"The Chinese government protested to Japan on Monday.\n\nThe government also summoned the Japanese ambassador.", "CHN PROTESTED JPN; CHN PROTESTED JPN"},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "2013-04-23")}, tc.want)
	}
}

// TestLongerNameThanLeader: a name the gazetteer knows only for a term
// years before the text's date, which the text goes on past ("Carlos
// Fernández de Cossío" of Cuba's Foreign Ministry in 2020, not Argentina's
// minister Carlos Fernández of 2008), is someone else: a person no state
// is known for, no subject; the name on a date of its term still resolves.
func TestLongerNameThanLeader(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"On the late night of Saturday, November 28, 2020, the General Director in charge of the United States of the Ministry of Foreign Affairs, Carlos Fernández de Cossío, summoned the United States Chargé d'Affaires Timothy Zúñiga-Brown, to whom he conveyed that “Cuba it does not allow the United States or any state to interfere in the internal affairs of the country ”.", ""},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "2020-11-28")}, tc.want)
	}
	// near miss: the name as the gazetteer has it, on a date of its term
	wantKept(t, "Carlos Fernández summoned the United States ambassador.", Options{Published: day(t, "2008-06-01")}, "ARG PROTESTED USA")
}

// TestDomainHouseNamed: a national outlet's country (its web address) is
// the house of officials the text names by title alone only when the text
// names that country: RNZ's story of Indonesia's recall never names New
// Zealand, so its "Foreign Minister Marty Natalegawa" is no New Zealand
// minister; an outlet's story of its own country keeps its house.
func TestDomainHouseNamed(t *testing.T) {
	for _, tc := range []struct{ url, title, text, want string }{
		{"https://www.radionz.co.nz/news/world/228138/indonesia-recalls-australian-ambassador", "Indonesia recalls Australian ambassador",
			"Foreign Minister Marty Natalegawa announced on Monday afternoon the ambassador would be recalled.\n\nAAP reports Dr Natalegawa emphatically condemned the Australian actions.", ""},
		// near miss: the outlet's country named, its minister by title
		{"https://www.radionz.co.nz/news/world/1/nz-condemns", "New Zealand condemns Australia",
			"Foreign Minister Marty Natalegawa announced on Monday afternoon the ambassador would be recalled.\n\nAAP reports Dr Natalegawa emphatically condemned the Australian actions.", "NZL CRITICIZED AUS"},
	} {
		d, err := Code(&Article{File: "t.md", ID: "t", URL: tc.url, Title: tc.title, Text: tc.text}, Options{Published: day(t, "2013-11-19")})
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(kept(d), "; "); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.title, got, tc.want)
		}
	}
}

// TestSubordinateClause: a clause opened by "after", "before", "when" …
// (after a comma or a span of time: "days after") has its own subject and
// object: the main verb's object is not inside it, and its subject is the
// state or the description of one that opens it ("the Pacific island
// nation", the state the sentence named last).
func TestSubordinateClause(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"China and the Solomon Islands established diplomatic relations Saturday, days after the Pacific island nation severed ties with Taiwan, reports AFP.",
			"CHN RECOGNIZED SLB; SLB RECOGNIZED CHN; SLB REDUCED_RELATIONS TWN"},
		// near miss: the object before the clause
		{"China established diplomatic relations with the Solomon Islands days after Kiribati severed ties with Taiwan.",
			"CHN RECOGNIZED SLB; KIR REDUCED_RELATIONS TWN; SLB RECOGNIZED CHN"},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "2019-09-21")}, tc.want)
	}
}

// TestPraisedForDoing: the one praised or thanked "for" doing a deed did
// it (ANNOTATION.md rules 25, 29), not the one who praises; the one
// condemned for a deed is only criticised (rule 6's clarification).
func TestPraisedForDoing(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Beijing praised Kiribati for cutting ties with Taiwan, saying it “highly appreciates the decision to resume diplomatic relations with China”.", "CHN PRAISED KIR; KIR REDUCED_RELATIONS TWN"},
		// near miss: condemned for a deed
		{"Beijing condemned Kiribati for cutting ties with China.", "CHN CRITICIZED KIR"},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "2019-09-21")}, tc.want)
	}
}

// TestImpersonalIt: the "it" of "it is necessary to", "it is important
// that" is no one: not the state the text last spoke of; an "it" that
// stands for a state still does.
func TestImpersonalIt(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"North Korea fired an ICBM on Thursday.\n\nIn the future, it is necessary to strengthen close communication and cooperation between South Korea and Japan and South Korea and the US on future countermeasures, including additional UN Security Council measures, while keeping the door of diplomacy open and continuing efforts to return North Korea to dialogue.", ""},
		// near miss: "it" for a state
		{"North Korea fired a missile on Friday.\n\nIt also pledged to strengthen cooperation with Russia.", "PRK APPEALED_FOR_COOPERATION RUS"},
		{"Japan said it would strengthen cooperation with South Korea.", "JPN APPEALED_FOR_COOPERATION KOR"},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "2022-03-25")}, tc.want)
	}
}

// TestGluedFunctionWord: a function word glued to the capitalised word
// after it, the space lost ("theRussian army"), is split, so the state is
// named; words that only look glued ("iPhone", "eBay", "thereby") stay
// whole.
func TestGluedFunctionWord(t *testing.T) {
	wantKept(t, "The UK became the first country to ban Russian planes from its airspace on Friday after theRussian army invaded Ukraine.",
		Options{Published: day(t, "2022-02-25")}, "GBR SANCTIONED RUS; RUS ATTACKED UKR")
	for _, tc := range []struct{ text, want string }{
		{"after theRussian army", "after|the|Russian|army"},
		{"the leaders ofChina and Japan", "the|leaders|of|China|and|Japan"},
		{"an iPhone on eBay, thereby", "an|iPhone|on|eBay|,|thereby"},
		{"theA", "theA"},
	} {
		var ws []string
		for _, tk := range tokenize(tc.text, nil) {
			ws = append(ws, tk.text)
		}
		if got := strings.Join(ws, "|"); got != tc.want {
			t.Errorf("%q: tokens %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestPlansOfThePast: "was going to", "was going", "was to" before the
// act report a plan of the past, not the act, and no firm future of the
// author (ANNOTATION.md rule 16): lowered ×0.45, so held by Combine
// below the cut; "is going to" is a future like "will".
func TestPlansOfThePast(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Khrushchev said he understood Souvanna was going visit Czechoslovakia and Yugoslavia.", ""},
		{"The Chinese Premier was to visit Moscow in May.", ""},
		{"The Chinese Premier was going to visit Moscow in May.", ""},
		// near misses: a visit done; a future of today
		{"The Chinese Premier visited Moscow in May.", "CHN MET RUS"},
		{"The Chinese Premier is going to visit Moscow in May.", "CHN MET RUS"},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "2025-04-01")}, tc.want)
	}
}

// TestPossessorOfAState: a state's possessive before another state's
// name ("China's Taiwan region") states a claim: the object is the state
// named, not its claimant; a possessive before an official of its own
// state still names that state.
func TestPossessorOfAState(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The U.S. State Department approved a $100 million program of arms sales to China’s Taiwan region on February 7, and the U.S. Defense Security Cooperation Agency said it had delivered the required certification notifying Congress.", "USA GAVE_AID TWN"},
		// near miss: the possessor's own official
		{"The United States approved arms sales to Japan's Defense Ministry.", "USA GAVE_AID JPN"},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "2022-02-21")}, tc.want)
	}
}

// TestOccupiesAPlace: "occupy" of a place, a rank or an office ("occupies
// a special place in the hearts and minds of Indians", "occupied the post
// of") takes no territory; occupying a state's land still attacks it.
func TestOccupiesAPlace(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"\"Sri Lanka occupies a special place in the hearts and minds of Indians, and India's emergency relief assistance is a manifestation of our abiding friendship.", ""},
		{"Brazil occupies the rotating presidency of the council alongside Argentina.", ""},
		// near miss: territory occupied
		{"Iraq occupied Kuwait in August 1990.", "IRQ ATTACKED KWT"},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "2016-05-20")}, tc.want)
	}
}

// TestModifierThenAnotherNoun: a state's demonym modifying a noun, then
// "and" and an article ("protests in dozens of Chinese cities and a
// boycott of Japanese products"), is no possessor of the next noun: a
// citizens' boycott is not the state's; a possessive's list of acts
// ("Iran's unprovoked violation of its airspace and the attack on
// Pakistani territory") still is the possessor's.
func TestModifierThenAnotherNoun(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"In September, the Japanese government's purchase of three of the disputed islets from a private owner sparked anti-Japan protests in dozens of Chinese cities and a boycott of Japanese products.", ""},
		// near miss: the possessive
		{"Pakistan condemns Iran's unprovoked violation of its airspace and the attack on Pakistani territory.", "IRN ATTACKED PAK; PAK CRITICIZED IRN"},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "2013-04-23")}, tc.want)
	}
}

// TestBodysDecision: a decision or plan named by the body that took it
// ("the Arab summit decision to support Egypt and Sudan") is that body's,
// no state's: not the sentence subject's; a state's own decision still
// is the state's.
func TestBodysDecision(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Egypt on Wednesday described as misleading a recent statement by the Ethiopian Foreign Ministry regarding the Arab summit decision to support Egypt and Sudan over Al-Nahda dam issue.", "EGY CRITICIZED ETH"}, // the gold criticism (describedAs), no solidarity of the body's decision
		// near misses: the state's decision; the subject's
		{"Egypt welcomed Saudi Arabia's decision to support Sudan.", "EGY PRAISED SAU; SAU EXPRESSED_SOLIDARITY SDN"},
		{"Egypt announced its decision to support Sudan.", "EGY EXPRESSED_SOLIDARITY SDN"},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "2023-05-24")}, tc.want)
	}
}

// TestSupportAsANoun: "support" after a kind of aid ("emergency support
// loan") or after a verb of giving ("provide supports to Mongolia") is a
// noun, the aid given, no verb of solidarity: the loan is GAVE_AID
// (ANNOTATION.md rule 29); "supports" as a verb still is solidarity.
func TestSupportAsANoun(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"In addition, we just signed an exchange of notes for a 25 billion yen emergency support loan to provide supports to Mongolia, which has been economically impacted by the novel coronavirus.", "JPN GAVE_AID MNG"},
		// near miss: the verb
		{"Japan strongly supports Mongolia in its efforts.", "JPN EXPRESSED_SOLIDARITY MNG"},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "2020-10-09"), Author: "Japan"}, tc.want)
	}
}

// TestLightVerbParticiple: a light verb's -ing form ("voicing support",
// "offering support") carries its noun's subject as the other forms do,
// so a "with" absolute gives it ("with the AU calling the U.S. boycott
// unfortunate and voicing support for South Africa": the AU's, no
// state's), not the state named nearest.
func TestLightVerbParticiple(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"African Union Commission Chair Mahmoud Ali Youssouf and UN Secretary‑General António Guterres confirmed they will attend, with the AU calling the U.S. boycott unfortunate and voicing support for South Africa’s G20 presidency.", "USA BOYCOTTED ZAF"},
		// near miss: the participle of a state's clause
		{"Kenya condemned the attack, voicing support for Somalia.", "KEN EXPRESSED_SOLIDARITY SOM"},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "2025-11-20")}, tc.want)
	}
}

// TestStopDoing: a state's own verb of stopping before an -ing form of
// the act ("Kiribati will stop building ties with Taiwan") undoes it, as
// "stopped" and "halted" do; a call on another to stop an act presupposes
// the act, the one called on's (ANNOTATION.md rule 29: "called on the US
// to stop providing arms to Taiwan"), never the caller's; "stop" and
// "halt" as nouns ("his technical halt in Tehran") undo nothing.
func TestStopDoing(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Kiribati will stop building ties with Taiwan.", ""},
		// the gold's sentence (fresh12/pakistantoday-china-countermeasures-
		// raytheon-lockheed-taiwan-2022): a call to stop is a demand, no
		// appeal of China's (rule 15), and the ties the U.S. is urged to
		// stop building are a deed, no speech, so no appeal of the U.S.'s
		// either (rule 6: appeals are urging or pledging; rule 29
		// presupposes deeds such as the arms, GAVE_AID, which the gold
		// takes from its own sentence)
		{"The spokesperson said China again urges the U.S. government and relevant parties to end arms sales to Taiwan and stop building military ties with it, and abide by the one-China principle and the provisions of the three China-U.S. joint communiques.",
			""},
		// near miss: the noun
		{"During his technical halt in Tehran EAM called on the President-elect of Iran Ayatollah Sayyid Ebrahim Raisi.", "IND MET IRN"},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "2021-07-08"), Author: "India"}, tc.want)
	}
}
