package build

import "testing"

// TestConstantParameters: a required path, query or header parameter with a one-value enum
// is a constant the client sends itself, spelled as on the wire; optional ones, extensible
// enums (modelAsString: true) and enums of two values stay parameters.
func TestConstantParameters(t *testing.T) {
	spec := `{"swagger": "2.0", "info": {"title": "t", "version": "1"}, "paths": {"/p/{pc}": {"put": {"operationId": "P_Put",
  "parameters": [
    {"name": "pc", "in": "path", "required": true, "type": "string", "enum": ["path"]},
    {"name": "qi", "in": "query", "required": true, "type": "integer", "enum": [100]},
    {"name": "hb", "in": "header", "required": true, "type": "boolean", "enum": [true], "x-ms-enum": {"modelAsString": false}},
    {"name": "qn", "in": "query", "required": true, "type": "number", "enum": [1.5]},
    {"name": "opt", "in": "query", "type": "string", "enum": ["only"]},
    {"name": "ext", "in": "query", "required": true, "type": "string", "enum": ["only"], "x-ms-enum": {"name": "E", "modelAsString": true}},
    {"name": "two", "in": "query", "required": true, "type": "string", "enum": ["a", "b"]},
    {"name": "mismatch", "in": "query", "required": true, "type": "integer", "enum": ["x"]}],
  "responses": {"200": {"description": "ok"}}}}}}`
	pkg := buildOK(t, spec)
	want := map[string]string{"pc": "path", "qi": "100", "hb": "true", "qn": "1.5", "opt": "", "ext": "", "two": "", "mismatch": ""}
	for _, p := range findOp(pkg, "P_Put").Params {
		w, ok := want[p.Name]
		if !ok {
			t.Errorf("unexpected parameter %q", p.Name)
			continue
		}
		if p.Constant != w || p.Client != (w != "") {
			t.Errorf("%s: Constant %q Client %v, want Constant %q Client %v", p.Name, p.Constant, p.Client, w, w != "")
		}
		delete(want, p.Name)
	}
	if len(want) > 0 {
		t.Errorf("parameters missing: %v", want)
	}
}
