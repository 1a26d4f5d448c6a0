package main

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// TestTableNoTrailingSpaces: a row with empty last cells ends at its last
// word (the states list's THEN, timeline's CHANGES had lines padded with
// spaces; analyst review D), in one write or many.
func TestTableNoTrailingSpaces(t *testing.T) {
	var b bytes.Buffer
	tw := newTable(&b, 0)
	fmt.Fprintln(tw, "STATE\tNAME\tTHEN")
	fmt.Fprintln(tw, "DDR\tEast Germany\tbecame part of DEU")
	fmt.Fprintln(tw, "CUB\tCuba\t")
	fmt.Fprintln(tw, "a  b\t\t")
	tw.Flush()
	want := "STATE  NAME          THEN\nDDR    East Germany  became part of DEU\nCUB    Cuba\na  b\n"
	if b.String() != want {
		t.Errorf("table:\n%q\nwant\n%q", b.String(), want)
	}
	var one bytes.Buffer
	ts := &trimSpaces{w: &one}
	for _, s := range []string{"a ", " ", "\nb", "  c  ", "\n"} {
		ts.Write([]byte(s))
	}
	if one.String() != "a\nb  c\n" {
		t.Errorf("split writes: %q", one.String())
	}
	for _, args := range [][]string{{"states"}, {"timeline", "--every", "1y", testdata}} {
		_, out, _ := run(t, "", args...)
		for i, l := range strings.Split(out, "\n") {
			if strings.HasSuffix(l, " ") {
				t.Errorf("%v line %d ends in a space: %q", args, i+1, l)
				break
			}
		}
	}
}
