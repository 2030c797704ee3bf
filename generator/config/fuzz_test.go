package config

import (
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
)

// FuzzReadme parses arbitrary readme text: Parse, Tags and Select of every tag must end in
// a result or an error that names the readme, never panic. Tags are sorted and distinct,
// and a selected tag lists its input files once each. Seeds: the mirror's readme.md files
// of up to 16 KiB and guard expressions of every form.
func FuzzReadme(f *testing.F) {
	root := os.Getenv("SPECS_ROOT")
	if root == "" {
		root = filepath.Join("..", "..", "..", "shared", "azure-rest-api-specs")
	}
	readmes, _ := filepath.Glob(filepath.Join(root, "specification", "*", "resource-manager", "readme.md"))
	for _, p := range readmes {
		if data, err := os.ReadFile(p); err == nil && len(data) <= 16<<10 {
			f.Add(data)
		}
	}
	for _, guard := range []string{"", "$(tag) == 'a'", "$(tag) == 'a' || $(tag) == 'b'", "$(tag)=='a' && $(go)", "!$(tag)", "($(tag) == 'a')", "$(tag) != 'a'", "$(tag) == \"a\"", "$(tag) == 'a' &&"} {
		f.Add([]byte("# t\n\n``` yaml " + guard + "\ntag: a\ninput-file:\n  - x/a.json\n  - $(this-folder)/b.json\ntitle: T\ndirective: []\n```\n"))
	}
	f.Add([]byte("```yaml\ninput-file: x.json\n```\n~~~ yaml $(tag) == 'b'\ninput-file: [../y.json, y.json]\n~~~\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		const name = "spec/readme.md"
		r, err := Parse(name, data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), name+":") {
				t.Fatalf("error does not name the readme: %v", err)
			}
			return
		}
		tags := r.Tags()
		if !sort.StringsAreSorted(tags) || len(slices.Compact(slices.Clone(tags))) != len(tags) {
			t.Fatalf("tags not sorted and distinct: %q", tags)
		}
		if len(tags) > 20 {
			tags = tags[:20]
		}
		for _, tag := range append(tags, "") {
			pkg, err := r.Select(tag)
			if err != nil {
				if !strings.HasPrefix(err.Error(), name+":") {
					t.Fatalf("Select(%q): error does not name the readme: %v", tag, err)
				}
				continue
			}
			if len(pkg.InputFiles) == 0 || len(slices.Compact(slices.Sorted(slices.Values(pkg.InputFiles)))) != len(pkg.InputFiles) {
				t.Fatalf("Select(%q): input files %q", tag, pkg.InputFiles)
			}
		}
	})
}
