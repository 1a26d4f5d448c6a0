package main

import "strings"

// examples ends a command's description with command lines an analyst can
// copy, from the repository's root (TestHelpExamples runs them).
func examples(lines ...string) string {
	return "\n\nExamples:\n  blocgraph " + strings.Join(lines, "\n  blocgraph ")
}
