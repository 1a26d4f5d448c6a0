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
package loader
