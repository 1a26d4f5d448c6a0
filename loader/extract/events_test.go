package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestEventsAsNouns: meetings and accords the sentence names as nouns,
// their parties read from "between", "signed … by" and the subject that
// issued a joint statement (events.go); real sentences of testdata
// articles, with the near misses their frames must not take.
func TestEventsAsNouns(t *testing.T) {
	for _, tc := range []struct {
		text, published string
		want, not       []string
	}{
		// usembassy-us-gdr-diplomatic-relations-1974
		{"Negotiations between the United States and the German Democratic Republic on the establishment of relations commenced in Washington July 15 and were concluded on July 26.",
			"1974-09-04", []string{"USA MET DDR"}, nil},
		// press-un-sc-armenia-azerbaijan-escalating-tensions-2022: the
		// appositions are read through, the venue (Prague) is no party
		{"He noted a meeting in October between Nikol Pashinyan, Prime Minister of Armenia, and Ilham Aliyev, President of Azerbaijan, in Prague.",
			"2022-12-05", []string{"ARM MET AZE"}, []string{"ARM MET CZE", "AZE MET CZE"}},
		// keesings-morocco-mauritania-break-relations-algeria-1976
		{"The Spanish presence in Western (formerly Spanish) Sahara came to an end on Feb. 26, two days before the date laid down in the Madrid agreement signed on Nov. 14, 1975, by Spain, Morocco and Mauritania [see page 2757], the last Spanish troops having departed on Jan. 12.",
			"1976-03-08", []string{"ESP SIGNED_AGREEMENT MAR", "ESP SIGNED_AGREEMENT MRT", "MAR SIGNED_AGREEMENT MRT"}, nil},
		// ghanamma-upi-peru-orders-mexican-ambassador-leave-2022 (rule 64)
		{"Last week, the governments of Argentina, Bolivia, Colombia, and Mexico issued a joint statement expressing concern about Castillo.",
			"2022-12-21", []string{"ARG SIGNED_AGREEMENT BOL", "BOL SIGNED_AGREEMENT MEX", "COL SIGNED_AGREEMENT MEX"}, nil},
		// heldout2/us-japan-rok-trilateral-2022: the text is the statement
		// itself, whose signing it does not report (rule 76)
		{"The following is the joint statement issued by the United States Secretary of State and the Foreign Ministers of the Governments of the Republic of Korea and Japan.",
			"2022-02-12", nil, []string{"USA SIGNED_AGREEMENT KOR", "JPN SIGNED_AGREEMENT KOR", "USA SIGNED_AGREEMENT JPN"}},
		// fresh10/thewhistler-russia-bans-british-airlines-2022: an
		// agreement invoked, not concluded
		{"“This measure was taken in accordance with the provisions of the Intergovernmental Air Services Agreement between Russia and the UK as a response to unfriendly decisions,” the ministry said.",
			"2022-02-25", nil, []string{"GBR SIGNED_AGREEMENT RUS", "RUS SIGNED_AGREEMENT GBR"}},
		// expulsions: the envoys' state expelled, the host of their post
		// or the state they leave expelling (ANNOTATION.md rules 35, 87);
		// northeastaffairs-russia-expels-belgian-dutch-diplomats-2022
		{"The ministry mentioned that it had summoned the Belgian ambassador on Tuesday to voice a protest over expulsion of 21 Russian diplomats from Belgium.",
			"2022-04-20", []string{"BEL EXPELLED RUS"}, []string{"RUS EXPELLED BEL"}},
		{"“The ambassador was handed a note from the ministry, in which, as a response to the unfriendly actions of The Hague, 14 employees of the Dutch embassy in Moscow and one employee of the consulate general of the Netherlands in St. Petersburg were declared personae non gratae.",
			"2022-04-20", []string{"RUS EXPELLED NLD"}, []string{"NLD EXPELLED RUS"}},
		// unian-russia-expels-us-diplomats-persona-non-grata-2022
		{"This move was a response to the expulsion by Washington of 12 diplomats from the Russian permanent mission to the UN in New York, as well as a Russian employee of the UN Secretariat.",
			"2022-02-28", []string{"USA EXPELLED RUS"}, []string{"RUS EXPELLED USA"}},
		// moldpres-russia-expels-moldovan-diplomat-2022 (the author's decision)
		{"\"We reiterate that the Chisinau authorities' decision on the expulsion of the Russian diplomat, announced on 31 October was based on the fact that the missile attacks on Ukraine continue to increase security risks\", says the statement issued by the institution.",
			"2022-11-03", []string{"MDA EXPELLED RUS"}, []string{"RUS EXPELLED MDA"}},
		// urdupoint-sputnik-algeria-recalls-ambassador-spain-2022: a recall
		// is EXPELLED of the host, the recalling state the subject
		{"The Algerian ambassador to Spain has been recalled from Madrid after Spanish authorities expressed support for Morocco's proposal to give autonomy to Western Sahara, the Algerian Foreign Ministry said.",
			"2022-03-20", []string{"DZA EXPELLED ESP"}, []string{"ESP EXPELLED DZA"}},
	} {
		got, have := codeKept(t, tc.text, tc.published)
		for _, f := range got {
			if p := strings.Fields(f); len(p) == 3 && (p[1] == "MET" || p[1] == "SIGNED_AGREEMENT") {
				have[p[2]+" "+p[1]+" "+p[0]] = true // symmetric
			}
		}
		checkWantNot(t, fmt.Sprintf("%q", tc.text), got, have, tc.want, tc.not)
	}
}
