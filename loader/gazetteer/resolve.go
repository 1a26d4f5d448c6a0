package gazetteer

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/blocgraph/blocgraph/graph"
)

// AmbiguousError is returned by Resolve when a name fits several entities
// and the date does not tell them apart.
type AmbiguousError struct {
	Name       string
	Candidates []string // "Kim Jong-un (Leader, kim-jong-un)", sorted
	// States are the ids of the candidates that are states, as they
	// stood on the date (ResolveState takes the one when there is one).
	States []string
}

func (e *AmbiguousError) Error() string {
	return fmt.Sprintf("%q is ambiguous: %s; write one of them", e.Name, strings.Join(e.Candidates, ", "))
}

// NotFoundError is returned by Resolve when a name fits no entity.
type NotFoundError struct {
	Name    string
	Nearest []string // up to 5 known names, closest first
}

func (e *NotFoundError) Error() string {
	s := fmt.Sprintf("%q matches no state, leader or party", e.Name)
	if len(e.Nearest) > 0 {
		s += "; nearest: " + strings.Join(e.Nearest, ", ")
	}
	return s
}

// Resolve finds the entity a name stands for. The name is folded
// (graph.Fold: case, diacritics and punctuation do not matter) and matched
// against names, aliases, demonyms and capitals; written in upper case, a
// three-letter name also matches ISO alpha-3 and CAMEO codes ("CUB", but
// "in" is not India) and, where it is neither, a Correlates of War code
// ("GDR", "UKG"); "COW 365" or "COW:AUS" is a COW code, letters or number,
// whatever else it spells; an entity's id matches as written.
//
// The date rules out what did not exist then: a historical state outside
// its dates, a state before it seceded from one or was one of its parts
// ("Ukraine" in 1975, part of the Soviet Union), a state of today while
// part of a union another carried on ("Syria" in 1960, in the United Arab
// Republic: the error says so), a name a state had for a
// time ("West Germany") outside that time — when nothing else is left, the result is a *DatesError that says
// when the name was a state's and what followed. A state that continued
// another (COW's one state under two names) stands for it before the day
// it did: "Russia" and "Moscow" in 1975 are the Soviet Union (SUN).
//
// A state's own name wins over other entities' aliases. Otherwise, when
// several match and at is set, the one leader in office (or party in
// existence) at that date is taken; failing that the result is an
// *AmbiguousError listing the candidates with their terms. No match gives
// a *NotFoundError with the nearest known names.
func (z *Gazetteer) Resolve(name string, at graph.Date) (Entity, error) {
	return z.resolve(name, at, true)
}

