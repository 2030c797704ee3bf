package constraints

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/armgen/armgen/runtime/validation"
)

// validThing is a Thing that satisfies every constraint and rule, with every kind of
// nested value set (arrays, arrays of arrays, maps, a map model, objects behind allOf).
const validThing = `{
	"name": "thing-1", "alias": "a1", "count": 10, "ratio": 0.5, "step": 1.75, "half": 1,
	"wide": 2147483647, "uid": "00000000-0000-0000-0000-00000000000a", "link": "https://example.com/x",
	"when": "2023-01-01T00:00:00Z", "kind": "Small", "flavor": "Bitter", "level": 2,
	"labels": ["a", "b"], "sizes": ["S", "L"], "grid": [[0, 1], [2]],
	"children": [{"key": "c"}], "pairs": [{"key": "a"}],
	"byName": {"x": {"key": "x", "value": 1}, "y": {"key": "y"}},
	"lookup": {"z": {"key": "z"}}, "scores": {"a": 10, "b": 0},
	"payload": {"any": ["json"]},
	"location": {"filePath": "/var/captures/a.cap"},
	"filter": {"address": "10.0.0.1-10.0.0.9", "ports": ["80", "443;8080"], "days": 7,
		"target": "/subscriptions/s/resourceGroups/g/providers/Microsoft.Compute/virtualMachines/vm"},
	"special": {"baseName": "b", "targetType": "AzureVMSS", "scope": {"include": ["0"]},
		"resource": "/subscriptions/s/resourceGroups/g/providers/Microsoft.Compute/virtualMachineScaleSets/ss"},
	"threshold": {"checksFailedPercent": 5, "roundTripTimeMs": 1.5}
}`

func decodeThing(t *testing.T, s string) *Thing {
	t.Helper()
	var m Thing
	if err := json.Unmarshal([]byte(s), &m); err != nil {
		t.Fatal(err)
	}
	return &m
}

