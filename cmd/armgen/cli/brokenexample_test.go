package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBrokenExampleIsAWarning: x-ms-examples files that are not examples (invalid UTF-8, a
// syntax error, merge-conflict markers, no "parameters" object, an array) are warnings of
// kind broken-example, each naming the spec's x-ms-examples entry or the example file; the
// run succeeds, writes the package and docs, and the good example gets its example test.
func TestBrokenExampleIsAWarning(t *testing.T) {
	dir, err := filepath.Abs("../../../generator/testdata/broken_example")
	if err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	code, _, stderr := run("generate", "--spec", filepath.Join(dir, "spec.json"), "--out", filepath.Join(out, "pkg"),
		"--import-path", "example.com/broken", "--docs", "go="+filepath.Join(out, "docs"), "--verbose")
	if code != 0 {
		t.Fatalf("exit %d, want 0:\n%s", code, stderr)
	}
	for _, want := range []string{
		"warning[broken-example]: spec.json#/paths/~1subscriptions~1{subscriptionId}~1providers~1Microsoft.Gadgets~1gadgets~1{name}/get/x-ms-examples/Not UTF-8/$ref: " +
			"example file examples/NotUTF8.json is broken, the example is skipped: examples/NotUTF8.json#: invalid JSON: line 3, column 49: string is not valid UTF-8 (line 46)",
		"example file examples/SyntaxError.json is broken, the example is skipped: examples/SyntaxError.json#: invalid JSON: line 3, column 48",
		"example file examples/Conflict.json is broken, the example is skipped: examples/Conflict.json#: file holds unresolved git merge-conflict markers starting at line 2",
		`warning[broken-example]: examples/NoParameters.json#: example "No parameters" of Gadgets_Get is skipped: an example file needs "parameters" and "responses" objects`,
		`warning[broken-example]: examples/NotAnObject.json#: example "Not an object" of Gadgets_Get is skipped`,
		"armgen: 5 warnings: 5 broken-example",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	src, err := os.ReadFile(filepath.Join(out, "pkg", "example_gadgets_test.go"))
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(src), "\nfunc Example"); n != 1 || !strings.Contains(string(src), "func ExampleGadgetsClient_Get_good()") {
		t.Errorf("example_gadgets_test.go holds %d examples, want the good one only", n)
	}
	if _, err := os.Stat(filepath.Join(out, "docs", "index.md")); err != nil {
		t.Errorf("no docs index: %v", err)
	}
}
