package analysis

// memberConfidence gives every member of a bloc of two or more in report r
// (over projection p) a confidence in its bloc where the method gives none,
// so that a timeline has one for every method:
//
//   - leiden: the share of the member's cooperation (both directions, by
//     weight) that is with its bloc-mates: 1 when every ally is in its bloc,
//     0.5 when it is pulled as much elsewhere;
//   - signed: the share of its ties, cooperation and conflict by weight,
//     that the partition satisfies (cooperation inside the bloc, conflict
//     across): 1 when nothing it does frustrates the blocs.
//
// Consensus keeps its own (how often the member landed with its
// bloc-mates over the runs). A state alone, or with no tie of the kind
// counted, has none.
func memberConfidence(r *Report, p *Projection) {
	if r.Method == MethodConsensus {
		return
	}
	bloc := map[string]int{}
	for _, b := range r.Blocs {
		if len(b.Members) < 2 {
			continue
		}
		for _, m := range b.Members {
			bloc[m] = b.ID
		}
	}
	signed := r.Method == MethodSigned
	agree, total := map[string]float64{}, map[string]float64{}
	for _, pr := range p.Pairs {
		bf, okF := bloc[pr.From]
		bt, okT := bloc[pr.To]
		same := okF && okT && bf == bt
		w, ok := pr.Cooperation, pr.Cooperation
		if signed {
			w = pr.Cooperation + pr.Conflict
			ok = pr.Conflict
			if same {
				ok = pr.Cooperation
			}
		} else if !same {
			ok = 0
		}
		for _, id := range []string{pr.From, pr.To} {
			total[id] += w
			agree[id] += ok
		}
	}
	for i := range r.Results {
		x := &r.Results[i]
		if _, in := bloc[x.ID]; !in || x.BlocConfidence != nil || total[x.ID] <= 0 {
			continue
		}
		v := agree[x.ID] / total[x.ID]
		x.BlocConfidence = &v
	}
}
