package conformance

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/armgen/armgen/generator"
	"github.com/armgen/armgen/generator/golang"
	"github.com/armgen/armgen/generator/load"
	"github.com/armgen/armgen/generator/output"
)

// genResult is what armgen made of one of the test server's specs.
type genResult struct {
	// Spec is the spec's file name without ".json", such as "body-string".
	Spec string
	// Dir is the folder of the generated package inside the workspace.
	Dir string
	// Package is the generated Go package name.
	Package string
	// Files are the generated files (names relative to Dir's parent).
	Files *output.Files
	// Err is the reason armgen rejected the spec, or the package did not compile.
	Err string
	// Warnings are the examples left out of the example tests, and why.
	Warnings []string
	// Examples is the number of Example functions generated from x-ms-examples.
	Examples int
}

// specNames lists the test server's specs (swagger/*.json), sorted.
func specNames(swaggerDir string) ([]string, error) {
	entries, err := os.ReadDir(swaggerDir)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".json") {
			names = append(names, strings.TrimSuffix(e.Name(), ".json"))
		}
	}
	sort.Strings(names)
	return names, nil
}

var nonIdent = regexp.MustCompile(`[^a-z0-9]+`)

// generateSpec runs armgen's load, build and Go emit on one spec: models, enums, validators,
// clients, the fake package and the example tests of its x-ms-examples, as the package at
// importBase/<dir>. Examples that do not fit the generated types are left out with a
// warning (res.Warnings). A panic is turned into an error that says so, so that the caller
// can fail on it.
func generateSpec(swaggerDir, spec, importBase string) (res genResult, panicked bool) {
	dir := nonIdent.ReplaceAllString(strings.ToLower(spec), "_")
	res = genResult{Spec: spec, Dir: dir}
	defer func() {
		if r := recover(); r != nil {
			res.Err, res.Files, panicked = fmt.Sprintf("armgen panicked: %v", r), nil, true
		}
	}()
	pkg, _, err := generator.Load(generator.Options{Spec: filepath.Join(swaggerDir, spec+".json"), Root: swaggerDir})
	if err != nil {
		res.Err = firstLine(err.Error())
		return res, false
	}
	files := output.NewFiles()
	warn := func(w load.Diagnostic) { res.Warnings = append(res.Warnings, w.String()) }
	if err := golang.Emit(pkg, files, golang.Options{Dir: dir, ImportPath: importBase + "/" + dir, Warn: warn}); err != nil {
		res.Err = firstLine(err.Error())
		return res, false
	}
	res.Package, res.Files = pkg.Name, files
	for _, n := range files.Names() {
		if strings.Contains(n, "/example_") {
			res.Examples += strings.Count(string(files.Get(n)), "\nfunc Example")
		}
	}
	return res, false
}

// firstLine shortens an error to its first line, with the swagger folder's path removed.
func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i] + " (and more)"
	}
	if i := strings.Index(s, "/swagger/"); i >= 0 {
		if j := strings.LastIndex(s[:i], " "); j < i {
			s = s[:j+1] + s[i+len("/swagger/"):]
		}
	}
	return s
}
