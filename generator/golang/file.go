// Package golang emits Go source from the IR with dave/jennifer: one emitter per file kind
// (models, enums, ...). The clients, the fake server and the example tests come from the
// sub-packages clients, fake and examples, which share gocode and view. Every file starts
// with the generated-code header, is gofmt-formatted by jennifer, and a formatting failure
// is an error that shows the source with line numbers.
package golang

import (
	"bytes"
	"fmt"
	"path"
	goruntime "runtime"
	"strings"
	"sync"

	"github.com/armgen/armgen/generator/golang/gocode"
	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/load"
	"github.com/armgen/armgen/generator/output"
	"github.com/dave/jennifer/jen"
)

// Options controls Go emission.
type Options struct {
	// Dir is the folder of the generated package inside the output set ("" for its root).
	Dir string
	// ImportPath is the generated package's Go import path. The fake-server package (in
	// the "fake" sub-folder) and the example tests import the package by it, so they are
	// emitted only when it is set.
	ImportPath string
	// Regenerate is the armgen command line, without the leading "armgen", that
	// regenerates the package when run from the package's folder, such as
	// ["generate", "--root", "../../..", "--spec", "../../../x.json", "--out", "."]. doc.go
	// carries it as a //go:generate directive; nil leaves the directive out.
	Regenerate []string
	// GenerateCommand is the command the //go:generate directive runs before the
	// Regenerate arguments; empty means GenerateCommand ("go tool armgen").
	GenerateCommand string
	// Warn, when set, receives problems that leave something out without failing the run:
	// an x-ms-example whose values do not fit the generated types is then left out of the
	// example tests instead of failing Emit.
	Warn func(load.Diagnostic)
}

// Emit renders every Go file for pkg into files. The emitters run one after another;
// each file an emitter returns is formatted at once on a pool of GOMAXPROCS goroutines
// (gofmt is most of the work), so formatting overlaps the next emitter and a file's syntax
// tree is dropped as soon as it is formatted. Files are added in a fixed order, so the
// output does not depend on scheduling.
func Emit(pkg *ir.Package, files *output.Files, opts Options) error {
	emitters := []struct {
		name string
		fn   func() ([]gocode.File, error)
	}{
		{"doc.go", one("doc.go", func() (*jen.File, error) { return emitDocFile(pkg, opts) })},
		{"models.go", one("models.go", func() (*jen.File, error) { return emitModels(pkg) })},
		{"enums.go", one("enums.go", func() (*jen.File, error) { return emitEnums(pkg) })},
		{"models_serde.go", func() ([]gocode.File, error) {
			src, err := emitModelsSerde(pkg)
			if err != nil || src == nil {
				return nil, err
			}
			return []gocode.File{{Name: "models_serde.go", Src: src}}, nil
		}},
		{"validate.go", one("validate.go", func() (*jen.File, error) { return emitValidate(pkg) })},
		{"models_xml.go", one("models_xml.go", func() (*jen.File, error) { return emitModelsXML(pkg) })},
	}
	for _, e := range clientSetEmitters {
		emitters = append(emitters, struct {
			name string
			fn   func() ([]gocode.File, error)
		}{e.what, func() ([]gocode.File, error) { return e.fn(pkg, opts) }})
	}
	r := newRenderer()
	for _, e := range emitters {
		gens, err := e.fn()
		if err != nil {
			r.wait()
			return fmt.Errorf("emit %s: %w", e.name, err)
		}
		for _, gf := range gens {
			r.submit(gf)
		}
	}
	done, err := r.wait()
	if err != nil {
		return err
	}
	for _, d := range done {
		name := d.name
		if opts.Dir != "" {
			name = path.Join(opts.Dir, name)
		}
		if err := files.Add(name, d.src); err != nil {
			return err
		}
	}
	return nil
}

// one adapts an emitter of a single file, which may have nothing to emit (nil).
func one(name string, fn func() (*jen.File, error)) func() ([]gocode.File, error) {
	return func() ([]gocode.File, error) {
		f, err := fn()
		if err != nil || f == nil {
			return nil, err
		}
		return []gocode.File{{Name: name, File: f}}, nil
	}
}

// renderer formats submitted files on up to GOMAXPROCS goroutines.
type renderer struct {
	sem  chan struct{}
	wg   sync.WaitGroup
	done []*rendered
}

// rendered is one submitted file; its goroutine fills src or err.
type rendered struct {
	name string
	src  []byte
	err  error
}

func newRenderer() *renderer {
	return &renderer{sem: make(chan struct{}, goruntime.GOMAXPROCS(0))}
}

// submit starts formatting gf as soon as a goroutine is free.
func (r *renderer) submit(gf gocode.File) {
	d := &rendered{name: gf.Name}
	r.done = append(r.done, d)
	if gf.Src != nil {
		d.src = gf.Src
		return
	}
	r.wg.Add(1)
	r.sem <- struct{}{}
	go func() {
		defer r.wg.Done()
		defer func() { <-r.sem }()
		d.src, d.err = render(gf.File)
	}()
}

// wait returns the formatted files in the order submitted, or the error of the first
// file (in that order) that failed.
func (r *renderer) wait() ([]*rendered, error) {
	r.wg.Wait()
	for _, d := range r.done {
		if d.err != nil {
			return nil, fmt.Errorf("emit %s: %w", d.name, d.err)
		}
	}
	return r.done, nil
}

// renderAll formats files on up to GOMAXPROCS goroutines and returns their sources in the
// order given, or the error of the first file (in that order) that failed.
func renderAll(todo []gocode.File) ([][]byte, error) {
	r := newRenderer()
	for _, gf := range todo {
		r.submit(gf)
	}
	done, err := r.wait()
	if err != nil {
		return nil, err
	}
	srcs := make([][]byte, len(done))
	for i, d := range done {
		srcs[i] = d.src
	}
	return srcs, nil
}

// render formats a file. On a formatting failure it returns the unformatted source with
// line numbers in the error, so the emitter bug can be found.
func render(f *jen.File) ([]byte, error) {
	var buf bytes.Buffer
	if err := f.Render(&buf); err != nil {
		f.NoFormat = true
		var raw bytes.Buffer
		if rerr := f.Render(&raw); rerr != nil {
			return nil, fmt.Errorf("gofmt failed: %w", err)
		}
		var numbered strings.Builder
		for i, line := range strings.Split(raw.String(), "\n") {
			fmt.Fprintf(&numbered, "%5d  %s\n", i+1, line)
		}
		return nil, fmt.Errorf("generated code does not format: %w\n%s", err, numbered.String())
	}
	return bytes.Clone(buf.Bytes()), nil // without the buffer's spare capacity
}
