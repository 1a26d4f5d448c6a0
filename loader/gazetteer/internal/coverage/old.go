package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"

	"github.com/blocgraph/blocgraph/graph"
)

// oldData is what a data file of format 1 (before global_leader_ideologies.csv
// came in) knows of the states of today: heads of state and government and
// party leaders with dated roles, ruling parties with dates and ideology.
// Format 1 has no regime type and no economic ideology.
type oldData struct {
	leaders map[string][]graph.Span // state → terms of its heads and party leaders
	rules   map[string][]oldRule    // state → rules of its parties
}

type oldRule struct {
	span   graph.Span
	family string
}

// readOld reads a format-1 data file (git show e431c75:loader/gazetteer/gazetteer.tsv).
func readOld(path string) (*oldData, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	if !sc.Scan() || sc.Text() != "#blocgraph-gazetteer\t1" {
		return nil, fmt.Errorf("%s: not a data file of format 1", path)
	}
	d := &oldData{leaders: map[string][]graph.Span{}, rules: map[string][]oldRule{}}
	partyState := map[string]string{}
	type leaderLine struct{ rank, roles string }
	var leaders []leaderLine
	for sc.Scan() {
		fs := strings.Split(sc.Text(), "\t")
		switch fs[0] {
		case "P":
			if len(fs) != 7 {
				return nil, fmt.Errorf("%s: party line %q", path, sc.Text())
			}
			partyState[fs[1]] = fs[2]
			for _, r := range strings.Split(fs[6], "|") {
				a, b, _ := strings.Cut(r, "^")
				d.rules[fs[2]] = append(d.rules[fs[2]], oldRule{span(a, b), fs[3]})
			}
		case "L":
			if len(fs) != 6 {
				return nil, fmt.Errorf("%s: leader line %q", path, sc.Text())
			}
			leaders = append(leaders, leaderLine{fs[2], fs[5]})
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	for _, l := range leaders {
		if l.rank == "0" || l.roles == "" {
			continue // ministers of the CountryInfo lists
		}
		for _, r := range strings.Split(l.roles, "|") {
			p := strings.Split(r, "^")
			if len(p) != 4 {
				return nil, fmt.Errorf("%s: role %q", path, r)
			}
			of := p[1]
			if st, ok := partyState[of]; ok {
				of = st
			}
			d.leaders[of] = append(d.leaders[of], span(p[2], p[3]))
		}
	}
	return d, nil
}

func span(a, b string) graph.Span {
	from, _ := graph.ParseDate(a)
	to, _ := graph.ParseDate(b)
	return graph.Span{Start: from, End: to}
}

func (d *oldData) known(st string, year int) known {
	yr := graph.SpanOf(graph.Date{Year: year, Precision: graph.PrecisionYear})
	var k known
	for _, s := range d.leaders[st] {
		if s.Overlaps(yr) {
			k.leader = true
			break
		}
	}
	for _, r := range d.rules[st] {
		if r.span.Overlaps(yr) {
			k.party = true
			k.family = k.family || r.family != ""
		}
	}
	k.ideology = k.family
	return k
}
