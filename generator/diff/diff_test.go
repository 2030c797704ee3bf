package diff

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/armgen/armgen/generator/output"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// checkGolden compares got with the file at path, or rewrites it with -update.
func checkGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./generator/diff -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs (run go test ./generator/diff -update and review the diff):\n%s", path, got)
	}
}

// TestNetworkWatcherChangelog is the changelog from 2022-01-01 to 2024-01-01 of
// networkWatcher.json. Its entries were checked by hand against the spec JSON (see the
// comments) and are asserted here besides the golden files. The golden files hold the wire
// changes only, so that they do not change with every new emitter; the Go API changes
// that follow from them are asserted by identifier.
func TestNetworkWatcherChangelog(t *testing.T) {
	a, b := loadNetwork(t, "2022-01-01"), loadNetwork(t, "2024-01-01")
	api, err := CompareGo(a.Files, b.Files)
	if err != nil {
		t.Fatal(err)
	}
	rep := NewReport(a.Package, b.Package, Compare(a.Package, b.Package), nil)
	var md, js bytes.Buffer
	if err := rep.WriteMarkdown(&md); err != nil {
		t.Fatal(err)
	}
	if err := rep.WriteJSON(&js); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join("testdata", "networkwatcher_2022-01-01_2024-01-01")
	checkGolden(t, filepath.Join(dir, "changelog.md"), md.Bytes())
	checkGolden(t, filepath.Join(dir, "changes.json"), js.Bytes())

	var got []string
	for _, c := range rep.Changes {
		got = append(got, brief(c)+" "+c.Usage)
	}
	want := []string{
		// networkWatcher.json#/definitions/ErrorResponse/properties/error/$ref went from
		// network.json#/definitions/Error (code, message, target, details, innerError) to
		// network.json#/definitions/ErrorDetails (code, target, message). ErrorResponse is
		// every operation's default response.
		"RemovedProperty model ErrorDetails details breaking output",
		"RemovedProperty model ErrorDetails innerError breaking output",
		// networkWatcher.json#/definitions/NetworkWatcherPropertiesFormat/properties/
		// runningOperationIds is gone; NetworkWatcher is the PUT body and the GET response.
		// Its Go name is WatcherPropertiesFormat (the package armnetwork's prefix trimmed).
		// networkSecurityGroup.json#/definitions/SecurityRulePropertiesFormat/required gained
		// "priority"; SecurityRule is reached only from responses (security group views).
		"ChangedPropertyRequired model SecurityRulePropertiesFormat priority - output",
		"RemovedProperty model WatcherPropertiesFormat runningOperationIds breaking input+output",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("changes:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if !rep.Breaking() || rep.Summary.Breaking != 3 || rep.Summary.Other != 1 || rep.Summary.Features != 0 {
		t.Errorf("summary = %+v", rep.Summary)
	}
	apiWant := map[string]string{
		// Error was only reached as ErrorResponse.error; the new spec points it at ErrorDetails.
		"Error":               "removed",
		"Error.Details":       "removed",
		"ErrorResponse.Error": "changed",
		"WatcherPropertiesFormat.RunningOperationIDs": "removed",
	}
	for _, c := range api {
		if w, ok := apiWant[c.Ident]; ok && w == c.Change {
			delete(apiWant, c.Ident)
		}
	}
	if len(apiWant) > 0 {
		t.Errorf("Go API changes lack %v; got %+v", apiWant, api)
	}
	for _, c := range api {
		if c.Change == "added" || (c.Change == "changed" && c.Ident != "ErrorResponse.Error") {
			t.Errorf("unexpected Go API change %+v", c)
		}
		if c.Change == "removed" && !strings.HasPrefix(c.Ident, "Error") && c.Ident != "WatcherPropertiesFormat.RunningOperationIDs" &&
			!strings.HasPrefix(c.Ident, "fake.") {
			t.Errorf("unexpected Go API removal %+v", c)
		}
	}
}

// TestSelfDiffIsEmpty loads each spec twice and compares the two loads: nothing changed.
func TestSelfDiffIsEmpty(t *testing.T) {
	specs := []string{networkDir + "2022-01-01/networkWatcher.json", networkDir + "2024-01-01/networkWatcher.json"}
	cases, _ := filepath.Glob("testdata/rules/*/*/spec.json")
	for _, spec := range append(specs, cases...) {
		root := ""
		if strings.HasPrefix(spec, specsRoot) {
			root = specsRoot
		}
		a, b := loadSpec(t, spec, root), loadSpec(t, spec, root)
		if cs := Compare(a.Package, b.Package); len(cs) != 0 {
			t.Errorf("%s against itself: %d changes, first %+v", spec, len(cs), cs[0])
		}
		if cs := Compare(a.Package, a.Package); len(cs) != 0 {
			t.Errorf("%s against the same IR: %d changes", spec, len(cs))
		}
		api, err := CompareGo(a.Files, b.Files)
		if err != nil || len(api) != 0 {
			t.Errorf("%s Go API against itself: %v %v", spec, api, err)
		}
	}
}

// TestMirror checks, over every change of every pair we have, that diff(b, a) reports
// the mirror image of diff(a, b): added for removed, old and new swapped, at the same place.
func TestMirror(t *testing.T) {
	type pair struct{ name, a, b, root string }
	pairs := []pair{{"network", networkDir + "2022-01-01/networkWatcher.json", networkDir + "2024-01-01/networkWatcher.json", specsRoot}}
	cases, _ := filepath.Glob("testdata/rules/*")
	for _, c := range cases {
		pairs = append(pairs, pair{filepath.Base(c), filepath.Join(c, "old", "spec.json"), filepath.Join(c, "new", "spec.json"), ""})
	}
	total := 0
	for _, p := range pairs {
		a, b := loadSpec(t, p.a, p.root), loadSpec(t, p.b, p.root)
		ab, ba := Compare(a.Package, b.Package), Compare(b.Package, a.Package)
		if len(ab) != len(ba) {
			t.Errorf("%s: %d changes forward, %d backward", p.name, len(ab), len(ba))
		}
		back := map[string]int{}
		for _, c := range ba {
			back[mirrorKey(c, false)]++
		}
		for _, c := range ab {
			total++
			k := mirrorKey(c, true)
			if back[k] == 0 {
				t.Errorf("%s: %s has no mirror image %q in the backward diff", p.name, brief(c), k)
				continue
			}
			back[k]--
		}
		apiAB, _ := CompareGo(a.Files, b.Files)
		apiBA, _ := CompareGo(b.Files, a.Files)
		inv := map[string]string{"added": "removed", "removed": "added", "changed": "changed"}
		seen := map[string]bool{}
		for _, c := range apiBA {
			seen[c.Change+" "+c.Ident+" "+c.Old+" "+c.New] = true
		}
		for _, c := range apiAB {
			if !seen[inv[c.Change]+" "+c.Ident+" "+c.New+" "+c.Old] {
				t.Errorf("%s: Go API %s %s has no mirror image", p.name, c.Change, c.Ident)
			}
		}
	}
	if total < 30 {
		t.Errorf("only %d changes checked", total)
	}
}

// mirrorKey identifies a change by what and where, with the rule and values turned
// around when forward is set. Models and enums are identified by where they are reached
// (Go names can differ between the two sides), operations by their operationId, and
// definitions reported on one side only by name.
func mirrorKey(c Change, forward bool) string {
	rule, old, new := c.Rule, c.Old, c.New
	if forward {
		rule, old, new = rule.inverse(), new, old
	}
	where := c.Reached
	if where == "" {
		where = c.Name
	}
	if rule == ChangedOperationID || c.Rule == ChangedOperationID {
		where = ""
	}
	return strings.Join([]string{string(rule), string(c.Target), where, c.Item, old, new, c.Usage}, "|")
}

// TestCompareGo checks the Go API comparison on small packages of our own.
func TestCompareGo(t *testing.T) {
	files := func(src map[string]string) *output.Files {
		f := output.NewFiles()
		for name, s := range src {
			if err := f.Add(name, []byte(s)); err != nil {
				t.Fatal(err)
			}
		}
		return f
	}
	old := files(map[string]string{
		"a.go":      "package p\n\ntype T struct {\n\tA *string\n\tB int32\n\tc bool\n}\n\nfunc (t *T) Get(x int) error { return nil }\n\nconst K T2 = \"x\"\n\ntype T2 string\n\nfunc Gone() {}\n",
		"fake/f.go": "package fake\n\ntype Server struct{ Get func() }\n",
		"a_test.go": "package p\n\nfunc ExampleT() {}\n",
	})
	new := files(map[string]string{
		"a.go":      "package p\n\ntype T struct {\n\tA *string\n\tB int64\n\tD []T2\n}\n\nfunc (t T) Get(x int) (int, error) { return 0, nil }\n\nconst K T2 = \"y\"\n\ntype T2 string\n",
		"fake/f.go": "package fake\n\ntype Server struct{ Get func() }\n",
	})
	got, err := CompareGo(old, new)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, c := range got {
		lines = append(lines, c.Change+" "+c.Kind+" "+c.Ident+": "+c.Old+" -> "+c.New)
	}
	want := []string{
		"removed func Gone: func() -> ",
		"changed const K: T2 = \"x\" -> T2 = \"y\"",
		"changed field T.B: int32 -> int64",
		"changed method T.Get: (pointer receiver) func(x int) error -> func(x int) (int, error)",
		"added field T.D:  -> []T2",
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
	if _, err := CompareGo(files(map[string]string{"bad.go": "package p\nfunc {"}), new); err == nil {
		t.Error("unparsable Go must be an error")
	}
}
