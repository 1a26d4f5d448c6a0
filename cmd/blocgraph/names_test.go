package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/blocgraph/blocgraph/analysis"
)

// TestNamesOfTheWindow: a report, an export and a briefing of 1982–1985
// name the states as they were then (West Germany, Zaire, Burma, North
// Yemen, Kampuchea, Swaziland), under today's ids; a window ending after
// the change takes the later name.
func TestNamesOfTheWindow(t *testing.T) {
	needFile(t, cowSigned)
	code, out, errOut := run(t, "", "report", "--format", "json", "--since", "1985", "--until", "1985", cowSigned)
	if code != 0 {
		t.Fatalf("exit %d %s", code, errOut)
	}
	var r analysis.Report
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	names := map[string]string{}
	for _, x := range r.Results {
		names[x.ID] = x.Name
	}
	want := map[string]string{"DEU": "West Germany", "COD": "Zaire", "MMR": "Burma", "YEM": "North Yemen", "KHM": "Kampuchea", "SWZ": "Swaziland", "TUR": "Turkey", "USA": "United States", "SUN": "Soviet Union"}
	for id, name := range want {
		if names[id] != name {
			t.Errorf("1985 report: %s is %q, want %q", id, names[id], name)
		}
	}
	labels := ""
	for _, b := range r.Blocs {
		labels += b.Label + "; " + strings.Join(b.Names, ", ") + "\n"
	}
	if strings.Contains(labels, "Democratic Republic of the Congo") || strings.Contains(labels, "Eswatini") || !strings.Contains(labels, "West Germany") {
		t.Errorf("1985 blocs name today's states:\n%s", labels)
	}

	code, out, errOut = run(t, "", "report", "--format", "csv", "--top", "0", "--since", "1988", "--until", "1991", cowSigned)
	if code != 0 || !strings.Contains(out, "DEU,Germany,") || strings.Contains(out, "West Germany") {
		t.Errorf("1988–1991 report should name DEU Germany (the later name): exit %d %s\n%s", code, errOut, firstLines(out, 5))
	}

	// the windows that hold 1985 run from 1982-1985 to 1985-1988
	code, out, errOut = run(t, "", "partners", "--since", "1985", "--until", "1985", "DEU", cowSigned)
	if code != 0 || !strings.HasPrefix(out, "Partners of West Germany (DEU), 1982 to 1988; West Germany:") {
		t.Errorf("1985 partners of DEU: exit %d %s\n%s", code, errOut, firstLines(out, 3))
	}

	code, out, errOut = run(t, "", "export", "--projected", "--format", "json", "--since", "1985", "--until", "1985", cowSigned)
	if code != 0 || !strings.Contains(out, `"West Germany"`) || !strings.Contains(out, `"Zaire"`) {
		t.Errorf("1985 export: exit %d %s\n%s", code, errOut, firstLines(out, 5))
	}
}

func firstLines(s string, n int) string {
	l := strings.SplitN(s, "\n", n+1)
	if len(l) > n {
		l = l[:n]
	}
	return strings.Join(l, "\n")
}
