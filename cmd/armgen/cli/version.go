package cli

import (
	"fmt"
	"io"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"
)

// versionText describes the running armgen from its build information: the module
// version (a tag, a pseudo-version, or "(devel)" for a build of a checkout), the VCS
// revision it was built from and whether the checkout had uncommitted changes, and the Go
// version that built it. Fields the build did not record are said to be unknown.
func versionText(info *debug.BuildInfo, ok bool) string {
	if !ok || info == nil {
		return "armgen: no build information (built without module support)\n"
	}
	version := info.Main.Version
	if version == "" {
		version = "unknown"
	}
	var revision, modified string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			revision = s.Value
		case "vcs.modified":
			modified = s.Value
		}
	}
	switch {
	case revision == "":
		revision = "unknown (not recorded: a go run or go tool build, or no VCS checkout)"
	case modified == "true":
		revision += " (modified)"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "armgen %s\n", version)
	module := info.Main.Path
	if r := info.Main.Replace; r != nil { // a replaced module: say what replaced it
		module += " => " + strings.TrimSpace(r.Path+" "+r.Version)
	}
	fmt.Fprintf(&b, "module   %s\n", module)
	fmt.Fprintf(&b, "revision %s\n", revision)
	fmt.Fprintf(&b, "go       %s\n", info.GoVersion)
	return b.String()
}

// currentVersion is versionText for the running binary.
func currentVersion() string {
	return versionText(debug.ReadBuildInfo())
}

func newVersionCmd(stdout io.Writer) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print armgen's module version, VCS revision and Go version",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			fmt.Fprint(stdout, currentVersion())
			return nil
		},
	}
}
