package analysis

import (
	"fmt"
	"sort"
)

// matcher keeps bloc identity from one period with events to the next.
type matcher struct {
	threshold float64
	lin       func(string) string // a state → its track (lineage)
	tracks    []TrackedBloc
	labels    map[string]int // labels in use → how many tracks bore them

	// prev are the blocs to match against: those of the last period with
	// events, and earlier ones none of whose members has had an event since
	// (dormant: not seen, rather than ended).
	prev []memberSet

	// Of the period just matched:
	changes  []BlocChange
	jaccard  map[int]float64 // bloc id → overlap with the bloc it continues
	byPeriod map[int][]BlocChange
}

type memberSet struct {
	id      int // track id
	label   string
	members map[string]bool
	present map[string]bool // the states with events in the period the bloc was last seen in
}

func newMatcher(threshold float64, lin func(string) string) *matcher {
	return &matcher{threshold: threshold, lin: lin, labels: map[string]int{}, byPeriod: map[int][]BlocChange{}, tracks: []TrackedBloc{}}
}

// period matches the blocs of report r (period i, whose projection holds
// nodes) to the previous period's and returns, for each of r's bloc ids,
// its track id (NoBloc for a bloc of one).
func (m *matcher) period(i int, r *Report, nodes []string) map[int]int {
	present := map[string]bool{}
	for _, id := range nodes {
		present[m.lin(id)] = true
	}
	ids := map[int]int{}
	var cur []memberSet
	var curIdx []int // r.Blocs index of each cur
	for bi, b := range r.Blocs {
		if len(b.Members) < 2 {
			ids[b.ID] = NoBloc
			continue
		}
		s := memberSet{id: -1, label: b.Label, members: map[string]bool{}, present: present}
		for _, mb := range b.Members {
			s.members[m.lin(mb)] = true
		}
		cur = append(cur, s)
		curIdx = append(curIdx, bi)
	}
	m.changes, m.jaccard = []BlocChange{}, map[int]float64{}

	// Overlaps over the states present in both periods.
	J := make([][]float64, len(m.prev))
	fromPrev := make([][]float64, len(m.prev)) // share of cur c's old members that were in p
	intoCur := make([][]float64, len(m.prev))  // share of p's remaining members that went into c
	for a, pb := range m.prev {
		J[a], fromPrev[a], intoCur[a] = make([]float64, len(cur)), make([]float64, len(cur)), make([]float64, len(cur))
		pn := 0
		for s := range pb.members {
			if present[s] {
				pn++
			}
		}
		for c, cb := range cur {
			inter, cn := 0, 0
			for s := range cb.members {
				if pb.present[s] {
					cn++
					if pb.members[s] {
						inter++
					}
				}
			}
			if union := pn + cn - inter; union > 0 {
				J[a][c] = float64(inter) / float64(union)
			}
			if cn > 0 {
				fromPrev[a][c] = float64(inter) / float64(cn)
			}
			if pn > 0 {
				intoCur[a][c] = float64(inter) / float64(pn)
			}
		}
	}
	w := make([][]float64, len(m.prev))
	for a := range J {
		w[a] = make([]float64, len(cur))
		for c, v := range J[a] {
			if v >= m.threshold && v > 0 {
				w[a][c] = v
			}
		}
	}
	match := assign(w)
	matchedCur := make([]int, len(cur)) // prev index, or -1
	for c := range matchedCur {
		matchedCur[c] = -1
	}
	for a, c := range match {
		if c >= 0 {
			matchedCur[c] = a
			cur[c].id = m.prev[a].id
			m.jaccard[cur[c].id] = J[a][c]
			m.tracks[cur[c].id].Last = i
		}
	}
	// New blocs, in order of size (r.Blocs is largest first): splits or births.
	splitOf := map[int]bool{} // prev index that some new bloc split from
	for c := range cur {
		if matchedCur[c] >= 0 {
			continue
		}
		parent := -1
		best := 0.5
		for a := range m.prev {
			if fromPrev[a][c] > best {
				parent, best = a, fromPrev[a][c]
			}
		}
		t := TrackedBloc{ID: len(m.tracks), Label: m.label(cur[c].label), First: i, Last: i, Start: ChangeBirth, Parent: -1, Into: -1}
		ch := BlocChange{Kind: ChangeBirth, Bloc: t.ID, Other: -1}
		if parent >= 0 {
			t.Start, t.Parent = ChangeSplit, m.prev[parent].id
			ch.Kind, ch.Other = ChangeSplit, t.Parent
			splitOf[parent] = true
		}
		m.tracks = append(m.tracks, t)
		cur[c].id = t.ID
		m.changes = append(m.changes, ch)
	}
	// Earlier blocs not continued: merged, split up, gone, or not seen.
	next := cur
	for a, pb := range m.prev {
		if match[a] >= 0 {
			continue
		}
		seen := false
		for s := range pb.members {
			seen = seen || present[s]
		}
		if !seen {
			next = append(next, pb) // dormant
			continue
		}
		into := -1
		best := 0.5
		for c := range cur {
			if intoCur[a][c] > best {
				into, best = c, intoCur[a][c]
			}
		}
		t := &m.tracks[pb.id]
		switch {
		case into >= 0:
			t.End, t.Into = ChangeMerge, cur[into].id
			m.changes = append(m.changes, BlocChange{Kind: ChangeMerge, Bloc: pb.id, Other: cur[into].id})
		case splitOf[a]:
			t.End = ChangeSplit
		default:
			t.End = ChangeDeath
			m.changes = append(m.changes, BlocChange{Kind: ChangeDeath, Bloc: pb.id, Other: -1})
		}
	}
	sort.SliceStable(m.changes, func(x, y int) bool { return changeRank(m.changes[x].Kind) < changeRank(m.changes[y].Kind) })
	m.byPeriod[i] = m.changes
	for c, s := range cur {
		ids[r.Blocs[curIdx[c]].ID] = s.id
	}
	m.prev = next
	return ids
}

func changeRank(kind string) int {
	switch kind {
	case ChangeSplit:
		return 0
	case ChangeMerge:
		return 1
	case ChangeBirth:
		return 2
	case ChangeDeath:
		return 3
	}
	return 4
}

// label returns l, or l with a number when an earlier bloc bore it.
func (m *matcher) label(l string) string {
	m.labels[l]++
	if k := m.labels[l]; k > 1 {
		return fmt.Sprintf("%s (%d)", l, k)
	}
	return l
}
