package generator

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"testing/fstest"
	"time"

	"github.com/armgen/armgen/generator/docs"
	"github.com/armgen/armgen/generator/output"
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
	return Options{Spec: filepath.Join(root, "networkWatcher.json"), Root: root, FS: fsys,
		ImportPath: "example.com/networkwatcher", Rules: "../specs/rules/network-watcher.json"}
}

// cpuTime is the user and system CPU time this process has used so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU adds the CPU time per op (all goroutines, the garbage collector included) to
// a benchmark's results: on a shared machine it varies less than the wall time of ns/op.
// Call it with the CPU time taken before the loop.
func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N)/1e6, "cpu-ms/op")
}

// outBytes is the size of every file of a result, the docs included.
func outBytes(res *Result) int {
	n := 0
	for _, fs := range append([]*output.Files{res.Files}, res.Docs...) {
		for _, name := range fs.Names() {
			n += len(fs.Get(name))
		}
	}
	return n
}

// BenchmarkGenerateNetworkWatcher runs the whole pipeline on networkWatcher.json (2022-01-01)
// and every file it reaches, in memory, from load to emitted bytes: the Go package (models,
// enums, validators, clients, the fake package, the example tests) and the docs in both
// flavors from the same IR, as `armgen generate --docs go=DIR --docs grucloud=DIR` does.
func BenchmarkGenerateNetworkWatcher(b *testing.B) {
	opts := memSpec(b)
	for _, flavor := range docs.Flavors() {
		opts.Docs = append(opts.Docs, DocsOutput{Flavor: flavor})
	}
	b.ReportAllocs()
	var bytes int
	cpu := cpuTime()
	for b.Loop() {
		res, err := GenerateFiles(opts)
		if err != nil {
			b.Fatal(err)
		}
		bytes = outBytes(res)
	}
	reportCPU(b, cpu)
	b.ReportMetric(float64(bytes), "output-bytes")
}

// BenchmarkGenerateNetworkWatcherThreeRuns produces the same files as three separate
// runs (generate, docs --flavor go, docs --flavor grucloud), each loading the spec.
func BenchmarkGenerateNetworkWatcherThreeRuns(b *testing.B) {
	opts := memSpec(b)
	b.ReportAllocs()
	var bytes int
	cpu := cpuTime()
	for b.Loop() {
		res, err := GenerateFiles(opts)
		if err != nil {
			b.Fatal(err)
		}
		bytes = outBytes(res)
		for _, flavor := range docs.Flavors() {
			res, err := DocsFiles(opts, flavor)
			if err != nil {
				b.Fatal(err)
			}
			bytes += outBytes(res)
		}
	}
	reportCPU(b, cpu)
	b.ReportMetric(float64(bytes), "output-bytes")
}

// BenchmarkGenerateNetworkWatcherParts times each of the three runs on its own.
func BenchmarkGenerateNetworkWatcherParts(b *testing.B) {
	opts := memSpec(b)
	b.Run("load", func(b *testing.B) {
		b.ReportAllocs()
		cpu := cpuTime()
		for b.Loop() {
			if _, _, err := Load(opts); err != nil {
				b.Fatal(err)
			}
		}
		reportCPU(b, cpu)
	})
	b.Run("generate", func(b *testing.B) {
		b.ReportAllocs()
		cpu := cpuTime()
		for b.Loop() {
			if _, err := GenerateFiles(opts); err != nil {
				b.Fatal(err)
			}
		}
		reportCPU(b, cpu)
	})
	for _, flavor := range docs.Flavors() {
		b.Run("docs-"+flavor, func(b *testing.B) {
			b.ReportAllocs()
			cpu := cpuTime()
			for b.Loop() {
				if _, err := DocsFiles(opts, flavor); err != nil {
					b.Fatal(err)
				}
			}
			reportCPU(b, cpu)
		})
	}
}
