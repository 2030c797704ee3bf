package validation_test

import (
	"math"
	"strings"
	"testing"

	"github.com/armgen/armgen/runtime/validation"
)

func TestHostAddress(t *testing.T) {
	r := validation.HostAddressRule
	msg := "must be an IPv4 or IPv6 address or a domain name such as www.example.com"
	testStringRule(t, r, validation.HostAddress, []stringCase{
		{"bing.com", ""},
		{"10.1.1.4", ""},
		{"2001:db8::1", ""},
		{"npmuser", ""},
		{"bing.com.", ""},
		{"xn--bcher-kva.example", ""},
		{"a-b.c0", ""},
		{"", bad(r, msg, "")},
		{".", bad(r, msg, ".")},
		{"-a.com", bad(r, msg, "-a.com")},
		{"a-.com", bad(r, msg, "a-.com")},
		{"a..b", bad(r, msg, "a..b")},
		{"a.com..", bad(r, msg, "a.com..")},
		{"10.1.1", bad(r, msg, "10.1.1")},
		{"10.1.1.256", bad(r, msg, "10.1.1.256")},
		{"a_b.com", bad(r, msg, "a_b.com")},
		{"http://bing.com", bad(r, msg, "http://bing.com")},
		{"bing.com:80", bad(r, msg, "bing.com:80")},
		{"fe80::1%eth0", bad(r, msg, "fe80::1%eth0")},
		{"b\u00fccher.example", bad(r, msg, "b\u00fccher.example")},
		{string(make([]byte, 64)), bad(r, msg, string(make([]byte, 64)))},
	})
	name253 := strings.Repeat("a.", 126) + "b" // the longest name
	label63 := strings.Repeat("x", 63)         // the longest label
	for _, c := range []struct {
		in string
		ok bool
	}{
		{name253, true},
		{name253 + ".", true},
		{"c" + name253, false},
		{label63 + ".com", true},
		{label63 + "x.com", false},
	} {
		errs := runString(validation.HostAddress, c.in)
		if ok := len(errs) == 0; ok != c.ok {
			t.Errorf("HostAddress(%d bytes): ok = %v, want %v", len(c.in), ok, c.ok)
		}
	}
}

func TestIPOrPrefix(t *testing.T) {
	r := validation.IPOrPrefixRule
	msg := "must be an IPv4 or IPv6 address, or a prefix such as 10.0.0.0/24 or 2001:db8::/32"
	testStringRule(t, r, validation.IPOrPrefix, []stringCase{
		{"10.0.0.1", ""},
		{"10.0.0.0/24", ""},
		{"10.0.0.5/24", ""},
		{"0.0.0.0/0", ""},
		{"2001:db8::/32", ""},
		{"::1", ""},
		{"::/0", ""},
		{"10.0.0.0/33", bad(r, msg, "10.0.0.0/33")},
		{"2001:db8::/129", bad(r, msg, "2001:db8::/129")},
		{"10.0.0.0/255.255.255.0", bad(r, msg, "10.0.0.0/255.255.255.0")},
		{"10.0.0.0-10.0.0.5", bad(r, msg, "10.0.0.0-10.0.0.5")},
		{"bing.com", bad(r, msg, "bing.com")},
		{"", bad(r, msg, "")},
	})
}

func TestHTTPPath(t *testing.T) {
	r := validation.HTTPPathRule
	testStringRule(t, r, validation.HTTPPath, []stringCase{
		{"/dir1/dir2", ""},
		{"", ""},
		{"/", ""},
		{"/a%20b/~user/x;y=1/@:!$&'()*+,=", ""},
		{"dir1/dir2", bad(r, `must start with "/", such as /dir1/dir2`, "dir1/dir2")},
		{"/a?b=1", bad(r, "must hold only the path, without a query (?) or a fragment (#)", "/a?b=1")},
		{"/a#top", bad(r, "must hold only the path, without a query (?) or a fragment (#)", "/a#top")},
		{"/a%2", bad(r, `must use "%" only to start a two-digit hexadecimal escape`, "/a%2")},
		{"/a%zz", bad(r, `must use "%" only to start a two-digit hexadecimal escape`, "/a%zz")},
		{"/a b", bad(r, "must hold only characters allowed in a URI path; percent-encode the others", "/a b")},
		{"/\u00e9", bad(r, "must hold only characters allowed in a URI path; percent-encode the others", "/\u00e9")},
	})
}

func TestHTTPStatusCodeRanges(t *testing.T) {
	r := validation.HTTPStatusCodeRangesRule
	notCode := func(s string) string {
		return `"` + s + `" is not a status code from 100 to 599, a class such as 2xx, or a range such as 301-304`
	}
	testStringRule(t, r, validation.HTTPStatusCodeRanges, []stringCase{
		{"2xx,301-304,418", ""},
		{"2xx", ""},
		{"1XX,5xx", ""},
		{"200", ""},
		{"100-599", ""},
		{"301-301", ""},
		{"2xx, 418", ""},
		{"6xx", bad(r, "entry 1: "+notCode("6xx"), "6xx")},
		{"2x", bad(r, "entry 1: "+notCode("2x"), "2x")},
		{"99", bad(r, "entry 1: "+notCode("99"), "99")},
		{"600", bad(r, "entry 1: "+notCode("600"), "600")},
		{"2xx,abc", bad(r, "entry 2: "+notCode("abc"), "2xx,abc")},
		{"304-301", bad(r, `entry 1: range "304-301": low end is after high end`, "304-301")},
		{"301-600", bad(r, `entry 1: range "301-600": high end is not a status code from 100 to 599`, "301-600")},
		{"301-", bad(r, `entry 1: range "301-": high end is not a status code from 100 to 599`, "301-")},
		{"2xx-3xx", bad(r, "entry 1: "+notCode("2xx-3xx"), "2xx-3xx")},
		{"", bad(r, "entry 1: must not be empty", "")},
		{"2xx,", bad(r, "entry 2: must not be empty", "2xx,")},
		{",2xx", bad(r, "entry 1: must not be empty", ",2xx")},
		{"2xx,,3xx", bad(r, "entry 2: must not be empty", "2xx,,3xx")},
	})
}

