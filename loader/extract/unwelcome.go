package extract

import "strings"

// A head of state declared unwelcome (ANNOTATION.md rule 103):
//
//	The government of Israel has declared Brazilian President Luiz Inácio Lula da Silva “persona non grata”
//
// bars a foreign leader, who holds no post in the declaring state, from it:
// REDUCED_RELATIONS of the leader's state, not EXPELLED (rule 35 is for
// diplomats and missions). The declaration names the leader by a head's
// title inside it ("President", "Prime Minister", "King"), and no envoy.

// headTitleWords are the heads' titles a declaration names its leader by.
var headTitleWords = wordSet("president", "premier", "king", "queen", "emir", "sultan", "chancellor", "monarch", "prime")

func (c *coder) unwelcomeLeader(idx int, toks []token, before int) {
	for i := before; i < len(c.d.Candidates); i++ {
		cd := &c.d.Candidates[i]
		if cd.Sentence != idx || cd.Type != "EXPELLED" || !strings.Contains(cd.Rule, "persona") || cd.trigEnd <= cd.trigStart || cd.trigEnd > len(toks) {
			continue
		}
		head, envoy := false, false
		for j := cd.trigStart; j < cd.trigEnd; j++ {
			w := toks[j].low
			head = head || headTitleWords[w] && !(j > 0 && (toks[j-1].low == "vice" || toks[j-1].low == "deputy"))
			envoy = envoy || envoyWords[w] || w == "staff" || w == "officials" || w == "official"
		}
		if head && !envoy {
			cd.Type = "REDUCED_RELATIONS"
			cd.Reasons = append(cd.Reasons, "a head of state declared unwelcome: relations reduced, no expulsion (rule 103)")
		}
	}
}
