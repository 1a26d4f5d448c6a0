// Command firstrun prints every candidate blocgraph extract drafts for the
// articles named, one JSON object a line. scripts/extract-firstruns builds
// it inside old versions of the repository (git archive) to record what
// each version drafted on the texts it had never seen: the first runs that
// loader/extract's confidence is estimated from. It uses only the API every
// version has (Read, Code, Draft.Candidates).
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/blocgraph/blocgraph/loader/extract"
)

func main() {
	args := os.Args[1:]
	if len(args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: firstrun BATCH COMMIT ARTICLE...")
		os.Exit(2)
	}
	batch, commit, paths := args[0], args[1], args[2:]
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		a, err := extract.Read(p, data)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		d, err := extract.Code(a, extract.Options{})
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		id := strings.TrimSuffix(filepath.Base(p), filepath.Ext(p))
		for _, c := range d.Candidates {
			enc.Encode(map[string]any{
				"batch": batch, "commit": commit, "article": id,
				"subject": c.Subject, "type": c.Type, "object": c.Object,
				"confidence": c.Confidence, "rule": c.Rule, "reasons": c.Reasons,
				"subject_text": c.SubjectText, "object_text": c.ObjectText,
				"sentence": c.Sentence, "quote": c.Quote,
			})
		}
	}
}
