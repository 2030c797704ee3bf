package golang

import (
	"strconv"
	"strings"

	"github.com/armgen/armgen/generator/golang/gocode"
	"github.com/armgen/armgen/generator/ir"
	"github.com/dave/jennifer/jen"
)

// modelExtras declares what a model needs beyond its struct, for polymorphism and for
// values encoding/json cannot decode alone: the interface of a polymorphic model and the
// function that decodes it, the GetXxx methods that make a model satisfy the interfaces of
// its hierarchy, and MarshalJSON writing the discriminator (UnmarshalJSON is in
// models_serde.go). It returns nil when the model needs none of it.
func modelExtras(m *ir.Model) jen.Code {
	var out []jen.Code
	add := func(c jen.Code) {
		if c != nil {
			out = append(out, c, jen.Line(), jen.Line())
		}
	}
	if m.Polymorphic() {
		add(interfaceDecl(m))
		add(unmarshalAnyFunc(m))
	}
	for _, a := range polyAncestors(m) {
		add(asMethod(m, a))
	}
	hasExtra := m.AdditionalProperties != nil && !gocode.IsMapModel(m)
	if !hasExtra {
		add(discriminatorMarshal(m))
	}
	if len(out) == 0 {
		return nil
	}
	return jen.Add(out[:len(out)-2]...)
}

// polyAncestors lists the polymorphic models among m and its bases (m first, then its
// bases nearest first), without repeats: m implements the interface of each.
func polyAncestors(m *ir.Model) []*ir.Model {
	var out []*ir.Model
	seen := map[*ir.Model]bool{}
	var walk func(x *ir.Model)
	walk = func(x *ir.Model) {
		if seen[x] {
			return
		}
		seen[x] = true
		if x.Polymorphic() {
			out = append(out, x)
		}
		for _, b := range x.Bases {
			walk(b)
		}
	}
	walk(m)
	return out
}

// interfaceDecl declares the interface of a polymorphic model, as the Azure SDK does: its own
// GetXxx method and the interfaces of its polymorphic bases.
func interfaceDecl(m *ir.Model) jen.Code {
	subs := make([]string, 0, len(m.Subtypes))
	for _, s := range m.Subtypes {
		subs = append(subs, "*"+s.Name)
	}
	return jen.CustomFunc(jen.Options{Multi: true}, func(g *jen.Group) {
		gocode.Comment(g,
			m.Interface+" holds a *"+m.Name+" or a subtype of it, as the discriminator "+strconv.Quote(m.DiscriminatorProperty)+" says:",
			strings.Join(subs, ", ")+". Decode one with Unmarshal"+m.Interface+"; a value whose",
			"discriminator names no known subtype decodes as *"+m.Name+", which keeps it.")
		g.Type().Id(m.Interface).InterfaceFunc(func(i *jen.Group) {
			for _, a := range polyAncestors(m)[1:] {
				if isDirectPolyBase(m, a) {
					i.Id(a.Interface)
				}
			}
			gocode.Comment(i, "Get"+m.Name+" returns the properties "+m.Name+" declares: the value itself for a *"+m.Name+",",
				"a copy of them for a subtype.")
			i.Id("Get" + m.Name).Params().Op("*").Id(m.Name)
		})
	})
}

// isDirectPolyBase reports whether a is the nearest polymorphic model on one of m's base
// chains, so that m's interface embeds a's and not also a's own bases'.
func isDirectPolyBase(m, a *ir.Model) bool {
	for _, b := range m.Bases {
		if b == a {
			return true
		}
		if !b.Polymorphic() && isDirectPolyBase(b, a) {
			return true
		}
	}
	return false
}

