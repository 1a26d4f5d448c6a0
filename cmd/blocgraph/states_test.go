package main

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/blocgraph/blocgraph/loader/gazetteer"
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
		"Socialist Unity Party of Germany / National Front (socialist-unity-party-of-germany-national-front)  1949  1988  [7]     communism  [8]",
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
	if code != 0 || !strings.Contains(out, "DDR    East Germany") || !strings.Contains(out, "259 entries: 206 states (9 historical") {
		t.Errorf("states list: exit %d\n%s", code, out)
	}
}

// TestStatesListOnADate: the list with --at (or --since/--until) holds the
// states of that time: `states --at 1975` listed Ukraine, Croatia and
// South Sudan beside the Soviet Union, and `--at 2010` East Germany.
func TestStatesListOnADate(t *testing.T) {
	has := func(out, id string) bool { return strings.Contains(out, "\n"+id+" ") }
	_, all, _ := run(t, "", "states")
	code, y1975, errOut := run(t, "", "states", "--at", "1975")
	if code != 0 {
		t.Fatalf("exit %d %s", code, errOut)
	}
	for _, id := range []string{"SUN", "DDR", "DEU", "YUG", "VDR", "RVN", "USA", "BGD"} {
		if !has(y1975, id) {
			t.Errorf("--at 1975 lacks %s", id)
		}
	}
	for _, id := range []string{"UKR", "HRV", "SVK", "CZE", "KAZ", "RUS", "VNM"} { // Russia and Vietnam continue the Soviet Union and North Vietnam
		if !has(all, id) || has(y1975, id) {
			t.Errorf("%s: in the whole list %v, in 1975's %v", id, has(all, id), has(y1975, id))
		}
	}
	_, y2010, _ := run(t, "", "states", "--at", "2010")
	if has(y2010, "DDR") || has(y2010, "SUN") || !has(y2010, "UKR") || !has(y2010, "RUS") {
		t.Errorf("--at 2010 holds the wrong states")
	}
	_, span, _ := run(t, "", "states", "--since", "1989", "--until", "1992")
	if !has(span, "DDR") || !has(span, "UKR") || !has(span, "SUN") {
		t.Errorf("--since 1989 --until 1992 should hold East Germany, the Soviet Union and Ukraine")
	}
	// Syria was part of the United Arab Republic (Egypt, as COW codes it)
	// from 1958-02-22 to 1961-09-28; states are named as on the date.
	_, y1960, _ := run(t, "", "states", "--at", "1960-05-01")
	if has(y1960, "SYR") || !strings.Contains(y1960, "\nEGY    United Arab Republic") || !strings.Contains(y1960, "\nDEU    West Germany") || !has(y2010, "SYR") {
		t.Errorf("--at 1960-05-01: Syria listed %v, Egypt and Germany not named as then:\n%s", has(y1960, "SYR"), y1960)
	}
	// States that became states after 1945 are left out before their day;
	// states of before 1945 and occupied states are not.
	for _, id := range []string{"ARE", "DZA", "KWT", "CYP", "BHS", "NAM"} {
		if has(y1960, id) || !has(y2010, id) {
			t.Errorf("%s: in 1960-05-01's list %v (independent later), in 2010's %v", id, has(y1960, id), has(y2010, id))
		}
	}
	for _, id := range []string{"FRA", "CUB", "AND", "LIE", "TWN", "GHA"} {
		if !has(y1960, id) {
			t.Errorf("--at 1960-05-01 lacks %s", id)
		}
	}
	if _, y1991, _ := run(t, "", "states", "--at", "1991-01-01"); !has(y1991, "KWT") {
		t.Errorf("--at 1991-01-01 lacks Kuwait (occupied, still a state)")
	}
	if code, out, _ := run(t, "", "states", "ARE"); code != 0 || !strings.Contains(out, "United Arab Emirates (ARE): became independent on 1971-12-02 [1]") {
		t.Errorf("states ARE: exit %d\n%s", code, out)
	}
}

