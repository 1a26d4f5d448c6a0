package gazetteer

import (
	"fmt"
	"strings"

	"github.com/blocgraph/blocgraph/graph"
)

// The data file (gazetteer.tsv, written by internal/gen) holds one record
// a line, fields separated by tabs, list items by '|', the parts of a role,
// rule or span by '^':
//
//	Z text                  a source; others refer to it by number, from 0
//	T title                 an office title; roles refer to it by number, from 0
//	S id iso2 cameo independent name capital aliases demonyms capitals variants
//	O id kind words note source   the standing of an entry no state all recognise (kind "": a state, with a note)
//	X id from to source     the dates of a historical state (and of its successions)
//	K from to kind date     a succession (kind: continued, absorbed, merged, dissolved, seceded)
//	D state from to capital name source   a name the state had from–to (capital 1: a metonym)
//	W letters number name state from to source   a COW code standing for a state ("": none held)
//	P id state ideology name aliases rules(from^to[^state]|…) family-source partyfacts families(from^to^family^source|…)
//	L id rank name aliases roles(title-number^of^from^to[^source]|…) source
//	F state kind spans(from^to^value^source|…)   kind: economic or regime
//	C cameo-code iso3     a CAMEO state code that differs from the ISO code
//	N cameo-code label    a CAMEO code of no state (region, city, dissolved)
//
// Lines starting with '#' are comments; the first says the format version.
// internal/build writes it (encode.go) and says the same.

const formatHeader = "#blocgraph-gazetteer\t4"

// parse reads the data file into a base gazetteer.
func parse(data []byte) (*Gazetteer, error) { return parseText(string(data)) }

func parseText(text string) (*Gazetteer, error) {
	if !strings.HasPrefix(text, formatHeader+"\n") {
		return nil, fmt.Errorf("gazetteer data: not a %q file", formatHeader)
	}
	z := newGazetteer(nil)
	z.cameo = map[string]string{}
	z.cameoNon = map[string]bool{}
	// Counts size the maps and arenas once.
	nL := strings.Count(text, "\nL\t")
	nS := strings.Count(text, "\nS\t")
	nP := strings.Count(text, "\nP\t")
	nItems := strings.Count(text, "|") + 6*(nL+nS+nP)
	// A role has three or four '^'; rules, facts and families have some too.
	nRoles := strings.Count(text, "^")/3 + nL
	z.ents = make(map[string]*entry, nL+nS+nP)
	z.names = make(map[string]int32, nL+nL/4+20*nS)
	z.refs = make([]refNode, 0, nL+nL/2+20*nS)
	z.hist = newHistory()
	z.keys = &keyArena{}
	defer func() { z.keys = nil }()
	p := &parser{
		z:       z,
		entries: make([]entry, 0, nL+nS+nP),
		strs:    make([]string, 0, nItems),
		roles:   make([]Role, 0, nRoles),
	}
	lineNo := 0
	var f [12]string
	for len(text) > 0 {
		var line string
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			line, text = text, ""
		}
		lineNo++
		if line == "" || line[0] == '#' {
			continue
		}
		n := fields(line, f[:])
		var err error
		switch f[0] {
		case "Z":
			if n != 2 {
				err = errFields
			} else {
				z.hist.sources = append(z.hist.sources, f[1])
			}
		case "X", "K", "D", "W", "F", "U", "I", "O":
			err = p.dated(f[:n])
		case "T":
			if n != 2 {
				err = errFields
			} else {
				p.titles = append(p.titles, f[1])
			}
		case "S":
			err = p.state(f[:n])
		case "P":
			err = p.party(f[:n])
		case "L":
			err = p.leader(f[:n])
		case "C":
			if n != 3 {
				err = errFields
			} else {
				z.cameo[f[1]] = f[2]
			}
		case "N":
			if n != 3 {
				err = errFields
			} else {
				z.cameoNon[f[1]] = true
			}
		default:
			err = fmt.Errorf("unknown record %q", f[0])
		}
		if err != nil {
			return nil, fmt.Errorf("gazetteer data line %d: %w", lineNo, err)
		}
	}
	for code, iso := range z.cameo {
		if e := z.ents[iso]; e != nil && e.Node.Kind == graph.KindState {
			z.codes[code] = append(z.codes[code], e)
		}
	}
	return z, nil
}

