package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkCode codes the test articles one after another (scripts/bench-extract
// gives the figures the issue asks for: sentences per second on one core, peak
// memory at two corpus sizes).
func BenchmarkCode(b *testing.B) {
	var arts [][]byte
	var names []string
	for _, g := range []string{"../../testdata/articles/*", "../../testdata/heldout/*", "../../testdata/heldout2/*", "../../testdata/dev/*", "../../testdata/calib/*", "../../testdata/test/*", "../../testdata/fresh/*", "../../testdata/fresh2/*"} {
		m, _ := filepath.Glob(g)
		for _, p := range m {
			if filepath.Base(p) == "SOURCES.md" {
				continue
			}
			d, _ := os.ReadFile(p)
			arts = append(arts, d)
			names = append(names, p)
		}
	}
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		k := i % len(arts)
		a, _ := Read(names[k], arts[k])
		d, _ := Code(a, Options{})
		n += d.Sentences
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sent/s")
}
