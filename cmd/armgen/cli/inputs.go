package cli

import (
	"errors"

	"github.com/armgen/armgen/generator"
	"github.com/spf13/pflag"
)

// addInputFlags declares the flags that name a package's input: --spec (repeatable) or
// --config with --tag.
func addInputFlags(f *pflag.FlagSet, opts *generator.Options) {
	f.StringArrayVar(&opts.Specs, "spec", nil, "Swagger 2.0 spec file; repeat it for one package of several files, as a readme tag that lists them")
	f.StringVar(&opts.Config, "config", "", "AutoRest readme.md whose tag lists the spec files (instead of --spec)")
	f.StringVar(&opts.Tag, "tag", "", "tag of the --config readme (default: the readme's default tag)")
}

// checkInputFlags reports a usage error unless exactly one of --spec and --config was given
// (and --tag only with --config).
func checkInputFlags(cmd string, opts generator.Options) error {
	switch {
	case len(opts.Specs) > 0 && opts.Config != "":
		return usageError{errors.New(cmd + ": --spec and --config exclude each other (the readme's tag names the spec files)")}
	case opts.Tag != "" && opts.Config == "":
		return usageError{errors.New(cmd + ": --tag needs --config readme.md")}
	case !opts.HasInput():
		return usageError{errors.New(cmd + " needs --spec FILE (repeatable) or --config readme.md, and --out DIR")}
	}
	return checkRootFolder(opts.Root)
}
