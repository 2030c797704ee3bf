package generator

import (
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

// TestMisfitExampleIsAWarning: an x-ms-example whose value does not fit the generated types
// is left out of the example tests with a warning naming the example file and the JSON
// pointer of the value; the run succeeds and the other examples are emitted.
func TestMisfitExampleIsAWarning(t *testing.T) {
	spec := `{"swagger": "2.0", "info": {"title": "t", "version": "1"}, "host": "example.org",
  "paths": {"/count": {"get": {"operationId": "Things_Count",
    "x-ms-examples": {"good": {"$ref": "./examples/good.json"}, "bad": {"$ref": "./examples/bad.json"}},
    "responses": {"200": {"description": "ok", "schema": {"type": "integer", "format": "int64"}}}}}}}`
	fsys := fstest.MapFS{
		"spec.json":          {Data: []byte(spec)},
		"examples/good.json": {Data: []byte(`{"parameters": {}, "responses": {"200": {"body": 5}}}`)},
		"examples/bad.json":  {Data: []byte(`{"parameters": {}, "responses": {"200": {"body": "five"}}}`)},
	}
	root, _ := filepath.Abs("testdata")
	res, err := GenerateFiles(Options{Spec: filepath.Join(root, "spec.json"), Root: root, FS: fsys, Package: "things", ImportPath: "example.org/things"})
	if err != nil {
		t.Fatal(err)
	}
	want := `examples/bad.json#/responses/200/body: example "bad" of Things_Count is left out of the example tests: an int64 is expected, the example has a string`
	found := false
	for _, w := range res.Warnings {
		found = found || strings.HasSuffix(w.String(), want) && w.Kind == "example-left-out"
	}
	if !found {
		t.Errorf("warnings %q, want one ending in %q", res.Warnings, want)
	}
	src := string(res.Files.Get("example_things_test.go"))
	if !strings.Contains(src, "func ExampleClient_Count_good()") || strings.Contains(src, "_bad()") {
		t.Errorf("example_things_test.go should hold the good example only:\n%s", src)
	}
}

// TestPagerExampleWithArrayBody: a pager's example whose body is the bare array of items,
// where the spec says an object holding them, is left out with a warning naming the body.
func TestPagerExampleWithArrayBody(t *testing.T) {
	spec := `{"swagger": "2.0", "info": {"title": "t", "version": "1"}, "host": "example.org",
  "paths": {"/things": {"get": {"operationId": "Things_List",
    "x-ms-pageable": {"nextLinkName": "nextLink"},
    "x-ms-examples": {"list": {"$ref": "./examples/list.json"}},
    "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/ThingList"}}}}}},
  "definitions": {"ThingList": {"properties": {"value": {"type": "array", "items": {"type": "string"}}, "nextLink": {"type": "string"}}}}}`
	fsys := fstest.MapFS{
		"spec.json":          {Data: []byte(spec)},
		"examples/list.json": {Data: []byte(`{"parameters": {}, "responses": {"200": {"body": ["a", "b"]}}}`)},
	}
	root, _ := filepath.Abs("testdata")
	res, err := GenerateFiles(Options{Spec: filepath.Join(root, "spec.json"), Root: root, FS: fsys, Package: "things", ImportPath: "example.org/things"})
	if err != nil {
		t.Fatal(err)
	}
	want := `examples/list.json#/responses/200/body: example "list" of Things_List is left out of the example tests: an object (ThingList) is expected, the example has an array`
	found := false
	for _, w := range res.Warnings {
		found = found || strings.HasSuffix(w.String(), want)
	}
	if !found {
		t.Errorf("warnings %q, want one ending in %q", res.Warnings, want)
	}
}
