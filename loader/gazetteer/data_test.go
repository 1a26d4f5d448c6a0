package gazetteer

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/loader/gazetteer/internal/build"
)

// sharedData is ../shared/data seen from the repository root, where CI
// checks it out.
const sharedData = "../../../shared/data"

// needShared skips a test when the reference files are not checked out;
// under CI=true, where they must be, it fails instead.
func needShared(t *testing.T) {
	t.Helper()
	if _, err := os.Stat(filepath.Join(sharedData, "reference", "CountryInfo.120116.txt")); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("reference data not found at %s, and CI=true: %v", sharedData, err)
		}
		t.Skipf("reference data not found at %s (check out ../shared next to the repository): %v", sharedData, err)
	}
}

// missingShared notes a check left out for want of a reference file, or
// fails under CI=true, where the files must be there.
func missingShared(t *testing.T, what string, err error) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s: reference file missing, and CI=true: %v", what, err)
	}
	t.Logf("%s not checked: %v", what, err)
}

// TestGenerateDeterministic regenerates the data file and checks it is the
// embedded one, byte for byte: the file is up to date and the generator
// deterministic. After changing curated.yaml or the generator, run
// `go generate ./loader/gazetteer`.
func TestGenerateDeterministic(t *testing.T) {
	needShared(t)
	opt := build.Options{DataDir: sharedData, Curated: "curated.yaml"}
	got, rep, err := build.BuildReport(opt)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, embedded) {
		t.Fatalf("%s is out of date (regenerated %d bytes, embedded %d): run go generate ./loader/gazetteer", build.FileName, len(got), len(embedded))
	}
	if old, err := os.ReadFile(build.ReportFileName); err != nil || !bytes.Equal(old, rep.Text()) {
		t.Errorf("%s is out of date: run go generate ./loader/gazetteer (%v)", build.ReportFileName, err)
	}
	again, err := build.Build(opt)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, again) {
		t.Fatal("two runs of the generator differ")
	}
	if len(embedded) > build.MaxSize {
		t.Errorf("%s is %d bytes, over %d", build.FileName, len(embedded), build.MaxSize)
	}
}

// TestDataDates checks every date of the data file reads back as
// graph.ParseDate reads it, and terms do not end before they start.
func TestDataDates(t *testing.T) {
	for _, e := range Default().root().ents {
		for _, r := range e.Roles {
			for _, d := range []graph.Date{r.From, r.To} {
				if p, err := graph.ParseDate(d.String()); err != nil || p != d {
					t.Errorf("%s: date %v does not round-trip: %v", e.Node.ID, d, err)
				}
			}
			if !r.From.IsZero() && !r.To.IsZero() && r.To.Compare(r.From) < 0 {
				t.Errorf("%s: role %+v ends before it starts", e.Node.ID, r)
			}
			if x := Default().entry(r.Of); x == nil || x.Node.Kind == graph.KindLeader {
				t.Errorf("%s: role of %q, which is no state or party", e.Node.ID, r.Of)
			}
		}
		if e.Node.Kind == graph.KindLeader && len(e.Roles) == 0 {
			t.Errorf("leader %s has no role", e.Node.ID)
		}
	}
}

// isoCodes returns the alpha-3 codes of iso3166_lukes_all.csv, or nil
// when the reference files are not checked out.
func isoCodes(t *testing.T) []string {
	t.Helper()
	f, err := os.Open(filepath.Join(sharedData, "reference", "iso3166_lukes_all.csv"))
	if err != nil {
		missingShared(t, "ISO list", err)
		return nil
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, r := range rows[1:] {
		out = append(out, r[2])
	}
	if len(out) != 249 {
		t.Fatalf("%d ISO codes in the reference file", len(out))
	}
	return out
}

// gdeltCodes calls fn with every actor country code (columns 8 and 18,
// 1-based) of the sample GDELT export.
func gdeltCodes(t *testing.T, fn func(code string)) {
	t.Helper()
	f, err := os.Open(filepath.Join(sharedData, "gdelt", "20191024143000.export.CSV"))
	if err != nil {
		missingShared(t, "GDELT codes", err)
		return
	}
	defer f.Close()
	seen := map[string]bool{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 18 {
			t.Fatalf("GDELT line with %d columns", len(cols))
		}
		for _, c := range []string{cols[7], cols[17]} {
			if c != "" && !seen[c] {
				seen[c] = true
				fn(c)
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(seen) < 50 {
		t.Fatalf("only %d codes in the GDELT file", len(seen))
	}
}

// TestREADMECounts: the README's count of Herre's people matched to no
// one and of the rows skipped is the generator's, as unmatched.txt (which
// TestGenerateDeterministic keeps up to date) records it (it said 1,107
// when unmatched.txt said 1,105).
func TestREADMECounts(t *testing.T) {
	um, err := os.ReadFile("unmatched.txt")
	if err != nil {
		t.Fatal(err)
	}
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	var rows, skipped, people, matched, fresh int
	lines := strings.SplitN(string(um), "\n", 3)
	if len(lines) < 2 {
		t.Fatalf("unmatched.txt has no summary line")
	}
	if _, err := fmt.Sscanf(lines[1], "# reference/global_leader_ideologies.csv: %d rows, %d skipped; %d people, %d matched to leaders already known, %d new", &rows, &skipped, &people, &matched, &fresh); err != nil {
		t.Fatalf("unmatched.txt summary %q: %v", lines[1], err)
	}
	text := strings.Join(strings.Fields(string(readme)), " ")
	for _, want := range []string{
		fmt.Sprintf("The %s people matched to no one", thousands(fresh)),
		fmt.Sprintf("with the %d rows skipped", skipped),
	} {
		if !strings.Contains(text, want) {
			t.Errorf("loader/gazetteer/README.md does not say %q (unmatched.txt: %s)", want, lines[1])
		}
	}
}

// TestREADMEStateCounts: the READMEs' counts of states with a curated day
// of independence and of entries that are no sovereign states are the
// gazetteer's (they said 99 days after Palestine's was added).
func TestREADMEStateCounts(t *testing.T) {
	z := Default()
	indep, non, states := 0, 0, 0
	for _, n := range z.States() {
		h, _ := z.History(n.ID)
		if !h.Independent.Date.IsZero() {
			indep++
		}
		if h.Standing.Sovereign() {
			states++
		} else {
			non++
		}
	}
	for file, wants := range map[string][]string{
		"README.md": {fmt.Sprintf("(%d of them: the United Arab Emirates", indep), fmt.Sprintf("dependencies (%d with the rest below", non)},
		"../../README.md": {fmt.Sprintf("`independence`, %d states", indep),
			fmt.Sprintf("%d states (9 historical; 3 partly recognised", states), fmt.Sprintf("and %d dependencies and other territories", non)},
	} {
		readme, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		text := strings.Join(strings.Fields(string(readme)), " ")
		for _, want := range wants {
			if !strings.Contains(text, want) {
				t.Errorf("%s does not say %q", file, want)
			}
		}
	}
}

// thousands writes n with commas: 1,105.
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
