package golang

import (
	"encoding/json"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/armgen/armgen/generator/build"
	"github.com/armgen/armgen/generator/config"
	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/load"
	"github.com/armgen/armgen/generator/output"
	"github.com/armgen/armgen/internal/e2e"
	"github.com/armgen/armgen/internal/fakearm"
)

// networkReadme is the Network service's AutoRest configuration; its tag package-2021-02
// lists the 50 spec files of Microsoft.Network/stable/2021-02-01, the input of the Azure
// SDK's armnetwork package.
const (
	networkReadme = "../../../shared/azure-rest-api-specs/specification/network/resource-manager/readme.md"
	networkTag    = "package-2021-02"
)

// Why examples of package-2021-02 cannot pass: each is a disagreement between the
// example and its spec (or ARM), checked by hand against the spec JSON.
const (
	whyArray   = "the 200 body is a JSON array; the spec's list result is an object {value, nextLink}"
	whyBastion = "the body is a JSON array of session IDs; the spec's SessionIds is an object {sessionIds: [...]}"
	whyDscp    = "properties.associatedNetworkInterfaces holds ID strings; the spec declares NetworkInterface objects"
	whyErconn  = "properties.expressRouteConnection is a string; the spec declares ExpressRouteConnectionId, an object {id}"
	whyHealth  = "the body is a string; the spec's P2SVpnConnectionHealth is an object {sasUrl}"
	whyIpsec   = "the body is a string; the spec's VpnClientIPsecParameters is an object"
	whyPrefix  = "the example's 201 and 200 bodies name different resources (publicIPPrefixes/test-ipprefix, publicIPAddresses/test-ipprefix)"
	whyProfile = "the body is a string; the spec's VpnProfileResponse is an object {profileUrl}"
	whyReset   = "the example has only a 202 response: there is no final response to compare the result with"
	whyRole    = "properties.roleInstance is not a property of the spec's NetworkInterfacePropertiesFormat"
	whySite    = "properties.virtualWan is a string; the spec declares a SubResource object {id}"
	whyUsage   = "currentValue is a number with a fraction part (8.0, 12.0); the spec declares an int64 integer (JSON Schema draft 4, Swagger 2.0's, counts no number with a fraction part as an integer)"
	whyVmss    = "virtualmachineIndex is the number 1; the spec declares a string path parameter"
	whyWaf     = "matchVariables[].selector is null, which the spec's string (not x-nullable) does not allow; the types hold null and absent alike, so it comes back absent"
	whyWan     = "properties.virtualHubs holds ID strings; the spec declares SubResource objects {id}"
	whyXconn   = "a long-running PUT whose only response is 200 with provisioningState \"Enabled\", which is no terminal ARM state: a client keeps polling"
)

// networkWireKnown lists the example bodies of package-2021-02 that cannot round-trip
// because the example disagrees with its spec. Key: "<example file> <body>"; value: why.
var networkWireKnown = map[string]string{
	"BastionSessionDelete.json request":                                    whyBastion,
	"CloudServiceNetworkInterfaceGet.json response 200":                    whyRole,
	"CloudServiceNetworkInterfaceList.json response 200":                   whyRole,
	"CloudServiceRoleInstanceNetworkInterfaceList.json response 200":       whyRole,
	"DscpConfigurationGet.json response 200":                               whyDscp,
	"DscpConfigurationList.json response 200":                              whyDscp,
	"DscpConfigurationListAll.json response 200":                           whyDscp,
	"ExpressRouteCircuitPeeringCreate.json response 200":                   whyErconn,
	"ExpressRouteCircuitPeeringList.json response 200":                     whyErconn,
	"GenerateVirtualWanVpnServerConfigurationVpnProfile.json response 200": whyProfile,
	"HubRouteTableList.json response 200":                                  whyArray,
	"HubVirtualNetworkConnectionList.json response 200":                    whyArray,
	"NatRuleList.json response 200":                                        whyArray,
	"P2SVpnGatewayGenerateVpnProfile.json response 200":                    whyProfile,
	"P2SVpnGatewayGetConnectionHealthDetailed.json response 200":           whyHealth,
	"UsageList.json response 200":                                          whyUsage,
	"UsageListSpacedLocation.json response 200":                            whyUsage,
	"VirtualHubRouteTableV2List.json response 200":                         whyArray,
	"VirtualNetworkGatewayNatRuleList.json response 200":                   whyArray,
	"VirtualNetworkGatewaySetVpnClientIpsecParameters.json response 200":   whyIpsec,
	"VirtualWANGet.json response 200":                                      whyWan,
	"VirtualWANList.json response 200":                                     whyWan,
	"VirtualWANListByResourceGroup.json response 200":                      whyWan,
	"VirtualWANPut.json response 200":                                      whyWan,
	"VirtualWANPut.json response 201":                                      whyWan,
	"VirtualWANUpdateTags.json response 200":                               whyWan,
	"VpnConnectionList.json response 200":                                  whyArray,
	"VpnSiteLinkConnectionList.json response 200":                          whyArray,
	"VpnSiteList.json response 200":                                        whySite,
	"VpnSiteListByResourceGroup.json response 200":                         whySite,
	"VpnSiteUpdateTags.json response 200":                                  whySite,
	"WafListAllPolicies.json response 200":                                 whyWaf,
	"WafListPolicies.json response 200":                                    whyWaf,
	"WafPolicyCreateOrUpdate.json request":                                 whyWaf,
	"WafPolicyCreateOrUpdate.json response 200":                            whyWaf,
	"WafPolicyCreateOrUpdate.json response 201":                            whyWaf,
	"WafPolicyGet.json response 200":                                       whyWaf,
}

