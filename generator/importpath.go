package generator

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// DefaultImportPath works out the Go import path of a package generated into out: the
// module path of the nearest go.mod in out or a folder above it, joined with out's path
// relative to that folder. It is an error when no go.mod is found or it names no module.
func DefaultImportPath(out string) (string, error) {
	abs, err := filepath.Abs(out)
	if err != nil {
		return "", fmt.Errorf("resolve output folder %s: %w", out, err)
	}
	for dir := abs; ; {
		data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		switch {
		case err == nil:
			mod := modulePath(string(data))
			if mod == "" {
				return "", &ImportPathError{Out: out, Reason: filepath.Join(dir, "go.mod") + " names no module"}
			}
			rel, err := filepath.Rel(dir, abs)
			if err != nil {
				return "", fmt.Errorf("output folder %s relative to %s: %w", out, dir, err)
			}
			if rel == "." {
				return mod, nil
			}
			return path.Join(mod, filepath.ToSlash(rel)), nil
		case !errors.Is(err, fs.ErrNotExist):
			return "", fmt.Errorf("read %s: %w", filepath.Join(dir, "go.mod"), err)
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", &ImportPathError{Out: out, Reason: "no go.mod in " + out + " or any folder above it"}
		}
		dir = parent
	}
}

// ImportPathError says that the import path of a package generated into Out cannot be
// worked out; the caller has to give it.
type ImportPathError struct {
	// Out is the output folder.
	Out string
	// Reason says what is missing.
	Reason string
}

// Error explains the problem and what to do.
func (e *ImportPathError) Error() string {
	return e.Reason + ", so the generated package's import path is unknown: pass --import-path (the fake-server package and the examples import the package by it)"
}

// modulePath returns the path on go.mod's module line, or "".
func modulePath(gomod string) string {
	sc := bufio.NewScanner(strings.NewReader(gomod))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if rest, ok := strings.CutPrefix(line, "module"); ok && (rest == "" || rest[0] == ' ' || rest[0] == '\t') {
			if i := strings.Index(rest, "//"); i >= 0 {
				rest = rest[:i]
			}
			return strings.Trim(strings.TrimSpace(rest), `"`+"`")
		}
	}
	return ""
}
