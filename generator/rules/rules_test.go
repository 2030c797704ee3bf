package rules

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/armgen/armgen/generator/build"
	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/jsonv"
	"github.com/armgen/armgen/generator/load"
)

// specsRoot is the Azure spec mirror: $SPECS_ROOT or ../shared/azure-rest-api-specs.
func specsRoot() string {
	if r := os.Getenv("SPECS_ROOT"); r != "" {
		return r
	}
	return filepath.Join("..", "..", "..", "shared", "azure-rest-api-specs")
}

// buildIR loads and builds a spec.
func buildIR(t *testing.T, spec, root string) *ir.Package {
	t.Helper()
	doc, err := load.Load(spec, load.Options{Root: root})
	if err != nil {
		t.Fatal(err)
	}
	pkg, err := build.Build(doc, build.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return pkg
}

// realIR builds networkWatcher.json of an API version, skipping without the mirror.
func realIR(t *testing.T, version string) *ir.Package {
	t.Helper()
	spec := filepath.Join(specsRoot(), "specification", "network", "resource-manager", "Microsoft.Network", "stable", version, "networkWatcher.json")
	if _, err := os.Stat(spec); err != nil {
		t.Skipf("spec mirror not available (set SPECS_ROOT): %v", err)
	}
	return buildIR(t, spec, specsRoot())
}

func model(t *testing.T, pkg *ir.Package, name string) *ir.Model {
	t.Helper()
	for _, m := range pkg.Models {
		if m.Name == name {
			return m
		}
	}
	t.Fatalf("no model %s", name)
	return nil
}

func ruleNamesOf(refs []ir.RuleRef) string {
	var names []string
	for _, r := range refs {
		names = append(names, r.Name)
	}
	return strings.Join(names, ",")
}

// TestNetworkWatcherRules applies specs/rules/network-watcher.json to both API versions:
// every rule lands where the file says, once, including on the copies of fields that
// allOf makes (PacketCaptureResultProperties inherits PacketCaptureParameters').
func TestNetworkWatcherRules(t *testing.T) {
	for _, version := range []string{"2022-01-01", "2024-01-01"} {
		t.Run(version, func(t *testing.T) {
			pkg := realIR(t, version)
			f, err := Load(filepath.Join("..", "..", "specs", "rules", "network-watcher.json"))
			if err != nil {
				t.Fatal(err)
			}
			if err := f.Apply(pkg); err != nil {
				t.Fatal(err)
			}
			for _, name := range []string{"PacketCaptureParameters", "PacketCaptureResultProperties"} {
				m := model(t, pkg, name)
				if len(m.ObjectRules) != 1 || m.ObjectRules[0].Name != "packetCaptureTarget" {
					t.Fatalf("%s object rules %+v", name, m.ObjectRules)
				}
				var paths []string
				for _, p := range m.ObjectRules[0].Params {
					paths = append(paths, p.Path+"="+p.Fields[len(p.Fields)-1].Name)
				}
				if got := strings.Join(paths, " "); got != "target=Target targetType=TargetType scope.include=Include scope.exclude=Exclude" {
					t.Errorf("%s params %s", name, got)
				}
				target := fieldOf(t, m, "target")
				if got := ruleNamesOf(target.Constraints.Rules); got != "armResourceID" {
					t.Errorf("%s.target rules %s", name, got)
				}
				if args := target.Constraints.Rules[0].Args; len(args) != 2 || args[1].Str != "Microsoft.Compute/virtualMachineScaleSets" {
					t.Errorf("%s.target args %v", name, args)
				}
			}
			ranges := fieldOf(t, model(t, pkg, "ConnectionMonitorHTTPConfiguration"), "validStatusCodeRanges")
			if ranges.Constraints.Elem == nil || ruleNamesOf(ranges.Constraints.Elem.Rules) != "httpStatusCodeRanges" || len(ranges.Constraints.Rules) != 0 {
				t.Errorf("validStatusCodeRanges: %+v", ranges.Constraints)
			}
			dep := fieldOf(t, model(t, pkg, "FlowLogPropertiesFormat"), "targetResourceId").DependsOn
			if dep == nil || *dep != (ir.Dependency{Group: "Network", Type: "NetworkSecurityGroup", ResourceType: "Microsoft.Network/networkSecurityGroups"}) {
				t.Errorf("targetResourceId depends on %+v", dep)
			}
			if dep := fieldOf(t, model(t, pkg, "PacketCaptureStorageLocation"), "storageId").DependsOn; dep != nil {
				t.Errorf("storageId has a dependency %+v; the rules file leaves it out", dep)
			}
			attached := 0
			for _, m := range pkg.Models {
				attached += len(m.ObjectRules)
				for _, fl := range m.Fields {
					attached += len(fl.Constraints.Rules)
					if fl.Constraints.Elem != nil {
						attached += len(fl.Constraints.Elem.Rules)
					}
				}
			}
			if attached < 30 {
				t.Errorf("%d rules attached", attached)
			}
		})
	}
}

func fieldOf(t *testing.T, m *ir.Model, json string) *ir.Field {
	t.Helper()
	if fl := field(m, json); fl != nil {
		return fl
	}
	t.Fatalf("%s has no property %s", m.Name, json)
	return nil
}

// TestInheritance uses the constraints golden case: Special inherits Base's property rule
// and dependency through allOf, and Base keeps exactly its own.
func TestInheritance(t *testing.T) {
	dir := filepath.Join("..", "testdata", "constraints")
	pkg := buildIR(t, filepath.Join(dir, "spec.json"), "")
	f, err := Load(filepath.Join(dir, "rules.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Apply(pkg); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"Base", "Special"} {
		fl := fieldOf(t, model(t, pkg, name), "resource")
		if got := ruleNamesOf(fl.Constraints.Rules); got != "armResourceID" {
			t.Errorf("%s.resource rules %q, want one armResourceID", name, got)
		}
		if fl.DependsOn == nil || fl.DependsOn.Type != "VirtualMachine" {
			t.Errorf("%s.resource depends on %+v", name, fl.DependsOn)
		}
	}
	if rules := model(t, pkg, "Base").ObjectRules; len(rules) != 0 {
		t.Errorf("Base got object rules %+v", rules)
	}
	ports := fieldOf(t, model(t, pkg, "Filter"), "ports")
	if ports.Constraints.Elem == nil || ruleNamesOf(ports.Constraints.Elem.Rules) != "portFilter" {
		t.Errorf("ports[] rules %+v", ports.Constraints.Elem)
	}
}

// TestApplyLeavesTheIRAloneOnError: a rules file with one bad entry attaches nothing.
func TestApplyLeavesTheIRAloneOnError(t *testing.T) {
	dir := filepath.Join("..", "testdata", "constraints")
	pkg := buildIR(t, filepath.Join(dir, "spec.json"), "")
	f, err := Parse("r.json", []byte(`{"definitions": {
		"Filter": {"properties": {"address": ["ipFilter"]}},
		"Thing": {"properties": {"nope": ["ipFilter"]}}}}`))
	if err != nil {
		t.Fatal(err)
	}
	err = f.Apply(pkg)
	if err == nil || !strings.HasPrefix(err.Error(), `r.json#/definitions/Thing/properties/nope: definition "Thing" has no property "nope"`) {
		t.Fatalf("Apply: %v", err)
	}
	if rules := fieldOf(t, model(t, pkg, "Filter"), "address").Constraints.Rules; len(rules) != 0 {
		t.Errorf("rules attached despite the error: %+v", rules)
	}
}

// TestParseErrors covers what the golden error cases do not.
func TestParseErrors(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{`{`, `r.json#: not valid JSON: line 1, column 2: unexpected end of input`},
		{`[]`, `r.json#: a rules file must be a JSON object, not array (line 1)`},
		{`{"definitions": []}`, `r.json#/definitions: definitions must be a JSON object, not array (line 1)`},
		{`{"description": 1}`, `r.json#/description: description must be a string, not number (line 1)`},
		{`{"definitions": {"A": {"object": [{"rule": "storageLocation", "params": ["a", "b", "c.d."]}]}}}`,
			`r.json#/definitions/A/object/0/params/2: a param must be a property name or a dotted path such as scope.include (line 1)`},
		{`{"definitions": {"A": {"properties": {"x": [{"args": []}]}}}}`,
			`r.json#/definitions/A/properties/x/0: a rule reference needs "rule", a rule name (line 1)`},
	} {
		_, err := Parse("r.json", []byte(c.src))
		if err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("%s:\n got %v\nwant %s", c.src, err, c.want)
		}
	}
	if _, err := Parse("r.json", []byte(`{"definitions": {"A": {"properties": {"x": ["armResourceID", {"rule": "armResourceID", "args": []}]}}}}`)); err != nil {
		t.Errorf("a variadic rule given no arguments: %v", err)
	}
	if _, err := Load(filepath.Join(t.TempDir(), "missing.json")); err == nil || !strings.Contains(err.Error(), "check the --rules path") {
		t.Errorf("missing file: %v", err)
	}
}

