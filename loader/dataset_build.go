package loader

import (
	"fmt"

	"github.com/blocgraph/blocgraph/graph"
)

// build ends a dataset load once every file is read: it adds the states
// met to g, each through the gazetteer with its ruling parties over the
// span of its events; emits the aggregates, if any; and puts the events
// the graph sinks kept into g. It returns the number of events emitted (for
// the graph: added) and of events already in g.
func (l *datasetLoad) build(g *graph.Graph) (added, dupes int64, err error) {
	l.states.mu.Lock()
	ids := append([]string(nil), l.states.ids...)
	l.states.mu.Unlock()
	if err := l.expandStates(g, ids); err != nil {
		return 0, 0, err
	}
	if l.period != periodNone {
		l.emitAggregates(ids)
	}
	return l.flush(g)
}

// flush ends an emit step: it returns the first error of a sink, and for
// the graph puts the events the graph sinks kept into g. added is the
// number of events emitted since the last flush (for the graph: added),
// dupes the number already in g.
func (l *datasetLoad) flush(g *graph.Graph) (added, dupes int64, err error) {
	for _, w := range l.workers {
		if w.sinkErr != nil {
			return 0, 0, w.sinkErr
		}
	}
	if !l.graph {
		for _, w := range l.workers {
			added += w.emitted
			w.emitted = 0
		}
		return added, 0, nil
	}
	for _, w := range l.workers {
		s := w.sink.(*graphSink)
		for _, e := range s.events {
			_, ok, err := g.AddEvent(e)
			if err != nil {
				return added, dupes, err
			}
			if ok {
				added++
			} else {
				dupes++
			}
		}
		s.events = nil
		w.emitted = 0
	}
	return added, dupes, nil
}

// expandStates adds each state of ids that an event names to g, with its
// ruling parties over the span of its events.
func (l *datasetLoad) expandStates(g *graph.Graph, ids []string) error {
	spans := make([]dateSpan, len(ids))
	for _, w := range l.workers {
		for i, s := range w.span {
			if s.min == 0 {
				continue
			}
			t := &spans[i]
			if t.min == 0 || s.min < t.min {
				t.min = s.min
			}
			if s.max > t.max {
				t.max = s.max
			}
		}
	}
	for i, s := range spans {
		if s.min == 0 {
			continue
		}
		if err := l.states.res.Expand(g, ids[i], unpackDate(s.min), unpackDate(s.max)); err != nil {
			return fmt.Errorf("gazetteer: state %s: %w", ids[i], err)
		}
	}
	return nil
}
