// Package build turns a loaded spec (package load) into armgen's IR (package ir).
//
// It is the only package that reads go-openapi types. It decides every Go name, merges
// allOf bases, finds enums, operations, resources and examples, and sorts everything, so
// that the IR is deterministic.
package build

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/load"
)

// Options controls the build.
type Options struct {
	// PackageName is the Go package name; empty derives it from the spec file name.
	PackageName string
}

// Build turns a loaded document into a Package. On failure the error is a load.Errors
// listing every problem found. What the clients will not honour but can do without (security
// schemes other than ARM's bearer tokens) is added to doc.Warnings.
func Build(doc *load.Document, opts Options) (*ir.Package, error) {
	securityWarnings(doc)
	b := &builder{
		doc:     doc,
		inputs:  map[string]bool{},
		models:  map[string]*ir.Model{},
		enums:   map[string]*ir.Enum{},
		types:   map[string]*ir.Type{},
		state:   map[string]int{},
		modelAt: map[*ir.Model]modelInfo{},
	}
	pkg := &ir.Package{
		Name:       opts.PackageName,
		SpecPath:   doc.Spec.Path,
		Host:       doc.Spec.Tree.Get("host").StrOr(""),
		APIVersion: packageAPIVersion(doc),
		Title:      doc.Spec.Tree.Pointer("/info/title").StrOr(""),
	}
	for _, f := range doc.Specs {
		pkg.InputFiles = append(pkg.InputFiles, RepoPath(filepath.Join(doc.RootDir, filepath.FromSlash(f.Path)), f.Path))
	}
	pkg.SpecRepoPath = pkg.InputFiles[0]
	if pkg.Name == "" {
		pkg.Name = DefaultPackageName(pkg.SpecRepoPath)
	}
	pkg.Provider = providerOf(doc)
	pkg.DocsGroup = docsGroup(pkg)
	b.pkg = pkg
	for _, f := range doc.Specs {
		b.inputs[f.Path] = true
	}

	b.operations()
	if len(b.errs) > 0 {
		b.errs.Sort()
		return nil, b.errs
	}
	b.resources()
	b.subtypes()
	b.finish()
	b.pagers()
	b.unixTimes()
	if len(b.errs) > 0 {
		b.errs.Sort()
		return nil, b.errs
	}
	return pkg, nil
}

// modelInfo remembers, for a model, where it came from, so that names can be assigned
// after the whole graph is known.
type modelInfo struct {
	desired  string
	key      string
	named    bool // a definition, not an inline schema
	rootFile bool
}

type builder struct {
	doc  *load.Document
	pkg  *ir.Package
	errs load.Errors
	// inputs are the paths of the input files (load.Document.Specs).
	inputs map[string]bool

	models  map[string]*ir.Model // by schema key file#pointer
	enums   map[string]*ir.Enum  // by schema key
	types   map[string]*ir.Type  // named definitions that are not models (arrays, primitives)
	state   map[string]int       // allOf build state per model key: 1 building, 2 done
	modelAt map[*ir.Model]modelInfo
	enumAt  []enumInfo
	// constraintsChecked records the schemas (file#pointer) whose keywords
	// checkConstraints has checked, so that each problem is reported once.
	constraintsChecked map[string]bool
	// grouping holds the x-ms-parameter-grouping of grouped parameters (paramgroups.go).
	grouping map[*ir.Parameter]groupingExt
}

type enumInfo struct {
	enum     *ir.Enum
	desired  string
	key      string
	named    bool
	rootFile bool
}

func (b *builder) errorf(file, ptr string, format string, args ...any) {
	line := 0
	if f := b.doc.File(file); f != nil {
		if v := f.Tree.Pointer(ptr); v != nil {
			line = v.Line
		}
	}
	b.errs = append(b.errs, load.Diagnostic{File: file, Pointer: ptr, Line: line, Msg: fmt.Sprintf(format, args...)})
}

// warnf records a problem that does not stop generation as a warning of the document, of
// the given kind (one of load's Warn* constants).
func (b *builder) warnf(kind, file, ptr string, format string, args ...any) {
	line := 0
	if f := b.doc.File(file); f != nil {
		if v := f.Tree.Pointer(ptr); v != nil {
			line = v.Line
		}
	}
	b.doc.Warnings = append(b.doc.Warnings, load.Diagnostic{File: file, Pointer: ptr, Line: line, Kind: kind, Msg: fmt.Sprintf(format, args...)})
}

// addErr records an error from the load package's decoders.
func (b *builder) addErr(err error) {
	if errs, ok := err.(load.Errors); ok {
		b.errs = append(b.errs, errs...)
		return
	}
	b.errs = append(b.errs, load.Diagnostic{File: b.doc.Spec.Path, Msg: err.Error()})
}

// providerOf finds the resource provider namespace in the paths ("Microsoft.Network").
func providerOf(doc *load.Document) string {
	counts := map[string]int{}
	for _, f := range doc.Specs {
		if paths := f.Tree.Get("paths"); paths != nil {
			for _, m := range paths.Obj {
				if ns := providerInPath(m.Key); ns != "" {
					counts[ns]++
				}
			}
		}
	}
	best := ""
	for ns, n := range counts {
		if best == "" || n > counts[best] || (n == counts[best] && ns < best) {
			best = ns
		}
	}
	return best
}

// providerInPath returns the namespace after the last "/providers/" in a path template.
func providerInPath(p string) string {
	i := strings.LastIndex(p, "/providers/")
	if i < 0 {
		return ""
	}
	rest := p[i+len("/providers/"):]
	ns, _, _ := strings.Cut(rest, "/")
	if strings.HasPrefix(ns, "{") {
		return ""
	}
	return ns
}

// finish assigns final Go names and sorts every list.
func (b *builder) finish() {
	b.polymorphism()
	b.assignNames()
	sort.Slice(b.pkg.Models, func(i, j int) bool { return b.pkg.Models[i].Name < b.pkg.Models[j].Name })
	sort.Slice(b.pkg.Enums, func(i, j int) bool { return b.pkg.Enums[i].Name < b.pkg.Enums[j].Name })
	for _, m := range b.pkg.Models {
		sortFields(m)
	}
	b.markUsage()
}
