package extract

import (
	"sort"
	"strings"
	"testing"
)

// TestLabelledList: a label that says what the listed states did
// ("Countries not attending:", "Boycotting:", "Not taking part in …:")
// gives each listed state that relation with the event's host (named in
// the label or earlier in the text); dependent territories on the list
// give none (ANNOTATION.md rule 94); a label with no relation word, or
// one of attending, gives nothing.
func TestLabelledList(t *testing.T) {
	lead := "The International Olympic Committee announced Tuesday that 85 nations had accepted invitations to attend the Moscow games.\n\n"
	var real []string
	for _, st := range strings.Fields("ALB ARG BHR CAN CHN DEU GMB HND IDN ISR JPN KEN LIE MWI MYS MRT PAK PRY PHL SAU SGP THA TUN TUR USA URY") {
		real = append(real, st+" BOYCOTTED SUN")
	}
	sort.Strings(real)
	for _, tc := range []struct{ text, want string }{
		// gold (csmonitor 1980): Bermuda, the Cayman Islands, Hong Kong are no states
		{lead + "Countries not attending: Albania, Argentina, Bahrain, Bermuda, Canada, Cayman Islands, China, Gambia, Honduras, Hong kong, Indonesia, Israel, Japan, Kenya, Liechtenstein, Malawi, Malaysia, Mauritania, Pakistan, Paraguay, Philippines, Saudi Arabia, Singapore, Thailand, Tunisia, Turkey, United States, Uruguay, West Germany.",
			strings.Join(real, "; ")},
		// variants: the relation's words alone; the host in the label
		{"The summit will be held in Islamabad.\n\nBoycotting: India, Afghanistan, Bangladesh and Bhutan.",
			"AFG BOYCOTTED PAK; BGD BOYCOTTED PAK; BTN BOYCOTTED PAK; IND BOYCOTTED PAK"},
		{"Not taking part in the Moscow games: Kenya, Japan and Canada.",
			"CAN BOYCOTTED SUN; JPN BOYCOTTED SUN; KEN BOYCOTTED SUN"},
		// near misses: no relation word; attending; no host
		{lead + "Countries listed: Albania, Argentina, Canada, China.", ""},
		{lead + "Countries attending: Austria, Australia, Belgium, Benin.", ""},
		{"Countries not attending: Albania, Argentina, Canada, China.", ""},
	} {
		wantKept(t, tc.text, Options{Published: day(t, "1980-05-28")}, tc.want)
	}
	// a vocabulary word in the label, its object named there (Kosovo a state from 2008)
	wantKept(t, "States that recognised Kosovo: France, Germany, Italy and Japan.", Options{Published: day(t, "2008-02-20")},
		"DEU RECOGNIZED XKX; FRA RECOGNIZED XKX; ITA RECOGNIZED XKX; JPN RECOGNIZED XKX")
}
