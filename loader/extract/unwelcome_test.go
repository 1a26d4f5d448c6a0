package extract

import "testing"

// TestUnwelcomeLeader: a foreign head of state declared persona non grata
// is relations reduced with his state, not an expulsion (rule 103);
// diplomats declared so are still expelled.
func TestUnwelcomeLeader(t *testing.T) {
	checkCoop(t, []coopCase{
		{source: "fresh15/mercopress-lula-persona-non-grata-in-israel-2024", published: "2024-02-20",
			text: "The government of Israel has declared Brazilian President Luiz Inácio Lula da Silva “persona non grata” for likening the ongoing military deployment in the Gaza Strip to the genocide perpetrated by Nazi Germany during World War II, Foreign Minister Israel Katz announced Monday.",
			want: []string{"ISR REDUCED_RELATIONS BRA"}, not: []string{"ISR EXPELLED BRA"}},
		{source: "articles/embassy-moscow-expulsion-2023", published: "2023-09-14",
			text: "The Russia Ministry of Foreign Affairs informed Ambassador Tracy on September 14 of the decision to declare two U.S. diplomats “persona non grata.”",
			want: []string{"RUS EXPELLED USA"}, not: []string{"RUS REDUCED_RELATIONS USA"}},
	})
}
