package analysis

import "github.com/blocgraph/blocgraph/graph"

// pairIDs numbers the nodes and the directed pairs a fold meets, the fast
// path of every fold (Fold, PeriodFold): a node named by a code of three
// upper-case letters (the ISO alpha-3 id of a state, which every dataset
// event names) is found by the code's index in a table, the others in a
// map, and a pair by its two nodes' numbers in a table of tables, so that
// an event costs no hashing. Rows of one pair come in runs: the last pair
// is remembered.
type pairIDs struct {
	byCode   []int32 // graph.Code3 → node number + 1 (0: not met)
	byName   map[string]int32
	names    []string   // node number → id
	partners [][]int32  // node number → the other end's number → pair id + 1
	ends     [][2]int32 // pair id → its two nodes' numbers
	lastFrom string     // the pair of the previous event, and its id
	lastTo   string
	lastID   int32
}

func newPairIDs() *pairIDs {
	return &pairIDs{byName: map[string]int32{}, lastID: -1}
}

// node returns the number of node id, made when new.
func (k *pairIDs) node(id string) int32 {
	c := graph.Code3(id)
	if c >= 0 {
		if k.byCode == nil {
			k.byCode = make([]int32, graph.NumCode3)
		}
		if n := k.byCode[c]; n > 0 {
			return n - 1
		}
	} else if n, ok := k.byName[id]; ok {
		return n
	}
	n := int32(len(k.names))
	k.names = append(k.names, id)
	if len(k.partners) < cap(k.partners) {
		k.partners = k.partners[:n+1] // a row left by reset, cleared
	} else {
		k.partners = append(k.partners, nil)
	}
	if c >= 0 {
		k.byCode[c] = n + 1
	} else {
		k.byName[id] = n
	}
	return n
}

// lookup returns the number of node id, if the fold met it.
func (k *pairIDs) lookup(id string) (int32, bool) {
	if c := graph.Code3(id); c >= 0 {
		if k.byCode == nil || k.byCode[c] == 0 {
			return 0, false
		}
		return k.byCode[c] - 1, true
	}
	n, ok := k.byName[id]
	return n, ok
}

// pair returns the id of the pair from → to; added reports a new one.
func (k *pairIDs) pair(from, to string) (id int32, added bool) {
	if k.lastID >= 0 && from == k.lastFrom && to == k.lastTo {
		return k.lastID, false
	}
	a, b := k.node(from), k.node(to)
	row := k.partners[a]
	if int(b) >= len(row) {
		row = append(row, make([]int32, len(k.names)-len(row))...)
		k.partners[a] = row
	}
	if row[b] == 0 {
		row[b] = int32(len(k.ends)) + 1
		k.ends = append(k.ends, [2]int32{a, b})
		added = true
	}
	id = row[b] - 1
	k.lastFrom, k.lastTo, k.lastID = from, to, id
	return id, added
}

// reset forgets every node and pair, keeping the tables for the next
// fold (a stream's next shard) to number its own in.
func (k *pairIDs) reset() {
	clear(k.byCode)
	clear(k.byName)
	for _, row := range k.partners[:cap(k.partners)] {
		clear(row)
	}
	k.names, k.partners, k.ends = k.names[:0], k.partners[:0], k.ends[:0]
	k.lastFrom, k.lastTo, k.lastID = "", "", -1
}

// pairNames returns the ids of the two nodes of pair id.
func (k *pairIDs) pairNames(id int32) (from, to string) {
	e := k.ends[id]
	return k.names[e[0]], k.names[e[1]]
}

// numPairs is the number of pairs met.
func (k *pairIDs) numPairs() int { return len(k.ends) }
