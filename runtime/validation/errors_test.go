package validation_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/armgen/armgen/runtime/validation"
)

func TestPathString(t *testing.T) {
	var root validation.Path
	named := validation.Root("parameters")
	props := root.Field("properties")
	for _, c := range []struct {
		p    validation.Path
		want string
	}{
		{root, ""},
		{named, "parameters"},
		{root.Field("name"), "name"},
		{named.Field("name"), "parameters.name"},
		{props.Field("filters").Index(0).Field("localPort"), "properties.filters[0].localPort"},
		{props.Field("filters").Index(12).Index(3), "properties.filters[12][3]"},
		{root.Index(2), "[2]"},
		{root.Field("tags").Key("env"), "tags.env"},
		{root.Field("tags").Key("a b"), `tags["a b"]`},
		{root.Field("tags").Key(""), `tags[""]`},
		{root.Field("tags").Key("1x"), `tags["1x"]`},
		{root.Field("tags").Key(`q"uote`), `tags["q\"uote"]`},
		{root.Key("k"), "k"},
	} {
		if got := c.p.String(); got != c.want {
			t.Errorf("Path.String() = %q, want %q", got, c.want)
		}
	}
	// Sibling paths share their parent without disturbing each other.
	f := props.Field("filters")
	a, b := f.Index(0), f.Index(1)
	if a.String() != "properties.filters[0]" || b.String() != "properties.filters[1]" {
		t.Errorf("siblings: %q, %q", a.String(), b.String())
	}
}

// sampleErrors is what an invalid packet capture produces.
func sampleErrors() error {
	m := validPacketCapture()
	m.Properties.Target = nil
	m.Properties.TimeLimitInSeconds = ptr[int32](18001)
	m.Properties.StorageLocation = &packetCaptureStorageLocation{FilePath: ptr("/tmp/pc1.cap")}
	m.Properties.Filters[0].LocalPort = ptr("80-85;90")
	m.Properties.Filters[1].RemoteIPAddress = ptr("10.0.0.9-10.0.0.1")
	return m.Validate()
}

func TestErrorsText(t *testing.T) {
	err := sampleErrors()
	want := strings.Join([]string{
		`properties.target: required: is required`,
		`properties.timeLimitInSeconds: maximum: must be less than or equal to 18000, got 18001`,
		`properties.storageLocation.filePath: storageLocation: must be under /var/captures on a Linux VM, got "/tmp/pc1.cap"`,
		`properties.filters[0].localPort: portFilter: must not mix a range with a list: write one range, or a list of single ports, got "80-85;90"`,
		`properties.filters[1].remoteIPAddress: ipFilter: must be a valid range: the low end is after the high end, got "10.0.0.9-10.0.0.1"`,
	}, "\n")
	if err == nil {
		t.Fatal("Validate() = nil, want errors")
	}
	if got := err.Error(); got != want {
		t.Errorf("Error():\n got: %s\nwant: %s", got, want)
	}
}

func TestErrorsAs(t *testing.T) {
	err := fmt.Errorf("creating packet capture pc1: %w", sampleErrors())

	var ve validation.Errors
	if !errors.As(err, &ve) {
		t.Fatalf("errors.As(%T, *validation.Errors) = false", err)
	}
	if len(ve) != 5 {
		t.Fatalf("got %d errors, want 5", len(ve))
	}
	want := validation.Error{Path: "properties.timeLimitInSeconds", Rule: "maximum", Value: int64(18001), Message: "must be less than or equal to 18000"}
	if *ve[1] != want {
		t.Errorf("ve[1] = %#v, want %#v", *ve[1], want)
	}
	rules := make([]string, len(ve))
	for i, e := range ve {
		rules[i] = e.Rule
	}
	if got := strings.Join(rules, ","); got != "required,maximum,storageLocation,portFilter,ipFilter" {
		t.Errorf("rules = %s", got)
	}

	var first *validation.Error
	if !errors.As(err, &first) {
		t.Fatalf("errors.As(%T, **validation.Error) = false", err)
	}
	if first != ve[0] {
		t.Errorf("errors.As found %v, want the first error %v", first, ve[0])
	}
	if !errors.Is(err, ve[3]) {
		t.Errorf("errors.Is(err, ve[3]) = false")
	}
}

func TestErrNilWhenValid(t *testing.T) {
	var errs validation.Errors
	if err := errs.Err(); err != nil {
		t.Errorf("empty Errors.Err() = %v, want nil", err)
	}
	if err := validPacketCapture().Validate(); err != nil {
		t.Errorf("Validate() of a valid payload = %v, want nil", err)
	}
	if got := errs.Error(); got != "" {
		t.Errorf("empty Errors.Error() = %q, want \"\"", got)
	}
}

func TestAdd(t *testing.T) {
	var errs validation.Errors
	p := validation.Root("parameters").Field("properties")
	errs.Add(p.Field("notes"), "custom", "must not mention secrets", "password=1")
	errs.Add(validation.Path{}, "custom", "must be set", nil)
	want := "parameters.properties.notes: custom: must not mention secrets, got \"password=1\"\n(root): custom: must be set"
	if got := errs.Error(); got != want {
		t.Errorf("Error():\n got: %s\nwant: %s", got, want)
	}
}

func TestErrorValueFormatting(t *testing.T) {
	long := strings.Repeat("é", 300)
	for _, c := range []struct {
		e    validation.Error
		want string
	}{
		{validation.Error{Path: "a", Rule: "r", Message: "m"}, "a: r: m"},
		{validation.Error{Path: "a", Rule: "r", Message: "m", Value: "x\ny"}, `a: r: m, got "x\ny"`},
		{validation.Error{Path: "a", Rule: "r", Message: "m", Value: true}, "a: r: m, got true"},
		{validation.Error{Path: "a", Rule: "r", Message: "m", Value: int64(-3)}, "a: r: m, got -3"},
		{validation.Error{Path: "a", Rule: "r", Message: "m", Value: uint64(3)}, "a: r: m, got 3"},
		{validation.Error{Path: "a", Rule: "r", Message: "m", Value: 0.25}, "a: r: m, got 0.25"},
		{validation.Error{Path: "a", Rule: "r", Message: "m", Value: long}, `a: r: m, got "` + long[:512] + `"...`},
		{validation.Error{Rule: "r", Message: "m"}, "(root): r: m"},
	} {
		if got := c.e.Error(); got != c.want {
			t.Errorf("Error() = %s, want %s", got, c.want)
		}
	}
}

func TestErrorValueIsNormalized(t *testing.T) {
	var errs validation.Errors
	p := validation.Path{}
	proto := pcProtocol("ICMP")
	validation.Enum(&errs, p, &proto, "TCP")
	validation.MaximumValue(&errs, p, int8(9), 1, false)
	validation.MaximumValue(&errs, p, uint16(9), 1, false)
	validation.MaximumValue(&errs, p, float32(2.5), 1, false)
	want := []any{"ICMP", int64(9), uint64(9), 2.5}
	for i, e := range errs {
		if e.Value != want[i] {
			t.Errorf("Value %d = %#v (%T), want %#v (%T)", i, e.Value, e.Value, want[i], want[i])
		}
	}
}
