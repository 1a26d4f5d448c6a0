// Command gdeltgen writes synthetic GDELT 2.0 event files of any size with
// the field distributions of a real export: every row is put together from
// the fields of rows drawn at random from the real file — the date and event
// columns (date, CAMEO codes, Goldstein, mentions, tone) of one row, Actor1 of
// another, Actor2 of a third, the geography and SOURCEURL of a fourth — so
// that the mix of codes, countries, actor types and empty actors is the real
// one. GLOBALEVENTIDs are fresh and unique. The same seed gives the same file.
//
//	go run ./loader/internal/gdeltgen -rows 1000000 -o big.export.CSV
//	go run ./loader/internal/gdeltgen -rows 1000 -mix rows   # whole real rows, fresh ids
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
	flag.Parse()
	if err := run(*n, *out, *seed, *from, *mix); err != nil {
		fmt.Fprintln(os.Stderr, "gdeltgen:", err)
		os.Exit(1)
	}
}

func run(n int64, out string, seed uint64, from, mix string) error {
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
	if err := generate(bw, rows, n, seed, mix); err != nil {
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

// generate writes n rows drawn from rows.
func generate(w io.Writer, rows [][][]byte, n int64, seed uint64, mix string) error {
	if mix != "fields" && mix != "rows" {
		return fmt.Errorf("-mix %q is not fields or rows", mix)
	}
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
		for g, span := range groups {
			row := rows[pick[g]]
			for c := span[0]; c < span[1]; c++ {
				buf = append(buf, '\t')
				buf = append(buf, row[c]...)
			}
		}
		buf = append(buf, '\n')
		if _, err := w.Write(buf); err != nil {
			return err
		}
	}
	return nil
}
