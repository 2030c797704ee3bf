package generator

import (
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"
)

const nwDir = "../../shared/azure-rest-api-specs/specification/network/resource-manager/Microsoft.Network/stable/2022-01-01"

// memSpec reads the real spec folder into memory so that the benchmark measures the
// pipeline, not the disk.
func memSpec(b *testing.B) Options {
	b.Helper()
	root, err := filepath.Abs(nwDir)
	if err != nil {
		b.Fatal(err)
	}
	fsys := fstest.MapFS{}
	err = filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		fsys[filepath.ToSlash(rel)] = &fstest.MapFile{Data: data}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	return Options{Spec: filepath.Join(root, "networkWatcher.json"), Root: root, FS: fsys}
}

// BenchmarkGenerateNetworkWatcher runs the whole pipeline on networkWatcher.json (2022-01-01)
// and every file it reaches, in memory, from load to emitted bytes.
func BenchmarkGenerateNetworkWatcher(b *testing.B) {
	opts := memSpec(b)
	b.ReportAllocs()
	var bytes int
	for b.Loop() {
		res, err := GenerateFiles(opts)
		if err != nil {
			b.Fatal(err)
		}
		bytes = 0
		for _, n := range res.Files.Names() {
			bytes += len(res.Files.Get(n))
		}
	}
	b.ReportMetric(float64(bytes), "output-bytes")
}
