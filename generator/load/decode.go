package load

import (
	"encoding/json"
	"fmt"

	"github.com/armgen/armgen/generator/jsonv"
	"github.com/go-openapi/spec"
)

// Schema decodes the schema at pointer ptr of file f into go-openapi's type, after checking
// that its keywords have the JSON types Swagger 2.0 gives them. Results are cached.
func (d *Document) Schema(f *File, ptr string) (*spec.Schema, error) {
	key := f.Path + "#" + ptr
	if s, ok := d.schemas[key]; ok {
		return s, nil
	}
	node := f.Tree.Pointer(ptr)
	if node == nil {
		return nil, Errors{{File: f.Path, Pointer: ptr, Msg: "no schema here"}}
	}
	if errs := checkSchema(f, node, ptr); len(errs) > 0 {
		return nil, errs
	}
	s, ok := convertSchema(node)
	if !ok {
		s = new(spec.Schema)
		if err := json.Unmarshal(jsonv.AppendCompact(nil, node), s); err != nil {
			return nil, Errors{{File: f.Path, Pointer: ptr, Line: node.Line, Msg: fmt.Sprintf("not a valid schema: %v", err)}}
		}
	}
	d.schemas[key] = s
	d.prime(f, ptr, node, s)
	return s, nil
}

// prime caches the sub-schemas that decoding s already produced (properties, items, allOf
// members, additionalProperties), so that the builder asking for them next does not decode
// them again. A sub-schema whose keywords fail checkSchema is left out, so that asking for
// it reports the problem.
func (d *Document) prime(f *File, ptr string, node *jsonv.Value, s *spec.Schema) {
	put := func(p string, n *jsonv.Value, sub *spec.Schema) {
		key := f.Path + "#" + p
		if _, ok := d.schemas[key]; ok || n == nil || len(checkSchema(f, n, p)) > 0 {
			return
		}
		d.schemas[key] = sub
		d.prime(f, p, n, sub)
	}
	if props := node.Get("properties"); props != nil {
		for _, m := range props.Obj {
			sub, ok := s.Properties[m.Key]
			if ok {
				put(ptr+"/properties/"+jsonv.EscapeToken(m.Key), m.Value, &sub)
			}
		}
	}
	if s.Items != nil && s.Items.Schema != nil {
		put(ptr+"/items", node.Get("items"), s.Items.Schema)
	}
	if all := node.Get("allOf"); all != nil && len(all.Arr) == len(s.AllOf) {
		for i := range s.AllOf {
			put(fmt.Sprintf("%s/allOf/%d", ptr, i), all.Arr[i], &s.AllOf[i])
		}
	}
	if s.AdditionalProperties != nil && s.AdditionalProperties.Schema != nil {
		put(ptr+"/additionalProperties", node.Get("additionalProperties"), s.AdditionalProperties.Schema)
	}
}

// Parameter decodes the parameter at pointer ptr of file f. Results are cached.
func (d *Document) Parameter(f *File, ptr string) (*spec.Parameter, error) {
	key := f.Path + "#" + ptr
	if p, ok := d.params[key]; ok {
		return p, nil
	}
	node := f.Tree.Pointer(ptr)
	if node == nil || node.Kind != jsonv.Object {
		return nil, Errors{{File: f.Path, Pointer: ptr, Msg: "want a parameter object"}}
	}
	p, ok := convertParameter(node)
	if !ok {
		p = new(spec.Parameter)
		if err := json.Unmarshal(jsonv.AppendCompact(nil, node), p); err != nil {
			return nil, Errors{{File: f.Path, Pointer: ptr, Line: node.Line, Msg: fmt.Sprintf("not a valid parameter: %v", err)}}
		}
	}
	d.params[key] = p
	return p, nil
}

// Response decodes the response at pointer ptr of file f. Results are cached.
func (d *Document) Response(f *File, ptr string) (*spec.Response, error) {
	key := f.Path + "#" + ptr
	if r, ok := d.resps[key]; ok {
		return r, nil
	}
	node := f.Tree.Pointer(ptr)
	if node == nil || node.Kind != jsonv.Object {
		return nil, Errors{{File: f.Path, Pointer: ptr, Msg: "want a response object"}}
	}
	r, ok := convertResponse(node)
	if !ok {
		r = new(spec.Response)
		if err := json.Unmarshal(jsonv.AppendCompact(nil, node), r); err != nil {
			return nil, Errors{{File: f.Path, Pointer: ptr, Line: node.Line, Msg: fmt.Sprintf("not a valid response: %v", err)}}
		}
	}
	d.resps[key] = r
	return r, nil
}

// validTypes are the type names Swagger 2.0 allows in a schema.
var validTypes = map[string]bool{"string": true, "integer": true, "number": true, "boolean": true, "array": true, "object": true, "file": true, "null": true}

