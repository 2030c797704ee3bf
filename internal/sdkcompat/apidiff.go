package sdkcompat

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// APIDiffVersion is the version of golang.org/x/exp/cmd/apidiff that APIDiff runs.
const APIDiffVersion = "v0.0.0-20261113113407-e3970619a1a4"

// APIDiff runs apidiff -incompatible from the SDK module's package to armgen's package in
// the scratch module that Run left under work, and returns its report, one incompatible
// change a line (none: the SDK's users' code compiles against armgen's package).
func APIDiff(c Case, work string) ([]string, error) {
	mod := filepath.Join(work, "compat")
	if out, err := goCmd(mod, "get", c.Module+"@"+c.Version); err != nil {
		return nil, fmt.Errorf("go get %s@%s: %v\n%s", c.Module, c.Version, err, out)
	}
	ours := "example.com/compat/" + filepath.Base(c.Module)
	out, err := goCmd(mod, "run", "golang.org/x/exp/cmd/apidiff@"+APIDiffVersion, "-incompatible", c.Module, ours)
	if err != nil {
		return nil, fmt.Errorf("apidiff: %v\n%s", err, out)
	}
	return reportLines(out), nil
}

// APIDiffDir runs apidiff -incompatible from the Go package in the folder old (such as
// AutoRest's output for a tag, with its fake/ folder) to armgen's package pkg, generated
// for importPath, in a scratch module under work whose armgen runtime is the folder runtime.
func APIDiffDir(old, pkg, importPath, runtime, work string) ([]string, error) {
	mod := filepath.Join(work, "apidiff")
	name := filepath.Base(pkg)
	theirs, ours := "example.com/apidiff/old/"+name, "example.com/apidiff/new/"+name
	// AutoRest's folder is a module; its fake package imports the package by its path.
	oldPath := ""
	if data, err := os.ReadFile(filepath.Join(old, "go.mod")); err == nil {
		if m := regexp.MustCompile(`(?m)^module\s+(\S+)`).FindSubmatch(data); m != nil {
			oldPath = string(m[1])
		}
	}
	if err := copyPackage(old, filepath.Join(mod, "old", name), oldPath, theirs); err != nil {
		return nil, err
	}
	if err := copyPackage(pkg, filepath.Join(mod, "new", name), importPath, ours); err != nil {
		return nil, err
	}
	rt, err := filepath.Abs(runtime)
	if err != nil {
		return nil, err
	}
	gomod := "module example.com/apidiff\n\ngo 1.24\n\nrequire github.com/armgen/armgen/runtime v0.0.0\n\nreplace github.com/armgen/armgen/runtime => " + rt + "\n"
	if err := os.WriteFile(filepath.Join(mod, "go.mod"), []byte(gomod), 0o644); err != nil {
		return nil, err
	}
	if out, err := goCmd(mod, "mod", "tidy"); err != nil {
		return nil, fmt.Errorf("go mod tidy in %s: %v\n%s", mod, err, out)
	}
	out, err := goCmd(mod, "run", "golang.org/x/exp/cmd/apidiff@"+APIDiffVersion, "-incompatible", theirs, ours)
	if err != nil {
		return nil, fmt.Errorf("apidiff: %v\n%s", err, out)
	}
	return reportLines(out), nil
}

// reportLines are apidiff's changes, one a line, without its headings and go's messages.
func reportLines(out string) []string {
	var lines []string
	for _, l := range strings.Split(out, "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "Incompatible changes:") && !strings.HasPrefix(l, "go: ") {
			lines = append(lines, strings.TrimPrefix(l, "- "))
		}
	}
	return lines
}
