package generator

import (
	"fmt"
	"path/filepath"

	"github.com/armgen/armgen/generator/golang"
)

// regenerateArgs returns the armgen command line that, run from the output folder,
// regenerates the package (and the docs folders of opts.Docs): every path relative to that folder with forward slashes, so
// that the //go:generate line in doc.go is the same on every machine that has the specs
// at the same place relative to the repository. It returns nil when there is no output
// folder or the spec is read from opts.FS.
func regenerateArgs(opts Options) ([]string, error) {
	if opts.Out == "" || opts.FS != nil {
		return nil, nil
	}
	out, err := filepath.Abs(opts.Out)
	if err != nil {
		return nil, fmt.Errorf("resolve output folder %s: %w", opts.Out, err)
	}
	rel := func(p string) (string, error) {
		abs, err := filepath.Abs(p)
		if err != nil {
			return "", fmt.Errorf("resolve %s: %w", p, err)
		}
		r, err := filepath.Rel(out, abs)
		if err != nil {
			return "", fmt.Errorf("%s relative to the output folder: %w", p, err)
		}
		return filepath.ToSlash(r), nil
	}
	args := []string{"generate"}
	if opts.Root != "" {
		r, err := rel(opts.Root)
		if err != nil {
			return nil, err
		}
		args = append(args, "--root", r)
	}
	if opts.Config != "" {
		c, err := rel(opts.Config)
		if err != nil {
			return nil, err
		}
		args = append(args, "--config", c)
		if opts.Tag != "" {
			args = append(args, "--tag", opts.Tag)
		}
	}
	for _, s := range append([]string{opts.Spec}, opts.Specs...) {
		if s == "" {
			continue
		}
		spec, err := rel(s)
		if err != nil {
			return nil, err
		}
		args = append(args, "--spec", spec)
	}
	args = append(args, "--out", ".")
	if opts.Package != "" {
		args = append(args, "--package", opts.Package)
	}
	if opts.ImportPath != "" {
		args = append(args, "--import-path", opts.ImportPath)
	}
	if opts.Rules != "" {
		r, err := rel(opts.Rules)
		if err != nil {
			return nil, err
		}
		args = append(args, "--rules", r)
	}
	if opts.AllowRemoteRefs {
		args = append(args, "--allow-remote-refs")
	}
	for _, d := range opts.Docs {
		r, err := rel(d.Out)
		if err != nil {
			return nil, err
		}
		args = append(args, "--docs", d.Flavor+"="+r)
	}
	for _, o := range opts.OtherVersions {
		r, err := rel(o)
		if err != nil {
			return nil, err
		}
		args = append(args, "--other-version", r)
	}
	if opts.GoGenerate != "" && opts.GoGenerate != GoGenerateNone && opts.GoGenerate != golang.GenerateCommand {
		// The directive must regenerate the same directive.
		args = append(args, "--go-generate", opts.GoGenerate)
	}
	return args, nil
}
