package validation

import (
	"net/netip"
	"strconv"
	"strings"
)

// IPFilterRule is the name of the rule that checks the IP address filter of a
// packet capture.
const IPFilterRule = "ipFilter"

// IPFilterDoc documents the ipFilter rule.
const IPFilterDoc = `An IP address filter: one address, one range "low-high", or a ";"-separated list of addresses.
Applies to PacketCaptureFilter.localIPAddress and remoteIPAddress. From the spec:
"Notation: "127.0.0.1" for single address entry. "127.0.0.1-127.0.0.255" for range. "127.0.0.1;127.0.0.5;" for multiple entries.
Multiple ranges not currently supported. Mixing ranges with multiple entries not currently supported."
Addresses are IPv4 (dotted decimal, no leading zeros) or IPv6 (no zone); both ends of a range are of the same
family and low <= high; one trailing ";" is allowed; no empty entries, no whitespace, no CIDR prefixes.
An empty string is rejected: leave the property out (null, the default) to match every address.`

// IPFilter reports p when the packet capture IP address filter v is set and
// does not follow the notation of IPFilterDoc. A nil v is absent and passes.
func IPFilter(errs *Errors, p Path, v *string) {
	if v == nil {
		return
	}
	n := filterNotation{nouns: "IP addresses", one: checkFilterIP, rng: checkFilterIPRange}
	if msg := n.check(*v); msg != "" {
		errs.add(&p, IPFilterRule, msg, *v)
	}
}

// checkFilterIP checks one address of an IP filter.
func checkFilterIP(s string) string {
	if _, ok := parseIP(s); !ok {
		return notIP(s)
	}
	return ""
}

// checkFilterIPRange checks the ends of a range of an IP filter.
func checkFilterIPRange(lo, hi string) string {
	a, ok := parseIP(lo)
	if !ok {
		return "the low end " + notIP(lo)
	}
	b, ok := parseIP(hi)
	if !ok {
		return "the high end " + notIP(hi)
	}
	if a.Is4() != b.Is4() {
		return "the ends are of different address families (IPv4 and IPv6)"
	}
	if a.Compare(b) > 0 {
		return "the low end is after the high end"
	}
	return ""
}

// parseIP parses an IPv4 or IPv6 address without a zone. It calls
// netip.ParseAddr, which allocates its error, only for strings that look like
// an address (digits and dots, or a colon), so that a domain name costs no
// allocation.
func parseIP(s string) (netip.Addr, bool) {
	if !strings.Contains(s, ":") && strings.Trim(s, ".0123456789") != "" {
		return netip.Addr{}, false
	}
	a, err := netip.ParseAddr(s)
	return a, err == nil && a.Zone() == ""
}

// notIP is the message about s not being an IP address.
func notIP(s string) string {
	return strconv.Quote(s) + " is not an IPv4 or IPv6 address"
}
