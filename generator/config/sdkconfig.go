package config

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	yaml "go.yaml.in/yaml/v3"
)

// specsRepoURL is the prefix of the GitHub URLs an SDK module's autorest.md requires its
// spec's readme files by (followed by a commit and the file's repository path).
const specsRepoURL = "https://github.com/Azure/azure-rest-api-specs/blob/"

// SDKConfig is an Azure SDK for Go module's autorest.md: the readme.md and readme.go.md it
// requires, as paths inside a clone of azure-rest-api-specs, and the tag it selects.
type SDKConfig struct {
	// Readme and GoReadme are the required readme.md and readme.go.md, joined to the clone
	// (GoReadme is "" when not required).
	Readme, GoReadme string
	// Commit is the azure-rest-api-specs commit the URLs name.
	Commit string
	// Tag and ModuleVersion are the autorest.md's tag and module-version.
	Tag, ModuleVersion string
}

// LoadSDKConfig reads an autorest.md whose unconditioned yaml blocks require the spec's
// readme.md as a GitHub URL of azure-rest-api-specs, and maps the URLs onto the clone at
// root. It returns nil, nil for a readme that requires nothing (a spec's own readme.md).
func LoadSDKConfig(p, root string) (*SDKConfig, error) {
	r, err := Load(p)
	if err != nil {
		return nil, err
	}
	var reqs []string
	c := &SDKConfig{}
	for _, b := range r.blocks {
		if b.raw != "" {
			continue
		}
		list, err := stringList(b.data["require"])
		if err != nil {
			return nil, fmt.Errorf("%s:%d: require: %w", p, b.line, err)
		}
		reqs = append(reqs, list...)
		if t, ok := b.data["tag"].(string); ok {
			c.Tag = t
		}
		if v, ok := b.data["module-version"].(string); ok {
			c.ModuleVersion = v
		}
	}
	if len(reqs) == 0 {
		return nil, nil
	}
	if root == "" {
		return nil, fmt.Errorf("%s requires %s: pass --root, a clone of Azure/azure-rest-api-specs (at commit %s or later), to map it onto", p, reqs[0], commitOf(reqs[0]))
	}
	for _, u := range reqs {
		rest, ok := strings.CutPrefix(u, specsRepoURL)
		commit, file, ok2 := strings.Cut(rest, "/")
		if !ok || !ok2 || !strings.HasPrefix(file, "specification/") {
			return nil, fmt.Errorf("%s: require %q: want a URL %s<commit>/specification/...", p, u, specsRepoURL)
		}
		c.Commit = commit
		local := filepath.Join(root, filepath.FromSlash(file))
		switch filepath.Base(file) {
		case "readme.md":
			c.Readme = local
		case "readme.go.md":
			c.GoReadme = local
		default:
			return nil, fmt.Errorf("%s: require %q: want the spec's readme.md or readme.go.md", p, u)
		}
	}
	if c.Readme == "" {
		return nil, fmt.Errorf("%s: requires no readme.md", p)
	}
	return c, nil
}

// commitOf returns the commit of a required URL, or "?".
func commitOf(u string) string {
	rest, ok := strings.CutPrefix(u, specsRepoURL)
	if !ok {
		return "?"
	}
	commit, _, _ := strings.Cut(rest, "/")
	return commit
}

// Directives summarizes the directive entries of a readme.go.md's Go blocks (those whose
// guard tests $(go)), one line each, such as "from disk.json where
// $.definitions.PurchasePlan: transform": the transforms the SDK's generator applies and
// armgen does not.
func Directives(p string) ([]string, error) {
	r, err := Load(p)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, b := range r.blocks {
		if b.raw != "" && !strings.Contains(b.raw, "$(go)") {
			continue
		}
		if strings.Contains(b.raw, "!$(track2)") || strings.Contains(b.raw, "!(track2)") {
			continue // the old track-1 SDK's
		}
		list, _ := b.data["directive"].([]any)
		for _, d := range list {
			out = append(out, summarizeDirective(d))
		}
	}
	return out, nil
}

// summarizeDirective writes one directive on a line.
func summarizeDirective(d any) string {
	m, ok := d.(map[string]any)
	if !ok {
		b, _ := yaml.Marshal(d)
		return strings.TrimSpace(string(b))
	}
	var parts []string
	for _, k := range []string{"from", "where"} {
		if v, ok := m[k]; ok {
			parts = append(parts, fmt.Sprintf("%s %v", k, v))
		}
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		if k != "from" && k != "where" {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		v := m[k]
		if s, ok := v.(string); ok && !strings.Contains(s, "\n") && len(s) < 60 {
			parts = append(parts, k+" "+s)
		} else {
			parts = append(parts, k)
		}
	}
	return strings.Join(parts, " ")
}
