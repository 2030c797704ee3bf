package docs_test

import (
	"path"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/armgen/armgen/generator/docs"
	"github.com/armgen/armgen/generator/output"
)

// apiVersions are the API versions of networkWatcher.json that generated/ holds.
var apiVersions = []string{"2022-01-01", "2024-01-01"}

// gruCloudSitePages are the pages of GruCloud's own docs site that the grucloud pages of
// networkWatcher.json link to and armgen does not generate: the grucloud flavor reproduces
// GruCloud's pages byte for byte, dependency links included, and those point at GruCloud's
// pages for the resource group and for resources of other providers (../Resources/,
// ../Storage/, ../OperationalInsights/, and Network types that this spec does not define).
// They are exempt from the link check, by name: any other link that does not resolve
// fails. The go flavor has no such exemption.
var gruCloudSitePages = []string{
	"Network/NetworkSecurityGroup.md",
	"OperationalInsights/Workspace.md",
	"Resources/ResourceGroup.md",
	"Storage/StorageAccount.md",
}

// TestPagesMarkdown renders every page of both flavors of every API version with
// goldmark and checks: front matter, no raw HTML, and that every relative link resolves
// to a generated page (grucloud: or to one of gruCloudSitePages) and every absolute one
// goes to the spec on GitHub.
func TestPagesMarkdown(t *testing.T) {
	for _, v := range apiVersions {
		for _, flavor := range docs.Flavors() {
			t.Run(flavor+"/"+v, func(t *testing.T) {
				files := renderDocs(t, v, flavor)
				unresolved, linked := checkPages(t, files, flavor)
				for _, n := range files.Names() {
					if flavor == docs.FlavorGo && n != "index.md" && !linked[n] {
						t.Errorf("no page links to %s", n)
					}
				}
				if flavor == docs.FlavorGo && len(unresolved) > 0 {
					t.Errorf("go flavor links that do not resolve: %v", unresolved)
				}
				if flavor == docs.FlavorGruCloud && !slices.Equal(unresolved, gruCloudSitePages) {
					t.Errorf("grucloud links outside the generated pages: %v, want exactly GruCloud's site pages %v", unresolved, gruCloudSitePages)
				}
			})
		}
	}
}

// checkPages checks every page of files and returns the sorted targets of relative links
// that no page of files resolves, and the set of pages that are linked to.
func checkPages(t *testing.T, files *output.Files, flavor string) (unresolved []string, linked map[string]bool) {
	t.Helper()
	missing := map[string]bool{}
	linked = map[string]bool{}
	for _, name := range files.Names() {
		p := parsePage(t, name, files.Get(name))
		if h := p.htmlNodes(); len(h) > 0 {
			t.Errorf("%s: raw HTML: %q", name, h)
		}
		want := []string{"id", "title"}
		if flavor == docs.FlavorGo {
			want = append(want, "sidebar_position")
			if _, err := strconv.Atoi(p.front["sidebar_position"]); err != nil {
				t.Errorf("%s: sidebar_position %q is not a number", name, p.front["sidebar_position"])
			}
		}
		var keys []string
		for k := range p.front {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		sort.Strings(want)
		if !slices.Equal(keys, want) {
			t.Errorf("%s: front matter keys %v, want %v", name, keys, want)
		}
		if id := p.front["id"]; name != "index.md" && id != strings.TrimSuffix(path.Base(name), ".md") {
			t.Errorf("%s: front matter id %q", name, id)
		}
		if cb := p.codeBlocks(); slices.ContainsFunc(cb, func(b codeBlock) bool { return b.Lang == "(indented)" }) {
			t.Errorf("%s: an indented code block (text that should have been escaped or fenced)", name)
		}
		for _, dest := range p.links() {
			switch {
			case strings.HasPrefix(dest, "https://github.com/Azure/azure-rest-api-specs/tree/main/"):
			case strings.Contains(dest, ":"):
				t.Errorf("%s: link to %q", name, dest)
			default:
				target := path.Join(path.Dir(name), dest)
				if files.Get(target) == nil {
					missing[target] = true
				}
				linked[target] = true
			}
		}
	}
	for m := range missing {
		unresolved = append(unresolved, m)
	}
	sort.Strings(unresolved)
	return unresolved, linked
}

// TestGruCloudDependencies pins the dependencies of the grucloud pages of 2022-01-01: the
// Dependencies list and the dependencies arrow of every example program.
func TestGruCloudDependencies(t *testing.T) {
	want := map[string]struct {
		list  []string // "Group/Type" in order
		arrow string   // the program's dependencies, one line per entry
	}{
		"Network/NetworkWatcher.md": {
			[]string{"Resources/ResourceGroup"},
			`dependencies: ({}) => ({ resourceGroup: "myResourceGroup" }),`,
		},
		"Network/PacketCapture.md": {
			[]string{"Resources/ResourceGroup", "Network/NetworkWatcher"},
			`resourceGroup: "myResourceGroup",|networkWatcher: "myNetworkWatcher",`,
		},
		"Network/FlowLog.md": {
			[]string{"Resources/ResourceGroup", "Network/NetworkWatcher", "Network/NetworkSecurityGroup", "Storage/StorageAccount", "OperationalInsights/Workspace"},
			`resourceGroup: "myResourceGroup",|networkWatcher: "myNetworkWatcher",|networkSecurityGroup: "myNetworkSecurityGroup",|storageAccount: "myStorageAccount",|workspace: "myWorkspace",`,
		},
		"Network/ConnectionMonitor.md": {
			[]string{"Resources/ResourceGroup", "Network/NetworkWatcher", "OperationalInsights/Workspace"},
			`resourceGroup: "myResourceGroup",|networkWatcher: "myNetworkWatcher",|workspaces: ["myWorkspace"],`,
		},
	}
	files := renderDocs(t, "2022-01-01", docs.FlavorGruCloud)
	if got := files.Names(); len(got) != len(want) {
		t.Errorf("pages %v, want %d", got, len(want))
	}
	for name, w := range want {
		page := string(files.Get(name))
		_, deps, _ := strings.Cut(page, "## Dependencies\n")
		deps, _, _ = strings.Cut(deps, "## Swagger Schema\n")
		var list []string
		for _, line := range strings.Split(strings.TrimSuffix(deps, "\n"), "\n") {
			_, target, _ := strings.Cut(line, "](../")
			list = append(list, strings.TrimSuffix(target, ".md)"))
		}
		if !slices.Equal(list, w.list) {
			t.Errorf("%s: dependencies %v, want %v", name, list, w.list)
		}
		programs := strings.Count(page, "exports.createResources")
		arrow := strings.Join(strings.Split(w.arrow, "|"), "\n      ")
		if programs == 0 || strings.Count(page, arrow) != programs {
			t.Errorf("%s: %d programs, %d with the dependencies\n%s", name, programs, strings.Count(page, arrow), arrow)
		}
	}
}

// TestDocsDeterministic renders every page twice.
func TestDocsDeterministic(t *testing.T) {
	for _, flavor := range docs.Flavors() {
		a, b := renderDocs(t, "2022-01-01", flavor), renderDocs(t, "2022-01-01", flavor)
		if !slices.Equal(a.Names(), b.Names()) {
			t.Fatalf("%s: pages differ: %v and %v", flavor, a.Names(), b.Names())
		}
		for _, n := range a.Names() {
			if string(a.Get(n)) != string(b.Get(n)) {
				t.Errorf("%s: %s differs between two runs", flavor, n)
			}
		}
	}
}
