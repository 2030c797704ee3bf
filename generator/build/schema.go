package build

import (
	"strings"

	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/jsonv"
	"github.com/armgen/armgen/generator/load"
	"github.com/armgen/armgen/generator/naming"
	"github.com/go-openapi/spec"
)

// schemaAt decodes the schema at file#ptr, recording any error.
func (b *builder) schemaAt(f *load.File, ptr string) *spec.Schema {
	s, err := b.doc.Schema(f, ptr)
	if err != nil {
		b.addErr(err)
		return nil
	}
	return s
}

// typeOf returns the IR type of the schema at file#ptr. nameHint names an inline model or
// enum defined there.
func (b *builder) typeOf(f *load.File, ptr string, nameHint string) *ir.Type {
	s := b.schemaAt(f, ptr)
	if s == nil {
		return &ir.Type{Kind: ir.KindPrimitive, Primitive: ir.Any}
	}
	if ref := s.Ref.String(); ref != "" {
		tf, tptr, _, err := b.doc.Resolve(f, ref)
		if err != nil {
			b.errorf(f.Path, ptr+"/$ref", "$ref %q: %v", ref, err)
			return &ir.Type{Kind: ir.KindPrimitive, Primitive: ir.Any}
		}
		return b.namedType(tf, tptr)
	}
	return b.inlineType(f, ptr, s, nameHint, false)
}

// namedType returns the type of a $ref target, building it once.
func (b *builder) namedType(f *load.File, ptr string) *ir.Type {
	key := f.Path + "#" + ptr
	if m := b.models[key]; m != nil {
		return &ir.Type{Kind: ir.KindModel, Model: m}
	}
	if e := b.enums[key]; e != nil {
		return &ir.Type{Kind: ir.KindEnum, Enum: e}
	}
	if t := b.types[key]; t != nil {
		return t
	}
	s := b.schemaAt(f, ptr)
	if s == nil {
		return &ir.Type{Kind: ir.KindPrimitive, Primitive: ir.Any}
	}
	if ref := s.Ref.String(); ref != "" {
		// A definition that is only a $ref: an alias.
		b.types[key] = &ir.Type{Kind: ir.KindPrimitive, Primitive: ir.Any} // cuts alias cycles
		tf, tptr, _, err := b.doc.Resolve(f, ref)
		if err != nil {
			b.errorf(f.Path, ptr+"/$ref", "$ref %q: %v", ref, err)
			return b.types[key]
		}
		t := b.namedType(tf, tptr)
		b.types[key] = t
		return t
	}
	name := defName(ptr)
	t := b.inlineType(f, ptr, s, naming.Pascal(name), true)
	if t.Kind != ir.KindModel && t.Kind != ir.KindEnum {
		b.types[key] = t
	}
	return t
}

// defName is the last token of a pointer such as /definitions/PacketCapture.
func defName(ptr string) string {
	return ptr[strings.LastIndex(ptr, "/")+1:]
}

// isObject reports whether a schema describes an object with properties or bases.
func isObject(s *spec.Schema) bool {
	return len(s.Properties) > 0 || len(s.AllOf) > 0 || s.Discriminator != ""
}

// inlineType maps a schema without $ref to a type. named is true for definitions.
func (b *builder) inlineType(f *load.File, ptr string, s *spec.Schema, nameHint string, named bool) *ir.Type {
	typ := ""
	if len(s.Type) > 0 {
		typ = s.Type[0]
	}
	switch {
	case len(s.Enum) > 0 && (typ == "string" || typ == "integer" || typ == "number" || typ == ""):
		return &ir.Type{Kind: ir.KindEnum, Enum: b.enum(f, ptr, s, nameHint, named)}
	case typ == "array":
		if s.Items == nil || s.Items.Schema == nil {
			b.errorf(f.Path, ptr, "array schema needs one \"items\" schema")
			return &ir.Type{Kind: ir.KindArray, Elem: &ir.Type{Kind: ir.KindPrimitive, Primitive: ir.Any}}
		}
		if named {
			// A definition that is an array reaching itself with no model on the way
			// ([]map[string][]Tree) has no Go type without a name of its own: where it
			// comes back, its value is any, which holds the same JSON.
			key := f.Path + "#" + ptr
			if b.state[key] == arrayBuilding {
				b.warnf(load.WarnRecursiveType, f.Path, ptr, "%s is an array that holds itself with no model in between; where it recurs, its values are of type any (the JSON is the same)", nameHint)
				return &ir.Type{Kind: ir.KindPrimitive, Primitive: ir.Any}
			}
			b.state[key] = arrayBuilding
			defer delete(b.state, key)
		}
		return &ir.Type{Kind: ir.KindArray, Elem: b.typeOf(f, ptr+"/items", nameHint+"Item")}
	case isObject(s):
		return &ir.Type{Kind: ir.KindModel, Model: b.model(f, ptr, s, nameHint, named)}
	case typ == "object" || (typ == "" && s.AdditionalProperties != nil):
		ap := s.AdditionalProperties
		if ap == nil || (ap.Schema == nil && !ap.Allows) {
			return &ir.Type{Kind: ir.KindPrimitive, Primitive: ir.Any}
		}
		if ap.Schema == nil {
			return &ir.Type{Kind: ir.KindMap, Elem: &ir.Type{Kind: ir.KindPrimitive, Primitive: ir.Any}}
		}
		// A definition that is only a map (IssueContext) is a map wherever it is used
		// (map[string]*string), as in the Azure SDK's packages, unless its values reach
		// it again: Go needs a name for such a map, so it becomes a named map model.
		key := f.Path + "#" + ptr
		if named && b.state[key] == mapBuilding {
			m := b.newModel(f, ptr, s, nameHint, named)
			b.state[key] = 2
			return &ir.Type{Kind: ir.KindModel, Model: m}
		}
		if named {
			b.state[key] = mapBuilding
		}
		elem := b.typeOf(f, ptr+"/additionalProperties", b.additionalName(f, ptr+"/additionalProperties", nameHint+"Value"))
		if m := b.models[key]; named && m != nil {
			m.AdditionalProperties = elem
			return &ir.Type{Kind: ir.KindModel, Model: m}
		}
		if named {
			delete(b.state, key)
		}
		return &ir.Type{Kind: ir.KindMap, Elem: elem}
	}
	return &ir.Type{Kind: ir.KindPrimitive, Primitive: b.primitive(f, ptr, typ, s.Format), Format: s.Format}
}

