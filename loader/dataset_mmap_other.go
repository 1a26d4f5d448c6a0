//go:build !linux

package loader

import (
	"errors"
	"os"
)

// mmapChunks is not used here: files are read through a buffer.
type mmapChunks struct {
	read *int64
	sum  *DatasetSummary
}

type window struct{}

func mapFile(f *os.File, size int64) (*mmapChunks, func(), error) {
	return nil, nil, errors.New("files are not mapped on this system")
}

func (m *mmapChunks) skipLine()             {}
func (m *mmapChunks) next() (*chunk, error) { return nil, nil }
func (m *mmapChunks) release(c *chunk)      {}
