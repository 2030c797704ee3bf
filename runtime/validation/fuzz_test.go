package validation_test

// Fuzz tests of the rules that parse text. Under plain go test they run their
// seed corpus (the f.Add calls); go test -fuzz=FuzzIPFilter explores further.
// Each checks that the rule never panics, reports at most one error, with its
// own rule name, at the right path and with the input as value, and, where an
// independent reference is cheap to write, that it agrees with it.

import (
	"net/netip"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/armgen/armgen/runtime/validation"
)

// fuzzString checks the invariants shared by every string rule and returns
// whether in passed.
func fuzzString(t *testing.T, rule string, f stringRule, in string) bool {
	errs := runString(f, in)
	if len(errs) > 1 {
		t.Fatalf("%s(%q): %d errors, want at most 1: %v", rule, in, len(errs), errs)
	}
	if len(errs) == 1 {
		e := errs[0]
		if e.Rule != rule || e.Path != "body.v" || e.Value != in || e.Message == "" {
			t.Fatalf("%s(%q): bad error %#v", rule, in, e)
		}
		_ = e.Error()
	}
	return len(errs) == 0
}

// refFilter is a reference implementation of the packet capture filter
// notation, written with strings.Split rather than the scanner of the package.
func refFilter(s string, one func(string) bool, ordered func(lo, hi string) bool) bool {
	if s == "" || strings.ContainsAny(s, " \t\r\n") {
		return false
	}
	s = strings.TrimSuffix(s, ";")
	entries := strings.Split(s, ";")
	if len(entries) == 1 {
		ends := strings.SplitN(entries[0], "-", 2)
		if len(ends) == 2 {
			return one(ends[0]) && one(ends[1]) && ordered(ends[0], ends[1])
		}
	}
	for _, e := range entries {
		if strings.Contains(e, "-") || !one(e) {
			return false
		}
	}
	return true
}

func refIP(s string) bool {
	a, err := netip.ParseAddr(s)
	return err == nil && a.Zone() == ""
}

func refIPOrdered(lo, hi string) bool {
	a, b := netip.MustParseAddr(lo), netip.MustParseAddr(hi)
	return a.Is4() == b.Is4() && !b.Less(a)
}

func refPort(s string) bool {
	if s == "" || len(s) > 5 || strings.Trim(s, "0123456789") != "" {
		return false
	}
	n, err := strconv.Atoi(s)
	return err == nil && n <= 65535
}

func refPortOrdered(lo, hi string) bool {
	a, _ := strconv.Atoi(lo)
	b, _ := strconv.Atoi(hi)
	return a <= b
}

func FuzzIPFilter(f *testing.F) {
	for _, s := range []string{
		"127.0.0.1", "127.0.0.1-127.0.0.255", "127.0.0.1;127.0.0.5;", "::1", "2001:db8::1-2001:db8::ff",
		"10.0.0.5-10.0.0.1", "10.0.0.1-::1", "1.1.1.1-1.1.1.2;2.2.2.2-2.2.2.3", "1.1.1.1-1.1.1.2;3.3.3.3",
		"", " ", ";", ";;", "-", "--", "1.1.1.1;", "1.1.1.1;;", "fe80::1%eth0", "fe80::1%eth0-fe80::2",
		"::ffff:1.2.3.4", "1.1.1.1-1.1.1.2-1.1.1.3", "1.1.1.1\x00", "\xff",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := fuzzString(t, validation.IPFilterRule, validation.IPFilter, s)
		if want := refFilter(s, refIP, refIPOrdered); got != want {
			t.Fatalf("IPFilter(%q) valid = %v, reference says %v", s, got, want)
		}
	})
}

func FuzzPortFilter(f *testing.F) {
	for _, s := range []string{
		"0", "80", "65535", "65536", "80-85", "85-80", "80;443;", "80-85;90", "80-85;90-95", "",
		";", "-", "80-", "-80", "+80", "00080", "000080", "80;;443", " 80", "99999", "8\u0660",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := fuzzString(t, validation.PortFilterRule, validation.PortFilter, s)
		if want := refFilter(s, refPort, refPortOrdered); got != want {
			t.Fatalf("PortFilter(%q) valid = %v, reference says %v", s, got, want)
		}
	})
}

