package docs_test

import (
	"fmt"
	"path"
	"strings"
	"testing"

	"github.com/armgen/armgen/generator"
	"github.com/armgen/armgen/generator/docs"
	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/output"
	"github.com/armgen/armgen/internal/e2e"
)

// TestGoExamplesCompile compiles the Go code of the go flavor's pages: each go block, as
// goldmark reads it from the page, becomes a package of its own, and `go vet` checks them
// all, against the committed generated packages of both API versions and against the
// hostile spec's package generated into the workspace. Every x-ms-example of every
// resource's operations is on a page.
func TestGoExamplesCompile(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go command")
	}
	ws := e2e.New(t, "docs")
	total := 0
	for _, v := range apiVersions {
		res := runDocs(t, v, docs.FlavorGo)
		n := writeGoBlocks(t, ws, "v"+strings.ReplaceAll(v, "-", ""), res.Files)
		want := 0
		for _, r := range res.Package.Resources {
			for _, op := range append([]*ir.Operation{r.Create, r.Get, r.Update, r.Delete}, append(r.List, r.Actions...)...) {
				if op != nil {
					want += len(op.Examples)
				}
			}
		}
		if n != want {
			t.Errorf("%s: %d go blocks on the pages, want one per example of the resources' operations: %d", v, n, want)
		}
		total += n
	}
	if total == 0 {
		t.Fatal("no go blocks on the pages of any API version")
	}

	// The hostile spec's package is generated into the workspace, and its pages import it.
	importPath := "github.com/armgen/armgen/" + strings.TrimPrefix(ws.Rel, "./") + "/hostile/spec"
	gen, err := generator.GenerateFiles(generator.Options{Spec: hostileSpec})
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range gen.Files.Names() {
		ws.Write(t, "hostile/spec/"+n, gen.Files.Get(n))
	}
	total += writeGoBlocks(t, ws, "hostile/examples", renderHostile(t, docs.FlavorGo, importPath))

	if out, err := ws.Go(nil, "vet", "{ws}/..."); err != nil {
		t.Fatalf("go vet of %d page examples: %v\n%s", total, err, out)
	}
	t.Logf("%d page examples compiled and vetted", total)
}

// writeGoBlocks writes each go block of the pages into a folder of its own under dir and
// returns how many there were.
func writeGoBlocks(t *testing.T, ws *e2e.Workspace, dir string, files *output.Files) int {
	t.Helper()
	n := 0
	for _, name := range files.Names() {
		p := parsePage(t, name, files.Get(name))
		for _, b := range p.codeBlocks() {
			if b.Lang != "go" {
				continue
			}
			n++
			page := strings.ToLower(strings.TrimSuffix(path.Base(name), ".md"))
			ws.Write(t, fmt.Sprintf("%s/%s%02d/example.go", dir, page, n), []byte(b.Content))
		}
	}
	return n
}
