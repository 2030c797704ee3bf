package gocode

import (
	"github.com/armgen/armgen/generator/ir"
	"github.com/dave/jennifer/jen"
)

// ElemType is the Go type the generated package gives a value of t where it holds it by
// value (a struct field's pointee, a response's value, a body argument). Slices and maps
// hold their elements as the Azure SDK does (ElemOf: []*string, map[string]*Model). The
// package's own types are qualified with importPath, or left unqualified when importPath
// is "" (inside the package).
func ElemType(t *ir.Type, importPath string) *jen.Statement {
	switch t.Kind {
	case ir.KindArray:
		return jen.Index().Add(ElemOf(t.Elem, importPath))
	case ir.KindMap:
		return jen.Map(jen.String()).Add(ElemOf(t.Elem, importPath))
	case ir.KindModel:
		if t.Model.Polymorphic() {
			return TypeName(t.Model.Interface, importPath)
		}
		return TypeName(t.Model.Name, importPath)
	case ir.KindEnum:
		return TypeName(t.Enum.Name, importPath)
	}
	if t.IsFile() {
		return jen.Qual("io", "ReadSeekCloser")
	}
	return jen.Add(Primitive(t.Primitive))
}

// ElemOf is the Go type of an element of a slice or map whose elements are of type t:
// a pointer where a struct field would hold t by pointer (PointerField: *string, *Model,
// *Enum), else ElemType (interfaces, any, []byte, nested slices and maps).
func ElemOf(t *ir.Type, importPath string) *jen.Statement {
	if PointerField(t) {
		return jen.Op("*").Add(ElemType(t, importPath))
	}
	return ElemType(t, importPath)
}

// ElemPtr reports whether an element of a slice or map of t is held by pointer (ElemOf).
func ElemPtr(t *ir.Type) bool { return PointerField(t) }

// ParamType is the Go type of a header, query, path or form parameter of type t: slices
// of values ([]string), as the Azure SDK's clients take them.
func ParamType(t *ir.Type, importPath string) *jen.Statement {
	switch t.Kind {
	case ir.KindArray:
		return jen.Index().Add(ParamType(t.Elem, importPath))
	case ir.KindMap:
		return jen.Map(jen.String()).Add(ParamType(t.Elem, importPath))
	}
	return ElemType(t, importPath)
}

// TypeName is a type of the generated package, qualified with importPath unless it is "".
func TypeName(name, importPath string) *jen.Statement {
	if importPath == "" {
		return jen.Id(name)
	}
	return jen.Qual(importPath, name)
}

// Primitive is the Go type of a primitive.
func Primitive(p ir.Primitive) jen.Code {
	switch p {
	case ir.String:
		return jen.String()
	case ir.Int32:
		return jen.Int32()
	case ir.Int64:
		return jen.Int64()
	case ir.Float32:
		return jen.Float32()
	case ir.Float64:
		return jen.Float64()
	case ir.Bool:
		return jen.Bool()
	case ir.DateTime, ir.UnixTime:
		return jen.Qual("time", "Time")
	case ir.Bytes:
		return jen.Index().Byte()
	}
	return jen.Any()
}

// IsMapModel reports whether a model is emitted as a named map type.
func IsMapModel(m *ir.Model) bool {
	return len(m.Fields) == 0 && m.AdditionalProperties != nil
}

// PointerField reports whether a field of type t is a pointer (see fieldType in package
// golang).
func PointerField(t *ir.Type) bool {
	switch t.Kind {
	case ir.KindEnum:
		return true
	case ir.KindModel:
		return !IsMapModel(t.Model) && !t.Model.Polymorphic()
	case ir.KindPrimitive:
		return t.Primitive != ir.Any && t.Primitive != ir.Bytes
	}
	return false
}

// IsInterfaceType reports whether Go holds a value of t in an interface: a polymorphic
// model (its AnyXxx interface) or a value of no fixed schema (any). An optional body of
// such a type is the interface itself, nil when absent, never a pointer to it.
func IsInterfaceType(t *ir.Type) bool {
	return t.Polymorphic() || (t.Kind == ir.KindPrimitive && t.Primitive == ir.Any && !t.IsFile())
}

// IsString reports whether t is a plain string.
func IsString(t *ir.Type) bool { return t.Kind == ir.KindPrimitive && t.Primitive == ir.String }

// IsFileParam reports whether p is a formData file or array of files.
func IsFileParam(p *ir.Parameter) bool {
	return p.Type.IsFile() || (p.Type.Kind == ir.KindArray && p.Type.Elem.IsFile())
}

// OptionalByValue reports whether an optional non-body parameter of type t is held in its
// options field by value, nil when absent: slices, as in the Azure SDK's options types.
func OptionalByValue(t *ir.Type) bool { return t.Kind == ir.KindArray }
