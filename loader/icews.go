package loader

import (
	"bytes"
	_ "embed"
	"encoding/csv"
	"fmt"
	"strings"
	"sync"
)

// ICEWS event files (the Dataverse "events.YYYY.*.tab" files): tab-separated,
// 20 columns, a header row:
//
//	Event ID, Event Date, Source Name, Source Sectors, Source Country,
//	Event Text, CAMEO Code, Intensity, Target Name, Target Sectors,
//	Target Country, Story ID, Sentence Number, Publisher, City, District,
//	Province, Country, Latitude, Longitude
//
// Source and Target Country are country names, resolved with the
// gazetteer's StateByName; Intensity is the Goldstein score; an empty field
// may be written as NA, N/A or NULL. A file without the CAMEO Code column
// (the Dataverse file of 2017, Events.2017.20201006.tab, has none) is read
// by its Event Text, the CAMEO name of the event ("Make a visit" is 042),
// through codes/cameo-names.csv.
const (
	icewsColumns   = 20
	icewsID        = 0
	icewsDate      = 1
	icewsSrcSector = 3
	icewsSrcState  = 4
	icewsCode      = 6
	icewsIntensity = 7
	icewsTgtSector = 9
	icewsText      = 5
	icewsTgtState  = 10
	icewsStory     = 11
	icewsSentence  = 12
)

// icewsHeader is the documented header row.
var icewsHeader = []string{"Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
	"CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number",
	"Publisher", "City", "District", "Province", "Country", "Latitude", "Longitude"}

// icewsSectors maps CAMEO actor types onto ICEWS sector names, for
// DatasetOptions.ActorTypes: an ICEWS actor has a type when one of its
// comma-separated sectors is one of these names (case aside). A type not
// listed matches no ICEWS actor. The names are ICEWS's own, as its files
// write them (all 152 sectors of the 2018 sample were read for them:
// "Nongovernmental Organizations / Activists", "Criminals / Gangs",
// "Refugees / Displaced", "Human Rights NGOs", …).
var icewsSectors = map[string][]string{
	"GOV": {"Government", "Executive", "Executive Office", "Cabinet", "Ministry", "Foreign Ministry", "Head of State", "Head of Government",
		// ministries as ICEWS names them (its files of 2018), with or without "Government" beside them
		"Defense / Security Ministry", "Finance / Economy / Commerce / Trade Ministry", "Interior / Home Ministry", "Justice / Law Ministry",
		"Intelligence Ministry", "Information / Communication / Transparency Ministry", "Industrial / Textiles / Mining Ministry",
		"Transportation Ministry", "Education Ministry", "Health Ministry", "Energy Ministry", "Environment Ministry", "Labor Ministry",
		"Elections Ministry", "Tourism Ministry", "Drugs Ministry", "Human Rights Ministry", "Agriculture / Fishing / Forestry Ministry",
		"Management / Budget / Planning / Organization Ministry", "Science / Tech / Knowledge / Innovation Ministry",
		"Women / Children / Social / Welfare / Development / Religion Ministry"},
	"MIL": {"Military", "Armed Forces", "Army", "Navy", "Air Force", "Marines", "Army Special Forces", "Military Intelligence"},
	"COP": {"Police"},
	"JUD": {"Judicial", "Courts"},
	"LEG": {"Legislative / Parliamentary", "Legislative", "Parliament", "Lower House", "Upper House", "Unicameral"},
	"OPP": {"Opposition", "Protestors / Popular Opposition / Mobs", "Dissident", "International Dissident", "Opposition Major Party (Out Of Government)"},
	"SPY": {"Intelligence", "Secret Police", "Military Intelligence", "Intelligence Ministry"},
	"REB": {"Rebel", "Rebels", "Insurgents", "International Insurgents"},
	"INS": {"Insurgents", "International Insurgents"},
	"SEP": {"Separatists"},
	"RAD": {"Radicals / Extremists / Fundamentalists", "International Radicals / Extremists / Fundamentalists", "Fundamentalist"},
	"UAF": {"Unidentified Forces"},
	"BUS": {"Business", "Multinational Corporation", "State Owned Enterprises", "Consulting / Financial Services Business",
		"Consumer Goods Business", "Durable Goods Business", "Transportation Business", "Science / Tech / Knowledge / Innovation Business"},
	"MNC": {"Multinational Corporation"},
	"MED": {"Media", "News", "Print News", "Television News", "State Media"},
	"EDU": {"Education"},
	"HLH": {"Medical / Health", "Health", "Health Ministry", "Medical / Health NGOs"},
	"LAB": {"Labor"},
	"CRM": {"Criminal", "Criminals / Gangs"},
	"REF": {"Refugees", "Refugees / Displaced"},
	"REL": {"International Religious", "National Religious", "Government Religious", "Religious Minority"},
	"NGO": {"Non-Governmental Organization", "NGO", "Nongovernmental Organizations / Activists", "Nongovernmental Organization (International)",
		"Human Rights NGOs", "Medical / Health NGOs", "Business NGOs", "Education NGOs", "Labor NGOs", "Ethnic NGOs"},
	"IGO": {"International Government Organization", "Inter-Governmental Organization", "Global Diplomatic IGOs", "Regional Diplomatic IGOs",
		"Global Defense / Security IGOs", "Regional Defense / Security IGOs", "Global Economic/Financial/Trade IGOs",
		"Regional Economic/Financial/Trade IGOs", "Global Development IGOs", "Global Health IGOs", "Human Rights IGOs",
		"Global Law / Justice / Judicial IGOs", "Global Information / Communication / Transparency IGOs"},
	"ELI": {"Elite"},
	"CVL": {"General Population / Civilian / Social", "Civilian"},
	"AGR": {"Agricultural", "Agriculture"},
	"ENV": {"Environmental"},
	"HRI": {"Human Rights", "Human Rights NGOs", "Human Rights IGOs", "Human Rights Ministry"},
}

