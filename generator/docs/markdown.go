package docs

import (
	"net/url"
	"strings"
	"unicode"
)

// Markdown escaping. Every piece of text that comes from a spec (descriptions, example
// names, paths, values) reaches a page through one of these functions, so that no spec can
// add raw HTML, links, emphasis or headings to a page, split a table row or close a code
// block early. The rules are CommonMark's (plus GFM tables and MDX's braces):
//
//   - prose: whitespace runs become one space, and every character that can start markup
//     is backslash-escaped (any ASCII punctuation may be, and then means itself);
//   - code spans: delimited by a backtick run longer than any run inside;
//   - code blocks: fenced by a backtick run longer than any run inside (at least three),
//     so no line of the content can close the fence.

// escapeProse escapes text for an inline context: a paragraph, a heading, a list item or a
// table cell. Line breaks become spaces.
func escapeProse(s string) string {
	s = collapseSpace(s)
	var b strings.Builder
	for i, r := range s {
		switch r {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '&', '#', '{', '}', '!':
			b.WriteByte('\\')
		case '-', '+', '=':
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
	return b.String()
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
// cell even inside a code span, so it is escaped there (GFM turns "\|" back into '|').
func codeSpan(s string, inTable bool) string {
	s = lineBreaks.Replace(s)
	if s == "" {
		return "` `"
	}
	if inTable {
		s = strings.ReplaceAll(s, "|", `\|`)
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
