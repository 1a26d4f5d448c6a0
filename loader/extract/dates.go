package extract

import (
	"regexp"
	"strings"
	"time"

	"github.com/blocgraph/blocgraph/graph"
)

// dateExpr is a date a sentence gives, at byte offset pos of the sentence.
type dateExpr struct {
	pos  int
	date graph.Date
	text string
}

var weekdays = map[string]time.Weekday{
	"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday, "thursday": time.Thursday,
	"friday": time.Friday, "saturday": time.Saturday, "sunday": time.Sunday,
}

const monthAlt = `(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`

var (
	reISO      = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)
	reUS       = regexp.MustCompile(`\b(\d{1,2})/(\d{1,2})/(\d{4})\b`)
	reMDY      = regexp.MustCompile(`\b` + monthAlt + `\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s*(\d{4})\b)?`)
	reDMY      = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)?\s+` + monthAlt + `\b(?:,?\s*(\d{4})\b)?`)
	reMonthIn  = regexp.MustCompile(`\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id-?)\s+` + monthAlt + `\b(?:\s+(?:of\s+)?(\d{4})\b)?`)
	reMonthYr  = regexp.MustCompile(`\b` + monthAlt + `\s+(\d{4})\b`)
	reWeekday  = regexp.MustCompile(`\b(?:[Oo]n|[Ll]ast|[Tt]his)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?:\s*\((\d{1,2})\))?`)
	reWeekday2 = regexp.MustCompile(`\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b`)
	reInYear   = regexp.MustCompile(`\b(?:[Ii]n|[Ss]ince|[Dd]uring)\s+(\d{4})\b`)
)

// monthCues are how month names are written (capitalised).
var monthCues = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September",
	"October", "November", "December", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep", "Oct.", "Nov.", "Dec."}

func monthOf(s string) int {
	s = strings.ToLower(strings.TrimSuffix(s, "."))
	return monthNames[s]
}

// findDates returns the dates a sentence gives, resolved against the
// published date with their precision: "March 25" is a day, "in March" a
// month, "on Monday (19)" the Monday the 19th before publication, "last
// week" the month of a week before.
func findDates(s string, pub graph.Date) []dateExpr {
	// The expressions are looked for only where their words are: the
	// regular expressions are the coder's most costly step.
	low := strings.ToLower(s)
	digit := strings.ContainsAny(s, "0123456789")
	month := false
	for _, m := range monthCues {
		if strings.Contains(s, m) {
			month = true
			break
		}
	}
	weekday := false
	for _, w := range weekdayNames {
		if strings.Contains(s, w) {
			weekday = true
			break
		}
	}
	rels := relativeAt(low)
	if !digit && !month && !weekday && len(rels) == 0 {
		return nil
	}
	var out []dateExpr
	taken := make([]bool, len(s)+1)
	mark := func(a, b int) bool {
		for i := a; i < b; i++ {
			if taken[i] {
				return false
			}
		}
		for i := a; i < b; i++ {
			taken[i] = true
		}
		return true
	}
	add := func(a, b int, d graph.Date, ok bool) {
		if ok && mark(a, b) {
			out = append(out, dateExpr{pos: a, date: d, text: s[a:b]})
		}
	}
	for _, m := range ifFound(digit, reISO, s) {
		d, ok := dayDate(atoi(s[m[2]:m[3]]), atoi(s[m[4]:m[5]]), atoi(s[m[6]:m[7]]))
		add(m[0], m[1], d, ok)
	}
	for _, m := range ifFound(digit, reUS, s) {
		d, ok := dayDate(atoi(s[m[6]:m[7]]), atoi(s[m[2]:m[3]]), atoi(s[m[4]:m[5]]))
		add(m[0], m[1], d, ok)
	}
	// "March 25(, 2021)" and "25 March( 2021)": groups month, day, year
	// and day, month, year
	for _, form := range []struct {
		re       *regexp.Regexp
		mon, day int
	}{{reMDY, 1, 2}, {reDMY, 2, 1}} {
		for _, m := range ifFound(month && digit, form.re, s) {
			group := func(g int) string {
				if m[2*g] < 0 {
					return ""
				}
				return s[m[2*g]:m[2*g+1]]
			}
			d, ok := resolveDay(atoi(group(3)), monthOf(group(form.mon)), atoi(group(form.day)), pub)
			add(m[0], m[1], d, ok)
		}
	}
	for _, m := range ifFound(month, reMonthIn, s) {
		mo := monthOf(s[m[2]:m[3]])
		year := 0
		if m[4] >= 0 {
			year = atoi(s[m[4]:m[5]])
		}
		d, ok := resolveMonth(year, mo, pub)
		add(m[0], m[1], d, ok)
	}
	for _, m := range ifFound(month && digit, reMonthYr, s) {
		d, ok := resolveMonth(atoi(s[m[4]:m[5]]), monthOf(s[m[2]:m[3]]), pub)
		add(m[0], m[1], d, ok)
	}
	for _, m := range ifFound(weekday, reWeekday, s) {
		wd := weekdays[strings.ToLower(s[m[2]:m[3]])]
		day := 0
		if m[4] >= 0 {
			day = atoi(s[m[4]:m[5]])
		}
		d, ok := resolveWeekday(wd, day, pub)
		add(m[0], m[1], d, ok)
	}
	if !pub.IsZero() {
		pt := pub.Start()
		for _, m := range rels {
			var d graph.Date
			switch m.word {
			case "today", "tonight", "this morning", "this afternoon", "this evening", "overnight":
				d = pub
			case "yesterday":
				d = dayOf(pt.AddDate(0, 0, -1))
			case "last week":
				t := pt.AddDate(0, 0, -7)
				d = graph.Date{Year: t.Year(), Month: int(t.Month()), Precision: graph.PrecisionMonth}
			case "last month":
				t := time.Date(pt.Year(), pt.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, -1, 0)
				d = graph.Date{Year: t.Year(), Month: int(t.Month()), Precision: graph.PrecisionMonth}
			case "earlier this month", "this month":
				d = graph.Date{Year: pub.Year, Month: pub.Month, Precision: graph.PrecisionMonth}
			case "earlier this year", "this year":
				d = graph.Date{Year: pub.Year, Precision: graph.PrecisionYear}
			case "last year":
				d = graph.Date{Year: pub.Year - 1, Precision: graph.PrecisionYear}
			}
			add(m.at, m.at+len(m.word), d, true)
		}
	}
	for _, m := range ifFound(digit, reInYear, s) {
		y := atoi(s[m[2]:m[3]])
		if y > 1800 && (pub.IsZero() || y <= pub.Year) {
			add(m[0], m[1], graph.Date{Year: y, Precision: graph.PrecisionYear}, true)
		}
	}
	return out
}

var weekdayNames = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

// relativeWords are the dates said relative to publication, longest first
// so that "earlier this month" wins over "this month".
var relativeWords = []string{"earlier this month", "earlier this year", "this afternoon", "this morning", "this evening",
	"last month", "last week", "last year", "this month", "this year", "yesterday", "overnight", "tonight", "today"}

type relWord struct {
	at   int
	word string
}

// relativeAt finds the relative date words of a lower-cased sentence, as
// whole words, none inside another.
func relativeAt(low string) []relWord {
	var out []relWord
	for _, w := range relativeWords {
		for from := 0; ; {
			i := strings.Index(low[from:], w)
			if i < 0 {
				break
			}
			i += from
			end := i + len(w)
			from = end
			if i > 0 && isWordByte(low[i-1]) || end < len(low) && isWordByte(low[end]) {
				continue
			}
			inside := false
			for _, o := range out {
				if i < o.at+len(o.word) && end > o.at {
					inside = true
				}
			}
			if !inside {
				out = append(out, relWord{i, w})
			}
		}
	}
	return out
}

// ifFound runs re over s only when its words are there.
func ifFound(cue bool, re *regexp.Regexp, s string) [][]int {
	if !cue {
		return nil
	}
	return re.FindAllStringSubmatchIndex(s, -1)
}

func dayOf(t time.Time) graph.Date {
	return graph.Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day(), Precision: graph.PrecisionDay}
}

// placeYear gives a date without a year the publication year, or the
// year before when it would otherwise fall after publication.
func placeYear(year int, pub graph.Date, after func(y int) bool) (int, bool) {
	if year != 0 {
		return year, true
	}
	if pub.IsZero() {
		return 0, false
	}
	if after(pub.Year) {
		return pub.Year - 1, true
	}
	return pub.Year, true
}

func resolveDay(year, mo, day int, pub graph.Date) (graph.Date, bool) {
	year, ok := placeYear(year, pub, func(y int) bool {
		d, ok := dayDate(y, mo, day)
		return ok && d.Start().After(pub.End())
	})
	if !ok || mo == 0 {
		return graph.Date{}, false
	}
	return dayDate(year, mo, day)
}

func resolveMonth(year, mo int, pub graph.Date) (graph.Date, bool) {
	year, ok := placeYear(year, pub, func(int) bool { return mo > pub.Month && pub.Precision >= graph.PrecisionMonth })
	if !ok || mo == 0 {
		return graph.Date{}, false
	}
	return graph.Date{Year: year, Month: mo, Precision: graph.PrecisionMonth}, true
}

// resolveWeekday finds the last such weekday on or before publication; with
// a day of the month ("on Monday (19)") the last Monday the 19th.
func resolveWeekday(wd time.Weekday, day int, pub graph.Date) (graph.Date, bool) {
	if pub.Precision != graph.PrecisionDay {
		return graph.Date{}, false
	}
	t := pub.Start()
	for i := 0; i < 400; i++ {
		c := t.AddDate(0, 0, -i)
		if c.Weekday() == wd && (day == 0 || c.Day() == day) {
			return dayOf(c), true
		}
		if day == 0 && i >= 7 {
			break
		}
	}
	return graph.Date{}, false
}

var yearInName = regexp.MustCompile(`(?:^|[^0-9])((?:19|20)\d{2})(?:[^0-9]|$)`)

// inferPublished finds a publication date for an article that states none:
// a dateline among the first lines ("9 Nov 2016 11:34", "09.11.2016",
// "Published: November 9, 2016 | 11:34 AM", "MOSCOW, Nov. 9, 2016
// (Reuters) -"), else the latest full date the text gives that it does
// not mark as to come ("will be sworn in on January 20, 2017" is no
// publication date), else a weekday with its day ("on Monday (19)") in a
// year from the file name, after the months the text names. It says how
// it found it, quoting what it read.
func inferPublished(a *Article, sents []Sentence) (graph.Date, string, bool) {
	n := 0
	for _, line := range strings.Split(a.Text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if n++; n > 8 {
			break
		}
		if d, text, ok := datelineDate(line); ok {
			return d, "dateline “" + text + "”", true
		}
	}
	for i, s := range sents {
		if i >= 6 {
			break
		}
		if d, text, ok := datelineDate(strings.TrimSpace(s.Text)); ok {
			return d, "dateline “" + text + "”", true
		}
	}
	var latest graph.Date
	latestText := ""
	consider := func(s string, at, end int, d graph.Date) {
		if futureBefore(s[:at]) {
			return
		}
		if latest.IsZero() || d.Compare(latest) > 0 {
			latest, latestText = d, s[at:end]
		}
	}
	for _, s := range sents {
		for _, m := range reMDY.FindAllStringSubmatchIndex(s.Text, -1) {
			if m[6] >= 0 {
				if d, ok := dayDate(atoi(s.Text[m[6]:m[7]]), monthOf(s.Text[m[2]:m[3]]), atoi(s.Text[m[4]:m[5]])); ok {
					consider(s.Text, m[0], m[1], d)
				}
			}
		}
		for _, m := range reDMY.FindAllStringSubmatchIndex(s.Text, -1) {
			if m[6] >= 0 {
				if d, ok := dayDate(atoi(s.Text[m[6]:m[7]]), monthOf(s.Text[m[4]:m[5]]), atoi(s.Text[m[2]:m[3]])); ok {
					consider(s.Text, m[0], m[1], d)
				}
			}
		}
	}
	if !latest.IsZero() {
		return latest, "text (“" + latestText + "”, the latest date it gives not said to be to come)", true
	}
	// a weekday with its day of the month, in a known year
	year := 0
	if m := yearInName.FindStringSubmatch(a.File); m != nil {
		year = atoi(m[1])
	}
	if year == 0 {
		return graph.Date{}, "", false
	}
	minMonth := 1
	for _, s := range sents {
		for _, m := range reMonthIn.FindAllStringSubmatch(s.Text, -1) {
			if mo := monthOf(m[1]); mo > minMonth {
				minMonth = mo
			}
		}
	}
	for _, s := range sents {
		for _, m := range reWeekday.FindAllStringSubmatch(s.Text, -1) {
			if m[2] == "" {
				continue
			}
			wd, day := weekdays[strings.ToLower(m[1])], atoi(m[2])
			for mo := minMonth; mo <= 12; mo++ {
				if d, ok := dayDate(year, mo, day); ok && d.Start().Weekday() == wd {
					return d, "text (“" + strings.TrimSpace(m[0]) + "” in " + itoa(year) + ", the year of the file name, after the months the text names)", true
				}
			}
		}
	}
	return graph.Date{}, "", false
}

// futureCues mark a date as one to come: what is planned, scheduled or
// expected is no publication date.
var futureCues = regexp.MustCompile(`(?i)\b(will|shall|won't|would|is to|are to|was to|were to|is due|are due|due to|scheduled|planned|plans to|set to|expected|to be held|to take place|next|upcoming|ahead of|until|deadline)\b[^.;]*$`)

// futureBefore says whether the words before a date, in its sentence,
// mark it as to come ("He will be sworn in on", "scheduled for", "next
// week's summit on"): the cue must be within the six words before it.
func futureBefore(before string) bool {
	w := strings.Fields(before)
	if len(w) > 6 {
		w = w[len(w)-6:]
	}
	return futureCues.MatchString(strings.Join(w, " "))
}

var (
	// the dates a dateline prints, found anywhere in its line
	dlISO    = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b`)
	dlDotted = regexp.MustCompile(`\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b`)
	dlSlash  = regexp.MustCompile(`\b(\d{1,2})/(\d{1,2})/(\d{4})\b`)
	dlMDY    = regexp.MustCompile(`(?i)\b` + monthAlt + `\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	dlDMY    = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthAlt + `,?\s+(\d{4})\b`)
	// what else a dateline line may hold: labels, weekdays, times, zones,
	// the agency in brackets, punctuation
	dlRest = regexp.MustCompile(`(?i)^(?:published|updated|last|first|posted|released|issued|modified|date|dated|time|on|at|and|mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday|\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?|\d{3,4}|[ap]\.?m\.?|[ap]m|(?-i:[A-Z]{2,5})|gmt[+-]\d{1,2}(?::?\d{2})?|utc[+-]\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2}|\([A-Za-z .]+\))$`)
	// a wire dateline opening a sentence: "MOSCOW, Nov. 9, 2016 (Reuters) -"
	dlWire = regexp.MustCompile(`^[A-Z][A-Z .'/-]+,\s+(?:\w+\s+)?$`)
)

