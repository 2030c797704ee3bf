package sitecheck

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// docsRoot is the folder of the go-flavor pages, relative to this package.
const docsRoot = "../../generated/docs/go"

// specLinkPrefix is the only external address a page may link to: the spec on GitHub,
// which the templates write. Anything else would be a link that spec text made.
const specLinkPrefix = "https://github.com/Azure/azure-rest-api-specs/tree/main/"

// page is the rendered content of one docs page: the Docusaurus article's Markdown part,
// or goldmark's HTML of the same source.
type page struct {
	text   string   // visible text, white space collapsed
	tables int      // <table> elements
	blocks int      // <pre> elements (code blocks)
	links  []string // href of every link, heading anchors left out
	ids    []string // id of every element of the whole document
	heads  []string // text of every heading
}

// hostileRoot holds the go pages of the hostile test spec, which make docs-site builds
// under /testdata/hostile/ when ARMGEN_SITE_TESTDATA is set.
const hostileRoot = "../../generator/docs/testdata/hostile/want/go"

// guideRoot holds armgen's guide, which the Docusaurus 3 site builds under /guide/.
const guideRoot = "../../docs"

// sourcePage is a Markdown page: its file, and its path on the site with ".md".
type sourcePage struct{ file, name string }

// sourcePages lists the Markdown pages under docsRoot and, when ARMGEN_SITE_TESTDATA is
// set, those of the hostile test spec; with guide, armgen's guide pages too.
func sourcePages(t *testing.T, guide bool) []sourcePage {
	t.Helper()
	roots := [][2]string{{docsRoot, ""}}
	if guide {
		roots = append(roots, [2]string{guideRoot, "guide/"})
	}
	if os.Getenv("ARMGEN_SITE_TESTDATA") != "" {
		roots = append(roots, [2]string{hostileRoot, "testdata/hostile/"})
	}
	var out []sourcePage
	for _, root := range roots {
		err := filepath.WalkDir(root[0], func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && strings.HasSuffix(p, ".md") {
				rel, _ := filepath.Rel(root[0], p)
				out = append(out, sourcePage{file: p, name: root[1] + filepath.ToSlash(rel)})
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if len(out) == 0 {
		t.Fatalf("no pages under %s", docsRoot)
	}
	return out
}

// route is the built HTML file of a page: index.md is its folder's index.html, any other
// page X.md is X/index.html.
func route(name string) string {
	if path.Base(name) == "index.md" {
		return path.Join(path.Dir(name), "index.html")
	}
	return strings.TrimSuffix(name, ".md") + "/index.html"
}

// builds returns the build folders to check: Docusaurus 3's (required, else the test
// skips) and Docusaurus 2's when ARMGEN_SITE_BUILD_V2 is set.
func builds(t *testing.T) (v3, v2 string) {
	v3 = os.Getenv("ARMGEN_SITE_BUILD")
	if v3 == "" {
		t.Skip("ARMGEN_SITE_BUILD is not set: make docs-site builds the site and runs this test")
	}
	return v3, os.Getenv("ARMGEN_SITE_BUILD_V2")
}

// TestSiteHTML checks every page of the Docusaurus 3 build (the generated pages and armgen's
// guide) against its Markdown: the same
// visible text as goldmark's rendering (so no backslash escape shows, nothing is dropped
// and no JSX value such as "undefined" appears), the same number of tables and code blocks,
// links only to built pages, their anchors, and the spec on GitHub, unique element ids and
// unique headings.
func TestSiteHTML(t *testing.T) {
	v3, _ := builds(t)
	tables, blocks, links := 0, 0, 0
	pages := sourcePages(t, true)
	for _, sp := range pages {
		name := sp.name
		src := markdownPage(t, sp.file)
		got := sitePage(t, v3, name)
		checkPage(t, "docusaurus 3: "+name, src, got)
		checkLinks(t, v3, name, got)
		tables, blocks, links = tables+got.tables, blocks+got.blocks, links+len(got.links)
	}
	t.Logf("%d pages checked: %d tables, %d code blocks, %d links", len(pages), tables, blocks, links)
}

// TestSiteV2SameText checks that Docusaurus 2 (MDX 1, the version GruCloud pins) shows
// every page with exactly the text Docusaurus 3 shows, and the same tables and code blocks.
func TestSiteV2SameText(t *testing.T) {
	v3, v2 := builds(t)
	if v2 == "" {
		t.Skip("ARMGEN_SITE_BUILD_V2 is not set")
	}
	pages := sourcePages(t, false) // the guide is on the Docusaurus 3 site only
	defer func() { t.Logf("%d pages compared", len(pages)) }()
	for _, sp := range pages {
		name := sp.name
		a, b := sitePage(t, v3, name), sitePage(t, v2, name)
		if a.text != b.text {
			t.Errorf("%s: Docusaurus 2 shows other text than Docusaurus 3:\n%s", name, firstDiff(a.text, b.text))
		}
		if a.tables != b.tables || a.blocks != b.blocks {
			t.Errorf("%s: Docusaurus 2 has %d tables and %d code blocks, Docusaurus 3 %d and %d", name, b.tables, b.blocks, a.tables, a.blocks)
		}
	}
}

var (
	// visibleEscape is a backslash before ASCII punctuation: a Markdown escape that shows.
	visibleEscape = regexp.MustCompile(`\\[!-/:-@\[-` + "`" + `{-~]`)
	jsLeaks       = []string{"undefined", "[object Object]", "NaN"}
)

// checkPage compares a built page with goldmark's rendering of its source.
func checkPage(t *testing.T, where string, src, got page) {
	t.Helper()
	if got.text != src.text {
		t.Errorf("%s: the text differs from goldmark's rendering of the Markdown:\n%s", where, firstDiff(src.text, got.text))
	}
	if n, want := len(visibleEscape.FindAllString(got.text, -1)), len(visibleEscape.FindAllString(src.text, -1)); n > want {
		t.Errorf("%s: %d visible backslash escapes (%q), the Markdown means %d", where, n, visibleEscape.FindAllString(got.text, -1), want)
	}
	for _, s := range jsLeaks {
		if strings.Count(got.text, s) > strings.Count(src.text, s) {
			t.Errorf("%s: shows %q", where, s)
		}
	}
	if got.tables != src.tables || got.blocks != src.blocks {
		t.Errorf("%s: %d tables and %d code blocks, the Markdown has %d and %d", where, got.tables, got.blocks, src.tables, src.blocks)
	}
	if got.tables == 0 && got.blocks == 0 && got.text == "" {
		t.Errorf("%s: empty page", where)
	}
	seen := map[string]bool{}
	for _, id := range got.ids {
		if seen[id] {
			t.Errorf("%s: two elements with id %q", where, id)
		}
		seen[id] = true
	}
	heads := map[string]bool{}
	for _, h := range got.heads {
		if heads[h] {
			t.Errorf("%s: two headings %q", where, h)
		}
		heads[h] = true
	}
}

// checkLinks checks that every link of a built page goes to a built page (and an id on
// it) or to the spec on GitHub.
func checkLinks(t *testing.T, build, name string, got page) {
	t.Helper()
	for _, href := range got.links {
		target, frag, _ := strings.Cut(href, "#")
		switch {
		case strings.HasPrefix(href, specLinkPrefix):
		case target == "" && frag != "":
			if !slices.Contains(got.ids, frag) {
				t.Errorf("%s: link to #%s, which the page lacks", name, frag)
			}
		case strings.HasPrefix(target, "/") && !strings.HasPrefix(target, "//"):
			file := filepath.Join(build, filepath.FromSlash(strings.TrimSuffix(target, "/")), "index.html")
			data, err := os.ReadFile(file)
			if err != nil {
				t.Errorf("%s: link to %s, which was not built: %v", name, href, err)
				continue
			}
			if frag != "" && !slices.Contains(documentIDs(t, data), frag) {
				t.Errorf("%s: link to %s: the page has no id %q", name, href, frag)
			}
		default:
			t.Errorf("%s: link to %q (only built pages and the spec on GitHub are allowed)", name, href)
		}
	}
}

// markdownPage renders a source page with goldmark (GFM: tables, strikethrough, task
// lists, and Linkify, which autolinks bare URLs as GFM does) after its front matter.
func markdownPage(t *testing.T, file string) page {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if rest, ok := bytes.CutPrefix(data, []byte("---\n")); ok {
		if _, body, ok := bytes.Cut(rest, []byte("\n---\n")); ok {
			data = body
		}
	}
	var buf bytes.Buffer
	md := goldmark.New(goldmark.WithExtensions(extension.GFM))
	if err := md.Convert(data, &buf); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	doc, err := html.Parse(strings.NewReader("<div>" + buf.String() + "</div>"))
	if err != nil {
		t.Fatal(err)
	}
	return collect(doc, doc)
}

// sitePage reads the built HTML of a page and collects its Markdown part: the
// theme-doc-markdown element of the article.
func sitePage(t *testing.T, build, name string) page {
	t.Helper()
	file := filepath.Join(build, filepath.FromSlash(route(name)))
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	md := find(doc, func(n *html.Node) bool { return hasClass(n, "theme-doc-markdown") })
	if md == nil {
		t.Fatalf("%s: no theme-doc-markdown element", file)
	}
	return collect(doc, md)
}

// documentIDs returns the id of every element of an HTML document.
func documentIDs(t *testing.T, data []byte) []string {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return collect(doc, doc).ids
}

// collect gathers the text, tables, code blocks, links and headings of root, and the ids
// of the whole document doc.
func collect(doc, root *html.Node) page {
	var p page
	var text strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			text.WriteString(n.Data)
			return
		case html.ElementNode:
			switch {
			case n.DataAtom == atom.Button, n.DataAtom == atom.Svg:
				return // the code block's copy button
			case n.DataAtom == atom.A && hasClass(n, "hash-link"):
				return // a heading's anchor
			case n.DataAtom == atom.Table:
				p.tables++
			case n.DataAtom == atom.Pre:
				p.blocks++
			case n.DataAtom == atom.A:
				p.links = append(p.links, attr(n, "href"))
			case isHeading(n):
				p.heads = append(p.heads, normalize(innerText(n)))
			}
			if isBlock(n) {
				text.WriteByte(' ') // block elements separate words (cells, lines of code)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	p.text = normalize(text.String())
	var ids func(n *html.Node)
	ids = func(n *html.Node) {
		if id := attr(n, "id"); n.Type == html.ElementNode && id != "" {
			p.ids = append(p.ids, id)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			ids(c)
		}
	}
	ids(doc)
	return p
}

// innerText is a node's text, heading anchors left out.
func innerText(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		if n.DataAtom == atom.A && hasClass(n, "hash-link") {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// normalize drops zero-width spaces (Docusaurus's anchor text) and collapses white space.
func normalize(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\u200b", "")), " ")
}

// isBlock reports whether an element separates the words before and after it.
func isBlock(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Div, atom.Header, atom.Table, atom.Thead, atom.Tbody, atom.Tr, atom.Td, atom.Th,
		atom.Ul, atom.Ol, atom.Li, atom.Pre, atom.Br, atom.Hr, atom.Blockquote:
		return true
	}
	return isHeading(n)
}

func isHeading(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

func find(n *html.Node, match func(*html.Node) bool) *html.Node {
	if n.Type == html.ElementNode && match(n) {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := find(c, match); f != nil {
			return f
		}
	}
	return nil
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasClass(n *html.Node, class string) bool {
	return slices.Contains(strings.Fields(attr(n, "class")), class)
}

// firstDiff shows where two texts first differ, with some context.
func firstDiff(want, got string) string {
	i := 0
	for i < len(want) && i < len(got) && want[i] == got[i] {
		i++
	}
	lo := max(0, i-80)
	return fmt.Sprintf("at byte %d:\n  want ...%s...\n  got  ...%s...", i, want[lo:min(len(want), i+80)], got[lo:min(len(got), i+80)])
}
