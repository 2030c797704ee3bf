package docs

import (
	"net/url"
	"strings"
	"unicode"
)

// Markdown escaping. Every piece of text that comes from a spec (descriptions, example
// names, paths, values) reaches a page through one of these functions, so that no spec can
// add raw HTML, links, emphasis or headings to a page, split a table row or close a code
// block early. The rules are CommonMark's (plus GFM tables and autolinks, and MDX's
// braces), restricted to what renders the same in CommonMark (goldmark), MDX 1
// (Docusaurus 2) and MDX 3 (Docusaurus 3):
//
//   - prose: whitespace runs become one space; every character that can start markup is
//     backslash-escaped, except where MDX 1 would show the backslash ('<', '&', '='): those
//     become character references (&lt;, &amp;, &#61;), which all three decode; a word that
//     GFM would autolink (a URL, www.example, an e-mail address) becomes a code span, so
//     spec text never puts a live link on a page;
//   - code spans: delimited by a backtick run longer than any run inside; in a table cell a
//     '|' is written between code spans as &#124; (see codeSpan);
//   - code blocks: fenced by a backtick run longer than any run inside (at least three),
//     so no line of the content can close the fence.

// escapeProse escapes text for an inline context: a paragraph, a heading, a list item or a
// table cell. Line breaks become spaces.
func escapeProse(s string) string {
	s = collapseSpace(s)
	var b strings.Builder
	at := 0
	for _, word := range strings.Split(s, " ") {
		if at > 0 {
			b.WriteByte(' ')
		}
		if lead, link, _, ok := splitLinkWord(word); ok {
			escapeChars(&b, s, at, at+len(lead))
			b.WriteString(codeSpan(link, true))
			escapeChars(&b, s, at+len(lead)+len(link), at+len(word))
		} else {
			escapeChars(&b, s, at, at+len(word))
		}
		at += len(word) + 1
	}
	return b.String()
}

// escapeChars writes s[from:to], escaped; the position in s decides the escapes that only
// matter at the start of a line ("-", "+", "=", and "1." or "1)").
func escapeChars(b *strings.Builder, s string, from, to int) {
	for i, r := range s[from:to] {
		i += from
		switch r {
		case '<':
			b.WriteString("&lt;")
			continue
		case '&':
			b.WriteString("&amp;")
			continue
		case '=':
			if i == 0 {
				b.WriteString("&#61;") // a setext heading underline
				continue
			}
		case '\\', '`', '*', '_', '[', ']', '>', '|', '~', '#', '{', '}', '!':
			b.WriteByte('\\')
		case '-', '+':
			if i == 0 {
				b.WriteByte('\\') // a list item or thematic break at the start of a line
			}
		case '.', ')':
			if isDigits(s[:i]) && i > 0 {
				b.WriteByte('\\') // "1." or "1)" would start an ordered list
			}
		}
		b.WriteRune(r)
	}
}

// splitLinkWord reports whether GFM could autolink something in word (a scheme such as
// https://, "www.", "mailto:", or an e-mail address) and, if so, splits the word into
// leading punctuation, the part to show as code, and trailing punctuation. It errs on the
// side of code: a word that merely looks like a link is shown as code too.
func splitLinkWord(word string) (lead, link, trail string, ok bool) {
	lower := strings.ToLower(word)
	at := strings.IndexByte(word, '@')
	switch {
	case strings.Contains(lower, "://"), strings.Contains(lower, "www."),
		strings.Contains(lower, "mailto:"), strings.Contains(lower, "xmpp:"):
	case at > 0 && isEmailChar(word[at-1]) && strings.Contains(word[at+1:], "."):
	default:
		return "", "", "", false
	}
	link = strings.TrimLeft(word, "(\"'<[{*_~")
	lead = word[:len(word)-len(link)]
	link = strings.TrimRight(link, ".,:;!?)\"'>]}*_~")
	trail = word[len(lead)+len(link):]
	if link == "" {
		return "", "", "", false
	}
	return lead, link, trail, true
}

// isEmailChar reports whether c may end the local part of an e-mail address.
func isEmailChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte(".+-_", c) >= 0
}

// collapseSpace replaces every run of white space (line breaks included) by one space and
// trims both ends.
func collapseSpace(s string) string {
	return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// longestBacktickRun returns the length of the longest run of '`' in s.
func longestBacktickRun(s string) int {
	longest, run := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	return longest
}

// codeSpan returns s as an inline code span. Line breaks become spaces; the delimiter is a
// backtick run longer than any inside; a space pads content that starts or ends with a
// backtick or a space, and CommonMark strips it again. In a table cell a '|' would end the
// cell even inside a code span; GFM lets "\|" stand for it there, but MDX 1 shows that
// backslash, so the text is cut at each '|' into code spans with &#124; (a '|' as plain
// text, which every dialect decodes and none reads as a cell boundary) between them.
func codeSpan(s string, inTable bool) string {
	s = lineBreaks.Replace(s)
	if inTable && strings.Contains(s, "|") {
		var b strings.Builder
		for i, part := range strings.Split(s, "|") {
			if i > 0 {
				b.WriteString("&#124;")
			}
			if part != "" {
				b.WriteString(codeSpan(part, false))
			}
		}
		return b.String()
	}
	if s == "" {
		return "` `"
	}
	fence := strings.Repeat("`", longestBacktickRun(s)+1)
	if s[0] == '`' || s[len(s)-1] == '`' || s[0] == ' ' || s[len(s)-1] == ' ' {
		s = " " + s + " "
	}
	return fence + s + fence
}

var (
	lineBreaks = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ")
	parens     = strings.NewReplacer("(", "%28", ")", "%29")
)

// fence returns a fenced code block holding content, with the info string info. The fence
// is three backticks, or one more than the longest backtick run of content, so no line of
// content can close it. content gets a final newline when it has none.
func fence(info, content string) string {
	if !strings.HasSuffix(content, "\n") {
		content += "\n"
	}
	f := strings.Repeat("`", max(3, longestBacktickRun(content)+1))
	return f + info + "\n" + content + f + "\n"
}

// tableCell escapes prose for a GFM table cell; an empty cell stays empty.
func tableCell(s string) string { return escapeProse(s) }

// githubSpecURL is the address of a spec file in the public azure-rest-api-specs
// repository: repoPath is the file's path from the repository root ("specification/...").
// Each segment is percent-encoded, and so are parentheses, so that the address is a valid
// Markdown link destination.
func githubSpecURL(repoPath string) string {
	segs := strings.Split(repoPath, "/")
	for i, s := range segs {
		s = url.PathEscape(s)
		segs[i] = parens.Replace(s)
	}
	return "https://github.com/Azure/azure-rest-api-specs/tree/main/" + strings.Join(segs, "/")
}
