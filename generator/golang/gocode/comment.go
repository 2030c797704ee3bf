package gocode

import (
	"strings"
	"unicode"

	"github.com/dave/jennifer/jen"
)

// DocLines turns spec prose into comment lines that cannot leave the comment: one line per
// input line, control characters and invalid UTF-8 replaced, no line starting with "//" or
// "/*" (which jennifer would emit verbatim).
func DocLines(text string) []string {
	text = strings.ToValidUTF8(text, "\uFFFD")
	text = strings.ReplaceAll(text, "\r\n", "\n")
	var out []string
	for _, line := range strings.Split(text, "\n") {
		line = strings.Map(func(r rune) rune {
			switch {
			case r == '\t':
				return ' '
			case r == '\u2028' || r == '\u2029' || r == '\u0085':
				return ' '
			case unicode.IsControl(r):
				return -1
			}
			return r
		}, line)
		line = strings.TrimRight(line, " ")
		if strings.HasPrefix(line, "//") || strings.HasPrefix(line, "/*") {
			line = " " + line
		}
		out = append(out, line)
	}
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	return out
}

// Comment adds "Name does X" style doc comment lines to a statement group.
func Comment(g *jen.Group, lines ...string) {
	for _, l := range lines {
		if l == "" {
			g.Comment("")
			continue
		}
		g.Comment(l)
	}
}

// DocFor builds a doc comment: the identifier, then the description.
func DocFor(name, desc, fallback string) []string {
	lines := DocLines(desc)
	if len(lines) == 0 || lines[0] == "" {
		return []string{name + " - " + fallback}
	}
	lines[0] = name + " - " + lines[0]
	return lines
}

// Quote puts s between double quotes as it is, without escaping anything.
func Quote(s string) string {
	return `"` + s + `"`
}

// Article puts "a" or "an" before a type name: "an int64", "a float64", "an ItemsClient".
func Article(name string) string {
	if name != "" && strings.ContainsRune("aeiouAEIOU", rune(name[0])) {
		return "an " + name
	}
	return "a " + name
}
