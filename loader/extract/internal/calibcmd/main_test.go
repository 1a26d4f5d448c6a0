package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/blocgraph/blocgraph/loader/extract"
)

// TestCalibrationUpToDate: the model the coder ships
// (loader/extract/calibration.tsv) is the one these first runs and this gold
// give; after a change of the features or of the gold, run
// scripts/extract-calibrate.
func TestCalibrationUpToDate(t *testing.T) {
	root := filepath.Join("..", "..", "..", "..")
	out := filepath.Join(t.TempDir(), "calibration.tsv")
	var log bytes.Buffer
	err := run1(&log, filepath.Join(root, "testdata", "extract-firstruns.jsonl"),
		[]string{filepath.Join(root, "testdata", "gold"), filepath.Join(root, "testdata", "facts", "kim-diaz-canel-2021.yaml")}, out)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(out)
	shipped, err := os.ReadFile(filepath.Join(root, "loader", "extract", "calibration.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	// the header names the file it was read from: compare the weights
	weights := func(b []byte) string {
		var keep []string
		for _, l := range strings.Split(string(b), "\n") {
			if !strings.HasPrefix(l, "#") {
				keep = append(keep, l)
			}
		}
		return strings.Join(keep, "\n")
	}
	if weights(got) != weights(shipped) {
		t.Errorf("loader/extract/calibration.tsv is not what scripts/extract-calibrate fits now; run it")
	}
	// the model must predict the held-out batches better than the rules'
	// confidence alone, or it has no business replacing it
	var chosen string
	losses := map[string]float64{}
	var rule float64
	for _, l := range strings.Split(log.String(), "\n") {
		var pen string
		var loss float64
		if n, _ := fmt.Sscanf(strings.TrimSpace(l), "penalty %s held-out log loss %f", &pen, &loss); n == 2 {
			losses[strings.TrimSuffix(pen, ":")] = loss
		}
		if n, _ := fmt.Sscanf(strings.TrimSpace(l), "the rule confidence alone: log loss %f", &rule); n == 1 {
			continue
		}
		fmt.Sscanf(l, "chosen penalty %s", &chosen)
	}
	if chosen == "" || rule == 0 || losses[chosen] == 0 {
		t.Fatalf("no cross-validation in the report:\n%s", log.String())
	}
	// the default cut is the one the rule fixed on the held-out first runs
	// chooses, not one picked by hand
	var cut float64
	for _, l := range strings.Split(log.String(), "\n") {
		if n, _ := fmt.Sscanf(l, "the default --min-confidence by the rule: %f", &cut); n == 1 {
			break
		}
	}
	if cut == 0 {
		t.Errorf("no default cut in the report:\n%s", log.String())
	} else if cut != extract.DefaultMinConfidence {
		t.Errorf("extract.DefaultMinConfidence is %.2f; the rule on the held-out first runs chooses %.2f", extract.DefaultMinConfidence, cut)
	}
	t.Logf("penalty %s: held-out log loss %.4f; the rules alone %.4f", chosen, losses[chosen], rule)
	if losses[chosen] >= rule {
		t.Errorf("held out, the model (log loss %.4f) predicts no better than the rules' confidence (%.4f)", losses[chosen], rule)
	}
}
