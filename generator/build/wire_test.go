package build

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/load"
)

func buildOK(t *testing.T, spec string) *ir.Package {
	t.Helper()
	return mustBuild(t, "spec.json", load.Options{FS: fstest.MapFS{"spec.json": {Data: []byte(spec)}}})
}

func opSpec(consumes, params, responses string) string {
	return `{"swagger": "2.0", "info": {"title": "t", "version": "1"}, "paths": {"/p": {"post": {"operationId": "P_Do",
  "consumes": ` + consumes + `, "parameters": ` + params + `, "responses": ` + responses + `}}}}`
}

// TestWireShapes: formData parameters (files, arrays of files, strings), binary and text
// bodies and results, typed response headers, and the media types the operation keeps.
func TestWireShapes(t *testing.T) {
	pkg := buildOK(t, opSpec(`["multipart/form-data"]`, `[
  {"name": "f", "in": "formData", "type": "file", "required": true},
  {"name": "fs", "in": "formData", "type": "array", "items": {"type": "file"}},
  {"name": "tags", "in": "formData", "type": "array", "items": {"type": "string"}, "collectionFormat": "multi"},
  {"name": "n", "in": "formData", "type": "integer", "format": "int32"},
  {"name": "e", "in": "query", "type": "string", "enum": [""], "required": true}]`,
		`{"200": {"description": "ok", "schema": {"type": "file"}, "headers": {"x-n": {"type": "integer"}, "x-c": {"type": "string", "enum": ["a"]}}}}`))
	op := findOp(pkg, "P_Do")
	byName := map[string]*ir.Parameter{}
	for _, p := range op.Params {
		byName[p.Name] = p
	}
	if p := byName["f"]; p == nil || p.In != ir.InFormData || !p.Type.IsFile() || !p.Required {
		t.Errorf("file field: %+v", p)
	}
	if p := byName["fs"]; p == nil || p.Type.Kind != ir.KindArray || !p.Type.Elem.IsFile() {
		t.Errorf("files field: %+v", p)
	}
	if p := byName["tags"]; p == nil || p.CollectionFormat != "multi" {
		t.Errorf("multi field: %+v", p)
	}
	if p := byName["n"]; p == nil || p.Type.Primitive != ir.Int32 {
		t.Errorf("integer field: %+v", p)
	}
	if p := byName["e"]; p == nil || p.Client || p.Constant != "" {
		t.Errorf("an empty one-value enum must stay an argument: %+v", p)
	}
	if len(op.Consumes) != 1 || op.Consumes[0] != "multipart/form-data" {
		t.Errorf("consumes %q", op.Consumes)
	}
	r := op.Responses[0]
	if r.BodyFormat != ir.BodyBinary || len(r.HeaderTypes) != 2 || r.HeaderTypes[0].Name != "x-c" || r.HeaderTypes[0].Type.Kind != ir.KindEnum ||
		r.HeaderTypes[1].Type.Primitive != ir.Int32 {
		t.Errorf("response: format %v headers %+v", r.BodyFormat, r.HeaderTypes)
	}

	pkg = buildOK(t, opSpec(`["text/plain"]`, `[{"name": "b", "in": "body", "required": true, "schema": {"type": "string"}}]`,
		`{"200": {"description": "ok", "schema": {"type": "string"}}}`))
	op = findOp(pkg, "P_Do")
	if op.Body.BodyFormat != ir.BodyText || op.Responses[0].BodyFormat != ir.BodyJSON {
		t.Errorf("text body %v, result %v (produces nothing: JSON)", op.Body.BodyFormat, op.Responses[0].BodyFormat)
	}
	pkg = buildOK(t, opSpec(`["application/octet-stream"]`, `[{"name": "b", "in": "body", "required": true, "schema": {"type": "string", "format": "binary"}}]`,
		`{"200": {"description": "ok"}}`))
	if f := findOp(pkg, "P_Do").Body.BodyFormat; f != ir.BodyBinary {
		t.Errorf("binary body: %v", f)
	}

	for want, params := range map[string]string{
		`formData arrays of "integer" items are not supported yet`: `[{"name": "x", "in": "formData", "type": "array", "items": {"type": "integer"}}]`,
		`collectionFormat "bogus" is not supported`:                `[{"name": "x", "in": "formData", "type": "array", "items": {"type": "string"}, "collectionFormat": "bogus"}]`,
	} {
		err := buildSpec(t, opSpec(`["application/x-www-form-urlencoded"]`, params, `{"200": {"description": "ok"}}`))
		if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "spec.json#/paths/~1p/post/parameters/0") {
			t.Errorf("%v, want %q at the parameter's pointer", err, want)
		}
	}
}