// fields splits a line at tabs into f; it returns how many fields there
// were (more than len(f) is an error the callers see as a wrong count).
func fields(line string, f []string) int {
	n := 0
	for {
		i := strings.IndexByte(line, '\t')
		if n == len(f) {
			return n + 1
		}
		if i < 0 {
			f[n] = line
			return n + 1
		}
		f[n], line = line[:i], line[i+1:]
		n++
	}
}

// parser allocates entries, string lists and roles from arenas: a handful
// of allocations instead of one per record.
type parser struct {
	z       *Gazetteer
	entries []entry
	strs    []string
	roles   []Role
	titles  []string
}

func (p *parser) entry() *entry {
	if len(p.entries) == cap(p.entries) {
		p.entries = make([]entry, 0, 64)
	}
	p.entries = p.entries[:len(p.entries)+1]
	return &p.entries[len(p.entries)-1]
}

// list splits a '|'-separated list; the slice's capacity is its length, so
// appending to it never writes into the arena.
func (p *parser) list(s string) []string {
	if s == "" {
		return nil
	}
	start := len(p.strs)
	for {
		i := strings.IndexByte(s, '|')
		if i < 0 {
			p.strs = append(p.strs, s)
			break
		}
		p.strs = append(p.strs, s[:i])
		s = s[i+1:]
	}
	return p.strs[start:len(p.strs):len(p.strs)]
}

var errFields = fmt.Errorf("wrong number of fields")

func (p *parser) state(f []string) error {
	if len(f) != 11 {
		return errFields
	}
	e := p.entry()
	e.rank = rankDependency
	if f[4] == "1" {
		e.rank = rankState
	}
	e.Node = graph.Node{ID: f[1], Kind: graph.KindState, ISO2: f[2], CAMEO: f[3], Name: f[5], Capital: f[6], Aliases: p.list(f[7]), Demonyms: p.list(f[8])}
	e.capitals = p.list(f[9])
	e.variants = p.list(f[10])
	p.z.insert(e)
	p.z.codes[e.Node.ID] = append(p.z.codes[e.Node.ID], e)
	return nil
}

func (p *parser) party(f []string) error {
	if len(f) != 10 {
		return errFields
	}
	e := p.entry()
	e.rank = rankCurated
	e.Node = graph.Node{ID: f[1], Kind: graph.KindParty, State: f[2], Ideology: f[3], Name: f[4], Aliases: p.list(f[5])}
	var part [4]string
	for rs := f[6]; rs != ""; {
		var r string
		r, rs = nextItem(rs)
		n := splitRole(r, part[:])
		if n < 2 || n > 4 {
			return fmt.Errorf("rule %q", r)
		}
		t := Term{From: quickDate(part[0]), To: quickDate(part[1])}
		if n >= 3 {
			t.Of = part[2]
		}
		if n == 4 {
			src, err := p.source(part[3])
			if err != nil {
				return err
			}
			t.Source = src
		}
		if t.From.IsZero() && part[0] != "" || t.To.IsZero() && part[1] != "" {
			return fmt.Errorf("rule %q: bad date", r)
		}
		e.Rules = append(e.Rules, t)
	}
	if f[7] != "" {
		src, err := p.source(f[7])
		if err != nil {
			return err
		}
		e.familySrc = src
	}
	var fp [4]string
	for _, item := range p.list(f[9]) {
		if splitRole(item, fp[:]) != 4 {
			return fmt.Errorf("party family %q", item)
		}
		src, err := p.source(fp[3])
		if err != nil {
			return err
		}
		e.families = append(e.families, Fact{Value: fp[2], Span: graph.Span{Start: quickDate(fp[0]), End: quickDate(fp[1])}, Source: src})
	}
	p.z.insert(e)
	return nil
}

// source returns the source numbered s.
func (p *parser) source(s string) (string, error) {
	i := quickNum(s)
	if i < 0 || i >= len(p.z.hist.sources) {
		return "", fmt.Errorf("no source %q", s)
	}
	return p.z.hist.sources[i], nil
}

