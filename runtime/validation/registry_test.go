package validation_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/armgen/armgen/runtime/validation"
)

func TestRules(t *testing.T) {
	// ruleFuncs maps every RuleInfo.Func to the function, so that a renamed or
	// removed function breaks the build of this test.
	ruleFuncs := map[string]any{
		"ARMResourceID":            validation.ARMResourceID,
		"ARMID":                    validation.ARMID[string],
		"DateTime":                 validation.DateTime[string],
		"FlowLogFormatVersion":     validation.FlowLogFormatVersion[int32],
		"HostAddress":              validation.HostAddress,
		"HTTPPath":                 validation.HTTPPath,
		"HTTPStatusCodeRanges":     validation.HTTPStatusCodeRanges,
		"IPFilter":                 validation.IPFilter,
		"IPOrPrefix":               validation.IPOrPrefix,
		"PacketCaptureTarget":      validation.PacketCaptureTarget[string, any],
		"PortFilter":               validation.PortFilter,
		"RetentionDays":            validation.RetentionDays[int32],
		"StorageLocation":          validation.StorageLocation,
		"SuccessThreshold":         validation.SuccessThreshold[int32, float64],
		"TestFrequency":            validation.TestFrequency[int32],
		"TrafficAnalyticsInterval": validation.TrafficAnalyticsInterval[int32],
		"URI":                      validation.URI[string],
		"UUID":                     validation.UUID[string],
	}
	rules := validation.Rules()
	if !slices.IsSortedFunc(rules, func(a, b validation.RuleInfo) int { return strings.Compare(a.Name, b.Name) }) {
		t.Error("Rules() is not sorted by Name")
	}
	seen := map[string]bool{}
	for _, r := range rules {
		if seen[r.Name] || seen[r.Func] {
			t.Errorf("rule %s / %s listed twice", r.Name, r.Func)
		}
		seen[r.Name], seen[r.Func] = true, true
		fn, ok := ruleFuncs[r.Func]
		if !ok {
			t.Errorf("rule %s: no function %s in ruleFuncs", r.Name, r.Func)
			continue
		}
		// Func(errs, path, value|params..., args...)
		want := 2 + len(r.Params) + len(r.Args)
		if r.Kind == validation.PropertyRule {
			want++
			if r.Value == "" || r.Params != nil {
				t.Errorf("property rule %s: Value %q, Params %v", r.Name, r.Value, r.Params)
			}
		} else if r.Kind != validation.ObjectRule || r.Value != "" || len(r.Params) == 0 {
			t.Errorf("rule %s: kind %q, Value %q, Params %v", r.Name, r.Kind, r.Value, r.Params)
		}
		ft := reflect.TypeOf(fn)
		if ft.NumIn() != want {
			t.Errorf("rule %s: %s takes %d arguments, RuleInfo describes %d", r.Name, r.Func, ft.NumIn(), want)
		}
		if n := len(r.Args); n > 0 && r.Args[n-1].Variadic != ft.IsVariadic() {
			t.Errorf("rule %s: Variadic = %v, function variadic = %v", r.Name, r.Args[n-1].Variadic, ft.IsVariadic())
		}
		summary, rest, _ := strings.Cut(r.Doc, "\n")
		if summary == "" || rest == "" || !strings.HasSuffix(summary, ".") {
			t.Errorf("rule %s: Doc wants a one-line summary ending in \".\" and details: %q", r.Name, r.Doc)
		}
		if got, ok := validation.LookupRule(r.Name); !ok || got.Func != r.Func {
			t.Errorf("LookupRule(%q) = %v, %v", r.Name, got, ok)
		}
	}
	if len(ruleFuncs) != len(rules) {
		t.Errorf("ruleFuncs has %d functions, Rules() %d rules", len(ruleFuncs), len(rules))
	}
	if _, ok := validation.LookupRule("nope"); ok {
		t.Error(`LookupRule("nope") found a rule`)
	}
	// Each call returns a new slice.
	rules[0].Name = "changed"
	if validation.Rules()[0].Name == "changed" {
		t.Error("Rules() shares its slice between calls")
	}
}

// rulesFile is the format of specs/rules/*.json (specs/rules/README.md).
type rulesFile struct {
	Description  string                                `json:"description"`
	Definitions  map[string]rulesDefinition            `json:"definitions"`
	Dependencies map[string]map[string]rulesDependency `json:"dependencies"`
}

type rulesDefinition struct {
	Properties map[string][]json.RawMessage `json:"properties"`
	Object     []objectRuleRef              `json:"object"`
}

type ruleRef struct {
	Rule string `json:"rule"`
	Args []any  `json:"args"`
}

type objectRuleRef struct {
	Rule   string   `json:"rule"`
	Params []string `json:"params"`
	Args   []any    `json:"args"`
}

type rulesDependency struct {
	Group        string `json:"group"`
	Type         string `json:"type"`
	ResourceType string `json:"resourceType"`
}

