package build

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blocgraph/blocgraph/graph"
)

// Broken names. The sources' person tokens lost letters with diacritics
// and split words where they were: people_leaders.csv writes Jan Stráský
// "jan_strask_y" and Liamine Zéroual "liamine_z_roual_", CountryInfo's
// <Government> lists "M_ICHEL_MAMPOUYA_" for a month between two terms of
// "MICHEL_MAMPOUYA_" (also Ma Kai, Michael Mukula, Moosa Fathy, Mahlaba
// Mamba, Mabri Toikeusse) and "F_HONG_SUN_HUOT_" beside "HONG_SUN_HUOT_".
// Each became a second person. A name with a word of one letter is repaired
// into the name of another record of the same state that it is a broken
// spelling of — that letter joined to the next word ("M Ichel" Michel) or
// the previous one ("Strask Y" Strasky), with one letter lost at the join
// ("Z Roual" Zeroual), the split misplaced ("M Akai" Ma Kai), or a
// leading letter dropped ("F Hong Sun Huot") —
// when exactly one such name is known. Initials are left alone: "George W
// Bush" is no broken spelling of "George Bush" by these rules.

// repairSplitNames rewrites the broken names of b.records.
func (b *builder) repairSplitNames() error {
	known := map[string]map[string]string{} // home → folded name → name
	for _, r := range b.records {
		for _, n := range r.names {
			if oneLetterWord(strings.Fields(n)) < 0 {
				if known[r.home] == nil {
					known[r.home] = map[string]string{}
				}
				known[r.home][graph.Fold(n)] = n
			}
		}
	}
	for _, r := range b.records {
		for i, n := range r.names {
			if fixed, ok := repairSplit(n, known[r.home]); ok {
				r.names[i] = fixed
			}
		}
	}
	return nil
}

// oneLetterWord is the index of the first word of one letter (no "I" or
// "V", regnal numbers after a name; no "y" or "e" between surnames; no "O"
// or "U", Korean and Burmese words), or -1.
func oneLetterWord(words []string) int {
	for k, w := range words {
		r, n := utf8.DecodeRuneInString(w)
		if n != len(w) || !unicode.IsLetter(r) {
			continue
		}
		lw := strings.ToLower(w)
		if lw == "o" || lw == "u" { // Korean O (O Kuk-ryol), Burmese U (U Nu): names, not pieces
			continue
		}
		if k > 0 && (lw == "i" || lw == "v" || lw == "x") {
			continue
		}
		if k > 0 && k < len(words)-1 && (lw == "y" || lw == "e") {
			continue
		}
		return k
	}
	return -1
}

// repairSplit returns the one name of known (folded → name) that name is
// a broken spelling of, by the rules above.
func repairSplit(name string, known map[string]string) (string, bool) {
	words := strings.Fields(name)
	k := oneLetterWord(words)
	if k < 0 || len(known) == 0 {
		return "", false
	}
	found := map[string]bool{}
	try := func(ws []string) {
		if n, ok := known[graph.Fold(strings.Join(ws, " "))]; ok {
			found[n] = true
		}
	}
	join := func(at int, w string, rest int) []string {
		return append(append(append([]string{}, words[:at]...), w), words[rest:]...)
	}
	if k+1 < len(words) {
		next := strings.ToLower(words[k+1])
		try(join(k, words[k]+next, k+2))
		// One letter lost at the join: the known name's word is the letter,
		// one more, and the next word ("Z" "Roual": Zeroual).
		lead := strings.ToLower(words[k])
		for key, n := range known {
			kw := strings.Fields(key)
			if len(kw) != len(words)-1 || strings.Join(kw[:k], " ") != graph.Fold(strings.Join(words[:k], " ")) ||
				strings.Join(kw[k+1:], " ") != graph.Fold(strings.Join(words[k+2:], " ")) {
				continue
			}
			w := kw[k]
			if r, n1 := utf8.DecodeRuneInString(w[len(graph.Fold(lead)):]); strings.HasPrefix(w, graph.Fold(lead)) && r != utf8.RuneError &&
				w[len(graph.Fold(lead))+n1:] == graph.Fold(next) {
				found[n] = true
			}
		}
	}
	if k > 0 {
		try(join(k-1, words[k-1]+strings.ToLower(words[k]), k+1))
	}
	// The split in the wrong place: "M Akai" is Ma Kai (the same letters,
	// as many words).
	if k+1 < len(words) {
		flat := strings.ReplaceAll(graph.Fold(name), " ", "")
		for key, n := range known {
			if strings.Count(key, " ") == len(words)-1 && strings.ReplaceAll(key, " ", "") == flat {
				found[n] = true
			}
		}
	}
	if k == 0 && len(words) > 2 {
		try(words[1:])
	}
	if len(found) != 1 {
		return "", false
	}
	for n := range found {
		return n, true
	}
	return "", false
}