// refResourceID is a reference parser of ARM resource IDs, built on
// strings.Split; it returns the resource type, or "" when s is not an ID.
func refResourceID(s string) string {
	segs := strings.Split(s, "/")
	if len(segs) < 9 || segs[0] != "" || len(segs)%2 == 0 ||
		!strings.EqualFold(segs[1], "subscriptions") || !strings.EqualFold(segs[3], "resourceGroups") ||
		!strings.EqualFold(segs[5], "providers") {
		return ""
	}
	for _, seg := range segs[1:] {
		if seg == "" {
			return ""
		}
	}
	typ := segs[6]
	for i := 7; i < len(segs); i += 2 {
		typ += "/" + segs[i]
	}
	return typ
}

func FuzzARMResourceID(f *testing.F) {
	for _, s := range []string{
		vmID, vmssID, stID, vmID + "/extensions/e1", "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines",
		"/subscriptions/s", "/", "", "//", "/subscriptions//resourceGroups/rg/providers/a/b/c", vmID + "/",
		"/SUBSCRIPTIONS/s/RESOURCEGROUPS/rg/PROVIDERS/MICROSOFT.COMPUTE/VIRTUALMACHINES/vm", "/subscriptions/s/resourceGroups/rg/providers/a/b/c/d",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		types := func(errs *validation.Errors, p validation.Path, v *string) {
			validation.ARMResourceID(errs, p, v, "Microsoft.Compute/virtualMachines", "Microsoft.Network/virtualNetworks/subnets")
		}
		got := fuzzString(t, validation.ARMResourceIDRule, types, s)
		typ := refResourceID(s)
		want := strings.EqualFold(typ, "Microsoft.Compute/virtualMachines") || strings.EqualFold(typ, "Microsoft.Network/virtualNetworks/subnets")
		if got != want {
			t.Fatalf("ARMResourceID(%q) valid = %v, reference says %v (type %q)", s, got, want, typ)
		}
		any := func(errs *validation.Errors, p validation.Path, v *string) { validation.ARMResourceID(errs, p, v) }
		if got, want := fuzzString(t, validation.ARMResourceIDRule, any, s), typ != ""; got != want {
			t.Fatalf("ARMResourceID(%q) with any type valid = %v, reference says %v", s, got, want)
		}
	})
}

func FuzzStorageLocation(f *testing.F) {
	f.Add(stID, "https://a.blob.core.windows.net/c/pc1.cap", `D:\capture\pc1.cap`, uint8(7))
	f.Add("", "", "/var/captures/pc1.cap", uint8(4))
	f.Add("", "", "/var/captures/../x.cap", uint8(4))
	f.Add("", "", "/", uint8(4))
	f.Add("", "", "", uint8(0))
	f.Add("x", "urn:x", "C:", uint8(7))
	f.Add("x", "http://[", "C:\\.cap", uint8(7))
	f.Fuzz(func(t *testing.T, id, storagePath, filePath string, set uint8) {
		ptr := func(s string, bit uint8) *string {
			if set&bit == 0 {
				return nil
			}
			return &s
		}
		var errs validation.Errors
		validation.StorageLocation(&errs, validation.Path{}.Field("sl"), ptr(id, 1), ptr(storagePath, 2), ptr(filePath, 4))
		if len(errs) > 2 {
			t.Fatalf("%d errors: %v", len(errs), errs)
		}
		for _, e := range errs {
			if e.Rule != validation.StorageLocationRule || (e.Path != "sl.storageId" && e.Path != "sl.storagePath" && e.Path != "sl.filePath") {
				t.Fatalf("bad error %#v", e)
			}
		}
	})
}

func FuzzPacketCaptureTarget(f *testing.F) {
	f.Add(vmID, "AzureVM", 1, true)
	f.Add(vmssID, "AzureVM", 0, true)
	f.Add("x", "AzureVMSS", 2, false)
	f.Fuzz(func(t *testing.T, target, targetType string, scope int, typeSet bool) {
		var tt *string
		if typeSet {
			tt = &targetType
		}
		include := make([]string, scope&3)
		var errs validation.Errors
		validation.PacketCaptureTarget(&errs, validation.Path{}, &target, tt, include, nil)
		if len(errs) > 2 {
			t.Fatalf("%d errors: %v", len(errs), errs)
		}
	})
}

var uuidRE = regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)

