package sdkcompat

import (
	"fmt"
	"path/filepath"
	"strings"
)

// APIDiffVersion is the version of golang.org/x/exp/cmd/apidiff that APIDiff runs.
const APIDiffVersion = "v0.0.0-20261113113407-e3970619a1a4"

// APIDiff runs apidiff -incompatible from the SDK module's package to armgen's package in
// the scratch module that Run left under work, and returns its report, one incompatible
// change a line (none: the SDK's users' code compiles against armgen's package).
func APIDiff(c Case, work string) ([]string, error) {
	mod := filepath.Join(work, "compat")
	if out, err := goCmd(mod, "get", c.Module+"@"+c.Version); err != nil {
		return nil, fmt.Errorf("go get %s@%s: %v\n%s", c.Module, c.Version, err, out)
	}
	ours := "example.com/compat/" + filepath.Base(c.Module)
	out, err := goCmd(mod, "run", "golang.org/x/exp/cmd/apidiff@"+APIDiffVersion, "-incompatible", c.Module, ours)
	if err != nil {
		return nil, fmt.Errorf("apidiff: %v\n%s", err, out)
	}
	var lines []string
	for _, l := range strings.Split(out, "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "Incompatible changes:") && !strings.HasPrefix(l, "go: ") {
			lines = append(lines, strings.TrimPrefix(l, "- "))
		}
	}
	return lines, nil
}
