package attrs

import (
	"bufio"
	"io"
)

// BufferSize is the size of the encoders' write buffer.
const BufferSize = 256 << 10

// Writer is a bufio.Writer that encoders append to without copying: Buf
// returns the free end of the buffer, the encoder appends one element to it
// and hands it back to Write. The first error sticks.
type Writer struct {
	bw  *bufio.Writer
	err error
}

// NewWriter returns a Writer on w.
func NewWriter(w io.Writer) *Writer { return &Writer{bw: bufio.NewWriterSize(w, BufferSize)} }

// Buf returns an empty slice over the free part of the buffer, flushing
// first when less than 16 KiB is free, so that an element rarely outgrows it.
func (w *Writer) Buf() []byte {
	if w.bw.Available() < 16<<10 && w.err == nil {
		w.err = w.bw.Flush()
	}
	return w.bw.AvailableBuffer()
}

// Write writes b, usually a slice returned by Buf and appended to.
func (w *Writer) Write(b []byte) {
	if w.err == nil {
		_, w.err = w.bw.Write(b)
	}
}

// WriteString writes s.
func (w *Writer) WriteString(s string) {
	if w.err == nil {
		_, w.err = w.bw.WriteString(s)
	}
}

// Err returns the first error.
func (w *Writer) Err() error { return w.err }

// Flush flushes the buffer and returns the first error.
func (w *Writer) Flush() error {
	if w.err == nil {
		w.err = w.bw.Flush()
	}
	return w.err
}
