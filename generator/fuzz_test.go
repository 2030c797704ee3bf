package generator

import (
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"
)

// FuzzGenerate feeds arbitrary bytes to the whole pipeline as a spec file: it must return
// output or an error, never panic. The seed corpus (every golden case's spec.json) runs in
// `go test`; `go test -fuzz FuzzGenerate ./generator` explores further.
func FuzzGenerate(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/*/spec.json")
	for _, s := range seeds {
		data, err := os.ReadFile(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`{"swagger":"2.0","paths":{"/a":{"get":{"operationId":"X_Y","responses":{"200":{"schema":{"$ref":"#/definitions/A"}}}}}},"definitions":{"A":{"allOf":[{"$ref":"#/definitions/A"}]}}}`))
	f.Add([]byte(`{"swagger":"2.0","paths":{"/a":{"get":{"operationId":"X_Y","parameters":[{"$ref":"#/parameters/P"}],"responses":{"default":{"$ref":"#/responses/R"}}}}},"parameters":{"P":{"name":"p","in":"body","schema":{"type":"array"}}},"responses":{"R":{"schema":{"$ref":"#"}}}}`))
	root, _ := filepath.Abs("testdata")
	f.Fuzz(func(t *testing.T, data []byte) {
		fsys := fstest.MapFS{"spec.json": &fstest.MapFile{Data: data}}
		res, err := GenerateFiles(Options{Spec: filepath.Join(root, "spec.json"), Root: root, FS: fsys, Package: "fuzz"})
		if err == nil && res.Files.Len() == 0 {
			t.Fatal("success without files")
		}
	})
}
