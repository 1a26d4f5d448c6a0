// Command gdeltgen writes synthetic GDELT 2.0 event files of any size with
// the field distributions of a real export: every row is put together from
// the fields of rows drawn at random from the real file — the date and event
// columns (date, CAMEO codes, Goldstein, mentions, tone) of one row, Actor1 of
// another, Actor2 of a third, the geography and SOURCEURL of a fourth — so
// that the mix of codes, countries, actor types and empty actors is the real
// one. GLOBALEVENTIDs are fresh and unique. The same seed gives the same file.
//
// With -dates FIRST..LAST the file stands for every export GDELT 2.0
// published from FIRST to LAST (96 a day, one each 15 minutes) concatenated:
// row i of n is dated to 15-minute slot i×slots/n (DATEADDED), and its event
// date (SQLDATE, MonthYear, Year, FractionDate) moves with it by as many days,
// keeping the real row's lag between the event and its report.
//
//	go run ./loader/internal/gdeltgen -rows 1000000 -o big.export.CSV
//	go run ./loader/internal/gdeltgen -rows 1000 -mix rows   # whole real rows, fresh ids
//	go run ./loader/internal/gdeltgen -rows 2000000 -dates 2019-10-01..2019-10-30 -o month.export.CSV
package main

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"time"
)

// defaultFrom is where the real export is, seen from the repository root or
// from this folder.
var defaultFrom = []string{
	"../shared/data/gdelt/20191024143000.export.CSV",
	"../../../../shared/data/gdelt/20191024143000.export.CSV",
}

func main() {
	n := flag.Int64("rows", 10000, "rows to write")
	out := flag.String("o", "-", "file to write (- for standard output)")
	seed := flag.Uint64("seed", 1, "random seed: the same seed gives the same file")
	from := flag.String("from", "", "real GDELT 2.0 export to sample (default: shared/data's)")
	mix := flag.String("mix", "fields", "fields: each row mixes the field groups of several real rows; rows: whole real rows with fresh ids")
	dates := flag.String("dates", "", "FIRST..LAST (YYYY-MM-DD): spread the rows in order over the 15-minute exports of these days,\nmoving each event date with its DATEADDED (default: the real rows' dates)")
	flag.Parse()
	sp, err := parseSpan(*dates)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gdeltgen: -dates:", err)
		os.Exit(2)
	}
	if err := run(*n, *out, *seed, *from, *mix, sp); err != nil {
		fmt.Fprintln(os.Stderr, "gdeltgen:", err)
		os.Exit(1)
	}
}

