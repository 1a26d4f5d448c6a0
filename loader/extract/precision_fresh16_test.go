package extract

import "testing"

// The tests of this file are the precision mechanisms the fresh16 blind
// run called for (docs/extract-fresh16-blind-run.txt).

// TestJointAgentNamedPartner: coordinated speakers whose cooperation is
// with a partner named outside them ("with the new president-elect of
// Ukraine": a head of a state "of" it is that state, the "-elect" too)
// appeal to that partner together, not each to each; with no partner
// named a joint agent still appeals each to each.
func TestJointAgentNamedPartner(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Leaders of France, the U.K., the U.S., Germany, Canada, and Poland, among others, have all expressed their joy and readiness to cooperate with the new president-elect of Ukraine.",
			"CAN APPEALED_FOR_COOPERATION UKR; DEU APPEALED_FOR_COOPERATION UKR; FRA APPEALED_FOR_COOPERATION UKR; GBR APPEALED_FOR_COOPERATION UKR; POL APPEALED_FOR_COOPERATION UKR; USA APPEALED_FOR_COOPERATION UKR"},
		{"France and Poland expressed their readiness to cooperate with the president of Ukraine.",
			"FRA APPEALED_FOR_COOPERATION UKR; POL APPEALED_FOR_COOPERATION UKR"},
		// near miss: no partner named outside the agent
		{"France and Poland expressed their readiness to cooperate closely.",
			"FRA APPEALED_FOR_COOPERATION POL; POL APPEALED_FOR_COOPERATION FRA"},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "2019-04-22")}, tc.want)
	}
}
