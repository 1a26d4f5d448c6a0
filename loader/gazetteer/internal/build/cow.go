package build

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/blocgraph/blocgraph/graph"
)

// readCOW reads COW-country-codes.csv and ties every COW code to a state:
// through curated.yaml's spells and map, else by the name the file gives.
func (b *builder) readCOW() error {
	const file = "reference/COW-country-codes.csv"
	rows, err := readCSV(b.path(file))
	if err != nil {
		return err
	}
	ca, cn, cs := column(rows[0], "StateAbb"), column(rows[0], "CCode"), column(rows[0], "StateNme")
	if ca < 0 || cn < 0 || cs < 0 {
		return fmt.Errorf("%s: missing columns in %v", file, rows[0])
	}
	byName := map[string][]string{}
	for _, id := range sortedKeys(b.states) {
		s := b.states[id]
		for _, n := range concat([]string{s.name, s.isoName, s.cldr, s.untermShort}, s.aliases, s.variants) {
			if k := graph.Fold(n); k != "" && !slices.Contains(byName[k], id) {
				byName[k] = append(byName[k], id)
			}
		}
	}
	spells := map[string][]curatedSpell{}
	for _, sp := range b.cur.COW.Spells {
		spells[sp.Code] = append(spells[sp.Code], sp)
	}
	before := map[string]curatedSpell{}
	for _, sp := range b.cur.COW.None {
		before[sp.Code] = sp
	}
	used := map[string]bool{}
	seen := map[string]bool{}
	b.cowNum = map[int]string{}
	for i, r := range rows[1:] {
		line := i + 2
		code, name := strings.TrimSpace(r[ca]), strings.TrimSpace(r[cs])
		num, err := strconv.Atoi(strings.TrimSpace(r[cn]))
		if err != nil || len(code) != 3 {
			return fmt.Errorf("%s line %d: code %q, number %q", file, line, r[ca], r[cn])
		}
		if seen[code] {
			continue // one line per membership spell; the dates are not in the file
		}
		seen[code] = true
		if old, dup := b.cowNum[num]; dup {
			return fmt.Errorf("%s line %d: number %d is both %s and %s", file, line, num, old, code)
		}
		b.cowNum[num] = code
		switch {
		case len(spells[code]) > 0:
			used[code] = true
			for _, sp := range spells[code] {
				if b.states[sp.State] == nil {
					return fmt.Errorf("curated.yaml cow spells: %s → %s is no state", code, sp.State)
				}
				b.cow = append(b.cow, cowSpell{code, num, name, sp.State, sp.From, sp.To})
			}
		case b.cur.COW.Map[code] != "":
			used[code] = true
			st := b.cur.COW.Map[code]
			if b.states[st] == nil {
				return fmt.Errorf("curated.yaml cow map: %s → %s is no state", code, st)
			}
			b.cow = append(b.cow, b.spellOf(code, num, name, st))
		case before[code].Code != "":
			used[code] = true
			sp := before[code]
			b.cow = append(b.cow, cowSpell{code, num, name + ": " + sp.Why, "", sp.From, sp.To})
		default:
			ids := byName[graph.Fold(name)]
			if len(ids) != 1 {
				return fmt.Errorf("%s line %d: %s (%d, %s) is %d gazetteer states %v; map it in curated.yaml cow", file, line, code, num, name, len(ids), ids)
			}
			b.cow = append(b.cow, b.spellOf(code, num, name, ids[0]))
		}
	}
	for code := range spells {
		if !used[code] {
			return fmt.Errorf("curated.yaml cow spells: %s is not in %s", code, file)
		}
	}
	for code := range b.cur.COW.Map {
		if !used[code] {
			return fmt.Errorf("curated.yaml cow map: %s is not in %s (or has spells)", code, file)
		}
	}
	for code := range before {
		if !used[code] {
			return fmt.Errorf("curated.yaml cow nostate: %s is not in %s", code, file)
		}
	}
	slices.SortStableFunc(b.cow, func(x, y cowSpell) int {
		if c := strings.Compare(x.code, y.code); c != 0 {
			return c
		}
		return x.from.Compare(y.from)
	})
	return nil
}

// spellOf is a code that stands for one state: over that state's dates if
// it is historical, else always.
func (b *builder) spellOf(code string, num int, name, st string) cowSpell {
	sp := cowSpell{code: code, num: num, name: name, state: st}
	if h, ok := b.historyOf(st); ok {
		sp.from, sp.to = h.from, h.to
	}
	return sp
}

// stateOfCOW returns the state a COW number stands for on d: the spell that
// holds d, else the state of today that the code stands for (the reference
// files date some states before their independence, as COW does not);
// "" when the code stands for no state then.
func (b *builder) stateOfCOW(num int, d graph.Date) string {
	code := b.cowNum[num]
	var fallback string
	for _, sp := range b.cow {
		if sp.code != code || sp.state == "" {
			continue
		}
		if (graph.Span{Start: sp.from, End: sp.to}).Touches(d) {
			return sp.state
		}
		if _, hist := b.historyOf(sp.state); !hist && sp.from.IsZero() && sp.to.IsZero() {
			fallback = sp.state
		}
	}
	return fallback
}

// cowSource is the source of the COW codes and their spells.
func (b *builder) cowSource() string {
	return "COW-country-codes.csv; curated.yaml cow: " + b.cur.COW.Source
}
