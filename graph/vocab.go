package graph

import (
	_ "embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Sign says on which layer of the alignment graph an event counts.
type Sign int

// Event signs: cooperation (+1) and conflict (-1); neutral events (Goldstein 0)
// count on neither layer.
const (
	Conflict    Sign = -1
	Neutral     Sign = 0
	Cooperation Sign = 1
)

// String returns "cooperation", "conflict" or "neutral".
func (s Sign) String() string {
	switch s {
	case Cooperation:
		return "cooperation"
	case Conflict:
		return "conflict"
	}
	return "neutral"
}

// SignOf returns the sign of a Goldstein value.
func SignOf(goldstein float64) Sign {
	switch {
	case goldstein > 0:
		return Cooperation
	case goldstein < 0:
		return Conflict
	}
	return Neutral
}

// Relation describes one event relationship type of the vocabulary.
type Relation struct {
	Type      string   // relationship type as stored: CONGRATULATED
	Words     []string // plain words a facts file may use: "congratulated", "congratulates", …
	CAMEO     string   // the CAMEO code a reported event of this type carries
	Codes     []string // the CAMEO codes event datasets map onto this type (none: facts files only)
	Goldstein float64  // Goldstein weight of CAMEO, from the CAMEO table
	Sign      Sign
	Generic   bool // the catch-all type for dataset events that map to no other
}

// GenericType is the relationship type of dataset events whose CAMEO code maps
// to no type of the vocabulary; they keep their own code and Goldstein weight.
const GenericType = "EVENT"

// vocabulary is the one relation table. Goldstein values are filled in from
// the embedded CAMEO table at init; signs must agree with them (checked).
var vocabulary = []Relation{
	{Type: "CONGRATULATED", CAMEO: "051", Sign: Cooperation, Words: []string{
		"congratulated", "congratulates", "congratulate", "sent congratulations to", "sent a congratulatory message to",
		"sent congratulatory message to", "sent a congratulatory telegram to", "greeted", "sent greetings to"}},
	{Type: "PRAISED", CAMEO: "051", Sign: Cooperation, Codes: []string{"051", "052", "053"}, Words: []string{
		"praised", "praises", "praise", "endorsed", "endorses", "lauded", "hailed", "commended", "defended", "rallied support for"}},
	{Type: "EXPRESSED_SOLIDARITY", CAMEO: "051", Sign: Cooperation, Words: []string{
		"expressed solidarity with", "expresses solidarity with", "expressed support for", "expresses support for",
		"stood with", "stands with", "in solidarity with", "solidarity with", "supported"}},
	{Type: "APPEALED_FOR_COOPERATION", CAMEO: "022", Sign: Cooperation, Codes: []string{"020", "021", "0211", "0212", "0213", "0214", "022", "026", "030", "031", "0311", "0312", "0313", "0314", "032", "036"}, Words: []string{
		"appealed for cooperation with", "appealed for cooperation to", "appeals for cooperation with", "called for cooperation with", "called for unity with",
		"urged cooperation with", "urged stronger ties with", "urges stronger ties with", "called for stronger ties with", "proposed cooperation to"}},
	{Type: "SENT_GIFT", CAMEO: "050", Sign: Cooperation, Words: []string{
		"sent a gift to", "sent gift to", "sent a gift", "sent a flower basket to", "sent flowers to", "gave a gift to", "gifted"}},
	{Type: "MET", CAMEO: "040", Sign: Cooperation, Codes: []string{"040", "041", "042", "043", "044", "046"}, Words: []string{
		"met", "met with", "meets", "meets with", "visited", "visits", "hosted", "hosts", "held talks with", "talked with", "spoke with", "phoned", "telephoned"}},
	{Type: "SIGNED_AGREEMENT", CAMEO: "057", Sign: Cooperation, Codes: []string{"057"}, Words: []string{
		"signed agreement with", "signed an agreement with", "signs agreement with", "signed a treaty with", "signed treaty with", "concluded an agreement with"}},
	{Type: "GAVE_AID", CAMEO: "070", Sign: Cooperation, Codes: []string{"070", "071", "072", "073", "074", "075"}, Words: []string{
		"gave aid to", "gives aid to", "sent aid to", "provided aid to", "aided", "gave economic aid to", "gave military aid to", "gave humanitarian aid to"}},
	{Type: "RECOGNIZED", CAMEO: "054", Sign: Cooperation, Codes: []string{"054"}, Words: []string{
		"recognized", "recognised", "recognizes", "recognises", "granted diplomatic recognition to", "established diplomatic relations with"}},
	{Type: "CRITICIZED", CAMEO: "111", Sign: Conflict, Codes: []string{"110", "111", "112", "113", "115"}, Words: []string{
		"criticized", "criticised", "criticizes", "criticises", "denounced", "denounces", "condemned", "condemns", "accused", "blamed"}},
	{Type: "PROTESTED", CAMEO: "114", Sign: Conflict, Codes: []string{"114"}, Words: []string{
		"protested", "protests", "protested to", "complained to", "lodged a protest with", "complained officially to"}},
	{Type: "THREATENED", CAMEO: "130", Sign: Conflict, Codes: []string{"130", "131", "1311", "1312", "1313", "132", "1321", "1322", "1323", "1324", "133", "134", "135", "136", "137", "138", "1381", "1382", "1383", "1384", "1385", "139"}, Words: []string{
		"threatened", "threatens", "threaten", "warned", "warns", "issued an ultimatum to"}},
	{Type: "REDUCED_RELATIONS", CAMEO: "160", Sign: Conflict, Codes: []string{"160", "161", "162", "1621", "1622", "1623", "164"}, Words: []string{
		"reduced relations with", "reduces relations with", "cut ties with", "broke off relations with", "severed ties with",
		"isolated from", "is isolated from", "distanced itself from", "shunned", "froze relations with", "suspended talks with", "remained silent on relations with"}},
	{Type: "SANCTIONED", CAMEO: "163", Sign: Conflict, Codes: []string{"163"}, Words: []string{
		"sanctioned", "sanctions", "sanction", "imposed sanctions on", "imposes sanctions on", "put sanctions on", "embargoed", "imposed an embargo on", "blockaded"}},
	{Type: "BOYCOTTED", CAMEO: "163", Sign: Conflict, Words: []string{
		"boycotted", "boycotts", "boycott", "withdrew from", "pulled out of", "refused to participate in", "refused to take part in"}},
	{Type: "EXPELLED", CAMEO: "166", Sign: Conflict, Codes: []string{"166", "1661", "1662", "1663"}, Words: []string{
		"expelled", "expels", "expelled diplomats of", "expelled the ambassador of", "withdrew the ambassador from"}},
	{Type: "ATTACKED", CAMEO: "190", Sign: Conflict, Codes: []string{"18", "180", "181", "182", "1821", "1822", "1823", "183", "1831", "1832", "1833", "1834", "184", "185", "186", "19", "190", "191", "192", "193", "194", "195", "1951", "1952", "196", "20", "200", "201", "202", "203", "204", "2041", "2042"}, Words: []string{
		"attacked", "attacks", "attack", "invaded", "invades", "bombed", "shelled", "struck", "fought"}},
	{Type: GenericType, Generic: true},
}

//go:embed cameo/CAMEO.goldsteinscale.txt
var goldsteinTable string

var (
	goldstein   = map[string]float64{} // CAMEO code → Goldstein weight
	byType      = map[string]*Relation{}
	byWord      = map[string]*Relation{}
	byCode      = map[string]*Relation{}
	sortedWords []string
)

func init() {
	for i, line := range strings.Split(goldsteinTable, "\n") {
		line = strings.TrimSpace(line)
		if i == 0 || line == "" {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 2 {
			panic(fmt.Sprintf("graph: CAMEO.goldsteinscale.txt line %d: want 2 tab-separated fields", i+1))
		}
		v, err := strconv.ParseFloat(strings.TrimSpace(f[1]), 64)
		if err != nil {
			panic(fmt.Sprintf("graph: CAMEO.goldsteinscale.txt line %d: %v", i+1, err))
		}
		goldstein[strings.TrimSpace(f[0])] = v
	}
	for i := range vocabulary {
		r := &vocabulary[i]
		byType[r.Type] = r
		if r.Generic {
			continue
		}
		g, ok := goldstein[r.CAMEO]
		if !ok {
			panic("graph: vocabulary code " + r.CAMEO + " missing from the CAMEO table")
		}
		if SignOf(g) != r.Sign {
			panic("graph: vocabulary sign of " + r.Type + " disagrees with CAMEO Goldstein")
		}
		r.Goldstein = g
		for _, w := range append([]string{r.Type}, r.Words...) {
			k := Fold(w)
			if prev, dup := byWord[k]; dup && prev != r {
				panic("graph: vocabulary word " + w + " given to two types")
			}
			byWord[k] = r
		}
		for _, c := range r.Codes {
			if _, dup := byCode[c]; dup {
				panic("graph: CAMEO code " + c + " mapped to two types")
			}
			byCode[c] = r
		}
	}
	for w := range byWord {
		sortedWords = append(sortedWords, w)
	}
	sort.Strings(sortedWords)
}

// Vocabulary returns the relation table, in its fixed order.
func Vocabulary() []Relation {
	out := make([]Relation, len(vocabulary))
	copy(out, vocabulary)
	return out
}

// RelationTypes returns every relationship type of the vocabulary, generic last.
func RelationTypes() []string {
	out := make([]string, len(vocabulary))
	for i, r := range vocabulary {
		out[i] = r.Type
	}
	return out
}

// RelationByType returns the vocabulary entry of a relationship type such as
// "SANCTIONED".
func RelationByType(t string) (Relation, bool) {
	r, ok := byType[t]
	if !ok {
		return Relation{}, false
	}
	return *r, true
}

// LookupRelation maps the plain words of a facts file ("expressed solidarity
// with", "Sanctions", "SENT_GIFT") onto the vocabulary. Case, punctuation and
// repeated spaces are ignored.
func LookupRelation(words string) (Relation, bool) {
	r, ok := byWord[Fold(words)]
	if !ok {
		return Relation{}, false
	}
	return *r, true
}

// RelationWords returns every accepted relation word, normalised and sorted.
func RelationWords() []string { return append([]string(nil), sortedWords...) }

// RelationForCAMEO maps an event dataset's CAMEO event code onto the
// vocabulary. ok is false when the code maps to no specific type; such events
// are kept as GenericType with their own code.
func RelationForCAMEO(code string) (Relation, bool) {
	r, ok := byCode[code]
	if !ok {
		return Relation{}, false
	}
	return *r, true
}

// Goldstein returns the Goldstein weight of a CAMEO event code, from GDELT's
// CAMEO.goldsteinscale.txt.
func Goldstein(code string) (float64, bool) {
	v, ok := goldstein[code]
	return v, ok
}

// Phrase is how a sentence names the relation: "expressed solidarity with".
func (r Relation) Phrase() string {
	if len(r.Words) > 0 {
		return r.Words[0]
	}
	if r.Generic {
		return "acted toward"
	}
	return strings.ToLower(strings.ReplaceAll(r.Type, "_", " "))
}

// PhraseOf returns the phrase of a relationship type, or the type itself.
func PhraseOf(typ string) string {
	if r, ok := byType[typ]; ok {
		return r.Phrase()
	}
	return typ
}
