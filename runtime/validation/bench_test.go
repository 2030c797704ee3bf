package validation_test

import (
	"testing"

	"github.com/armgen/armgen/runtime/validation"
)

// Run with: go test -run '^$' -bench . -benchmem ./runtime/validation/

func BenchmarkValidatePacketCaptureExample(b *testing.B) {
	m := examplePacketCapture(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := m.Validate(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkValidateRequestPacketCaptureExample(b *testing.B) {
	m := examplePacketCapture(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := m.ValidateRequest(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkValidatePacketCaptureTwoFilters(b *testing.B) {
	m := validPacketCapture()
	b.ReportAllocs()
	for b.Loop() {
		if err := m.Validate(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkValidatePacketCaptureInvalid measures the error path: five
// problems, each with its path rendered and its value recorded.
func BenchmarkValidatePacketCaptureInvalid(b *testing.B) {
	b.ReportAllocs()
	m := validPacketCapture()
	m.Properties.Target = nil
	m.Properties.TimeLimitInSeconds = ptr[int32](18001)
	m.Properties.StorageLocation = &packetCaptureStorageLocation{FilePath: ptr("/tmp/pc1.cap")}
	m.Properties.Filters[0].LocalPort = ptr("80-85;90")
	m.Properties.Filters[1].RemoteIPAddress = ptr("10.0.0.9-10.0.0.1")
	for b.Loop() {
		if err := m.Validate(); err == nil {
			b.Fatal("no error")
		}
	}
}

func benchString(b *testing.B, f stringRule, in string) {
	b.ReportAllocs()
	p := validation.Path{}.Field("properties").Field("filters").Index(0).Field("v")
	// errs and in live outside the loop: f is called through a func value,
	// so escape analysis cannot keep them on the stack, and a fresh variable
	// per iteration would measure that instead of f.
	var errs validation.Errors
	for b.Loop() {
		f(&errs, p, &in)
		if len(errs) != 0 {
			b.Fatal(errs)
		}
	}
}

func BenchmarkIPFilterSingle(b *testing.B) { benchString(b, validation.IPFilter, "10.0.0.4") }
func BenchmarkIPFilterRange6(b *testing.B) {
	benchString(b, validation.IPFilter, "2001:db8::1-2001:db8::ff")
}
func BenchmarkIPFilterList(b *testing.B) {
	benchString(b, validation.IPFilter, "10.0.0.1;10.0.0.2;10.0.0.3;")
}
func BenchmarkPortFilterList(b *testing.B)  { benchString(b, validation.PortFilter, "80;443;8080;") }
func BenchmarkPortFilterRange(b *testing.B) { benchString(b, validation.PortFilter, "80-85") }
func BenchmarkHostAddress(b *testing.B)     { benchString(b, validation.HostAddress, "www.example.com") }
func BenchmarkDateTime(b *testing.B) {
	benchString(b, validation.DateTime[string], "2022-01-01T10:00:00.1234567+02:00")
}
func BenchmarkURI(b *testing.B) {
	benchString(b, validation.URI[string], "https://mytestaccountname.blob.core.windows.net/capture/pc1.cap")
}

func BenchmarkARMResourceID(b *testing.B) {
	benchString(b, func(errs *validation.Errors, p validation.Path, v *string) {
		validation.ARMResourceID(errs, p, v, "Microsoft.Compute/virtualMachines", "Microsoft.Compute/virtualMachineScaleSets")
	}, vmssID)
}

func BenchmarkStorageLocation(b *testing.B) {
	b.ReportAllocs()
	id, uri, file := stID, "https://mytestaccountname.blob.core.windows.net/capture/pc1.cap", `D:\capture\pc1.cap`
	p := validation.Path{}.Field("properties").Field("storageLocation")
	var errs validation.Errors
	for b.Loop() {
		validation.StorageLocation(&errs, p, &id, &uri, &file)
		if len(errs) != 0 {
			b.Fatal(errs)
		}
	}
}

// BenchmarkPathString measures rendering a path, which happens once per
// recorded error.
func BenchmarkPathString(b *testing.B) {
	b.ReportAllocs()
	p := validation.Root("parameters").Field("properties").Field("filters").Index(12).Field("localPort")
	for b.Loop() {
		if p.String() == "" {
			b.Fatal("empty")
		}
	}
}
