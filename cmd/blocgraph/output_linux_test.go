package main

import (
	"bytes"
	"fmt"
	"os"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// TestOutputTerminal: -o naming a character device (here a terminal of the
// test's own, a pseudo-terminal) writes into it and leaves it a device.
func TestOutputTerminal(t *testing.T) {
	_, facts, _ := outputFixture(t)
	master, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals here: %v", err)
	}
	defer master.Close()
	n, err := unix.IoctlGetInt(int(master.Fd()), unix.TIOCGPTN)
	if err != nil {
		t.Skipf("no pseudo-terminal number: %v", err)
	}
	if err := unix.IoctlSetPointerInt(int(master.Fd()), unix.TIOCSPTLCK, 0); err != nil {
		t.Skipf("cannot unlock the pseudo-terminal: %v", err)
	}
	tty := fmt.Sprintf("/dev/pts/%d", n)
	// Open the terminal's side once, so that what is written stays readable.
	keep, err := os.OpenFile(tty, os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("cannot open %s: %v", tty, err)
	}
	defer keep.Close()
	got := make(chan []byte, 1)
	go func() {
		var b bytes.Buffer
		buf := make([]byte, 1<<16)
		for !bytes.Contains(b.Bytes(), []byte("</graphml>")) {
			n, err := master.Read(buf)
			b.Write(buf[:n])
			if err != nil {
				break
			}
		}
		got <- b.Bytes()
	}()
	if code, _, errOut := run(t, "", "export", facts, "-o", tty); code != 0 {
		t.Fatalf("exit %d %s", code, errOut)
	}
	select {
	case b := <-got:
		if !isGraphML(b) {
			t.Errorf("the terminal got %.40q", b)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("the terminal got nothing")
	}
	if fi, err := os.Stat(tty); err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		t.Errorf("%s is now a %v (%v)", tty, fi.Mode(), err)
	}
}
