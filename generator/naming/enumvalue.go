package naming

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// EnumValue returns the name an enum constant gets after its type's name, as the Azure
// SDK for Go spells it (modelerfour's choice-value names, then the Go generator's
// acronyms): the value is split into words as Pascal splits names, a word that is not all
// in upper case is lowered before it is capitalized ("AZFW_VNet" gives "AZFWVnet",
// "Standard_B1ms" "StandardB1Ms"), a leading number is spelled out ("0" gives "Zero",
// "24" "TwentyFour", "2020-11-01" "TwoThousandTwenty1101"), and a value of symbols only
// is named after them ("*" gives "Asterisk").
func EnumValue(value string) string {
	return enumMemo.get(value, enumValue)
}

var enumMemo memo

func enumValue(value string) string {
	words := m4Words(value, false)
	if len(words) == 0 {
		var b strings.Builder
		for _, r := range value {
			name, ok := symbolNames[r]
			if !ok {
				return "X"
			}
			b.WriteString(name)
		}
		if b.Len() == 0 {
			return "X"
		}
		return b.String()
	}
	if n, err := strconv.ParseUint(words[0], 10, 64); err == nil && n < 1e15 {
		words = append(numberWords(n), words[1:]...)
	}
	var b strings.Builder
	prev := ""
	for _, w := range words {
		if strings.EqualFold(w, prev) {
			continue
		}
		prev = w
		if w != strings.ToUpper(w) {
			w = strings.ToLower(w)
		}
		r, size := utf8.DecodeRuneInString(w)
		b.WriteString(string(unicode.ToUpper(r)) + w[size:])
	}
	return EnsureNameCase(b.String(), false)
}

// symbolNames name the characters of an enum value that has no letters or digits.
var symbolNames = map[rune]string{
	'*': "Asterisk", '+': "Plus", '-': "Minus", '/': "Slash", '\\': "Backslash", '.': "Dot",
	',': "Comma", ':': "Colon", ';': "Semicolon", '#': "Hash", '@': "At", '&': "Ampersand",
	'%': "Percent", '$': "Dollar", '!': "Exclamation", '?': "Question", '=': "Equals",
	'<': "LessThan", '>': "GreaterThan", '_': "Underscore", '~': "Tilde", '|': "Pipe",
	'^': "Caret", ' ': "Space",
}

var (
	ones  = []string{"", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine"}
	teens = []string{"Ten", "Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen"}
	tens  = []string{"", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"}
)

// numberWords spells n in English words, each capitalized: 0 is Zero, 2020 is Two
// Thousand Twenty (no "and", as modelerfour spells a leading number).
func numberWords(n uint64) []string {
	if n == 0 {
		return []string{"Zero"}
	}
	var out []string
	for _, scale := range []struct {
		div  uint64
		name string
	}{{1e12, "Trillion"}, {1e9, "Billion"}, {1e6, "Million"}, {1e3, "Thousand"}} {
		if n >= scale.div {
			out = append(out, hundreds(n/scale.div)...)
			out = append(out, scale.name)
			n %= scale.div
		}
	}
	return append(out, hundreds(n)...)
}

// hundreds spells 0-999 (0 is no words).
func hundreds(n uint64) []string {
	var out []string
	if n >= 100 {
		out = append(out, ones[n/100], "Hundred")
		n %= 100
	}
	switch {
	case n >= 20:
		out = append(out, tens[n/10])
		if n%10 != 0 {
			out = append(out, ones[n%10])
		}
	case n >= 10:
		out = append(out, teens[n-10])
	case n > 0:
		out = append(out, ones[n])
	}
	return out
}
