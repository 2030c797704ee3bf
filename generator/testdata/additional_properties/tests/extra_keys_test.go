package additionalproperties

import (
	"encoding/json"
	"testing"
)

func TestMixedKeepsExtraKeysFlat(t *testing.T) {
	in := `{"fixed":"f","a":1,"b":2}`
	var m Mixed
	if err := json.Unmarshal([]byte(in), &m); err != nil {
		t.Fatal(err)
	}
	if *m.Fixed != "f" || len(m.AdditionalProperties) != 2 || m.AdditionalProperties["b"] == nil || *m.AdditionalProperties["b"] != 2 {
		t.Fatalf("decoded %+v", m)
	}
	out, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	if string(out) != `{"fixed":"f","a":1,"b":2}` {
		t.Fatalf("encoded %s", out)
	}
	// A declared name in AdditionalProperties never duplicates the declared key.
	m.AdditionalProperties["fixed"] = new(int32(9))
	out, _ = json.Marshal(m)
	if string(out) != `{"fixed":"f","a":1,"b":2}` {
		t.Fatalf("encoded %s", out)
	}
	// Only extra keys, and a wrongly typed extra key.
	out, _ = json.Marshal(Mixed{AdditionalProperties: map[string]*int32{"z": new(int32(3))}})
	if string(out) != `{"z":3}` {
		t.Fatalf("encoded %s", out)
	}
	if err := json.Unmarshal([]byte(`{"x":"not a number"}`), &m); err == nil {
		t.Fatal("want an error for a string in an integer map")
	}
}

func TestMapsKeepEmptyAndNil(t *testing.T) {
	out, _ := json.Marshal(Root{Tags: map[string]*string{}, Named: Labels{"k": new("v")}})
	if string(out) != `{"named":{"k":"v"},"tags":{}}` {
		t.Fatalf("encoded %s", out)
	}
}

func TestNamedObjectWithoutPropertiesKeepsItsContent(t *testing.T) {
	in := `{"opaque":{"a":[1,{"b":null}],"c":"d"}}`
	var r Root
	if err := json.Unmarshal([]byte(in), &r); err != nil {
		t.Fatal(err)
	}
	out, _ := json.Marshal(r)
	if string(out) != in {
		t.Fatalf("round trip:\n got %s\nwant %s", out, in)
	}
}
