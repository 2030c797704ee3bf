package golang

import (
	"github.com/armgen/armgen/generator/golang/gocode"
	"github.com/armgen/armgen/generator/ir"
	"github.com/dave/jennifer/jen"
)

// emitModelsSerde gives every object model the JSON methods the Azure SDK's models have:
// MarshalJSON on the value (encoding/json over the struct's tags, unless the model writes
// its discriminator or extra keys itself, see modelExtras) and UnmarshalJSON on the
// pointer, which reads the object in one pass with the runtime's serde.Reader: the model's
// readJSON, which nested models' readJSON continue without rescanning their bytes.
func emitModelsSerde(pkg *ir.Package) (*jen.File, error) {
	var models []*ir.Model
	for _, m := range pkg.Models {
		if !gocode.IsMapModel(m) {
			models = append(models, m)
		}
	}
	if len(models) == 0 {
		return nil, nil
	}
	f := gocode.NewFile(pkg)
	for _, m := range models {
		if !hasOwnMarshal(m) {
			f.Comment("MarshalJSON implements json.Marshaler.")
			body := append([]jen.Code{jen.Type().Id("plain").Id(m.Name)}, marshalPlain(m)...)
			f.Func().Params(jen.Id("m").Id(m.Name)).Id("MarshalJSON").Params().Params(jen.Index().Byte(), jen.Error()).Block(body...)
			f.Line()
		}
		unmarshalMethods(f, m)
	}
	return f, nil
}

// hasOwnMarshal reports whether modelExtras declares m's MarshalJSON: to write its extra
// keys flat, or its discriminator.
func hasOwnMarshal(m *ir.Model) bool {
	return m.AdditionalProperties != nil || gocode.DiscriminatorSet(m) != nil
}

// unmarshalMethods declares m's UnmarshalJSON, readJSON, readField and readM.
func unmarshalMethods(f *jen.File, m *ir.Model) {
	rd := func() *jen.Statement { return jen.Id("r").Op("*").Qual(gocode.SerdePkg, "Reader") }
	f.Comment("UnmarshalJSON implements json.Unmarshaler: it reads the JSON object in one pass.")
	f.Func().Params(jen.Id("m").Op("*").Id(m.Name)).Id("UnmarshalJSON").Params(jen.Id("data").Index().Byte()).Error().Block(
		jen.Id("r").Op(":=").Qual(gocode.SerdePkg, "NewReader").Call(jen.Id("data")),
		jen.Id("m").Dot("readJSON").Call(jen.Id("r")),
		jen.If(jen.Err().Op(":=").Id("r").Dot("End").Call(), jen.Err().Op("!=").Nil()).Block(
			jen.Return(jen.Qual("fmt", "Errorf").Call(jen.Lit("unmarshalling type "+m.Name+": %w"), jen.Err())),
		),
		jen.Return(jen.Nil()),
	)
	f.Line()
	f.Comment("readJSON reads a JSON object into m; null leaves m as it is.")
	f.Func().Params(jen.Id("m").Op("*").Id(m.Name)).Id("readJSON").Params(rd()).BlockFunc(func(g *jen.Group) {
		g.If(jen.Op("!").Id("r").Dot("Object").Call()).Block(jen.Return())
		var other []jen.Code
		switch {
		case m.AdditionalProperties != nil:
			// Declared properties match their key exactly; any other key is an extra one.
			elem := m.AdditionalProperties
			other = []jen.Code{
				jen.If(jen.Id("m").Dot("AdditionalProperties").Op("==").Nil()).Block(
					jen.Id("m").Dot("AdditionalProperties").Op("=").Map(jen.String()).Add(gocode.ElemOf(elem, "")).Values(),
				),
				jen.Id("m").Dot("AdditionalProperties").Index(jen.String().Parens(jen.Id("key"))).Op("=").Add(elemReader(elem)).Call(jen.Id("r")),
			}
		case len(m.Fields) > 0:
			// encoding/json's rule: a key no field's name equals matches one without case.
			var keys []jen.Code
			for _, fl := range m.Fields {
				keys = append(keys, jen.Lit(fl.JSONName))
			}
			other = []jen.Code{
				jen.If(jen.List(jen.Id("name"), jen.Id("ok")).Op(":=").Qual(gocode.SerdePkg, "Fold").Call(append([]jen.Code{jen.Id("key")}, keys...)...), jen.Id("ok")).Block(
					jen.Id("m").Dot("readField").Call(jen.Id("r"), jen.Id("name")),
				).Else().Block(jen.Id("r").Dot("Skip").Call()),
			}
		default:
			other = []jen.Code{jen.Id("r").Dot("Skip").Call()}
		}
		loop := []jen.Code{
			jen.List(jen.Id("key"), jen.Id("ok")).Op(":=").Id("r").Dot("Key").Call(jen.Id("i")),
			jen.If(jen.Op("!").Id("ok")).Block(jen.Return()),
		}
		if len(m.Fields) > 0 {
			loop = append(loop, jen.If(jen.Id("m").Dot("readField").Call(jen.Id("r"), jen.Id("key"))).Block(jen.Continue()))
		}
		loop = append(loop, other...)
		g.For(jen.Id("i").Op(":=").Lit(0), jen.Empty(), jen.Id("i").Op("++")).Block(loop...)
	})
	f.Line()
	if len(m.Fields) > 0 {
		f.Comment("readField reads the value of the field whose JSON name is key into m, or reports false.")
		f.Func().Params(jen.Id("m").Op("*").Id(m.Name)).Id("readField").Params(rd(), jen.Id("key").Index().Byte()).Bool().BlockFunc(func(g *jen.Group) {
			g.Switch(jen.String().Parens(jen.Id("key"))).BlockFunc(func(s *jen.Group) {
				for _, fl := range m.Fields {
					s.Case(jen.Lit(fl.JSONName)).Block(nullableRead(fl, jen.Id("m").Dot(fl.Name).Op("=").Add(fieldReader(fl.Type))))
				}
				s.Default().Block(jen.Return(jen.False()))
			})
			g.Return(jen.True())
		})
		f.Line()
	}
	f.Comment(readFunc(m) + " reads a JSON object as a new " + m.Name + "; null gives nil.")
	f.Func().Id(readFunc(m)).Params(rd()).Op("*").Id(m.Name).Block(
		jen.If(jen.Id("r").Dot("Null").Call()).Block(jen.Return(jen.Nil())),
		jen.Id("v").Op(":=").Op("&").Id(m.Name).Values(),
		jen.Id("v").Dot("readJSON").Call(jen.Id("r")),
		jen.Return(jen.Id("v")),
	)
	f.Line()
}

