// Package naming turns spec names into Go identifiers: exported Pascal case with Go's
// initialisms (ID, IP, URL, VM, VMSS, TCP...), lower camel case for parameters, and
// deterministic collision resolution.
package naming

import (
	"go/token"
	"strings"
	"unicode"
	"unicode/utf8"
)

// initialisms are words written in upper case in Go identifiers.
var initialisms = map[string]bool{
	"ACL": true, "API": true, "ARM": true, "ASCII": true, "CPU": true, "CSS": true, "DNS": true,
	"EOF": true, "GUID": true, "HTML": true, "HTTP": true, "HTTPS": true, "ICMP": true, "ID": true,
	"IP": true, "JSON": true, "LHS": true, "NSG": true, "QPS": true, "RAM": true, "RHS": true,
	"RPC": true, "SKU": true, "SLA": true, "SMTP": true, "SQL": true, "SSH": true, "TCP": true,
	"TLS": true, "TTL": true, "UDP": true, "UI": true, "UID": true, "URI": true, "URL": true,
	"UTF8": true, "UUID": true, "VM": true, "VMSS": true, "XML": true, "XSRF": true, "XSS": true,
}

// Words splits a name into words at separators, lower-to-upper changes, the end of an
// upper-case run ("IPAddress" -> "IP", "Address") and letter/digit changes from digits.
func Words(s string) []string {
	var words []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			words = append(words, string(cur))
			cur = cur[:0]
		}
	}
	runes := []rune(s)
	for i, r := range runes {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			flush()
			continue
		}
		if len(cur) > 0 {
			prev := cur[len(cur)-1]
			switch {
			case unicode.IsLower(prev) && unicode.IsUpper(r):
				flush()
			case unicode.IsUpper(prev) && unicode.IsUpper(r) && i+1 < len(runes) && unicode.IsLower(runes[i+1]):
				// "IPAddress": the A of Address starts a word, but the "s" of a plural
				// initialism ("VMs") is not followed by a lower-case letter, so stays.
				flush()
			}
		}
		cur = append(cur, r)
	}
	flush()
	return words
}

// Pascal returns the exported Go identifier for name.
func Pascal(name string) string {
	var b strings.Builder
	for _, w := range Words(name) {
		up := strings.ToUpper(w)
		switch {
		case initialisms[up]:
			b.WriteString(up)
		case strings.HasSuffix(up, "S") && initialisms[up[:len(up)-1]] && len(up) > 2 && w[len(w)-1] == 's':
			// "Ids", "IPs", "VMs": plural of an initialism.
			b.WriteString(up[:len(up)-1])
			b.WriteByte('s')
		default:
			r, size := utf8.DecodeRuneInString(w)
			b.WriteRune(unicode.ToUpper(r))
			b.WriteString(w[size:])
		}
	}
	out := b.String()
	if out == "" {
		return "X"
	}
	if r, _ := utf8.DecodeRuneInString(out); unicode.IsDigit(r) {
		out = "X" + out
	}
	return out
}

// Suffix returns the Pascal-case form of name for appending to another identifier: like
// Pascal, but a leading digit needs no "X" ("1" stays "1").
func Suffix(name string) string {
	p := Pascal(name)
	if strings.HasPrefix(p, "X") && len(name) > 0 && name[0] >= '0' && name[0] <= '9' {
		return p[1:]
	}
	return p
}

// Camel returns an unexported Go identifier for name that is not a keyword or a
// predeclared identifier.
func Camel(name string) string {
	p := Pascal(name)
	words := Words(p)
	if len(words) == 0 {
		return "x"
	}
	first := words[0]
	var out string
	if initialisms[strings.ToUpper(first)] || strings.ToUpper(first) == first {
		out = strings.ToLower(first) + p[len(first):]
	} else {
		r, size := utf8.DecodeRuneInString(p)
		out = string(unicode.ToLower(r)) + p[size:]
	}
	if token.IsKeyword(out) || predeclared[out] {
		out += "Param"
	}
	return out
}

var predeclared = map[string]bool{
	"any": true, "bool": true, "byte": true, "error": true, "string": true, "int": true, "len": true,
	"cap": true, "new": true, "make": true, "nil": true, "true": true, "false": true, "append": true,
	"copy": true, "delete": true, "panic": true, "print": true, "println": true, "close": true,
	"ctx": true, "options": true, "req": true, "resp": true, "err": true, "client": true,
}

// Namer hands out unique names within one scope, deterministically: the first request
// for a name gets it, later ones get a numeric suffix (Name2, Name3, ...).
type Namer struct {
	used map[string]bool
}

// NewNamer returns a Namer with the given names already taken.
func NewNamer(reserved ...string) *Namer {
	n := &Namer{used: map[string]bool{}}
	for _, r := range reserved {
		n.used[r] = true
	}
	return n
}

// Unique returns name, or name with the smallest suffix from 2 up that is still free,
// and marks it taken.
func (n *Namer) Unique(name string) string {
	if !n.used[name] {
		n.used[name] = true
		return name
	}
	for i := 2; ; i++ {
		cand := name + itoa(i)
		if !n.used[cand] {
			n.used[cand] = true
			return cand
		}
	}
}

// Taken reports whether name is in use.
func (n *Namer) Taken(name string) bool { return n.used[name] }

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}