func icewsSectorWords(t string) [][]byte {
	var out [][]byte
	for _, w := range icewsSectors[t] {
		out = append(out, []byte(w))
	}
	return out
}

// icewsField trims a field, strips quotes around it, and empties NA-like values.
func icewsField(b []byte) []byte {
	b = bytes.TrimSpace(b)
	if len(b) >= 2 && b[0] == '"' && b[len(b)-1] == '"' {
		b = bytes.TrimSpace(b[1 : len(b)-1])
	}
	switch len(b) {
	case 2, 3, 4:
		if bytes.EqualFold(b, []byte("NA")) || bytes.EqualFold(b, []byte("N/A")) || bytes.EqualFold(b, []byte("NULL")) || bytes.EqualFold(b, []byte("None")) {
			return nil
		}
	case 1:
		if b[0] == '-' {
			return nil
		}
	}
	return b
}

// icewsLayout is where the fields the reader needs are in a file whose
// header names ICEWS's columns in another order, or with other columns
// among them (the R package icews writes event_id, event_date, …, and adds
// year, yearmonth, source_file): at[k] is the column of field k
// (icewsID, … as in ICEWS's own order), -1 when the file lacks it.
type icewsLayout struct {
	cols    int
	at      [icewsColumns]int
	problem string // what makes the header unreadable: a needed column missing, one named twice
}

// icewsMaxColumns is the most columns a header of ICEWS names may have.
const icewsMaxColumns = 64

// icewsNeeded are the columns a file of ICEWS events cannot do without.
var icewsNeeded = []int{icewsID, icewsDate, icewsSrcState, icewsCode, icewsTgtState}

// icewsName folds a column name: case, spaces, underscores, dots and
// quotes aside ("Event ID", "event_id", "EventID").
func icewsName(b []byte) string {
	var out []byte
	for _, c := range bytes.TrimSpace(b) {
		switch {
		case c >= 'A' && c <= 'Z':
			out = append(out, c+'a'-'A')
		case c == ' ' || c == '_' || c == '.' || c == '"' || c == '-':
		default:
			out = append(out, c)
		}
	}
	return string(out)
}

