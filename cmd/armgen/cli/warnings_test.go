package cli

import (
	"testing"

	"github.com/armgen/armgen/generator/load"
)

func TestShortPointer(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", ""},
		{"/definitions/Foo", "/definitions/Foo"},
		{"/definitions/Foo/properties/bar", "/definitions/Foo/properties/bar"},
		// Pointers of real warnings and errors of the mirror.
		{"/definitions/NetworkInterfaceIPConfigurationPropertiesFormat/properties/virtualNetworkTaps/items/$ref",
			"/definitions/NetworkInterfaceIPConfigurationPropertiesFormat/…/items/$ref"},
		{"/paths/~1subscriptions~1{subscriptionId}~1providers~1Microsoft.Network~1networkWatchers/get/x-ms-examples/List network watchers/$ref",
			"/paths/…ers~1Microsoft.Network~1networkWatchers/get/…/List network watchers/$ref"},
		{"/paths/~1a/get/security/0/key", "/paths/~1a/get/…/0/key"},
		{"/x-ms-paths/~1a?op=b/put/parameters/0", "/x-ms-paths/~1a?op=b/put/parameters/0"},
		{"/parameters/parameters/properties/filters/0/localPort", "/parameters/parameters/…/0/localPort"},
		// A long URL path keeps its last 39 runes, counting runes, not bytes.
		{"/paths/" + "ééééééééééééééééééééééééééééééééééééééééé" + "x/get", "/paths/…ééééééééééééééééééééééééééééééééééééééx/get"},
	} {
		if got := shortPointer(c.in); got != c.want {
			t.Errorf("shortPointer(%q)\n = %q\nwant %q", c.in, got, c.want)
		}
	}
}

func TestShortFile(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"spec.json", "spec.json"},
		{"examples/x.json", "examples/x.json"},
		{"specification/network/resource-manager/Microsoft.Network/stable/2022-01-01/examples/PacketCaptureCreate.json", "…/examples/PacketCaptureCreate.json"},
	} {
		if got := shortFile(c.in); got != c.want {
			t.Errorf("shortFile(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestWarningLineAndCount(t *testing.T) {
	ws := []load.Diagnostic{
		{File: "a/b/c.json", Pointer: "/paths/~1a/get/security/0/key", Line: 7, Kind: load.WarnSecurity, Msg: "two\nlines"},
		{File: "ex.json", Pointer: "/responses/200/body", Kind: load.WarnExampleLeftOut, Msg: "left out"},
		{File: "ex2.json", Kind: load.WarnExampleLeftOut, Msg: "left out"},
		{File: "x.json", Msg: "no kind"},
	}
	if got, want := warningLine(ws[0], true), "warning[security]: …/b/c.json#/paths/~1a/get/…/0/key: two lines (line 7)"; got != want {
		t.Errorf("short line = %q, want %q", got, want)
	}
	if got, want := warningLine(ws[0], false), "warning[security]: a/b/c.json#/paths/~1a/get/security/0/key: two lines (line 7)"; got != want {
		t.Errorf("full line = %q, want %q", got, want)
	}
	if got, want := warningLine(ws[3], true), "warning[other]: x.json#: no kind"; got != want {
		t.Errorf("line = %q, want %q", got, want)
	}
	if got, want := warningCount(ws, true), "armgen: 4 warnings: 2 example-left-out, 1 other, 1 security"; got != want {
		t.Errorf("count = %q, want %q", got, want)
	}
	if got, want := warningCount(ws[:1], false), "armgen: 1 warning: 1 security"; got != want {
		t.Errorf("count = %q, want %q", got, want)
	}
}