func (p *parser) leader(f []string) error {
	if len(f) != 7 {
		return errFields
	}
	e := p.entry()
	switch f[2] {
	case "2":
		e.rank = rankCurated
	case "1":
		e.rank = rankHead
	default:
		e.rank = rankOfficial
	}
	e.Node = graph.Node{ID: f[1], Kind: graph.KindLeader, Name: f[3], Aliases: p.list(f[4])}
	def, err := p.source(f[6])
	if err != nil {
		return err
	}
	start := len(p.roles)
	var part [5]string
	for rs := f[5]; rs != ""; {
		var r string
		r, rs = nextItem(rs)
		n := splitRole(r, part[:])
		if n != 4 && n != 5 {
			return fmt.Errorf("role %q", r)
		}
		t := quickNum(part[0])
		if t < 0 || t >= len(p.titles) {
			return fmt.Errorf("role %q: no title %s", r, part[0])
		}
		ro := Role{Title: p.titles[t], Of: part[1], From: quickDate(part[2]), To: quickDate(part[3]), Source: def}
		if ro.From.IsZero() && part[2] != "" || ro.To.IsZero() && part[3] != "" {
			return fmt.Errorf("role %q: bad date", r)
		}
		if n == 5 {
			if ro.Source, err = p.source(part[4]); err != nil {
				return err
			}
		}
		p.roles = append(p.roles, ro)
	}
	e.Roles = p.roles[start:len(p.roles):len(p.roles)]
	p.z.insert(e)
	return nil
}

// datedFields is the number of fields of each dated record.
var datedFields = map[string]int{"X": 5, "K": 5, "D": 7, "W": 8, "F": 4, "U": 7, "I": 5, "O": 6}

// dated reads the records of historical states, successions, dated names,
// COW codes, facts and unions (X, K, D, W, F, U).
func (p *parser) dated(f []string) error {
	h := p.z.hist
	date := func(s string) (graph.Date, error) {
		d := quickDate(s)
		if d.IsZero() && s != "" {
			return d, fmt.Errorf("bad date %q", s)
		}
		return d, nil
	}
	span := func(a, b string) (graph.Span, error) {
		from, err := date(a)
		if err != nil {
			return graph.Span{}, err
		}
		to, err := date(b)
		return graph.Span{Start: from, End: to}, err
	}
	if len(f) != datedFields[f[0]] && (f[0] != "K" || len(f) != 6) {
		return errFields // K may have a sixth: the day the successor became part of the state
	}
	switch f[0] {
	case "X":
		sp, err := span(f[2], f[3])
		if err != nil {
			return err
		}
		h.spans[f[1]] = sp
		if h.spanSrc[f[1]], err = p.source(f[4]); err != nil {
			return err
		}
	case "K":
		d, err := date(f[4])
		if err != nil {
			return err
		}
		su := Succession{From: f[1], To: f[2], Kind: f[3], Date: d, Source: h.spanSrc[f[1]]}
		if len(f) == 6 {
			if su.PartFrom, err = date(f[5]); err != nil {
				return err
			}
		}
		h.succ = append(h.succ, su)
	case "D":
		sp, err := span(f[2], f[3])
		if err != nil {
			return err
		}
		e := p.z.ents[f[1]]
		if e == nil {
			return fmt.Errorf("dated name %q of %s, which is no state", f[5], f[1])
		}
		// f[4]: 0 a name, 1 a capital, 2 the state's name on those dates,
		// 3 that and a name of the state at every date (shown only: it
		// resolves as before), 4 a name another state bears at every
		// date, shared on these dates: it counts as the state's own name,
		// so that neither wins and the name is ambiguous then.
		src, err := p.source(f[6])
		if err != nil {
			return err
		}
		h.datedOf[f[1]] = append(h.datedOf[f[1]], DatedName{Name: f[5], Capital: f[4] == "1", Shown: f[4] == "2" || f[4] == "3", Shared: f[4] == "4", Span: sp, Source: src})
		if f[4] == "3" {
			break
		}
		k := graph.Fold(f[5])
		h.dated[k] = append(h.dated[k], datedRef{f[1], sp})
		how := byAlias
		switch f[4] {
		case "1":
			how = byCapital
		case "4":
			// as strong as the other state's: neither wins by it
			how = byName
			for _, r := range p.z.lookup(k) {
				if r.e.Node.ID != f[1] && r.e.Node.Kind == graph.KindState {
					how = r.how
				}
			}
		}
		p.z.addName(e, f[5], how)
	case "U":
		sp, err := span(f[3], f[4])
		if err != nil {
			return err
		}
		if p.z.ents[f[1]] == nil || p.z.ents[f[2]] == nil {
			return fmt.Errorf("union of %s in %s: both must be states", f[1], f[2])
		}
		src, err := p.source(f[6])
		if err != nil {
			return err
		}
		h.unions[f[1]] = append(h.unions[f[1]], Union{State: f[1], In: f[2], Name: f[5], Span: sp, Source: src})
	case "O":
		if p.z.ents[f[1]] == nil {
			return fmt.Errorf("standing of %s, which is no state", f[1])
		}
		src, err := p.source(f[5])
		if err != nil {
			return err
		}
		h.standing[f[1]] = Standing{Kind: f[2], Words: f[3], Note: f[4], Source: src}
	case "I":
		d, err := date(f[2])
		if err != nil || d.IsZero() || p.z.ents[f[1]] == nil {
			return fmt.Errorf("independence of %s on %q: %v", f[1], f[2], err)
		}
		src, err := p.source(f[4])
		if err != nil {
			return err
		}
		h.indep[f[1]] = Independence{Date: d, Said: f[3], Source: src}
	case "W":
		num := quickNum(f[2])
		sp, err := span(f[5], f[6])
		if err != nil || num < 0 {
			return fmt.Errorf("COW code %s %s: %v", f[1], f[2], err)
		}
		src, err := p.source(f[7])
		if err != nil {
			return err
		}
		c := COWCode{Letters: f[1], Number: num, Name: f[3], State: f[4], Span: sp, Source: src}
		h.cow[c.Letters] = append(h.cow[c.Letters], c)
		h.cow[f[2]] = append(h.cow[f[2]], c)
		if c.State != "" {
			h.cowOf[c.State] = append(h.cowOf[c.State], c)
		}
	case "F":
		m := h.facts[f[1]]
		if m == nil {
			m = map[string][]Fact{}
			h.facts[f[1]] = m
		}
		var part [4]string
		for _, item := range strings.Split(f[3], "|") {
			if splitRole(item, part[:]) != 4 {
				return fmt.Errorf("fact %q", item)
			}
			sp, err := span(part[0], part[1])
			if err != nil {
				return err
			}
			src, err := p.source(part[3])
			if err != nil {
				return err
			}
			m[f[2]] = append(m[f[2]], Fact{Value: part[2], Span: sp, Source: src})
		}
	}
	return nil
}

