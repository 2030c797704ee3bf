package sitecheck

import (
	"bytes"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// wantPackage is what the landing page must show of one API version folder of
// generated/docs/go, read from the Markdown pages themselves.
type wantPackage struct {
	version   string
	resources map[string]string // resource name: "N operations, M examples"
	routes    map[string]string // resource name: its page's route
}

// wantPackages reads every API version folder of docsRoot: its resource pages (every page
// other than index.md and changelog.md), and for each the number of operations (the
// page's text blocks: an operation's method and path) and examples (its Go blocks).
func wantPackages(t *testing.T) []wantPackage {
	t.Helper()
	dirs, err := os.ReadDir(docsRoot)
	if err != nil {
		t.Fatal(err)
	}
	var out []wantPackage
	for _, d := range dirs {
		if !d.IsDir() {
			continue
		}
		if _, err := os.Stat(filepath.Join(docsRoot, d.Name(), "index.md")); err != nil {
			continue
		}
		p := wantPackage{version: d.Name(), resources: map[string]string{}, routes: map[string]string{}}
		pages, err := filepath.Glob(filepath.Join(docsRoot, d.Name(), "*", "*.md"))
		if err != nil {
			t.Fatal(err)
		}
		for _, file := range pages {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			name := strings.TrimSuffix(filepath.Base(file), ".md")
			ops, examples := bytes.Count(data, []byte("\n```text\n")), bytes.Count(data, []byte("\n```go\n"))
			p.resources[name] = fmt.Sprintf("%s, %s", plural(ops, "operation"), plural(examples, "example"))
			rel, _ := filepath.Rel(docsRoot, file)
			p.routes[name] = "/" + strings.TrimSuffix(filepath.ToSlash(rel), ".md")
		}
		if len(p.resources) == 0 {
			t.Fatalf("%s/%s has no resource pages", docsRoot, d.Name())
		}
		out = append(out, p)
	}
	if len(out) == 0 {
		t.Fatalf("no API version folders under %s", docsRoot)
	}
	return out
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// TestSiteLanding checks the built landing page against generated/docs/go: a section per API
// version folder, headed by a link to its index page, and in it an item per resource page
// with a link to the page and the page's own counts of operations and examples; no other
// package or resource. It also requires the two sentences that say what the pages are and a
// link to armgen's guide.
func TestSiteLanding(t *testing.T) {
	v3, _ := builds(t)
	data, err := os.ReadFile(filepath.Join(v3, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	main := find(doc, func(n *html.Node) bool { return n.Data == "main" })
	if main == nil {
		t.Fatal("the landing page has no <main>")
	}
	text := collect(doc, main).text
	for _, want := range []string{
		"Each package below is Go code that armgen generated from an Azure Resource Manager spec, for one API version.",
		"Each resource has a page with its operations and the Go methods that call them",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the landing page lacks %q:\n%s", want, text)
		}
	}
	if find(main, func(n *html.Node) bool { return n.Data == "a" && attr(n, "href") == "/guide/" }) == nil {
		t.Error("the landing page does not link to the guide (/guide/)")
	}
	sections := map[string]*html.Node{}
	walkElements(main, func(n *html.Node) {
		if v := attr(n, "data-api-version"); v != "" {
			sections[v] = n
		}
	})
	want := wantPackages(t)
	if len(sections) != len(want) {
		t.Errorf("the landing page lists %d API versions, generated/docs/go has %d", len(sections), len(want))
	}
	resources := 0
	for _, p := range want {
		sec := sections[p.version]
		if sec == nil {
			t.Errorf("the landing page does not list API version %s", p.version)
			continue
		}
		if find(sec, func(n *html.Node) bool { return n.Data == "a" && attr(n, "href") == "/"+p.version+"/" }) == nil {
			t.Errorf("%s: the landing page does not link to its index page /%s/", p.version, p.version)
		}
		items := map[string]*html.Node{}
		walkElements(sec, func(n *html.Node) {
			if r := attr(n, "data-resource"); r != "" {
				items[r] = n
			}
		})
		if len(items) != len(p.resources) {
			t.Errorf("%s: the landing page lists %d resources, the folder has %d pages", p.version, len(items), len(p.resources))
		}
		for name, counts := range p.resources {
			li := items[name]
			if li == nil {
				t.Errorf("%s: the landing page does not list %s", p.version, name)
				continue
			}
			resources++
			if got := collect(doc, li).text; !strings.HasPrefix(got, name+": "+counts+" ") {
				t.Errorf("%s: the landing page says %q of %s, the page has %s", p.version, got, name, counts)
			}
			if find(li, func(n *html.Node) bool { return n.Data == "a" && attr(n, "href") == p.routes[name] }) == nil {
				t.Errorf("%s: %s does not link to %s", p.version, name, p.routes[name])
			}
			if _, err := os.Stat(filepath.Join(v3, filepath.FromSlash(path.Join(p.routes[name], "index.html")))); err != nil {
				t.Errorf("%s: %s links to a page that was not built: %v", p.version, name, err)
			}
		}
	}
	t.Logf("the landing page lists %d API versions and %d resources", len(sections), resources)
}

// walkElements calls fn for every element under n.
func walkElements(n *html.Node, fn func(*html.Node)) {
	if n.Type == html.ElementNode {
		fn(n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walkElements(c, fn)
	}
}
