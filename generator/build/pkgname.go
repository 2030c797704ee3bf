package build

import (
	"path"
	"strings"

	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/naming"
)

// DefaultPackageName is the Go package name of a spec when none is given, as the Azure SDK
// for Go names its packages: "arm" and the service folder for a resource-manager spec
// (specification/network/resource-manager/... gives "armnetwork"), "az" and the service
// folder for a data-plane spec, else the spec file's name ("networkWatcher.json" outside
// such a tree gives "networkwatcher"). repoPath is the spec's repository path (RepoPath).
func DefaultPackageName(repoPath string) string {
	parts := strings.Split(repoPath, "/")
	if len(parts) > 2 && parts[0] == "specification" {
		prefix := ""
		switch parts[2] {
		case "resource-manager":
			prefix = "arm"
		case "data-plane":
			prefix = "az"
		}
		if svc := packageWord(parts[1]); prefix != "" && svc != "" {
			return prefix + svc
		}
	}
	name := packageWord(strings.TrimSuffix(path.Base(repoPath), ".json"))
	if name == "" || name[0] < 'a' || name[0] > 'z' {
		name = "pkg" + name
	}
	return name
}

// packageWord is s in lower case with only ASCII letters and digits.
func packageWord(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// nameClients gives every operation group its client's Go type as the Azure SDK names it:
// the group's name and "Client" ("FooClient" stays, not "FooClientClient"), with the
// package's stutter prefix trimmed unless that would give two groups one client;
// operations of no group get a client named after the spec's title.
func (b *builder) nameClients() {
	prefix := naming.StutterPrefix(b.pkg.Name)
	fallback := naming.Pascal(b.pkg.Title)
	if b.pkg.Title == "" {
		fallback = ""
	}
	untrimmed := map[string]bool{}
	base := func(g *ir.OperationGroup) string {
		n := naming.Pascal(g.Name)
		if n == "Client" && g.Operations[0].Group == "Client" && grouplessOps(g) {
			n = fallback
		}
		if !strings.HasSuffix(n, "Client") {
			n += "Client"
		}
		return n
	}
	for _, g := range b.pkg.Groups {
		untrimmed[base(g)] = true
	}
	taken := map[string]bool{}
	for _, g := range b.pkg.Groups {
		n := base(g)
		if t := naming.TrimPackagePrefix(prefix, n); t != n && !untrimmed[t] && !taken[t] {
			n = t
		}
		taken[n] = true
		g.Client = n
		for _, op := range g.Operations {
			op.Client = n
		}
	}
}

// grouplessOps reports whether g holds the operations whose operationId has no group
// ("Get" rather than "Things_Get").
func grouplessOps(g *ir.OperationGroup) bool {
	for _, op := range g.Operations {
		if strings.Contains(op.ID, "_") {
			return false
		}
	}
	return true
}
