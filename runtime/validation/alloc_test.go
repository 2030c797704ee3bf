package validation_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/armgen/armgen/runtime/validation"
)

// specsRoot returns the folder of the Azure spec mirror: $SPECS_ROOT, or the
// repository's default ../shared/azure-rest-api-specs.
func specsRoot() string {
	if r := os.Getenv("SPECS_ROOT"); r != "" {
		return r
	}
	return filepath.Join("..", "..", "..", "shared", "azure-rest-api-specs")
}

// networkWatcherDir is the 2022-01-01 folder of networkWatcher.json.
func networkWatcherDir(version string) string {
	return filepath.Join(specsRoot(), "specification", "network", "resource-manager", "Microsoft.Network", "stable", version)
}

// examplePacketCapture decodes the request body of the spec's
// NetworkWatcherPacketCaptureCreate example, skipping the test when the
// spec mirror is not there.
func examplePacketCapture(tb testing.TB) *packetCapture {
	tb.Helper()
	path := filepath.Join(networkWatcherDir("2022-01-01"), "examples", "NetworkWatcherPacketCaptureCreate.json")
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Skipf("spec mirror not available (set SPECS_ROOT): %v", err)
	}
	var ex struct {
		Parameters struct {
			Parameters *packetCapture `json:"parameters"`
		} `json:"parameters"`
	}
	if err := json.Unmarshal(data, &ex); err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	return ex.Parameters.Parameters
}

func TestValidPayloadAllocatesNothing(t *testing.T) {
	m := validPacketCapture()
	if err := m.ValidateRequest(); err != nil {
		t.Fatalf("valid payload: %v", err)
	}
	for name, f := range map[string]func(){
		"Validate":        func() { _ = m.Validate() },
		"ValidateRequest": func() { _ = m.ValidateRequest() },
	} {
		if n := testing.AllocsPerRun(100, f); n != 0 {
			t.Errorf("%s of a valid packet capture: %v allocs, want 0", name, n)
		}
	}
}

func TestSpecExampleIsValidAndAllocatesNothing(t *testing.T) {
	m := examplePacketCapture(t)
	if err := m.ValidateRequest(); err != nil {
		t.Fatalf("NetworkWatcherPacketCaptureCreate example: %v", err)
	}
	if n := testing.AllocsPerRun(100, func() { _ = m.ValidateRequest() }); n != 0 {
		t.Errorf("ValidateRequest of the spec example: %v allocs, want 0", n)
	}
}

func TestHelpersAllocateNothingOnValidInput(t *testing.T) {
	s := func(v string) *string { return &v }
	i32 := func(v int32) *int32 { return &v }
	f64 := func(v float64) *float64 { return &v }
	proto := pcProtocol("TCP")
	vmss := pcTargetType("AzureVMSS")
	instances := []*string{s("0"), s("1")}
	var (
		ipList   = s("10.0.0.1;10.0.0.2;2001:db8::1;")
		ipRange6 = s("2001:db8::1-2001:db8::ff")
		ports    = s("80-85")
		id       = s(vmssID)
		storage  = s(stID)
		uri      = s("https://mytestaccountname.blob.core.windows.net/capture/pc1.cap")
		file     = s("/var/captures/pc1.cap")
		when     = s("2022-01-01T10:00:00.1234567+02:00")
		guid     = s("96e68903-0a56-4819-9987-8d08ad6a1f99")
		host     = s("bing.com")
		prefix   = s("10.0.0.0/24")
		path     = s("/dir1/dir2")
		codes    = s("2xx,301-304,418")
		tags     = map[string]string{"a": "b"}
	)
	f := func() {
		var errs validation.Errors
		// Three levels deep: properties.filters[1].x
		p := validation.Path{}.Field("properties").Field("filters").Index(1)
		validation.Required(&errs, p.Field("a"), ipList)
		validation.RequiredSlice(&errs, p.Field("a"), instances)
		validation.RequiredMap(&errs, p.Field("a"), tags)
		validation.Minimum(&errs, p.Field("a"), i32(5), 0, true)
		validation.Maximum(&errs, p.Field("a"), f64(0.5), 1, false)
		validation.MinLength(&errs, p.Field("a"), host, 1)
		validation.MaxLength(&errs, p.Field("a"), host, 80)
		validation.Pattern(&errs, p.Field("a"), host, nameRE)
		validation.Enum(&errs, p.Field("a"), &proto, "TCP", "UDP", "Any")
		validation.MinItems(&errs, p.Field("a"), instances, 1)
		validation.MaxItems(&errs, p.Field("a"), instances, 5)
		validation.UniqueItemsFunc(&errs, p.Field("a"), instances, validation.PtrEqual[string])
		validation.UniqueItems(&errs, p.Field("a"), []int{1, 2, 3})
		validation.MultipleOf(&errs, p.Field("a"), f64(0.3), 0.1)
		validation.Int32(&errs, p.Field("a"), f64(7))
		validation.UUID(&errs, p.Field("a"), guid)
		validation.DateTime(&errs, p.Field("a"), when)
		validation.URI(&errs, p.Field("a"), uri)
		validation.IPFilter(&errs, p.Field("a"), ipList)
		validation.IPFilter(&errs, p.Field("a"), ipRange6)
		validation.PortFilter(&errs, p.Field("a"), ports)
		validation.ARMResourceID(&errs, p.Field("a"), id, "Microsoft.Compute/virtualMachines", "Microsoft.Compute/virtualMachineScaleSets")
		validation.StorageLocation(&errs, p, storage, uri, file)
		validation.PacketCaptureTarget(&errs, p, id, &vmss, instances, nil)
		validation.HostAddress(&errs, p.Field("a"), host)
		validation.IPOrPrefix(&errs, p.Field("a"), prefix)
		validation.HTTPPath(&errs, p.Field("a"), path)
		validation.HTTPStatusCodeRanges(&errs, p.Field("a"), codes)
		validation.TestFrequency(&errs, p.Field("a"), i32(60))
		validation.SuccessThreshold(&errs, p, i32(20), f64(1.5))
		validation.RetentionDays(&errs, p.Field("a"), i32(0))
		validation.FlowLogFormatVersion(&errs, p.Field("a"), i32(2))
		validation.TrafficAnalyticsInterval(&errs, p.Field("a"), i32(60))
		if len(errs) != 0 {
			t.Fatalf("valid input: %v", errs)
		}
	}
	if n := testing.AllocsPerRun(100, f); n != 0 {
		t.Errorf("helpers on valid input: %v allocs, want 0", n)
	}
}
