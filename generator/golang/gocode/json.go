package gocode

import (
	"github.com/armgen/armgen/generator/ir"
	"github.com/dave/jennifer/jen"
)

// DiscriminatorSet returns the statements that put m's discriminator value into the
// value m about to be encoded: always for a model without subtypes, and only when the
// property is unset for a polymorphic one, which keeps a value of an unknown subtype as
// it came. Nil when m is outside a hierarchy or its discriminator is no string property.
func DiscriminatorSet(m *ir.Model) []jen.Code {
	f := m.DiscriminatorField()
	val := m.DiscriminatorWireValue()
	if f == nil || val == "" {
		return nil
	}
	var lit jen.Code
	switch {
	case f.Type.Kind == ir.KindPrimitive && f.Type.Primitive == ir.String:
		lit = jen.Lit(val)
	case f.Type.Kind == ir.KindEnum && f.Type.Enum.Base == ir.String:
		lit = jen.Id(f.Type.Enum.Name).Call(jen.Lit(val))
	default:
		return nil
	}
	set := []jen.Code{jen.Id("kind").Op(":=").Add(lit), jen.Id("m").Dot(f.Name).Op("=").Op("&").Id("kind")}
	if m.Polymorphic() {
		return []jen.Code{jen.If(jen.Id("m").Dot(f.Name).Op("==").Nil()).Block(set...)}
	}
	return set
}

// CustomDecode reports whether a value of type t needs the decode runtime.
func CustomDecode(t *ir.Type) bool { return t.ContainsPolymorphic() || t.ContainsDateTime() }

// DecodeCall is a call that decodes raw JSON (raw) as type t, returning the Go value and
// an error; ptr asks for a pointer to the value (JSON null gives nil).
func DecodeCall(t *ir.Type, raw jen.Code, ptr bool) *jen.Statement {
	switch {
	case t.Kind == ir.KindArray:
		return jen.Qual(DecodePkg, "Slice").Call(raw, elemDecodeFunc(t.Elem))
	case t.Kind == ir.KindMap:
		return jen.Qual(DecodePkg, "Map").Call(raw, elemDecodeFunc(t.Elem))
	case ptr:
		return jen.Qual(DecodePkg, "Ptr").Call(raw, decodeFunc(t))
	}
	return jen.Add(decodeFunc(t)).Call(raw)
}

// elemDecodeFunc is a func([]byte) (E, error) that decodes an element of a slice or map
// of t, E being ElemOf(t): a pointer (nil for JSON null) where elements are pointers.
func elemDecodeFunc(t *ir.Type) jen.Code {
	if !ElemPtr(t) {
		return decodeFunc(t)
	}
	return jen.Func().Params(jen.Id("b").Index().Byte()).Params(ElemOf(t, ""), jen.Error()).Block(
		jen.Return(jen.Qual(DecodePkg, "Ptr").Call(jen.Id("b"), decodeFunc(t))),
	)
}

// decodeFunc is a func([]byte) (T, error) that decodes a value of type t.
func decodeFunc(t *ir.Type) jen.Code {
	switch {
	case t.Polymorphic():
		return jen.Id("Unmarshal" + t.Model.Interface)
	case t.Kind == ir.KindPrimitive && t.Primitive == ir.DateTime:
		return jen.Qual(DecodePkg, "TimeJSON")
	case t.Kind == ir.KindPrimitive && t.Primitive == ir.UnixTime:
		return jen.Qual(DecodePkg, "UnixTimeJSON")
	case t.Kind == ir.KindArray || t.Kind == ir.KindMap:
		return jen.Func().Params(jen.Id("b").Index().Byte()).Params(ElemType(t, ""), jen.Error()).Block(
			jen.Return(DecodeCall(t, jen.Id("b"), false)),
		)
	}
	return jen.Func().Params(jen.Id("b").Index().Byte()).Params(ElemType(t, ""), jen.Error()).Block(
		jen.Var().Id("v").Add(ElemType(t, "")),
		jen.Err().Op(":=").Qual("encoding/json", "Unmarshal").Call(jen.Id("b"), jen.Op("&").Id("v")),
		jen.Return(jen.Id("v"), jen.Err()),
	)
}

// UnmarshalValue is a statement that decodes the JSON data into target, a value of type
// t, as the generated models do: through the decode runtime when t holds polymorphic
// models or date-times, else with encoding/json. It evaluates to an error.
func UnmarshalValue(t *ir.Type, data, target jen.Code) *jen.Statement {
	return UnmarshalValuePtr(t, data, target, false)
}

// UnmarshalValuePtr is UnmarshalValue into a target that points to the value when ptr is
// set (JSON null leaves it nil).
func UnmarshalValuePtr(t *ir.Type, data, target jen.Code, ptr bool) *jen.Statement {
	if !CustomDecode(t) {
		return jen.Qual("encoding/json", "Unmarshal").Call(data, jen.Op("&").Add(target))
	}
	return jen.Func().Params().Error().Block(
		jen.If(jen.Qual(DecodePkg, "IsNull").Call(data)).Block(jen.Return(jen.Nil())),
		jen.List(jen.Id("decoded"), jen.Err()).Op(":=").Add(DecodeCall(t, data, ptr)),
		jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Err())),
		jen.Add(target).Op("=").Id("decoded"),
		jen.Return(jen.Nil()),
	).Call()
}
