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
	"github.com/armgen/armgen/generator/output"
	"github.com/spf13/cobra"
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

// checkedOutput is one folder a --check run compares: the files a run would write there.
type checkedOutput struct {
	files *output.Files
	out   string
}

// reportCheck prints what a run would change in each output folder (one line per file:
// add, change or remove, then the path under the folder) and returns errStale naming the
// first stale folder and the total count, or prints that each folder is current.
func reportCheck(stdout io.Writer, res *generator.Result, outs ...checkedOutput) error {
	total, stale := 0, ""
	for _, o := range outs {
		changes, err := o.files.Check(o.out)
		if err != nil {
			return err
		}
		if len(changes) == 0 {
			fmt.Fprintf(stdout, "armgen: %s: %d files in %s are current\n", res.Package.Name, o.files.Len(), o.out)
			continue
		}
		for _, c := range changes {
			p := filepath.Join(o.out, filepath.FromSlash(c.Name))
			if strings.HasSuffix(c.Name, "/") {
				p += string(filepath.Separator)
			}
			fmt.Fprintf(stdout, "%-6s %s\n", c.Kind, p)
		}
		if stale == "" {
			stale = o.out
		}
		total += len(changes)
	}
	if total > 0 {
		return errStale{out: stale, changes: total}
	}
	return nil
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

// checkSpecFolder names the flag when a spec file's folder does not exist, which the loader
// could only report as a missing root folder. A missing file in an existing folder is left
// to the loader, which reports it like any other missing file (file#: file does not exist).
func checkSpecFolder(flag, spec string) error {
	if spec == "" {
		return nil
	}
	dir := filepath.Dir(spec)
	if _, err := os.Stat(dir); errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("%s %s: the folder %s does not exist", flag, spec, dir)
	}
	return nil
}

// checkRootFolder names --root when the folder does not exist, instead of the loader's
// "open root folder" error: a missing specs root is the first thing a new clone meets.
func checkRootFolder(root string) error {
	if root == "" {
		return nil
	}
	if _, err := os.Stat(root); errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("--root %s: the folder does not exist: give the folder that holds the specs (a clone of Azure/azure-rest-api-specs, or a sparse checkout of the folders you generate from)", root)
	}
	return nil
}

// completeValues is a flag completion function offering fixed values.
func completeValues(values ...string) func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return func(_ *cobra.Command, _ []string, prefix string) ([]string, cobra.ShellCompDirective) {
		var out []string
		for _, v := range values {
			if strings.HasPrefix(v, prefix) {
				out = append(out, v)
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}
