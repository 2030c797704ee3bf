// Package e2e runs the go tool on generated code from inside tests: it writes files into a
// throw-away folder of this module (under _e2e/, which go's ./... patterns skip and git
// ignores), so generated packages compile against this module's own dependencies, then runs
// `go vet`, `go test` or `go run` there and removes the folder.
package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// RepoRoot returns the folder holding go.mod, searching upward from the working directory.
func RepoRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found above the working directory")
		}
		dir = parent
	}
}

// Workspace is a throw-away folder inside the module.
type Workspace struct {
	// Root is the module root.
	Root string
	// Dir is the workspace folder (absolute).
	Dir string
	// Rel is Dir relative to Root, with a leading "./".
	Rel string
}

// New creates a workspace that is removed when the test ends, unless ARMGEN_KEEP_E2E=1
// (then the test logs where it is, to look at the generated code).
func New(t testing.TB, name string) *Workspace {
	t.Helper()
	root := RepoRoot(t)
	base := filepath.Join(root, "_e2e")
	if err := os.MkdirAll(base, 0o755); err != nil {
		t.Fatal(err)
	}
	dir, err := os.MkdirTemp(base, name+"-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if os.Getenv("ARMGEN_KEEP_E2E") == "1" {
			t.Logf("ARMGEN_KEEP_E2E=1: workspace kept in %s", dir)
			return
		}
		os.RemoveAll(dir)
		os.Remove(base) // only when empty
	})
	rel, _ := filepath.Rel(root, dir)
	return &Workspace{Root: root, Dir: dir, Rel: "./" + filepath.ToSlash(rel)}
}

// Write writes a file at a slash path relative to the workspace.
func (w *Workspace) Write(t testing.TB, name string, data []byte) {
	t.Helper()
	p := filepath.Join(w.Dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// Go runs the go command in the module root with args; "{ws}" in an argument is replaced
// by the workspace's relative path. It returns the combined output and an error that
// includes it.
func (w *Workspace) Go(env []string, args ...string) (string, error) {
	for i, a := range args {
		args[i] = strings.ReplaceAll(a, "{ws}", w.Rel)
	}
	cmd := exec.Command("go", args...)
	cmd.Dir = w.Root
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		return string(out), fmt.Errorf("go %s: %w\n%s", strings.Join(args, " "), err, out)
	}
	return string(out), nil
}
