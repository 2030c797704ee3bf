package build

import (
	"fmt"
	"testing"

	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/load"
)

const nwDir = "../../../shared/azure-rest-api-specs/specification/network/resource-manager/Microsoft.Network/stable/"

func buildReal(t testing.TB, version string) *ir.Package {
	t.Helper()
	doc, err := load.Load(nwDir+version+"/networkWatcher.json", load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	pkg, err := Build(doc, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return pkg
}

func TestBuildRealSpec(t *testing.T) {
	pkg := buildReal(t, "2022-01-01")
	ops, examples := 0, 0
	for _, g := range pkg.Groups {
		for _, op := range g.Operations {
			ops++
			examples += len(op.Examples)
		}
	}
	if ops != 37 || examples != 38 {
		t.Errorf("%d operations with %d examples, want 37 and 38", ops, examples)
	}
	var names []string
	for _, r := range pkg.Resources {
		names = append(names, r.Name)
	}
	if got := fmt.Sprint(names); got != "[ConnectionMonitor FlowLog NetworkWatcher PacketCapture]" {
		t.Errorf("resources = %s", got)
	}
	t.Logf("%d models, %d enums", len(pkg.Models), len(pkg.Enums))
	for _, m := range pkg.Models {
		t.Logf("model %s (%s) %d fields", m.Name, m.Source, len(m.Fields))
	}
	for _, e := range pkg.Enums {
		t.Logf("enum %s (%s) %d", e.Name, e.Source, len(e.Values))
	}
}
