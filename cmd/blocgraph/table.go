package main

import (
	"bytes"
	"io"
	"text/tabwriter"
)

// newTable is the tabwriter of every table blocgraph prints: columns two
// spaces apart, and no spaces at the end of a line (tabwriter pads the
// empty last cells of a row, the THEN of a state that is not historical,
// the CHANGES of a quiet period).
func newTable(w io.Writer, flags uint) *tabwriter.Writer {
	return tabwriter.NewWriter(&trimSpaces{w: w}, 2, 4, 2, ' ', flags)
}

// trimSpaces writes what it is given less the spaces before a line's end.
// Spaces at the end of a write are held until the next shows whether a
// newline follows them.
type trimSpaces struct {
	w       io.Writer
	pending int // spaces held back
}

func (t *trimSpaces) Write(p []byte) (int, error) {
	var out []byte
	for i := 0; i < len(p); {
		j := i
		for j < len(p) && p[j] == ' ' {
			j++
		}
		if j > i { // a run of spaces
			t.pending += j - i
			i = j
			continue
		}
		if p[i] != '\n' && t.pending > 0 {
			out = append(out, bytes.Repeat([]byte{' '}, t.pending)...)
		}
		t.pending = 0
		k := i + 1
		for k < len(p) && p[k] != ' ' {
			k++
		}
		out = append(out, p[i:k]...)
		i = k
	}
	if _, err := t.w.Write(out); err != nil {
		return 0, err
	}
	return len(p), nil
}
