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
	out, _ := json.Marshal(Root{Tags: map[string]*string{}, Named: map[string]*string{"k": new("v")}})
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

// A map definition whose values reach it keeps its name (Tree), and round trips.
func TestSelfReferentialMapRoundTrips(t *testing.T) {
	in := `{"tree":{"a":[{"b":[]},{}],"c":null}}`
	var r Root
	if err := json.Unmarshal([]byte(in), &r); err != nil {
		t.Fatal(err)
	}
	var sub Tree = r.Tree["a"][0]
	if len(r.Tree) != 2 || len(r.Tree["a"]) != 2 || sub["b"] == nil || len(sub["b"]) != 0 || r.Tree["c"] != nil {
		t.Fatalf("decoded %#v", r.Tree)
	}
	out, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	if string(out) != in {
		t.Fatalf("round trip:\n got %s\nwant %s", out, in)
	}
	if err := r.Validate(); err != nil {
		t.Fatal(err)
	}
}

// The values of an inline object in additionalProperties are named as the Azure SDK names
// them: after the schema's OpenAPI 3 pointer with its hash.
func TestInlineMapValuesAreNamedAsTheSDKNamesThem(t *testing.T) {
	r := Root{Inline: map[string]*Components1J7Dbd5SchemasRootPropertiesInlineAdditionalproperties{"k": {X: new(int32(1))}}}
	out, _ := json.Marshal(r)
	if string(out) != `{"inline":{"k":{"x":1}}}` {
		t.Fatalf("encoded %s", out)
	}
}