// lines renders the problems of err one per line, as validation.Errors does.
func lines(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// TestValidThingPassesWithoutAllocating validates a Thing with every kind of value set. A
// valid value allocates nothing, except where uniqueItems compares objects (pairs with two
// items), which reflect.DeepEqual does by boxing them.
func TestValidThingPassesWithoutAllocating(t *testing.T) {
	m := decodeThing(t, validThing)
	if err := m.Validate(); err != nil {
		t.Fatalf("Validate:\n%v", err)
	}
	if err := m.ValidateRequest(); err != nil {
		t.Fatalf("ValidateRequest:\n%v", err)
	}
	for name, f := range map[string]func(){
		"Validate":        func() { _ = m.Validate() },
		"ValidateRequest": func() { _ = m.ValidateRequest() },
	} {
		if n := testing.AllocsPerRun(50, f); n != 0 {
			t.Errorf("%s of a valid Thing: %v allocations, want 0", name, n)
		}
	}
}

// TestEveryConstraintKind breaks every constraint at once: one pass reports them all, in
// field order (an array's own keywords before its items), depth first, map keys sorted,
// each at its JSON path with a stable message.
func TestEveryConstraintKind(t *testing.T) {
	m := decodeThing(t, `{
		"name": "X", "alias": "ok", "count": 7, "ratio": 1, "step": 0.3, "half": 0,
		"wide": 2147483648.5, "uid": "not-a-uuid", "link": "no scheme", "kind": "Medium", "flavor": "Bitter",
		"level": 4, "labels": ["abcdef", "a", "a", "b"], "sizes": ["XL", "S", "S"], "grid": [[1, -1, 2]],
		"children": [{"value": -1}], "pairs": [{"key": "a"}, {"key": "a"}],
		"byName": {"b": {}, "a": {"key": ""}}, "lookup": {"k": {"value": -2}}, "scores": {"z": 11, "y": 12},
		"location": {"filePath": "/tmp/x.cap"},
		"filter": {"address": "10.0.0.9-10.0.0.1", "ports": ["80", "90-85"], "days": -1, "target": "/subscriptions/s"},
		"special": {"targetType": "AzureVM", "scope": {"include": ["0"]},
			"resource": "/subscriptions/s/resourceGroups/g/providers/Microsoft.Compute/virtualMachineScaleSets/ss"},
		"threshold": {"checksFailedPercent": 101, "roundTripTimeMs": -1}
	}`)
	want := strings.Join([]string{
		`byName.a.key: minLength: must be at least 1 characters long, got ""`,
		`byName.b.key: required: is required`,
		`children[0].key: required: is required`,
		`children[0].value: minimum: must be greater than or equal to 0, got -1`,
		`count: multipleOf: must be a multiple of 5, got 7`,
		`filter.address: ipFilter: must be a valid range: the low end is after the high end, got "10.0.0.9-10.0.0.1"`,
		`filter.days: retentionDays: must be a number of days, 0 or more, got -1`,
		`filter.ports[1]: portFilter: must be a valid range: the low end is after the high end, got "90-85"`,
		`filter.target: armResourceID: must be an ARM resource ID with a "resourceGroups" segment: /subscriptions/{id}/resourceGroups/{name}/providers/{Namespace}/{type}/{name}, got "/subscriptions/s"`,
		`grid[0]: maxItems: must have at most 2 items, has 3`,
		`grid[0][1]: minimum: must be greater than or equal to 0, got -1`,
		`half: minimum: must be greater than or equal to 0.5, got 0`,
		`kind: enum: must be one of "Small", "Large", got "Medium"`,
		`labels: maxItems: must have at most 3 items, has 4`,
		`labels[2]: uniqueItems: must not repeat item 1, got "a"`,
		`labels[0]: maxLength: must be at most 5 characters long, got "abcdef"`,
		`level: enum: must be one of 1, 2, 3, got 4`,
		`link: format.uri: must be an absolute URI that starts with a scheme such as https:, got "no scheme"`,
		`location.filePath: storageLocation: must be under /var/captures on a Linux VM, got "/tmp/x.cap"`,
		`lookup.k.key: required: is required`,
		`lookup.k.value: minimum: must be greater than or equal to 0, got -2`,
		`name: minLength: must be at least 3 characters long, got "X"`,
		`name: pattern: must match the pattern "^[a-z][a-z0-9-]*$", got "X"`,
		`pairs[1]: uniqueItems: must not repeat item 0`,
		`payload: required: is required`,
		`ratio: exclusiveMaximum: must be less than 1, got 1`,
		`scores.y: maximum: must be less than or equal to 10, got 12`,
		`scores.z: maximum: must be less than or equal to 10, got 11`,
		`sizes[2]: uniqueItems: must not repeat item 1, got "S"`,
		`sizes[0]: enum: must be one of "S", "M", "L", got "XL"`,
		`special.baseName: required: is required`,
		`special.targetType: packetCaptureTarget: must agree with the target, which is the ID of a Microsoft.Compute/virtualMachineScaleSets resource, got "AzureVM"`,
		`step: multipleOf: must be a multiple of 0.25, got 0.3`,
		`threshold.checksFailedPercent: successThreshold: must be a percentage from 0 to 100, got 101`,
		`threshold.roundTripTimeMs: successThreshold: must be a finite number of milliseconds, 0 or more, got -1`,
		`uid: format.uuid: must be a UUID of 32 hexadecimal digits grouped 8-4-4-4-12, got "not-a-uuid"`,
		`wide: format.int32: must be a whole number from -2147483648 to 2147483647, got 2.1474836485e+09`,
	}, "\n")
	// Map order is random: the report must not be.
	for range 20 {
		if got := lines(m.Validate()); got != want {
			t.Fatalf("Validate:\n%s\n\nwant:\n%s", got, want)
		}
	}
}

// TestRequestMode: ValidateRequest reports read-only properties that are set and checks
// nothing else about them (the id's pattern, the state's required key), while Validate
// checks them like the others.
func TestRequestMode(t *testing.T) {
	m := decodeThing(t, validThing)
	m.ID = new("Not A Path")
	m.State = &Child{}
	if got, want := lines(m.ValidateRequest()), "id: readOnly: is read-only: the service sets it, and a request must leave it out, got \"Not A Path\"\n"+
		"state: readOnly: is read-only: the service sets it, and a request must leave it out"; got != want {
		t.Errorf("ValidateRequest:\n%s\nwant:\n%s", got, want)
	}
	if got, want := lines(m.Validate()), "id: pattern: must match the pattern \"^/things/[a-z]+$\", got \"Not A Path\"\n"+
		"state.key: required: is required"; got != want {
		t.Errorf("Validate:\n%s\nwant:\n%s", got, want)
	}
}

// TestErrorsAs gets the list and the first problem back with errors.As.
func TestErrorsAs(t *testing.T) {
	err := (&Thing{}).Validate()
	var list validation.Errors
	if !errors.As(err, &list) || len(list) != 5 {
		t.Fatalf("errors.As(%v) into validation.Errors: %d problems", err, len(list))
	}
	var first *validation.Error
	if !errors.As(err, &first) || first.Path != "children" || first.Rule != validation.RequiredRule || first.Value != nil {
		t.Fatalf("errors.As into *validation.Error: %+v", first)
	}
	var paths []string
	for _, e := range list {
		paths = append(paths, e.Path)
	}
	if got := strings.Join(paths, " "); got != "children labels lookup name payload" {
		t.Errorf("required problems of an empty Thing at %s", got)
	}
}

// TestNilAndEmpty: a nil model validates clean (there is nothing to check), and so does an
// empty map model; an empty map is present for required, a nil one is not.
func TestNilAndEmpty(t *testing.T) {
	if err := (*Thing)(nil).Validate(); err != nil {
		t.Errorf("nil Thing: %v", err)
	}
	m := decodeThing(t, validThing)
	m.Lookup = map[string]*Child{}
	if err := m.Validate(); err != nil {
		t.Errorf("empty lookup: %v", err)
	}
	m.Lookup = nil
	if got, want := lines(m.Validate()), "lookup: required: is required"; got != want {
		t.Errorf("nil lookup: %s, want %s", got, want)
	}
}

// TestInheritedRules: Special gets Base's required property and Base's property rule
// through allOf, and the object rule reads a param through a dotted path that may be
// absent.
func TestInheritedRules(t *testing.T) {
	s := &Special{BaseName: new("b"), Resource: new("/subscriptions/s/resourceGroups/g/providers/Microsoft.Storage/storageAccounts/a")}
	want := `resource: armResourceID: must be the ID of a Microsoft.Compute/virtualMachines or Microsoft.Compute/virtualMachineScaleSets resource, not of a Microsoft.Storage/storageAccounts resource, got "/subscriptions/s/resourceGroups/g/providers/Microsoft.Storage/storageAccounts/a"`
	if got := lines(s.Validate()); !strings.HasPrefix(got, want) {
		t.Errorf("Special:\n%s\nwant it to start with\n%s", got, want)
	}
	vm := "/subscriptions/s/resourceGroups/g/providers/Microsoft.Compute/virtualMachines/vm"
	s = &Special{BaseName: new("b"), Resource: &vm, Scope: &Scope{Include: []*string{new("0")}}}
	if got := lines(s.Validate()); !strings.HasPrefix(got, "scope: packetCaptureTarget: must list no instances") {
		t.Errorf("scope with a virtual machine: %s", got)
	}
	if err := (&Base{}).Validate(); err == nil || err.Error() != "baseName: required: is required" {
		t.Errorf("Base: %v", err)
	}
}
