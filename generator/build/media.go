package build

import (
	"github.com/go-openapi/spec"

	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/jsonv"
	"github.com/armgen/armgen/generator/load"
)

// mediaTypes returns the operation's "consumes" or "produces" list, or the spec's when the
// operation has none.
func (b *builder) mediaTypes(f *load.File, node *jsonv.Value, key string) []string {
	list := node.Get(key)
	if list == nil {
		list = f.Tree.Get(key)
	}
	if list == nil || list.Kind != jsonv.Array {
		return nil
	}
	var out []string
	for _, v := range list.Arr {
		if v.Kind == jsonv.String && v.Str != "" {
			out = append(out, v.Str)
		}
	}
	return out
}

// isBinarySchema reports whether a schema node is a file or binary payload: type file, or
// format binary or file.
func isBinarySchema(s *jsonv.Value) bool {
	if s == nil || s.Kind != jsonv.Object {
		return false
	}
	format := s.Get("format").StrOr("")
	return s.Get("type").StrOr("") == "file" || format == "binary" || format == "file"
}

// isPlainStringSchema reports whether a schema node is an inline string without a format
// that changes its encoding.
func isPlainStringSchema(s *jsonv.Value) bool {
	if s == nil || s.Kind != jsonv.Object || s.Get("$ref") != nil || s.Get("enum") != nil {
		return false
	}
	return s.Get("type").StrOr("") == "string" && s.Get("format").StrOr("") == ""
}

// requestBodyFormat decides how a body parameter travels: binary for a file or binary
// schema; text for a plain string whose operation consumes text first; JSON otherwise.
func requestBodyFormat(schema *jsonv.Value, consumes []string) ir.BodyFormat {
	switch {
	case isBinarySchema(schema):
		return ir.BodyBinary
	case isPlainStringSchema(schema) && len(consumes) > 0 && ir.IsTextMediaType(consumes[0]):
		return ir.BodyText
	}
	return ir.BodyJSON
}

// responseBodyFormat decides how a response body travels: binary for a file or binary
// schema; text for a plain string when the operation produces text and no JSON; JSON
// otherwise.
func responseBodyFormat(schema *jsonv.Value, produces []string) ir.BodyFormat {
	if isBinarySchema(schema) {
		return ir.BodyBinary
	}
	if !isPlainStringSchema(schema) {
		return ir.BodyJSON
	}
	text := false
	for _, mt := range produces {
		if ir.IsJSONMediaType(mt) {
			return ir.BodyJSON
		}
		text = text || ir.IsTextMediaType(mt)
	}
	if text {
		return ir.BodyText
	}
	return ir.BodyJSON
}

// formDataParam fills in the type of a formData parameter: a file (type: file), an array
// of files, an array of strings joined by its collectionFormat (or repeated, for multi),
// or a primitive. It reports false, with an error recorded, for anything else.
func (b *builder) formDataParam(f *load.File, ptr string, sp *spec.Parameter, p *ir.Parameter) bool {
	file := &ir.Type{Kind: ir.KindPrimitive, Primitive: ir.Bytes, Format: "file"}
	switch {
	case sp.Type == "file":
		p.Type = file
	case sp.Type == "array":
		it := ""
		if sp.Items != nil {
			it = sp.Items.Type
		}
		switch it {
		case "file":
			p.Type = &ir.Type{Kind: ir.KindArray, Elem: file}
		case "string":
			switch cf := sp.CollectionFormat; cf {
			case "", "csv", "ssv", "tsv", "pipes", "multi":
				p.CollectionFormat = cf
			default:
				b.errorf(f.Path, ptr+"/collectionFormat", "collectionFormat %q is not supported: want csv, ssv, tsv, pipes or multi", cf)
				return false
			}
			p.Type = &ir.Type{Kind: ir.KindArray, Elem: &ir.Type{Kind: ir.KindPrimitive, Primitive: ir.String}}
		default:
			b.errorf(f.Path, ptr+"/items", "formData arrays of %q items are not supported yet: only of files and strings", it)
			return false
		}
	default:
		p.Type = &ir.Type{Kind: ir.KindPrimitive, Primitive: b.primitive(f, ptr, sp.Type, sp.Format), Format: sp.Format}
	}
	p.Constraints = ir.Constraints{Minimum: sp.Minimum, Maximum: sp.Maximum, MinLength: sp.MinLength,
		MaxLength: sp.MaxLength, Pattern: sp.Pattern, ExclusiveMinimum: sp.ExclusiveMinimum, ExclusiveMaximum: sp.ExclusiveMaximum}
	return true
}
