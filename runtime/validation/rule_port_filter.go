package validation

import "strconv"

// PortFilterRule is the name of the rule that checks the port filter of a
// packet capture.
const PortFilterRule = "portFilter"

// PortFilterDoc documents the portFilter rule.
const PortFilterDoc = `A port filter: one port, one range "low-high", or a ";"-separated list of ports.
Applies to PacketCaptureFilter.localPort and remotePort. From the spec:
"Notation: "80" for single port entry."80-85" for range. "80;443;" for multiple entries.
Multiple ranges not currently supported. Mixing ranges with multiple entries not currently supported."
Ports are decimal numbers from 0 to 65535; low <= high in a range; one trailing ";" is allowed;
no empty entries, no whitespace, no signs. An empty string is rejected: leave the property out (null,
the default) to match every port.`

// PortFilter reports p when the packet capture port filter v is set and does
// not follow the notation of PortFilterDoc. A nil v is absent and passes.
func PortFilter(errs *Errors, p Path, v *string) {
	if v == nil {
		return
	}
	n := filterNotation{nouns: "ports", one: checkFilterPort, rng: checkFilterPortRange}
	if msg := n.check(*v); msg != "" {
		errs.add(&p, PortFilterRule, msg, *v)
	}
}

// checkFilterPort checks one port of a port filter.
func checkFilterPort(s string) string {
	if _, ok := parsePort(s); !ok {
		return strconv.Quote(s) + " is not a port number from 0 to 65535"
	}
	return ""
}

// checkFilterPortRange checks the ends of a range of a port filter.
func checkFilterPortRange(lo, hi string) string {
	a, ok := parsePort(lo)
	if !ok {
		return "the low end " + checkFilterPort(lo)
	}
	b, ok := parsePort(hi)
	if !ok {
		return "the high end " + checkFilterPort(hi)
	}
	if a > b {
		return "the low end is after the high end"
	}
	return ""
}

// parsePort parses a decimal port number from 0 to 65535.
func parsePort(s string) (int, bool) {
	if s == "" || len(s) > 5 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, n <= 65535
}