func TestIntegerRules(t *testing.T) {
	type rule struct {
		name string
		f    func(*validation.Errors, validation.Path, *int32)
		msg  string
		good []int32
		bad  []int32
	}
	for _, r := range []rule{
		{validation.TestFrequencyRule, validation.TestFrequency[int32], "must be a positive number of seconds",
			[]int32{1, 30, 60, 86400, math.MaxInt32}, []int32{0, -1, math.MinInt32}},
		{validation.RetentionDaysRule, validation.RetentionDays[int32], "must be a number of days, 0 or more",
			[]int32{0, 1, 365, math.MaxInt32}, []int32{-1, math.MinInt32}},
		{validation.FlowLogFormatVersionRule, validation.FlowLogFormatVersion[int32], "must be 0 (the service default), 1 or 2",
			[]int32{0, 1, 2}, []int32{-1, 3, 10}},
		{validation.TrafficAnalyticsIntervalRule, validation.TrafficAnalyticsInterval[int32], "must be 10 or 60 (minutes)",
			[]int32{10, 60}, []int32{0, 1, 5, 15, 30, 59, 61, -10}},
	} {
		for _, v := range r.good {
			var errs validation.Errors
			r.f(&errs, testPath(), &v)
			if len(errs) != 0 {
				t.Errorf("%s(%d) = %v, want no error", r.name, v, errs)
			}
		}
		for _, v := range r.bad {
			var errs validation.Errors
			r.f(&errs, testPath(), &v)
			want := "body.v: " + r.name + ": " + r.msg + ", got " + itoa(v)
			if got := errs.Error(); got != want {
				t.Errorf("%s(%d):\n got: %s\nwant: %s", r.name, v, got, want)
			} else if errs[0].Value != int64(v) {
				t.Errorf("%s(%d): Value = %#v, want int64(%d)", r.name, v, errs[0].Value, v)
			}
		}
		var errs validation.Errors
		r.f(&errs, testPath(), nil)
		if len(errs) != 0 {
			t.Errorf("%s(nil) = %v, want no error", r.name, errs)
		}
	}
	// The integer rules accept any integer type the generator picks.
	var errs validation.Errors
	big := int64(1) << 40
	validation.TrafficAnalyticsInterval(&errs, testPath(), &big)
	u := uint8(0)
	validation.TestFrequency(&errs, testPath(), &u)
	if got, want := errs.Error(), "body.v: trafficAnalyticsInterval: must be 10 or 60 (minutes), got 1099511627776\nbody.v: testFrequency: must be a positive number of seconds, got 0"; got != want {
		t.Errorf("other integer types:\n got: %s\nwant: %s", got, want)
	}
}

func TestSuccessThreshold(t *testing.T) {
	i := func(v int32) *int32 { return &v }
	f := func(v float64) *float64 { return &v }
	const (
		pct = "properties.successThreshold.checksFailedPercent: successThreshold: must be a percentage from 0 to 100, got "
		rtt = "properties.successThreshold.roundTripTimeMs: successThreshold: must be a finite number of milliseconds, 0 or more, got "
	)
	for _, c := range []struct {
		percent *int32
		rtt     *float64
		want    string
	}{
		{nil, nil, ""},
		{i(0), f(0), ""},
		{i(100), f(1.5), ""},
		{i(20), nil, ""},
		{i(-1), nil, pct + "-1"},
		{i(101), nil, pct + "101"},
		{nil, f(-0.5), rtt + "-0.5"},
		{nil, f(math.Inf(1)), rtt + "+Inf"},
		{nil, f(math.NaN()), rtt + "NaN"},
		{i(200), f(-1), pct + "200\n" + rtt + "-1"},
	} {
		var errs validation.Errors
		validation.SuccessThreshold(&errs, validation.Path{}.Field("properties").Field("successThreshold"), c.percent, c.rtt)
		if got := errs.Error(); got != c.want {
			t.Errorf("SuccessThreshold(%v, %v):\n got: %s\nwant: %s", c.percent, c.rtt, got, c.want)
		}
	}
	// float32 round-trip times show as written.
	var errs validation.Errors
	v := float32(-0.1)
	validation.SuccessThreshold[int32](&errs, validation.Path{}, nil, &v)
	if got, want := errs.Error(), "roundTripTimeMs: successThreshold: must be a finite number of milliseconds, 0 or more, got -0.1"; got != want {
		t.Errorf("float32:\n got: %s\nwant: %s", got, want)
	}
}
