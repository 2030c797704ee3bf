package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestImportPathFlag checks that the fake-server package and examples import the package
// by --import-path, and that without a go.mod above --out the flag is required.
func TestImportPathFlag(t *testing.T) {
	out := filepath.Join(t.TempDir(), "nw")
	if code, _, stderr := run("generate", "--spec", nwSpec, "--out", out, "--import-path", "example.com/az/nw"); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	data, err := os.ReadFile(filepath.Join(out, "fake", "packetcaptures_server.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), `"example.com/az/nw"`) {
		t.Errorf("fake package does not import example.com/az/nw")
	}

	code, _, stderr := run("generate", "--spec", nwSpec, "--out", filepath.Join(t.TempDir(), "nw"))
	if _, err := os.Stat(filepath.Join(filepath.Dir(t.TempDir()), "go.mod")); err == nil {
		t.Skip("a go.mod exists above the temporary folder")
	}
	if code != 2 || !strings.Contains(stderr, "pass --import-path") {
		t.Errorf("without go.mod: exit %d, stderr %q; want 2 and a hint to pass --import-path", code, stderr)
	}
}
