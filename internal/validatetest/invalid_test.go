package validatetest

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/armgen/armgen/runtime/validation"
)

var update = flag.Bool("update", false, "rewrite testdata/invalid.golden")

// edit changes an example body in one place: sets the value at a JSON pointer (creating
// the member when its object lacks it) or, with del, removes it.
type edit struct {
	ptr   string
	value string // JSON; ignored when del
	del   bool
}

func set(ptr, value string) edit { return edit{ptr: ptr, value: value} }
func del(ptr string) edit        { return edit{ptr: ptr, del: true} }

// invalidCase is one real example body changed in one place, and the problems that
// validating it must report, each as "path rule", in order.
type invalidCase struct {
	name string
	body string // as in body.name: "<example file> request" or "... response <status>"
	edit edit
	want []string
}

const (
	pcCreate  = "NetworkWatcherPacketCaptureCreate.json request"
	cmCreate  = "NetworkWatcherConnectionMonitorV2Create.json request"
	cmV1      = "NetworkWatcherConnectionMonitorCreate.json request"
	flCreate  = "NetworkWatcherFlowLogCreate.json request"
	vmID      = `"/subscriptions/subid/resourceGroups/rg2/providers/Microsoft.Compute/virtualMachines/vm1"`
	vmssID    = `"/subscriptions/subid/resourceGroups/rg2/providers/Microsoft.Compute/virtualMachineScaleSets/ss1"`
	storageID = `"/subscriptions/subid/resourceGroups/rg2/providers/Microsoft.Storage/storageAccounts/st1"`
)

