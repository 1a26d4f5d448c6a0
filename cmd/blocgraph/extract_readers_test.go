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

// TestExtractLeavesOutRefused: a fact validate would refuse (South Sudan
// the day before it was a state) is not written; the draft validates, the
// table and standard error say why it was left out.
func TestExtractLeavesOutRefused(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "ssd.txt")
	if err := os.WriteFile(p, []byte("Kenya praised South Sudan on 8 July 2011. Kenya praised Ethiopia on 8 July 2011.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "ssd.yaml")
	code, _, errOut := run(t, "", "extract", "--published", "2011-07-20", p, "-o", out)
	if code != 0 || !strings.Contains(errOut, "1 fact at confidence") || !strings.Contains(errOut, "1 draft left out, as validate would refuse it: object \"SSD\" names a state only on other dates than 2011-07-08") {
		t.Errorf("extract: exit %d, stderr %q", code, errOut)
	}
	if code, stdout, errOut := run(t, "", "validate", out); code != 0 || !strings.Contains(stdout, "1 event") {
		t.Errorf("validate the draft: exit %d %s%s", code, stdout, errOut)
	}
	_, table, _ := run(t, "", "extract", "--published", "2011-07-20", "--format", "table", p)
	if !strings.Contains(table, "x 0.") || !strings.Contains(table, "left out, as validate would refuse it") {
		t.Errorf("table:\n%s", table)
	}
	_, js, _ := run(t, "", "extract", "--published", "2011-07-20", "--format", "json", p)
	if !strings.Contains(js, `"refused": "object \"SSD\" names a state only`) {
		t.Errorf("json:\n%s", js)
	}
}
