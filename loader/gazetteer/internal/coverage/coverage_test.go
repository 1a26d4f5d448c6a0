package main

import (
	"bytes"
	"os"
	"regexp"
	"strconv"
	"testing"
)

// TestEventStatesKnown runs the measurement on the real inputs and checks
// its floors: every state of testdata/ has its ruling ideology and regime
// known on the dates of its events; those of the GDELT export and the COW
// signed file nearly all (the rest are listed by scripts/gazetteer-coverage).
func TestEventStatesKnown(t *testing.T) {
	if _, err := os.Stat("../../../../../shared/data/reference/global_leader_ideologies.csv"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("reference data missing, and CI=true: %v", err)
		}
		t.Skipf("reference data not found: %v", err)
	}
	var buf bytes.Buffer
	if err := run(&buf, "../../../../../shared/data", "../../../../testdata", "", 0); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	floors := []struct {
		row          string
		states, both float64 // at least so many states, and the share with both known
	}{
		{`testdata/ \(facts files\)`, 10, 100},
		{`GDELT export 20191024143000`, 60, 85},
		{`COW signed file 1946–1999 \(state-windows, by first year\)`, 130, 95},
	}
	for _, f := range floors {
		m := regexp.MustCompile(`\| ` + f.row + ` \| (\d+) \| (\d+) \| .* \| [\d]+ \(([\d.]+)%\) \|\n`).FindStringSubmatch(out)
		if m == nil {
			t.Errorf("no row %s in:\n%s", f.row, out)
			continue
		}
		states, _ := strconv.ParseFloat(m[1], 64)
		both, _ := strconv.ParseFloat(m[3], 64)
		if states < f.states || both < f.both {
			t.Errorf("%s: %v states, %v%% with ideology and regime known; want at least %v and %v%%", f.row, states, both, f.states, f.both)
		}
	}
	// State-years 1945–2020: a leader and a regime type for nearly all.
	m := regexp.MustCompile(`\| 1945–1989 after \| (\d+) \| \d+ \(([\d.]+)%\) \|.* \| \d+ \(([\d.]+)%\) \|\n`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no 1945–1989 row in:\n%s", out)
	}
	if leader, _ := strconv.ParseFloat(m[2], 64); leader < 99 {
		t.Errorf("1945–1989: a leader known for %v%% of state-years", leader)
	}
	if regime, _ := strconv.ParseFloat(m[3], 64); regime < 95 {
		t.Errorf("1945–1989: regime known for %v%% of state-years", regime)
	}
}