var invalidCases = []invalidCase{
	// PacketCapture: schema constraints.
	{"pc properties absent", pcCreate, del("/properties"), []string{"properties required"}},
	{"pc target absent", pcCreate, del("/properties/target"), []string{"properties.target required"}},
	{"pc bytesToCapturePerPacket negative", pcCreate, set("/properties/bytesToCapturePerPacket", "-1"), []string{"properties.bytesToCapturePerPacket minimum"}},
	{"pc bytesToCapturePerPacket above uint32", pcCreate, set("/properties/bytesToCapturePerPacket", "4294967296"), []string{"properties.bytesToCapturePerPacket maximum"}},
	{"pc totalBytesPerSession above uint32", pcCreate, set("/properties/totalBytesPerSession", "5000000000"), []string{"properties.totalBytesPerSession maximum"}},
	{"pc timeLimitInSeconds above 5 hours", pcCreate, set("/properties/timeLimitInSeconds", "18001"), []string{"properties.timeLimitInSeconds maximum"}},
	{"pc timeLimitInSeconds negative", pcCreate, set("/properties/timeLimitInSeconds", "-5"), []string{"properties.timeLimitInSeconds minimum"}},
	{"pc storageLocation absent", pcCreate, del("/properties/storageLocation"), []string{"properties.storageLocation required"}},
	{"pc targetType outside its closed set", pcCreate, set("/properties/targetType", `"AzureVMX"`), []string{"properties.targetType enum"}},
	// PacketCapture: prose rules.
	{"pc target not a resource ID", pcCreate, set("/properties/target", `"vm1"`), []string{"properties.target armResourceID"}},
	{"pc target a storage account", pcCreate, set("/properties/target", storageID), []string{"properties.target armResourceID"}},
	{"pc targetType disagrees with target", pcCreate, set("/properties/targetType", `"AzureVMSS"`), []string{"properties.targetType packetCaptureTarget"}},
	{"pc scope with a virtual machine", pcCreate, set("/properties/scope", `{"include": ["0"]}`), []string{"properties.scope packetCaptureTarget"}},
	{"pc storageLocation empty", pcCreate, set("/properties/storageLocation", `{}`), []string{"properties.storageLocation.storageId storageLocation"}},
	{"pc storageId a virtual machine", pcCreate, set("/properties/storageLocation/storageId", vmID), []string{"properties.storageLocation.storageId armResourceID"}},
	{"pc storagePath not a URI", pcCreate, set("/properties/storageLocation/storagePath", `"capture/pc1.cap"`), []string{"properties.storageLocation.storagePath storageLocation"}},
	{"pc filePath not a .cap file", pcCreate, set("/properties/storageLocation/filePath", `"D:\\capture\\pc1.txt"`), []string{"properties.storageLocation.filePath storageLocation"}},
	{"pc filePath Linux outside /var/captures", pcCreate, set("/properties/storageLocation/filePath", `"/tmp/pc1.cap"`), []string{"properties.storageLocation.filePath storageLocation"}},
	{"pc filter address not an IP", pcCreate, set("/properties/filters/0/localIPAddress", `"10.0.0.300"`), []string{"properties.filters[0].localIPAddress ipFilter"}},
	{"pc filter address range reversed", pcCreate, set("/properties/filters/0/localIPAddress", `"10.0.0.9-10.0.0.1"`), []string{"properties.filters[0].localIPAddress ipFilter"}},
	{"pc filter address range across families", pcCreate, set("/properties/filters/0/localIPAddress", `"10.0.0.1-2001:db8::1"`), []string{"properties.filters[0].localIPAddress ipFilter"}},
	{"pc filter address two ranges", pcCreate, set("/properties/filters/0/localIPAddress", `"10.0.0.1-10.0.0.2;10.0.0.5-10.0.0.6"`), []string{"properties.filters[0].localIPAddress ipFilter"}},
	{"pc filter remote address list and range", pcCreate, set("/properties/filters/0/remoteIPAddress", `"10.0.0.1;10.0.0.2-10.0.0.3"`), []string{"properties.filters[0].remoteIPAddress ipFilter"}},
	{"pc filter port above 65535", pcCreate, set("/properties/filters/0/localPort", `"65536"`), []string{"properties.filters[0].localPort portFilter"}},
	{"pc filter port range reversed", pcCreate, set("/properties/filters/0/localPort", `"85-80"`), []string{"properties.filters[0].localPort portFilter"}},
	{"pc filter remote port not a number", pcCreate, set("/properties/filters/0/remotePort", `"http"`), []string{"properties.filters[0].remotePort portFilter"}},
	{"pc filter with two bad values", pcCreate, set("/properties/filters/0", `{"localIPAddress": "10.0.0.1-10.0.0.2;10.0.0.3", "localPort": "0-65536"}`), []string{"properties.filters[0].localIPAddress ipFilter", "properties.filters[0].localPort portFilter"}},
	// NetworkWatcher: read-only properties in a request.
	{"nw etag in a request", "NetworkWatcherCreate.json request", set("/etag", `"W/\"1\""`), []string{"etag readOnly"}},
	{"nw provisioningState in a request", "NetworkWatcherCreate.json request", set("/properties/provisioningState", `"Succeeded"`), []string{"properties.provisioningState readOnly"}},
	// ConnectionMonitor.
	{"cm endpoint name absent", cmCreate, del("/properties/endpoints/0/name"), []string{"properties.endpoints[0].name required"}},
	{"cm endpoint address not a host", cmCreate, set("/properties/endpoints/2/address", `"bing..com"`), []string{"properties.endpoints[2].address hostAddress"}},
	{"cm endpoint resourceId not an ID", cmCreate, set("/properties/endpoints/0/resourceId", `"vm1"`), []string{"properties.endpoints[0].resourceId armResourceID"}},
	{"cm endpoint scope item prefix too long", cmCreate, set("/properties/endpoints/0/scope", `{"include": [{"address": "10.0.0.0/33"}]}`), []string{"properties.endpoints[0].scope.include[0].address ipOrPrefix"}},
	{"cm test frequency zero", cmCreate, set("/properties/testConfigurations/0/testFrequencySec", "0"), []string{"properties.testConfigurations[0].testFrequencySec testFrequency"}},
	{"cm tcp port above 65535", cmCreate, set("/properties/testConfigurations/0/tcpConfiguration/port", "70000"), []string{"properties.testConfigurations[0].tcpConfiguration.port maximum"}},
	{"cm http path without a slash", cmCreate, set("/properties/testConfigurations/0/httpConfiguration", `{"path": "health"}`), []string{"properties.testConfigurations[0].httpConfiguration.path httpPath"}},
	{"cm http status code range", cmCreate, set("/properties/testConfigurations/0/httpConfiguration", `{"validStatusCodeRanges": ["2xx", "600"]}`), []string{"properties.testConfigurations[0].httpConfiguration.validStatusCodeRanges[1] httpStatusCodeRanges"}},
	{"cm success threshold above 100%", cmCreate, set("/properties/testConfigurations/0/successThreshold", `{"checksFailedPercent": 101}`), []string{"properties.testConfigurations[0].successThreshold.checksFailedPercent successThreshold"}},
	{"cm test group sources absent", cmCreate, del("/properties/testGroups/0/sources"), []string{"properties.testGroups[0].sources required"}},
	{"cm test group empty", cmCreate, set("/properties/testGroups/0", `{}`), []string{"properties.testGroups[0].destinations required", "properties.testGroups[0].name required", "properties.testGroups[0].sources required", "properties.testGroups[0].testConfigurations required"}},
	{"cm output workspace of the wrong type", cmCreate, set("/properties/outputs", `[{"type": "Workspace", "workspaceSettings": {"workspaceResourceId": `+storageID+`}}]`), []string{"properties.outputs[0].workspaceSettings.workspaceResourceId armResourceID"}},
	{"cm monitoring interval below 30", cmV1, set("/properties/monitoringIntervalInSeconds", "10"), []string{"properties.monitoringIntervalInSeconds minimum"}},
	// FlowLog.
	{"fl target a virtual machine", flCreate, set("/properties/targetResourceId", vmID), []string{"properties.targetResourceId armResourceID"}},
	{"fl storageId absent", flCreate, del("/properties/storageId"), []string{"properties.storageId required"}},
	{"fl storageId a scale set", flCreate, set("/properties/storageId", vmssID), []string{"properties.storageId armResourceID"}},
	{"fl format version 3", flCreate, set("/properties/format/version", "3"), []string{"properties.format.version flowLogFormatVersion"}},
	{"fl retention days negative", flCreate, set("/properties/retentionPolicy", `{"days": -1, "enabled": true}`), []string{"properties.retentionPolicy.days retentionDays"}},
	{"fl analytics interval 30", flCreate, set("/properties/flowAnalyticsConfiguration", `{"networkWatcherFlowAnalyticsConfiguration": {"enabled": true, "trafficAnalyticsInterval": 30}}`), []string{"properties.flowAnalyticsConfiguration.networkWatcherFlowAnalyticsConfiguration.trafficAnalyticsInterval trafficAnalyticsInterval"}},
	{"fl analytics workspace of the wrong type", flCreate, set("/properties/flowAnalyticsConfiguration", `{"networkWatcherFlowAnalyticsConfiguration": {"workspaceResourceId": `+vmID+`}}`), []string{"properties.flowAnalyticsConfiguration.networkWatcherFlowAnalyticsConfiguration.workspaceResourceId armResourceID"}},
	{"fl response targetResourceGuid not a UUID", "NetworkWatcherFlowLogGet.json response 200", set("/properties/targetResourceGuid", `"not-a-guid"`), []string{"properties.targetResourceGuid format.uuid"}},
	{"fl status target not an ID", "NetworkWatcherFlowLogStatusQuery.json request", set("/targetResourceId", `"nsg1"`), []string{"targetResourceId armResourceID"}},
	{"fl configure storageId absent", "NetworkWatcherFlowLogConfigure.json request", del("/properties/storageId"), []string{"properties.storageId required"}},
	// Other operations.
	{"connectivity destination port above 65535", "NetworkWatcherConnectivityCheck.json request", set("/destination/port", "65536"), []string{"destination.port maximum"}},
	{"connectivity source absent", "NetworkWatcherConnectivityCheck.json request", del("/source"), []string{"source required"}},
	{"next hop target absent", "NetworkWatcherNextHopGet.json request", del("/targetResourceId"), []string{"targetResourceId required"}},
	{"reachability startTime absent", "NetworkWatcherAzureReachabilityReportGet.json request", del("/startTime"), []string{"startTime required"}},
	{"reachability response score above 100", "NetworkWatcherAzureReachabilityReportGet.json response 200", set("/reachabilityReport/0/latencies/0/score", "101"), []string{"reachabilityReport[0].latencies[0].score maximum"}},
	{"troubleshoot storageId absent", "NetworkWatcherTroubleshootGet.json request", del("/properties/storageId"), []string{"properties.storageId required"}},
}

