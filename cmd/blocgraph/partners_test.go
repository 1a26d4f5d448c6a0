package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// atlantisFacts brings a state of its own, which the gazetteer does not
// know, and names it by its demonym.
const atlantisFacts = `article: {id: atlantis-news, title: Atlantis, published: 2021-04-23}
entities:
  - {id: ATL, kind: state, name: Atlantis, aliases: [Lost Continent], demonyms: [Atlantean]}
facts:
  - {subject: Atlantis, relation: praised, object: Cuba, date: 2021-04, quote: "Atlantis praised Cuba."}
  - {subject: Atlantean, relation: criticized, object: United States, date: 2021-04, quote: "q"}
`

func writeAtlantis(t *testing.T) string {
	t.Helper()
	return writeFacts(t, "atlantis.yaml", atlantisFacts)
}

// checkAtlantisPartners checks partners of a facts file's own state, named
// by its alias.
func checkAtlantisPartners(t *testing.T, code int, out, errOut string) {
	t.Helper()
	if code != 0 {
		t.Fatalf("partners of a facts file's own state: exit %d %s", code, errOut)
	}
	allies := out[strings.Index(out, "ALLIES"):strings.Index(out, "ADVERSARIES")]
	if !strings.HasPrefix(out, "Partners of Atlantis (ATL)") || !strings.Contains(allies, "Cuba (CUB)") || !strings.Contains(out[strings.Index(out, "ADVERSARIES"):], "United States (USA)") {
		t.Errorf("partners of Atlantis:\n%s", out)
	}
}

// TestPartnersOwnEntities: partners resolves its STATE through the facts
// files' own entities, not only the built-in gazetteer.
func TestPartnersOwnEntities(t *testing.T) {
	code, out, errOut := run(t, "", "partners", "Lost Continent", writeAtlantis(t))
	checkAtlantisPartners(t, code, out, errOut)
}

// TestPartnersFromNeo4j: partners --from neo4j resolves its STATE through
// the nodes read back, a state the gazetteer does not know included.
func TestPartnersFromNeo4j(t *testing.T) {
	loadedNeo4j(t, writeAtlantis(t))
	code, out, errOut := runNeo4j(t, "", "partners", "--from", "neo4j", "Lost Continent")
	checkAtlantisPartners(t, code, out, errOut)
	code, _, errOut = runNeo4j(t, "", "partners", "--from", "neo4j", "Narnia")
	if code != 1 || !strings.Contains(errOut, `"Narnia" matches no state`) {
		t.Errorf("unknown state from Neo4j: exit %d %q", code, errOut)
	}
}

// partners Russia on events of 1985 (real GDELT rows, loader's sample
// export lines 4 and 12: RUS → SYR, CAN → PRK, re-dated): the events are
// the Soviet Union's, as the loader reads them; "Russia" names it, with a
// note, instead of "no event in the window involves Russia".
func TestPartnersStateOfThen(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "loader", "testdata", "gdelt", "sample.export.CSV"))
	if err != nil {
		t.Fatal(err)
	}
	rows := strings.Split(string(data), "\n")
	var b strings.Builder
	for _, n := range []int{4, 12} {
		f := strings.Split(rows[n-1], "\t")
		f[1], f[2], f[3] = "19850612", "198506", "1985"
		b.WriteString(strings.Join(f, "\t") + "\n")
	}
	p := filepath.Join(t.TempDir(), "1985.export.CSV")
	if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := run(t, "", "partners", "Russia", p)
	if code != 0 || !strings.HasPrefix(out, "Partners of Soviet Union (SUN)") || !strings.Contains(out, "Syria (SYR)") || !strings.Contains(errOut, "note: Russia (RUS) stood for Soviet Union (SUN) to 1991-12-25") {
		t.Errorf("partners Russia, 1985: exit %d\n%s\n%s", code, out, errOut)
	}
	if code, _, errOut := run(t, "", "partners", "Canada", p); code != 0 || strings.Contains(errOut, "note:") {
		t.Errorf("partners Canada, 1985: exit %d %s", code, errOut)
	}
}

// TestPartnersUsageHints: partners called without a state, with the state
// after the files, or with no file says how to call it (analyst review D).
func TestPartnersUsageHints(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{nil, "name a state, then the files to read: blocgraph partners STATE PATH..., e.g. blocgraph partners PRK testdata/"},
		{[]string{testdata}, testdata + " is a file or folder to read; name the state first: blocgraph partners STATE PATH..."},
		{[]string{testdata, "Cuba"}, `the state comes first, then the files: blocgraph partners "Cuba" ` + testdata},
		{[]string{"PRK"}, "name the facts files, datasets or folders to read after the state: blocgraph partners PRK testdata/"},
	} {
		code, _, errOut := run(t, "", append([]string{"partners"}, tt.args...)...)
		if code != 2 || !strings.Contains(errOut, tt.want) {
			t.Errorf("partners %v: exit %d %q, want %q", tt.args, code, errOut, tt.want)
		}
	}
}