// resolve is Resolve; a NotFoundError has its nearest names only when
// suggest is set (Lookup drops the error: the edit distances to every name
// of the gazetteer took a twentieth of blocgraph extract's time).
func (z *Gazetteer) resolve(name string, at graph.Date, suggest bool) (Entity, error) {
	trimmed := strings.TrimSpace(name)
	key := graph.Fold(trimmed)
	var cands []ref
	addCand := func(e *entry, h how) {
		for i := range cands {
			if cands[i].e.Node.ID == e.Node.ID {
				if h < cands[i].how {
					cands[i].how = h
				}
				return
			}
		}
		cands = append(cands, ref{e, h, e.Node.Name})
	}
	var cowErr error
	addCOW := func(code string) {
		id, err := z.COWState(code, at)
		if err != nil {
			cowErr = err
			return
		}
		if e := z.entry(id); e != nil {
			addCand(e, byAlias)
		}
	}
	if code, ok := cowPrefixed(trimmed); ok {
		addCOW(code)
		if len(cands) == 0 {
			return Entity{}, cowErr
		}
		return cloneEntity(z.entry(z.ContinuedAt(cands[0].e.Node.ID, at)).Entity), nil
	}
	cands = z.lookup(key)
	if rest, ok := strings.CutPrefix(key, "the "); ok && len(cands) == 0 {
		// "the DPRK", "the Philippines": the article adds nothing to a name
		if c := z.lookup(rest); len(c) > 0 {
			key, cands = rest, c
		}
	}
	if isCode(trimmed) {
		isoOrCAMEO := false
		for g := z; g != nil; g = g.parent {
			for _, e := range g.codes[trimmed] {
				addCand(z.entry(e.Node.ID), byAlias)
				isoOrCAMEO = true
			}
		}
		if !isoOrCAMEO && z.entry(trimmed) == nil && len(z.COWCodes(trimmed)) > 0 {
			addCOW(trimmed)
		}
	}
	if e := z.entry(trimmed); e != nil {
		h := byName
		if e.Node.Kind == graph.KindState {
			h = byAlias // as a code: it does not outrank a party's alias "CPV"
		}
		addCand(e, h)
	}
	// Undated, a name shared for a time is the state's that always bears
	// it: "Germany" is Germany, not East Germany.
	if at.IsZero() && len(cands) > 1 {
		kept := cands[:0:0]
		for _, c := range cands {
			if c.e.Node.Kind != graph.KindState || !z.sharedName(c.e.Node.ID, key) {
				kept = append(kept, c)
			}
		}
		if len(kept) > 0 {
			cands = kept
		}
	}
	// The date rules out states that were not, or not so named, then.
	if !at.IsZero() && len(cands) > 0 {
		var kept, gone []ref
		for _, c := range cands {
			if c.e.Node.Kind == graph.KindState && (!z.nameSpan(c.e, key).Touches(at) || z.notYet(c.e.Node.ID, at) || z.unionOn(c.e.Node.ID, at) != nil) {
				gone = append(gone, c)
			} else {
				kept = append(kept, c)
			}
		}
		if len(kept) == 0 {
			de := &DatesError{Name: name, At: at}
			for _, c := range gone {
				if u := z.unionOn(c.e.Node.ID, at); u != nil {
					de.Candidates = append(de.Candidates, z.describeUnion(c.e, name, u, at))
				} else if x := z.beforeIndependence(c.e.Node.ID, at); x != nil && len(gone) == 1 && z.nameSpan(c.e, key).Touches(at) {
					de.Before = z.describeBefore(c.e, name, x, at)
					de.Candidates = append(de.Candidates, z.describeDates(c.e, key, at))
				} else {
					de.Candidates = append(de.Candidates, z.describeDates(c.e, key, at))
				}
			}
			sort.Strings(de.Candidates)
			if len(gone) == 1 && z.unionOn(gone[0].e.Node.ID, at) != nil {
				de.Union = de.Candidates[0]
			}
			return Entity{}, de
		}
		cands = kept
	}
	pick := func(e *entry) (Entity, error) {
		if e.Node.Kind == graph.KindState {
			if id := z.ContinuedAt(e.Node.ID, at); id != e.Node.ID {
				e = z.entry(id)
			}
		}
		return cloneEntity(e.Entity), nil
	}
	switch len(cands) {
	case 0:
		if cowErr != nil {
			return Entity{}, cowErr
		}
		if !suggest {
			return Entity{}, &NotFoundError{Name: name}
		}
		return Entity{}, &NotFoundError{Name: name, Nearest: z.nearest(trimmed, 5)}
	case 1:
		return pick(cands[0].e)
	}
	// A state's own name wins: "Guinea" is Guinea, whatever else is so spelt.
	var own []ref
	for _, c := range cands {
		if c.how == byName && c.e.Node.Kind == graph.KindState {
			own = append(own, c)
		}
	}
	if len(own) == 1 {
		return pick(own[0].e)
	}
	if !at.IsZero() {
		var live []ref
		for _, c := range cands {
			if activeAt(c.e, at) {
				live = append(live, c)
			}
		}
		if len(live) == 1 {
			return pick(live[0].e)
		}
		if len(live) > 1 {
			cands = live // those in office then: "two people of one name in one year"
		}
	}
	amb := &AmbiguousError{Name: name}
	for _, c := range cands {
		e := c.e
		if e.Node.Kind == graph.KindState && !at.IsZero() {
			if x := z.entry(z.ContinuedAt(e.Node.ID, at)); x != nil {
				e = x // "Vietnam" in 1970: North Vietnam (VDR), not today's state
			}
		}
		amb.Candidates = append(amb.Candidates, z.describeAt(e, at))
		if c.e.Node.Kind == graph.KindState {
			id := c.e.Node.ID
			if !at.IsZero() {
				id = z.ContinuedAt(id, at)
			}
			if !slices.Contains(amb.States, id) {
				amb.States = append(amb.States, id)
			}
		}
	}
	sort.Strings(amb.Candidates)
	return Entity{}, amb
}

