package validatetest

import (
	"testing"
)

// packetCaptureCreate decodes the request body of the NetworkWatcherPacketCaptureCreate
// example, which is valid.
func packetCaptureCreate(tb testing.TB, edits ...edit) validator {
	tb.Helper()
	b := findBody(tb, exampleBodies(tb), pcCreate)
	data := b.data
	for _, e := range edits {
		var err error
		if data, err = apply(data, e); err != nil {
			tb.Fatal(err)
		}
	}
	return decode(tb, b.typ, data)
}

// TestValidPacketCaptureAllocatesNothing: validating the valid example body allocates
// nothing, either way.
func TestValidPacketCaptureAllocatesNothing(t *testing.T) {
	v := packetCaptureCreate(t)
	for name, f := range map[string]func() error{"Validate": v.Validate, "ValidateRequest": v.ValidateRequest} {
		if err := f(); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if n := testing.AllocsPerRun(100, func() { _ = f() }); n != 0 {
			t.Errorf("%s of the valid PacketCaptureCreate body: %v allocations, want 0", name, n)
		}
	}
}

// BenchmarkValidatePacketCaptureCreate validates the request body of the
// NetworkWatcherPacketCaptureCreate example as a client does before sending it.
func BenchmarkValidatePacketCaptureCreate(b *testing.B) {
	v := packetCaptureCreate(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := v.ValidateRequest(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkValidatePacketCaptureCreateInvalid validates the same body with two problems
// (a reversed port range and a Linux capture file outside /var/captures): the cost of
// rendering paths and values into errors.
func BenchmarkValidatePacketCaptureCreateInvalid(b *testing.B) {
	v := packetCaptureCreate(b,
		set("/properties/filters/0/localPort", `"85-80"`),
		set("/properties/storageLocation/filePath", `"/tmp/pc1.cap"`))
	b.ReportAllocs()
	for b.Loop() {
		if err := v.ValidateRequest(); err == nil {
			b.Fatal("no error")
		}
	}
}
