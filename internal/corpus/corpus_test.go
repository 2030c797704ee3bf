package main

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/armgen/armgen/generator"
)

// specsRoot is the spec mirror, as the Makefile names it, from this package's folder.
var specsRoot = func() string {
	if r := os.Getenv("SPECS_ROOT"); r != "" {
		abs, _ := filepath.Abs(r)
		return abs
	}
	abs, _ := filepath.Abs("../../../shared/azure-rest-api-specs")
	return abs
}()

func TestDiscoverMirror(t *testing.T) {
	files, err := Discover(specsRoot, nil)
	if err != nil {
		t.Fatal(err)
	}
	// The mirror's README: 405 spec files, common-types included (376 of the 2021 snapshot
	// and Network folders, plus the data-plane and TypeSpec-era folders).
	if len(files) != 405 {
		t.Errorf("%d spec files, want the mirror's 405", len(files))
	}
	for _, want := range []string{
		"specification/common-types/resource-management/v2/types.json",
		"specification/network/resource-manager/Microsoft.Network/stable/2021-02-01/virtualWan.json",
		"specification/msi/resource-manager/Microsoft.ManagedIdentity/stable/2024-11-30/ManagedIdentity.json",
		"specification/keyvault/data-plane/Microsoft.KeyVault/stable/7.2/rbac.json",
		"specification/common-types/resource-management/v6/types.json",
		"specification/network/resource-manager/Microsoft.Network/stable/2022-01-01/networkWatcher.json",
		// Not JSON (merge-conflict markers), still a spec to try.
		"specification/network/resource-manager/Microsoft.Network/stable/2022-05-01/networkInterface.json",
	} {
		if !slices.Contains(files, want) {
			t.Errorf("%s is missing", want)
		}
	}
	for _, f := range files {
		if strings.Contains(f, "/examples/") {
			t.Errorf("example file %s listed as a spec", f)
		}
	}
	if !slices.IsSorted(files) {
		t.Error("not sorted")
	}
	sub, err := Discover(specsRoot, regexp.MustCompile(`Microsoft\.Network/stable/2022-01-01/`))
	if err != nil {
		t.Fatal(err)
	}
	if len(sub) != 5 {
		t.Errorf("filtered: %v, want the five files of 2022-01-01", sub)
	}
}

