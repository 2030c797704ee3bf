package clients

import (
	"regexp"
	"testing"

	"github.com/armgen/armgen/generator/ir"
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

func TestFinalStateViaUnknown(t *testing.T) {
	if _, err := finalStateVia("somewhere"); err == nil {
		t.Error("unknown final-state-via accepted")
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
