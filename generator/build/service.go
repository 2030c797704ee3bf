package build

import (
	"strings"

	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/naming"
)

// docsGroup names the docs group of a package's resource pages (<Group>/<Type>.md). For a
// resource-manager spec it is the last part of the provider namespace ("Network" from
// Microsoft.Network). A data-plane spec's paths name no provider ("/certificates/{name}"),
// so its group comes, in this order, from the namespace folder below data-plane/ in
// azure-rest-api-specs ("KeyVault" from data-plane/Microsoft.KeyVault/stable/7.2), from
// info.title without a trailing "Client" ("Text Analytics Client" gives TextAnalytics), or
// from the package name. It is never empty, so a page name is never "/Type.md".
func docsGroup(pkg *ir.Package) string {
	if pkg.Provider != "" {
		return providerGroup(pkg.Provider)
	}
	if g := dataPlaneFolder(pkg.SpecRepoPath); g != "" {
		return g
	}
	title := strings.TrimSpace(pkg.Title)
	title = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(title, "Client"), "client"))
	if hasLetter(title) {
		return naming.Pascal(title)
	}
	return naming.Pascal(pkg.Name)
}

// dataPlaneFolder returns the service namespace of a spec path of the form
// specification/<service>/data-plane/<Namespace>/..., as a Go-style name: the last part of
// <Namespace> ("Microsoft.KeyVault" gives KeyVault). When the folder below data-plane/ is
// already the stability folder (data-plane/stable/...), the service folder names it. It
// returns "" for any other path.
func dataPlaneFolder(repoPath string) string {
	segs := strings.Split(repoPath, "/")
	for i := 1; i+1 < len(segs); i++ {
		if segs[i] != "data-plane" || segs[0] != "specification" {
			continue
		}
		ns := segs[i+1]
		if ns == "stable" || ns == "preview" || strings.HasSuffix(ns, ".json") {
			ns = segs[i-1]
		}
		if j := strings.LastIndex(ns, "."); j >= 0 {
			ns = ns[j+1:]
		}
		if !hasLetter(ns) {
			return ""
		}
		return naming.Pascal(ns)
	}
	return ""
}

// hasLetter reports whether s holds an ASCII letter.
func hasLetter(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' })
}
