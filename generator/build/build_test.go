package build

import (
	"fmt"
	"strings"
	"testing"

	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/load"
)

const nwDir = "../../../shared/azure-rest-api-specs/specification/network/resource-manager/Microsoft.Network/stable/"

func buildReal(t testing.TB, version string) *ir.Package {
	t.Helper()
	return mustBuild(t, nwDir+version+"/networkWatcher.json", load.Options{})
}

// mustBuild loads the spec at path and builds it; any error fails the test.
func mustBuild(t testing.TB, path string, opts load.Options) *ir.Package {
	t.Helper()
	doc, err := load.Load(path, opts)
	if err != nil {
		t.Fatal(err)
	}
	pkg, err := Build(doc, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return pkg
}

func findOp(pkg *ir.Package, id string) *ir.Operation {
	for _, g := range pkg.Groups {
		for _, op := range g.Operations {
			if op.ID == id {
				return op
			}
		}
	}
	return nil
}

func findModel(pkg *ir.Package, name string) *ir.Model {
	for _, m := range pkg.Models {
		if m.Name == name {
			return m
		}
	}
	return nil
}

func TestBuildRealSpec(t *testing.T) {
	pkg := buildReal(t, "2022-01-01")
	if pkg.Name != "armnetwork" || pkg.APIVersion != "2022-01-01" || pkg.Provider != "Microsoft.Network" {
		t.Errorf("package %s %s %s", pkg.Name, pkg.APIVersion, pkg.Provider)
	}
	ops, examples := 0, 0
	var groups []string
	for _, g := range pkg.Groups {
		groups = append(groups, g.Name)
		for _, op := range g.Operations {
			ops++
			examples += len(op.Examples)
		}
	}
	if ops != 37 || examples != 38 {
		t.Errorf("%d operations with %d examples, want 37 and 38", ops, examples)
	}
	if got := fmt.Sprint(groups); got != "[ConnectionMonitors FlowLogs NetworkWatchers PacketCaptures]" {
		t.Errorf("groups = %s", got)
	}
	if len(pkg.Models) != 104 || len(pkg.Enums) != 36 {
		t.Errorf("%d models and %d enums, want 104 and 36", len(pkg.Models), len(pkg.Enums))
	}
}

func TestRealOperations(t *testing.T) {
	pkg := buildReal(t, "2022-01-01")
	create := findOp(pkg, "PacketCaptures_Create")
	if create == nil || create.Name != "Create" || create.Method != "PUT" || create.LongRunning == nil || create.LongRunning.FinalStateVia != "azure-async-operation" {
		t.Fatalf("PacketCaptures_Create = %+v", create)
	}
	if create.Body == nil || create.Body.Type.String() != "PacketCapture" || !create.Body.Required {
		t.Errorf("body = %+v", create.Body)
	}
	var params []string
	for _, p := range create.Params {
		params = append(params, fmt.Sprintf("%s/%s/%s/client=%v", p.Name, p.GoName, p.In, p.Client))
	}
	want := "[resourceGroupName/resourceGroupName/path/client=false networkWatcherName/networkWatcherName/path/client=false packetCaptureName/packetCaptureName/path/client=false api-version/apiVersion/query/client=true subscriptionId/subscriptionID/path/client=true]"
	if got := fmt.Sprint(params); got != want {
		t.Errorf("params = %s\nwant     %s", got, want)
	}
	var statuses []string
	for _, r := range create.Responses {
		statuses = append(statuses, r.Status+":"+r.Type.String())
	}
	if got := strings.Join(statuses, " "); got != "201:PacketCaptureResult default:ErrorResponse" {
		t.Errorf("responses = %s", got)
	}
	if l := findOp(pkg, "FlowLogs_List"); l.Pageable == nil || l.Pageable.NextLinkName != "nextLink" || l.Pageable.ItemName != "value" {
		t.Errorf("FlowLogs_List pageable = %+v", l.Pageable)
	}
	if l := findOp(pkg, "PacketCaptures_List"); l.Pageable == nil || l.Pageable.NextLinkName != "" {
		t.Errorf("PacketCaptures_List pageable = %+v (nextLinkName null means one page)", l.Pageable)
	}
	if e := findOp(pkg, "ConnectionMonitors_CreateOrUpdate").Examples; len(e) != 2 || e[0].Name != "Create connection monitor V1" || e[1].Name != "Create connection monitor V2" {
		t.Errorf("examples out of spec order: %v", e)
	}
	if p := findOp(pkg, "NetworkWatchers_CreateOrUpdate").Params[0]; p.Constraints.Pattern != "" && p.Name == "" {
		t.Error("unreachable")
	}
}

func TestRealModelsAndNames(t *testing.T) {
	pkg := buildReal(t, "2022-01-01")
	pc := findModel(pkg, "PacketCaptureParameters")
	var fields []string
	for _, f := range pc.Fields {
		flags := ""
		if f.Required {
			flags += "!"
		}
		fields = append(fields, f.Name+flags+":"+f.Type.String())
	}
	want := "[BytesToCapturePerPacket:int64 Filters:[]PacketCaptureFilter Scope:PacketCaptureMachineScope StorageLocation!:PacketCaptureStorageLocation Target!:string TargetType:PacketCaptureTargetType TimeLimitInSeconds:int32 TotalBytesPerSession:int64]"
	if got := fmt.Sprint(fields); got != want {
		t.Errorf("PacketCaptureParameters = %s\nwant %s", got, want)
	}
	if m := findModel(pkg, "ConnectionMonitorHTTPConfiguration"); m == nil || m.SchemaName != "ConnectionMonitorHttpConfiguration" {
		t.Errorf("initialisms: %+v", m)
	}
	nw := findModel(pkg, "Watcher") // NetworkWatcher, the package's prefix trimmed
	var inherited []string
	for _, f := range nw.Fields {
		if f.Inherited != "" {
			inherited = append(inherited, f.Name+"<"+f.Inherited)
		}
	}
	if got := fmt.Sprint(inherited); got != "[ID<Resource Location<Resource Name<Resource Tags<Resource Type<Resource]" || nw.Bases[0].Name != "Resource" {
		t.Errorf("NetworkWatcher inherits %s", got)
	}
	if nw.Usage != ir.UsageInput|ir.UsageOutput {
		t.Errorf("NetworkWatcher usage = %v", nw.Usage)
	}
	props := findModel(pkg, "PacketCapture").Fields[0]
	if !props.ClientFlatten || props.JSONName != "properties" {
		t.Errorf("x-ms-client-flatten not recorded: %+v", props)
	}
	for _, e := range pkg.Enums {
		if e.Name == "PcProtocol" && (!e.ModelAsString || e.Values[0].Name != "PcProtocolTCP") {
			t.Errorf("PcProtocol = %+v", e)
		}
		if e.Name == "PacketCaptureTargetType" && e.ModelAsString {
			t.Error("PacketCaptureTargetType is a closed set")
		}
	}
}

func TestRealResources(t *testing.T) {
	pkg := buildReal(t, "2022-01-01")
	var got []string
	for _, r := range pkg.Resources {
		var parents []string
		for _, p := range r.Parents {
			parents = append(parents, p.Group+"/"+p.Name)
		}
		got = append(got, fmt.Sprintf("%s/%s %s %s parents=%v list=%d actions=%d", r.Group, r.Name, r.TypePath, r.Model.Name, parents, len(r.List), len(r.Actions)))
	}
	want := []string{
		"Network/ConnectionMonitor networkWatchers/connectionMonitors ConnectionMonitorResult parents=[Resources/ResourceGroup Network/NetworkWatcher] list=1 actions=3",
		"Network/FlowLog networkWatchers/flowLogs FlowLog parents=[Resources/ResourceGroup Network/NetworkWatcher] list=1 actions=0",
		"Network/NetworkWatcher networkWatchers Watcher parents=[Resources/ResourceGroup] list=2 actions=12",
		"Network/PacketCapture networkWatchers/packetCaptures PacketCaptureResult parents=[Resources/ResourceGroup Network/NetworkWatcher] list=1 actions=2",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("resources:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, r := range pkg.Resources {
		if r.Name != "PacketCapture" {
			continue
		}
		s := r.CreateBodySchema()
		if s.Get("$ref") != nil || s.Pointer("/properties/properties/properties/filters/items/properties/localPort") == nil {
			t.Errorf("create body schema not inlined")
		}
		if keys := fmt.Sprintln(len(s.Obj), s.Obj[0].Key, s.Obj[1].Key, s.Obj[2].Key); keys != "3 properties required description\n" {
			t.Errorf("create body schema keys = %s", keys)
		}
	}
}

func TestBuildIsDeterministic(t *testing.T) {
	a := fmt.Sprintf("%+v", names(buildReal(t, "2022-01-01")))
	for i := 0; i < 3; i++ {
		if b := fmt.Sprintf("%+v", names(buildReal(t, "2022-01-01"))); a != b {
			t.Fatal("two builds of the same spec differ")
		}
	}
}

func names(pkg *ir.Package) []string {
	var out []string
	for _, m := range pkg.Models {
		out = append(out, m.Name)
		for _, f := range m.Fields {
			out = append(out, "."+f.Name)
		}
	}
	for _, e := range pkg.Enums {
		out = append(out, e.Name)
		for _, v := range e.Values {
			out = append(out, ":"+v.Name)
		}
	}
	return out
}
