package loader

import (
	"bytes"
	"encoding/binary"
	"math/bits"

	"github.com/blocgraph/blocgraph/graph"
)

// GDELT event files: tab-separated, no header (files with a header row of
// column names, BigQuery CSVs: gdelt_named.go). GDELT 1.0 and 2.0 share their
// first 35 columns, which hold all the reader needs; SOURCEURL is the last
// column of GDELT 2.0 (61 columns) and of GDELT 1.0 daily files (58); the
// GDELT 1.0 back-files (57 columns) have none.
//
// Columns used (0-based): GLOBALEVENTID 0, SQLDATE 1 (YYYYMMDD),
// Actor1CountryCode 7, Actor1Type1Code 12 (Type2 13, Type3 14),
// Actor2CountryCode 17, Actor2Type1Code 22 (23, 24), IsRootEvent 25, EventCode 26, GoldsteinScale 30,
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

	// Column counts of the versions.
	gdelt1BackColumns  = 57 // GDELT 1.0 back-files: no SOURCEURL
	gdelt1DailyColumns = 58 // GDELT 1.0 daily files
	gdelt2Columns      = 61 // GDELT 2.0

	// maxMentionDigits bounds NumMentions to a count that fits an int32.
	maxMentionDigits = 9
)

// gdeltVersion names the GDELT version of a column count.
func gdeltVersion(cols int) string {
	switch cols {
	case gdelt2Columns:
		return "GDELT 2.0 rows have 61"
	case gdelt1DailyColumns, gdelt1BackColumns:
		return "GDELT 1.0 rows have 57 (back-files) or 58 (daily files)"
	}
	return "GDELT rows have 57, 58 or 61"
}

// isGDELTColumns reports whether cols is the column count of a GDELT version.
func isGDELTColumns(cols int) bool {
	return cols == gdelt1BackColumns || cols == gdelt1DailyColumns || cols == gdelt2Columns
}

// trailingEmpty is how many empty columns at the end of a row of cols
// columns, more than GDELT 2.0's 61, to drop for it to have 61: a row that
// a spreadsheet or a script wrote back with empty columns after the last
// (DATEADDED, SOURCEURL) is the row without them. 0 when the columns after
// the 61st are not all empty (or there are none).
func trailingEmpty(ln []byte, cols int) int {
	k := cols - gdelt2Columns
	if k <= 0 || k > len(ln) {
		return 0
	}
	for _, c := range ln[len(ln)-k:] {
		if c != '\t' {
			return 0
		}
	}
	return k
}

// gdeltFormat reads GDELT rows. Each row is read by its own column count:
// a GDELT 1.0 file may hold back-file rows (57 columns) and daily rows (58)
// side by side, and the 35 columns the reader uses are the same in every
// layout. cols is the layout of the file's first row, which messages about
// a row with too few or too many columns name.
type gdeltFormat struct {
	cols int
}

func newGDELTFormat(cols int) gdeltFormat { return gdeltFormat{cols: cols} }

func (gdeltFormat) source() datasetSource { return sourceGDELT }

// parse reads one GDELT row.
func (g gdeltFormat) parse(w *worker, ln []byte, n int64, final bool, r *row) bool {
	var f [gdeltLead + tabSlack]int32 // f[i]: where column i starts; column i < 35 ends at f[i+1]-1
	nf, end := tabStarts(ln, f[:], gdeltLead)
	cols := nf + 1
	if nf == gdeltLead {
		cols += bytes.Count(ln[end:], tab)
	}
	if !isGDELTColumns(cols) {
		k := trailingEmpty(ln, cols)
		ln, cols = ln[:len(ln)-k], cols-k
	}
	if !isGDELTColumns(cols) {
		if final && cols < g.cols {
			w.bad(&w.dropped.Malformed.Truncated, n, 0, "the last line is cut short: no newline at the end, and %d of %d columns", cols, g.cols)
		} else {
			w.bad(&w.dropped.Malformed.Columns, n, 0, "row has %d tab-separated columns; %s", cols, gdeltVersion(g.cols))
		}
		return false
	}
	col := func(k int) []byte { return ln[f[k] : f[k+1]-1] }
	var v gdeltValues
	read := gdeltRawColumn[:]
	if w.l.gdeltTypes == nil {
		read = read[:gvA1Type2] // the second and third type codes only for --actor-types
	}
	for i, k := range read {
		v.b[i], v.at[i] = col(k), f[k]+1
	}
	if !v.row(w, n, r) {
		return false
	}
	r.ref[0], r.ref[1] = nil, nil
	if cols != gdelt1BackColumns { // the last column is SOURCEURL
		r.ref[0], r.ref[1] = ln, ln[:0]
	}
	return true
}

