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

// goldsteinSupplement gives the CAMEO codes GDELT's table lacks their
// weight, each with its source: 1213 (reject judicial cooperation) from the
// CAMEO codebook, and the few codes of PLOVER, PETRARCH2 and the vocabulary
// that no table weighs, their parent's weight (said so in the file).
//
//go:embed cameo/goldstein-supplement.txt
var goldsteinSupplement string

// noTypeCodes are the CAMEO event codes of the tables in ../shared/data/cameo
// that map onto no type of the vocabulary, said explicitly: their events are
// kept as GenericType with their own code and weight. Every code is either
// here or in exactly one type's Codes (checked at init; TestEveryCAMEOCode
// checks every code of the shared tables).
var noTypeCodes = []string{
	"01 010 011 012 013 014 015 016 017 018 019",
	"02 023 024 025 027 028 0231 0232 0233 0234 0241 0242 0243 0244 0251 0252 0253 0254 0255 0256",
	"03 033 034 035 037 038 039 0331 0332 0333 0334 0341 0342 0343 0344 0351 0352 0353 0354 0355 0356",
	"04 045",
	"05 050 055 056",
	"06 060 061 062 063 064",
	"07",
	"08 080 081 082 083 084 085 086 087 0811 0812 0813 0814 0831 0832 0833 0834 0841 0842 0861 0862 0863 0871 0872 0873 0874",
	"09 090 091 092 093 094",
	"10 100 101 102 103 104 105 106 107 108 1011 1012 1013 1014 1031 1032 1033 1034 1041 1042 1043 1044 1051 1052 1053 1054 1055 1056",
	"11 116 1121 1122 1123 1124 1125",
	"12 120 121 122 123 124 125 126 127 128 129 1211 1212 1213 1214 1221 1222 1223 1224 1231 1232 1233 1234 1241 1242 1243 1244 1245 1246",
	"13",
	"14 140 141 142 143 144 145 1411 1412 1413 1414 1421 1422 1423 1424 1431 1432 1433 1434 1441 1442 1443 1444 1451 1452 1453 1454",
	"15 150 151 152 153 154",
	"16 165",
	"17 170 171 172 173 174 175 176 1711 1712 1721 1722 1723 1724",
}

var noType = map[string]bool{}

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
	for i, line := range strings.Split(goldsteinSupplement, "\n") {
		if i == 0 || strings.TrimSpace(line) == "" {
			continue
		}
		f := strings.Split(line, "\t")
		v, err := strconv.ParseFloat(f[1], 64)
		if len(f) != 3 || err != nil || f[2] == "" {
			panic(fmt.Sprintf("graph: goldstein-supplement.txt line %d: want code, weight and source, tab-separated", i+1))
		}
		if _, dup := goldstein[f[0]]; dup {
			panic("graph: goldstein-supplement.txt: " + f[0] + " is in GDELT's table already")
		}
		goldstein[f[0]] = v
	}
	for _, line := range noTypeCodes {
		for _, c := range strings.Fields(line) {
			noType[c] = true
		}
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
			if noType[c] {
				panic("graph: CAMEO code " + c + " both mapped to " + r.Type + " and listed as mapping to no type")
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

// NoType reports whether a CAMEO event code is listed as mapping onto no
// type of the vocabulary (its events are GenericType).
func NoType(code string) bool { return noType[code] }

// Goldstein returns the Goldstein weight of a CAMEO event code, from GDELT's
// CAMEO.goldsteinscale.txt, else from cameo/goldstein-supplement.txt (1213).
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
