// Package generator runs armgen's pipeline: load the spec (package load), build the IR
// (package build), and emit Go (package golang), writing the output only when every stage
// succeeded.
package generator

import (
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"
	"time"

	"github.com/armgen/armgen/generator/build"
	"github.com/armgen/armgen/generator/docs"
	"github.com/armgen/armgen/generator/golang"
	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/load"
	"github.com/armgen/armgen/generator/naming"
	"github.com/armgen/armgen/generator/output"
	"github.com/armgen/armgen/generator/rules"
)

// Options says what to generate and where.
type Options struct {
	// Spec is the root spec file.
	Spec string
	// Specs are further input files: the package holds the operations of Spec and of
	// every one of them, as for a readme tag that lists them all.
	Specs []string
	// Config is an AutoRest readme.md whose tag names the input files (package config);
	// it excludes Spec and Specs.
	Config string
	// Tag selects the readme's tag; empty means its default tag.
	Tag string
	// Out is the output folder.
	Out string
	// Package is the Go package name; empty derives it from the (first) spec file name, or
	// for a readme from its service folder (ConfigPackageName).
	Package string
	// Root bounds $refs; empty means the folder that holds every spec file, or for a
	// readme ConfigRoot.
	Root string
	// FS, when set, is read instead of the disk (paths relative to Root).
	FS fs.FS
	// AllowRemoteRefs permits http(s) $refs.
	AllowRemoteRefs bool
	// ImportPath is the generated package's Go import path, which its fake-server package
	// and examples import. Empty means DefaultImportPath(Out) when Out is set; with neither,
	// those two are not generated.
	ImportPath string
	// Rules is the path of a rules file (specs/rules/README.md) whose prose rules and
	// dependencies are attached to the IR; empty means none, and the validators check only
	// the schema's constraints.
	Rules string
	// GoGenerate says what the //go:generate directive of the package's doc.go runs: empty
	// means golang.GenerateCommand ("go tool armgen", armgen as a tool of the user's module),
	// GoGenerateNone leaves the directive out, anything else is the command that replaces
	// "go tool armgen" (armgen's own arguments follow it, so the directive still
	// regenerates exactly this package). Docs ignore it.
	GoGenerate string
	// Docs lists docs flavors that Generate also renders, from the same IR as the Go
	// package, each into its own folder (what `armgen docs` would write there). The go
	// flavor's examples import the package by its import path.
	Docs []DocsOutput
	// DocsVersions, for the go docs flavor, are the other API versions of the spec whose
	// pages sit beside these, and the changes from the previous one (package
	// generator/versions builds it); nil means none.
	DocsVersions *docs.Versions
	// OtherVersions are the spec files DocsVersions was built from (the CLI's
	// --other-version); the //go:generate line of doc.go carries them with the --docs
	// folders, so that go generate rewrites the docs pages exactly as the run did.
	OtherVersions []string
}

// DocsOutput is one docs flavor and the folder its pages go to.
type DocsOutput struct {
	// Flavor is one of docs.Flavors().
	Flavor string
	// Out is the folder of the pages.
	Out string
}

// GoGenerateNone is the Options.GoGenerate value that leaves the //go:generate directive out.
const GoGenerateNone = "none"

// Result summarises a successful run.
type Result struct {
	// Package is the IR that was emitted.
	Package *ir.Package
	// Files are the generated files.
	Files *output.Files
	// Docs are the pages of each entry of Options.Docs, in the same order.
	Docs []*output.Files
	// Warnings are problems that did not stop the run, each with its kind.
	Warnings []load.Diagnostic
	// Elapsed is the time from load to written output.
	Elapsed time.Duration
}

