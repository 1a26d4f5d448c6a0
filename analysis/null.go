package analysis

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/blocgraph/blocgraph/analysis/csr"
)

// SignificanceLevel is the p-value below which bloc structure counts as
// beyond chance.
const SignificanceLevel = 0.05

// DefaultNullSamples is the number of randomisations of the null-model
// test when Config.Null is 0, on graphs of up to NullMaxEdges stored
// cooperation edges (every state-level graph of this project; above it
// the test is off unless asked for). Measured (issue 15, see the README):
// 20 samples with a quarter of the runs each cost about as much as the
// bloc search itself; with 20 samples the smallest p-value is 1/21 ≈
// 0.048, just under SignificanceLevel.
const (
	DefaultNullSamples = 20
	NullMaxEdges       = 5000
)

// NullTest compares the blocs found with those the same method finds in
// randomised versions of the same graph: a degree-preserving rewiring of
// the cooperation layer for modularity (Leiden, consensus), the signs
// shuffled over the same pairs for the signed partition.
type NullTest struct {
	Model     string `json:"model"`     // what was randomised
	Samples   int    `json:"samples"`   // randomisations
	Statistic string `json:"statistic"` // "modularity" or "frustration"
	// Observed is the statistic of the real graph found the same way as for
	// each randomisation (with a quarter of the runs, so it can fall short
	// of the headline Q); a frustration leaves out the part that no
	// partition avoids (conflict self-loops, min(cooperation, conflict) of
	// a pair with both), which shuffling does not move.
	Observed float64 `json:"observed"`
	// Unavoidable is the frustration Observed leaves out (absent for
	// modularity): the headline's frustration is about Observed +
	// Unavoidable.
	Unavoidable float64 `json:"unavoidable,omitempty"`
	Mean        float64 `json:"mean"` // over the randomisations
	SD          float64 `json:"sd"`   // sample standard deviation
	// Z is (observed − mean)/sd for modularity and (mean − observed)/sd for
	// frustration, so that more structure than chance is positive either
	// way; absent when sd = 0.
	Z *float64 `json:"z,omitempty"`
	// P is the one-sided empirical p-value (1 + k)/(samples + 1), k the
	// randomisations at least as structured as the real graph (Q at least
	// as high, frustration at least as low).
	P           float64 `json:"p"`
	Significant bool    `json:"significant"` // P < SignificanceLevel
	// AtFloor: no randomisation was as structured as the real graph, so P
	// is 1/(samples+1), the smallest the test can give with this many
	// samples: it says "p ≤ 1/21", not how far beyond chance the blocs are.
	AtFloor bool `json:"p_at_floor,omitempty"`
	// Degenerate: every randomisation gave the same statistic, and the
	// real graph's is better — a graph of too few ties to randomise (two
	// pairs of states have one other arrangement), where the samples are
	// one sample repeated: P is then that of two graphs, 0.5, and the test
	// cannot tell the blocs from chance.
	Degenerate bool `json:"degenerate,omitempty"`
}

// NoSignificantStructure reports whether the null-model test ran and found
// the blocs no better than chance (p >= SignificanceLevel): bloc labels
// must then not be presented as findings. False when the test did not run.
func (r *Report) NoSignificantStructure() bool {
	return r.Null != nil && !r.Null.Significant
}

// Caveat is what a picture of the blocs must say under its title, in a
// few words, when its legend is no finding: the test against chance found
// no significant structure, the blocs are no finding for another reason
// (signed blocs without conflict, one bloc for all), or no test ran and the
// modularity is weak. "" when the blocs stand.
func (r *Report) Caveat() string {
	const noFinding = ": the legend describes the members, it is no finding"
	if r.NoSignificantStructure() {
		return "no significant bloc structure" + noFinding
	}
	for _, b := range r.Blocs {
		if !b.Finding && b.LabelBasis.Rule != "alone" {
			head, _, _ := strings.Cut(r.Significance, ":")
			return head + noFinding
		}
	}
	if r.Null == nil && r.Modularity != nil && *r.Modularity < clearModularity && len(r.Blocs) < r.Nodes {
		return fmt.Sprintf("weak bloc structure (modularity %.3f, not tested against chance): read the legend as a sketch", *r.Modularity)
	}
	return ""
}

