package inspect_test

import (
	"testing"

	"github.com/armgen/armgen/generator/docs/inspect"
	"github.com/armgen/armgen/generator/docs/internal/oracle"
)

// BenchmarkPacketCapture inspects the PacketCapture reference schema.
func BenchmarkPacketCapture(b *testing.B) {
	v := packetCaptureSchema(b)
	b.ReportAllocs()
	for b.Loop() {
		inspect.Inspect(v, inspect.DefaultOptions())
	}
}

// BenchmarkSpecFiles inspects every 2022-01-01 spec file whole.
func BenchmarkSpecFiles(b *testing.B) {
	names, docs, err := oracle.LoadDir(oracle.SpecDir)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, n := range names {
			inspect.Inspect(docs[n], inspect.DefaultOptions())
		}
	}
}
