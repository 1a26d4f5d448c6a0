package main

import (
	"regexp"
	"strings"
	"testing"
)

const gahukuGama = "../../../shared/data/signed/gahuku-gama-tribes.csv"

// TestNonStateNetworkNoun: a network of no states (the Gahuku-Gama tribes,
// read with --codes self) counts its nodes as nodes, not "16 states"
// (analyst review D); a network of states keeps "states".
func TestNonStateNetworkNoun(t *testing.T) {
	code, out, errOut := run(t, "", "report", "--codes", "self", "--method", "signed", gahukuGama)
	if code != 0 || !strings.Contains(out, "16 nodes, 116 directed pairs") || strings.Contains(out, "16 states") {
		t.Errorf("report of Gahuku-Gama: exit %d %s\n%s", code, errOut, firstLines(out, 4))
	}
	_, out, _ = run(t, "", "report", testdata)
	if !strings.Contains(out, " states, ") {
		t.Errorf("report of testdata/:\n%s", firstLines(out, 2))
	}
}

// TestNonStateNetworkNoRulers: tribes have no ruling party or regime type,
// so the report, its Markdown and the briefing show no such columns and
// no caveat that their ideology is "unknown" (which would suggest one to
// look up), head their tables "node" and say why the blocs are named by
// their members; the seed, a network of states, keeps all of it.
func TestNonStateNetworkNoRulers(t *testing.T) {
	_, out, _ := run(t, "", "report", "--codes", "self", "--method", "signed", gahukuGama)
	if strings.Contains(out, "IDEOLOGY") || strings.Contains(out, "REGIME") || !regexp.MustCompile(`(?m)^NODE +NAME +PAGERANK`).MatchString(out) {
		t.Errorf("report of Gahuku-Gama:\n%s", firstLines(out, 12))
	}
	_, out, _ = run(t, "", "report", "--format", "md", "--codes", "self", "--method", "signed", gahukuGama)
	if strings.Contains(out, "ideology") || !strings.Contains(out, "| node | PageRank") || !strings.Contains(out, "the nodes are no states, so no ruling party or regime type names them") {
		t.Errorf("Markdown report of Gahuku-Gama:\n%s", out)
	}
	code, page, errOut := run(t, "", "brief", "-o", "-", "--codes", "self", "--method", "signed", gahukuGama)
	text := regexp.MustCompile(`<[^>]+>`).ReplaceAllString(page, " ")
	for _, bad := range []string{"Ruling ideology", "Regime type", "ideology unknown", "States coloured", "other states", "states outside"} {
		if strings.Contains(text, bad) {
			t.Errorf("briefing of Gahuku-Gama (exit %d %s) says %q", code, errOut, bad)
		}
	}
	for _, good := range []string{"Nodes coloured by bloc", "7 nodes form a bloc", "paths between other nodes"} {
		if !strings.Contains(text, good) {
			t.Errorf("briefing of Gahuku-Gama lacks %q", good)
		}
	}
	_, page, _ = run(t, "", "brief", "-o", "-", testdata+"facts/kim-diaz-canel-2021.yaml")
	if !strings.Contains(page, "Ruling ideology") || !strings.Contains(page, "States coloured by bloc") {
		t.Errorf("briefing of the seed lost its ideology columns or its states")
	}
}
