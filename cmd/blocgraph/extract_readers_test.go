package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExtractInferredDateWarns: an article with no date of its own is
// dated from its dateline, not from a date the body says is to come, and
// standard error says so.
func TestExtractInferredDateWarns(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "d2.txt")
	text := "Putin congratulates Trump\n\n9 Nov 2016 11:34\n\nRussian President Vladimir Putin congratulated Donald Trump on Wednesday. He will be sworn in on January 20, 2017.\n"
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := run(t, "", "extract", "--format", "table", p)
	if code != 0 || !strings.Contains(out, "published 2016-11-09 from dateline") || strings.Contains(out, "2017-01") {
		t.Errorf("exit %d:\n%s", code, out)
	}
	if !strings.Contains(errOut, "warning: "+p+" gives no publication date") || !strings.Contains(errOut, "took 2016-11-09 from the dateline “9 Nov 2016 11:34”") {
		t.Errorf("stderr %q", errOut)
	}
	code, _, errOut = run(t, "", "extract", "--published", "2016-11-09", p)
	if code != 0 || strings.Contains(errOut, "warning") {
		t.Errorf("--published: exit %d, stderr %q", code, errOut)
	}
}
