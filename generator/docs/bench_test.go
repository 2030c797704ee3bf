package docs_test

import (
	"testing"

	"github.com/armgen/armgen/generator/docs"
	"github.com/armgen/armgen/generator/output"
)

// BenchmarkRender measures rendering every page of a flavor from the 2022-01-01 IR (the
// spec is loaded once, outside the timing).
func BenchmarkRender(b *testing.B) {
	for _, flavor := range docs.Flavors() {
		b.Run(flavor, func(b *testing.B) {
			pkg := runDocs(b, "2022-01-01", flavor).Package
			b.ReportAllocs()
			for b.Loop() {
				if err := docs.Render(pkg, output.NewFiles(), docs.Options{Flavor: flavor, ImportPath: importPath("2022-01-01")}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
