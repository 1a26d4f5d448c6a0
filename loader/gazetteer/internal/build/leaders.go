package build

import (
	"fmt"
	"sort"
	"strings"

	"github.com/blocgraph/blocgraph/graph"
)

// buildLeaders deduplicates the person records of all sources into leaders:
// the same name (or alias) in the same state is the same person, and a
// curated leader absorbs the source records of their states and replaces
// their roles there ("curated wins").
func (b *builder) buildLeaders() error {
	covered := map[*record]map[string]bool{}
	for i := range b.cur.Leaders {
		c := &b.cur.Leaders[i]
		r := &record{src: 3, curated: c, names: append([]string{c.Name}, c.Aliases...)}
		cov := map[string]bool{}
		for _, cr := range c.Roles {
			ro := role{title: cr.Title, of: cr.Of, from: cr.From, to: cr.To, head: true, src: srcCurated}
			switch {
			case b.states[cr.Of] != nil:
				cov[cr.Of] = true
			case b.parties[cr.Of] != nil:
				cov[b.parties[cr.Of].state] = true
			default:
				return fmt.Errorf("curated.yaml: leader %s: role %s of %q, which is neither a state nor a party", c.Name, cr.Title, cr.Of)
			}
			r.roles = append(r.roles, ro)
		}
		covered[r] = cov
		b.records = append(b.records, r)
	}

	// Union records that share (folded name, state).
	parent := make([]int, len(b.records))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	union := func(i, j int) { parent[find(i)] = find(j) }
	owner := map[[2]string]int{}
	for i, r := range b.records {
		homes := []string{r.home}
		if r.curated != nil {
			homes = sortedKeys(covered[r])
		}
		keys := make([]string, 0, len(r.names))
		for _, n := range r.names {
			keys = append(keys, graph.Fold(n))
			if p := plainName(graph.Fold, n); p != "" && r.curated == nil {
				keys = append(keys, p)
			}
		}
		for _, key := range keys {
			for _, h := range homes {
				k := [2]string{key, h}
				if j, ok := owner[k]; ok {
					union(i, j)
				} else {
					owner[k] = i
				}
			}
		}
	}
	groups := map[int][]*record{}
	var roots []int
	for i, r := range b.records {
		root := find(i)
		if groups[root] == nil {
			roots = append(roots, root)
		}
		groups[root] = append(groups[root], r)
	}

	for _, root := range roots {
		recs := groups[root]
		order := func(r *record) int {
			if r.curated != nil {
				return -1
			}
			return r.src
		}
		sort.SliceStable(recs, func(i, j int) bool { return order(recs[i]) < order(recs[j]) })
		var cur *record
		for _, r := range recs {
			if r.curated != nil {
				if cur != nil {
					return fmt.Errorf("curated.yaml: leaders %s and %s share a name in one state; merge them", cur.curated.Name, r.curated.Name)
				}
				cur = r
			}
		}
		l := &leader{}
		ns := newNameSet()
		if cur != nil {
			c := cur.curated
			l.id, l.name, l.rank = c.ID, c.Name, 2
			if l.id == "" {
				l.id = graph.Slug(c.Name)
			}
			ns.add(c.Name)
			l.aliases = ns.add(append(append([]string{}, c.Aliases...), c.Nicknames...)...)
		} else {
			l.name = recs[0].names[0]
			ns.add(l.name)
		}
		for _, r := range recs {
			if r != cur {
				l.aliases = append(l.aliases, ns.add(r.names...)...)
			}
		}
		for _, r := range recs {
			for _, ro := range r.roles {
				if cur != nil && r != cur && covered[cur][ro.of] {
					continue // curated wins in its states
				}
				if cur == nil && ro.head {
					l.rank = 1
				}
				ro.src = r.src
				l.roles = mergeRole(l.roles, ro)
			}
		}
		if len(l.roles) == 0 {
			continue
		}
		if cur != nil {
			l.rank = 2
		}
		l.homeForID = recs[0].home
		if cur != nil {
			l.homeForID = ""
		}
		b.leaders = append(b.leaders, l)
	}
	// Ids are needed by role_moves; the leaders of the Herre file get theirs
	// in finishLeaders.
	return b.assignIDs()
}

