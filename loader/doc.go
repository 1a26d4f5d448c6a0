// Package loader reads what analysts collect — facts files written from news
// articles, and event datasets (GDELT 1.0 and 2.0, ICEWS) — into a
// graph.Graph, resolving every name through the built-in reference gazetteer
// (package loader/gazetteer) and the files' own entities.
//
// Facts files load whole or not at all: every problem is reported with
// file:line:column and no graph is returned. Event datasets are streamed;
// malformed rows are counted, listed with file:line and skipped, unless
// DatasetOptions.Strict makes any of them fatal. Nothing is dropped
// silently: the Summary counts rows read, mapped, kept as generic events and
// dropped by reason.
//
// The dataset engine is one pipeline for every format. A format turns a
// line into a row (gdelt.go, icews.go: parse and resolve its own fields);
// the engine cuts files into chunks (dataset_chunks.go, mmap on Linux),
// runs them on worker goroutines (dataset_read.go, dataset_worker.go),
// filters, maps and counts each row (dataset_row.go), folds rows into
// aggregates (dataset_aggregate.go) and emits every event once, through an
// EventSink (dataset_sink.go): into the graph Load returns, or with
// DatasetOptions.Sink to any other consumer. The CAMEO and state tables and
// the field parsers are dataset_cameo.go, dataset_states.go and
// dataset_fields.go.
package loader
