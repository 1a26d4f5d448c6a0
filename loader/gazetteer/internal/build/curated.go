package build

import (
	"bytes"
	"fmt"
	"os"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/blocgraph/blocgraph/graph"
)

// curated is loader/gazetteer/curated.yaml: what the reference files lack or
// have out of date. Every entry carries a source note.
type curated struct {
	CAMEO    curatedCAMEO    `yaml:"cameo"`
	CIBlocks []curatedBlock  `yaml:"countryinfo_blocks"`
	States   []curatedState  `yaml:"states"`
	Parties  []curatedParty  `yaml:"parties"`
	Leaders  []curatedLeader `yaml:"leaders"`
}

// curatedCAMEO accounts for every CAMEO country code that is not an ISO
// alpha-3 code: mapped onto one, or listed as no state (regions, dissolved).
type curatedCAMEO struct {
	Source   string            `yaml:"source"`
	Map      map[string]string `yaml:"map"`
	NonState map[string]string `yaml:"nonstate"` // code → why
}

// curatedBlock says which state a CountryInfo block without a usable ISO
// code belongs to; an empty state drops the block.
type curatedBlock struct {
	Block  string `yaml:"block"` // <CountryName>
	State  string `yaml:"state"`
	Source string `yaml:"source"`
}

type curatedState struct {
	ID       string   `yaml:"id"`
	Name     string   `yaml:"name"`
	Aliases  []string `yaml:"aliases"`
	Demonyms []string `yaml:"demonyms"` // replace the CountryInfo demonym when given
	Capital  string   `yaml:"capital"`
	Capitals []string `yaml:"capitals"` // more names of the capital, used as metonyms
	Drop     []string `yaml:"drop"`     // source names that are wrong for this state
	Source   string   `yaml:"source"`
}

type curatedTerm struct {
	From graph.Date `yaml:"from"`
	To   graph.Date `yaml:"to"`
}

type curatedParty struct {
	ID       string        `yaml:"id"`
	Name     string        `yaml:"name"`
	State    string        `yaml:"state"`
	Ideology string        `yaml:"ideology"`
	Aliases  []string      `yaml:"aliases"`
	Rules    []curatedTerm `yaml:"rules"`
	Source   string        `yaml:"source"`
}

type curatedRole struct {
	Title string     `yaml:"title"`
	Of    string     `yaml:"of"`
	From  graph.Date `yaml:"from"`
	To    graph.Date `yaml:"to"`
}

type curatedLeader struct {
	ID      string   `yaml:"id"`
	Name    string   `yaml:"name"`
	Aliases []string `yaml:"aliases"` // other spellings; also merge source records so spelt
	// Nicknames resolve but are not used to merge source records, because
	// they are shared ("Bush", "Castro", "George Bush" for the son).
	Nicknames []string      `yaml:"nicknames"`
	Roles     []curatedRole `yaml:"roles"`
	Source    string        `yaml:"source"`
}

// Ideologies is the fixed set a party's ideology is one of.
var Ideologies = []string{
	"communism", "socialism", "social democracy", "liberalism", "conservatism",
	"christian democracy", "nationalism", "islamism", "centrism", "populism",
	"monarchy", "none",
}

func readCurated(path string) (*curated, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	var c curated
	if err := dec.Decode(&c); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &c, c.check(path)
}

// check validates what can be checked without the reference files.
func (c *curated) check(path string) error {
	var errs []string
	bad := func(format string, args ...any) { errs = append(errs, fmt.Sprintf(format, args...)) }
	if strings.TrimSpace(c.CAMEO.Source) == "" {
		bad("cameo: no source")
	}
	for _, b := range c.CIBlocks {
		if strings.TrimSpace(b.Source) == "" {
			bad("countryinfo_blocks %s: no source", b.Block)
		}
	}
	ideo := map[string]bool{}
	for _, i := range Ideologies {
		ideo[i] = true
	}
	for _, s := range c.States {
		if strings.TrimSpace(s.Source) == "" {
			bad("state %s: no source", s.ID)
		}
	}
	for _, p := range c.Parties {
		if strings.TrimSpace(p.Source) == "" {
			bad("party %s: no source", p.Name)
		}
		if !ideo[p.Ideology] {
			bad("party %s: ideology %q is not one of %s", p.Name, p.Ideology, strings.Join(Ideologies, ", "))
		}
		if len(p.Rules) == 0 {
			bad("party %s: no rules", p.Name)
		}
		for _, t := range p.Rules {
			if t.From.IsZero() || (!t.To.IsZero() && t.To.Compare(t.From) < 0) {
				bad("party %s: rule %s–%s", p.Name, t.From, t.To)
			}
		}
	}
	for _, l := range c.Leaders {
		if strings.TrimSpace(l.Source) == "" {
			bad("leader %s: no source", l.Name)
		}
		if len(l.Roles) == 0 {
			bad("leader %s: no roles", l.Name)
		}
		for _, r := range l.Roles {
			if r.Title == "" || r.Of == "" || r.From.IsZero() {
				bad("leader %s: role needs title, of and from", l.Name)
			}
			if !r.To.IsZero() && r.To.Compare(r.From) < 0 {
				bad("leader %s: role %s ends before it starts", l.Name, r.Title)
			}
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("%s:\n  %s", path, strings.Join(errs, "\n  "))
	}
	return nil
}
