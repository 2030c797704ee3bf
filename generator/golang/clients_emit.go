package golang

import (
	"fmt"
	"path"

	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/output"
)

// emitClientSet renders the emitters that write several files each: the clients (with their
// options and responses) and, when the package's import path is known, the fake-server
// package in the "fake" sub-folder and the example tests.
func emitClientSet(pkg *ir.Package, files *output.Files, opts Options) error {
	emitters := []struct {
		what string
		fn   func(*ir.Package, Options) ([]genFile, error)
	}{
		{"clients", emitClients},
		{"fake server", emitFake},
		{"examples", emitExamples},
	}
	for _, e := range emitters {
		gens, err := e.fn(pkg, opts)
		if err != nil {
			return fmt.Errorf("emit %s: %w", e.what, err)
		}
		for _, gf := range gens {
			src, err := render(gf.file)
			if err != nil {
				return fmt.Errorf("emit %s: %w", gf.name, err)
			}
			name := gf.name
			if opts.Dir != "" {
				name = path.Join(opts.Dir, name)
			}
			if err := files.Add(name, src); err != nil {
				return err
			}
		}
	}
	return nil
}
