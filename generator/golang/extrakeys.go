package golang

import (
	"github.com/armgen/armgen/generator/golang/gocode"
	"github.com/armgen/armgen/generator/ir"
	"github.com/dave/jennifer/jen"
)

// extraKeysMethods writes MarshalJSON for a model that has declared
// properties and additionalProperties, so that extra keys travel flat beside the declared
// ones, as on the wire (models_serde.go reads them back into AdditionalProperties).
func extraKeysMethods(m *ir.Model) jen.Code {
	jsonQ := func(name string) *jen.Statement { return jen.Qual("encoding/json", name) }
	declared := jen.Map(jen.String()).Bool().ValuesFunc(func(g *jen.Group) {
		for _, f := range m.Fields {
			g.Lit(f.JSONName).Op(":").True()
		}
	})
	elem := gocode.ElemOf(m.AdditionalProperties, "")
	return jen.Add(
		jen.Comment("MarshalJSON implements json.Marshaler: the declared properties, then the keys of"),
		jen.Line(),
		jen.Comment("AdditionalProperties that are not declared properties."),
		jen.Line(),
		jen.Func().Params(jen.Id("m").Id(m.Name)).Id("MarshalJSON").Params().Params(jen.Index().Byte(), jen.Error()).Block(
			jen.Type().Id("plain").Id(m.Name),
			jen.Custom(jen.Options{Separator: "\n"}, gocode.DiscriminatorSet(m)...),
			jen.Custom(jen.Options{Separator: "\n"}, membersBefore(m)...),
			jen.List(jen.Id("b"), jen.Err()).Op(":=").Add(jsonQ("Marshal")).Call(jen.Id("plain").Call(jen.Id("m"))),
			jen.Custom(jen.Options{Separator: "\n"}, membersAfter(m)...),
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
	)
}
