package docs_test

import (
	"path"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/armgen/armgen/generator"
	"github.com/armgen/armgen/generator/docs"
	"github.com/armgen/armgen/generator/output"
	"github.com/armgen/armgen/generator/versions"
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
	t.Run("go", func(t *testing.T) {
		// The go pages of every API version together, as make generate writes them side by
		// side (generated/docs/go/<api-version>/), so that links across versions resolve.
		files := renderVersions(t)
		unresolved, linked := checkPages(t, files, docs.FlavorGo)
		for _, n := range files.Names() {
			if path.Base(n) != "index.md" && !linked[n] {
				t.Errorf("no page links to %s", n)
			}
		}
		if len(unresolved) > 0 {
			t.Errorf("go flavor links that do not resolve: %v", unresolved)
		}
	})
	for _, v := range apiVersions {
		t.Run("grucloud/"+v, func(t *testing.T) {
			files := renderDocs(t, v, docs.FlavorGruCloud)
			unresolved, _ := checkPages(t, files, docs.FlavorGruCloud)
			if !slices.Equal(unresolved, gruCloudSitePages) {
				t.Errorf("grucloud links outside the generated pages: %v, want exactly GruCloud's site pages %v", unresolved, gruCloudSitePages)
			}
		})
	}
}

// renderVersions renders the go pages of every API version with the others as
// --other-version (package versions), each under "<api-version>/", into one file set.
func renderVersions(t *testing.T) *output.Files {
	t.Helper()
	all := output.NewFiles()
	for _, v := range apiVersions {
		var others []string
		for _, o := range apiVersions {
			if o != v {
				others = append(others, networkSpec(t, o))
			}
		}
		opts := docsOptions(t, v)
		vs, err := versions.Docs(opts, others)
		if err != nil {
			t.Fatal(err)
		}
		opts.DocsVersions = vs
		res, err := generator.DocsFiles(opts, docs.FlavorGo)
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range res.Files.Names() {
			if err := all.Add(v+"/"+n, res.Files.Get(n)); err != nil {
				t.Fatal(err)
			}
		}
	}
	return all
}

// TestVersionsNavigation checks how the go pages of the API versions hang together: the
// index pages have distinct titles (the sidebar's category labels) with the newest first,
// every resource page links to the same resource in the other version, and the newer
// version's index and changelog.md list armgen diff's changes from the older one.
func TestVersionsNavigation(t *testing.T) {
	files := renderVersions(t)
	old, cur := apiVersions[0], apiVersions[1]
	for i, v := range []string{cur, old} {
		p := parsePage(t, v+"/index.md", files.Get(v+"/index.md"))
		if got, want := p.front["title"], "armnetwork "+v; got != want {
			t.Errorf("%s/index.md: title %q, want %q", v, got, want)
		}
		if got := p.front["sidebar_position"]; got != strconv.Itoa(i) {
			t.Errorf("%s/index.md: sidebar_position %s, want %d", v, got, i)
		}
	}
	for _, n := range files.Names() {
		v, page, _ := strings.Cut(n, "/")
		if !strings.HasPrefix(page, "Network/") {
			continue
		}
		other := map[string]string{old: cur, cur: old}[v]
		links := parsePage(t, n, files.Get(n)).links()
		if !slices.Contains(links, "../../"+other+"/"+page) {
			t.Errorf("%s does not link to the same resource in %s: %v", n, other, links)
		}
	}
	if files.Get(old+"/changelog.md") != nil {
		t.Errorf("%s, the oldest version, has a changelog", old)
	}
	// 2022-01-01 to 2024-01-01: 3 breaking changes and 1 other (generator/diff's golden).
	for name, want := range map[string]int{cur + "/index.md": 4, cur + "/changelog.md": 2 + 4 + 12} {
		data := files.Get(name)
		if data == nil {
			t.Fatalf("no %s", name)
		}
		if !strings.Contains(string(data), "\n3 breaking changes, 0 features added, 1 other change.") {
			t.Errorf("%s lacks the summary", name)
		}
		// The changes are the list items before the index's resources (a list too).
		changes, _, _ := strings.Cut(string(data), "\n## Resources\n")
		if n := strings.Count(changes, "\n- "); n != want {
			t.Errorf("%s: %d list items, want %d (the changes; the changelog adds the 2 specs and 12 Go API changes)", name, n, want)
		}
	}
	if !slices.Contains(parsePage(t, "index", files.Get(cur+"/index.md")).links(), "changelog.md") {
		t.Errorf("%s/index.md does not link to changelog.md", cur)
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
			switch path.Base(name) {
			case "index.md":
				// The docs site's landing page lists every package and API version by these.
				want = append(want, "sidebar_custom_props.package", "sidebar_custom_props.api_version", "sidebar_custom_props.provider")
			case "changelog.md":
			default:
				// And every resource with these: its counts are the page's own.
				want = append(want, "sidebar_custom_props.resource_type", "sidebar_custom_props.client", "sidebar_custom_props.operations", "sidebar_custom_props.examples")
				count := func(lang string) string {
					return strconv.Itoa(len(slices.DeleteFunc(p.codeBlocks(), func(b codeBlock) bool { return b.Lang != lang })))
				}
				if got, want := p.front["sidebar_custom_props.operations"], count("text"); got != want {
					t.Errorf("%s: sidebar_custom_props.operations is %s, the page lists %s operations", name, got, want)
				}
				if got, want := p.front["sidebar_custom_props.examples"], count("go"); got != want {
					t.Errorf("%s: sidebar_custom_props.examples is %s, the page has %s examples", name, got, want)
				}
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
		if id := p.front["id"]; path.Base(name) != "index.md" && id != strings.TrimSuffix(path.Base(name), ".md") {
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
