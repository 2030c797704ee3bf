package load

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/armgen/armgen/generator/jsonv"
	"github.com/go-openapi/spec"
)

// TestConvertSchemaMatchesGoOpenAPI decodes every schema of the real spec files (both API
// versions) and of the golden cases both ways, and requires identical go-openapi values.
func TestConvertSchemaMatchesGoOpenAPI(t *testing.T) {
	files, _ := filepath.Glob(nwDir + "2022-01-01/*.json")
	more, _ := filepath.Glob(nwDir + "2024-01-01/*.json")
	golden, _ := filepath.Glob("../testdata/*/spec.json")
	files = append(append(files, more...), golden...)
	extra := []string{
		`{"type":["string","null"],"enum":[],"required":[],"properties":{},"items":[{"type":"integer"}],"x-Ext":{"a":[1,2.5,null]},"default":null,"minimum":-1e3,"maxLength":7,"not":{"type":"string"},"anyOf":[{}],"oneOf":[{"$ref":"#/x"}],"additionalProperties":false,"nullable":true}`,
		`{"additionalProperties":{"type":"string"},"$schema":"http://json-schema.org/draft-04/schema#","id":"x","title":"t","example":{"k":"v"}}`,
	}
	checked, converted := 0, 0
	compare := func(where string, node *jsonv.Value) {
		if node.Kind != jsonv.Object {
			return
		}
		checked++
		want := new(spec.Schema)
		wantErr := json.Unmarshal(jsonv.AppendCompact(nil, node), want)
		got, ok := convertSchema(node)
		if !ok {
			return // falls back to json.Unmarshal: same result by construction
		}
		converted++
		if wantErr != nil {
			t.Errorf("%s: converted, but json.Unmarshal fails: %v", where, wantErr)
			return
		}
		if !reflect.DeepEqual(got, want) {
			g, _ := json.Marshal(got)
			w, _ := json.Marshal(want)
			t.Errorf("%s: converted schema differs\n got %s\nwant %s", where, g, w)
		}
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		tree, err := jsonv.Parse(data)
		if err != nil {
			continue
		}
		if defs := tree.Get("definitions"); defs != nil {
			for _, m := range defs.Obj {
				walkSchemas(f+"#/definitions/"+m.Key, m.Value, compare)
			}
		}
	}
	for i, s := range extra {
		v, err := jsonv.Parse([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		compare("extra "+string(rune('0'+i)), v)
	}
	if converted < 500 || converted*10 < checked*9 {
		t.Errorf("converted only %d of %d schemas", converted, checked)
	}
	t.Logf("%d schemas compared, %d converted directly", checked, converted)
}

func walkSchemas(where string, n *jsonv.Value, visit func(string, *jsonv.Value)) {
	if n == nil || n.Kind != jsonv.Object {
		return
	}
	visit(where, n)
	if p := n.Get("properties"); p != nil {
		for _, m := range p.Obj {
			walkSchemas(where+"/properties/"+m.Key, m.Value, visit)
		}
	}
	walkSchemas(where+"/items", n.Get("items"), visit)
	walkSchemas(where+"/additionalProperties", n.Get("additionalProperties"), visit)
	if a := n.Get("allOf"); a != nil {
		for _, e := range a.Arr {
			walkSchemas(where+"/allOf", e, visit)
		}
	}
}

func BenchmarkSchemaDecode(b *testing.B) {
	data, _ := os.ReadFile(nwDir + "2022-01-01/networkWatcher.json")
	tree, _ := jsonv.Parse(data)
	defs := tree.Get("definitions")
	b.Run("convert", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, m := range defs.Obj {
				convertSchema(m.Value)
			}
		}
	})
	b.Run("json.Unmarshal", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, m := range defs.Obj {
				var s spec.Schema
				_ = json.Unmarshal(jsonv.AppendCompact(nil, m.Value), &s)
			}
		}
	})
}
