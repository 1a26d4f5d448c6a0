package extract

import (
	"strings"
	"testing"
)

// TestFrontMatterErrorForAnalyst: front matter that is not YAML is named by
// the file, the file's own line (the front matter starts on line 2) and what
// is wrong in an analyst's words, not the parser's "line 2: found
// unexpected end of stream" (the review's bad/badfm.md, a title whose quote
// is never closed).
func TestFrontMatterErrorForAnalyst(t *testing.T) {
	for _, c := range []struct{ name, data, want string }{
		{"badfm.md", "---\ntitle: \"unclosed\ndate: 2022-13-45\n---\nRussia condemned Ukraine.\n",
			`badfm.md: front matter is not YAML: line 2 (title: "unclosed) opens a quote (") that is not closed before the --- on line 4`},
		{"list.md", "---\ntitle: ok\ntags: [a, b\ndate: 2022-05-03\n---\nText.\n",
			`list.md: front matter is not YAML: line 3 (tags: [a, b) opens a bracket ([) that is not closed before the --- on line 5`},
		{"colon.md", "---\ndate: 2022-05-03\ntitle: Moscow: talks end\n---\nText.\n",
			`colon.md: front matter is not YAML: line 3 (title: Moscow: talks end): a second "key:" on one line`},
		{"tab.md", "---\ntitle: x\n\tdate: 2022-05-03\n---\nText.\n",
			`tab.md: front matter is not YAML: line 3 (date: 2022-05-03): a tab: indent with spaces`},
		{"word.md", "---\ntitle: Russia's \"talks\n---\nText.\n", ""}, // an apostrophe and a quote inside a plain value are fine YAML
	} {
		_, err := Read(c.name, []byte(c.data))
		if c.want == "" {
			if err != nil {
				t.Errorf("%s: %v", c.name, err)
			}
			continue
		}
		if err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("%s:\n got %v\nwant %s", c.name, err, c.want)
		}
		if err != nil && (strings.Contains(err.Error(), "stream") || strings.Contains(err.Error(), "context")) {
			t.Errorf("%s: the parser's words: %v", c.name, err)
		}
	}
}
