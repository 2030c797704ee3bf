package build

import (
	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/jsonv"
	"github.com/armgen/armgen/generator/load"
)

// mediaTypes returns the operation's "consumes" or "produces" list, or the spec's when the
// operation has none.
func (b *builder) mediaTypes(f *load.File, node *jsonv.Value, key string) []string {
	list := node.Get(key)
	if list == nil {
		list = b.doc.Spec.Tree.Get(key)
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
