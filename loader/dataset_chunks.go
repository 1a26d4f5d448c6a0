package loader

import (
	"bufio"
	"bytes"
	"io"
)

// Chunks: a stream cut into runs of whole lines, handed to the workers. A
// plain file is mapped (dataset_mmap_linux.go); anything else is read
// through a pool of buffers (streamChunks).

const (
	chunkSize = 1 << 20   // bytes handed to a worker at a time
	maxLine   = chunkSize // a line that fills a chunk is reported and skipped
)

// chunk is a run of whole lines of one stream. Chunks are numbered in
// stream order; a worker numbers the lines of a chunk from 0, and the lines
// get their numbers in the file once every chunk's line count is known.
type chunk struct {
	buf   []byte
	seq   int32
	final bool    // the stream's last chunk: its last line may lack a newline
	long  bool    // no data: a line longer than maxLine was skipped here
	win   *window // the mapped window buf is in, if any
}

// chunkSource cuts a stream into chunks of whole lines.
type chunkSource interface {
	// next returns the next chunk, nil at the end. err is a read error that
	// ended the stream: the whole lines before it have been returned.
	next() (c *chunk, err error)
	// release gives back a chunk a worker is done with.
	release(c *chunk)
}

// streamChunks cuts a reader into chunks, through a pool of buffers.
type streamChunks struct {
	r        io.Reader
	sum      *DatasetSummary // counts the bytes read
	free     chan []byte
	buf      []byte
	carry    int // bytes of a partial line at the start of buf
	seq      int32
	skipping bool // inside a line longer than maxLine
	made     int  // buffers made
	done     bool
	err      error
}

func newStreamChunks(r io.Reader, sum *DatasetSummary, workers int) *streamChunks {
	return &streamChunks{r: r, sum: sum, free: make(chan []byte, 2*workers+2)}
}

// buffer takes a free buffer, making one while fewer than the pool holds
// exist: a small file needs only one.
func (s *streamChunks) buffer() []byte {
	select {
	case b := <-s.free:
		return b
	default:
	}
	if s.made < cap(s.free) {
		s.made++
		return make([]byte, chunkSize)
	}
	return <-s.free
}

func (s *streamChunks) release(c *chunk) {
	if c.buf != nil {
		s.free <- c.buf[:chunkSize]
	}
}

func (s *streamChunks) emit(c *chunk) *chunk {
	c.seq = s.seq
	s.seq++
	return c
}

func (s *streamChunks) next() (*chunk, error) {
	for {
		if s.done {
			return nil, s.err
		}
		if s.buf == nil {
			s.buf = s.buffer()
		}
		n, err := fill(s.r, s.buf[s.carry:])
		s.sum.Bytes += int64(n)
		if err != nil {
			s.done = true
			if err != io.EOF {
				s.err = err
			}
		}
		data := s.buf[:s.carry+n]
		if s.skipping {
			i := bytes.IndexByte(data, '\n')
			if i < 0 {
				s.carry = 0
				continue
			}
			s.skipping = false
			s.carry = copy(s.buf, data[i+1:])
			if !s.done {
				continue
			}
			data = s.buf[:s.carry]
		}
		if s.done {
			final := true
			if s.err != nil {
				// the partial line where a corrupt stream broke is not read
				data, final = data[:bytes.LastIndexByte(data, '\n')+1], false
			}
			if len(data) == 0 {
				s.free <- s.buf
				s.buf = nil
				return nil, s.err
			}
			c := s.emit(&chunk{buf: data, final: final})
			s.buf = nil
			return c, nil
		}
		k := bytes.LastIndexByte(data, '\n')
		if k < 0 { // one line fills the buffer (maxLine == chunkSize)
			s.skipping, s.carry = true, 0
			return s.emit(&chunk{long: true}), nil
		}
		next := s.buffer()
		s.carry = copy(next, data[k+1:])
		c := s.emit(&chunk{buf: data[:k+1]})
		s.buf = next
		return c, nil
	}
}

// peekReader is the buffered reader a stream is sniffed and read through.
func peekReader(r io.Reader) *bufio.Reader { return bufio.NewReaderSize(r, 64<<10) }
