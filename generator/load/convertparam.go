package load

import (
	"strings"

	"github.com/armgen/armgen/generator/jsonv"
	"github.com/go-openapi/spec"
)

// convertParameter builds the go-openapi Parameter of a parsed parameter object in one
// pass, giving the same value as json.Unmarshal into spec.Parameter (a test compares the
// two on every parameter of the spec mirror). go-openapi's decoder reads the object five
// times, once per embedded struct, which made parameters and responses a third of the
// loading time. ok is false for what the converter does not handle (a value of an
// unexpected JSON type, a key that only differs in case from a known one, a number out of
// float64 range); the caller then falls back to json.Unmarshal, which also produces the
// error text.
func convertParameter(n *jsonv.Value) (p *spec.Parameter, ok bool) {
	if n.Kind != jsonv.Object || !numbersFit(n) {
		return nil, false
	}
	p = new(spec.Parameter)
	for _, m := range n.Obj {
		v := m.Value
		switch m.Key {
		case "$ref":
			ok = refable(v, &p.Refable)
		case "description":
			ok = str(v, &p.Description)
		case "name":
			ok = str(v, &p.Name)
		case "in":
			ok = str(v, &p.In)
		case "required":
			ok = boolean(v, &p.Required)
		case "allowEmptyValue":
			ok = boolean(v, &p.AllowEmptyValue)
		case "schema":
			ok = v.Kind == jsonv.Null
			if !ok {
				p.Schema, ok = convertSchema(v)
			}
		default:
			ok = validationsOrSimple(m.Key, v, &p.CommonValidations, &p.SimpleSchema, &p.VendorExtensible, paramKeys)
		}
		if !ok {
			return nil, false
		}
	}
	return p, true
}

// convertResponse is convertParameter for response objects (spec.Response).
func convertResponse(n *jsonv.Value) (r *spec.Response, ok bool) {
	if n.Kind != jsonv.Object || !numbersFit(n) {
		return nil, false
	}
	r = new(spec.Response)
	for _, m := range n.Obj {
		v := m.Value
		switch m.Key {
		case "$ref":
			ok = refable(v, &r.Refable)
		case "description":
			ok = str(v, &r.Description)
		case "schema":
			ok = v.Kind == jsonv.Null
			if !ok {
				r.Schema, ok = convertSchema(v)
			}
		case "headers":
			ok = v.Kind == jsonv.Null || v.Kind == jsonv.Object
			if v.Kind == jsonv.Object {
				r.Headers = make(map[string]spec.Header, len(v.Obj))
				for _, h := range v.Obj {
					hdr, hok := convertHeader(h.Value)
					if !hok {
						return nil, false
					}
					r.Headers[h.Key] = *hdr
				}
			}
		case "examples":
			ok = v.Kind == jsonv.Null || v.Kind == jsonv.Object
			if v.Kind == jsonv.Object {
				r.Examples = make(map[string]any, len(v.Obj))
				for _, e := range v.Obj {
					r.Examples[e.Key] = toAny(e.Value)
				}
			}
		default:
			ok = extension(m.Key, v, &r.VendorExtensible) || unknownKey(m.Key, responseKeys)
		}
		if !ok {
			return nil, false
		}
	}
	return r, true
}

// convertHeader decodes one response header (spec.Header).
func convertHeader(n *jsonv.Value) (*spec.Header, bool) {
	if n.Kind != jsonv.Object {
		return nil, false
	}
	h := new(spec.Header)
	for _, m := range n.Obj {
		ok := false
		if m.Key == "description" {
			ok = str(m.Value, &h.Description)
		} else {
			ok = validationsOrSimple(m.Key, m.Value, &h.CommonValidations, &h.SimpleSchema, &h.VendorExtensible, headerKeys)
		}
		if !ok {
			return nil, false
		}
	}
	return h, true
}

// convertItems decodes the items of a non-body parameter or header (spec.Items).
func convertItems(n *jsonv.Value) (*spec.Items, bool) {
	if n.Kind != jsonv.Object {
		return nil, false
	}
	it := new(spec.Items)
	for _, m := range n.Obj {
		ok := false
		if m.Key == "$ref" {
			ok = refable(m.Value, &it.Refable)
		} else {
			ok = validationsOrSimple(m.Key, m.Value, &it.CommonValidations, &it.SimpleSchema, &it.VendorExtensible, itemsKeys)
		}
		if !ok {
			return nil, false
		}
	}
	return it, true
}

