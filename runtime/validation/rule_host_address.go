package validation

import "strings"

// HostAddressRule is the name of the rule that checks an address that is an
// IP address or a domain name.
const HostAddressRule = "hostAddress"

// HostAddressDoc documents the hostAddress rule.
const HostAddressDoc = `An IP address or a domain name.
Applies to ConnectionMonitorDestination.address: "Address of the connection monitor destination (IP or domain name)."
and ConnectionMonitorEndpoint.address: "Address of the connection monitor endpoint (IP or domain name)."
An IP address is IPv4 (dotted decimal) or IPv6 without a zone. A domain name is at most 253 characters of labels
separated by "."; a label is 1 to 63 letters, digits and hyphens, not starting or ending with a hyphen; one trailing "."
is allowed; the last label is not all digits (so 10.1.1 is neither an address nor a name). Single-label names such as
"myhost" are allowed.`

// HostAddress reports p when the string v is set and is neither an IP address
// nor a domain name (see HostAddressDoc). A nil v is absent and passes.
func HostAddress(errs *Errors, p Path, v *string) {
	if v == nil {
		return
	}
	if _, ok := parseIP(*v); !ok && !isDomainName(*v) {
		errs.add(&p, HostAddressRule, "must be an IPv4 or IPv6 address or a domain name such as www.example.com", *v)
	}
}

// isDomainName reports whether s is a DNS host name as HostAddressDoc defines
// it.
func isDomainName(s string) bool {
	s = strings.TrimSuffix(s, ".")
	// Cut below does not see an empty last label, so look for it here.
	if s == "" || len(s) > 253 || strings.HasSuffix(s, ".") {
		return false
	}
	allDigits := false
	for rest := s; rest != ""; {
		var label string
		label, rest, _ = strings.Cut(rest, ".")
		if len(label) == 0 || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return false
		}
		allDigits = true
		for i := 0; i < len(label); i++ {
			c := label[i]
			if !isDigit(c) {
				allDigits = false
				if !isLetter(c) && c != '-' {
					return false
				}
			}
		}
	}
	return !allDigits
}
