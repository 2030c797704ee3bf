package validation_test

// TestSpecExamplesPassProseRules walks every request and response body of the
// spec's x-ms-examples along its schema and applies the rules of
// specs/rules/network-watcher.json, so that a prose rule can never reject what
// the service documents as valid.

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/armgen/armgen/runtime/validation"
)

// ruleWalker applies the rules of a rules file to JSON values.
type ruleWalker struct {
	t       *testing.T
	defs    map[string]map[string]any
	rules   rulesFile
	errs    validation.Errors
	applied map[string]int // rule name -> number of values checked
}

func TestSpecExamplesPassProseRules(t *testing.T) {
	dir := networkWatcherDir("2022-01-01")
	var spec map[string]any
	if !readJSON(t, filepath.Join(dir, "networkWatcher.json"), &spec) {
		t.Skip("spec mirror not available (set SPECS_ROOT)")
	}
	w := &ruleWalker{t: t, defs: map[string]map[string]any{}, applied: map[string]int{}}
	for name, d := range spec["definitions"].(map[string]any) {
		w.defs[name] = d.(map[string]any)
	}
	data, err := os.ReadFile(filepath.Join("..", "..", "specs", "rules", "network-watcher.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &w.rules); err != nil {
		t.Fatal(err)
	}
	examples := 0
	for _, item := range sortedMap(spec["paths"]) {
		for _, op := range sortedMap(item.v) {
			opm, ok := op.v.(map[string]any)
			if !ok {
				continue
			}
			for _, ex := range sortedMap(opm["x-ms-examples"]) {
				ref := ex.v.(map[string]any)["$ref"].(string)
				var example map[string]any
				if !readJSON(t, filepath.Join(dir, ref), &example) {
					t.Errorf("%s: cannot read", ref)
					continue
				}
				examples++
				w.walkOperation(ref, opm, example)
			}
		}
	}
	if len(w.errs) > 0 {
		t.Errorf("the spec's examples break prose rules:\n%v", w.errs)
	}
	if examples < 38 {
		t.Errorf("walked %d examples, want the 38 of the spec", examples)
	}
	names := make([]string, 0, len(w.applied))
	for name, n := range w.applied {
		names = append(names, name)
		t.Logf("%s: %d values", name, n)
	}
	sort.Strings(names)
	for _, want := range []string{"armResourceID", "ipFilter", "portFilter", "storageLocation", "packetCaptureTarget",
		"hostAddress", "testFrequency", "retentionDays", "flowLogFormatVersion", "trafficAnalyticsInterval", "format.uuid"} {
		if w.applied[want] == 0 {
			t.Errorf("no example value reached rule %s (reached: %v)", want, names)
		}
	}
}

// walkOperation walks the body parameter and the response bodies of one
// example of op.
func (w *ruleWalker) walkOperation(ref string, op, example map[string]any) {
	params, _ := example["parameters"].(map[string]any)
	for _, p := range asSlice(op["parameters"]) {
		pm := p.(map[string]any)
		if pm["in"] == "body" {
			if v, ok := params[pm["name"].(string)]; ok {
				w.walk(pm["schema"], v, validation.Root(ref+"#parameters."+pm["name"].(string)))
			}
		}
	}
	responses, _ := op["responses"].(map[string]any)
	for code, r := range asMap(example["responses"]) {
		body, ok := asMap(r)["body"]
		if !ok {
			continue
		}
		if schema, ok := asMap(responses[code])["schema"]; ok {
			w.walk(schema, body, validation.Root(ref+"#responses."+code))
		}
	}
}

// walk applies the rules of the definitions that schema reaches to v.
func (w *ruleWalker) walk(schema, v any, p validation.Path) {
	s := asMap(schema)
	if ref, ok := s["$ref"].(string); ok {
		name, local := strings.CutPrefix(ref, "#/definitions/")
		if !local {
			return // another file's definitions carry no rules of ours
		}
		w.applyDefinition(name, v, p)
		w.walk(w.defs[name], v, p)
		return
	}
	for _, base := range asSlice(s["allOf"]) {
		w.walk(base, v, p)
	}
	switch v := v.(type) {
	case map[string]any:
		for name, ps := range asMap(s["properties"]) {
			if pv, ok := v[name]; ok {
				w.walk(ps, pv, p.Field(name))
			}
		}
	case []any:
		if items, ok := s["items"]; ok {
			for i, item := range v {
				w.walk(items, item, p.Index(i))
			}
		}
	}
}

// applyDefinition applies the rules that the rules file attaches to
// definition name to its value v.
func (w *ruleWalker) applyDefinition(name string, v any, p validation.Path) {
	obj, ok := v.(map[string]any)
	d, has := w.rules.Definitions[name]
	if !ok || !has {
		return
	}
	for prop, refs := range d.Properties {
		field, each := strings.CutSuffix(prop, "[]")
		pv, ok := obj[field]
		if !ok {
			continue
		}
		for _, raw := range refs {
			var ref ruleRef
			if json.Unmarshal(raw, &ref.Rule) != nil {
				_ = json.Unmarshal(raw, &ref)
			}
			if !each {
				w.applyProperty(ref, pv, p.Field(field))
				continue
			}
			for i, item := range asSlice(pv) {
				w.applyProperty(ref, item, p.Field(field).Index(i))
			}
		}
	}
	for _, ref := range d.Object {
		w.applied[ref.Rule]++
		param := func(i int) any {
			var cur any = obj
			for _, name := range strings.Split(ref.Params[i], ".") {
				cur = asMap(cur)[name]
			}
			return cur
		}
		switch ref.Rule {
		case validation.StorageLocationRule:
			validation.StorageLocation(&w.errs, p, str(param(0)), str(param(1)), str(param(2)))
		case validation.PacketCaptureTargetRule:
			validation.PacketCaptureTarget(&w.errs, p, str(param(0)), str(param(1)), asSlice(param(2)), asSlice(param(3)))
		case validation.SuccessThresholdRule:
			validation.SuccessThreshold(&w.errs, p, integer(param(0)), number(param(1)))
		default:
			w.t.Errorf("no test dispatch for object rule %s", ref.Rule)
		}
	}
}

// applyProperty applies one property rule to the JSON value v.
func (w *ruleWalker) applyProperty(ref ruleRef, v any, p validation.Path) {
	w.applied[ref.Rule]++
	s, n := str(v), integer(v)
	switch ref.Rule {
	case validation.ARMResourceIDRule:
		types := make([]string, len(ref.Args))
		for i, a := range ref.Args {
			types[i] = a.(string)
		}
		validation.ARMResourceID(&w.errs, p, s, types...)
	case validation.IPFilterRule:
		validation.IPFilter(&w.errs, p, s)
	case validation.PortFilterRule:
		validation.PortFilter(&w.errs, p, s)
	case validation.HostAddressRule:
		validation.HostAddress(&w.errs, p, s)
	case validation.IPOrPrefixRule:
		validation.IPOrPrefix(&w.errs, p, s)
	case validation.HTTPPathRule:
		validation.HTTPPath(&w.errs, p, s)
	case validation.HTTPStatusCodeRangesRule:
		validation.HTTPStatusCodeRanges(&w.errs, p, s)
	case validation.UUIDRule:
		validation.UUID(&w.errs, p, s)
	case validation.URIRule:
		validation.URI(&w.errs, p, s)
	case validation.DateTimeRule:
		validation.DateTime(&w.errs, p, s)
	case validation.TestFrequencyRule:
		validation.TestFrequency(&w.errs, p, n)
	case validation.RetentionDaysRule:
		validation.RetentionDays(&w.errs, p, n)
	case validation.FlowLogFormatVersionRule:
		validation.FlowLogFormatVersion(&w.errs, p, n)
	case validation.TrafficAnalyticsIntervalRule:
		validation.TrafficAnalyticsInterval(&w.errs, p, n)
	default:
		w.t.Errorf("no test dispatch for property rule %s", ref.Rule)
	}
}

// readJSON decodes the JSON file at path into v, tolerating a UTF-8 BOM; it
// reports false when the file cannot be read.
func readJSON(t *testing.T, path string, v any) bool {
	data, err := os.ReadFile(path)
	if err != nil {
		return false
	}
	if err := json.Unmarshal(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return true
}

type entry struct {
	k string
	v any
}

// sortedMap returns the entries of a JSON object in key order.
func sortedMap(v any) []entry {
	m := asMap(v)
	out := make([]entry, 0, len(m))
	for k, x := range m {
		out = append(out, entry{k, x})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].k < out[j].k })
	return out
}

func asMap(v any) map[string]any { m, _ := v.(map[string]any); return m }

func asSlice(v any) []any { s, _ := v.([]any); return s }

// str returns a pointer to v when it is a JSON string, else nil.
func str(v any) *string {
	if s, ok := v.(string); ok {
		return &s
	}
	return nil
}

// integer returns a pointer to v when it is a JSON number, else nil.
func integer(v any) *int64 {
	if f, ok := v.(float64); ok {
		n := int64(f)
		return &n
	}
	return nil
}

// number returns a pointer to v when it is a JSON number, else nil.
func number(v any) *float64 {
	if f, ok := v.(float64); ok {
		return &f
	}
	return nil
}
