package conformance

import (
	"strings"
	"testing"
)

// TestRatchetOnlyGoesUp: a run below the ratchet is reported, and raising the ratchet
// never lowers a count or forgets a spec or scenario.
func TestRatchetOnlyGoesUp(t *testing.T) {
	old := &Ratchet{Report: 10, Azure: 5, Compiled: []string{"a", "b"}, Tested: []string{"a"}, Hit: []string{"x", "azure/y"}}
	now := &Ratchet{Report: 9, Azure: 6, Compiled: []string{"a", "c"}, Tested: []string{"a"}, Hit: []string{"x", "z"}, Skipped: map[string]string{"b": "broken"}}
	d := strings.Join(drops(old, now), "\n")
	for _, want := range []string{"/report: 9 scenarios hit, the ratchet says 10", "spec b no longer generates and compiles: broken", "scenario azure/y is no longer hit"} {
		if !strings.Contains(d, want) {
			t.Errorf("drops do not say %q:\n%s", want, d)
		}
	}
	if strings.Contains(d, "/report/azure") {
		t.Errorf("azure went up, yet reported as a drop:\n%s", d)
	}
	r := raise(old, now)
	if r.Report != 10 || r.Azure != 6 {
		t.Errorf("raised counts %d, %d; want 10, 6", r.Report, r.Azure)
	}
	if len(missing(old.Compiled, r.Compiled)) != 0 || len(missing(now.Compiled, r.Compiled)) != 0 || len(missing(old.Hit, r.Hit)) != 0 {
		t.Errorf("raised ratchet lost entries: %+v", r)
	}
	if len(drops(r, now)) == 0 || len(drops(r, r)) != 0 {
		t.Errorf("a raised ratchet must still catch the drop and accept itself")
	}
}

// TestBuildOutputParsing reads go build and go test output the way the suite sees it.
func TestBuildOutputParsing(t *testing.T) {
	build := "# github.com/armgen/armgen/_e2e/conformance-1/additional_properties\n_e2e/conformance-1/additional_properties/models.go:127:2: AdditionalProperties redeclared\n\tother declaration\n"
	bad := brokenPackages(build, "./_e2e/conformance-1")
	if bad["additional_properties"] != "models.go:127:2: AdditionalProperties redeclared" {
		t.Errorf("brokenPackages: %q", bad)
	}
	test := "ok  \tgithub.com/armgen/armgen/_e2e/conformance-1/body_string\t0.1s\nFAIL\tgithub.com/armgen/armgen/_e2e/conformance-1/lro\t0.2s\n"
	passed := passedPackages(test, "./_e2e/conformance-1")
	if !passed["body_string"] || passed["lro"] {
		t.Errorf("passedPackages: %v", passed)
	}
}
