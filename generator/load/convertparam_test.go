package load

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/armgen/armgen/generator/jsonv"
	"github.com/go-openapi/spec"
)

// TestConvertParameterAndResponseMatchGoOpenAPI decodes every parameter and response
// object of every spec file of the mirror and of the golden cases both ways, plus edge
// cases, and requires identical go-openapi values wherever the converter does not fall
// back to json.Unmarshal.
func TestConvertParameterAndResponseMatchGoOpenAPI(t *testing.T) {
	var files []string
	filepath.WalkDir(specsRoot+"/specification", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".json") && !strings.Contains(p, "/examples/") {
			files = append(files, p)
		}
		return nil
	})
	golden, _ := filepath.Glob("../testdata/*/*.json")
	files = append(files, golden...)
	if len(files) < 300 {
		t.Fatalf("only %d spec files found", len(files))
	}
	var params, resps []*jsonv.Value
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		tree, err := jsonv.Parse(data)
		if err != nil {
			continue
		}
		for _, m := range members(tree.Get("parameters")) {
			params = append(params, m.Value)
		}
		for _, m := range members(tree.Get("responses")) {
			resps = append(resps, m.Value)
		}
		for _, path := range members(tree.Get("paths")) {
			params = append(params, elems(path.Value.Get("parameters"))...)
			for _, op := range members(path.Value) {
				params = append(params, elems(op.Value.Get("parameters"))...)
				for _, r := range members(op.Value.Get("responses")) {
					resps = append(resps, r.Value)
				}
			}
		}
	}
	for _, s := range []string{
		`{"name":"a","in":"query","type":"array","items":{"type":"integer","format":"int32","maximum":5,"enum":[1,2],"items":{"type":"string"},"x-Ms-Y":true,"description":"ignored"},"collectionFormat":"csv","x-ms-client-name":"B","X-Upper":[1,{"k":null}]}`,
		`{"name":"a","in":"header","required":true,"type":"string","enum":null,"default":"d","example":{"e":[1.5]},"minLength":1,"maxLength":9,"pattern":"^a$","allowEmptyValue":false,"unknown":1}`,
		`{"name":"a","in":"body","schema":{"$ref":"#/definitions/X"},"description":null,"required":null}`,
		`{"name":"a","in":"body","schema":null,"items":null}`,
		`{"$ref":"#/parameters/P"}`, `{"$ref":1}`, `{"$ref":"%zz"}`,
		`{"Name":"a","in":"path"}`, `{"name":"a","IN":"path"}`,
		`{"name":"a","in":"query","type":"integer","maximum":1e400}`, `{"name":"a","in":"query","x-big":1e400}`,
		`{"name":"a","in":"query","type":["string"]}`, `{"name":"a","in":"query","maxLength":1.5}`,
		`{"name":"a","in":"query","type":"number","minimum":-0.5,"multipleOf":0.25,"exclusiveMinimum":true,"uniqueItems":true,"minItems":0,"maxItems":3,"nullable":true}`,
	} {
		v, err := jsonv.Parse([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		params = append(params, v)
	}
	for _, s := range []string{
		`{"description":"ok","schema":{"type":"object","properties":{"a":{"type":"string"}}},"headers":{"Retry-After":{"type":"integer","format":"int32","description":"s","x-ms-h":1}},"examples":{"application/json":{"a":1}},"x-ms-error-response":true}`,
		`{"description":"ok","headers":{},"examples":{}}`, `{"description":"ok","headers":null,"examples":null,"schema":null}`,
		`{"description":"ok","headers":{"H":null}}`, `{"description":"ok","headers":{"H":{"Type":"string"}}}`,
		`{"$ref":"#/responses/R"}`, `{"Description":"x"}`, `{"description":"x","other":[1e400]}`,
		`{"description":"x","headers":{"H":{"type":"array","items":{"type":"string","enum":["a"]},"collectionFormat":"csv"}}}`,
	} {
		v, err := jsonv.Parse([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		resps = append(resps, v)
	}
	converted := 0
	for _, n := range params {
		if n.Kind != jsonv.Object {
			continue
		}
		want := new(spec.Parameter)
		wantErr := json.Unmarshal(jsonv.AppendCompact(nil, n), want)
		if got, ok := convertParameter(n); ok {
			converted++
			compareDecoded(t, "parameter", n, got, want, wantErr)
		}
	}
	convertedParams := converted
	for _, n := range resps {
		if n.Kind != jsonv.Object {
			continue
		}
		want := new(spec.Response)
		wantErr := json.Unmarshal(jsonv.AppendCompact(nil, n), want)
		if got, ok := convertResponse(n); ok {
			converted++
			compareDecoded(t, "response", n, got, want, wantErr)
		}
	}
	t.Logf("%d parameters (%d converted), %d responses (%d converted)", len(params), convertedParams, len(resps), converted-convertedParams)
	if convertedParams*10 < len(params)*9 || (converted-convertedParams)*10 < len(resps)*9 {
		t.Errorf("the converter fell back too often")
	}
}

func compareDecoded(t *testing.T, what string, n *jsonv.Value, got, want any, wantErr error) {
	t.Helper()
	src := string(jsonv.AppendCompact(nil, n))
	if wantErr != nil {
		t.Errorf("%s %s: converted, but json.Unmarshal fails: %v", what, src, wantErr)
		return
	}
	if !reflect.DeepEqual(got, want) {
		g, _ := json.Marshal(got)
		w, _ := json.Marshal(want)
		t.Errorf("%s %s: converted value differs\n got %s\nwant %s", what, src, g, w)
	}
}

// members returns an object's members (nothing for another kind or nil).
func members(v *jsonv.Value) []jsonv.Member {
	if v == nil || v.Kind != jsonv.Object {
		return nil
	}
	return v.Obj
}

// elems returns an array's elements (nothing for another kind or nil).
func elems(v *jsonv.Value) []*jsonv.Value {
	if v == nil || v.Kind != jsonv.Array {
		return nil
	}
	return v.Arr
}