// The fields a GDELT row is read from, by name (gdeltValues.b's index).
const (
	gvID = iota
	gvDate
	gvCode
	gvRoot
	gvGoldstein
	gvMentions
	gvA1Country
	gvA2Country
	gvA1Type
	gvA2Type
	gvA1Type2
	gvA1Type3
	gvA2Type2
	gvA2Type3
	gvURL    // only in a file with a header of names (gdelt_named.go)
	gvFields = gvURL
)

// gdeltRawColumn is where each field is in GDELT's own rows.
var gdeltRawColumn = [gvFields]int{gdeltID, gdeltDate, gdeltCode, gdeltRoot, gdeltGoldstein, gdeltMentions,
	gdeltA1Country, gdeltA2Country, gdeltA1Type, gdeltA2Type, gdeltA1Type + 1, gdeltA1Type + 2, gdeltA2Type + 1, gdeltA2Type + 2}

// gdeltValues are a row's fields and the columns (from 1) they start at,
// whatever the layout of the file they come from.
type gdeltValues struct {
	b  [gvFields][]byte
	at [gvFields]int32
}

// row checks the fields and sets r from them, all but r.ref.
func (v *gdeltValues) row(w *worker, n int64, r *row) bool {
	at := func(k int) int { return int(v.at[k]) }
	r.id = v.b[gvID]
	if !allDigits(r.id) {
		w.bad(&w.dropped.Malformed.Field, n, at(gvID), "GLOBALEVENTID %q is not a number", short(r.id))
		return false
	}
	var ok bool
	if r.date, ok = parseYMD(v.b[gvDate]); !ok || len(v.b[gvDate]) != 8 {
		w.bad(&w.dropped.Malformed.Date, n, at(gvDate), "SQLDATE %q is not a date (YYYYMMDD)", short(v.b[gvDate]))
		return false
	}
	if r.code, ok = cameoCode(v.b[gvCode]); !ok {
		w.bad(&w.dropped.Malformed.Field, n, at(gvCode), "EventCode %q is not a CAMEO event code (1 to 4 digits)", short(v.b[gvCode]))
		return false
	}
	root := v.b[gvRoot]
	if len(root) > 1 || (len(root) == 1 && root[0] != '0' && root[0] != '1') {
		w.bad(&w.dropped.Malformed.Field, n, at(gvRoot), "IsRootEvent %q is not 0 or 1", short(root))
		return false
	}
	r.notRoot = len(root) == 0 || root[0] != '1'
	if r.goldstein, ok = goldsteinOf(v.b[gvGoldstein], r.code); !ok {
		w.bad(&w.dropped.Malformed.Goldstein, n, at(gvGoldstein), "GoldsteinScale %q is not a number between -10 and 10", short(v.b[gvGoldstein]))
		return false
	}
	r.count = 1
	if mb := v.b[gvMentions]; len(mb) > 0 {
		v, ok := digits(mb)
		if !ok || len(mb) > maxMentionDigits {
			w.bad(&w.dropped.Malformed.Field, n, at(gvMentions), "NumMentions %q is not a whole number", short(mb))
			return false
		}
		r.count = max(int64(v), 1)
	}
	// Element by element: a composite literal is copied into r whole.
	if w.l.gdeltTypes != nil {
		r.types[0], r.types[1] = v.b[gvA1Type], v.b[gvA2Type]
		r.types23[0][0], r.types23[0][1] = v.b[gvA1Type2], v.b[gvA1Type3]
		r.types23[1][0], r.types23[1][1] = v.b[gvA2Type2], v.b[gvA2Type3]
	}
	r.country[0], r.country[1] = v.b[gvA1Country], v.b[gvA2Country]
	return true
}