// finishLeaders gives the leaders from global_leader_ideologies.csv their
// ids (the slug of the name; with the state for a namesake, as
// assignIDs does; the others keep theirs), closes open terms and sorts.
func (b *builder) finishLeaders() error {
	taken := map[string]bool{}
	for _, l := range b.leaders {
		taken[l.id] = true
	}
	for id := range b.parties {
		taken[id] = true
	}
	for _, l := range b.unmatched {
		slug := graph.Slug(l.name)
		id := slug
		if taken[id] {
			id = slug + "-" + strings.ToLower(l.homeForID)
			for n := 2; taken[id]; n++ {
				id = fmt.Sprintf("%s-%s-%d", slug, strings.ToLower(l.homeForID), n)
			}
		}
		l.id = id
		taken[id] = true
	}
	b.closeOpenTerms()
	b.closeAtSecession()
	b.findNamesakes()
	for _, l := range b.leaders {
		sort.SliceStable(l.roles, func(i, j int) bool {
			if c := l.roles[i].from.Compare(l.roles[j].from); c != 0 {
				return c < 0
			}
			if l.roles[i].of != l.roles[j].of {
				return l.roles[i].of < l.roles[j].of
			}
			return l.roles[i].title < l.roles[j].title
		})
	}
	sort.Slice(b.leaders, func(i, j int) bool { return b.leaders[i].id < b.leaders[j].id })
	return nil
}

// assignIDs gives every leader the slug of their name. Different people with
// one name (in different states) get the state as a suffix,
// "mohammad-ali-egy", unless one of them is curated, who keeps the plain slug.
func (b *builder) assignIDs() error {
	bySlug := map[string][]*leader{}
	for _, l := range b.leaders {
		if l.id == "" {
			l.id = graph.Slug(l.name)
		}
		bySlug[l.id] = append(bySlug[l.id], l)
	}
	taken := map[string]bool{}
	for _, l := range b.leaders {
		if l.rank == 2 {
			if taken[l.id] {
				return fmt.Errorf("curated.yaml: two leaders have id %s", l.id)
			}
			taken[l.id] = true
		}
	}
	for _, slug := range sortedKeys(bySlug) {
		ls := bySlug[slug]
		if len(ls) == 1 && !taken[slug] {
			taken[slug] = true
			continue
		}
		for _, l := range ls {
			if l.rank == 2 {
				continue
			}
			id := slug + "-" + strings.ToLower(l.homeForID)
			for n := 2; taken[id]; n++ {
				id = fmt.Sprintf("%s-%s-%d", slug, strings.ToLower(l.homeForID), n)
			}
			l.id = id
			taken[id] = true
		}
	}
	for _, id := range sortedKeys(b.parties) {
		if taken[id] {
			return fmt.Errorf("id %s is both a leader and a party", id)
		}
	}
	return nil
}

// findNamesakes lists, for the report, two heads of state or government of
// one name with terms in a same year: the name on such a date is ambiguous
// (Resolve says so, with both terms).
func (b *builder) findNamesakes() {
	byName := map[string][]*leader{}
	for _, l := range b.leaders {
		if l.rank >= 1 {
			k := graph.Fold(l.name)
			byName[k] = append(byName[k], l)
		}
	}
	for _, k := range sortedKeys(byName) {
		ls := byName[k]
		for i := 0; i < len(ls); i++ {
			for j := i + 1; j < len(ls); j++ {
				if y, ok := commonYear(ls[i], ls[j]); ok {
					b.report.Namesakes = append(b.report.Namesakes, fmt.Sprintf("%s\t%d\t%s, %s", ls[i].name, y, ls[i].id, ls[j].id))
				}
			}
		}
	}
}

// commonYear is the first year in which both leaders held a head role.
func commonYear(a, b *leader) (int, bool) {
	best, found := 0, false
	for _, x := range a.roles {
		if !x.head {
			continue
		}
		for _, y := range b.roles {
			if !y.head || !(graph.Span{Start: x.from, End: x.to}).Overlaps(graph.Span{Start: y.from, End: y.to}) {
				continue
			}
			yr := max(x.from.Year, y.from.Year)
			if !found || yr < best {
				best, found = yr, true
			}
		}
	}
	return best, found
}

// closeOpenTerms ends a source term left open ("in office at the last
// update") of a head of state or government when a later holder of the same
// office in the same state is known: the term ends where the next begins.
// A term closeOpenByHerre ended at a year ends on the day the next began,
// if that day falls in the year (Ahmadinejad's on Rouhani's 2013-08-03).
func (b *builder) closeOpenTerms() {
	type held struct {
		l *leader
		i int
	}
	offices := map[string][]held{}
	for _, l := range b.leaders {
		for i, ro := range l.roles {
			if ro.head && !ro.from.IsZero() {
				k := ro.of + "\x00" + titleKey(graph.Fold, ro.title)
				offices[k] = append(offices[k], held{l, i})
			}
		}
	}
	closed := 0
	for _, k := range sortedKeys(offices) {
		hs := offices[k]
		sort.SliceStable(hs, func(i, j int) bool { return hs[i].l.roles[hs[i].i].from.Compare(hs[j].l.roles[hs[j].i].from) < 0 })
		for x, h := range hs {
			ro := &h.l.roles[h.i]
			if (!ro.open || !ro.to.IsZero()) && !ro.yearEnd {
				continue
			}
			for _, n := range hs[x+1:] {
				next := n.l.roles[n.i]
				if ro.yearEnd && (next.from.Year != ro.to.Year || next.from.Precision == graph.PrecisionYear) {
					continue
				}
				if n.l != h.l && next.from.Compare(ro.from) > 0 {
					ro.to, ro.open, ro.yearEnd = next.from, false, false
					closed++
					break
				}
			}
		}
	}
	b.warn("closed %d open source terms at their successor's start", closed)
}