// Load loads a spec and builds its IR.
func Load(opts Options) (*ir.Package, []load.Diagnostic, error) {
	naming.Forget()
	in, err := resolveInputs(opts)
	if err != nil {
		return nil, nil, err
	}
	doc, err := load.LoadAll(in.specs, load.Options{Root: in.root, FS: opts.FS, AllowRemote: opts.AllowRemoteRefs})
	if err != nil {
		return nil, in.warnings, err
	}
	defer doc.Close()
	pkg, err := build.Build(doc, build.Options{PackageName: in.pkgName})
	warnings := append(in.warnings, doc.Warnings...) // the readme's, the loader's and the builder's
	if err != nil {
		return nil, warnings, err
	}
	if in.title != "" {
		pkg.Title = in.title
	}
	if opts.Config != "" {
		abs, err := filepath.Abs(opts.Config)
		if err != nil {
			return nil, warnings, fmt.Errorf("resolve %s: %w", opts.Config, err)
		}
		fallback := filepath.Base(abs) // relative to the root when inside it
		if rootAbs, err := filepath.Abs(in.root); err == nil {
			if r, err := filepath.Rel(rootAbs, abs); err == nil && !strings.HasPrefix(r, "..") {
				fallback = filepath.ToSlash(r)
			}
		}
		pkg.Config = &ir.ConfigSource{Path: build.RepoPath(abs, fallback), Tag: in.tag}
	}
	if opts.Rules != "" {
		rf, err := rules.Load(opts.Rules)
		if err != nil {
			return nil, warnings, err
		}
		if err := rf.Apply(pkg); err != nil {
			return nil, warnings, err
		}
	}
	return pkg, warnings, nil
}

// GenerateFiles runs the pipeline in memory and returns the Go files without writing them.
func GenerateFiles(opts Options) (*Result, error) {
	start := time.Now()
	pkg, warnings, err := Load(opts)
	if err != nil {
		return nil, err
	}
	regen, err := regenerateArgs(opts)
	if err != nil {
		return nil, err
	}
	files := output.NewFiles()
	importPath := opts.ImportPath
	if importPath == "" && opts.Out != "" && opts.FS == nil {
		if importPath, err = DefaultImportPath(opts.Out); err != nil {
			return nil, err
		}
	}
	// The docs only read the IR: they are rendered while the Go files are.
	docsFiles := make([]*output.Files, len(opts.Docs))
	docsErr := make(chan error, 1)
	go func() {
		for i, d := range opts.Docs {
			docsFiles[i] = output.NewFiles()
			if err := docs.Render(pkg, docsFiles[i], docs.Options{Flavor: d.Flavor, ImportPath: importPath, Versions: docsVersions(opts, d.Flavor)}); err != nil {
				docsErr <- fmt.Errorf("%s: %s docs: %w", opts.InputName(), d.Flavor, err)
				return
			}
		}
		docsErr <- nil
	}()
	var emitWarnings []load.Diagnostic
	warn := func(w load.Diagnostic) { emitWarnings = append(emitWarnings, w) }
	if opts.GoGenerate == GoGenerateNone {
		regen = nil
	}
	gopts := golang.Options{Regenerate: regen, GenerateCommand: opts.GoGenerate, ImportPath: importPath, Warn: warn}
	err = golang.Emit(pkg, files, gopts)
	if derr := <-docsErr; err == nil && derr != nil {
		return nil, derr
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", opts.InputName(), err)
	}
	warnings = append(warnings, emitWarnings...)
	return &Result{Package: pkg, Files: files, Docs: docsFiles, Warnings: warnings, Elapsed: time.Since(start)}, nil
}

// Generate runs the pipeline and writes the Go package into opts.Out.
func Generate(opts Options) (*Result, error) {
	start := time.Now()
	res, err := GenerateFiles(opts)
	if err != nil {
		return nil, err
	}
	if err := res.Files.Write(opts.Out); err != nil {
		return nil, fmt.Errorf("write %s: %w", opts.Out, err)
	}
	for i, d := range opts.Docs {
		if err := res.Docs[i].Write(d.Out); err != nil {
			return nil, fmt.Errorf("write %s: %w", d.Out, err)
		}
	}
	res.Elapsed = time.Since(start)
	return res, nil
}

// docsVersions returns the other API versions that pages of flavor link to: only the go
// flavor has them.
func docsVersions(opts Options, flavor string) *docs.Versions {
	if flavor != docs.FlavorGo {
		return nil
	}
	return opts.DocsVersions
}

// InputName names the input in messages: the readme, or the first spec file.
func (o Options) InputName() string {
	switch {
	case o.Config != "":
		return o.Config
	case o.Spec != "":
		return o.Spec
	case len(o.Specs) > 0:
		return o.Specs[0]
	}
	return ""
}
