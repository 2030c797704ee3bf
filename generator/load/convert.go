package load

import (
	"strconv"
	"strings"

	"github.com/armgen/armgen/generator/jsonv"
	"github.com/go-openapi/spec"
)

// convertSchema builds the go-openapi Schema of a parsed schema node directly, in one pass,
// giving the same value as json.Unmarshal into spec.Schema (a test compares the two on
// every schema of the real specs). go-openapi's decoder reads each schema twice and again
// for every enclosing schema, which made decoding most of the build's time. ok is false
// for what the converter does not handle (rare keywords, a value of an unexpected JSON
// type); the caller then falls back to json.Unmarshal, which also produces the error text.
func convertSchema(n *jsonv.Value) (s *spec.Schema, ok bool) {
	if n.Kind != jsonv.Object {
		return nil, false
	}
	s = new(spec.Schema)
	for _, m := range n.Obj {
		v := m.Value
		switch m.Key {
		case "$ref":
			ok = v.Kind == jsonv.String
			if ok {
				ref, err := spec.NewRef(v.Str)
				if err != nil {
					return nil, false
				}
				s.Ref = ref
			}
		case "id":
			ok = str(v, &s.ID)
		case "description":
			ok = str(v, &s.Description)
		case "format":
			ok = str(v, &s.Format)
		case "title":
			ok = str(v, &s.Title)
		case "pattern":
			ok = str(v, &s.Pattern)
		case "discriminator":
			ok = str(v, &s.Discriminator)
		case "type":
			ok = stringOrArray(v, &s.Type)
		case "nullable":
			ok = boolean(v, &s.Nullable)
		case "exclusiveMaximum":
			ok = boolean(v, &s.ExclusiveMaximum)
		case "exclusiveMinimum":
			ok = boolean(v, &s.ExclusiveMinimum)
		case "uniqueItems":
			ok = boolean(v, &s.UniqueItems)
		case "readOnly":
			ok = boolean(v, &s.ReadOnly)
		case "maximum":
			s.Maximum, ok = float(v)
		case "minimum":
			s.Minimum, ok = float(v)
		case "multipleOf":
			s.MultipleOf, ok = float(v)
		case "maxLength":
			s.MaxLength, ok = integer(v)
		case "minLength":
			s.MinLength, ok = integer(v)
		case "maxItems":
			s.MaxItems, ok = integer(v)
		case "minItems":
			s.MinItems, ok = integer(v)
		case "maxProperties":
			s.MaxProperties, ok = integer(v)
		case "minProperties":
			s.MinProperties, ok = integer(v)
		case "default":
			s.Default, ok = toAny(v), true
		case "example":
			s.Example, ok = toAny(v), true
		case "enum":
			ok = v.Kind == jsonv.Array || v.Kind == jsonv.Null
			if v.Kind == jsonv.Array {
				s.Enum = make([]any, len(v.Arr))
				for i, e := range v.Arr {
					s.Enum[i] = toAny(e)
				}
			}
		case "required":
			ok = v.Kind == jsonv.Array || v.Kind == jsonv.Null
			if v.Kind == jsonv.Array {
				s.Required = make([]string, 0, len(v.Arr))
			}
			for _, e := range v.Arr {
				if e.Kind != jsonv.String {
					return nil, false
				}
				s.Required = append(s.Required, e.Str)
			}
		case "items":
			ok = items(v, s)
		case "allOf":
			s.AllOf, ok = schemaList(v)
		case "oneOf":
			s.OneOf, ok = schemaList(v)
		case "anyOf":
			s.AnyOf, ok = schemaList(v)
		case "not":
			s.Not, ok = convertSchema(v)
		case "properties":
			ok = v.Kind == jsonv.Object || v.Kind == jsonv.Null
			if v.Kind == jsonv.Object {
				s.Properties = make(spec.SchemaProperties, len(v.Obj))
				for _, p := range v.Obj {
					sub, subOK := convertSchema(p.Value)
					if !subOK {
						return nil, false
					}
					s.Properties[p.Key] = *sub
				}
			}
		case "additionalProperties":
			switch v.Kind {
			case jsonv.Bool:
				s.AdditionalProperties, ok = &spec.SchemaOrBool{Allows: v.Bool}, true
			case jsonv.Object:
				var sub *spec.Schema
				sub, ok = convertSchema(v)
				s.AdditionalProperties = &spec.SchemaOrBool{Allows: true, Schema: sub}
			}
		default:
			if strings.HasPrefix(strings.ToLower(m.Key), "x-") {
				if s.Extensions == nil {
					s.Extensions = spec.Extensions{}
				}
				s.Extensions[m.Key] = toAny(v)
				ok = true
				continue
			}
			// Rare keywords (xml, externalDocs, definitions, dependencies,
			// patternProperties, additionalItems) and unknown keys: let go-openapi decode.
			return nil, false
		}
		if !ok {
			return nil, false
		}
	}
	return s, true
}

