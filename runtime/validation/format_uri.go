package validation

import (
	"net/netip"
	"strings"
)

// URIRule is the rule name of a string of format uri that is not an absolute
// URI.
const URIRule = "format.uri"

// URIDoc documents the format.uri rule.
const URIDoc = `An absolute URI as RFC 3986 defines it: a scheme, ":", then only characters a URI may hold.
Applies to string properties of "format": "uri".
The scheme starts with a letter; every "%" starts a two-digit hexadecimal escape; spaces, quotes, "<", ">",
"\", "^", backquote, "{", "|", "}" and non-ASCII characters must be percent-encoded; there is at most one "#";
with "//", the authority's port is decimal and a bracketed host is an IPv6 address.`

// URI reports p when the string v is set and is not an absolute URI (see
// URIDoc). It checks the text without allocating. A nil v is absent and
// passes.
func URI[S ~string](errs *Errors, p Path, v *S) {
	if v != nil {
		URIValue(errs, p, *v)
	}
}

// URIValue is URI for a non-pointer value.
func URIValue[S ~string](errs *Errors, p Path, v S) {
	if _, msg := checkURI(string(v)); msg != "" {
		errs.add(&p, URIRule, msg, v)
	}
}

// checkURI checks that s is an absolute URI. It returns the host of its
// authority ("" when there is none) and "" when s is well formed, or a message
// saying what is wrong.
func checkURI(s string) (host, msg string) {
	colon := strings.IndexByte(s, ':')
	if colon <= 0 || !isScheme(s[:colon]) {
		return "", "must be an absolute URI that starts with a scheme such as https:"
	}
	rest := s[colon+1:]
	if strings.HasPrefix(rest, "//") {
		auth := rest[2:]
		if i := strings.IndexAny(auth, "/?#"); i >= 0 {
			auth, rest = auth[:i], auth[i:]
		} else {
			rest = ""
		}
		var ok bool
		if host, ok = checkAuthority(auth); !ok {
			return "", "must be a URI with a well-formed authority (user@host:port)"
		}
	}
	hashes := 0
	for i := 0; i < len(rest); i++ {
		c := rest[i]
		switch {
		case c == '%':
			if i+2 >= len(rest) || !isHex(rest[i+1]) || !isHex(rest[i+2]) {
				return "", `must be a URI in which every "%" starts a two-digit hexadecimal escape`
			}
			i += 2
		case c == '#':
			if hashes++; hashes > 1 {
				return "", `must be a URI with at most one "#"`
			}
		case isUnreserved(c) || isSubDelim(c) || c == ':' || c == '@' || c == '/' || c == '?':
		default:
			return "", "must be a URI without spaces or characters that need percent-encoding"
		}
	}
	return host, ""
}

// checkAuthority checks the authority of a URI, [userinfo@]host[:port], and
// returns its host.
func checkAuthority(auth string) (string, bool) {
	if i := strings.LastIndexByte(auth, '@'); i >= 0 {
		if !validChars(auth[:i], ":") {
			return "", false
		}
		auth = auth[i+1:]
	}
	host, port := auth, ""
	if strings.HasPrefix(auth, "[") {
		end := strings.IndexByte(auth, ']')
		if end < 0 {
			return "", false
		}
		host, port = auth[:end+1], auth[end+1:]
		if a, err := netip.ParseAddr(host[1 : len(host)-1]); err != nil || !a.Is6() || a.Zone() != "" {
			return "", false
		}
	} else if i := strings.LastIndexByte(auth, ':'); i >= 0 {
		host, port = auth[:i], auth[i:]
		if !validChars(host, "") {
			return "", false
		}
	} else if !validChars(host, "") {
		return "", false
	}
	if port != "" {
		if port[0] != ':' {
			return "", false
		}
		for i := 1; i < len(port); i++ {
			if !isDigit(port[i]) {
				return "", false
			}
		}
	}
	return host, true
}

// validChars reports whether s holds only unreserved characters,
// sub-delimiters, the bytes of extra and well-formed percent escapes.
func validChars(s, extra string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '%':
			if i+2 >= len(s) || !isHex(s[i+1]) || !isHex(s[i+2]) {
				return false
			}
			i += 2
		case isUnreserved(c) || isSubDelim(c) || strings.IndexByte(extra, c) >= 0:
		default:
			return false
		}
	}
	return true
}

// isScheme reports whether s is a URI scheme: a letter, then letters, digits,
// "+", "-" and ".".
func isScheme(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case isLetter(c):
		case i > 0 && (isDigit(c) || c == '+' || c == '-' || c == '.'):
		default:
			return false
		}
	}
	return s != ""
}

// isLetter reports whether c is an ASCII letter.
func isLetter(c byte) bool {
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
}

// isUnreserved reports whether c is an RFC 3986 unreserved character.
func isUnreserved(c byte) bool {
	return isLetter(c) || isDigit(c) || c == '-' || c == '.' || c == '_' || c == '~'
}

// isSubDelim reports whether c is an RFC 3986 sub-delimiter.
func isSubDelim(c byte) bool {
	switch c {
	case '!', '$', '&', '\'', '(', ')', '*', '+', ',', ';', '=':
		return true
	}
	return false
}