// TestStatesStanding: `states` said nothing of what Aruba or Åland are
// (they were listed as states), nothing of Syria's years in the United
// Arab Republic without --at, and Palestine had no start.
func TestStatesStanding(t *testing.T) {
	code, out, errOut := run(t, "", "states", "Aruba", "Åland Islands", "Syria", "Palestine", "Estonia")
	if code != 0 {
		t.Fatalf("exit %d %s", code, errOut)
	}
	for _, want := range []string{
		"Aruba (ABW)\n  not a sovereign state (dependency): part of the Netherlands (NLD) [1]",
		"not a sovereign state (dependency): part of Finland (FIN)",
		"1958-02-22 to 1961-09-28: part of the United Arab Republic with Egypt (EGY), no state then",
		"Palestine (PSE): declared the State of Palestine on 1988-11-15",
		"a partly recognised state: the State of Palestine",
		"never recognised the annexation",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("lacks %q:\n%s", want, out)
		}
	}
	// The list says the kind of every entry; the counts add up.
	_, list, _ := run(t, "", "states")
	_, listJSON, _ := run(t, "", "states", "--format", "json")
	var rows []struct{ ID, Kind string }
	if err := json.Unmarshal([]byte(listJSON), &rows); err != nil {
		t.Fatal(err)
	}
	kinds := map[string]int{}
	for _, r := range rows {
		switch r.Kind {
		case "partly recognised state":
			kinds["partly"]++
		case "state":
			kinds["state"]++
		case "":
			t.Errorf("%s: no kind", r.ID)
		default:
			kinds["other"]++
		}
	}
	lines := strings.Split(strings.TrimSpace(list), "\n")
	for _, want := range []string{"\nABW    Aruba ", "\nPSE    Palestine "} {
		if !strings.Contains(list, want) {
			t.Errorf("list lacks %q", want)
		}
	}
	if !regexpMatch(`\nABW +Aruba +dependency\n`, list) || !regexpMatch(`\nPSE +Palestine +partly recognised state\n`, list) || !regexpMatch(`\nEST +Estonia +state\n`, list) {
		t.Errorf("list kinds wrong:\n%s", list)
	}
	foot := lines[len(lines)-1]
	want := fmt.Sprintf("%d entries: %d states (9 historical, with their dates; %d partly recognised) and %d dependencies",
		len(lines)-2, kinds["state"]+kinds["partly"], kinds["partly"], kinds["other"])
	if !strings.HasPrefix(foot, want) || kinds["other"] < 50 || kinds["partly"] != 3 {
		t.Errorf("footer %q; want %q", foot, want)
	}
	// JSON says it too.
	_, js, _ := run(t, "", "states", "--format", "json", "Aruba")
	var views []stateView
	if err := json.Unmarshal([]byte(js), &views); err != nil || len(views) != 1 || views[0].Standing != "dependency" || views[0].StandingSource == "" {
		t.Errorf("JSON %v %+v", err, views)
	}
}

func regexpMatch(re, s string) bool { return regexp.MustCompile(re).MatchString(s) }

// TestStatesNameOnTheDate: one state's view on a date named it as today
// ("Sri Lanka" in 1960); it is named as then, with today's name beside.
func TestStatesNameOnTheDate(t *testing.T) {
	for _, tt := range []struct{ at, state, want string }{
		{"1960-06-30", "LKA", "Ceylon (LKA; today Sri Lanka)"},
		{"1970", "Benin", "Dahomey (BEN; today Benin)"},
		{"1980", "BFA", "Upper Volta (BFA; today Burkina Faso)"},
		{"1977", "Cambodia", "Kampuchea (KHM; today Cambodia)"},
		{"2010", "Eswatini", "Swaziland (SWZ; today Eswatini)"},
		{"2010", "Czechia", "Czech Republic (CZE; today Czechia)"},
		{"2010", "MKD", "Macedonia (MKD; today North Macedonia)"},
		{"2020", "Turkey", "Turkey (TUR; today Türkiye)"},
		{"1985", "DEU", "West Germany (DEU; today Germany)"},
		{"1962", "TZA", "Tanganyika (TZA; today Tanzania)"},
		{"2023", "Turkey", "Türkiye (TUR), on 2023"},
		{"1990", "Sri Lanka", "Sri Lanka (LKA): became independent"},
	} {
		code, out, errOut := run(t, "", "states", "--at", tt.at, tt.state)
		if code != 0 || !strings.HasPrefix(out, tt.want) {
			t.Errorf("states --at %s %s: exit %d %s\n%s", tt.at, tt.state, code, errOut, firstLine(out))
		}
	}
	if code, out, _ := run(t, "", "states", "Zimbabwe"); code != 0 || !strings.Contains(firstLine(out), "recognised by no state; independent as Zimbabwe on 1980-04-18") {
		t.Errorf("states Zimbabwe: Rhodesia's declaration of 1965 is not independence:\n%s", firstLine(out))
	}
}