func str(v *jsonv.Value, dst *string) bool {
	if v.Kind == jsonv.Null {
		return true
	}
	*dst = v.Str
	return v.Kind == jsonv.String
}

func boolean(v *jsonv.Value, dst *bool) bool {
	if v.Kind == jsonv.Null {
		return true
	}
	*dst = v.Bool
	return v.Kind == jsonv.Bool
}

func float(v *jsonv.Value) (*float64, bool) {
	if v.Kind != jsonv.Number {
		return nil, v.Kind == jsonv.Null
	}
	f, err := strconv.ParseFloat(v.Num, 64)
	return &f, err == nil
}

func integer(v *jsonv.Value) (*int64, bool) {
	if v.Kind != jsonv.Number {
		return nil, v.Kind == jsonv.Null
	}
	i, err := strconv.ParseInt(v.Num, 10, 64)
	return &i, err == nil
}

func stringOrArray(v *jsonv.Value, dst *spec.StringOrArray) bool {
	switch v.Kind {
	case jsonv.String:
		*dst = spec.StringOrArray{v.Str}
		return true
	case jsonv.Array:
		out := make(spec.StringOrArray, 0, len(v.Arr))
		for _, e := range v.Arr {
			if e.Kind != jsonv.String {
				return false
			}
			out = append(out, e.Str)
		}
		*dst = out
		return true
	}
	return false
}

func items(v *jsonv.Value, s *spec.Schema) bool {
	switch v.Kind {
	case jsonv.Object:
		sub, ok := convertSchema(v)
		s.Items = &spec.SchemaOrArray{Schema: sub}
		return ok
	case jsonv.Array:
		list, ok := schemaList(v)
		s.Items = &spec.SchemaOrArray{Schemas: list}
		return ok
	}
	return false
}

func schemaList(v *jsonv.Value) ([]spec.Schema, bool) {
	if v.Kind != jsonv.Array {
		return nil, v.Kind == jsonv.Null
	}
	out := make([]spec.Schema, len(v.Arr))
	for i, e := range v.Arr {
		sub, ok := convertSchema(e)
		if !ok {
			return nil, false
		}
		out[i] = *sub
	}
	return out, true
}

// toAny converts a value the way encoding/json decodes into an interface: numbers as
// float64, objects as map[string]any, arrays as []any.
func toAny(v *jsonv.Value) any {
	switch v.Kind {
	case jsonv.Bool:
		return v.Bool
	case jsonv.Number:
		f, _ := strconv.ParseFloat(v.Num, 64)
		return f
	case jsonv.String:
		return v.Str
	case jsonv.Array:
		out := make([]any, len(v.Arr))
		for i, e := range v.Arr {
			out[i] = toAny(e)
		}
		return out
	case jsonv.Object:
		out := make(map[string]any, len(v.Obj))
		for _, m := range v.Obj {
			out[m.Key] = toAny(m.Value)
		}
		return out
	}
	return nil
}