// ResolveState is Resolve for where a state is asked for: a name that is
// ambiguous between one state and parties or leaders is that state
// ("FRA" is France, not Ecuador's Alfarista Radical Front; "NLD" the
// Netherlands, not Myanmar's National League for Democracy). Resolve
// keeps them ambiguous, as a facts file's name may be either.
func (z *Gazetteer) ResolveState(name string, at graph.Date) (Entity, error) {
	e, err := z.Resolve(name, at)
	var amb *AmbiguousError
	if errors.As(err, &amb) && len(amb.States) == 1 {
		if x := z.entry(amb.States[0]); x != nil {
			return cloneEntity(x.Entity), nil
		}
	}
	return e, err
}

// cowPrefixed reads "COW 365", "COW:GDR", "cow 265"; ok is false for
// anything else.
func cowPrefixed(s string) (string, bool) {
	if len(s) < 5 || !strings.EqualFold(s[:3], "cow") || s[3] != ' ' && s[3] != ':' {
		return "", false
	}
	return strings.TrimSpace(s[4:]), true
}

// describe formats a node for an analyst: "Kim Jong-un (Leader, kim-jong-un)".
func describe(n *graph.Node) string {
	return fmt.Sprintf("%s (%s, %s)", n.Name, n.Kind, n.ID)
}

// describeAt is describe with the dates that tell candidates apart: a
// leader's term nearest at ("Fidel Castro (Leader, fidel-castro: President
// of Cuba 1976-12-02 to 2008-02-24)"), a historical state's dates.
func (z *Gazetteer) describeAt(e *entry, at graph.Date) string {
	n := &e.Node
	switch {
	case n.Kind == graph.KindLeader && len(e.Roles) > 0:
		r := nearestRole(e.Roles, graph.SpanOf(at))
		of := r.Of
		if o := z.entry(r.Of); o != nil {
			of = o.Node.Name
		}
		if name, ok := z.NameFor(r.Of, r.Span()); ok {
			of = name // the state as named at the term's end: Prime Minister of the Czech Republic 1998–2002
		}
		return fmt.Sprintf("%s (%s, %s: %s of %s %s)", n.Name, n.Kind, n.ID, r.Title, of, spanWords(r.Span()))
	case n.Kind == graph.KindState && z.Historical(n.ID):
		return fmt.Sprintf("%s (%s, %s: %s)", n.Name, n.Kind, n.ID, spanWords(z.hist.spans[n.ID]))
	case n.Kind == graph.KindState && !at.IsZero():
		if name, ok := z.NameOn(n.ID, at); ok && name != n.Name {
			return fmt.Sprintf("%s (%s, %s)", name, n.Kind, n.ID) // West Germany in 1970
		}
	}
	return describe(n)
}

// partyMemoryYears is how long after its last known rule a party is still
// a likely reading of a name that something else also bears. "FRA" in 2021
// is France, not the Alfarista Radical Front that ruled Ecuador in 1997;
// "PRI" in 2021 is still both Mexico's Institutional Revolutionary Party
// (in power until 2018) and Puerto Rico, and stays ambiguous.
const partyMemoryYears = 10

// activeAt reports whether e could be meant at date d: a state always; a
// leader in office (any role); a party from its first known rule until
// partyMemoryYears after its last (for ever when it still rules, or when
// no rule is known).
func activeAt(e *entry, d graph.Date) bool {
	switch e.Node.Kind {
	case graph.KindLeader:
		return e.InOffice(d)
	case graph.KindParty:
		var first graph.Date
		last, open := 0, len(e.Rules) == 0
		for _, t := range e.Rules {
			if first.IsZero() || (!t.From.IsZero() && t.From.Compare(first) < 0) {
				first = t.From
			}
			if t.To.IsZero() {
				open = true
			} else if t.To.Year > last {
				last = t.To.Year
			}
		}
		if !first.IsZero() && d.End().Before(first.Start()) {
			return false
		}
		return open || d.Year <= last+partyMemoryYears
	}
	return true
}

// recency is the last year an entity was in office or ruling; 9999 when
// still so (or a state).
func recency(e *entry) int {
	last := 0
	for _, r := range e.Roles {
		if r.To.IsZero() {
			return 9999
		}
		if r.To.Year > last {
			last = r.To.Year
		}
	}
	for _, t := range e.Rules {
		if t.To.IsZero() {
			return 9999
		}
		if t.To.Year > last {
			last = t.To.Year
		}
	}
	if e.Node.Kind == graph.KindState {
		return 9999
	}
	return last
}

