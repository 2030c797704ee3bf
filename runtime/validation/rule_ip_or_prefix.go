package validation

import (
	"net/netip"
	"strings"
)

// IPOrPrefixRule is the name of the rule that checks an address that is an IP
// address or an IP prefix (subnet).
const IPOrPrefixRule = "ipOrPrefix"

// IPOrPrefixDoc documents the ipOrPrefix rule.
const IPOrPrefixDoc = `An IPv4 or IPv6 address, or an IPv4 or IPv6 prefix in CIDR notation such as 10.0.0.0/24.
Applies to ConnectionMonitorEndpointScopeItem.address: "The address of the endpoint item. Supported types are
IPv4/IPv6 subnet mask or IPv4/IPv6 IP address."
The prefix length is 0-32 for IPv4 and 0-128 for IPv6; host bits may be set (10.0.0.5/24 passes) since the spec does
not say otherwise; no zones, no dotted masks such as 10.0.0.0/255.255.255.0.`

// IPOrPrefix reports p when the string v is set and is neither an IP address
// nor a CIDR prefix (see IPOrPrefixDoc). A nil v is absent and passes.
func IPOrPrefix(errs *Errors, p Path, v *string) {
	if v == nil {
		return
	}
	var ok bool
	if strings.Contains(*v, "/") {
		_, err := netip.ParsePrefix(*v)
		ok = err == nil
	} else {
		_, ok = parseIP(*v)
	}
	if !ok {
		errs.add(&p, IPOrPrefixRule, "must be an IPv4 or IPv6 address, or a prefix such as 10.0.0.0/24 or 2001:db8::/32", *v)
	}
}
