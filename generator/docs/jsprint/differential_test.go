package jsprint_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/armgen/armgen/generator/docs/internal/oracle"
	"github.com/armgen/armgen/generator/docs/jsprint"
	"github.com/armgen/armgen/generator/jsonv"
)

// progCase is one program to print: a resource, or module.exports of a value.
type progCase struct {
	name     string
	exports  *jsonv.Value // set for module.exports cases
	resource jsprint.Resource
}

func (c progCase) oracleCase() oracle.Case {
	if c.exports != nil {
		return oracle.Case{Mode: "exports", Value: c.exports}
	}
	r := c.resource
	oc := oracle.Case{Mode: "resource", Value: r.Properties, Type: r.Type, Group: r.Group, Name: r.Name}
	for _, d := range r.Dependencies {
		oc.Deps = append(oc.Deps, oracle.Dep{Key: d.Key, Values: d.Values, List: d.List})
	}
	return oc
}

func (c progCase) print() string {
	if c.exports != nil {
		return jsprint.FormatExports(c.exports)
	}
	return jsprint.CreateResourcesProgram(c.resource)
}

// resourceTypes vary the widths around the properties.
var resourceTypes = []string{"PacketCapture", "A", "NetworkWatcherConnectionMonitorTestConfigurationEndpoint"}

// dependencySets vary the dependencies arrow.
var dependencySets = [][]jsprint.Dependency{
	nil,
	{{Key: "resourceGroup", Values: []string{"myResourceGroup"}}},
	{
		{Key: "resourceGroup", Values: []string{"myResourceGroup"}},
		{Key: "networkWatcher", Values: []string{"myNetworkWatcher"}},
		{Key: "vm", Values: []string{"myVirtualMachine"}, List: true},
	},
	{{Key: "subnets", Values: []string{"mySubnet"}, List: true}, {Key: "id", Values: []string{"myIdentity"}}},
	{{Key: "workspaces", Values: []string{"myWorkspace", "myOtherWorkspaceWithALongName", "myThirdWorkspace"}, List: true}},
}

func resource(i int, props *jsonv.Value) jsprint.Resource {
	typ := resourceTypes[i%len(resourceTypes)]
	return jsprint.Resource{
		Type: typ, Group: "Network", Name: "my" + typ, Properties: props,
		Dependencies: dependencySets[i%len(dependencySets)],
	}
}

// exampleCases returns, for every example file of 2022-01-01, a resource for each
// object-valued parameter and each response body, and module.exports of the file.
func exampleCases(t *testing.T) []progCase {
	names, docs, err := oracle.LoadDir(oracle.SpecDir + "/examples")
	if err != nil {
		t.Fatal(err)
	}
	var cases []progCase
	for _, name := range names {
		ex := docs[name]
		add := func(what string, v *jsonv.Value) {
			cases = append(cases, progCase{name: name + " " + what, resource: resource(len(cases), v)})
		}
		if params := ex.Get("parameters"); params != nil {
			for _, m := range params.Obj {
				add("parameters/"+m.Key, m.Value)
			}
		}
		if responses := ex.Get("responses"); responses != nil {
			for _, m := range responses.Obj {
				if body := m.Value.Get("body"); body != nil {
					add("responses/"+m.Key+"/body", body)
				}
			}
		}
		add("without properties", nil)
		cases = append(cases, progCase{name: name + " module.exports", exports: ex})
	}
	return cases
}

// randomCases returns seeded random resources and module.exports values.
func randomCases(n int) []progCase {
	g := oracle.NewGen(7)
	var cases []progCase
	for i := 0; i < n; i++ {
		name := fmt.Sprintf("random #%d", i)
		switch i % 4 {
		case 0, 1:
			cases = append(cases, progCase{name: name, resource: resource(i, g.Object(4))})
		case 2:
			cases = append(cases, progCase{name: name, resource: resource(i, g.Value(4))})
		default:
			cases = append(cases, progCase{name: name + " module.exports", exports: g.Value(4)})
		}
	}
	return cases
}

func runDifferential(t *testing.T, cases []progCase) {
	oracle.SkipUnlessAvailable(t, true)
	ocs := make([]oracle.Case, len(cases))
	names := make([]string, len(cases))
	got := make([]string, len(cases))
	for i, c := range cases {
		ocs[i], names[i], got[i] = c.oracleCase(), c.name, c.print()
	}
	results := oracle.Run(t, ocs)
	pass := oracle.Compare(t, names, got, results, 10)
	t.Logf("%d/%d programs identical to prettier 2.8.8", pass, len(cases))
}

// TestDifferentialExamples compares the printer with prettier on the example files.
func TestDifferentialExamples(t *testing.T) {
	runDifferential(t, exampleCases(t))
}

// TestDifferentialRandom compares the printer with prettier on random values.
func TestDifferentialRandom(t *testing.T) {
	n := 2500
	if testing.Short() {
		n = 250
	}
	runDifferential(t, randomCases(n))
}

// TestDifferentialKeys checks every key of the generator's pool, alone and mixed.
func TestDifferentialKeys(t *testing.T) {
	g := oracle.NewGen(3)
	var cases []progCase
	for i := 0; i < 300; i++ {
		v := &jsonv.Value{Kind: jsonv.Object}
		seen := map[string]bool{}
		for len(v.Obj) < 1+i%5 {
			k := g.Key()
			if !seen[k] {
				seen[k] = true
				v.Obj = append(v.Obj, jsonv.Member{Key: k, Value: g.Scalar()})
			}
		}
		keys := make([]string, len(v.Obj))
		for j, m := range v.Obj {
			keys[j] = m.Key
		}
		cases = append(cases, progCase{name: fmt.Sprintf("keys %q", strings.Join(keys, ",")), exports: v})
	}
	runDifferential(t, cases)
}

// TestDifferentialLiterals compares every pooled key, number and string fragment, as
// module.exports and as resource properties.
func TestDifferentialLiterals(t *testing.T) {
	var cases []progCase
	for i, v := range oracle.Literals() {
		cases = append(cases,
			progCase{name: fmt.Sprintf("literal #%d", i), exports: v},
			progCase{name: fmt.Sprintf("literal #%d as properties", i), resource: resource(i, v)})
	}
	runDifferential(t, cases)
}
