package inspect

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf16"
)

// minLineLength is Node's kMinLineLength: shorter strings are never split at newlines.
const minLineLength = 16

// keyPattern matches the keys that util.inspect prints without quotes.
var keyPattern = regexp.MustCompile(`^[a-zA-Z_][a-zA-Z_0-9]*$`)

// formatKey prints an object key as formatProperty does for an own enumerable
// string key.
func formatKey(key string) string {
	switch {
	case key == "__proto__":
		return "['__proto__']"
	case keyPattern.MatchString(key):
		return key
	}
	return StrEscape(key)
}

// formatString prints a string value: truncated to MaxStringLength code units and,
// when it is longer than the line allows, split after each newline into quoted
// pieces joined by " +" and a line break.
func (c *ctx) formatString(s string) string {
	trailer, danglingHigh := "", rune(-1)
	if n := UTF16Len(s); c.opts.MaxStringLength >= 0 && n > c.opts.MaxStringLength {
		remaining := n - c.opts.MaxStringLength
		s, danglingHigh = truncateUTF16(s, c.opts.MaxStringLength)
		trailer = "... " + strconv.Itoa(remaining) + " more character" + plural(remaining)
	}
	n := UTF16Len(s)
	if danglingHigh >= 0 {
		n++
	}
	pieces := []string{s}
	if n > minLineLength && n > c.opts.BreakLength-c.indentationLvl-4 {
		pieces = splitAfterNewlines(s)
	}
	sep := " +\n" + strings.Repeat(" ", c.indentationLvl+2)
	var b strings.Builder
	for i, p := range pieces {
		if i > 0 {
			b.WriteString(sep)
		}
		if i == len(pieces)-1 && danglingHigh >= 0 {
			b.WriteString(strEscape(p, danglingHigh))
		} else {
			b.WriteString(strEscape(p, -1))
		}
	}
	return b.String() + trailer
}

// truncateUTF16 returns the first n UTF-16 code units of s. When the cut falls inside
// a surrogate pair it returns the lone high surrogate separately.
func truncateUTF16(s string, n int) (string, rune) {
	units := 0
	for i, r := range s {
		w := 1
		if r >= 0x10000 {
			w = 2
		}
		if units+w > n {
			if units < n { // half of a pair fits
				hi, _ := utf16.EncodeRune(r)
				return s[:i], hi
			}
			return s[:i], -1
		}
		units += w
	}
	return s, -1
}

// splitAfterNewlines splits s after every "\n", as s.split(/(?<=\n)/) does.
func splitAfterNewlines(s string) []string {
	var out []string
	for {
		i := strings.IndexByte(s, '\n')
		if i < 0 || i == len(s)-1 {
			return append(out, s)
		}
		out = append(out, s[:i+1])
		s = s[i+1:]
	}
}

// StrEscape quotes s as util.inspect quotes strings: single quotes by default; double
// quotes when s contains a single quote but no double quote; backticks when it
// contains both but no backtick and no "${"; otherwise single quotes with \'
// escapes. Backslashes, C0 and C1 control characters are escaped (\n, \t, \b, \f,
// \r, \xNN).
func StrEscape(s string) string { return strEscape(s, -1) }

// strEscape is StrEscape with an optional lone high surrogate (from truncation) at
// the end of s; -1 means none.
func strEscape(s string, danglingHigh rune) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 {
		if strings.IndexByte(s, '"') < 0 {
			quote = '"'
		} else if strings.IndexByte(s, '`') < 0 && !strings.Contains(s, "${") {
			quote = '`'
		}
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(quote)
	for _, r := range s {
		switch {
		case r == '\'' && quote == '\'':
			b.WriteString(`\'`)
		case r == '\\':
			b.WriteString(`\\`)
		case r < 0x20 || (r >= 0x7f && r <= 0x9f):
			b.WriteString(controlEscape(r))
		default:
			b.WriteRune(r)
		}
	}
	if danglingHigh >= 0 {
		b.WriteString(`\u` + strconv.FormatInt(int64(danglingHigh), 16))
	}
	b.WriteByte(quote)
	return b.String()
}

// controlEscape is Node's meta table entry for a C0 or C1 control character.
func controlEscape(r rune) string {
	switch r {
	case '\b':
		return `\b`
	case '\t':
		return `\t`
	case '\n':
		return `\n`
	case '\f':
		return `\f`
	case '\r':
		return `\r`
	}
	const hex = "0123456789ABCDEF"
	return `\x` + string(hex[r>>4]) + string(hex[r&15])
}
