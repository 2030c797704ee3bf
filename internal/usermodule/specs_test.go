package usermodule

import (
	"bytes"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/armgen/armgen/internal/e2e"
)

// specsRoot returns the specs root the tests read: SPECS_ROOT, else the mirror beside the
// repository, as the Makefile's default.
func specsRoot(t *testing.T, repo string) string {
	t.Helper()
	specs := os.Getenv("SPECS_ROOT")
	if specs == "" {
		specs = filepath.Join(repo, "..", "shared", "azure-rest-api-specs")
	}
	specs, err := filepath.Abs(specs)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(specs, "specification")); err != nil {
		t.Fatalf("the specs mirror is not at %s (set SPECS_ROOT): %v", specs, err)
	}
	return specs
}

// sparseFolders returns the folders of the `git sparse-checkout set` line of the README's
// block e2e:specs, after checking that the block clones Azure/azure-rest-api-specs sparsely.
func sparseFolders(t *testing.T, block string) []string {
	t.Helper()
	if !strings.Contains(block, "git clone --filter=blob:none --sparse https://github.com/Azure/azure-rest-api-specs\n") {
		t.Errorf("block e2e:specs does not clone Azure/azure-rest-api-specs sparsely:\n%s", block)
	}
	for _, line := range strings.Split(block, "\n") {
		if rest, ok := strings.CutPrefix(line, "git sparse-checkout set "); ok {
			return strings.Fields(rest)
		}
	}
	t.Fatalf("block e2e:specs has no `git sparse-checkout set` line:\n%s", block)
	return nil
}

// copyTree copies the regular files under src to dst (armgen refuses symbolic links that
// leave its root, so the folders are copied, not linked).
func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// makeIn runs make in the repository with the given arguments and returns its exit code,
// standard output and standard error.
func makeIn(t *testing.T, repo string, args ...string) (int, string, string) {
	t.Helper()
	cmd := exec.Command("make", append([]string{"--no-print-directory", "-C", repo}, args...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("make %v: %v", args, err)
	}
	return code, stdout.String(), stderr.String()
}

// TestSparseCheckoutFolders checks the README's sparse checkout: a specs root holding only the
// folders its `git sparse-checkout set` line names (copied from the mirror) is enough for
// `make generate`, which with CHECK=--check writes nothing and compares every output with
// generated/. The docs pages are current; of the packages only doc.go differs, whose
// //go:generate line names the specs root by its path. A folder missing from the line fails
// the run (armgen reports the files it cannot read).
func TestSparseCheckoutFolders(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	if _, err := exec.LookPath("make"); err != nil {
		t.Skip("make is not on PATH")
	}
	repo := e2e.RepoRoot(t)
	mirror := specsRoot(t, repo)
	folders := sparseFolders(t, readmeBlocks(t, repo)["specs"])
	sparse := filepath.Join(t.TempDir(), "azure-rest-api-specs")
	for _, f := range folders {
		if strings.Contains(f, "..") || filepath.IsAbs(f) {
			t.Fatalf("sparse-checkout folder %q is not a path inside the repository", f)
		}
		copyTree(t, filepath.Join(mirror, filepath.FromSlash(f)), filepath.Join(sparse, filepath.FromSlash(f)))
	}
	_, stdout, stderr := makeIn(t, repo, "-k", "generate", "CHECK=--check", "SPECS_ROOT="+sparse)
	current, changed := 0, 0
	for _, line := range strings.Split(stdout, "\n") {
		switch f := strings.Fields(line); {
		case strings.HasSuffix(line, " are current"):
			current++
		case len(f) == 2 && (f[0] == "add" || f[0] == "change" || f[0] == "remove"):
			changed++
			if f[0] != "change" || !strings.HasPrefix(f[1], "generated/network/") || filepath.Base(f[1]) != "doc.go" {
				t.Errorf("from the sparse checkout, make generate would %s %s", f[0], f[1])
			}
		}
	}
	// Both docs flavors of both API versions are current; each package differs in doc.go.
	if current != 4 || changed != 2 {
		t.Errorf("make generate CHECK=--check SPECS_ROOT=<the README's sparse checkout>: %d folders current (want 4), %d files changed (want the 2 doc.go):\n%s%s", current, changed, stdout, stderr)
	}
}

// TestMakeGenerateWithoutSpecs checks what a new clone without specs meets: `make generate`
// stops before armgen runs, with a message that names SPECS_ROOT, the folder it looked for
// and where the README says to get the specs.
func TestMakeGenerateWithoutSpecs(t *testing.T) {
	if _, err := exec.LookPath("make"); err != nil {
		t.Skip("make is not on PATH")
	}
	repo := e2e.RepoRoot(t)
	missing := filepath.Join(t.TempDir(), "azure-rest-api-specs")
	for _, target := range []string{"generate", "check-generate"} {
		code, stdout, stderr := makeIn(t, repo, target, "SPECS_ROOT="+missing)
		if code == 0 {
			t.Errorf("make %s SPECS_ROOT=%s succeeded:\n%s", target, missing, stdout)
			continue
		}
		for _, want := range []string{
			"make: no specs at SPECS_ROOT=" + missing + ": the folder " + missing + "/specification/network/resource-manager/Microsoft.Network/stable/2022-01-01 does not exist.",
			"Clone Azure/azure-rest-api-specs (or a sparse checkout of: ",
			"README.md, 'Where the specs come from'",
			"make " + target + " SPECS_ROOT=/path/to/azure-rest-api-specs",
		} {
			if !strings.Contains(stderr, want) {
				t.Errorf("make %s without specs: stderr lacks %q:\n%s", target, want, stderr)
			}
		}
		if strings.Contains(stdout+stderr, "armgen") {
			t.Errorf("make %s without specs ran armgen:\n%s%s", target, stdout, stderr)
		}
	}
}
