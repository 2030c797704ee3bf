package generator

import (
	"fmt"
	"time"

	"github.com/armgen/armgen/generator/docs"
	"github.com/armgen/armgen/generator/output"
)

// DocsFiles runs the pipeline in memory and returns the Markdown pages of the given docs
// flavor (docs.FlavorGo when empty) without writing them. opts.ImportPath is the generated
// package's import path, which the go flavor's examples import; opts.Out and
// opts.Package play no part.
func DocsFiles(opts Options, flavor string) (*Result, error) {
	start := time.Now()
	pkg, warnings, err := Load(opts)
	if err != nil {
		return nil, err
	}
	files := output.NewFiles()
	if err := docs.Render(pkg, files, docs.Options{Flavor: flavor, ImportPath: opts.ImportPath, Versions: opts.DocsVersions}); err != nil {
		return nil, fmt.Errorf("%s: %w", opts.InputName(), err)
	}
	return &Result{Package: pkg, Files: files, Warnings: warnings, Elapsed: time.Since(start)}, nil
}

// Docs runs the pipeline and writes the docs pages into opts.Out, only when every page was
// rendered (see output.Files.Write).
func Docs(opts Options, flavor string) (*Result, error) {
	start := time.Now()
	res, err := DocsFiles(opts, flavor)
	if err != nil {
		return nil, err
	}
	if err := res.Files.Write(opts.Out); err != nil {
		return nil, fmt.Errorf("write %s: %w", opts.Out, err)
	}
	res.Elapsed = time.Since(start)
	return res, nil
}