func run(n int64, out string, seed uint64, from, mix string, sp *span) error {
	if from == "" {
		for _, p := range defaultFrom {
			if _, err := os.Stat(p); err == nil {
				from = p
				break
			}
		}
		if from == "" {
			return errors.New("cannot find the real export; name it with -from")
		}
	}
	b, err := os.ReadFile(from)
	if err != nil {
		return err
	}
	rows, err := parse(b)
	if err != nil {
		return fmt.Errorf("%s: %w", from, err)
	}
	var w io.Writer = os.Stdout
	if out != "-" {
		f, err := os.Create(out)
		if err != nil {
			return err
		}
		defer f.Close()
		w = f
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	if err := generate(bw, rows, n, seed, mix, sp); err != nil {
		return err
	}
	return bw.Flush()
}

const columns = 61

// Field groups of a GDELT 2.0 row (0-based, end exclusive).
var groups = [][2]int{
	{1, 5},   // SQLDATE, MonthYear, Year, FractionDate — with the event columns
	{5, 15},  // Actor1: code, name, country, known group, ethnic, religion ×2, type ×3
	{15, 25}, // Actor2
	{25, 35}, // IsRootEvent, EventCode, EventBaseCode, EventRootCode, QuadClass, GoldsteinScale, NumMentions, NumSources, NumArticles, AvgTone
	{35, 61}, // Actor1Geo, Actor2Geo, ActionGeo, DATEADDED, SOURCEURL
}

// parse splits the real export into rows of fields.
func parse(b []byte) ([][][]byte, error) {
	var rows [][][]byte
	for n := 1; len(b) > 0; n++ {
		ln := b
		if i := bytes.IndexByte(b, '\n'); i >= 0 {
			ln, b = b[:i], b[i+1:]
		} else {
			b = nil
		}
		ln = bytes.TrimRight(ln, "\r")
		if len(ln) == 0 {
			continue
		}
		f := bytes.Split(ln, []byte{'\t'})
		if len(f) != columns {
			return nil, fmt.Errorf("line %d has %d columns; a GDELT 2.0 export has %d", n, len(f), columns)
		}
		rows = append(rows, f)
	}
	if len(rows) == 0 {
		return nil, errors.New("no rows")
	}
	return rows, nil
}

// Columns -dates rewrites (0-based).
const (
	colSQLDate      = 1  // YYYYMMDD
	colMonthYear    = 2  // YYYYMM
	colYear         = 3  // YYYY
	colFractionDate = 4  // YYYY.FFFF
	colDateAdded    = 59 // YYYYMMDDHHMMSS
)

// span is the days of -dates: first and last, midnight UTC.
type span struct{ first, last time.Time }

// slots is the number of 15-minute exports of the span.
func (sp *span) slots() int64 { return (int64(sp.last.Sub(sp.first)/(24*time.Hour)) + 1) * 96 }

// parseSpan reads FIRST..LAST; "" is no span.
func parseSpan(s string) (*span, error) {
	if s == "" {
		return nil, nil
	}
	a, b, ok := strings.Cut(s, "..")
	if !ok {
		return nil, fmt.Errorf("%q: want FIRST..LAST, e.g. 2019-10-01..2019-10-30", s)
	}
	first, err := time.Parse(time.DateOnly, a)
	if err != nil {
		return nil, err
	}
	last, err := time.Parse(time.DateOnly, b)
	if err != nil {
		return nil, err
	}
	if last.Before(first) {
		return nil, fmt.Errorf("%q: LAST is before FIRST", s)
	}
	return &span{first, last}, nil
}

// redate returns the fields of row with the date columns moved to the
// export at added: the event date moves by the days DATEADDED moves.
func redate(row [][]byte, added time.Time, dst [][]byte) ([][]byte, error) {
	event, err := time.Parse("20060102", string(row[colSQLDate]))
	if err != nil {
		return nil, fmt.Errorf("SQLDATE %q: %v", row[colSQLDate], err)
	}
	was, err := time.Parse("20060102150405", string(row[colDateAdded]))
	if err != nil {
		return nil, fmt.Errorf("DATEADDED %q: %v", row[colDateAdded], err)
	}
	day := func(t time.Time) time.Time { return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC) }
	lag := int(day(was).Sub(event) / (24 * time.Hour)) // days from the event to its report
	event = day(added).AddDate(0, 0, -lag)
	dst = append(dst[:0], row...)
	dst[colSQLDate] = []byte(event.Format("20060102"))
	dst[colMonthYear] = []byte(event.Format("200601"))
	dst[colYear] = []byte(event.Format("2006"))
	// GDELT's FractionDate: the year plus ((month-1)×30 + day)/365.
	frac := float64(event.Year()) + float64((int(event.Month())-1)*30+event.Day())/365
	dst[colFractionDate] = strconv.AppendFloat(nil, frac, 'f', 4, 64)
	dst[colDateAdded] = []byte(added.Format("20060102150405"))
	return dst, nil
}

// generate writes n rows drawn from rows; with sp, dated in order over its
// exports (see -dates).
func generate(w io.Writer, rows [][][]byte, n int64, seed uint64, mix string, sp *span) error {
	if mix != "fields" && mix != "rows" {
		return fmt.Errorf("-mix %q is not fields or rows", mix)
	}
	var redated [][]byte // with -dates: row pick[0] with its dates moved
	r := rand.New(rand.NewPCG(seed, 0x9d1e1a7))
	const firstID = 1_000_000_000
	var buf []byte
	for i := range n {
		buf = strconv.AppendInt(buf[:0], firstID+i, 10)
		var pick [5]int
		pick[0] = r.IntN(len(rows))
		for g := range pick {
			switch {
			case mix == "rows":
				pick[g] = pick[0]
			case g == 3:
				pick[g] = pick[0] // the event columns go with the date
			case g > 0:
				pick[g] = r.IntN(len(rows))
			}
		}
		if sp != nil {
			slot := i * sp.slots() / n
			added := sp.first.Add(time.Duration(slot) * 15 * time.Minute)
			var err error
			if redated, err = redate(rows[pick[0]], added, redated); err != nil {
				return fmt.Errorf("row %d of the real file: %v", pick[0]+1, err)
			}
		}
		for g, cols := range groups {
			row := rows[pick[g]]
			for c := cols[0]; c < cols[1]; c++ {
				v := row[c]
				if sp != nil && (c <= colFractionDate || c == colDateAdded) {
					v = redated[c]
				}
				buf = append(buf, '\t')
				buf = append(buf, v...)
			}
		}
		buf = append(buf, '\n')
		if _, err := w.Write(buf); err != nil {
			return err
		}
	}
	return nil
}
