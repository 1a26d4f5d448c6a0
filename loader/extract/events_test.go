package extract

import (
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
	} {
		d, err := Code(&Article{File: "t.md", ID: "t", Text: tc.text}, Options{Published: day(t, tc.published)})
		if err != nil {
			t.Fatal(err)
		}
		got := kept(d)
		have := map[string]bool{}
		for _, f := range got {
			have[f] = true
			if p := strings.Fields(f); len(p) == 3 && (p[1] == "MET" || p[1] == "SIGNED_AGREEMENT") {
				have[p[2]+" "+p[1]+" "+p[0]] = true // symmetric
			}
		}
		for _, w := range tc.want {
			if !have[w] {
				t.Errorf("%q: got %q, want %q among them", tc.text, strings.Join(got, "; "), w)
			}
		}
		for _, w := range tc.not {
			if have[w] {
				t.Errorf("%q: got %q, want no %q", tc.text, strings.Join(got, "; "), w)
			}
		}
	}
}
