//go:build unix

package main

import (
	"io/fs"
	"os"
	"slices"
	"syscall"
)

// renameKeeps reports whether a new file renamed over the file fi keeps
// what fi has: it has no other hard link, and its owner and group are ones
// the new file can be given.
func renameKeeps(fi os.FileInfo) bool {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return true
	}
	if st.Nlink > 1 {
		return false
	}
	uid := os.Getuid()
	switch {
	case uid == 0:
		return true
	case int(st.Uid) != uid:
		return false
	case int(st.Gid) == os.Getgid():
		return true
	}
	groups, _ := os.Getgroups()
	return slices.Contains(groups, int(st.Gid))
}

// keepMode gives tmp the owner, group and mode of fi.
func keepMode(tmp *os.File, fi os.FileInfo) error {
	if st, ok := fi.Sys().(*syscall.Stat_t); ok {
		if err := tmp.Chown(int(st.Uid), int(st.Gid)); err != nil {
			return err
		}
	}
	return tmp.Chmod(fi.Mode() & (fs.ModePerm | fs.ModeSetuid | fs.ModeSetgid | fs.ModeSticky))
}
