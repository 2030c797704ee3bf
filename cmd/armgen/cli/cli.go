// Package cli is armgen's command line: cobra flags turned into generator options.
// Exit codes: 0 success, 1 bad input (one line per problem on stderr), 2 usage error.
package cli

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"
)

// usageError marks errors in how armgen was called (exit 2).
type usageError struct{ err error }

func (u usageError) Error() string { return u.err.Error() }

// Main runs armgen with args and returns the process exit code.
func Main(args []string, stdout, stderr io.Writer) int {
	root := newRoot(stdout, stderr)
	root.SetArgs(args)
	root.SetOut(stdout)
	root.SetErr(stderr)
	cmd, err := root.ExecuteC()
	if err == nil {
		return 0
	}
	var ue usageError
	if errors.As(err, &ue) || isCobraUsage(err) {
		// Point to the help of the command that was called (the root's for an unknown command).
		help := root.Name()
		if cmd != nil {
			help = cmd.CommandPath()
		}
		fmt.Fprintf(stderr, "armgen: %v\nRun '%s --help' for usage.\n", err, help)
		return 2
	}
	for _, line := range strings.Split(err.Error(), "\n") {
		fmt.Fprintln(stderr, line)
	}
	return 1
}

// isCobraUsage recognises cobra's own argument and flag errors.
func isCobraUsage(err error) bool {
	msg := err.Error()
	for _, p := range []string{"unknown command", "unknown flag", "unknown shorthand flag", "flag needs an argument", "invalid argument", "accepts ", "requires at least", "required flag"} {
		if strings.Contains(msg, p) {
			return true
		}
	}
	return false
}

func newRoot(stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:   "armgen",
		Short: "Generate Go code and docs from Azure Resource Manager Swagger 2.0 specs",
		Long: `armgen reads an Azure Resource Manager Swagger 2.0 spec and every file its $refs reach,
and generates Go models, validators, clients on azcore, example tests and Markdown docs.

Exit status: 0 on success, 1 when the input is bad (one line per problem on stderr,
naming the file and the JSON pointer), 2 on a usage error.`,
		SilenceUsage:  true,
		SilenceErrors: true,
		Version:       currentVersion(),
	}
	// --version prints what `armgen version` prints.
	root.SetVersionTemplate("{{.Version}}")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	root.PersistentFlags().BoolP("verbose", "v", false, fmt.Sprintf("print every warning in full (by default the first %d, shortened, then a count per kind)", maxWarnings))
	root.AddCommand(newGenerateCmd(stdout, stderr), newDocsCmd(stdout, stderr), newDiffCmd(stdout, stderr), newVersionCmd(stdout))
	return root
}
