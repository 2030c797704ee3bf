package jsprint

import (
	"math"
	"regexp"
	"strings"
	"unicode"

	"github.com/armgen/armgen/generator/docs/inspect"
)

// stringifyContent returns s as JavaScript's JSON.stringify escapes it, without the
// surrounding quotes: \" \\ \b \f \n \r \t, \u00xx for the other C0 controls,
// everything else (including U+2028 and U+2029) as is.
func stringifyContent(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if r < 0x20 {
				const hex = "0123456789abcdef"
				b.WriteString(`\u00` + string(hex[r>>4]) + string(hex[r&15]))
			} else {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

// QuoteString returns the string literal prettier 2.8.8 prints for a string that
// JSON.stringify wrote: double quotes unless the content has more double quotes than
// single quotes; the enclosing quote escaped, the other one unescaped, every other
// escape kept as JSON.stringify wrote it.
func QuoteString(s string) string {
	raw := stringifyContent(s)
	enclosing, other := byte('"'), byte('\'')
	if strings.Count(raw, `"`) > strings.Count(raw, "'") {
		enclosing, other = '\'', '"'
	}
	var b strings.Builder
	b.Grow(len(raw) + 2)
	b.WriteByte(enclosing)
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		switch {
		case c == '\\' && i+1 < len(raw):
			i++
			if raw[i] != other {
				b.WriteByte('\\')
			}
			b.WriteByte(raw[i])
		case c == enclosing:
			b.WriteByte('\\')
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(enclosing)
	return b.String()
}

// numberLiteral returns how prettier prints the number that JSON.stringify writes for
// the JSON literal lit: negative reports a unary minus (printed before text), null
// reports a non-finite number, which JSON.stringify writes as null.
func numberLiteral(lit string) (text string, negative, null bool) {
	f := inspect.JSNumber(lit)
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return "null", false, true
	}
	if f < 0 {
		f, negative = -f, true
	}
	return printNumber(inspect.NumberToString(f)), negative, false
}

var (
	expSignZeros  = regexp.MustCompile(`^([+-]?[\d.]+e)(?:\+|(-))?0*(\d)`)
	zeroExponent  = regexp.MustCompile(`^([+-]?[\d.]+)e[+-]?0+$`)
	leadingDot    = regexp.MustCompile(`^([+-])?\.`)
	trailingZeros = regexp.MustCompile(`(\.\d+?)0+(e|$)`)
	trailingDot   = regexp.MustCompile(`\.(e|$)`)
)

// printNumber normalizes a numeric literal as prettier's printNumber does: lowercase,
// no "+" or leading zeros in the exponent, no zero exponent, a leading zero before a
// dot, no trailing fractional zeros, no trailing dot.
func printNumber(raw string) string {
	s := strings.ToLower(raw)
	s = expSignZeros.ReplaceAllString(s, "${1}${2}${3}")
	s = zeroExponent.ReplaceAllString(s, "${1}")
	s = leadingDot.ReplaceAllString(s, "${1}0.")
	s = trailingZeros.ReplaceAllString(s, "${1}${2}")
	return trailingDot.ReplaceAllString(s, "${1}")
}

var simpleNumber = regexp.MustCompile(`^(?:\d+|\d+\.\d+)$`)

// keyText returns the printed form of an object key written by JSON.stringify: bare
// when prettier's quoteProps "as-needed" may unquote it (an ES5 identifier name, or a
// simple number that survives the round trip through Number), quoted otherwise.
func keyText(key string) string {
	if stringifyContent(key) == key {
		if isES5IdentifierName(key) {
			return key
		}
		if simpleNumber.MatchString(key) && inspect.NumberToString(inspect.JSNumber(key)) == key {
			return printNumber(key)
		}
	}
	return QuoteString(key)
}

// isES5IdentifierName reports whether s is an ES5 IdentifierName, tested per UTF-16
// code unit as esutils does (so no character outside the BMP qualifies). Non-ASCII
// letters are classified with Go's Unicode tables, which are newer than the Unicode
// version esutils' ES5 tables were generated from.
func isES5IdentifierName(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if r >= 0x10000 || !(isIDStart(r) || (i > 0 && isIDPart(r))) {
			return false
		}
	}
	return true
}

func isIDStart(r rune) bool {
	switch {
	case r == '$' || r == '_' || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z'):
		return true
	case r < 0x80:
		return false
	}
	return unicode.In(r, unicode.Lu, unicode.Ll, unicode.Lt, unicode.Lm, unicode.Lo, unicode.Nl)
}

func isIDPart(r rune) bool {
	switch {
	case isIDStart(r) || (r >= '0' && r <= '9'):
		return true
	case r < 0x80:
		return false
	case r == 0x200c || r == 0x200d:
		return true
	}
	return unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc)
}
