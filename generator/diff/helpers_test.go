package diff

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/armgen/armgen/generator"
	"github.com/armgen/armgen/generator/ir"
)

// specsRoot is the shared spec mirror, beside the repository.
const specsRoot = "../../../shared/azure-rest-api-specs"

// networkDir holds the Microsoft.Network version folders.
const networkDir = specsRoot + "/specification/network/resource-manager/Microsoft.Network/stable/"

// loadSpec generates a spec in memory.
func loadSpec(t testing.TB, spec, root string) *generator.Result {
	t.Helper()
	res, err := generator.GenerateFiles(generator.Options{Spec: spec, Root: root})
	if err != nil {
		t.Fatalf("load %s: %v", spec, err)
	}
	return res
}

// loadNetwork loads networkWatcher.json of an API version.
func loadNetwork(t testing.TB, version string) *generator.Result {
	return loadSpec(t, networkDir+version+"/networkWatcher.json", specsRoot)
}

// loadCase loads the old and new spec of a rules case.
func loadCase(t testing.TB, name string) (*ir.Package, *ir.Package) {
	t.Helper()
	dir := filepath.Join("testdata", "rules", name)
	a := loadSpec(t, filepath.Join(dir, "old", "spec.json"), "")
	b := loadSpec(t, filepath.Join(dir, "new", "spec.json"), "")
	return a.Package, b.Package
}

// brief renders a change as "Rule target Name item breaking|-".
func brief(c Change) string {
	mark := "-"
	if c.Breaking {
		mark = "breaking"
	}
	s := fmt.Sprintf("%s %s %s", c.Rule, c.Target, c.Name)
	if c.Item != "" {
		s += " " + c.Item
	}
	return s + " " + mark
}