// readFunc names the function that reads a new *M.
func readFunc(m *ir.Model) string { return "read" + m.Name }

// fieldReader is an expression that reads a struct field's value of type t (its Go type:
// fieldType) from r.
func fieldReader(t *ir.Type) jen.Code {
	if gocode.PointerField(t) {
		return elemReader(t).Call(jen.Id("r"))
	}
	return valueReader(t)
}

// valueReader reads a value of type t held by value (slices, maps, map models,
// interfaces, any, []byte).
func valueReader(t *ir.Type) jen.Code {
	s := func(name string) *jen.Statement { return jen.Qual(gocode.SerdePkg, name) }
	switch {
	case t.Kind == ir.KindArray:
		return s("Slice").Call(jen.Id("r"), elemReader(t.Elem))
	case t.Kind == ir.KindMap:
		return s("Map").Call(jen.Id("r"), elemReader(t.Elem))
	case t.Kind == ir.KindModel && gocode.IsMapModel(t.Model):
		return jen.Id(t.Model.Name).Call(s("Map").Call(jen.Id("r"), elemReader(t.Model.AdditionalProperties)))
	case t.Polymorphic():
		return s("Decode").Call(jen.Id("r"), jen.Id("Unmarshal"+t.Model.Interface))
	case t.Kind == ir.KindPrimitive && t.Primitive == ir.Bytes:
		return s("Bytes").Call(jen.Id("r"))
	}
	return s("Any").Call(jen.Id("r"))
}

// elemReader is a func(*serde.Reader) E reading an element of type ElemOf(t): a pointer
// (nil for null) to a scalar, enum or model, else the value.
func elemReader(t *ir.Type) *jen.Statement {
	s := func(name string) *jen.Statement { return jen.Qual(gocode.SerdePkg, name) }
	if t.Kind == ir.KindModel && !t.Model.Polymorphic() && !gocode.IsMapModel(t.Model) {
		return jen.Id(readFunc(t.Model))
	}
	if gocode.PointerField(t) {
		if t.Kind == ir.KindPrimitive {
			if name, ok := ptrReaders[t.Primitive]; ok {
				return s(name)
			}
		}
		return jen.Func().Params(jen.Id("r").Op("*").Qual(gocode.SerdePkg, "Reader")).Add(gocode.ElemOf(t, "")).Block(
			jen.Return(s("Ptr").Call(jen.Id("r"), scalarReader(t))),
		)
	}
	return jen.Func().Params(jen.Id("r").Op("*").Qual(gocode.SerdePkg, "Reader")).Add(gocode.ElemOf(t, "")).Block(
		jen.Return(valueReader(t)),
	)
}

// ptrReaders are the runtime's readers of a pointer to a scalar (nil for null).
var ptrReaders = map[ir.Primitive]string{
	ir.String: "StringPtr", ir.Int32: "Int32Ptr", ir.Int64: "Int64Ptr", ir.Float32: "Float32Ptr",
	ir.Float64: "Float64Ptr", ir.Bool: "BoolPtr", ir.DateTime: "TimePtr", ir.UnixTime: "UnixTimePtr",
}

// scalarReader is a func(*serde.Reader) T reading a scalar or enum of type t.
func scalarReader(t *ir.Type) jen.Code {
	s := func(name string) *jen.Statement { return jen.Qual(gocode.SerdePkg, name) }
	base := t.Primitive
	if t.Kind == ir.KindEnum {
		base = t.Enum.Base
		name := map[ir.Primitive]string{ir.String: "String", ir.Int32: "Int32", ir.Int64: "Int64", ir.Float32: "Float32", ir.Float64: "Float64", ir.Bool: "Bool"}[base]
		if name != "" {
			return s(name).Types(jen.Id(t.Enum.Name))
		}
	}
	reader := func(m string) jen.Code { return jen.Parens(jen.Op("*").Qual(gocode.SerdePkg, "Reader")).Dot(m) }
	switch base {
	case ir.String:
		return reader("String")
	case ir.Int32:
		return reader("Int32")
	case ir.Int64:
		return reader("Int64")
	case ir.Float32:
		return reader("Float32")
	case ir.Float64:
		return reader("Float64")
	case ir.Bool:
		return reader("Bool")
	case ir.DateTime:
		return s("Time")
	case ir.UnixTime:
		return s("UnixTime")
	}
	return s("Any")
}
