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
			ro := role{title: cr.Title, of: cr.Of, from: cr.From, to: cr.To, head: true}
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
	if err := b.assignIDs(); err != nil {
		return err
	}
	b.closeOpenTerms()
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

// closeOpenTerms ends a source term left open ("in office at the last
// update") of a head of state or government when a later holder of the same
// office in the same state is known: the term ends where the next begins.
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
			if !ro.open || !ro.to.IsZero() {
				continue
			}
			for _, n := range hs[x+1:] {
				next := n.l.roles[n.i]
				if n.l != h.l && next.from.Compare(ro.from) > 0 {
					ro.to, ro.open = next.from, false
					closed++
					break
				}
			}
		}
	}
	b.warn("closed %d open source terms at their successor's start", closed)
}

// encode writes the data file's text. One record a line, fields separated by
// tabs, list items by '|', the parts of a role or rule by '^':
//
//	T title                    an office title; roles refer to it by number, from 0
//	S id iso2 cameo independent name capital aliases demonyms capitals variants
//	P id state ideology name aliases rules(from^to|…)
//	L id rank name aliases roles(title-number^of^from^to|…)
//	C cameo-code iso3          CAMEO state code that differs from ISO
//	N cameo-code label         CAMEO code of no state (region, dissolved)
func (b *builder) encode() []byte {
	var sb strings.Builder
	sb.WriteString("#blocgraph-gazetteer\t1\n")
	sb.WriteString("#generated by `go generate ./loader/gazetteer` from ../shared/data and loader/gazetteer/curated.yaml; do not edit\n")
	clean := func(s string) string {
		return strings.Map(func(r rune) rune {
			switch r {
			case '\t', '\n', '\r', '|', '^':
				return ' '
			}
			return r
		}, s)
	}
	list := func(ss []string) string {
		c := make([]string, len(ss))
		for i, s := range ss {
			c[i] = clean(s)
		}
		return strings.Join(c, "|")
	}
	row := func(f ...string) {
		sb.WriteString(strings.Join(f, "\t"))
		sb.WriteByte('\n')
	}
	titleNo := map[string]int{}
	for _, l := range b.leaders {
		for _, ro := range l.roles {
			titleNo[clean(ro.title)] = 0
		}
	}
	for i, t := range sortedKeys(titleNo) {
		titleNo[t] = i
		row("T", t)
	}
	for _, id := range sortedKeys(b.states) {
		s := b.states[id]
		ind := "0"
		if s.independent {
			ind = "1"
		}
		row("S", s.id, s.iso2, s.cameo, ind, clean(s.name), clean(s.capital), list(s.aliases), list(s.demonyms), list(s.capitals), list(s.variants))
	}
	for _, id := range sortedKeys(b.parties) {
		p := b.parties[id]
		var rules []string
		for _, t := range p.rules {
			rules = append(rules, t.from.String()+"^"+t.to.String())
		}
		row("P", p.id, p.state, p.ideology, clean(p.name), list(p.aliases), strings.Join(rules, "|"))
	}
	for _, l := range b.leaders {
		var roles []string
		for _, ro := range l.roles {
			roles = append(roles, fmt.Sprint(titleNo[clean(ro.title)])+"^"+ro.of+"^"+ro.from.String()+"^"+ro.to.String())
		}
		row("L", l.id, fmt.Sprint(l.rank), clean(l.name), list(l.aliases), strings.Join(roles, "|"))
	}
	for _, code := range sortedKeys(b.cameoMap) {
		if iso := b.cameoMap[code]; iso != code {
			row("C", code, iso)
		}
	}
	for _, code := range sortedKeys(b.cameoNon) {
		row("N", code, clean(b.cameoNon[code]))
	}
	return []byte(sb.String())
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
