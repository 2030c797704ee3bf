// Package sdkcompat measures how far a package armgen generates is a drop-in for a module
// of the Azure SDK for Go: it copies the module's own example tests (from the Go module
// cache, fetched with go mod download) beside armgen's package in a scratch module,
// changes only their import path, and reports which Example functions compile, and, when
// asked, runs them (the SDK's fake_example_test.go has Output comments to check).
package sdkcompat

import (
	"bytes"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// Case is one SDK module and the armgen package that should replace it.
type Case struct {
	// Module and Version name the SDK module, such as
	// github.com/Azure/azure-sdk-for-go/sdk/resourcemanager/msi/armmsi v1.3.0.
	Module, Version string
	// Files are the module's test files to copy; empty means every *_example_test.go and
	// fake_example_test.go of its root folder.
	Files []string
	// Package is the folder of armgen's generated package (with its fake/ folder), and
	// ImportPath the import path it was generated for (its fake package imports it).
	Package, ImportPath string
	// Runtime is the folder of armgen's runtime module, which the package imports.
	Runtime string
	// Run runs the copied examples after building them; only examples with an Output
	// comment run, as with go test.
	Run bool
}

// Result is what Run found.
type Result struct {
	// Dir is the SDK module's folder in the module cache.
	Dir string
	// Examples lists every Example function of the copied files, sorted; Broken those of
	// them that do not compile.
	Examples, Broken []string
	// Errors are the compiler's messages about the copied files.
	Errors []string
	// RunOutput is go test's output when Case.Run is set and everything compiled; Passed
	// says whether it passed.
	RunOutput string
	Passed    bool
}

// Compiled is the number of examples that compile.
func (r *Result) Compiled() int { return len(r.Examples) - len(r.Broken) }

// Run copies the case's example tests beside its package in a scratch module under work
// and builds them (and runs them when asked).
func Run(c Case, work string) (*Result, error) {
	dir, err := moduleDir(c.Module, c.Version, work)
	if err != nil {
		return nil, err
	}
	res := &Result{Dir: dir}
	files := c.Files
	if len(files) == 0 {
		matches, _ := filepath.Glob(filepath.Join(dir, "*_example_test.go"))
		for _, m := range matches {
			files = append(files, filepath.Base(m))
		}
	}
	pkgName := filepath.Base(c.Module)
	mod := filepath.Join(work, "compat")
	pkg := filepath.Join(mod, pkgName)
	if err := copyPackage(c.Package, pkg, c.ImportPath, "example.com/compat/"+pkgName); err != nil {
		return nil, err
	}
	runtime, err := filepath.Abs(c.Runtime)
	if err != nil {
		return nil, err
	}
	gomod := "module example.com/compat\n\ngo 1.24\n\nrequire github.com/armgen/armgen/runtime v0.0.0\n\nreplace github.com/armgen/armgen/runtime => " + runtime + "\n"
	if err := os.WriteFile(filepath.Join(mod, "go.mod"), []byte(gomod), 0o644); err != nil {
		return nil, err
	}
	ourPkg, err := packageClause(pkg)
	if err != nil {
		return nil, err
	}
	examples := map[string][]span{}
	for _, f := range files {
		src, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			return nil, err
		}
		out := rewrite(src, c.Module, "example.com/compat/"+pkgName, ourPkg)
		if err := os.WriteFile(filepath.Join(pkg, f), out, 0o644); err != nil {
			return nil, err
		}
		spans, err := exampleSpans(filepath.Join(pkg, f))
		if err != nil {
			return nil, err
		}
		examples[f] = spans
		for _, s := range spans {
			res.Examples = append(res.Examples, s.name)
		}
	}
	sort.Strings(res.Examples)
	if out, err := goCmd(mod, "mod", "tidy"); err != nil {
		return nil, fmt.Errorf("go mod tidy in %s: %v\n%s", mod, err, out)
	}
	out, buildErr := goCmd(mod, "test", "-count=1", "-run", "^$", "-gcflags=example.com/compat/"+pkgName+"=-e", "./"+pkgName)
	broken := map[string]bool{}
	lineRe := regexp.MustCompile(`([A-Za-z0-9_]+_test\.go):(\d+):\d+: (.*)`)
	for _, line := range strings.Split(out, "\n") {
		m := lineRe.FindStringSubmatch(line)
		if m == nil || examples[m[1]] == nil {
			continue
		}
		res.Errors = append(res.Errors, m[1]+":"+m[2]+": "+m[3])
		n, _ := strconv.Atoi(m[2])
		for _, s := range examples[m[1]] {
			if n >= s.from && n <= s.to {
				broken[s.name] = true
			}
		}
	}
	if buildErr != nil && len(res.Errors) == 0 {
		return nil, fmt.Errorf("go test in %s failed for another reason than the examples: %v\n%s", mod, buildErr, out)
	}
	for n := range broken {
		res.Broken = append(res.Broken, n)
	}
	sort.Strings(res.Broken)
	if c.Run && len(res.Broken) == 0 {
		out, err := goCmd(mod, "test", "-count=1", "-run", "^Example", "./"+pkgName)
		res.RunOutput, res.Passed = out, err == nil
	}
	return res, nil
}

