package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGenerateWithRules: --rules attaches the prose rules (validate.go calls them, and
// the //go:generate line repeats the flag); a bad rules file exits 1 with one line per
// problem naming the file and the JSON pointer, and leaves --out alone.
func TestGenerateWithRules(t *testing.T) {
	rules := filepath.Join("..", "..", "..", "specs", "rules", "network-watcher.json")
	out := filepath.Join(t.TempDir(), "nw")
	code, _, stderr := run("generate", "--spec", nwSpec, "--rules", rules, "--out", out, "--import-path", "example.com/nw")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	src, err := os.ReadFile(filepath.Join(out, "validate.go"))
	if err != nil || !strings.Contains(string(src), "validation.IPFilter(errs, p.Field(\"localIPAddress\"), m.LocalIPAddress)") {
		t.Fatalf("validate.go without the ipFilter rule: %v", err)
	}
	doc, _ := os.ReadFile(filepath.Join(out, "doc.go"))
	if !strings.Contains(string(doc), " --rules ") {
		t.Errorf("doc.go's //go:generate line lacks --rules:\n%s", doc)
	}

	bad := filepath.Join(t.TempDir(), "bad.json")
	os.WriteFile(bad, []byte(`{"definitions": {"PacketCaptureFilter": {"properties": {"localPort": ["portFilter", "nope"], "gone": ["ipFilter"]}}}}`), 0o644)
	code, stdout, stderr := run("generate", "--spec", nwSpec, "--rules", bad, "--out", out, "--import-path", "example.com/nw")
	if code != 1 || stdout != "" {
		t.Fatalf("bad rules file: exit %d, stdout %q", code, stdout)
	}
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	if len(lines) != 1 || !strings.HasPrefix(lines[0], bad+`#/definitions/PacketCaptureFilter/properties/localPort/1: unknown rule "nope"`) {
		t.Errorf("stderr:\n%s", stderr)
	}
	if after, _ := os.ReadFile(filepath.Join(out, "validate.go")); string(after) != string(src) {
		t.Errorf("a failed run changed --out")
	}
	os.WriteFile(bad, []byte(`{"definitions": {"PacketCaptureFilter": {"properties": {"gone": ["ipFilter"]}}}}`), 0o644)
	if code, _, stderr = run("generate", "--spec", nwSpec, "--rules", bad, "--out", out, "--import-path", "example.com/nw"); code != 1 ||
		!strings.HasPrefix(stderr, bad+`#/definitions/PacketCaptureFilter/properties/gone: definition "PacketCaptureFilter" has no property "gone"`) {
		t.Errorf("exit %d, stderr:\n%s", code, stderr)
	}
}
