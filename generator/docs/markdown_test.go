package docs_test

import (
	"strings"
	"testing"

	"github.com/armgen/armgen/generator/docs"
	"github.com/yuin/goldmark/ast"
)

// hostileTexts are spec texts that try to become markup.
var hostileTexts = []string{
	"plain text",
	"<script>alert(1)</script>",
	"<!-- comment --> after",
	"a | b | c",
	"```\n# heading\n```",
	"````go\ncode",
	"`code` and ``double``",
	"*emphasis* _emphasis_ **strong** ~~strike~~",
	"[link](https://evil.example) ![img](x.png) <https://evil.example>",
	"see https://evil.example/a|b?c=1&d=2. or (www.evil.example), HTTP://EVIL.EXAMPLE",
	"mail me@evil.example or mailto:me@evil.example, xmpp:me@evil.example/x",
	"low <= high; none of <>:\"|?*; a=b & c",
	"= heading underline?", "=== ",
	"# heading", "- item", "+ item", "* item", "1. item", "1) item", "> quote", "---", "===",
	"&amp; &#60; &copy;",
	"{jsx} <Component />",
	"trailing backslash \\",
	"hard  \nbreak",
	"\\*escaped\\*",
	"line\r\nbreaks\rand\ttabs",
	"[x]: https://evil.example \"reference definition\"",
	"    indented code",
	"| --- |",
	"<div>\nblock\n</div>",
	"",
	"`",
	" `x` ",
}

// TestEscapeProse checks that escaped text parses as one paragraph of plain text, equal to
// the original with its white space collapsed: no HTML, link, autolink, emphasis or other
// markup. A URL in the text is shown as a code span, so GFM's linkify cannot make it a link.
func TestEscapeProse(t *testing.T) {
	for _, s := range hostileTexts {
		checkProse(t, s)
	}
}

// FuzzEscapeProse checks the same property on any text.
func FuzzEscapeProse(f *testing.F) {
	for _, s := range hostileTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !isPlainUTF8(s) {
			t.Skip()
		}
		checkProse(t, s)
	})
}

// isPlainUTF8 excludes what CommonMark itself rewrites in text (NUL becomes U+FFFD) and
// invalid UTF-8.
func isPlainUTF8(s string) bool {
	return strings.ToValidUTF8(s, "") == s && !strings.ContainsRune(s, 0)
}

func checkProse(t *testing.T, s string) {
	t.Helper()
	want := docs.Collapse(s)
	src := "Text: " + docs.EscapeProse(s) + "\n"
	p := parsePage(t, "prose", []byte(src))
	if h := p.htmlNodes(); len(h) > 0 {
		t.Errorf("%q: HTML from prose: %v", s, h)
	}
	para := p.root.FirstChild()
	if para == nil || para.Kind() != ast.KindParagraph || para.NextSibling() != nil {
		t.Fatalf("%q: not one paragraph:\n%s", s, src)
	}
	for c := para.FirstChild(); c != nil; c = c.NextSibling() {
		// A code span is a URL or e-mail address of the text (GFM's linkify would link it).
		if c.Kind() != ast.KindText && c.Kind() != ast.KindString && c.Kind() != ast.KindCodeSpan {
			t.Errorf("%q: markup %s in %q", s, c.Kind(), src)
		}
	}
	if got := strings.TrimSpace(strings.TrimPrefix(p.plain(para), "Text:")); got != want {
		t.Errorf("%q: renders as %q, want %q (source %q)", s, got, want, src)
	}
	// The same text in a table cell stays in its cell.
	table := "| a | b |\n|---|---|\n| " + docs.EscapeProse(s) + " | end |\n"
	tp := parsePage(t, "table", []byte(table))
	rows := tp.tables()
	if len(rows) != 1 || len(rows[0]) != 2 || len(rows[0][1]) != 2 || rows[0][1][0] != want || rows[0][1][1] != "end" {
		t.Errorf("%q: table cell renders as %q, want [%q end]", s, rows, want)
	}
}

// TestCodeSpan checks that a code span holds exactly its text (line breaks as spaces),
// also in a table cell.
func TestCodeSpan(t *testing.T) {
	for _, s := range append(hostileTexts, "`", "``", "a`", "`a", " ", "  a  ", "|", "a\\|b") {
		want := strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(s)
		if want == "" {
			want = " "
		}
		p := parsePage(t, "span", []byte("x "+docs.CodeSpan(s, false)+" y\n"))
		var got []string
		p.walk(func(n ast.Node) {
			if n.Kind() == ast.KindCodeSpan {
				got = append(got, p.plain(n))
			}
		})
		if len(got) != 1 || got[0] != strings.TrimSpace(want) && got[0] != want {
			t.Errorf("%q: code spans %q", s, got)
		}
		tp := parsePage(t, "cell", []byte("| a | b |\n|---|---|\n| "+docs.CodeSpan(s, true)+" | end |\n"))
		rows := tp.tables()
		if len(rows) != 1 || len(rows[0]) != 2 || len(rows[0][1]) != 2 || rows[0][1][1] != "end" ||
			(rows[0][1][0] != want && rows[0][1][0] != strings.TrimSpace(want)) {
			t.Errorf("%q: in a table cell renders as %q", s, rows)
		}
	}
}

// TestFence checks that a fenced block holds exactly its content, whatever backtick runs
// the content has, and that the page goes on after it.
func TestFence(t *testing.T) {
	for _, s := range append(hostileTexts, "```", "```\n", "x\n```\ny", "``````", "~~~\nx\n~~~", "   ```") {
		content := s
		if !strings.HasSuffix(content, "\n") {
			content += "\n"
		}
		p := parsePage(t, "fence", []byte(docs.Fence("text", s)+"# After\n"))
		blocks := p.codeBlocks()
		if len(blocks) != 1 || blocks[0].Lang != "text" || blocks[0].Content != content {
			t.Errorf("%q: code blocks %q, want one holding %q", s, blocks, content)
		}
		if h := p.headings(); len(h) != 1 || h[0].Text != "After" {
			t.Errorf("%q: the page does not go on after the block: headings %v", s, h)
		}
	}
}
