package golang

import "testing"

// BenchmarkEmitClientSet measures emitting the clients, fake package and examples of the
// real spec (37 operations, 38 examples).
func BenchmarkEmitClientSet(b *testing.B) {
	pkg := realPackage(b)
	b.ReportAllocs()
	for b.Loop() {
		set, err := clientSetFiles(pkg, Options{ImportPath: "example.com/nw"})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := renderAll(set); err != nil {
			b.Fatal(err)
		}
	}
}