func firstLine(s string) string { l, _, _ := strings.Cut(s, "\n"); return l }

// TestStatesCodeNotParty: `states FRA` and `partners FRA` were refused as
// ambiguous with a party abbreviated FRA.
func TestStatesCodeNotParty(t *testing.T) {
	for _, code := range []string{"FRA", "NLD", "IRL"} {
		if c, out, errOut := run(t, "", "states", code); c != 0 || !strings.Contains(firstLine(out), "("+code+")") {
			t.Errorf("states %s: exit %d %s %s", code, c, errOut, firstLine(out))
		}
	}
	c, out, errOut := run(t, "", "partners", "--events", "1", "FRA", realGDELT)
	if c != 0 || !strings.HasPrefix(out, "Partners of France (FRA)") {
		t.Errorf("partners FRA: exit %d %s\n%s", c, errOut, firstLine(out))
	}
}

// The list's THEN column reads from the state of the row: East Germany
// became part of Germany; it did not absorb it (review D).
func TestStatesListThenWords(t *testing.T) {
	code, out, errOut := run(t, "", "states", "--at", "1960")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"became part of DEU", "dissolved into CZE", "ARM seceded", "continued as RUS"} {
		if !strings.Contains(out, want) {
			t.Errorf("states --at 1960: no %q in THEN", want)
		}
	}
	if strings.Contains(out, "absorbed DEU") {
		t.Errorf("states --at 1960: THEN still says East Germany absorbed DEU")
	}
}

// TestStatesGapOnADate: with --at, a regime, ideology, ruling party or
// office holder the gazetteer lacks on that date is said to be missing,
// with the last value known before and the first after, not left blank.
func TestStatesGapOnADate(t *testing.T) {
	code, out, errOut := run(t, "", "states", "--at", "2021-06-01", "Hungary")
	if code != 0 {
		t.Fatalf("exit %d %s", code, errOut)
	}
	for _, want := range []string{
		"no regime recorded on 2021-06-01; last known: autocracy from 2018 until 2020-12-31 [",
		"no ideology recorded on 2021-06-01; last known: left from 1994 until 2020-12-31 [",
		"no ruling party recorded on 2021-06-01; last known: Fidesz — Hungarian Civic Alliance from 2010 until 2020-12-31 [", // its rule's source, as the others
	} {
		if !strings.Contains(out, want) {
			t.Errorf("lacks %q:\n%s", want, out)
		}
	}
	if regexp.MustCompile(`(?m)^unknown\s*$`).MatchString(out) {
		t.Errorf("a bare unknown on a date with known values around it:\n%s", out)
	}
	// Before the first record: the next one.
	_, out, _ = run(t, "", "states", "--at", "1946", "DEU")
	if !strings.Contains(out, "no office holder recorded on 1946; last known: none; next: Konrad Adenauer, Chancellor from 1949 until 1963-12-31") {
		t.Errorf("states --at 1946 DEU:\n%s", out)
	}
	// Nothing at any date.
	_, out, _ = run(t, "", "states", "--at", "2000", "Aruba")
	if !strings.Contains(out, "unknown: no regime recorded at any date") {
		t.Errorf("states --at 2000 Aruba:\n%s", out)
	}
	code, out, _ = run(t, "", "states", "--format", "json", "--at", "2021-06-01", "HUN")
	var views []stateView
	if err := json.Unmarshal([]byte(out), &views); code != 0 || err != nil || len(views) != 1 {
		t.Fatalf("JSON: exit %d %v\n%s", code, err, out)
	}
	found := false
	for _, g := range views[0].Gaps {
		if g.What == "ideology" {
			found = g.On == "2021-06-01" && g.Last != nil && g.Last.Value == "left" && g.Last.To == "2020" && g.Last.Source != "" && g.Next == nil
		}
	}
	if !found {
		t.Errorf("JSON gaps %+v", views[0].Gaps)
	}
}

