package extract

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/neurosnap/sentences"
	"github.com/neurosnap/sentences/english"
)

// Sentence is a span of the article text: Text == article.Text[Start:End].
type Sentence struct {
	Start, End int
	Text       string
	Para       int // paragraph number, from 0
	// Speaker is the label of a transcript's turn that opens with this
	// sentence ("MR PRICE", "QUESTION", "PRIME MINISTER KISHIDA", "Q"),
	// left out of Text; the turn goes on until the next label.
	Speaker string
}

var (
	splitterOnce sync.Once
	splitter     *sentences.DefaultSentenceTokenizer
)

// punkt returns the English Punkt model that ships inside
// github.com/neurosnap/sentences (compiled in; nothing is downloaded).
func punkt() *sentences.DefaultSentenceTokenizer {
	splitterOnce.Do(func() {
		t, err := english.NewSentenceTokenizer(nil)
		if err != nil {
			panic(err) // the model is compiled into the library
		}
		splitter = t
	})
	return splitter
}

// Split cuts text into sentences: first into paragraphs at blank lines,
// then each line that reads as a heading or dateline (no closing
// punctuation) on its own, then the rest with the Punkt sentence splitter.
// Punkt alone runs paragraphs and headlines together, which the seed
// article shows.
func Split(text string) []Sentence {
	var out []Sentence
	para := 0
	pos := 0
	for pos < len(text) {
		end := strings.Index(text[pos:], "\n\n")
		if end < 0 {
			end = len(text)
		} else {
			end += pos
		}
		if strings.TrimSpace(text[pos:end]) != "" {
			splitParagraph(text, pos, end, para, &out)
			para++
		}
		pos = end + 2
	}
	return out
}

func splitParagraph(text string, start, end, para int, out *[]Sentence) {
	// Lines that end without punctuation and are short are headings,
	// bylines or datelines: each is a sentence of its own. A line that
	// opens with a speaker's label ("MR PRICE: …", "Q  …") starts a turn.
	segStart := start
	lineStart := start
	speaker := ""
	flush := func(a, b int) {
		n := len(*out)
		splitSegment(text, a, b, para, out)
		if speaker != "" && len(*out) > n {
			(*out)[n].Speaker = speaker
			speaker = ""
		}
	}
	for lineStart < end {
		nl := strings.IndexByte(text[lineStart:end], '\n')
		lineEnd := end
		if nl >= 0 {
			lineEnd = lineStart + nl
		}
		if label, n := speakerLabel(text[lineStart:lineEnd]); n > 0 {
			if lineStart > segStart {
				flush(segStart, lineStart)
			}
			if speaker != "" {
				// a label with nothing after it: the turn is still this one's
				*out = append(*out, Sentence{Start: lineStart, End: lineStart, Text: "", Para: para, Speaker: speaker})
			}
			speaker = label
			segStart = lineStart + n
			if nl < 0 {
				break
			}
			lineStart = lineEnd + 1
			continue
		}
		line := strings.TrimSpace(text[lineStart:lineEnd])
		if nl >= 0 && isHeadingLine(line) {
			if lineStart > segStart {
				flush(segStart, lineStart)
			}
			flush(lineStart, lineEnd)
			segStart = lineEnd + 1
		}
		if nl < 0 {
			break
		}
		lineStart = lineEnd + 1
	}
	if segStart < end {
		flush(segStart, end)
	}
	if speaker != "" {
		*out = append(*out, Sentence{Start: end, End: end, Text: "", Para: para, Speaker: speaker})
	}
}

// speakerLabel reads the label a transcript puts before a turn: a name or
// title in capitals and a colon ("MR PRICE:", "SECRETARY BLINKEN:", "PRIME
// MINISTER KISHIDA:", "QUESTION:"), or the White House's "Q" and spaces. It
// returns the label and the bytes it takes with the spaces after it.
func speakerLabel(line string) (string, int) {
	lead := len(line) - len(strings.TrimLeft(line, " \t"))
	l := line[lead:]
	if strings.HasPrefix(l, "Q ") || strings.HasPrefix(l, "Q\t") || strings.HasPrefix(l, "Q:") || strings.HasPrefix(l, "Q.") && len(l) > 2 && l[2] == ' ' {
		n := 1
		if l[1] == ':' || l[1] == '.' {
			n = 2
		}
		rest := strings.TrimLeft(l[n:], " \t")
		if rest == "" {
			return "", 0
		}
		if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) && !strings.ContainsRune("\"“'‘(", r) {
			return "", 0 // "Q fever"
		}
		return "Q", lead + len(l) - len(rest)
	}
	colon := strings.IndexByte(l, ':')
	if colon < 2 || colon > 60 {
		return "", 0
	}
	label := strings.TrimSpace(l[:colon])
	letters := 0
	for _, r := range label {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == ' ' || r == '.' || r == '\'' || r == '’' || r == '-':
		default:
			if titleLabel(label, l[colon+1:]) {
				return label, lead + colon + 1 + len(l[colon+1:]) - len(strings.TrimLeft(l[colon+1:], " \t"))
			}
			return "", 0 // lower case, digits: no label ("Note: …", "10:30")
		}
	}
	if letters < 2 || len(strings.Fields(label)) > 6 {
		return "", 0
	}
	rest := l[colon+1:]
	trimmed := strings.TrimLeft(rest, " \t")
	if trimmed == "" {
		return label, len(line) // the label alone on its line
	}
	return label, lead + colon + 1 + len(rest) - len(trimmed)
}

// titleLabel: a speaker's label written in title case, as foreign
// ministries' transcripts write their turns — "Question: …", "Mao Ning: …",
// "Spokesperson Pham Thu Hang: …": two to four capitalised words (or one
// of the askers' and answerers' words), the turn's text opening with a
// capital; "Note: …", "Photo: …" and the like are no turns.
func titleLabel(label, rest string) bool {
	rest = strings.TrimLeft(rest, " \t")
	if r, _ := utf8.DecodeRuneInString(rest); rest == "" || !unicode.IsUpper(r) && !strings.ContainsRune("\"“'‘", r) {
		return false
	}
	ws := strings.Fields(label)
	if len(ws) == 1 {
		return titleTurnWords[strings.ToLower(ws[0])]
	}
	if len(ws) > 4 || notTurnWords[strings.ToLower(ws[0])] {
		return false
	}
	for _, w := range ws {
		r, size := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		for _, c := range w[size:] {
			if !unicode.IsLetter(c) && c != '.' && c != '-' && c != '\'' && c != '’' {
				return false
			}
		}
	}
	return true
}

var (
	titleTurnWords = map[string]bool{"question": true, "questions": true, "answer": true, "journalist": true, "reporter": true, "moderator": true, "spokesperson": true, "spokesman": true, "spokeswoman": true}
	notTurnWords   = map[string]bool{"note": true, "photo": true, "source": true, "update": true, "related": true, "read": true, "watch": true, "see": true,
		"editor's": true, "editors": true, "image": true, "video": true, "file": true, "tags": true, "posted": true, "published": true, "updated": true,
		"contact": true, "media": true, "press": true, "location": true, "date": true, "subject": true, "caption": true, "credit": true, "key": true,
		"joint": true, "full": true, "statement": true, "remarks": true, "background": true, "summary": true, "breaking": true, "live": true, "also": true}
)

func isHeadingLine(l string) bool {
	if l == "" || len(l) > 160 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(l)
	return !strings.ContainsRune(".!?;:,\"”’)…", r)
}

// splitAfterNumbers cuts a sentence where Punkt took a number's full stop
// for an ordinal: "… on Monday, March 18. The Ministers had …".
func splitAfterNumbers(ss []*sentences.Sentence) []*sentences.Sentence {
	return splitWhere(ss, numberCut)
}

// numberCut is where splitAfterNumbers cuts text, or -1: after the full
// stop of a number of two digits or more (not "1." of a list) before a
// space and a capitalised word.
func numberCut(text string) int {
	for i := 1; i+2 < len(text); i++ {
		if text[i] == '.' && text[i-1] >= '0' && text[i-1] <= '9' && text[i+1] == ' ' && text[i+2] >= 'A' && text[i+2] <= 'Z' {
			if i >= 2 && text[i-2] >= '0' && text[i-2] <= '9' {
				return i + 1
			}
		}
	}
	return -1
}

// splitGlued cuts a sentence where two were glued at a full stop, a
// question or exclamation mark with no space ("… congratulated Macron on
// Twitter.Icelandic Prime Minister Katrin Jakobsdottir said …"): after a
// lower-case word of three letters or more (no abbreviation, initial,
// decimal, "U.S." or domain name like "Twitter.com") and before a
// capitalised word, closing quotes going with the left.
func splitGlued(ss []*sentences.Sentence) []*sentences.Sentence {
	return splitWhere(ss, gluedCut)
}

// splitWhere cuts each sentence at every place cut finds (an offset into
// the text left, or -1 for none), keeping the offsets into the article.
func splitWhere(ss []*sentences.Sentence, cut func(string) int) []*sentences.Sentence {
	var out []*sentences.Sentence
	for _, s := range ss {
		text, base := s.Text, s.Start
		for {
			c := cut(text)
			if c < 0 {
				break
			}
			out = append(out, &sentences.Sentence{Start: base, End: base + c, Text: text[:c]})
			base += c
			text = text[c:]
		}
		out = append(out, &sentences.Sentence{Start: base, End: base + len(text), Text: text})
	}
	return out
}

// gluedCut is where splitGlued cuts text, or -1.
func gluedCut(text string) int {
	for i := 3; i+2 < len(text); i++ {
		c := text[i]
		if c != '.' && c != '?' && c != '!' {
			continue
		}
		if p := text[i-1]; p < 'a' || p > 'z' {
			continue
		}
		j := i + 1
		for j < len(text) && (text[j] == '"' || text[j] == '\'') {
			j++
		}
		for _, q := range []string{"”", "’"} {
			if strings.HasPrefix(text[j:], q) {
				j += len(q)
			}
		}
		if j+1 >= len(text) || text[j] < 'A' || text[j] > 'Z' || text[j+1] < 'a' || text[j+1] > 'z' {
			continue
		}
		w := i
		for w > 0 && (text[w-1] >= 'a' && text[w-1] <= 'z' || text[w-1] >= 'A' && text[w-1] <= 'Z') {
			w--
		}
		if i-w < 3 || w > 0 && (text[w-1] == '.' || text[w-1] == '@' || text[w-1] == '/') {
			continue
		}
		if c == '.' {
			abbr := strings.ToLower(text[w : i+1])
			if contains(titleAbbrevs, abbr) || contains(monthAbbrevs, abbr) {
				continue
			}
		}
		return j
	}
	return -1
}

// titleAbbrevs end no sentence: Punkt cuts "Mr. Lyonchhen (Dr.) Lotay
// Tshering" after "(Dr.)" and "H.E. Dr. Park Jin" after "Dr.".
var titleAbbrevs = []string{"mr.", "mrs.", "ms.", "dr.", "(dr.)", "prof.", "h.e.", "gen.", "lt.", "col.", "adm.", "amb.", "sen.", "rep.", "gov.", "st.", "rt.", "hon.", "brig.", "maj.", "capt.", "sgt.", "lt.", "gen."}

// monthAbbrevs end no sentence either: "the Cairo Peace Summit (Oct. 21)".
var monthAbbrevs = []string{"jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec."}

func joinAfterTitles(ss []*sentences.Sentence) []*sentences.Sentence {
	var out []*sentences.Sentence
	for _, s := range ss {
		if n := len(out); n > 0 {
			prev := out[n-1]
			f := strings.Fields(prev.Text)
			if len(f) > 0 && (contains(titleAbbrevs, strings.ToLower(f[len(f)-1])) || contains(monthAbbrevs, strings.TrimLeft(strings.ToLower(f[len(f)-1]), "("))) {
				// only the span is used from here on
				out[n-1] = &sentences.Sentence{Start: prev.Start, End: s.End, Text: prev.Text + s.Text}
				continue
			}
		}
		out = append(out, s)
	}
	return out
}

func splitSegment(text string, start, end, para int, out *[]Sentence) {
	seg := text[start:end]
	trimmed := strings.TrimRight(seg, " \t\n\"”’')")
	if strings.TrimSpace(seg) == "" {
		return
	}
	// no sentence end before the last character: one sentence, and no need
	// for the splitter
	if !strings.ContainsAny(strings.TrimRight(trimmed, ".!?…"), ".!?…") {
		a, b := start, end
		for a < b && unicode.IsSpace(rune(text[a])) {
			a++
		}
		for b > a && unicode.IsSpace(rune(text[b-1])) {
			b--
		}
		*out = append(*out, Sentence{Start: a, End: b, Text: text[a:b], Para: para})
		return
	}
	for _, s := range splitGlued(joinAfterTitles(splitAfterNumbers(punkt().Tokenize(seg)))) {
		a, b := start+s.Start, start+s.End
		if b > end {
			b = end
		}
		// trim spaces; Punkt keeps the whitespace before a sentence
		for a < b && unicode.IsSpace(rune(text[a])) {
			a++
		}
		for b > a && unicode.IsSpace(rune(text[b-1])) {
			b--
		}
		if a < b {
			*out = append(*out, Sentence{Start: a, End: b, Text: text[a:b], Para: para})
		}
	}
}
