package main

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Reports, briefings and exports say when a node is no sovereign state,
// or not throughout: before, Western Sahara, Palestine and the Soviet Union
// were rows like any state's. Real ICEWS rows (Botswana and Western
// Sahara, Lithuania and Palestine; loader/testdata/icews/README.md), the
// COW signed file, and Yasser Arafat's facts of 1985.
func TestStanding(t *testing.T) {
	const icews = "../../loader/testdata/icews/statehood.tab"
	code, out, errOut := run(t, "", "report", "--format", "json", icews)
	if code != 0 {
		t.Fatalf("report: exit %d\n%s", code, errOut)
	}
	var r struct {
		States []struct{ ID, Standing string } `json:"states"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, s := range r.States {
		got[s.ID] = s.Standing
	}
	if !strings.HasPrefix(got["ESH"], "not a sovereign state: a disputed territory") || got["PSE"] != "partly recognised state" || got["LTU"] != "" || got["TLS"] != "" || got["BWA"] != "" {
		t.Errorf("standings %q; want Western Sahara a disputed territory, Palestine partly recognised, the others none", got)
	}
	code, out, _ = run(t, "", "report", "--format", "csv", icews)
	if code != 0 || !strings.HasSuffix(strings.SplitN(out, "\n", 2)[0], ",standing") || !strings.Contains(out, ",\"not a sovereign state: a disputed territory") {
		t.Errorf("csv: exit %d, no standing column or value:\n%s", code, out)
	}
	code, out, _ = run(t, "", "report", icews)
	if code != 0 || !strings.Contains(out, "\nnot sovereign states, or not throughout (KIND; blocgraph states ID says more):\n  ESH Western Sahara: not a sovereign state: a disputed territory") {
		t.Errorf("table: exit %d, no KIND lines:\n%s", code, out)
	}
	for _, format := range []string{"graphml", "gexf", "json"} {
		for _, projected := range []bool{false, true} {
			args := []string{"export", "--format", format}
			if projected {
				args = append(args, "--projected")
			}
			code, out, _ = run(t, "", append(args, icews)...)
			if code != 0 || !strings.Contains(out, "standing") || strings.Count(out, "partly recognised state") != 1 {
				t.Errorf("export %v: exit %d; want one standing of Palestine and one of Western Sahara", args, code)
			}
		}
	}
	code, _, errOut = run(t, "", "partners", "Botswana", icews)
	if code != 0 || !strings.Contains(errOut, "note: Western Sahara (ESH): not a sovereign state: a disputed territory") {
		t.Errorf("partners Botswana: exit %d, no note of Western Sahara:\n%s", code, errOut)
	}
	code, out, _ = run(t, "", "report", "--format", "json", "--top", "0", "../../../shared/data/signed/cow-signed-1946-1999.csv")
	if code != 0 || !strings.Contains(out, `"standing": "historical state, 1922-12-30 to 1991-12-25"`) {
		t.Errorf("COW report: exit %d, no standing of the Soviet Union", code)
	}

	facts := writeFacts(t, "arafat.yaml", "article: {id: a1985, title: t, published: 1985-06-20}\nfacts:\n  - {subject: Yasser Arafat, relation: met, object: Egypt, date: 1985-06-12, quote: q}\n")
	dir := filepath.Dir(facts)
	code, out, _ = run(t, "", "report", facts)
	if code != 0 || !strings.Contains(out, "PSE Palestine: partly recognised state; no state yet on the dates of some of its events (a state from 1988-11-15, when it declared the State of Palestine)") {
		t.Errorf("Arafat 1985: exit %d, Palestine not said no state yet:\n%s", code, out)
	}
	html := filepath.Join(dir, "b.html")
	code, _, errOut = run(t, "", "brief", "-o", html, icews)
	b, _ := os.ReadFile(html)
	if code != 0 || !strings.Contains(string(b), "Not sovereign states, or not throughout") || !strings.Contains(string(b), "Western Sahara: not a sovereign state") {
		t.Errorf("brief: exit %d %s; no caveat of Western Sahara", code, errOut)
	}
}

// timelineStandings is the standing of each state in each period of
// timeline --every 1y --format json over path, by "label/id".
func timelineStandings(t *testing.T, path string) map[string]string {
	t.Helper()
	code, out, errOut := run(t, "", "timeline", "--every", "1y", "--format", "json", path)
	if code != 0 {
		t.Fatalf("timeline json: exit %d\n%s", code, errOut)
	}
	var tl struct {
		Periods []struct {
			Label  string
			States []struct{ ID, Standing string } `json:"states"`
		} `json:"periods"`
	}
	if err := json.Unmarshal([]byte(out), &tl); err != nil {
		t.Fatal(err)
	}
	standing := map[string]string{} // label/id → standing
	for _, p := range tl.Periods {
		for _, s := range p.States {
			standing[p.Label+"/"+s.ID] = s.Standing
		}
	}
	return standing
}

// timeline, export --timeline and partners --timeline say it per period,
// where it matters: the Soviet Union is a historical state in the COW
// file's 1991, not in its 1980; Taiwan is partly recognised in every
// period; Palestine is no state yet in 1985, and a state in 1989.
func TestTimelineStanding(t *testing.T) {
	const cow = "../../../shared/data/signed/cow-signed-1946-1999.csv"
	const sun = "historical state, 1922-12-30 to 1991-12-25"
	standing := timelineStandings(t, cow)
	if _, ok := standing["1980/SUN"]; !ok {
		t.Fatalf("timeline json: no Soviet Union in 1980")
	}
	if standing["1991/SUN"] != sun || standing["1980/SUN"] != "" || standing["1980/TWN"] != "partly recognised state" || standing["1980/USA"] != "" {
		t.Errorf("timeline json standings: SUN 1991 %q, SUN 1980 %q, TWN 1980 %q, USA 1980 %q; want the Soviet Union historical in 1991 only, Taiwan partly recognised",
			standing["1991/SUN"], standing["1980/SUN"], standing["1980/TWN"], standing["1980/USA"])
	}
	code, out, _ := run(t, "", "timeline", "--every", "1y", "--format", "csv", cow)
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if code != 0 || err != nil || len(rows) < 2 || rows[0][len(rows[0])-1] != "standing" {
		t.Fatalf("timeline csv: exit %d, %v, no standing column", code, err)
	}
	csvStanding := map[string]string{}
	for _, r := range rows[1:] {
		csvStanding[r[0]+"/"+r[3]] = r[len(r)-1]
	}
	if csvStanding["1991/SUN"] != sun || csvStanding["1980/SUN"] != "" || csvStanding["1980/TWN"] != "partly recognised state" {
		t.Errorf("timeline csv standings: SUN 1991 %q, SUN 1980 %q, TWN 1980 %q", csvStanding["1991/SUN"], csvStanding["1980/SUN"], csvStanding["1980/TWN"])
	}
	code, out, _ = run(t, "", "timeline", "--every", "1y", cow)
	if code != 0 || !strings.Contains(out, "\nnot sovereign states, or not throughout, in the periods named (KIND; blocgraph states ID says more):\n") ||
		!strings.Contains(out, "\n  SUN Soviet Union: "+sun+" (1991 to 1992, 2 periods)\n") || !strings.Contains(out, "\n  TWN Taiwan: partly recognised state (1946 to 1999, 54 periods)") {
		t.Errorf("timeline table: exit %d, no KIND lines:\n%s", code, out[max(0, len(out)-1500):])
	}
	code, out, _ = run(t, "", "timeline", "--every", "1y", "--format", "md", cow)
	if code != 0 || !strings.Contains(out, "\n- SUN Soviet Union: "+sun+" (1991 to 1992, 2 periods)\n") {
		t.Errorf("timeline md: exit %d, no KIND lines", code)
	}
	code, out, _ = run(t, "", "export", "--format", "gexf", "--timeline", "--every", "1y", cow)
	if code != 0 || !strings.Contains(out, `title="standing"`) || !strings.Contains(out, `value="`+sun+`" start="1991-01-01" end="1991-12-31"`) || strings.Contains(out, `value="`+sun+`" start="1980-01-01"`) {
		t.Errorf("export --timeline: exit %d, no standing of the Soviet Union in 1991 alone", code)
	}
	code, _, errOut := run(t, "", "partners", "--timeline", "--every", "1y", "--with", "East Germany", "Poland", cow)
	if code != 0 || !strings.Contains(errOut, "note: East Germany (DDR): historical state, 1949-10-07 to 1990-10-02 (1990 to 1992, 3 periods)\n") {
		t.Errorf("partners --timeline: exit %d, no note of East Germany:\n%s", code, errOut)
	}

	facts := writeFacts(t, "arafat.yaml", "article: {id: a1989, title: t, published: 1989-06-20}\nfacts:\n  - {subject: Yasser Arafat, relation: met, object: Egypt, date: 1985-06-12, quote: q}\n  - {subject: Yasser Arafat, relation: met, object: Egypt, date: 1989-06-12, quote: q}\n")
	code, out, _ = run(t, "", "timeline", "--every", "1y", facts)
	if code != 0 || !strings.Contains(out, "\n  PSE Palestine: partly recognised state; no state yet on the dates of some of its events (a state from 1988-11-15, when it declared the State of Palestine) (1985)\n  PSE Palestine: partly recognised state (1989)\n") {
		t.Errorf("Arafat 1985 and 1989: exit %d, Palestine not said no state yet in 1985 alone:\n%s", code, out)
	}
	code, _, errOut = run(t, "", "partners", "--timeline", "--every", "1y", "Egypt", facts)
	if code != 0 || !strings.Contains(errOut, "note: Palestine (PSE): partly recognised state; no state yet") {
		t.Errorf("partners --timeline Egypt: exit %d, no note of Palestine:\n%s", code, errOut)
	}
}

// partners --timeline --format json says the standing of the state and of
// each partner in every period, in timeline's words for the same state and
// period (its JSON's states), and of the other of a --with pair when they
// had events; a sovereign state has none.
func TestPartnersTimelineStanding(t *testing.T) {
	const cow = "../../../shared/data/signed/cow-signed-1946-1999.csv"
	timeline := timelineStandings(t, cow)
	type partner struct {
		ID       string  `json:"id"`
		Standing *string `json:"standing"`
	}
	type partners struct {
		State   string `json:"state"`
		Periods []struct {
			Label       string    `json:"label"`
			Events      int       `json:"events"`
			Standing    *string   `json:"standing"`
			Allies      []partner `json:"allies"`
			Adversaries []partner `json:"adversaries"`
			Pair        *struct {
				ID       string  `json:"id"`
				Reports  int     `json:"reports"`
				Standing *string `json:"standing"`
			} `json:"pair"`
		} `json:"periods"`
	}
	read := func(args ...string) partners {
		t.Helper()
		code, out, errOut := run(t, "", append([]string{"partners", "--timeline", "--every", "1y", "--format", "json"}, args...)...)
		var r partners
		if code != 0 {
			t.Fatalf("partners %v: exit %d\n%s", args, code, errOut)
		}
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatal(err)
		}
		return r
	}
	// said is the words of a standing field: "" when absent; an empty
	// string present is an error (omitempty).
	said := func(what string, s *string) string {
		t.Helper()
		if s != nil && *s == "" {
			t.Errorf("%s: standing present and empty", what)
		}
		if s == nil {
			return ""
		}
		return *s
	}
	got := map[string]string{} // label/id → the partners JSON's standing, where said
	check := func(what, label, id string, s *string) {
		t.Helper()
		w := said(what, s)
		want, ok := timeline[label+"/"+id]
		if !ok {
			t.Errorf("%s: %s in %s, not among the timeline's states", what, id, label)
		}
		if w != want {
			t.Errorf("%s: %s in %s has standing %q, the timeline %q", what, id, label, w, want)
		}
		if w != "" {
			got[label+"/"+id] = w
		}
	}
	for _, state := range []string{"United States", "East Germany"} {
		r := read(state, cow)
		for _, p := range r.Periods {
			if p.Events == 0 {
				if p.Standing != nil {
					t.Errorf("%s %s: no events, standing %q", state, p.Label, *p.Standing)
				}
				continue
			}
			check(state, p.Label, r.State, p.Standing)
			for _, x := range append(p.Allies, p.Adversaries...) {
				check(state+"'s partner", p.Label, x.ID, x.Standing)
			}
		}
	}
	const sun = "historical state, 1922-12-30 to 1991-12-25"
	if got["1991/SUN"] != sun || got["1980/SUN"] != "" || got["1980/TWN"] != "partly recognised state" || got["1990/DDR"] == "" || got["1980/DDR"] != "" {
		t.Errorf("partners standings: SUN 1991 %q, SUN 1980 %q, TWN 1980 %q, DDR 1990 %q, DDR 1980 %q; want the Soviet Union historical in 1991 only, Taiwan partly recognised, East Germany historical in 1990 only",
			got["1991/SUN"], got["1980/SUN"], got["1980/TWN"], got["1990/DDR"], got["1980/DDR"])
	}

	// --with: the other of the pair in the periods of their events.
	r := read("--with", "Taiwan", "United States", cow)
	pairs := 0
	for _, p := range r.Periods {
		if p.Pair == nil {
			t.Fatalf("--with Taiwan %s: no pair", p.Label)
		}
		if p.Pair.Reports == 0 {
			if p.Pair.Standing != nil {
				t.Errorf("--with Taiwan %s: no events between them, standing %q", p.Label, *p.Pair.Standing)
			}
			continue
		}
		pairs++
		check("--with Taiwan", p.Label, "TWN", p.Pair.Standing)
	}
	if pairs == 0 {
		t.Errorf("--with Taiwan: no period of events between the United States and Taiwan")
	}

	// A place before its statehood: Palestine through Yasser Arafat's facts.
	facts := writeFacts(t, "arafat.yaml", "article: {id: a1989, title: t, published: 1989-06-20}\nfacts:\n  - {subject: Yasser Arafat, relation: met, object: Egypt, date: 1985-06-12, quote: q}\n  - {subject: Yasser Arafat, relation: met, object: Egypt, date: 1989-06-12, quote: q}\n")
	words := map[string]string{}
	for _, p := range read("Egypt", facts).Periods {
		for _, x := range append(p.Allies, p.Adversaries...) {
			words[p.Label+"/"+x.ID] = said("Egypt's partner", x.Standing)
		}
	}
	for _, p := range read("Palestine", facts).Periods {
		if w := said("Palestine", p.Standing); w != words[p.Label+"/PSE"] {
			t.Errorf("Palestine in %s: %q as the state, %q as Egypt's partner", p.Label, w, words[p.Label+"/PSE"])
		}
	}
	if !strings.HasPrefix(words["1985/PSE"], "partly recognised state; no state yet on the dates of some of its events (a state from 1988-11-15") || words["1989/PSE"] != "partly recognised state" {
		t.Errorf("Palestine as Egypt's partner: 1985 %q, 1989 %q; want no state yet in 1985 alone", words["1985/PSE"], words["1989/PSE"])
	}
}