// mapBuilding and arrayBuilding are the build states of a map or array definition whose
// values or items are being built.
const (
	mapBuilding   = 3
	arrayBuilding = 4
)

// primitive maps a type and format to a Go scalar.
func (b *builder) primitive(f *load.File, ptr, typ, format string) ir.Primitive {
	switch typ {
	case "string":
		switch format {
		case "date-time":
			return ir.DateTime
		case "byte", "binary":
			return ir.Bytes
		}
		return ir.String
	case "integer":
		// As the Azure SDK's modelerfour: int64 only when the format says so; unixtime is
		// seconds since the epoch, a time.Time in Go.
		if format == "unixtime" {
			return ir.UnixTime
		}
		if format == "int64" {
			return ir.Int64
		}
		return ir.Int32
	case "number":
		// float64 for double and decimal, float32 otherwise (no format, float); a number
		// formatted as an integer keeps float64, which holds every int32 exactly.
		if format == "double" || format == "decimal" || format == "int32" || format == "int64" {
			return ir.Float64
		}
		return ir.Float32
	case "boolean":
		return ir.Bool
	case "file":
		return ir.Bytes
	case "", "object":
		return ir.Any
	}
	b.errorf(f.Path, ptr+"/type", "unknown type %q", typ)
	return ir.Any
}

// enum builds (or reuses) the enum for a schema with "enum".
func (b *builder) enum(f *load.File, ptr string, s *spec.Schema, nameHint string, named bool) *ir.Enum {
	key := f.Path + "#" + ptr
	if e := b.enums[key]; e != nil {
		return e
	}
	e := &ir.Enum{Doc: s.Description, Base: ir.String, Source: ir.Source{File: f.Path, Pointer: ptr}}
	if len(s.Type) > 0 && (s.Type[0] == "integer" || s.Type[0] == "number") {
		e.Base = b.primitive(f, ptr, s.Type[0], s.Format)
		if e.Base == ir.UnixTime {
			e.Base = ir.Int64 // an enum of instants is an enum of their numbers
		}
	}
	desired := nameHint
	xNode := f.Tree.Pointer(ptr + "/x-ms-enum")
	if xNode != nil {
		if n := xNode.Get("name"); n != nil && n.Str != "" {
			desired = naming.Pascal(n.Str)
			e.SchemaName = n.Str
		}
		if m := xNode.Get("modelAsString"); m != nil {
			e.ModelAsString = m.Bool
		}
	}
	if e.SchemaName == "" && named {
		e.SchemaName = defName(ptr)
	}
	docs := map[string]string{}
	if xNode != nil {
		if vals := xNode.Get("values"); vals != nil {
			for _, v := range vals.Arr {
				if val := v.Get("value"); val != nil {
					docs[val.Literal()] = v.Get("description").StrOr("")
				}
			}
		}
	}
	enumNode := f.Tree.Pointer(ptr + "/enum")
	seen := map[string]bool{}
	for _, v := range enumNode.Arr {
		lit := v.Literal()
		if e.Base != ir.String && v.Kind != jsonv.Number {
			b.errorf(f.Path, ptr+"/enum", "enum value %s is not a number but the type is %s", jsonv.AppendCompact(nil, v), s.Type[0])
			continue
		}
		if v.Kind == jsonv.Array || v.Kind == jsonv.Object {
			b.errorf(f.Path, ptr+"/enum", "enum value %s is not a scalar", jsonv.AppendCompact(nil, v))
			continue
		}
		if seen[lit] {
			continue
		}
		seen[lit] = true
		e.Values = append(e.Values, &ir.EnumValue{Value: lit, Doc: docs[lit]})
	}
	// Two schemas with the same x-ms-enum name and the same values are one enum.
	if e.SchemaName != "" {
		for _, other := range b.enumAt {
			if other.enum.SchemaName == e.SchemaName && sameValues(other.enum, e) && other.enum.ModelAsString == e.ModelAsString {
				b.enums[key] = other.enum
				return other.enum
			}
		}
	}
	b.enums[key] = e
	b.enumAt = append(b.enumAt, enumInfo{enum: e, desired: desired, key: key, named: named || xNode != nil, rootFile: b.inputs[f.Path]})
	b.pkg.Enums = append(b.pkg.Enums, e)
	return e
}

func sameValues(a, b *ir.Enum) bool {
	if len(a.Values) != len(b.Values) {
		return false
	}
	for i := range a.Values {
		if a.Values[i].Value != b.Values[i].Value {
			return false
		}
	}
	return true
}
