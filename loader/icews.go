package loader

import (
	"bytes"

	"github.com/blocgraph/blocgraph/graph"
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
// may be written as NA, N/A or NULL.
const (
	icewsColumns   = 20
	icewsID        = 0
	icewsDate      = 1
	icewsSrcSector = 3
	icewsSrcState  = 4
	icewsCode      = 6
	icewsIntensity = 7
	icewsTgtSector = 9
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
// listed matches no ICEWS actor.
var icewsSectors = map[string][]string{
	"GOV": {"Government", "Executive", "Executive Office", "Cabinet", "Ministry", "Foreign Ministry", "Head of State", "Head of Government"},
	"MIL": {"Military", "Armed Forces", "Army", "Navy", "Air Force"},
	"COP": {"Police"},
	"JUD": {"Judicial", "Courts"},
	"LEG": {"Legislative / Parliamentary", "Legislative", "Parliament"},
	"OPP": {"Opposition", "Protestors / Popular Opposition / Mobs"},
	"SPY": {"Intelligence", "Secret Police"},
	"REB": {"Rebel", "Rebels", "Insurgents"},
	"INS": {"Insurgents"},
	"BUS": {"Business"},
	"MED": {"Media", "News"},
	"EDU": {"Education"},
	"HLH": {"Medical / Health", "Health"},
	"LAB": {"Labor"},
	"CRM": {"Criminal"},
	"REF": {"Refugees"},
	"NGO": {"Non-Governmental Organization", "NGO"},
	"IGO": {"International Government Organization", "Inter-Governmental Organization"},
	"ELI": {"Elite"},
	"CVL": {"General Population / Civilian / Social", "Civilian"},
	"AGR": {"Agricultural", "Agriculture"},
	"ENV": {"Environmental"},
	"HRI": {"Human Rights"},
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

// isICEWSHeader reports whether a line is ICEWS's header row.
func isICEWSHeader(ln []byte) bool {
	ln = bytes.TrimPrefix(ln, []byte("\xef\xbb\xbf"))
	f := bytes.Split(bytes.TrimRight(ln, "\r"), tab)
	if len(f) != icewsColumns {
		return false
	}
	for i, h := range icewsHeader {
		if !bytes.EqualFold(bytes.Trim(bytes.TrimSpace(f[i]), `"`), []byte(h)) {
			return false
		}
	}
	return true
}

// icewsRow parses, maps and filters one ICEWS row.
func icewsRow(w *worker, ln []byte, n int64, final bool) {
	var f [icewsColumns + 1]int32 // f[i]: where column i starts
	nf := 0
	for i := 0; i < len(ln); i++ {
		if ln[i] == '\t' {
			nf++
			if nf < icewsColumns {
				f[nf] = int32(i + 1)
			}
		}
	}
	cols := nf + 1
	if cols != icewsColumns {
		if final && cols < icewsColumns {
			w.bad(&w.dropped.Malformed.Truncated, n, 0, "the last line is cut short: no newline at the end, and %d of %d columns", cols, icewsColumns)
		} else {
			w.bad(&w.dropped.Malformed.Columns, n, 0, "row has %d tab-separated columns; ICEWS rows have %d", cols, icewsColumns)
		}
		return
	}
	f[icewsColumns] = int32(len(ln) + 1)
	raw := func(k int) []byte { return ln[f[k] : f[k+1]-1] }
	col := func(k int) []byte { return icewsField(raw(k)) }

	id := col(icewsID)
	if len(id) == 0 {
		w.bad(&w.dropped.Malformed.Field, n, int(f[icewsID])+1, "Event ID is empty")
		return
	}
	date, ok := parseYMD(col(icewsDate))
	if !ok {
		w.bad(&w.dropped.Malformed.Date, n, int(f[icewsDate])+1, "Event Date %q is not a date (YYYY-MM-DD)", short(raw(icewsDate)))
		return
	}
	cb := col(icewsCode)
	code, ok := cameoCode(cb)
	if !ok {
		w.bad(&w.dropped.Malformed.Field, n, int(f[icewsCode])+1, "CAMEO Code %q is not a CAMEO event code (1 to 4 digits)", short(raw(icewsCode)))
		return
	}
	clen := uint8(len(cb))
	if !codeKnown[clen][code] && clen < 4 && codeKnown[clen+1][code] {
		clen++ // a code that lost its leading zero on the way: 42 for 042
	}
	codeStr := codeString(clen, code)
	gold, ok := goldsteinOf(col(icewsIntensity), []byte(codeStr))
	if !ok {
		w.bad(&w.dropped.Malformed.Goldstein, n, int(f[icewsIntensity])+1, "Intensity %q is not a number between -10 and 10", short(raw(icewsIntensity)))
		return
	}

	l := w.l
	if l.icewsTypes != nil || l.gdeltTypes != nil {
		if !sectorIn(col(icewsSrcSector), l.icewsTypes) || !sectorIn(col(icewsTgtSector), l.icewsTypes) {
			w.dropped.ActorType++
			return
		}
	}
	c1, c2 := col(icewsSrcState), col(icewsTgtState)
	if len(c1) == 0 || len(c2) == 0 {
		w.dropped.NoCountry++
		return
	}
	s1, s2 := w.stateByName(c1), w.stateByName(c2)
	if s1.idx < 0 || s2.idx < 0 {
		w.dropped.NotState++
		return
	}
	if s1.idx == s2.idx && !l.opt.KeepSameState {
		w.dropped.SameState++
		return
	}

	rel := codeRel[clen][code]
	w.keep(rel, s1.idx, s2.idx, date)
	ref := func() string { return "story:" + string(col(icewsStory)) + "#" + string(col(icewsSentence)) }
	if l.period != 0 {
		w.aggregate(rel, clen, code, s1.idx, s2.idx, date, gold, 1, n, ref)
		return
	}
	typ, d := relTypes[rel], unpackDate(date)
	w.events = append(w.events, &graph.Event{
		ID:   graph.EventID("icews:"+string(id), s1.iso, typ, s2.iso, d, 0),
		Type: typ, Subject: s1.iso, Object: s2.iso, Date: d,
		CAMEO: codeStr, Goldstein: gold, Count: 1, Confidence: 1,
		Source: "icews", SourceRef: ref(),
	})
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
