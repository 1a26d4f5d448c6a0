package main

import (
	"io"
	"strconv"
	"unicode/utf8"

	"github.com/urfave/cli/v2"
)

// Names, quotes, file names and zip entry names come from data that anyone
// may have written, and a terminal obeys the control characters in them:
// ESC sequences clear the screen or rewrite what was printed, OSC 52 writes
// the clipboard, a carriage return or a right-to-left override hides text.
// So everything blocgraph prints as text — tables, CSV, Markdown, messages —
// goes through a termWriter, which NewApp puts in front of standard output
// and standard error. Data formats meant for programs (JSON, GraphML, GEXF,
// SVG) take the writer beneath it (dataWriter) and keep the data verbatim;
// so do Neo4j and the files -o writes.

// termWriter escapes, on their way to w, the characters that a terminal
// would act on rather than show (see escapeTerminal).
type termWriter struct {
	w io.Writer
	// pending is the start of a UTF-8 sequence that the last Write cut.
	pending []byte
	buf     []byte
}

// Write escapes p and writes it to w. It reports len(p) when all is written.
func (t *termWriter) Write(p []byte) (int, error) {
	n := len(p)
	if len(t.pending) > 0 {
		p = append(t.pending, p...)
		t.pending = nil
	}
	// Keep a UTF-8 sequence cut at the end for the next Write.
	if cut := cutRune(p); cut < len(p) {
		t.pending = append([]byte(nil), p[cut:]...)
		p = p[:cut]
	}
	t.buf = escapeTerminal(t.buf[:0], p)
	if _, err := t.w.Write(t.buf); err != nil {
		return 0, err
	}
	return n, nil
}

// Flush writes what a cut UTF-8 sequence left pending, escaped: nothing
// more will complete it.
func (t *termWriter) Flush() error {
	if len(t.pending) == 0 {
		return nil
	}
	p := t.pending
	t.pending = nil
	t.buf = escapeTerminal(t.buf[:0], p)
	_, err := t.w.Write(t.buf)
	return err
}

// cutRune returns where the last, incomplete UTF-8 sequence of p starts, or
// len(p) when p does not end inside one.
func cutRune(p []byte) int {
	for i := len(p) - 1; i >= 0 && i >= len(p)-utf8.UTFMax+1; i-- {
		c := p[i]
		if c < 0x80 {
			return len(p)
		}
		if c >= 0xC0 { // a leading byte: is its sequence complete?
			need := 2
			switch {
			case c >= 0xF0:
				need = 4
			case c >= 0xE0:
				need = 3
			}
			if len(p)-i < need {
				return i
			}
			return len(p)
		}
	}
	return len(p)
}

// escapeTerminal appends p to dst with every character a terminal would
// act on written out as an escape: C0 controls but tab and newline (\r,
// \x1b, …), DEL (\x7f), C1 controls (\u009b, …), the bidirectional
// overrides and isolates and the line and paragraph separators (\u202e,
// \u2028, …), and bytes that are not UTF-8 (\xff). Everything else is kept.
func escapeTerminal(dst, p []byte) []byte {
	for len(p) > 0 {
		c := p[0]
		if c >= 0x20 && c < 0x7F || c == '\n' || c == '\t' {
			dst = append(dst, c)
			p = p[1:]
			continue
		}
		if c < 0x80 {
			if c == '\r' {
				dst = append(dst, `\r`...)
			} else {
				dst = append(dst, `\x`...)
				dst = append(dst, hex2(c)...)
			}
			p = p[1:]
			continue
		}
		r, size := utf8.DecodeRune(p)
		switch {
		case r == utf8.RuneError && size == 1:
			dst = append(dst, `\x`...)
			dst = append(dst, hex2(c)...)
		case actsOnTerminal(r):
			dst = append(dst, `\u`...)
			dst = append(dst, hex4(r)...)
		default:
			dst = append(dst, p[:size]...)
		}
		p = p[size:]
	}
	return dst
}

// actsOnTerminal reports whether a non-ASCII character controls a terminal
// or the direction of text rather than showing as itself.
func actsOnTerminal(r rune) bool {
	switch {
	case r >= 0x80 && r <= 0x9F: // C1 controls: CSI (U+009B), OSC (U+009D), …
		return true
	case r == 0x061C, r == 0x200E, r == 0x200F: // arabic letter mark, LRM, RLM
		return true
	case r >= 0x202A && r <= 0x202E: // embeddings and overrides
		return true
	case r >= 0x2066 && r <= 0x2069: // isolates
		return true
	case r == 0x2028, r == 0x2029: // line and paragraph separators
		return true
	}
	return false
}

func hex2(c byte) string {
	s := strconv.FormatUint(uint64(c), 16)
	if len(s) < 2 {
		s = "0" + s
	}
	return s
}

func hex4(r rune) string {
	s := strconv.FormatUint(uint64(r), 16)
	for len(s) < 4 {
		s = "0" + s
	}
	return s
}

// dataWriter is the command's standard output for data formats (JSON,
// GraphML, GEXF, SVG): what termWriter writes to, unescaped.
func dataWriter(c *cli.Context) io.Writer { return rawWriter(c.App.Writer) }

// formatWriter is the command's standard output for format: unescaped for
// JSON, escaped for text (table, CSV, Markdown).
func formatWriter(c *cli.Context, format string) io.Writer {
	if format == "json" {
		return dataWriter(c)
	}
	return c.App.Writer
}

// rawWriter returns the writer beneath w, if w is a termWriter (whose
// pending bytes it writes first), else w.
func rawWriter(w io.Writer) io.Writer {
	if t, ok := w.(*termWriter); ok {
		t.Flush()
		return t.w
	}
	return w
}

// flushTerm writes what the termWriter w holds back, if w is one.
func flushTerm(w io.Writer) {
	if t, ok := w.(*termWriter); ok {
		t.Flush()
	}
}