// checkSchema checks the JSON types of one schema's own keywords, so that a wrong node
// type is reported at its exact pointer instead of as a decoding error.
func checkSchema(f *File, node *jsonv.Value, ptr string) Errors {
	var errs Errors
	bad := func(key string, v *jsonv.Value, want string) {
		errs = append(errs, Diagnostic{File: f.Path, Pointer: ptr + "/" + jsonv.EscapeToken(key), Line: v.Line,
			Msg: fmt.Sprintf("%s is a JSON %s, want %s", key, v.Kind, want)})
	}
	if node.Kind != jsonv.Object {
		return Errors{{File: f.Path, Pointer: ptr, Line: node.Line, Msg: fmt.Sprintf("schema is a JSON %s, want an object", node.Kind)}}
	}
	for _, m := range node.Obj {
		v := m.Value
		switch m.Key {
		case "type":
			if v.Kind != jsonv.String {
				bad(m.Key, v, "a string")
			} else if !validTypes[v.Str] {
				errs = append(errs, Diagnostic{File: f.Path, Pointer: ptr + "/type", Line: v.Line,
					Msg: fmt.Sprintf("unknown type %q: want one of array, boolean, file, integer, number, object, string", v.Str)})
			}
		case "properties":
			if v.Kind != jsonv.Object {
				bad(m.Key, v, "an object of schemas")
				continue
			}
			for _, p := range v.Obj {
				if p.Value.Kind != jsonv.Object {
					bad("properties/"+p.Key, p.Value, "a schema object")
				}
			}
		case "items", "x-ms-enum":
			if v.Kind != jsonv.Object {
				bad(m.Key, v, "an object")
			}
		case "additionalProperties":
			if v.Kind != jsonv.Object && v.Kind != jsonv.Bool {
				bad(m.Key, v, "a schema object or a boolean")
			}
		case "allOf":
			if v.Kind != jsonv.Array {
				bad(m.Key, v, "an array of schemas")
				continue
			}
			for i, e := range v.Arr {
				if e.Kind != jsonv.Object {
					bad(fmt.Sprintf("allOf/%d", i), e, "a schema object")
				}
			}
		case "required":
			if v.Kind != jsonv.Array {
				bad(m.Key, v, "an array of property names")
				continue
			}
			for i, e := range v.Arr {
				if e.Kind != jsonv.String {
					bad(fmt.Sprintf("required/%d", i), e, "a string")
				}
			}
		case "enum":
			if v.Kind != jsonv.Array {
				bad(m.Key, v, "an array")
			}
		case "format", "description", "pattern", "discriminator", "title", "x-ms-client-name", "x-ms-discriminator-value":
			if v.Kind != jsonv.String {
				bad(m.Key, v, "a string")
			}
		case "readOnly", "uniqueItems", "exclusiveMinimum", "exclusiveMaximum", "x-ms-client-flatten", "x-nullable":
			if v.Kind != jsonv.Bool {
				bad(m.Key, v, "a boolean")
			}
		case "minimum", "maximum", "multipleOf", "minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties":
			if v.Kind != jsonv.Number {
				bad(m.Key, v, "a number")
			}
		}
	}
	return errs
}

// checkSchemasDeep checks every schema of a file's definitions, parameters and responses
// (and the schemas nested in them), to locate a wrong node type that made decoding fail.
func checkSchemasDeep(f *File) Errors {
	var errs Errors
	var walk func(node *jsonv.Value, ptr string, depth int)
	walk = func(node *jsonv.Value, ptr string, depth int) {
		if node == nil || depth > 64 {
			return
		}
		e := checkSchema(f, node, ptr)
		errs = append(errs, e...)
		if len(e) > 0 || node.Kind != jsonv.Object {
			return
		}
		if props := node.Get("properties"); props != nil {
			for _, m := range props.Obj {
				walk(m.Value, ptr+"/properties/"+jsonv.EscapeToken(m.Key), depth+1)
			}
		}
		if it := node.Get("items"); it != nil {
			walk(it, ptr+"/items", depth+1)
		}
		if ap := node.Get("additionalProperties"); ap != nil && ap.Kind == jsonv.Object {
			walk(ap, ptr+"/additionalProperties", depth+1)
		}
		if all := node.Get("allOf"); all != nil {
			for i, m := range all.Arr {
				walk(m, fmt.Sprintf("%s/allOf/%d", ptr, i), depth+1)
			}
		}
	}
	if defs := f.Tree.Get("definitions"); defs != nil && defs.Kind == jsonv.Object {
		for _, m := range defs.Obj {
			walk(m.Value, "/definitions/"+jsonv.EscapeToken(m.Key), 0)
		}
	}
	for _, key := range []string{"parameters", "responses"} {
		if group := f.Tree.Get(key); group != nil && group.Kind == jsonv.Object {
			for _, m := range group.Obj {
				if s := m.Value.Get("schema"); s != nil {
					walk(s, "/"+key+"/"+jsonv.EscapeToken(m.Key)+"/schema", 0)
				}
			}
		}
	}
	return errs
}
