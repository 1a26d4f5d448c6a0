package loader

// A dataset format turns a line into a row; the engine does the rest, the
// same way for every format: it filters the row (root events, actor types,
// countries, states), maps its CAMEO code onto the vocabulary, counts it,
// and emits its event (or folds it into an aggregate). A new format is one
// file with a rowFormat: gdelt.go and icews.go are two.

// row is one dataset row as its format reads it. Byte fields are slices of
// the line, valid until the next row.
type row struct {
	id        []byte // the row's own id in its dataset (GLOBALEVENTID, Event ID)
	date      int32  // packed day (packDate)
	code      cameo  // the CAMEO event code
	goldstein float64
	count     int64 // reports of the event: GDELT NumMentions; 1 where the dataset has no such column
	notRoot   bool  // the dataset says the row is not a root event (GDELT IsRootEvent)
	// country and types are the actor and target fields as the format
	// has them (GDELT CAMEO country and actor type codes; ICEWS country
	// names and sectors), for its state and typed methods.
	country [2][]byte
	types   [2][]byte
	// types23: GDELT's Actor1Type2Code and Type3Code, Actor2's (an actor
	// JPNELIGOV is ELI and GOV); nil for ICEWS.
	types23 [2][2][]byte
	// ref holds what the format's appendSourceRef method makes the event's
	// SourceRef of (GDELT: the line, whose last column is SOURCEURL, with
	// ref[1] non-nil when the row has that column; ICEWS: story and
	// sentence), so that it is found only when needed.
	ref [2][]byte
}

// rowFormat is one dataset format, as the engine sees it.
type rowFormat interface {
	// source names the dataset: graph.Event.Source, and the provenance
	// part of an event's id.
	source() datasetSource
	// parse reads line ln into r, setting every field the engine and the
	// format's other methods read (r holds the previous row; types only
	// when ActorTypes are set): n is its line in the chunk (from 0),
	// final says it is the stream's last line, which may lack its newline.
	// A malformed row is reported with w.bad and parse returns false.
	parse(w *worker, ln []byte, n int64, final bool, r *row) bool
	// typed reports whether an actor has one of DatasetOptions.ActorTypes,
	// from its types field.
	typed(l *datasetLoad, types []byte) bool
	// states resolves the actor's and the target's country fields to
	// state indices, noState for a region, an unknown country or no state.
	states(w *worker, r *row) (subj, obj int32)
	// appendSourceRef appends the SourceRef of r's event, its dataset
	// provenance, to b.
	appendSourceRef(b []byte, r *row) []byte
}

// datasetSource tells the datasets apart in an aggregate's key.
type datasetSource uint8

const (
	sourceGDELT datasetSource = iota
	sourceICEWS
)

// String is graph.Event.Source of the dataset's events.
func (s datasetSource) String() string {
	if s == sourceICEWS {
		return "icews"
	}
	return "gdelt"
}

// take runs a parsed row through the filters, in the order Dropped counts
// them (NotRoot, ActorType, NoCountry, NotState, NotYet, SameState), maps it, and
// emits it: as an event of its own, or into an aggregate.
func (w *worker) take(r *row, n int64) {
	l, f := w.l, w.format
	if l.opt.RootOnly && r.notRoot {
		w.dropped.NotRoot++
		return
	}
	if len(l.opt.ActorTypes) > 0 && (!w.typedActor(r, 0) || !w.typedActor(r, 1)) {
		w.dropped.ActorType++
		return
	}
	if len(r.country[0]) == 0 || len(r.country[1]) == 0 {
		w.dropped.NoCountry++
		return
	}
	subj, obj := f.states(w, r)
	if subj < 0 || obj < 0 {
		w.dropped.NotState++
		if subj < 0 {
			w.unmapped(r.country[0])
		} else {
			w.unmapped(r.country[1])
		}
		return
	}
	if s, o := w.stateOn(subj, r.date), w.stateOn(obj, r.date); s != subj || o != obj {
		if s == notYet || o == notYet {
			w.notYetRow(r, subj, s, obj)
			return
		}
		w.redate(subj, s, obj, o, s == o && !l.opt.KeepSameState)
		subj, obj = s, o
	}
	if subj == obj && !l.opt.KeepSameState {
		w.dropped.SameState++
		return
	}
	rel := r.code.rel()
	w.keep(rel, subj, obj, r.date)
	if l.period != periodNone {
		w.aggregate(r, rel, subj, obj, n)
		return
	}
	w.emitRow(r, rel, subj, obj)
}

// typedActor reports whether actor k (0 the actor, 1 the target) of r has
// one of the ActorTypes: its type, or for GDELT any of its three type codes.
func (w *worker) typedActor(r *row, k int) bool {
	f, l := w.format, w.l
	return f.typed(l, r.types[k]) || len(r.types23[k][0]) > 0 && f.typed(l, r.types23[k][0]) || len(r.types23[k][1]) > 0 && f.typed(l, r.types23[k][1])
}
