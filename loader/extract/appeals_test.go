package extract

import "testing"

// TestInvitedVisit: a visit the sentence reports, then "at the invitation
// of" someone, is an appeal of the inviter to the visitor (ANNOTATION.md
// rule 21): the state the invitation's words name, else — a title or a
// name with no state — the host of the visit.
func TestInvitedVisit(t *testing.T) {
	checkCoop(t, []coopCase{
		// a name with no state: the host
		{source: "baoquangninh-us-president-wraps-up-state-visit-to-vietnam-2023", published: "2023-09-11",
			text: "US President Joseph Robinette Biden Jr. on September 11 concluded his two-day State visit to Vietnam at the invitation of Party General Secretary Nguyen Phu Trong.",
			want: []string{"VNM APPEALED_FOR_COOPERATION USA", "USA MET VNM"}, not: []string{"USA APPEALED_FOR_COOPERATION VNM"}},
		// the inviter named by its state, in an apposition
		{source: "fresh3/vietnam-india-joint-communique-2014", published: "2014-09-17",
			text: "1. The President of the Republic of India, H.E. Mr. Pranab Mukherjee, is on a State visit to the Socialist Republic of Vietnam from September 14-17, 2014 at the invitation of H.E. Mr. Truong Tan Sang, President of the Socialist Republic of Vietnam.",
			want: []string{"VNM APPEALED_FOR_COOPERATION IND"}, not: []string{"IND APPEALED_FOR_COOPERATION VNM"}},
		// no host the coder knows ("the Asian country"): the inviter's own
		// word of state
		{source: "fresh4/sputnik-qureshi-wang-2021", published: "2021-07-25",
			text: "On Friday, the Pakistani minister arrived in the Asian country for a two visit at the invitation of his Chinese colleague.",
			want: []string{"CHN APPEALED_FOR_COOPERATION PAK"}, not: []string{"PAK APPEALED_FOR_COOPERATION CHN"}},
		// near miss: an invitation with no visit reported before it
		{source: "fresh10/mofa-pk-spokesperson-briefing-2023-06-01", published: "2023-06-01",
			text: "Pakistan thanked Jordan at the invitation of the chair to speak.",
			not:  []string{"JOR APPEALED_FOR_COOPERATION PAK"}},
		// the author's own minister (Pakistan's briefing): the host of each
		// trip invited; the trip from Jordan is no appeal between the hosts
		{source: "fresh10/mofa-pk-spokesperson-briefing-2023-06-01", published: "2023-06-01", author: "Pakistan",
			text: "Foreign Minister Bilawal Bhutto Zardari is in Jordan to attend the wedding of Crown Prince Hussein at the invitation of the Royal family of Jordan.\n\n" +
				"From Jordan, the Foreign Minister will travel to Iraq from 5th to 7th of June at the invitation of the Deputy Prime Minister and Foreign Minister Dr. Fuad Hussein.",
			want: []string{"JOR APPEALED_FOR_COOPERATION PAK", "IRQ APPEALED_FOR_COOPERATION PAK"},
			not:  []string{"JOR APPEALED_FOR_COOPERATION IRQ", "IRQ APPEALED_FOR_COOPERATION JOR"}},
	})
}
