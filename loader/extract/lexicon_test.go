package extract

import (
	"strings"
	"testing"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/loader/extract/internal/petrarch"
)

// petrarch.tsv is what the generator makes of PETRARCH2's dictionary.
func TestPetrarchUpToDate(t *testing.T) {
	src := needShared(t, "../../../shared/data/cameo/petrarch2/CAMEO.2.0.txt")
	got, err := petrarch.Compile(src)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != petrarchTSV {
		t.Fatal("petrarch.tsv is out of date: run go generate ./loader/extract")
	}
}

// Every pattern names a vocabulary type; every relation type of the
// vocabulary has words the coder finds.
func TestLexicon(t *testing.T) {
	lx, err := defaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	types := map[string]bool{}
	for _, ps := range lx.byFirst {
		for _, p := range ps {
			if _, ok := graph.RelationByType(p.typ); !ok {
				t.Errorf("%s: type %q is not in the vocabulary", p.rule, p.typ)
			}
			types[p.typ] = true
		}
	}
	for _, r := range graph.Vocabulary() {
		if !r.Generic && !types[r.Type] {
			t.Errorf("no pattern finds %s", r.Type)
		}
	}
	for _, tc := range []struct{ sentence, want string }{
		{"They met with the delegation.", "MET"},
		{"It was sanctioned.", "SANCTIONED"},
		{"They are congratulating him.", "CONGRATULATED"},
		{"It severed diplomatic ties with them.", "REDUCED_RELATIONS"},
		{"They condemned it.", "CRITICIZED"},
		{"It did not condemn it.", ""},
	} {
		ts, err := Triggers(tc.sentence)
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		if len(ts) > 0 {
			got = ts[0].Type
		}
		if got != tc.want {
			t.Errorf("%q: %q, want %q (%+v)", tc.sentence, got, tc.want, ts)
		}
	}
	if _, err := parseElems("(take part|x)"); err == nil || !strings.Contains(err.Error(), "space") {
		t.Errorf("a space inside alternatives: %v", err)
	}
	for form, lemma := range map[string]string{"congratulated": "congratulate", "met": "meet", "sanctions": "sanction", "visited": "visit", "severed": "sever", "urged": "urge"} {
		if l, ok := lemmaOf(form); !ok || l != lemma {
			t.Errorf("lemma of %s: %q %v", form, l, ok)
		}
	}
}
