package validation

// HTTPPathRule is the name of the rule that checks the path component of an
// HTTP URI.
const HTTPPathRule = "httpPath"

// HTTPPathDoc documents the httpPath rule.
const HTTPPathDoc = `The path component of an HTTP URI: empty, or starting with "/".
Applies to ConnectionMonitorHttpConfiguration.path: "The path component of the URI. For instance, "/dir1/dir2"."
The path of a URI with a host is empty or starts with "/" (RFC 3986 path-abempty); it holds only characters a URI path
may hold, with "%" starting a two-digit hexadecimal escape; no "?" query and no "#" fragment, since those are not
part of the path.`

// HTTPPath reports p when the string v is set and is not the path component
// of an HTTP URI (see HTTPPathDoc). A nil v is absent and passes.
func HTTPPath(errs *Errors, p Path, v *string) {
	if v == nil {
		return
	}
	if msg := checkHTTPPath(*v); msg != "" {
		errs.add(&p, HTTPPathRule, msg, *v)
	}
}

// checkHTTPPath checks the path component of an HTTP URI.
func checkHTTPPath(s string) string {
	if s == "" {
		return ""
	}
	if s[0] != '/' {
		return `must start with "/", such as /dir1/dir2`
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '%':
			if i+2 >= len(s) || !isHex(s[i+1]) || !isHex(s[i+2]) {
				return `must use "%" only to start a two-digit hexadecimal escape`
			}
			i += 2
		case c == '?' || c == '#':
			return "must hold only the path, without a query (?) or a fragment (#)"
		case isUnreserved(c) || isSubDelim(c) || c == ':' || c == '@' || c == '/':
		default:
			return "must hold only characters allowed in a URI path; percent-encode the others"
		}
	}
	return ""
}