// datelineDate reads a line as a dateline: a date as news sites print it
// with nothing else on the line but labels ("Published:", "Updated"),
// weekdays, times and time zones ("9 Nov 2016 11:34", "November 9, 2016 |
// 11:34 AM", "Updated 11:34 AM EST, Wed November 9, 2016",
// "2016-11-09T11:34"), or a wire dateline opening a sentence ("MOSCOW,
// Nov. 9, 2016 (Reuters) - …"). Dotted dates are day.month.year
// ("09.11.2016" is 9 November), as every country that writes dates with
// dots writes them; slashed dates are month/day/year, as American sites
// write them, unless the first number is above 12 ("25/12/2016"). It
// returns the date and the text it read.
func datelineDate(line string) (graph.Date, string, bool) {
	if line == "" || len(line) > 400 {
		return graph.Date{}, "", false
	}
	type hit struct {
		a, b int
		d    graph.Date
	}
	var hits []hit
	try := func(re *regexp.Regexp, read func(m []string) (graph.Date, bool)) {
		for _, ix := range re.FindAllStringSubmatchIndex(line, -1) {
			m := make([]string, len(ix)/2)
			for g := range m {
				if ix[2*g] >= 0 {
					m[g] = line[ix[2*g]:ix[2*g+1]]
				}
			}
			if d, ok := read(m); ok {
				hits = append(hits, hit{ix[0], ix[1], d})
			}
		}
	}
	try(dlISO, func(m []string) (graph.Date, bool) { return dayDate(atoi(m[1]), atoi(m[2]), atoi(m[3])) })
	try(dlDotted, func(m []string) (graph.Date, bool) {
		d, mo := atoi(m[1]), atoi(m[2])
		if mo > 12 && d <= 12 { // 11.25.2016: month first, the only reading
			d, mo = mo, d
		}
		return dayDate(atoi(m[3]), mo, d)
	})
	try(dlSlash, func(m []string) (graph.Date, bool) {
		mo, d := atoi(m[1]), atoi(m[2])
		if mo > 12 && d <= 12 {
			mo, d = d, mo
		}
		return dayDate(atoi(m[3]), mo, d)
	})
	try(dlMDY, func(m []string) (graph.Date, bool) { return dayDate(atoi(m[3]), monthOf(m[1]), atoi(m[2])) })
	try(dlDMY, func(m []string) (graph.Date, bool) { return dayDate(atoi(m[3]), monthOf(m[2]), atoi(m[1])) })
	if len(hits) == 0 {
		return graph.Date{}, "", false
	}
	h := hits[0]
	for _, o := range hits[1:] {
		if o.a < h.a {
			h = o
		}
	}
	// other dates on the line are left aside ("Published 9 Nov 2016,
	// updated 10 Nov 2016" gives the first)
	blank := []byte(line)
	for _, o := range hits {
		for i := o.a; i < o.b; i++ {
			blank[i] = ' '
		}
	}
	rest := string(blank)
	if onlyDatelineWords(rest) {
		return h.d, strings.TrimSpace(line), true
	}
	// a wire dateline: the place in capitals, the date, the agency, a dash
	if dlWire.MatchString(line[:h.a]) {
		after := strings.TrimLeft(line[h.b:], " ")
		if strings.HasPrefix(after, "(") {
			if j := strings.IndexByte(after, ')'); j > 0 {
				after = strings.TrimLeft(after[j+1:], " ")
			}
		}
		for _, dash := range []string{"-", "–", "—", "/"} {
			if strings.HasPrefix(after, dash) {
				return h.d, strings.TrimSpace(line[:h.b]), true
			}
		}
	}
	return graph.Date{}, "", false
}

// onlyDatelineWords says whether what a line holds besides its date is
// only what datelines print around one.
func onlyDatelineWords(rest string) bool {
	f := strings.FieldsFunc(rest, func(r rune) bool {
		return r == ' ' || r == ',' || r == '|' || r == '·' || r == '•' || r == '–' || r == '—' || r == '\t' || r == ';' || r == '(' || r == ')'
	})
	for _, w := range f {
		w = strings.TrimSuffix(strings.TrimPrefix(w, "-"), ":")
		w = strings.TrimSuffix(w, "-")
		if w == "" || w == "-" || w == ":" {
			continue
		}
		if !dlRest.MatchString(w) {
			return false
		}
	}
	return true
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}