// TestInvalidPayloads changes a real example in one place and checks that validation
// reports exactly the expected problems (path and rule, in order); the full messages are
// compared with testdata/invalid.golden (go test ./internal/validatetest -update rewrites it).
func TestInvalidPayloads(t *testing.T) {
	bodies := exampleBodies(t)
	var golden strings.Builder
	for _, c := range invalidCases {
		b := findBody(t, bodies, c.body)
		data, err := apply(b.data, c.edit)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if err := check(decode(t, b.typ, b.data), b.request); err != nil {
			t.Fatalf("%s: the unchanged example is invalid: %v", c.name, err)
		}
		verr := check(decode(t, b.typ, data), b.request)
		var ve validation.Errors
		if verr != nil && !errors.As(verr, &ve) {
			t.Errorf("%s: %T is not a validation.Errors", c.name, verr)
			continue
		}
		var got []string
		for _, e := range ve {
			got = append(got, e.Path+" "+e.Rule)
		}
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") || len(c.want) == 0 {
			t.Errorf("%s: got\n\t%s\nwant\n\t%s", c.name, strings.Join(quoteAll(got), ",\n\t"), strings.Join(quoteAll(c.want), ",\n\t"))
		}
		fmt.Fprintf(&golden, "# %s (%s, %s)\n%s\n\n", c.name, c.body, c.edit, verr)
	}
	checkGolden(t, filepath.Join("testdata", "invalid.golden"), golden.String())
	t.Logf("%d invalid payloads", len(invalidCases))
}

