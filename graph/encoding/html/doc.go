// Package html writes a briefing (graph/encoding/brief) as one
// self-contained HTML page that an analyst can send: it opens anywhere,
// offline, and prints on A4.
//
// The page fetches nothing. Its Content Security Policy (a meta tag)
// forbids every request (default-src 'none') and lets only the page's own
// style sheet and sorting script apply and run, by their SHA-256 hashes;
// the blocs picture is the SVG renderer's output (graph/encoding/svg),
// inline; fonts are the reader's own (DejaVu Sans, Verdana, Arial, …).
//
// Every string of the briefing is data and goes through html/template's
// contextual escaping; links are made only to absolute http and https
// URLs (a javascript: or data: address is shown as text, never linked);
// bidirectional overrides and control characters are shown as marks
// ([U+202E]) and each data value sits in its own <bdi>.
//
// Readers' quirks: the centrality table is sorted by a few lines of script
// when the reader clicks a heading; with scripts off it reads in PageRank
// order. <details> would hide evidence from print, so everything is open.
// Chromium prints the page to PDF with its own headless mode (--pdf in
// cmd/blocgraph).
package html
