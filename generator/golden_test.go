package generator

import (
	"bytes"
	"errors"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/armgen/armgen/internal/e2e"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// TestGolden generates every case under testdata/ and compares the output with want/
// (or, for a case with want_err.txt, the error text; a case with want_warnings.txt also
// compares the warnings). Then every generated package is
// compiled and vetted together.
func TestGolden(t *testing.T) {
	dirs, err := filepath.Glob("testdata/*/spec.json")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no golden cases: %v", err)
	}
	// A case of several input files has a readme.md (AutoRest's format) instead; its
	// default tag names them.
	readmes, err := filepath.Glob("testdata/*/readme.md")
	if err != nil || len(readmes) == 0 {
		t.Fatalf("no golden cases of several files: %v", err)
	}
	dirs = append(dirs, readmes...)
	ws := e2e.New(t, "golden")
	// A case with an examples/ folder gets its fake package and example tests too, under
	// goldenImportBase in want/, which the workspace copy imports from where it really is.
	wsImport := "github.com/armgen/armgen/" + strings.TrimPrefix(ws.Rel, "./") + "/"
	compiled := 0
	for _, specPath := range dirs {
		dir := filepath.Dir(specPath)
		name := filepath.Base(dir)
		t.Run(name, func(t *testing.T) {
			pkgName := strings.ReplaceAll(name, "_", "")
			opts := Options{Spec: specPath, Package: pkgName}
			if filepath.Base(specPath) == "readme.md" {
				opts = Options{Config: specPath, Package: pkgName}
			}
			// A case may attach prose rules with a rules file (specs/rules/README.md).
			if rules := filepath.Join(dir, "rules.json"); fileExists(rules) {
				opts.Rules = rules
			}
			withExamples := fileExists(filepath.Join(dir, "examples"))
			if withExamples {
				opts.ImportPath = goldenImportBase + name
			}
			res, err := GenerateFiles(opts)
			wantErrPath := filepath.Join(dir, "want_err.txt")
			if _, statErr := os.Stat(wantErrPath); statErr == nil || strings.HasPrefix(name, "err_") {
				if err == nil {
					t.Fatalf("generation succeeded, want an error")
				}
				checkGolden(t, wantErrPath, []byte(err.Error()+"\n"))
				return
			}
			if err != nil {
				t.Fatalf("generate: %v", err)
			}
			// A case with want_warnings.txt also pins the run's warnings, one per line.
			if wp := filepath.Join(dir, "want_warnings.txt"); fileExists(wp) {
				var lines []string
				for _, w := range res.Warnings {
					lines = append(lines, "warning["+w.Kind+"]: "+w.String())
				}
				checkGolden(t, wp, []byte(strings.Join(lines, "\n")+"\n"))
			}
			wantDir := filepath.Join(dir, "want")
			if *update {
				os.RemoveAll(wantDir)
			}
			for _, n := range res.Files.Names() {
				checkGolden(t, filepath.Join(wantDir, filepath.FromSlash(n)), res.Files.Get(n))
				ws.Write(t, name+"/"+n, bytes.ReplaceAll(res.Files.Get(n), []byte(goldenImportBase), []byte(wsImport)))
			}
			if withExamples && len(res.Warnings) > 0 && !fileExists(filepath.Join(dir, "want_warnings.txt")) {
				// An example left out of the example tests is a warning the case must pin.
				var lines []string
				for _, w := range res.Warnings {
					lines = append(lines, w.String())
				}
				t.Errorf("unexpected warnings (pin them in want_warnings.txt):\n%s", strings.Join(lines, "\n"))
			}
			// Hand-written behaviour tests of the generated package, if the case has any.
			tests, _ := filepath.Glob(filepath.Join(dir, "tests", "*_test.go"))
			for _, tf := range tests {
				data, err := os.ReadFile(tf)
				if err != nil {
					t.Fatal(err)
				}
				ws.Write(t, name+"/"+filepath.Base(tf), bytes.ReplaceAll(data, []byte(goldenImportBase), []byte(wsImport)))
			}
			// No stale golden files.
			_ = filepath.WalkDir(wantDir, func(p string, d fs.DirEntry, err error) error {
				if err != nil || d.IsDir() {
					return nil
				}
				rel, _ := filepath.Rel(wantDir, p)
				if res.Files.Get(filepath.ToSlash(rel)) == nil {
					t.Errorf("golden file %s is no longer generated (run go test ./generator -update)", p)
				}
				return nil
			})
			compiled++
		})
	}
	if compiled == 0 || t.Failed() {
		return
	}
	if out, err := ws.Go(nil, "vet", "{ws}/..."); err != nil {
		t.Fatalf("generated golden packages do not vet:\n%s", out)
	}
	if out, err := ws.Go(nil, "test", "-count=1", "{ws}/..."); err != nil {
		t.Fatalf("behaviour tests of generated golden packages fail:\n%s", out)
	}
	t.Logf("%d cases generated, compiled and vetted", compiled)
}

// checkGolden compares got with the file at path, or rewrites it with -update.
func checkGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("%s is missing (run go test ./generator -update)", path)
	}
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(want, got) {
		t.Errorf("%s differs from the generated output (run go test ./generator -update and review the diff)\n--- got ---\n%s", path, got)
	}
}

// goldenImportBase is the import path of a golden case's package (plus its name) in want/.
const goldenImportBase = "example.org/golden/"

// fileExists reports whether path names an existing file.
func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