// icewsNamedHeader reads a header row of ICEWS column names, in ICEWS's
// order or not, with other columns or without the ones the reader does
// not need. ok is false for a line that names fewer than three ICEWS
// columns or fewer than two of those it needs (another kind of file: a
// dyadic file may have a Country or a Latitude column); lay.problem says
// what makes a header of ICEWS names unreadable.
func icewsNamedHeader(ln []byte) (lay *icewsLayout, ok bool) {
	ln = bytes.TrimRight(bytes.TrimPrefix(ln, []byte("\xef\xbb\xbf")), "\r")
	f := bytes.Split(ln, tab)
	index := map[string]int{}
	for i, h := range icewsHeader {
		index[icewsName([]byte(h))] = i
	}
	lay = &icewsLayout{cols: len(f)}
	for k := range lay.at {
		lay.at[k] = -1
	}
	known := 0
	for i, name := range f {
		k, found := index[icewsName(name)]
		if !found {
			continue
		}
		if lay.at[k] >= 0 && lay.problem == "" {
			lay.problem = fmt.Sprintf("the header row names the ICEWS column %q twice (columns %d and %d)", icewsHeader[k], lay.at[k]+1, i+1)
		}
		lay.at[k] = i
		known++
	}
	var missing []string
	for _, k := range icewsNeeded {
		if k == icewsCode && lay.at[icewsText] >= 0 {
			continue // the event's CAMEO name stands for its code
		}
		if lay.at[k] < 0 {
			missing = append(missing, icewsHeader[k])
		}
	}
	switch {
	case known < 3 || len(missing) > len(icewsNeeded)-2:
		return nil, false // not ICEWS's header: at least two of the needed columns and three of its names
	case lay.problem != "":
	case len(missing) > 0:
		lay.problem = fmt.Sprintf("the header row of ICEWS columns has no %s column (an ICEWS file needs %s, or Event Text for CAMEO Code; other columns, in any order, may be there or not)", strings.Join(missing, ", "), icewsNeededNames())
	case len(f) > icewsMaxColumns:
		lay.problem = fmt.Sprintf("the header row of ICEWS columns has %d columns; at most %d are read", len(f), icewsMaxColumns)
	}
	return lay, true
}

func icewsNeededNames() string {
	var names []string
	for _, k := range icewsNeeded {
		names = append(names, icewsHeader[k])
	}
	return strings.Join(names, ", ")
}

// orNil is nil for ICEWS's own order of its 20 columns (the reader's fast
// path), else the layout.
func (lay *icewsLayout) orNil() *icewsLayout {
	if lay == nil || lay.cols != icewsColumns || lay.problem != "" {
		return lay
	}
	for k, i := range lay.at {
		if i != k {
			return lay
		}
	}
	return nil
}

// icewsFormat reads ICEWS rows: in ICEWS's own order, or with lay, as a
// header of names placed them.
type icewsFormat struct{ lay *icewsLayout }

func (icewsFormat) source() datasetSource { return sourceICEWS }

// parse reads one ICEWS row.
func (g icewsFormat) parse(w *worker, ln []byte, n int64, final bool, r *row) bool {
	want := icewsColumns
	if g.lay != nil {
		want = g.lay.cols
	}
	var f [icewsMaxColumns + 1]int32 // f[i]: where column i starts
	nf := 0
	for i := 0; i < len(ln); i++ {
		if ln[i] == '\t' {
			nf++
			if nf < want {
				f[nf] = int32(i + 1)
			}
		}
	}
	cols := nf + 1
	if cols != want {
		if final && cols < want {
			w.bad(&w.dropped.Malformed.Truncated, n, 0, "the last line is cut short: no newline at the end, and %d of %d columns", cols, want)
		} else if g.lay != nil {
			w.bad(&w.dropped.Malformed.Columns, n, 0, "row has %d tab-separated columns; the header names %d", cols, want)
		} else {
			w.bad(&w.dropped.Malformed.Columns, n, 0, "row has %d tab-separated columns; ICEWS rows have %d", cols, want)
		}
		return false
	}
	f[want] = int32(len(ln) + 1)
	column := func(k int) int { // the column of field k, -1 when the file has none
		if g.lay != nil {
			return g.lay.at[k]
		}
		return k
	}
	raw := func(k int) []byte {
		if c := column(k); c >= 0 {
			return ln[f[c] : f[c+1]-1]
		}
		return nil
	}
	col := func(k int) []byte { return icewsField(raw(k)) }
	at := func(k int) int { return int(f[max(column(k), 0)]) + 1 }

	if r.id = col(icewsID); len(r.id) == 0 {
		w.bad(&w.dropped.Malformed.Field, n, at(icewsID), "Event ID is empty")
		return false
	}
	var ok bool
	if r.date, ok = parseYMD(col(icewsDate)); !ok {
		r.date, ok = parseMDY(col(icewsDate))
	}
	if !ok {
		w.bad(&w.dropped.Malformed.Date, n, at(icewsDate), "Event Date %q is not a date (YYYY-MM-DD, or M/D/YYYY as in the 2017 file)", short(raw(icewsDate)))
		return false
	}
	if column(icewsCode) < 0 { // no CAMEO Code column: the code of the Event Text
		code, known := cameoByName(col(icewsText))
		if !known {
			w.bad(&w.dropped.Malformed.Field, n, at(icewsText), "Event Text %q is no CAMEO event name (the file has no CAMEO Code column; the names are in loader/codes/cameo-names.csv)", short(raw(icewsText)))
			return false
		}
		r.code, _ = cameoCode([]byte(code))
	} else if r.code, ok = cameoCode(col(icewsCode)); !ok {
		w.bad(&w.dropped.Malformed.Field, n, at(icewsCode), "CAMEO Code %q is not a CAMEO event code (1 to 4 digits)", short(raw(icewsCode)))
		return false
	}
	if c := (cameo{r.code.digits + 1, r.code.value}); !r.code.known() && c.digits <= maxCodeDigits && c.known() {
		r.code = c // a code that lost its leading zero on the way: 42 for 042
	}
	if r.goldstein, ok = goldsteinOf(col(icewsIntensity), r.code); !ok {
		w.bad(&w.dropped.Malformed.Goldstein, n, at(icewsIntensity), "Intensity %q is not a number between -10 and 10", short(raw(icewsIntensity)))
		return false
	}
	r.count, r.notRoot = 1, false // ICEWS has no root events: every row is kept
	r.types[0], r.types[1] = col(icewsSrcSector), col(icewsTgtSector)
	r.country[0], r.country[1] = col(icewsSrcState), col(icewsTgtState)
	r.ref[0], r.ref[1] = col(icewsStory), col(icewsSentence)
	return true
}