func quoteAll(s []string) []string {
	out := make([]string, len(s))
	for i, x := range s {
		out[i] = strconv.Quote(x)
	}
	return out
}

// String describes the edit for the golden file.
func (e edit) String() string {
	if e.del {
		return "delete " + e.ptr
	}
	return "set " + e.ptr + " to " + e.value
}

// checkGolden compares got with the file at path, or rewrites it with -update.
func checkGolden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./internal/validatetest -update)", err)
	}
	if string(want) != got {
		t.Errorf("%s differs (run go test ./internal/validatetest -update and review the diff); got:\n%s", path, got)
	}
}

// apply returns data with e applied.
func apply(data []byte, e edit) ([]byte, error) {
	var root any
	if err := json.Unmarshal(data, &root); err != nil {
		return nil, err
	}
	var v any
	if !e.del {
		if err := json.Unmarshal([]byte(e.value), &v); err != nil {
			return nil, fmt.Errorf("value %s: %w", e.value, err)
		}
	}
	tokens := strings.Split(e.ptr, "/")[1:]
	parent := root
	for _, tok := range tokens[:len(tokens)-1] {
		switch p := parent.(type) {
		case map[string]any:
			parent = p[tok]
		case []any:
			i, err := strconv.Atoi(tok)
			if err != nil || i >= len(p) {
				return nil, fmt.Errorf("%s: no element %s", e.ptr, tok)
			}
			parent = p[i]
		}
		if parent == nil {
			return nil, fmt.Errorf("%s: no %s", e.ptr, tok)
		}
	}
	last := tokens[len(tokens)-1]
	switch p := parent.(type) {
	case map[string]any:
		if e.del {
			if _, ok := p[last]; !ok {
				return nil, fmt.Errorf("%s: nothing to delete", e.ptr)
			}
			delete(p, last)
		} else {
			p[last] = v
		}
	case []any:
		i, err := strconv.Atoi(last)
		if err != nil || i >= len(p) || e.del {
			return nil, fmt.Errorf("%s: cannot change element %s", e.ptr, last)
		}
		p[i] = v
	default:
		return nil, fmt.Errorf("%s: the parent is not an object or array", e.ptr)
	}
	return json.Marshal(root)
}
