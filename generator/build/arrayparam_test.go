package build

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/load"
)

func buildSpec(t *testing.T, spec string) error {
	t.Helper()
	doc, err := load.Load("spec.json", load.Options{FS: fstest.MapFS{"spec.json": {Data: []byte(spec)}}})
	if err != nil {
		t.Fatal(err)
	}
	_, err = Build(doc, Options{})
	return err
}

// TestArrayParameters: a query array of strings, numbers or booleans keeps its
// collectionFormat (csv, ssv, tsv, pipes, multi) and its item type; an unknown format,
// "multi" outside the query and arrays of objects or arrays are clear errors, not
// "unknown type array". Arrays of arrays of scalars are joined item by item.
func TestArrayParameters(t *testing.T) {
	spec := func(items, format string) string {
		return `{"swagger": "2.0", "info": {"title": "t", "version": "1"}, "paths": {"/p": {"get": {"operationId": "P_Get",
  "parameters": [{"name": "q", "in": "query", "type": "array", "items": {"type": "` + items + `"}, "collectionFormat": "` + format + `"}],
  "responses": {"200": {"description": "ok"}}}}}}`
	}
	for _, cf := range []string{"csv", "ssv", "tsv", "pipes", "multi"} {
		doc, err := load.Load("spec.json", load.Options{FS: fstest.MapFS{"spec.json": {Data: []byte(spec("string", cf))}}})
		if err != nil {
			t.Fatal(err)
		}
		pkg, err := Build(doc, Options{})
		if err != nil {
			t.Fatalf("%s: %v", cf, err)
		}
		if got := findOp(pkg, "P_Get").Params[0].CollectionFormat; got != cf {
			t.Errorf("collectionFormat %q became %q", cf, got)
		}
	}
	for items, want := range map[string]ir.Primitive{"string": ir.String, "integer": ir.Int32, "number": ir.Float32, "boolean": ir.Bool} {
		doc, err := load.Load("spec.json", load.Options{FS: fstest.MapFS{"spec.json": {Data: []byte(spec(items, "csv"))}}})
		if err != nil {
			t.Fatal(err)
		}
		pkg, err := Build(doc, Options{})
		if err != nil {
			t.Fatalf("%s: %v", items, err)
		}
		if got := findOp(pkg, "P_Get").Params[0].Type; got.Kind != ir.KindArray || got.Elem.Primitive != want {
			t.Errorf("array of %s items: type %+v, want items of %v", items, got, want)
		}
	}
	for _, tc := range []struct{ items, format, want string }{
		{"string", "bogus", `collectionFormat "bogus" is not supported: want csv, ssv, tsv, pipes or multi`},
		{"object", "csv", `array parameters of "object" items are not supported: only arrays of strings, numbers and booleans (or of arrays of them) have a string form`},
		{"array", "csv", `array parameters of arrays of "" items are not supported`},
	} {
		err := buildSpec(t, spec(tc.items, tc.format))
		if err == nil || !strings.Contains(err.Error(), tc.want) || strings.Contains(err.Error(), "unknown type") {
			t.Errorf("%s/%s: %v, want %q", tc.items, tc.format, err, tc.want)
		}
	}
	// Arrays of arrays of scalars: Swagger's items.collectionFormat joins each item.
	nested := func(inner string) string {
		return `{"swagger": "2.0", "info": {"title": "t", "version": "1"}, "paths": {"/p": {"get": {"operationId": "P_Get",
  "parameters": [{"name": "q", "in": "query", "type": "array", "collectionFormat": "multi", "items": ` + inner + `}],
  "responses": {"200": {"description": "ok"}}}}}}`
	}
	doc, err := load.Load("spec.json", load.Options{FS: fstest.MapFS{"spec.json": {Data: []byte(nested(`{"type": "array", "collectionFormat": "pipes", "items": {"type": "number"}}`))}}})
	if err != nil {
		t.Fatal(err)
	}
	pkg, err := Build(doc, Options{})
	if err != nil {
		t.Fatalf("array of arrays: %v", err)
	}
	if p := findOp(pkg, "P_Get").Params[0]; p.Type.Elem.Kind != ir.KindArray || p.Type.Elem.Elem.Primitive != ir.Float32 || p.CollectionFormat != "multi" || p.ItemsCollectionFormat != "pipes" {
		t.Errorf("array of arrays of numbers: %+v", p)
	}
	for inner, want := range map[string]string{
		`{"type": "array", "collectionFormat": "multi", "items": {"type": "string"}}`: `#/paths/~1p/get/parameters/0/items/collectionFormat: collectionFormat "multi" is not supported for the items of an array parameter`,
		`{"type": "array", "items": {"type": "object"}}`:                              `#/paths/~1p/get/parameters/0/items/items: array parameters of arrays of "object" items are not supported`,
		`{"type": "array", "items": {"type": "array", "items": {"type": "string"}}}`:  `array parameters of arrays of "array" items are not supported`,
	} {
		if err := buildSpec(t, nested(inner)); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want %q", inner, err, want)
		}
	}
	header := strings.Replace(spec("string", "multi"), `"in": "query"`, `"in": "header"`, 1)
	if err := buildSpec(t, header); err == nil || !strings.Contains(err.Error(), `collectionFormat "multi" is only valid for query parameters, not header parameters`) {
		t.Errorf("multi header: %v", err)
	}
}
