package golang

import (
	"fmt"

	"github.com/armgen/armgen/generator/golang/clients"
	"github.com/armgen/armgen/generator/golang/examples"
	"github.com/armgen/armgen/generator/golang/fake"
	"github.com/armgen/armgen/generator/golang/gocode"
	"github.com/armgen/armgen/generator/ir"
)

// clientSetEmitters emit the clients, the fake server package and the example tests, each
// from its sub-package.
var clientSetEmitters = []struct {
	what string
	fn   func(*ir.Package, Options) ([]gocode.File, error)
}{
	{"clients", func(pkg *ir.Package, opts Options) ([]gocode.File, error) {
		return clients.Emit(pkg, opts.ImportPath)
	}},
	{"fake server", func(pkg *ir.Package, opts Options) ([]gocode.File, error) {
		return fake.Emit(pkg, opts.ImportPath)
	}},
	{"examples", func(pkg *ir.Package, opts Options) ([]gocode.File, error) {
		return examples.Emit(pkg, opts.ImportPath, opts.Warn)
	}},
}

// clientSetFiles builds the files of the emitters that write several files each: the clients
// (with their options and responses) and, when the package's import path is known, the
// fake-server package in the "fake" sub-folder and the example tests.
func clientSetFiles(pkg *ir.Package, opts Options) ([]gocode.File, error) {
	var all []gocode.File
	for _, e := range clientSetEmitters {
		gens, err := e.fn(pkg, opts)
		if err != nil {
			return nil, fmt.Errorf("emit %s: %w", e.what, err)
		}
		all = append(all, gens...)
	}
	return all, nil
}
