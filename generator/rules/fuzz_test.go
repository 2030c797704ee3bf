package rules

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/armgen/armgen/generator/build"
	"github.com/armgen/armgen/generator/jsonv"
	"github.com/armgen/armgen/generator/load"
	"github.com/armgen/armgen/internal/fuzzspec"
)

// rulesSeed is a rules file with the spec it is written for.
type rulesSeed struct {
	tree *jsonv.Value
	doc  *load.Document
}

var (
	rulesOnce  sync.Once
	rulesSeeds []rulesSeed
	rulesDict  fuzzspec.Dict
)

// loadRulesSeeds loads, once, the repository's rules files with their specs: the
// network-watcher rules with networkWatcher.json 2022-01-01 (when the mirror is there) and
// the constraints golden case's.
func loadRulesSeeds() {
	rulesOnce.Do(func() {
		pairs := [][2]string{
			{"../../specs/rules/network-watcher.json", filepath.Join(specsRoot(), "specification/network/resource-manager/Microsoft.Network/stable/2022-01-01/networkWatcher.json")},
			{"../testdata/constraints/rules.json", "../testdata/constraints/spec.json"},
		}
		var trees []*jsonv.Value
		for _, p := range pairs {
			data, err := os.ReadFile(p[0])
			if err != nil {
				continue
			}
			tree, err := jsonv.Parse(data)
			if err != nil {
				continue
			}
			root := filepath.Dir(p[1])
			if strings.Contains(p[1], "specification") {
				root = specsRoot()
			}
			doc, err := load.Load(p[1], load.Options{Root: root})
			if err != nil {
				continue
			}
			rulesSeeds = append(rulesSeeds, rulesSeed{tree: tree, doc: doc})
			trees = append(trees, tree)
		}
		rulesDict = fuzzspec.NewDict(trees...)
	})
}

// FuzzRules parses structurally mutated rules files and applies those that parse to the
// IR of their spec: the input's first byte picks a seed (a rules file of the repository),
// the rest is a fuzzspec program. Parse and Apply must end in success or diagnostics that
// name the rules file, never panic.
func FuzzRules(f *testing.F) {
	loadRulesSeeds()
	for i := range rulesSeeds {
		f.Add([]byte{byte(i)})
		f.Add([]byte{byte(i), byte(fuzzspec.OpRetype), 0, 9, 0, 1, byte(fuzzspec.OpCopyKey), 0, 4, 0, 7})
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) == 0 || len(rulesSeeds) == 0 {
			return
		}
		s := rulesSeeds[int(data[0])%len(rulesSeeds)]
		text := jsonv.Indent(fuzzspec.Apply(s.tree, data[1:], rulesDict), "  ")
		const name = "rules.json"
		file, err := Parse(name, text)
		if err == nil {
			s.doc.Warnings = nil // the document is shared by the inputs; Build adds to them
			pkg, berr := build.Build(s.doc, build.Options{})
			if berr != nil {
				t.Fatalf("the seed's spec no longer builds: %v", berr)
			}
			err = file.Apply(pkg)
		}
		if err == nil {
			return
		}
		for _, line := range strings.Split(err.Error(), "\n") {
			if !strings.HasPrefix(line, name+"#") {
				t.Fatalf("diagnostic does not name the rules file: %q", line)
			}
		}
	})
}
