// Package oracle runs the Node tools that the docs printers imitate (util.inspect and
// prettier 2.8.8) on many inputs in one batch, for differential tests. It also finds
// the shared spec corpus and generates seeded random JSON values.
//
// Tests call Run; when node or the prettier install (scripts/install-node-tools.sh)
// is missing, Run skips the test, unless ARMGEN_REQUIRE_NODE=1, in which case it
// fails it.
package oracle

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/armgen/armgen/generator/jsonv"
)

// RequireEnv is the environment variable that turns a missing Node tool from a skip
// into a failure.
const RequireEnv = "ARMGEN_REQUIRE_NODE"

// Case is one input of the oracle. Mode is "inspect", "resource" or "exports" (see
// scripts/docs-oracle.js).
type Case struct {
	Mode string
	// Value is the inspected value, the exports value, or the resource's properties
	// (nil: none).
	Value *jsonv.Value
	// Options are util.inspect options by name (depth, breakLength, compact,
	// maxArrayLength, maxStringLength).
	Options map[string]int
	// Type, Group, Name and Deps describe a resource case.
	Type, Group, Name string
	Deps              []Dep
}

// Dep is one dependency of a resource case.
type Dep struct {
	Key    string   `json:"key"`
	Values []string `json:"values"`
	List   bool     `json:"list"`
}

// Result is the oracle's answer for one case: Out, or Err when the tool threw.
type Result struct {
	Out string `json:"out"`
	Err string `json:"error"`
}

// RepoRoot returns the repository root: the nearest parent of the working
// directory that holds go.mod.
func RepoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("finding the repository root: %w", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod above the working directory")
		}
		dir = parent
	}
}

// Available reports why the oracle cannot run ("" when it can). needPrettier asks
// for the prettier install as well as node.
func Available(needPrettier bool) string {
	if _, err := exec.LookPath("node"); err != nil {
		return "node is not on PATH"
	}
	root, err := RepoRoot()
	if err != nil {
		return err.Error()
	}
	if needPrettier {
		p := filepath.Join(root, ".tools", "node_modules", "prettier", "package.json")
		if _, err := os.Stat(p); err != nil {
			return "prettier 2.8.8 is not installed in .tools (run scripts/install-node-tools.sh)"
		}
	}
	return ""
}

// SkipUnlessAvailable skips t when the oracle cannot run, or fails it when
// ARMGEN_REQUIRE_NODE=1.
func SkipUnlessAvailable(t testing.TB, needPrettier bool) {
	t.Helper()
	if why := Available(needPrettier); why != "" {
		if os.Getenv(RequireEnv) == "1" {
			t.Fatalf("%s, and %s=1 requires the differential test", why, RequireEnv)
		}
		t.Skipf("skipping the differential test: %s (set %s=1 to make this a failure)", why, RequireEnv)
	}
}

// Run sends all cases to one node process and returns its results in order.
func Run(t testing.TB, cases []Case) []Result {
	t.Helper()
	needPrettier := false
	for _, c := range cases {
		needPrettier = needPrettier || c.Mode != "inspect"
	}
	SkipUnlessAvailable(t, needPrettier)
	root, err := RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	in, out := filepath.Join(dir, "in.json"), filepath.Join(dir, "out.json")
	if err := os.WriteFile(in, encode(cases), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("node", filepath.Join(root, "scripts", "docs-oracle.js"), in, out)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("node scripts/docs-oracle.js: %v\n%s", err, stderr.Bytes())
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var results []Result
	if err := json.Unmarshal(data, &results); err != nil {
		t.Fatalf("reading the oracle's output: %v", err)
	}
	if len(results) != len(cases) {
		t.Fatalf("oracle returned %d results for %d cases", len(results), len(cases))
	}
	return results
}

// encode writes the cases as JSON, numbers exactly as written in the trees.
func encode(cases []Case) []byte {
	buf := []byte{'['}
	for i, c := range cases {
		if i > 0 {
			buf = append(buf, ',')
		}
		buf = append(buf, `{"mode":`...)
		buf = strconv.AppendQuote(buf, c.Mode)
		if c.Value != nil {
			key := `,"value":`
			if c.Mode == "resource" {
				key = `,"properties":`
			}
			buf = append(buf, key...)
			buf = jsonv.AppendCompact(buf, c.Value)
		}
		if c.Options != nil {
			opts, _ := json.Marshal(c.Options)
			buf = append(buf, `,"options":`...)
			buf = append(buf, opts...)
		}
		if c.Mode == "resource" {
			for _, kv := range [][2]string{{"type", c.Type}, {"group", c.Group}, {"name", c.Name}} {
				buf = append(buf, `,"`+kv[0]+`":`...)
				buf = jsonv.AppendString(buf, kv[1])
			}
			deps, _ := json.Marshal(c.Deps)
			if c.Deps == nil {
				deps = []byte("[]")
			}
			buf = append(buf, `,"dependencies":`...)
			buf = append(buf, deps...)
		}
		buf = append(buf, '}')
	}
	return append(buf, ']')
}
