package sdkcompat_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/armgen/armgen/generator"
	"github.com/armgen/armgen/internal/e2e"
	"github.com/armgen/armgen/internal/sdkcompat"
)

// specsRoot is the specs mirror: $SPECS_ROOT, or ../shared/azure-rest-api-specs beside the
// repository.
func specsRoot(t *testing.T, repo string) string {
	root := os.Getenv("SPECS_ROOT")
	if root == "" {
		root = filepath.Join(repo, "..", "shared", "azure-rest-api-specs")
	}
	if _, err := os.Stat(filepath.Join(root, "specification")); err != nil {
		t.Fatalf("the specs mirror is not at %s (set SPECS_ROOT): %v", root, err)
	}
	return root
}

// report fails the test unless every example compiled, listing the compiler's messages.
func report(t *testing.T, res *sdkcompat.Result, want int) {
	t.Helper()
	if len(res.Examples) != want || len(res.Broken) > 0 {
		t.Errorf("%d of %d examples compile (want all %d); broken: %v\n%s", res.Compiled(), len(res.Examples), want, res.Broken, strings.Join(res.Errors, "\n"))
	}
}

// TestNetworkWatcherExamples: the 38 examples armnetwork v1.1.0 ships for its four
// network-watcher clients compile unchanged (import path aside) against
// generated/network/2022-01-01/armnetwork.
func TestNetworkWatcherExamples(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	t.Parallel()
	repo := e2e.RepoRoot(t)
	res, err := sdkcompat.Run(sdkcompat.Case{
		Module: sdkcompat.NetworkModule, Version: sdkcompat.NetworkVersion, Files: sdkcompat.NetworkWatcherExamples,
		Package:    filepath.Join(repo, "generated", "network", "2022-01-01", "armnetwork"),
		ImportPath: "github.com/armgen/armgen/generated/network/2022-01-01/armnetwork",
		Runtime:    filepath.Join(repo, "runtime"),
	}, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	report(t, res, 38)
}

// generate writes armgen's package of spec (or of a readme tag) into dir.
func generate(t *testing.T, root, dir, importPath string, opts generator.Options) {
	t.Helper()
	opts.Root, opts.Out, opts.ImportPath = root, dir, importPath
	if _, err := generator.Generate(opts); err != nil {
		t.Fatal(err)
	}
}

// TestMSIExamples: the 12 examples of armmsi v1.3.0 compile against armgen's package of the
// mirror's msi 2024-11-30 spec, from which the SDK generated that version.
func TestMSIExamples(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	t.Parallel()
	repo := e2e.RepoRoot(t)
	root := specsRoot(t, repo)
	dir := filepath.Join(t.TempDir(), "armmsi")
	generate(t, root, dir, "example.com/gen/armmsi", generator.Options{
		Spec: filepath.Join(root, "specification/msi/resource-manager/Microsoft.ManagedIdentity/stable/2024-11-30/ManagedIdentity.json"),
	})
	res, err := sdkcompat.Run(sdkcompat.Case{Module: sdkcompat.MSIModule, Version: sdkcompat.MSIVersion,
		Package: dir, ImportPath: "example.com/gen/armmsi", Runtime: filepath.Join(repo, "runtime")}, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	report(t, res, 12)
}

// TestStorageFakeExample: armstorage v1.8.1's fake_example_test.go (a fake AccountsServer
// behind NewAccountsServerTransport, a call the fake answers and one it does not) passes
// against armgen's package and fake package of the mirror's Storage tag package-2021-02.
func TestStorageFakeExample(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	t.Parallel()
	repo := e2e.RepoRoot(t)
	root := specsRoot(t, repo)
	dir := filepath.Join(t.TempDir(), "armstorage")
	generate(t, root, dir, "example.com/gen/armstorage", generator.Options{
		Config: filepath.Join(root, "specification/storage/resource-manager/readme.md"), Tag: "package-2021-02",
	})
	res, err := sdkcompat.Run(sdkcompat.Case{Module: sdkcompat.StorageModule, Version: sdkcompat.StorageVersion,
		Files: []string{"fake_example_test.go"}, Package: dir, ImportPath: "example.com/gen/armstorage",
		Runtime: filepath.Join(repo, "runtime"), Run: true}, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	report(t, res, 1)
	if !res.Passed {
		t.Errorf("fake_example_test.go does not pass:\n%s", res.RunOutput)
	}
}
