package naming

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// initialisms are the words GoPascal writes in upper case.
var initialisms = map[string]bool{
	"ACL": true, "API": true, "ARM": true, "ASCII": true, "CPU": true, "CSS": true, "DNS": true,
	"EOF": true, "GUID": true, "HTML": true, "HTTP": true, "HTTPS": true, "ICMP": true, "ID": true,
	"IP": true, "JSON": true, "LHS": true, "NSG": true, "QPS": true, "RAM": true, "RHS": true,
	"RPC": true, "SKU": true, "SLA": true, "SMTP": true, "SQL": true, "SSH": true, "TCP": true,
	"TLS": true, "TTL": true, "UDP": true, "UI": true, "UID": true, "URI": true, "URL": true,
	"UTF8": true, "UUID": true, "VM": true, "VMSS": true, "XML": true, "XSRF": true, "XSS": true,
}

// goWords splits a name into words at separators, lower-to-upper changes, the end of an
// upper-case run ("IPAddress" -> "IP", "Address") and letter/digit changes from digits.
func goWords(s string) []string {
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

// GoPascal returns an exported Go identifier for name with Go's common initialisms (ID,
// IP, URL, VM, VMSS, TCP...) in upper case and every other word as the spec spells it
// capitalized: the names of operation groups and resources, which name docs pages
// ("P2sVpnGateways" stays as it is; Pascal gives the Azure SDK's "P2SVPNGateways").
func GoPascal(name string) string {
	var b strings.Builder
	for _, w := range goWords(name) {
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