// nullSamples returns how many randomisations to make for cfg on a graph
// of the given stored cooperation edges.
func nullSamples(cfg Config, edges int) int {
	switch {
	case cfg.Null < 0:
		return 0
	case cfg.Null > 0:
		return cfg.Null
	case edges <= NullMaxEdges:
		return DefaultNullSamples
	}
	return 0
}

// newNullTest summarises the null distribution; higher says whether a
// higher statistic means more structure.
func newNullTest(model, statistic string, observed float64, null []float64, higher bool) *NullTest {
	observed = roundoffZero(observed)
	t := &NullTest{Model: model, Samples: len(null), Statistic: statistic, Observed: observed}
	var k int
	for _, x := range null {
		t.Mean += x
		const tol = 1e-9
		if higher && x >= observed-tol*max(1, math.Abs(observed)) || !higher && x <= observed+tol*max(1, math.Abs(observed)) {
			k++
		}
	}
	n := float64(len(null))
	t.Mean = roundoffZero(t.Mean / n)
	var ss float64
	for _, x := range null {
		ss += (x - t.Mean) * (x - t.Mean)
	}
	if len(null) > 1 {
		t.SD = math.Sqrt(ss / (n - 1))
	}
	if t.SD > 1e-12*max(1, math.Abs(t.Mean)) {
		z := (observed - t.Mean) / t.SD
		if !higher {
			z = -z
		}
		t.Z = &z
	}
	t.P = float64(1+k) / (n + 1)
	if t.Z == nil && len(null) > 1 && k == 0 {
		t.Degenerate, t.P = true, 0.5
	}
	t.AtFloor = k == 0 && !t.Degenerate
	t.Significant = t.P < SignificanceLevel
	return t
}

// words says what the test found, for the report's significance line.
func (t *NullTest) words() string {
	z := ""
	if t.Z != nil {
		z = fmt.Sprintf("z = %.1f, ", *t.Z)
	}
	observed := fmt.Sprintf("%s %.3f", t.Statistic, t.Observed)
	if t.Unavoidable > 0 {
		observed += fmt.Sprintf(" beyond the %.3f no partition avoids (the smaller side of each pair that both cooperates and conflicts)", t.Unavoidable)
	}
	if t.Significant && t.AtFloor {
		return fmt.Sprintf("bloc structure beyond chance: %s against %.3f ± %.3f in %d %s (%sp ≤ 1/%d = %.3f: none of the %d was as structured, and %d randomisations can show no smaller p; --null N for a finer test)",
			observed, t.Mean, t.SD, t.Samples, t.Model, z, t.Samples+1, t.P, t.Samples, t.Samples)
	}
	if t.Significant {
		return fmt.Sprintf("bloc structure beyond chance: %s against %.3f ± %.3f in %d %s (%sp = %.3f)",
			observed, t.Mean, t.SD, t.Samples, t.Model, z, t.P)
	}
	if t.Degenerate {
		return fmt.Sprintf("no bloc structure can be shown in this window: every one of the %d %s gives %s %.3f against the real graph's %.3f — too few ties to randomise, one other arrangement repeated (p = 0.50 at best); the blocs are not a finding",
			t.Samples, t.Model, t.Statistic, t.Mean, t.Observed)
	}
	than := "no higher than"
	if t.Statistic == "frustration" {
		than = "no lower than"
	}
	return fmt.Sprintf("no significant bloc structure in this window: %s is %s in %d %s (%.3f ± %.3f, %sp = %.2f); the blocs are not a finding",
		observed, than, t.Samples, t.Model, t.Mean, t.SD, z, t.P)
}

const (
	modelRewire = "rewirings of the cooperation ties that keep every state's weighted degree"
	// modelRewireGroups is modelRewire on a graph that falls apart: the
	// rewirings stay within each group of states tied together
	// (csr.Rewire), so the split itself is not counted as structure.
	modelRewireGroups = "rewirings of the cooperation ties within each group that keep every state's weighted degree"
	modelShuffle      = "shufflings of which pairs cooperate and which conflict"
)

