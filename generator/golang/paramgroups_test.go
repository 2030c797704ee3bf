package golang

import (
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"github.com/armgen/armgen/generator/build"
	"github.com/armgen/armgen/generator/load"
	"github.com/armgen/armgen/generator/output"
	"github.com/armgen/armgen/internal/e2e"
)

// TestParamGroupsFake generates the AutoRest test server's azure-parameter-grouping.json
// with its fake package and runs testdata/paramgroups/fake_test.go there: the group structs
// travel from the client method over the wire to the fake server's function unchanged.
// (internal/conformance sends the same scenarios to the test server itself.)
func TestParamGroupsFake(t *testing.T) {
	runTestServerFake(t, "azure-parameter-grouping.json", "testdata/paramgroups/fake_test.go")
}

// runTestServerFake generates a spec of the AutoRest test server (skipping when it is not
// installed) with its fake package into a workspace, adds the hand-written test file (its
// example.com/armgen/<package> imports rewritten), and vets and tests the package there.
func runTestServerFake(t *testing.T, spec, testFile string) {
	t.Helper()
	runSpecFake(t, e2e.TestServerSwagger(t, spec), spec, testFile)
}

// runSpecFake generates the spec file spec of folder dir with its fake package into a
// workspace, adds the hand-written test file (its example.com/armgen/<package> imports
// rewritten), and vets and tests the package there.
func runSpecFake(t *testing.T, dir, spec, testFile string) {
	t.Helper()
	doc, err := load.Load(spec, load.Options{FS: os.DirFS(dir)})
	if err != nil {
		t.Fatal(err)
	}
	pkg, err := build.Build(doc, build.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ws := e2e.New(t, "testserverfake")
	importPath := path.Join(modulePathOf(t, ws.Root), strings.TrimPrefix(ws.Rel, "./"), pkg.Name)
	files := output.NewFiles()
	if err := Emit(pkg, files, Options{Dir: pkg.Name, ImportPath: importPath}); err != nil {
		t.Fatal(err)
	}
	for _, n := range files.Names() {
		ws.Write(t, n, files.Get(n))
	}
	src, err := os.ReadFile(testFile)
	if err != nil {
		t.Fatal(err)
	}
	ws.Write(t, pkg.Name+"/"+filepath.Base(testFile), []byte(strings.ReplaceAll(string(src), `"example.com/armgen/`+pkg.Name, `"`+importPath)))
	if out, err := ws.Go(nil, "vet", "{ws}/"+pkg.Name+"/..."); err != nil {
		t.Fatalf("generated package does not vet:\n%s", out)
	}
	if out, err := ws.Go(nil, "test", "-count=1", "{ws}/"+pkg.Name+"/..."); err != nil {
		t.Fatalf("go test:\n%s", out)
	}
}

// TestXMLFake generates the test server's xml-service.json with its fake package and runs
// testdata/xml/fake_test.go there: XML models, wrapped and root lists and map models travel
// from the client to the fake server's function and back unchanged, and the request the
// client sends is the spec's XML. (internal/conformance sends the same models to the test
// server, which compares them with its own XML.)
func TestXMLFake(t *testing.T) {
	runTestServerFake(t, "xml-service.json", "testdata/xml/fake_test.go")
}

// TestArrayParamsFake generates testdata/arrayquery/spec.json (array parameters of
// numbers and booleans in the path, the query and a header, in every collectionFormat)
// with its fake package and runs testdata/arrayquery/fake_test.go there: the exact wire
// form of each array, and the values the fake server parses back.
func TestArrayParamsFake(t *testing.T) {
	runSpecFake(t, "testdata/arrayquery", "spec.json", "testdata/arrayquery/fake_test.go")
}
