package jsprint_test

import (
	"testing"

	"github.com/armgen/armgen/generator/docs/internal/oracle"
	"github.com/armgen/armgen/generator/docs/jsprint"
)

// BenchmarkPacketCapture prints the PacketCapture reference program.
func BenchmarkPacketCapture(b *testing.B) {
	r := packetCaptureResource(b)
	b.ReportAllocs()
	for b.Loop() {
		jsprint.CreateResourcesProgram(r)
	}
}

// BenchmarkExamples prints module.exports of every 2022-01-01 example file.
func BenchmarkExamples(b *testing.B) {
	names, docs, err := oracle.LoadDir(oracle.SpecDir + "/examples")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, n := range names {
			jsprint.FormatExports(docs[n])
		}
	}
}
