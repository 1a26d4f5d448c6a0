package main

import (
	"strings"
	"testing"
)

// TestNonStateNetworkNoun: a network of no states (the Gahuku-Gama tribes,
// read with --codes self) counts its nodes as nodes, not "16 states"
// (analyst review D); a network of states keeps "states".
func TestNonStateNetworkNoun(t *testing.T) {
	code, out, errOut := run(t, "", "report", "--codes", "self", "--method", "signed", "../../../shared/data/signed/gahuku-gama-tribes.csv")
	if code != 0 || !strings.Contains(out, "16 nodes, 116 directed pairs") || strings.Contains(out, "16 states") {
		t.Errorf("report of Gahuku-Gama: exit %d %s\n%s", code, errOut, firstLines(out, 4))
	}
	_, out, _ = run(t, "", "report", testdata)
	if !strings.Contains(out, " states, ") {
		t.Errorf("report of testdata/:\n%s", firstLines(out, 2))
	}
}
