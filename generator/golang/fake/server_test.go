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
	re := regexp.MustCompile(pathRegexp(parts))
	for path, want := range map[string][]string{
		"/subscriptions/s/resourceGroups/r/providers/A.B/things/a%2Fb": {"subscriptions/s/resourceGroups/r", "a%2Fb"},
		"/s/providers/AxB/things/n":                                    nil,
		"/s/providers/A.B/things/a/b":                                  nil,
	} {
		m := re.FindStringSubmatch(path)
		if (m == nil) != (want == nil) || (m != nil && (m[1] != want[0] || m[2] != want[1])) {
			t.Errorf("%s: matches %q, want %q", path, m, want)
		}
	}
}
