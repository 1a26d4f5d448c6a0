package loader

import (
	"bytes"
	"encoding/binary"
	"math/bits"

	"github.com/blocgraph/blocgraph/graph"
)

// GDELT event files: tab-separated, no header. GDELT 1.0 and 2.0 share their
// first 35 columns, which hold all the reader needs; SOURCEURL is the last
// column of GDELT 2.0 (61 columns) and of GDELT 1.0 daily files (58); the
// GDELT 1.0 back-files (57 columns) have none.
//
// Columns used (0-based): GLOBALEVENTID 0, SQLDATE 1 (YYYYMMDD),
// Actor1CountryCode 7, Actor1Type1Code 12, Actor2CountryCode 17,
// Actor2Type1Code 22, IsRootEvent 25, EventCode 26, GoldsteinScale 30,
// NumMentions 31, SOURCEURL last.
const (
	gdeltID        = 0
	gdeltDate      = 1
	gdeltA1Country = 7
	gdeltA1Type    = 12
	gdeltA2Country = 17
	gdeltA2Type    = 22
	gdeltRoot      = 25
	gdeltCode      = 26
	gdeltGoldstein = 30
	gdeltMentions  = 31
	gdeltLead      = 35 // the columns every version shares
)

// gdeltVersion names the GDELT version of a column count.
func gdeltVersion(cols int) string {
	switch cols {
	case 61:
		return "GDELT 2.0 rows have 61"
	case 58:
		return "GDELT 1.0 daily files have 58"
	case 57:
		return "GDELT 1.0 back-files have 57"
	}
	return "GDELT rows have 57, 58 or 61"
}

// short quotes a field for a message, cut to 40 bytes.
func short(b []byte) string {
	if len(b) > 40 {
		b = append(b[:37:37], "..."...)
	}
	return string(b)
}

// gdeltRow parses, maps and filters one GDELT row.
func gdeltRow(w *worker, ln []byte, n int64, final bool) {
	var f [gdeltLead + 9]int32 // f[i]: where column i starts; column i < 35 ends at f[i+1]-1
	nf, end := tabStarts(ln, f[:], gdeltLead)
	cols := nf + 1
	if nf == gdeltLead {
		cols += bytes.Count(ln[end:], tab)
	}
	if cols != w.cols {
		if final && cols < w.cols {
			w.bad(&w.dropped.Malformed.Truncated, n, 0, "the last line is cut short: no newline at the end, and %d of %d columns", cols, w.cols)
		} else {
			w.bad(&w.dropped.Malformed.Columns, n, 0, "row has %d tab-separated columns; %s", cols, gdeltVersion(w.cols))
		}
		return
	}
	col := func(k int) []byte { return ln[f[k] : f[k+1]-1] }

	id := col(gdeltID)
	if !allDigits(id) {
		w.bad(&w.dropped.Malformed.Field, n, int(f[gdeltID])+1, "GLOBALEVENTID %q is not a number", short(id))
		return
	}
	date, ok := parseYMD(col(gdeltDate))
	if !ok || len(col(gdeltDate)) != 8 {
		w.bad(&w.dropped.Malformed.Date, n, int(f[gdeltDate])+1, "SQLDATE %q is not a date (YYYYMMDD)", short(col(gdeltDate)))
		return
	}
	cb := col(gdeltCode)
	code, ok := cameoCode(cb)
	if !ok {
		w.bad(&w.dropped.Malformed.Field, n, int(f[gdeltCode])+1, "EventCode %q is not a CAMEO event code (1 to 4 digits)", short(cb))
		return
	}
	root := col(gdeltRoot)
	if len(root) > 1 || (len(root) == 1 && root[0] != '0' && root[0] != '1') {
		w.bad(&w.dropped.Malformed.Field, n, int(f[gdeltRoot])+1, "IsRootEvent %q is not 0 or 1", short(root))
		return
	}
	gold, ok := goldsteinOf(col(gdeltGoldstein), cb)
	if !ok {
		w.bad(&w.dropped.Malformed.Goldstein, n, int(f[gdeltGoldstein])+1, "GoldsteinScale %q is not a number between -10 and 10", short(col(gdeltGoldstein)))
		return
	}
	mb := col(gdeltMentions)
	count := int64(1)
	if len(mb) > 0 {
		v, ok := digits(mb)
		if !ok || len(mb) > 9 {
			w.bad(&w.dropped.Malformed.Field, n, int(f[gdeltMentions])+1, "NumMentions %q is not a whole number", short(mb))
			return
		}
		count = max(int64(v), 1)
	}

	l := w.l
	if l.opt.RootOnly && (len(root) == 0 || root[0] != '1') {
		w.dropped.NotRoot++
		return
	}
	if l.gdeltTypes != nil {
		t1, t2 := code3(col(gdeltA1Type)), code3(col(gdeltA2Type))
		if t1 < 0 || t2 < 0 || !l.gdeltTypes[t1] || !l.gdeltTypes[t2] {
			w.dropped.ActorType++
			return
		}
	}
	c1, c2 := col(gdeltA1Country), col(gdeltA2Country)
	if len(c1) == 0 || len(c2) == 0 {
		w.dropped.NoCountry++
		return
	}
	s1, s2 := int32(-1), int32(-1)
	if k := code3(c1); k >= 0 {
		s1 = l.states.byCAMEO(k)
	}
	if k := code3(c2); k >= 0 {
		s2 = l.states.byCAMEO(k)
	}
	if s1 < 0 || s2 < 0 {
		w.dropped.NotState++
		return
	}
	if s1 == s2 && !l.opt.KeepSameState {
		w.dropped.SameState++
		return
	}

	clen := uint8(len(cb))
	rel := codeRel[clen][code]
	w.keep(rel, s1, s2, date)
	url := func() string {
		if w.urlCol < 0 {
			return "GLOBALEVENTID " + string(id)
		}
		return string(ln[bytes.LastIndexByte(ln, '\t')+1:])
	}
	if l.period != 0 {
		w.aggregate(rel, clen, code, s1, s2, date, gold, count, n, url)
		return
	}
	subj, obj, typ, d := w.stateISO(s1), w.stateISO(s2), relTypes[rel], unpackDate(date)
	w.events = append(w.events, &graph.Event{
		ID:   graph.EventID("gdelt:"+string(id), subj, typ, obj, d, 0),
		Type: typ, Subject: subj, Object: obj, Date: d,
		CAMEO: string(cb), Goldstein: gold, Count: int(count), Confidence: 1,
		Source: "gdelt", SourceRef: url(),
	})
}

