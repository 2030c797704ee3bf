package golang

import (
	"github.com/armgen/armgen/generator/golang/gocode"
	"github.com/armgen/armgen/generator/ir"
	"github.com/dave/jennifer/jen"
)

// extraKeysMethods writes MarshalJSON and UnmarshalJSON for a model that has declared
// properties and additionalProperties, so that extra keys travel flat beside the declared
// ones, as on the wire.
func extraKeysMethods(m *ir.Model) jen.Code {
	jsonQ := func(name string) *jen.Statement { return jen.Qual("encoding/json", name) }
	declared := jen.Map(jen.String()).Bool().ValuesFunc(func(g *jen.Group) {
		for _, f := range m.Fields {
			g.Lit(f.JSONName).Op(":").True()
		}
	})
	elem := gocode.ElemType(m.AdditionalProperties, "")
	return jen.Add(
		jen.Comment("MarshalJSON implements json.Marshaler: the declared properties, then the keys of"),
		jen.Line(),
		jen.Comment("AdditionalProperties that are not declared properties."),
		jen.Line(),
		jen.Func().Params(jen.Id("m").Id(m.Name)).Id("MarshalJSON").Params().Params(jen.Index().Byte(), jen.Error()).Block(
			jen.Type().Id("plain").Id(m.Name),
			jen.Custom(jen.Options{Separator: "\n"}, gocode.DiscriminatorSet(m)...),
			jen.List(jen.Id("b"), jen.Err()).Op(":=").Add(jsonQ("Marshal")).Call(jen.Id("plain").Call(jen.Id("m"))),
			jen.If(jen.Err().Op("!=").Nil().Op("||").Len(jen.Id("m").Dot("AdditionalProperties")).Op("==").Lit(0)).Block(jen.Return(jen.Id("b"), jen.Err())),
			jen.Id("declared").Op(":=").Add(declared),
			jen.Id("extra").Op(":=").Make(jen.Map(jen.String()).Add(elem), jen.Len(jen.Id("m").Dot("AdditionalProperties"))),
			jen.For(jen.List(jen.Id("k"), jen.Id("v")).Op(":=").Range().Id("m").Dot("AdditionalProperties")).Block(
				jen.If(jen.Op("!").Id("declared").Index(jen.Id("k"))).Block(jen.Id("extra").Index(jen.Id("k")).Op("=").Id("v")),
			),
			jen.If(jen.Len(jen.Id("extra")).Op("==").Lit(0)).Block(jen.Return(jen.Id("b"), jen.Nil())),
			jen.List(jen.Id("more"), jen.Err()).Op(":=").Add(jsonQ("Marshal")).Call(jen.Id("extra")),
			jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err())),
			jen.If(jen.Len(jen.Id("b")).Op("==").Lit(2)).Block(jen.Return(jen.Id("more"), jen.Nil())),
			jen.Return(jen.Append(jen.Append(jen.Id("b").Index(jen.Empty(), jen.Len(jen.Id("b")).Op("-").Lit(1)), jen.LitRune(',')), jen.Id("more").Index(jen.Lit(1), jen.Empty()).Op("...")), jen.Nil()),
		),
		jen.Line(),
		jen.Line(),
		jen.Comment("UnmarshalJSON implements json.Unmarshaler: keys that are not declared properties go"),
		jen.Line(),
		jen.Comment("to AdditionalProperties. A declared property matches its key exactly, so that a key"),
		jen.Line(),
		jen.Comment("differing from it only in case stays an extra key (see decode.ExactKeys)."),
		jen.Line(),
		jen.Func().Params(jen.Id("m").Op("*").Id(m.Name)).Id("UnmarshalJSON").Params(jen.Id("data").Index().Byte()).Error().Block(
			jen.Type().Id("plain").Id(m.Name),
			jen.Var().Id("all").Map(jen.String()).Add(jsonQ("RawMessage")),
			jen.If(jen.Err().Op(":=").Add(jsonQ("Unmarshal")).Call(jen.Id("data"), jen.Op("&").Id("all")), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Err())),
			jen.Id("declared").Op(":=").Add(declared),
			jen.List(jen.Id("exact"), jen.Err()).Op(":=").Qual(gocode.DecodePkg, "ExactKeys").Call(jen.Id("data"), jen.Id("all"), jen.Id("declared")),
			jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Err())),
			jen.If(jen.Err().Op(":=").Add(plainDecode(m, jen.Id("exact"))), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Err())),
			jen.Id("m").Dot("AdditionalProperties").Op("=").Nil(),
			jen.For(jen.List(jen.Id("k"), jen.Id("raw")).Op(":=").Range().Id("all")).Block(
				jen.If(jen.Id("declared").Index(jen.Id("k"))).Block(jen.Continue()),
				jen.Var().Id("v").Add(elem),
				jen.If(jen.Err().Op(":=").Add(gocode.UnmarshalValue(m.AdditionalProperties, jen.Id("raw"), jen.Id("v"))), jen.Err().Op("!=").Nil()).Block(
					jen.Return(jen.Qual("fmt", "Errorf").Call(jen.Lit(m.Name+": additional property %q: %w"), jen.Id("k"), jen.Err())),
				),
				jen.If(jen.Id("m").Dot("AdditionalProperties").Op("==").Nil()).Block(
					jen.Id("m").Dot("AdditionalProperties").Op("=").Map(jen.String()).Add(elem).Values(),
				),
				jen.Id("m").Dot("AdditionalProperties").Index(jen.Id("k")).Op("=").Id("v"),
			),
			jen.Return(jen.Nil()),
		),
	)
}

// plainDecode decodes the JSON data into m's declared properties: with encoding/json, or through
// unmarshalFields when a field needs the decode runtime (see needsFieldDecode).
func plainDecode(m *ir.Model, data jen.Code) jen.Code {
	if needsFieldDecode(m) {
		return jen.Id("m").Dot("unmarshalFields").Call(data)
	}
	return jen.Qual("encoding/json", "Unmarshal").Call(data, jen.Parens(jen.Op("*").Id("plain")).Parens(jen.Id("m")))
}