// typed: the actor's type code is one of the ActorTypes.
func (gdeltFormat) typed(l *datasetLoad, t []byte) bool {
	k := graph.Code3(t)
	return k >= 0 && l.gdeltTypes[k]
}

// states resolves the CAMEO country codes.
func (gdeltFormat) states(w *worker, r *row) (subj, obj int32) {
	subj, obj = noState, noState
	if k := graph.Code3(r.country[0]); k >= 0 {
		subj = w.l.states.byCAMEO(k)
	}
	if k := graph.Code3(r.country[1]); k >= 0 {
		obj = w.l.states.byCAMEO(k)
	}
	return subj, obj
}

// appendSourceRef: the SOURCEURL, or the event id for a row without one (a
// GDELT 1.0 back-file row).
func (gdeltFormat) appendSourceRef(b []byte, r *row) []byte {
	if r.ref[1] == nil {
		return append(append(b, "GLOBALEVENTID "...), r.id...)
	}
	ln := r.ref[0]
	return append(b, ln[bytes.LastIndexByte(ln, '\t')+1:]...)
}

var tab = []byte{'\t'}

// tabSlack is the room tabStarts needs in f beyond the columns wanted.
const tabSlack = 1

// tabStarts finds the first want tabs of ln: f[k] is set to where column k
// starts (f[0] stays 0, f needs room for want+tabSlack entries). It returns
// the number of tabs found (at most want) and where the scan stopped: just
// after the last tab found, or len(ln). Rows are scanned 64 bytes at a
// time: a bitmap of the block's tabs (tabBits), then one step a tab.
func tabStarts(ln []byte, f []int32, want int) (n, end int) {
	f = f[:want+1]
	i := 0
	for ; i+64 <= len(ln); i += 64 {
		for m := tabBits(ln[i : i+64 : i+64]); m != 0; m &= m - 1 {
			n++
			f[n] = int32(i + bits.TrailingZeros64(m) + 1)
			if n == want {
				return n, int(f[n])
			}
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

// tabBits has bit k set where b[k] is a tab, for the 64 bytes of b: eight
// bytes at a time, the high bit of each tab byte (SWAR, exact: no borrow
// crosses bytes), gathered into one byte by a multiplication.
func tabBits(b []byte) uint64 {
	_ = b[63]
	const gather = 0x0102040810204080 // moves bit 0 of byte j to bit 56+j
	g := func(x uint64) uint64 {
		const ones, lows7 = 0x0101010101010101, 0x7f7f7f7f7f7f7f7f
		x ^= ones * '\t'
		t := ^((x&lows7 + lows7) | x | lows7) // the high bit of each zero byte of x
		return (t >> 7) * gather >> 56
	}
	return g(binary.LittleEndian.Uint64(b)) | g(binary.LittleEndian.Uint64(b[8:]))<<8 |
		g(binary.LittleEndian.Uint64(b[16:]))<<16 | g(binary.LittleEndian.Uint64(b[24:]))<<24 |
		g(binary.LittleEndian.Uint64(b[32:]))<<32 | g(binary.LittleEndian.Uint64(b[40:]))<<40 |
		g(binary.LittleEndian.Uint64(b[48:]))<<48 | g(binary.LittleEndian.Uint64(b[56:]))<<56
}
