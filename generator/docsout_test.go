package generator

import (
	"bytes"
	"testing"

	"github.com/armgen/armgen/generator/docs"
	"github.com/armgen/armgen/generator/output"
)

// TestGenerateWithDocs checks that one run with Options.Docs gives exactly the files of
// three runs (generate, then docs in each flavor), for networkWatcher.json 2022-01-01 with
// its rules. The docs are rendered while the Go files are, so under -race this also shows
// that neither reads what the other writes.
func TestGenerateWithDocs(t *testing.T) {
	opts := Options{Spec: nwDir + "/networkWatcher.json", Root: nwDir, ImportPath: "example.com/nw", Rules: "../specs/rules/network-watcher.json"}
	alone, err := GenerateFiles(opts)
	if err != nil {
		t.Fatal(err)
	}
	var want []*output.Files
	for _, flavor := range docs.Flavors() {
		res, err := DocsFiles(opts, flavor)
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, res.Files)
		opts.Docs = append(opts.Docs, DocsOutput{Flavor: flavor, Out: t.TempDir()})
	}
	res, err := GenerateFiles(opts)
	if err != nil {
		t.Fatal(err)
	}
	sameFiles(t, "go", res.Files, alone.Files)
	if len(res.Docs) != len(want) {
		t.Fatalf("%d docs sets, want %d", len(res.Docs), len(want))
	}
	for i, d := range opts.Docs {
		sameFiles(t, d.Flavor, res.Docs[i], want[i])
	}
	if len(res.Warnings) != len(alone.Warnings) {
		t.Errorf("%d warnings, want %d", len(res.Warnings), len(alone.Warnings))
	}
}

func sameFiles(t *testing.T, what string, got, want *output.Files) {
	t.Helper()
	if got.Len() == 0 || got.Len() != want.Len() {
		t.Errorf("%s: %d files, want %d", what, got.Len(), want.Len())
	}
	for _, n := range want.Names() {
		if !bytes.Equal(got.Get(n), want.Get(n)) {
			t.Errorf("%s: %s differs", what, n)
		}
	}
}