// schema is the part of a Swagger schema the rules file check needs.
type schema struct {
	Ref        string            `json:"$ref"`
	Properties map[string]schema `json:"properties"`
}

// loadDefinitions reads the definitions of networkWatcher.json of version,
// or returns nil when the spec mirror is not there.
func loadDefinitions(t *testing.T, version string) map[string]schema {
	data, err := os.ReadFile(filepath.Join(networkWatcherDir(version), "networkWatcher.json"))
	if err != nil {
		return nil
	}
	var doc struct {
		Definitions map[string]schema `json:"definitions"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatalf("networkWatcher.json %s: %v", version, err)
	}
	return doc.Definitions
}

// property resolves a property path "a" or "a.b" (through local $refs) in
// definition def.
func property(defs map[string]schema, def, path string) bool {
	s, ok := defs[def]
	for _, name := range strings.Split(path, ".") {
		if !ok {
			return false
		}
		if ref, found := strings.CutPrefix(s.Ref, "#/definitions/"); found {
			s, ok = defs[ref]
			if !ok {
				return false
			}
		}
		s, ok = s.Properties[name]
	}
	return ok
}

func TestRulesFile(t *testing.T) {
	path := filepath.Join("..", "..", "specs", "rules", "network-watcher.json")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var file rulesFile
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&file); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	var specs []map[string]schema
	for _, v := range []string{"2022-01-01", "2024-01-01"} {
		if defs := loadDefinitions(t, v); defs != nil {
			specs = append(specs, defs)
		} else {
			t.Logf("spec mirror %s not available: definitions not checked", v)
		}
	}
	exists := func(def, prop string) {
		t.Helper()
		for _, defs := range specs {
			if !property(defs, def, prop) {
				t.Errorf("%s: %s.%s is not in the spec", path, def, prop)
			}
		}
	}
	resourceTypes := map[string][]any{} // "Def.prop" -> armResourceID args
	for def, d := range file.Definitions {
		if d.Properties == nil && d.Object == nil {
			t.Errorf("%s: definition %s has no rules", path, def)
		}
		for prop, refs := range d.Properties {
			exists(def, strings.TrimSuffix(prop, "[]"))
			for _, raw := range refs {
				var ref ruleRef
				if err := json.Unmarshal(raw, &ref.Rule); err != nil {
					dec := json.NewDecoder(bytes.NewReader(raw))
					dec.DisallowUnknownFields()
					if err := dec.Decode(&ref); err != nil {
						t.Errorf("%s: %s.%s: %s: %v", path, def, prop, raw, err)
						continue
					}
				}
				info, ok := validation.LookupRule(ref.Rule)
				if !ok || info.Kind != validation.PropertyRule {
					t.Errorf("%s: %s.%s: %q is not a property rule", path, def, prop, ref.Rule)
					continue
				}
				checkArgs(t, def+"."+prop, info, ref.Args)
				if ref.Rule == validation.ARMResourceIDRule {
					resourceTypes[def+"."+prop] = ref.Args
				}
			}
		}
		for _, ref := range d.Object {
			info, ok := validation.LookupRule(ref.Rule)
			if !ok || info.Kind != validation.ObjectRule {
				t.Errorf("%s: %s: %q is not an object rule", path, def, ref.Rule)
				continue
			}
			if len(ref.Params) != len(info.Params) {
				t.Errorf("%s: %s: %s takes %d params, got %v", path, def, ref.Rule, len(info.Params), ref.Params)
			}
			for _, p := range ref.Params {
				exists(def, p)
			}
			checkArgs(t, def, info, ref.Args)
		}
	}
	for def, props := range file.Dependencies {
		for prop, dep := range props {
			exists(def, prop)
			if dep.Group == "" || dep.Type == "" || dep.ResourceType == "" {
				t.Errorf("%s: dependency %s.%s: %+v lacks a field", path, def, prop, dep)
			}
			if args, ok := resourceTypes[def+"."+prop]; ok && len(args) > 0 && !slices.Contains(args, any(dep.ResourceType)) {
				t.Errorf("%s: dependency %s.%s: resourceType %s is not among the armResourceID types %v", path, def, prop, dep.ResourceType, args)
			}
		}
	}
}

// checkArgs checks the args of a rule reference against the rule's Args.
func checkArgs(t *testing.T, where string, info validation.RuleInfo, args []any) {
	t.Helper()
	n := len(info.Args)
	variadic := n > 0 && info.Args[n-1].Variadic
	if len(args) < n-btoi(variadic) || (!variadic && len(args) > n) {
		t.Errorf("%s: %s takes %d args, got %v", where, info.Name, n, args)
		return
	}
	for i, a := range args {
		want := info.Args[min(i, n-1)].Type
		var ok bool
		switch want {
		case "string":
			_, ok = a.(string)
		case "integer", "number":
			_, ok = a.(float64)
		}
		if !ok {
			t.Errorf("%s: %s: arg %d is %#v, want a JSON %s", where, info.Name, i, a, want)
		}
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
