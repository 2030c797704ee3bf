package validation_test

// This file holds hand-written stand-ins for what the generator emits for the
// packet capture models of networkWatcher.json 2022-01-01, so that the tests
// and benchmarks exercise the runtime the way generated code will: pointer
// fields, a Path built while descending, Options passed down, ReadOnly only in
// request mode, and the prose rules of specs/rules/network-watcher.json.

import (
	"regexp"

	"github.com/armgen/armgen/runtime/validation"
)

type pcTargetType string

type pcProtocol string

type packetCapture struct {
	Properties *packetCaptureParameters `json:"properties"`
}

type packetCaptureResult struct {
	Name       *string                        `json:"name,omitempty"`
	ID         *string                        `json:"id,omitempty"`
	Etag       *string                        `json:"etag,omitempty"`
	Properties *packetCaptureResultProperties `json:"properties,omitempty"`
}

type packetCaptureResultProperties struct {
	packetCaptureParameters
	ProvisioningState *string `json:"provisioningState,omitempty"`
}

type packetCaptureParameters struct {
	Target                  *string                       `json:"target"`
	Scope                   *packetCaptureMachineScope    `json:"scope,omitempty"`
	TargetType              *pcTargetType                 `json:"targetType,omitempty"`
	BytesToCapturePerPacket *int64                        `json:"bytesToCapturePerPacket,omitempty"`
	TotalBytesPerSession    *int64                        `json:"totalBytesPerSession,omitempty"`
	TimeLimitInSeconds      *int32                        `json:"timeLimitInSeconds,omitempty"`
	StorageLocation         *packetCaptureStorageLocation `json:"storageLocation"`
	Filters                 []*packetCaptureFilter        `json:"filters,omitempty"`
}

type packetCaptureMachineScope struct {
	Include []*string `json:"include,omitempty"`
	Exclude []*string `json:"exclude,omitempty"`
}

type packetCaptureStorageLocation struct {
	StorageID   *string `json:"storageId,omitempty"`
	StoragePath *string `json:"storagePath,omitempty"`
	FilePath    *string `json:"filePath,omitempty"`
}

type packetCaptureFilter struct {
	Protocol        *pcProtocol `json:"protocol,omitempty"`
	LocalIPAddress  *string     `json:"localIPAddress,omitempty"`
	RemoteIPAddress *string     `json:"remoteIPAddress,omitempty"`
	LocalPort       *string     `json:"localPort,omitempty"`
	RemotePort      *string     `json:"remotePort,omitempty"`
}

// nameRE stands for a pattern the generator compiles once per package.
var nameRE = regexp.MustCompile(`^[A-Za-z0-9_.-]+$`)

func (m *packetCapture) Validate() error {
	var errs validation.Errors
	m.validateInto(&errs, validation.Path{}, validation.Options{})
	return errs.Err()
}

func (m *packetCapture) ValidateRequest() error {
	var errs validation.Errors
	m.validateInto(&errs, validation.Path{}, validation.Options{Request: true})
	return errs.Err()
}

func (m *packetCapture) validateInto(errs *validation.Errors, p validation.Path, o validation.Options) {
	validation.Required(errs, p.Field("properties"), m.Properties)
	if m.Properties != nil {
		m.Properties.validateInto(errs, p.Field("properties"), o)
	}
}

func (m *packetCaptureResult) ValidateRequest() error {
	var errs validation.Errors
	m.validateInto(&errs, validation.Path{}, validation.Options{Request: true})
	return errs.Err()
}

func (m *packetCaptureResult) validateInto(errs *validation.Errors, p validation.Path, o validation.Options) {
	if o.Request {
		validation.ReadOnly(errs, p.Field("name"), m.Name)
		validation.ReadOnly(errs, p.Field("id"), m.ID)
		validation.ReadOnly(errs, p.Field("etag"), m.Etag)
	}
	validation.Pattern(errs, p.Field("name"), m.Name, nameRE)
	if m.Properties != nil {
		q := p.Field("properties")
		if o.Request {
			validation.ReadOnly(errs, q.Field("provisioningState"), m.Properties.ProvisioningState)
		}
		m.Properties.packetCaptureParameters.validateInto(errs, q, o)
	}
}