// typed: one of the actor's sectors is a sector of the ActorTypes.
func (icewsFormat) typed(l *datasetLoad, sectors []byte) bool { return sectorIn(sectors, l.icewsTypes) }

// states resolves the ICEWS country names.
func (icewsFormat) states(w *worker, r *row) (subj, obj int32) {
	return w.stateByName(r.country[0]).idx, w.stateByName(r.country[1]).idx
}

// appendSourceRef: the story and sentence the event was coded from.
func (icewsFormat) appendSourceRef(b []byte, r *row) []byte {
	b = append(append(b, "story:"...), r.ref[0]...)
	return append(append(b, '#'), r.ref[1]...)
}

// sectorIn reports whether one of the comma-separated sectors is one of names.
func sectorIn(sectors []byte, names [][]byte) bool {
	for len(sectors) > 0 {
		var sec []byte
		sec, sectors, _ = bytes.Cut(sectors, []byte{','})
		sec = bytes.TrimSpace(sec)
		for _, n := range names {
			if bytes.EqualFold(sec, n) {
				return true
			}
		}
	}
	return false
}

// stateByName resolves an ICEWS country name, through the worker's cache.
func (w *worker) stateByName(b []byte) stateRef {
	if r, ok := w.names[string(b)]; ok {
		return r
	}
	if w.names == nil {
		w.names = map[string]stateRef{}
	}
	name := string(b)
	r := w.l.states.byName(name)
	w.names[name] = r
	return r
}

// cameoNamesCSV is the CAMEO codebook's event names as ICEWS writes them in
// Event Text (code,name; from the R package icews's cameo-codes.csv, see
// codes/README.md).
//
//go:embed codes/cameo-names.csv
var cameoNamesCSV []byte

var (
	cameoNamesOnce sync.Once
	cameoNames     map[string]string // folded name → code
)

// cameoByName is the CAMEO code of an event name, case and spaces aside.
// A name that is both a root's and its first code's ("Consult": 04 and
// 040) is the three-digit code, the one ICEWS writes.
func cameoByName(name []byte) (string, bool) {
	cameoNamesOnce.Do(func() {
		rows, err := csv.NewReader(bytes.NewReader(cameoNamesCSV)).ReadAll()
		if err != nil {
			panic(err) // the embedded table is checked by the tests
		}
		cameoNames = map[string]string{}
		for _, r := range rows[1:] {
			k := foldCAMEOName(r[1])
			if old, ok := cameoNames[k]; !ok || len(r[0]) > len(old) {
				cameoNames[k] = r[0]
			}
		}
	})
	code, ok := cameoNames[foldCAMEOName(string(name))]
	return code, ok
}

func foldCAMEOName(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }
