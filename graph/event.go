package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
)

// Event is one reported event: actor → target, with its date, provenance and
// weight. Identity is deterministic: the same report loaded twice is the
// same event.
type Event struct {
	ID      string
	Type    string // a relationship type of the vocabulary
	Subject string // node id of the actor
	Object  string // node id of the target
	Date    Date
	// End is the last date of an event that holds over a stretch of time
	// rather than on one date: a row of a dyadic dataset's window 1946-1949
	// has Date 1946 and End 1949. Zero for an event of one date.
	End        Date
	Article    string  // id of the Article node that reports it, if any
	Quote      string  // the sentence of the article that says so
	Note       string  // the analyst's note
	CAMEO      string  // CAMEO event code
	Goldstein  float64 // Goldstein weight of one event
	Count      int     // the same event reported Count times (≥ 1)
	Confidence float64 // 0..1
	Source     string  // "facts", "gdelt" or "icews"
	SourceRef  string  // dataset provenance: GDELT SOURCEURL, ICEWS story id and sentence
	Ordinal    int     // tells apart identical reports in the same article
}

// Weight is the event's signed weight: Goldstein × Count × Confidence.
func (e *Event) Weight() float64 { return e.Goldstein * float64(e.Count) * e.Confidence }

// Span is the days the event covers: from Date to End, or the days of
// Date alone when End is zero.
func (e *Event) Span() Span {
	if e.End.IsZero() {
		return SpanOf(e.Date)
	}
	return Span{Start: e.Date, End: e.End}
}

// Sign says on which layer the event counts.
func (e *Event) Sign() Sign { return SignOf(e.Goldstein) }

// EventID computes the deterministic id of an event from its identity:
// article (or dataset reference), subject, relation type, object, date and
// ordinal.
func EventID(article, subject, typ, object string, date Date, ordinal int) string {
	return "ev-" + hashFields(article, subject, typ, object, date.String(), strconv.Itoa(ordinal))
}

// IDOf is e's id: its ID, or the id Graph.AddEvent gives an event without
// one (from its identity, End and Ordinal included).
func IDOf(e *Event) string {
	if e.ID != "" {
		return e.ID
	}
	return eventID(e)
}

// eventID is EventID of e, its End counted when it has one.
func eventID(e *Event) string {
	d := e.Date.String()
	if !e.End.IsZero() {
		d += "/" + e.End.String()
	}
	return "ev-" + hashFields(e.identity(), e.Subject, e.Type, e.Object, d, strconv.Itoa(e.Ordinal))
}

// hashFields hashes NUL-separated fields to 20 hex digits.
func hashFields(fields ...string) string {
	h := sha256.New()
	for _, s := range fields {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:10])
}

// identity returns the provenance part of the event's identity.
func (e *Event) identity() string {
	if e.Article != "" {
		return e.Article
	}
	return e.Source + ":" + e.SourceRef
}

// Attributes returns the event's properties in a fixed order.
func (e *Event) Attributes() []Attr {
	a := []Attr{{"id", e.ID}, {"type", e.Type}}
	a = appendString(a, "date", e.Date.String())
	a = appendString(a, "date_precision", e.Date.Precision.String())
	a = appendString(a, "date_end", e.End.String())
	a = appendString(a, "article", e.Article)
	a = appendString(a, "quote", e.Quote)
	a = appendString(a, "note", e.Note)
	a = appendString(a, "cameo", e.CAMEO)
	a = append(a, Attr{"goldstein", e.Goldstein}, Attr{"count", e.Count}, Attr{"confidence", e.Confidence})
	a = appendString(a, "dataset", e.Source)
	a = appendString(a, "source_ref", e.SourceRef)
	if e.Ordinal != 0 {
		a = append(a, Attr{"ordinal", e.Ordinal})
	}
	return a
}

// AppendEventID appends EventID(article, subject, typ, object, date,
// ordinal) to dst, to the byte, without allocating (beyond dst's growth;
// article may be bytes, even dst's own before its length): for a fold
// that gives ids to many candidate events it keeps few.
func AppendEventID[S ~string | ~[]byte](dst []byte, article S, subject, typ, object string, date Date, ordinal int) []byte {
	start := len(dst)
	dst = append(dst, article...)
	dst = append(dst, 0)
	for _, s := range [3]string{subject, typ, object} {
		dst = append(dst, s...)
		dst = append(dst, 0)
	}
	dst = date.appendText(dst)
	dst = append(dst, 0)
	dst = strconv.AppendInt(dst, int64(ordinal), 10)
	dst = append(dst, 0)
	sum := sha256.Sum256(dst[start:])
	dst = append(dst[:start], "ev-"...)
	return hex.AppendEncode(dst, sum[:10])
}
