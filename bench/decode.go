// Package bench measures how fast armgen's generated models decode real ARM responses, side by side
// with the Azure SDK's own types (armnetwork) and with a plain map[string]any.
//
// It is a module of its own (bench/go.mod) so that the Azure SDK never enters the main module's
// dependency graph. The inputs are the PacketCaptures list and NetworkConfigurationDiagnostic example
// responses of Microsoft.Network 2022-01-01, read in place from the specs mirror.
package bench

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/Azure/azure-sdk-for-go/sdk/resourcemanager/network/armnetwork"

	ours "github.com/armgen/armgen/generated/network/2022-01-01/armnetwork"
)

// SpecsRootEnv is the environment variable that overrides DefaultSpecsRoot.
const SpecsRootEnv = "ARMGEN_SPECS_ROOT"

// DefaultSpecsRoot is the specs mirror, relative to the bench/ directory (where `go test` and
// `go run ./cmd/compare` run).
const DefaultSpecsRoot = "../../shared/azure-rest-api-specs"

// ExamplesDir is the examples folder of Microsoft.Network 2022-01-01, relative to the specs root.
const ExamplesDir = "specification/network/resource-manager/Microsoft.Network/stable/2022-01-01/examples"

// The two example files whose 200 responses are decoded.
const (
	PacketCapturesListExample = "NetworkWatcherPacketCapturesList.json"
	DiagnosticExample         = "NetworkWatcherNetworkConfigurationDiagnostic.json"
)

// SpecsRoot returns the specs root: $ARMGEN_SPECS_ROOT when it is set, else DefaultSpecsRoot.
func SpecsRoot() string {
	if r := os.Getenv(SpecsRootEnv); r != "" {
		return r
	}
	return DefaultSpecsRoot
}

// Bodies holds the two response bodies, compacted, that every decoder decodes in one operation.
type Bodies struct {
	// PacketCaptures is responses["200"].body of NetworkWatcherPacketCapturesList.json.
	PacketCaptures []byte
	// Diagnostic is responses["200"].body of NetworkWatcherNetworkConfigurationDiagnostic.json.
	Diagnostic []byte
}

// Len returns the number of bytes one decode operation reads (both bodies).
func (b Bodies) Len() int { return len(b.PacketCaptures) + len(b.Diagnostic) }

// LoadBodies reads both example files under root and returns their 200 response bodies, each
// re-encoded compactly by encoding/json (key order as in the file), so that all decoders see the same
// bytes.
func LoadBodies(root string) (Bodies, error) {
	pc, err := loadBody(filepath.Join(root, ExamplesDir, PacketCapturesListExample))
	if err != nil {
		return Bodies{}, err
	}
	diag, err := loadBody(filepath.Join(root, ExamplesDir, DiagnosticExample))
	if err != nil {
		return Bodies{}, err
	}
	return Bodies{PacketCaptures: pc, Diagnostic: diag}, nil
}

func loadBody(path string) ([]byte, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read example: %w (set %s to the azure-rest-api-specs mirror)", err, SpecsRootEnv)
	}
	var ex struct {
		Responses map[string]struct {
			Body json.RawMessage `json:"body"`
		} `json:"responses"`
	}
	if err := json.Unmarshal(raw, &ex); err != nil {
		return nil, fmt.Errorf("%s: parse example: %w", path, err)
	}
	body := ex.Responses["200"].Body
	if len(body) == 0 {
		return nil, fmt.Errorf("%s#/responses/200/body: missing; the example must hold a 200 response with a body", path)
	}
	var buf bytes.Buffer
	if err := json.Compact(&buf, body); err != nil {
		return nil, fmt.Errorf("%s#/responses/200/body: compact: %w", path, err)
	}
	return buf.Bytes(), nil
}

// Armgen holds both bodies decoded into armgen's generated models.
type Armgen struct {
	PacketCaptures ours.PacketCaptureListResult
	Diagnostic     ours.ConfigurationDiagnosticResponse
}

// DecodeArmgen decodes both bodies into armgen's generated models with encoding/json.
func DecodeArmgen(b Bodies) (*Armgen, error) {
	var out Armgen
	if err := json.Unmarshal(b.PacketCaptures, &out.PacketCaptures); err != nil {
		return nil, fmt.Errorf("armgen PacketCaptureListResult: %w", err)
	}
	if err := json.Unmarshal(b.Diagnostic, &out.Diagnostic); err != nil {
		return nil, fmt.Errorf("armgen NetworkConfigurationDiagnosticResponse: %w", err)
	}
	return &out, nil
}

// Armnetwork holds both bodies decoded into the Azure SDK's armnetwork v1.1.0 models.
type Armnetwork struct {
	PacketCaptures armnetwork.PacketCaptureListResult
	Diagnostic     armnetwork.ConfigurationDiagnosticResponse
}

// DecodeArmnetwork decodes both bodies into the Azure SDK's armnetwork models with encoding/json,
// which calls their generated UnmarshalJSON methods, as the SDK's response handling does.
func DecodeArmnetwork(b Bodies) (*Armnetwork, error) {
	var out Armnetwork
	if err := json.Unmarshal(b.PacketCaptures, &out.PacketCaptures); err != nil {
		return nil, fmt.Errorf("armnetwork PacketCaptureListResult: %w", err)
	}
	if err := json.Unmarshal(b.Diagnostic, &out.Diagnostic); err != nil {
		return nil, fmt.Errorf("armnetwork ConfigurationDiagnosticResponse: %w", err)
	}
	return &out, nil
}

// MapAny holds both bodies decoded into generic maps.
type MapAny struct {
	PacketCaptures map[string]any
	Diagnostic     map[string]any
}

// DecodeMapAny decodes both bodies into map[string]any with encoding/json: the untyped baseline.
func DecodeMapAny(b Bodies) (*MapAny, error) {
	var out MapAny
	if err := json.Unmarshal(b.PacketCaptures, &out.PacketCaptures); err != nil {
		return nil, fmt.Errorf("map[string]any PacketCaptures: %w", err)
	}
	if err := json.Unmarshal(b.Diagnostic, &out.Diagnostic); err != nil {
		return nil, fmt.Errorf("map[string]any Diagnostic: %w", err)
	}
	return &out, nil
}

// Decoder is one contender: a name (the sub-benchmark's) and a function that decodes both bodies.
type Decoder struct {
	Name   string
	Decode func(Bodies) error
}

// Names of the contenders, as sub-benchmarks of BenchmarkDecode and rows of cmd/compare.
const (
	NameArmgen     = "armgen"
	NameArmnetwork = "armnetwork"
	NameMapAny     = "map_any"
)

// Decoders returns the three contenders in a fixed order: armgen, armnetwork, map_any.
func Decoders() []Decoder {
	return []Decoder{
		{NameArmgen, func(b Bodies) error { _, err := DecodeArmgen(b); return err }},
		{NameArmnetwork, func(b Bodies) error { _, err := DecodeArmnetwork(b); return err }},
		{NameMapAny, func(b Bodies) error { _, err := DecodeMapAny(b); return err }},
	}
}
