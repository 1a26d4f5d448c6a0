package extract

import (
	"fmt"
	"os"
	"testing"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/loader/gazetteer"
)

func TestZZDebug(t *testing.T) {
	s := os.Getenv("DBG")
	if s == "" {
		t.Skip()
	}
	z := gazetteer.Default()
	r := newResolver(z, func() graph.Date { d, _ := graph.ParseDate("2022-01-01"); return d }(), []string{"USA"})
	lx, _ := defaultLexicon()
	toks := tokenize(s, nil)
	ms := r.find(toks)
	for _, m := range ms {
		fmt.Printf("M %d-%d %q kind=%d states=%v poss=%v how=%s\n", m.start, m.end, m.name, m.kind, m.states, m.poss, m.how)
	}
	in := make([]int, len(toks))
	for i := range in {
		in[i] = -1
	}
	for k, m := range ms {
		for j := m.start; j < m.end; j++ {
			in[j] = k
		}
	}
	for _, f := range lx.selectTriggers(toks, ms, in) {
		fmt.Printf("T %d-%d %s %s\n", f.start, f.end, f.p.typ, f.p.rule)
	}
}
