package load

import (
	"os"
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

func TestMissingExampleIsAWarningAndBOMIsAccepted(t *testing.T) {
	root := t.TempDir()
	spec := "\xEF\xBB\xBF" + `{"swagger":"2.0","info":{"title":"t","version":"1"},"paths":{"/x":{"get":{"operationId":"A_B",
"x-ms-examples":{"present":{"$ref":"./examples/here.json"},"absent":{"$ref":"./examples/gone.json"}},
"responses":{"200":{"description":"ok"}}}}}}`
	writeFile(t, root, "spec.json", spec)
	writeFile(t, root, "examples/here.json", "\xEF\xBB\xBF"+`{"parameters":{},"responses":{"200":{}}}`)
	d, err := Load(filepath.Join(root, "spec.json"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Warnings) != 1 || d.Warnings[0].Kind != WarnMissingExample ||
		!strings.Contains(d.Warnings[0].String(), "spec.json#/paths/~1x/get/x-ms-examples/absent/$ref: example file examples/gone.json does not exist; the example is skipped") {
		t.Errorf("warnings = %v", d.Warnings)
	}
	if d.File("examples/here.json") == nil {
		t.Error("example file not loaded")
	}
}

func TestSymlinkOutOfRootIsRefused(t *testing.T) {
	outside := t.TempDir()
	writeFile(t, outside, "secret.json", `{"definitions":{"X":{"type":"string"}}}`)
	root := t.TempDir()
	writeFile(t, root, "spec.json", `{"swagger":"2.0","info":{"title":"t","version":"1"},"paths":{"/x":{"get":{"operationId":"A_B","responses":{"200":{"description":"ok","schema":{"$ref":"./link.json#/definitions/X"}}}}}}}`)
	if err := os.Symlink(filepath.Join(outside, "secret.json"), filepath.Join(root, "link.json")); err != nil {
		t.Skip("symlinks not available:", err)
	}
	_, err := Load(filepath.Join(root, "spec.json"), Options{})
	if err == nil || !strings.Contains(err.Error(), "link.json") {
		t.Fatalf("err = %v, want the symlink escaping the root refused", err)
	}
}

func writeFile(t *testing.T, root, name, data string) {
	t.Helper()
	p := filepath.Join(root, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}