// groups returns the number of connected components of g that have a
// tie (states without any are left out: they are blocs of their own,
// "no cooperation ties").
// groupsOf is the number of groups of comp that hold a tie of g.
func groupsOf(g *csr.Graph, comp []int32) int {
	seen := map[int32]bool{}
	for u := 0; u < g.N; u++ {
		if g.OutDegree(u) > 0 {
			seen[comp[u]] = true
		}
	}
	return len(seen)
}

// groupSizes returns the sizes of those components, largest first.
func groupSizes(g *csr.Graph) []int {
	comp := csr.Components(g)
	size := map[int32]int{}
	for u := 0; u < g.N; u++ {
		if g.OutDegree(u) > 0 {
			size[comp[u]]++
		}
	}
	out := make([]int, 0, len(size))
	for _, n := range size {
		out = append(out, n)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(out)))
	return out
}

// SeparateGroupsShare is the share of the states with ties under which
// the largest group leaves the graph in separate groups (GroupsWords).
const SeparateGroupsShare = 0.75

// GroupsWords is what the report and the brief say when the graph falls
// apart into separate groups: the blocs are those groups (or parts of
// them), which may be separate stories, not alignment.
//
// Said only when no group holds most of the states (the largest under
// SeparateGroupsShare of the states with ties): a main group with a few
// pairs apart (GDELT 54, 2, 2)
// is one graph with strays, whose blocs are divisions of the main group;
// ten unrelated articles (15, 5, 2) are not.
func (r *Report) GroupsWords() string {
	sizes, level := r.Groups, r.Level
	if len(sizes) < 2 {
		return ""
	}
	total := 0
	for _, k := range sizes {
		total += k
	}
	if float64(sizes[0]) >= SeparateGroupsShare*float64(total) {
		return ""
	}
	n := len(sizes)
	of := make([]string, len(sizes))
	for i, k := range sizes {
		of[i] = strconv.Itoa(k)
	}
	return fmt.Sprintf("the %ss with ties fall into %d groups with no tie of any kind between them (of %s %ss); the blocs found are these groups or parts of them, which may be separate stories (articles, events) rather than alignment", level, n, joinAnd(of), level)
}

// joinAnd joins words as "a, b and c".
func joinAnd(w []string) string {
	if len(w) < 2 {
		return strings.Join(w, "")
	}
	return strings.Join(w[:len(w)-1], ", ") + " and " + w[len(w)-1]
}

// nullRuns is the number of runs (restarts) each randomisation gets: a
// quarter of the real graph's, at least 1, which makes the test four times
// cheaper. The real graph's statistic in the test is found the same way
// (not taken from its full search), so that both sides of the comparison
// are searched alike.
func nullRuns(runs int) int { return max(1, runs/4) }

// nullModularity tests the modularity of und with Leiden at the given runs.
// The rewirings stay within the groups of comp (the states tied by
// cooperation or conflict, no tie between groups): two camps that never
// cooperate but are in conflict are one group, and the absence of
// cooperation across is structure; ten articles that never touch are
// three groups, and their split is not.
func nullModularity(und *csr.Graph, comp []int32, runs, samples int, cfg Config) *NullTest {
	rn := nullRuns(runs)
	observed := csr.LeidenRuns(und, cfg.Resolution, cfg.Seed, rn, cfg.Workers).Q
	null := csr.NullModularityIn(und, comp, cfg.Resolution, cfg.Seed, rn, samples, cfg.Workers)
	model := modelRewire
	if groupsOf(und, comp) > 1 {
		model = modelRewireGroups
	}
	return newNullTest(model, "modularity", observed, null, true)
}

// nullFrustration tests the frustration of (coop, conflict) with opt, whose
// Restarts is the number the real search made.
func nullFrustration(coop, conflict *csr.Graph, opt csr.SignedOptions, samples int, cfg Config) *NullTest {
	opt.Restarts, opt.NoBound = nullRuns(opt.Restarts), true
	null, fixed := csr.NullFrustration(coop, conflict, opt, samples, cfg.Workers)
	observed := csr.SignedPartition(coop, conflict, opt).Frustration - fixed
	t := newNullTest(modelShuffle, "frustration", observed, null, false)
	t.Unavoidable = fixed
	return t
}