// networkClientKnown lists the examples of package-2021-02 that cannot run through the
// clients because the example disagrees with its spec. Key: "<example file> <example
// name>"; value: why.
var networkClientKnown = map[string]string{
	"BastionSessionDelete.json Deletes the specified active session":                                             whyBastion,
	"CloudServiceNetworkInterfaceGet.json Get cloud service network interface":                                   whyRole,
	"CloudServiceNetworkInterfaceList.json List cloud service network interfaces":                                whyRole,
	"CloudServiceRoleInstanceNetworkInterfaceList.json List cloud service role instance network interfaces":      whyRole,
	"DscpConfigurationGet.json Get Dscp Configuration":                                                           whyDscp,
	"DscpConfigurationList.json Get Dscp Configuration":                                                          whyDscp,
	"DscpConfigurationListAll.json List all network interfaces":                                                  whyDscp,
	"ExpressRouteCircuitPeeringCreate.json Create ExpressRouteCircuit Peerings":                                  whyErconn,
	"ExpressRouteCircuitPeeringList.json List ExpressRouteCircuit Peerings":                                      whyErconn,
	"ExpressRouteCrossConnectionUpdate.json UpdateExpressRouteCrossConnection":                                   whyXconn,
	"GenerateVirtualWanVpnServerConfigurationVpnProfile.json GenerateVirtualWanVpnServerConfigurationVpnProfile": whyProfile,
	"HubRouteTableList.json RouteTableList":                                                                      whyArray,
	"HubVirtualNetworkConnectionList.json HubVirtualNetworkConnectionList":                                       whyArray,
	"NatRuleList.json NatRuleList":                                                                               whyArray,
	"P2SVpnGatewayGenerateVpnProfile.json GenerateP2SVpnGatewayVPNProfile":                                       whyProfile,
	"P2SVpnGatewayGetConnectionHealthDetailed.json P2SVpnGatewayGetConnectionHealthDetailed":                     whyHealth,
	"PublicIpPrefixCreateCustomizedValues.json Create public IP prefix allocation method":                        whyPrefix,
	"UsageList.json List usages":                                                                                 whyUsage,
	"UsageListSpacedLocation.json List usages spaced location":                                                   whyUsage,
	"VirtualHubRouteTableV2List.json VirtualHubRouteTableV2List":                                                 whyArray,
	"VirtualNetworkGatewayConnectionReset.json ResetVirtualNetworkGatewayConnection":                             whyReset,
	"VirtualNetworkGatewayNatRuleList.json VirtualNetworkGatewayNatRuleList":                                     whyArray,
	"VirtualNetworkGatewaySetVpnClientIpsecParameters.json Set VirtualNetworkGateway VpnClientIpsecParameters":   whyIpsec,
	"VirtualWANGet.json VirtualWANGet":                                                                           whyWan,
	"VirtualWANList.json VirtualWANList":                                                                         whyWan,
	"VirtualWANListByResourceGroup.json VirtualWANListByResourceGroup":                                           whyWan,
	"VirtualWANPut.json VirtualWANCreate":                                                                        whyWan,
	"VirtualWANUpdateTags.json VirtualWANUpdate":                                                                 whyWan,
	"VmssPublicIpGet.json GetVMSSPublicIP":                                                                       whyVmss,
	"VmssVmPublicIpList.json ListVMSSVMPublicIP":                                                                 whyVmss,
	"VpnConnectionList.json VpnConnectionList":                                                                   whyArray,
	"VpnSiteLinkConnectionList.json VpnSiteLinkConnectionList":                                                   whyArray,
	"VpnSiteLinkConnectionReset.json ResetVpnLinkConnection":                                                     whyReset,
	"VpnSiteList.json VpnSiteList":                                                                               whySite,
	"VpnSiteListByResourceGroup.json VpnSiteListByResourceGroup":                                                 whySite,
	"VpnSiteUpdateTags.json VpnSiteUpdate":                                                                       whySite,
}

