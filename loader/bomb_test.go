package loader

import (
	"archive/zip"
	"bufio"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/blocgraph/blocgraph/internal/peakheap"
)

// TestCompressionBomb: a small .gz or .zip that unpacks to 300,000 copies
// of one GDELT row (120 MB) is read with the heap flat: the copies are
// duplicates of the first row's event id, dropped as they are read, so the
// graph gets one event and the heap grows no more for 300,000 copies than
// for 30,000 (issue 11 item 5: a 36 MB .gz of one repeated row took 11.1
// GB, every copy an event in memory until the graph folded them).
func TestCompressionBomb(t *testing.T) {
	if testing.Short() {
		t.Skip("SKIP: -short")
	}
	rows := readLines(t, gdeltFixture("sample.export.CSV"))
	row := []byte(rows[4] + "\n") // USA MET CHN
	dir := t.TempDir()
	write := func(name string, copies int64, wrap func(io.Writer) (io.Writer, func() error)) string {
		p := filepath.Join(dir, name)
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		w, closeW := wrap(f)
		bw := bufio.NewWriterSize(w, 1<<20)
		for range copies {
			bw.Write(row)
		}
		if err := bw.Flush(); err != nil {
			t.Fatal(err)
		}
		if err := closeW(); err != nil {
			t.Fatal(err)
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
		return p
	}
	gz := func(w io.Writer) (io.Writer, func() error) {
		z, _ := gzip.NewWriterLevel(w, gzip.BestSpeed)
		return z, z.Close
	}
	zp := func(w io.Writer) (io.Writer, func() error) {
		z := zip.NewWriter(w)
		e, err := z.Create("bomb.export.CSV")
		if err != nil {
			t.Fatal(err)
		}
		return e, z.Close
	}
	// One load first: the gazetteer and the CAMEO tables are built once.
	if _, _, err := loadDS(t, []string{gdeltFixture("sample.export.CSV.gz")}, DatasetOptions{}); err != nil {
		t.Fatal(err)
	}
	for _, kind := range []struct {
		ext  string
		wrap func(io.Writer) (io.Writer, func() error)
	}{{".gz", gz}, {".zip", zp}} {
		var peaks []uint64
		for _, copies := range []int64{30_000, 300_000} {
			p := write("bomb"+strconv.FormatInt(copies, 10)+".export.CSV"+kind.ext, copies, kind.wrap)
			var s *Summary
			var n int
			peak := peakheap.During(func() {
				g, sum, err := loadDS(t, []string{p}, DatasetOptions{})
				if err != nil {
					t.Fatal(err)
				}
				s, n = sum, g.NumEvents()
			})
			st, _ := os.Stat(p)
			d := s.Datasets[0]
			t.Logf("%s (%d bytes, %d rows unpacked): heap peak %.1f MB", filepath.Base(p), st.Size(), d.Rows, float64(peak)/1e6)
			if d.Rows != copies || n != 1 || d.Dropped.Duplicate != copies-1 {
				t.Errorf("%s: %d rows, %d events, %d duplicates; want %d rows, 1 event, %d duplicates", p, d.Rows, n, d.Dropped.Duplicate, copies, copies-1)
			}
			peaks = append(peaks, peak)
		}
		if peaks[1] > peaks[0]+4<<20 || peaks[1] > 24<<20 {
			t.Errorf("%s: the heap grew by %.1f MB for 30,000 copies of one row and %.1f MB for 300,000; it must stay flat (and below 24 MB)",
				kind.ext, float64(peaks[0])/1e6, float64(peaks[1])/1e6)
		}
	}
}
