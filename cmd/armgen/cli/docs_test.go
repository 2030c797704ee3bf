package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDocsGruCloudReference runs `armgen docs --flavor grucloud` on the 2022-01-01 spec
// and compares the PacketCapture page with GruCloud's, byte for byte.
func TestDocsGruCloudReference(t *testing.T) {
	out := filepath.Join(t.TempDir(), "docs")
	code, stdout, stderr := run("docs", "--flavor", "grucloud", "--spec", nwSpec, "--rules", "../../../specs/rules/network-watcher.json", "--out", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.HasPrefix(stdout, "armgen: armnetwork: 4 resources; 4 grucloud docs pages written to ") || strings.Count(stdout, "\n") != 1 {
		t.Errorf("summary = %q", stdout)
	}
	want, err := os.ReadFile(filepath.Join(specsRoot, "../reference/grucloud/Network/PacketCapture.md"))
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(out, "Network/PacketCapture.md"))
	if err != nil || string(got) != string(want) {
		t.Errorf("Network/PacketCapture.md differs from the reference page (%v)", err)
	}
	for _, page := range []string{"ConnectionMonitor", "FlowLog", "NetworkWatcher"} {
		if _, err := os.Stat(filepath.Join(out, "Network", page+".md")); err != nil {
			t.Error(err)
		}
	}
}

// TestDocsGoFlavorDefault writes the go flavor when --flavor is not given.
func TestDocsGoFlavorDefault(t *testing.T) {
	out := filepath.Join(t.TempDir(), "docs")
	code, stdout, stderr := run("docs", "--spec", nwSpec, "--out", out, "--import-path", "example.com/nw")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, " 5 go docs pages written to ") {
		t.Errorf("summary = %q", stdout)
	}
	data, err := os.ReadFile(filepath.Join(out, "Network/PacketCapture.md"))
	if err != nil || !strings.Contains(string(data), "\nsidebar_position: ") || !strings.Contains(string(data), `"example.com/nw"`) {
		t.Errorf("Network/PacketCapture.md is not the go flavor with the import path (%v)", err)
	}
	if _, err := os.Stat(filepath.Join(out, "index.md")); err != nil {
		t.Error(err)
	}
}

func TestDocsUsageErrorsExit2(t *testing.T) {
	for _, args := range [][]string{
		{"docs"},
		{"docs", "--spec", nwSpec},
		{"docs", "--out", t.TempDir()},
		{"docs", "--spec", nwSpec, "--out", t.TempDir(), "--flavor", "html"},
		{"docs", "--spec", nwSpec, "--out", t.TempDir(), "extra"},
	} {
		code, _, stderr := run(args...)
		if code != 2 || !strings.HasSuffix(stderr, "\nRun 'armgen docs --help' for usage.\n") {
			t.Errorf("%v: exit %d, stderr %q; want 2 and a usage hint", args, code, stderr)
		}
	}
}

// TestDocsBadInputExit1AndLeavesOutAlone checks that a failed docs run writes nothing.
func TestDocsBadInputExit1AndLeavesOutAlone(t *testing.T) {
	dir := t.TempDir()
	spec := filepath.Join(dir, "spec.json")
	os.WriteFile(spec, []byte(`{"swagger":"2.0","info":{"title":"t","version":"1"},"paths":{"/x":{"get":{"operationId":"A_B","responses":{"200":{"description":"ok","schema":{"$ref":"#/definitions/Gone"}}}}}}}`), 0o644)
	out := filepath.Join(dir, "out")
	os.MkdirAll(filepath.Join(out, "Network"), 0o755)
	os.WriteFile(filepath.Join(out, "Network", "Old.md"), []byte("old page\n"), 0o644)
	for _, flavor := range []string{"go", "grucloud"} {
		code, stdout, stderr := run("docs", "--flavor", flavor, "--spec", spec, "--out", out)
		if code != 1 || stdout != "" || !strings.Contains(stderr, "spec.json#/paths/~1x/get/responses/200/schema/$ref: ") {
			t.Errorf("%s: exit %d, stdout %q, stderr %q", flavor, code, stdout, stderr)
		}
		data, err := os.ReadFile(filepath.Join(out, "Network", "Old.md"))
		entries, _ := os.ReadDir(out)
		if err != nil || string(data) != "old page\n" || len(entries) != 1 {
			t.Errorf("%s: out changed: %v %v", flavor, entries, err)
		}
	}
	missing := filepath.Join(dir, "never")
	if code, _, _ := run("docs", "--spec", spec, "--out", missing); code != 1 {
		t.Fatalf("exit %d", code)
	}
	if _, err := os.Stat(missing); !os.IsNotExist(err) {
		t.Errorf("failed run created %s", missing)
	}
}

