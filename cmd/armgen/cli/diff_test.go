package cli

import (
	"encoding/json"
	"strings"
	"testing"
)

const nwStable = specsRoot + "/specification/network/resource-manager/Microsoft.Network/stable/"

func TestDiffMarkdown(t *testing.T) {
	code, stdout, stderr := run("diff", "--root", specsRoot,
		"--old", nwStable+"2022-01-01/networkWatcher.json", "--new", nwStable+"2024-01-01/networkWatcher.json")
	if code != 0 || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	for _, want := range []string{
		"# Changes from 2022-01-01 to 2024-01-01\n",
		"3 breaking changes, 0 features added, 1 other change.",
		"## Breaking changes\n\n- model `ErrorDetails` (`Error` in the old spec): property details was removed",
		"property runningOperationIds was removed",
		"## Other changes\n\n- model `SecurityRulePropertiesFormat`: property priority changed from optional to required",
		"- field `ErrorResponse.Error`: `*Error` → `*ErrorDetails`",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("report lacks %q:\n%s", want, stdout)
		}
	}
}

func TestDiffJSONAndFailOnBreaking(t *testing.T) {
	args := []string{"diff", "--root", specsRoot, "--format", "json",
		"--old", nwStable + "2022-01-01/networkWatcher.json", "--new", nwStable + "2024-01-01/networkWatcher.json"}
	code, stdout, stderr := run(args...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var rep struct {
		Summary struct{ Breaking, Features, Other int }
		Changes []struct {
			Rule     string
			Breaking bool
			Name     string
			Item     string
		}
	}
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, stdout)
	}
	if rep.Summary.Breaking != 3 || rep.Summary.Other != 1 || len(rep.Changes) != 4 {
		t.Errorf("summary %+v, %d changes", rep.Summary, len(rep.Changes))
	}

	code, stdout2, stderr := run(append(args, "--fail-on-breaking")...)
	if code != 1 || stdout2 != stdout {
		t.Errorf("--fail-on-breaking: exit %d (want 1), report changed: %v", code, stdout2 != stdout)
	}
	if stderr != "armgen diff: 3 breaking changes from 2022-01-01 to 2024-01-01 (--fail-on-breaking)\n" {
		t.Errorf("stderr = %q", stderr)
	}

	// Nothing breaks when nothing changed.
	code, _, stderr = run("diff", "--root", specsRoot, "--fail-on-breaking",
		"--old", nwStable+"2024-01-01/networkWatcher.json", "--new", nwStable+"2024-01-01/networkWatcher.json")
	if code != 0 {
		t.Errorf("a spec against itself with --fail-on-breaking: exit %d, %s", code, stderr)
	}
}

func TestDiffUsageErrors(t *testing.T) {
	good := nwStable + "2022-01-01/networkWatcher.json"
	for _, args := range [][]string{
		{"diff"},
		{"diff", "--old", good},
		{"diff", "--new", good},
		{"diff", "--old", good, "--new", good, "--format", "yaml"},
		{"diff", "--old", good, "--new", good, "extra"},
	} {
		code, stdout, stderr := run(args...)
		if code != 2 || stdout != "" || !strings.HasSuffix(stderr, "\nRun 'armgen diff --help' for usage.\n") {
			t.Errorf("%v: exit %d, stderr %q; want 2 and a usage hint", args, code, stderr)
		}
	}
}
