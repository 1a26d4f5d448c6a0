package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/blocgraph/blocgraph/analysis"
)

// TestReportRulingAndLabels: report shows how each state was ruled (from the
// gazetteer) and says why each bloc has its label; without significant
// structure the labels are printed as no finding.
func TestReportRulingAndLabels(t *testing.T) {
	seed := seedFacts
	code, out, errOut := run(t, "", "report", "--format", "json", "--method", "signed", seed)
	if code != 0 {
		t.Fatalf("exit %d %s", code, errOut)
	}
	var r analysis.Report
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	for _, x := range r.Results {
		want := analysis.RegimeAutocracy
		if x.ID == "USA" || x.ID == "KOR" || x.ID == "JPN" {
			want = analysis.RegimeDemocracy
		}
		if x.Ruling.Regime != want || x.Ruling.Family == "" || x.Ruling.At == "" {
			t.Errorf("%s ruling %+v; want regime %s and a family", x.ID, x.Ruling, want)
		}
	}
	var labels []string
	for _, b := range r.Blocs {
		labels = append(labels, b.Label)
		if b.LabelReason == "" || b.LabelBasis.Members != len(b.Members) || b.LabelBasis.Significant == nil {
			t.Errorf("bloc %q: reason %q, basis %+v", b.Label, b.LabelReason, b.LabelBasis)
		}
		if r.NoSignificantStructure() == b.Finding {
			t.Errorf("bloc %q: finding %v, but significant structure %v", b.Label, b.Finding, !r.NoSignificantStructure())
		}
	}
	if strings.Join(labels, "; ") != "socialist bloc; democracies" {
		t.Errorf("labels %v", labels)
	}
	code, out, _ = run(t, "", "report", "--method", "signed", seed)
	if code != 0 || !strings.Contains(out, "democracies (not significant)     United States, Japan, South Korea        liberalism       democracy") || strings.Contains(out, " bloc  ") && strings.Contains(out, "United States bloc") {
		t.Errorf("report table:\n%s", out)
	}
	if !strings.Contains(out, "IDEOLOGY      REGIME     BLOC") || !strings.Contains(out, "communism     autocracy  socialist bloc (not significant)") {
		t.Errorf("no ideology and regime per state:\n%s", out)
	}
}

func TestPartnersRuling(t *testing.T) {
	seed := seedFacts
	code, out, errOut := run(t, "", "partners", "--format", "json", "PRK", seed)
	if code != 0 {
		t.Fatalf("exit %d %s", code, errOut)
	}
	var v struct {
		Ruling      analysis.Ruling    `json:"ruling"`
		Allies      []analysis.Partner `json:"allies"`
		Adversaries []analysis.Partner `json:"adversaries"`
	}
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatal(err)
	}
	if v.Ruling.Family != "communism" || v.Ruling.Regime != analysis.RegimeAutocracy {
		t.Errorf("PRK ruling %+v", v.Ruling)
	}
	for _, p := range append(v.Allies, v.Adversaries...) {
		if p.Ruling.Regime == "" {
			t.Errorf("partner %s: no regime", p.ID)
		}
	}
	code, out, _ = run(t, "", "partners", "PRK", seed)
	if code != 0 || !strings.Contains(out, "North Korea: communism, autocracy") || !strings.Contains(out, "Cuba (CUB)  net +19.6  [cooperation 19.6, conflict 0.0, 6 reports]  communism, autocracy") {
		t.Errorf("partners table:\n%s", out)
	}
}