// TestGenerateWithDocs runs `armgen generate --docs go=DIR --docs grucloud=DIR` and
// requires the pages `armgen docs` writes for each flavor, byte for byte, beside the Go
// package, and one summary line per output.
func TestGenerateWithDocs(t *testing.T) {
	rules := "../../../specs/rules/network-watcher.json"
	dir := t.TempDir()
	code, stdout, stderr := run("generate", "--spec", nwSpec, "--rules", rules, "--out", filepath.Join(dir, "nw"), "--import-path", "example.com/nw",
		"--docs", "go="+filepath.Join(dir, "go"), "--docs", "grucloud="+filepath.Join(dir, "grucloud"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
	if len(lines) != 3 || !strings.Contains(lines[1], " 5 go docs pages written to ") || !strings.Contains(lines[2], " 4 grucloud docs pages written to ") {
		t.Errorf("summary = %q", stdout)
	}
	if _, err := os.Stat(filepath.Join(dir, "nw", "models.go")); err != nil {
		t.Error(err)
	}
	for _, flavor := range []string{"go", "grucloud"} {
		want := filepath.Join(dir, "want-"+flavor)
		if code, _, stderr := run("docs", "--flavor", flavor, "--spec", nwSpec, "--rules", rules, "--out", want, "--import-path", "example.com/nw"); code != 0 {
			t.Fatalf("docs --flavor %s: exit %d: %s", flavor, code, stderr)
		}
		wantFiles := snapshot(t, want)
		gotFiles := snapshot(t, filepath.Join(dir, flavor))
		if len(wantFiles) < 5 || len(gotFiles) != len(wantFiles) {
			t.Errorf("%s: %d files, want %d", flavor, len(gotFiles), len(wantFiles))
		}
		for p, data := range wantFiles {
			rel, _ := filepath.Rel(want, p)
			if gotFiles[filepath.Join(dir, flavor, rel)] != data {
				t.Errorf("%s: %s differs from what armgen docs writes", flavor, rel)
			}
		}
	}
	for _, bad := range []string{"html=" + dir, "go", "go=", "=x", "go=" + filepath.Join(dir, "nw2"), "grucloud=" + filepath.Join(dir, "nw2") + "/"} {
		code, _, stderr := run("generate", "--spec", nwSpec, "--out", filepath.Join(dir, "nw2"), "--import-path", "example.com/nw", "--docs", bad)
		if code != 2 || !strings.Contains(stderr, "--docs") {
			t.Errorf("--docs %q: exit %d, stderr %q; want 2 naming --docs", bad, code, stderr)
		}
	}
}

// TestDocsOtherVersion runs the go flavor of 2024-01-01 with 2022-01-01 as the other
// version: the pages link to 2022-01-01's and changelog.md holds armgen diff's changes.
// The grucloud flavor refuses the flag, and the spec's own version as the other is an error.
func TestDocsOtherVersion(t *testing.T) {
	out := filepath.Join(t.TempDir(), "2024-01-01")
	code, stdout, stderr := run("docs", "--spec", nwStable+"2024-01-01/networkWatcher.json", "--root", specsRoot,
		"--other-version", nwStable+"2022-01-01/networkWatcher.json", "--out", out, "--import-path", "example.com/nw")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, " 6 go docs pages written to ") {
		t.Errorf("summary = %q", stdout)
	}
	changelog, err := os.ReadFile(filepath.Join(out, "changelog.md"))
	if err != nil || !strings.Contains(string(changelog), "\n# Changes from 2022-01-01 to 2024-01-01\n") ||
		!strings.Contains(string(changelog), "\n3 breaking changes, 0 features added, 1 other change.") {
		t.Errorf("changelog.md: %v\n%s", err, changelog)
	}
	page, err := os.ReadFile(filepath.Join(out, "Network/PacketCapture.md"))
	if err != nil || !strings.Contains(string(page), "\n- Other API versions: [2022-01-01](../../2022-01-01/Network/PacketCapture.md)\n") {
		t.Errorf("Network/PacketCapture.md does not link to 2022-01-01's (%v)", err)
	}
	code, _, stderr = run("docs", "--flavor", "grucloud", "--spec", nwSpec, "--other-version", nwSpec, "--out", t.TempDir())
	if code != 2 || !strings.Contains(stderr, "--other-version is for --flavor go only") {
		t.Errorf("grucloud: exit %d, stderr %q; want 2", code, stderr)
	}
	code, _, stderr = run("docs", "--spec", nwSpec, "--other-version", nwSpec, "--out", t.TempDir())
	if code != 1 || !strings.Contains(stderr, "API version 2022-01-01 again") {
		t.Errorf("same version: exit %d, stderr %q; want 1", code, stderr)
	}
	// generate --docs go=DIR --other-version writes the same changelog; without a go docs
	// folder the flag is a usage error.
	dir := t.TempDir()
	code, _, stderr = run("generate", "--spec", nwStable+"2024-01-01/networkWatcher.json", "--root", specsRoot,
		"--other-version", nwStable+"2022-01-01/networkWatcher.json", "--out", filepath.Join(dir, "nw"), "--import-path", "example.com/nw",
		"--docs", "go="+filepath.Join(dir, "2024-01-01"))
	if code != 0 {
		t.Fatalf("generate: exit %d: %s", code, stderr)
	}
	if got, err := os.ReadFile(filepath.Join(dir, "2024-01-01", "changelog.md")); err != nil || string(got) != string(changelog) {
		t.Errorf("generate --docs go=DIR --other-version: changelog.md differs from armgen docs' (%v)", err)
	}
	code, _, stderr = run("generate", "--spec", nwSpec, "--other-version", nwSpec, "--out", filepath.Join(dir, "nw2"), "--import-path", "example.com/nw")
	if code != 2 || !strings.Contains(stderr, "--other-version is for the go docs pages") {
		t.Errorf("generate without --docs go: exit %d, stderr %q; want 2", code, stderr)
	}
}
