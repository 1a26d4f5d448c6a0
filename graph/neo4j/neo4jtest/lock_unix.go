//go:build unix

package neo4jtest

import (
	"os"
	"syscall"
)

// held keeps the locked file open, and so the lock held, for the life of the
// process: an unreferenced *os.File is closed by its finalizer.
var held *os.File

// lockProcess takes an exclusive lock on path that lasts until the process
// ends (the kernel drops it then, however the process ends).
func lockProcess(path string) error {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o666)
	if err != nil {
		return err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		f.Close()
		return err
	}
	held = f
	return nil
}
