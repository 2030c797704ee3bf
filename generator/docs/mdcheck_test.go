package docs_test

import (
	"bytes"
	"fmt"
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
	"go.yaml.in/yaml/v3"
)

// mdPage is a docs page parsed by goldmark with the GitHub extensions (tables, Linkify,
// strikethrough, task lists), as a docs site such as Docusaurus reads it: Linkify makes
// bare URLs, www. addresses and e-mail addresses links, as GFM (remark-gfm) does, so the
// checks see those links too.
type mdPage struct {
	name  string
	md    goldmark.Markdown
	src   []byte
	root  ast.Node
	front map[string]string
}

// parsePage splits off the YAML front matter (which goldmark does not know) and parses the
// rest.
func parsePage(t testing.TB, name string, data []byte) *mdPage {
	t.Helper()
	md := goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.TaskList, extension.Linkify))
	p := &mdPage{name: name, md: md, front: map[string]string{}}
	body := data
	if rest, ok := bytes.CutPrefix(data, []byte("---\n")); ok {
		fm, after, ok := bytes.Cut(rest, []byte("\n---\n"))
		if !ok {
			t.Fatalf("%s: unterminated front matter", name)
		}
		var m map[string]any
		if err := yaml.Unmarshal(fm, &m); err != nil {
			t.Errorf("%s: front matter is not YAML: %v", name, err)
		}
		flattenFront(t, name, "", m, p.front)
		body = after
	}
	p.src = body
	p.root = p.md.Parser().Parse(text.NewReader(body))
	return p
}

// flattenFront records the scalars of a front matter map by key, nested keys joined with
// ".", and fails on anything YAML reads as other than a string, number or boolean (an
// unquoted 2022-01-01 is a timestamp to YAML, and a Date to Docusaurus).
func flattenFront(t testing.TB, name, prefix string, m map[string]any, out map[string]string) {
	t.Helper()
	for k, v := range m {
		switch v := v.(type) {
		case map[string]any:
			flattenFront(t, name, prefix+k+".", v, out)
		case string, int, bool, float64:
			out[prefix+k] = fmt.Sprint(v)
		default:
			t.Errorf("%s: front matter %s%s is a %T (%v), not a string, number or boolean", name, prefix, k, v, v)
		}
	}
}

// walk calls fn for every node of the page.
func (p *mdPage) walk(fn func(n ast.Node)) {
	_ = ast.Walk(p.root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			fn(n)
		}
		return ast.WalkContinue, nil
	})
}

// count returns how many nodes of a kind the page has.
func (p *mdPage) count(kind ast.NodeKind) int {
	n := 0
	p.walk(func(x ast.Node) {
		if x.Kind() == kind {
			n++
		}
	})
	return n
}

// htmlNodes lists the raw HTML the page holds: inline HTML and HTML blocks.
func (p *mdPage) htmlNodes() []string {
	var out []string
	p.walk(func(n ast.Node) {
		switch n := n.(type) {
		case *ast.RawHTML:
			var b strings.Builder
			for i := 0; i < n.Segments.Len(); i++ {
				seg := n.Segments.At(i)
				b.Write(seg.Value(p.src))
			}
			out = append(out, "inline HTML "+b.String())
		case *ast.HTMLBlock:
			var b strings.Builder
			for i := 0; i < n.Lines().Len(); i++ {
				seg := n.Lines().At(i)
				b.Write(seg.Value(p.src))
			}
			out = append(out, "HTML block "+b.String())
		}
	})
	return out
}

var tagRE = regexp.MustCompile(`<[^>]*>`)

// plain renders a node to HTML and returns its text: tags dropped, entities decoded. It is
// only meaningful on a page without raw HTML, where every tag is goldmark's own.
func (p *mdPage) plain(n ast.Node) string {
	var buf bytes.Buffer
	if err := p.md.Renderer().Render(&buf, p.src, n); err != nil {
		panic(err)
	}
	return strings.TrimSpace(html.UnescapeString(tagRE.ReplaceAllString(buf.String(), "")))
}

// heading is a heading's level and text.
type heading struct {
	Level int
	Text  string
}

func (p *mdPage) headings() []heading {
	var out []heading
	p.walk(func(n ast.Node) {
		if h, ok := n.(*ast.Heading); ok {
			out = append(out, heading{h.Level, p.plain(h)})
		}
	})
	return out
}

// codeBlock is a fenced code block's info string and content.
type codeBlock struct {
	Lang, Content string
}

func (p *mdPage) codeBlocks() []codeBlock {
	var out []codeBlock
	p.walk(func(n ast.Node) {
		switch n := n.(type) {
		case *ast.FencedCodeBlock:
			var b strings.Builder
			for i := 0; i < n.Lines().Len(); i++ {
				seg := n.Lines().At(i)
				b.Write(seg.Value(p.src))
			}
			out = append(out, codeBlock{string(n.Language(p.src)), b.String()})
		case *ast.CodeBlock:
			out = append(out, codeBlock{"(indented)", ""})
		}
	})
	return out
}

// links lists the destinations of the page's links, autolinks (<https://...> and what
// Linkify finds in text) and images.
func (p *mdPage) links() []string {
	var out []string
	p.walk(func(n ast.Node) {
		switch n := n.(type) {
		case *ast.Link:
			out = append(out, string(n.Destination))
		case *ast.AutoLink:
			out = append(out, "autolink:"+string(n.URL(p.src)))
		case *ast.Image:
			out = append(out, "image:"+string(n.Destination))
		}
	})
	return out
}

// tables returns each table's rows (header first), each row's cells as text.
func (p *mdPage) tables() [][][]string {
	var out [][][]string
	p.walk(func(n ast.Node) {
		if n.Kind() != extast.KindTable {
			return
		}
		var rows [][]string
		for r := n.FirstChild(); r != nil; r = r.NextSibling() {
			var cells []string
			for c := r.FirstChild(); c != nil; c = c.NextSibling() {
				cells = append(cells, p.plain(c))
			}
			rows = append(rows, cells)
		}
		out = append(out, rows)
	})
	return out
}