// span is an Example function's lines.
type span struct {
	name     string
	from, to int
}

// exampleSpans lists the Example functions of a Go file with their first and last lines.
func exampleSpans(path string) ([]span, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	var out []span
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && strings.HasPrefix(fd.Name.Name, "Example") {
			out = append(out, span{fd.Name.Name, fset.Position(fd.Pos()).Line, fset.Position(fd.End()).Line})
		}
	}
	return out, nil
}

// rewrite points an SDK test file at armgen's package: the module's import path (and its
// fake package's) becomes ours, imported under the SDK's package name, and the test
// package is named after our package.
func rewrite(src []byte, module, ours, ourPkg string) []byte {
	sdkName := filepath.Base(module)
	s := string(src)
	s = strings.ReplaceAll(s, `"`+module+`/fake"`, `"`+ours+`/fake"`)
	s = strings.ReplaceAll(s, "\t\""+module+"\"", "\t"+sdkName+" \""+ours+"\"")
	s = regexp.MustCompile(`(?m)^package \w+_test$`).ReplaceAllString(s, "package "+ourPkg+"_test")
	return []byte(s)
}

// packageClause returns the package name of the Go files in dir.
func packageClause(dir string) (string, error) {
	matches, _ := filepath.Glob(filepath.Join(dir, "*.go"))
	for _, m := range matches {
		if strings.HasSuffix(m, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), m, nil, parser.PackageClauseOnly)
		if err != nil {
			return "", err
		}
		return f.Name.Name, nil
	}
	return "", fmt.Errorf("no Go files in %s", dir)
}

// copyPackage copies the Go files of a generated package and its fake/ folder, without
// its own tests, changing its import path from oldPath to newPath.
func copyPackage(from, to, oldPath, newPath string) error {
	for _, sub := range []string{"", "fake"} {
		matches, _ := filepath.Glob(filepath.Join(from, sub, "*.go"))
		if sub == "" && len(matches) == 0 {
			return fmt.Errorf("no Go files in %s", from)
		}
		if err := os.MkdirAll(filepath.Join(to, sub), 0o755); err != nil {
			return err
		}
		for _, m := range matches {
			if strings.HasSuffix(m, "_test.go") {
				continue
			}
			data, err := os.ReadFile(m)
			if err != nil {
				return err
			}
			data = bytes.ReplaceAll(data, []byte(`"`+oldPath+`"`), []byte(`"`+newPath+`"`))
			if err := os.WriteFile(filepath.Join(to, sub, filepath.Base(m)), data, 0o644); err != nil {
				return err
			}
		}
	}
	return nil
}

// moduleDir fetches a module into the module cache and returns its folder.
func moduleDir(module, version, work string) (string, error) {
	if err := os.MkdirAll(work, 0o755); err != nil {
		return "", err
	}
	out, err := goCmd(work, "mod", "download", "-json", module+"@"+version)
	if err != nil {
		return "", fmt.Errorf("go mod download %s@%s: %v\n%s", module, version, err, out)
	}
	var info struct{ Dir, Error string }
	if err := json.Unmarshal([]byte(out), &info); err != nil || info.Dir == "" {
		return "", fmt.Errorf("go mod download %s@%s: %s %v", module, version, info.Error, err)
	}
	return info.Dir, nil
}

// goCmd runs the go command in dir, outside any workspace, and returns its combined output.
func goCmd(dir string, args ...string) (string, error) {
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")
	var b bytes.Buffer
	cmd.Stdout, cmd.Stderr = &b, &b
	err := cmd.Run()
	return b.String(), err
}
