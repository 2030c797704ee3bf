package validatetest

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	nw "github.com/armgen/armgen/generated/network/2022-01-01/armnetwork"
	"github.com/armgen/armgen/generator"
	"github.com/armgen/armgen/generator/jsonv"
	"github.com/armgen/armgen/runtime/validation"
)

// validator is what every generated model implements.
type validator interface {
	Validate() error
	ValidateRequest() error
}

// bodyTypes makes a new value of each body type of the examples, by Go type name. A type
// missing here fails TestExamplesValidate, so the map stays complete.
var bodyTypes = map[string]func() validator{
	"AvailableProvidersList":            func() validator { return new(nw.AvailableProvidersList) },
	"AvailableProvidersListParameters":  func() validator { return new(nw.AvailableProvidersListParameters) },
	"AzureReachabilityReport":           func() validator { return new(nw.AzureReachabilityReport) },
	"AzureReachabilityReportParameters": func() validator { return new(nw.AzureReachabilityReportParameters) },
	"ConnectionMonitor":                 func() validator { return new(nw.ConnectionMonitor) },
	"ConnectionMonitorListResult":       func() validator { return new(nw.ConnectionMonitorListResult) },
	"ConnectionMonitorQueryResult":      func() validator { return new(nw.ConnectionMonitorQueryResult) },
	"ConnectionMonitorResult":           func() validator { return new(nw.ConnectionMonitorResult) },
	"ConnectivityInformation":           func() validator { return new(nw.ConnectivityInformation) },
	"ConnectivityParameters":            func() validator { return new(nw.ConnectivityParameters) },
	"FlowLog":                           func() validator { return new(nw.FlowLog) },
	"FlowLogInformation":                func() validator { return new(nw.FlowLogInformation) },
	"FlowLogListResult":                 func() validator { return new(nw.FlowLogListResult) },
	"FlowLogStatusParameters":           func() validator { return new(nw.FlowLogStatusParameters) },
	"ConfigurationDiagnosticParameters": func() validator { return new(nw.ConfigurationDiagnosticParameters) },
	"ConfigurationDiagnosticResponse":   func() validator { return new(nw.ConfigurationDiagnosticResponse) },
	"Watcher":                           func() validator { return new(nw.Watcher) },
	"WatcherListResult":                 func() validator { return new(nw.WatcherListResult) },
	"NextHopParameters":                 func() validator { return new(nw.NextHopParameters) },
	"NextHopResult":                     func() validator { return new(nw.NextHopResult) },
	"PacketCapture":                     func() validator { return new(nw.PacketCapture) },
	"PacketCaptureListResult":           func() validator { return new(nw.PacketCaptureListResult) },
	"PacketCaptureQueryStatusResult":    func() validator { return new(nw.PacketCaptureQueryStatusResult) },
	"PacketCaptureResult":               func() validator { return new(nw.PacketCaptureResult) },
	"QueryTroubleshootingParameters":    func() validator { return new(nw.QueryTroubleshootingParameters) },
	"SecurityGroupViewParameters":       func() validator { return new(nw.SecurityGroupViewParameters) },
	"SecurityGroupViewResult":           func() validator { return new(nw.SecurityGroupViewResult) },
	"TagsObject":                        func() validator { return new(nw.TagsObject) },
	"Topology":                          func() validator { return new(nw.Topology) },
	"TopologyParameters":                func() validator { return new(nw.TopologyParameters) },
	"TroubleshootingParameters":         func() validator { return new(nw.TroubleshootingParameters) },
	"TroubleshootingResult":             func() validator { return new(nw.TroubleshootingResult) },
	"VerificationIPFlowParameters":      func() validator { return new(nw.VerificationIPFlowParameters) },
	"VerificationIPFlowResult":          func() validator { return new(nw.VerificationIPFlowResult) },
}

// body is one request or response body of an example.
type body struct {
	// name is "<example file> request" or "<example file> response <status>".
	name string
	// typ is the Go type name of the body.
	typ string
	// request is true for a body the client sends.
	request bool
	// data is the body's JSON.
	data []byte
}

// specsRoot is the Azure spec mirror: $SPECS_ROOT or ../shared/azure-rest-api-specs.
func specsRoot() string {
	if r := os.Getenv("SPECS_ROOT"); r != "" {
		return r
	}
	return filepath.Join("..", "..", "..", "shared", "azure-rest-api-specs")
}

// specPath is networkWatcher.json 2022-01-01 in the mirror.
func specPath() string {
	return filepath.Join(specsRoot(), "specification", "network", "resource-manager", "Microsoft.Network", "stable", "2022-01-01", "networkWatcher.json")
}

