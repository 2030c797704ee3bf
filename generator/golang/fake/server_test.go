package fake

import (
	"regexp"
	"testing"

	"github.com/armgen/armgen/generator/golang/view"
	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/naming"
)

// TestPathRegexp: the fake matches escaped paths; one parameter never spans a slash unless
// it is x-ms-skip-url-encoding.
func TestPathRegexp(t *testing.T) {
	name := &ir.Parameter{Name: "name", In: ir.InPath, Required: true, Type: &ir.Type{Kind: ir.KindPrimitive, Primitive: ir.String}}
	scope := &ir.Parameter{Name: "scope", In: ir.InPath, Required: true, SkipURLEncoding: true, Type: name.Type}
	op := &ir.Operation{ID: "X_Get", Group: "X", Name: "Get", Method: "GET", Path: "/{scope}/providers/A.B/things/{name}", Params: []*ir.Parameter{scope, name},
		Responses: []*ir.Response{{Status: "200"}}}
	v, err := view.NewOp(op, naming.NewNamer())
	if err != nil {
		t.Fatal(err)
	}
	parts, err := v.PathParts()
	if err != nil {
		t.Fatal(err)
	}
	hosted := &ir.HostTemplate{Template: "{Endpoint}/text/analytics/v3.0"}
	for _, h := range []*ir.HostTemplate{nil, {Template: "{vaultBaseUrl}"}} {
		re := regexp.MustCompile(pathRegexp(parts, h))
		for path, want := range map[string][]string{
			"/subscriptions/s/resourceGroups/r/providers/A.B/things/a%2Fb": {"subscriptions/s/resourceGroups/r", "a%2Fb"},
			// A scope of "/" that runtime.JoinPaths cleaned away (Key Vault's rbac.json).
			"/providers/A.B/things/n":     {"", "n"},
			"/s/providers/AxB/things/n":   nil,
			"/s/providers/A.B/things/a/b": nil,
		} {
			m := re.FindStringSubmatch(path)
			if (m == nil) != (want == nil) || (m != nil && (m[1] != want[0] || m[2] != want[1])) {
				t.Errorf("host %v: %s: matches %q, want %q", h, path, m, want)
			}
		}
	}
	// Behind the path of a host template ("{Endpoint}/text/analytics/v3.0"), only a hosted
	// package's fake matches.
	// The template's path is not taken for the scope's.
	const behind = "/text/analytics/v3.0/s/providers/A.B/things/n"
	if m := regexp.MustCompile(pathRegexp(parts, hosted)).FindStringSubmatch(behind); m == nil || m[1] != "s" || m[2] != "n" {
		t.Errorf("hosted: %s: matches %q", behind, m)
	}
	if m := regexp.MustCompile(pathRegexp(parts, hosted)).FindStringSubmatch("/text/analytics/v3.0/providers/A.B/things/n"); m == nil || m[1] != "" {
		t.Errorf("hosted, scope /: matches %q", m)
	}
	noScope := parts[2:] // "/providers/A.B/things/{name}"
	if m := regexp.MustCompile(pathRegexp(noScope, nil)).FindStringSubmatch(behind); m != nil {
		t.Errorf("not hosted: %s: matches %q", behind, m)
	}
}
