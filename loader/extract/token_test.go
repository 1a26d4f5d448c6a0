package extract

import "testing"

// TestBacktickApostrophe: a backtick or an acute accent typed for the
// apostrophe (fresh15/ariananews-world-reacts-to-deadly-earthquakes-herat-2023:
// "Azerbaijan`s Ministry of Foreign Affairs also expressed condolences …") is
// the possessive, so the ministry is Azerbaijan's; elsewhere it is no word.
func TestBacktickApostrophe(t *testing.T) {
	for _, s := range []string{"Azerbaijan`s Ministry", "Azerbaijan´s Ministry"} {
		toks := tokenize(s, nil)
		if len(toks) != 3 || toks[0].low != "azerbaijan" || !toks[1].poss || toks[1].low != "'s" || toks[2].low != "ministry" {
			t.Errorf("%q: tokens %+v", s, toks)
		}
	}
	// not before another letter ("`sure"), nor alone
	for _, s := range []string{"Azerbaijan`sure", "a ` b"} {
		for _, k := range tokenize(s, nil) {
			if k.poss {
				t.Errorf("%q: a possessive read in %+v", s, k)
			}
		}
	}
}
