package cli

import (
	"errors"
	"fmt"
	"io"

	"github.com/armgen/armgen/generator/diff"
	"github.com/spf13/cobra"
)

func newDiffCmd(stdout, stderr io.Writer) *cobra.Command {
	var opts diff.Options
	var format, config, root string
	var failOnBreaking, remote bool
	cmd := &cobra.Command{
		Use:   "diff (--old FILE... | --config readme.md --old-tag TAG | --old-config readme.md [--old-tag TAG]) (--new ... likewise) [--format markdown|json] [--fail-on-breaking]",
		Short: "List the changes between two versions of a spec, breaking ones first",
		Long: `diff compares two specs through armgen's IR, so everything their $refs reach counts:
operations, parameters, responses, long-running and paging behaviour, models, properties and
enums, matched by wire names and JSON paths rather than Go names. Each change is classified
breaking or not by Azure's breaking-change rules, taking into account whether the model
travels in requests, responses or both. The exported Go API of the two generated packages is
compared too. Nothing is written to disk.

Each side is one package: spec files (--old, --new; repeat for several files) or the tag
of an AutoRest readme.md. --config names the readme of both sides, --old-config and
--new-config one each; --old-tag and --new-tag select their tags (default: the readme's
default tag).

With --fail-on-breaking the exit status is 1 when a wire change is breaking.`,
		Example: `  armgen diff --root ../shared/azure-rest-api-specs \
    --old ../shared/azure-rest-api-specs/specification/network/resource-manager/Microsoft.Network/stable/2022-01-01/networkWatcher.json \
    --new ../shared/azure-rest-api-specs/specification/network/resource-manager/Microsoft.Network/stable/2024-01-01/networkWatcher.json
  armgen diff --config ../shared/azure-rest-api-specs/specification/network/resource-manager/readme.md \
    --old-tag package-2020-11 --new-tag package-2021-02`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := diffSide("old", &opts.Old.Config, config, opts.Old.Specs, opts.Old.Tag); err != nil {
				return err
			}
			if err := diffSide("new", &opts.New.Config, config, opts.New.Specs, opts.New.Tag); err != nil {
				return err
			}
			if format != "markdown" && format != "json" {
				return usageError{fmt.Errorf("--format %q: want markdown or json", format)}
			}
			if err := checkRootFolder(root); err != nil {
				return err
			}
			for _, c := range []struct {
				flag  string
				specs []string
			}{{"--old", opts.Old.Specs}, {"--new", opts.New.Specs}} {
				for _, spec := range c.specs {
					if err := checkSpecFolder(c.flag, spec); err != nil {
						return err
					}
				}
			}
			opts.Old.Root, opts.New.Root = root, root
			opts.Old.AllowRemoteRefs, opts.New.AllowRemoteRefs = remote, remote
			rep, err := diff.Run(opts)
			if err != nil {
				return err
			}
			if format == "json" {
				err = rep.WriteJSON(stdout)
			} else {
				err = rep.WriteMarkdown(stdout)
			}
			if err != nil {
				return fmt.Errorf("write report: %w", err)
			}
			if failOnBreaking && rep.Breaking() {
				return fmt.Errorf("armgen diff: %d breaking changes from %s to %s (--fail-on-breaking)",
					rep.Summary.Breaking, rep.Old.APIVersion, rep.New.APIVersion)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringArrayVar(&opts.Old.Specs, "old", nil, "spec file of the old version (repeat for several files)")
	f.StringArrayVar(&opts.New.Specs, "new", nil, "spec file of the new version (repeat for several files)")
	f.StringVar(&config, "config", "", "AutoRest readme.md of both versions (with --old-tag and --new-tag)")
	f.StringVar(&opts.Old.Config, "old-config", "", "AutoRest readme.md of the old version")
	f.StringVar(&opts.New.Config, "new-config", "", "AutoRest readme.md of the new version")
	f.StringVar(&opts.Old.Tag, "old-tag", "", "tag of the old version's readme (default: its default tag)")
	f.StringVar(&opts.New.Tag, "new-tag", "", "tag of the new version's readme (default: its default tag)")
	f.StringVar(&format, "format", "markdown", "output format: markdown (for a CHANGELOG or PR) or json (for tools)")
	f.BoolVar(&failOnBreaking, "fail-on-breaking", false, "exit 1 when any change is breaking")
	f.StringVar(&root, "root", "", "folder that $refs of both sides may not leave (default: each side's spec folder; with a readme, the specification folder above it)")
	f.BoolVar(&remote, "allow-remote-refs", false, "follow http(s) $refs")
	_ = cmd.RegisterFlagCompletionFunc("format", completeValues("markdown", "json"))
	return cmd
}

// diffSide checks one side's flags and fills its readme from --config when it names no
// readme of its own and no spec files.
func diffSide(side string, sideConfig *string, config string, specs []string, tag string) error {
	if *sideConfig != "" && config != "" {
		return usageError{fmt.Errorf("diff: --config and --%s-config exclude each other", side)}
	}
	if *sideConfig == "" && len(specs) == 0 {
		*sideConfig = config
	}
	switch {
	case len(specs) > 0 && *sideConfig != "":
		return usageError{fmt.Errorf("diff: --%s and a readme (--config, --%s-config) exclude each other", side, side)}
	case tag != "" && *sideConfig == "":
		return usageError{fmt.Errorf("diff: --%s-tag needs --config or --%s-config", side, side)}
	case len(specs) == 0 && *sideConfig == "":
		return usageError{errors.New("diff needs --old FILE and --new FILE, or readmes (--config, --old-config, --new-config) with --old-tag and --new-tag")}
	}
	return nil
}
