package golang

import (
	"github.com/armgen/armgen/generator/golang/gocode"
	"github.com/armgen/armgen/generator/ir"
	"github.com/dave/jennifer/jen"
)

// handWritten lists the fields of m whose JSON encoding/json cannot write from the struct:
// x-nullable fields (azcore.NullValue is written as null) and format unixtime fields
// (seconds since the epoch, where encoding/json writes a time.Time as a string).
func handWritten(m *ir.Model) []*ir.Field {
	var out []*ir.Field
	for _, fl := range m.Fields {
		if fl.Nullable || fl.Type.ContainsUnixTime() {
			out = append(out, fl)
		}
	}
	return out
}

// membersBefore returns the statements of a MarshalJSON (receiver m, a copy) that move the
// handWritten fields of m out of the struct, into "written", the members
// serde.Members adds to encoding/json's encoding of the rest; nil when m has none.
func membersBefore(m *ir.Model) []jen.Code {
	fields := handWritten(m)
	if len(fields) == 0 {
		return nil
	}
	s := func(name string) *jen.Statement { return jen.Qual(gocode.SerdePkg, name) }
	out := []jen.Code{jen.Var().Id("written").Index().Byte()}
	for _, fl := range fields {
		field := func() *jen.Statement { return jen.Id("m").Dot(fl.Name) }
		clear := field().Op("=").Nil()
		var write jen.Code
		switch t := fl.Type; {
		case t.Kind == ir.KindPrimitive && t.Primitive == ir.UnixTime:
			write = jen.Id("written").Op("=").Add(s("AppendUnixTime")).Call(jen.Id("written"), jen.Lit(fl.JSONName), jen.Op("*").Add(field()))
		case t.Kind == ir.KindArray && t.Elem.Kind == ir.KindPrimitive && t.Elem.Primitive == ir.UnixTime:
			write = jen.Id("written").Op("=").Add(s("AppendUnixTimes")).Call(jen.Id("written"), jen.Lit(fl.JSONName), field())
		case t.Kind == ir.KindMap && t.Elem.Kind == ir.KindPrimitive && t.Elem.Primitive == ir.UnixTime:
			write = jen.Id("written").Op("=").Add(s("AppendUnixTimeMap")).Call(jen.Id("written"), jen.Lit(fl.JSONName), field())
		}
		null := []jen.Code{jen.Id("written").Op("=").Add(s("AppendNull")).Call(jen.Id("written"), jen.Lit(fl.JSONName)), clear}
		isNull := jen.Qual(gocode.AzcorePkg, "IsNullValue").Call(field())
		switch {
		case fl.Nullable && write != nil:
			out = append(out, jen.If(isNull).Block(null...).Else().If(field().Op("!=").Nil()).Block(write, field().Op("=").Nil()))
		case fl.Nullable:
			out = append(out, jen.If(isNull).Block(null...))
		default:
			out = append(out, jen.If(field().Op("!=").Nil()).Block(write, clear))
		}
	}
	return out
}

// marshalPlain returns the end of a MarshalJSON that encodes plain(m): with
// membersBefore's statements first when m has handWritten fields.
func marshalPlain(m *ir.Model) []jen.Code {
	marshal := jen.Qual("encoding/json", "Marshal").Call(jen.Id("plain").Call(jen.Id("m")))
	before := membersBefore(m)
	if before == nil {
		return []jen.Code{jen.Return(marshal)}
	}
	return append(before,
		jen.List(jen.Id("b"), jen.Err()).Op(":=").Add(marshal),
		jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err())),
		jen.Return(jen.Qual(gocode.SerdePkg, "Members").Call(jen.Id("b"), jen.Id("written")), jen.Nil()),
	)
}

// membersAfter returns the statement that adds "written" to b, encoding/json's encoding of
// plain(m), when m has handWritten fields (see membersBefore); nil otherwise.
func membersAfter(m *ir.Model) []jen.Code {
	if len(handWritten(m)) == 0 {
		return nil
	}
	return []jen.Code{jen.If(jen.Err().Op("==").Nil()).Block(
		jen.Id("b").Op("=").Qual(gocode.SerdePkg, "Members").Call(jen.Id("b"), jen.Id("written")),
	)}
}

// nullableRead wraps the reading of field fl (read, an assignment to m.<fl.Name>) so that
// JSON null of an x-nullable field becomes azcore.NullValue; other fields read as read.
// Fields Go holds in an interface (any, polymorphic models) have no null sentinel: null
// leaves them nil.
func nullableRead(fl *ir.Field, read jen.Code) jen.Code {
	if !fl.Nullable || gocode.IsInterfaceType(fl.Type) {
		return read
	}
	return jen.If(jen.Id("r").Dot("Null").Call()).Block(
		jen.Id("m").Dot(fl.Name).Op("=").Qual(gocode.AzcorePkg, "NullValue").Types(fieldType(fl.Type)).Call(),
	).Else().Block(read)
}
