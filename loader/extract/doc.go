// Package extract drafts facts files from articles: a pattern-based event
// coder in pure Go. It reads plain text, Markdown with YAML front matter
// and HTML (Read), splits sentences (Split, on the Punkt model of
// github.com/neurosnap/sentences), finds the states, leaders, parties and
// state organs a sentence names through the built-in gazetteer, finds
// relation triggers (the vocabulary's own words in every inflection,
// curated patterns.txt, and PETRARCH2's verb dictionary compiled into
// petrarch.tsv), gives each trigger its subject and object, and writes the
// drafted facts in the facts format the loader reads (Write).
package extract
