package docs_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/armgen/armgen/generator"
	"github.com/armgen/armgen/generator/docs/internal/oracle"
	"github.com/armgen/armgen/generator/output"
)

// specsRoot is the Azure spec mirror: $SPECS_ROOT, or ../shared/azure-rest-api-specs beside
// the repository.
func specsRoot(t testing.TB) string {
	t.Helper()
	if r := os.Getenv("SPECS_ROOT"); r != "" {
		return r
	}
	root, err := oracle.RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	return filepath.Join(root, "..", "shared", "azure-rest-api-specs")
}

// networkSpec is the networkWatcher.json of an API version in the mirror.
func networkSpec(t testing.TB, version string) string {
	return filepath.Join(specsRoot(t), "specification/network/resource-manager/Microsoft.Network/stable", version, "networkWatcher.json")
}

// importPath is the committed generated package of an API version.
func importPath(version string) string {
	return "github.com/armgen/armgen/generated/network/" + version + "/armnetwork"
}

// renderDocs renders a flavor of the docs of an API version of networkWatcher.json.
func renderDocs(t testing.TB, version, flavor string) *output.Files {
	t.Helper()
	return runDocs(t, version, flavor).Files
}

// runDocs runs the docs pipeline on an API version of networkWatcher.json.
func runDocs(t testing.TB, version, flavor string) *generator.Result {
	t.Helper()
	spec := networkSpec(t, version)
	if _, err := os.Stat(spec); err != nil {
		t.Fatalf("the spec mirror is missing (set SPECS_ROOT): %v", err)
	}
	res, err := generator.DocsFiles(docsOptions(t, version), flavor)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// docsOptions are the options make generate passes for an API version of networkWatcher.json.
func docsOptions(t testing.TB, version string) generator.Options {
	t.Helper()
	root, err := oracle.RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	return generator.Options{
		Spec: networkSpec(t, version), Root: specsRoot(t), ImportPath: importPath(version),
		Rules: filepath.Join(root, "specs/rules/network-watcher.json"),
	}
}
