package generator

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestRegenerateArgsAreRelativeToTheOutputFolder(t *testing.T) {
	// The arguments make generate passes, from the repository root.
	opts := Options{
		Root: "../shared/azure-rest-api-specs",
		Spec: "../shared/azure-rest-api-specs/specification/network/x/networkWatcher.json",
		Out:  "generated/network/2022-01-01/armnetwork",
	}
	got, err := regenerateArgs(opts)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"generate",
		"--root", "../../../../../shared/azure-rest-api-specs",
		"--spec", "../../../../../shared/azure-rest-api-specs/specification/network/x/networkWatcher.json",
		"--out", "."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("args =\n%q\nwant\n%q", got, want)
	}

	// The same files named from elsewhere (absolute paths) give the same line.
	abs := func(p string) string { a, _ := filepath.Abs(p); return a }
	again, err := regenerateArgs(Options{Root: abs(opts.Root), Spec: abs(opts.Spec), Out: abs(opts.Out)})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(again, want) {
		t.Errorf("absolute paths gave %q", again)
	}

	opts.Package, opts.ImportPath, opts.AllowRemoteRefs = "nw", "example.com/nw", true
	got, _ = regenerateArgs(opts)
	if s := strings.Join(got[len(got)-5:], " "); s != "--package nw --import-path example.com/nw --allow-remote-refs" {
		t.Errorf("tail = %q", s)
	}
	// Docs folders and other versions are regenerated too, relative to the package's folder.
	withDocs := opts
	withDocs.Package, withDocs.ImportPath, withDocs.AllowRemoteRefs = "", "", false
	withDocs.Docs = []DocsOutput{{Flavor: "go", Out: "generated/docs/go/2022-01-01"}, {Flavor: "grucloud", Out: "generated/docs/grucloud/2022-01-01"}}
	withDocs.OtherVersions = []string{"../shared/azure-rest-api-specs/specification/network/y/networkWatcher.json"}
	got, _ = regenerateArgs(withDocs)
	if s := strings.Join(got[len(got)-6:], " "); s != "--docs go=../../../docs/go/2022-01-01 --docs grucloud=../../../docs/grucloud/2022-01-01 --other-version ../../../../../shared/azure-rest-api-specs/specification/network/y/networkWatcher.json" {
		t.Errorf("--docs: tail = %q", s)
	}

	// A replaced go:generate command is part of what regenerates the package.
	opts.Package, opts.ImportPath, opts.AllowRemoteRefs = "", "", false
	for gg, tail := range map[string]string{
		"":               "--out .",
		"go tool armgen": "--out .",
		"armgen":         "--out . --go-generate armgen",
		"go run github.com/armgen/armgen/cmd/armgen": "--out . --go-generate go run github.com/armgen/armgen/cmd/armgen",
	} {
		opts.GoGenerate = gg
		got, _ = regenerateArgs(opts)
		if s := strings.Join(got[len(got)-strings.Count(tail, "--go-generate")*2-2:], " "); s != tail {
			t.Errorf("--go-generate %q: tail = %q, want %q", gg, s, tail)
		}
	}
	if got, _ := regenerateArgs(Options{Spec: "a.json"}); got != nil {
		t.Errorf("no --out: %q, want nil", got)
	}
	if got, _ := regenerateArgs(Options{Spec: "a.json", Out: "x", FS: os.DirFS(".")}); got != nil {
		t.Errorf("FS: %q, want nil", got)
	}
}
