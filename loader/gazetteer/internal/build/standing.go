package build

import (
	"fmt"
	"strings"
)

// standing is what an entry of ISO 3166-1 is when it is not a state every
// other state recognises (kind "" with a note: a state, with something to
// say of its standing).
type standing struct {
	kind, words, note, src string
}

// srcStanding is the source of a standing read from the datahub file.
const srcStanding = "country-codes_datahub.csv: is_independent '%s'"

// datahubStanding turns country-codes_datahub.csv is_independent into a
// kind and words: "Territory of GB" is a dependency, "a territory of the
// United Kingdom (GBR)". ok is false for what needs curating ("In
// contention", "International", anything new).
func (b *builder) datahubStanding(status string) (kind, words string, ok bool) {
	forms := []struct{ prefix, kind, words string }{
		{"Territory of ", "dependency", "a territory of %s"},
		{"Territories of ", "dependency", "territories of %s"},
		{"Part of ", "dependency", "part of %s"},
		{"Crown dependency of ", "dependency", "a Crown dependency of %s"},
		{"Commonwealth of ", "dependency", "a commonwealth of %s, an unincorporated territory"},
		{"Associated with ", "associated state", "a self-governing state in free association with %s, not a member of the United Nations"},
	}
	for _, f := range forms {
		iso2, found := strings.CutPrefix(status, f.prefix)
		if !found {
			continue
		}
		id := b.iso2[strings.TrimSpace(iso2)]
		if id == "" || b.states[id] == nil || !b.states[id].independent {
			return "", "", false
		}
		return f.kind, fmt.Sprintf(f.words, withThe(b.states[id].name)+" ("+id+")"), true
	}
	return "", "", false
}

// withThe puts "the" before a state name that takes it in running text.
func withThe(name string) string {
	for _, w := range []string{"United ", "Netherlands"} {
		if strings.HasPrefix(name, w) {
			return "the " + name
		}
	}
	return name
}

// buildStanding gives every entry that is no sovereign state its standing
// (country-codes_datahub.csv is_independent, else curated.yaml standing),
// and the curated notes. It fails on a status it cannot read uncurated.
func (b *builder) buildStanding() error {
	cur := map[string]curatedStanding{}
	for _, c := range b.cur.Standing {
		if b.states[c.State] == nil {
			return fmt.Errorf("curated.yaml standing: %s is no state", c.State)
		}
		if _, dup := cur[c.State]; dup {
			return fmt.Errorf("curated.yaml standing: %s listed twice", c.State)
		}
		cur[c.State] = c
	}
	for _, id := range sortedKeys(b.states) {
		s := b.states[id]
		if c, ok := cur[id]; ok {
			kind := c.Kind
			if kind == "state" {
				kind = ""
			}
			s.standing = &standing{kind: kind, words: c.Words, note: c.Note, src: "curated.yaml standing: " + c.Source}
			// A partly recognised state is a state to the gazetteer (as
			// Kosovo and Taiwan are to the Correlates of War).
			s.independent = kind == "" || kind == "partly recognised state"
			continue
		}
		if s.independent {
			continue
		}
		kind, words, ok := b.datahubStanding(s.dhStatus)
		if !ok {
			return fmt.Errorf("country-codes_datahub.csv: %s (%s) is_independent %q: curate its standing in curated.yaml standing", id, s.name, s.dhStatus)
		}
		s.standing = &standing{kind: kind, words: words, src: fmt.Sprintf(srcStanding, s.dhStatus)}
	}
	return nil
}
