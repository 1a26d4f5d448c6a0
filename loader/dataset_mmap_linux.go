//go:build linux

package loader

import (
	"bytes"
	"errors"
	"io"
	"os"
	"sync"
	"sync/atomic"
	"syscall"
	"unsafe"
)

// mmapChunks cuts a plain file into chunks without copying it: the file is
// mapped a window at a time, chunks are slices of a window, and a window is
// unmapped as soon as its last chunk has been read, so the memory the
// process holds stays a few windows whatever the size of the file.
type mmapChunks struct {
	f    *os.File
	size int64
	pos  int64 // file offset of the next line
	seq  int32
	win  *window         // the window being cut
	read *int64          // bytes of the file read so far, for progress
	sum  *DatasetSummary // counts the bytes read

	mu   sync.Mutex
	live map[*window]bool // windows mapped, to tell a fault in them
}

// window is one mapped stretch of the file; refs counts the chunks cut from
// it that are not yet read, plus one while it is being cut.
type window struct {
	data []byte
	off  int64
	refs atomic.Int32
}

// windowSize is how much of the file a window maps, besides an overlap of
// one chunk so that a chunk starting in a window ends in it.
const windowSize = 8 << 20

var pageSize = int64(os.Getpagesize())

// mapFile prepares f, of size bytes, for reading through mappings.
func mapFile(f *os.File, size int64) (*mmapChunks, func(), error) {
	if size <= 0 || int64(int(size)) != size {
		return nil, nil, errors.New("cannot map the file")
	}
	m := &mmapChunks{f: f, size: size, live: map[*window]bool{}}
	return m, m.close, nil
}

// skipLine moves past the first line (a header).
func (m *mmapChunks) skipLine() { m.skipTo(0) }

// skipTo moves m.pos past the end of the line holding offset at, reading
// the file (a rare path: headers and lines longer than a chunk).
func (m *mmapChunks) skipTo(at int64) {
	buf := make([]byte, 64<<10)
	for at < m.size {
		n, err := m.f.ReadAt(buf, at)
		if i := bytes.IndexByte(buf[:n], '\n'); i >= 0 {
			m.pos = at + int64(i) + 1
			return
		}
		at += int64(n)
		if err != nil && err != io.EOF || n == 0 {
			break
		}
	}
	m.pos = m.size
}

func (m *mmapChunks) next() (*chunk, error) {
	start := m.pos
	defer func() {
		m.sum.Bytes += m.pos - start
		*m.read = m.pos
	}()
	if m.pos >= m.size {
		m.unhold()
		return nil, nil
	}
	need := min(m.pos+chunkSize, m.size) // the chunk ends by here
	if m.win == nil || need > m.win.off+int64(len(m.win.data)) {
		m.unhold()
		off := m.pos / pageSize * pageSize
		n := min(windowSize+chunkSize+pageSize, m.size-off)
		data, err := syscall.Mmap(int(m.f.Fd()), off, int(n), syscall.PROT_READ, syscall.MAP_SHARED)
		if err != nil {
			return nil, err
		}
		w := &window{data: data, off: off}
		w.refs.Store(1)
		m.mu.Lock()
		m.live[w] = true
		m.mu.Unlock()
		m.win = w
	}
	w := m.win
	from, to := int(m.pos-w.off), int(need-w.off)
	c := &chunk{seq: m.seq, win: w}
	m.seq++
	if need == m.size {
		c.buf, c.final = w.data[from:to], true
		m.pos = m.size
	} else if k := bytes.LastIndexByte(w.data[from:to], '\n'); k >= 0 {
		c.buf = w.data[from : from+k+1]
		m.pos += int64(k) + 1
	} else { // a line longer than maxLine: skip to its end
		c.long, c.win = true, nil
		m.skipTo(need)
		return c, nil
	}
	w.refs.Add(1)
	if m.pos-w.off >= windowSize {
		m.unhold() // the next chunk starts in the overlap: cut it from a new window
	}
	return c, nil
}

func (m *mmapChunks) release(c *chunk) {
	if c.win != nil {
		m.unref(c.win)
	}
}

// unhold ends the cutting of the current window.
func (m *mmapChunks) unhold() {
	if m.win != nil {
		m.unref(m.win)
		m.win = nil
	}
}

func (m *mmapChunks) unref(w *window) {
	if w.refs.Add(-1) == 0 {
		m.mu.Lock()
		delete(m.live, w)
		m.mu.Unlock()
		syscall.Munmap(w.data)
	}
}

// close unmaps what is still mapped (after a fault, say).
func (m *mmapChunks) close() {
	m.mu.Lock()
	defer m.mu.Unlock()
	for w := range m.live {
		syscall.Munmap(w.data)
		delete(m.live, w)
	}
}

// holds reports whether addr is inside a mapped window.
func (m *mmapChunks) holds(addr uintptr) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	for w := range m.live {
		base := uintptr(unsafe.Pointer(unsafe.SliceData(w.data)))
		if addr >= base && addr < base+uintptr(len(w.data)) {
			return true
		}
	}
	return false
}