// closeAtSecession ends a term left open by a source in a state when the
// same person, by name, took office in a state that seceded from it, on or
// after the day it seceded: the sources file one person twice. CountryInfo
// keeps Salva Kiir as Sudan's First Vice President from 2005 with no end,
// and global_leader_ideologies.csv has Salva Kiir Mayardit as South Sudan's
// president from its independence on 2011-07-09; read as written, "Salva
// Kiir" in 2014 named two states' officials. The open term ends where the
// term in the seceded state begins (as closeOpenTerms ends a term at its
// successor's start).
func (b *builder) closeAtSecession() {
	seceded := map[[2]string]graph.Date{}
	for _, su := range b.successions {
		if su.kind == "seceded" {
			seceded[[2]string{su.from, su.to}] = su.date
		}
	}
	byName := map[string][]*leader{}
	for _, l := range b.leaders {
		for _, n := range append([]string{l.name}, l.aliases...) {
			if k := graph.Fold(n); k != "" {
				byName[k] = append(byName[k], l)
			}
		}
	}
	closed := 0
	for _, l := range b.leaders {
		for i := range l.roles {
			ro := &l.roles[i]
			if !ro.open || !ro.to.IsZero() || ro.from.IsZero() {
				continue
			}
			var end graph.Date
			for _, o := range byName[graph.Fold(l.name)] {
				if o == l {
					continue
				}
				for _, x := range o.roles {
					day, ok := seceded[[2]string{ro.of, x.of}]
					if !ok || x.from.IsZero() || x.from.Compare(day) < 0 || x.from.Compare(ro.from) <= 0 {
						continue
					}
					if end.IsZero() || x.from.Compare(end) < 0 {
						end = x.from
					}
				}
			}
			if !end.IsZero() {
				ro.to, ro.open = end, false
				closed++
			}
		}
	}
	b.warn("closed %d open source terms where the same person took office in a seceded state", closed)
}

// mergeRole adds ro to roles unless it is a term already there, told by the
// same office (title key, or one title the start of the other: "Chairman"
// and "Chairman of the Presidium …") in the same state, overlapping in time.
// The merged term keeps the known start, the earliest, and a known end over
// an end left open by a source.
func mergeRole(roles []role, ro role) []role {
	k := titleKey(graph.Fold, ro.title)
	for i := range roles {
		old := &roles[i]
		if old.of != ro.of {
			continue
		}
		ok := titleKey(graph.Fold, old.title)
		sameFrom := !old.from.IsZero() && old.from.Compare(ro.from) == 0
		prefix := sameFrom && (strings.HasPrefix(ok+" ", k+" ") || strings.HasPrefix(k+" ", ok+" "))
		if ok != k && !prefix {
			continue
		}
		if !overlap(old.from, old.to, ro.from, ro.to) {
			continue
		}
		if len(ro.title) > len(old.title) && prefix {
			old.title = ro.title
		}
		switch {
		case old.from.IsZero():
			old.from = ro.from
		case !ro.from.IsZero() && ro.from.Compare(old.from) < 0 && !(old.head && !ro.head):
			old.from = ro.from
		}
		switch {
		case old.to.IsZero() && !ro.to.IsZero():
			old.to, old.open = ro.to, false
		case !old.to.IsZero() && !ro.to.IsZero() && ro.to.Compare(old.to) > 0 && !(old.head && !ro.head):
			old.to = ro.to
		}
		old.head = old.head || ro.head
		return roles
	}
	return append(roles, ro)
}

// overlap reports whether [f1, t1] and [f2, t2] meet; zero ends are open.
func overlap(f1, t1, f2, t2 graph.Date) bool {
	if !t1.IsZero() && !f2.IsZero() && t1.End().Before(f2.Start()) {
		return false
	}
	if !t2.IsZero() && !f1.IsZero() && t2.End().Before(f1.Start()) {
		return false
	}
	return true
}
