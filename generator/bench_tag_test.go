package generator

import (
	"fmt"
	"strings"
	"testing"
)

// networkReadme is the Network service's AutoRest configuration (tag package-2021-02: the
// 50 spec files of Microsoft.Network/stable/2021-02-01).
const networkReadme = "../../shared/azure-rest-api-specs/specification/network/resource-manager/readme.md"

// BenchmarkGenerateNetworkTag generates the whole package of the readme tag
// package-2021-02, as armgen generate --config does (models, enums, validators, clients,
// the fake package and the example tests), from the files on disk to emitted bytes
// without writing them. The sub-benchmarks take the first 1, 10, 25 and all 50 of the
// tag's input files, to show how the time grows with the number of files.
func BenchmarkGenerateNetworkTag(b *testing.B) {
	all, err := resolveInputs(Options{Config: networkReadme, Tag: "package-2021-02"})
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{1, 10, 25, 50} {
		b.Run(fmt.Sprintf("files=%d", n), func(b *testing.B) {
			opts := Options{Specs: all.specs[:n], Root: all.root, Package: "armnetwork", ImportPath: "example.com/armnetwork"}
			if n == len(all.specs) {
				opts = Options{Config: networkReadme, Tag: "package-2021-02", Package: "armnetwork", ImportPath: "example.com/armnetwork"}
			}
			b.ReportAllocs()
			var bytes, lines int
			cpu := cpuTime()
			for b.Loop() {
				res, err := GenerateFiles(opts)
				if err != nil {
					b.Fatal(err)
				}
				bytes, lines = 0, 0
				for _, name := range res.Files.Names() {
					data := res.Files.Get(name)
					bytes += len(data)
					lines += strings.Count(string(data), "\n")
				}
			}
			reportCPU(b, cpu)
			b.ReportMetric(float64(bytes), "output-bytes")
			b.ReportMetric(float64(lines), "output-lines")
		})
	}
}