func (m *packetCaptureParameters) validateInto(errs *validation.Errors, p validation.Path, o validation.Options) {
	validation.Required(errs, p.Field("target"), m.Target)
	validation.ARMResourceID(errs, p.Field("target"), m.Target, "Microsoft.Compute/virtualMachines", "Microsoft.Compute/virtualMachineScaleSets")
	validation.Enum(errs, p.Field("targetType"), m.TargetType, "AzureVM", "AzureVMSS")
	validation.Minimum(errs, p.Field("bytesToCapturePerPacket"), m.BytesToCapturePerPacket, 0, false)
	validation.Maximum(errs, p.Field("bytesToCapturePerPacket"), m.BytesToCapturePerPacket, 4294967295, false)
	validation.Minimum(errs, p.Field("totalBytesPerSession"), m.TotalBytesPerSession, 0, false)
	validation.Maximum(errs, p.Field("totalBytesPerSession"), m.TotalBytesPerSession, 4294967295, false)
	validation.Minimum(errs, p.Field("timeLimitInSeconds"), m.TimeLimitInSeconds, 0, false)
	validation.Maximum(errs, p.Field("timeLimitInSeconds"), m.TimeLimitInSeconds, 18000, false)
	validation.Required(errs, p.Field("storageLocation"), m.StorageLocation)
	if m.StorageLocation != nil {
		m.StorageLocation.validateInto(errs, p.Field("storageLocation"), o)
	}
	for i, f := range m.Filters {
		if f != nil {
			f.validateInto(errs, p.Field("filters").Index(i), o)
		}
	}
	var include, exclude []*string
	if m.Scope != nil {
		include, exclude = m.Scope.Include, m.Scope.Exclude
	}
	validation.PacketCaptureTarget(errs, p, m.Target, m.TargetType, include, exclude)
}

func (m *packetCaptureStorageLocation) validateInto(errs *validation.Errors, p validation.Path, _ validation.Options) {
	validation.ARMResourceID(errs, p.Field("storageId"), m.StorageID, "Microsoft.Storage/storageAccounts")
	validation.StorageLocation(errs, p, m.StorageID, m.StoragePath, m.FilePath)
}

func (m *packetCaptureFilter) validateInto(errs *validation.Errors, p validation.Path, _ validation.Options) {
	validation.IPFilter(errs, p.Field("localIPAddress"), m.LocalIPAddress)
	validation.IPFilter(errs, p.Field("remoteIPAddress"), m.RemoteIPAddress)
	validation.PortFilter(errs, p.Field("localPort"), m.LocalPort)
	validation.PortFilter(errs, p.Field("remotePort"), m.RemotePort)
	validation.MaxLength(errs, p.Field("localIPAddress"), m.LocalIPAddress, 4000)
}

func ptr[T any](v T) *T { return &v }

// validPacketCapture returns a valid create body shaped like the spec's
// NetworkWatcherPacketCaptureCreate example, with both filters set.
func validPacketCapture() *packetCapture {
	return &packetCapture{Properties: &packetCaptureParameters{
		Target:                  ptr("/subscriptions/subid/resourceGroups/rg2/providers/Microsoft.Compute/virtualMachines/vm1"),
		BytesToCapturePerPacket: ptr[int64](10000),
		TotalBytesPerSession:    ptr[int64](100000),
		TimeLimitInSeconds:      ptr[int32](100),
		StorageLocation: &packetCaptureStorageLocation{
			StorageID:   ptr("/subscriptions/subid/resourceGroups/rg2/providers/Microsoft.Storage/storageAccounts/pcstore"),
			StoragePath: ptr("https://mytestaccountname.blob.core.windows.net/capture/pc1.cap"),
			FilePath:    ptr(`D:\capture\pc1.cap`),
		},
		Filters: []*packetCaptureFilter{
			{Protocol: ptr[pcProtocol]("TCP"), LocalIPAddress: ptr("10.0.0.4"), LocalPort: ptr("80")},
			{RemoteIPAddress: ptr("2001:db8::1-2001:db8::ff"), RemotePort: ptr("80;443;")},
		},
	}}
}
