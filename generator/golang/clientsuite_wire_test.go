package golang

import (
	"testing"

	"github.com/armgen/armgen/generator/build"
	"github.com/armgen/armgen/generator/load"
)

// TestClientsWireSpec runs the client suite on a spec of our own with the wire shapes the
// real spec lacks: an operation that declares only error responses, collectionFormat multi
// and typed response headers. testdata/clients/wire_test.go checks them against a recording
// transport inside the generated package; the fake package is compiled and vetted with it.
func TestClientsWireSpec(t *testing.T) {
	doc, err := load.Load("testdata/clients/wire/spec.json", load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	pkg, err := build.Build(doc, build.Options{PackageName: "wire"})
	if err != nil {
		t.Fatal(err)
	}
	runClientSuite(t, pkg, "testdata/clients/wire_test.go")
}