func TestArgFits(t *testing.T) {
	num := func(s string) *jsonv.Value { return &jsonv.Value{Kind: jsonv.Number, Num: s} }
	str := &jsonv.Value{Kind: jsonv.String, Str: "x"}
	for _, c := range []struct {
		v    *jsonv.Value
		typ  string
		want bool
	}{
		{num("3"), "integer", true}, {num("3.5"), "integer", false}, {num("1e3"), "integer", false},
		{num("3.5"), "number", true}, {str, "number", false}, {str, "string", true}, {num("1"), "string", false},
	} {
		if got := argFits(c.v, c.typ); got != c.want {
			t.Errorf("argFits(%s %q, %s) = %v", c.v.Kind, c.v.Literal(), c.typ, got)
		}
	}
}

// TestFits checks the Go types a rule's value can take against the generated field types.
func TestFits(t *testing.T) {
	str := &ir.Type{Kind: ir.KindPrimitive, Primitive: ir.String}
	i32 := &ir.Type{Kind: ir.KindPrimitive, Primitive: ir.Int32}
	f64 := &ir.Type{Kind: ir.KindPrimitive, Primitive: ir.Float64}
	strEnum := &ir.Type{Kind: ir.KindEnum, Enum: &ir.Enum{Base: ir.String}}
	strs := &ir.Type{Kind: ir.KindArray, Elem: str}
	anyT := &ir.Type{Kind: ir.KindPrimitive, Primitive: ir.Any}
	for _, c := range []struct {
		want        string
		params      []string
		t           *ir.Type
		addressable bool
		ok          bool
	}{
		{"*string", nil, str, false, true},
		{"*string", nil, strEnum, false, false},
		{"*S", []string{"S ~string"}, strEnum, false, true},
		{"*N", []string{"N Integer"}, i32, false, true},
		{"*N", []string{"N Integer"}, f64, false, false},
		{"*R", []string{"R Number"}, f64, false, true},
		{"[]E", []string{"E any"}, strs, false, true},
		{"[]E", []string{"E any"}, str, false, false},
		{"*T", []string{"T any"}, anyT, false, false},
		{"*T", []string{"T any"}, anyT, true, true},
	} {
		if got := fits(c.want, c.params, c.t, c.addressable); got != c.ok {
			t.Errorf("fits(%s %v, %s, addressable %v) = %v", c.want, c.params, c.t, c.addressable, got)
		}
	}
}