var tab = []byte{'\t'}

// tabStarts finds the first want tabs of ln, eight bytes at a time and
// without a branch per tab: f[k] is set to where column k starts (f[0] stays
// 0); f needs room for want+9 entries, as up to eight positions are written
// past the last tab found. It returns the number of tabs found (at most
// want) and where the scan stopped: just after the last tab found, or
// len(ln).
func tabStarts(ln []byte, f []int32, want int) (n, end int) {
	const ones, lows7 = 0x0101010101010101, 0x7f7f7f7f7f7f7f7f
	f = f[:want+9]
	i := 0
	for ; i+8 <= len(ln); i += 8 {
		x := binary.LittleEndian.Uint64(ln[i:]) ^ (ones * '\t')
		m := ^((x&lows7 + lows7) | x | lows7) // the high bit of each tab byte
		if m == 0 {
			continue
		}
		cnt := bits.OnesCount64(m)
		base := int32(i + 1)
		p := f[n+1 : n+9 : n+9]
		p[0] = base + int32(bits.TrailingZeros64(m)>>3)
		m &= m - 1
		p[1] = base + int32(bits.TrailingZeros64(m)>>3)
		m &= m - 1
		p[2] = base + int32(bits.TrailingZeros64(m)>>3)
		m &= m - 1
		p[3] = base + int32(bits.TrailingZeros64(m)>>3)
		if cnt > 4 {
			m &= m - 1
			p[4] = base + int32(bits.TrailingZeros64(m)>>3)
			m &= m - 1
			p[5] = base + int32(bits.TrailingZeros64(m)>>3)
			m &= m - 1
			p[6] = base + int32(bits.TrailingZeros64(m)>>3)
			m &= m - 1
			p[7] = base + int32(bits.TrailingZeros64(m)>>3)
		}
		n += cnt
		if n >= want {
			return want, int(f[want])
		}
	}
	for ; i < len(ln); i++ {
		if ln[i] == '\t' {
			n++
			f[n] = int32(i + 1)
			if n == want {
				return n, i + 1
			}
		}
	}
	return n, len(ln)
}

func allDigits(b []byte) bool {
	if len(b) == 0 {
		return false
	}
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// goldsteinOf reads a Goldstein score; an empty one is the CAMEO table's
// value for the event code.
func goldsteinOf(b, code []byte) (float64, bool) {
	if len(b) == 0 {
		return graph.Goldstein(string(code))
	}
	return parseGoldstein(b)
}
