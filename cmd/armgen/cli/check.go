package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/armgen/armgen/generator"
)

// errStale is returned by a --check run whose output folder is not current (exit 1); the
// files were already listed on stdout.
type errStale struct {
	out     string
	changes int
}

func (e errStale) Error() string {
	files := "files differ"
	if e.changes == 1 {
		files = "file differs"
	}
	return fmt.Sprintf("armgen: %s is not current: %d %s (listed above); run the same command without --check to update it", e.out, e.changes, files)
}

// reportCheck prints what a run would change in out (one line per file: add, change or
// remove, then the path under out) and returns errStale, or prints that out is current.
func reportCheck(stdout io.Writer, res *generator.Result, out string) error {
	changes, err := res.Files.Check(out)
	if err != nil {
		return err
	}
	if len(changes) == 0 {
		fmt.Fprintf(stdout, "armgen: %s: %d files in %s are current\n", res.Package.Name, res.Files.Len(), out)
		return nil
	}
	for _, c := range changes {
		p := filepath.Join(out, filepath.FromSlash(c.Name))
		if strings.HasSuffix(c.Name, "/") {
			p += string(filepath.Separator)
		}
		fmt.Fprintf(stdout, "%-6s %s\n", c.Kind, p)
	}
	return errStale{out: out, changes: len(changes)}
}

// checkOut refuses an --out that exists and is not a folder, before any work is done.
func checkOut(out string) error {
	info, err := os.Stat(out)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		return fmt.Errorf("--out %s: %w", out, err)
	case !info.IsDir():
		return usageError{fmt.Errorf("--out %s is a file, not a folder: give the folder to write into (it is created when missing)", out)}
	}
	return nil
}