func FuzzUUID(f *testing.F) {
	for _, s := range []string{"00000000-0000-0000-0000-000000000000", "96E68903-0a56-4819-9987-8d08ad6a1f99", "-", "", "{00000000-0000-0000-0000-000000000000}"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := fuzzString(t, validation.UUIDRule, validation.UUID[string], s), uuidRE.MatchString(s); got != want {
			t.Fatalf("UUID(%q) valid = %v, regexp says %v", s, got, want)
		}
	})
}

func FuzzDateTime(f *testing.F) {
	for _, s := range []string{
		"2022-01-01T10:00:00Z", "2022-01-01T10:00:00.1234567+02:00", "2024-02-29t00:00:00z", "2023-02-29T00:00:00Z",
		"2022-01-01T10:00:60Z", "2022-01-01T10:00:00", "2022-01-01T10:00:00.Z", "2022-01-01T10:00:00+24:00", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !fuzzString(t, validation.DateTimeRule, validation.DateTime[string], s) {
			return
		}
		// What passes, time.Parse reads too, except leap seconds, which it
		// rejects.
		if s[17:19] == "60" {
			return
		}
		if _, err := time.Parse(time.RFC3339Nano, strings.ToUpper(s)); err != nil {
			t.Fatalf("DateTime(%q) passed, time.Parse says %v", s, err)
		}
	})
}

func FuzzURI(f *testing.F) {
	for _, s := range []string{
		"https://mytestaccountname.blob.core.windows.net/capture/pc1.cap", "https://u:p@h:1/a%20b?c#d", "http://[::1]:80/",
		"http://[", "http://[::1", "http://]", "mailto:a@b", "a:", ":", "", "%", "http://h/%", "http://h/%4", "http://a@b@c/",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fuzzString(t, validation.URIRule, validation.URI[string], s)
	})
}

func FuzzHostAddress(f *testing.F) {
	for _, s := range []string{"bing.com", "10.1.1.4", "::1", "npmuser", "-a.com", "a..b", "10.1.1", "a.", ".", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if fuzzString(t, validation.HostAddressRule, validation.HostAddress, s) && !refIP(s) && strings.Trim(s, ".-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
			t.Fatalf("HostAddress(%q) passed with characters a host name cannot hold", s)
		}
	})
}

func FuzzIPOrPrefix(f *testing.F) {
	for _, s := range []string{"10.0.0.0/24", "10.0.0.1", "::/0", "10.0.0.0/33", "x", "", "/", "1.2.3.4/"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		_, perr := netip.ParsePrefix(s)
		if got, want := fuzzString(t, validation.IPOrPrefixRule, validation.IPOrPrefix, s), refIP(s) || perr == nil; got != want {
			t.Fatalf("IPOrPrefix(%q) valid = %v, netip says %v", s, got, want)
		}
	})
}

func FuzzHTTPPath(f *testing.F) {
	for _, s := range []string{"/dir1/dir2", "", "/", "dir", "/a?b", "/a#b", "/%", "/%4", "/%41", "/a b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if fuzzString(t, validation.HTTPPathRule, validation.HTTPPath, s) && s != "" && s[0] != '/' {
			t.Fatalf("HTTPPath(%q) passed without a leading /", s)
		}
	})
}

// refStatusCodes is a reference checker of status code lists.
func refStatusCodes(s string) bool {
	code := func(c string) (int, bool) {
		n, err := strconv.Atoi(c)
		return n, err == nil && len(c) == 3 && c[0] != '+' && c[0] != '-' && n >= 100 && n <= 599
	}
	for _, e := range strings.Split(s, ",") {
		e = strings.Trim(e, " ")
		if len(e) == 3 && e[0] >= '1' && e[0] <= '5' && strings.EqualFold(e[1:], "xx") {
			continue
		}
		ends := strings.SplitN(e, "-", 2)
		lo, ok := code(ends[0])
		if !ok {
			return false
		}
		if len(ends) == 2 {
			hi, ok := code(ends[1])
			if !ok || lo > hi {
				return false
			}
		}
	}
	return true
}

func FuzzHTTPStatusCodeRanges(f *testing.F) {
	for _, s := range []string{"2xx,301-304,418", "2xx, 418", "6xx", "304-301", "", ",", "2xx,", "301-", "-301", "1XX", "+99", "1-2-3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := fuzzString(t, validation.HTTPStatusCodeRangesRule, validation.HTTPStatusCodeRanges, s), refStatusCodes(s); got != want {
			t.Fatalf("HTTPStatusCodeRanges(%q) valid = %v, reference says %v", s, got, want)
		}
	})
}
