package loader

import (
	"fmt"
	"sync"

	"github.com/blocgraph/blocgraph/graph"
)

// The CAMEO tables of the dataset engine, built once from the vocabulary:
// an event code (1 to 4 digits, told apart by their number: 42 is not 042)
// maps onto a relation index, into relTypes, by two array lookups.

// relIndex is the index of a relationship type in relTypes.
type relIndex = uint8

// maxCodeDigits is the length of the longest CAMEO event code (0211).
const maxCodeDigits = 4

var (
	relOnce    sync.Once
	relTypes   []string // graph.RelationTypes(), generic last
	relCAMEO   []string // canonical CAMEO code of each type
	genericRel relIndex
	// [digits][value]: the relation a code maps onto (genericRel when it
	// maps to no type), whether the CAMEO table knows it, and its text.
	codeRel   [maxCodeDigits + 1][]relIndex
	codeKnown [maxCodeDigits + 1][]bool
	codeText  [maxCodeDigits + 1][]string
)

func initRelations() {
	relOnce.Do(func() {
		for i, r := range graph.Vocabulary() {
			relTypes = append(relTypes, r.Type)
			relCAMEO = append(relCAMEO, r.CAMEO)
			if r.Generic {
				genericRel = relIndex(i)
			}
		}
		index := map[string]relIndex{}
		for i, t := range relTypes {
			index[t] = relIndex(i)
		}
		pow := 1
		for n := 1; n <= maxCodeDigits; n++ {
			pow *= 10
			codeRel[n] = make([]relIndex, pow)
			codeKnown[n] = make([]bool, pow)
			codeText[n] = make([]string, pow)
			for v := 0; v < pow; v++ {
				code := fmt.Sprintf("%0*d", n, v)
				codeText[n][v] = code
				codeRel[n][v] = genericRel
				if r, ok := graph.RelationForCAMEO(code); ok && !r.Generic {
					codeRel[n][v] = index[r.Type]
				}
				_, codeKnown[n][v] = graph.Goldstein(code)
			}
		}
	})
}

// cameo is a CAMEO event code: its number of digits and its value.
type cameo struct {
	digits uint8
	value  uint16
}

// cameoCode reads a CAMEO event code of 1 to 4 digits.
func cameoCode(b []byte) (c cameo, ok bool) {
	if len(b) == 0 || len(b) > maxCodeDigits {
		return c, false
	}
	for _, d := range b {
		if d < '0' || d > '9' {
			return cameo{}, false
		}
		c.value = c.value*10 + uint16(d-'0')
	}
	c.digits = uint8(len(b))
	return c, true
}

// rel is the relation the code maps onto.
func (c cameo) rel() relIndex { return codeRel[c.digits][c.value] }

// known reports whether the CAMEO table has the code.
func (c cameo) known() bool { return codeKnown[c.digits][c.value] }

// String is the code as CAMEO writes it, with its leading zeros.
func (c cameo) String() string { return codeText[c.digits][c.value] }
