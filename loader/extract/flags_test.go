package extract

import (
	"strings"
	"testing"
)

// TestFlagsOfRule: the flags flagsOfRule finds by its maps are those the
// scan of every pattern finds, for every rule of the lexicon, for a
// numbered rule of patterns.txt whose line has moved, and for rules no
// pattern has.
func TestFlagsOfRule(t *testing.T) {
	lx, err := defaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	var rules []string
	for _, ps := range lx.byFirst {
		for _, p := range ps {
			rules = append(rules, p.rule)
			if text, ok := patternText(p.rule); ok {
				rules = append(rules, "patterns.txt:9999 "+text)
			}
		}
	}
	rules = append(rules, "patterns.txt:1 no such pattern", "vocabulary: no such verb", "")
	nonzero := 0
	for _, r := range rules {
		got, want := flagsOfRule(lx, r), scanFlagsOfRule(lx, r)
		if got != want {
			t.Errorf("%q: flags %b, the scan %b", r, got, want)
		}
		if got != 0 && strings.HasPrefix(r, "patterns.txt:9999") {
			nonzero++
		}
	}
	if len(rules) < 1000 || nonzero == 0 {
		t.Errorf("%d rules, %d moved ones with flags: the comparison tests too little", len(rules), nonzero)
	}
}
