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
	var format string
	var failOnBreaking bool
	cmd := &cobra.Command{
		Use:   "diff --old FILE --new FILE [--format markdown|json] [--fail-on-breaking]",
		Short: "List the changes between two versions of a spec, breaking ones first",
		Long: `diff compares two specs through armgen's IR, so everything their $refs reach counts:
operations, parameters, responses, long-running and paging behaviour, models, properties and
enums, matched by wire names and JSON paths rather than Go names. Each change is classified
breaking or not by Azure's breaking-change rules, taking into account whether the model
travels in requests, responses or both. The exported Go API of the two generated packages is
compared too. Nothing is written to disk.

With --fail-on-breaking the exit status is 1 when a wire change is breaking.`,
		Example: `  armgen diff --root ../shared/azure-rest-api-specs \
    --old ../shared/azure-rest-api-specs/specification/network/resource-manager/Microsoft.Network/stable/2022-01-01/networkWatcher.json \
    --new ../shared/azure-rest-api-specs/specification/network/resource-manager/Microsoft.Network/stable/2024-01-01/networkWatcher.json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if opts.Old == "" || opts.New == "" {
				return usageError{errors.New("diff needs --old FILE and --new FILE")}
			}
			if format != "markdown" && format != "json" {
				return usageError{fmt.Errorf("--format %q: want markdown or json", format)}
			}
			for _, c := range []struct{ flag, spec string }{{"--old", opts.Old}, {"--new", opts.New}} {
				if err := checkSpecFolder(c.flag, c.spec); err != nil {
					return err
				}
			}
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
	f.StringVar(&opts.Old, "old", "", "root spec file of the old version (required)")
	f.StringVar(&opts.New, "new", "", "root spec file of the new version (required)")
	f.StringVar(&format, "format", "markdown", "output format: markdown (for a CHANGELOG or PR) or json (for tools)")
	f.BoolVar(&failOnBreaking, "fail-on-breaking", false, "exit 1 when any change is breaking")
	f.StringVar(&opts.Root, "root", "", "folder that $refs of both specs may not leave (default: each spec file's folder)")
	f.BoolVar(&opts.AllowRemoteRefs, "allow-remote-refs", false, "follow http(s) $refs")
	_ = cmd.RegisterFlagCompletionFunc("format", completeValues("markdown", "json"))
	return cmd
}
