package build

import "testing"

// TestExtraKeysFieldName: a model with properties and additional properties keeps the
// extra keys in a field named AdditionalProperties, so a declared property of that name
// (the AutoRest test server's additionalProperties.json has one) gets another Go name.
func TestExtraKeysFieldName(t *testing.T) {
	spec := `{"swagger": "2.0", "info": {"title": "t", "version": "1"},
  "paths": {"/p": {"get": {"operationId": "P_Get", "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Pet"}}}}}},
  "definitions": {"Pet": {"type": "object", "additionalProperties": {"type": "string"},
    "properties": {"additionalProperties": {"type": "object", "additionalProperties": {"type": "number"}}, "marshalJSON": {"type": "string"}}}}}`
	pkg := buildOK(t, spec)
	m := findModel(pkg, "Pet")
	if m == nil {
		t.Fatal("no model Pet")
	}
	for _, f := range m.Fields {
		switch f.Name {
		case "AdditionalProperties", "MarshalJSON", "UnmarshalJSON":
			t.Errorf("field %q (JSON %q) takes a name the extra keys need", f.Name, f.JSONName)
		}
	}
}
