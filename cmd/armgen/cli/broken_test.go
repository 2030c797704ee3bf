package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The 2022-05-01 folder of the spec mirror is broken on purpose: network.json and
// networkSecurityGroup.json are missing and networkInterface.json holds git merge-conflict
// markers from line 1148.
const brokenSpec = nwStable + "2022-05-01/networkWatcher.json"

// brokenLines are the stderr lines every command must print for the broken folder, with
// --root at the specs root: one line per problem, each naming its file.
var brokenLines = []string{
	"specification/network/resource-manager/Microsoft.Network/stable/2022-05-01/networkInterface.json#: file holds unresolved git merge-conflict markers starting at line 1148",
	"specification/network/resource-manager/Microsoft.Network/stable/2022-05-01/network.json does not exist",
	"specification/network/resource-manager/Microsoft.Network/stable/2022-05-01/networkSecurityGroup.json does not exist",
}

// checkBrokenStderr asserts one line per problem, in the order above.
func checkBrokenStderr(t *testing.T, stderr string) {
	t.Helper()
	lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
	if len(lines) != len(brokenLines) {
		t.Fatalf("%d stderr lines, want %d:\n%s", len(lines), len(brokenLines), stderr)
	}
	for i, want := range brokenLines {
		if !strings.Contains(lines[i], want) {
			t.Errorf("stderr line %d = %q\nwant it to contain %q", i+1, lines[i], want)
		}
		if !strings.HasPrefix(lines[i], "specification/network/resource-manager/Microsoft.Network/stable/2022-05-01/") {
			t.Errorf("stderr line %d does not start with the file: %q", i+1, lines[i])
		}
	}
}

// snapshot lists a folder's files and contents.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			data, _ := os.ReadFile(p)
			out[p] = string(data)
		}
		return nil
	})
	return out
}

func TestGenerateBrokenVersionWritesNothing(t *testing.T) {
	// A new output folder is not created.
	out := filepath.Join(t.TempDir(), "nw")
	code, stdout, stderr := run("generate", "--root", specsRoot, "--spec", brokenSpec, "--out", out, "--import-path", "example.com/nw")
	if code != 1 || stdout != "" {
		t.Errorf("exit %d, stdout %q; want 1 and nothing", code, stdout)
	}
	checkBrokenStderr(t, stderr)
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("--out %s was created (%v)", out, err)
	}

	// An existing one, holding an earlier run's output, is left as it was.
	dir := t.TempDir()
	if code, _, stderr := run("generate", "--root", specsRoot, "--spec", nwStable+"2022-01-01/networkWatcher.json", "--out", dir, "--import-path", "example.com/nw"); code != 0 {
		t.Fatalf("good spec: exit %d: %s", code, stderr)
	}
	before := snapshot(t, dir)
	code, _, stderr = run("generate", "--root", specsRoot, "--spec", brokenSpec, "--out", dir, "--import-path", "example.com/nw")
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	checkBrokenStderr(t, stderr)
	after := snapshot(t, dir)
	if len(before) < 3 || len(after) != len(before) {
		t.Errorf("%d files before, %d after", len(before), len(after))
	}
	for p, data := range before {
		if after[p] != data {
			t.Errorf("%s changed", p)
		}
	}
}

func TestGenerateBrokenVersionWithoutRoot(t *testing.T) {
	// Without --root, files are named relative to the spec's folder.
	code, _, stderr := run("generate", "--spec", brokenSpec, "--out", filepath.Join(t.TempDir(), "nw"), "--import-path", "example.com/nw")
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	for _, want := range []string{
		"\nnetworkWatcher.json#/definitions/NetworkWatcherPropertiesFormat/properties/provisioningState/$ref: ",
		"network.json does not exist",
		"networkSecurityGroup.json does not exist",
		"networkInterface.json#: file holds unresolved git merge-conflict markers starting at line 1148",
	} {
		if !strings.Contains("\n"+stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
}

func TestDiffBrokenVersion(t *testing.T) {
	good := nwStable + "2024-01-01/networkWatcher.json"
	for _, args := range [][]string{
		{"diff", "--root", specsRoot, "--old", brokenSpec, "--new", good},
		{"diff", "--root", specsRoot, "--old", good, "--new", brokenSpec, "--format", "json"},
	} {
		code, stdout, stderr := run(args...)
		if code != 1 || stdout != "" {
			t.Errorf("%v: exit %d, stdout %q; want 1 and no report", args, code, stdout)
		}
		checkBrokenStderr(t, stderr)
	}
}
