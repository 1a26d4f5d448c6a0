package gazetteer

import (
	"testing"

	"github.com/blocgraph/blocgraph/graph"
)

func BenchmarkDefault(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := parse(embedded); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkResolve(b *testing.B) {
	z := Default()
	at := graph.MustDate("2021-04-23")
	names := []string{"Kim Jong Un", "Díaz-Canel", "Pyongyang", "U.S.", "North Korean", "CUB", "Korean", "George Bush"}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		z.Resolve(names[i%len(names)], at)
	}
}

func BenchmarkResolveNotFound(b *testing.B) {
	z := Default()
	z.nearest("warmup", 5)
	names := []string{"Kim Jong", "Merkell", "Nort Korea", "Diaz-Canell", "Xi Jinpin", "Abdallah bin Abd Al", "Qwertyuiop Asdfghjkl"}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		z.Resolve(names[i%len(names)], graph.Date{})
	}
}
