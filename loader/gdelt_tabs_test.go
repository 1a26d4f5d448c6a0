package loader

import (
	"bytes"
	"math/rand/v2"
	"os"
	"slices"
	"testing"
)

// tabStartsRef is tabStarts one byte at a time: the columns' starts, the
// tabs found (at most want), where the scan stopped.
func tabStartsRef(ln []byte, want int) ([]int32, int, int) {
	f := []int32{0}
	for i, c := range ln {
		if c == '\t' {
			f = append(f, int32(i+1))
			if len(f)-1 == want {
				return f, want, i + 1
			}
		}
	}
	return f, len(f) - 1, len(ln)
}

// TestTabStarts: the 64-byte bitmaps find the tabs the byte loop finds, on
// the rows of the shared GDELT export and on random rows whose tabs sit at
// block edges and beside bytes one bit away from a tab (0x08, 0x0b, 0x89,
// 0x29: a carry or a stray high bit must not count as a tab), in rows
// shorter than a block, of whole blocks, and with fewer tabs than wanted.
func TestTabStarts(t *testing.T) {
	var lines [][]byte
	needShared(t, realExport)
	b, err := os.ReadFile(realExport)
	if err != nil {
		t.Fatal(err)
	}
	lines = bytes.Split(b, []byte("\n"))
	rng := rand.New(rand.NewPCG(11, 12))
	alphabet := []byte{'\t', '\t', 'a', '0', 0x08, 0x0b, 0x89, 0x29, 0xff, 0x80, 0x00}
	for _, n := range []int{0, 1, 7, 8, 9, 63, 64, 65, 127, 128, 129, 200, 500} {
		for range 300 {
			ln := make([]byte, n)
			for i := range ln {
				ln[i] = alphabet[rng.IntN(len(alphabet))]
			}
			lines = append(lines, ln)
		}
		all := bytes.Repeat([]byte{'\t'}, n)
		lines = append(lines, all, bytes.Repeat([]byte{0x89}, n))
		if n > 0 {
			edge := bytes.Repeat([]byte{'x'}, n)
			edge[n-1] = '\t'
			lines = append(lines, edge)
		}
	}
	for _, want := range []int{1, 3, gdeltLead, 64, 400} {
		for _, ln := range lines {
			f := make([]int32, want+tabSlack)
			n, end := tabStarts(ln, f, want)
			rf, rn, rend := tabStartsRef(ln, want)
			if n != rn || end != rend || !slices.Equal(f[:n+1], rf) {
				t.Fatalf("tabStarts(%q, %d) = %d tabs, end %d, starts %v; want %d, %d, %v", ln, want, n, end, f[:n+1], rn, rend, rf)
			}
		}
	}
}

func BenchmarkTabStarts(b *testing.B) {
	data, err := os.ReadFile(realExport)
	if err != nil {
		b.Skip(err)
	}
	lines := bytes.Split(bytes.TrimSuffix(data, []byte("\n")), []byte("\n"))
	var f [gdeltLead + tabSlack]int32
	for i := range b.N {
		tabStarts(lines[i%len(lines)], f[:], gdeltLead)
	}
}
