package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBlindBatchLeftOut: the gold of a blind batch whose articles lie in a
// withheld folder is left out (and said on stderr), never coded, while the
// gold of an article found nowhere is still an error.
func TestBlindBatchLeftOut(t *testing.T) {
	dir := t.TempDir()
	arts, blind, goldDir := filepath.Join(dir, "articles"), filepath.Join(dir, "fresh9"), filepath.Join(dir, "gold")
	for _, d := range []string{arts, blind, goldDir} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	write := func(p, s string) {
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(filepath.Join(arts, "seen.md"), "---\ndate: 2020-01-01\n---\nCuba condemned Spain on Monday.\n")
	write(filepath.Join(blind, "unseen.md"), "---\ndate: 2020-01-01\n---\nPeru condemned Chile on Monday.\n")
	fact := func(id, s, o string) string {
		return "article:\n  id: " + id + "\n  published: 2020-01-01\nfacts:\n  - subject: " + s + "\n    relation: CRITICIZED\n    object: " + o + "\n    quote: \"condemned\"\n"
	}
	write(filepath.Join(goldDir, "seen.facts"), fact("seen", "CUB", "ESP"))
	write(filepath.Join(goldDir, "unseen.facts"), fact("unseen", "PER", "CHL"))

	var out, errw bytes.Buffer
	if err := run(&out, &errw, []string{goldDir}, []string{arts}, []string{blind}, "", 0.6, true, nil, nil); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out.String(), "unseen") || !strings.Contains(out.String(), "seen") {
		t.Errorf("the blind article was scored or the seen one was not:\n%s", out.String())
	}
	if want := "1 gold articles of " + blind + " left out"; !strings.Contains(errw.String(), want) {
		t.Errorf("stderr %q does not say %q", errw.String(), want)
	}
	// no withheld folder: an article found nowhere is an error, as before
	err := run(&out, &errw, []string{goldDir}, []string{arts}, nil, "", 0.6, true, nil, nil)
	if err == nil || !strings.Contains(err.Error(), `"unseen"`) {
		t.Errorf("want an error naming the gold id with no article, got %v", err)
	}
}

func TestKnownSets(t *testing.T) {
	for _, s := range []string{"seed", "dev", "fresh4", "fresh5"} {
		if !known(s) {
			t.Errorf("%s is not a known set", s)
		}
	}
	if known("fresh21") || known("gold") {
		t.Errorf("an unknown set name is taken")
	}
	// a batch whose blind run is made is scored by default: its set is
	// known and its folder among the default ones
	for _, s := range knownSets {
		if !named(defaultDirs, "testdata/"+s) {
			t.Errorf("the articles of set %s are not among the default folders %v", s, defaultDirs)
		}
	}
	if named(blindSets, "fresh5") || !named(knownSets, "fresh5") {
		t.Errorf("fresh5 is still a blind set after its blind run")
	}
}

// TestBlindBatchesKnown: the seventh to twentieth batches had their one blind
// run (docs/extract-fresh6-blind-run.txt to docs/extract-fresh19-blind-run.txt)
// and are now known sets, scored by default; their gold and texts stay
// landed together. fresh17 is a small batch (6 texts, cut short when it was
// built), fresh18 holds 12 (its first part); the others hold 20-30 texts.
func TestBlindBatchesKnown(t *testing.T) {
	// the batches that had their run are no blind sets; the help text
	// names only the blind sets still to be run
	for _, b := range blindSets {
		if !strings.Contains(blindNames(), b) {
			t.Errorf("help text names the blind sets as %q, without %s", blindNames(), b)
		}
	}
	if (len(blindSets) == 0) != (blindNames() == "none now") {
		t.Errorf("help text names the blind sets as %q for %v", blindNames(), blindSets)
	}
	for _, set := range []string{"fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19"} {
		if named(blindSets, set) || !named(knownSets, set) || !named(defaultDirs, "testdata/"+set) {
			t.Errorf("%s is not a default set after its blind run: %v %v %v", set, knownSets, blindSets, defaultDirs)
		}
		entries, err := os.ReadDir("../../../../testdata/" + set)
		if err != nil {
			t.Fatal(err)
		}
		want := 20
		switch set {
		case "fresh17":
			want = 6
		case "fresh18":
			want = 12
		}
		if len(entries) < want {
			t.Errorf("testdata/%s holds %d texts, want at least %d", set, len(entries), want)
		}
		for _, e := range entries {
			id := strings.TrimSuffix(e.Name(), filepath.Ext(e.Name()))
			if _, err := os.Stat(filepath.Join("../../../../testdata/gold", id+".facts")); err != nil {
				t.Errorf("testdata/%s/%s has no gold: %v", set, e.Name(), err)
			}
		}
	}
}

// TestFresh20Blind: the twenty-first batch is landed blind: its set is known
// (so --set fresh20 scores it) but it is no default set and its folder is
// not among the default article folders, so no run reads its texts unless
// the set is named; its gold is left out otherwise.
func TestFresh20Blind(t *testing.T) {
	if !known("fresh20") || !named(blindSets, "fresh20") {
		t.Errorf("fresh20 is not a blind set")
	}
	if named(knownSets, "fresh20") || named(defaultDirs, "testdata/fresh20") {
		t.Errorf("fresh20 is read by default before its blind run: %v %v", knownSets, defaultDirs)
	}
	if blindNames() != "fresh20" {
		t.Errorf("help text names the blind sets as %q", blindNames())
	}
	// its gold and texts are landed together: every text of the batch has
	// its gold in testdata/gold (read here as files only, never coded)
	entries, err := os.ReadDir("../../../../testdata/fresh20")
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) < 20 {
		t.Errorf("testdata/fresh20 holds %d texts, want at least 20", len(entries))
	}
	for _, e := range entries {
		id := strings.TrimSuffix(e.Name(), filepath.Ext(e.Name()))
		if _, err := os.Stat(filepath.Join("../../../../testdata/gold", id+".facts")); err != nil {
			t.Errorf("testdata/fresh20/%s has no gold: %v", e.Name(), err)
		}
	}
}