// TestStatesRulingPartySource: every ruling party's years of rule cite
// where they come from, beside the source of its family: Herre's file for
// the years it gives (the effective leader's party), curated.yaml for the
// overlay's parties (the Communist Party of Cuba from 1965-10-03); the
// family of a party no source classifies stays "unknown" with no source.
func TestStatesRulingPartySource(t *testing.T) {
	code, out, _ := run(t, "", "states", "--format", "json", "Cuba")
	var views []stateView
	if err := json.Unmarshal([]byte(out), &views); code != 0 || err != nil || len(views) != 1 {
		t.Fatalf("JSON: exit %d %v\n%s", code, err, out)
	}
	src := map[string]string{}
	for _, p := range views[0].Parties {
		if p.Source == "" {
			t.Errorf("ruling party %s %s–%s cites no source", p.ID, p.From, p.To)
		}
		src[p.ID] = p.Source
	}
	if s := src["cuban-revolutionary-party-authentic"]; !strings.HasPrefix(s, "Herre 2023") || !strings.Contains(s, "party") {
		t.Errorf("Auténticos 1945–1951: source %q, want Herre's party columns", s)
	}
	if s := src["communist-party-of-cuba"]; !strings.HasPrefix(s, "curated.yaml: ") {
		t.Errorf("PCC: source %q, want curated.yaml's", s)
	}
	_, out, _ = run(t, "", "states", "Cuba")
	if !regexp.MustCompile(`(?m)^RULING PARTY +FROM +TO +SOURCE +FAMILY +SOURCE OF THE FAMILY$`).MatchString(out) ||
		!regexp.MustCompile(`(?m)^Cuban Revolutionary Party — Authentic \(cuban-revolutionary-party-authentic\) +1945 +1951 +\[\d+\] +unknown +-$`).MatchString(out) {
		t.Errorf("states Cuba:\n%s", out)
	}
}