// networkPackage loads the tag's input files into one package, as armgen generate
// --config does.
func networkPackage(t testing.TB) (*ir.Package, []string) {
	t.Helper()
	r, err := config.Load(networkReadme)
	if err != nil {
		t.Fatal(err)
	}
	sel, err := r.Select(networkTag)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := load.LoadAll(sel.InputFiles, load.Options{Root: "../../../shared/azure-rest-api-specs/specification"})
	if err != nil {
		t.Fatal(err)
	}
	pkg, err := build.Build(doc, build.Options{PackageName: "armnetwork"})
	if err != nil {
		t.Fatal(err)
	}
	return pkg, sel.InputFiles
}

// specOperations reads the input files as plain JSON, independently of the loader, and
// returns every operationId of their paths and x-ms-paths.
func specOperations(t *testing.T, files []string) map[string]string {
	t.Helper()
	ops := map[string]string{}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var doc struct {
			Paths   map[string]map[string]json.RawMessage `json:"paths"`
			XMPaths map[string]map[string]json.RawMessage `json:"x-ms-paths"`
		}
		if err := json.Unmarshal(raw, &doc); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, paths := range []map[string]map[string]json.RawMessage{doc.Paths, doc.XMPaths} {
			for p, item := range paths {
				for method, op := range item {
					switch method {
					case "get", "put", "post", "patch", "delete", "head", "options":
					default:
						continue
					}
					var o struct {
						OperationID string `json:"operationId"`
					}
					if err := json.Unmarshal(op, &o); err != nil {
						t.Fatalf("%s %s %s: %v", f, method, p, err)
					}
					ops[o.OperationID] = filepath.Base(f) + " " + strings.ToUpper(method) + " " + p
				}
			}
		}
	}
	return ops
}

// TestNetworkTagEveryOperationHasAMethod counts the operations of every input file of
// package-2021-02 from the files themselves and checks that each has its client method in
// the generated Go.
func TestNetworkTagEveryOperationHasAMethod(t *testing.T) {
	pkg, inputs := networkPackage(t)
	if len(inputs) != 50 {
		t.Fatalf("%d input files, want 50", len(inputs))
	}
	want := specOperations(t, inputs)
	files := output.NewFiles()
	if err := Emit(pkg, files, Options{}); err != nil {
		t.Fatal(err)
	}
	var src strings.Builder
	for _, n := range files.Names() {
		src.Write(files.Get(n))
	}
	code := src.String()
	byID := map[string]*ir.Operation{}
	for _, g := range pkg.Groups {
		for _, op := range g.Operations {
			byID[op.ID] = op
		}
	}
	for id, where := range want {
		op := byID[id]
		if op == nil {
			t.Errorf("%s (%s): no operation in the package", id, where)
			continue
		}
		if sig := "func (client *" + op.ClientName() + ") " + op.MethodName() + "("; !strings.Contains(code, sig) {
			t.Errorf("%s (%s): no method %s.%s in the generated code", id, where, op.ClientName(), op.MethodName())
		}
	}
	if len(byID) != len(want) {
		t.Errorf("the package has %d operations, the spec files %d", len(byID), len(want))
	}
	t.Logf("%d operations of %d input files, each with its client method, in %d clients", len(want), len(inputs), len(pkg.Groups))
}