// nextItem cuts the first '|'-separated item off a field.
func nextItem(s string) (item, rest string) {
	if i := strings.IndexByte(s, '|'); i >= 0 {
		return s[:i], s[i+1:]
	}
	return s, ""
}

func splitRole(r string, part []string) int {
	n := 0
	for {
		i := strings.IndexByte(r, '^')
		if i < 0 || n == len(part)-1 {
			part[n] = r
			if i >= 0 {
				return n + 2
			}
			return n + 1
		}
		part[n], r = r[:i], r[i+1:]
		n++
	}
}

func quickNum(s string) int {
	if s == "" {
		return -1
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return -1
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// quickDate reads the YYYY, YYYY-MM and YYYY-MM-DD the generator writes,
// checked there with graph.ParseDate; "" and anything else give the zero Date.
func quickDate(s string) graph.Date {
	num := func(s string) int {
		n := 0
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c < '0' || c > '9' {
				return -1
			}
			n = n*10 + int(c-'0')
		}
		return n
	}
	switch len(s) {
	case 4:
		if y := num(s); y > 0 {
			return graph.Date{Year: y, Precision: graph.PrecisionYear}
		}
	case 7:
		if y, m := num(s[:4]), num(s[5:]); y > 0 && s[4] == '-' && m >= 1 && m <= 12 {
			return graph.Date{Year: y, Month: m, Precision: graph.PrecisionMonth}
		}
	case 10:
		if y, m, d := num(s[:4]), num(s[5:7]), num(s[8:]); y > 0 && s[4] == '-' && s[7] == '-' && m >= 1 && m <= 12 && d >= 1 && d <= 31 {
			return graph.Date{Year: y, Month: m, Day: d, Precision: graph.PrecisionDay}
		}
	}
	return graph.Date{}
}
