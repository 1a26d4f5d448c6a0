package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"

	"github.com/urfave/cli/v2"
)

// writeOutput writes what write makes to path (the -o of export, render,
// …), or to standard output for "" or "-". The output is written whole to a
// temporary file first, so that a failure leaves nothing half-written, and
// then put in place by the rule for what path is:
//
//   - nothing yet: the temporary file, made next to it with the mode the
//     umask gives, is renamed to path;
//   - a regular file: refused if the command read it (by any name: a hard
//     or symbolic link, a folder walk, standard input); else the temporary
//     file takes its mode and is renamed over it, unless the file has other
//     hard links or an owner the new file could not keep: then the
//     complete output is copied into it in place, which keeps them;
//   - a symbolic link: followed, and its target written by these rules (the
//     link stays); a link to nothing is refused;
//   - a named pipe or a character device (/dev/null, a terminal): written
//     into, once the output is complete;
//   - a folder, a socket or a block device: refused.
func writeOutput(c *cli.Context, path string, write func(io.Writer) error) error {
	if path == "" || path == "-" {
		bw := bufio.NewWriterSize(dataWriter(c), 1<<16)
		if err := write(bw); err != nil {
			return err
		}
		return bw.Flush()
	}
	target, fi, err := outputTarget(path)
	if err != nil {
		return err
	}
	if fi != nil && fi.Mode().IsRegular() {
		if in := inputNamed(c, fi); in != "" {
			what := "one of the inputs"
			if in != path {
				what += " (" + in + ")"
			}
			return usageError("-o %s is %s; writing it would destroy what was read; name another file", path, what)
		}
	}
	// Where the temporary file goes: next to the target when it is to be
	// renamed there, else in the system's temporary folder.
	rename := fi == nil || fi.Mode().IsRegular() && renameKeeps(fi)
	tmpDir := filepath.Dir(target)
	if !rename {
		tmpDir = os.TempDir()
	}
	perm := fs.FileMode(0o666) // the umask decides, as for any new file
	if fi != nil {
		perm = 0o600
	}
	tmp, err := createTemp(tmpDir, filepath.Base(target), perm)
	if err != nil && fi != nil && fi.Mode().IsRegular() && rename {
		// No room to make a file next to it (a folder we may not write): the
		// file itself may be writable.
		rename, tmpDir = false, os.TempDir()
		tmp, err = createTemp(tmpDir, filepath.Base(target), perm)
	}
	if err != nil {
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return fmt.Errorf("cannot write %s: the folder %s does not exist", path, filepath.Dir(target))
		case errors.Is(err, fs.ErrPermission):
			return fmt.Errorf("cannot write %s: no permission to write in %s", path, tmpDir)
		}
		return fmt.Errorf("cannot write %s: %v", path, err)
	}
	defer os.Remove(tmp.Name())
	defer tmp.Close()
	bw := bufio.NewWriterSize(tmp, 1<<16)
	if err := write(bw); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("cannot write %s: %v", path, err)
	}
	if rename {
		if fi != nil {
			if err := keepMode(tmp, fi); err != nil {
				return fmt.Errorf("cannot write %s: %v", path, err)
			}
		}
		if err := tmp.Close(); err != nil {
			return fmt.Errorf("cannot write %s: %v", path, err)
		}
		if err := os.Rename(tmp.Name(), target); err != nil {
			return fmt.Errorf("cannot write %s: %v", path, err)
		}
	} else if err := copyInto(target, tmp, fi.Mode().IsRegular()); err != nil {
		return fmt.Errorf("cannot write %s: %v", path, err)
	}
	fmt.Fprintf(c.App.ErrWriter, "wrote %s\n", path)
	return nil
}

// outputTarget follows path to the file to write (through symbolic links)
// and returns it with its FileInfo, nil if it does not exist yet; or why it
// cannot be written.
func outputTarget(path string) (string, os.FileInfo, error) {
	target := path
	if li, err := os.Lstat(path); err == nil && li.Mode()&fs.ModeSymlink != 0 {
		resolved, err := filepath.EvalSymlinks(path)
		if err != nil {
			dest, _ := os.Readlink(path)
			if !filepath.IsAbs(dest) {
				dest = filepath.Join(filepath.Dir(path), dest)
			}
			return "", nil, fmt.Errorf("cannot write %s: it is a symbolic link to %s, which does not exist; remove the link or name another file", path, dest)
		}
		target = resolved
	}
	fi, err := os.Stat(target)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return target, nil, nil
	case err != nil:
		return "", nil, fmt.Errorf("cannot write %s: %v", path, err)
	}
	m := fi.Mode()
	switch {
	case m.IsRegular(), m&fs.ModeNamedPipe != 0, m&fs.ModeCharDevice != 0:
		return target, fi, nil
	case m.IsDir():
		return "", nil, fmt.Errorf("cannot write %s: it is a folder; name a file, e.g. %s", path, filepath.Join(path, "blocs.svg"))
	case m&fs.ModeSocket != 0:
		return "", nil, fmt.Errorf("cannot write %s: it is a socket, not a file", path)
	case m&fs.ModeDevice != 0:
		return "", nil, fmt.Errorf("cannot write %s: it is a block device, not a file", path)
	}
	return "", nil, fmt.Errorf("cannot write %s: it is not a regular file", path)
}

// createTemp makes a new file in dir whose name starts with "."+base, with
// permissions perm (less the umask).
func createTemp(dir, base string, perm fs.FileMode) (*os.File, error) {
	for try := 0; ; try++ {
		name := filepath.Join(dir, "."+base+"."+strconv.FormatUint(rand.Uint64(), 36)+".tmp")
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, perm)
		if errors.Is(err, fs.ErrExist) && try < 100 {
			continue
		}
		return f, err
	}
}

// copyInto writes what tmp holds into the file at target, in place: from
// the start of a regular file (then cut to length), or as a stream into a
// pipe or a device.
func copyInto(target string, tmp *os.File, regular bool) error {
	if _, err := tmp.Seek(0, io.SeekStart); err != nil {
		return err
	}
	flags := os.O_WRONLY
	if regular {
		flags |= os.O_TRUNC
	}
	f, err := os.OpenFile(target, flags, 0)
	if err != nil {
		return err
	}
	if _, err := io.Copy(f, tmp); err != nil {
		f.Close()
		return err
	}
	if regular {
		if err := f.Sync(); err != nil {
			f.Close()
			return err
		}
	}
	return f.Close()
}

// Inputs: the files the command read, recorded by loadPathsSummary for
// writeOutput.

const inputsKey = "blocgraph.inputs"

// noteInputs records the files a command read ("-": standard input).
func noteInputs(c *cli.Context, paths []string) {
	if c.App.Metadata == nil {
		c.App.Metadata = map[string]any{}
	}
	prev, _ := c.App.Metadata[inputsKey].([]string)
	c.App.Metadata[inputsKey] = append(prev, paths...)
}

// inputNamed returns the input that is the file fi, as the command named or
// found it, or "".
func inputNamed(c *cli.Context, fi os.FileInfo) string {
	paths, _ := c.App.Metadata[inputsKey].([]string)
	for _, p := range paths {
		var in os.FileInfo
		var err error
		if p == "-" {
			f, ok := c.App.Reader.(*os.File)
			if !ok {
				continue
			}
			in, err = f.Stat()
			p = "standard input"
		} else {
			in, err = os.Stat(p)
		}
		if err == nil && os.SameFile(in, fi) {
			return p
		}
	}
	return ""
}
