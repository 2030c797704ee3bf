package validation_test

import (
	"testing"

	"github.com/armgen/armgen/runtime/validation"
)

func TestIPFilter(t *testing.T) {
	const (
		empty    = `must not hold an empty entry: separate entries with one ";" (one trailing ";" is allowed)`
		several  = "must not hold several ranges: write one range, or a list of single IP addresses"
		mixed    = "must not mix a range with a list: write one range, or a list of single IP addresses"
		reversed = "must be a valid range: the low end is after the high end"
		families = "must be a valid range: the ends are of different address families (IPv4 and IPv6)"
	)
	notIP := func(s string) string { return `"` + s + `" is not an IPv4 or IPv6 address` }
	r := validation.IPFilterRule
	testStringRule(t, r, validation.IPFilter, []stringCase{
		// The spec's notations.
		{"127.0.0.1", ""},
		{"127.0.0.1-127.0.0.255", ""},
		{"127.0.0.1;127.0.0.5", ""},
		{"127.0.0.1;127.0.0.5;", ""},
		// IPv6, single, range, list; families may differ between list entries.
		{"::1", ""},
		{"2001:db8::1", ""},
		{"2001:db8::1-2001:db8::ff", ""},
		{"2001:db8::1;10.0.0.1;fe80::1;", ""},
		{"::ffff:10.0.0.1", ""},
		// Trailing ";" on a single entry and on a range; equal ends.
		{"10.0.0.4;", ""},
		{"10.0.0.1-10.0.0.9;", ""},
		{"10.0.0.1-10.0.0.1", ""},
		// Reversed ranges, mixed families.
		{"10.0.0.5-10.0.0.1", bad(r, reversed, "10.0.0.5-10.0.0.1")},
		{"2001:db8::ff-2001:db8::1", bad(r, reversed, "2001:db8::ff-2001:db8::1")},
		{"10.0.0.1-::1", bad(r, families, "10.0.0.1-::1")},
		{"::ffff:10.0.0.1-10.0.0.2", bad(r, families, "::ffff:10.0.0.1-10.0.0.2")},
		// Several ranges; a range mixed with a list, in either order.
		{"1.1.1.1-1.1.1.2;2.2.2.2-2.2.2.3", bad(r, several, "1.1.1.1-1.1.1.2;2.2.2.2-2.2.2.3")},
		{"1.1.1.1-1.1.1.2;3.3.3.3", bad(r, mixed, "1.1.1.1-1.1.1.2;3.3.3.3")},
		{"3.3.3.3;1.1.1.1-1.1.1.2;", bad(r, mixed, "3.3.3.3;1.1.1.1-1.1.1.2;")},
		// Empty value, empty entries, whitespace.
		{"", bad(r, "must not be empty: leave the property out to match all IP addresses", "")},
		{";", bad(r, empty, ";")},
		{";1.1.1.1", bad(r, empty, ";1.1.1.1")},
		{"1.1.1.1;;2.2.2.2", bad(r, empty, "1.1.1.1;;2.2.2.2")},
		{"1.1.1.1;;", bad(r, empty, "1.1.1.1;;")},
		{" 1.1.1.1", bad(r, "must not contain whitespace", " 1.1.1.1")},
		{"1.1.1.1; 2.2.2.2", bad(r, "must not contain whitespace", "1.1.1.1; 2.2.2.2")},
		{"1.1.1.1\t", bad(r, "must not contain whitespace", "1.1.1.1\t")},
		// Not addresses.
		{"1.1.1.256", bad(r, notIP("1.1.1.256"), "1.1.1.256")},
		{"010.0.0.1", bad(r, notIP("010.0.0.1"), "010.0.0.1")},
		{"10.0.0.0/24", bad(r, notIP("10.0.0.0/24"), "10.0.0.0/24")},
		{"fe80::1%eth0", bad(r, notIP("fe80::1%eth0"), "fe80::1%eth0")},
		{"localhost", bad(r, notIP("localhost"), "localhost")},
		{"1.1.1.1;x", bad(r, "entry 2: "+notIP("x"), "1.1.1.1;x")},
		{"1.1.1.1-x", bad(r, "must be a valid range: the high end "+notIP("x"), "1.1.1.1-x")},
		{"x-1.1.1.1", bad(r, "must be a valid range: the low end "+notIP("x"), "x-1.1.1.1")},
		{"1.1.1.1-1.1.1.2-1.1.1.3", bad(r, "must be a valid range: the high end "+notIP("1.1.1.2-1.1.1.3"), "1.1.1.1-1.1.1.2-1.1.1.3")},
		{"-", bad(r, "must be a valid range: the low end "+notIP(""), "-")},
	})
}

func TestPortFilter(t *testing.T) {
	const (
		several  = "must not hold several ranges: write one range, or a list of single ports"
		mixed    = "must not mix a range with a list: write one range, or a list of single ports"
		reversed = "must be a valid range: the low end is after the high end"
	)
	notPort := func(s string) string { return `"` + s + `" is not a port number from 0 to 65535` }
	r := validation.PortFilterRule
	testStringRule(t, r, validation.PortFilter, []stringCase{
		{"80", ""},
		{"0", ""},
		{"65535", ""},
		{"80-85", ""},
		{"0-65535", ""},
		{"80-80", ""},
		{"80;443", ""},
		{"80;443;", ""},
		{"80;", ""},
		{"80-85;", ""},
		{"65536", bad(r, notPort("65536"), "65536")},
		{"99999", bad(r, notPort("99999"), "99999")},
		{"100000", bad(r, notPort("100000"), "100000")},
		{"85-80", bad(r, reversed, "85-80")},
		{"80-85;90", bad(r, mixed, "80-85;90")},
		{"90;80-85", bad(r, mixed, "90;80-85")},
		{"80-85;90-95", bad(r, several, "80-85;90-95")},
		{"80-65536", bad(r, "must be a valid range: the high end "+notPort("65536"), "80-65536")},
		{"-1", bad(r, "must be a valid range: the low end "+notPort(""), "-1")},
		{"+80", bad(r, notPort("+80"), "+80")},
		{"80;x;", bad(r, "entry 2: "+notPort("x"), "80;x;")},
		{"", bad(r, "must not be empty: leave the property out to match all ports", "")},
		{"80 ", bad(r, "must not contain whitespace", "80 ")},
		{"80;;443", bad(r, `must not hold an empty entry: separate entries with one ";" (one trailing ";" is allowed)`, "80;;443")},
	})
}
