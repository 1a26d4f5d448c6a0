package loader

import (
	"github.com/blocgraph/blocgraph/graph"
)

// DatasetEvent is one event a dataset load emits: a kept row, or with
// DatasetOptions.Aggregate the aggregate of the rows of one actor state,
// relation type (and CAMEO code, for the generic type), target state and
// period. Its fields cost nothing to fill; Event builds the full
// graph.Event (its id is a hash) for the sinks that keep events.
type DatasetEvent struct {
	Source    string     // "gdelt", "icews" or "dyadic", as graph.Event.Source
	Type      string     // relationship type of the vocabulary; graph.GenericType for a code that maps to none
	Subject   string     // ISO alpha-3 id of the actor's state
	Object    string     // ISO alpha-3 id of the target's state
	Date      graph.Date // the row's day; an aggregate's period (a day, or a month)
	End       graph.Date // the last date of an event that holds over a window (a dyadic row's); zero for one date
	CAMEO     string     // the event code; for an aggregate of a vocabulary type, the type's code
	Goldstein float64    // one report's weight; an aggregate's count-weighted mean
	Count     int        // reports: GDELT NumMentions (ICEWS: 1); an aggregate's sum
	Rows      int64      // the dataset rows behind the event: 1, or an aggregate's

	rowID  []byte // the row's own id, and
	row    *row   // the row, for its SourceRef
	format rowFormat
	ref    string // a dyadic row's SourceRef
	// an aggregate's period (AggregateDay or AggregateMonth) and its first
	// row's SourceRef, for its own SourceRef and id
	aggPer  string
	aggRefs *refArena
	aggRef  int32
	ordinal int // a dyadic row's direction: 0 source → target, 1 back
	dyadic  bool
}

// Weight is the event's signed weight, Goldstein × Count, as
// graph.Event.Weight has it (dataset events have confidence 1).
func (e *DatasetEvent) Weight() float64 { return e.Goldstein * float64(e.Count) }

// SourceRef is the event's dataset provenance: GDELT's SOURCEURL (or its
// event id), ICEWS's story and sentence, an aggregate's row count and first
// row.
func (e *DatasetEvent) SourceRef() string {
	if e.row != nil {
		return string(e.format.appendSourceRef(nil, e.row))
	}
	if e.aggPer != "" {
		return aggRef(e.Rows, e.aggPer, e.aggRefs.ref(e.aggRef))
	}
	return e.ref
}

// Event returns the event as the graph holds it, with its deterministic id.
func (e *DatasetEvent) Event() *graph.Event {
	if e.dyadic {
		ev := &graph.Event{Type: e.Type, Subject: e.Subject, Object: e.Object, Date: e.Date, End: e.End, Ordinal: e.ordinal,
			Goldstein: e.Goldstein, Count: e.Count, Confidence: 1, Source: e.Source, SourceRef: e.ref}
		ev.ID = graph.IDOf(ev)
		return ev
	}
	var ident string
	switch {
	case e.row != nil:
		ident = e.Source + ":" + string(e.rowID)
	case e.aggPer != "":
		ident = e.Source + ":aggregate:" + e.aggPer
		if e.Type == graph.GenericType {
			ident += ":" + e.CAMEO
		}
	}
	return &graph.Event{
		ID:   graph.EventID(ident, e.Subject, e.Type, e.Object, e.Date, 0),
		Type: e.Type, Subject: e.Subject, Object: e.Object, Date: e.Date,
		CAMEO: e.CAMEO, Goldstein: e.Goldstein, Count: e.Count, Confidence: 1,
		Source: e.Source, SourceRef: e.SourceRef(),
	}
}

// EventFields fills ev with the fields of Event() but its ID and SourceRef,
// and appends those two to buf (id, then ref: their bytes), building
// nothing: for a sink that records many candidate events and keeps few (a
// timeline's evidence). ok is false, ev and buf untouched, for the events
// whose id takes more (dyadic rows, aggregates): build those with Event.
func (e *DatasetEvent) EventFields(ev *graph.Event, buf []byte) (out []byte, id, ref []byte, ok bool) {
	if e.dyadic || e.row == nil {
		return buf, nil, nil, false
	}
	*ev = graph.Event{Type: e.Type, Subject: e.Subject, Object: e.Object, Date: e.Date,
		CAMEO: e.CAMEO, Goldstein: e.Goldstein, Count: e.Count, Confidence: 1, Source: e.Source}
	start := len(buf)
	// The id hashes the ident Event gives it (source:row id).
	ident := len(buf)
	buf = append(append(append(buf, e.Source...), ':'), e.rowID...)
	k := len(buf)
	buf = graph.AppendEventID(buf, buf[ident:k:k], e.Subject, e.Type, e.Object, e.Date, 0)
	n := copy(buf[start:], buf[k:]) // the id in the ident's place
	buf = buf[:start+n]
	buf = e.format.appendSourceRef(buf, e.row)
	return buf, buf[start : start+n], buf[start+n:], true
}

// EventSink takes the events of a dataset load: the engine's emit step.
// Load puts them in the graph it returns; DatasetOptions.Sink hands them to
// other sinks instead, such as one that folds them straight into a
// projection without keeping them.
type EventSink interface {
	// Emit takes one event. e is the engine's and valid only during the
	// call: a sink keeps what it needs, or e.Event(), which is its own.
	// An error stops the emitting and is returned by Load.
	Emit(e *DatasetEvent) error
}

// graphSink keeps a worker's events for the graph; build adds them once
// the states they name are in it.
type graphSink struct{ events []*graph.Event }

func (s *graphSink) Emit(e *DatasetEvent) error {
	s.events = append(s.events, e.Event())
	return nil
}

// emit hands an event to the worker's sink; after the sink's first error
// nothing more is emitted.
func (w *worker) emit(e *DatasetEvent) {
	if w.sinkErr != nil {
		return
	}
	if err := w.sink.Emit(e); err != nil {
		w.sinkErr = err
		return
	}
	w.emitted++
}

// emitRow emits a kept row as an event of its own.
func (w *worker) emitRow(r *row, rel relIndex, subj, obj int32) {
	w.ev = DatasetEvent{
		Source: w.src.String(), Type: relTypes[rel], Subject: w.stateISO(subj), Object: w.stateISO(obj),
		Date: unpackDate(r.date), CAMEO: r.code.String(), Goldstein: r.goldstein, Count: int(r.count), Rows: 1,
		rowID: r.id, row: r, format: w.format,
	}
	w.emit(&w.ev)
}