// exampleBodies lists every request and response body of the spec's examples, through
// the IR of the spec (which knows each operation's body and response types), sorted by name.
func exampleBodies(tb testing.TB) []body {
	bodies, _ := exampleBodiesCount(tb)
	return bodies
}

// exampleBodiesCount is exampleBodies that also counts the examples, bodies or not.
func exampleBodiesCount(tb testing.TB) ([]body, int) {
	tb.Helper()
	if _, err := os.Stat(specPath()); err != nil {
		tb.Skipf("spec mirror not available (set SPECS_ROOT): %v", err)
	}
	pkg, _, err := generator.Load(generator.Options{Spec: specPath(), Root: specsRoot()})
	if err != nil {
		tb.Fatal(err)
	}
	var out []body
	examples := 0
	for _, g := range pkg.Groups {
		for _, op := range g.Operations {
			for _, ex := range op.Examples {
				examples++
				file := filepath.Base(ex.File)
				if op.Body != nil {
					if v := ex.Parameters.Get(op.Body.Name); v != nil {
						out = append(out, body{file + " request", op.Body.Type.String(), true, jsonv.AppendCompact(nil, v)})
					}
				}
				for _, m := range ex.Responses.Obj {
					v := m.Value.Get("body")
					if v == nil {
						continue
					}
					for _, r := range op.Responses {
						if r.Status == m.Key && r.Type != nil {
							out = append(out, body{file + " response " + m.Key, r.Type.String(), false, jsonv.AppendCompact(nil, v)})
						}
					}
				}
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	return out, examples
}

// findBody returns the body called name.
func findBody(tb testing.TB, bodies []body, name string) body {
	tb.Helper()
	for _, b := range bodies {
		if b.name == name {
			return b
		}
	}
	tb.Fatalf("no example body %q", name)
	return body{}
}

// decode decodes data into a new value of the Go type typ.
func decode(tb testing.TB, typ string, data []byte) validator {
	tb.Helper()
	newFn, ok := bodyTypes[typ]
	if !ok {
		tb.Fatalf("bodyTypes has no entry for %s: add it", typ)
	}
	v := newFn()
	if err := json.Unmarshal(data, v); err != nil {
		tb.Fatalf("decode %s: %v", typ, err)
	}
	return v
}

// check validates v as a request (ValidateRequest) or as a response (Validate).
func check(v validator, request bool) error {
	if request {
		return v.ValidateRequest()
	}
	return v.Validate()
}

// TestExamplesValidate decodes every request and response body of the 38 examples into its
// generated type: requests pass ValidateRequest, responses pass Validate, and requests pass
// Validate too (Validate asks less than ValidateRequest).
func TestExamplesValidate(t *testing.T) {
	bodies, examples := exampleBodiesCount(t)
	requests, files := 0, map[string]bool{}
	for _, b := range bodies {
		v := decode(t, b.typ, b.data)
		files[strings.Fields(b.name)[0]] = true
		if err := check(v, b.request); err != nil {
			t.Errorf("%s (%s): %v", b.name, b.typ, err)
		}
		if b.request {
			requests++
			if err := v.Validate(); err != nil {
				t.Errorf("%s (%s): Validate: %v", b.name, b.typ, err)
			}
		}
	}
	if examples != 38 || requests != 20 {
		t.Errorf("checked %d request bodies of %d examples, want the 20 of the 38 examples", requests, examples)
	}
	t.Logf("%d bodies (%d requests) of the %d examples (%d with a body) validate clean", len(bodies), requests, examples, len(files))
}

// TestResponsesAreNotRequests shows why ValidateRequest exists: a response sent back as a
// request body carries read-only properties, and ValidateRequest reports each of them.
func TestResponsesAreNotRequests(t *testing.T) {
	b := findBody(t, exampleBodies(t), "NetworkWatcherPacketCaptureGet.json response 200")
	v := decode(t, b.typ, b.data)
	if err := v.Validate(); err != nil {
		t.Fatalf("Validate: %v", err)
	}
	err := v.ValidateRequest()
	var ve validation.Errors
	if !errors.As(err, &ve) {
		t.Fatalf("ValidateRequest = %v, want validation.Errors", err)
	}
	var got []string
	for _, e := range ve {
		got = append(got, e.Path+" "+e.Rule)
	}
	want := []string{"etag readOnly", "id readOnly", "name readOnly", "properties.provisioningState readOnly"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("ValidateRequest of a response reports\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