// nearIndex holds the names suggestions are made from (all but the hidden
// spelling variants): bucketed by length in runes for the edit distance, and by word
// for names that contain the query as whole words.
type nearIndex struct {
	items   []nearItem
	buckets map[int][]int32
	words   map[string][]int32
	maxLen  int
}

type nearItem struct {
	key, display string
	id           string // the entity the name is best known for
	rank, recent int
	how          how
	hist         hist
}

// hist counts a folded name's characters: letters, digits, spaces, other.
// Edits change it little, so it bounds the edit distance from below.
type hist [29]uint8

func histOf(s string) hist {
	var h hist
	for _, c := range s {
		k := 28
		switch {
		case c >= 'a' && c <= 'z':
			k = int(c - 'a')
		case c >= '0' && c <= '9':
			k = 26
		case c == ' ':
			k = 27
		}
		if h[k] < 255 {
			h[k]++
		}
	}
	return h
}

// lowerBound is a lower bound of the edit distance of two names by their
// histograms: each edit removes at most one surplus character on each side.
func (a *hist) lowerBound(b *hist) int {
	more, less := 0, 0
	for i := range a {
		if d := int(a[i]) - int(b[i]); d > 0 {
			more += d
		} else {
			less -= d
		}
	}
	if more > less {
		return more
	}
	return less
}

// better orders suggestions at one distance: states, then curated leaders
// and parties, then heads of state or government, then officials; the more
// recent first; then by name.
func (a *nearItem) better(b *nearItem) bool {
	if a.rank != b.rank {
		return a.rank > b.rank
	}
	if a.recent != b.recent {
		return a.recent > b.recent
	}
	return a.display < b.display
}

func (z *Gazetteer) root() *Gazetteer {
	g := z
	for g.parent != nil {
		g = g.parent
	}
	return g
}

// nearIndex builds the root layer's index on first use.
func (z *Gazetteer) nearIndex() *nearIndex {
	r := z.root()
	r.nearOnce.Do(func() { r.near = buildNear(r) })
	return r.near
}

// nearItems picks, for each name of a layer, the entity it is best known for.
func nearItems(g *Gazetteer) []nearItem {
	items := make([]nearItem, 0, len(g.names))
	for k, head := range g.names {
		var best nearItem
		found := false
		for n := head; n >= 0; n = g.refs[n].next {
			r := &g.refs[n]
			if r.how == byVariant {
				continue
			}
			it := nearItem{key: k, display: r.display, id: r.e.Node.ID, rank: r.e.rank, recent: recency(r.e), how: r.how, hist: histOf(k)}
			if !found || it.better(&best) {
				best, found = it, true
			}
		}
		if found {
			items = append(items, best)
		}
	}
	sort.Slice(items, func(i, j int) bool { return items[i].key < items[j].key })
	return items
}

func buildNear(g *Gazetteer) *nearIndex {
	ix := &nearIndex{items: nearItems(g), buckets: map[int][]int32{}, words: map[string][]int32{}}
	for i := range ix.items {
		k := ix.items[i].key
		n := utf8.RuneCountInString(k)
		ix.buckets[n] = append(ix.buckets[n], int32(i))
		if n > ix.maxLen {
			ix.maxLen = n
		}
		for w := range strings.FieldsSeq(k) {
			ix.words[w] = append(ix.words[w], int32(i))
		}
	}
	return ix
}

type scored struct {
	nearItem
	d int
}

