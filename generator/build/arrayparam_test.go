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
// "unknown type array".
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
	for items, want := range map[string]ir.Primitive{"string": ir.String, "integer": ir.Int64, "number": ir.Float64, "boolean": ir.Bool} {
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
		{"object", "csv", `array parameters of "object" items are not supported: only arrays of strings, numbers and booleans have a string form`},
		{"array", "csv", `array parameters of "array" items are not supported`},
	} {
		err := buildSpec(t, spec(tc.items, tc.format))
		if err == nil || !strings.Contains(err.Error(), tc.want) || strings.Contains(err.Error(), "unknown type") {
			t.Errorf("%s/%s: %v, want %q", tc.items, tc.format, err, tc.want)
		}
	}
	header := strings.Replace(spec("string", "multi"), `"in": "query"`, `"in": "header"`, 1)
	if err := buildSpec(t, header); err == nil || !strings.Contains(err.Error(), `collectionFormat "multi" is only valid for query parameters, not header parameters`) {
		t.Errorf("multi header: %v", err)
	}
}
