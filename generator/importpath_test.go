package generator

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDefaultImportPath(t *testing.T) {
	root := t.TempDir()
	os.WriteFile(filepath.Join(root, "go.mod"), []byte("// a comment\nmodule  example.com/m // trailing\n\ngo 1.26\n"), 0o644)
	for out, want := range map[string]string{
		root: "example.com/m",
		filepath.Join(root, "generated", "network", "2022-01-01", "nw"): "example.com/m/generated/network/2022-01-01/nw",
	} {
		got, err := DefaultImportPath(out)
		if err != nil || got != want {
			t.Errorf("DefaultImportPath(%s) = %q, %v; want %q", out, got, err, want)
		}
	}
	// The nearest go.mod wins.
	inner := filepath.Join(root, "sub")
	os.MkdirAll(inner, 0o755)
	os.WriteFile(filepath.Join(inner, "go.mod"), []byte("module \"example.com/sub\"\n"), 0o644)
	if got, err := DefaultImportPath(filepath.Join(inner, "x")); err != nil || got != "example.com/sub/x" {
		t.Errorf("nested module: %q, %v", got, err)
	}
}

func TestDefaultImportPathErrors(t *testing.T) {
	noMod := t.TempDir()
	// t.TempDir is outside any module in the test environment only if no go.mod sits above
	// it; skip the check otherwise rather than depend on the machine's layout.
	if _, err := DefaultImportPath(noMod); err == nil {
		t.Skip("a go.mod exists above the temporary folder")
	} else if !strings.Contains(err.Error(), "pass --import-path") {
		t.Errorf("error does not say what to do: %v", err)
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "go.mod"), []byte("go 1.26\n"), 0o644)
	if _, err := DefaultImportPath(dir); err == nil || !strings.Contains(err.Error(), "names no module") {
		t.Errorf("go.mod without a module line: %v", err)
	}
}