// asMethod declares m.AsA: m itself when a is m, else a new A holding the values of the
// fields A declares.
func asMethod(m, a *ir.Model) jen.Code {
	name := "Get" + a.Name
	var body jen.Code
	if a == m {
		body = jen.Return(jen.Id("m"))
	} else {
		own := map[string]*ir.Field{}
		for _, f := range m.Fields {
			own[f.JSONName] = f
		}
		body = jen.Return(jen.Op("&").Id(a.Name).Values(jen.DictFunc(func(d jen.Dict) {
			for _, af := range a.Fields {
				if mf := own[af.JSONName]; mf != nil {
					d[jen.Id(af.Name)] = jen.Id("m").Dot(mf.Name)
				}
			}
			if a.AdditionalProperties != nil && !gocode.IsMapModel(a) && m.AdditionalProperties != nil && m.AdditionalProperties.String() == a.AdditionalProperties.String() {
				d[jen.Id("AdditionalProperties")] = jen.Id("m").Dot("AdditionalProperties")
			}
		})))
	}
	return jen.Add(
		jen.Comment(name+" implements "+a.Interface+"."),
		jen.Line(),
		jen.Func().Params(jen.Id("m").Op("*").Id(m.Name)).Id(name).Params().Op("*").Id(a.Name).Block(
			jen.If(jen.Id("m").Op("==").Nil()).Block(jen.Return(jen.Nil())),
			body,
		),
	)
}

// unmarshalAnyFunc declares UnmarshalAnyXxx, which decodes a polymorphic model into the
// subtype its discriminator names.
func unmarshalAnyFunc(m *ir.Model) jen.Code {
	name := "Unmarshal" + m.Interface
	own := m.DiscriminatorWireValue()
	seen := map[string]bool{own: true}
	var cases []jen.Code
	for _, s := range m.Subtypes {
		v := s.DiscriminatorWireValue()
		if v == "" || seen[v] {
			continue
		}
		seen[v] = true
		cases = append(cases, jen.Case(jen.Lit(v)).Block(jen.Id("v").Op("=").Op("&").Id(s.Name).Values()))
	}
	cases = append(cases, jen.Default().Block(jen.Id("v").Op("=").Op("&").Id(m.Name).Values()))
	return jen.Add(
		jen.Comment(name+" decodes the JSON of a "+m.Name+" or of one of its subtypes, chosen by the"),
		jen.Line(),
		jen.Comment("discriminator "+strconv.Quote(m.DiscriminatorProperty)+"; JSON null gives nil."),
		jen.Line(),
		jen.Func().Id(name).Params(jen.Id("data").Index().Byte()).Params(jen.Id(m.Interface), jen.Error()).Block(
			jen.If(jen.Qual(gocode.DecodePkg, "IsNull").Call(jen.Id("data"))).Block(jen.Return(jen.Nil(), jen.Nil())),
			jen.List(jen.Id("kind"), jen.Id("_"), jen.Err()).Op(":=").Qual(gocode.DecodePkg, "Discriminator").Call(jen.Id("data"), jen.Lit(m.DiscriminatorProperty)),
			jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Qual("fmt", "Errorf").Call(jen.Lit(m.Name+": %w"), jen.Err()))),
			jen.Var().Id("v").Id(m.Interface),
			jen.Switch(jen.Id("kind")).Block(cases...),
			jen.If(jen.Err().Op(":=").Qual("encoding/json", "Unmarshal").Call(jen.Id("data"), jen.Id("v")), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err())),
			jen.Return(jen.Id("v"), jen.Nil()),
		),
	)
}

// discriminatorMarshal declares MarshalJSON for a model whose discriminator it writes.
func discriminatorMarshal(m *ir.Model) jen.Code {
	set := gocode.DiscriminatorSet(m)
	if set == nil {
		return nil
	}
	doc := "MarshalJSON implements json.Marshaler: it writes " + strconv.Quote(m.DiscriminatorWireValue()) + " as " + strconv.Quote(m.DiscriminatorProperty) + "."
	if m.Polymorphic() {
		doc = "MarshalJSON implements json.Marshaler: it writes " + strconv.Quote(m.DiscriminatorWireValue()) + " as " + strconv.Quote(m.DiscriminatorProperty) + " when that is unset."
	}
	body := append([]jen.Code{jen.Type().Id("plain").Id(m.Name)}, set...)
	body = append(body, marshalPlain(m)...)
	return jen.Add(
		jen.Comment(doc),
		jen.Line(),
		jen.Func().Params(jen.Id("m").Id(m.Name)).Id("MarshalJSON").Params().Params(jen.Index().Byte(), jen.Error()).Block(body...),
	)
}
