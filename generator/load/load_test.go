package load

import (
	"path/filepath"
	"strings"
	"testing"
)

const specsRoot = "../../../shared/azure-rest-api-specs"
const nwDir = specsRoot + "/specification/network/resource-manager/Microsoft.Network/stable/"

func TestLoadRealSpec(t *testing.T) {
	d, err := Load(nwDir+"2022-01-01/networkWatcher.json", Options{})
	if err != nil {
		t.Fatal(err)
	}
	var specs, examples int
	for _, p := range d.Files() {
		if strings.HasPrefix(p, "examples/") {
			examples++
		} else {
			specs++
		}
	}
	if specs != 5 || examples != 38 {
		t.Errorf("loaded %d spec files and %d examples, want 5 and 38: %v", specs, examples, d.Files())
	}
	if len(d.Warnings) != 0 {
		t.Errorf("warnings: %v", d.Warnings)
	}
}

func TestLoadBrokenVersion(t *testing.T) {
	_, err := Load(nwDir+"2022-05-01/networkWatcher.json", Options{})
	if err == nil {
		t.Fatal("want an error")
	}
	t.Log(err)
	msg := err.Error()
	for _, want := range []string{"network.json does not exist", "networkInterface.json#: file holds unresolved git merge-conflict markers"} {
		if !strings.Contains(msg, want) {
			t.Errorf("error lacks %q:\n%s", want, msg)
		}
	}
}

func TestRootFolderIsABoundary(t *testing.T) {
	root, _ := filepath.Abs(nwDir + "2022-01-01")
	_, err := Load(nwDir+"2022-01-01/networkWatcher.json", Options{Root: root + "/examples"})
	if err == nil || !strings.Contains(err.Error(), "not inside the root folder") {
		t.Fatalf("err = %v", err)
	}
}
