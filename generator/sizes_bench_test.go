package generator

import (
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/armgen/armgen/generator/docs"
)

const specsRoot = "../../shared/azure-rest-api-specs"

// sizeClasses are real spec files of the mirror, from small to the largest, and the one
// with the largest example. Each is generated with everything it reaches.
var sizeClasses = []struct{ name, spec string }{
	// 20 KB, 6 operations.
	{"small", "specification/web/resource-manager/Microsoft.Web/stable/2021-01-01/KubeEnvironments.json"},
	// 146 KB, 43 operations, 27 other Network files reached.
	{"medium", "specification/network/resource-manager/Microsoft.Network/stable/2021-02-01/virtualNetworkGateway.json"},
	// 311 KB, 119 operations.
	{"large", "specification/cosmos-db/resource-manager/Microsoft.DocumentDB/stable/2021-05-15/cosmos-db.json"},
	// 854 KB, 388 operations: the largest spec file of the mirror.
	{"largest", "specification/web/resource-manager/Microsoft.Web/stable/2021-01-01/WebApps.json"},
	// 12 KB and 1 operation, whose example is the largest of the mirror (371 KB).
	{"largest-example", "specification/sql/resource-manager/Microsoft.Sql/stable/2014-04-01/capabilities.json"},
}

// recordingFS reads from the disk and keeps a copy of every file read.
type recordingFS struct {
	base  fs.FS
	mu    sync.Mutex
	files fstest.MapFS
}

func (r *recordingFS) Open(name string) (fs.File, error) {
	data, err := fs.ReadFile(r.base, name)
	if err != nil {
		return r.base.Open(name)
	}
	r.mu.Lock()
	r.files[name] = &fstest.MapFile{Data: data}
	r.mu.Unlock()
	return fstest.MapFS{name: &fstest.MapFile{Data: data}}.Open(name)
}

// BenchmarkGenerateSizes generates each size class in memory as `armgen generate
// --import-path ... --docs go=DIR --docs grucloud=DIR` does: the Go package with its fake
// package and example tests, and the docs in both flavors. The files the run reads are
// loaded into memory first; MB/s is over those input bytes (the spec, the files it reaches
// and the examples).
func BenchmarkGenerateSizes(b *testing.B) {
	root, err := filepath.Abs(specsRoot)
	if err != nil {
		b.Fatal(err)
	}
	for _, sc := range sizeClasses {
		b.Run(sc.name, func(b *testing.B) {
			rec := &recordingFS{base: os.DirFS(root), files: fstest.MapFS{}}
			opts := Options{Spec: filepath.Join(root, filepath.FromSlash(sc.spec)), Root: root, FS: rec, ImportPath: "example.com/" + sc.name}
			for _, flavor := range docs.Flavors() {
				opts.Docs = append(opts.Docs, DocsOutput{Flavor: flavor})
			}
			res, err := GenerateFiles(opts)
			if err != nil {
				b.Fatal(err)
			}
			in := 0
			for _, f := range rec.files {
				in += len(f.Data)
			}
			ops := 0
			for _, g := range res.Package.Groups {
				ops += len(g.Operations)
			}
			opts.FS = rec.files
			b.SetBytes(int64(in))
			b.ReportAllocs()
			var out int
			cpu := cpuTime()
			for b.Loop() {
				res, err := GenerateFiles(opts)
				if err != nil {
					b.Fatal(err)
				}
				out = outBytes(res)
			}
			reportCPU(b, cpu)
			b.ReportMetric(float64(ops), "operations")
			b.ReportMetric(float64(in)/1024, "input-KB")
			b.ReportMetric(float64(out)/1024, "output-KB")
		})
	}
}
