//go:build unix

package neo4jtest

import (
	"os"
	"syscall"
)

// lockProcess takes an exclusive lock on path that lasts until the process
// ends (the kernel drops it then, however the process ends).
func lockProcess(path string) error {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o666)
	if err != nil {
		return err
	}
	// f stays open, and so locked, for the life of the process.
	return syscall.Flock(int(f.Fd()), syscall.LOCK_EX)
}