// TestNetworkTagAgainstFakeARM generates package-2021-02 whole (models, clients, fake
// package, example tests) into a workspace and, in one go test -vet=all run: every
// example body round-trips through the generated types (as TestWireFidelity), every
// example runs through the generated clients against the fake ARM server (as
// TestClientsAgainstFakeARM), and the generated Example functions run. Examples that
// disagree with their spec are listed with the reason in networkWireKnown and
// networkClientKnown; a listed example that passes fails the test, so the lists stay true.
func TestNetworkTagAgainstFakeARM(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles a package of about 180,000 lines")
	}
	start := time.Now()
	pkg, _ := networkPackage(t)
	ws := e2e.New(t, "armnetwork")
	importPath := path.Join(modulePathOf(t, ws.Root), strings.TrimPrefix(ws.Rel, "./"), pkg.Name)
	files := output.NewFiles()
	var warnings []string
	if err := Emit(pkg, files, Options{Dir: pkg.Name, ImportPath: importPath, Warn: func(w load.Diagnostic) { warnings = append(warnings, w.String()) }}); err != nil {
		t.Fatal(err)
	}
	lines := 0
	for _, n := range files.Names() {
		ws.Write(t, n, files.Get(n))
		lines += strings.Count(string(files.Get(n)), "\n")
	}
	wcases := wireCases(pkg)
	ws.Write(t, pkg.Name+"/wire_dump_test.go", wireDriver(t, pkg, wcases))
	cases := exampleCases(t, pkg)
	casesFile := filepath.Join(t.TempDir(), "cases.json")
	data, _ := json.Marshal(cases)
	if err := os.WriteFile(casesFile, data, 0o644); err != nil {
		t.Fatal(err)
	}
	ws.Write(t, pkg.Name+"/fakearm_examples_test.go", examplesDriver(t, pkg))
	generated := time.Since(start)

	// One go test with every vet check (-vet=all) compiles the package once for both.
	wireOut := filepath.Join(t.TempDir(), "wire.json")
	clientOut := filepath.Join(t.TempDir(), "results.json")
	out, err := ws.Go([]string{"ARMGEN_WIRE_OUT=" + wireOut, "ARMGEN_FAKEARM_CASES=" + casesFile,
		"ARMGEN_FAKEARM_OUT=" + clientOut, "ARMGEN_FAKEARM_RECORD_ONLY=1"},
		"test", "-vet=all", "-count=1", "{ws}/"+pkg.Name+"/...")
	if err != nil {
		t.Fatalf("go test -vet=all of the generated package:\n%s", tail(out, 60))
	}

	// Wire fidelity.
	raw, err := os.ReadFile(wireOut)
	if err != nil {
		t.Fatal(err)
	}
	diffs := compareWire(t, wcases, raw)
	for _, c := range wcases {
		d, known := diffs[c.name], networkWireKnown[c.name]
		switch {
		case len(d) > 0 && known == "":
			for _, x := range d {
				t.Errorf("wire %s: %s: %s", c.name, x.path, x.msg)
			}
		case len(d) == 0 && known != "":
			t.Errorf("wire %s round-trips now: remove it from networkWireKnown", c.name)
		}
	}

	// Clients against the fake ARM server.
	raw, err = os.ReadFile(clientOut)
	if err != nil {
		t.Fatal(err)
	}
	var results []fakearm.Result
	if err := json.Unmarshal(raw, &results); err != nil {
		t.Fatal(err)
	}
	passed := 0
	for _, r := range results {
		key := r.File + " " + r.Example
		ok := r.RequestOK && r.ResponseOK
		known := networkClientKnown[key]
		switch {
		case ok && known != "":
			t.Errorf("client %s passes now: remove it from networkClientKnown", key)
		case !ok && known == "":
			for _, p := range r.Problems {
				t.Errorf("client %s (%s): %s", key, r.OperationID, p)
			}
		}
		if ok {
			passed++
		}
	}
	if len(results) != len(cases) {
		t.Errorf("%d client results for %d examples", len(results), len(cases))
	}
	sort.Strings(warnings)
	t.Logf("%s: %d lines of Go; %d/%d example bodies round-trip (%d known to disagree with the spec); %d/%d examples pass through the clients against the fake ARM (%d known); %d examples left out of the example tests with a warning; generate %s, vet and test %s",
		pkg.Name, lines, len(wcases)-len(diffs), len(wcases), len(networkWireKnown), passed, len(results), len(networkClientKnown), len(warnings),
		generated.Round(time.Millisecond), (time.Since(start) - generated).Round(time.Second))
}

// tail returns the last n lines of s.
func tail(s string, n int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}
