// Package gexf writes an encoding.Graph as GEXF 1.3 (https://gexf.net), the
// format Gephi reads best.
//
// The document is <gexf xmlns="http://gexf.net/1.3" version="1.3"> with a
// <graph defaultedgetype="directed" mode="dynamic" timeformat="date">.
// Attributes are declared in <attributes class="node|edge"> with numeric ids
// in name order and a type: boolean, integer (32 bits), long, double,
// liststring (a key whose every value is a list, written as a JSON array of
// strings, which Gephi's list parser reads) or string; see package encoding
// for mixed values. Graph attributes go to <meta>: generated_by as the
// creator, the others as "key: value" lines of the description.
//
// Each node's label is its name attribute, else its title, else its id; its
// labels are the attribute "labels", ":State". Each edge carries its
// relationship type as label and as kind (Gephi's edge type, so that
// CONGRATULATED and SANCTIONED between the same pair stay apart), a numeric
// "weight" attribute as the edge weight, and a time interval so that Gephi's
// timeline plays the events: an edge with a date attribute (YYYY, YYYY-MM
// or YYYY-MM-DD) spans the days that date covers, start="2021-04-01"
// end="2021-04-30" for 2021-04, as Gephi wants full yyyy-mm-dd dates; a
// structural relationship spans its from and to dates, open-ended without a
// to. A model attribute named label, labels (nodes), or label, id, start, end
// or a non-numeric weight (edges) is written with "_" appended.
//
// Dynamics (encoding.Dynamics, a timeline's graph): values over time are
// declared apart, in <attributes class="node|edge" mode="dynamic">, with
// ids numbered after the static keys of their class, except that an edge's
// numeric value over time named weight has the id "weight", which Gephi
// reads as the edge weight over time; each <attvalue> carries the first and
// last day of its span (GEXF intervals are closed), and an element's spans
// are <spells><spell start end/></spells> (an edge with spells has no
// start/end of its own). Gephi refuses overlapping intervals for one
// element or value: the caller gives spans that do not overlap.
//
// Parallel edges are kept with distinct ids, as GEXF 1.3 allows. NetworkX's
// read_gexf returns a MultiDiGraph keyed by edge id when an ordered pair has
// more than one edge, else a DiGraph; it reads liststring values as strings
// (json.loads them) and adds "label", "id", "start" and "end" from the XML.
// It reads values over time as lists of (value, start, end) and spells as
// (start, end) pairs, but takes an attribute with the id weight as static
// whatever its mode (a workaround for Gephi 0.7 in its reader): the weight
// over time comes back as its last value there; the same figures are in
// cooperation, which it reads over time.
package gexf