func TestDiscoverSkipsOtherJSON(t *testing.T) {
	root := t.TempDir()
	write := func(name, data string) {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("specification/a/spec.json", "\xef\xbb\xbf"+`{"swagger": "2.0", "paths": {}}`)
	write("specification/a/broken.json", `{"swagger": "2.0", <<<<<<< HEAD`)
	write("specification/a/schema.json", `{"$schema": "http://json-schema.org/draft-04/schema#"}`)
	write("specification/a/list.json", `[1, 2]`)
	write("specification/a/oas3.json", `{"openapi": "3.0.0"}`)
	write("specification/a/examples/ex.json", `{"swagger": "2.0"}`)
	write("specification/a/readme.md", `# not json`)
	write("other/spec.json", `{"swagger": "2.0"}`)
	files, err := Discover(root, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"specification/a/broken.json", "specification/a/spec.json"}
	if !slices.Equal(files, want) {
		t.Errorf("files = %v, want %v", files, want)
	}
	if _, err := Discover(filepath.Join(root, "nope"), nil); err == nil {
		t.Error("a missing specs root is not an error")
	}
}

// TestSpecErrorsAreRefused: every file of the reviewed list is in the mirror and armgen
// refuses it with the listed error, so the list cannot go stale silently.
func TestSpecErrorsAreRefused(t *testing.T) {
	listed, err := SpecErrors()
	if err != nil {
		t.Fatal(err)
	}
	if len(listed) == 0 {
		t.Fatal("empty list")
	}
	for file, e := range listed {
		_, err := generator.GenerateFiles(generator.Options{Spec: filepath.Join(specsRoot, file), Root: specsRoot, ImportPath: "example.com/x"})
		if err == nil {
			t.Errorf("%s: generated, but spec-errors.json says armgen refuses it", file)
			continue
		}
		if !strings.Contains(err.Error(), e.Error) {
			t.Errorf("%s: refused with\n%v\nwant the error to contain %q", file, err, e.Error)
		}
	}
}

func TestPackageDir(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"specification/network/resource-manager/Microsoft.Network/stable/2021-02-01/virtualWan.json", "network/Microsoft.Network/stable/2021-02-01/virtualwan"},
		{"specification/common-types/resource-management/v2/types.json", "common-types/resource-management/v2/types"},
		{"specification/a/_b/.c/x y+z.json", "a/x_b/x.c/x_y_z"},
		{"specification/a/testdata/vendor.json", "a/xtestdata/xvendor"},
	} {
		if got := packageDir(c.in); got != c.want {
			t.Errorf("packageDir(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	for _, c := range []struct{ in, dir string }{
		{"armgen.corpus/a/b", "a/b"},
		{"armgen.corpus/a/b/fake", "a/b"},
		{"armgen.corpus/a/b [armgen.corpus/a/b.test]", "a/b"},
		{"armgen.corpus/a/b_test [armgen.corpus/a/b.test]", "a/b"},
		{"armgen.corpus/a/b.test", "a/b"},
	} {
		if got, _ := specDirOf(c.in); got != c.dir {
			t.Errorf("specDirOf(%q) = %q, want %q", c.in, got, c.dir)
		}
	}
}

func TestCountWarnings(t *testing.T) {
	stderr := "warning[missing-example]: …/2024-01-01/networkWatcher.json#/paths/…/$ref: example file x does not exist\n" +
		"warning[missing-example]: a.json#: y\n" +
		"warning[security]: a.json#/security/0/k: z\n" +
		"warning: an old-style line\n" +
		"armgen: 4 warnings: 2 missing-example, 1 security, 1 other\n" +
		"a.json#/x: an error\n"
	got := countWarnings(stderr)
	if len(got) != 3 || got["missing-example"] != 2 || got["security"] != 1 || got["unclassified"] != 1 {
		t.Errorf("countWarnings = %v", got)
	}
	if l := firstErrorLine(stderr); l != "armgen: 4 warnings: 2 missing-example, 1 security, 1 other" {
		t.Errorf("firstErrorLine = %q", l)
	}
}

// TestGoToolParsing runs the real go command on a small module holding each kind of
// failure and checks that every one is attributed to its package, and that the others
// still count.
func TestGoToolParsing(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go command")
	}
	mod := t.TempDir()
	files := map[string]string{
		"go.mod":          "module " + modulePath + "\n\ngo 1.22\n",
		"ok/ok.go":        "package ok\n\n// F is one.\nfunc F() int { return 1 }\n",
		"ok/fake/fake.go": "package fake\n\nimport \"" + modulePath + "/ok\"\n\n// G calls F.\nfunc G() int { return ok.F() }\n",
		"ok/example_test.go": "package ok_test\n\nimport (\n\t\"fmt\"\n\t\"log\"\n\n\t\"" + modulePath + "/ok\"\n)\n\n" +
			"func ExampleF() {\n\tfmt.Println(ok.F())\n\t// Output: 1\n}\n\n" +
			"func ExampleF_wrong() {\n\tfmt.Println(ok.F())\n\t// Output: 2\n}\n\n" +
			"func ExampleF_fatal() {\n\tlog.Fatal(\"the fake answered 500\")\n\t// Output:\n}\n",
		"broken/broken.go":           "package broken\n\n// F is wrong.\nfunc F() int { return \"x\" }\n",
		"fakebroken/f.go":            "package fakebroken\n",
		"fakebroken/fake/fake.go":    "package fake\n\nvar X int = \"y\"\n",
		"vetbad/v.go":                "package vetbad\n\nimport \"fmt\"\n\n// F prints.\nfunc F() { fmt.Printf(\"%d\", \"s\") }\n",
		"testbroken/t.go":            "package testbroken\n",
		"testbroken/example_test.go": "package testbroken\n\nfunc ExampleX() {\n\tundefined()\n\t// Output:\n}\n",
	}
	for name, data := range files {
		p := filepath.Join(mod, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	rs := map[string]*goResults{"ok": {}, "broken": {}, "fakebroken": {}, "vetbad": {}, "testbroken": {}}
	res := func(dir string) *goResults { return rs[dir] }
	ctx := context.Background()
	env := []string{"GOFLAGS=-mod=mod", "GOWORK=off"}
	out, _, _ := goCmd(ctx, mod, env, "build", "-json", "./...")
	if !parseBuild(out, res) {
		t.Error("go build: failures not attributed")
	}
	out, stderr, _ := goCmd(ctx, mod, env, "vet", "-json", "./...")
	if !parseVet(out, stderr, mod, res) {
		t.Error("go vet: failures not attributed")
	}
	out, _, _ = goCmd(ctx, mod, env, "test", "-json", "-vet=off", "-run", "^Example", "./...")
	if !parseTest(out, res) {
		t.Error("go test: failures not attributed")
	}
	// A go command that fails before looking at any package names none.
	out, stderr, err := goCmd(ctx, mod, env, "vet", "-json", "./nosuchdir/...")
	if err == nil || parseVet(out, stderr, mod, res) {
		t.Errorf("go vet of a missing folder: err %v, stderr %q: want an error pinned on no package", err, stderr)
	}

	if r := rs["ok"]; r.BuildErr != "" || r.FakeBuildErr != "" || r.VetErr != "" || r.TestBuildErr != "" || r.Passed != 1 || len(r.ExampleFails) != 2 {
		t.Errorf("ok: %+v", r)
	} else {
		if !strings.HasPrefix(r.ExampleFails[0], "ExampleF_fatal: did not finish: ") || !strings.Contains(r.ExampleFails[0], "the fake answered 500") {
			t.Errorf("ok: fatal example: %q", r.ExampleFails[0])
		}
		if r.ExampleFails[1] != "ExampleF_wrong: got: | 1 | want: | 2" {
			t.Errorf("ok: wrong example: %q", r.ExampleFails[1])
		}
	}
	if r := rs["broken"]; !strings.HasPrefix(r.BuildErr, "broken/broken.go:4:") || !strings.Contains(r.BuildErr, "cannot use \"x\"") {
		t.Errorf("broken: %+v", r)
	}
	if r := rs["fakebroken"]; r.BuildErr != "" || !strings.HasPrefix(r.FakeBuildErr, "fakebroken/fake/fake.go:3:") {
		t.Errorf("fakebroken: %+v", r)
	}
	if r := rs["vetbad"]; r.BuildErr != "" || !strings.HasPrefix(r.VetErr, "printf: vetbad/v.go:6:") {
		t.Errorf("vetbad: %+v", r)
	}
	if r := rs["testbroken"]; r.BuildErr != "" || !strings.Contains(r.TestBuildErr, "undefined: undefined") || !strings.Contains(r.VetErr, "undefined: undefined") {
		t.Errorf("testbroken: %+v", r)
	}
}

// TestRunCountsLeftOutExamplesAndDocs runs the corpus (generation only) on a real spec
// of the mirror whose two x-ms-examples disagree with it (sql 2014-04-01
// serviceObjectives.json: both examples give a ServiceObjective a "location", which the
// spec does not declare). The report must count them apart from the example tests, list
// each with its reason, count the docs pages both flavors wrote, and say so in its table.
func TestRunCountsLeftOutExamplesAndDocs(t *testing.T) {
	if testing.Short() {
		t.Skip("builds armgen")
	}
	repo, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	cfg := config{repo: repo, specs: specsRoot, out: t.TempDir(), jobs: 1, timeout: time.Minute, genOnly: true, docs: true,
		filter: regexp.MustCompile(`sql/resource-manager/Microsoft\.Sql/stable/2014-04-01/serviceObjectives\.json$`)}
	rep, err := Run(context.Background(), cfg, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Specs) != 1 || rep.Specs[0].Outcome != Generated {
		t.Fatalf("specs = %+v", rep.Specs)
	}
	s := rep.Specs[0]
	if len(s.LeftOut) != 2 {
		t.Fatalf("left out = %q, want the 2 examples with a location", s.LeftOut)
	}
	for _, l := range s.LeftOut {
		if !strings.Contains(l, "/body/") || !strings.Contains(l, "location: example ") || !strings.Contains(l, "ServiceObjective has no such property") {
			t.Errorf("left-out line %q does not name the example's pointer and the spec's objection", l)
		}
	}
	// Both flavors: the go flavor writes index.md and a page per resource, grucloud a page per resource.
	goPages, gruPages := countPages(filepath.Join(cfg.out, "docs", "go", filepath.FromSlash(s.Dir))), countPages(filepath.Join(cfg.out, "docs", "grucloud", filepath.FromSlash(s.Dir)))
	if goPages < 1 || s.DocsPages != goPages+gruPages {
		t.Errorf("docs pages = %d, want go %d + grucloud %d (go at least its index)", s.DocsPages, goPages, gruPages)
	}
	md := rep.Markdown()
	for _, want := range []string{
		"| x-ms-examples left out (the example disagrees with its spec, listed below) | 2 |",
		"## x-ms-examples left out: the example disagrees with its spec (2)",
		"- " + s.LeftOut[0] + "\n",
		"| docs pages written (go and grucloud flavors) | " + strconv.Itoa(s.DocsPages) + " |",
		"the Go package and both docs flavors; 1 armgen process at a time",
		"## Failures (0)",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("report lacks %q:\n%s", want, md)
		}
	}
}
