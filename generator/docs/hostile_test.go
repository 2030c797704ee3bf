package docs_test

import (
	"encoding/json"
	"flag"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/armgen/armgen/generator"
	"github.com/armgen/armgen/generator/docs"
	"github.com/armgen/armgen/generator/output"
	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"
)

var update = flag.Bool("update", false, "rewrite the golden pages under testdata/*/want")

// hostileSpec is a spec whose descriptions, example names and example strings hold code
// fences, HTML (script tags, comments), table pipes, Markdown and MDX syntax.
const hostileSpec = "testdata/hostile/spec.json"

// renderHostile renders a flavor of the hostile spec's docs.
func renderHostile(t testing.TB, flavor, importPath string) *output.Files {
	t.Helper()
	res, err := generator.DocsFiles(generator.Options{Spec: hostileSpec, ImportPath: importPath}, flavor)
	if err != nil {
		t.Fatal(err)
	}
	return res.Files
}

// TestHostileGolden compares the hostile spec's pages with testdata/hostile/want
// (go test ./generator/docs -run TestHostileGolden -update rewrites them).
func TestHostileGolden(t *testing.T) {
	for _, flavor := range docs.Flavors() {
		files := renderHostile(t, flavor, "example.com/hostile")
		dir := filepath.Join("testdata/hostile/want", flavor)
		if *update {
			if err := os.RemoveAll(dir); err != nil {
				t.Fatal(err)
			}
		}
		for _, n := range files.Names() {
			p := filepath.Join(dir, filepath.FromSlash(n))
			if *update {
				if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(p, files.Get(n), 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			want, err := os.ReadFile(p)
			if err != nil {
				t.Errorf("%v (run go test ./generator/docs -run TestHostileGolden -update)", err)
				continue
			}
			if string(want) != string(files.Get(n)) {
				t.Errorf("%s differs from the golden page (run with -update and review the diff)", p)
			}
		}
	}
}

// TestHostileSpec proves that nothing from the hostile spec becomes markup: there is no
// raw HTML, image, emphasis (beyond GruCloud's own bold type and group) or strikethrough;
// links are only armgen's own; the headings are exactly the pages' sections with the spec's
// example names as their text; every code block holds a whole program or schema (Go that
// parses, JSON that is valid), so none was closed early; and table cells hold the spec's
// text, pipes included.
func TestHostileSpec(t *testing.T) {
	exampleNames := []string{
		"Create <script>alert(1)</script> | ``` # [x](http://evil.example) *y* <!-- z -->",
		"``` </code></pre><h1>fence</h1> ```",
	}
	for _, flavor := range docs.Flavors() {
		files := renderHostile(t, flavor, "example.com/hostile")
		unresolved, _ := checkPages(t, files, flavor)
		if flavor == docs.FlavorGo && len(unresolved) > 0 {
			t.Errorf("go: links that do not resolve: %v", unresolved)
		}
		if flavor == docs.FlavorGruCloud && !slices.Equal(unresolved, []string{"Resources/ResourceGroup.md"}) {
			t.Errorf("grucloud: links outside the generated pages: %v", unresolved)
		}
		for _, name := range files.Names() {
			p := parsePage(t, name, files.Get(name))
			bold := 0
			if flavor == docs.FlavorGruCloud {
				bold = 2
			}
			if n := p.count(ast.KindEmphasis); n != bold {
				t.Errorf("%s/%s: %d emphasis nodes, want %d", flavor, name, n, bold)
			}
			for _, k := range []ast.NodeKind{ast.KindImage, extast.KindStrikethrough, ast.KindHTMLBlock, ast.KindRawHTML} {
				if n := p.count(k); n > 0 {
					t.Errorf("%s/%s: %d %s nodes", flavor, name, n, k)
				}
			}
			for _, b := range p.codeBlocks() {
				checkCodeBlock(t, flavor+"/"+name, b)
			}
		}
		widget := parsePage(t, "Widget", files.Get("Hostile/Widget.md"))
		got := widget.headings()
		want := []heading{{2, "Examples"}, {3, exampleNames[0]}, {3, exampleNames[1]}, {2, "Dependencies"}, {2, "Swagger Schema"}, {2, "Misc"}}
		blocks := 3 // two examples and the schema
		if flavor == docs.FlavorGo {
			want = []heading{{1, "Widget"}, {2, "Related resources"}, {2, "Operations"}, {2, "Examples"},
				{3, exampleNames[0]}, {3, exampleNames[1]}, {3, "Get | widget"}, {3, "List <widgets>"},
				{2, "Properties"}, {2, "Schema"}, {2, "Source"}}
			blocks = 9 // four examples, the schema, and the paths of the four operations
			checkHostileProperties(t, widget)
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: headings\n%+v\nwant\n%+v", flavor, got, want)
		}
		if n := len(widget.codeBlocks()); n != blocks {
			t.Errorf("%s: %d code blocks in Widget.md, want %d", flavor, n, blocks)
		}
	}
}

// checkCodeBlock checks that a code block holds a whole program or schema.
func checkCodeBlock(t *testing.T, where string, b codeBlock) {
	t.Helper()
	switch b.Lang {
	case "go":
		if _, err := parser.ParseFile(token.NewFileSet(), "example.go", b.Content, parser.AllErrors); err != nil {
			t.Errorf("%s: a go block does not parse: %v\n%s", where, err, b.Content)
		}
	case "json":
		// The go flavor's schema is JSON; the grucloud flavor's is util.inspect output.
		if !json.Valid([]byte(b.Content)) && !(strings.HasPrefix(b.Content, "{") && strings.HasSuffix(b.Content, "}\n")) {
			t.Errorf("%s: a json block is cut:\n%s", where, b.Content)
		}
	case "text":
		// The go flavor's operation: its method and path, on one line.
		method, path, _ := strings.Cut(b.Content, " ")
		if !slices.Contains([]string{"GET", "PUT", "PATCH", "POST", "DELETE", "HEAD"}, method) || !strings.HasPrefix(path, "/") || strings.Count(b.Content, "\n") != 1 {
			t.Errorf("%s: a text block is not one operation's method and path:\n%s", where, b.Content)
		}
	case "js":
		if !strings.HasPrefix(b.Content, "exports.createResources = () => [\n") || !strings.HasSuffix(b.Content, "\n];\n\n") {
			t.Errorf("%s: a js block is cut:\n%s", where, b.Content)
		}
	default:
		t.Errorf("%s: a code block of %q", where, b.Lang)
	}
}

// checkHostileProperties checks the go flavor's properties list of the hostile Widget: each
// item is the property's path, its Go type, presence and validation in parentheses, then its
// description, all as the spec wrote them.
func checkHostileProperties(t *testing.T, p *mdPage) {
	t.Helper()
	for _, tbl := range p.tables() {
		for _, row := range tbl {
			if len(row) != len(tbl[0]) {
				t.Errorf("table row %q has %d cells, the header %d", row, len(row), len(tbl[0]))
			}
		}
	}
	want := map[string][2]string{ // path: validation, description
		"id":       {"", "Read-only ID ``` with a fence."},
		"location": {"", "Location | with | pipes | and `code`."},
		"properties.name": {"at least 1 character; at most 64 characters; matches the pattern ^(a|b)`+$",
			"``` </code></pre><script>alert('fence')</script> ```"},
		"properties.count": {"at least 0; at most 10; format int32; default 3", "<!-- count --> * not emphasis *"},
		"properties.mode": {"one of plain, pipe|value, tick`value, <b>html</b> (or another value: the set is open); default \"pipe|value\"",
			"Mode _with_ __underscores__ ~~strike~~"},
		"properties.tags":          {"", "Tags over lines"},
		"properties.items":         {"at least 1 item", "Items ```` four backticks"},
		"properties.items[].value": {"", "1. starts like a list"},
		"properties.items[].when":  {"format date-time", "+ plus list"},
	}
	seen := 0
	p.walk(func(n ast.Node) {
		if n.Kind() != ast.KindListItem {
			return
		}
		text := p.plain(n)
		path, rest, ok := strings.Cut(text, " (")
		w, found := want[path]
		if !ok || !found {
			return
		}
		seen++
		if !strings.HasSuffix(rest, "): "+w[1]) || w[0] != "" && !strings.Contains(rest, "; "+w[0]+"): ") {
			t.Errorf("property %s: %q; want validation %q and description %q", path, text, w[0], w[1])
		}
	})
	if seen != len(want) {
		t.Errorf("the properties list has %d of the %d items checked", seen, len(want))
	}
}

// TestHostileVersions renders the hostile spec's go pages with another API version and a
// changelog whose every text is hostile (armgen diff's messages quote spec names and
// values): nothing becomes HTML or a link other than armgen's own, and the texts read as
// given.
func TestHostileVersions(t *testing.T) {
	other := "2098-01-01 (<b>x</b>)"
	opts := generator.Options{Spec: hostileSpec, ImportPath: "example.com/hostile", DocsVersions: &docs.Versions{
		Others: []docs.OtherVersion{{APIVersion: other, Pages: []string{"Hostile/Widget"}}},
		Changelog: &docs.Changelog{
			From: other, FromSpec: "old`.json", ToSpec: "spec.json", Summary: "1 <script>alert(1)</script> change.",
			Sections: []docs.ChangeSection{{Title: "Breaking changes", Changes: []docs.Change{{
				Target: "model", Name: "W`x", OldName: "<i>y</i>", Message: "property [x](https://evil.example) | was removed",
				Reached: "A_B request body: properties.x", Usage: "input", Rule: "RemovedProperty",
			}}}},
			GoAPI: []docs.GoAPIChange{{Change: "changed", Kind: "field", Ident: "W.X", Old: "*string", New: "`*int` | x"}},
		},
	}}
	res, err := generator.DocsFiles(opts, docs.FlavorGo)
	if err != nil {
		t.Fatal(err)
	}
	unresolved, _ := checkPages(t, res.Files, docs.FlavorGo)
	enc := "2098-01-01%20%28%3Cb%3Ex%3C%2Fb%3E%29"
	if want := []string{"../" + enc + "/Hostile/Widget.md", "../" + enc + "/index.md"}; !slices.Equal(unresolved, want) {
		t.Errorf("links outside the pages: %q, want only the other version's %q", unresolved, want)
	}
	p := parsePage(t, "changelog.md", res.Files.Get("changelog.md"))
	if got := p.headings(); len(got) == 0 || got[0].Text != "Changes from "+other+" to 2099-01-01" {
		t.Errorf("changelog headings %v", got)
	}
	var items []string
	p.walk(func(n ast.Node) {
		if n.Kind() == ast.KindListItem {
			items = append(items, p.plain(n))
		}
	})
	want := []string{"old: old`.json", "new: spec.json",
		"model W`x (<i>y</i> in the old spec): property [x](https://evil.example) | was removed (at A_B request body: properties.x, input) [RemovedProperty]",
		"changed field W.X: *string → `*int` | x"}
	if !slices.Equal(items, want) {
		t.Errorf("changelog items\n%q\nwant\n%q", items, want)
	}
	if n := p.count(ast.KindEmphasis); n > 0 {
		t.Errorf("changelog: %d emphasis nodes", n)
	}
}