// validationsOrSimple decodes one key of the structs that parameters, headers and items
// share: the validation keywords, the simple schema (type, format, items...) and
// extensions. Any other key is ignored, as encoding/json does, unless it differs only in
// case from a key of the object (known), which encoding/json would match.
func validationsOrSimple(key string, v *jsonv.Value, cv *spec.CommonValidations, ss *spec.SimpleSchema, ve *spec.VendorExtensible, known []string) bool {
	var ok bool
	switch key {
	case "maximum":
		cv.Maximum, ok = float(v)
	case "minimum":
		cv.Minimum, ok = float(v)
	case "multipleOf":
		cv.MultipleOf, ok = float(v)
	case "exclusiveMaximum":
		ok = boolean(v, &cv.ExclusiveMaximum)
	case "exclusiveMinimum":
		ok = boolean(v, &cv.ExclusiveMinimum)
	case "uniqueItems":
		ok = boolean(v, &cv.UniqueItems)
	case "maxLength":
		cv.MaxLength, ok = integer(v)
	case "minLength":
		cv.MinLength, ok = integer(v)
	case "maxItems":
		cv.MaxItems, ok = integer(v)
	case "minItems":
		cv.MinItems, ok = integer(v)
	case "pattern":
		ok = str(v, &cv.Pattern)
	case "enum":
		ok = v.Kind == jsonv.Array || v.Kind == jsonv.Null
		if v.Kind == jsonv.Array {
			cv.Enum = make([]any, len(v.Arr))
			for i, e := range v.Arr {
				cv.Enum[i] = toAny(e)
			}
		}
	case "type":
		ok = str(v, &ss.Type)
	case "format":
		ok = str(v, &ss.Format)
	case "collectionFormat":
		ok = str(v, &ss.CollectionFormat)
	case "nullable":
		ok = boolean(v, &ss.Nullable)
	case "default":
		ss.Default, ok = toAny(v), true
	case "example":
		ss.Example, ok = toAny(v), true
	case "items":
		ok = v.Kind == jsonv.Null
		if !ok {
			ss.Items, ok = convertItems(v)
		}
	default:
		ok = extension(key, v, ve) || unknownKey(key, known)
	}
	return ok
}

// extension records an "x-" key (in any case, as go-openapi does) and reports whether key
// was one.
func extension(key string, v *jsonv.Value, ve *spec.VendorExtensible) bool {
	if len(key) < 2 || (key[0] != 'x' && key[0] != 'X') || key[1] != '-' {
		return false
	}
	if ve.Extensions == nil {
		ve.Extensions = spec.Extensions{}
	}
	ve.Extensions[key] = toAny(v)
	return true
}

// unknownKey reports whether encoding/json ignores key: it matches no field name of the
// object, not even in another case.
func unknownKey(key string, known []string) bool {
	for _, k := range known {
		if strings.EqualFold(k, key) {
			return false
		}
	}
	return true
}

// refable decodes "$ref" as go-openapi's Ref does: a string is parsed, anything else is
// ignored.
func refable(v *jsonv.Value, r *spec.Refable) bool {
	if v.Kind != jsonv.String {
		return true
	}
	ref, err := spec.NewRef(v.Str)
	if err != nil {
		return false
	}
	r.Ref = ref
	return true
}

// numbersFit reports whether every number in n parses as a float64, which encoding/json
// requires of a number it decodes into an interface (go-openapi decodes whole objects
// into maps).
func numbersFit(n *jsonv.Value) bool {
	switch n.Kind {
	case jsonv.Number:
		_, ok := float(n)
		return ok
	case jsonv.Array:
		for _, e := range n.Arr {
			if !numbersFit(e) {
				return false
			}
		}
	case jsonv.Object:
		for _, m := range n.Obj {
			if !numbersFit(m.Value) {
				return false
			}
		}
	}
	return true
}

// The JSON field names of go-openapi's structs, by object kind.
var (
	validationKeys = []string{"maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum", "maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "multipleOf", "enum"}
	simpleKeys     = []string{"type", "nullable", "format", "items", "collectionFormat", "default", "example"}
	itemsKeys      = append(append([]string{"$ref"}, validationKeys...), simpleKeys...)
	headerKeys     = append(append([]string{"description"}, validationKeys...), simpleKeys...)
	paramKeys      = append(append([]string{"$ref", "description", "name", "in", "required", "schema", "allowEmptyValue"}, validationKeys...), simpleKeys...)
	responseKeys   = []string{"$ref", "description", "schema", "headers", "examples"}
)
