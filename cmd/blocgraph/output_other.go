//go:build !unix

package main

import (
	"io/fs"
	"os"
)

// renameKeeps reports whether a new file renamed over the file fi keeps
// what fi has; without Unix hard links and owners, it does.
func renameKeeps(os.FileInfo) bool { return true }

// keepMode gives tmp the mode of fi.
func keepMode(tmp *os.File, fi os.FileInfo) error { return tmp.Chmod(fi.Mode() & fs.ModePerm) }
