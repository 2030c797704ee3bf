package validatetest

import (
	"errors"
	"testing"

	"github.com/armgen/armgen/runtime/validation"
)

// TestValidVariations changes real examples in ways the spec allows: each must still
// validate clean. Open enums (x-ms-enum modelAsString: true) accept values this API version
// does not list, since the service may add them.
func TestValidVariations(t *testing.T) {
	bodies := exampleBodies(t)
	cases := []struct {
		name string
		body string
		edit edit
	}{
		{"open enum: a filter protocol the spec does not list", pcCreate, set("/properties/filters/0/protocol", `"QUIC"`)},
		{"open enum: a test protocol the spec does not list", cmCreate, set("/properties/testConfigurations/0/protocol", `"Quic"`)},
		{"IPv6 range", pcCreate, set("/properties/filters/0/localIPAddress", `"2001:db8::1-2001:db8::ff"`)},
		{"address list with a trailing semicolon", pcCreate, set("/properties/filters/0/remoteIPAddress", `"127.0.0.1;127.0.0.5;"`)},
		{"port list with a trailing semicolon", pcCreate, set("/properties/filters/0/localPort", `"80;443;"`)},
		{"port range", pcCreate, set("/properties/filters/0/remotePort", `"80-85"`)},
		{"Linux capture file under /var/captures", pcCreate, set("/properties/storageLocation/filePath", `"/var/captures/pc1.cap"`)},
		{"local file only", pcCreate, set("/properties/storageLocation", `{"filePath": "D:\\capture\\pc1.cap"}`)},
		{"scale set target with scope", pcCreate, set("/properties", `{"target": `+vmssID+`, "targetType": "AzureVMSS", "scope": {"include": ["0", "1"]}, "storageLocation": {"storageId": `+storageID+`}}`)},
		{"time limit at its maximum", pcCreate, set("/properties/timeLimitInSeconds", "18000")},
		{"monitoring interval at its maximum", cmV1, set("/properties/monitoringIntervalInSeconds", "1800")},
		{"flow log format version 2", flCreate, set("/properties/format/version", "2")},
	}
	for _, c := range cases {
		b := findBody(t, bodies, c.body)
		data, err := apply(b.data, c.edit)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if err := check(decode(t, b.typ, data), b.request); err != nil {
			t.Errorf("%s: %v", c.name, err)
		}
	}
}

// TestErrorsAs gets the list of problems, and the first one, back from the error of a
// generated validator with errors.As.
func TestErrorsAs(t *testing.T) {
	v := packetCaptureCreate(t,
		set("/properties/filters/0", `{"localIPAddress": "10.0.0.9-10.0.0.1", "localPort": "85-80"}`))
	err := v.ValidateRequest()
	var list validation.Errors
	if !errors.As(err, &list) || len(list) != 2 {
		t.Fatalf("errors.As(%v, *validation.Errors) = %d problems, want 2", err, len(list))
	}
	var first *validation.Error
	if !errors.As(err, &first) {
		t.Fatalf("errors.As(%v, **validation.Error) failed", err)
	}
	if first.Path != "properties.filters[0].localIPAddress" || first.Rule != validation.IPFilterRule || first.Value != "10.0.0.9-10.0.0.1" {
		t.Errorf("first problem %+v", first)
	}
	if list[1].Path != "properties.filters[0].localPort" || list[1].Rule != validation.PortFilterRule {
		t.Errorf("second problem %+v", list[1])
	}
	if err.Error() != list[0].Error()+"\n"+list[1].Error() {
		t.Errorf("Error() = %q", err.Error())
	}
}
