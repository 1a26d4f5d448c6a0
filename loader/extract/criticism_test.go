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
