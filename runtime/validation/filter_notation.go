package validation

import (
	"strconv"
	"strings"
)

// filterNotation describes one use of the notation that packet capture
// filters share for IP addresses and ports: one entry ("80"), one range
// ("80-85"), or a ";"-separated list of entries ("80;443").
type filterNotation struct {
	// nouns names the entries in messages, in the plural: "IP addresses".
	nouns string
	// one checks a single entry; it returns "" or a message that quotes it.
	one func(s string) string
	// rng checks the two ends of a range; it returns "" or a message about
	// the range, such as "the low end is after the high end".
	rng func(lo, hi string) string
}

// check checks s. A single trailing ";" is a terminator and is ignored
// ("80;443;" and "80;" are lists, "80-85;" is a range). A list holds no
// range: neither several ranges ("80-85;90-95") nor a range mixed with
// entries ("80-85;90"). check returns "" when s is valid, or a message; it
// allocates only to build a message.
func (n filterNotation) check(s string) string {
	if s == "" {
		return "must not be empty: leave the property out to match all " + n.nouns
	}
	if strings.ContainsAny(s, " \t\r\n") {
		return "must not contain whitespace"
	}
	body, _ := strings.CutSuffix(s, ";")
	if body == "" || body[0] == ';' || body[len(body)-1] == ';' || strings.Contains(body, ";;") {
		return `must not hold an empty entry: separate entries with one ";" (one trailing ";" is allowed)`
	}
	if !strings.Contains(body, ";") {
		if lo, hi, ok := strings.Cut(body, "-"); ok {
			if msg := n.rng(lo, hi); msg != "" {
				return "must be a valid range: " + msg
			}
			return ""
		}
		return n.one(body)
	}
	if strings.Contains(body, "-") {
		ranges := 0
		for rest := body; rest != ""; {
			var entry string
			entry, rest, _ = strings.Cut(rest, ";")
			if strings.Contains(entry, "-") {
				ranges++
			}
		}
		if ranges > 1 {
			return "must not hold several ranges: write one range, or a list of single " + n.nouns
		}
		return "must not mix a range with a list: write one range, or a list of single " + n.nouns
	}
	for i, rest := 1, body; rest != ""; i++ {
		var entry string
		entry, rest, _ = strings.Cut(rest, ";")
		if msg := n.one(entry); msg != "" {
			return "entry " + strconv.Itoa(i) + ": " + msg
		}
	}
	return ""
}
