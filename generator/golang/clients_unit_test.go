package golang

import (
	"regexp"
	"testing"

	"github.com/armgen/armgen/generator/golang/view"
	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/naming"
)

func TestModuleVersionIsSemver(t *testing.T) {
	semver := regexp.MustCompile(`^v\d+\.\d+\.\d+(?:-[a-zA-Z0-9_.-]+)?$`) // azcore's check
	for in, want := range map[string]string{
		"2022-01-01":         "v0.0.0-2022-01-01",
		"2023-05-01-preview": "v0.0.0-2023-05-01-preview",
		"1.0 beta/2":         "v0.0.0-1.0.beta.2",
		"":                   "v0.0.0",
	} {
		if got := moduleVersion(in); got != want || !semver.MatchString(got) {
			t.Errorf("moduleVersion(%q) = %q, want %q", in, got, want)
		}
	}
}

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

func TestFinalStateViaUnknown(t *testing.T) {
	if _, err := finalStateVia("somewhere"); err == nil {
		t.Error("unknown final-state-via accepted")
	}
}

// BenchmarkEmitClientSet measures emitting the clients, fake package and examples of the
// real spec (37 operations, 38 examples).
func BenchmarkEmitClientSet(b *testing.B) {
	pkg := realPackage(b)
	b.ReportAllocs()
	for b.Loop() {
		set, err := clientSetFiles(pkg, Options{ImportPath: "example.com/nw"})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := renderAll(set); err != nil {
			b.Fatal(err)
		}
	}
}

// TestJSONBodyMediaType: a JSON body goes out as application/json unless the operation
// consumes only other JSON types, such as application/merge-patch+json.
func TestJSONBodyMediaType(t *testing.T) {
	for _, tc := range []struct {
		consumes []string
		want     string
	}{
		{nil, ""},
		{[]string{"application/json"}, ""},
		{[]string{"application/merge-patch+json"}, "application/merge-patch+json"},
		{[]string{"application/xml", "text/json"}, "text/json"},
		{[]string{"application/merge-patch+json", "application/json"}, ""},
		{[]string{"application/octet-stream"}, ""},
	} {
		if got := jsonBodyMediaType(&ir.Operation{Consumes: tc.consumes}); got != tc.want {
			t.Errorf("%q: %q, want %q", tc.consumes, got, tc.want)
		}
	}
}
