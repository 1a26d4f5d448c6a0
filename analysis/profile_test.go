package analysis

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
)

// bruteSimilarity computes S, κ and π straight from the definitions in the
// Profiles doc comment, with O(K²) loops.
func bruteSimilarity(pf *Profiles, i, j int, measure string) float64 {
	n := pf.n
	var a, b []float64
	for k := 0; k < n; k++ {
		if k != i && k != j {
			a = append(a, pf.x[i*n+k])
			b = append(b, pf.x[j*n+k])
		}
	}
	K := float64(len(a))
	d := func(x, y float64) float64 { return math.Abs(x-y) / 2 }
	var do float64
	for k := range a {
		do += d(a[k], b[k])
	}
	do /= K
	if measure == SimilarityS {
		return 1 - 2*do
	}
	var de float64
	switch measure {
	case SimilarityKappa:
		for _, x := range a {
			for _, y := range b {
				de += d(x, y)
			}
		}
		de /= K * K
	case SimilarityPi:
		pool := append(append([]float64(nil), a...), b...)
		for _, x := range pool {
			for _, y := range pool {
				de += d(x, y)
			}
		}
		de /= float64(len(pool) * len(pool))
	}
	if de <= 1e-12 {
		return 0
	}
	return 1 - do/de
}

func randomProjection(n, pairs int, seed uint64) *Projection {
	rng := rand.New(rand.NewPCG(seed, 1))
	p := &Projection{Level: LevelState, Index: map[string]int{}, Names: map[string]string{}, Skipped: map[string]int{}}
	for i := 0; i < n; i++ {
		id := fmt.Sprintf("S%02d", i)
		p.Nodes = append(p.Nodes, id)
		p.Index[id] = i
	}
	for k := 0; k < pairs; k++ {
		f, t := rng.IntN(n), rng.IntN(n)
		if f == t {
			continue
		}
		pr := &Pair{From: p.Nodes[f], To: p.Nodes[t], ByType: map[string]int{}}
		switch rng.IntN(3) {
		case 0:
			pr.Cooperation = 1 + 9*rng.Float64()
		case 1:
			pr.Conflict = 1 + 9*rng.Float64()
		default:
			pr.Cooperation, pr.Conflict = 5*rng.Float64(), 5*rng.Float64()
		}
		p.Pairs = append(p.Pairs, pr)
	}
	return p
}

func TestProfileSimilarityMatchesDefinitions(t *testing.T) {
	for seed := uint64(1); seed <= 5; seed++ {
		p := randomProjection(12+int(seed), 40, seed)
		pf := NewProfiles(p)
		for i := 0; i < pf.n; i++ {
			for j := 0; j < pf.n; j++ {
				if i == j {
					continue
				}
				for _, m := range []string{SimilarityS, SimilarityKappa, SimilarityPi} {
					got, want := pf.Similarity(i, j, m), bruteSimilarity(pf, i, j, m)
					if math.Abs(got-want) > 1e-12 {
						t.Fatalf("seed %d, %d~%d, %s: %v, by definition %v", seed, i, j, m, got, want)
					}
					if sym := pf.Similarity(j, i, m); math.Abs(sym-got) > 1e-12 {
						t.Fatalf("%s not symmetric: %v vs %v", m, got, sym)
					}
				}
			}
		}
	}
}

// Two states that treat every third party alike have S = κ = π = 1; two
// that treat them oppositely have S = −1 and κ, π < 0; two states with no
// relation to anyone are alike by S (1) but not by κ and π (0).
func TestProfileSimilarityCases(t *testing.T) {
	p := &Projection{Level: LevelState, Index: map[string]int{}, Names: map[string]string{}, Skipped: map[string]int{}}
	for i, id := range []string{"A", "B", "C", "X", "Y", "Z", "Q", "R"} {
		p.Nodes = append(p.Nodes, id)
		p.Index[id] = i
	}
	add := func(f, t string, coop, conf float64) {
		p.Pairs = append(p.Pairs, &Pair{From: f, To: t, Cooperation: coop, Conflict: conf, ByType: map[string]int{}})
	}
	// A and B: friends of X and Y, enemies of Z. C: the opposite.
	for _, s := range []string{"A", "B"} {
		add(s, "X", 3, 0)
		add(s, "Y", 2, 0)
		add(s, "Z", 0, 4)
	}
	add("C", "X", 0, 1)
	add("C", "Y", 0, 2)
	add("C", "Z", 5, 0)
	pf := NewProfiles(p)
	idx := func(s string) int { return p.Index[s] }
	for _, m := range []string{SimilarityS, SimilarityKappa, SimilarityPi} {
		if s := pf.Similarity(idx("A"), idx("B"), m); math.Abs(s-1) > 1e-12 {
			t.Errorf("A~B %s = %v, want 1", m, s)
		}
	}
	if s := pf.Similarity(idx("A"), idx("C"), SimilarityS); s >= 0.5 {
		t.Errorf("A~C S = %v", s)
	}
	for _, m := range []string{SimilarityKappa, SimilarityPi} {
		if s := pf.Similarity(idx("A"), idx("C"), m); s >= 0 {
			t.Errorf("A~C %s = %v, want < 0", m, s)
		}
	}
	if s := pf.Similarity(idx("Q"), idx("R"), SimilarityS); s != 1 {
		t.Errorf("Q~R (no ties) S = %v, want 1", s)
	}
	if s := pf.Similarity(idx("Q"), idx("R"), SimilarityKappa); s != 0 {
		t.Errorf("Q~R (no ties) κ = %v, want 0", s)
	}
}

// TestProfileAlignment: on the last COW window (1996–1999, 151 states,
// four years of relations) profiles are long enough and the blocs come
// without a warning; on two days of ICEWS the report warns that they are
// too short.
func TestProfileAlignment(t *testing.T) {
	windows, cow := readSignedCSV(t, sharedData+"signed/cow-signed-1946-1999.csv")
	p := cow[windows[len(windows)-1]]
	for _, method := range []string{MethodLeiden, MethodSigned} {
		r, err := Analyze(nil, p, Config{Method: method, Alignment: AlignmentProfile})
		if err != nil {
			t.Fatal(err)
		}
		if r.Alignment != AlignmentProfile || r.Similarity != SimilarityKappa || r.ThirdParties == nil || *r.ThirdParties < ProfileMinThirdParties || len(r.Warnings) != 0 || r.Null != nil {
			t.Fatalf("%s: %+v", method, r)
		}
		if len(r.Blocs) < 2 || len(r.Blocs) >= len(p.Nodes)/2 {
			t.Fatalf("%s: %d profile blocs of %d states", method, len(r.Blocs), len(p.Nodes))
		}
		// The United Kingdom, France and Germany treat the world alike
		// (the Pajek codes of the file).
		if b := blocOf(r, "GBR"); b == nil || b != blocOf(r, "FRA") || b != blocOf(r, "GER") {
			t.Errorf("%s: GBR, FRA and GER not in one profile bloc", method)
		}
	}
	if _, err := Analyze(nil, p, Config{Alignment: "vibes"}); err == nil {
		t.Fatal("alignment vibes accepted")
	}
	ig := crossCases(t)[3]
	r, err := Analyze(ig.g, ig.p, Config{Alignment: AlignmentProfile})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Warnings) == 0 || !strings.Contains(strings.Join(r.Warnings, " "), "profiles are short") {
		t.Fatalf("ICEWS, two days: no warning (%v third parties): %v", *r.ThirdParties, r.Warnings)
	}
}