// nearest returns up to k known names closest to name, one per entity:
// by edit distance on folded names (a transposition counts one; a name
// that contains the query as whole words, "Kim Jong" in "Kim Jong-un",
// counts one), ties broken by popularity.
func (z *Gazetteer) nearest(name string, k int) []string {
	q := graph.Fold(name)
	if q == "" {
		return nil
	}
	qh := histOf(q)
	qn := utf8.RuneCountInString(q)
	limit := 2 + qn/4 // "Kim Jong" → 4; a long garbled name → more, at most 8
	if limit > 8 {
		limit = 8
	}
	var top []scored
	consider := func(it *nearItem, d int) {
		for i := range top {
			if top[i].id == it.id {
				// one name per entity: the closest, else its own name
				if d < top[i].d || d == top[i].d && (it.how < top[i].how || it.how == top[i].how && it.display < top[i].display) {
					top = append(top[:i], top[i+1:]...)
					break
				}
				return
			}
		}
		s := scored{*it, d}
		i := sort.Search(len(top), func(i int) bool {
			return d < top[i].d || d == top[i].d && s.better(&top[i].nearItem)
		})
		top = append(top, scored{})
		copy(top[i+1:], top[i:])
		top[i] = s
		if len(top) > k {
			top = top[:k]
		}
	}
	threshold := func() int {
		if len(top) < k {
			return limit
		}
		return top[len(top)-1].d
	}
	scan := func(ix *nearIndex) {
		// Names containing the query as whole words, through the rarest word.
		var list []int32
		ok := true
		for w := range strings.FieldsSeq(q) {
			l, found := ix.words[w]
			if !found {
				ok = false
				break
			}
			if list == nil || len(l) < len(list) {
				list = l
			}
		}
		if ok && qn >= 4 {
			for _, i := range list {
				if it := &ix.items[i]; containsWords(it.key, q) {
					consider(it, 1)
				}
			}
		}
		// Edit distance, lengths nearest the query's first: the length
		// difference bounds the distance from below.
		for delta := 0; delta <= threshold(); delta++ {
			for _, n := range []int{qn - delta, qn + delta} {
				if n >= 1 && n <= ix.maxLen {
					for _, i := range ix.buckets[n] {
						it := &ix.items[i]
						if qh.lowerBound(&it.hist) > threshold() {
							continue
						}
						if d := graph.Distance(q, it.key, threshold()); d <= threshold() {
							consider(it, d)
						}
					}
				}
				if delta == 0 {
					break
				}
			}
		}
	}
	scan(z.nearIndex())
	for g := z; g.parent != nil; g = g.parent {
		scan(buildNear(g)) // overlays are small
	}
	out := make([]string, len(top))
	for i, s := range top {
		out[i] = s.display
	}
	return out
}

// containsWords reports whether key contains q as whole words.
func containsWords(key, q string) bool {
	for i := 0; i+len(q) <= len(key); {
		j := strings.Index(key[i:], q)
		if j < 0 {
			return false
		}
		j += i
		if (j == 0 || key[j-1] == ' ') && (j+len(q) == len(key) || key[j+len(q)] == ' ') {
			return true
		}
		i = j + 1
	}
	return false
}

// Lookup is Resolve for text scanning: it matches a name the same way but
// reports only whether exactly one entity fits, without building the
// suggestions of a NotFoundError, so it is cheap enough to try on every
// capitalised phrase of an article. Codes match only in upper case, as in
// Resolve.
func (z *Gazetteer) Lookup(name string, at graph.Date) (Entity, bool) {
	k := graph.Fold(name)
	if k == "" {
		return Entity{}, false
	}
	if !isCode(name) && len(z.lookup(k)) == 0 && z.entry(name) == nil {
		return Entity{}, false
	}
	e, err := z.resolve(name, at, false)
	if err != nil {
		return Entity{}, false
	}
	return e, true
}

// StateAt returns the state an entity stands for on date d: a state itself,
// a party its state, a leader the state of the role held on d (else of the
// nearest role; ok is then false for inOffice).
func (z *Gazetteer) StateAt(e Entity, d graph.Date) (state string, inOffice bool) {
	switch e.Node.Kind {
	case graph.KindState:
		return e.Node.ID, true
	case graph.KindParty:
		return e.Node.State, e.Node.State != ""
	case graph.KindLeader:
		if len(e.Roles) == 0 {
			return "", false
		}
		var roles []Role
		for _, r := range e.Roles {
			if d.IsZero() || r.Span().Touches(d) {
				roles = append(roles, r)
			}
		}
		inOffice = len(roles) > 0 && !d.IsZero()
		if len(roles) == 0 {
			roles = []Role{nearestRole(e.Roles, graph.SpanOf(d))}
		}
		for _, r := range roles {
			if o := z.entry(r.Of); o != nil {
				switch o.Node.Kind {
				case graph.KindState:
					return o.Node.ID, inOffice
				case graph.KindParty:
					if o.Node.State != "" {
						return o.Node.State, inOffice
					}
				}
			}
		}
	}
	return "", false
}
