package golang

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/armgen/armgen/generator/golang/gocode"
	"github.com/armgen/armgen/generator/ir"
	"github.com/dave/jennifer/jen"
)

// GenerateCommand is the command the //go:generate directive of doc.go runs to call armgen
// unless Options.GenerateCommand says otherwise: armgen as a tool of the module that holds
// the package (a `tool github.com/armgen/armgen/cmd/armgen` line in its go.mod).
const GenerateCommand = "go tool armgen"

// emitDocFile renders doc.go: the package doc comment and, when opts.Regenerate is set, the
// //go:generate directive that regenerates the package from its own folder.
func emitDocFile(pkg *ir.Package, opts Options) (*jen.File, error) {
	f := gocode.NewFile(pkg)
	what := pkg.Title
	if what == "" {
		what = pkg.Name
	}
	if pkg.Provider != "" {
		what += " (" + pkg.Provider + ")"
	}
	lines := []string{
		fmt.Sprintf("Package %s is the Go API of %s,", pkg.Name, what),
		"API version " + pkg.APIVersion + ".",
		"",
		"armgen generated it from",
		pkg.SpecRepoPath + ".",
	}
	switch {
	case pkg.Config != nil && pkg.Config.Tag != "":
		lines[len(lines)-1] = fmt.Sprintf("the tag %s of %s (%s).", pkg.Config.Tag, pkg.Config.Path, countFiles(len(pkg.InputFiles)))
	case pkg.Config != nil:
		lines[len(lines)-1] = fmt.Sprintf("%s (%s).", pkg.Config.Path, countFiles(len(pkg.InputFiles)))
	case len(pkg.InputFiles) > 1:
		lines[len(lines)-1] = strings.Join(pkg.InputFiles, ", ") + "."
	}
	if len(opts.Regenerate) > 0 {
		lines = append(lines, "Do not edit it by hand: run go generate in this folder to regenerate it.")
	} else {
		lines = append(lines, "Do not edit it by hand.")
	}
	for _, l := range lines {
		for _, line := range gocode.DocLines(l) {
			f.PackageComment(line)
		}
		if l == "" {
			f.PackageComment("")
		}
	}
	if len(opts.Regenerate) > 0 {
		command := opts.GenerateCommand
		if command == "" {
			command = GenerateCommand
		}
		line, err := goGenerateLine(command, opts.Regenerate)
		if err != nil {
			return nil, err
		}
		f.Comment(line)
	}
	return f, nil
}

// goGenerateLine renders a //go:generate directive running command (armgen) with args.
// Arguments with spaces or quotes are quoted as go generate expects; the command is written
// as given.
func goGenerateLine(command string, args []string) (string, error) {
	if strings.ContainsAny(command, "\n\r") || strings.TrimSpace(command) == "" {
		return "", fmt.Errorf("go:generate command %q is empty or holds a line break", command)
	}
	var b strings.Builder
	b.WriteString("//go:generate ")
	b.WriteString(command)
	for _, a := range args {
		if strings.ContainsAny(a, "\n\r") {
			return "", fmt.Errorf("go:generate argument %q holds a line break", a)
		}
		b.WriteByte(' ')
		if a == "" || strings.ContainsAny(a, " \t\"\\") {
			a = strconv.Quote(a)
		}
		b.WriteString(a)
	}
	return b.String(), nil
}

// countFiles says how many spec files a package was generated from.
func countFiles(n int) string {
	if n == 1 {
		return "1 spec file"
	}
	return strconv.Itoa(n) + " spec files"
}