// TestStatesLastRecorded: an office holder whose term a reference file
// left open is not shown as in office past the file's end: Taiwan, Kosovo
// and Palestine (partly recognised) and Hungary in 2024 were shown with
// CountryInfo's holders of 2011 and Herre's of 2020 as if current ("..").
func TestStatesLastRecorded(t *testing.T) {
	for _, st := range []string{"Taiwan", "Kosovo", "Palestine", "Hungary"} {
		code, out, errOut := run(t, "", "states", "--format", "json", "--at", "2024-06-01", st)
		var views []stateView
		if err := json.Unmarshal([]byte(out), &views); code != 0 || err != nil || len(views) != 1 {
			t.Fatalf("%s: exit %d %v %s", st, code, err, errOut)
		}
		for _, l := range views[0].Leaders {
			if end := gazetteer.DataEnd(l.Source); l.To == "" && end > 0 && l.LastRecorded != end {
				t.Errorf("%s on 2024-06-01: %s (%s, %s) shown in office past its source's end %d", st, l.Name, l.Title, l.Source, end)
			}
		}
	}
	_, out, _ := run(t, "", "states", "--at", "2024-06-01", "Hungary")
	for _, want := range []string{
		"Laszlo Solyom (laszlo-solyom)  2005-08-05  last recorded (data end 2011)  President",
		"Viktor Orban (viktor-orban)    2010        last recorded (data end 2020)  Prime Minister",
		"who held those offices on 2024-06-01 is not recorded",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("states --at 2024-06-01 Hungary lacks %q:\n%s", want, out)
		}
	}
	// Taiwan's heads after Herre's file, from the curated overlay.
	_, out, _ = run(t, "", "states", "--at", "2024-06-01", "Taiwan")
	for _, want := range []string{"Lai Ching-te (lai-ching-te)            2024-05-20  ..", "Cho Jung-tai (cho-jung-tai)            2024-05-20  .."} {
		if !strings.Contains(out, want) {
			t.Errorf("states --at 2024-06-01 Taiwan lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "Tsai Ing") {
		t.Errorf("Tsai Ing-wen still in office on 2024-06-01:\n%s", out)
	}
	// Within the source's years an open term is open.
	_, out, _ = run(t, "", "states", "--at", "2010", "Hungary")
	if !strings.Contains(out, "Laszlo Solyom (laszlo-solyom)  2005-08-05  ..") || strings.Contains(out, "last recorded") {
		t.Errorf("states --at 2010 Hungary:\n%s", out)
	}
}

// TestStatesBalticAnnexation: what `states` shows of the Baltic states:
// their interwar statehood (COW's dates), their annexation by the Soviet
// Union in 1940 to COW's 1991-09-06, and the restoration of their
// independence by the declarations of 1990-03-11 (Lithuania), 1991-08-20
// (Estonia) and 1991-08-21 (Latvia), each with its source.
func TestStatesBalticAnnexation(t *testing.T) {
	for _, tt := range []struct {
		state, interwar, annexed, restored, source string
	}{
		{"Estonia", "declaration of independence on 1918-02-24 to 1940-06-16 as the Correlates of War count it (366)",
			"1940-08-06 to 1991-09-05: part of the Soviet Union (SUN) by its annexation", "restored its independence on 1991-08-20",
			"'Estonia' (restoration of independence 1991-08-20); COW states2016: Estonia (366) 1918-02-24 to 1940-06-16 and from 1991-09-06"},
		{"Latvia", "declaration of independence on 1918-11-18 to 1940-06-16 as the Correlates of War count it (367)",
			"1940-08-05 to 1991-09-05: part of the Soviet Union (SUN) by its annexation", "completed it on 1991-08-21",
			"(1990-05-04; completed by the constitutional law of 1991-08-21); COW states2016: Latvia (367) 1918-11-18 to 1940-06-16"},
		{"Lithuania", "declaration of independence on 1918-02-16 to 1940-06-15 as the Correlates of War count it (368)",
			"1940-08-03 to 1991-09-05: part of the Soviet Union (SUN) by its annexation", "restoration of its independence on 1990-03-11",
			"'Act of the Re-Establishment of the State of Lithuania' (1990-03-11); COW states2016: Lithuania (368) 1918-02-16 to 1940-06-15"},
	} {
		code, out, errOut := run(t, "", "states", tt.state)
		if code != 0 {
			t.Fatalf("states %s: exit %d %s", tt.state, code, errOut)
		}
		// the note is wrapped: compare its words
		flat := strings.Join(strings.Fields(out), " ")
		for _, want := range []string{tt.interwar, tt.annexed, tt.restored, tt.source, "1991-09-06: independent of Soviet Union (SUN)", "never recognised the annexation"} {
			if !strings.Contains(flat, want) {
				t.Errorf("states %s lacks %q:\n%s", tt.state, want, out)
			}
		}
	}
	// Between the wars a state; annexed, its name is refused with both spans.
	if code, out, _ := run(t, "", "states", "--at", "1930", "Estonia"); code != 0 || !strings.HasPrefix(out, "Estonia (EST), on 1930") {
		t.Errorf("states --at 1930 Estonia: exit %d\n%s", code, out)
	}
	code, _, errOut := run(t, "", "states", "--at", "1975", "Lithuania")
	if code != 1 || !strings.Contains(errOut, "Lithuania (State, LTU) to 1940-08-02 and from 1991-09-06, part of the Soviet Union (SUN) from 1940-08-03 to 1991-09-05") {
		t.Errorf("states --at 1975 Lithuania: exit %d %s", code, errOut)
	}
}
