package main

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestStatesTimeline(t *testing.T) {
	code, out, errOut := run(t, "", "states", "East Germany")
	if code != 0 {
		t.Fatalf("states East Germany: exit %d %s", code, errOut)
	}
	for _, want := range []string{
		"East Germany (DDR): a state from 1949-10-07 to 1990-10-02",
		"1990-10-03: became part of Germany (DEU)",
		"COW codes: GDR 265",
		"autocracy  1949  1989",
		"Socialist Unity Party of Germany / National Front (socialist-unity-party-of-germany-national-front)  1949  1988  communism",
		"Erich Honecker (erich-honecker)",
		"SOURCES",
		"Herre 2023, global_leader_ideologies.csv: democracy",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("states East Germany lacks %q:\n%s", want, out)
		}
	}
	// On a date: what held then, and names resolve on it.
	code, out, errOut = run(t, "", "states", "--at", "1975", "Russia")
	if code != 0 || !strings.HasPrefix(out, "Soviet Union (SUN)") || !strings.Contains(out, "Leonid Brezhnev") || strings.Contains(out, "Mikhail Gorbachev") {
		t.Errorf("states --at 1975 Russia: exit %d %s\n%s", code, errOut, out)
	}
}

func TestStatesJSON(t *testing.T) {
	code, out, errOut := run(t, "", "states", "--format", "json", "--since", "2021", "CUB")
	if code != 0 {
		t.Fatalf("exit %d %s", code, errOut)
	}
	var views []stateView
	if err := json.Unmarshal([]byte(out), &views); err != nil || len(views) != 1 {
		t.Fatalf("JSON %v:\n%s", err, out)
	}
	v := views[0]
	if v.ID != "CUB" || len(v.Regime) != 1 || v.Regime[0].Value != "autocracy" || v.Regime[0].Source == "" {
		t.Errorf("regime %+v", v.Regime)
	}
	found := false
	for _, p := range v.Parties {
		found = found || p.ID == "communist-party-of-cuba" && p.Family == "communism" && p.FamilySource != ""
	}
	if !found {
		t.Errorf("parties %+v", v.Parties)
	}
	for _, l := range v.Leaders {
		if l.To != "" && l.To < "2021" {
			t.Errorf("a leader out of office before --since: %+v", l)
		}
	}
}

func TestStatesBadInput(t *testing.T) {
	code, _, errOut := run(t, "", "states", "--at", "2010", "East Germany")
	if code != 1 || !strings.Contains(errOut, "East Germany (State, DDR) from 1949-10-07 to 1990-10-02, then part of Germany (DEU) from 1990-10-03") {
		t.Errorf("a historical state outside its dates: exit %d %q", code, errOut)
	}
	code, _, errOut = run(t, "", "states", "Kim Jong-un")
	if code != 2 || !strings.Contains(errOut, "is a leader (kim-jong-un), not a state") {
		t.Errorf("a leader: exit %d %q", code, errOut)
	}
	code, _, errOut = run(t, "", "states", "--at", "1975", "--since", "1970", "DDR")
	if code != 2 {
		t.Errorf("--at with --since: exit %d %q", code, errOut)
	}
	code, out, _ := run(t, "", "states")
	if code != 0 || !strings.Contains(out, "DDR    East Germany") || !strings.Contains(out, "258 states, 9 of them historical") {
		t.Errorf("states list: exit %d\n%s", code, out)
	}
}
